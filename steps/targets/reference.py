"""The embedded reference app, in-process (the default) or live under a real WSGI server."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import secrets
import shlex
import shutil
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from steps.targets.http import ServerTarget
from steps.targets.wsgi import WSGITarget

ROOT = Path(__file__).resolve().parents[2]


class FlaskSectionsAPI:
    """The ``python-api`` capability for an implementation made of Flask apps, one per section."""

    def __init__(self, apps: dict[str, Any], uploads: Path) -> None:
        self.apps = apps  # section name -> Flask app
        self.uploads = uploads

    def url_for(self, section: str, endpoint: str, **values: Any) -> str:
        import flask

        app = self.apps[section]
        with app.test_request_context():
            return flask.url_for(endpoint, **values)

    def application(self, section: str) -> Any:
        return self.apps[section]

    def call_as_wsgi(self, section: str, path: str) -> tuple[str, bytes]:
        return call_as_wsgi(self.apps[section], path, f"the {section} section's app")

    def script(self, section: str) -> str:
        return importlib.import_module(self.apps[section].import_name).__file__

    def upload_folder(self) -> Path:
        return self.uploads

    def fresh_app(self, section: str) -> Any:
        path = self.script(section)
        name = f"_fresh_{section.replace('-', '_')}_{secrets.token_hex(4)}"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None, f"cannot load the {section} module from {path}"
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # Flask finds the module's folder (templates) through sys.modules
        try:
            spec.loader.exec_module(module)
        finally:
            del sys.modules[name]
        assert hasattr(module, "app"), f"expected {path} to define `app`, as the document's code does"
        return module.app


def call_as_wsgi(app: Any, path: str, what: str) -> tuple[str, bytes]:
    """``app`` called by the WSGI protocol alone, for ``path``: (status line, body).

    An app that is not a WSGI application (an ASGI app: its call takes three arguments) fails the
    call, and the claim resting on it, with an AssertionError that says what the call did.
    """
    import asyncio

    from werkzeug.test import EnvironBuilder, run_wsgi_app

    def called(environ: dict, start_response: Any) -> Any:
        answer = app(environ, start_response)
        if asyncio.iscoroutine(answer):  # an async callable that took two arguments
            answer.close()
            raise TypeError("it returned a coroutine, not an iterable of bytes")
        return answer

    try:
        app_iter, status, _headers = run_wsgi_app(called, EnvironBuilder(path=path).get_environ())
        try:
            return status, b"".join(app_iter)
        finally:
            getattr(app_iter, "close", lambda: None)()
    except Exception as error:  # noqa: BLE001 - what the call raised is the answer
        raise AssertionError(
            f"{what}, called as a WSGI application, app(environ, start_response), for {path!r}, "
            f"raised {type(error).__name__}: {error}"
        ) from None


def reference_sections() -> dict[str, Any]:
    import reference_app

    return {prefix.lstrip("/"): app for prefix, app in reference_app.SECTIONS.items()}


class ReferenceTarget(WSGITarget):
    capabilities = frozenset({"python-api", "logs"})

    def __init__(self) -> None:
        import reference_app

        super().__init__(reference_app.app, name="reference app, in-process")
        # Uploads land in a temp folder of this run, never in the document's placeholder path.
        self._uploads = Path(tempfile.mkdtemp(prefix="quickstart-uploads-"))
        apps = reference_sections()
        apps["uploads"].config["UPLOAD_FOLDER"] = str(self._uploads)
        self.python = FlaskSectionsAPI(apps, self._uploads)

    def close(self) -> None:
        shutil.rmtree(self._uploads, ignore_errors=True)


class LiveReferenceTarget(ServerTarget):
    """The reference app served by waitress over real HTTP.

    waitress: a production WSGI server people deploy Flask with (Flask's own deployment docs list
    it), pure Python, one process with threads, so the document's random ``os.urandom(24)`` secret
    key is one key for every request (several worker processes would each draw their own).
    """

    capabilities = frozenset({"python-api", "logs", "http"})

    def __init__(self) -> None:
        self._uploads = Path(tempfile.mkdtemp(prefix="quickstart-uploads-"))
        python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        super().__init__(
            f"{shlex.quote(sys.executable)} -m waitress --listen=127.0.0.1:{{port}} reference_app:app",
            env={"QUICKSTART_UPLOAD_FOLDER": str(self._uploads), "PYTHONPATH": python_path},
            # Served by this interpreter's Flask: named, so reports of several Flask lines say which.
            name=f"reference app under waitress (live), Flask {metadata.version('flask')}",
        )

    @functools.cached_property
    def python(self) -> FlaskSectionsAPI:  # type: ignore[override]
        # Imported on first use: a pytest-xdist controller, which runs no scenario, never pays for it.
        return FlaskSectionsAPI(reference_sections(), self._uploads)

    def close(self) -> None:
        super().close()
        shutil.rmtree(self._uploads, ignore_errors=True)
