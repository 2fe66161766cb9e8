"""Pipewright settings: everything comes from the environment, with local defaults.

The readers below fail loudly on bad values so that a typo in a deployment's
environment stops the process at start instead of misbehaving later.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be a boolean (true/false), got {value!r}")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {value!r}") from None


def envfloat(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {value!r}") from None


def envsecret(name: str) -> str | None:
    """NAME, or the contents of the file named by NAME_FILE (docker/k8s secrets)."""
    if os.environ.get(name):
        return os.environ[name]
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return None


DATA_DIR = Path(os.environ.get("PIPEWRIGHT_DATA_DIR", BASE_DIR / "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)
ARTIFACT_ROOT = Path(os.environ.get("ARTIFACT_ROOT", DATA_DIR / "artifacts")).resolve()
WORK_ROOT = Path(os.environ.get("WORK_ROOT", DATA_DIR / "work")).resolve()
# import_data reads files by path only from inside this folder.
IMPORT_ROOT = Path(os.environ.get("IMPORT_ROOT", DATA_DIR / "imports")).resolve()
IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
# The image docker compute targets run steps in when they name none (step-image/build.sh).
STEP_IMAGE = os.environ.get("STEP_IMAGE", "pipewright-step:latest")
# URL prefixes Import Data may download from (comma-separated); none by default, since
# a server that fetches any URL it is given can be pointed at internal services.
IMPORT_URL_ALLOWLIST = [u.strip() for u in os.environ.get("IMPORT_URL_ALLOWLIST", "").split(",") if u.strip()]
IMPORT_URL_TIMEOUT_SECONDS = envfloat("IMPORT_URL_TIMEOUT_SECONDS", 60)
# Custom modules' Python requirements, built once per requirement set (runner.environments).
ENVIRONMENTS_ROOT = Path(os.environ.get("ENVIRONMENTS_ROOT", DATA_DIR / "environments")).resolve()

DEBUG = envbool("DEBUG", False)


def _local_secret_key() -> str:
    # A laptop install keeps a generated key in its data directory; deployments
    # pass SECRET_KEY or SECRET_KEY_FILE. There is never a literal key in the code.
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = envsecret("SECRET_KEY") or _local_secret_key()
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "channels",
    "django_celery_beat",
    "designer",
    "runner",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "designer.urls"
ASGI_APPLICATION = "designer.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "designer.context.topbar",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'pipewright.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while a worker writes; IMMEDIATE transactions take
    # the write lock up front (so run_advance is serialized like a row lock would do),
    # and the timeout makes concurrent writers wait instead of failing. A checkpoint
    # every 10,000 pages (40 MB of log) rather than 1,000: each one syncs the disk, and
    # a run of small steps wrote 4 MB in a few hundred steps.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/login/"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE


def envproxyheader(name: str) -> tuple[str, str] | None:
    """NAME names the header a TLS-terminating proxy sets on requests that came over
    HTTPS: "X-Forwarded-Proto" (meaning "X-Forwarded-Proto: https") or "Name: value"."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    header, _, expected = value.partition(":")
    header, expected = header.strip(), expected.strip() or "https"
    if not header or not all(c.isalnum() or c == "-" for c in header):
        raise ValueError(f'{name} must be a header name such as X-Forwarded-Proto, or "Name: value"; got {value!r}')
    return "HTTP_" + header.upper().replace("-", "_"), expected


# HTTPS deployments (`manage.py check --deploy` is clean with all of them set). Off by
# default: `make up` serves plain http on a laptop, and a redirect to https there would
# lock everyone out. Behind a proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER
# too, or every request looks like plain http and SECURE_SSL_REDIRECT loops.
SECURE_PROXY_SSL_HEADER = envproxyheader("SECURE_PROXY_SSL_HEADER")
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)

# Redis: a real server. With no REDIS_URL, `manage.py up` starts an embedded one on a
# private unix socket in the data directory, and every process finds it there.
REDIS_URL = os.environ.get("REDIS_URL") or f"unix://{DATA_DIR / 'redis.sock'}"
EMBEDDED_REDIS = not os.environ.get("REDIS_URL")


def _celery_broker_url(redis_url: str) -> str:
    parts = urlsplit(redis_url)
    if parts.scheme == "unix":
        return f"redis+socket://{parts.path}"
    return redis_url


def _redis_database(redis_url: str) -> int:
    """The database number a Redis URL names: redis://host:port/3, unix://path?db=3."""
    parts = urlsplit(redis_url)
    number = parts.path.strip("/") if parts.scheme in ("redis", "rediss") else ""
    for key, value in parse_qsl(parts.query):
        if key == "db":
            number = value
    return int(number) if number.isdigit() else 0


def _channels_prefix(redis_url: str) -> str:
    """The channel layer's prefix, with the Redis database in it. Redis pub/sub is
    server-wide, not per database: two installs on one server with databases 3 and 4
    would otherwise hear each other's saves and run events on pipelines that share an id."""
    prefix = os.environ.get("CHANNELS_PREFIX", "pipewright")
    database = _redis_database(redis_url)
    return f"{prefix}-db{database}" if database else prefix


CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
        "CONFIG": {
            "hosts": [REDIS_URL],
            "prefix": _channels_prefix(REDIS_URL),
        },
    }
}

