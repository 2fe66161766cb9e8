"""The hostile corpus: steps, scorers and requests that try to get out of their place.

Each test plays the attacker first, then checks that the victim (the worker, the web
process, another workspace, another caller) is unaffected. Step-level cases run on a
warm LocalExecutor of this process, which plays the worker; run-level cases on the
real stack of the integration tier.
"""

from __future__ import annotations

from tests.integration.conftest import client
from tests.unit.runner.conftest import executor, parent_secret

__all__ = ["client", "executor", "parent_secret"]
