"""The fork server behind LocalExecutor, and the set-up of each step process it forks.

Why not multiprocessing's "forkserver" context: a Celery prefork worker is a daemonic
billiard process, and multiprocessing refuses to start children from one ("daemonic
processes are not allowed to have children"). multiprocessing also re-imports the
worker's __main__ (celery, pytest, ...) in every child, and can only be given a clean
environment by swapping os.environ under the worker's other threads. This server is a
plain subprocess started with an explicit minimal environment; it preloads the heavy
libraries once, then forks one step process per request.

Protocol, over a SOCK_SEQPACKET socket pair: the server sends b"ready" once its imports
are done. Each request is one JSON message {"workdir", "limits", "env"} carrying three
file descriptors: the step's log pipe (becomes stdout and stderr), its control pipe
(JSON-line events) and a status pipe, on which the server writes "pid <pid>\n" after
forking and "exit <code>\n" after reaping (code < 0: killed by signal -code), or
"error <reason>\n" if it could not fork. The server exits when the socket closes,
that is when the worker process goes away, and its step processes die with it
(PR_SET_PDEATHSIG). A step that ends with nothing of it left running also says so on
its control pipe ({"event": "exit", "code": ...}), so the worker need not wait for the
"exit" line, which comes only after the kernel has torn the process down.

When the server runs as root, each step process is process 1 of a PID namespace of its
own, with its own mounts (/proc of that namespace, an empty /dev/shm), its own uid and,
unless its limits allow the network, its own empty network namespace: when it exits,
the kernel kills whatever it started, so the "exit" line means nothing of the step is
left (see runner.executors.sandbox and docs/decisions.md).

A spare step process is forked ahead of each request and waits on a socket of its own:
forking a ~250 MB image and the first touches of its copy-on-write pages cost tens of
milliseconds on small machines, so the spare pays for them (in `warm_up_process`) while
the previous step runs, and a request only hands the spare its descriptors. Each spare
serves exactly one step; the server forks the next one right after the handover.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import functools
import gc
import importlib
import io
import json
import math
import os
import resource
import select
import selectors
import signal
import socket
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from runner.executors import sandbox
from runner.step_contract import SPEC_FILE, Limits, StepSpec

READY = b"ready"
_WARM_UP_NICENESS = 10
MAX_REQUEST_BYTES = 1 << 16
FDS_PER_REQUEST = 3
# A request for a warm step host instead of a step process (see _serve_steps), and the
# event such a host writes after each step.
HOST_REQUEST = "host"
HOST_DONE = "done"
# Exit code of a step process whose set-up failed before the step could run.
SETUP_FAILED = 70
# Exit code of a step process that could not be sandboxed; it ran no user code.
SANDBOX_FAILED = 71
# Exit code of a step process that used up its CPU time (SIGXCPU): as process 1 of its
# PID namespace it cannot be killed by a signal it has no handler for, so it exits.
CPU_LIMIT_EXIT = 128 + signal.SIGXCPU
# RLIMIT_CPU: SIGXCPU at the soft limit, SIGKILL this much later if it is ignored.
_CPU_GRACE_SECONDS = 5
_PR_SET_PDEATHSIG = 1
# Steps of a root worker each run as a uid of their own: this plus the step process's
# pid. Pids are unique among live processes (at most 2**22 of them), so no two steps
# running at once on a machine share a uid, nor with it their process limit
# (RLIMIT_NPROC counts per uid) or the right to signal each other. The range is far
# above the ones systems give to users and to containers' subordinate ids.
STEP_UID_BASE = 2_000_000_000
PER_STEP_UID = "per-step"
# The fork server, as a pidfd its step processes inherit: it becomes readable when the
# server exits, which a step in a PID namespace of its own cannot see from getppid().
_server_pidfd: int | None = None
# A step process's pid as the machine sees it (os.getpid() is 1 in its PID namespace).
_host_pid: int | None = None


def serve(sock_fd: int, preload: list[str], warm_up: list[str]) -> None:
    """The server's main loop; runs until the worker closes its end of the socket.

    preload names modules to import; warm_up names "module:function" callables to run
    once before the first fork (see runner.modules.warm_up).
    """
    global _server_pidfd
    sock = socket.socket(fileno=sock_fd)
    with contextlib.suppress(AttributeError, OSError):  # Linux 5.3+
        _server_pidfd = os.pidfd_open(os.getpid())
    # Imports and warm-up take seconds; if the worker goes away meanwhile, nobody would
    # read the socket's EOF until they finish, so watch for the parent here. The thread
    # is joined before the first fork, so step processes are forked from one thread.
    importing = threading.Event()
    watcher = threading.Thread(target=_exit_if_orphaned, args=(os.getppid(), importing), daemon=True)
    watcher.start()
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:
            # A broken preload only makes steps slower; a step that needs the module
            # fails with the real error in its own log.
            print(f"pipewright fork server: could not preload {name}", file=sys.stderr)
            traceback.print_exc()
    for entrypoint in warm_up:
        module_name, _, function_name = entrypoint.partition(":")
        try:
            getattr(importlib.import_module(module_name), function_name)()
        except Exception:
            print(f"pipewright fork server: warm-up {entrypoint} failed", file=sys.stderr)
            traceback.print_exc()
    # Looking libc up runs ldconfig, and resolving the Python paths takes a few
    # milliseconds: once here, not in every step process.
    sandbox.landlock_abi()
    static_read_paths()
    # Children share the preloaded objects copy-on-write; keeping them out of the
    # garbage collector's reach stops each child from touching (copying) every page.
    gc.freeze()
    importing.set()
    watcher.join()

    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)
    selector = selectors.DefaultSelector()
    selector.register(sock, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)
    status_fds: dict[int, int] = {}
    sock.sendall(READY)

    spare: _Spare | None = None

    def server_fds() -> list[int]:
        """What a new step process must close: the server's own descriptors."""
        spare_fds = [spare.sock.fileno()] if spare is not None else []
        return [sock.fileno(), selector.fileno(), wake_r, wake_w, *status_fds.values(), *spare_fds]

    spare = _fork_spare(server_fds(), warm=True)
    while True:
        for key, _ in selector.select():
            if key.fileobj is sock:
                message, fds, _flags, _addr = socket.recv_fds(sock, MAX_REQUEST_BYTES, FDS_PER_REQUEST)
                if not message:
                    _shutdown(status_fds, spare)
                    return
                taker, spare = spare, None
                _start_step(message, fds, taker, server_fds, status_fds)
                spare = _fork_spare(server_fds(), warm=True)
            else:
                with contextlib.suppress(BlockingIOError):
                    os.read(wake_r, 4096)
                if spare is not None and spare.pid in _reap(status_fds):
                    spare.sock.close()
                    spare = None


