"""Experiments and runs: submit, follow, read metrics and outputs, cancel."""

from __future__ import annotations

import builtins
import json
import re
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

from pipewright._frames import frame_from_bytes
from pipewright.errors import PipewrightError

if TYPE_CHECKING:
    from pipewright.pipeline import Pipeline, PublishedPipeline
    from pipewright.workspace import Workspace

FINISHED = frozenset({"completed", "failed", "canceled"})
STEP_FINISHED = frozenset({"completed", "failed", "canceled", "reused", "skipped"})
NOT_STARTED = frozenset({"pending", "queued"})
POLL_SECONDS = 0.5
# How long opening the run's websocket may take before polling is used instead.
SOCKET_OPEN_SECONDS = 10.0


class Experiment:
    """An experiment of the workspace: the named group runs belong to (its page on the
    server lists them with their parameters and metrics). `Experiment(ws, name)` only
    names one; the server creates it on the first submit into it, as Azure ML does."""

    def __init__(self, workspace: Workspace, name: str) -> None:
        self.workspace = workspace
        self.name = name
        self._details: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"Experiment({self.name!r})"

    @staticmethod
    def list(workspace: Workspace, *, include_archived: bool = False) -> builtins.list[Experiment]:
        """The experiments of the workspace (of all yours when it names none), by name."""
        params: dict[str, Any] = {"archived": include_archived}
        if workspace.workspace is not None:
            params["workspace"] = workspace.workspace
        found = []
        for item in workspace._client.all_pages("/api/experiments/", **params):
            experiment = Experiment(workspace, item["name"])
            experiment._details = item
            found.append(experiment)
        return found

    def get_details(self) -> dict[str, Any]:
        """The experiment as the server has it (id, description, run_count, last_run...);
        a 404 PipewrightError while nothing has been submitted into it."""
        params: dict[str, Any] = {"name": self.name, "archived": True}
        if self.workspace.workspace is not None:
            params["workspace"] = self.workspace.workspace
        found = self.workspace._client.get("/api/experiments/", params=params)["results"]
        if not found:
            raise PipewrightError(f"experiment {self.name!r} not found (nothing was submitted into it yet)", status=404)
        self._details = dict(found[0])
        return self._details

    @property
    def id(self) -> int:
        return int((self._details or self.get_details())["id"])

    def get_runs(
        self, *, sort: str = "-number", status: str | None = None, **ranges: float
    ) -> builtins.list[PipelineRun]:
        """The experiment's runs, newest first unless `sort` names a column (number,
        created_at, status, pipeline, main_metric, param.NAME, metric.NAME; a leading -
        for descending). `status` keeps runs in these states ("completed,failed");
        ranges filter on parameter and metric values: get_runs(**{"metric.auc.min": 0.8}).
        Each run's row (parameters, metrics, main_metric) is in run.row."""
        params: dict[str, Any] = {"sort": sort, **ranges}
        if status:
            params["status"] = status
        rows = self.workspace._client.all_pages(f"/api/experiments/{self.id}/runs/", **params)
        runs = []
        for row in rows:
            run = PipelineRun(self.workspace, row)
            run.row = row
            runs.append(run)
        return runs

    def submit(
        self,
        pipeline: Pipeline | PublishedPipeline,
        parameters: dict[str, Any] | None = None,
        *,
        force_rerun: bool = False,
        continue_on_failure: bool = False,
    ) -> PipelineRun:
        """Save the pipeline's draft and start a run of it (or trigger a published one)."""
        from pipewright.pipeline import PublishedPipeline

        if isinstance(pipeline, PublishedPipeline):
            return pipeline.submit(parameters, experiment_name=self.name)
        pipeline.save()
        state = self.workspace._client.post(
            f"/api/pipelines/{pipeline.id}/runs/",
            json={
                "parameters": parameters or {},
                "experiment": self.name,
                "force_rerun": force_rerun,
                "continue_on_failure": continue_on_failure,
            },
        )
        return PipelineRun(self.workspace, state)


