"""The conformance site: the spec as a document, and what reports say about implementations.

``python -m steps.conformance site REPORT.json [...] --out DIR`` writes plain HTML files (no
JavaScript, relative links, opens from disk): ``index.html``; one spec page per section of the
document, in its order, read from ``features/*.feature``, ``claims.md`` and ``CONTRACT.md``;
``matrix.html`` (claims and rules by reports); per report, a page of what it fails and a page of the
scenarios behind each cell. ``python -m steps.conformance check-links DIR`` checks every internal
link of a built site.
"""

from __future__ import annotations

import html.parser
import json
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from steps.claims import CLAIM_ID, CLAIM_INDEX, load_claims
from steps.conformance.report import OUTCOMES, read_report
from steps.contract import CONTRACT, RULE_ID, SECTIONS, load_rules
from steps.integrity import load_features, scenario_tags

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: The verdicts of the report (README, 'The conformance report'), each with a mark that says it
#: without colour, and the CSS class that colours it.
VERDICTS = {
    "conforms": ("✓", "conforms"),
    "partly verified": ("◐", "partly"),
    "fails": ("✗", "fails"),
    "fails (expected)": ("!", "expected"),
    "not verified": ("?", "unverified"),
    "no scenario ran": ("–", "none"),
}
OUTCOME_MARKS = {
    "passed": "✓",
    "failed": "✗",
    "skipped": "–",
    "expected-failure": "!",
    "unexpected-pass": "‼",
    "not-run": "?",
}
#: Outcomes that count as failing on an implementation's page, worst first.
FAILING = ("failed", "unexpected-pass", "expected-failure")
#: The order in which a cell's scenarios are listed: what needs a reader's eye first.
SEVERITY = {o: i for i, o in enumerate(("failed", "unexpected-pass", "expected-failure", "not-run", "skipped", "passed"))}
#: Keys every scenario entry has; any other key a report holds is shown as it is.
SCENARIO_KEYS = {"key", "feature", "scenario", "claims", "rules", "outcome", "reason"}

_CJK = "\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_RUN = re.compile(rf"[{_CJK}]+(?:[ \"“”'‘’]*[{_CJK}]+)*")
_MOUNT_ROW = re.compile(r"^\| `/(?P<section>[a-z-]+)` \| (?P<title>[^|]+?) \| `(?P<feature>[^`]+\.feature)` \|$")
_CLAIM_HEADING = re.compile(r"^## (?P<prefix>[A-Z]+): (?P<title>.+?)(?: \(section [0-9]+\))?$")
_RULE_BULLET = re.compile(r"^(?P<indent>\s*)- \*\*(?P<id>[a-z-]+\.[0-9]+)\*\* \[[^\]]+\] (?P<text>.*)$")


class SiteError(ValueError):
    """The sources or the command line do not allow a site: one readable line."""


# --- Text -------------------------------------------------------------------------------------


def chinese(text: str) -> Markup:
    """``text`` escaped, each run of Chinese in a ``<span lang="zh-Hans">``."""
    out, last = [], 0
    for match in _CJK_RUN.finditer(text):
        out += [escape(text[last : match.start()]), Markup('<span lang="zh-Hans">%s</span>') % match.group()]
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def inline(text: str) -> Markup:
    """The Markdown of a claim or a rule as HTML: code spans, bold, links as their text; Chinese marked."""
    out = []
    for i, part in enumerate(re.split(r"`([^`]*)`", text)):
        if i % 2:
            out.append(Markup("<code>%s</code>") % part)
            continue
        part = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", part)
        bold = re.split(r"\*\*([^*]+)\*\*", part)
        out += [Markup("<strong>%s</strong>") % chinese(b) if j % 2 else chinese(b) for j, b in enumerate(bold)]
    return Markup("").join(out)


def step_text(text: str, params: Iterable[str]) -> Markup:
    """A step (or table cell) of an outline: its ``<placeholders>`` marked as variables."""
    names = set(params)
    out = []
    for i, part in enumerate(re.split(r"<([^<>]+)>", text)):
        if i % 2 == 0:
            out.append(chinese(part))
        elif part in names:
            out.append(Markup("<var>&lt;%s&gt;</var>") % part)
        else:
            out.append(chinese(f"<{part}>"))
    return Markup("").join(out)


def short(text: str, length: int = 120) -> Markup:
    """A claim or rule in a line of the matrix: Markdown marks dropped, cut at a word."""
    plain = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text).replace("`", "").replace("**", "")
    if len(plain) > length:
        plain = plain[:length].rsplit(" ", 1)[0] + " …"
    return chinese(plain)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def has_chinese(text: str) -> bool:
    return re.search(f"[{_CJK}]", text) is not None


