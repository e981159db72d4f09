"""Bad input, and servers that do not speak HTTP (steps/harness/hostile.py), end the run in one
readable line before any scenario runs (issue 10, item 3; output paths are tested with the options
that write them). At the end, the hostile implementation that writes an upload outside its folder
(item 7): the suite says where, and removes it.

Each test runs the suite in a subprocess, as a person does. Each refusal has its acceptance beside
it: a well-formed target of the same kind is accepted and used.
"""

from __future__ import annotations

import inspect
import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from steps.harness import hostile
from steps.harness.suite import PYTHON, assert_one_readable_error, free_port, processes_with, run_suite
from steps.targets.http import BYTES_QUOTED
from steps.targets.selection import takes_environ_and_start_response

#: Selects one scenario that passes on the reference app.
ONE_SCENARIO = "a_url_that_no_route_names and goodbye"

#: Callables a `wsgi:` target may name, in a module the test writes: three WSGI apps (each hands
#: the call to the reference app) and two callables that cannot take (environ, start_response).
WSGI_SHAPES = textwrap.dedent(
    """
    import reference_app

    class Forwarding:
        def __call__(self, environ, start_response):
            return reference_app.app(environ, start_response)

    class OneArgument:
        def __call__(self, environ):
            return []

    instance = Forwarding()
    instance_of_one_argument = OneArgument()

    def any_arguments(*args, **kwargs):
        return reference_app.app(*args, **kwargs)

    def with_defaults(environ, start_response, extra=None):
        return reference_app.app(environ, start_response)

    def no_arguments():
        return []
    """
)


# --- Target URLs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://256.1.1.1:80", "Invalid IPv4 address: '256.1.1.1'"),
        ("http://localhost:abc", "Port could not be cast to integer value as 'abc'"),
        ("http://localhost:70000", "Port out of range"),
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://", "names no host"),
    ],
)
def test_a_target_url_that_cannot_be_sent_to_is_one_readable_error(url: str, says: str) -> None:
    result = run_suite("--target", url)
    assert_one_readable_error(result, f"--target {url!r}", says)


@pytest.mark.parametrize(
    ("suffix", "part"),
    [("/?lang=zh", "a query string"), ("/?", "a query string"), ("/#top", "a fragment"), ("/base?x=1#top", "a query string")],
)
def test_a_target_url_with_a_query_or_a_fragment_is_one_readable_error(suffix: str, part: str) -> None:
    # The port is free: the URL is refused before anything is asked of it.
    url = f"http://127.0.0.1:{free_port()}{suffix}"
    result = run_suite("--target", url)
    assert_one_readable_error(result, f"--target {url!r}: a target URL is the base", f"cannot carry {part}")
    assert "cannot reach" not in result.stdout + result.stderr


def test_a_well_formed_target_url_is_accepted_and_asked(tmp_path: Path) -> None:
    # The control for the refusals above: a base path is fine, and the server is then asked.
    port = free_port()
    result = run_suite("--target", f"http://127.0.0.1:{port}/base", "-k", ONE_SCENARIO)
    assert_one_readable_error(result, f"cannot reach http://127.0.0.1:{port}/base", "Is the server running?")


# --- Server commands -------------------------------------------------------------------------------


def test_a_server_command_with_unbalanced_quotes_is_one_readable_error() -> None:
    command = f"{PYTHON} 'unbalanced {{port}}"
    result = run_suite("--target-server", command)
    assert_one_readable_error(result, "cannot split the command as a shell would (No closing quotation)", repr(command))


def test_a_server_command_without_a_port_is_one_readable_error() -> None:
    command = f"{PYTHON} -m http.server"
    result = run_suite("--target-server", command)
    assert_one_readable_error(result, "the command must say where the port goes, as {port}", repr(command))


# --- What a server that does not speak HTTP did ------------------------------------------------


#: The hostile servers that do not speak HTTP (steps/harness/hostile.py), and what the one line says of each.
NOT_HTTP = [
    ("garbage", f"it answered {hostile.GARBAGE[:BYTES_QUOTED]!r} ..., which is not a valid HTTP response"),
    ("closing", "it closed the connection without answering"),
]


@pytest.mark.parametrize(("name", "says"), NOT_HTTP)
def test_a_started_server_that_does_not_speak_http_is_reported_with_what_it_did(name: str, says: str) -> None:
    marker = f"hostile-started-{os.getpid()}"
    result = run_suite("--target-server", hostile.command(name, marker), "--server-startup-timeout", "1")
    assert_one_readable_error(result, "did not answer HTTP", "within 1 s", says)
    assert processes_with(marker) == [], "the server outlived the run"


def test_a_started_server_that_never_listens_says_so() -> None:
    # The control for the two above: nothing came back, and the message does not invent bytes.
    result = run_suite("--target-server", f"{PYTHON} -c 'import time; time.sleep(60)' {{port}}",
                       "--server-startup-timeout", "1")
    assert_one_readable_error(result, "did not answer HTTP", "nothing accepted a connection on its port")
    assert "it answered" not in result.stdout + result.stderr


@pytest.fixture
def running() -> Iterator[Callable[[str], int]]:
    """Starts a hostile server on a free port and gives its port; stops it after the test."""
    started: list[subprocess.Popen] = []

    def start(name: str) -> int:
        port = free_port()
        started.append(subprocess.Popen([sys.executable, hostile.__file__, name, str(port)]))
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return port
            except OSError:
                assert time.monotonic() < deadline and started[-1].poll() is None, f"the {name} server did not start"
                time.sleep(0.05)

    yield start
    for process in started:
        process.kill()
        process.wait()


