"""The scorer of a real-time inference pipeline: the pipeline's scoring graph, run per
request inside the endpoint's confined scorer process.

runner.scoring starts and talks to the scorer process exactly as for a model endpoint
(the same launcher, the same confinement, the same request and reply pipes); for a
version of kind "pipeline" the program it runs is `serve` below. The program gets the
frozen plan as the first line on its stdin (a plan with scripts can be larger than a
command-line argument may be), confines itself, loads the trained model and transforms
once, and then, for each request, calls the module functions of the graph's nodes in
topological order on the request's rows, in this one process: no fork per node, no
files. What a node would write to a step's folder goes to the scorer's private
/dev/shm. Scripts are user code; they run as confined as a step's: their own uid,
Landlock read access to the Python installation and to the version's artifacts only,
no network, the step limits, and process 1 of a PID namespace. Anything a request
leaves running is killed when the request is answered.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from runner.step_contract import Limits, explain_error, gather_inputs

PROGRAM = "pipeline"


def program_for(version: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """What runner.scoring needs to start the scorer of a pipeline version: the
    configuration it adds (the program, the folders the scorer may read) and the first
    line it sends (the frozen graph)."""
    from runner.artifacts import default_store

    store = default_store()
    artifacts = (version.graph or {}).get("artifacts") or {}
    dirs = {node: str(store.path(digest)) for node, digest in artifacts.items()}
    config = {"program": PROGRAM, "version": version.pk, "readable": sorted(set(dirs.values()))}
    frozen = version.graph or {}
    first_line = {
        "plan": frozen.get("plan"),
        "input": frozen.get("input"),
        "output": frozen.get("output"),
        "dirs": dirs,
    }
    return config, first_line


def serve(config: dict[str, Any], confine: Callable[[dict[str, Any], Limits], None]) -> None:
    """The scorer program of a pipeline version. runner.scoring.launch calls it with its
    own `confine`, the one a model endpoint's scorer gets."""
    replies = os.fdopen(config["reply_fd"], "w", encoding="utf-8")
    os.set_inheritable(replies.fileno(), False)
    # Our own code first, while the whole project is readable (as a step's runtime is).
    import pandas as pd

    from designer.graph.compile import ExecutionPlan
    from runner.modules import BUILTIN_MODULES
    from runner.modules.import_data import SOURCE_FILE_INPUT
    from runner.step_runtime import (
        ModuleError,
        StepContext,
        UserCodeError,
        describe_exception,
        to_json_safe,
    )

    program = json.loads(sys.stdin.readline())
    limits = Limits.from_dict(config["limits"])
    confine(config, limits)

    plan = ExecutionPlan.from_dict(program["plan"])
    input_node, output_node = str(program["input"]), str(program["output"])
    dirs = {node: Path(path) for node, path in program["dirs"].items()}
    per_request = set(plan.descendants(input_node)) | {input_node}
    workdir = Path("/dev/shm")
    functions = {step.node_id: BUILTIN_MODULES[step.module].function for step in plan.steps}
    values: dict[tuple[str, str], object] = {}

    def run_node(node_id: str, given: dict[str, object]) -> None:
        step = plan.step(node_id)
        inputs = gather_inputs(
            {port: values[(ref["node_id"], ref["port"])] for port, ref in step.inputs.items()}, step.multiple
        )
        ctx = StepContext(params=step.params, workdir=workdir, control=None)
        try:
            returned = functions[node_id](ctx, **inputs, **given)
        except (ModuleError, UserCodeError):
            raise
        except Exception as exc:
            if BUILTIN_MODULES[step.module].runs_user_code:
                raise UserCodeError(exc, "script.py") from exc
            raise
        for port, value in returned.items():
            values[(node_id, port)] = _as_saved(value) if isinstance(value, pd.DataFrame) else value

    # Loaded once: the trained model and transforms, and whatever does not depend on
    # the request's rows.
    constant = [s.node_id for s in plan.steps if s.node_id not in per_request]
    for node_id in constant:
        run_node(node_id, {SOURCE_FILE_INPUT: dirs[node_id]} if node_id in dirs else {})
    ordered = [s.node_id for s in plan.steps if s.node_id in per_request]
    output_port = next(iter(plan.step(output_node).outputs))

    for line in sys.stdin:
        request_id = ""
        try:
            request = json.loads(line)
            request_id = str(request["id"])
            for node_id in ordered:
                given = {"dataset": pd.DataFrame.from_records(request["rows"])} if node_id == input_node else {}
                run_node(node_id, given)
            answer = values[(output_node, output_port)]
            assert isinstance(answer, pd.DataFrame)
            reply: dict[str, Any] = {"rows": to_json_safe(answer.to_dict(orient="records"))}
        except ModuleError as exc:
            reply = {"error": str(exc)}
        except UserCodeError as exc:
            reply = {"error": f"the pipeline's script failed: {exc}"}
        except Exception as exc:  # a bad request must not kill the scorer
            reply = {"error": explain_error(describe_exception(exc), limits, who="the endpoint's scorer")}
        finally:
            for node_id in ordered:
                for port in plan.step(node_id).outputs:
                    values.pop((node_id, port), None)
            _end_leftovers()
        replies.write(json.dumps({"id": request_id, **reply}) + "\n")
        replies.flush()


def _as_saved(frame: Any) -> Any:
    """A DataFrame as the next step would read it back from a step's output: a named
    index as columns, the rows numbered from 0, the column names as text."""
    import pandas as pd

    if any(name is not None for name in frame.index.names):
        frame = frame.reset_index()
    index = frame.index
    if not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1):
        frame = frame.reset_index(drop=True)
    if not all(isinstance(c, str) for c in frame.columns):
        frame = frame.copy(deep=False)
        frame.columns = [str(c) for c in frame.columns]
    return frame


def _end_leftovers() -> None:
    """Kill whatever a request started (a script's child, however detached) and reap
    it: as a step's leftovers die with the step. Only as process 1 of the scorer's own
    PID namespace, where signalling -1 reaches exactly the namespace's other processes."""
    if os.getpid() != 1:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(-1, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