# The two reads a follower needs, each behind one function so a cheaper transport (the
# websocket with a token) can replace it in one place.


class _RunCache:
    """What a follower has seen of one run: the light status with its ETag, and the full
    run as of some ETag. The full run is at least as new as the ETag it is filed under
    (it is fetched after the status), so a later status with the same ETag never hides
    a change from it."""

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        self.etag: str | None = None
        self.status: dict[str, Any] | None = None
        self.state = state
        self.state_etag: str | None = None  # None: the full run must be read again


def _poll_run_status(workspace: Workspace, run_id: int, cache: _RunCache) -> dict[str, Any]:
    """The light status (status, error, step counts by status): a 304 with no body while
    nothing in it changed."""
    headers = {"If-None-Match": cache.etag} if cache.etag else {}
    response = workspace._client.request("GET", f"/api/runs/{run_id}/status/", headers=headers)
    if response.status_code == 304 and cache.status is not None:
        return cache.status
    cache.status = response.json()
    cache.etag = response.headers.get("ETag")
    return cache.status


def _poll_run_state(workspace: Workspace, run_id: int, cache: _RunCache | None = None) -> dict[str, Any]:
    """The run's status and its steps' states. With a cache, the full run (every step
    and the frozen graph) is read only when the light status changed since the last
    read; unchanged, a poll costs one bodiless 304."""
    if cache is None:
        cache = _RunCache()
    _poll_run_status(workspace, run_id, cache)
    if cache.state is None or cache.state_etag is None or cache.state_etag != cache.etag:
        cache.state = workspace._client.get(f"/api/runs/{run_id}/")
        cache.state_etag = cache.etag
    return cache.state


def _poll_step_log(workspace: Workspace, run_id: int, node_id: str) -> str:
    """The step's whole log so far. A reused step has none of its own: the API then
    answers with the log of the run that made its outputs (`made_by`), which is not
    this run's output and is not printed as if it were."""
    body = workspace._client.get(f"/api/runs/{run_id}/steps/{node_id}/logs/")
    return "" if body.get("made_by") else str(body["text"])


def _check_deadline(run_id: int, deadline: float | None, timeout: float | None, status: str) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise PipewrightError(
            f"run {run_id} is still {status} after {timeout} seconds",
            extra={"run": run_id, "status": status},
        )


def _socket_errors() -> tuple[type[BaseException], ...]:
    """What a broken or refused websocket raises (the websockets package's own errors
    when it is installed)."""
    errors: tuple[type[BaseException], ...] = (OSError, TimeoutError, ValueError, KeyError, TypeError)
    try:
        from websockets.exceptions import WebSocketException
    except ImportError:
        return errors
    return (*errors, WebSocketException)


def _open_run_socket(workspace: Workspace, run_id: int) -> Any | None:
    """The run's websocket (WS /ws/runs/{id}/) with the API token on the handshake, or
    None when the `websockets` package is not installed (it is not a dependency) or the
    socket cannot be opened."""
    try:
        from websockets.sync.client import connect
    except ImportError:
        return None
    client = workspace._client
    url = re.sub(r"^http", "ws", client.url) + f"/ws/runs/{run_id}/"
    try:
        return connect(
            url,
            additional_headers={"Authorization": str(client.session.headers["Authorization"])},
            open_timeout=SOCKET_OPEN_SECONDS,
        )
    except _socket_errors():
        return None


