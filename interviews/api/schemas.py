"""What the API reads and writes. Inputs take the fields of the app's own forms, so the
API and the pages accept exactly the same records; outputs add ids and derived fields."""

from __future__ import annotations

from datetime import date, datetime

from ninja import Field, ModelSchema, Schema

from interviews.forms import ApplicationForm, InterviewRoundForm, StatusUpdateForm
from interviews.models import Application, InterviewRound, StatusUpdate, prefetched


class ApplicationIn(ModelSchema):
    class Meta:
        model = Application
        fields = ApplicationForm.Meta.fields


class ApplicationPatch(ModelSchema):
    class Meta:
        model = Application
        fields = ApplicationForm.Meta.fields
        fields_optional = "__all__"


class PersonOnOut(Schema):
    id: int
    contact: int
    name: str
    role: str


class ApplicationOut(ModelSchema):
    people: list[PersonOnOut] = Field(description="Who is on it, with their roles.")

    @staticmethod
    def resolve_people(application: Application) -> list[dict]:
        return [
            {
                "id": link.pk,
                "contact": link.contact_id,
                "name": link.contact.name,
                "role": link.role,
            }
            for link in prefetched(application, "contact_links")
        ]

    class Meta:
        model = Application
        fields = [
            "id",
            "uid",
            *ApplicationForm.Meta.fields,
            "stage",
            "awaiting_from",
            "follow_up_on",
            "quiet_from",
            "last_activity_at",
            "created_at",
            "updated_at",
        ]


PARTICIPANTS = Field(None, description="Who is in the round: your contacts' ids, in order.")


class RoundIn(ModelSchema):
    # Required, as on the round form: only an import leaves a round's date unrecorded.
    scheduled_at: datetime
    participants: list[int] | None = PARTICIPANTS

    class Meta:
        model = InterviewRound
        fields = InterviewRoundForm.Meta.fields


class RoundPatch(ModelSchema):
    participants: list[int] | None = PARTICIPANTS

    class Meta:
        model = InterviewRound
        fields = InterviewRoundForm.Meta.fields
        fields_optional = "__all__"


class RoundOut(ModelSchema):
    application_id: int
    # null for a round whose date was never recorded (an imported "2nd interview").
    scheduled_at: datetime | None
    participants: list[int] = Field(description="Who is in the round: contacts' ids.")

    @staticmethod
    def resolve_participants(interview_round: InterviewRound) -> list[int]:
        return [p.contact_id for p in prefetched(interview_round, "participants")]

    class Meta:
        model = InterviewRound
        fields = ["id", "uid", *InterviewRoundForm.Meta.fields, "reply_promised_read", "created_at"]


class UpdateIn(ModelSchema):
    class Meta:
        model = StatusUpdate
        fields = StatusUpdateForm.Meta.fields


class UpdatePatch(ModelSchema):
    class Meta:
        model = StatusUpdate
        fields = StatusUpdateForm.Meta.fields
        fields_optional = "__all__"


class UpdateOut(ModelSchema):
    application_id: int

    class Meta:
        model = StatusUpdate
        fields = ["id", "uid", *StatusUpdateForm.Meta.fields, "news_by_read", "created_at"]


class FieldProblem(Schema):
    loc: list[str] = Field(description='Where: e.g. ["body", "payload", "company"].')
    msg: str
    type: str


class Problem(Schema):
    """Every 4xx (RFC 9457 problem details, as application/problem+json)."""

    type: str = Field("about:blank", description="The status code says what went wrong.")
    title: str = Field(description="The status code's phrase, e.g. “Not Found”.")
    status: int
    detail: str = Field(description="What went wrong, in a sentence for a person.")
    errors: list[FieldProblem] | None = Field(None, description="Invalid input: each field.")


# The advice, as ``interviews.guidance.Advice.as_dict()`` writes it: a thin mirror, so the
# engine can change behind it while the field names and types hold.


class StepOut(Schema):
    key: str
    text: str
    due: date | None


class QuestionOut(Schema):
    text: str
    round_id: int
    stale: bool


class ThankYouOut(Schema):
    round_id: int
    due: date | None


class AdviceOut(Schema):
    stage: str
    situation: str
    guide_slug: str
    headline: str
    meaning: str
    not_meaning: str
    timing: str
    timing_line: str
    next_steps: list[StepOut]
    questions: list[QuestionOut]
    interview_number: int
    awaiting_reply: bool
    waiting_since: date | None
    window: list[int] | None = Field(description="Typical reply window, in business days.")
    days_waiting: int | None
    reply_expected_by: date | None
    follow_up_on: date | None
    follow_ups_sent: int
    follow_ups_unanswered: int
    quiet: bool
    quiet_from: date | None
    waiting_state: str = Field(description='"", "on_track", "overdue", "follow_up" or "quiet".')
    deadline: date | None
    thank_you: ThankYouOut | None
    last_activity_on: date | None
    next_round_id: int | None
    last_round_id: int | None
