"""Runs one command of `manage.py up` so that it dies with `up`, whatever kills `up`.

    python -I designer/guardian.py PARENT_PID -- COMMAND...

Started as a script (stdlib only, nothing of Django), in the session the supervisor
gives it. It asks Linux for a signal when its parent dies (PR_SET_PDEATHSIG) and makes
itself the child subreaper (PR_SET_CHILD_SUBREAPER): everything the command starts,
however deep (Celery's prefork pool children, each one's step fork server, a process
that left the group with setsid), stays in this process's tree even when its own parent
dies first. So when `up` goes (SIGKILL included, where it can run no code of its own),
this process finds the whole tree in /proc and stops it: SIGTERM, a short grace, then
SIGKILL until nothing is left. Why not a preexec_fn setting PDEATHSIG on each child:
that reaches only the direct child, and a Celery worker killed that way leaves its pool
children and their fork servers running (docs/decisions.md).

A normal stop (the supervisor's SIGTERM to the process group) is the command's to
handle: this process waits for it, then clears any orphan it left, and exits with its
status, so the supervisor's restart rules see what the command did.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import time

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
GRACE_SECONDS = 2.0

parent_died = False


def processes() -> list[tuple[int, int, bool]]:
    """(pid, parent pid, is a zombie) of every process in /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: the fields after it are safe.
        fields = stat[stat.rfind(b")") + 2 :].split()
        found.append((int(entry), int(fields[1]), fields[0] == b"Z"))
    return found


def descendants(root: int) -> list[int]:
    """Every live process below `root` (parents before their children)."""
    children: dict[int, list[int]] = {}
    for pid, ppid, zombie in processes():
        if not zombie:
            children.setdefault(ppid, []).append(pid)
    found, queue = [], [root]
    while queue:
        for pid in children.get(queue.pop(), []):
            found.append(pid)
            queue.append(pid)
    return found


def reap(keep: int | None = None) -> None:
    """Collect exited orphans this subreaper adopted; never `keep` (the command, whose
    status subprocess collects)."""
    me = os.getpid()
    for pid, ppid, zombie in processes():
        if zombie and ppid == me and pid != keep:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)


def stop_tree(grace: float) -> None:
    me = os.getpid()
    for pid in descendants(me):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while descendants(me) and time.monotonic() < deadline:
        reap()
        time.sleep(0.05)
    # A killed parent hands its children to this subreaper, so repeat until none is left.
    while left := descendants(me):
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        reap()
        time.sleep(0.02)


def on_parent_death(signum: int, frame: object) -> None:
    global parent_died
    parent_died = True


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        print("usage: guardian.py PARENT_PID -- COMMAND...", file=sys.stderr)
        return 2
    parent, command = int(argv[0]), argv[2:]
    signal.signal(signal.SIGUSR2, on_parent_death)
    # The supervisor's SIGTERM/SIGINT reach the command too (same process group): the
    # command decides how to stop, this process outlives it to clear up.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGUSR2, 0, 0, 0)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    if os.getppid() != parent:  # `up` died before prctl took effect
        return 1
    child = subprocess.Popen(
        command,
        # What this process was handed (a shared listening socket) goes on to the command.
        close_fds=False,
        preexec_fn=lambda: [signal.signal(s, signal.SIG_DFL) for s in (signal.SIGTERM, signal.SIGINT)],
    )
    while not parent_died:
        try:
            code = child.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            reap(keep=child.pid)
            continue
        stop_tree(GRACE_SECONDS)
        return code if code >= 0 else 128 - code
    stop_tree(GRACE_SECONDS)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
