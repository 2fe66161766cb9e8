"""Settings for the test run: the app's own settings with a separate data directory,
queue and channel prefix, so tests never touch a running `make up` install, and
short engine timings so fault paths are exercised in seconds."""

import os
import re
from pathlib import Path


def _worker_data_dir(data_dir: str) -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return f"{data_dir}-{worker}" if worker and not data_dir.endswith(f"-{worker}") else data_dir


os.environ.setdefault("PIPEWRIGHT_DATA_DIR", str(Path(__file__).resolve().parent.parent / "var" / "test"))
# Under pytest-xdist (`make test` runs the unit tier beside the others) each worker has a
# data directory of its own, so its work folders, store and logs are never another's. The
# workers inherit the controller's environment, and the processes a worker starts inherit
# the worker's: the suffix is added once.
os.environ["PIPEWRIGHT_DATA_DIR"] = _worker_data_dir(os.environ["PIPEWRIGHT_DATA_DIR"])


def _worker_redis_url(url: str) -> str:
    """gwN of a run against redis://host:port/D uses database D + N: each worker's live
    stack has a broker, channel layer and locks of its own (its Redis is flushed when its
    session starts). An embedded Redis is already per worker: its socket is in the data
    directory."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    match = re.fullmatch(r"(redis://[^/]+)/(\d+)", url)
    if not worker.startswith("gw") or match is None or os.environ.get("PIPEWRIGHT_REDIS_BASE_DB"):
        return url
    os.environ["PIPEWRIGHT_REDIS_BASE_DB"] = match.group(2)  # the suffix is added once
    return f"{match.group(1)}/{int(match.group(2)) + int(worker[2:])}"


if os.environ.get("REDIS_URL"):
    os.environ["REDIS_URL"] = _worker_redis_url(os.environ["REDIS_URL"])
os.environ.setdefault("CHANNELS_PREFIX", "pipewright-test")
os.environ.setdefault("PIPEWRIGHT_DEFAULT_QUEUE", "pipewright-test")
os.environ.setdefault("STEP_HEARTBEAT_SECONDS", "1")
os.environ.setdefault("STEP_STALE_AFTER_SECONDS", "6")
os.environ.setdefault("REAPER_INTERVAL_SECONDS", "2")
os.environ.setdefault("STEP_TIMEOUT_SECONDS", "120")

from designer.settings import *  # noqa: E402, F403  (the environment above comes first)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
