"""Equivalents: variants of the reference app that differ from it only where the contract allows.

A mutant must be caught; an equivalent must not. Each module changes what a correct implementation
in another framework may well do differently (other HTML around the same text, a logger that
writes a moment later, a session in Express's two-cookie form, ...) and declares ``ALLOWS`` (one
line: the freedom it takes) and ``RULES`` (the rules that grant it). ``python -m mutants`` runs
the whole suite against each, beside the controls: one failing scenario means the suite would
judge a correct implementation wrong, and fails the run.

    pytest --target wsgi:mutants.equivalents.<name>:app
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mutants.catalogue import module_constants, modules

FOLDER = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Equivalent:
    name: str
    rules: tuple[str, ...]
    allows: str

    @property
    def target(self) -> str:
        return f"wsgi:{__name__}.{self.name}:app"


def equivalents() -> list[Equivalent]:
    found = []
    for path in modules(FOLDER):
        constants = module_constants(path, ("RULES", "ALLOWS"))
        if "RULES" not in constants or "ALLOWS" not in constants:
            raise ValueError(f"{path}: an equivalent declares RULES and ALLOWS")
        found.append(Equivalent(path.stem, tuple(constants["RULES"]), constants["ALLOWS"]))
    return found
