"""Bad input to the forms that write people: a contact's details, a person added to an
application with a role. A stranger's contact or application is a 404 whatever is sent."""

from __future__ import annotations

from http import HTTPStatus

from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from interviews.models import Contact, ContactRole
from tests.support.bad_input import assert_sane, post_and_check, records, target_app
from tests.support.fuzz import (
    FUZZ,
    email_text,
    fine_text,
    name_text,
    one_of_values,
    pk_choice,
    resolve_pk,
    spoiled,
    text,
    url_text,
)

CONTACT_FORM = spoiled(
    {
        "name": name_text,
        "email": st.one_of(st.just(""), st.emails()),
        "phone": fine_text,
        "company": fine_text,
        "linkedin_url": st.sampled_from(["", "https://www.linkedin.com/in/someone", "x.com/y"]),
        "notes": fine_text,
    },
    {
        **dict.fromkeys(["name", "phone", "company", "notes"], text),
        "email": email_text,
        "linkedin_url": url_text,
    },
)
PERSON_FORM = spoiled(
    {
        "role": one_of_values(ContactRole.values),
        "name": name_text,
        "email": st.one_of(st.just(""), st.emails()),
    },
    {"role": text, "name": text, "email": email_text, "contact": st.one_of(text, st.integers())},
)


def own_contact(scene) -> Contact:
    return scene.target.recruiter


@FUZZ
@given(data=CONTACT_FORM)
@example(data={"name": "\x00"})
@example(data={"name": "", "email": ""})
def test_adding_a_contact_survives_any_input(owner, scene, data):
    post_and_check(owner, scene, reverse("interviews:contact_create"), data)


@FUZZ
@given(data=CONTACT_FORM, who=pk_choice)
def test_editing_a_contact_survives_any_input(owner, scene, data, who):
    mine, theirs = own_contact(scene), scene.elsewhere.recruiter
    pk = resolve_pk(who, mine.pk, theirs.pk)
    # Their name is in the owner's applications' stored advice: those may be worked out again.
    rows = {("Contact", mine.pk), *target_app(scene), ("Application", scene.bystander.pk)}
    path = f"/contacts/{pk}/edit/"
    post_and_check(owner, scene, path, data, may_change=rows, owned=pk == mine.pk)


@FUZZ
@given(data=PERSON_FORM, who=pk_choice)
@example(data={"role": "referrer", "name": "Lena", "contact": "2"}, who="own")
def test_adding_a_person_to_an_application_survives_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/people/new/"
    # A name the owner has already is that contact, its e-mail filled in where it had none
    # (people_writes.Book): the owner's contacts may change, never a stranger's.
    theirs = Contact.objects.filter(owner=scene.owner).values_list("pk", flat=True)
    rows = {*target_app(scene), *(("Contact", contact) for contact in theirs)}
    post_and_check(owner, scene, path, data, may_change=rows, owned=pk == scene.target.pk)


def test_a_strangers_contact_and_role_are_404s_for_every_write(owner, scene):
    theirs = scene.elsewhere.recruiter
    link = scene.elsewhere.contact_links.get()
    before = records()
    for path in (
        f"/contacts/{theirs.pk}/edit/",
        f"/contacts/{theirs.pk}/delete/",
        f"/people/{link.pk}/remove/",
    ):
        response = owner.post(path, {"name": "Hijacked"})
        assert response.status_code == HTTPStatus.NOT_FOUND, path
    assert_sane(response, before)
    assert Contact.objects.get(pk=theirs.pk).name == theirs.name
