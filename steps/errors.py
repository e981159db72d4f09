"""Redirects and errors: the code after abort(), observed.

The code after ``abort(401)`` counts its runs under the request's ``probe`` query argument; a
scenario draws a probe of its own, so no other scenario's requests (nor a run in parallel) can move
its count. "It never ran" is believed only beside the proof that the count moves when the same code
does run (``/without-abort``).
"""

from __future__ import annotations

import re
import secrets

from pytest_bdd import given, parsers, then, when

from steps.http import quoted
from steps.targets import Exchange, Visitor

COUNT = re.compile(r"Code after abort ran (\d+) times?")


def with_probe(path: str, probe: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}probe={probe}"


def runs_after_abort(target: Visitor, section: str, probe: str) -> tuple[int | None, Exchange]:
    """The count /after-abort shows for ``probe`` (None when the page shows none)."""
    page = target.request("GET", target.url(section, with_probe("/after-abort", probe)))
    found = COUNT.search(page.visible_text) if page.status == 200 else None
    return (None if found is None else int(found.group(1))), page


@given("a fresh probe, under which the code after abort has run 0 times", target_fixture="probe")
def _(target: Visitor, section: str) -> str:
    probe = secrets.token_hex(8)
    count, page = runs_after_abort(target, section, probe)
    assert count == 0, page.explain(f"expected /after-abort to show 'Code after abort ran 0 times' for the new probe {probe}")
    return probe


@when(parsers.re(rf"a visitor opens {quoted('path')} with the probe"), target_fixture="response")
def _(target: Visitor, section: str, probe: str, path: str) -> Exchange:
    return target.request("GET", target.url(section, with_probe(path, probe)))


@then(parsers.re(r"the code after abort has run (?P<times>\d+) times? under the probe"))
def _(target: Visitor, section: str, probe: str, times: str) -> None:
    count, page = runs_after_abort(target, section, probe)
    assert count == int(times), page.explain(f"expected the page to show 'Code after abort ran {times} times'")


@then("without the abort, the same code runs once more under the probe")
def _(target: Visitor, section: str, probe: str) -> None:
    # The control: the count that stayed put is one that moves when the code runs.
    before, _page = runs_after_abort(target, section, probe)
    run = target.request("GET", target.url(section, with_probe("/without-abort", probe)))
    assert run.status == 200, run.explain("expected /without-abort to run the code after abort and answer 200")
    after, page = runs_after_abort(target, section, probe)
    assert before is not None and after == before + 1, page.explain(
        f"expected the count to go from {before} to {None if before is None else before + 1} once the code ran, it shows {after}"
    )
