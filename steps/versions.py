"""The quickstart across Flask release lines: which claims hold in which Flask.

    python -m steps.versions [--lines 1.1,3.1] [--cache DIR] [--out DIR] [--jobs 2]

For each line it builds (or reuses) a virtual environment with that Flask and the libraries it was
released with (``PINS``), serves the reference app under waitress in it and runs the suite against
it, writing ``OUT/flask-<line>.json``; then it prints the claims by version (``compare``) and the
scenarios whose outcome differs between the lines. It exits 1 when a line cannot be built or run,
or fails (or now passes) other claims and rules than ``DIFFERENCES`` says; 2 on a bad argument.

The suite runs inside each line's environment (``--target live``), not from the project's .venv:
its own packages there are the project's pins (constraints.txt), only the Flask stack differs. So
the ``python-api`` scenarios (``url_for`` in Python, running hello.py) call that line's Flask, as
its users would, instead of being skipped as they are for a server the suite only talks HTTP to.
The in-process target is not used: its ``wsgi.input`` returns short reads as a raw socket may,
which Werkzeug before 2.2.3 takes for a client that went away (a 400 on every upload; fixed by
pallets/werkzeug#2558), while a real server hands the app a stream that reads in full.

The browser scenarios are left out (``-m "not browser"``): they need Chromium and selenium, which
the lines' environments do not install.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import venv
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from steps.conformance.compare import compare
from steps.conformance.report import read_report

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "constraints.txt"

#: The Flask stack of each release line: Flask's last patch of the line; Werkzeug's newest patch of
#: the matching line (released in step since 2.0; 1.0 for Flask 1.1) on that day; Jinja2,
#: MarkupSafe, itsdangerous, click and blinker as the newest that Flask allowed on that day (dates
#: from their change logs). 3.1 is the project's own pins (constraints.txt). MarkupSafe 2.0.0,
#: 2.0.1 and 2.1.1 have no wheel for Python 3.11: pip builds them from source (C compiler, or their
#: pure-Python fallback). MarkupSafe 1.1.1 cannot be used at all: the suite's pytest-bdd needs Mako,
#: which needs MarkupSafe >= 2.0 (2.0.0 came out two days before Flask 1.1.4, so it qualifies).
PINS: dict[str, dict[str, str]] = {
    # Flask 1.1.4, 2021-05-13: pins Werkzeug < 2, Jinja2 < 3, itsdangerous < 2, click < 8.
    "1.1": {"flask": "1.1.4", "werkzeug": "1.0.1", "jinja2": "2.11.3", "markupsafe": "2.0.0",
            "itsdangerous": "1.1.0", "click": "7.1.2"},
    # Flask 2.0.3, 2022-02-14 (MarkupSafe 2.1.0, itsdangerous 2.1.0 and click 8.0.4 came days later).
    "2.0": {"flask": "2.0.3", "werkzeug": "2.0.3", "jinja2": "3.0.3", "markupsafe": "2.0.1",
            "itsdangerous": "2.0.1", "click": "8.0.3"},
    # Flask 2.1.3, 2022-07-13 (Werkzeug 2.2.0 came ten days later).
    "2.1": {"flask": "2.1.3", "werkzeug": "2.1.2", "jinja2": "3.1.2", "markupsafe": "2.1.1",
            "itsdangerous": "2.1.2", "click": "8.1.3"},
    # Flask 2.2.5, 2023-05-02: a security release beside 2.3.2; Werkzeug stays on its 2.2 line.
    "2.2": {"flask": "2.2.5", "werkzeug": "2.2.3", "jinja2": "3.1.2", "markupsafe": "2.1.2",
            "itsdangerous": "2.1.2", "click": "8.1.3"},
    # Flask 2.3.3, 2023-08-21: the first line that requires blinker.
    "2.3": {"flask": "2.3.3", "werkzeug": "2.3.7", "jinja2": "3.1.2", "markupsafe": "2.1.3",
            "itsdangerous": "2.1.2", "click": "8.1.7", "blinker": "1.6.2"},
    # Flask 3.0.3, 2024-04-07 (itsdangerous 2.2.0 came nine days later).
    "3.0": {"flask": "3.0.3", "werkzeug": "3.0.2", "jinja2": "3.1.3", "markupsafe": "2.1.5",
            "itsdangerous": "2.1.2", "click": "8.1.7", "blinker": "1.7.0"},
    # The project's own pins: the line the spec is written against.
    "3.1": {"flask": "3.1.3", "werkzeug": "3.1.9", "jinja2": "3.1.6", "markupsafe": "3.0.4",
            "itsdangerous": "2.2.0", "click": "8.5.1", "blinker": "1.9.0"},
}
LINES = list(PINS)

_URL_QUERY = {"URL-1", "URL-2", "URL-3", "url-building.2", "url-building.4", "url-building.7"}
_RUNNING_ON_LINE = {"minimal.9"}
_STATIC_ETAG = {"static-files.3"}

#: The claims and rules that fail on each line, each difference explained, with the release that
#: changed it, in the description of the feature where it shows. A line that fails another one, or
#: conforms to one of these, fails the command: explain it there and here, or find what broke.
DIFFERENCES: dict[str, set[str]] = {
    "1.1": _URL_QUERY | _RUNNING_ON_LINE,  # url_building.feature, minimal.feature
    "2.0": _URL_QUERY | _RUNNING_ON_LINE | _STATIC_ETAG,  # and static_files.feature
    "2.1": _URL_QUERY | _RUNNING_ON_LINE | _STATIC_ETAG,
    "2.2": _URL_QUERY,
    "2.3": set(),
    "3.0": set(),
    "3.1": set(),
}

#: Every package a line may pin: left out of the suite's constraints, which pin the 3.1 stack.
STACK = ("flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker")

#: What the suite needs to run against the live reference app (no browser); versions from constraints.txt.
SUITE_PACKAGES = ("pytest", "pytest-bdd", "beautifulsoup4", "httpx", "waitress")

#: The suite's arguments for every line (the report's path is added).
SUITE_ARGS = ("-q", "-p", "no:randomly", "-m", "not browser", "--target", "live")

#: Written last into a built environment: without it, a folder is a build that did not finish.
READY = "versions-ready.json"

#: Seconds one pip install, and one suite run, may take.
BUILD_TIMEOUT = 900.0
RUN_TIMEOUT = 600.0


class VersionsError(Exception):
    """A line that cannot be built or run: one readable line."""


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "flask-quickstart-spec" / "versions"


def normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def suite_constraints(constraints: Path = CONSTRAINTS) -> list[str]:
    """constraints.txt without the Flask stack: the suite's own packages, as the project pins them."""
    lines = []
    for line in constraints.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and normalise(line.split("==", 1)[0]) not in STACK:
            lines.append(line)
    return lines


