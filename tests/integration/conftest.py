"""Fixtures of the integration tier (the services themselves are in tests/conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient


@pytest.fixture
def client(alice: Any, modules: None, live_stack: Any) -> APIClient:
    api = APIClient()
    api.force_login(alice)
    return api
