"""Choosing the target: command line, then environment, then pytest.ini, then the default."""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from steps.targets import REQUEST_TIMEOUT, PythonAPI, Target, TargetError

USAGE = (
    "a target is one of: reference (the default: the reference app in-process), "
    "live (the reference app under waitress, over HTTP), wsgi:MODULE:APP (any WSGI app, in-process), "
    "http://HOST:PORT[/BASE] (a server already running); or give --target-server 'COMMAND {port}'"
)

ENV_TARGET = "SPEC_TARGET"
ENV_SERVER = "SPEC_TARGET_SERVER"


@dataclass(frozen=True)
class TargetChoice:
    """What the run is pointed at, and where that was said."""

    target: str | None
    server: str | None
    source: str

    def describe(self) -> str:
        what = f"--target-server {self.server!r}" if self.server else (self.target or "reference")
        return f"{what} (from {self.source})"


def add_options(parser: pytest.Parser) -> None:
    from steps.targets.http import STARTUP_SECONDS

    group = parser.getgroup("spec", "the implementation under test")
    group.addoption("--target", help=f"the implementation to check; {USAGE} [env {ENV_TARGET}, ini target]")
    group.addoption(
        "--target-server",
        metavar="COMMAND",
        help="start the implementation with COMMAND on a free port, written as {port}, and stop it at the end "
        f"[env {ENV_SERVER}, ini target_server]",
    )
    group.addoption(
        "--request-timeout",
        metavar="SECONDS",
        type=float,
        default=REQUEST_TIMEOUT,
        help=f"how long one request may take before its scenario fails (default {REQUEST_TIMEOUT:g})",
    )
    group.addoption(
        "--server-startup-timeout",
        metavar="SECONDS",
        type=float,
        default=STARTUP_SECONDS,
        help=f"how long a server the suite starts has to answer HTTP (default {STARTUP_SECONDS:g})",
    )
    parser.addini("target", "the implementation to check (see --target)")
    parser.addini("target_server", "the command that starts the implementation (see --target-server)")


def choose(config: pytest.Config) -> TargetChoice:
    """The first source that names a target wins whole; one source may not name two."""
    sources = [
        ("the command line", config.getoption("target"), config.getoption("target_server")),
        ("the environment", os.environ.get(ENV_TARGET), os.environ.get(ENV_SERVER)),
        ("pytest.ini", config.getini("target") or None, config.getini("target_server") or None),
    ]
    for source, target, server in sources:
        if target and server:
            raise pytest.UsageError(f"{source} gives both a target ({target!r}) and a server command ({server!r}); give one")
        if target or server:
            return TargetChoice(target, server, source)
    return TargetChoice(None, None, "the default")


def build(choice: TargetChoice) -> Target:
    """The target the choice names, not started yet; a readable UsageError when it names none."""
    from steps.targets.http import HTTPTarget, ServerTarget
    from steps.targets.reference import LiveReferenceTarget, ReferenceTarget
    from steps.targets.wsgi import WSGITarget

    spec = choice.target
    try:
        if choice.server:
            return ServerTarget(choice.server)
        if spec in (None, "reference"):
            return ReferenceTarget()
        if spec == "live":
            return LiveReferenceTarget()
        if spec.startswith("wsgi:"):
            app, python = load_wsgi_app(spec[len("wsgi:"):])
            return WSGITarget(app, name=spec, python=python)
        parts = urlsplit(spec)
        if parts.scheme in ("http", "https") and parts.hostname:
            return HTTPTarget(spec)
    except TargetError as error:
        raise pytest.UsageError(str(error)) from None
    raise pytest.UsageError(f"--target {spec!r} is not a target: {USAGE}")


def load_wsgi_app(reference: str) -> tuple[object, PythonAPI | None]:
    """The app, and the module's ``spec_python_api`` if it offers one (the python-api capability)."""
    module_name, _, attribute = reference.partition(":")
    if not module_name or not attribute:
        raise TargetError(f"wsgi:{reference}: write it as wsgi:MODULE:APP, e.g. wsgi:myproject.web:app")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise TargetError(f"wsgi:{reference}: cannot import {module_name!r}: {error}") from None
    app = getattr(module, attribute, None)
    if not callable(app):
        raise TargetError(f"wsgi:{reference}: {module_name} has no WSGI callable named {attribute!r}")
    return app, getattr(module, "spec_python_api", None)
