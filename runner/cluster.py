"""What the cluster looks like right now: the workers online, the queues they serve,
and how many step messages wait in each queue.

Workers answer Celery's broadcast `inspect`; a worker that does not answer within the
timeout is not online as far as the user is concerned. Queue lengths come from the
broker itself (a passive queue declare), so they count messages no worker took yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from designer.celery import app

INSPECT_TIMEOUT_SECONDS = 1.0


@dataclass
class WorkerInfo:
    name: str
    queues: list[str]
    active_tasks: int
    concurrency: int | None
    pid: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "queues": self.queues,
            "active_tasks": self.active_tasks,
            "concurrency": self.concurrency,
            "pid": self.pid,
        }


@dataclass
class ClusterStatus:
    workers: list[WorkerInfo] = field(default_factory=list)
    queue_lengths: dict[str, int | None] = field(default_factory=dict)
    broker_error: str = ""  # set when the broker could not be asked at all

    def workers_for(self, queue: str) -> list[str]:
        return [w.name for w in self.workers if queue in w.queues]


def workers_online(timeout: float = INSPECT_TIMEOUT_SECONDS) -> list[WorkerInfo]:
    inspector = app.control.inspect(timeout=timeout)
    queues: dict[str, Any] = inspector.active_queues() or {}
    if not queues:
        return []
    # Asked only of the workers that answered, so these calls do not wait out the timeout.
    inspector = app.control.inspect(destination=list(queues), timeout=timeout)
    active: dict[str, list[Any]] = inspector.active() or {}
    stats: dict[str, Any] = inspector.stats() or {}
    workers = []
    for name in sorted(queues):
        pool = stats.get(name, {}).get("pool", {})
        concurrency = pool.get("max-concurrency")
        workers.append(
            WorkerInfo(
                name=name,
                queues=sorted(q["name"] for q in queues[name]),
                active_tasks=len(active.get(name, [])),
                concurrency=int(concurrency) if isinstance(concurrency, int) else None,
                pid=stats.get(name, {}).get("pid"),
            )
        )
    return workers


def queue_lengths(queues: list[str]) -> dict[str, int | None]:
    """Messages waiting per queue; None when the broker cannot be asked."""
    lengths: dict[str, int | None] = {}
    try:
        with app.connection_for_read() as connection:
            channel: Any = connection.default_channel
            for queue in queues:
                try:
                    _, count, _ = channel.queue_declare(queue=queue, passive=True)
                    lengths[queue] = int(count)
                except Exception:  # a queue nobody declared yet is an empty one
                    lengths[queue] = 0
    except Exception:
        lengths = dict.fromkeys(queues)
    return lengths


def cluster_status(queues: list[str]) -> ClusterStatus:
    try:
        workers = workers_online()
    except Exception as exc:  # the broker is down: say so instead of failing the page
        return ClusterStatus(
            queue_lengths=dict.fromkeys(queues), broker_error=f"the message broker is not reachable: {exc}"
        )
    served = {q for w in workers for q in w.queues}
    return ClusterStatus(workers=workers, queue_lengths=queue_lengths(sorted(set(queues) | served)))


def compute_overview(targets: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], ClusterStatus]:
    """The targets with the workers online for each and its queue length."""
    status = cluster_status([t["queue"] for t in targets])
    rows = [
        {**t, "workers": status.workers_for(t["queue"]), "queue_length": status.queue_lengths.get(t["queue"])}
        for t in targets
    ]
    return rows, status
