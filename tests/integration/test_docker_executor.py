"""The docker executor, for real: a dockerd, the step image, containers and their limits.

Needs a reachable docker engine and the step image (PIPEWRIGHT_STEP_IMAGE, by default
pipewright-step:latest, built by step-image/build.sh); .ci/run starts the one and builds
the other. Without them these tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import contextlib
import os
import textwrap
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docker
import pandas as pd
import pytest
from docker.errors import DockerException, ImageNotFound

from runner.executors import EXECUTOR_KINDS, get_executor
from runner.executors.docker import LABEL, DockerExecutor
from runner.executors.docker_environments import BASE_LABEL, environment_image, environment_tag
from runner.executors.local import LocalExecutor
from runner.modules import BUILTIN_MODULES
from runner.step_contract import ExecutionResult, Limits, StepSpec
from runner.tables import DATAFRAME_FILE, read_frame
from tests.step_log import Log

# A container takes seconds to tens of seconds to start (vfs copies the image).
CONTAINER_START = 120

IMAGE = os.environ.get("PIPEWRIGHT_STEP_IMAGE", "pipewright-step:latest")


def _engine_problem() -> str | None:
    try:
        client = docker.from_env(timeout=10)
        client.ping()
        client.images.get(IMAGE)
    except ImageNotFound:
        return f"the step image {IMAGE} is missing: build it with step-image/build.sh"
    except DockerException as exc:
        return f"no docker engine is reachable ({exc}); start dockerd (.ci/run does)"
    return None


@pytest.fixture(scope="module")
def client() -> Any:
    problem = _engine_problem()
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)
    return docker.from_env()


@pytest.fixture(scope="module")
def executor(client: Any) -> DockerExecutor:
    return DockerExecutor(image=IMAGE, network=False)


@pytest.fixture
def step_id(client: Any) -> Iterator[str]:
    """A fresh step id; whatever happened in the test, no container of it is left."""
    step_id = f"test-{uuid.uuid4().hex[:12]}"
    yield step_id
    assert client.containers.list(all=True, filters={"label": f"{LABEL}={step_id}"}) == []


def script_step(step_id: str, source: str, **fields: Any) -> StepSpec:
    module = BUILTIN_MODULES["execute_python_script"].spec
    return StepSpec(
        step_id=step_id,
        module=module.slug,
        version=module.version,
        entrypoint=module.entrypoint,
        params={"script": textwrap.dedent(source), "requirements": ""},
        outputs={"result1": "DataFrame", "result2": "DataFrame"},
        **fields,
    )


def run(
    executor: DockerExecutor | LocalExecutor,
    spec: StepSpec,
    workdir: Path,
    limits: Limits | None = None,
    **callbacks: Callable[..., Any],
) -> tuple[ExecutionResult, Log]:
    log = callbacks.pop("on_log", None) or Log()
    result = executor.execute(spec, workdir, limits or Limits(timeout_seconds=60), log, **callbacks)
    return result, log


def dataset_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "dataset"
    directory.mkdir()
    frame = pd.DataFrame({"x": range(20), "y": [f"r{i}" for i in range(20)], "z": [i / 3 for i in range(20)]})
    frame.to_parquet(directory / "data.parquet")
    return directory


def test_a_real_step_gives_the_same_outputs_as_the_local_executor(
    executor: DockerExecutor, step_id: str, tmp_path: Path
) -> None:
    module = BUILTIN_MODULES["split_data"].spec
    spec = StepSpec(
        step_id=step_id,
        module=module.slug,
        version=module.version,
        entrypoint=module.entrypoint,
        params={param.name: param.default for param in module.params} | {"fraction": 0.6},
        inputs={"dataset": str(dataset_dir(tmp_path))},
        input_types={"dataset": "DataFrame"},
        outputs={"train": "DataFrame", "test": "DataFrame"},
    )

    in_docker, _ = run(executor, spec, tmp_path / "docker")
    local_executor = LocalExecutor()
    try:
        locally, _ = run(local_executor, spec, tmp_path / "local")
    finally:
        local_executor.close()

    assert in_docker.status == "completed", in_docker.error
    assert in_docker.exit_code == 0
    assert in_docker.outputs == {port: str(tmp_path / "docker" / "outputs" / port) for port in ("train", "test")}
    for port in ("train", "test"):
        docker_frame = read_frame(Path(in_docker.outputs[port]) / DATAFRAME_FILE)
        local_frame = read_frame(Path(locally.outputs[port]) / DATAFRAME_FILE)
        pd.testing.assert_frame_equal(docker_frame, local_frame)
    assert len(read_frame(Path(in_docker.outputs["train"]) / DATAFRAME_FILE)) == 12


def test_output_streams_while_the_step_runs_and_events_come_back(
    executor: DockerExecutor, step_id: str, tmp_path: Path
) -> None:
    # The step waits for a file the test writes only once it has seen the step's first
    # line: the line must arrive while the container runs, not after it stopped.
    source = """
        import os, sys, time
        def main(dataframe1, dataframe2):
            print("waiting for go")
            print("to stderr", file=sys.stderr)
            while not os.path.exists("/work/go"):
                time.sleep(0.05)
            os.system("echo from a shell")
            progress(0.5, "half")
            log_metric("rows", len(dataframe1))
            return dataframe1 * 2,
    """
    inputs = {"dataframe1": str(dataset_dir(tmp_path))}
    spec = script_step(step_id, source, inputs=inputs, input_types={"dataframe1": "DataFrame"})
    workdir = tmp_path / "work"
    log = Log()
    threading.Thread(
        target=lambda: (log.wait_for("waiting", timeout=CONTAINER_START), (workdir / "go").touch()), daemon=True
    ).start()
    progress: list[tuple[float, str]] = []

    result, _ = run(executor, spec, workdir, on_log=log, on_progress=lambda f, m: progress.append((f, m)))

    assert result.status == "completed", result.error
    assert log.lines == ["waiting for go", "to stderr", "from a shell"]
    assert progress == [(0.5, "half")]
    assert result.metrics == {"rows": 20.0}
    assert read_frame(Path(result.outputs["result1"]) / DATAFRAME_FILE)["x"].tolist() == [2 * i for i in range(20)]


def test_an_exception_fails_the_step_with_the_users_traceback(
    executor: DockerExecutor, step_id: str, tmp_path: Path
) -> None:
    source = """
        def main(dataframe1, dataframe2):
            ratio = 1 / 0
    """

    result, _ = run(executor, script_step(step_id, source), tmp_path)

    assert result.status == "failed"
    assert result.error == "ZeroDivisionError: division by zero"
    assert result.traceback.startswith('Traceback (most recent call last):\n  File "script.py", line 3, in main\n')
    assert result.exit_code == 0


def test_a_program_from_a_source_snapshot_runs_in_the_container(
    executor: DockerExecutor, step_id: str, tmp_path: Path
) -> None:
    """Execute Python Script's program mode (a PythonScriptStep's folder) behind the
    container's walls: the snapshot arrives as an input, its entry script imports a
    helper beside it, reads its input from a path and writes its output to one."""
    source = tmp_path / "snapshot" / "src"
    source.mkdir(parents=True)
    (source / "helpers.py").write_text("def double(frame):\n    return frame.assign(x=frame['x'] * 2)\n")
    (source / "main.py").write_text(
        textwrap.dedent(
            """
            import argparse, os
            import pandas as pd
            from helpers import double

            parser = argparse.ArgumentParser()
            parser.add_argument("--input")
            parser.add_argument("--output")
            args = parser.parse_args()
            os.makedirs(args.output)
            double(pd.read_parquet(args.input)).to_parquet(os.path.join(args.output, "out.parquet"))
            print("doubled", len(pd.read_parquet(args.input)), "rows")
            """
        )
    )
    module = BUILTIN_MODULES["execute_python_script"].spec
    spec = StepSpec(
        step_id=step_id,
        module=module.slug,
        version=module.version,
        entrypoint=module.entrypoint,
        params={param.name: param.default for param in module.params}
        | {
            "source_snapshot": "ab" * 32,
            "entry_script": "main.py",
            "arguments": '["--input", "${{inputs.dataframe1}}", "--output", "${{outputs.result1}}"]',
        },
        inputs={"dataframe1": str(dataset_dir(tmp_path)), "source_snapshot": str(tmp_path / "snapshot")},
        input_types={"dataframe1": "DataFrame", "source_snapshot": "AnyDirectory"},
        outputs={"result1": "DataFrame", "result2": "DataFrame"},
    )

    result, log = run(executor, spec, tmp_path / "work")

    assert result.status == "completed", result.error + result.traceback
    assert log.wait_for("doubled 20 rows", timeout=5)
    doubled = read_frame(Path(result.outputs["result1"]) / DATAFRAME_FILE)
    assert doubled["x"].tolist() == [2 * i for i in range(20)]


def test_a_busy_loop_is_killed_at_its_time_limit(executor: DockerExecutor, step_id: str, tmp_path: Path) -> None:
    source = """
        def main(dataframe1, dataframe2):
            print("spinning", flush=True)
            while True:
                pass
    """

    result, _ = run(executor, script_step(step_id, source), tmp_path, Limits(timeout_seconds=3))

    assert result.status == "timeout"
    assert result.error == "step exceeded its 3 s time limit"
    assert 3 <= result.duration_seconds < 120  # creating the container (vfs) is not counted


def test_cancel_kills_the_container(executor: DockerExecutor, step_id: str, tmp_path: Path) -> None:
    source = """
        import subprocess, time
        def main(dataframe1, dataframe2):
            subprocess.Popen(["sleep", "600"])
            print("sleeping", flush=True)
            time.sleep(600)
    """
    log = Log()
    cancel = threading.Event()
    threading.Thread(
        target=lambda: (log.wait_for("sleeping", timeout=CONTAINER_START), cancel.set()), daemon=True
    ).start()

    started = time.monotonic()
    result, _ = run(executor, script_step(step_id, source), tmp_path, on_log=log, should_cancel=cancel.is_set)

    assert result.status == "canceled"
    assert result.error == "step was canceled"
    assert time.monotonic() - started < 120


def test_the_step_is_sandboxed(executor: DockerExecutor, step_id: str, tmp_path: Path) -> None:
    inputs = dataset_dir(tmp_path)
    source = """
        import os, socket
        def attempt(action):
            try:
                action()
                return "allowed"
            except OSError as exc:
                return type(exc).__name__
        def write(path):
            with open(path, "w") as file:
                file.write("x")
        def main(dataframe1, dataframe2):
            print("uid", os.getuid(), os.getgid())
            # As the container started it (scikit-learn adds to os.environ on import).
            initial = open("/proc/self/environ", "rb").read().split(b"\\0")
            print("environment", ",".join(sorted(item.partition(b"=")[0].decode() for item in initial if item)))
            print("interfaces", ",".join(sorted(os.listdir("/sys/class/net"))))
            print("resolve", attempt(lambda: socket.getaddrinfo("pypi.org", 443)))
            print("root fs", attempt(lambda: write("/usr/local/lib/intruder")))
            print("input", attempt(lambda: write("/inputs/0/intruder")))
            print("tmp", attempt(lambda: write("/tmp/scratch")))
            print("work", attempt(lambda: write("/work/tmp/scratch")))
            for quota in ("/sys/fs/cgroup/cpu.max", "/sys/fs/cgroup/cpu/cpu.cfs_quota_us"):
                if os.path.exists(quota):
                    print("cpu quota", open(quota).read().split()[0])
            return dataframe1,
    """
    spec = script_step(step_id, source, inputs={"dataframe1": str(inputs)}, input_types={"dataframe1": "DataFrame"})

    result, log = run(executor, spec, tmp_path / "work", Limits(timeout_seconds=60, cpus=0.5))

    assert result.status == "completed", result.error
    expected_uid = "65534 65534" if os.getuid() == 0 else f"{os.getuid()} {os.getgid()}"
    assert log.lines == [
        f"uid {expected_uid}",
        "environment HOME,HOSTNAME,LANG,PATH,PYTHONDONTWRITEBYTECODE,PYTHONHASHSEED,TMPDIR",
        "interfaces lo",
        "resolve gaierror",
        "root fs OSError",
        "input OSError",
        "tmp allowed",
        "work allowed",
        "cpu quota 50000",  # microseconds per 100 ms period: half a core
    ]
    assert sorted(path.name for path in inputs.iterdir()) == ["data.parquet"]


def test_the_process_and_memory_limits_hold(executor: DockerExecutor, step_id: str, tmp_path: Path) -> None:
    # One container for both, since each costs seconds to create: first as many
    # threads as the process limit allows (a thread counts as a process), then far
    # more memory than the memory limit allows.
    source = """
        import threading, time
        def main(dataframe1, dataframe2):
            started = 0
            try:
                for _ in range(200):
                    threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
                    started += 1
            except RuntimeError as exc:
                print("threads stopped after", started, exc, flush=True)
            hog = b"x" * (2 * 1024**3)
    """
    limits = Limits(timeout_seconds=60, memory_bytes=384 * 1024**2, max_processes=32)

    result, log = run(executor, script_step(step_id, source), tmp_path, limits)

    assert int(log.wait_for("threads stopped after", timeout=CONTAINER_START).split()[3]) < 32
    assert result.status == "failed"
    assert result.error == "step ran out of memory (limit 384 MiB): the container was killed"


def test_a_symbolic_link_among_the_outputs_fails_the_step(
    executor: DockerExecutor, step_id: str, tmp_path: Path
) -> None:
    # Inside the container the link is harmless; on the worker it would point at the
    # worker's own files when the output is stored or previewed.
    source = """
        import os
        def main(dataframe1, dataframe2):
            os.makedirs("/work/outputs/result1")
            os.symlink("/etc/shadow", "/work/outputs/result1/notes.txt")
    """

    result, _ = run(executor, script_step(step_id, source), tmp_path / "work")

    assert result.status == "failed"
    assert result.error == "step output outputs/result1/notes.txt is a symbolic link; outputs must be files"
    assert result.outputs == {}


def test_a_missing_image_fails_the_step_clearly(client: Any, step_id: str, tmp_path: Path) -> None:
    missing = DockerExecutor(image="pipewright-step:no-such-tag")

    result, _ = run(missing, script_step(step_id, "def main(a, b):\n    pass\n"), tmp_path)

    assert result.status == "failed"
    assert result.error.startswith("the step image 'pipewright-step:no-such-tag' is not on this machine")


def test_an_unreachable_engine_fails_the_step_clearly(tmp_path: Path) -> None:
    nowhere = DockerExecutor(image=IMAGE, base_url=f"unix://{tmp_path}/no-docker.sock")

    result, _ = run(nowhere, script_step("s1", "def main(a, b):\n    pass\n"), tmp_path)

    assert result.status == "failed"
    assert result.error.startswith("the docker engine is not reachable")


def test_get_executor_hands_out_one_docker_executor_per_image_and_network() -> None:
    assert "docker" in EXECUTOR_KINDS
    sealed = get_executor("docker", image="pipewright-step:a", network=False)

    assert sealed is get_executor("docker", network=False, image="pipewright-step:a")
    assert sealed is not get_executor("docker", image="pipewright-step:a", network=True)
    assert isinstance(sealed, DockerExecutor) and (sealed.image, sealed.network) == ("pipewright-step:a", False)
    with pytest.raises(ValueError, match="unknown docker executor options: gpu"):
        get_executor("docker", image="pipewright-step:a", gpu=True)


def test_an_environment_image_is_built_once_then_reused(
    client: Any, executor: DockerExecutor, step_id: str, tmp_path: Path
) -> None:
    requirements = ["iniconfig==2.0.0"]
    tag = environment_tag(IMAGE, requirements, client=client)
    with contextlib.suppress(ImageNotFound):  # left by an earlier run of this test
        client.images.remove(tag, force=True)

    assert environment_image(IMAGE, requirements, client=client) == tag
    built = client.images.get(tag)
    started = time.monotonic()
    again = environment_image(IMAGE, [" iniconfig==2.0.0", ""], client=client)

    assert again == tag
    assert client.images.get(again).id == built.id
    assert time.monotonic() - started < 5  # looked up, not rebuilt
    assert environment_image(IMAGE, [], client=client) == IMAGE
    source = """
        import iniconfig
        def main(dataframe1, dataframe2):
            print("iniconfig", iniconfig.__version__ if hasattr(iniconfig, "__version__") else "imported")
    """
    spec = script_step(step_id, source)
    spec = StepSpec.from_dict({**spec.to_dict(), "params": {**spec.params, "requirements": "iniconfig==2.0.0"}})
    result, log = run(DockerExecutor(image=tag), spec, tmp_path)
    assert result.status == "completed", result.error
    assert log.wait_for("iniconfig", timeout=CONTAINER_START)
    assert built.attrs["Config"]["User"] == "65534:65534"
    assert built.labels[BASE_LABEL] == client.images.get(IMAGE).id


def test_a_node_on_a_docker_compute_target_runs_in_a_container_through_the_worker(
    client: Any, alice: Any, modules: None, live_stack: Any
) -> None:
    """The engine end to end: the node's target says docker, the worker starts a
    container for it, the outputs come back into the store and downstream steps use them."""
    from rest_framework.test import APIClient

    from designer import compute, services
    from runner.models import RunStatus
    from tests.integration.graphs import edge, node
    from tests.integration.helpers import make_pipeline, steps_of, submit, wait_for_run

    compute.target_create(
        workspace=services.workspace_default(user=alice),
        user=alice,
        fields={"name": "boxed", "executor": "docker", "image": IMAGE, "queue": "pipewright-test", "memory_mb": 1024},
    )
    boxed = node("keep", "select_columns", {"columns": ["x"]})
    boxed["compute"] = "boxed"
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "x,y\n1,2\n3,4\n"}),
            boxed,
            node("after", "select_columns", {"columns": ["x"]}),
        ],
        "edges": [edge("data", "dataset", "keep", "dataset"), edge("keep", "dataset", "after", "dataset")],
        "parameters": [],
    }
    api_client = APIClient()
    api_client.force_login(alice)
    run = wait_for_run(submit(api_client, make_pipeline(alice, graph))["id"], timeout=240)
    assert run.status == RunStatus.COMPLETED, run.error
    steps = steps_of(run.pk)
    assert steps["keep"].compute == "boxed"
    preview = api_client.get(f"/api/runs/{run.pk}/steps/after/outputs/dataset/").json()["preview"]
    assert preview["rows"] == [[1], [3]]
    assert client.containers.list(all=True, filters={"label": LABEL}) == []
