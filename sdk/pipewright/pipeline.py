"""Pipeline: steps as a draft on the server (it opens on the canvas), validated,
published as a pipeline endpoint, scheduled."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pipewright.errors import PipewrightError
from pipewright.steps import (
    NODE_ID,
    ModuleInfo,
    PipelineParameter,
    Problem,
    PythonScriptStep,
    Step,
    problems_error,
)

if TYPE_CHECKING:
    from pipewright.run import PipelineRun
    from pipewright.workspace import Workspace

# Auto layout: columns by topological depth, left to right; rows in step order.
COLUMN_WIDTH = 280
ROW_HEIGHT = 140
MARGIN = 80


def _node_id(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_.:-]", "_", name.strip())[:100] or "step"
    return cleaned if NODE_ID.fullmatch(cleaned) else "_" + cleaned[:99]


class Pipeline:
    """Steps (and every step feeding them through PipelineData) as one pipeline."""

    def __init__(
        self,
        workspace: Workspace,
        steps: Iterable[Step],
        name: str | None = None,
        *,
        description: str = "",
        default_compute_target: Any = None,
        parameters: Iterable[PipelineParameter] = (),
    ) -> None:
        self.workspace = workspace
        self.name = name or "SDK pipeline"
        self.description = description
        self.default_compute_target: str | None = (
            None
            if default_compute_target is None
            else getattr(default_compute_target, "name", str(default_compute_target))
        )
        # Pipeline parameters in this order, before any others the steps use; one no
        # step uses yet is kept too (a run may set it, a later edit may bind it).
        self.declared_parameters = list(parameters)
        self.steps: list[Step] = []
        self.id: int | None = None
        self.revision: int | None = None
        seen: set[int] = set()
        pending = list(steps)
        while pending:  # the given steps, then whatever produces their inputs
            step = pending.pop(0)
            if id(step) in seen:
                continue
            seen.add(id(step))
            self.steps.append(step)
            pending.extend(d.producer for _port, d in step.wires() if d.producer is not None)
        if not self.steps:
            raise PipewrightError("a pipeline needs at least one step")
        self._ids = self._assign_ids()

    def __repr__(self) -> str:
        return f"Pipeline({self.name!r}, steps={len(self.steps)}, id={self.id})"

    def _assign_ids(self) -> dict[int, str]:
        """Node ids: each step's name made URL-safe; unnamed steps get the module's slug,
        numbered when it repeats. Unnamed steps are given their id as their name."""
        ids: dict[int, str] = {}
        taken = {_node_id(s.name) for s in self.steps if s.name}
        for step in self.steps:
            if step.name:
                ids[id(step)] = _node_id(step.name)
                continue
            base, number = step.module, 1
            candidate = base
            while candidate in taken:
                number += 1
                candidate = f"{base}_{number}"
            taken.add(candidate)
            step.name = candidate
            ids[id(step)] = candidate
        return ids

    def node_id(self, step: Step) -> str:
        return self._ids[id(step)]

    @property
    def url(self) -> str | None:
        """The draft on the canvas, once saved."""
        return None if self.id is None else f"{self.workspace.url}/pipelines/{self.id}/"

    # ----------------------------------------------------------------- the document

    def _depths(self) -> dict[int, int]:
        depth: dict[int, int] = {}

        def visit(step: Step, trail: frozenset[int]) -> int:
            if id(step) in depth:
                return depth[id(step)]
            if id(step) in trail:
                return 0  # a cycle: local_problems reports it
            producers = [d.producer for _port, d in step.wires() if d.producer is not None]
            value = 1 + max((visit(p, trail | {id(step)}) for p in producers), default=-1)
            depth[id(step)] = value
            return value

        for step in self.steps:
            visit(step, frozenset())
        return depth

    def parameters(self) -> list[PipelineParameter]:
        found: dict[str, PipelineParameter] = {p.name: p for p in self.declared_parameters}
        for step in self.steps:
            for parameter in step.pipeline_parameters():
                found.setdefault(parameter.name, parameter)
        return list(found.values())

    def graph(self) -> dict[str, Any]:
        """The graph document (schema 1) the server and the canvas read."""
        depths = self._depths()
        rows: dict[int, int] = {}
        nodes, edges = [], []
        for step in self.steps:
            depth = depths[id(step)]
            row = rows.get(depth, 0)
            rows[depth] = row + 1
            node = step.node(self.node_id(step))
            node["position"] = {"x": MARGIN + depth * COLUMN_WIDTH, "y": MARGIN + row * ROW_HEIGHT}
            nodes.append(node)
            # One edge per wire; a many-wire input's wires in its list's order, which
            # is the order the module reads them in.
            for port, data in step.wires():
                if data.producer is not None and id(data.producer) in self._ids and data.port is not None:
                    edges.append(
                        {
                            "source": self.node_id(data.producer),
                            "source_port": data.port,
                            "target": self.node_id(step),
                            "target_port": port,
                        }
                    )
        return {
            "schema": 1,
            "compute": self.default_compute_target,
            "nodes": nodes,
            "edges": edges,
            "parameters": [p.to_dict() for p in self.parameters()],
        }

    # ----------------------------------------------------------------- checks

    def local_problems(self) -> list[Problem]:
        """What the SDK can tell without the server, every problem at once."""
        found: list[Problem] = []
        catalogue = self.workspace.modules
        for step in self.steps:
            node_id = self.node_id(step)
            if step.info.version == "":  # a PythonScriptStep: check it against the server's spec too
                step.info = _merged(catalogue.info(step.module), step.info)
            found += [_at(p, node_id) for p in step.problems()]
            for port, data in step.wires():
                if data.producer is None:
                    found.append(
                        Problem(
                            f"PipelineData {data.name!r} goes into {node_id!r} but no step has it as an output",
                            step=node_id,
                            port=port,
                        )
                    )
        counts: dict[str, int] = {}
        for step in self.steps:
            counts[self.node_id(step)] = counts.get(self.node_id(step), 0) + 1
        found += [
            Problem(f"{count} steps are named {name!r}; names must be unique", step=name)
            for name, count in counts.items()
            if count > 1
        ]
        return found

    def validate(self) -> list[Problem]:
        """Every problem at once: the SDK's own checks, then the server's validation of
        the saved draft (saving it first). An empty list means it can run."""
        local = self.local_problems()
        self.save()
        try:
            answer = self.workspace._client.post(f"/api/pipelines/{self.id}/validate/")
            server = [Problem.from_server(p) for p in answer.get("problems", [])]
        except PipewrightError as exc:
            if exc.status != 400 or "errors" not in exc.extra:
                raise
            server = [Problem.from_server(p) for p in exc.extra["errors"]]
        seen = {(p.step, p.port, p.param) for p in local}
        return local + [p for p in server if (p.step, p.port, p.param) not in seen or p.step is None]

    # ----------------------------------------------------------------- server

    def save(self) -> Pipeline:
        """Create the draft (first call) or update it; it opens on the canvas at `url`.
        Script steps' source folders are snapshotted again first, and uploaded when the
        workspace does not have them yet."""
        for step in self.steps:
            if isinstance(step, PythonScriptStep):
                step.upload_snapshot(self.workspace)
        client, graph = self.workspace._client, self.graph()
        if self.id is None:
            body: dict[str, Any] = {"name": self.name, "description": self.description, "graph": graph}
            if self.workspace.workspace is not None:
                body["workspace"] = self.workspace.workspace
            record = client.post("/api/pipelines/", json=body)
        else:
            body = {"revision": self.revision, "name": self.name, "description": self.description, "graph": graph}
            record = client.patch(f"/api/pipelines/{self.id}/", json=body)
        self.id, self.revision = record["id"], record["revision"]
        return self

    def publish(
        self, endpoint_name: str, description: str | None = None, *, make_default: bool = True
    ) -> PublishedPipeline:
        """Freeze the pipeline as the next version of a pipeline endpoint."""
        problems = [p for p in self.local_problems() if p.severity == "error"]
        if problems:
            raise problems_error(f"pipeline {self.name!r} cannot be published", problems)
        self.save()
        record = self.workspace._client.post(
            f"/api/pipelines/{self.id}/publish/",
            json={"endpoint": endpoint_name, "description": description or "", "make_default": make_default},
        )
        return PublishedPipeline(self.workspace, record)


def _at(problem: Problem, node_id: str) -> Problem:
    return Problem(problem.message, step=node_id, port=problem.port, param=problem.param, severity=problem.severity)


def _merged(server: ModuleInfo, local: ModuleInfo) -> ModuleInfo:
    return server if server.slug == local.slug else local


class PublishedPipeline:
    """A version of a pipeline endpoint; `submit` triggers a run of it over REST."""

    def __init__(self, workspace: Workspace, record: dict[str, Any]) -> None:
        self.workspace = workspace
        self.endpoint: str = record["endpoint"]
        self.version: int = record["version"]
        self.pipeline: int | None = record.get("pipeline")
        self.details = record

    def __repr__(self) -> str:
        return f"PublishedPipeline({self.endpoint!r}, version={self.version})"

    @staticmethod
    def get(workspace: Workspace, endpoint: str, version: int | None = None) -> PublishedPipeline:
        if version is None:
            version = workspace._client.get(f"/api/pipeline-endpoints/{endpoint}/")["default_version"]
        record = workspace._client.get(f"/api/pipeline-endpoints/{endpoint}/versions/{version}/")
        return PublishedPipeline(workspace, record)

    def submit(
        self,
        parameters: dict[str, Any] | None = None,
        *,
        experiment_name: str = "",
        idempotency_key: str | None = None,
        pinned: bool = False,
    ) -> PipelineRun:
        """Start a run. A retry with the same idempotency_key gets the same run. The
        endpoint's default version runs unless pinned=True (then this version)."""
        from pipewright.run import PipelineRun

        body: dict[str, Any] = {"parameters": parameters or {}, "experiment": experiment_name}
        if pinned:
            body["version"] = self.version
        answer = self.workspace._client.post(
            f"/api/pipeline-endpoints/{self.endpoint}/runs/",
            json=body,
            headers={"Idempotency-Key": idempotency_key or uuid.uuid4().hex},
        )
        return PipelineRun.get(self.workspace, int(answer["id"]))


