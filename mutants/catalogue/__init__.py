"""The mutants: one module each, a variant of the reference app that breaks one documented behaviour.

A module declares ``CLAIMS`` (the claim ids of features/claims.md it breaks), ``BREAKS`` (one
line: what it breaks) and ``EDIT`` (how: mutants/kit.py), and exposes ``app`` and
``spec_python_api``, so the suite runs against it like any implementation:

    pytest --target wsgi:mutants.catalogue.<name>:app

A mutant the suite cannot kill yet may say so with ``SURVIVES = "<the missing scenario>"``.
``python -m mutants`` reads these constants without importing the module (importing builds it).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Declaration:
    name: str
    claims: tuple[str, ...]
    breaks: str
    survives: str | None  # a known survivor: the scenario the suite misses

    @property
    def target(self) -> str:
        return f"wsgi:{__name__}.{self.name}:app"


def declarations() -> list[Declaration]:
    """Every mutant of the catalogue, by name, read from its module's constants."""
    found = []
    for path in sorted(FOLDER.glob("*.py")):
        if path.name.startswith("_"):
            continue
        constants = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                if node.targets[0].id in ("CLAIMS", "BREAKS", "SURVIVES"):
                    constants[node.targets[0].id] = ast.literal_eval(node.value)
        if "CLAIMS" not in constants or "BREAKS" not in constants:
            raise ValueError(f"{path}: a mutant declares CLAIMS and BREAKS")
        found.append(Declaration(path.stem, tuple(constants["CLAIMS"]), constants["BREAKS"], constants.get("SURVIVES")))
    return found
