"""The conformance section at the end of a run's terminal output."""

from __future__ import annotations

from collections import Counter
from typing import Any

from steps.conformance.report import OUTCOMES


def print_summary(terminalreporter: Any, report: dict[str, Any]) -> None:
    write = terminalreporter.write_line
    terminalreporter.section("conformance")
    write(f"target: {report['target']['name']}")
    write(f"{'feature':<24}" + "".join(f"{o:>17}" for o in OUTCOMES))
    for name, counts in report["features"].items():
        write(f"{name:<24}" + "".join(f"{counts[o]:>17}" for o in OUTCOMES))
    write(f"{'total':<24}" + "".join(f"{report['totals'][o]:>17}" for o in OUTCOMES))
    for kind, label in (("claims", "the document's claims"), ("rules", "the contract's rules")):
        verdicts = Counter(c["verdict"] for c in report[kind].values())
        write(f"{label}: " + ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())))
        for shown in ("fails", "partly verified"):
            named = [name for name, c in report[kind].items() if c["verdict"].startswith(shown)]
            if named:
                write(f"  {shown}: " + ", ".join(named))
    skipped = [s for s in report["scenarios"] if s["outcome"] == "skipped"]
    if skipped and terminalreporter.config.getoption("fail_on_skip"):
        write(f"--fail-on-skip: {len(skipped)} scenarios skipped, e.g. {skipped[0]['key']}: {skipped[0]['reason']}", red=True)


