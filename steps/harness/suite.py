"""What the harness tests share: running the suite as a person does, and looking at what it left."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from steps.targets.http import free_port  # noqa: F401 (the harness tests' one way to a free port)

ROOT = Path(__file__).resolve().parents[2]
PYTHON = shlex.quote(sys.executable)


def run_suite(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker in (entry / "cmdline").read_bytes().decode(errors="replace"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def assert_one_readable_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == pytest.ExitCode.USAGE_ERROR, output
    assert "Traceback" not in output and "INTERNALERROR" not in output, output
    for fragment in fragments:
        assert fragment in output, output


