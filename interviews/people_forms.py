"""The people on the forms: an application's recruiter, referrer and agency named apart, a
round's participants, a contact's details, and adding a person to an application."""

from __future__ import annotations

import re

from django import forms

from interviews.folding import fold
from interviews.models import Contact, ContactRole
from interviews.people_writes import Named
from interviews.validators import validate_one_line

# Words that say a name typed as the recruiter is the person who referred them
# ("Lena Brandt (friend, referred me)"): said back, so the friend gets no HR follow-up.
_REFERRER_WORDS = re.compile(r"\b(referr\w*|friend|empfohlen\w*|empfehlung)\b")


def _name_field(label: str, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=200,
        required=False,
        validators=[validate_one_line],
        help_text=help_text,
    )


class ApplicationPeopleFields(forms.Form):
    """Who is who on an application: follow-ups go to the recruiter, never the referrer."""

    recruiter_name = _name_field(
        "Recruiter or HR contact", "Follow-ups are addressed to them. Leave empty if unknown."
    )
    recruiter_email = forms.EmailField(label="Recruiter's e-mail", required=False)
    referrer_name = _name_field(
        "Who referred you", "A friend or colleague who passed on your application."
    )
    agency_name = _name_field("Agency recruiter", "If an agency put you forward.")
    agency_email = forms.EmailField(label="Agency recruiter's e-mail", required=False)

    PEOPLE = {
        ContactRole.RECRUITER: ("recruiter_name", "recruiter_email"),
        ContactRole.REFERRER: ("referrer_name", None),
        ContactRole.AGENCY: ("agency_name", "agency_email"),
    }

    def people_initial(self, application) -> None:
        """Fill the fields from the people the application has (an edit)."""
        for role, (name, email) in self.PEOPLE.items():
            contact = application.person(role)
            if contact is not None:
                self.initial.setdefault(name, contact.name)
                if email:
                    self.initial.setdefault(email, contact.email)

    def clean_recruiter_name(self) -> str:
        name = self.cleaned_data.get("recruiter_name", "")
        if (
            _REFERRER_WORDS.search(fold(name))
            and not self.data.get(self.add_prefix("referrer_name"), "").strip()
        ):
            raise forms.ValidationError(
                "This sounds like the person who referred you: put them under "
                "“Who referred you”, so that follow-ups are not addressed to them.",
                code="referrer_as_recruiter",
            )
        return name

    def people(self, application=None) -> dict[str, Named | Contact | None]:
        """The people as the form names them, by role; the current contact keeps its
        record when its name stays (a new e-mail is theirs)."""
        named: dict[str, Named | Contact | None] = {}
        for role, (name_field, email_field) in self.PEOPLE.items():
            name = " ".join(self.cleaned_data.get(name_field, "").split())
            email = self.cleaned_data.get(email_field, "") if email_field else ""
            current = application.person(role) if application and application.pk else None
            if current is not None and name and fold(name) == fold(current.name):
                current.email = email if email_field else current.email
                named[role] = current
            else:
                named[role] = Named(name, email) if name or email else None
        return named


class RoundPeopleFields(forms.Form):
    """Who was in the round: the thank-you after it is addressed to them."""

    interviewers = forms.CharField(
        label="Who you meet",
        max_length=300,
        required=False,
        validators=[validate_one_line],
        help_text="Names, comma-separated. A name you already have links that contact; "
        "a new one is added to your contacts.",
    )

    def people_initial(self, interview_round) -> None:
        if interview_round.pk is not None:
            self.initial.setdefault("interviewers", interview_round.interviewers)

    def people(self) -> list[Named]:
        return Named.split(self.cleaned_data.get("interviewers", ""))


class ContactForm(forms.ModelForm):
    linkedin_url = forms.URLField(
        label="LinkedIn address", max_length=500, required=False, assume_scheme="https"
    )

    class Meta:
        model = Contact
        fields = ["name", "email", "phone", "company", "linkedin_url", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}

    def clean_linkedin_url(self) -> str:
        url = self.cleaned_data.get("linkedin_url", "")
        if url and not url.lower().startswith(("https://", "http://")):
            raise forms.ValidationError("Give a web address (https://…).")
        return url


class PersonAddForm(forms.Form):
    """Add a person to an application: one of the person's contacts, or a new name."""

    role = forms.ChoiceField(label="Their part", choices=ContactRole.choices)
    contact = forms.ModelChoiceField(
        label="One of your contacts",
        queryset=Contact.objects.none(),
        required=False,
        empty_label="Choose a contact…",
    )
    name = _name_field("Or a new person's name")
    email = forms.EmailField(label="Their e-mail", required=False)

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        contact_field = self.fields["contact"]
        assert isinstance(contact_field, forms.ModelChoiceField)
        contact_field.queryset = Contact.objects.for_user(owner).only("pk", "name", "company")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("contact") and not cleaned.get("name", "").strip():
            raise forms.ValidationError(
                "Choose one of your contacts, or type a new person's name.", code="nobody"
            )
        return cleaned

    def named(self) -> Named | None:
        if self.cleaned_data.get("contact"):
            return None
        return Named(self.cleaned_data["name"], self.cleaned_data.get("email", ""))