CELERY_BROKER_URL = _celery_broker_url(REDIS_URL)
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("PIPEWRIGHT_DEFAULT_QUEUE", "pipewright")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Unacknowledged messages come back after this long if a worker vanished; the
    # heartbeat reaper usually notices a dead step much sooner.
    "visibility_timeout": envint("BROKER_VISIBILITY_TIMEOUT", 3600),
}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Beat wakes at least this often: the database scheduler then notices a new or changed
# schedule (one small query), so it fires on time. Already known due times are slept
# to exactly. Writing each entry's last run after every send means a restarted beat
# knows what it sent. See docs/decisions.md ("Schedules and data triggers").
CELERY_BEAT_MAX_LOOP_INTERVAL = envfloat("BEAT_MAX_LOOP_INTERVAL", 1)
CELERY_BEAT_SYNC_EVERY = 1
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# Run engine.
STEP_TIMEOUT_SECONDS = envfloat("STEP_TIMEOUT_SECONDS", 3600)
STEP_MEMORY_MB = envint("STEP_MEMORY_MB", 4096)
STEP_MAX_PROCESSES = envint("STEP_MAX_PROCESSES", 256)
# Daphne processes `up` starts on one listening socket: one process runs Python on one
# core at a time, so one per core (at most 4); docs/decisions.md, "Real-time endpoint
# latency".
WEB_PROCESSES = max(1, envint("WEB_PROCESSES", min(4, os.cpu_count() or 1)))
# Scorer processes a real-time endpoint may have per web process (runner/scoring.py):
# one request is in flight per scorer, and together about one per core.
ENDPOINT_SCORERS = envint("ENDPOINT_SCORERS", max(1, min(4, os.cpu_count() or 1) // WEB_PROCESSES))
# A dead worker's steps are retried within STALE + REAPER_INTERVAL seconds (a restarted
# worker takes its own back as it starts). The heartbeat is one UPDATE per worker
# process every HEARTBEAT seconds; see docs/decisions.md ("Heartbeat timings").
STEP_HEARTBEAT_SECONDS = envfloat("STEP_HEARTBEAT_SECONDS", 2)
STEP_STALE_AFTER_SECONDS = envfloat("STEP_STALE_AFTER_SECONDS", 10)
STEP_MAX_ATTEMPTS = envint("STEP_MAX_ATTEMPTS", 3)
REAPER_INTERVAL_SECONDS = envfloat("REAPER_INTERVAL_SECONDS", 5)
# How many of the steps one advance finds ready on a queue get a broker message; the
# rest are taken by the workers those messages reach, one after another, without one
# (runner/engine/scheduling.py, _claim_waiting). At least the number of worker slots that
# should share a wide fan-out; the reaper sends a message for a step left waiting.
STEP_MESSAGES_PER_ADVANCE = max(1, envint("STEP_MESSAGES_PER_ADVANCE", 16))
# Schedules (runner/schedules.py): the shortest interval, and how a data trigger waits
# for the previous run of its schedule (every RETRY seconds, at most MAX_RETRIES times).
SCHEDULE_MIN_INTERVAL_SECONDS = envint("SCHEDULE_MIN_INTERVAL_SECONDS", 1)
SCHEDULE_DATASET_RETRY_SECONDS = envfloat("SCHEDULE_DATASET_RETRY_SECONDS", 5)
SCHEDULE_DATASET_MAX_RETRIES = envint("SCHEDULE_DATASET_MAX_RETRIES", 17280)  # a day
CELERY_BEAT_SCHEDULE = {
    "reap-stale-steps": {
        "task": "runner.tasks.reap_stale_steps",
        "schedule": REAPER_INTERVAL_SECONDS,
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "api.negotiation.ContentNegotiation",
}
if DEBUG:
    REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"] = [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ]

SPECTACULAR_SETTINGS = {
    "TITLE": "Pipewright API",
    "DESCRIPTION": "Design, run and inspect machine-learning pipelines.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI assets ship with the app: the docs page works with no internet.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "COMPONENT_SPLIT_REQUEST": True,
    # Two models have a `kind` with different choices: name each enum after its model.
    "ENUM_NAME_OVERRIDES": {
        "ScheduleKindEnum": "runner.models.ScheduleKind",
        "RunStatusEnum": "runner.models.RunStatus.values",
        "EndpointKindEnum": "runner.models.EndpointKind",
        "InferencePipelineKindEnum": "designer.graph.inference.KINDS",
        "WorkspaceRoleEnum": "designer.models.Membership.ROLES",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.channels.server": {"level": "WARNING"}},
}

UPLOAD_MAX_BYTES = envint("UPLOAD_MAX_MB", 200) * 1024 * 1024
# An uploaded table is read in a process of its own (designer.table_reader) under these
# limits, and a Parquet file is refused from its footer when it declares more rows or
# more data than these: a few hundred KB can hold a hundred million rows.
UPLOAD_MAX_ROWS = envint("UPLOAD_MAX_ROWS", 10_000_000)
UPLOAD_MAX_UNCOMPRESSED_BYTES = envint("UPLOAD_MAX_UNCOMPRESSED_MB", 1024) * 1024 * 1024
UPLOAD_READ_MEMORY_BYTES = envint("UPLOAD_READ_MEMORY_MB", 2048) * 1024 * 1024
UPLOAD_READ_CPU_SECONDS = envint("UPLOAD_READ_CPU_SECONDS", 120)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # JSON bodies (graphs) up to 10 MB
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# A source snapshot (a script step's source folder, POST /api/snapshots/): the most its
# files may hold once extracted, and how many files it may have (designer/snapshots.py).
SNAPSHOT_MAX_BYTES = envint("SNAPSHOT_MAX_MB", 25) * 1024 * 1024
SNAPSHOT_MAX_FILES = envint("SNAPSHOT_MAX_FILES", 2000)
