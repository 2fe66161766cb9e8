"""Real-time scoring for deployed endpoints, in a confined scorer process per endpoint.

A model artifact is a pickle, and loading a pickle runs whatever code its author put
in it, so a model is only ever loaded in a scorer process confined like a step (see
`confine`): its own uid, Landlock read access to the Python installation and to just
its model and transform artifacts, no network, no writable place but a private
/dev/shm, rlimits, and process 1 of a PID namespace so nothing it starts outlives it.
The web process starts one per endpoint on its first request, and more (up to
`pool_size`) while requests arrive with every scorer busy, and keeps them until the
endpoint is redeployed or a scorer dies.

The web process talks to the scorer over pipes of its own: requests as JSON lines on
the scorer's stdin, each with a fresh id, and replies on a dedicated reply pipe, each
carrying the id of its request, which a reply thread hands to the request that waits
for it; a reply with another id is dropped. Once an endpoint has all its scorers,
requests queue in their pipes (a few each), so a scorer finds the next one waiting when
it has answered one; a request still in the pipe of a scorer that died goes to another.
What the model itself prints (stdout and stderr) goes to the endpoint's log, never into
a reply.
Predictions come from score_model's own code, or for rows of plain numbers from its
NumPy equal (runner.row_scorer), so an endpoint answers exactly what a pipeline's
score_model step would.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runner.step_contract import Limits, LineReader, explain_error

REQUEST_TIMEOUT_SECONDS = 30.0
# Requests one scorer may have in its pipe at once, once the pool has all its scorers:
# the next is there when it finishes one (docs/decisions.md, "Real-time endpoint latency").
PIPELINED_REQUESTS = 4
# The endpoint log keeps about this much of its end.
LOG_MAX_BYTES = 1 << 20
_REPLY_FD = 3
_MAX_REPLY_BYTES = 64 << 20


class ScoringError(Exception):
    """The rows could not be scored because of the rows themselves; the message says why."""


class ScorerUnavailable(Exception):
    """The endpoint's scorer died, could not start, or did not answer in time.

    `status` is the HTTP status that says so: 502 for a scorer that broke, 503 for one
    that did not answer in time (it is restarted on the next request)."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


def endpoint_log_path(endpoint_id: int) -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR) / "endpoint-logs" / f"{endpoint_id}.log"


def read_endpoint_log(endpoint_id: int, *, max_bytes: int = 64 * 1024) -> str:
    """The end of what the endpoint's model printed, with the scorer's own notes."""
    path = endpoint_log_path(endpoint_id)
    try:
        with path.open("rb") as log:
            log.seek(max(0, path.stat().st_size - max_bytes))
            return log.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""


# --------------------------------------------------------------------------- the scorer process


def launch(config: dict[str, Any]) -> None:
    """The scorer's launcher (runs no user code): fork the scorer into a PID namespace
    of its own where it may, and exit with it."""
    from runner.executors import forkserver, sandbox

    # Killed with the web process, even while its model is busy: the thread that
    # started it (`_starter()`) lives as long as the web process.
    forkserver.die_with_parent()
    # The scorer, process 1 of its namespace, cannot see its parent go from getppid();
    # this descriptor (as a fork server's steps have) lets it check.
    with contextlib.suppress(AttributeError, OSError):
        forkserver._server_pidfd = os.pidfd_open(os.getpid())
    pid = sandbox.fork_in_own_pid_namespace()
    if pid == 0:
        code = 70
        try:
            forkserver.die_with_parent()  # from the start: loading the model takes a while
            _program(config)(config)
            code = 0
        except BaseException:
            traceback.print_exc()  # into the endpoint's log
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    os._exit(os.waitstatus_to_exitcode(status) & 0xFF)


# --- seam (inference pipelines): the scorer program is chosen by the live version's
# kind. A model version runs `serve` below; a pipeline version (a real-time inference
# pipeline) runs runner.inference_scorer.serve, in the same launcher and confinement.