# --- The spec ---------------------------------------------------------------------------------


@dataclass
class Scenario:
    """One scenario of a feature file, as the spec page shows it."""

    feature: str  # the file's name, as reports name it: ``routing.feature``
    name: str
    anchor: str
    page: str
    keyword: str
    tags: list[str]
    claims: list[str]
    rules: list[str]
    steps: list[Any]
    examples: list[Any]

    @property
    def href(self) -> str:
        return f"{self.page}#{self.anchor}"


@dataclass
class Description:
    """A feature's opening: the document's Chinese, its English line, and the notes after them."""

    chinese: list[str] = field(default_factory=list)
    english: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class SpecPage:
    file: str
    number: int | None  # the section's place in the document; None for pages across sections
    title: str
    feature_file: str
    description: Description
    claims: list[str]
    rules: list[str]
    background: list[Any]
    scenarios: list[Scenario]


@dataclass
class Spec:
    pages: list[SpecPage]
    claims: dict[str, str]  # id -> sentence
    rules: dict[str, str]  # id -> the whole text of the rule
    serves: dict[str, tuple[str, ...]]  # rule -> claims
    served_by: dict[str, list[str]]  # claim -> rules
    claim_page: dict[str, str]
    rule_page: dict[str, str]
    scenarios: dict[tuple[str, str], Scenario]  # (feature file, scenario name) -> scenario
    claim_scenarios: dict[str, list[Scenario]]
    rule_scenarios: dict[str, list[Scenario]]
    sections: list[tuple[SpecPage, list[str], list[str]]]  # page, its claims, its rules: matrix groups


def describe(text: str) -> Description:
    """Paragraph by paragraph: lines in Chinese, then the English line in parentheses, then notes."""
    description = Description()
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        phase, notes = "chinese", []
        for line in (ln.strip() for ln in paragraph.splitlines()):
            if phase == "chinese" and (line.startswith("(") or not has_chinese(line)):
                phase = "english" if line.startswith("(") else "notes"
                if phase == "english":
                    description.english.append("")
            if phase == "chinese":
                description.chinese.append(line)
            elif phase == "english":
                description.english[-1] = f"{description.english[-1]} {line}".strip()
                if line.endswith(")"):
                    phase = "notes"
            else:
                notes.append(line)
        if notes:
            description.notes.append(" ".join(notes))
    return description


def mount_table(contract: Path = CONTRACT) -> list[tuple[str, str, str]]:
    """(section, title, feature file) of the contract's mount table, in the document's order."""
    rows = [m.group("section", "title", "feature") for m in map(_MOUNT_ROW.match, contract.read_text(encoding="utf-8").splitlines()) if m]
    if [r[0] for r in rows] != list(SECTIONS):
        raise SiteError(f"{contract.name}: the mount table lists {[r[0] for r in rows]}, not the sections {list(SECTIONS)}")
    return rows


def claim_sections(titles: dict[str, str], index: Path = CLAIM_INDEX) -> dict[str, str]:
    """Claim id -> its section: the claim index's heading named as the mount table names the section."""
    by_title = {title.lower(): section for section, title in titles.items()}
    sections, current = {}, None
    for line in index.read_text(encoding="utf-8").splitlines():
        heading = _CLAIM_HEADING.match(line)
        if heading:
            current = by_title.get(heading["title"].lower())
            if current is None:
                raise SiteError(f"{index.name}: the heading {line!r} names no section of the mount table")
        claim = re.match(r"^- ([A-Z]+-[0-9]+) ", line)
        if claim and current:
            sections[claim.group(1)] = current
    return sections


def rule_texts(contract: Path = CONTRACT) -> dict[str, str]:
    """Rule id -> its whole bullet, continuation lines joined (load_rules keeps the first line)."""
    texts: dict[str, str] = {}
    current, indent = None, 0
    for line in contract.read_text(encoding="utf-8").splitlines():
        bullet = _RULE_BULLET.match(line)
        if bullet:
            current, indent = bullet["id"], len(bullet["indent"])
            texts[current] = bullet["text"]
        elif current and line.strip() and len(line) - len(line.lstrip()) > indent and not line.lstrip().startswith("- "):
            texts[current] += " " + line.strip()
        else:
            current = None
    return texts


