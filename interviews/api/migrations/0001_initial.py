"""The API's token, taken up from the core app's state (``interviews`` 0021): its table keeps its
name and rows; only Django's picture of it moves, with its content type."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from interviews.relabel import relabel_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('interviews', '0023_models_move_to_their_apps'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ApiToken',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text='What uses it, e.g. “n8n at home”.', max_length=100)),
                        ('token_hash', models.CharField(editable=False, max_length=64, unique=True)),
                        ('prefix', models.CharField(editable=False, max_length=12)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('last_used_at', models.DateTimeField(editable=False, null=True)),
                        ('revoked_at', models.DateTimeField(editable=False, null=True)),
                        ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='api_tokens', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'interviews_apitoken',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
            ],
        ),
        relabel_content_types("interviews", "api", ["apitoken"]),
    ]
