import os
from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand

from designer import services
from designer.models import Pipeline
from designer.samples import SAMPLE_PIPELINES

DEMO_USERNAME = "demo"


class Command(BaseCommand):
    help = "Create the demo user and load the sample pipelines into its workspace (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        password = os.environ.get("DEMO_PASSWORD", "pipewright-demo")
        user: User | None = User.objects.filter(username=DEMO_USERNAME).first()
        if user is None:
            user = services.user_create(username=DEMO_USERNAME, password=password)
        workspace = services.workspace_default(user=user)
        for sample in SAMPLE_PIPELINES:
            if not Pipeline.objects.filter(workspace=workspace, name=sample["name"]).exists():
                services.pipeline_create(
                    workspace=workspace,
                    user=user,
                    name=sample["name"],
                    description=sample["description"],
                    graph=sample["graph"],
                )
        self.stdout.write(f"demo user {DEMO_USERNAME!r} ready with {len(SAMPLE_PIPELINES)} sample pipeline(s)")
