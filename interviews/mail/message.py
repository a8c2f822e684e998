"""One RFC 5322 message as plain parts: who sent it, when, what it says, what it schedules.

Parsing is forgiving by design: a header that will not parse, a charset nobody knows, a
truncated MIME tree or a part that will not decode gives an empty value, never an error,
so that the reader can answer "no status update here" for anything it cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from interviews.mail.forwarding import news_part, written_date
from interviews.mail.invites import Invite, invite_in

MAX_PARTS = 40  # a message with more parts than this is not a letter from HR
MAX_TEXT_CHARS = 20_000  # HR writes short letters; the rest is quoted history and footers


@dataclass(frozen=True)
class Message:
    sender_name: str
    sender: str  # the address, lower case
    subject: str
    message_id: str
    sent_at: datetime | None
    text: str  # the newest message only: quoted replies removed
    automatic: bool  # an auto-reply (out of office, vacation)
    bulk: bool  # a mailing list or bulk sender (job alerts, newsletters)
    attachment_names: tuple[str, ...]
    invite: Invite | None  # the first event of an attached or inline calendar
    forwarded: bool  # sender, date and text are the forwarded message's


def parse(raw: bytes) -> Message:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    sender_name, sender = _sender(_header(message, "From"))
    parts = _parts(message)
    subject = _one_line(_header(message, "Subject"))[:300]
    sent_at = _sent_at(_header(message, "Date"))
    news = news_part(_body(parts), subject)
    if news.sender and (inner := _sender(news.sender))[1]:
        sender_name, sender = inner
        sent_at = written_date(news.date, sent_at.tzinfo if sent_at else None) or sent_at
        subject = _one_line(news.subject)[:300] or subject
    return Message(
        sender_name=sender_name,
        sender=sender,
        subject=subject,
        message_id=_header(message, "Message-ID").strip()[:250],
        sent_at=sent_at,
        text=newest_text(news.text)[:MAX_TEXT_CHARS],
        automatic=_is_automatic(message),
        bulk=bool(_header(message, "List-Unsubscribe") or _header(message, "List-Id"))
        or _header(message, "Precedence").lower() in {"bulk", "list", "junk"},
        attachment_names=tuple(_attachment_names(parts)),
        invite=invite_in(parts),
        forwarded=bool(news.sender),
    )


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a malformed header: the email package raises many kinds
        return ""
    return str(value or "")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sender(value: str) -> tuple[str, str]:
    pairs = getaddresses([value])
    for name, address in pairs:
        if "@" in address:
            return _one_line(name)[:200], address.strip().lower()[:254]
    return "", ""


def _sent_at(value: str) -> datetime | None:
    try:
        sent = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if sent.tzinfo is None:  # "-0000": the sender did not say; RFC 5322 means UTC
        sent = sent.replace(tzinfo=UTC)
    return sent


def _is_automatic(message: EmailMessage) -> bool:
    auto = _header(message, "Auto-Submitted").lower()
    subject = _header(message, "Subject").lower()
    return (
        # RFC 3834: "auto-replied" is an auto-reply; "auto-generated" is any machine's
        # mail (an ATS notice, a calendar invite), which can carry news.
        auto.startswith("auto-replied")
        or bool(_header(message, "X-Autoreply"))
        or subject.startswith(("automatic reply", "auto:", "out of office", "autoreply"))
    )


def _parts(message: EmailMessage) -> list[EmailMessage]:
    try:
        return list(message.walk())[:MAX_PARTS]
    except Exception:
        return [message]


def _decoded(part: EmailMessage, limit: int = 2_000_000) -> str:
    try:
        payload = part.get_payload(decode=True) or b""
    except Exception:
        return ""
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload[:limit].decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: read what is readable
        return payload[:limit].decode("utf-8", errors="replace")


def _body(parts: list[EmailMessage]) -> str:
    """The plain text of the first text part, or of the first HTML part made plain when
    there is no plain part or the plain one is a stub."""
    plain = html = ""
    for part in parts:
        if part.is_multipart() or _is_attachment(part):
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and not plain:
            plain = _decoded(part)
        elif kind == "text/html" and not html:
            html = _decoded(part)
    from_html = html_to_text(html) if html else ""
    return from_html if _says_more(from_html, plain) else plain


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"\w{3,}", text.lower()) if not word.isdigit()}


def _says_more(html_text: str, plain: str) -> bool:
    """Whether the HTML part is the letter and the plain part a stub of it ("There's an
    update on your application: view it in your browser"). Two renderings of one letter
    share their words; when over a third of the HTML's words are missing from the plain
    part, the plain part is not the letter."""
    html_words = _words(html_text)
    if not html_words:
        return False
    missing = html_words - _words(plain)
    return len(missing) * 3 > len(html_words)


def _is_attachment(part: EmailMessage) -> bool:
    try:
        return part.get_content_disposition() == "attachment"
    except Exception:
        return True


def _attachment_names(parts: list[EmailMessage]) -> list[str]:
    names = []
    for part in parts:
        try:
            name = part.get_filename()
        except Exception:
            name = None
        if name:
            names.append(str(name)[:200])
    return names


class _TextOfHtml(HTMLParser):
    BLOCKS = {"p", "br", "div", "tr", "li", "h1", "h2", "h3", "h4", "table", "blockquote"}
    HIDDEN = {"style", "script", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.chunks.append("\n\n" if tag == "p" else "\n")
        if tag == "blockquote":
            self.chunks.append("\n> ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        elif tag in self.BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.chunks.append(data.replace("\xa0", " "))


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient, but a broken entity can still raise
        pass
    text = "".join(parser.chunks)
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


# Where the quoted history of a reply starts, in the clients people use.
QUOTE_STARTS = re.compile(
    r"^\s*(?:On .{0,200}wrote:|-{2,}\s*Original Message\s*-{2,}|_{10,}|"
    r"Le .{0,200}a écrit\s*:|Am .{0,200}schrieb .{0,100}:|El .{0,200}escribió:)\s*$",
    re.IGNORECASE,
)
OUTLOOK_HEADER = re.compile(r"^\s*From:\s.+", re.IGNORECASE)
OUTLOOK_NEXT = re.compile(r"^\s*(Sent|Date):\s", re.IGNORECASE)


def newest_text(text: str) -> str:
    """The message without the quoted history under it ("On ... wrote:", "> ", Outlook)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        joined = line + " " + (lines[index + 1] if index + 1 < len(lines) else "")
        if QUOTE_STARTS.match(line) or QUOTE_STARTS.match(joined):
            break
        if OUTLOOK_HEADER.match(line) and any(
            OUTLOOK_NEXT.match(following) for following in lines[index + 1 : index + 4]
        ):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def local_date(moment: datetime | None) -> date | None:
    """The sender's own calendar day of a moment (the zone of its Date header)."""
    return moment.date() if moment else None