class _Follower:
    """What wait_for_completion has shown of a run: each step's last status and how much
    of its log (in characters of the stored log, where every line ends with a newline)."""

    def __init__(self, out: TextIO, show_output: bool) -> None:
        self.out = out
        self.show_output = show_output
        self.run_status: str | None = None
        self.statuses: dict[str, str] = {}
        self.printed: dict[str, int] = {}  # characters shown; DONE once the whole log has been
        # Steps whose lines come over the websocket as they are logged; the others' logs
        # are read over HTTP while they run.
        self.streamed: set[str] = set()

    DONE = -2

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def show(self, run: PipelineRun, state: dict[str, Any], *, poll_logs: bool = True) -> None:
        """Print what changed in `state` since the last call, and the new whole lines of
        the logs read now (poll_logs: the running steps' too, not only finished ones')."""
        if not self.show_output:
            return
        if state["status"] != self.run_status:
            self.run_status = state["status"]
            self._print(f"run {run.id} (#{state['number']}): {self.run_status}")
        for step in state["steps"]:
            node, status = step["node_id"], step["status"]
            changed = self.statuses.get(node) != status
            if changed:
                self.statuses[node] = status
                reason = f" ({step['reason']})" if step.get("reason") else ""
                self._print(f"[{node}] {status}{reason}")
            if status in ("running", *STEP_FINISHED) and self.printed.get(node) != self.DONE:
                final = status in STEP_FINISHED
                if final or (poll_logs and node not in self.streamed):
                    self._show_new_log(run, node, final=final)
            if changed and status == "failed" and step.get("error"):
                self._print(f"[{node}] error: {step['error']}")

    def stream(self, node: str, lines: list[str]) -> None:
        """Lines of a step's log as the websocket brings them."""
        if not self.show_output or node not in self.streamed or self.printed.get(node) == self.DONE:
            return
        shown = max(self.printed.get(node, 0), 0)
        for line in lines:
            text = line[:-1] if line.endswith("\n") else line
            self._print(f"[{node}] {text}")
            shown += len(text) + 1  # as stored: every line ends with a newline
        self.printed[node] = shown

    def _show_new_log(self, run: PipelineRun, node: str, *, final: bool) -> None:
        text = _poll_step_log(run.workspace, run.id, node)
        start = max(self.printed.get(node, 0), 0)
        if len(text) < start:
            start = 0  # a retried step starts a new log
        new = text[start:]
        # Only whole lines while the step runs; the rest comes with the next read, or
        # all of it once the step has finished.
        cut = len(new) if final else new.rfind("\n") + 1
        for line in new[:cut].splitlines():
            self._print(f"[{node}] {line}")
        self.printed[node] = self.DONE if final else start + cut


