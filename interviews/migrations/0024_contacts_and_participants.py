"""Contacts, their roles on applications and their places in rounds; the one-line
contact (``Application.contact_name``/``contact_email``) and a round's comma-separated
``interviewers`` become contacts (docs/contacts.md), then their columns go: the people
have one source from here on."""

import re
import uuid

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import interviews.validators
from interviews.folding import fold, fold_variants

# A contact typed as "Lena Brandt (friend, referred me)": the person who referred them.
REFERRER_WORDS = re.compile(r"\b(referr\w*|friend|empfohlen\w*|empfehlung)\b")
BATCH = 1000


class Book:
    """One owner's contacts while the migration names people (by e-mail, else by name)."""

    def __init__(self, Contact, owner_id):
        self.Contact, self.owner_id = Contact, owner_id
        self.by_email, self.by_name = {}, {}

    def contact(self, name, email=""):
        name = " ".join(name.split())[:200]
        if not name and not email:
            return None
        found = self.by_email.get(email.lower()) if email else None
        found = found or (self.by_name.get(fold(name)) if name else None)
        if found is None:
            text = f"{name} {email}"
            found = self.Contact.objects.create(
                owner_id=self.owner_id,
                name=name,
                email=email,
                uid=uuid.uuid4(),
                search_text="\n".join(sorted(fold_variants(text)))[:1000],
            )
            if name:
                self.by_name[fold(name)] = found
            if email:
                self.by_email[email.lower()] = found
        return found


def people_from_fields(apps, schema_editor):
    Application = apps.get_model("interviews", "Application")
    InterviewRound = apps.get_model("interviews", "InterviewRound")
    Contact = apps.get_model("interviews", "Contact")
    Link = apps.get_model("interviews", "ApplicationContact")
    Participant = apps.get_model("interviews", "RoundParticipant")
    books = {}
    links = set()

    def book(owner_id):
        return books.setdefault(owner_id, Book(Contact, owner_id))

    named = Application.objects.exclude(contact_name="", contact_email="").order_by("pk")
    for application in named.only("pk", "owner_id", "contact_name", "contact_email").iterator():
        name = application.contact_name
        role = "referrer" if REFERRER_WORDS.search(fold(name)) else "recruiter"
        if role == "referrer":
            name = re.sub(r"\s*\([^)]*\)\s*$", "", name) or name
        contact = book(application.owner_id).contact(name, application.contact_email)
        if contact is not None:
            links.add((application.pk, contact.pk, role))
    on_application = {(a, c) for a, c, _ in links}
    participants = []
    rounds = InterviewRound.objects.exclude(interviewers="").select_related("application")
    for interview_round in rounds.order_by("pk").iterator():
        owner_id = interview_round.application.owner_id
        seen = []
        for name in interview_round.interviewers.split(","):
            contact = book(owner_id).contact(name) if name.strip() else None
            if contact is not None and contact.pk not in seen:
                seen.append(contact.pk)
                participants.append(
                    Participant(
                        interview_round_id=interview_round.pk,
                        contact_id=contact.pk,
                        position=len(seen) - 1,
                        uid=uuid.uuid4(),
                    )
                )
                pair = (interview_round.application_id, contact.pk)
                if pair not in on_application:
                    on_application.add(pair)
                    links.add((*pair, "interviewer"))
    Participant.objects.bulk_create(participants, batch_size=BATCH)
    Link.objects.bulk_create(
        [Link(application_id=a, contact_id=c, role=r, uid=uuid.uuid4()) for a, c, r in sorted(links)],
        batch_size=BATCH,
        ignore_conflicts=True,
    )


def fields_from_people(apps, schema_editor):
    """Back: the recruiter (else the referrer) as the one contact, participants as names."""
    Application = apps.get_model("interviews", "Application")
    InterviewRound = apps.get_model("interviews", "InterviewRound")
    Link = apps.get_model("interviews", "ApplicationContact")
    Participant = apps.get_model("interviews", "RoundParticipant")
    chosen = {}
    for link in Link.objects.exclude(role="interviewer").select_related("contact").order_by(
        "role", "pk"
    ):
        if link.application_id not in chosen or link.role == "recruiter":
            chosen[link.application_id] = link.contact
    for application_id, contact in chosen.items():
        Application.objects.filter(pk=application_id).update(
            contact_name=contact.name, contact_email=contact.email
        )
    names = {}
    for participant in Participant.objects.select_related("contact").order_by("position", "pk"):
        names.setdefault(participant.interview_round_id, []).append(participant.contact.name)
    for round_id, people in names.items():
        InterviewRound.objects.filter(pk=round_id).update(interviewers=", ".join(people)[:300])


class Migration(migrations.Migration):

    dependencies = [
        ('interviews', '0023_models_move_to_their_apps'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Contact',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(blank=True, max_length=200, validators=[interviews.validators.validate_one_line])),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='E-mail')),
                ('phone', models.CharField(blank=True, max_length=50, validators=[interviews.validators.validate_one_line])),
                ('company', models.CharField(blank=True, max_length=200, validators=[interviews.validators.validate_one_line])),
                ('linkedin_url', models.URLField(blank=True, max_length=500, verbose_name='LinkedIn address')),
                ('notes', models.TextField(blank=True, max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000)])),
                ('search_text', models.CharField(blank=True, default='', editable=False, max_length=1000)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='contacts', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['name', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='ApplicationContact',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(choices=[('recruiter', 'Recruiter or HR'), ('hiring_manager', 'Hiring manager'), ('referrer', 'Referred you'), ('agency', 'Agency recruiter'), ('interviewer', 'Interviewer')], max_length=20)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='contact_links', to='interviews.application')),
                ('contact', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='links', to='interviews.contact')),
            ],
            options={
                'ordering': ['created_at', 'pk'],
                'verbose_name': 'role on an application',
                'verbose_name_plural': 'roles on applications',
            },
        ),
        migrations.CreateModel(
            name='RoundParticipant',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveSmallIntegerField(default=0)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('contact', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='rounds_in', to='interviews.contact')),
                ('interview_round', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='participants', to='interviews.interviewround')),
            ],
            options={
                'ordering': ['position', 'pk'],
            },
        ),
        migrations.AddIndex(
            model_name='contact',
            index=models.Index(fields=['owner', 'name'], name='contact_owner_name'),
        ),
        migrations.AddConstraint(
            model_name='contact',
            constraint=models.UniqueConstraint(fields=('owner', 'uid'), name='contact_uid_per_owner'),
        ),
        migrations.AddConstraint(
            model_name='applicationcontact',
            constraint=models.CheckConstraint(condition=models.Q(('role__in', ['recruiter', 'hiring_manager', 'referrer', 'agency', 'interviewer'])), name='app_contact_role_valid'),
        ),
        migrations.AddConstraint(
            model_name='applicationcontact',
            constraint=models.UniqueConstraint(fields=('application', 'contact', 'role'), name='app_contact_once_per_role'),
        ),
        migrations.AddConstraint(
            model_name='roundparticipant',
            constraint=models.UniqueConstraint(fields=('interview_round', 'contact'), name='round_participant_once'),
        ),
        migrations.RunPython(people_from_fields, fields_from_people),
        migrations.RemoveField(
            model_name='application',
            name='contact_email',
        ),
        migrations.RemoveField(
            model_name='application',
            name='contact_name',
        ),
        migrations.RemoveField(
            model_name='interviewround',
            name='interviewers',
        ),
    ]
