"""What the API reads and writes. Inputs take the fields of the app's own forms, so the
API and the pages accept exactly the same records; outputs add ids and derived fields."""

from __future__ import annotations

from typing import Any

from ninja import ModelSchema, Schema

from interviews.forms import ApplicationForm, InterviewRoundForm, StatusUpdateForm
from interviews.models import Application, InterviewRound, StatusUpdate


class ApplicationIn(ModelSchema):
    class Meta:
        model = Application
        fields = ApplicationForm.Meta.fields


class ApplicationPatch(ModelSchema):
    class Meta:
        model = Application
        fields = ApplicationForm.Meta.fields
        fields_optional = "__all__"


class ApplicationOut(ModelSchema):
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


class RoundIn(ModelSchema):
    class Meta:
        model = InterviewRound
        fields = InterviewRoundForm.Meta.fields


class RoundPatch(ModelSchema):
    class Meta:
        model = InterviewRound
        fields = InterviewRoundForm.Meta.fields
        fields_optional = "__all__"


class RoundOut(ModelSchema):
    application_id: int

    class Meta:
        model = InterviewRound
        fields = ["id", "uid", *InterviewRoundForm.Meta.fields, "created_at"]


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
        fields = ["id", "uid", *StatusUpdateForm.Meta.fields, "created_at"]


class Problem(Schema):
    """An error: for validation, ``detail`` lists each field's problem."""

    detail: Any
