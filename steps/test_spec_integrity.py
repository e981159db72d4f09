"""The spec checks itself, in the same run: claim coverage and unambiguous steps."""

from __future__ import annotations

from pytest_bdd import parsers
from pytest_bdd.steps import StepFunctionContext

from steps.claims import CLAIM_ID, PENDING, load_claims
from steps.integrity import (
    StepUse,
    claims_by_scenario,
    load_features,
    project_step_definitions,
    step_problems,
    step_uses,
)

FEATURES = load_features()


def test_every_claim_has_a_scenario() -> None:
    named = set().union(*claims_by_scenario(FEATURES).values())
    missing = [c for c in load_claims() if c not in named and c not in PENDING]
    assert not missing, f"claims of features/claims.md that no scenario names: {', '.join(missing)}"


def test_pending_claims_are_really_pending() -> None:
    named = set().union(*claims_by_scenario(FEATURES).values())
    assert not (PENDING & named), f"have scenarios now, remove from PENDING: {sorted(PENDING & named)}"


def test_every_scenario_names_a_claim() -> None:
    unnamed = [name for name, claims in claims_by_scenario(FEATURES).items() if not claims]
    assert not unnamed, "scenarios that verify no claim (tag them with claim ids):\n" + "\n".join(unnamed)


def test_every_step_has_exactly_one_definition() -> None:
    problems = step_problems(step_uses(FEATURES), project_step_definitions())
    assert not problems, "pytest-bdd would pick one silently, or fail at run time:\n" + "\n".join(problems)


def test_the_step_check_catches_a_step_two_definitions_match() -> None:
    """The check above must be able to fail: two overlapping patterns are reported."""

    def definition(pattern: parsers.StepParser) -> StepFunctionContext:
        return StepFunctionContext(type="when", step_func=lambda: None, parser=pattern)

    definitions = [definition(parsers.parse('I request "{path}"')), definition(parsers.re(r'I request "(?P<p>.*)" as "bob"'))]
    problems = step_problems([StepUse("when", 'I request "/x" as "bob"', "x.feature:1")], definitions)
    assert len(problems) == 1 and "is matched by" in problems[0]
    assert step_problems([StepUse("then", "nothing defined", "x.feature:2")], definitions) == [
        "x.feature:2: then 'nothing defined' has no step definition"
    ]


def test_claim_ids_look_like_claim_ids() -> None:
    claims = load_claims()
    assert len(claims) > 50 and all(CLAIM_ID.match(c) for c in claims)
