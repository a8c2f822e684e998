"""Hard limits: a message over any of them is "too large to read", found on the raw bytes
before the email package parses it, with bounded memory (tracemalloc, wide margins)."""

from __future__ import annotations

import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interviews.hrmail import forwarding, limits, read
from interviews.hrmail.models import MailSuggestion
from tests.factories import UserFactory
from tests.support.mail import letter

MEMORY_CEILING = 100 * 1024 * 1024


def huge_subject() -> bytes:
    words = " ".join(["=?utf-8?q?Interview=5Finvitation?="] * 8_000)  # ~280,000 characters
    return (
        f"From: hr@acme.com\nSubject: {words}\n\nWe'd like to invite you to interview.\n".encode()
    )


def many_parts(count: int = 100_000) -> bytes:
    head = 'From: hr@acme.com\nSubject: x\nContent-Type: multipart/mixed; boundary="b"\n\n'
    body = "".join("--b\nContent-Type: text/plain\n\nhi\n" for _ in range(count)) + "--b--\n"
    return (head + body).encode()


def deep_nesting(depth: int = 2_000) -> bytes:
    lines = ["From: hr@acme.com", "Subject: x"]
    for level in range(depth):
        lines += [f'Content-Type: multipart/mixed; boundary="b{level}"', "", f"--b{level}"]
    lines += ["Content-Type: text/plain", "", "We'd like to invite you to interview."]
    return "\n".join(lines).encode()


def bounded(raw: bytes):
    tracemalloc.start()
    try:
        reading = read(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return reading, peak


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (huge_subject(), "headers"),
        (many_parts(), "parts"),
        (deep_nesting(), "nested"),
        (b"From: hr@acme.com\n\n" + b"x" * (limits.MAX_BYTES + 1), "MB"),
    ],
    ids=["huge-subject", "100000-parts", "deep-nesting", "over-size"],
)
def test_a_message_over_a_limit_is_too_large_to_read_and_nothing_else(raw, reason):
    reading, peak = bounded(raw)
    assert reading.kind == "none"
    assert reading.doubt.startswith("This message is too large to read.")
    assert reason in reading.doubt
    assert (reading.subject, reading.sender, reading.text, reading.evidence) == ("", "", "", "")
    assert peak < MEMORY_CEILING


def test_encoded_words_spread_over_short_headers_are_counted_too():
    words = "\n".join(f"X-Note-{n}: =?utf-8?q?a?=" for n in range(limits.MAX_ENCODED_WORDS + 5))
    raw = f"From: hr@acme.com\n{words}\nSubject: x\n\nHello\n".encode()
    assert "encoded words" in read(raw).doubt


def test_a_letter_within_the_limits_is_read():
    reading = read(letter("We'd like to invite you to an interview next week."))
    assert reading.kind == "invited"
    assert reading.doubt == ""


def test_limits_let_every_corpus_letter_through():
    from tests import mail_corpus

    for path in mail_corpus.files():
        limits.check(path.read_bytes())


@pytest.mark.django_db
def test_the_upload_page_says_too_large_and_records_nothing(client):
    client.force_login(UserFactory())
    upload = SimpleUploadedFile("big.eml", many_parts(), content_type="message/rfc822")
    response = client.post(reverse("interviews:mail_add"), {"eml": upload})
    assert response.status_code == 200
    assert "too large to read" in response.content.decode()
    assert not MailSuggestion.objects.exists()


@pytest.mark.django_db
def test_the_paste_page_says_too_large_for_a_huge_subject(client):
    client.force_login(UserFactory())
    pasted = huge_subject().decode()
    response = client.post(reverse("interviews:mail_add"), {"message": pasted})
    assert response.status_code == 200
    assert "too large to read" in response.content.decode()
    assert not MailSuggestion.objects.exists()


def test_the_search_for_a_quoted_header_block_reads_a_bounded_head(monkeypatch):
    """quotequail's search costs the square of the lines that look like a header; it is
    only given the head of the letter, whatever the letter's length (counted, not timed)."""
    seen: list[int] = []
    unwrap = forwarding.quotequail.unwrap
    monkeypatch.setattr(
        forwarding.quotequail, "unwrap", lambda text: seen.append(text.count("\n")) or unwrap(text)
    )
    read(letter("Interview on 3 March 2026 at 10:00.\n" * 5_000))
    assert seen and max(seen) <= forwarding.SEARCHED_LINES


def test_a_forward_longer_than_the_searched_head_keeps_its_end():
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Acme Careers <jobs@acme.com>\n"
        "Date: Tue, 6 Oct 2026 at 10:00\nSubject: Your application\nTo: <jordan@example.com>\n\n"
        + "We read your portfolio.\n" * (forwarding.SEARCHED_LINES + 50)
        + "We regret that we will not be moving forward with your application.\n"
    )
    reading = read(letter(body, subject="Fwd: Your application"))
    assert reading.kind == "rejected"
    assert reading.sender_domain == "acme.com"
