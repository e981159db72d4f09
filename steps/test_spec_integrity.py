"""The spec checks itself, in the same run: claim and rule coverage, tags filed under the right
claims, unambiguous steps."""

from __future__ import annotations

from collections.abc import Iterable

from pytest_bdd import parsers
from pytest_bdd.steps import StepFunctionContext

from steps.claims import CLAIM_ID, load_claims
from steps.contract import load_routes, load_rules
from steps.integrity import (
    describe,
    matching,
    StepUse,
    claims_by_scenario,
    load_features,
    misfiled,
    project_step_definitions,
    rules_by_scenario,
    step_problems,
    step_uses,
)

FEATURES = load_features()


def test_every_claim_has_a_scenario() -> None:
    named = set().union(*claims_by_scenario(FEATURES).values())
    missing = [c for c in load_claims() if c not in named]
    assert not missing, f"claims of features/claims.md that no scenario names: {', '.join(missing)}"


def test_every_claim_is_served_by_a_rule() -> None:
    served = {c for rule in load_rules().values() for c in rule.claims}
    missing = [c for c in load_claims() if c not in served]
    assert not missing, f"claims that no rule of features/CONTRACT.md serves: {', '.join(missing)}"
    unknown = sorted(served - set(load_claims()))
    assert not unknown, f"rules serve claims that features/claims.md does not have: {', '.join(unknown)}"


def test_every_rule_has_a_scenario() -> None:
    named = set().union(*rules_by_scenario(FEATURES).values())
    missing = [r for r in load_rules() if r not in named]
    assert not missing, f"rules of features/CONTRACT.md that no scenario names: {', '.join(missing)}"


def test_every_scenario_names_a_rule() -> None:
    unnamed = [name for name, rules in rules_by_scenario(FEATURES).items() if not rules]
    assert not unnamed, "scenarios that check no rule (tag them with rule ids):\n" + "\n".join(unnamed)


def test_a_scenario_is_filed_under_exactly_the_claims_its_rules_serve() -> None:
    problems = misfiled(FEATURES, load_rules())
    assert not problems, "claim tags must be the claims the scenario's rules serve:\n" + "\n".join(problems)


def test_the_misfiling_check_can_fail() -> None:
    """A claim tagged on a contract-only scenario, and a served claim left out, are both reported."""
    from steps.contract import Rule

    feature = FEATURES[0]
    scenario = next(iter(feature.scenarios.values()))
    rules = {r: Rule(r, (), "contract only") for r in rules_by_scenario([feature])[f"{feature.rel_filename}: {scenario.name}"]}
    assert misfiled([feature], rules), "tagging a claim on a contract-only scenario must be reported"
    rules = {r: Rule(r, ("MIN-1", "LOG-1"), "serves two") for r in rules}
    assert any("not tagged" in p for p in misfiled([feature], rules))


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


def test_claim_and_rule_ids_look_like_ids() -> None:
    claims, rules = load_claims(), load_rules()
    assert len(claims) > 50 and all(CLAIM_ID.match(c) for c in claims)
    assert len(rules) > len(claims) and len(load_routes()) > 30


# --- The adversarial review (features/REVIEW.md) and the mutant catalogue agree ---------------


def test_every_rule_is_reviewed_against_other_stacks() -> None:
    from mutants.review import MIN_STACKS, load_review

    stacks: dict[str, set[str]] = {rule: set() for rule in load_rules()}
    for row in load_review():
        assert row.rule in stacks, f"REVIEW.md:{row.line}: no rule {row.rule!r} in CONTRACT.md"
        stacks[row.rule] |= set(row.stacks)
    thin = [f"{rule} ({len(names)})" for rule, names in stacks.items() if len(names) < MIN_STACKS]
    assert not thin, f"rules whose deviations name fewer than {MIN_STACKS} stacks in REVIEW.md: {', '.join(thin)}"


def test_every_reviewed_deviation_is_a_mutant_killed_by_a_scenario_of_its_rule_or_says_why_not() -> None:
    from mutants.catalogue import declarations
    from mutants.review import load_review

    mutants = {d.name: d for d in declarations()}
    scenario_rules = {name.split(": ", 1)[1] + "@" + name.split(": ", 1)[0].split("/")[-1]: rules
                      for name, rules in rules_by_scenario(FEATURES).items()}
    problems = []
    for row in load_review():
        where = f"REVIEW.md:{row.line} ({row.rule})"
        if row.mutant is None:
            if not row.why_not:
                problems.append(f"{where}: a deviation with no mutant says why (— allowed: ..., — not plausible: ...)")
            continue
        if row.mutant not in mutants:
            problems.append(f"{where}: no mutant {row.mutant!r} in mutants/catalogue")
        elif row.rule not in mutants[row.mutant].rules:
            problems.append(f"{where}: {row.mutant} does not declare {row.rule} (it declares {mutants[row.mutant].rules})")
        if row.killed_by is None:
            problems.append(f"{where}: {row.mutant} names no scenario that kills it")
            continue
        feature, _, scenario = row.killed_by.partition(": ")
        rules = scenario_rules.get(f"{scenario}@{feature}")
        if rules is None:
            problems.append(f"{where}: no scenario {row.killed_by!r}")
        elif row.rule not in rules:
            problems.append(f"{where}: {row.killed_by!r} does not check {row.rule} (it checks {sorted(rules)})")
    reviewed = {row.mutant for row in load_review()}
    problems += [f"mutant {name} is in no row of REVIEW.md" for name in mutants if name not in reviewed]
    assert not problems, "\n".join(problems)


def test_every_step_definition_is_used() -> None:
    definitions = project_step_definitions()
    used = {id(d) for use in distinct(step_uses(FEATURES)) for d in matching(use, definitions)}
    unused = [describe(d) for d in definitions if id(d) not in used]
    assert not unused, "step definitions no feature uses (remove them):\n" + "\n".join(unused)


def distinct(uses: Iterable[StepUse]) -> list[StepUse]:
    """One use per step type and text (Outline rows repeat most of them)."""
    return list({(use.type, use.text): use for use in uses}.values())
