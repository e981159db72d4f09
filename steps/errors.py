"""Redirects and errors: what the redirects section shows beyond statuses (the code after abort)."""

from __future__ import annotations

from pytest_bdd import then

from steps.targets import Visitor


@then("the code after abort has never run")
def _(target: Visitor, section: str) -> None:
    counter = target.request("GET", target.url(section, "/after-abort"))
    expected = "Code after abort ran 0 times"
    assert counter.status == 200 and expected in counter.visible_text, counter.explain(f"expected the page to show {expected!r}")
