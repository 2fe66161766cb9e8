"""Design-time schemas and previews of a pipeline's data sources, before any run.

The propagation itself is pure (designer.graph.schema) and the rules are the modules'
own (runner/modules/<slug>.py, SCHEMA_RULE). What needs the database, the artifact
store or the import folder is read here and handed to it:

- what an Import Data node reads: a registered dataset version's columns (from its
  table's schema: no row is read) or a file's (its first rows);
- the last known columns of outputs no rule can tell (a script, SQL): those of the
  node's output in the newest run of the pipeline that made it.

A data source can also be previewed (first rows and column statistics, the format of
an output's preview) without a run: the sample or the entered text is made as the
step makes it, a dataset version or a file is read, at most PREVIEW_MAX_ROWS rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from django.conf import settings

from designer.errors import ApplicationError, NotFound
from designer.graph import GraphDocument, ModuleSpec, parse_document
from designer.graph import schema as design_schema
from designer.models import DatasetVersion, Pipeline
from designer.selectors import catalog_for_workspace
from runner import tables
from runner.artifacts import default_store
from runner.models import StepRun, StepStatus

# A file's types are read from its first rows, and a preview reads at most this many
# rows of a file: enough for honest statistics, bounded in time and memory.
FILE_SAMPLE_ROWS = 1000
PREVIEW_MAX_ROWS = 10_000
SOURCE_MODULES = ("sample_dataset", "enter_data", "import_data")


@dataclass(frozen=True)
class PipelineSchema:
    nodes: dict[str, design_schema.NodeSchema]

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": {node_id: node.to_dict() for node_id, node in self.nodes.items()}}


def pipeline_schema(*, pipeline: Pipeline, graph: object | None = None) -> PipelineSchema:
    """The design-time schema of the pipeline's saved graph, or of `graph` (the canvas's
    unsaved one): per node, per DataFrame port, its columns and where they come from."""
    from runner.modules import schema_rules

    saved = _document(pipeline.graph)
    document = saved if graph is None else _document(graph)
    specs = _specs(pipeline, document)
    rules = schema_rules()
    # The import folder is the server's, shared by every workspace: a file is read only
    # when a member who may edit the pipeline saved a node naming it, never because a
    # posted graph (which a viewer may send) names it.
    saved_paths = {str(node.params.get("path") or "").strip() for node in saved.nodes if node.module == "import_data"}
    declared = {
        node.id: _import_answer(
            pipeline, design_schema.resolved_params(document, node.params, specs[node.id]), saved_paths
        )
        for node in _sources(document, specs, "import_data")
    }
    first = design_schema.propagate(document, specs, rules, declared=declared)
    unknown = {
        (node_id, port)
        for node_id, node in first.items()
        for port, schema in node.outputs.items()
        if schema.source == design_schema.UNKNOWN
    }
    if not unknown:
        return PipelineSchema(first)
    last_known = _last_known(pipeline, unknown)
    if not last_known:
        return PipelineSchema(first)
    return PipelineSchema(design_schema.propagate(document, specs, rules, declared=declared, last_known=last_known))


def source_preview(*, pipeline: Pipeline, node_id: str, rows: int) -> dict[str, Any]:
    """First rows and column statistics of a data source node of the saved graph, made or
    read now, without a run."""
    document = _document(pipeline.graph)
    node = document.node(node_id)
    if node is None:
        raise NotFound(f"the pipeline has no node {node_id!r}")
    specs = _specs(pipeline, document)
    spec = specs.get(node_id)
    if spec is None or spec.slug not in SOURCE_MODULES:
        raise ApplicationError(
            f"node {node_id!r} is not a data source: only Sample Dataset, Enter Data Manually and "
            "Import Data can be previewed before a run"
        )
    params = design_schema.resolved_params(document, node.params, spec)
    frame, sampled = _source_frame(pipeline, spec.slug, params)
    from runner.previews import preview_frame

    return {"type": "DataFrame", "preview": preview_frame(frame, rows=rows), "sampled": sampled}


def _document(graph: object) -> GraphDocument:
    document, problems = parse_document(graph)
    if document is None:
        raise ApplicationError("the graph cannot be read", extra={"errors": [p.to_dict() for p in problems]})
    return document


def _specs(pipeline: Pipeline, document: GraphDocument) -> dict[str, ModuleSpec]:
    catalog = catalog_for_workspace(workspace=pipeline.workspace)
    specs: dict[str, ModuleSpec] = {}
    for node in document.nodes:
        entry = catalog.get(node.module, node.version)
        if entry is not None:
            specs[node.id] = entry.spec
    return specs


def _sources(document: GraphDocument, specs: Mapping[str, ModuleSpec], slug: str) -> list[Any]:
    return [node for node in document.nodes if node.id in specs and specs[node.id].slug == slug]


# --------------------------------------------------------------------------- Import Data


def _import_answer(
    pipeline: Pipeline, params: Mapping[str, Any], saved_paths: set[str]
) -> Mapping[str, design_schema.Table | design_schema.Unknown]:
    try:
        where = _import_location(pipeline, params)
    except ApplicationError as exc:
        return {"dataset": design_schema.Unknown(exc.message)}
    if where is None:
        return {"dataset": design_schema.Unknown("a URL's data is downloaded when the run is submitted")}
    kind, location = where
    if kind == "file" and str(params.get("path") or "").strip() not in saved_paths:
        return {"dataset": design_schema.Unknown("a file's columns are read once the pipeline is saved")}
    try:
        if kind == "table":
            columns, attrs = tables.table_columns(location)
            return {"dataset": design_schema.table(columns, label=_marked_label(attrs, columns))}
        frame = _read_file(location, str(params.get("format") or "auto"), rows=FILE_SAMPLE_ROWS)
    except Exception as exc:  # a broken file: say so, as the step would
        return {"dataset": design_schema.Unknown(f"cannot read it: {type(exc).__name__}: {exc}")}
    return {"dataset": design_schema.table((str(n), str(t)) for n, t in frame.dtypes.items())}


def _import_location(pipeline: Pipeline, params: Mapping[str, Any]) -> tuple[str, Path] | None:
    """("table", the dataset version's table file) or ("file", a file in the import
    folder); None for a URL. ApplicationError saying what is missing."""
    name = str(params.get("dataset") or "").strip()
    path = str(params.get("path") or "").strip()
    if bool(name) == bool(path):
        raise ApplicationError(
            "name either a registered dataset or a file path, not both" if name else "name a dataset or a file"
        )
    if path.startswith(("http://", "https://")):
        return None
    if path:
        root = Path(settings.IMPORT_ROOT).resolve()
        target = (root / path).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            raise ApplicationError(f"no file {path!r} in the import folder")
        return "file", target
    version = params.get("version") or 0
    versions = DatasetVersion.objects.filter(dataset__workspace=pipeline.workspace, dataset__name=name)
    row = versions.filter(version=int(version)).first() if isinstance(version, int) and version else versions.first()
    if row is None:
        raise ApplicationError(f"no dataset named {name!r}" + (f" with version {version}" if version else ""))
    file = tables.table_file(default_store().path(row.digest))
    if file is None:
        raise ApplicationError(f"dataset {name!r} version {row.version} has no table")
    return "table", file


def _read_file(path: Path, file_format: str, *, rows: int) -> pd.DataFrame:
    from runner.modules.import_data import _BY_SUFFIX, FORMATS

    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}")
    kind = _BY_SUFFIX.get(path.suffix.lower()) if file_format == "auto" else file_format
    if kind is None:
        raise ValueError(f"cannot tell the format of {path.name!r}; set 'format'")
    if kind == "parquet":
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(path)
        batch = next(parquet.iter_batches(batch_size=rows), None)
        frame = batch.to_pandas() if batch is not None else parquet.schema_arrow.empty_table().to_pandas()
    elif kind == "jsonl":
        frame = pd.read_json(path, lines=True, nrows=rows)
    else:
        frame = pd.read_csv(path, sep="\t" if kind == "tsv" else ",", nrows=rows)
    frame.columns = [str(c) for c in frame.columns]
    return frame


def _marked_label(attrs: Mapping[str, Any], columns: list[tuple[str, str]]) -> str | None:
    meta = attrs.get("pipewright")
    label = meta.get("label_column") if isinstance(meta, dict) else None
    return label if isinstance(label, str) and label in {name for name, _ in columns} else None


# --------------------------------------------------------------------------- last known


def _last_known(pipeline: Pipeline, ports: set[tuple[str, str]]) -> dict[tuple[str, str], design_schema.LastKnown]:
    """The columns of each output in the newest run of the pipeline whose step made it."""
    found: dict[tuple[str, str], design_schema.LastKnown] = {}
    steps = (
        StepRun.objects.filter(
            run__pipeline=pipeline, node_id__in={node for node, _ in ports}, status=StepStatus.COMPLETED
        )
        .order_by("-run__number")
        .values_list("node_id", "outputs", "run__number")
    )
    store = default_store()
    for node_id, outputs, number in steps:
        for port, digest in (outputs or {}).items():
            key = (node_id, port)
            if key not in ports or key in found or not digest:
                continue
            file = tables.table_file(store.path(digest))
            if file is None:
                continue
            try:
                columns, attrs = tables.table_columns(file)
            except (OSError, ValueError):
                continue
            table = design_schema.table(columns, label=_marked_label(attrs, columns))
            found[key] = design_schema.LastKnown(table, number)
        if len(found) == len(ports):
            break
    return found


# --------------------------------------------------------------------------- previews


def _source_frame(pipeline: Pipeline, slug: str, params: Mapping[str, Any]) -> tuple[pd.DataFrame, bool]:
    """The source's rows, and whether they are only the first PREVIEW_MAX_ROWS of a file."""
    from runner.step_runtime import ModuleError

    try:
        if slug == "sample_dataset":
            from runner.modules import sample_dataset

            return sample_dataset.load(params.get("name")), False
        if slug == "enter_data":
            from runner.modules import enter_data

            return enter_data.parse(params), False
    except ModuleError as exc:
        raise ApplicationError(str(exc)) from None
    where = _import_location(pipeline, params)
    if where is None:
        raise ApplicationError("a URL's data is downloaded when the run is submitted: preview it in a run")
    kind, location = where
    if kind == "table":
        # As an output's preview: the whole table (an upload's size is bounded).
        return tables.read_frame(location), False
    try:
        frame = _read_file(location, str(params.get("format") or "auto"), rows=PREVIEW_MAX_ROWS)
    except Exception as exc:  # a broken file: say so, as the step would
        raise ApplicationError(f"cannot read it: {type(exc).__name__}: {exc}") from None
    return frame, len(frame) >= PREVIEW_MAX_ROWS
