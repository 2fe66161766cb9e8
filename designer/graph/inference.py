"""Inference graphs: the scoring path of a completed training run, as a new pipeline.

Pure Python (no Django, nothing of the runner): given the graph a training run froze,
the specs of its nodes, the artifacts its steps produced and the columns of some of its
datasets, `inference_graph` builds

- a real-time inference graph: a `web_service_input` node (the raw input columns)
  where the data source was, every transformation and Execute Python Script node on
  the way to Score Model kept, the trained model taken from the run, and a
  `web_service_output` node after Score Model;
- a batch inference graph: the same path, read from a registered dataset whose name
  and version are pipeline parameters, written by Export Data as a new version of a
  named dataset.

The rules (docs/decisions.md "Inference pipelines"):

- The scoring path is everything Score Model's dataset input depends on, through
  wires that carry data. A wire that carries a Model or a Transform into the path is
  replaced by a node giving that artifact of the run (`trained_model`,
  `trained_transform`): nothing is trained again.
- A node that learns from its data and keeps what it learnt as a Transform output
  (Normalize Data, Clean Missing Data) becomes Apply Transformation with the run's
  Transform, so one row is cleaned and scaled with the training set's values.
- Convert to Indicator Values learns the categories: it is given the indicator columns
  it made in training. Filter Based Feature Selection learns the columns to keep: it
  becomes Select Columns with the columns it kept.
- Split Data only chose training rows: it is passed through.
- The label is not an input: it leaves the input columns and every column-list
  parameter on the path; a node whose column list only named the label is passed
  through.
- Everything else (Select Columns, Execute Python Script, Apply SQL, ...) is kept as it is.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from designer.graph.document import binding_name
from designer.graph.spec import ModuleSpec

REALTIME = "realtime"
BATCH = "batch"
KINDS = (REALTIME, BATCH)

# The built-in modules an inference graph is made of (runner/modules/).
WEB_SERVICE_INPUT = "web_service_input"
WEB_SERVICE_OUTPUT = "web_service_output"
TRAINED_MODEL = "trained_model"
TRAINED_TRANSFORM = "trained_transform"
APPLY_TRANSFORMATION = "apply_transformation"
SELECT_COLUMNS = "select_columns"
IMPORT_DATA = "import_data"
EXPORT_DATA = "export_data"
SCORE_MODEL = "score_model"

# Modules that only choose which rows train the model: in inference every row is scored.
ROW_SELECTION = frozenset({"split_data"})
# The scoring module for models a trainer makes, where the training graph has none.
SCORER_FOR = {"train_clustering_model": "assign_to_clusters"}
INDICATORS = "convert_to_indicators"
INDICATOR_COLUMNS_PARAM = "indicator_columns"
FEATURE_SELECTION = "filter_feature_selection"

# Pipeline parameters of a batch inference graph.
INPUT_DATASET_PARAM = "input_dataset"
INPUT_VERSION_PARAM = "input_version"
OUTPUT_DATASET_PARAM = "output_dataset"

ARTIFACT_PARAMS = ("run", "node", "port", "digest")

Columns = list[tuple[str, str]]  # (column name, dtype) in dataset order


class InferenceError(ValueError):
    """The run cannot be made into an inference graph; the message says why."""


@dataclass(frozen=True)
class TrainingRun:
    run_id: int
    graph: Mapping[str, Any]  # the graph the run froze (snapshot["graph"])
    specs: Mapping[str, ModuleSpec]  # node id -> the spec of its module version
    outputs: Mapping[str, Mapping[str, str]]  # node id -> {output port: artifact digest}, succeeded steps
    # (node id, output port) -> its dataset's columns, or None if the run has none.
    columns_of: Callable[[str, str], Columns | None]
    parameters: Mapping[str, Any] = field(default_factory=dict)  # the run's parameter values


@dataclass(frozen=True)
class InferenceGraph:
    graph: dict[str, Any]
    trainer: str  # the node of the training run whose model is scored
    score_node: str
    input_columns: Columns  # realtime: what web_service_input takes


def trained_nodes(run: TrainingRun) -> list[str]:
    """Nodes of the run that produced a trained model, in graph order."""
    return [
        node["id"]
        for node in run.graph.get("nodes", [])
        if node["id"] in run.specs
        and any(p.type == "Model" and p.name in run.outputs.get(node["id"], {}) for p in run.specs[node["id"]].outputs)
    ]


def schema_text(columns: Columns) -> str:
    """web_service_input's `schema` parameter: one "name: dtype" a line."""
    return "\n".join(f"{name}: {dtype}" for name, dtype in columns)


