"""Experiments and runs: submit, follow, read metrics and outputs, cancel."""

from __future__ import annotations

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
POLL_SECONDS = 0.5


class Experiment:
    """A name that groups runs (the run history filters by it)."""

    def __init__(self, workspace: Workspace, name: str) -> None:
        self.workspace = workspace
        self.name = name

    def __repr__(self) -> str:
        return f"Experiment({self.name!r})"

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
    """The step's whole log so far."""
    return str(workspace._client.get(f"/api/runs/{run_id}/steps/{node_id}/logs/")["text"])


class PipelineRun:
    """One run of a pipeline."""

    def __init__(self, workspace: Workspace, state: dict[str, Any]) -> None:
        self.workspace = workspace
        self.id: int = state["id"]
        self._state = state
        # The state given here may be a submit's answer, not the full run: the first
        # refresh reads the full run whatever the status says.
        self._cache = _RunCache(state)

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
        canceled run raises PipewrightError unless raise_on_error=False."""
        out = stream or sys.stdout
        deadline = None if timeout is None else time.monotonic() + timeout
        statuses: dict[str, str] = {}
        printed: dict[str, int] = {}  # characters of each step's log already shown
        run_status = None
        while True:
            state = self.refresh()
            if show_output:
                if state["status"] != run_status:
                    run_status = state["status"]
                    print(f"run {self.id} (#{state['number']}): {run_status}", file=out, flush=True)
                for step in state["steps"]:
                    node, status = step["node_id"], step["status"]
                    if statuses.get(node) != status:
                        statuses[node] = status
                        reason = f" ({step['reason']})" if step.get("reason") else ""
                        print(f"[{node}] {status}{reason}", file=out, flush=True)
                    if status in ("running", *STEP_FINISHED) and printed.get(node, -1) != -2:
                        self._show_new_log(node, printed, out, final=status in STEP_FINISHED)
                        if status in STEP_FINISHED:
                            printed[node] = -2  # the whole log has been shown
                    if status == "failed" and step.get("error"):
                        print(f"[{node}] error: {step['error']}", file=out, flush=True)
            if state["status"] in FINISHED:
                break
            if deadline is not None and time.monotonic() > deadline:
                raise PipewrightError(
                    f"run {self.id} is still {state['status']} after {timeout} seconds",
                    extra={"run": self.id, "status": state["status"]},
                )
            time.sleep(poll_interval)
        final = str(state["status"])
        if raise_on_error and final != "completed":
            failed = {s["node_id"]: s["error"] for s in state["steps"] if s["status"] == "failed"}
            raise PipewrightError(
                f"run {self.id} {final}: {state.get('error') or ''}".rstrip(": "),
                extra={"run": self.id, "status": final, "failed_steps": failed},
            )
        return final

    def _show_new_log(self, node: str, printed: dict[str, int], out: TextIO, *, final: bool = False) -> None:
        text = _poll_step_log(self.workspace, self.id, node)
        start = max(printed.get(node, 0), 0)
        if len(text) < start:
            start = 0  # a retried step starts a new log
        new = text[start:]
        # Only whole lines while the step runs; the rest comes with the next poll, or
        # all of it once the step has finished.
        cut = len(new) if final else new.rfind("\n") + 1
        for line in new[:cut].splitlines():
            print(f"[{node}] {line}", file=out, flush=True)
        printed[node] = start + cut

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
        return _poll_step_log(self.run.workspace, self.run.id, self.node_id)

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
