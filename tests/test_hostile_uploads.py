"""Hostile files and pastes through every upload and paste surface, over HTTP: the
spreadsheet import, the backup restore and the mail paste/upload. Each answers with a
page and a reason (4xx or a form error), never a 5xx; nothing of the account changes
unless the input was accepted; the work and the memory are bounded by limits checked on
the raw input (the timings are in tests/test_linear_work.py)."""

from __future__ import annotations

import codecs
import json
import tracemalloc
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews.accounts.models import Profile
from interviews.exchange.restore import MAX_RECORDS, RestoreError, read_document
from interviews.jobs.models import Job, JobStatus
from interviews.models import Application, PendingImport
from tests.factories import ApplicationFactory
from tests.support.backup import stored
from tests.support.fuzz import examples

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def restore_upload(client, raw: bytes):
    upload = SimpleUploadedFile("backup.json", raw, content_type="application/json")
    return client.post(reverse("interviews:backup_restore"), {"backup": upload})


def import_upload(client, raw: bytes):
    upload = SimpleUploadedFile("jobs.csv", raw, content_type="text/csv")
    return client.post(reverse("interviews:import_upload"), {"spreadsheet": upload})


def header(**profile) -> dict:
    return {"format": "interview-tracker-backup", "version": 1, "profile": profile}


HOSTILE_BACKUPS = {
    "deep-nesting": b"[" * 100_000 + b"]" * 100_000,
    "huge-integer": b'{"format": "interview-tracker-backup", "version": ' + b"9" * 5000 + b"}",
    "huge-exponent": b'{"format": "interview-tracker-backup", "version": 1e999999}',
    "nan": b'{"format": "interview-tracker-backup", "version": NaN}',
    "lone-surrogate": b'{"format": "\\ud800"}',
    "not-utf8": b'{"format": "\xff\xfe"}',
    "utf16": codecs.BOM_UTF16_LE + '{"format": 1}'.encode("utf-16-le"),
    "zone-as-list": json.dumps(header(time_zone=["UTC"])).encode(),
    "unknown-zone": json.dumps(header(time_zone="Mars/Olympus_Mons", country="US")).encode(),
    "unknown-country": json.dumps(header(country="XX", time_zone="UTC")).encode(),
    "duplicate-uids": json.dumps(
        {**header(country="US"), "applications": [{"uid": "0" * 32, "company": "A"}] * 2}
    ).encode(),
    "over-the-record-limit": json.dumps(
        {**header(country="US"), "applications": [{"uid": "x"}] * (MAX_RECORDS + 1)}
    ).encode(),
    "orphan-round": json.dumps(
        {**header(country="US"), "rounds": [{"uid": "1" * 32, "application": "2" * 32}]}
    ).encode(),
}


# Refused by the worker, which checks every record before writing any (the request reads
# the file, its format and its size): the restore's page says why.
RECORD_PROBLEMS = {
    "zone-as-list",
    "unknown-zone",
    "unknown-country",
    "duplicate-uids",
    "orphan-round",
}


@pytest.mark.usefixtures("tasks_at_once")
@pytest.mark.parametrize("raw", HOSTILE_BACKUPS.values(), ids=HOSTILE_BACKUPS.keys())
def test_a_hostile_backup_is_refused_with_a_reason_and_changes_nothing(
    owner_client, user, raw, request
):
    ApplicationFactory(owner=user, company="Already here")
    Profile.objects.filter(owner=user).update(country="GB")
    before = stored(user)
    response = restore_upload(owner_client, raw)
    if request.node.callspec.id in RECORD_PROBLEMS:
        job = Job.objects.get(owner=user)
        assert response["Location"] == job.get_absolute_url()
        assert job.status == JobStatus.FAILED
        assert 'role="alert"' in owner_client.get(job.get_absolute_url()).content.decode()
    else:
        assert response.status_code == HTTPStatus.BAD_REQUEST
        assert "invalid-feedback" in response.content.decode()
    assert stored(user) == before


def test_a_backup_over_the_record_limit_is_refused_in_a_fraction_of_its_size(owner_client):
    raw = HOSTILE_BACKUPS["over-the-record-limit"]
    assert "takes up to 50,000" in restore_upload(owner_client, raw).content.decode()
    tracemalloc.start()
    try:
        with pytest.raises(RestoreError):
            read_document(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Refused on the raw bytes: parsing them takes over 15 times their size.
    assert peak < len(raw) // 10


@FUZZ
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
        max_leaves=30,
    )
)
@pytest.mark.usefixtures("tasks_at_once")
def test_any_json_in_a_backups_shape_is_restored_or_refused_never_a_500(owner_client, user, value):
    document = header(country="US", time_zone="UTC")
    document["applications"] = value if isinstance(value, list) else [value]
    before = stored(user)
    response = restore_upload(owner_client, json.dumps(document).encode())
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
    if response.status_code == HTTPStatus.BAD_REQUEST:
        assert stored(user) == before


HOSTILE_SPREADSHEETS = {
    "megabyte-of-blank-lines": b"\r\n" * 500_000,
    "over-the-row-limit": b"Company\n" + b"x\n" * 100_000,
    "odd-utf16": codecs.BOM_UTF16_LE + "Company\nAcme\n".encode("utf-16-le") + b"\x00",
    "lone-surrogate": codecs.BOM_UTF16_LE + b"C\x00\n\x00\x00\xd8",
    "wide-header": b"," * 200_000 + b"\nx\n",
    "unclosed-quote": b'Company\n"' + b"x" * 200_000,
    "workbook": b"PK\x03\x04" + bytes(5000),
}


@pytest.mark.parametrize("raw", HOSTILE_SPREADSHEETS.values(), ids=HOSTILE_SPREADSHEETS.keys())
def test_a_hostile_spreadsheet_is_a_400_with_a_reason_and_stores_nothing(owner_client, raw):
    response = import_upload(owner_client, raw)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "invalid-feedback" in response.content.decode()
    assert not PendingImport.objects.exists() and not Application.objects.exists()


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes_uploaded_as_a_spreadsheet_are_read_or_refused(owner_client, raw):
    PendingImport.objects.all().delete()  # examples share the test's database
    response = import_upload(owner_client, raw)
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
    assert PendingImport.objects.count() == (response.status_code == HTTPStatus.FOUND)
    assert not Application.objects.exists()


HOSTILE_MAIL = {
    "half-a-megabyte-of-one-word": b"Subject: x\n\n" + b"a" * 490_000,
    "headers-without-end": b"X-H: v\n" * 50_000,
    "nested-multipart": (
        b'Content-Type: multipart/mixed; boundary="b"\n\n'
        + b'--b\nContent-Type: multipart/mixed; boundary="b"\n\n' * 2000
    ),
    "bad-charset": b"Content-Type: text/plain; charset=x-unknown\n\n\xff\xfe rejected",
    "base64-garbage": b"Content-Transfer-Encoding: base64\n\n" + b"!!!!" * 10_000,
}


@pytest.mark.parametrize("raw", HOSTILE_MAIL.values(), ids=HOSTILE_MAIL.keys())
def test_a_hostile_mail_upload_is_read_or_refused_never_a_500(owner_client, raw):
    upload = SimpleUploadedFile("mail.eml", raw, content_type="message/rfc822")
    response = owner_client.post(reverse("interviews:mail_add"), {"eml": upload})
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)


def test_a_paste_over_the_limit_is_refused_with_the_reason(owner_client):
    response = owner_client.post(reverse("interviews:mail_add"), {"message": "x" * 600_000})
    assert response.status_code == HTTPStatus.OK
    assert "at most 500000 characters" in response.content.decode()
