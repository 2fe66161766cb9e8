"""What the executor tests hand executors as on_log."""

from __future__ import annotations

import threading


class Log:
    """Collects log lines and lets a test wait for one."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.changed = threading.Condition()

    def __call__(self, line: str) -> None:
        with self.changed:
            self.lines.append(line)
            self.changed.notify_all()

    def wait_for(self, prefix: str, timeout: float = 10) -> str:
        with self.changed:
            found = self.changed.wait_for(
                lambda: next((line for line in self.lines if line.startswith(prefix)), None), timeout
            )
        assert found, f"no log line starting with {prefix!r} in {self.lines}"
        return found