def requirements(line: str) -> list[str]:
    return [f"{name}=={version}" for name, version in PINS[line].items()]


def cache_key(line: str, pins: dict[str, dict[str, str]] = PINS, constraints: list[str] | None = None) -> str:
    """Changes whenever what would be installed changes: the line's pins, the suite's, the Python."""
    identity = {
        "pins": pins[line],
        "suite": sorted(constraints if constraints is not None else suite_constraints()),
        "packages": SUITE_PACKAGES,
        "python": f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}",
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:12]


def last_line(text: str) -> str:
    """What a failed tool said last, on one line: its last ERROR line if it has one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")]
    return (errors or lines or ["(no output)"])[-1]


def environment(line: str, cache: Path) -> tuple[Path, bool]:
    """The line's environment, built unless a finished one with the same key is cached; (path, reused)."""
    path = cache / f"{line}-{cache_key(line)}"
    if (path / READY).is_file() and (path / "bin" / "python").exists():
        return path, True
    building = cache / f".{path.name}.building-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        venv.EnvBuilder(with_pip=False, symlinks=True).create(building)
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(building, ignore_errors=True)
        raise VersionsError(f"Flask {line}: cannot create a virtual environment in {building}: {error}") from None
    try:
        constraints = building / "suite-constraints.txt"
        constraints.write_text("\n".join(suite_constraints()) + "\n", encoding="utf-8")
        # This interpreter's pip installs into the new environment: no pip of its own to set up there.
        command = [sys.executable, "-m", "pip", "--python", str(building / "bin" / "python"), "install",
                   "--quiet", "--disable-pip-version-check", "-c", str(constraints), *requirements(line), *SUITE_PACKAGES]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise VersionsError(f"Flask {line}: pip did not finish within {BUILD_TIMEOUT:g} s") from None
        if result.returncode != 0:
            raise VersionsError(f"Flask {line}: pip could not install {', '.join(requirements(line))} "
                                f"(exit {result.returncode}): {last_line(result.stderr + result.stdout)}")
        (building / READY).write_text(json.dumps({"pins": PINS[line], "key": cache_key(line)}) + "\n", encoding="utf-8")
        if not (path / READY).is_file():  # else another run finished the same build first: keep that one
            shutil.rmtree(path, ignore_errors=True)  # a build that did not finish
            building.rename(path)  # `python -m` works from the new place: nothing here runs a script's shebang
    finally:
        shutil.rmtree(building, ignore_errors=True)
    for stale in cache.glob(f"{line}-*"):  # the line's environments for pins it no longer has (~30 MB each)
        if stale != path:
            shutil.rmtree(stale, ignore_errors=True)
    return path, False


@dataclass
class LineRun:
    line: str
    report: Path
    reused: bool
    build_seconds: float
    suite_seconds: float
    summary: str