@pytest.mark.parametrize(("name", "says"), NOT_HTTP)
def test_a_running_server_that_does_not_speak_http_is_reported_with_what_it_did(
    running: Callable[[str], int], name: str, says: str
) -> None:
    port = running(name)
    result = run_suite("--target", f"http://127.0.0.1:{port}")
    assert_one_readable_error(result, f"http://127.0.0.1:{port} does not answer HTTP", says)


# --- WSGI targets ----------------------------------------------------------------------------------


def importable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, source: str) -> str:
    """Writes a module the suite, run in a subprocess (which inherits the environment), can import."""
    (tmp_path / f"{name}.py").write_text(source)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")])))
    return name


@pytest.fixture
def wsgi_shapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return importable(tmp_path, monkeypatch, "wsgi_shapes", WSGI_SHAPES)


@pytest.mark.parametrize("name", ["instance", "any_arguments", "with_defaults"])
def test_a_wsgi_callable_of_any_shape_that_takes_environ_and_start_response_is_accepted(wsgi_shapes: str, name: str) -> None:
    result = run_suite("--target", f"wsgi:{wsgi_shapes}:{name}", "-k", ONE_SCENARIO)
    assert result.returncode == pytest.ExitCode.OK, result.stdout + result.stderr
    assert "1 passed" in result.stdout


@pytest.mark.parametrize(
    ("target", "takes"),
    [
        ("wsgi:json:loads", "it takes (s, *, cls=None"),
        ("wsgi:wsgi_shapes:instance_of_one_argument", "it takes (environ)"),
        ("wsgi:wsgi_shapes:no_arguments", "it takes ()"),
    ],
)
def test_a_wsgi_target_that_is_no_wsgi_app_is_one_readable_error(wsgi_shapes: str, target: str, takes: str) -> None:
    result = run_suite("--target", target)
    assert_one_readable_error(result, f"{target}: ", "is not a WSGI app: it must take (environ, start_response)", takes)


def test_a_callable_whose_signature_cannot_be_read_gets_the_benefit_of_the_doubt() -> None:
    # A builtin written in C without a text signature stands for a compiled WSGI app (Cython, mypyc).
    with pytest.raises(ValueError):
        inspect.signature(max)
    assert takes_environ_and_start_response(max)
    assert not takes_environ_and_start_response(lambda environ: None)


# --- An implementation that writes an upload outside its folder (issue 10, item 7) ----------------

#: The mutant that saves names as sent (ESCAPE_UNSECURED set), else the reference app, with its
#: upload folder three folders below ESCAPE_ROOT, which holds an `etc`: saved as sent,
#: "../../../etc/passwd<mark>.txt" lands in ESCAPE_ROOT/etc.
UPLOADS_BELOW_AN_ETC = textwrap.dedent(
    """
    import os
    from pathlib import Path

    if os.environ.get("ESCAPE_UNSECURED"):
        from mutants.catalogue.upload_no_secure_filename import app, spec_python_api
    else:
        from mutants.kit import build

        app, spec_python_api = build()  # no edit: the reference app

    root = Path(os.environ["ESCAPE_ROOT"])
    folder = root / "a" / "b" / "uploads"
    folder.mkdir(parents=True)
    (root / "etc").mkdir()
    spec_python_api.apps["uploads"].config["UPLOAD_FOLDER"] = str(folder)
    spec_python_api.uploads = folder
    """
)
#: The two scenarios that upload "../../../etc/passwd.txt" and expect it saved as etc_passwd.txt.
TRAVERSAL_UPLOADS = "climbs_out_of_the_upload_folder_is_saved_inside_it or (secure_form_of_its_name and passwd)"


@pytest.fixture
def escape_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "root"
    monkeypatch.setenv("ESCAPE_ROOT", str(root))
    importable(tmp_path, monkeypatch, "uploads_below_an_etc", UPLOADS_BELOW_AN_ETC)
    return root


def test_an_upload_that_escapes_its_folder_fails_its_scenario_says_where_and_is_removed(
    escape_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESCAPE_UNSECURED", "1")
    result = run_suite("--target", "wsgi:uploads_below_an_etc:app", "-k", TRAVERSAL_UPLOADS)
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    assert "2 failed" in result.stdout, result.stdout
    assert f"an upload escaped the upload folder to {escape_root / 'etc'}/passwd" in result.stdout, result.stdout
    assert list((escape_root / "etc").iterdir()) == [], "the suite did not remove the file that escaped"


def test_an_upload_saved_under_its_secure_name_stays_inside_and_passes(escape_root: Path) -> None:
    # The control: the same folders, the reference app; the climbing names would reach the same `etc`.
    result = run_suite("--target", "wsgi:uploads_below_an_etc:app", "-k", TRAVERSAL_UPLOADS)
    assert result.returncode == pytest.ExitCode.OK, result.stdout
    assert "2 passed" in result.stdout, result.stdout
    assert list((escape_root / "etc").iterdir()) == []
    assert [p.name for p in (escape_root / "a" / "b" / "uploads").iterdir()] == ["etc_passwd.txt"]


def test_a_climbing_name_is_unique_and_keeps_its_secure_name() -> None:
    from werkzeug.utils import secure_filename

    from steps.uploads import climbs, marked

    for name in ("../../../etc/passwd.txt", "../../../etc/passwd", "..\\..\\evil.txt"):
        sent = {marked(name) for _ in range(20)}
        assert climbs(name) and len(sent) == 20, sent
        assert {secure_filename(n) for n in sent} == {secure_filename(name)}, sent
        assert {n.rsplit(".", 1)[1] for n in sent} == {name.rsplit(".", 1)[1]} or "." not in name.split("/")[-1]
