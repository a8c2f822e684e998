"""Hand-made hiring e-mail for the mail tests: one message, built with the standard
``email`` package, with the headers a test names."""

from __future__ import annotations

from email.message import EmailMessage

SENDER = "Dana Reyes <dana@acme-robotics.com>"
SENT = "Mon, 16 Nov 2026 10:00:00 +0000"


def mail(
    body: str,
    *,
    sender: str = SENDER,
    subject: str = "Your application",
    date: str | None = SENT,
    message_id: str | None = None,
    to: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    if to:
        message["To"] = to
    message["Subject"] = subject
    if date:
        message["Date"] = date
    if message_id:
        message["Message-ID"] = message_id
    message.set_content(body)
    return message.as_bytes()


def letter(body: str, *, subject: str = "Your application", date: str | None = SENT) -> bytes:
    """A letter to the person (To: jordan@example.com), as the reader's tests send it."""
    return mail(body, subject=subject, date=date, to="jordan@example.com")


def calendar_mail(method: str, *, auto: str = "") -> bytes:
    """An invite with a text/calendar part of iTIP ``method`` (REQUEST, CANCEL, REPLY, ...)
    for 24 November 2026 at 14:00 UTC; ``auto`` is its Auto-Submitted header."""
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = "jordan@example.com"
    message["Subject"] = "Interview: Jordan / Acme Robotics"
    message["Date"] = SENT
    if auto:
        message["Auto-Submitted"] = auto
    message.set_content("Jordan has accepted this invitation.")
    ics = (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:{method}\r\n"
        "BEGIN:VEVENT\r\nUID:abc@acme\r\nDTSTART:20261124T140000Z\r\n"
        "DTEND:20261124T150000Z\r\nSUMMARY:Interview: Jordan / Acme Robotics\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message.add_alternative(ics, subtype="calendar", params={"method": method})
    return message.as_bytes()


def fetched(sender: str, body: str, message_id: str) -> bytes:
    """A message as it sits in a mailbox: with its Message-ID."""
    return mail(body, sender=sender, message_id=message_id)


# A rejection in the person's mailbox, for the fetch tests.
REJECTION = fetched(
    SENDER,
    "Thank you for your time. We have decided to move forward with other candidates.",
    "<r1@acme-robotics.com>",
)
