"""Pipewright quickstart: upload a table, build a pipeline in code, run it, read the result.

Run it against `make up` with a token (python manage.py create_api_token demo):

    PIPEWRIGHT_URL=http://127.0.0.1:8000 PIPEWRIGHT_TOKEN=<key> python sdk/examples/quickstart.py
"""

from pathlib import Path

import pandas as pd

from pipewright import Dataset, Experiment, Pipeline, PipelineData, PythonScriptStep, Workspace

HERE = Path(__file__).resolve().parent

# A config.json ({"url", "token"}) in this folder or a parent, or PIPEWRIGHT_URL/PIPEWRIGHT_TOKEN.
ws = Workspace.from_config()

numbers = pd.DataFrame({"x": list(range(20)), "y": [2 * i for i in range(20)]})
Dataset.upload(ws, "quickstart-numbers", numbers)

raw, train, scaled = PipelineData("raw"), PipelineData("train"), PipelineData("scaled")

# Built-in modules are steps too, their parameters checked against the server's catalogue.
load = ws.modules.import_data(name="load", dataset="quickstart-numbers", outputs={"dataset": raw})
split = ws.modules.split_data(name="split", dataset=raw, fraction=0.7, outputs={"train": train})
# A program in a folder, as in the Azure ML SDK: the folder is snapshotted (a changed
# file re-runs the step) and the PipelineData in `arguments` become paths.
scale = PythonScriptStep(
    name="scale",
    script_name="scale.py",
    source_directory=HERE / "scripts",
    arguments=["--input", train, "--output", scaled, "--factor", 3],
    inputs=[train],
    outputs=[scaled],
)

pipeline = Pipeline(ws, [scale], name="quickstart")  # load and split come along through the data
errors = [p for p in pipeline.validate() if p.severity == "error"]
assert not errors, errors

run = Experiment(ws, "quickstart").submit(pipeline)
run.wait_for_completion(show_output=True)

print("metrics:", run.get_metrics())
print(run.step("scale").get_output("result1").head())
print("on the canvas:", pipeline.url)