def _exit_if_orphaned(parent: int, done: threading.Event) -> None:
    while not done.wait(0.1):
        if os.getppid() != parent:
            os._exit(0)


@dataclasses.dataclass
class _Spare:
    """A step process forked ahead of its request; it waits for it on `sock`."""

    pid: int
    sock: socket.socket


def _fork_spare(server_fds: list[int], *, warm: bool) -> _Spare | None:
    """Fork a step process that waits for a request; None if the system is out of
    processes or memory (the next request tries again)."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        pid = sandbox.fork_in_own_pid_namespace()
    except (OSError, sandbox.SandboxError):
        ours.close()
        theirs.close()
        return None
    if pid == 0:
        code = SETUP_FAILED
        try:
            signal.set_wakeup_fd(-1)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            for fd in server_fds:
                os.close(fd)
            ours.close()
            code = _spare_main(theirs, warm=warm)
        except BaseException:
            traceback.print_exc()
        finally:
            # Never return into the server's loop; skip atexit handlers and
            # non-daemon threads the step may have left behind.
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
    theirs.close()
    return _Spare(pid=pid, sock=ours)


def _start_step(
    message: bytes,
    fds: list[int],
    spare: _Spare | None,
    server_fds: Callable[[], list[int]],
    status_fds: dict[int, int],
) -> None:
    """Hand a request to the spare (or, if there is none or it died, to a process
    forked now, not warmed up) and tell the worker its pid."""
    log_fd, control_fd, status_fd = fds
    try:
        if spare is None or not _hand_over(spare, message, log_fd, control_fd):
            if spare is not None:
                spare.sock.close()  # it died; it is reaped like any step process
            spare = _fork_spare([*server_fds(), *fds], warm=False)
            if spare is None or not _hand_over(spare, message, log_fd, control_fd):
                with contextlib.suppress(OSError):
                    os.write(status_fd, b"error could not start a step process (out of processes or memory?)\n")
                os.close(status_fd)
                return
        with contextlib.suppress(OSError):  # the worker may have given up on this step
            os.write(status_fd, f"pid {spare.pid}\n".encode())
        status_fds[spare.pid] = status_fd
    finally:
        # The step process has its own copies now.
        os.close(log_fd)
        os.close(control_fd)


def _hand_over(spare: _Spare, message: bytes, log_fd: int, control_fd: int) -> bool:
    """Send the spare its request and pipes; False if it is gone."""
    try:
        socket.send_fds(spare.sock, [message], [log_fd, control_fd], socket.MSG_NOSIGNAL)
    except OSError:
        return False
    spare.sock.close()
    return True


def _reap(status_fds: dict[int, int]) -> set[int]:
    """Collect every exited step process and report its exit; returns their pids."""
    reaped: set[int] = set()
    while True:
        try:
            # WNOWAIT leaves the child a zombie, so its pid (and process group id)
            # cannot be reused while we kill whatever it left running in its group.
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return reaped
        if info is None:
            return reaped
        pid = info.si_pid
        reaped.add(pid)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        status_fd = status_fds.pop(pid, None)
        if status_fd is not None:
            with contextlib.suppress(OSError):
                os.write(status_fd, f"exit {os.waitstatus_to_exitcode(status)}\n".encode())
            os.close(status_fd)


def _shutdown(status_fds: dict[int, int], spare: _Spare | None) -> None:
    """The worker is gone: nobody will collect these steps' results."""
    if spare is not None:
        spare.sock.close()  # it sees the end of its socket and exits
    for pid in status_fds:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)


