"""Scale the label column: the body of an Execute Python Script step.

The step calls main(dataframe1, dataframe2) with the step's inputs and stores what it
returns as its outputs. The step's arguments are in sys.argv, so argparse reads them.
"""

import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--factor", type=float, default=2.0)
args = parser.parse_args()


def main(dataframe1, dataframe2):
    print(f"scaling {len(dataframe1)} rows by {args.factor}")
    log_metric("rows", len(dataframe1))  # noqa: F821 (the step provides log_metric)
    return (dataframe1.assign(y=dataframe1["y"] * args.factor),)
