"""The deployment files are accepted by the tools that read them."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        return [docker, "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_docker_compose_accepts_the_deployment_file() -> None:
    command = compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor docker-compose is installed (.ci/run installs it)")
    result = subprocess.run(
        [*command, "-f", str(ROOT / "docker-compose.yml"), "config"],
        capture_output=True,
        text=True,
        env={**os.environ, "SECRET_KEY": "compose-config-check"},
    )
    assert result.returncode == 0, result.stderr
    for service in ("postgres:", "redis:", "web:", "worker:", "beat:"):
        assert service in result.stdout


def test_compose_refuses_to_start_without_a_secret_key() -> None:
    command = compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor docker-compose is installed (.ci/run installs it)")
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [*command, "-f", str(ROOT / "docker-compose.yml"), "config"], capture_output=True, text=True, env=env
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


# --------------------------------------------------------------------------- HTTPS settings

HTTPS = {
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
    "SECURE_COOKIES": "true",
    "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
}
# Django's own names for what check --deploy says when the HTTPS settings are missing.
HTTPS_WARNINGS = ("security.W004", "security.W008", "security.W012", "security.W016")


def manage(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """manage.py in a process of its own, with production settings (not the tests')
    read from a clean environment: no DEBUG, a strong secret key, a data directory of
    its own."""
    inherited = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    environment = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "designer.settings",
        "PIPEWRIGHT_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "pipewright.example.com,testserver",
        **env,
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=120,
    )


def test_check_deploy_is_clean_when_configured_for_https(tmp_path: Path) -> None:
    result = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **HTTPS)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output
    assert "WARNINGS:" not in output, output


def test_check_deploy_warns_about_each_https_setting_left_out(tmp_path: Path) -> None:
    """The same check without them fails: what the clean run shows is the settings' doing."""
    result = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    for warning in HTTPS_WARNINGS:
        assert warning in output, (warning, output)
    partial = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", SECURE_HSTS_SECONDS="3600")
    assert "security.W005" in partial.stdout + partial.stderr  # HSTS without include-subdomains


REQUESTS = """
from django.test import Client
client = Client()
for headers in ({}, {"HTTP_X_FORWARDED_PROTO": "https"}):
    response = client.get("/login/", **headers)
    print(response.status_code, response.get("Location", "-"), response.get("Strict-Transport-Security", "-"))
"""


def test_behind_a_tls_proxy_plain_http_is_redirected_and_forwarded_https_is_served(tmp_path: Path) -> None:
    result = manage(tmp_path, "shell", "--no-imports", "-c", REQUESTS, **HTTPS)
    assert result.returncode == 0, result.stderr
    plain, forwarded = result.stdout.strip().splitlines()
    assert plain == "301 https://testserver/login/ -", result.stdout
    assert forwarded == "200 - max-age=31536000; includeSubDomains; preload", result.stdout


def test_with_the_https_settings_unset_plain_http_is_served(tmp_path: Path) -> None:
    """What `manage.py up` serves on a laptop: http://127.0.0.1:8000, never a redirect."""
    result = manage(tmp_path, "shell", "--no-imports", "-c", REQUESTS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["200 - -", "200 - -"], result.stdout


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("X-Forwarded-Proto", "('HTTP_X_FORWARDED_PROTO', 'https')"),
        ("X-Forwarded-Ssl: on", "('HTTP_X_FORWARDED_SSL', 'on')"),
        ("", "None"),
    ],
)
def test_the_proxy_header_is_read_from_its_name(tmp_path: Path, value: str, expected: str) -> None:
    code = "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"
    result = manage(tmp_path, "shell", "--no-imports", "-c", code, SECURE_PROXY_SSL_HEADER=value)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_a_malformed_proxy_header_stops_the_process_at_start(tmp_path: Path) -> None:
    result = manage(tmp_path, "check", SECURE_PROXY_SSL_HEADER="X Forwarded Proto")
    assert result.returncode != 0
    assert "SECURE_PROXY_SSL_HEADER must be a header name such as X-Forwarded-Proto" in result.stderr
