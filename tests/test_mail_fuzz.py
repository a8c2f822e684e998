"""read() on bad input: never an exception; what it cannot read is `none`, unsure."""

from __future__ import annotations

import os
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews.hrmail import KINDS, MailReading, read
from tests import mail_corpus
from tests.support.fuzz import examples

FUZZ = settings(
    max_examples=examples(60),
    derandomize=bool(os.environ.get("CI")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
SAMPLES = [path.read_bytes() for path in mail_corpus.files()]
LOW = 0.3


def assert_well_formed(reading: MailReading) -> None:
    assert reading.kind in KINDS
    assert 0 <= reading.confidence <= 1
    assert reading.sent_at is None or reading.sent_at.tzinfo is not None
    assert len(reading.evidence) <= 300 and len(reading.excerpt) <= 300


@FUZZ
@given(st.binary(max_size=4000))
def test_any_bytes_read_without_an_error(raw):
    assert_well_formed(read(raw))


@FUZZ
@given(st.sampled_from(SAMPLES), st.integers(min_value=0, max_value=6000))
def test_a_truncated_message_reads_without_an_error(sample, cut):
    assert_well_formed(read(sample[:cut]))


@FUZZ
@given(st.sampled_from(SAMPLES), st.binary(min_size=1, max_size=40), st.integers(0, 5000))
def test_a_corrupted_message_reads_without_an_error(sample, noise, at):
    assert_well_formed(read(sample[:at] + noise + sample[at + len(noise) :]))


@FUZZ
@given(st.text(max_size=300), st.text(max_size=80), st.text(max_size=60))
def test_any_text_in_headers_and_body_reads_without_an_error(body, subject, charset):
    raw = (
        f"From: {subject}\r\nSubject: {subject}\r\nDate: {subject}\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{body}"
    ).encode("utf-8", errors="surrogatepass")
    assert_well_formed(read(raw))


def test_empty_input_is_none_and_unsure():
    for raw in (b"", b"\r\n", b"From: a@b.c\r\n\r\n", b"Subject: \r\n\r\n   \r\n"):
        reading = read(raw)
        assert (reading.kind, reading.confidence <= LOW) == ("none", True), raw


def test_headers_cut_off_before_the_body_are_none():
    raw = (mail_corpus.CORPUS / "rejected" / "position-filled.eml").read_bytes()
    reading = read(raw[: raw.index(b"\n\n") - 40])
    assert reading.kind == "none" and reading.confidence <= LOW


def test_no_date_header_reads_with_no_sent_at():
    raw = (mail_corpus.CORPUS / "acknowledged" / "lever-kestrel-two-weeks.eml").read_bytes()
    without = b"\n".join(line for line in raw.split(b"\n") if not line.startswith(b"Date:"))
    reading = read(without)
    assert reading.kind == "acknowledged"  # still read...
    assert reading.sent_at is None and reading.promised_reply_by is None  # ...but not dated


def test_an_unknown_charset_of_unreadable_bytes_is_none():
    raw = (
        b"From: hr@acme.com\r\nSubject: =?x-klingon?q?=FF=FE?=\r\n"
        b"Content-Type: text/plain; charset=x-klingon\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"//79/Pv6+fj39vX08/Lx8O/u7ezr6uno5+bl5OPi4eDf3t3c29rZ2NfW1dTT0tHQ\r\n"
    )
    reading = read(raw)
    assert reading.kind == "none" and reading.confidence <= LOW


def test_a_20_mb_attachment_is_too_large_to_read_and_not_kept():
    message = EmailMessage()
    message["From"] = "hr@acme.com"
    message["Subject"] = "Photos from the office party"
    message["Date"] = "Mon, 16 Nov 2026 10:00:00 +0000"
    message.set_content("")
    message.add_attachment(os.urandom(20 * 1024 * 1024), maintype="application",
                           subtype="octet-stream", filename="party.zip")  # fmt: skip
    reading = read(message.as_bytes())
    assert reading.kind == "none" and reading.confidence <= LOW
    assert "too large to read" in reading.doubt
    assert len(reading.text) < 1000
