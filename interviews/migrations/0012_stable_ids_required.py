import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    # Its own migration, so that on PostgreSQL the ALTERs run after 0006's row updates
    # have been committed.
    dependencies = [("interviews", "0011_api_tokens_and_stable_ids")]

    operations = [
        *[
            migrations.AlterField(
                model_name=name,
                name="uid",
                field=models.UUIDField(default=uuid.uuid4, editable=False),
            )
            for name in ("application", "interviewround", "statusupdate", "activity", "logexclusion")
        ],
        migrations.AddConstraint(
            model_name="application",
            constraint=models.UniqueConstraint(fields=("owner", "uid"), name="app_uid_per_owner"),
        ),
        migrations.AddConstraint(
            model_name="interviewround",
            constraint=models.UniqueConstraint(fields=("application", "uid"), name="round_uid_per_app"),
        ),
        migrations.AddConstraint(
            model_name="activity",
            constraint=models.UniqueConstraint(fields=("owner", "uid"), name="activity_uid_per_owner"),
        ),
        migrations.AddConstraint(
            model_name="logexclusion",
            constraint=models.UniqueConstraint(fields=("application", "uid"), name="exclusion_uid_per_app"),
        ),
        migrations.AddConstraint(
            model_name="statusupdate",
            constraint=models.UniqueConstraint(fields=("application", "uid"), name="update_uid_per_app"),
        ),
    ]
