"""Choosing the target: command line, then environment, then pytest.ini, then the default."""

from __future__ import annotations

import importlib
import inspect
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from steps.targets import REQUEST_TIMEOUT, PythonAPI, Target, TargetError

USAGE = (
    "a target is one of: reference (the default: the reference app in-process), "
    "live (the reference app under waitress, over HTTP), wsgi:MODULE:APP (any WSGI app, in-process), "
    "asgi:MODULE:APP (any ASGI app, in-process), "
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
    #: The module whose ``spec_python_api`` the target gains (--python-api), if one is named.
    python_api: str | None = None

    def describe(self) -> str:
        what = f"--target-server {self.server!r}" if self.server else (self.target or "reference")
        python = f", --python-api {self.python_api}" if self.python_api else ""
        return f"{what} (from {self.source}){python}"


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
    group.addoption(
        "--python-api",
        metavar="MODULE",
        help="a module whose spec_python_api (see PythonAPI in steps/targets) the chosen target gains, "
        "whatever the target: the python-api capability",
    )
    parser.addini("target", "the implementation to check (see --target)")
    parser.addini("target_server", "the command that starts the implementation (see --target-server)")


def choose(config: pytest.Config) -> TargetChoice:
    """The first source that names a target wins whole; one source may not name two."""
    python_api = config.getoption("python_api")
    sources = [
        ("the command line", config.getoption("target"), config.getoption("target_server")),
        ("the environment", os.environ.get(ENV_TARGET), os.environ.get(ENV_SERVER)),
        ("pytest.ini", config.getini("target") or None, config.getini("target_server") or None),
    ]
    for source, target, server in sources:
        if target and server:
            raise pytest.UsageError(f"{source} gives both a target ({target!r}) and a server command ({server!r}); give one")
        if target or server:
            return TargetChoice(target, server, source, python_api)
    return TargetChoice(None, None, "the default", python_api)


def build(choice: TargetChoice) -> Target:
    """The target the choice names, not started yet, with the Python API it names; a readable
    UsageError when it names none."""
    target = named_target(choice)
    if choice.python_api:
        try:
            target.python = load_python_api(choice.python_api)
        except TargetError as error:
            raise pytest.UsageError(str(error)) from None
        target.capabilities = target.capabilities | {"python-api"}
    return target


def named_target(choice: TargetChoice) -> Target:
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
        if spec.startswith("asgi:"):
            return load_asgi_target(spec)
        if spec.lower().startswith(("http://", "https://")):
            return HTTPTarget(checked_base_url(spec))
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
    if not takes_environ_and_start_response(app):
        raise TargetError(
            f"wsgi:{reference}: {module_name}.{attribute} is not a WSGI app: it must take (environ, start_response), "
            f"it takes {inspect.signature(app)}"
        )
    return app, getattr(module, "spec_python_api", None)


def takes_environ_and_start_response(app: object) -> bool:
    """Whether ``app(environ, start_response)`` binds to its signature (PEP 3333's one call)."""
    try:
        signature = inspect.signature(app)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True  # a callable written in C may not show its signature: it gets the benefit of the doubt
    try:
        signature.bind(object(), object())
    except TypeError:
        return False
    return True


def checked_base_url(spec: str) -> str:
    """An ``http(s)://`` target, checked before any request: a URL that httpx cannot send, or that
    carries what a base URL cannot (a query string, a fragment), is a UsageError in one line."""
    import httpx

    try:
        parts = urlsplit(spec)
        parts.port  # noqa: B018 (reading it checks it)
        httpx.URL(spec)
    except (ValueError, httpx.InvalidURL) as error:
        raise TargetError(f"--target {spec!r} is not a URL the suite can send requests to: {error}") from None
    if not parts.hostname:
        raise TargetError(f"--target {spec!r} names no host: write it as http://HOST:PORT[/BASE]")
    for mark, part in (("?", "a query string"), ("#", "a fragment")):
        if mark in spec:  # even an empty one: "http://host/?" is not a base either
            raise TargetError(
                f"--target {spec!r}: a target URL is the base every path is appended to, so it cannot carry {part}; "
                "write it as http://HOST:PORT[/BASE]"
            )
    return spec


def _import(module_name: str, where: str) -> object:
    try:
        return importlib.import_module(module_name)
    except ImportError as error:
        raise TargetError(f"{where}: cannot import {module_name!r}: {error}") from None


def load_asgi_target(spec: str) -> Target:
    """``asgi:MODULE:APP``: the app, the module's ``spec_python_api`` if it offers one, and a socket
    of its own (the ``http`` capability) when hypercorn is installed to serve it."""
    import importlib.util

    from steps.targets.asgi import ASGITarget, is_asgi_app

    module_name, _, attribute = spec[len("asgi:"):].partition(":")
    if not module_name or not attribute:
        raise TargetError(f"{spec}: write it as asgi:MODULE:APP, e.g. asgi:myproject.web:app")
    module = _import(module_name, spec)
    app = getattr(module, attribute, None)
    if app is None:
        raise TargetError(f"{spec}: {module_name} has no attribute {attribute!r}")
    if not is_asgi_app(app):
        raise TargetError(
            f"{spec}: {module_name}.{attribute} is not an ASGI app (an async callable taking scope, receive, send)"
            + ("; a WSGI app is named wsgi:MODULE:APP" if callable(app) else "")
        )
    listen = importlib.util.find_spec("hypercorn") is not None
    return ASGITarget(app, name=spec, python=getattr(module, "spec_python_api", None), listen=listen)


def load_python_api(module_name: str) -> PythonAPI:
    """--python-api MODULE: the module's ``spec_python_api``."""
    module = _import(module_name, f"--python-api {module_name}")
    python = getattr(module, "spec_python_api", None)
    if python is None:
        raise TargetError(
            f"--python-api {module_name}: the module defines no spec_python_api (see PythonAPI in steps/targets/__init__.py)"
        )
    return python