# ---------------------------------------------------------------------------------
# Inside the step process


def _spare_main(conn: socket.socket, *, warm: bool) -> int:
    """A spare step process: get ready, wait for the one request it serves, run it."""
    # Its own session and process group from the start, so the worker can kill the
    # step and everything it starts as a group.
    global _host_pid
    os.setsid()
    die_with_parent()
    if sandbox.can_use_namespaces():
        # Its pid on the machine, read while /proc is still the machine's.
        _host_pid = int(os.readlink("/proc/self"))
        # Now, while this process still has one thread (the warm-up may start more).
        sandbox.private_mounts()
    if warm:
        from runner.step_runtime import warm_up_process

        # Out of the way of steps that run and of the engine while it warms up, when
        # the priority can be given back afterwards (that takes root).
        background = os.geteuid() == 0
        priority = os.getpriority(os.PRIO_PROCESS, 0)
        if background:
            os.setpriority(os.PRIO_PROCESS, 0, priority + _WARM_UP_NICENESS)
        with contextlib.suppress(Exception):  # only ever a matter of speed
            warm_up_process()
        if background:
            os.setpriority(os.PRIO_PROCESS, 0, priority)
    message, fds, _flags, _addr = socket.recv_fds(conn, MAX_REQUEST_BYTES, 2)
    conn.close()
    if not message or len(fds) != 2:
        return 0  # the server is shutting down
    log_fd, control_fd = fds
    request = json.loads(message)
    if request.get("kind") == HOST_REQUEST:
        return _serve_steps(request, log_fd, control_fd)
    code = _run_child(request, log_fd, control_fd)
    _announce_exit(control_fd, code)
    return code