def _program(config: dict[str, Any]) -> Any:
    if config.get("program") == "pipeline":
        from runner.inference_scorer import serve as serve_pipeline

        return lambda config: serve_pipeline(config, confine)
    return serve


def scorer_program(endpoint: Any) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """For an endpoint whose live version is a pipeline: what its scorer is started
    with (runner.inference_scorer.program_for); None for a model endpoint."""
    live = endpoint.live
    if live is not None and live.kind == "pipeline":
        from runner.inference_scorer import program_for

        return program_for(live)
    return None


# --- end of seam


def confine(config: dict[str, Any], limits: Limits) -> None:
    """Everything a step gets, before any pickle is opened. The scorer may read the
    Python installation and its artifacts: `readable` if the config lists them, else
    the model and transform folders."""
    from runner.executors import forkserver, sandbox

    forkserver.die_with_parent()
    uid = forkserver.STEP_UID_BASE + int(os.readlink("/proc/self"))  # while /proc is the machine's
    if sandbox.can_use_namespaces():
        sandbox.private_mounts()
        sandbox.leave_network()
    forkserver.apply_limits(limits)
    readable = config.get("readable") or [
        config["model_dir"],
        *([config["transform_dir"]] if config["transform_dir"] else []),
    ]
    policy = sandbox.SandboxPolicy(
        read=(*forkserver.static_read_paths(), *readable),
        write=sandbox.SYSTEM_WRITE_PATHS,
        network=False,
        uid=uid,
        gid=uid,
    )
    report = sandbox.apply(policy)
    # Again: Linux forgets "kill me when my parent dies" when the uid changes.
    forkserver.die_with_parent()
    for warning in report.warnings:
        print(f"pipewright scorer: {warning}", file=sys.stderr, flush=True)


def serve(config: dict[str, Any]) -> None:
    """The scorer: confine, load once, then answer one JSON request a line until stdin closes."""
    replies = os.fdopen(config["reply_fd"], "w", encoding="utf-8")
    os.set_inheritable(replies.fileno(), False)
    # Our own code first: the sandbox lets it read only parts of the project, as a step.
    from runner.row_scorer import RowScorer
    from runner.step_runtime import ModelArtifact, ModuleError, describe_exception, load_input

    limits = Limits.from_dict(config["limits"])
    confine(config, limits)
    model = load_input(Path(config["model_dir"]), "Model", "model")
    transform_dir = config["transform_dir"]
    transform = load_input(Path(transform_dir), "Transform", "transform") if transform_dir else None
    assert isinstance(model, ModelArtifact)
    assert transform is None or isinstance(transform, ModelArtifact)
    scorer = RowScorer(model, transform)
    for line in sys.stdin:
        request_id = ""
        try:
            request = json.loads(line)
            request_id = str(request["id"])
            reply: dict[str, Any] = {"rows": scorer.score(request["rows"])}
        except ModuleError as exc:
            reply = {"error": str(exc)}
        except Exception as exc:  # a bad request must not kill the scorer
            # One line, as a step's error is, naming the limit the scorer ran into if any.
            reply = {"error": explain_error(describe_exception(exc), limits, who="the endpoint's scorer")}
        replies.write(json.dumps({"id": request_id, **reply}) + "\n")
        replies.flush()


# --------------------------------------------------------------------------- the web side


def _scorer_limits() -> dict[str, Any]:
    from django.conf import settings

    limits = Limits(
        timeout_seconds=REQUEST_TIMEOUT_SECONDS,
        memory_bytes=settings.STEP_MEMORY_MB * 1024 * 1024,
        max_processes=settings.STEP_MAX_PROCESSES,
    )
    return limits.to_dict()


class _NotStarted(Exception):
    """The scorer stopped before it read this request: another scorer may answer it."""


@dataclass
class _Waiting:
    done: threading.Event = field(default_factory=threading.Event)
    reply: dict[str, Any] = field(default_factory=dict)
    error: Exception | None = None


