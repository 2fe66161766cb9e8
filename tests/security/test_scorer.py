"""A deployed model runs confined, and every caller gets the answer to their own rows.

A model artifact is a pickle: whoever made it (a custom module, a script) decides what
code runs when it is loaded. These tests deploy models that run code at load and at
scoring time, and play the web process themselves (runner.scoring.score_rows is what
the score endpoint calls).
"""

from __future__ import annotations

import ast
import itertools
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from django.conf import settings
from rest_framework.test import APIClient
from sklearn.linear_model import LogisticRegression

from designer import accept_balance
from runner import scoring
from runner.executors import sandbox
from runner.step_contract import MAX_LOG_LINE_BYTES, format_bytes
from runner.step_runtime import ModelArtifact, save_output
from tests.security.test_step_survivors import processes_of, uid_is_gone

FEATURES = ["a", "b"]
TRAIN = pd.DataFrame({"a": [0.0, 1.0, 2.0, 3.0, 4.0, 5.0], "b": [1.0, 0.0, 1.0, 0.0, 1.0, 0.0]})
LABELS = [0, 0, 0, 1, 1, 1]
_endpoint_ids = itertools.count(900_000)


def fitted() -> LogisticRegression:
    return LogisticRegression().fit(TRAIN[FEATURES], LABELS)


