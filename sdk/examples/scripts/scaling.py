"""A helper module of the quickstart's script: imported by scale.py from the same folder."""


def scale_column(frame, column, factor):
    return frame.assign(**{column: frame[column] * factor})