def _redirect_output(log_fd: int) -> None:
    """Make `log_fd` this process's stdout and stderr (and close it): at the descriptor
    level, so output of C extensions and subprocesses is caught too."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    os.dup2(log_fd, 1)
    os.dup2(log_fd, 2)
    os.close(log_fd)


def _take_over_stdio(log_fd: int) -> None:
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    _redirect_output(log_fd)
    sys.stdout = io.TextIOWrapper(
        os.fdopen(1, "wb", closefd=False), encoding="utf-8", errors="replace", line_buffering=True
    )
    sys.stderr = io.TextIOWrapper(
        os.fdopen(2, "wb", closefd=False), encoding="utf-8", errors="replace", line_buffering=True
    )


def _enter_step(workdir: Path, env: dict[str, str], control_fd: int) -> StepSpec:
    """Make this process the step's: its directory, environment and random state."""
    # Descriptors received over a socket are inheritable; the step's own subprocesses
    # have no business writing events.
    os.set_inheritable(control_fd, False)
    os.chdir(workdir)
    os.environ.clear()
    os.environ.update(env)
    tempfile.tempdir = env.get("TMPDIR")
    _reseed_numpy()
    return StepSpec.from_dict(json.loads((workdir / SPEC_FILE).read_text()))


def _run_child(request: dict[str, Any], log_fd: int, control_fd: int) -> int:
    _take_over_stdio(log_fd)
    workdir = Path(request["workdir"])
    spec = _enter_step(workdir, request["env"], control_fd)
    limits = Limits.from_dict(request["limits"])
    apply_limits(limits)

    # Not a top-level import: the worker imports this module for its constants and
    # must not pay for pandas; here the server has preloaded it, so it costs nothing.
    from runner.step_runtime import run_step

    with os.fdopen(control_fd, "w", encoding="utf-8", closefd=False) as control:
        settings = request.get("sandbox") or {}
        if settings.get("enabled", True):
            uid = settings.get("uid")
            if uid == PER_STEP_UID:
                uid = STEP_UID_BASE + (_host_pid or os.getpid())
            policy = sandbox_policy(spec, workdir, network=limits.network, uid=uid)
            try:
                if not limits.network and sandbox.can_use_namespaces():
                    sandbox.leave_network()
                report = sandbox.apply(policy, own=[str(workdir)])
            except (sandbox.SandboxError, OSError) as exc:
                print(f"pipewright: could not sandbox the step: {exc}", file=sys.stderr)
                return SANDBOX_FAILED
            # Linux clears the parent-death signal when the credentials change.
            die_with_parent()
            control.write(json.dumps({"event": "sandbox", **dataclasses.asdict(report)}) + "\n")
            control.flush()
        _close_server_pidfd()
        if spec.environment_path:
            # Before the user's code imports anything. Packages the server preloaded
            # (numpy, pandas, ...) stay the preloaded ones: they are in sys.modules.
            sys.path.insert(0, spec.environment_path)
            importlib.invalidate_caches()
        run_step(spec, workdir, control)
    return 0