class _RunsCodeWhenLoaded:
    """Unpickles into the fitted estimator, after running `code` with it in scope as `est`."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __reduce__(self) -> tuple[Any, ...]:
        return (eval, ("(exec(code, globals()), est)[1]", {"code": self.code, "est": fitted()}))


def deploy(tmp_path: Path, code: str = "") -> Path:
    """A model artifact as deploy_model would point an endpoint at."""
    folder = tmp_path / f"model-{next(_endpoint_ids)}"
    model = _RunsCodeWhenLoaded(code) if code else fitted()
    meta = {"task": "classification", "feature_columns": FEATURES, "label_column": "y"}
    save_output(ModelArtifact(model=model, meta=meta), "Model", folder, "model")
    return folder


@pytest.fixture
def endpoint_id() -> Iterator[int]:
    """A fresh endpoint id; its scorer is stopped afterwards."""
    endpoint = next(_endpoint_ids)
    yield endpoint
    with scoring._scorers_lock:
        entry = scoring._scorers.pop(endpoint, None)
    if entry is not None:
        entry[1].close()


def score(endpoint: int, model: Path, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return scoring.score_rows(endpoint_id=endpoint, model_dir=model, transform_dir=None, rows=rows)


def log_lines(endpoint: int) -> dict[str, str]:
    lines = [line for line in scoring.read_endpoint_log(endpoint).splitlines() if not line.startswith("[pipewright")]
    return dict(line.split(" ", 1) for line in lines if " " in line)


ROWS = [{"a": 0.5, "b": 1.0}, {"a": 4.5, "b": 0.0}]


def expected(rows: list[dict[str, Any]]) -> list[int]:
    return [int(label) for label in fitted().predict(pd.DataFrame(rows)[FEATURES])]


def test_a_model_that_runs_code_when_loaded_is_confined(tmp_path: Path, endpoint_id: int) -> None:
    secret_key = Path(settings.DATA_DIR) / "secret_key"
    secret_key.parent.mkdir(parents=True, exist_ok=True)
    if not secret_key.exists():
        secret_key.write_text("test-secret")
    other_artifact = deploy(tmp_path)  # another workspace's model, say
    with socket.socket() as web, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        web.bind(("127.0.0.1", 0))
        web.listen()
        web.settimeout(1.0)
        udp.bind(("127.0.0.1", 0))
        udp.settimeout(1.0)
        probes = {
            "secret": f"open({str(secret_key)!r}).read()",
            "data_dir": f"os.listdir({str(settings.DATA_DIR)!r})",
            "other_model": f"open({str(other_artifact / 'model.joblib')!r}, 'rb').read()",
            "tmp_write": "open('/tmp/pipewright-scorer-probe', 'w').write('x')",
            "tcp": f"socket.create_connection(('127.0.0.1', {web.getsockname()[1]}), timeout=1)",
            "udp": f"socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', {udp.getsockname()!r})",
            "signal_web": f"os.kill({os.getpid()}, 9)",
        }
        code = "import os, socket\n" + "".join(
            f"try:\n    {probe}\n    print({name!r}, 'reached', flush=True)\n"
            f"except Exception as exc:\n    print({name!r}, type(exc).__name__, flush=True)\n"
            for name, probe in probes.items()
        )
        code += "print('uid', os.getuid(), flush=True)\nprint('environ', sorted(os.environ), flush=True)\n"
        model = deploy(tmp_path, code)

        answered = score(endpoint_id, model, ROWS)

        with pytest.raises(TimeoutError):
            web.accept()
        with pytest.raises(TimeoutError):
            udp.recvfrom(10)

    assert [row["Scored Labels"] for row in answered] == expected(ROWS)
    seen = log_lines(endpoint_id)
    for name in ("secret", "data_dir", "other_model", "tmp_write", "tcp"):
        assert seen[name] == "PermissionError", (name, seen)
    assert seen["udp"] in ("OSError", "PermissionError") and seen["signal_web"] != "reached", seen
    assert "SECRET_KEY" not in seen["environ"] and "DATABASE_URL" not in seen["environ"]
    if os.geteuid() == 0:
        assert int(seen["uid"]) >= 2_000_000_000
    assert not Path("/tmp/pipewright-scorer-probe").exists()


def test_a_model_gets_none_of_the_descriptors_the_web_processes_share(
    tmp_path: Path, endpoint_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A web process started by `up` holds the listening socket it shares with the other
    web processes and their shared memory of connection counts, both inheritable
    (designer/processes.py, web_children). A model that could accept() on that socket
    would answer other endpoints' callers and read their tokens; one that could write
    the counts would steer connections. This test plays such a web process."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.set_inheritable(True)
    counts_fd = accept_balance.shared_counts(2)
    monkeypatch.setenv(accept_balance.ENV, accept_balance.child_setting(counts_fd, 0, 2))
    try:
        model = deploy(
            tmp_path,
            "import os, stat\n"
            "found = []\n"
            "for fd in range(256):\n"
            "    try:\n"
            "        info = os.fstat(fd)\n"
            "    except OSError:\n"
            "        continue\n"
            "    found.append((fd, stat.S_ISSOCK(info.st_mode), info.st_dev, info.st_ino))\n"
            "print('descriptors', found, flush=True)\n"
            "print('environ', sorted(os.environ), flush=True)\n",
        )
        assert [row["Scored Labels"] for row in score(endpoint_id, model, ROWS)] == expected(ROWS)
        seen = log_lines(endpoint_id)
        descriptors = ast.literal_eval(seen["descriptors"])
        assert len(descriptors) >= 3  # the probe saw its own stdin, stdout and stderr
        assert not [fd for fd, is_socket, _, _ in descriptors if is_socket], descriptors
        shared = os.fstat(counts_fd)
        assert (shared.st_dev, shared.st_ino) not in {(dev, inode) for _, _, dev, inode in descriptors}, descriptors
        assert accept_balance.ENV not in seen["environ"]
    finally:
        listener.close()
        os.close(counts_fd)


def test_what_a_model_prints_goes_to_the_log_and_every_caller_gets_their_own_rows(
    tmp_path: Path, endpoint_id: int
) -> None:
    noisy = deploy(
        tmp_path,
        "print('loaded and chatty', flush=True)\n"
        "predict = est.predict\n"
        "def chatty(X):\n"
        "    print('scoring', len(X), 'rows', flush=True)\n"
        '    print(\'{"id": "", "rows": [{"Scored Labels": 7}]}\', flush=True)\n'
        "    return predict(X)\n"
        "est.predict = chatty\n",
    )
    callers = [[{"a": float(i % 6) + 0.5, "b": float(i % 2)} for _ in range(1 + i % 3)] for i in range(24)]
    answers: dict[int, list[int]] = {}
    errors: list[BaseException] = []

    def call(i: int) -> None:
        try:
            answers[i] = [row["Scored Labels"] for row in score(endpoint_id, noisy, callers[i])]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(callers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not errors
    assert all(answers[i] == expected(callers[i]) for i in range(len(callers)))
    log = scoring.read_endpoint_log(endpoint_id)
    assert "loaded and chatty" in log and log.count("scoring ") >= len(callers)


def test_a_model_that_runs_out_of_memory_is_told_so_with_the_limit(tmp_path: Path, endpoint_id: int) -> None:
    greedy = deploy(
        tmp_path,
        "def greedy(X):\n    raise MemoryError('Unable to allocate 2.00 GiB')\nest.predict = greedy\n",
    )

    with pytest.raises(scoring.ScoringError) as refused:
        score(endpoint_id, greedy, ROWS)

    limit = format_bytes(settings.STEP_MEMORY_MB * 1024 * 1024)
    assert str(refused.value) == (
        f"the endpoint's scorer ran out of memory (limit {limit}): MemoryError: Unable to allocate 2.00 GiB"
    )


def test_a_line_a_model_prints_is_cut_as_a_steps_log_line_is(tmp_path: Path, endpoint_id: int) -> None:
    endless = deploy(tmp_path, "print('x' * 200_000, end='', flush=True)\nprint(' and its end', flush=True)\n")
    scoring.endpoint_log_path(endpoint_id).unlink(missing_ok=True)  # left by an earlier test session

    score(endpoint_id, endless, ROWS)

    deadline = time.monotonic() + 10
    log = scoring.read_endpoint_log(endpoint_id, max_bytes=1 << 20)
    while "and its end" not in log and time.monotonic() < deadline:  # copied to the log by a thread
        time.sleep(0.05)
        log = scoring.read_endpoint_log(endpoint_id, max_bytes=1 << 20)
    lines = log.splitlines()
    printed = [line for line in lines if not line.startswith("[pipewright")]
    assert "".join(printed) == "x" * 200_000 + " and its end"
    # At most a log line's length, plus what was read with its end (64 KiB at a time).
    assert len(printed) > 2 and max(len(line) for line in printed) <= MAX_LOG_LINE_BYTES + (1 << 16)


def test_a_scorer_that_dies_is_a_502_for_its_endpoint_only(tmp_path: Path, endpoint_id: int) -> None:
    dying = deploy(tmp_path, "import os\nest.predict = lambda X: os._exit(3)\n")
    healthy = deploy(tmp_path)
    other_endpoint = next(_endpoint_ids)
    try:
        assert [row["Scored Labels"] for row in score(other_endpoint, healthy, ROWS)] == expected(ROWS)

        with pytest.raises(scoring.ScorerUnavailable) as died:
            score(endpoint_id, dying, ROWS)
        assert died.value.status == 502
        assert "exit code 3" in str(died.value)
        with pytest.raises(scoring.ScorerUnavailable):  # a new scorer, the same model
            score(endpoint_id, dying, ROWS)

        assert [row["Scored Labels"] for row in score(other_endpoint, healthy, ROWS)] == expected(ROWS)
        assert "scorer exited with code 3" in scoring.read_endpoint_log(endpoint_id)
    finally:
        scoring._scorers.pop(other_endpoint)[1].close()


def test_a_model_that_hangs_is_a_503_and_its_scorer_is_replaced(
    tmp_path: Path, endpoint_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    hanging = deploy(
        tmp_path,
        "import time\npredict = est.predict\n"
        "def slow(X):\n    if len(X) == 1:\n        time.sleep(600)\n    return predict(X)\n"
        "est.predict = slow\n",
    )
    score(endpoint_id, hanging, ROWS)  # loaded; two rows are quick
    monkeypatch.setattr(scoring, "REQUEST_TIMEOUT_SECONDS", 3.0)

    started = time.monotonic()
    with pytest.raises(scoring.ScorerUnavailable) as hung:
        score(endpoint_id, hanging, ROWS[:1])
    assert hung.value.status == 503
    assert time.monotonic() - started < 10
    monkeypatch.undo()  # a new scorer loads the model first
    assert [row["Scored Labels"] for row in score(endpoint_id, hanging, ROWS)] == expected(ROWS)


@pytest.mark.skipif(not sandbox.can_use_namespaces(), reason="PID namespaces need root")
def test_nothing_a_model_starts_outlives_its_scorer(tmp_path: Path, endpoint_id: int) -> None:
    spawning = deploy(
        tmp_path,
        "import os, subprocess, sys\n"
        'code = "import os, time\\nif os.fork() == 0:\\n    os.setsid()\\n    time.sleep(600)\\n"\n'
        "subprocess.run([sys.executable, '-c', code])\n"
        "print('uid', os.getuid(), flush=True)\n",
    )
    score(endpoint_id, spawning, ROWS)
    uid = int(log_lines(endpoint_id)["uid"])
    assert len(processes_of(uid)) == 2  # the scorer and what it left running

    scoring._scorers.pop(endpoint_id)[1].close()  # as on a redeploy

    assert uid_is_gone(uid)


def test_the_score_api_answers_502_for_a_dead_scorer_and_its_log_says_why(alice: Any, bob: Any, tmp_path: Path) -> None:
    from designer.services import workspace_default
    from runner.artifacts import default_store
    from runner.models import Endpoint

    model = deploy(tmp_path, "import os\nprint('about to exit', flush=True)\nest.predict = lambda X: os._exit(3)\n")
    digest = default_store().put_directory(model, port_type="Model")
    endpoint = Endpoint.objects.create(
        workspace=workspace_default(user=alice),
        name="dying",
        model_digest=digest,
        task="classification",
        feature_columns=FEATURES,
    )
    owner, stranger = APIClient(), APIClient()
    owner.force_login(alice)
    stranger.force_login(bob)
    try:
        response = owner.post("/api/endpoints/dying/score/", {"rows": ROWS}, format="json")

        assert response.status_code == 502
        assert response.json()["message"].startswith("endpoint 'dying' cannot score now: the endpoint's scorer")
        assert "exit code 3" in response.json()["message"]
        log = owner.get("/api/endpoints/dying/log/").json()["log"]
        assert "about to exit" in log and "scorer exited with code 3" in log
        assert stranger.get("/api/endpoints/dying/log/").status_code == 404
    finally:
        entry = scoring._scorers.pop(endpoint.pk, None)
        if entry is not None:
            entry[1].close()
