"""The account's models, taken up from the core app's state (``interviews`` 0021): their tables
keep their names and rows; only Django's picture of them moves, with their content types."""

import django.core.validators
import django.db.models.deletion
import interviews.accounts.models
import interviews.validators
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
                    name='EmailChangeRequest',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('nonce', models.CharField(max_length=32)),
                        ('created_at', models.DateTimeField(auto_now=True)),
                        ('owner', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='email_change_request', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'interviews_emailchangerequest',
                    },
                ),
                migrations.CreateModel(
                    name='Profile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('full_name', models.CharField(blank=True, help_text='Used to sign drafts.', max_length=150, validators=[interviews.validators.validate_one_line], verbose_name='Your name')),
                        ('country', models.CharField(default=interviews.accounts.models.default_country, help_text='Its public holidays are not counted as business days.', max_length=2, validators=[interviews.validators.validate_country])),
                        ('region', models.CharField(blank=True, help_text='Your state or nation, for its own public holidays.', max_length=10, verbose_name='Region')),
                        ('time_zone', models.CharField(default=interviews.accounts.models.default_time_zone, help_text='Interview times, due dates and the digest follow it.', max_length=64, validators=[interviews.validators.validate_time_zone])),
                        ('employed', models.BooleanField(default=False, help_text='Adds advice on resigning and on counter-offers from your employer.', verbose_name='I am currently employed')),
                        ('week_starts_on', models.PositiveSmallIntegerField(choices=[(0, 'Monday'), (6, 'Sunday')], default=0, verbose_name='Claim weeks start on')),
                        ('weekly_minimum', models.PositiveSmallIntegerField(blank=True, help_text='Work-search activities (or hours) your benefits office asks for each week.', null=True, validators=[django.core.validators.MaxValueValidator(100)], verbose_name='Weekly minimum')),
                        ('minimum_in_hours', models.BooleanField(default=False, help_text='As Universal Credit does.', verbose_name='Count the minimum in hours')),
                        ('digest_enabled', models.BooleanField(default=True, verbose_name='Send me the daily digest')),
                        ('place_confirmed', models.BooleanField(default=False)),
                        ('owner', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='profile', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'interviews_profile',
                        'constraints': [models.CheckConstraint(condition=models.Q(('week_starts_on__in', [0, 6])), name='profile_week_start_valid')],
                    },
                ),
            ],
        ),
        relabel_content_types("interviews", "accounts", ["profile", "emailchangerequest"]),
    ]
