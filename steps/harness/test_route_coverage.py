"""Every route, method, form field and cookie of the contract's route table is exercised by some
scenario: a route no scenario requests is a rule nobody checks.

The whole suite runs once against the reference app in-process, recording what each request
exercised (``--record-requests``); the route table of features/CONTRACT.md is then walked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from steps.contract import Route, load_routes
from steps.integrity import unexercised

ROOT = Path(__file__).resolve().parents[2]


def test_every_route_field_and_cookie_of_the_contract_is_exercised(tmp_path: Path) -> None:
    record = tmp_path / "requests.json"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:xdist", f"--record-requests={record}"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert record.is_file(), f"the run recorded nothing (exit {result.returncode}):\n{result.stdout[-3000:]}"
    requests = json.loads(record.read_text(encoding="utf-8"))
    missing = unexercised(requests, load_routes())
    assert not missing, "the route table names what no scenario exercises:\n" + "\n".join(missing)


def test_the_coverage_check_reports_what_is_missing() -> None:
    route = Route("/sessions/login", ("GET", "POST"), "/sessions/login", 200, ("username",), ("session",))
    requests = [{"feature": "sessions.feature", "method": "GET", "path": "/sessions/login", "fields": [], "cookies": []},
                {"feature": "sessions.feature", "method": "POST", "path": "/sessions/loginx", "fields": ["username"],
                 "cookies": ["session"]},
                {"feature": "every_route.feature", "method": "POST", "path": "/sessions/login", "fields": ["username"],
                 "cookies": ["session"]}]
    assert unexercised(requests, [route]) == [
        "POST /sessions/login: never requested",
        "/sessions/login: the form field 'username' is never sent",
        "/sessions/login: the cookie 'session' is never sent",
    ]
