"""Wires the spec together. The plugin (steps/plugin.py) chooses and runs the target; step
definitions are grouped by vocabulary in steps/. `pytest_plugins` is what registers them: a plain
import registers nothing."""

pytest_plugins = [
    "steps.plugin",
    "steps.conformance.recorder",
    "steps.http",
    "steps.pages",
    "steps.python_api",
    "steps.resources",
    "steps.uploads",
    "steps.cookies",
    "steps.sessions",
    "steps.logs",
    "steps.errors",
    "steps.routes",
    "steps.visitors",
    "steps.browser",
]
