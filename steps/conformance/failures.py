"""Failures written for the person fixing the implementation, and told apart from the suite's own errors.

A scenario fails *because of the implementation* when a step's check about it fails (an
``AssertionError``; the seam raises one for a timeout or a refused connection too) or when the
implementation's own code raised while the seam called it in-process. Anything else (a
``TypeError`` in a step, a step with no definition, a fixture that breaks) is an error of the suite:
never an expected failure, and always shown with its full traceback, for the suite's developers.

An implementation failure is shown compactly unless ``-v`` or a ``--tb`` style asks for more::

    minimal.feature:13 · scenario: The root URL ... · step: Then the status is 200 · claims: MIN-1 · rules: minimal.1
      expected status 200 · answered 404 text/html
      request:  GET http://localhost/minimal/
      ...
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from _pytest._code.code import ExceptionChainRepr, ReprEntryNative, ReprFileLocation, ReprTraceback

from steps.conformance.expectations import comparable

#: The step of the scenario that ran last (the failing one, when the scenario fails).
CURRENT_STEP = pytest.StashKey[dict[str, Any]]()

#: At most this many lines of the failure's message (the exchange) are shown by default. With the
#: header, the two first lines, the output and pytest's summary line, a failure takes at most 15.
MESSAGE_LINES = 6
#: Any line shown is cut to this many characters.
LINE_WIDTH = 200
#: At most this many (last) lines of what was printed meanwhile are shown by default.
OUTPUT_LINES = 3

#: Libraries the seam talks through: an exception raised in them is the suite's use of them.
CLIENT_LIBRARIES = {"httpx", "httpcore", "h11", "anyio", "bs4", "soupsieve", "selenium", "urllib3", "json", "ssl", "socket"}


def implementation_failed(error: BaseException) -> bool:
    """True when ``error`` is about the implementation, not a fault of the suite's own code."""
    return isinstance(error, AssertionError) or raised_by_implementation(error.__traceback__)


def raised_by_implementation(traceback: TracebackType | None) -> bool:
    """The exception came from code the seam (``steps/targets``) called as the implementation.

    The last frame of the suite's own code is in the seam, and the frame it called is neither
    the suite's nor that of a client library (an in-process app, a framework's url_for).
    """
    modules = [tb.tb_frame.f_globals.get("__name__", "") for tb in _frames(traceback)]
    suite = [i for i, name in enumerate(modules) if is_suite_module(name)]
    if not suite or suite[-1] + 1 >= len(modules):
        return False
    last, called = modules[suite[-1]], modules[suite[-1] + 1]
    return last.startswith("steps.targets") and called.split(".")[0] not in CLIENT_LIBRARIES


def is_suite_module(name: str) -> bool:
    """The suite's own code; ``steps.harness`` holds implementations the harness tests run against."""
    return name.startswith("steps.") and not name.startswith("steps.harness.")


def _frames(traceback: TracebackType | None) -> Iterator[TracebackType]:
    while traceback is not None:
        yield traceback
        traceback = traceback.tb_next


def implementation_frames(error: BaseException) -> list[str]:
    """Where the implementation's code raised, innermost last: the frames past the suite's own."""
    frames = list(_frames(error.__traceback__))
    last_ours = max((i for i, tb in enumerate(frames) if is_suite_module(tb.tb_frame.f_globals.get("__name__", ""))), default=-1)
    return [
        f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno} in {tb.tb_frame.f_code.co_name}"
        for tb in frames[last_ours + 1 :]
    ][-MESSAGE_LINES:]


def suite_frame(error: BaseException) -> str:
    """Where in the suite's code ``error`` was raised (``steps/http.py:62``), or where it ended."""
    frames = list(_frames(error.__traceback__))
    ours = [tb for tb in frames if is_suite_module(tb.tb_frame.f_globals.get("__name__", ""))] or frames
    if not ours:
        return "unknown place"
    code = ours[-1].tb_frame.f_code
    path = Path(code.co_filename)
    try:
        path = path.relative_to(Path.cwd())
    except ValueError:
        pass
    return f"{path}:{ours[-1].tb_lineno}"


def message_lines(error: BaseException) -> list[str]:
    """The failure's message as the step wrote it, without pytest's ``assert ...`` explanation.

    pytest's assertion rewriting indents the message's later lines by two spaces and appends its
    own explanation, unindented, after them.
    """
    lines = str(error).splitlines() or [type(error).__name__]
    if len(lines) > 1 and any(line.startswith("assert ") for line in lines[1:]):
        end = next(i for i, line in enumerate(lines) if i and line.startswith("assert "))
        if all(line.startswith("  ") or not line.strip() for line in lines[1:end]):
            return [lines[0], *(line[2:] for line in lines[1:end])]
    return lines


#: The longest failure line a report or an expectations file keeps (a page's text may be MiBs).
LINE_LIMIT = 600


def first_line(error: BaseException, width: int = LINE_LIMIT) -> str:
    """The failure in one line: what was expected, then what came back when the message quotes an
    exchange; cut to ``width``, what came back is kept whole."""
    lines = message_lines(error)
    came_back = f" · answered {got(lines)}" if got(lines) else ""
    expected = lines[0].strip() or type(error).__name__
    if not isinstance(error, AssertionError):
        expected = f"the implementation raised {type(error).__name__}: {expected}"
    return cut(expected, width - len(came_back)) + came_back


