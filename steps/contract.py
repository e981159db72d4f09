"""The contract (features/CONTRACT.md), as the suite reads it: the mount table, the numbered rules
and the route table.

A rule is a bullet that starts with its id in bold and the claims it serves in brackets::

    - **routing.5** [ROUTE-3] `GET /post/<int:post_id>` → ...
    - **all.4** [contract] A method a route does not list is refused with **405** ...

``[contract]`` marks a rule that pins what current Flask does where the document says nothing: it
serves no claim, so it never decides a claim's verdict.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from steps.claims import CLAIM_ID, FEATURES_DIR

CONTRACT = FEATURES_DIR / "CONTRACT.md"

SECTIONS = (
    "minimal",
    "routing",
    "url-building",
    "methods",
    "static-files",
    "templates",
    "request",
    "uploads",
    "cookies",
    "sessions",
    "redirects",
    "flashing",
    "logging",
)

#: ``routing.5``, ``url-building.3``, ``all.4``: the section (or ``all``), then a number.
RULE_ID = re.compile(r"^(?:all|[a-z]+(?:-[a-z]+)*)\.[0-9]+$")

_RULE_LINE = re.compile(r"^\s*- \*\*(?P<id>[a-z-]+\.[0-9]+)\*\* \[(?P<serves>[^\]]+)\] (?P<text>.+)$")

#: The methods every route is tried with by the rules for every section (all.4).
METHODS_TRIED = ("GET", "POST", "PUT", "DELETE", "PATCH")


def section_prefix(section: str) -> str:
    """``/routing`` for ``routing``; a name outside the contract is a mistake in a feature file."""
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}; the contract has: {', '.join(SECTIONS)}")
    return "/" + section


@dataclass(frozen=True)
class Rule:
    """One normative statement of the contract."""

    id: str
    claims: tuple[str, ...]  # the document's claims it serves; empty for a contract-only rule
    text: str

    @property
    def contract_only(self) -> bool:
        return not self.claims


class ContractError(ValueError):
    """CONTRACT.md does not read as the suite expects: a mistake in the contract itself."""


@functools.cache
def load_rules(path: Path = CONTRACT) -> dict[str, Rule]:
    """Rule id -> the rule, in the order of the contract."""
    rules: dict[str, Rule] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = _RULE_LINE.match(line)
        if match is None:
            if re.match(r"^\s*- \*\*[a-z-]+\.[0-9]+\*\*", line):
                raise ContractError(f"{path.name}:{number}: a rule reads '- **id** [CLAIM-1, ...] text' or '[contract]'")
            continue
        rule_id, serves = match["id"], match["serves"].strip()
        if not RULE_ID.match(rule_id) or rule_id in rules:
            raise ContractError(f"{path.name}:{number}: {rule_id!r} is malformed or given twice")
        claims = () if serves == "contract" else tuple(c.strip() for c in serves.split(","))
        if not all(CLAIM_ID.match(c) for c in claims):
            raise ContractError(f"{path.name}:{number}: {rule_id} serves {serves!r}: claim ids, or 'contract'")
        rules[rule_id] = Rule(rule_id, claims, match["text"])
    return rules


@dataclass(frozen=True)
class Route:
    """One row of the contract's route table."""

    rule: str  # ``/routing/user/<username>``, with the section prefix
    methods: tuple[str, ...]  # as listed: GET, POST, ...
    example: str  # a path that reaches the route
    get_status: int | None  # what a GET of the example answers; None for a route without GET
    fields: tuple[str, ...]  # form fields the route reads
    cookies: tuple[str, ...]  # cookies the route reads

    @property
    def section(self) -> str:
        return self.rule.split("/")[1]

    @property
    def path(self) -> str:
        """The example, within its section (what a step passes to ``Visitor.url``)."""
        return self.example[len("/" + self.section) :]

    @property
    def allowed(self) -> frozenset[str]:
        """What ``Allow`` lists for the route (all.4): its methods, HEAD with GET, and OPTIONS."""
        extra = {"HEAD"} if "GET" in self.methods else set()
        return frozenset({*self.methods, *extra, "OPTIONS"})

    @property
    def refused(self) -> tuple[str, ...]:
        """The methods tried (all.4) that the route does not list."""
        return tuple(m for m in METHODS_TRIED if m not in self.methods)

    def matches(self, path: str) -> bool:
        """Whether a request path (with its prefix, no query) reaches this route."""
        return re.fullmatch(_route_pattern(self.rule), path) is not None


def _route_pattern(rule: str) -> str:
    parts = re.split(r"(<[^>]+>)", rule)
    pattern = ""
    for part in parts:
        if part.startswith("<"):
            converter = part[1:-1].split(":")[0] if ":" in part else "string"
            pattern += ".+" if converter == "path" else "[^/]+"
        else:
            pattern += re.escape(part)
    return pattern


def _cell(text: str) -> str:
    return text.strip().strip("`").strip()


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in _cell(text).split(",") if n.strip())


@functools.cache
def load_routes(path: Path = CONTRACT) -> tuple[Route, ...]:
    """The rows of the route table (the section headed 'The route table')."""
    text = path.read_text(encoding="utf-8")
    table = text.split("## The route table", 1)
    if len(table) != 2:
        raise ContractError(f"{path.name} has no '## The route table' section")
    routes = []
    for line in table[1].splitlines():
        cells = line.strip().strip("|").split("|")
        if not line.startswith("| `/") or len(cells) != 6:
            continue
        rule, methods, example, status, fields, cookies = cells
        route = Route(
            _cell(rule), _names(methods), _cell(example), int(_cell(status)) if _cell(status) else None,
            _names(fields), _names(cookies),
        )
        if route.section not in SECTIONS or not route.matches(route.example.split("?")[0]):
            raise ContractError(f"{path.name}: route {route.rule}: its example {route.example} does not reach it")
        routes.append(route)
    if not routes:
        raise ContractError(f"{path.name}: the route table has no rows")
    return tuple(routes)