class _Scorer:
    def __init__(
        self,
        endpoint_id: int,
        model_dir: Path,
        transform_dir: Path | None,
        program: tuple[dict[str, Any], dict[str, Any]] | None = None,
    ) -> None:
        from runner.executors.local import absolute_sys_path, server_environment

        self.lock = threading.Lock()
        self.log_lock = threading.Lock()
        self.log_path = endpoint_log_path(endpoint_id)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        reply_r, reply_w = os.pipe()
        config = {
            "model_dir": str(model_dir),
            "transform_dir": str(transform_dir or ""),
            "reply_fd": _REPLY_FD,
            "limits": _scorer_limits(),
            **(program[0] if program else {}),
        }
        # The reply pipe becomes descriptor 3 in the scorer, whatever its number here.
        bootstrap = (
            "import json, os, sys; sys.path[:] = json.loads(sys.argv[1]); fd = int(sys.argv[3]); "
            f"fd != {_REPLY_FD} and (os.dup2(fd, {_REPLY_FD}), os.close(fd)); "
            "from runner.scoring import launch; launch(json.loads(sys.argv[2]))"
        )
        environment = {**server_environment(), "TMPDIR": "/dev/shm", "HOME": "/dev/shm"}
        try:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-I",
                    "-c",
                    bootstrap,
                    json.dumps(absolute_sys_path()),
                    json.dumps(config),
                    str(reply_w),
                ],
                env=environment,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                pass_fds=[reply_w],
                cwd="/",
                start_new_session=True,
            )
        finally:
            os.close(reply_w)
        self.replies = reply_r
        self.buffer = b""
        self.exit_note_written = False
        self.pending_lock = threading.Lock()
        self.pending: dict[str, _Waiting] = {}  # by request id, in the order they were sent
        self.ended: ScorerUnavailable | None = None
        self.stopped = False  # by close(), not by its own end
        self.in_flight = 0  # requests the pool has given it (under the pool's lock)
        threading.Thread(target=self._read_replies, name="scorer-replies", daemon=True).start()
        assert self.process.stdout is not None
        threading.Thread(target=self._copy_output, args=(self.process.stdout.fileno(),), daemon=True).start()
        self._note(f"scorer started (pid {self.process.pid})")
        if program:
            # A pipeline's graph comes first on stdin: it may be longer than an argument.
            with self.lock:
                self._send(program[1])

    def alive(self) -> bool:
        return self.process.poll() is None

    def score(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Send the rows and wait for their reply. Requests of other threads may be in the
        pipe before and after this one: the scorer answers them in order, and the reply
        thread hands each reply to the request whose id it carries."""
        request_id = uuid.uuid4().hex
        waiting = _Waiting()
        with self.pending_lock:
            if self.ended is not None:
                raise _NotStarted()
            self.pending[request_id] = waiting
        try:
            with self.lock:
                self._send({"id": request_id, "rows": rows})
        except ScorerUnavailable:
            with self.pending_lock:
                self.pending.pop(request_id, None)
            raise
        deadline = time.monotonic() + REQUEST_TIMEOUT_SECONDS
        while not waiting.done.wait(max(0.0, deadline - time.monotonic())):
            with self.pending_lock:
                first = next(iter(self.pending), None)
            if first not in (request_id, None):
                # Still behind a request the scorer is on: that one's time limit runs.
                deadline = time.monotonic() + REQUEST_TIMEOUT_SECONDS
                continue
            self.close()
            self._note(f"no answer within {REQUEST_TIMEOUT_SECONDS:g} s: scorer stopped")
            raise ScorerUnavailable(
                f"the endpoint's model did not answer within {REQUEST_TIMEOUT_SECONDS:g} s; "
                "its scorer was stopped and starts again on the next request",
                status=503,
            )
        if waiting.error is not None:
            raise waiting.error
        reply = waiting.reply
        if "error" in reply:
            raise ScoringError(str(reply["error"]))
        rows_out: list[dict[str, Any]] = reply["rows"]
        return rows_out

    def close(self) -> None:
        """Kill the scorer. The reply thread then reads the end of its pipe, closes it and
        ends the requests still waiting."""
        self.stopped = True
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, 9)
        self.process.wait()

    def _send(self, request: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError):
            raise self._broken("the endpoint's scorer stopped") from None

    def _read_replies(self) -> None:
        """The reply thread: each reply goes to the request with its id (a reply with an
        id nobody waits for is dropped, never handed to a caller). When the pipe ends
        (the scorer died or was stopped) the first request still waiting, the one the
        scorer was on, gets the error; those behind it never started and are sent to
        another scorer (`_NotStarted`)."""
        try:
            while True:
                try:
                    line = self._next_line()
                except EOFError:
                    if self.stopped:  # by close(): its caller says why, if anyone asks
                        self._end(ScorerUnavailable("the endpoint's scorer was stopped", status=503))
                    else:
                        self._end(self._broken("the endpoint's scorer stopped while loading the model or scoring"))
                    return
                except ScorerUnavailable as exc:
                    self._end(exc)
                    return
                try:
                    reply = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(reply, dict):
                    continue
                with self.pending_lock:
                    waiting = self.pending.pop(str(reply.get("id")), None)
                if waiting is not None:
                    waiting.reply = reply
                    waiting.done.set()
        finally:
            with contextlib.suppress(OSError):
                os.close(self.replies)

    def _end(self, error: ScorerUnavailable) -> None:
        with self.pending_lock:
            self.ended = error
            waiting, self.pending = list(self.pending.values()), {}
        for index, request in enumerate(waiting):
            request.error = error if index == 0 else _NotStarted()
            request.done.set()

    def _next_line(self) -> bytes:
        while b"\n" not in self.buffer:
            chunk = os.read(self.replies, 1 << 16)
            if not chunk:
                raise EOFError
            self.buffer += chunk
            if len(self.buffer) > _MAX_REPLY_BYTES:
                self.close()
                raise ScorerUnavailable("the endpoint's scorer sent a reply larger than allowed", status=502)
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def _broken(self, message: str) -> ScorerUnavailable:
        code = self.process.poll()
        if code is None:
            self.close()
            code = self.process.returncode
        self._note(f"scorer exited with code {code}")
        return ScorerUnavailable(f"{message} (exit code {code}); see the endpoint's log", status=502)

    def _copy_output(self, output: int) -> None:
        """What the model prints, line by line, as a step's log is read: a line longer
        than a step's log line is cut, never buffered whole in the web process."""
        reader = LineReader(lambda line: self._append(f"{line}\n".encode()))
        while chunk := os.read(output, 1 << 16):
            reader.feed(chunk)
        reader.finish()

    def _note(self, text: str) -> None:
        self._append(f"[pipewright {time.strftime('%Y-%m-%d %H:%M:%S')}] {text}\n".encode())

    def _append(self, data: bytes) -> None:
        with self.log_lock:
            with self.log_path.open("ab") as log:
                log.write(data)
                size = log.tell()
            if size > LOG_MAX_BYTES:
                keep = self.log_path.read_bytes()[-LOG_MAX_BYTES // 2 :]
                self.log_path.write_bytes(keep)


def pool_size() -> int:
    """Scorers one endpoint may have in one web process: ENDPOINT_SCORERS, by default
    the cores (at most 4) shared among the web processes. A scorer answers one request
    at a time, so with one, concurrent requests queue behind each other; more than the
    cores cost memory (each holds the model) and CPU (measured: four scorers on two
    cores spent twice the CPU a request that two did)."""
    from django.conf import settings

    return max(1, int(settings.ENDPOINT_SCORERS))


class _Pool:
    """An endpoint's scorers for one live version. A request takes a scorer with nothing
    to do, or starts another while there are fewer than `size`, or joins the pipe of the
    least busy one (up to PIPELINED_REQUESTS in it), or waits. A scorer that died is
    dropped (the next request starts a new one), and a request it never read goes to
    another. Closing the pool stops the idle scorers at once and the busy ones when
    their requests are answered, so a redeploy never cuts a request short."""

    def __init__(self, start: Callable[[], _Scorer], size: int) -> None:
        self.start = start
        self.size = size
        self.members: list[_Scorer] = []
        self.closed = False
        self.changed = threading.Condition()

    def acquire(self) -> _Scorer:
        with self.changed:
            while True:
                for scorer in [s for s in self.members if not s.alive()]:
                    self._drop(scorer)
                least_busy = min(self.members, key=lambda s: s.in_flight, default=None)
                if least_busy is None or (least_busy.in_flight > 0 and len(self.members) < self.size):
                    try:
                        # Started from one long-lived thread: Linux ties "kill it when its
                        # parent dies" to the thread that forked, and a request's thread
                        # may end with the request.
                        least_busy = _starter().submit(self.start).result()
                    except OSError as exc:
                        raise ScorerUnavailable(f"could not start the endpoint's scorer: {exc}", status=503) from None
                    self.members.append(least_busy)
                if least_busy.in_flight < PIPELINED_REQUESTS:
                    least_busy.in_flight += 1
                    return least_busy
                self.changed.wait()

    def release(self, scorer: _Scorer) -> None:
        with self.changed:
            scorer.in_flight -= 1
            if not scorer.alive() or (self.closed and scorer.in_flight == 0):
                self._drop(scorer)
            self.changed.notify()

    def _drop(self, scorer: _Scorer) -> None:
        if scorer in self.members:
            self.members.remove(scorer)
        scorer.close()

    def score(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for _ in range(PIPELINED_REQUESTS):
            scorer = self.acquire()
            try:
                return scorer.score(rows)
            except _NotStarted:
                continue  # behind a request that stopped its scorer: another one reads it
            finally:
                self.release(scorer)
        raise ScorerUnavailable("the endpoint's scorers kept stopping before they read the request", status=502)

    def pids(self) -> list[int]:
        with self.changed:
            return [scorer.process.pid for scorer in self.members]

    def close(self) -> None:
        with self.changed:
            self.closed = True
            for scorer in [s for s in self.members if s.in_flight == 0]:
                self._drop(scorer)
            self.changed.notify_all()


_starters: dict[int, ThreadPoolExecutor] = {}  # pid -> its starter thread (a forked child makes its own)
_starters_lock = threading.Lock()


def _starter() -> ThreadPoolExecutor:
    with _starters_lock:
        pid = os.getpid()
        if pid not in _starters:
            _starters.clear()
            _starters[pid] = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scorer-starter")
        return _starters[pid]


# endpoint id -> (the artifacts its scorers loaded, its pool of scorers)
_scorers: dict[int, tuple[tuple[Path, Path | None, int | None], _Pool]] = {}
_scorers_lock = threading.Lock()


def score_rows(
    *,
    endpoint_id: int,
    model_dir: Path,
    transform_dir: Path | None,
    rows: list[dict[str, Any]],
    program: tuple[dict[str, Any], dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Score rows with the endpoint's model (or, given a `program`, its live pipeline
    version): a small pool of scorer processes per endpoint (`pool_size`), replaced
    together when the endpoint is redeployed with another model or version. Raises
    ScoringError (the rows are at fault) or ScorerUnavailable (the scorer is)."""
    loaded = (model_dir, transform_dir, program[0].get("version") if program else None)
    with _scorers_lock:
        current = _scorers.get(endpoint_id)
        if current is None or current[0] != loaded:
            if current is not None:
                current[1].close()
            pool = _Pool(lambda: _Scorer(endpoint_id, model_dir, transform_dir, program), pool_size())
            current = _scorers[endpoint_id] = (loaded, pool)
    return current[1].score(rows)
