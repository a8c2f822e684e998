import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

RECORDS = ("application", "interviewround", "statusupdate", "activity", "logexclusion")


def give_each_record_its_own_uid(apps, schema_editor):
    # A default on AddField is computed once, so every existing row would share one
    # UUID; each row gets its own here, before 0007 makes the field required.
    for name in RECORDS:
        model = apps.get_model("interviews", name)
        batch = []
        for record in model.objects.filter(uid__isnull=True).only("pk").iterator(2000):
            record.uid = uuid.uuid4()
            batch.append(record)
            if len(batch) == 2000:
                model.objects.bulk_update(batch, ["uid"])
                batch = []
        model.objects.bulk_update(batch, ["uid"])


class Migration(migrations.Migration):
    dependencies = [
        ("interviews", "0010_worklog"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ApiToken",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(help_text="What uses it, e.g. “n8n at home”.", max_length=100)),
                ("token_hash", models.CharField(editable=False, max_length=64, unique=True)),
                ("prefix", models.CharField(editable=False, max_length=12)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("last_used_at", models.DateTimeField(editable=False, null=True)),
                ("revoked_at", models.DateTimeField(editable=False, null=True)),
                ("owner", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="api_tokens", to=settings.AUTH_USER_MODEL)),
            ],
            options={"ordering": ["-created_at", "-pk"]},
        ),
        *[
            migrations.AddField(
                model_name=name, name="uid", field=models.UUIDField(editable=False, null=True)
            )
            for name in RECORDS
        ],
        migrations.RunPython(give_each_record_its_own_uid, migrations.RunPython.noop),
    ]
