"""Run one step as a program: `python -m runner.step_entry <workdir>`.

The docker executor's containers start with this. The work directory holds the step's
spec (step.json, written by the executor with the paths the step sees); events
(progress, metrics, images, the result) are appended to <workdir>/events.jsonl as the
same JSON lines the local executor reads from its control pipe, and everything the step
prints goes to stdout, which the executor streams line by line.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

from runner.step_contract import EVENTS_FILE, SPEC_FILE, StepSpec


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m runner.step_entry <workdir>", file=sys.stderr)
        return 2
    workdir = Path(argv[1])
    # One stream, as with the local executor: a traceback stays next to the prints
    # that led to it, and the output of C extensions and subprocesses is caught too.
    os.dup2(1, 2)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(line_buffering=True, errors="replace")
    os.chdir(workdir)

    # Imported here, not at the top: it loads pandas, which only the step needs.
    from runner.step_runtime import run_step

    spec = StepSpec.from_dict(json.loads((workdir / SPEC_FILE).read_text()))
    with open(workdir / EVENTS_FILE, "a", encoding="utf-8") as control:
        run_step(spec, workdir, control)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