def inference_graph(
    run: TrainingRun,
    *,
    kind: str = REALTIME,
    model_node: str | None = None,
    output_dataset: str = "scored",
) -> InferenceGraph:
    if kind not in KINDS:
        raise InferenceError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    return _Builder(run, kind, output_dataset).build(model_node)


class _Builder:
    def __init__(self, run: TrainingRun, kind: str, output_dataset: str) -> None:
        self.run = run
        self.kind = kind
        self.output_dataset = output_dataset
        self.nodes_by_id: dict[str, dict[str, Any]] = {n["id"]: n for n in run.graph.get("nodes", [])}
        self.incoming: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.outgoing: dict[str, list[dict[str, str]]] = defaultdict(list)
        for edge in run.graph.get("edges", []):
            self.incoming[edge["target"]].append(edge)
            self.outgoing[edge["source"]].append(edge)
        self.out_nodes: dict[str, dict[str, Any]] = {}
        self.out_edges: list[dict[str, str]] = []
        self.resolved: dict[tuple[str, str], tuple[str, str]] = {}
        self.source: str | None = None
        self.input_columns: Columns = []
        self.label: str | None = None

    # ------------------------------------------------------------------ helpers

    def spec(self, node_id: str) -> ModuleSpec:
        try:
            return self.run.specs[node_id]
        except KeyError:
            raise InferenceError(f"node {node_id!r} of the run has no module spec") from None

    def value(self, raw: object) -> object:
        name = binding_name(raw)
        return self.run.parameters.get(name) if name is not None else raw

    def fresh_id(self, wanted: str) -> str:
        taken = set(self.nodes_by_id) | set(self.out_nodes)
        candidate, counter = wanted, 2
        while candidate in taken:
            candidate = f"{wanted}-{counter}"
            counter += 1
        return candidate

    def add_node(self, node_id: str, module: str, params: dict[str, Any], label: str) -> str:
        self.out_nodes[node_id] = {
            "id": node_id,
            "module": module,
            "version": None,
            "params": params,
            "position": {"x": 0, "y": 0},
            "label": label,
        }
        return node_id

    def wire(self, source: tuple[str, str], target: str, target_port: str) -> None:
        self.out_edges.append(
            {"source": source[0], "source_port": source[1], "target": target, "target_port": target_port}
        )

    def label_of(self, node_id: str) -> str:
        node = self.nodes_by_id[node_id]
        return str(node.get("label") or self.spec(node_id).name)

    def data_inputs(self, node_id: str) -> list[dict[str, str]]:
        """Incoming wires that carry data (not models or transforms)."""
        return [e for e in self.incoming[node_id] if self.port_type(e["source"], e["source_port"]) not in _ARTIFACTS]

    def port_type(self, node_id: str, port: str) -> str:
        output = self.spec(node_id).output(port)
        if output is None:
            raise InferenceError(f"node {node_id!r} has no output {port!r}")
        return output.type

    # ------------------------------------------------------------------ the graph

    def build(self, model_node: str | None) -> InferenceGraph:
        trainers = trained_nodes(self.run)
        if not trainers:
            raise InferenceError(f"run {self.run.run_id} trained no model: there is nothing to score with")
        if model_node is not None:
            if model_node not in trainers:
                raise InferenceError(
                    f"node {model_node!r} did not train a model in run {self.run.run_id}; "
                    f"nodes that did: {', '.join(trainers)}"
                )
            trainer = model_node
        elif len(trainers) > 1:
            raise InferenceError(
                f"run {self.run.run_id} trained {len(trainers)} models; name the one to score with "
                f"(model_node): {', '.join(trainers)}"
            )
        else:
            trainer = trainers[0]
        trainer_spec = self.spec(trainer)
        model_port = next(p.name for p in trainer_spec.outputs if p.type == "Model")
        label = self.value(self.nodes_by_id[trainer].get("params", {}).get("label_column"))
        self.label = label if isinstance(label, str) and label else None

        score_node, data_wire = self.scoring_node(trainer, model_port)
        score_spec = self.spec(score_node) if score_node in self.nodes_by_id else None
        if score_spec is not None:
            node = self.nodes_by_id[score_node]
            score_id = self.add_node(
                score_node, node["module"], copy.deepcopy(node.get("params", {})), self.label_of(score_node)
            )
            self.out_nodes[score_id]["version"] = node.get("version")
            score_output = next(p.name for p in score_spec.outputs if p.type == "DataFrame")
            model_input = next(p.name for p in score_spec.inputs if p.type == "Model")
            data_input = data_wire["target_port"]
        else:
            module = SCORER_FOR.get(self.nodes_by_id[trainer]["module"], SCORE_MODEL)
            score_id = self.add_node(score_node, module, {}, "Score")
            score_output = "assignments" if module != SCORE_MODEL else "scored"
            model_input, data_input = "model", "dataset"
        self.wire(self.artifact(trainer, model_port), score_id, model_input)
        self.wire(self.resolve(data_wire["source"], data_wire["source_port"]), score_id, data_input)
        if self.source is None:
            raise InferenceError("the scoring path reads no data source")

        if self.kind == REALTIME:
            out = self.add_node(self.fresh_id("web-service-output"), WEB_SERVICE_OUTPUT, {}, "Web service output")
            self.wire((score_id, score_output), out, "dataset")
            parameters: list[dict[str, Any]] = []
        else:
            out = self.add_node(
                self.fresh_id("export"),
                EXPORT_DATA,
                {"destination": {"$param": OUTPUT_DATASET_PARAM}},
                "Save the scores",
            )
            self.wire((score_id, score_output), out, "dataset")
            parameters = self.batch_parameters()

        graph: dict[str, Any] = {
            "schema": self.run.graph.get("schema", 1),
            "nodes": list(self.out_nodes.values()),
            "edges": self.out_edges,
            "parameters": parameters,
        }
        if self.run.graph.get("compute") is not None:
            graph["compute"] = self.run.graph["compute"]
        layout(graph)
        return InferenceGraph(graph=graph, trainer=trainer, score_node=score_id, input_columns=list(self.input_columns))

    def scoring_node(self, trainer: str, model_port: str) -> tuple[str, dict[str, str]]:
        """The node that scores the trainer's model and the wire of the data it scores.
        Without one (the clustering sample), a new scorer reads the training data."""
        for edge in self.outgoing[trainer]:
            if edge["source_port"] != model_port:
                continue
            target = edge["target"]
            spec = self.spec(target)
            if not any(p.type == "DataFrame" for p in spec.outputs):
                continue  # Deploy Model, Evaluate: not a scorer
            data = [
                e for e in self.data_inputs(target) if (p := spec.input(e["target_port"])) and p.type == "DataFrame"
            ]
            if data:
                return target, data[0]
        trainer_spec = self.spec(trainer)
        data_ports = [p.name for p in trainer_spec.inputs if p.type == "DataFrame"]
        wires = [e for e in self.incoming[trainer] if e["target_port"] in data_ports[:1]]
        if not wires:
            raise InferenceError(f"node {trainer!r} has no training data wired: nothing to score")
        return self.fresh_id("score"), wires[0]

    def batch_parameters(self) -> list[dict[str, Any]]:
        source = self.nodes_by_id.get(self.source or "")
        dataset: object = None
        if source is not None and source["module"] == IMPORT_DATA:
            dataset = self.value(source.get("params", {}).get("dataset")) or None
        return [
            {"name": INPUT_DATASET_PARAM, "type": "string", "default": dataset},
            {"name": INPUT_VERSION_PARAM, "type": "int", "default": 0},
            {"name": OUTPUT_DATASET_PARAM, "type": "string", "default": self.output_dataset},
        ]

    # ------------------------------------------------------------------ the path

    def artifact(self, node_id: str, port: str) -> tuple[str, str]:
        """A node giving the run's artifact of `node_id`'s output `port` (a Model or a Transform)."""
        key = (node_id, port)
        if key in self.resolved:
            return self.resolved[key]
        digest = self.run.outputs.get(node_id, {}).get(port)
        if not digest:
            raise InferenceError(f"step {node_id!r} of run {self.run.run_id} has no output {port!r}")
        port_type = self.port_type(node_id, port)
        module, kind = (TRAINED_MODEL, "model") if port_type == "Model" else (TRAINED_TRANSFORM, "transform")
        new_id = self.add_node(
            self.fresh_id(f"{node_id}-{kind}"),
            module,
            {"run": self.run.run_id, "node": node_id, "port": port, "digest": digest},
            f"{self.label_of(node_id)} ({kind} of run {self.run.run_id})",
        )
        self.resolved[key] = (new_id, kind)
        return self.resolved[key]

    def resolve(self, node_id: str, port: str) -> tuple[str, str]:
        """Where, in the inference graph, what `node_id`'s output `port` carried comes from."""
        key = (node_id, port)
        if key not in self.resolved:
            self.resolved[key] = self._resolve(node_id, port)
        return self.resolved[key]

    def _resolve(self, node_id: str, port: str) -> tuple[str, str]:
        port_type = self.port_type(node_id, port)
        if port_type in _ARTIFACTS:
            return self.artifact(node_id, port)
        node = self.nodes_by_id[node_id]
        spec = self.spec(node_id)
        module = node["module"]
        data = self.data_inputs(node_id)
        if any(p.type == "Model" for p in spec.outputs):
            raise InferenceError(
                f"the scoring path reads {port!r} of {self.label_of(node_id)!r}, which trains a model; "
                "inference cannot train"
            )
        if not self.incoming[node_id] and port_type == "DataFrame":
            return self.input_node(node_id, port)
        if module in ROW_SELECTION and data:
            return self.resolve(data[0]["source"], data[0]["source_port"])
        transform_port = next((p.name for p in spec.outputs if p.type == "Transform"), None)
        if transform_port is not None and port_type == "DataFrame" and len(data) == 1:
            return self.applied(node_id, transform_port, data[0])
        params = copy.deepcopy(node.get("params", {}))
        if module == FEATURE_SELECTION and len(data) == 1:
            kept = self.columns(node_id, port)
            new_id = self.add_node(
                node_id,
                SELECT_COLUMNS,
                {"columns": [c for c, _ in kept if c != self.label]},
                f"{self.label_of(node_id)} (columns it kept)",
            )
            self.wire(self.resolve(data[0]["source"], data[0]["source_port"]), new_id, "dataset")
            return new_id, "dataset"
        if self.label is not None and self.strip_label(spec, params) and len(data) == 1:
            return self.resolve(data[0]["source"], data[0]["source_port"])
        if module == INDICATORS and len(data) == 1:
            before = {c for c, _ in self.columns(data[0]["source"], data[0]["source_port"])}
            params[INDICATOR_COLUMNS_PARAM] = [c for c, _ in self.columns(node_id, port) if c not in before]
        copied = {key: copy.deepcopy(value) for key, value in node.items() if key != "params"}
        copied["params"] = params
        self.out_nodes[node_id] = copied
        for edge in self.incoming[node_id]:
            self.wire(self.resolve(edge["source"], edge["source_port"]), node_id, edge["target_port"])
        return node_id, port

    def strip_label(self, spec: ModuleSpec, params: dict[str, Any]) -> bool:
        """Take the label out of the node's column lists; True when one of them then
        names nothing (the node only worked on the label: it is passed through)."""
        emptied = False
        for param in spec.params:
            value = params.get(param.name)
            if param.type == "columns" and isinstance(value, list) and self.label in value:
                params[param.name] = [c for c in value if c != self.label]
                emptied = emptied or not params[param.name]
        return emptied

    def applied(self, node_id: str, transform_port: str, data: dict[str, str]) -> tuple[str, str]:
        """A node that learns a transform: Apply Transformation with what it learnt in the run."""
        new_id = self.add_node(node_id, APPLY_TRANSFORMATION, {}, f"{self.label_of(node_id)} (as trained)")
        self.wire(self.artifact(node_id, transform_port), new_id, "transform")
        self.wire(self.resolve(data["source"], data["source_port"]), new_id, "dataset")
        return new_id, "dataset"

    def input_node(self, node_id: str, port: str) -> tuple[str, str]:
        """The data source of the path: web service input (real-time) or Import Data
        bound to the pipeline parameters (batch)."""
        if self.source is not None and self.source != node_id:
            raise InferenceError(
                f"the scoring path reads two data sources ({self.label_of(self.source)!r} and "
                f"{self.label_of(node_id)!r}); an inference pipeline takes one input"
            )
        self.source = node_id
        columns = [(c, t) for c, t in self.columns(node_id, port) if c != self.label]
        self.input_columns = columns
        if self.kind == BATCH:
            new_id = self.add_node(
                self.fresh_id("input"),
                IMPORT_DATA,
                {"dataset": {"$param": INPUT_DATASET_PARAM}, "version": {"$param": INPUT_VERSION_PARAM}},
                "Rows to score",
            )
            return new_id, "dataset"
        # The training source stays wired in, so the pipeline can be run on the canvas
        # with sample rows; the endpoint puts the request's rows in its place.
        source = copy.deepcopy(self.nodes_by_id[node_id])
        self.out_nodes[node_id] = source
        new_id = self.add_node(
            self.fresh_id("web-service-input"),
            WEB_SERVICE_INPUT,
            {"schema": schema_text(columns)},
            "Web service input",
        )
        self.wire((node_id, port), new_id, "dataset")
        return new_id, "dataset"

    def columns(self, node_id: str, port: str) -> Columns:
        columns = self.run.columns_of(node_id, port)
        if columns is None:
            raise InferenceError(f"run {self.run.run_id} has no dataset from {self.label_of(node_id)!r} ({port})")
        return columns


