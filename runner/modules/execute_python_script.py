"""execute_python_script: the user's own pandas code as a pipeline step.

Two ways to give it code:

- main() mode (the canvas's): the `script` parameter defines main(dataframe1,
  dataframe2) and returns up to two DataFrames.
- program mode (the SDK's PythonScriptStep, as the Azure ML SDK's): `source_snapshot`
  names a source folder uploaded to the workspace (designer/snapshots.py) and
  `entry_script` a file in it, run as `__main__` with sys.argv = [entry_script,
  *arguments]. `${{inputs.dataframe1}}` in an argument becomes the path of a Parquet
  file holding that input, `${{outputs.result1}}` the path of a folder (not made yet)
  the program writes its table into (one .parquet or .csv file), or a file it writes
  at exactly that path. The folder is copied into a fresh working directory, which is
  the current directory and first on sys.path, so the program imports its own modules.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import runpy
import shutil
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd
from packaging.requirements import InvalidRequirement, Requirement

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModuleError, StepContext, UserCodeError, register_source

# Tracebacks name this file, so users see `File "script.py", line 3, in main`.
SCRIPT_FILENAME = "script.py"

DEFAULT_SCRIPT = """\
import pandas as pd


# main() gets the datasets wired to dataframe1 and dataframe2 (None when not wired) and
# returns up to two DataFrames, for result1 and result2. print() goes to the step log;
# log_metric(name, value), log_image(name, png_bytes_or_figure) and
# progress(fraction, message) are available too.
def main(dataframe1, dataframe2):
    return dataframe1,
