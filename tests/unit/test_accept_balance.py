"""How web processes on one socket decide who takes a new connection
(designer/accept_balance.py): each publishes what it holds in shared memory."""

from __future__ import annotations

import os

from designer import accept_balance


def test_the_process_holding_more_connections_steps_back_for_the_one_holding_fewer() -> None:
    fd = accept_balance.shared_counts(3)
    try:
        first, second, third = (accept_balance.Counts(accept_balance.child_setting(fd, n, 3)) for n in range(3))
        assert not first.should_wait(0)  # nobody holds anything yet: take it

        first.publish(4)
        second.publish(2)
        third.publish(3)
        assert first.should_wait(4)  # the second holds fewer: let it take the next one
        assert third.should_wait(3)
        assert not second.should_wait(2)  # the least loaded takes it
        assert not second.should_wait(3)  # even with the third: a tie takes it

        assert not first.should_wait(1)  # what a process holds now is what it publishes
        assert second.fewest_elsewhere() == 1
    finally:
        os.close(fd)


def test_a_web_process_started_alone_accepts_as_twisted_does() -> None:
    from twisted.internet import tcp

    before = tcp.Port.doRead
    os.environ.pop(accept_balance.ENV, None)
    accept_balance.install_from_environment()
    assert tcp.Port.doRead is before
