"""The ``asgi:`` target and ``--python-api``: a tiny ASGI app, written to a temp folder, as a server sees it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from steps.harness.suite import PYTHON, assert_one_readable_error, run_suite
from steps.targets import BODY_LIMIT
from steps.targets.asgi import CHUNKS_AHEAD, ASGITarget
from steps.targets.reference import call_as_wsgi

#: Answers what it was given (path, raw_path, query string, body size) and counts its lifespan.
TINY_APP = '''
import json

lifespan = []
after_response = []  # what receive() gives once the response is sent

async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            event = (await receive())["type"]
            lifespan.append(event)
            if event == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return
    size, more = 0, True
    while more:
        message = await receive()
        size, more = size + len(message.get("body", b"")), message.get("more_body", False)
    seen = {"path": scope["path"], "raw_path": scope["raw_path"].decode("latin-1"),
            "query": scope["query_string"].decode("latin-1"), "size": size}
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(seen).encode()})
    after_response.append((await receive())["type"])
'''

#: The tiny app as the minimal section of a Python API (it is an ASGI app: its WSGI call must fail).
TINY_API = '''
import tempfile
from pathlib import Path

from steps.targets.reference import FlaskSectionsAPI
from tiny_asgi import app

spec_python_api = FlaskSectionsAPI({"minimal": app}, Path(tempfile.gettempdir()))
'''

@pytest.fixture
def tiny(tmp_path: Path) -> ModuleType:
    (tmp_path / "tiny_asgi.py").write_text(TINY_APP)
    spec = importlib.util.spec_from_file_location("tiny_asgi", tmp_path / "tiny_asgi.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_path_and_the_query_reach_the_app_as_written(tiny: ModuleType) -> None:
    target = ASGITarget(tiny.app, "tiny")
    target.start()
    visitor = target.visitor()
    try:
        url = target.base_url + "/files/a%2Fb/%E4%B8%AD/../x.txt?q=%20a+b&q=%26"
        seen = visitor.request("POST", url, content=b"x" * (3 * 1024 * 1024 + 1)).body
    finally:
        visitor.close()
        target.close()
    assert httpx.Response(200, content=seen).json() == {
        "path": "/files/a/b/中/../x.txt",  # percent-decoded once, as UTF-8; the dot segment kept
        "raw_path": "/files/a%2Fb/%E4%B8%AD/../x.txt",  # byte for byte
        "query": "q=%20a+b&q=%26",
        "size": 3 * 1024 * 1024 + 1,  # streamed whole
    }
    assert tiny.after_response == ["http.disconnect"]


def test_the_lifespan_starts_and_stops_once_for_the_run_and_its_socket(tiny: ModuleType) -> None:
    pytest.importorskip("hypercorn", reason="the socket is served by hypercorn (pip install -e '.[quart]')")
    target = ASGITarget(tiny.app, "tiny", listen=True)
    target.start()
    try:
        assert tiny.lifespan == ["lifespan.startup"]
        visitor = target.visitor()
        in_process = visitor.request("GET", target.base_url + "/in-process")
        visitor.close()
        over_the_socket = httpx.get(target.base_url + "/over-the-socket", timeout=10)
        assert (in_process.status, over_the_socket.status_code) == (200, 200)
        assert over_the_socket.json()["path"] == "/over-the-socket"
    finally:
        target.close()
    assert tiny.lifespan == ["lifespan.startup", "lifespan.shutdown"]


def test_an_app_that_raises_is_a_500_and_its_error_is_in_the_log(tiny: ModuleType) -> None:
    async def failing(scope: dict, receive: object, send: object) -> None:
        if scope["type"] == "http":
            raise LookupError("no such thing: " + scope["path"])

    target = ASGITarget(failing, "failing")
    target.start()
    visitor = target.visitor()
    try:
        answer = visitor.request("GET", target.base_url + "/thing")
    finally:
        visitor.close()
        target.close()
    assert answer.status == 500
    assert "LookupError: no such thing: /thing" in target.logs()


def test_an_endless_body_is_read_up_to_the_limit_and_the_app_stopped() -> None:
    sent = []

    async def endless(scope: dict, receive: object, send: Any) -> None:
        if scope["type"] != "http":
            raise ValueError("no lifespan here")
        await send({"type": "http.response.start", "status": 200, "headers": []})
        while True:
            await send({"type": "http.response.body", "body": b"x" * 65536, "more_body": True})
            sent.append(65536)

    target = ASGITarget(endless, "endless")
    target.start()
    visitor = target.visitor()
    try:
        with pytest.raises(AssertionError, match=rf"200 with a body over {BODY_LIMIT >> 20} MiB"):
            visitor.request("GET", target.base_url + "/")
    finally:
        visitor.close()
        target.close()
    # It waited for the reader: what it sent is the limit and the chunks allowed ahead, no more.
    assert BODY_LIMIT < sum(sent) + 65536 <= BODY_LIMIT + (CHUNKS_AHEAD + 2) * 65536


def test_the_wsgi_call_of_an_asgi_app_fails_saying_why(tiny: ModuleType) -> None:
    from reference_app import minimal

    assert call_as_wsgi(minimal.app, "/", "Flask's") == ("200 OK", b"Hello World!")  # the control
    with pytest.raises(AssertionError, match=r"tiny's, called as a WSGI application.*raised TypeError"):
        call_as_wsgi(tiny.app, "/", "tiny's")


def test_a_wsgi_only_claim_fails_for_an_asgi_app_and_is_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "tiny_asgi.py").write_text(TINY_APP)
    (tmp_path / "tiny_api.py").write_text(TINY_API)
    report = tmp_path / "report.json"
    result = run_suite("-o", f"pythonpath={tmp_path}", "--target", "asgi:tiny_asgi:app", "--python-api", "tiny_api",
                       "-k", "test_the_flask_instance_is_a_wsgi_application", f"--conformance-report={report}")
    scenarios = json.loads(report.read_text())["scenarios"]
    assert [s["outcome"] for s in scenarios] == ["failed"], result.stdout
    assert "python-api" in json.loads(report.read_text())["target"]["capabilities"]
    assert "called as a WSGI application, app(environ, start_response), for '/', raised TypeError" in result.stdout


#: The reference's own Python API, from a module of its own, for a server the suite starts.
REFERENCE_API = '''
import tempfile
from pathlib import Path

from steps.targets.reference import FlaskSectionsAPI, reference_sections

spec_python_api = FlaskSectionsAPI(reference_sections(), Path(tempfile.gettempdir()))
'''


def test_python_api_gives_a_server_target_the_python_api_scenarios(tmp_path: Path) -> None:
    (tmp_path / "reference_api.py").write_text(REFERENCE_API)
    server = f"{PYTHON} -m waitress --listen=127.0.0.1:{{port}} reference_app:app"
    outcomes = {}
    for given in ([], ["--python-api", "reference_api"]):  # without it, the control: skipped
        report = tmp_path / "report.json"
        result = run_suite("-o", f"pythonpath={tmp_path}", "--target-server", server, *given,
                           "-k", "test_the_flask_instance_is_a_wsgi_application", f"--conformance-report={report}")
        outcomes[bool(given)] = [s["outcome"] for s in json.loads(report.read_text())["scenarios"]]
        assert ("--python-api reference_api" in result.stdout) == bool(given), result.stdout
    assert outcomes == {False: ["skipped"], True: ["passed"]}


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("asgi:tiny_asgi", "write it as asgi:MODULE:APP"),
        ("asgi:no_such_module_here:app", "cannot import 'no_such_module_here'"),
        ("asgi:tiny_asgi:nothing", "tiny_asgi has no attribute 'nothing'"),
        ("asgi:reference_app:app", "reference_app.app is not an ASGI app (an async callable taking scope, receive, send); "
                                   "a WSGI app is named wsgi:MODULE:APP"),
    ],
)
def test_a_bad_asgi_target_is_one_readable_error(tmp_path: Path, spec: str, says: str) -> None:
    (tmp_path / "tiny_asgi.py").write_text(TINY_APP)
    assert_one_readable_error(run_suite("-o", f"pythonpath={tmp_path}", "--target", spec), f"ERROR: {spec}", says)


def test_a_python_api_module_without_the_api_is_one_readable_error(tmp_path: Path) -> None:
    (tmp_path / "tiny_asgi.py").write_text(TINY_APP)
    result = run_suite("-o", f"pythonpath={tmp_path}", "--python-api", "tiny_asgi")
    assert_one_readable_error(result, "--python-api tiny_asgi: the module defines no spec_python_api")


def test_a_failed_lifespan_startup_is_one_readable_error(tmp_path: Path) -> None:
    (tmp_path / "no_database.py").write_text(
        "async def app(scope, receive, send):\n"
        "    await receive()\n"
        "    await send({'type': 'lifespan.startup.failed', 'message': 'no database ' + 'here'})\n"
    )
    result = run_suite("-o", f"pythonpath={tmp_path}", "--target", "asgi:no_database:app")
    assert_one_readable_error(result, "asgi:no_database:app: the app's lifespan startup failed: no database here")
