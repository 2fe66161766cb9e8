"""Real-time scoring for deployed endpoints.

A model artifact is a pickle, and a pickle can run code when loaded, so the web
process never loads one: each endpoint gets a long-lived scorer process (started on its
first request with a minimal environment, like the step fork server) that loads the
model and transform once and answers JSON lines on its stdin/stdout. Predictions come
from score_model's own code, so an endpoint answers exactly what a pipeline's
score_model step would.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

REQUEST_TIMEOUT_SECONDS = 30.0


class ScoringError(Exception):
    """The rows could not be scored; the message says why (a bad row, a dead scorer)."""


def serve(model_dir: str, transform_dir: str) -> None:
    """The scorer process: load once, then one JSON request per line until stdin closes."""
    import pandas as pd

    from runner.modules.score_model import score_model
    from runner.step_runtime import ModelArtifact, ModuleError, StepContext, load_input, to_json_safe

    model = load_input(Path(model_dir), "Model", "model")
    transform = load_input(Path(transform_dir), "Transform", "transform") if transform_dir else None
    assert isinstance(model, ModelArtifact)
    ctx = StepContext(params={"append_score_columns": False}, workdir=Path("/tmp"), control=None)
    for line in sys.stdin:
        try:
            rows = json.loads(line)["rows"]
            frame = pd.DataFrame.from_records(rows)
            if transform is not None:
                assert isinstance(transform, ModelArtifact)
                frame = transform.model.apply(frame)
            scored = score_model(ctx, model=model, dataset=frame)["scored"]
            assert isinstance(scored, pd.DataFrame)
            reply: dict[str, Any] = {"rows": to_json_safe(scored.to_dict(orient="records"))}
        except ModuleError as exc:
            reply = {"error": str(exc)}
        except Exception as exc:  # a bad request must not kill the scorer
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


class _Scorer:
    def __init__(self, model_dir: Path, transform_dir: Path | None) -> None:
        from runner.executors.local import _absolute_sys_path, _server_environment

        bootstrap = (
            "import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
            "from runner.scoring import serve; serve(sys.argv[2], sys.argv[3])"
        )
        self.lock = threading.Lock()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-I",
                "-c",
                bootstrap,
                json.dumps(_absolute_sys_path()),
                str(model_dir),
                str(transform_dir or ""),
            ],
            env=_server_environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd="/",
            text=True,
            start_new_session=True,
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def score(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        assert self.process.stdin is not None and self.process.stdout is not None
        with self.lock:
            try:
                self.process.stdin.write(json.dumps({"rows": rows}) + "\n")
                self.process.stdin.flush()
            except BrokenPipeError:
                raise ScoringError("the scorer stopped; try again") from None
            ready, _, _ = select.select([self.process.stdout], [], [], REQUEST_TIMEOUT_SECONDS)
            if not ready:
                self.process.kill()
                raise ScoringError(f"scoring took longer than {REQUEST_TIMEOUT_SECONDS:.0f} s")
            line = self.process.stdout.readline()
        if not line:
            raise ScoringError("the scorer stopped while loading the model or scoring")
        reply = json.loads(line)
        if "error" in reply:
            raise ScoringError(reply["error"])
        rows_out: list[dict[str, Any]] = reply["rows"]
        return rows_out

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


# endpoint id -> (the artifacts its scorer loaded, the scorer)
_scorers: dict[int, tuple[tuple[Path, Path | None], _Scorer]] = {}
_scorers_lock = threading.Lock()


def score_rows(
    *, endpoint_id: int, model_dir: Path, transform_dir: Path | None, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Score rows with the endpoint's model: one scorer process per endpoint, reused until
    the endpoint is redeployed with another model."""
    loaded = (model_dir, transform_dir)
    with _scorers_lock:
        current = _scorers.get(endpoint_id)
        if current is None or current[0] != loaded or not current[1].alive():
            if current is not None:
                current[1].close()
            current = _scorers[endpoint_id] = (loaded, _Scorer(model_dir, transform_dir))
    return current[1].score(rows)
