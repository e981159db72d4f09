"""Checks the spec runs on itself: claims and rules without scenarios, misfiled tags, steps with two
definitions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pytest_bdd.feature import get_features
from pytest_bdd.parser import Feature, ScenarioTemplate
from pytest_bdd.steps import StepFunctionContext, step_function_context_registry

from steps.claims import CLAIM_ID, FEATURES_DIR
from steps.contract import RULE_ID, Route, Rule


@dataclass(frozen=True)
class StepUse:
    """One step of one scenario, as pytest-bdd will look it up (Outlines rendered per example)."""

    type: str
    text: str
    where: str


def load_features(directory: Path = FEATURES_DIR) -> list[Feature]:
    return get_features([str(directory)])


def scenario_tags(scenario: ScenarioTemplate) -> set[str]:
    """Tags that apply to a scenario: its own, its feature's, its rule's and its examples'."""
    tags = set(scenario.tags) | set(scenario.feature.tags)
    if scenario.rule is not None:
        tags |= set(scenario.rule.tags)
    for examples in scenario.examples:
        tags |= set(examples.tags)
    return tags


def scenarios(features: Iterable[Feature]) -> Iterator[ScenarioTemplate]:
    for feature in features:
        yield from feature.scenarios.values()


def claims_by_scenario(features: Iterable[Feature]) -> dict[str, set[str]]:
    """``file: scenario name`` -> the claim ids it names."""
    return {
        f"{scenario.feature.rel_filename}: {scenario.name}": {t for t in scenario_tags(scenario) if CLAIM_ID.match(t)}
        for scenario in scenarios(features)
    }


def rules_by_scenario(features: Iterable[Feature]) -> dict[str, set[str]]:
    """``file: scenario name`` -> the rule ids it names."""
    return {
        f"{scenario.feature.rel_filename}: {scenario.name}": {t for t in scenario_tags(scenario) if RULE_ID.match(t)}
        for scenario in scenarios(features)
    }


def misfiled(features: Iterable[Feature], rules: dict[str, Rule]) -> list[str]:
    """Scenarios whose claim tags are not exactly the claims their rules serve.

    A claim tag without a rule that serves it would let a Flask-only detail decide a claim of the
    document; a rule's claim left untagged would hide the scenario from that claim's verdict.
    """
    problems = []
    claims, named_rules = claims_by_scenario(features), rules_by_scenario(features)
    for name, tagged in claims.items():
        unknown = sorted(r for r in named_rules[name] if r not in rules)
        if unknown:
            problems.append(f"{name}: names rules the contract does not have: {', '.join(unknown)}")
            continue
        served = {c for r in named_rules[name] for c in rules[r].claims}
        if tagged != served:
            extra, missing = sorted(tagged - served), sorted(served - tagged)
            detail = "; ".join(
                part
                for part in (
                    f"tagged {', '.join(extra)}, which none of its rules serves" if extra else "",
                    f"its rules serve {', '.join(missing)}, not tagged" if missing else "",
                )
                if part
            )
            problems.append(f"{name} ({', '.join(sorted(named_rules[name])) or 'no rule'}): {detail}")
    return problems


def step_uses(features: Iterable[Feature]) -> Iterator[StepUse]:
    for scenario in scenarios(features):
        contexts = [c for examples in scenario.examples for c in examples.as_contexts()] or [{}]
        for context in contexts:
            for step in scenario.render(context).steps:
                yield StepUse(step.type, step.name, f"{scenario.feature.rel_filename}:{step.line_number}")


def project_step_definitions() -> list[StepFunctionContext]:
    """Every step definition the steps/ package registered (pytest_plugins must have loaded them)."""
    return [c for c in step_function_context_registry.values() if c.step_func.__module__.startswith("steps.")]


def describe(definition: StepFunctionContext) -> str:
    code = definition.step_func.__code__
    return f"{Path(code.co_filename).name}:{code.co_firstlineno} ({definition.parser.name!r})"


def matching(use: StepUse, definitions: Iterable[StepFunctionContext]) -> list[StepFunctionContext]:
    return [d for d in definitions if d.type in (None, use.type) and d.parser.is_matching(use.text)]


def step_problems(uses: Iterable[StepUse], definitions: list[StepFunctionContext]) -> list[str]:
    """One line per step text that no definition, or more than one, matches."""
    problems: dict[tuple[str, str], str] = {}
    for use in uses:
        if (use.type, use.text) in problems:
            continue
        found = matching(use, definitions)
        if len(found) > 1:
            names = ", ".join(describe(d) for d in found)
            problems.setdefault((use.type, use.text), f"{use.where}: {use.type} {use.text!r} is matched by {names}")
        elif not found:
            problems.setdefault((use.type, use.text), f"{use.where}: {use.type} {use.text!r} has no step definition")
    return sorted(problems.values())


def unexercised(requests: Iterable[dict], routes: Iterable[Route]) -> list[str]:
    """Routes, methods, form fields and cookies of the route table that no recorded request exercised.

    ``requests`` are what ``--record-requests`` writes: the feature, method, path (with the section
    prefix), form field names sent, cookie names sent. The rules for every section request every
    route with every method (every_route.feature); those requests do not count: a route must be
    exercised by the rules of its own section.
    """
    requests = [r for r in requests if r["feature"] != "every_route.feature"]
    missing = []
    for route in routes:
        reaching = [r for r in requests if route.matches(r["path"])]
        for method in route.methods:
            if not any(r["method"] == method for r in reaching):
                missing.append(f"{method} {route.rule}: never requested")
        for field in route.fields:
            if not any(field in r["fields"] for r in reaching):
                missing.append(f"{route.rule}: the form field {field!r} is never sent")
        for cookie in route.cookies:
            if not any(cookie in r["cookies"] for r in reaching):
                missing.append(f"{route.rule}: the cookie {cookie!r} is never sent")
    return missing