def sorted_tags(tags: Iterable[str], claims: dict[str, str], rules: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """Claims in the index's order, rules in the contract's, other tags by name."""
    tags = set(tags)
    return (
        [c for c in claims if c in tags],
        [r for r in rules if r in tags],
        sorted(t for t in tags if not (CLAIM_ID.match(t) or RULE_ID.match(t))),
    )


def load_spec() -> Spec:
    claims, rules = load_claims(), load_rules()
    texts = rule_texts()
    rows = mount_table()
    sections = claim_sections({section: title for section, title, _ in rows})
    features = {Path(f.filename).name: f for f in load_features()}
    # The sections in the document's order, then the rules for every section, then any other feature.
    plan = [(f"spec-{section}.html", n, section, feature) for n, (section, _, feature) in enumerate(rows, 1)]
    plan.append(("spec-every-route.html", None, "all", "every_route.feature"))
    plan += [(f"spec-{slug(Path(name).stem)}.html", None, None, name) for name in features if name not in {p[3] for p in plan}]
    pages, scenarios = [], {}
    claim_scenarios: dict[str, list[Scenario]] = defaultdict(list)
    rule_scenarios: dict[str, list[Scenario]] = defaultdict(list)
    for file, number, section, feature_file in plan:
        feature = features.get(feature_file)
        if feature is None:
            raise SiteError(f"the contract names {feature_file}, which features/ does not have")
        page_scenarios, anchors = [], set()
        for template in feature.scenarios.values():
            anchor = slug(template.name)
            while anchor in anchors:
                anchor += "-again"
            anchors.add(anchor)
            tagged_claims, tagged_rules, _ = sorted_tags(scenario_tags(template), claims, rules)
            own = sorted_tags(template.tags, claims, rules)
            scenario = Scenario(
                feature_file, template.name, anchor, file, template.keyword, [*own[0], *own[1], *own[2]],
                tagged_claims, tagged_rules, [s for s in template.steps if s.background is None], template.examples,
            )
            scenarios[(feature_file, template.name)] = scenario
            page_scenarios.append(scenario)
            for claim in tagged_claims:
                claim_scenarios[claim].append(scenario)
            for rule in tagged_rules:
                rule_scenarios[rule].append(scenario)
        pages.append(
            SpecPage(
                file, number, feature.name, feature_file, describe(feature.description),
                [c for c in claims if sections.get(c) == section] if section else [],
                [r for r in rules if section and r.split(".")[0] == section],
                feature.background.steps if feature.background else [],
                page_scenarios,
            )
        )
    claim_page = {c: p.file for p in pages for c in p.claims}
    rule_page = {r: p.file for p in pages for r in p.rules}
    served_by: dict[str, list[str]] = defaultdict(list)
    for rule in rules.values():
        for claim in rule.claims:
            served_by[claim].append(rule.id)
    groups = [(p, p.claims, p.rules) for p in pages if p.claims or p.rules]
    return Spec(
        pages, claims, {r: texts.get(r, rules[r].text) for r in rules}, {r: rules[r].claims for r in rules},
        served_by, claim_page, rule_page, scenarios, claim_scenarios, rule_scenarios, groups,
    )


# --- Reports ----------------------------------------------------------------------------------


@dataclass
class Column:
    """One report: a column of the matrix, a page of what it fails, a page of cell details."""

    name: str
    slug: str
    path: Path
    report: dict[str, Any]

    @property
    def page(self) -> str:
        return f"implementation-{self.slug}.html"

    @property
    def details(self) -> str:
        return f"details-{self.slug}.html"

    @property
    def copy(self) -> str:
        return f"reports/{self.slug}.json"

    def by_id(self, kind: str) -> dict[str, list[dict[str, Any]]]:
        """Claim (``kind="claims"``) or rule id -> the scenario entries that carry it."""
        found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entry in self.report["scenarios"]:
            for name in entry.get(kind, []):
                found[name].append(entry)
        return found


def columns(paths: list[Path]) -> list[Column]:
    found, used = [], set()
    for path in paths:
        name = path.stem
        column_slug = slug(name)
        while column_slug in used:
            column_slug += "-2"
        used.add(column_slug)
        found.append(Column(name, column_slug, path, read_report(path, "site")))
    return found


def example_of(key: str) -> str:
    """The example row a scenario entry ran (``[...]`` of its key), or ''."""
    match = re.search(r"\[(.*)\]$", key)
    return match.group(1) if match else ""


def counts_text(counts: dict[str, Any]) -> str:
    return ", ".join(f"{counts[o]} {o}" for o in OUTCOMES if counts.get(o))


# --- Building ---------------------------------------------------------------------------------


def environment(spec: Spec, cols: list[Column]) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(inline=inline, chinese=chinese, short=short, example_of=example_of, counts_text=counts_text)
    env.globals.update(
        spec=spec, columns=cols, VERDICTS=VERDICTS, OUTCOME_MARKS=OUTCOME_MARKS, OUTCOMES=OUTCOMES,
        step_text=step_text, extra_fields=extra_fields,
    )
    return env


#: Fields a report may add to a scenario entry, with how a reader is told them; a true flag shows
#: its sentence. Any other field is shown under its own name.
EXTRA_FIELDS = {
    "line": "scenario at",
    "step": "failing step",
    "expected_reason": "expected to fail because",
    "changed": "fails otherwise than its expectation says",
    "suite_error": "the suite itself errored, not the implementation",
}


def extra_fields(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """What else a report says about a scenario (a failing step, an expected failure's reason...)."""
    shown = []
    for key, value in entry.items():
        if key in SCENARIO_KEYS or value in (None, "", [], {}) or value is False:
            continue
        label = EXTRA_FIELDS.get(key, key.replace("_", " "))
        if value is True:
            shown.append((label, "yes"))
        elif key == "line":
            shown.append((label, f"features/{entry['feature']}:{value}"))
        else:
            shown.append((label, value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)))
    return shown


def most_failing(spec: Spec, column: Column, kind: str) -> list[tuple[str, list[dict[str, Any]], Counter]]:
    """Claims (or rules) with failing scenarios here, most failures first, then in the spec's order."""
    by_id = column.by_id(kind)
    order = list(spec.claims if kind == "claims" else spec.rules)
    found = []
    for name, entries in by_id.items():
        failing = [e for e in entries if e["outcome"] in FAILING]
        if failing:
            found.append((name, failing, Counter(e["outcome"] for e in failing)))
    found.sort(key=lambda f: (-len(f[1]), -sum(f[2][o] for o in FAILING[:2]), order.index(f[0]) if f[0] in order else len(order)))
    for _, failing, _ in found:
        failing.sort(key=lambda e: (SEVERITY[e["outcome"]], e["key"]))
    return found


def skipped_by_reason(column: Column) -> list[tuple[str, list[dict[str, Any]]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in column.report["scenarios"]:
        if entry["outcome"] in ("skipped", "not-run"):
            grouped[entry.get("reason") or "(no reason given)"].append(entry)
    return sorted(grouped.items(), key=lambda g: -len(g[1]))


def build_site(report_paths: list[Path], out: Path) -> list[Path]:
    """Writes the site into ``out``; returns the pages written."""
    if not report_paths:
        raise SiteError("give at least one report")
    cols = columns(report_paths)
    spec = load_spec()
    env = environment(spec, cols)
    out.mkdir(parents=True, exist_ok=True)
    (out / "reports").mkdir(exist_ok=True)
    shutil.copyfile(TEMPLATES / "style.css", out / "style.css")
    written = []

    def write(name: str, template: str, **context: Any) -> None:
        (out / name).write_text(env.get_template(template).render(page_file=name, **context), encoding="utf-8")
        written.append(out / name)

    write("index.html", "index.html")
    scenario_counts = {c.slug: scenario_outcomes(c) for c in cols}
    for page in spec.pages:
        write(page.file, "spec.html", page=page, scenario_counts=scenario_counts)
    write("matrix.html", "matrix.html")
    for column in cols:
        shutil.copyfile(column.path, out / column.copy)
        write(
            column.page, "implementation.html", column=column,
            failing_claims=most_failing(spec, column, "claims"), failing_rules=most_failing(spec, column, "rules"),
            skipped=skipped_by_reason(column),
        )
        claims, rules = column.by_id("claims"), column.by_id("rules")
        for entries in (*claims.values(), *rules.values()):
            entries.sort(key=lambda e: (SEVERITY.get(e["outcome"], 0), e["key"]))
        write(column.details, "details.html", column=column, claims=claims, rules=rules)
    return written


def scenario_outcomes(column: Column) -> dict[tuple[str, str], Counter]:
    """(feature file, scenario name) -> the outcomes of its examples in this report."""
    found: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for entry in column.report["scenarios"]:
        found[(entry["feature"], entry["scenario"])][entry["outcome"]] += 1
    return found


# --- Checking links ---------------------------------------------------------------------------


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.links.append((self.getpos()[0], value))


def check_links(site: Path) -> list[str]:
    """Every internal href and src of every page of ``site``: one line per link that leads nowhere."""
    pages = sorted(site.rglob("*.html"))
    if not pages:
        return [f"{site}: no HTML pages (not a built site)"]
    parsed = {}
    for page in pages:
        links = _Links()
        links.feed(page.read_text(encoding="utf-8"))
        parsed[page.resolve()] = links
    problems = []
    for page in pages:
        for line, link in parsed[page.resolve()].links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue  # not internal
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            where = f"{page.relative_to(site)}:{line}: {link}"
            if site.resolve() not in (target, *target.parents):
                problems.append(f"{where}: leads out of the site")
            elif not target.is_file():
                problems.append(f"{where}: no such file")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parsed[target].ids:
                problems.append(f"{where}: {target.name} has no element with id {unquote(parts.fragment)!r}")
    return problems
