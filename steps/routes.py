"""The rules for every section, walked over the whole route table of the contract.

Each scenario of features/every_route.feature sends one kind of request to every route the table
lists (or every route a rule concerns) and checks all the answers; a failure lists every route
that breaks the rule, then shows the first offending exchange in full. The table is read from
features/CONTRACT.md (``steps.contract.load_routes``), never copied into a feature.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pytest_bdd import given, then, when

from steps.contract import SECTIONS, Route, load_routes
from steps.targets import Exchange, Visitor


@dataclass(frozen=True)
class Probe:
    """One request sent for a rule: to which route, what was sent, and what came back."""

    route: Route | None  # None for a path no route names (an unknown page)
    method: str
    path: str  # within the section
    section: str
    exchange: Exchange
    before: Exchange | None = None  # an answer to compare with, sent just before (a GET for a HEAD)


Check = Callable[[Probe], str | None]  # what is wrong with the answer, or None


def routes() -> tuple[Route, ...]:
    return load_routes()


def with_slash(path: str) -> str:
    """``/routing/about?x=1`` -> ``/routing/about/?x=1``."""
    bare, mark, query = path.partition("?")
    return f"{bare}/{mark}{query}"


def ends_without_slash(route: Route) -> bool:
    """A rule ending neither in a slash nor in a ``<path:...>`` variable (which takes a slash into its value)."""
    return not route.rule.endswith("/") and not re.search(r"<path:[^>]+>$", route.rule)


def send(target: Visitor, route: Route | None, section: str, method: str, path: str) -> Probe:
    return Probe(route, method, path, section, target.request(method, target.url(section, path)))


def verify(probes: list[Probe], check: Check, rule: str) -> None:
    """Fails listing every probe ``check`` objects to, with the first one shown in full."""
    assert probes, f"{rule}: no route of the table was probed (is the route table empty?)"
    wrong = [(probe, problem) for probe in probes if (problem := check(probe)) is not None]
    if wrong:
        lines = [f"  {p.method} {p.exchange.url}: {problem}" for p, problem in wrong]
        first, problem = wrong[0]
        raise AssertionError(
            f"{len(wrong)} of {len(probes)} requests break {rule}:\n" + "\n".join(lines) + "\n\n"
            + first.exchange.explain(f"the first of them: {problem}")
        )


# ---- Given: the table's routes are there (the control of a rule that expects refusals) ----------


def answers_as_listed(status: int, body: bytes, route: Route) -> str | None:
    """What is wrong with a GET of the route's example, by the route table."""
    if status != route.get_status:
        return f"expected {route.get_status} (the route table), got {status}"
    if route.get_status == 200 and not body:
        return "expected a page, got an empty body"
    return None


@given("the routes that answer their example as the route table says", target_fixture="answering")
def _(target: Visitor) -> tuple[Route, ...]:
    """The routes a refusal is then checked on: a refusal means something only beside a route that
    answers. A route that does not is left out (its own section's scenarios fail it); none at all
    fails here."""
    answering = []
    for route in routes():
        if route.get_status is None:
            answering.append(route)  # no GET to show it: the rule is checked on it all the same
            continue
        got = target.request("GET", target.url(route.section, route.path))
        if answers_as_listed(got.status, got.body, route) is None:
            answering.append(route)
    # A route whose example is a 404 (a board never written) answers so on an app with no routes too.
    assert any(r.get_status not in (None, 404) for r in answering), (
        "no route of the table answers its example as the table says: there is nothing a refusal could be checked beside"
    )
    return tuple(answering)


# ---- When: one kind of request to every route ---------------------------------------------------


@when("a visitor opens each of them in another letter case, and an unknown path in each section", target_fixture="probes")
def _(target: Visitor, answering: tuple[Route, ...]) -> list[Probe]:
    probes = []
    for route in answering:
        shouted = route.path.split("?")[0].upper()
        if any(c.isalpha() for c in shouted):
            probes.append(send(target, route, route.section, "GET", shouted))
    for section in SECTIONS:
        probes.append(send(target, None, section, "GET", "/no-such-page"))
        # The prefix itself in upper case: /ROUTING/ is no section.
        response = target.request("GET", target.url(section, "/").replace("/" + section + "/", "/" + section.upper() + "/", 1))
        probes.append(Probe(None, "GET", "/", section.upper(), response))
    return probes


@when("a visitor opens each of them that ends without a slash with a slash added", target_fixture="probes")
def _(target: Visitor, answering: tuple[Route, ...]) -> list[Probe]:
    return [send(target, route, route.section, "GET", with_slash(route.path)) for route in answering if ends_without_slash(route)]


@when("a visitor opens each route that ends with a slash without it, with a query string", target_fixture="probes")
def _(target: Visitor) -> list[Probe]:
    return [
        send(target, route, route.section, "GET", route.path.rstrip("/") + "?page=2")
        for route in routes()
        if route.rule.endswith("/")
    ]


@when("a visitor sends each route every method, those it lists and those it does not", target_fixture="probes")
def _(target: Visitor) -> list[Probe]:
    return [
        send(target, route, route.section, method, route.path)
        for route in routes()
        for method in dict.fromkeys((*route.methods, *route.refused))
    ]


@when("a visitor sends POST, PUT, DELETE and PATCH to each of them listed with GET alone", target_fixture="probes")
def _(target: Visitor, answering: tuple[Route, ...]) -> list[Probe]:
    return [
        send(target, route, route.section, method, route.path)
        for route in answering
        if route.methods == ("GET",)
        for method in ("POST", "PUT", "DELETE", "PATCH")
    ]


