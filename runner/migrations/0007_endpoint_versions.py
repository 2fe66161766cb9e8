import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def live_versions_start_the_history(apps, schema_editor):
    """An endpoint's live version (version 1, made by 0005) is the first entry of its history."""
    Endpoint = apps.get_model("runner", "Endpoint")
    EndpointLiveChange = apps.get_model("runner", "EndpointLiveChange")
    for endpoint in Endpoint.objects.exclude(live=None):
        EndpointLiveChange.objects.create(endpoint=endpoint, version_id=endpoint.live_id, action="deploy")


class Migration(migrations.Migration):
    dependencies = [
        ("runner", "0006_schedule_errors"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="EndpointLiveChange",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "action",
                    models.CharField(
                        choices=[("deploy", "Deploy"), ("promote", "Promote"), ("rollback", "Rollback")], max_length=16
                    ),
                ),
                ("changed_at", models.DateTimeField(auto_now_add=True)),
                (
                    "changed_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "endpoint",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="live_changes", to="runner.endpoint"
                    ),
                ),
                (
                    "version",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="runner.endpointversion"
                    ),
                ),
            ],
            options={
                "ordering": ["id"],
            },
        ),
        migrations.RunPython(live_versions_start_the_history, migrations.RunPython.noop),
    ]
