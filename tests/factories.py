"""factory_boy factories, one per model.

Applications, rounds and updates are saved through ``interviews.services``, as the app
saves them: the stage, the waiting dates and the last activity follow every record a
test creates, with no ``stage_refresh`` by hand.
"""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from interviews import services
from interviews.accounts.models import Profile
from interviews.models import (
    Application,
    ContactRole,
    InterviewRound,
    Outcome,
    RoundKind,
    StatusUpdate,
    UpdateKind,
)
from interviews.worklog.models import Activity, ActivityKind, ContactMethod

PASSWORD = "a-long-test-passphrase-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"seeker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()
            # A neutral calendar (weekends only) unless a test names a country; settled, so
            # the board does not ask the first-visit question (tests/test_first_run.py does).
            Profile.objects.get_or_create(
                owner=obj, defaults={"country": "", "place_confirmed": True}
            )


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    owner = factory.SubFactory(UserFactory)
    company = factory.Sequence(lambda n: f"Company {n}")
    role = "Software Engineer"
    # The recruiter, named through the services as the add form names them; "" for none.
    contact_name = "Dana Reyes"
    contact_email = "dana@example.com"
    applied_on = dt.date(2026, 11, 2)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        name, email = kwargs.pop("contact_name"), kwargs.pop("contact_email")
        people = {}
        if name or email:
            people[ContactRole.RECRUITER] = services.Named(name, email)
        for role in (ContactRole.REFERRER, ContactRole.AGENCY):
            if kwargs.get(role):
                people[role] = services.Named(kwargs.pop(role))
            kwargs.pop(role, None)
        return services.application_save(model_class(*args, **kwargs), people=people)

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        # Unsaved: no one to name (the people are rows that point at a saved application).
        for name in ("contact_name", "contact_email", ContactRole.REFERRER, ContactRole.AGENCY):
            kwargs.pop(name, None)
        return model_class(*args, **kwargs)


class RecordFactory(factory.django.DjangoModelFactory):
    """A round or an update, saved with its application brought up to date; a round's
    ``interviewers`` (names, comma-separated) become its participants."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        names = kwargs.pop("interviewers", None)
        people = services.Named.split(names) if names is not None else None
        return services.record_save(model_class(*args, **kwargs), people=people)


class InterviewRoundFactory(RecordFactory):
    class Meta:
        model = InterviewRound

    application = factory.SubFactory(ApplicationFactory)
    kind = RoundKind.VIDEO
    scheduled_at = factory.LazyFunction(
        lambda: timezone.make_aware(dt.datetime(2026, 11, 10, 10, 0))
    )
    duration_minutes = 45
    interviewers = "Sam Lee"
    outcome = Outcome.DONE


class StatusUpdateFactory(RecordFactory):
    class Meta:
        model = StatusUpdate

    application = factory.SubFactory(ApplicationFactory)
    on = dt.date(2026, 11, 5)
    kind = UpdateKind.ACKNOWLEDGED


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    owner = factory.SubFactory(UserFactory)
    on = dt.date(2026, 11, 3)
    kind = ActivityKind.JOB_FAIR
    organisation = factory.Sequence(lambda n: f"Organisation {n}")
    method = ContactMethod.IN_PERSON
