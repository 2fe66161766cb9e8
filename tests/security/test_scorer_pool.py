"""An endpoint's scorers in one web process: concurrent requests are answered by
separate scorers (up to ENDPOINT_SCORERS), then queue in their pipes and each gets its
own answer; a scorer that dies is replaced and the requests it never read are answered
by another; all are replaced when the live version changes, and none outlives the web
process.

Like tests/security/test_scorer.py, these play the web process themselves
(runner.scoring.score_rows is what the score endpoint calls)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from django.conf import settings

from runner import scoring
from runner.step_runtime import ModelArtifact, save_output
from tests.security.test_scorer import FEATURES, ROWS, _endpoint_ids, _RunsCodeWhenLoaded, deploy, expected, score

# predict() waits until the test creates a file named `go` in the model's folder, so a
# request stays in flight as long as the test wants.
WAITS_FOR_GO = (
    "import os, time\npredict = est.predict\n"
    "def waiting(X):\n"
    "    while not os.path.exists(os.path.join(FOLDER, 'go')):\n"
    "        time.sleep(0.02)\n"
    "    return predict(X)\n"
    "est.predict = waiting\n"
)


@pytest.fixture
def two_scorers(settings: Any) -> Iterator[int]:
    """A fresh endpoint id with a pool of two scorers; its scorers are stopped afterwards."""
    settings.ENDPOINT_SCORERS = 2
    endpoint = next(_endpoint_ids)
    yield endpoint
    with scoring._scorers_lock:
        entry = scoring._scorers.pop(endpoint, None)
    if entry is not None:
        entry[1].close()


def waiting_model(tmp_path: Path) -> Path:
    """A model whose predict() waits for `go` in its own folder (which the scorer may read)."""
    folder = tmp_path / f"waiting-{next(_endpoint_ids)}"
    model = _RunsCodeWhenLoaded(f"FOLDER = {str(folder)!r}\n" + WAITS_FOR_GO)
    meta = {"task": "classification", "feature_columns": FEATURES, "label_column": "y"}
    save_output(ModelArtifact(model=model, meta=meta), "Model", folder, "model")
    return folder


def pool_of(endpoint: int) -> scoring._Pool:
    return scoring._scorers[endpoint][1]


def until(condition: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def in_flight_together(endpoint: int, model: Path, requests: int) -> tuple[list[Any], list[int]]:
    """Send `requests` concurrent requests, wait until every scorer of the pool is busy
    with one, then let them all answer; returns the answers and the scorers' pids."""
    answers: list[Any] = [None] * requests

    def one(index: int) -> None:
        try:
            answers[index] = score(endpoint, model, ROWS)
        except Exception as exc:  # reported by the assertion below
            answers[index] = exc

    (model / "go").unlink(missing_ok=True)
    threads = [threading.Thread(target=one, args=(i,)) for i in range(requests)]
    for thread in threads:
        thread.start()
    until(lambda: endpoint in scoring._scorers and len(pool_of(endpoint).members) == requests)
    pool = pool_of(endpoint)
    until(lambda: all(scorer.in_flight for scorer in pool.members))
    pids = pool.pids()
    time.sleep(0.3)  # neither can answer before `go`: both are still in flight
    assert all(answer is None for answer in answers)
    (model / "go").write_text("")
    for thread in threads:
        thread.join(timeout=60)
    return answers, pids


def test_two_concurrent_requests_are_answered_by_two_scorers(tmp_path: Path, two_scorers: int) -> None:
    model = waiting_model(tmp_path)

    answers, pids = in_flight_together(two_scorers, model, 2)

    assert [[row["Scored Labels"] for row in answer] for answer in answers] == [expected(ROWS)] * 2
    assert len(set(pids)) == 2
    # No third scorer: the pool is capped.
    assert len(pool_of(two_scorers).members) == 2