def got(lines: list[str]) -> str:
    """What came back (status and media type), from the exchange a message quotes (``Exchange.explain``), or ''."""
    at = next((i for i, line in enumerate(lines) if re.match(r"response:\s+\d{3}\b", line)), None)
    if at is None:
        return ""
    status = lines[at].split()[1]
    headers = itertools.takewhile(lambda line: line.startswith(" "), lines[at + 1 :])
    media = next((m[1] for line in headers if (m := re.match(r"\s+content-type:\s*([^;\s]+)", line, re.I))), "")
    return f"{status} {media}".strip()


def headline(info: dict[str, Any], step: dict[str, Any] | None) -> str:
    """The failure's first line: feature file and line, scenario, step, claims and rules."""
    where = f"{info['feature']}:{step['line'] if step else info.get('line', '?')}"
    parts = [where, f"scenario: {info['scenario']}"]
    if step:
        parts.append(f"step: {step['text']}")
    parts.append("claims: " + (", ".join(info["claims"]) or "none"))
    parts.append("rules: " + (", ".join(info["rules"]) or "none"))
    return " · ".join(parts)


def cut(line: str, width: int = LINE_WIDTH) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def compact_text(info: dict[str, Any], step: dict[str, Any] | None, error: BaseException) -> list[str]:
    """The failure as the implementer reads it: where, expected versus got, then the exchange."""
    rest = [line for line in message_lines(error)[1:] if line.strip()]
    if not isinstance(error, AssertionError):
        rest = implementation_frames(error)
    shown = [headline(info, step), "  " + first_line(error, LINE_WIDTH), *("  " + cut(line) for line in rest[:MESSAGE_LINES])]
    if len(rest) > MESSAGE_LINES:
        shown.append(f"  … {len(rest) - MESSAGE_LINES} more lines (-v shows them)")
    return shown


def compact_repr(info: dict[str, Any], step: dict[str, Any] | None, error: BaseException) -> ExceptionChainRepr:
    """A longrepr pytest prints, pytest-xdist carries, and whose crash line the short summary quotes."""
    lines = compact_text(info, step, error)
    crash = ReprFileLocation(path=info["feature"], lineno=step["line"] if step else 0, message=lines[1].strip())
    traceback = ReprTraceback(reprentries=[ReprEntryNative([line + "\n" for line in lines])], extraline=None, style="native")
    return ExceptionChainRepr([(traceback, crash, None)])


def suite_error_line(error: BaseException, listed: bool) -> str:
    line = (
        f"the suite itself errored: {type(error).__name__} at {suite_frame(error)}; "
        "a bug in the suite, not a verdict on the implementation"
    )
    return line + (" (listed in the expectations, but a suite error is never an expected failure)" if listed else "")


def base_url(config: pytest.Config) -> str | None:
    from steps.plugin import TARGET

    target = config.stash.get(TARGET, None)
    return target.base_url if target is not None else None


def compact_wanted(config: pytest.Config) -> bool:
    return config.get_verbosity() <= 0 and config.getoption("tbstyle", "auto") == "auto"


def trim_sections(report: pytest.TestReport) -> None:
    """What was printed meanwhile (the implementation's output first of all): the last lines only,
    ``OUTPUT_LINES`` for all sections together, since the last lines of a traceback say the most."""
    budget, kept = OUTPUT_LINES, []
    for title, content in reversed(report.sections):
        lines = content.rstrip().splitlines()
        shown = lines[len(lines) - budget :] if budget else []
        budget -= len(shown)
        if shown:
            if len(shown) < len(lines):
                title = f"{title} (last {len(shown)} of {len(lines)} lines; -v shows more)"
            kept.append((title, "\n".join(cut(line) for line in shown)))
    report.sections = kept[::-1]


# --- The hooks --------------------------------------------------------------------------------


@pytest.hookimpl
def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Any) -> None:
    request.node.stash[CURRENT_STEP] = {"text": f"{step.keyword} {step.name}", "line": step.line_number}


@pytest.hookimpl
def pytest_bdd_step_func_lookup_error(request: pytest.FixtureRequest, step: Any) -> None:
    pytest_bdd_before_step(request, step)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Registered after the other plugins, so this sees the report they made (xfail included)."""
    report: pytest.TestReport = yield
    info = dict(report.user_properties).get("scenario")
    failed = report.failed or hasattr(report, "wasxfail") and report.skipped
    if info is None or call.excinfo is None or not failed or str(report.longrepr).startswith("[XPASS"):
        return report
    error = call.excinfo.value
    step = item.stash.get(CURRENT_STEP, None) if call.when == "call" else None
    implementation = implementation_failed(error)
    message = first_line(error) if implementation else f"suite error: {type(error).__name__}: {message_lines(error)[0]}"
    failure = {
        "message": message,
        # Without the address of this process's target (each pytest-xdist worker starts its own).
        "fails_with": comparable(message, base_url(item.config)),
        "step": step["text"] if step else None,
        "suite_error": not implementation,
    }
    # A new list: the report shares the item's, which later phases' reports copy.
    report.user_properties = [*report.user_properties, ("failure", failure)]
    if not report.failed:
        return report
    if implementation and compact_wanted(item.config):
        report.longrepr = compact_repr(info, step, error)
        trim_sections(report)
    elif not implementation:
        line = suite_error_line(error, listed=item.get_closest_marker("xfail") is not None)
        if isinstance(report.longrepr, ExceptionChainRepr):  # above the traceback it explains
            report.longrepr.chain[0][0].reprentries.insert(0, ReprEntryNative([line + "\n"]))
        else:
            report.sections.insert(0, ("the suite itself errored", line))
    return report