_ARTIFACTS = frozenset({"Model", "Transform"})

_COLUMN_GAP = 280
_ROW_GAP = 120


def layout(graph: dict[str, Any]) -> None:
    """Positions, top to bottom: each node one row below the lowest node feeding it, a
    node fed by nothing (a trained model) one row above what it feeds, side by side
    within a row. The nodes are listed in that order too."""
    parents: dict[str, list[str]] = defaultdict(list)
    children: dict[str, list[str]] = defaultdict(list)
    for edge in graph["edges"]:
        parents[edge["target"]].append(edge["source"])
        children[edge["source"]].append(edge["target"])
    depth: dict[str, int] = {}

    def depth_of(node_id: str, seen: frozenset[str] = frozenset()) -> int:
        if node_id not in depth:
            if node_id in seen:  # a valid run has no cycle; stay finite anyway
                return 0
            ups = [depth_of(p, seen | {node_id}) for p in parents[node_id]]
            depth[node_id] = 1 + max(ups, default=-1)
        return depth[node_id]

    rows = {node["id"]: depth_of(node["id"]) for node in graph["nodes"]}
    for node_id, row in rows.items():
        if not parents[node_id] and children[node_id]:
            rows[node_id] = max(row, min(rows[c] for c in children[node_id]) - 1)
    order = {node["id"]: i for i, node in enumerate(graph["nodes"])}
    graph["nodes"].sort(key=lambda node: (rows[node["id"]], bool(parents[node["id"]]) is False, order[node["id"]]))
    used: dict[int, int] = defaultdict(int)
    for node in graph["nodes"]:
        row = rows[node["id"]]
        node["position"] = {"x": used[row] * _COLUMN_GAP, "y": row * _ROW_GAP}
        used[row] += 1


_DATASET_NAME = re.compile(r"[^\w .-]+")


def dataset_name(text: str) -> str:
    """A dataset name Export Data accepts, made of `text`."""
    name = _DATASET_NAME.sub("-", text).strip(" .-")[:200]
    return name or "scored"
