"""Wires the spec together: the target under test, capability gates, tags as markers.

Step definitions are grouped by vocabulary in steps/; `pytest_plugins` is what registers them
(a plain import registers nothing).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from steps.claims import load_claims
from steps.targets import CAPABILITIES, Target, Visitor

pytest_plugins = [
    "steps.http",
    "steps.pages",
    "steps.python_api",
    "steps.resources",
    "steps.uploads",
    "steps.cookies",
    "steps.logs",
]


def pytest_configure(config: pytest.Config) -> None:
    # Every tag a feature may carry is registered here, from the one place that defines it, so
    # --strict-markers turns a mistyped claim id or capability into an error.
    for claim_id, sentence in load_claims().items():
        config.addinivalue_line("markers", f"{claim_id}: {sentence}")
    for capability, meaning in CAPABILITIES.items():
        config.addinivalue_line("markers", f"{capability}: needs a target where {meaning}")


@pytest.fixture(scope="session")
def implementation() -> Iterator[Target]:
    """The implementation under test, shared by every scenario of the run."""
    from steps.targets.reference import ReferenceTarget

    target = ReferenceTarget()
    yield target
    target.close()


@pytest.fixture(autouse=True)
def _capability_gate(implementation: Target, request: pytest.FixtureRequest) -> None:
    """A scenario tagged with a capability the target lacks is skipped, saying which and why."""
    for capability, meaning in CAPABILITIES.items():
        if request.node.get_closest_marker(capability) and capability not in implementation.capabilities:
            pytest.skip(f"{implementation.name} lacks the {capability!r} capability: {meaning}")


@pytest.fixture
def target(implementation: Target) -> Iterator[Visitor]:
    """A fresh visitor per scenario: its own client, its own cookies."""
    visitor = implementation.visitor()
    yield visitor
    visitor.close()


def pytest_report_header(config: pytest.Config) -> str:
    return "target: reference app, in-process (the default)"
