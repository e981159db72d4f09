"""How a mutant is made: the reference app with one section's module replaced by an edited copy.

A section's module is copied, with the reference's ``templates/`` and ``static/``, into a temp
folder of this process, its source edited as plain text, then loaded from there under a name of
its own (``mutant_<module>``). The reference app itself is never changed: every other section is
the reference's own app object, and a mutant lives only in the process that imports it (each
mutant run is a pytest process of its own).

Each text replacement must match the reference source exactly once: when the reference changes
under a mutant, the mutant fails to build and says which text it no longer finds, instead of
quietly becoming the reference.
"""

from __future__ import annotations

import atexit
import importlib.util
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkzeug.exceptions import NotFound
from werkzeug.middleware.dispatcher import DispatcherMiddleware

import reference_app
from steps.targets.reference import FlaskSectionsAPI

REFERENCE = Path(reference_app.__file__).resolve().parent


class MutantError(Exception):
    """A mutant that cannot be built from the current reference app."""


@dataclass(frozen=True)
class Edit:
    """One section's module, changed.

    ``replace``: source text -> its replacement (each found exactly once).
    ``replace_every``: source text -> its replacement, wherever it occurs (at least once).
    ``append``: code run at the end of the module (the app object exists by then).
    ``templates``: template file name -> {text: replacement}, in the copied ``templates/``.
    ``script_only``: the copy is only the section's script for the Python API (``python hello.py``),
    never imported here; the app served stays the reference's (importing it may start a server).
    """

    section: str
    replace: dict[str, str] = field(default_factory=dict)
    replace_every: dict[str, str] = field(default_factory=dict)
    append: str = ""
    templates: dict[str, dict[str, str]] = field(default_factory=dict)
    script_only: bool = False


class MutantSectionsAPI(FlaskSectionsAPI):
    """The reference's python-api, with the scripts of mutated sections pointing at their copies."""

    def __init__(self, apps: dict[str, Any], uploads: Path, scripts: dict[str, Path]) -> None:
        super().__init__(apps, uploads)
        self.scripts = scripts

    def script(self, section: str) -> str:
        if section in self.scripts:
            return str(self.scripts[section])
        return super().script(section)


def edited(text: str, replacements: dict[str, str], where: str, every: dict[str, str] | None = None) -> str:
    for old, new in replacements.items():
        found = text.count(old)
        if found != 1:
            raise MutantError(f"{where}: expected {old!r} once in the reference, found it {found} times")
        text = text.replace(old, new)
    for old, new in (every or {}).items():
        if old not in text:
            raise MutantError(f"{where}: expected {old!r} in the reference, it is not there")
        text = text.replace(old, new)
    return text


_root: Path | None = None


def temp_root() -> Path:
    """This process's temp folder for mutated copies and uploads, removed when the process ends."""
    global _root
    if _root is None:
        _root = Path(tempfile.mkdtemp(prefix="quickstart-mutant-"))
        atexit.register(shutil.rmtree, _root, ignore_errors=True)
    return _root


def module_file(section_app: Any) -> Path:
    return Path(sys.modules[section_app.import_name].__file__)


def copy_section(edit: Edit, section_app: Any) -> Path:
    """Writes the edited copy of the section's module (and its templates, static files); its path."""
    source_path = module_file(section_app)
    folder = temp_root() / edit.section
    shutil.copytree(REFERENCE / "static", folder / "static")
    shutil.copytree(REFERENCE / "templates", folder / "templates")
    for name, replacements in edit.templates.items():
        template = folder / "templates" / name
        if not template.is_file():
            raise MutantError(f"the reference has no template {name!r}")
        template.write_text(edited(template.read_text(encoding="utf-8"), replacements, name), encoding="utf-8")
    source = edited(source_path.read_text(encoding="utf-8"), edit.replace, source_path.name, edit.replace_every)
    if edit.append:
        source += "\n\n# --- mutant ---\n" + edit.append.strip("\n") + "\n"
    path = folder / source_path.name
    path.write_text(source, encoding="utf-8")
    return path


def load(path: Path) -> Any:
    """Imports the copy under a name of its own; Flask finds its templates beside it."""
    name = f"mutant_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # Flask(__name__) looks its root path up there
    spec.loader.exec_module(module)
    return module.app


def build(*edits: Edit) -> tuple[Any, MutantSectionsAPI]:
    """The whole implementation, mounted as the reference mounts it, with the edited sections.

    Returns the WSGI app and the python-api (``spec_python_api``) of the mutant's module.
    """
    apps = {prefix.lstrip("/"): section_app for prefix, section_app in reference_app.SECTIONS.items()}
    scripts: dict[str, Path] = {}
    for edit in edits:
        if edit.section not in apps:
            raise MutantError(f"no section {edit.section!r}; the sections are {sorted(apps)}")
        path = copy_section(edit, apps[edit.section])
        scripts[edit.section] = path
        if not edit.script_only:
            apps[edit.section] = load(path)
    for section, section_app in apps.items():
        # As reference_app/__init__.py does, unless the mutant set a path of its own.
        if section_app.config["SESSION_COOKIE_PATH"] is None:
            section_app.config["SESSION_COOKIE_PATH"] = "/" + section
    # Deep inside the temp root: a mutant that skips secure_filename climbs three folders up
    # with "../../../etc/passwd.txt" and must still land inside the temp root.
    uploads = temp_root() / "uploads-root" / "a" / "b" / "uploads"
    uploads.mkdir(parents=True)
    apps["uploads"].config["UPLOAD_FOLDER"] = str(uploads)
    # GET / outside every prefix "may serve anything" (features/CONTRACT.md).
    app = DispatcherMiddleware(NotFound(), {"/" + section: a for section, a in apps.items()})
    return app, MutantSectionsAPI(apps, uploads, scripts)
