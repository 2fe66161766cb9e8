"""New connections shared out evenly between the web processes on one socket.

The web processes (designer/processes.py, `web_children`) accept from one listening
socket. The kernel wakes all of them for a new connection and whichever runs first
takes it, and Twisted's accept loop then takes every connection queued at that moment.
Keep-alive clients that connect at about the same time (a proxy's pool, a script's
threads, a load test) so land unevenly: 15 against 5 was common with 20 clients on two
processes. A web process runs its Python on one core at a time, so the busier one
answered its clients about three times slower while the other core idled.

Each web process publishes how many connections it holds in a small shared memory (a
memfd the supervisor creates, one 32-bit slot per process), when it accepts one and
when one closes. When a connection waits, a process that holds more than the least
loaded of the others steps back for DEFER_SECONDS so that one can take it, then looks
again; after PATIENCE such waits with the connection still there (that process is busy
or gone) it takes the connection itself. A process accepts one connection at a time,
so what it publishes stays current. nginx's accept_mutex answers the same problem the
same way.
"""

from __future__ import annotations

import mmap
import os
import select
import struct
from typing import Any

# Where a web process finds its shared memory: "<fd>:<slot>:<processes>".
ENV = "PIPEWRIGHT_WEB_BALANCE"
# How long a process holding more connections than another steps back before it looks
# again. An idle peer accepts within microseconds; a busy one first finishes the
# callback it is in (about a millisecond of a request's Python).
DEFER_SECONDS = 0.002
# How many times in a row a process steps back while a connection stays waiting before
# it takes the connection itself, so a stuck or dead peer delays a client by at most
# PATIENCE * DEFER_SECONDS.
PATIENCE = 5
_SLOT = struct.Struct("=i")


def shared_counts(processes: int) -> int:
    """A memfd with a zeroed slot for each of `processes` web processes, inheritable."""
    fd = os.memfd_create("pipewright-web-balance", 0)
    os.ftruncate(fd, _SLOT.size * processes)
    os.set_inheritable(fd, True)
    return fd


def child_setting(fd: int, slot: int, processes: int) -> str:
    return f"{fd}:{slot}:{processes}"


class Counts:
    """This process's view of the shared slots."""

    def __init__(self, setting: str) -> None:
        fd, slot, processes = (int(part) for part in setting.split(":"))
        self.slot, self.processes = slot, processes
        self.memory = mmap.mmap(fd, _SLOT.size * processes)

    def publish(self, held: int) -> None:
        _SLOT.pack_into(self.memory, _SLOT.size * self.slot, held)

    def fewest_elsewhere(self) -> int:
        others = (_SLOT.unpack_from(self.memory, _SLOT.size * n)[0] for n in range(self.processes) if n != self.slot)
        return min(others, default=0)

    def should_wait(self, held: int) -> bool:
        """Whether a process holding `held` connections lets another take the next one."""
        self.publish(held)
        return held > self.fewest_elsewhere()


def _waiting(listener: Any) -> bool:
    """Whether a connection waits in the listening socket's queue."""
    poller = select.poll()
    poller.register(listener.fileno(), select.POLLIN)
    return bool(poller.poll(0))


def install_in_twisted(counts: Counts) -> None:
    """Accept on the web process's listening port the balanced way (see the module
    docstring). What a process holds is the connections its port accepted less those
    that closed since (Twisted's own count of the port's sessions)."""
    from twisted.internet import reactor as twisted_reactor
    from twisted.internet import tcp

    reactor: Any = twisted_reactor
    accept: Any = tcp.Port.doRead
    lost: Any = tcp.Server.connectionLost

    def held_by(port: Any) -> int:
        return int(port.sessionno) - getattr(port, "pipewright_closed", 0)

    def connectionLost(transport: Any, reason: Any) -> None:
        port = transport.server
        port.pipewright_closed = getattr(port, "pipewright_closed", 0) + 1
        counts.publish(held_by(port))
        lost(transport, reason)

    def come_back(port: Any) -> None:
        if not port.connected or port.disconnecting:
            return
        if not _waiting(port.socket):
            port.pipewright_waits = 0  # another process took it
        port.startReading()  # a connection still waiting brings doRead, which looks again

    def doRead(port: Any) -> None:
        waits = getattr(port, "pipewright_waits", 0)
        if counts.should_wait(held_by(port)) and waits < PATIENCE:
            port.pipewright_waits = waits + 1
            port.stopReading()
            reactor.callLater(DEFER_SECONDS, come_back, port)
            return
        port.pipewright_waits = 0
        port.numberAccepts = 1  # one at a time, so that what is published stays current
        accept(port)
        counts.publish(held_by(port))

    tcp.Port.doRead = doRead  # type: ignore[method-assign]
    tcp.Server.connectionLost = connectionLost  # type: ignore[method-assign,assignment]


def install_from_environment() -> None:
    """In a web process started by `web_children` with more than one process."""
    setting = os.environ.pop(ENV, None)  # not for the processes this one starts (scorers)
    if setting:
        install_in_twisted(Counts(setting))
