"""The adversarial review of the contract (features/REVIEW.md), as the suite reads it.

One table per section of the contract; one row per deviation considered for a rule:

    | rule | deviation | stacks | mutant | killed by |
    | all.1 | paths matched without regard to case | Express, ASP.NET Core, ... | `all_case_insensitive` | every_route.feature: ... |

``stacks`` names where the deviation is the default or a common mistake; ``mutant`` is the module
of ``mutants/catalogue`` that makes it, or, for a deviation that is no mutant, a dash and the reason
(``— allowed: ...``); ``killed by`` names the scenario (``feature: scenario name``) that catches it.
The project's own test run checks that the table and the catalogue agree; ``python -m mutants``
checks that each mutant is indeed caught by the scenario the table names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pytest_bdd.scenario import make_python_name

from steps.claims import FEATURES_DIR

REVIEW = FEATURES_DIR / "REVIEW.md"

#: Stacks a rule's deviations must be considered in, at least (issue: "at least four other stacks").
MIN_STACKS = 4


@dataclass(frozen=True)
class Deviation:
    rule: str
    deviation: str
    stacks: tuple[str, ...]
    mutant: str | None  # None: no mutant, for the reason in `why_not`
    why_not: str
    killed_by: str | None  # "feature.feature: Scenario name"
    line: int

    @property
    def scenario_key_prefix(self) -> str | None:
        """The start of the conformance-report key of the killing scenario (examples follow it)."""
        if self.killed_by is None:
            return None
        feature, _, name = self.killed_by.partition(": ")
        return f"{feature}::test_{make_python_name(name)}"


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


@functools.cache
def load_review(path: Path = REVIEW) -> tuple[Deviation, ...]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("| ") or line.startswith("| rule ") or line.startswith("| ---"):
            continue
        cells = _cells(line)
        if len(cells) != 5:
            raise ValueError(f"{path.name}:{number}: a row has five cells: rule, deviation, stacks, mutant, killed by")
        rule, deviation, stacks, mutant, killed_by = cells
        named = re.fullmatch(r"`([a-z0-9_]+)`", mutant)
        rows.append(
            Deviation(
                rule=rule.strip("`"),
                deviation=deviation,
                stacks=tuple(s.strip() for s in stacks.split(",") if s.strip()),
                mutant=named.group(1) if named else None,
                why_not="" if named else mutant.lstrip("—- ").strip(),
                killed_by=None if killed_by in ("", "—", "-") else killed_by,
                line=number,
            )
        )
    return tuple(rows)
