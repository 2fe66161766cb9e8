from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("runner", "0005_operate"),
    ]

    operations = [
        migrations.AddField(
            model_name="schedule",
            name="last_error",
            field=models.TextField(blank=True, default=""),
        ),
    ]
