"""Runs a server command (or the browser's driver) and makes sure it dies with the test run.

``guardian.py [--remove DIR] COMMAND...`` starts COMMAND in a process group of its own and stops
the whole group (the server and every child it made) when told to stop (SIGTERM), or as soon as
the process that started the guardian is gone, even if that one was killed with SIGKILL; then it
removes DIR (the run's folder for the server) if the parent is gone, as a killed parent cannot.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

GRACE_SECONDS = 5.0


def stop_group(process: subprocess.Popen) -> int:
    """SIGTERM the group, SIGKILL what is left after a grace period; the command's exit status."""
    for sig, wait in ((signal.SIGTERM, GRACE_SECONDS), (signal.SIGKILL, GRACE_SECONDS)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(wait)
        except subprocess.TimeoutExpired:
            continue
        # The leader is gone; its children may linger in the group.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        break
    return process.wait()


def main(argv: list[str]) -> int:
    remove = None
    if argv[:1] == ["--remove"] and len(argv) > 1:
        remove, argv = argv[1], argv[2:]
    if not argv:
        print("usage: guardian.py [--remove DIR] COMMAND [ARG...]", file=sys.stderr)
        return 2
    parent = os.getppid()
    try:
        return guard(argv, parent)
    finally:
        # Only for a parent that is gone: a living one still reads the server's output there.
        if remove and os.getppid() != parent:
            shutil.rmtree(remove, ignore_errors=True)


def guard(argv: list[str], parent: int) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the test run's to handle
    stopping = False

    def request_stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    try:
        process = subprocess.Popen(argv, start_new_session=True)
    except OSError as error:
        print(f"cannot start {argv[0]!r}: {error.strerror}", file=sys.stderr)
        return 127
    while process.poll() is None:
        if stopping or os.getppid() != parent:
            return stop_group(process)
        time.sleep(0.02)  # how soon a stop request or a dead parent is noticed
    stop_group(process)  # children the server left behind
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