"""

# The module a program imports to log metrics, images and progress (program mode).
STEP_HELPER_MODULE = "pipewright_step"
# Where a program's source snapshot keeps its files (designer.snapshots.SNAPSHOT_FOLDER).
SNAPSHOT_FOLDER = "src"
INPUT_PORTS = ("dataframe1", "dataframe2")
OUTPUT_PORTS = ("result1", "result2")
# "${{inputs.dataframe1}}", "${{outputs.result1}}": the Azure ML spelling of a path the
# step fills in.
PLACEHOLDER = re.compile(r"\$\{\{\s*(inputs|outputs)\.([A-Za-z0-9_]+)\s*\}\}")
TABLE_SUFFIXES = (".parquet", ".csv")

SPEC = ModuleSpec(
    slug="execute_python_script",
    version="1.1.0",
    name="Execute Python Script",
    category="Python and deployment",
    description=(
        "Runs your Python code: main(dataframe1, dataframe2) returns up to two DataFrames. "
        "Files in the bundle input are importable and the bundle's path is in `bundle_path`. "
        "Or, with a source snapshot (the SDK's PythonScriptStep), runs a script of an uploaded folder "
        "as a program that reads its inputs from and writes its outputs to the paths in its arguments."
    ),
    inputs=(
        PortSpec("dataframe1", "DataFrame", optional=True),
        PortSpec("dataframe2", "DataFrame", optional=True),
        PortSpec("bundle", "AnyFile", optional=True, description="Python files or .zip archives to import."),
    ),
    outputs=(
        PortSpec("result1", "DataFrame", description="The first DataFrame main() returns (empty if none)."),
        PortSpec("result2", "DataFrame", description="The second DataFrame main() returns (empty if none)."),
    ),
    params=(
        ParamSpec(
            "script",
            "code",
            default=DEFAULT_SCRIPT,
            help="Python code defining main(); not used when a source snapshot is given.",
        ),
        ParamSpec(
            "requirements",
            "text",
            default="",
            help=(
                "Packages the script needs, one requirement per line (pip syntax): installed into a "
                "cached environment (built once per set of requirements) before the script runs."
            ),
        ),
        ParamSpec(
            "source_snapshot",
            "string",
            default="",
            help=(
                "Content digest of a source folder uploaded to the workspace (POST /api/snapshots/; the SDK's "
                "PythonScriptStep uploads its source_directory). When set, entry_script runs instead of main()."
            ),
        ),
        ParamSpec(
            "entry_script",
            "string",
            default="",
            help="The script of the source snapshot to run as __main__, as a path inside it (train.py, jobs/fit.py).",
        ),
        ParamSpec(
            "arguments",
            "text",
            default="",
            help=(
                'The script\'s command-line arguments as a JSON list of strings, e.g. ["--input", '
                '"${{inputs.dataframe1}}", "--output", "${{outputs.result1}}"]: an input placeholder becomes '
                "the path of a Parquet file of that input, an output placeholder the path of a folder to write "
                "one .parquet or .csv file into."
            ),
        ),
    ),
    # The script is a parameter, and a source snapshot a hidden input (runner/sources.py):
    # a changed script or folder is a changed cache key.
    deterministic=True,
    keywords=("Execute Python Script", "Python", "script", "code", "custom code", "pandas", "main", "notebook"),
    entrypoint="runner.modules.execute_python_script:execute_python_script",
)


# Its value lists pip requirements installed into the step's environment (runner.modules.hooks).
REQUIREMENTS_PARAM = "requirements"
# The script is user code: its steps always get a fresh process, never a warm host.
RUNS_USER_CODE = True
# At submit, the source snapshot is checked against the workspace and frozen into the
# run as the hidden input `source_snapshot` (runner/sources.py).
ON_SUBMIT = "runner.sources:resolve_source_snapshot"


def execute_python_script(
    ctx: StepContext,
    *,
    dataframe1: pd.DataFrame | None = None,
    dataframe2: pd.DataFrame | None = None,
    bundle: Path | None = None,
    source_snapshot: Path | None = None,
) -> dict[str, object]:
    check_requirements(str(ctx.params.get("requirements") or ""))
    if str(ctx.params.get("source_snapshot") or "").strip():
        return run_program(ctx, {"dataframe1": dataframe1, "dataframe2": dataframe2}, source_snapshot)
    script = str(ctx.params.get("script") or "")
    if not script.strip():
        raise ModuleError("the script is empty: define main(dataframe1, dataframe2)")
    namespace: dict[str, Any] = {
        "__name__": "script",
        "__file__": SCRIPT_FILENAME,
        "log_metric": ctx.log_metric,
        "log_image": ctx.log_image,
        "progress": ctx.progress,
        "bundle_path": bundle,
    }
    register_source(SCRIPT_FILENAME, script)
    saved_path = list(sys.path)
    if bundle is not None:
        # Zip archives in the bundle are importable as they are (zipimport).
        sys.path[:0] = [str(bundle), *(str(z) for z in sorted(bundle.glob("*.zip")))]
    try:
        try:
            exec(compile(script, SCRIPT_FILENAME, "exec"), namespace)
        except (Exception, SystemExit) as exc:
            raise UserCodeError(exc, SCRIPT_FILENAME) from exc
        main = namespace.get("main")
        if not callable(main):
            raise ModuleError("the script must define a function main(dataframe1, dataframe2)")
        try:
            inspect.signature(main).bind(dataframe1, dataframe2)
        except TypeError as exc:
            raise ModuleError(f"main() must accept two arguments, (dataframe1, dataframe2): {exc}") from exc
        try:
            returned = main(dataframe1, dataframe2)
        except (Exception, SystemExit) as exc:
            raise UserCodeError(exc, SCRIPT_FILENAME) from exc
    finally:
        sys.path[:] = saved_path
    result1, result2 = _results(returned)
    return {
        "result1": pd.DataFrame() if result1 is None else result1,
        "result2": pd.DataFrame() if result2 is None else result2,
    }


def _results(returned: object) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
    if returned is None:
        return None, None
    if isinstance(returned, pd.DataFrame):
        return returned, None
    if isinstance(returned, tuple):
        if len(returned) > 2:
            raise ModuleError(f"main() returned {len(returned)} values; it can return at most two DataFrames")
        for position, item in enumerate(returned, start=1):
            if item is not None and not isinstance(item, pd.DataFrame):
                raise ModuleError(f"main() returned a {type(item).__name__} as value {position}; expected a DataFrame")
        first = returned[0] if len(returned) > 0 else None
        second = returned[1] if len(returned) > 1 else None
        return first, second
    raise ModuleError(
        f"main() must return None, a DataFrame or a tuple of up to two DataFrames; got {type(returned).__name__}"
    )


# --------------------------------------------------------------------------- program mode


def parse_arguments(text: str) -> list[str]:
    """The `arguments` parameter: a JSON list of strings (empty text: no arguments)."""
    if not text.strip():
        return []
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ModuleError(f"parameter 'arguments' must be a JSON list of strings: {exc}") from None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ModuleError('parameter \'arguments\' must be a JSON list of strings, e.g. ["--factor", "3"]')
    return value


def substitute_arguments(
    arguments: list[str], inputs: dict[str, str], outputs: dict[str, str]
) -> tuple[list[str], set[str]]:
    """The arguments with every placeholder replaced by its path, and the outputs they
    name. `inputs` holds the connected inputs' paths only: a placeholder of another input
    is an error naming it, as is a port the module does not have."""
    named: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        kind, port = match.group(1), match.group(2)
        ports, known = (INPUT_PORTS, inputs) if kind == "inputs" else (OUTPUT_PORTS, outputs)
        if port not in ports:
            raise ModuleError(
                f"argument {match.group(0)!r} names no {kind[:-1]} of this step; its {kind} are {', '.join(ports)}"
            )
        if port not in known:
            raise ModuleError(f"argument {match.group(0)!r} names input {port!r}, which is not connected")
        if kind == "outputs":
            named.add(port)
        return known[port]

    return [PLACEHOLDER.sub(replace, argument) for argument in arguments], named


def _entry_path(root: Path, entry: str) -> Path:
    relative = PurePosixPath(entry.strip())
    if not entry.strip() or relative.is_absolute() or any(part in ("", "..") for part in relative.parts):
        raise ModuleError(f"parameter 'entry_script' must be a path inside the source snapshot; got {entry!r}")
    path = root.joinpath(*relative.parts)
    if not path.is_file():
        found = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))[:20]
        raise ModuleError(
            f"the source snapshot has no file {entry!r}; its Python files are: {', '.join(found) or 'none'}"
        )
    return path


def run_program(ctx: StepContext, frames: dict[str, pd.DataFrame | None], snapshot: Path | None) -> dict[str, object]:
    """Program mode: copy the snapshot into a working directory, write the inputs, run
    the entry script as __main__ with the arguments, read back the tables it wrote."""
    if snapshot is None or not (snapshot / SNAPSHOT_FOLDER).is_dir():
        raise ModuleError(
            "the step's source snapshot was not handed to it: a script that runs a source folder runs in "
            "pipeline runs (resolved when the run is submitted), not in a real-time endpoint's scorer"
        )
    arguments = parse_arguments(str(ctx.params.get("arguments") or ""))
    # A writable copy: the stored snapshot is read-only and shared, and programs write
    # next to themselves (caches, logs) more often than not.
    work = ctx.workdir / "source"
    shutil.copytree(snapshot / SNAPSHOT_FOLDER, work, copy_function=shutil.copyfile)
    entry = _entry_path(work, str(ctx.params.get("entry_script") or ""))
    data = ctx.workdir / "data"
    (data / "inputs").mkdir(parents=True)
    (data / "outputs").mkdir(parents=True)
    input_paths: dict[str, str] = {}
    for port, frame in frames.items():
        if frame is not None:
            path = data / "inputs" / f"{port}.parquet"
            frame.to_parquet(path, index=False)
            input_paths[port] = str(path)
    output_paths = {port: str(data / "outputs" / port) for port in OUTPUT_PORTS}
    argv, named = substitute_arguments(arguments, input_paths, output_paths)
    relative_entry = entry.relative_to(work).as_posix()
    with _program_process(work, [relative_entry, *argv], _helper_module(ctx, input_paths, output_paths)):
        try:
            runpy.run_path(str(entry), run_name="__main__")
        except SystemExit as exc:
            if exc.code not in (None, 0):
                raise UserCodeError(exc, relative_entry, folder=str(work)) from exc
        except Exception as exc:
            raise UserCodeError(exc, relative_entry, folder=str(work)) from exc
    return {port: _read_output(port, Path(output_paths[port]), port in named) for port in OUTPUT_PORTS}


def _helper_module(ctx: StepContext, inputs: dict[str, str], outputs: dict[str, str]) -> types.ModuleType:
    """`import pipewright_step` in the program: log_metric, log_image, progress, and
    the paths of the connected inputs and of the outputs by port."""
    module = types.ModuleType(STEP_HELPER_MODULE, "What a Pipewright script step gives the program it runs.")
    helpers: dict[str, Callable[..., Any] | dict[str, str]] = {
        "log_metric": ctx.log_metric,
        "log_image": ctx.log_image,
        "progress": ctx.progress,
        "inputs": dict(inputs),
        "outputs": dict(outputs),
    }
    for name, value in helpers.items():
        setattr(module, name, value)
    return module


@contextmanager
def _program_process(work: Path, argv: list[str], helper: types.ModuleType) -> Iterator[None]:
    """The process as the program expects it (its folder as the current directory and
    first on sys.path, its argv, the helper module), put back as it was afterwards."""
    saved_cwd, saved_path, saved_argv = os.getcwd(), list(sys.path), list(sys.argv)
    saved_modules = set(sys.modules)
    sys.modules[STEP_HELPER_MODULE] = helper
    sys.path.insert(0, str(work))
    sys.argv = argv
    os.chdir(work)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        sys.argv, sys.path[:] = saved_argv, saved_path
        for name in set(sys.modules) - saved_modules:
            del sys.modules[name]  # the program's own modules, and the helper


def _read_output(port: str, path: Path, named: bool) -> pd.DataFrame:
    """The table a program wrote for an output: a file at exactly its path, or the one
    .parquet/.csv file in the folder there. An output its arguments do not name is an
    empty table when nothing is there."""
    where = f"output {port!r} (${{{{outputs.{port}}}}})"
    if path.is_file():
        return _read_table(path, where)
    tables = (
        sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TABLE_SUFFIXES) if path.is_dir() else []
    )
    if len(tables) == 1:
        return _read_table(tables[0], where)
    if len(tables) > 1:
        names = ", ".join(p.name for p in tables)
        raise ModuleError(f"{where}: the script wrote {len(tables)} tables ({names}); write one .parquet or .csv file")
    if named:
        raise ModuleError(
            f"{where}: the script wrote no table; write one .parquet or .csv file into the folder at that path "
            "(os.makedirs(path, exist_ok=True) first), or a file at exactly that path"
        )
    return pd.DataFrame()


def _read_table(path: Path, where: str) -> pd.DataFrame:
    try:
        with path.open("rb") as file:
            parquet = file.read(4) == b"PAR1"
        return pd.read_parquet(path) if parquet else pd.read_csv(path)
    except Exception as exc:
        raise ModuleError(f"{where}: cannot read {path.name} as a table: {exc}") from None


def check_requirements(text: str) -> None:
    """Fail before running the script when a requirement is not installed here.

    The engine installs the script's requirements into the step's environment before
    it starts (runner.services); this names what is still missing (a package pinned
    differently from the worker's own pandas, say) before an ImportError halfway
    through the script would.
    """
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement as exc:
            raise ModuleError(f"parameter 'requirements', line {number}: '{line}' is not a valid requirement") from exc
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            raise ModuleError(
                f"requirement '{line}' is not met: {requirement.name} is not installed; run this step on a "
                "compute target whose image provides it"
            ) from None
        if not requirement.specifier.contains(installed, prereleases=True):
            raise ModuleError(
                f"requirement '{line}' is not met: {requirement.name} {installed} is installed; run this step "
                "on a compute target whose image provides a matching version"
            )


SCHEMA_RULE = design_schema.unknown_rule("a script's outputs hold whatever its code returns: known when it runs")
