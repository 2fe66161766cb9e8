"""import_data: a registered dataset version, or a CSV/TSV/Parquet/JSON-lines file.

The step process never reads the database: when a run is submitted, the engine
resolves the dataset name and version to the content digest of that version (or the
file path, inside the import folder, to the file's sha256), freezes it in the run, and
hands the data to the step as a hidden input; so a new dataset version or a changed
file changes the cache key and the step re-runs.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModuleError, StepContext

# Inputs the engine adds; they are not ports a user can wire.
SOURCE_INPUT = "source"
SOURCE_FILE_INPUT = "source_file"

FORMATS = ("auto", "csv", "tsv", "parquet", "jsonl")
_BY_SUFFIX = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".parquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}

SPEC = ModuleSpec(
    slug="import_data",
    version="1.0.0",
    name="Import Data",
    category="Data input and output",
    description=(
        "Loads a dataset registered in the workspace (uploaded, or written by Export Data), a "
        "file from the server's import folder, or a file from an allowed URL."
    ),
    outputs=(PortSpec("dataset", "DataFrame", description="The imported rows."),),
    params=(
        ParamSpec(
            "dataset", "string", default="", help="Name of a registered dataset (or leave empty and give a path)."
        ),
        ParamSpec(
            "version",
            "int",
            default=0,
            min=0,
            help="Dataset version to load; 0 loads the newest version at the time the run is submitted.",
        ),
        ParamSpec(
            "path",
            "string",
            default="",
            help=(
                "A file path relative to the import folder (IMPORT_ROOT), or an http(s) URL under one of the "
                "prefixes the server allows (IMPORT_URL_ALLOWLIST); a URL is downloaded when the run is submitted."
            ),
        ),
        ParamSpec("format", "choice", default="auto", choices=FORMATS, help="File format; auto goes by the suffix."),
    ),
    keywords=("Import Data", "load", "read", "dataset", "file", "CSV", "Parquet", "URL", "upload", "source"),
    entrypoint="runner.modules.import_data:import_data",
)


def import_data(ctx: StepContext, **inputs: object) -> dict[str, object]:
    frame = inputs.get(SOURCE_INPUT)
    if isinstance(frame, pd.DataFrame):
        return {"dataset": frame}
    path = inputs.get(SOURCE_FILE_INPUT)
    if isinstance(path, Path):
        return {"dataset": read_file(path, str(ctx.params.get("format") or "auto"))}
    raise ModuleError(f"the data to import ({ctx.params.get('dataset') or ctx.params.get('path')!r}) was not resolved")


def read_file(path: Path, file_format: str) -> pd.DataFrame:
    if file_format not in FORMATS:
        raise ModuleError(f"parameter 'format': unknown choice {file_format!r}; choose {', '.join(FORMATS)}")
    kind = _BY_SUFFIX.get(path.suffix.lower()) if file_format == "auto" else file_format
    if kind is None:
        raise ModuleError(f"cannot tell the format of {path.name!r}; set 'format' to one of {', '.join(FORMATS[1:])}")
    try:
        if kind == "parquet":
            frame = pd.read_parquet(path)
        elif kind == "jsonl":
            frame = pd.read_json(path, lines=True)
        else:
            frame = pd.read_csv(path, sep="\t" if kind == "tsv" else ",")
    except Exception as exc:  # pandas and pyarrow raise many types for a broken file
        raise ModuleError(f"could not read {path.name} as {kind}: {type(exc).__name__}: {exc}") from None
    frame.columns = [str(c) for c in frame.columns]
    return frame


# At submit, the dataset version, file or URL it names is resolved and frozen into the
# run (the step gets it as its hidden source input, part of its cache key).
ON_SUBMIT = "runner.datasets:resolve_import"


# The columns of what it imports are read by the caller of the schema propagation (a
# dataset version's table, a file's first rows: runner/design_schemas.py); a URL is only
# downloaded when a run is submitted.
SCHEMA_RULE = design_schema.unknown_rule("a URL's data is downloaded when the run is submitted")
