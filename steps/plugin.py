"""The suite's pytest plugin: the target under test, its lifecycle, capability gates, tags."""

from __future__ import annotations

import gc
import importlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_bdd.parser import ScenarioTemplate
from pytest_bdd.scenario import scenario_wrapper_template_registry

from steps.claims import load_claims
from steps.contract import load_rules
from steps.conformance.report import NOT_RUN
from steps.targets import CAPABILITIES, Target, TargetError, Visitor
from steps.targets import selection

TARGET = pytest.StashKey[Target]()
CHOICE = pytest.StashKey[selection.TargetChoice]()
LOG_START = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    selection.add_options(parser)
    parser.getgroup("spec").addoption(
        "--record-requests",
        metavar="FILE",
        help="write what every request exercised (method, path, form fields, cookies) to FILE as JSON; "
        "steps/harness checks with it that every route of the contract is requested (not with -n)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # Every tag a feature may carry is registered here, from the one place that defines it, so a
    # mistyped claim id, rule id or capability is an error (pytest.ini sets strict).
    for claim_id, sentence in load_claims().items():
        config.addinivalue_line("markers", f"{claim_id}: {sentence}")
    for rule in load_rules().values():
        config.addinivalue_line("markers", f"{rule.id}: [{', '.join(rule.claims) or 'contract'}] {rule.text}")
    for capability, meaning in CAPABILITIES.items():
        config.addinivalue_line("markers", f"{capability}: needs a target where {meaning}")
    config.pluginmanager.register(StoppedAnswering(config), "stopped-answering")
    if config.option.help or config.option.collectonly:
        return
    choice = selection.choose(config)
    config.stash[CHOICE] = choice
    config.stash[TARGET] = target = selection.build(choice)
    target.request_timeout = config.getoption("request_timeout")
    if config.getoption("record_requests"):
        target.recorded = []
    if hasattr(target, "startup_timeout"):
        target.startup_timeout = config.getoption("server_startup_timeout")


def _runs_tests(config: pytest.Config) -> bool:
    """Not the controller of pytest-xdist workers: each worker starts a target of its own."""
    return TARGET in config.stash and config.pluginmanager.getplugin("dsession") is None


def pytest_sessionstart(session: pytest.Session) -> None:
    if _runs_tests(session.config):
        try:
            session.config.stash[TARGET].start()
        except TargetError as error:
            raise pytest.UsageError(str(error)) from None


def pytest_unconfigure(config: pytest.Config) -> None:
    if TARGET in config.stash:
        target = config.stash[TARGET]
        if target.recorded is not None and _runs_tests(config):
            Path(config.getoption("record_requests")).write_text(json.dumps(target.recorded, ensure_ascii=False), encoding="utf-8")
        target.close()


def pytest_report_header(config: pytest.Config) -> list[str]:
    if TARGET not in config.stash:
        return []
    target = config.stash[TARGET]
    capabilities = ", ".join(sorted(target.capabilities)) or "none (HTTP only)"
    return [f"target: {target.name}; chosen by {config.stash[CHOICE].describe()}", f"capabilities: {capabilities}"]


@pytest.fixture(scope="session")
def implementation(pytestconfig: pytest.Config) -> Target:
    """The implementation under test, shared by every scenario of the run (of this worker)."""
    if TARGET not in pytestconfig.stash:
        pytest.skip("no target was chosen (--collect-only)")
    return pytestconfig.stash[TARGET]


@pytest.fixture(autouse=True)
def _capability_gate(implementation: Target, request: pytest.FixtureRequest) -> None:
    """A scenario tagged with a capability the target lacks is skipped, saying which and why."""
    for capability, meaning in CAPABILITIES.items():
        if request.node.get_closest_marker(capability) and capability not in implementation.capabilities:
            pytest.skip(f"{implementation.name} lacks the {capability!r} capability: {meaning}")


@pytest.fixture(autouse=True)
def _not_run_once_the_target_stopped_answering(request: pytest.FixtureRequest) -> None:
    """A hanging implementation costs a few request timeouts, not one per scenario. (Tests of the
    spec's own files still run: they ask the implementation nothing.)"""
    if scenario_template(request.node) is None:
        return
    reason = request.getfixturevalue("implementation").stopped_answering
    if reason is not None:
        pytest.skip(NOT_RUN + reason)


class StoppedAnswering:
    """Says once on screen that the run stopped asking the implementation, and fails the run.

    It reads the scenarios' reports, which pytest-xdist replays on the controller: one line for
    the run, however many workers gave up.
    """

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.reasons: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if not (report.skipped and isinstance(report.longrepr, tuple)):
            return
        reason = report.longrepr[2].removeprefix("Skipped: ")
        if reason.startswith(NOT_RUN) and reason not in self.reasons:
            self.reasons.add(reason)
            terminal = self.config.pluginmanager.get_plugin("terminalreporter")
            if terminal is not None:
                terminal.ensure_newline()
                if terminal._tw.width_of_current_line:  # pytest-xdist's progress letters leave it open
                    terminal.line("")
                terminal.write_line(f"{reason.removeprefix(NOT_RUN)}: the remaining scenarios are not run", yellow=True)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        # Even when every timeout was an expected failure, what was not run did not pass.
        if self.reasons and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def target(implementation: Target, request: pytest.FixtureRequest) -> Iterator[Visitor]:
    """A fresh visitor per scenario: its own client, its own cookies."""
    if "logs" in implementation.capabilities:
        request.node.stash[LOG_START] = len(implementation.logs())
    visitor = implementation.visitor()
    template = scenario_template(request.node)
    visitor.feature = Path(template.feature.filename).name if template is not None else ""
    yield visitor
    visitor.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    report = yield
    # A failing scenario shows what the implementation printed meanwhile (tracebacks, logs).
    if report.failed and LOG_START in item.stash and TARGET in item.config.stash:
        output = item.config.stash[TARGET].logs()[item.stash[LOG_START] :]
        if output.strip():
            report.sections.append(("implementation output", output[-4000:]))
    return report


def pytest_collection_finish(session: pytest.Session) -> None:
    # Everything alive now (pytest, the plugins, the collected scenarios) lives for the whole run:
    # frozen, the garbage collector no longer walks it at each collection (~0.1 s a run).
    gc.freeze()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # `-k routing` selects routing.feature's scenarios: pytest-bdd names tests after scenarios only.
    for item in items:
        template = scenario_template(item)
        if template is not None:
            item.extra_keyword_matches.add(Path(template.feature.filename).stem)


def scenario_template(item: pytest.Item) -> ScenarioTemplate | None:
    function = getattr(item, "function", None)
    return None if function is None else scenario_wrapper_template_registry.get(function)


def _memoise_step_lookup() -> None:
    """Find a step's definitions among the step definitions only, listed once per test module.

    pytest-bdd finds a step's definitions by walking every fixture name of the session, asking pytest
    which definitions are visible to the scenario, and asking each step parser whether it matches:
    for every step of every scenario, the largest cost of a run. Which definitions are visible does
    not change during a run, and ours are all registered session-wide, so the step definitions
    visible to a module are listed once, and each step text is then matched against those alone.
    """
    # The module, not the function pytest_bdd exports under the same name.
    bdd_scenario = importlib.import_module("pytest_bdd.scenario")
    from pytest_bdd.compat import get_fixture_names, getfixturedefs
    from pytest_bdd.steps import step_function_context_registry

    visible: dict[str, list] = {}

    def find_once(step, fixturemanager, node):  # type: ignore[no-untyped-def]
        module = node.nodeid.split("::", 1)[0]
        if module not in visible:
            visible[module] = [
                (fixturedef, context)
                for name in get_fixture_names(fixturemanager=fixturemanager)
                for fixturedef in getfixturedefs(fixturemanager, name, node) or []
                if (context := step_function_context_registry.get(fixturedef.func)) is not None
            ]
        return [
            fixturedef
            for fixturedef, context in visible[module]
            if context.type in (None, step.type) and context.parser.is_matching(step.name)
        ]

    bdd_scenario.find_fixturedefs_for_step = find_once

    # The arguments a step function takes are read with inspect.signature at every step it runs.
    required: dict[object, list[str]] = {}
    get_required_args = bdd_scenario.get_required_args

    def required_args_once(func):  # type: ignore[no-untyped-def]
        if func not in required:
            required[func] = get_required_args(func)
        return required[func]

    bdd_scenario.get_required_args = required_args_once


_memoise_step_lookup()