class Schedule:
    """A schedule of a pipeline endpoint: every interval_seconds, or on a cron expression
    in a time zone (POST /api/schedules/)."""

    def __init__(self, workspace: Workspace, record: dict[str, Any]) -> None:
        self.workspace = workspace
        self.id: int = record["id"]
        self.name: str = record["name"]
        self.details = record

    def __repr__(self) -> str:
        return f"Schedule({self.id}, {self.name!r})"

    @staticmethod
    def create(
        workspace: Workspace,
        endpoint: PublishedPipeline | str,
        *,
        interval_seconds: int | None = None,
        cron: str | None = None,
        timezone: str | None = None,
        name: str | None = None,
        parameters: dict[str, Any] | None = None,
        experiment_name: str | None = None,
        enabled: bool = True,
    ) -> Schedule:
        if (interval_seconds is None) == (cron is None):
            raise PipewrightError("Schedule.create takes exactly one of interval_seconds and cron")
        endpoint_name = endpoint.endpoint if isinstance(endpoint, PublishedPipeline) else endpoint
        body: dict[str, Any] = {"endpoint": endpoint_name, "enabled": enabled}
        if cron is not None:
            body.update(kind="cron", cron=cron)
            if timezone:
                body["timezone"] = timezone
        else:
            body.update(kind="interval", interval_seconds=interval_seconds)
        if name:
            body["name"] = name
        if parameters:
            body["parameters"] = parameters
        if experiment_name:
            body["experiment"] = experiment_name
        if workspace.workspace is not None:
            body["workspace"] = workspace.workspace
        return Schedule(workspace, workspace._client.post("/api/schedules/", json=body))

    def disable(self) -> Schedule:
        self.details = self.workspace._client.patch(f"/api/schedules/{self.id}/", json={"enabled": False})
        return self

    def enable(self) -> Schedule:
        self.details = self.workspace._client.patch(f"/api/schedules/{self.id}/", json={"enabled": True})
        return self

    def delete(self) -> None:
        self.workspace._client.request("DELETE", f"/api/schedules/{self.id}/")
