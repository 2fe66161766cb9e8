"""Work directories are deleted off the steps' path, by a thread of their own.

Deleting a step's work directory (a dozen folders and files) takes several milliseconds
on some file systems (ext4 mounted with `discard`: about 1 ms a folder), which on a
chain of small steps was as much as a step's own work. Nothing waits for it: a work
directory is never used again once the step is finished with it. A directory whose
deletion was still pending when the process exited stays behind, like the work
directory of a worker that was killed.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
from pathlib import Path

_pending: queue.SimpleQueue[Path] = queue.SimpleQueue()
_started_in = 0  # the pid whose thread is running: a forked worker starts its own
_lock = threading.Lock()


def discard(path: Path) -> None:
    """Delete `path` (a directory) soon."""
    global _started_in
    with _lock:
        if _started_in != os.getpid():
            _started_in = os.getpid()
            threading.Thread(target=_work, name="work-directory-janitor", daemon=True).start()
    _pending.put(path)


def _work() -> None:
    while True:
        shutil.rmtree(_pending.get(), ignore_errors=True)