class PipelineRun:
    """One run of a pipeline."""

    def __init__(self, workspace: Workspace, state: dict[str, Any]) -> None:
        self.workspace = workspace
        self.id: int = state["id"]
        self._state = state
        # The state given here may be a submit's answer, not the full run: the first
        # refresh reads the full run whatever the status says.
        self._cache = _RunCache(state)
        # Its row of the experiment's runs table, when it came from Experiment.get_runs.
        self.row: dict[str, Any] | None = None

    @staticmethod
    def get(workspace: Workspace, run_id: int) -> PipelineRun:
        cache = _RunCache()
        run = PipelineRun(workspace, _poll_run_state(workspace, run_id, cache))
        run._cache = cache
        return run

    def __repr__(self) -> str:
        return f"PipelineRun(id={self.id}, number={self.number}, status={self._state.get('status')!r})"

    @property
    def number(self) -> int:
        return int(self._state["number"])

    @property
    def pipeline_id(self) -> int:
        return int(self._state["pipeline"])

    @property
    def url(self) -> str:
        """The run on the canvas."""
        return f"{self.workspace.url}/runs/{self.id}/"

    def refresh(self) -> dict[str, Any]:
        """The full run with its steps, read again only if its status changed."""
        self._state = _poll_run_state(self.workspace, self.id, self._cache)
        return self._state

    def get_status(self) -> str:
        """queued, running, completed, failed or canceled (the light status only)."""
        return str(_poll_run_status(self.workspace, self.id, self._cache)["status"])

    def get_details(self) -> dict[str, Any]:
        return dict(self.refresh())

    def get_steps(self) -> list[StepRun]:
        return [StepRun(self, s["node_id"], s) for s in self.refresh()["steps"]]

    def step(self, node: Any) -> StepRun:
        """A step of the run, by node id (a step's name) or by the Step object."""
        node_id = node if isinstance(node, str) else getattr(node, "name", None)
        for state in self.refresh()["steps"]:
            if state["node_id"] == node_id:
                return StepRun(self, state["node_id"], state)
        names = ", ".join(s["node_id"] for s in self._state["steps"])
        raise PipewrightError(f"run {self.id} has no step {node_id!r}; its steps are: {names}", status=404)

    def cancel(self) -> None:
        self._state = self.workspace._client.post(f"/api/runs/{self.id}/cancel/")
        self._cache.state_etag = None  # the cancel's answer is not the full run

    def resume(self, *, with_fix: bool = False) -> PipelineRun:
        """A new run that goes on from this failed or canceled one: the steps that
        finished here are reused (non-deterministic ones too), the rest runs. By default
        this run's own graph runs again; with_fix=True runs the pipeline's saved draft
        instead, so a node fixed since and everything after it run. The server refuses
        (PipewrightError, status 400) a run that did not fail or was not canceled."""
        state = self.workspace._client.post(f"/api/runs/{self.id}/resume/", {"from_draft": with_fix})
        return PipelineRun(self.workspace, state)

    @property
    def resumed_from(self) -> int | None:
        """The id of the run this one resumed, if it resumed one."""
        value = self._state.get("resumed_from")
        return int(value) if value is not None else None

    def wait_for_completion(
        self,
        show_output: bool = True,
        timeout: float | None = None,
        *,
        raise_on_error: bool = True,
        poll_interval: float = POLL_SECONDS,
        stream: TextIO | None = None,
    ) -> str:
        """Follow the run until it finishes; with show_output, print each step's status
        changes and its new log lines as they come. Returns the final status; a failed or
        canceled run raises PipewrightError unless raise_on_error=False.

        With show_output and the `websockets` package installed, the run's websocket
        (with the API token) brings status changes and log lines as they happen; without
        it, or when the socket fails, the run is polled (the light status, with its ETag)."""
        follower = _Follower(sys.stdout if stream is None else stream, show_output)
        deadline = None if timeout is None else time.monotonic() + timeout
        if show_output:
            self._follow_websocket(follower, (deadline, timeout), poll_interval)
        while True:
            state = self.refresh()
            follower.show(self, state)
            if state["status"] in FINISHED:
                break
            _check_deadline(self.id, deadline, timeout, state["status"])
            time.sleep(poll_interval)
        final = str(state["status"])
        if raise_on_error and final != "completed":
            failed = {s["node_id"]: s["error"] for s in state["steps"] if s["status"] == "failed"}
            raise PipewrightError(
                f"run {self.id} {final}: {state.get('error') or ''}".rstrip(": "),
                extra={"run": self.id, "status": final, "failed_steps": failed},
            )
        return final

    def _follow_websocket(
        self, follower: _Follower, deadline: tuple[float | None, float | None], poll_interval: float
    ) -> bool:
        """Follow the run over its websocket until it finishes (True), or until the socket
        cannot be opened or read, or misses an event (False: polling takes over from
        what has been shown)."""
        connection = _open_run_socket(self.workspace, self.id)
        if connection is None:
            return False
        try:
            with connection as socket:  # closed on the way out, whatever happens
                return self._follow_socket(socket, follower, deadline, poll_interval)
        except _socket_errors():
            return False
        finally:
            follower.streamed.clear()

    def _follow_socket(
        self,
        socket: Any,
        follower: _Follower,
        deadline: tuple[float | None, float | None],
        poll_interval: float,
    ) -> bool:
        run: dict[str, Any] | None = None
        steps: dict[str, dict[str, Any]] = {}
        position = (0, 0)  # (epoch, seq) of the last event applied
        last_log_poll = 0.0
        while True:
            try:
                raw = socket.recv(timeout=poll_interval)
            except TimeoutError:
                raw = None
            if raw is not None:
                message = json.loads(raw)
                kind = message.get("type")
                if kind == "snapshot":
                    if run is not None:
                        return False  # a snapshot this follower did not ask for
                    run = message["run"]
                    steps = {s["node_id"]: dict(s) for s in run["steps"]}
                    position = (message["epoch"], message["seq"])
                    # A step that has not started yet: all its lines come over the socket.
                    # One already running or done: its log is read over HTTP.
                    follower.streamed = {n for n, s in steps.items() if s["status"] in NOT_STARTED}
                elif run is not None and "seq" in message:
                    here = (message["epoch"], message["seq"])
                    if here <= position:
                        continue  # already in the snapshot
                    if here != (position[0], position[1] + 1):
                        return False  # a missed event or a restarted counter: polling takes over
                    position = here
                    if kind == "run.status":
                        run = {**run, "status": message["status"], "error": message.get("error", run.get("error"))}
                    elif kind == "step.status":
                        steps[message["node_id"]] = {**steps.get(message["node_id"], {}), **message}
                    elif kind == "step.log":
                        follower.stream(message["node_id"], message["lines"])
            if run is not None:
                now = time.monotonic()
                poll_logs = now - last_log_poll >= poll_interval
                if poll_logs:
                    last_log_poll = now
                follower.show(self, {**run, "steps": list(steps.values())}, poll_logs=poll_logs)
                if run["status"] in FINISHED:
                    return True
            _check_deadline(self.id, *deadline, run["status"] if run else "queued")

    def get_metrics(self) -> dict[str, dict[str, Any]]:
        """{step: {metric: value}}: what each step logged (log_metric) and the metrics of
        its Metrics outputs. Steps with neither are left out."""
        found: dict[str, dict[str, Any]] = {}
        for step in self.get_steps():
            metrics = dict(step.metrics)
            for port, _digest in step.outputs.items():
                preview = step._preview(port)
                if preview.get("type") == "Metrics":
                    document = preview.get("preview") or {}
                    metrics.update(document.get("metrics", {}))
            if metrics:
                found[step.node_id] = metrics
        return found


