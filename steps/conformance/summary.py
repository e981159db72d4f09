"""The conformance section at the end of a run's terminal output."""

from __future__ import annotations

from collections import Counter
from typing import Any

from steps.conformance.report import OUTCOMES

#: Verdicts named claim by claim (and rule by rule) in the summary.
NAMED = ("fails", "fails (expected)", "partly verified", "not verified")


def print_summary(terminalreporter: Any, report: dict[str, Any], expected: dict[str, Any] | None = None) -> None:
    """``expected``: the expectations the run was given (key -> Expectation), to say how a changed one failed."""
    write = terminalreporter.write_line
    terminalreporter.section("conformance")
    write(f"target: {report['target']['name']}")
    write(f"{'feature':<24}" + "".join(f"{o:>17}" for o in OUTCOMES))
    for name, counts in report["features"].items():
        write(f"{name:<24}" + "".join(f"{counts[o]:>17}" for o in OUTCOMES))
    write(f"{'total':<24}" + "".join(f"{report['totals'][o]:>17}" for o in OUTCOMES))
    for line in verdict_lines(report):
        write(line)
    for line in changed_lines(report, expected or {}):
        write(line, yellow=True)
    for line in suite_error_lines(report):
        write(line, red=True)
    skipped = [s for s in report["scenarios"] if s["outcome"] == "skipped"]
    if skipped and terminalreporter.config.getoption("fail_on_skip"):
        write(f"--fail-on-skip: {len(skipped)} scenarios skipped, e.g. {skipped[0]['key']}: {skipped[0]['reason']}", red=True)


def verdict_lines(report: dict[str, Any]) -> list[str]:
    """Each claim and rule that fails, is partly verified or is not verified, by name.

    Why one was not verified (a capability the target lacks, a run that stopped asking) is said
    once, as a numbered note the names point to.
    """
    notes: dict[str, int] = {}
    lines = []
    for kind, label in (("claims", "the document's claims"), ("rules", "the contract's rules")):
        verdicts = Counter(c["verdict"] for c in report[kind].values())
        lines.append(f"{label}: " + ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())))
        for shown in NAMED:
            named = [
                name + note_marks(unverified_reasons(report, kind, name), notes) if "verified" in shown else name
                for name, c in report[kind].items()
                if c["verdict"] == shown
            ]
            if named:
                lines.append(f"  {shown}: " + ", ".join(named))
    if notes:
        lines.append("why not (or partly) verified:")
        lines += [f"  [{number}] {reason}" for reason, number in notes.items()]
    return lines


def unverified_reasons(report: dict[str, Any], kind: str, name: str) -> list[str]:
    """The reasons the scenarios of a claim (or rule) that were skipped or not run give."""
    return sorted({
        s["reason"] for s in report["scenarios"]
        if s["outcome"] in ("skipped", "not-run") and name in s[kind]
    })


def note_marks(reasons: list[str], notes: dict[str, int]) -> str:
    numbers = [notes.setdefault(reason, len(notes) + 1) for reason in reasons]
    return f" [{', '.join(map(str, numbers))}]" if numbers else ""


def changed_lines(report: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    changed = [s for s in report["scenarios"] if s["changed"]]
    if not changed:
        return []
    lines = [f"known failures that now fail differently ({len(changed)}): update the expectations if this is the new known failure"]
    for s in changed:
        was = expected[s["key"]].fails_with if s["key"] in expected else None
        lines.append(f"  {s['key']}: was {was!r}, now {s['reason']!r}")
    return lines


def suite_error_lines(report: dict[str, Any]) -> list[str]:
    errors = [s for s in report["scenarios"] if s["suite_error"]]
    if not errors:
        return []
    lines = [f"the suite itself errored in {len(errors)} scenarios (a bug in the suite, not a verdict on the implementation):"]
    lines += [f"  {s['key']}: {s['reason']}" for s in errors]
    return lines
