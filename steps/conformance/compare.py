"""Reports side by side: one column per report, one row per claim and per rule, then the totals."""

from __future__ import annotations

from pathlib import Path

from steps.conformance.report import OUTCOMES, read_report


def compare(paths: list[Path]) -> str:
    """Claims by implementations: one column per report, one row per claim, then the totals."""
    reports = [read_report(path, "compare") for path in paths]
    # Columns are named by report file; the legend says which target each one ran against.
    width = max(18, *(len(p.stem) for p in paths))
    names = [p.stem for p in paths]
    legend = [f"{p.stem}: {r['target']['name']} ({r['date']})" for r, p in zip(reports, paths)]
    lines = [*legend]
    for kind, heading in (("claims", "the document's claims"), ("rules", "the contract's rules")):
        ids = list(dict.fromkeys(c for r in reports for c in r[kind]))
        lines += ["", f"{heading:<16}" + "".join(f"  {n:<{width}}" for n in names)]
        for name in ids:
            cells = [r[kind].get(name, {}).get("verdict", "-") for r in reports]
            lines.append(f"{name:<16}" + "".join(f"  {c:<{width}}" for c in cells))
    lines.append("")
    for outcome in OUTCOMES:
        lines.append(f"{outcome:<16}" + "".join(f"  {r['totals'][outcome]:<{width}}" for r in reports))
    return "\n".join(lines)


