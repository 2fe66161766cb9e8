from typing import Any

from django.core.management.base import BaseCommand

from designer.services import modules_sync_builtin


class Command(BaseCommand):
    help = "Load every built-in module version into the module registry."

    def handle(self, *args: Any, **options: Any) -> None:
        changed = modules_sync_builtin()
        self.stdout.write(f"built-in modules synced ({len(changed)} new or changed)")
