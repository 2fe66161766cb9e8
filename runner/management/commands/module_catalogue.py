from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from runner.catalogue import CATALOGUE_PATH, builtin_catalogue


class Command(BaseCommand):
    help = f"Write {CATALOGUE_PATH}, the catalogue of the built-in modules, from their specs."
    requires_system_checks: list[str] = []  # reads code only: no database, no settings checks

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help=f"write nothing; fail if {CATALOGUE_PATH} differs from what the specs give",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = settings.BASE_DIR / CATALOGUE_PATH
        rendered = builtin_catalogue()
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if options["check"]:
            if current != rendered:
                raise CommandError(f"{CATALOGUE_PATH} is out of date: run `python manage.py module_catalogue`")
            self.stdout.write(f"{CATALOGUE_PATH} is up to date")
            return
        if current == rendered:
            self.stdout.write(f"{CATALOGUE_PATH} is up to date")
            return
        path.write_text(rendered, encoding="utf-8")
        self.stdout.write(f"wrote {CATALOGUE_PATH}")
