"""The least a Python web server can do to score one row: the reference line of
bench/endpoints.py. Run as a child process by that benchmark:

    python bench/bare_scorer.py MODEL_DIR PORT [--numpy | --row-scorer]

A threaded HTTP/1.1 keep-alive server from the standard library that answers every POST
with the deployed model's scores, with none of the endpoint's duties: no authentication,
no workspace or endpoint lookup, no confinement, no scorer process behind a pipe, no
request log. By default each request goes through Score Model on a one-row DataFrame
(what the endpoint's scorer did before it had a NumPy path); with --row-scorer through
the endpoint scorer's own runner.row_scorer, so the same answer (labels and
probabilities) the endpoint gives; with --numpy it only calls the estimator's predict
on a NumPy row, the floor of scoring in Python at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def scorer(model_dir: Path, use_numpy: bool, use_row_scorer: bool = False) -> Any:
    import numpy as np
    import pandas as pd

    from runner.modules.score_model import score_model
    from runner.step_runtime import ModelArtifact, StepContext, load_input, to_json_safe

    model = load_input(model_dir, "Model", "model")
    assert isinstance(model, ModelArtifact)
    if use_row_scorer:
        from runner.row_scorer import RowScorer

        return RowScorer(model, None).score
    if use_numpy:
        import warnings

        # The estimator was fitted on a DataFrame; a bare row has no column names, on purpose.
        warnings.filterwarnings("ignore", message="X does not have valid feature names")
        columns = list(model.meta["feature_columns"])
        estimator = model.model

        def score_numpy(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            features = np.array([[row[column] for column in columns] for row in rows], dtype=float)
            labels = estimator.predict(features)
            return [{"Scored Labels": to_json_safe(label)} for label in labels.tolist()]

        return score_numpy
    ctx = StepContext(params={"append_score_columns": False}, workdir=Path("/dev/shm"), control=None)

    def score_frame(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        scored = score_model(ctx, model=model, dataset=pd.DataFrame.from_records(rows))["scored"]
        assert isinstance(scored, pd.DataFrame)
        answer: list[dict[str, Any]] = to_json_safe(scored.to_dict(orient="records"))
        return answer

    return score_frame


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir", type=Path)
    parser.add_argument("port", type=int)
    parser.add_argument("--numpy", action="store_true")
    parser.add_argument("--row-scorer", action="store_true")
    args = parser.parse_args()
    score = scorer(args.model_dir, args.numpy, args.row_scorer)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # The headers and the body go out in two writes; with Nagle's algorithm on, the
        # body waits for the client's delayed ACK of the headers (about 40 ms on Linux),
        # which would be measured as the server's time.
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            answer = json.dumps({"rows": score(json.loads(body)["rows"])}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 128  # the benchmark's clients all connect at once

    server = Server(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
