"""The implementation's log, as the ``logs`` capability shows it.

Log records are matched portably: a record is the line that holds the message verbatim (arguments
formatted in), and its level is the level's name as a word on that same line, in any case, with
the message itself taken out first (``An error occurred`` must not vouch for ERROR). ``WARN`` and
``ERR`` count as WARNING and ERROR. Flask's ``[time] WARNING in module: message`` passes, and so do
``WARNING:app:message``, ``level=warn msg="message"`` and JSON with ``"level": "warning"``.

A logger may write after the response is sent (an asynchronous one does), so a record is waited
for, up to :data:`WAIT_SECONDS`; and a record that must *not* appear is looked for only after a
record of the same request has appeared, which shows the log has caught up with that request.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from pytest_bdd import given, parsers, then

from steps.http import quoted
from steps.targets import Visitor

#: The words a log line may use for each level (matched whole, case-insensitively).
LEVEL_WORDS = {
    "DEBUG": ("debug",),
    "INFO": ("info",),
    "WARNING": ("warning", "warn"),
    "ERROR": ("error", "err"),
    "CRITICAL": ("critical", "crit", "fatal"),
}


#: How long a record may take to reach the log after its response has arrived.
WAIT_SECONDS = 2.0


@dataclass
class LogWatch:
    """What the implementation logs from the moment the watch starts."""

    target: Visitor
    start: int
    caught_up: bool = False  # a record the scenario waited for has appeared

    def new(self) -> str:
        return self.target.logs()[self.start :]

    def lines_with(self, message: str) -> list[str]:
        return [line for line in self.new().splitlines() if message in line]

    def wait_for(self, message: str, count: int = 1) -> list[str]:
        """The lines holding ``message``, once there are ``count`` of them or the wait is over."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            lines = self.lines_with(message)
            if len(lines) >= count or time.monotonic() >= deadline:
                return lines
            time.sleep(0.02)

    def explain(self, expectation: str) -> str:
        new = self.new()
        shown = new if len(new) <= 2000 else new[:2000] + " ..."
        return f"{expectation}\n\nlogged since the scenario began watching ({len(new)} chars):\n{shown or '(nothing)'}"


def names_level(line: str, message: str, level: str) -> bool:
    """Whether ``line``, without ``message``, names ``level`` as a word."""
    rest = line.replace(message, " ")
    return any(re.search(rf"\b{word}\b", rest, re.IGNORECASE) for word in LEVEL_WORDS[level])


@given("the implementation's log is being watched", target_fixture="log_watch")
def _(target: Visitor) -> LogWatch:
    # The log only grows: what a scenario's requests add is whatever follows this offset.
    return LogWatch(target, len(target.logs()))


@then(
    parsers.re(
        rf"the log gains {quoted('message')} at level (?P<level>{'|'.join(LEVEL_WORDS)})(?: (?P<times>\d+) times)?"
    )
)
def _(log_watch: LogWatch, message: str, level: str, times: str | None) -> None:
    # "2 times": at least two records, one per request (a logger may also write each record to two
    # sinks the suite reads); a logger that logs once, at start-up or on the first request, has one.
    count = int(times or 1)
    lines = log_watch.wait_for(message, count)
    assert len(lines) >= count, log_watch.explain(
        f"expected {count} log line(s) holding {message!r} within {WAIT_SECONDS:g} s, found {len(lines)}"
    )
    at_level = [line for line in lines if names_level(line, message, level)]
    assert len(at_level) >= count, log_watch.explain(
        f"expected {count} line(s) holding {message!r} to name the level {level} (as one of {LEVEL_WORDS[level]}),"
        f" found {len(at_level)}"
    )
    log_watch.caught_up = True


@then(parsers.re(rf"the log does not gain {quoted('message')}"))
def _(log_watch: LogWatch, message: str) -> None:
    # Absent now proves nothing about a log that is still behind: the scenario first waits for a
    # record of the same request.
    assert log_watch.caught_up, "a record must be shown to have arrived before another is shown absent"
    assert not log_watch.lines_with(message), log_watch.explain(f"expected no log line holding {message!r}")
