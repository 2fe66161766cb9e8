import os
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from designer import processes


class Command(BaseCommand):
    help = (
        "Run Pipewright: embedded Redis (when REDIS_URL is unset), Daphne, a Celery worker and beat, "
        "supervised as one group, from any directory. Ctrl-C or SIGTERM stops them all; if this "
        "process is killed outright, they die with it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--concurrency", type=int, default=int(os.environ.get("WORKER_CONCURRENCY", "2")))
        parser.add_argument(
            "--web-processes",
            type=int,
            default=settings.WEB_PROCESSES,
            help="Daphne processes sharing the port (default WEB_PROCESSES: one per core, at most 4)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        env = dict(os.environ)
        # The children run from the project root (designer.processes): a path this
        # process read relative to its own working directory is given to them absolute.
        for name, path in (
            ("PIPEWRIGHT_DATA_DIR", settings.DATA_DIR),
            ("ARTIFACT_ROOT", settings.ARTIFACT_ROOT),
            ("WORK_ROOT", settings.WORK_ROOT),
            ("IMPORT_ROOT", settings.IMPORT_ROOT),
            ("ENVIRONMENTS_ROOT", settings.ENVIRONMENTS_ROOT),
        ):
            if name in env:
                env[name] = str(path)
        database = settings.DATABASES["default"]
        if "DATABASE_URL" in env and database["ENGINE"] == "django.db.backends.sqlite3":
            env["DATABASE_URL"] = f"sqlite:///{Path(database['NAME']).resolve()}"
        data_dir = Path(settings.DATA_DIR)
        supervisor = processes.Supervisor(env=env, stdout=sys.stdout)
        if settings.EMBEDDED_REDIS:
            socket_path = data_dir / "redis.sock"
            socket_path.unlink(missing_ok=True)
            supervisor.start(
                processes.Child("redis", processes.embedded_redis_command(socket_path=socket_path, data_dir=data_dir))
            )
            processes.wait_for_socket(socket_path)
            self.stdout.write(f"embedded Redis on {socket_path}")
        try:
            supervisor.start_web(host=options["host"], port=options["port"], count=options["web_processes"])
        except OSError as exc:  # the port is taken, or the host is not this machine's
            supervisor.stop_all()
            raise CommandError(f"cannot serve on {options['host']}:{options['port']}: {exc.strerror or exc}") from None
        queues = [settings.CELERY_TASK_DEFAULT_QUEUE]
        supervisor.start(
            processes.Child("worker", processes.worker_command(queues=queues, concurrency=options["concurrency"]))
        )
        supervisor.start(processes.Child("beat", processes.beat_command(data_dir=data_dir)))
        url = f"http://{options['host']}:{options['port']}/"
        self.stdout.write(
            self.style.SUCCESS(
                f"\nPipewright is running at {url}\n"
                f"Log in as demo / {os.environ.get('DEMO_PASSWORD', 'pipewright-demo')}\n"
                "Press Ctrl-C to stop.\n"
            )
        )
        raise SystemExit(supervisor.run_forever())
