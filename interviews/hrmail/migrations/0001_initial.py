"""HR mail's models, taken up from the core app's state (``interviews`` 0021): their tables
keep their names and rows; only Django's picture of them moves, with their content types."""

import django.core.validators
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
                    name='MailAccount',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('host', models.CharField(help_text='e.g. imap.gmail.com', max_length=253, verbose_name='IMAP server')),
                        ('port', models.PositiveIntegerField(default=993, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(65535)])),
                        ('security', models.CharField(choices=[('ssl', 'SSL/TLS (usually port 993)'), ('starttls', 'STARTTLS (usually port 143)'), ('plain', 'None: only for a server on this machine')], default='ssl', max_length=10)),
                        ('username', models.CharField(help_text='Usually your address.', max_length=254, verbose_name='User name')),
                        ('password_encrypted', models.TextField(editable=False, max_length=4000)),
                        ('folder', models.CharField(default='INBOX', help_text="Where HR's answers arrive; most use INBOX.", max_length=200)),
                        ('uid_validity', models.BigIntegerField(editable=False, null=True)),
                        ('last_uid', models.BigIntegerField(default=0, editable=False)),
                        ('last_checked_at', models.DateTimeField(editable=False, null=True)),
                        ('last_error', models.CharField(blank=True, editable=False, max_length=300)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('owner', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='mail_account', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'interviews_mailaccount',
                        'constraints': [models.CheckConstraint(condition=models.Q(('security__in', ['ssl', 'starttls', 'plain'])), name='mail_account_security_valid')],
                    },
                ),
                migrations.CreateModel(
                    name='MailSuggestion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('message_key', models.CharField(max_length=64)),
                        ('kind', models.CharField(choices=[('acknowledged', 'Application acknowledged'), ('invited', 'Invited to interview'), ('moving_forward', 'Moving forward'), ('on_hold', 'On hold'), ('references_requested', 'References requested'), ('assessment', 'Test or take-home assignment'), ('offer_verbal', 'Verbal offer'), ('offer_written', 'Written offer'), ('rejected', 'Rejected'), ('rescinded', 'Offer rescinded'), ('rescheduled', 'Interview rescheduled by them'), ('cancelled', 'Interview cancelled by them'), ('replied', 'Replied with a date to hear by')], max_length=30)),
                        ('confidence', models.FloatField(default=0)),
                        ('sender', models.CharField(blank=True, max_length=254)),
                        ('sender_name', models.CharField(blank=True, max_length=200)),
                        ('subject', models.CharField(blank=True, max_length=300)),
                        ('sent_at', models.DateTimeField(blank=True, null=True)),
                        ('company', models.CharField(blank=True, max_length=200)),
                        ('evidence', models.CharField(blank=True, max_length=300)),
                        ('excerpt', models.CharField(blank=True, max_length=300)),
                        ('promised_reply_by', models.DateField(blank=True, null=True)),
                        ('respond_by', models.DateField(blank=True, null=True)),
                        ('scheduled_at', models.DateTimeField(blank=True, null=True)),
                        ('duration_minutes', models.PositiveSmallIntegerField(blank=True, null=True)),
                        ('organiser', models.CharField(blank=True, max_length=300)),
                        ('location_or_link', models.CharField(blank=True, max_length=500)),
                        ('source', models.CharField(choices=[('pasted', 'Pasted or uploaded'), ('imap', 'Fetched from the mailbox')], default='pasted', max_length=10)),
                        ('status', models.CharField(choices=[('pending', 'To review'), ('accepted', 'Accepted'), ('dismissed', 'Dismissed')], default='pending', max_length=10)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('decided_at', models.DateTimeField(blank=True, null=True)),
                        ('application', models.ForeignKey(blank=True, help_text='The application it was matched to; empty when the person must choose.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='mail_suggestions', to='interviews.application')),
                        ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='mail_suggestions', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'interviews_mailsuggestion',
                        'ordering': ['-sent_at', '-pk'],
                        'indexes': [models.Index(fields=['owner', 'status', '-sent_at'], name='mail_owner_status_sent')],
                        'constraints': [models.UniqueConstraint(fields=('owner', 'message_key'), name='mail_once_per_message'), models.CheckConstraint(condition=models.Q(('kind__in', ['acknowledged', 'invited', 'moving_forward', 'on_hold', 'references_requested', 'assessment', 'offer_verbal', 'offer_written', 'rejected', 'rescinded', 'rescheduled', 'cancelled', 'replied'])), name='mail_kind_valid'), models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'accepted', 'dismissed'])), name='mail_status_valid')],
                    },
                ),
            ],
        ),
        relabel_content_types("interviews", "hrmail", ["mailsuggestion", "mailaccount"]),
    ]
