"""Settings for the test run: the app's own settings with a separate data directory,
queue and channel prefix, so tests never touch a running `make up` install, and
short engine timings so fault paths are exercised in seconds."""

import os
from pathlib import Path

os.environ.setdefault("PIPEWRIGHT_DATA_DIR", str(Path(__file__).resolve().parent.parent / "var" / "test"))
os.environ.setdefault("CHANNELS_PREFIX", "pipewright-test")
os.environ.setdefault("PIPEWRIGHT_DEFAULT_QUEUE", "pipewright-test")
os.environ.setdefault("STEP_HEARTBEAT_SECONDS", "1")
os.environ.setdefault("STEP_STALE_AFTER_SECONDS", "6")
os.environ.setdefault("REAPER_INTERVAL_SECONDS", "2")
os.environ.setdefault("STEP_TIMEOUT_SECONDS", "120")

from designer.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