def run_line(line: str, cache: Path, out: Path) -> LineRun:
    start = time.perf_counter()
    env_path, reused = environment(line, cache)
    built = time.perf_counter()
    report = out / f"flask-{line}.json"
    report.unlink(missing_ok=True)  # a report left by an earlier run must not pass for this one's
    # The caller's target choice would override --target live; the rest is the caller's environment.
    env = {k: v for k, v in os.environ.items() if k not in ("SPEC_TARGET", "SPEC_TARGET_SERVER", "PYTHONPATH")}
    command = [str(env_path / "bin" / "python"), "-m", "pytest", *SUITE_ARGS, f"--conformance-report={report}"]
    try:
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise VersionsError(f"Flask {line}: the suite did not finish within {RUN_TIMEOUT:g} s") from None
    # Exit 1 (scenarios failed) is a result; anything else, or no report, is a run that did not happen.
    if result.returncode not in (0, 1) or not report.is_file():
        raise VersionsError(f"Flask {line}: the suite did not run (exit {result.returncode}): "
                            f"{last_line(result.stderr + result.stdout)}")
    totals = read_report(report, "steps.versions")["totals"]
    summary = ", ".join(f"{count} {outcome}" for outcome, count in totals.items() if count)
    return LineRun(line, report, reused, built - start, time.perf_counter() - built, summary)


def differing_scenarios(reports: dict[str, Path]) -> list[str]:
    """One line per scenario whose outcome is not the same on every line: its key, then the lines by outcome."""
    outcomes: dict[str, dict[str, str]] = {}
    for line, path in reports.items():
        for scenario in read_report(path, "steps.versions")["scenarios"]:
            outcomes.setdefault(scenario["key"], {})[line] = scenario["outcome"]
    found = []
    for key, by_line in outcomes.items():
        if len(set(by_line.values())) > 1 or len(by_line) < len(reports):
            groups: dict[str, list[str]] = {}
            for line in reports:
                groups.setdefault(by_line.get(line, "absent"), []).append(line)
            found.append(f"{key}\n    " + "; ".join(f"{outcome}: {', '.join(lines)}" for outcome, lines in groups.items()))
    return sorted(found)


def unexpected(line: str, report: Path) -> list[str]:
    """How the line's verdicts differ from DIFFERENCES, one sentence each (none: as expected).

    Only ``fails`` and ``conforms`` count: a claim that could not be checked (its scenarios were
    skipped, e.g. while another run held 127.0.0.1:5000) is said so, and is neither.
    """
    verdicts = {name: entry["verdict"] for kind in ("claims", "rules")
                for name, entry in read_report(report, "steps.versions")[kind].items()}
    failing = {name for name, verdict in verdicts.items() if verdict == "fails"}
    expected = DIFFERENCES[line]
    found = []
    if failing - expected:
        found.append(f"Flask {line} fails {', '.join(sorted(failing - expected))}, which no feature explains "
                     "for this line (see DIFFERENCES in steps/versions.py)")
    if now_conform := {name for name in expected if verdicts.get(name) == "conforms"}:
        found.append(f"Flask {line} conforms to {', '.join(sorted(now_conform))}, expected to fail there")
    if unchecked := {name for name, verdict in verdicts.items() if verdict not in ("fails", "conforms")}:
        print(f"steps.versions: Flask {line}: not checked in full: {', '.join(sorted(unchecked))}", file=sys.stderr)
    return found


def parse_lines(text: str) -> list[str]:
    lines = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [line for line in lines if line not in PINS]
    if unknown or not lines:
        raise VersionsError(f"--lines {text!r}: the Flask lines are {', '.join(LINES)} (comma-separated)")
    return list(dict.fromkeys(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m steps.versions", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", default=",".join(LINES), help=f"comma-separated Flask lines (default: all, {','.join(LINES)})")
    parser.add_argument("--cache", type=Path, default=default_cache(), help="where the environments are kept (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "versions", help="where the reports go (default: %(default)s)")
    parser.add_argument("--jobs", type=int, default=2, help="lines built and run at once (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        lines = parse_lines(args.lines)
        if args.jobs < 1:
            raise VersionsError(f"--jobs {args.jobs}: give 1 or more")
        args.out.mkdir(parents=True, exist_ok=True)
    except (VersionsError, OSError) as error:
        print(f"steps.versions: {error}", file=sys.stderr)
        return 2

    start = time.perf_counter()
    runs: dict[str, LineRun] = {}
    failures: list[str] = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {line: pool.submit(run_line, line, args.cache, args.out) for line in lines}
        for line, future in futures.items():
            try:
                run = runs[line] = future.result()
            except (VersionsError, OSError) as error:
                failures.append(str(error) if isinstance(error, VersionsError) else f"Flask {line}: {error}")
                print(f"steps.versions: {failures[-1]}", file=sys.stderr)
                continue
            how = "reused" if run.reused else f"built in {run.build_seconds:.1f} s"
            print(f"Flask {line} ({', '.join(requirements(line))}): environment {how}; "
                  f"suite {run.suite_seconds:.1f} s: {run.summary}", file=sys.stderr)
    print(f"{len(runs)} of {len(lines)} lines ran in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    if runs:
        print(compare([run.report for run in runs.values()]))
        differing = differing_scenarios({line: run.report for line, run in runs.items()})
        if len(runs) > 1:
            print(f"\nscenarios whose outcome differs between the lines ({len(differing)}):")
            print("\n".join(differing) if differing else "none")
        for run in runs.values():
            for problem in unexpected(run.line, run.report):
                failures.append(problem)
                print(f"steps.versions: {problem}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
