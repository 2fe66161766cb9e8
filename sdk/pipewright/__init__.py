"""Pipewright's Python SDK: build pipelines in code, run them, open them on the canvas.

    from pipewright import Workspace, Experiment, Pipeline, PipelineData, PythonScriptStep

The vocabulary follows the Azure ML SDK v1 pipelines (Workspace, Dataset, ComputeTarget,
Experiment, PipelineData, PythonScriptStep, Pipeline, PublishedPipeline, Schedule).
"""

from pipewright.compute import ComputeTarget
from pipewright.data import Dataset
from pipewright.errors import PipewrightError
from pipewright.pipeline import Pipeline, PublishedPipeline, Schedule
from pipewright.run import Experiment, PipelineRun, StepRun
from pipewright.steps import ModuleStep, PipelineData, PipelineParameter, Problem, PythonScriptStep, Step
from pipewright.workspace import Workspace

__version__ = "0.1.0"

__all__ = [
    "ComputeTarget",
    "Dataset",
    "Experiment",
    "ModuleStep",
    "Pipeline",
    "PipelineData",
    "PipelineParameter",
    "PipelineRun",
    "PipewrightError",
    "Problem",
    "PublishedPipeline",
    "PythonScriptStep",
    "Schedule",
    "Step",
    "StepRun",
    "Workspace",
]
