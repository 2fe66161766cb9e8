"""Scale the label column: a standalone program, run by the quickstart's script step.

The step runs it as `python scale.py --input <file> --output <folder> --factor 3`: the
input is a Parquet file of the upstream table, the output a folder to write one table
into. scaling.py, beside it, is part of the step's source snapshot and imports as usual.
"""

import argparse
import os

import pandas as pd
from scaling import scale_column

try:  # metrics reach the run when the step runs it; run by hand, they are printed
    from pipewright_step import log_metric
except ImportError:

    def log_metric(name, value):
        print(f"metric {name} = {value}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--factor", type=float, default=2.0)
    args = parser.parse_args()

    frame = pd.read_parquet(args.input)
    print(f"scaling {len(frame)} rows by {args.factor}")
    log_metric("rows", len(frame))
    os.makedirs(args.output, exist_ok=True)
    scale_column(frame, "y", args.factor).to_parquet(os.path.join(args.output, "scaled.parquet"))