@when("a visitor sends HEAD to each route that has GET, right after a GET", target_fixture="probes")
def _(target: Visitor) -> list[Probe]:
    probes = []
    for route in routes():
        if "GET" in route.methods:
            # The GET right before, with the same cookies: the answers of a stateful route may change.
            get = target.request("GET", target.url(route.section, route.path))
            head = send(target, route, route.section, "HEAD", route.path)
            probes.append(Probe(route, "HEAD", route.path, route.section, head.exchange, before=get))
    return probes


def compared_with_a_get_that_answers(probes: list[Probe]) -> list[Probe]:
    """The HEADs whose GET answered as the route table says: beside a GET that is missing (a 404
    like its HEAD), a HEAD proves nothing; that route fails its own section's scenarios instead."""
    kept = [p for p in probes if p.route and p.before and answers_as_listed(p.before.status, p.before.body, p.route) is None]
    # HEAD is compared with GETs of each kind the table lists: a page, and a redirect or an error
    # other than 404 (which an app with no routes, or one constant page, cannot all give).
    kinds = {p.route.get_status for p in kept if p.route}
    assert 200 in kinds and kinds - {200, 404}, (
        "the GETs of the route table did not answer as the table says (a page, and a redirect or an error): "
        f"only these statuses came as listed: {sorted(kinds) or 'none'}; there is nothing a HEAD could be compared with"
    )
    return kept


@when("a visitor sends OPTIONS to each route", target_fixture="probes")
def _(target: Visitor) -> list[Probe]:
    return [send(target, route, route.section, "OPTIONS", route.path) for route in routes()]


# ---- Then: every answer -------------------------------------------------------------------------


@then("every answer is 404")
def _(probes: list[Probe]) -> None:
    verify(probes, lambda p: None if p.exchange.status == 404 else f"expected 404, got {p.exchange.status}", "the rule")


@then("every answer redirects with 308 to the route, the query string kept")
def _(target: Visitor, probes: list[Probe]) -> None:
    def to_the_route(probe: Probe) -> str | None:
        assert probe.route is not None
        expected = target.url(probe.section, probe.route.path + "?page=2")
        if (probe.exchange.status, probe.exchange.location) != (308, expected):
            return f"expected 308 to {expected}, got {probe.exchange.status} to {probe.exchange.location}"
        return None

    verify(probes, to_the_route, "all.3")


def allow_text(methods: Iterable[str]) -> str:
    return ", ".join(sorted(methods)) or "none"


@then("every method a route lists is answered, not refused with 405")
def _(probes: list[Probe]) -> None:
    def answered(probe: Probe) -> str | None:
        assert probe.route is not None
        if probe.method in probe.route.methods and probe.exchange.status in (405, 501):
            return f"the route lists {probe.method}, which was refused with {probe.exchange.status}"
        return None

    verify(probes, answered, "all.4 (the route's own methods)")


@then("every other method is refused with 405, its Allow listing exactly the route's methods with HEAD and OPTIONS")
def _(probes: list[Probe]) -> None:
    def refused(probe: Probe) -> str | None:
        assert probe.route is not None
        if probe.method in probe.route.methods:
            return None
        allowed = probe.exchange.allowed_methods
        if probe.exchange.status != 405 or allowed != probe.route.allowed:
            return (f"expected 405 with Allow {allow_text(probe.route.allowed)}, "
                    f"got {probe.exchange.status} with Allow {allow_text(allowed)}")
        return None

    verify(probes, refused, "all.4")


@then("every answer is a refusal with a 4xx status")
def _(probes: list[Probe]) -> None:
    verify(probes, lambda p: None if 400 <= p.exchange.status < 500 else f"expected a 4xx refusal, got {p.exchange.status}",
           "all.6")


@then("every answer has the status and Content-Type of that GET, its Content-Length if it sends one, and no body")
def _(probes: list[Probe]) -> None:
    probes = compared_with_a_get_that_answers(probes)

    def like_get(probe: Probe) -> str | None:
        got, head = probe.before, probe.exchange
        assert got is not None
        # RFC 9110 lets a HEAD answer leave out what only the content determines (Content-Length).
        names = ("content-type", "content-length") if "content-length" in head.headers else ("content-type",)
        expected = [got.status, *(got.headers.get(n) for n in names)]
        actual = [head.status, *(head.headers.get(n) for n in names)]
        if actual != expected:
            return f"expected status, {', '.join(names)} {expected} as GET answered, got {actual}"
        if probe.exchange.body:
            return f"expected no body, got {len(probe.exchange.body)} bytes"
        return None

    verify(probes, like_get, "all.7")


@then("every answer is 200, its Allow listing exactly the route's methods with HEAD and OPTIONS")
def _(probes: list[Probe]) -> None:
    def exact(probe: Probe) -> str | None:
        assert probe.route is not None
        allowed = probe.exchange.allowed_methods
        if probe.exchange.status != 200 or allowed != probe.route.allowed:
            return (f"expected 200 with Allow {allow_text(probe.route.allowed)}, "
                    f"got {probe.exchange.status} with Allow {allow_text(allowed)}")
        return None

    verify(probes, exact, "all.5")


@then("every answer is a 2xx whose Allow lists each method the route lists and none it refuses")
def _(probes: list[Probe]) -> None:
    def tells(probe: Probe) -> str | None:
        assert probe.route is not None
        allowed = probe.exchange.allowed_methods
        missing = set(probe.route.methods) - allowed
        refused = allowed & set(probe.route.refused)
        if not 200 <= probe.exchange.status < 300 or missing or refused:
            return (f"expected a 2xx whose Allow lists {allow_text(probe.route.methods)} and none of "
                    f"{allow_text(probe.route.refused)}; got {probe.exchange.status} with Allow {allow_text(allowed)}")
        return None

    verify(probes, tells, "all.8")