def test_requests_queued_behind_one_that_kills_the_scorer_are_answered_by_a_new_one(
    tmp_path: Path, settings: Any
) -> None:
    """One scorer: the first request (one row) is on it and will kill it; three more
    wait in its pipe. The first gets a 502; the three were never read, so they go to a
    new scorer and get their own answers."""
    settings.ENDPOINT_SCORERS = 1
    endpoint = next(_endpoint_ids)
    folder = tmp_path / "fatal"
    fatal_on_one_row = WAITS_FOR_GO.replace(
        "    return predict(X)\n", "    if len(X) == 1:\n        os._exit(3)\n    return predict(X)\n"
    )
    model = _RunsCodeWhenLoaded(f"FOLDER = {str(folder)!r}\n" + fatal_on_one_row)
    save_output(
        ModelArtifact(model=model, meta={"task": "classification", "feature_columns": FEATURES, "label_column": "y"}),
        "Model",
        folder,
        "model",
    )
    callers = [ROWS[:1]] + [ROWS[: 2 + i % 2] * (1 + i) for i in range(3)]
    answers: list[Any] = [None] * len(callers)

    def one(index: int) -> None:
        try:
            answers[index] = score(endpoint, folder, callers[index])
        except Exception as exc:
            answers[index] = exc

    try:
        first = threading.Thread(target=one, args=(0,))
        first.start()
        until(lambda: endpoint in scoring._scorers and sum(s.in_flight for s in pool_of(endpoint).members) == 1)
        rest = [threading.Thread(target=one, args=(i,)) for i in range(1, len(callers))]
        for thread in rest:
            thread.start()
        until(lambda: sum(s.in_flight for s in pool_of(endpoint).members) == len(callers))
        assert len(pool_of(endpoint).members) == 1  # all four in one scorer's pipe
        (folder / "go").write_text("")
        for thread in [first, *rest]:
            thread.join(timeout=60)

        assert isinstance(answers[0], scoring.ScorerUnavailable) and answers[0].status == 502
        assert "exit code 3" in str(answers[0])
        for rows, answer in zip(callers[1:], answers[1:], strict=True):
            assert [row["Scored Labels"] for row in answer] == expected(rows)
    finally:
        with scoring._scorers_lock:
            entry = scoring._scorers.pop(endpoint, None)
        if entry is not None:
            entry[1].close()


def test_a_scorer_that_dies_is_replaced(tmp_path: Path, two_scorers: int) -> None:
    model = waiting_model(tmp_path)
    _, pids = in_flight_together(two_scorers, model, 2)

    os.killpg(pids[0], signal.SIGKILL)
    until(lambda: not psutil.pid_exists(pids[0]) or psutil.Process(pids[0]).status() == psutil.STATUS_ZOMBIE)
    answers, new_pids = in_flight_together(two_scorers, model, 2)

    assert [[row["Scored Labels"] for row in answer] for answer in answers] == [expected(ROWS)] * 2
    assert pids[0] not in new_pids and pids[1] in new_pids


def test_every_scorer_is_replaced_when_the_live_version_changes(tmp_path: Path, two_scorers: int) -> None:
    first = waiting_model(tmp_path)
    _, old_pids = in_flight_together(two_scorers, first, 2)
    old_processes = [scorer.process for scorer in pool_of(two_scorers).members]

    second = deploy(tmp_path)
    assert [row["Scored Labels"] for row in score(two_scorers, second, ROWS)] == expected(ROWS)

    assert all(process.poll() is not None for process in old_processes)
    assert not set(pool_of(two_scorers).pids()) & set(old_pids)


WEB_PROCESS = """
import json, sys, threading, time, django
django.setup()
from pathlib import Path
from runner import scoring
model = Path(sys.argv[1])
rows = json.loads(sys.argv[2])
request = dict(endpoint_id=1, model_dir=model, transform_dir=None, rows=rows)
threads = [threading.Thread(target=scoring.score_rows, kwargs=request) for _ in range(2)]
for thread in threads:
    thread.start()
while not (scoring._scorers and len(scoring._scorers[1][1].members) == 2
           and all(scorer.in_flight for scorer in scoring._scorers[1][1].members)):
    time.sleep(0.02)
print(json.dumps(scoring._scorers[1][1].pids()), flush=True)
threading.Event().wait()
"""


def test_no_scorer_outlives_the_web_process(tmp_path: Path) -> None:
    model = waiting_model(tmp_path)
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "designer.settings",
        "PIPEWRIGHT_DATA_DIR": str(settings.DATA_DIR),
        "ENDPOINT_SCORERS": "2",
    }
    web = subprocess.Popen(
        [sys.executable, "-c", WEB_PROCESS, str(model), json.dumps(ROWS)],
        env=environment,
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        start_new_session=True,
    )
    try:
        assert web.stdout is not None
        pids = json.loads(web.stdout.readline())
        scorers = [psutil.Process(pid) for pid in pids]

        def tree() -> list[psutil.Process]:
            return scorers + [child for scorer in scorers for child in scorer.children(recursive=True)]

        # Each launcher has forked its scorer (a launcher may briefly run a helper of its
        # own first, so wait for the whole tree rather than for any child).
        until(lambda: all(scorer.children() for scorer in scorers) and len(tree()) >= 4)
        everything = tree()
        assert len(pids) == 2 and len(everything) >= 4  # each launcher and its scorer

        os.kill(web.pid, signal.SIGKILL)  # the web process dies while both scorers are busy
        web.wait()

        def all_gone() -> bool:
            alive = []
            for process in everything:
                try:
                    if process.status() != psutil.STATUS_ZOMBIE:
                        alive.append(process)
                except psutil.NoSuchProcess:
                    pass
            return not alive

        until(all_gone, timeout=20)
    finally:
        if web.poll() is None:
            web.kill()
            web.wait()