def _announce_exit(control_fd: int, code: int) -> None:
    """Tell the worker the step is over, when nothing of it can run any more but this
    thread on its way to _exit: then the worker need not wait for the exit itself,
    which on a small machine takes longer than a small step (the kernel tears down a
    ~250 MB address space). Otherwise say nothing; the worker waits for the exit."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    # From here on no code of the step may run: no finalizer (no collection), no
    # signal handler (all blocked), and no other thread or child process may exist.
    gc.disable()
    signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
    if not _alone():
        return
    with contextlib.suppress(OSError):
        os.write(control_fd, b'{"event": "exit", "code": %d}\n' % code)


def _serve_steps(request: dict[str, Any], log_fd: int, conn_fd: int) -> int:
    """A warm step host: one confined process that runs step after step of built-in
    (trusted) modules for one workspace, with no fork per step (runner.executors.
    warm_hosts is the worker's side).

    It is confined once, like a step, but to its own directory: each step's work
    directory is made inside it and the step's inputs are linked or copied into that.
    Requests come on `conn_fd` ({"workdir", "env"} with the step's log and control pipes);
    after each step it says {"event": "done"} on the control pipe, with its memory use
    and whether anything the step started is still there. It exits when the worker
    closes the socket (or on any error); as process 1 of its PID namespace, it takes
    whatever is left in it along.
    """
    _take_over_stdio(log_fd)
    conn = socket.socket(fileno=conn_fd)
    host_dir = Path(request["workdir"])
    os.chdir(host_dir)
    os.environ.clear()
    os.environ.update(request["env"])
    apply_limits(Limits.from_dict(request["limits"]))
    warnings: list[str] = []
    settings = request.get("sandbox") or {}
    if settings.get("enabled", True):
        uid = settings.get("uid")
        if uid == PER_STEP_UID:
            uid = STEP_UID_BASE + (_host_pid or os.getpid())
        policy = sandbox.SandboxPolicy(
            read=static_read_paths(),
            write=(str(host_dir), *sandbox.SYSTEM_WRITE_PATHS),
            network=False,
            uid=uid,
            gid=uid,
        )
        try:
            if sandbox.can_use_namespaces():
                sandbox.leave_network()
            warnings = list(sandbox.apply(policy, own=[str(host_dir)]).warnings)
        except (sandbox.SandboxError, OSError) as exc:
            print(f"pipewright: could not sandbox the warm step host: {exc}", file=sys.stderr)
            return SANDBOX_FAILED
        die_with_parent()
    _close_server_pidfd()
    ready = {"event": "ready", "uid": os.geteuid(), "warnings": warnings, "rss_bytes": _rss_bytes()}
    conn.send(json.dumps(ready).encode())
    # Between steps its output goes nowhere; during a step, to that step's log.
    _redirect_output(os.open(os.devnull, os.O_WRONLY))
    from runner.step_runtime import run_step

    while True:
        message, fds, _flags, _addr = socket.recv_fds(conn, MAX_REQUEST_BYTES, 2)
        if not message or len(fds) != 2:
            return 0
        step_log_fd, control_fd = fds
        step = json.loads(message)
        workdir = Path(step["workdir"])
        with os.fdopen(control_fd, "w", encoding="utf-8") as control:
            _redirect_output(step_log_fd)
            try:
                spec = _enter_step(workdir, step["env"], control.fileno())
                result = run_step(spec, workdir, control)
            finally:
                _redirect_output(os.open(os.devnull, os.O_WRONLY))
                os.chdir(host_dir)
                _release_unused_memory()
            # Library thread pools (Arrow's, BLAS's) stay; a child process must not.
            done = {"event": HOST_DONE, "rss_bytes": _rss_bytes(), "children": _has_children()}
            control.write(json.dumps(done) + "\n")
        if result.status != "completed":
            return 0  # recycled after any error: nothing a failed step left may meet the next one


def _release_unused_memory() -> None:
    """Give back what Arrow's allocator keeps cached after a step, so a host's size says
    what it holds (the worker replaces a host that keeps growing)."""
    pyarrow = sys.modules.get("pyarrow")
    if pyarrow is not None:
        with contextlib.suppress(Exception):
            pyarrow.default_memory_pool().release_unused()


def _rss_bytes() -> int:
    """Resident memory now (not the peak: the worker recycles a host that keeps growing)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _has_children() -> bool:
    """Whether any thread of this process has a child process."""
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children", "rb") as children:
                if children.read().strip():
                    return True
    except OSError:
        return True  # cannot tell: treat it as if something were left
    return False


def _alone() -> bool:
    """Whether this process has one thread (this one) and no child processes."""
    pid = os.getpid()
    try:
        with open(f"/proc/{pid}/task/{pid}/children", "rb") as children:
            return os.listdir(f"/proc/{pid}/task") == [str(pid)] and not children.read().strip()
    except OSError:
        return False


def sandbox_policy(spec: StepSpec, workdir: Path, *, network: bool, uid: int | None) -> sandbox.SandboxPolicy:
    """What one step may read and write: see runner.executors.sandbox."""
    read = [*static_read_paths(), *spec.inputs.values()]
    if spec.environment_path:
        read.append(spec.environment_path)
    return sandbox.SandboxPolicy(
        read=tuple(read),
        write=(str(workdir), *sandbox.SYSTEM_WRITE_PATHS),
        network=network,
        uid=uid,
        gid=uid,
    )


@functools.cache
def static_read_paths() -> tuple[str, ...]:
    """What every step may read: the system's paths and Python's, those that exist."""
    return tuple(sandbox.existing([*sandbox.SYSTEM_READ_PATHS, *_python_paths()]))


def _python_paths() -> list[str]:
    """The interpreter, its standard library and site-packages, and of this project only
    the packages a step imports: never the project root, where the default data
    directory (var/: the database, the secret key file, every workspace's artifacts)
    and the settings live."""
    project = Path(__file__).resolve().parents[2]
    paths = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, sys.executable]
    for entry in sys.path:
        # Not the project root nor anything above it (a PYTHONPATH of "/" or /srv).
        if entry and Path(entry).resolve() not in (project, *project.parents):
            paths.append(entry)
    paths += [str(project / "runner"), str(project / "designer" / "__init__.py"), str(project / "designer" / "graph")]
    return paths


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when the fork server exits."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # If the server died before prctl took effect: its pidfd is readable (the parent
    # of process 1 of a PID namespace is outside it, and getppid() says 0 throughout).
    if _server_pidfd is not None:
        if select.select([_server_pidfd], [], [], 0)[0]:
            os._exit(SETUP_FAILED)
    elif os.getppid() != parent:
        os._exit(SETUP_FAILED)


def _close_server_pidfd() -> None:
    """The step's code has no business with the server's pidfd."""
    global _server_pidfd
    if _server_pidfd is not None:
        with contextlib.suppress(OSError):
            os.close(_server_pidfd)
        _server_pidfd = None


def _reseed_numpy() -> None:
    """Every child inherits the server's numpy global random state; without a reseed
    each unseeded np.random call in every step would return the same numbers.
    (Python's random module reseeds itself after fork.)"""
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed(int.from_bytes(os.urandom(4), "little"))


def apply_limits(limits: Limits) -> None:
    if limits.memory_bytes is not None:
        # Address space, counted from what the preloaded libraries already map.
        _set_limit(resource.RLIMIT_AS, _address_space_bytes() + limits.memory_bytes)
    if limits.cpu_seconds is not None:
        # Counted from now: what the process used while it waited as a spare is not the step's.
        usage = resource.getrusage(resource.RUSAGE_SELF)
        used = math.ceil(usage.ru_utime + usage.ru_stime)
        _set_limit(resource.RLIMIT_CPU, used + limits.cpu_seconds, grace=_CPU_GRACE_SECONDS)
    if limits.max_processes is not None:
        _set_limit(resource.RLIMIT_NPROC, limits.max_processes)
    _set_limit(resource.RLIMIT_NOFILE, limits.max_open_files)
    if os.getpid() == 1 and limits.cpu_seconds is not None:
        # Process 1 of a PID namespace ignores signals it has no handler for.
        signal.signal(signal.SIGXCPU, lambda signum, frame: os._exit(CPU_LIMIT_EXIT))
    if limits.cpus is not None:
        # A process cannot be given a fraction of a core without cgroups: it is pinned
        # to as many cores as it may use, rounded up (the docker executor sets a quota).
        allowed = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, allowed[: max(1, math.ceil(limits.cpus))])


def _set_limit(kind: int, soft: int, *, grace: int = 0) -> None:
    _, current_hard = resource.getrlimit(kind)
    hard = soft + grace
    if current_hard != resource.RLIM_INFINITY:
        hard = min(hard, current_hard)
        soft = min(soft, hard)
    resource.setrlimit(kind, (soft, hard))


def _address_space_bytes() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0
