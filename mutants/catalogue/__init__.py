"""The mutants: one module each, a variant of the reference app that breaks one documented behaviour.

A module declares ``RULES`` (the ids of the rules of features/CONTRACT.md it breaks; the claims it
breaks are those the rules serve), ``BREAKS`` (one line: what it breaks) and ``EDIT`` (how:
mutants/kit.py), and exposes ``app`` and ``spec_python_api``, so the suite runs against it like
any implementation:

    pytest --target wsgi:mutants.catalogue.<name>:app

A mutant the suite cannot kill yet may say so with ``SURVIVES = "<the missing scenario>"``.
``python -m mutants`` reads these constants without importing the module (importing builds it).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from steps.contract import load_rules

FOLDER = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Declaration:
    name: str
    rules: tuple[str, ...]
    breaks: str
    survives: str | None  # a known survivor: the scenario the suite misses

    @property
    def claims(self) -> tuple[str, ...]:
        """The document's claims it breaks: those its rules serve (none for contract-only rules)."""
        rules = load_rules()
        return tuple(dict.fromkeys(c for r in self.rules if r in rules for c in rules[r].claims))

    @property
    def target(self) -> str:
        return f"wsgi:{__name__}.{self.name}:app"


def module_constants(path: Path, names: tuple[str, ...]) -> dict[str, object]:
    """The module's top-level constants of these names, read without importing it (that builds it)."""
    constants = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in names:
                constants[node.targets[0].id] = ast.literal_eval(node.value)
    return constants


def modules(folder: Path) -> list[Path]:
    return [path for path in sorted(folder.glob("*.py")) if not path.name.startswith("_")]


def declarations(folder: Path = FOLDER, kind: type[Declaration] = Declaration) -> list[Declaration]:
    """Every mutant of the catalogue (or of ``folder``), by name, read from its module's constants."""
    found = []
    for path in modules(folder):
        constants = module_constants(path, ("RULES", "BREAKS", "SURVIVES"))
        if "RULES" not in constants or "BREAKS" not in constants:
            raise ValueError(f"{path}: a mutant declares RULES and BREAKS")
        found.append(kind(path.stem, tuple(constants["RULES"]), constants["BREAKS"], constants.get("SURVIVES")))
    return found
