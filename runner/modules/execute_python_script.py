"""execute_python_script: the user's own pandas code as a pipeline step."""

from __future__ import annotations

import inspect
import sys
from importlib import metadata
from pathlib import Path
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

SPEC = ModuleSpec(
    slug="execute_python_script",
    version="1.0.0",
    name="Execute Python Script",
    category="Python and deployment",
    description=(
        "Runs your Python code: main(dataframe1, dataframe2) returns up to two DataFrames. "
        "Files in the bundle input are importable and the bundle's path is in `bundle_path`."
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
        ParamSpec("script", "code", default=DEFAULT_SCRIPT, required=True, help="Python code defining main()."),
        ParamSpec(
            "requirements",
            "text",
            default="",
            help=(
                "Packages the script needs, one requirement per line (pip syntax): installed into a "
                "cached environment (built once per set of requirements) before the script runs."
            ),
        ),
    ),
    # The script is a parameter, so a changed script is a changed cache key.
    deterministic=True,
    keywords=("Execute Python Script", "Python", "script", "code", "custom code", "pandas", "main", "notebook"),
    entrypoint="runner.modules.execute_python_script:execute_python_script",
)


# Its value lists pip requirements installed into the step's environment (runner.modules.hooks).
REQUIREMENTS_PARAM = "requirements"
# The script is user code: its steps always get a fresh process, never a warm host.
RUNS_USER_CODE = True


def execute_python_script(
    ctx: StepContext,
    *,
    dataframe1: pd.DataFrame | None = None,
    dataframe2: pd.DataFrame | None = None,
    bundle: Path | None = None,
) -> dict[str, object]:
    check_requirements(str(ctx.params["requirements"] or ""))
    script = str(ctx.params["script"])
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