class StepRun:
    """One step of a run."""

    def __init__(self, run: PipelineRun, node_id: str, state: dict[str, Any]) -> None:
        self.run = run
        self.node_id = node_id
        self.state = state

    def __repr__(self) -> str:
        return f"StepRun({self.node_id!r}, status={self.status!r})"

    @property
    def status(self) -> str:
        return str(self.state["status"])

    @property
    def metrics(self) -> dict[str, Any]:
        return dict(self.state.get("metrics") or {})

    @property
    def outputs(self) -> dict[str, str]:
        """Output port -> content digest."""
        return dict(self.state.get("outputs") or {})

    def _path(self, suffix: str = "") -> str:
        return f"/api/runs/{self.run.id}/steps/{self.node_id}/{suffix}"

    def get_details(self) -> dict[str, Any]:
        """The step with its traceback and cache key components."""
        details: dict[str, Any] = self.run.workspace._client.get(self._path())
        return details

    def get_log(self) -> str:
        """The step's log; for a reused step, the log of the run that made its outputs."""
        return str(self.run.workspace._client.get(self._path("logs/"))["text"])

    def _preview(self, port: str) -> dict[str, Any]:
        preview: dict[str, Any] = self.run.workspace._client.get(self._path(f"outputs/{port}/"), params={"rows": 1})
        return preview

    def get_output(self, port: str) -> Any:
        """An output: a DataFrame for a DataFrame port, the JSON document of a Metrics
        port, and the stored file's bytes for any other type."""
        kind = self._preview(port).get("type")
        if kind == "Metrics":
            return self._preview(port)["preview"]
        data = self.run.workspace._client.request("GET", self._path(f"outputs/{port}/"), params={"download": "true"})
        if kind == "DataFrame":
            return frame_from_bytes(data.content)
        return data.content
