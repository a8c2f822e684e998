"""read(raw) -> MailReading: what one e-mail from an employer says, for the person to confirm.

Pure: no queries, no clock. Every date is resolved against the message's own Date header.
Anything it cannot read (no text, a broken MIME tree, an unknown charset) reads as
``none`` with a low confidence, never as an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from interviews import written_dates as dates
from interviews.hrmail import kinds, language, limits, scope
from interviews.hrmail.invites import MEETING_LINK, Invite
from interviews.hrmail.message import Message, parse
from interviews.hrmail.offers import offer_form
from interviews.hrmail.senders import domain_of, guess_company
from interviews.hrmail.status_lines import status_hits
from interviews.vocabulary import news_of_status_word
from interviews.written_promises import PROMISE, REQUEST, sentences

KINDS = ("none", *kinds.PRIORITY, "replied")  # replied: no news but a date to hear by
EXCERPT_CHARS = 300
EVIDENCE_CHARS = 300

# The letter fixes a time rather than asking which one suits.
FIXED_TIME = re.compile(
    r"\b(?:will take place|is (?:confirmed|scheduled|booked) for|scheduled for|confirmed for|"
    r"(?:moved|rescheduled|changed) to|your (?:interview|call) is (?:on|at))\b|"
    r"^(?:date|time|when|new time|termin|datum|uhrzeit|wann|neuer termin)\b[^:]{0,40}:|"
    r"\bbooked you in\b|"
    r"\bbestätige\w* (?:ich |wir )?(?:Ihnen |dir )?(?:hiermit )?(?:unser|Ihr|den)\b|"
    r"\bconfirm(?:ing)? (?:your|the|our) (?:\w+ ){0,2}(?:interview|call|meeting)\b|"
    r"\bconfirmed (?:your|the) (?:\w+ ){0,2}(?:interview|call|meeting) for\b|"
    r"\b(?:neue|neuer) Termin (?:ist|lautet)\b|\brufe (?:Sie|dich) .{0,60} an\b|"
    r"\b(?:moved|rescheduled|changed|pushed|shifted)\b.{0,40}\bto\b|\b(?:arranged|set) for\b|"
    r"\b(?:reserviert|eingeplant)\b|"
    r"\bfindet\b.{0,80}\bstatt\b|\b(?:verschoben|verlegt) auf\b|"
    r"\bauf\b.{0,50}\b(?:verschieben|verlegen)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MailReading:
    kind: str  # one of KINDS
    confidence: float  # 0-1: how sure the reader is of ``kind``
    sender: str
    sender_name: str
    sender_domain: str
    subject: str
    sent_at: datetime | None
    company: str
    promised_reply_by: date | None  # when the employer said they would write
    respond_by: date | None  # when they want the person's answer or work (offers, tests)
    # the interview time the mail fixes, or cancels (a hold that calls off a booked
    # interview gives that interview's time)
    scheduled_at: datetime | None
    ends_at: datetime | None  # when that interview ends, from a calendar invite
    organiser: str  # who sent the invite
    location: str  # where: a place, or the meeting link
    evidence: str  # the sentence that decided the kind
    doubt: str  # why the person should read it themselves ("" when the reading is sure)
    excerpt: str  # the start of the letter, to recognise it by
    message_id: str
    text: str  # the newest message's text, for matching; never stored

    @property
    def is_update(self) -> bool:
        return self.kind != "none"


def too_large(problem: str) -> MailReading:
    """The reading of a message over a limit: nothing but the reason."""
    return MailReading(
        kind="none", confidence=0.0, sender="", sender_name="", sender_domain="", subject="",
        sent_at=None, company="", promised_reply_by=None, respond_by=None, scheduled_at=None,
        ends_at=None, organiser="", location="",
        evidence="", doubt=f"This message is too large to read. {problem}", excerpt="",
        message_id="", text="",
    )  # fmt: skip


def read(raw: bytes, *, zone: tzinfo | None = None) -> MailReading:
    """What one raw RFC 5322 message says; ``none`` for anything that is not a status update.
    An interview time written without a zone is read in ``zone`` (the person's, when the
    caller knows it), else in the zone of the message's Date header."""
    raw = raw if isinstance(raw, bytes) else bytes(raw)
    try:
        limits.check(raw)
    except limits.TooLarge as problem:
        return too_large(str(problem))
    message = _parsed(raw)
    lines = sentences(message.text)
    kind, confidence, evidence, doubt = _classify(message, lines)
    invite = message.invite
    sent = message.sent_at.date() if message.sent_at else None
    day_first = writes_day_first(message.sender)
    promised = _first_day(lines, sent, PROMISE, unless=REQUEST, day_first=day_first)
    if kind == "none" and confidence >= NOT_NEWS:
        promised = None  # an auto-reply's return or a job alert's blurb promises nothing
    if (kind == "none" or confidence < HINT) and promised and not doubt:
        # No news, or only a hint of it ("leider"), beside a promise: they will write by then.
        kind, confidence, evidence = "replied", 0.6, _promise(lines) or evidence
    if kind in kinds.NEGATIVE:
        promised = None  # after a no nothing is awaited ("we'll delete your data in 30 days")
    booking = kind in BOOKING or (kind == "on_hold" and _calls_off_a_meeting(message, lines))
    return MailReading(
        kind=kind,
        confidence=confidence,
        sender=message.sender,
        sender_name=message.sender_name,
        sender_domain=domain_of(message.sender) if message.sender else "",
        subject=message.subject,
        sent_at=message.sent_at,
        company=_company(message),
        promised_reply_by=promised,
        respond_by=_first_day(lines, sent, REQUEST, day_first=day_first)
        if kind != "none"
        else None,
        scheduled_at=_scheduled_at(message, lines, zone, day_first, kind=kind, evidence=evidence)
        if booking
        else None,
        ends_at=invite.end if invite and booking else None,
        organiser=invite.organiser if invite else "",
        location=_location(message) if booking else "",
        evidence=evidence[:EVIDENCE_CHARS],
        doubt=doubt,
        excerpt=" ".join(message.text.split())[:EXCERPT_CHARS],
        message_id=message.message_id,
        text=message.text,
    )


def _parsed(raw: bytes) -> Message:
    try:
        return parse(raw)
    except Exception:  # the email package's own bugs on hostile input: still not an error
        return parse(b"")


def _company(message: Message) -> str:
    return guess_company(
        sender_name=message.sender_name,
        sender=message.sender,
        subject=message.subject,
        text=message.text,
    )


OTHER_LANGUAGE = "It is written in a language the reader does not know: read it yourself."
HEDGED = "It hedges (“may”, “if”, “not yet”) or mixes good and bad news: read it yourself."


def _classify(message: Message, lines: list[str]) -> tuple[str, float, str, str]:
    """(kind, confidence, evidence, doubt)."""
    if not lines and not message.subject:
        return "none", 0.1, "", ""
    if message.automatic:
        return "none", 0.95, message.subject, ""
    if language.guess(message.text) == "other":
        return "none", 0.2, "", OTHER_LANGUAGE
    hits = [hit for line in lines for hit in kinds.hits_in(line)] + status_hits(lines)
    if any(STILL_IN.search(line) for line in lines):
        # They say in so many words that the application goes on: whatever else reads as
        # a no (a cancelled "Absage", "not going ahead in December") is about a meeting.
        hits = [hit for hit in hits if hit.kind != "rejected"]
    if message.invite and (said := _invite_hit(message.invite, message.subject)):
        hits.append(said)
    # The subject counts, one step weaker than the letter's own words; a reply's subject
    # ("Re: Einladung zum zweiten Gespräch") names the quoted old news, not the new.
    subject = "" if REPLY_SUBJECT.match(message.subject) else message.subject
    hits += [
        kinds.Hit(hit.kind, hit.weight - 1, hit.sentence, hit.hedged)
        for hit in kinds.hits_in(subject)
        if hit.weight > 1
    ]
    # A subject that is one status word ("Absage", "Zusage", "Rejected") says it too.
    if subject and (one_word := news_of_status_word(subject)):
        hits.append(kinds.Hit(one_word, 2, message.subject))
    best = kinds.strongest(hits)
    not_an_update = max((hit.weight for hit in hits if hit.kind == "none"), default=0)
    not_an_update += 1 if message.bulk and not_an_update else 0
    if best is None or (best.kind not in kinds.NEGATIVE and not_an_update >= best.weight):
        return (*_none(hits, not_an_update), "")
    if best.hedged and not any(
        hit.kind == best.kind and not hit.hedged and hit.weight >= best.weight for hit in hits
    ):
        # Unsure good news hides no plain neutral news ("we confirm receipt; you will hear
        # whether we can invite you"); with none, the person reads it.
        sure = kinds.strongest([h for h in hits if not h.hedged and h.kind not in kinds.POSITIVE])
        if sure is None:
            return "none", 0.3, best.sentence, HEDGED
        best = sure
    kind = offer_form(best.kind, message.text, message.attachment_names)
    rivals = {hit.kind for hit in hits if hit.weight >= best.weight and hit.kind != "none"}
    confidence = {3: 0.9, 2: 0.7}.get(best.weight, 0.45) - (0.15 if len(rivals) > 1 else 0)
    return kind, round(confidence, 2), best.sentence, ""


# The application itself goes on: "your application stays open", "Ihre Bewerbung ist
# davon nicht betroffen", "bleibt selbstverständlich im Verfahren". Not "on file" or "in
# our talent pool", which is how a no keeps a door open.
STILL_IN = re.compile(
    r"\byour (?:application|candidacy)\b[^.]{0,20}\b(?:stays|remains|is still|is very much) "
    r"(?:open|active|live|in (?:the )?(?:process|running)|under consideration)\b"
    r"(?! for (?:future|other))|"
    r"\b(?:Ihre|deine) (?:Bewerbung|Kandidatur)\b[^.]{0,30}\b(?:(?:ist|bleibt) (?:davon )?"
    r"(?:nicht betroffen|unberührt)|bleibt (?:\w+ ){0,2}(?:im Verfahren|im Prozess|aktiv|offen))",
    re.IGNORECASE,
)
REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|antwort|sv|vs)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
UPDATED = re.compile(r"^(?:updated|aktualisiert|rescheduled|verschoben)\b", re.IGNORECASE)
BOOKING = {"invited", "rescheduled", "cancelled"}


def _calls_off_a_meeting(message: Message, lines: list[str]) -> bool:
    """A hold that also cancels the interview booked (a calendar CANCEL, or "we need to
    cancel Thursday's interview while the role is paused"): the booking is released."""
    if message.invite and message.invite.cancelled:
        return True
    return any(
        hit.kind == "cancelled" and hit.weight >= 2 for line in lines for hit in kinds.hits_in(line)
    )


def _invite_hit(invite: Invite, subject: str) -> kinds.Hit | None:
    """What a calendar invite itself says: it cancels, moves or books an event."""
    what = invite.summary or subject
    if invite.cancelled:
        return kinds.Hit("cancelled", 3, f"Calendar: cancelled “{what}”")
    if not invite.start:
        return None
    if invite.updated or UPDATED.match(subject):
        return kinds.Hit("rescheduled", 3, f"Calendar: moved “{what}”")
    return kinds.Hit("invited", 3, f"Calendar: invitation to “{what}”")


def _none(hits: list[kinds.Hit], weight: int) -> tuple[str, float, str]:
    reasons = [hit.sentence for hit in hits if hit.kind == "none"]
    if not reasons:
        return "none", 0.3, ""
    return "none", 0.85 if weight >= 3 else 0.7, reasons[0]


NOT_NEWS = 0.7  # a "none" this sure is mail that is not news (an alert, an auto-reply)
HINT = 0.5  # a kind this unsure rests on one weak word (weight 1), not on a sentence


def _promise(lines: list[str]) -> str:
    return next((line for line in lines if PROMISE.search(line)), "")


def _first_day(
    lines: list[str],
    sent: date | None,
    cue: re.Pattern[str],
    unless: re.Pattern[str] | None = None,
    *,
    day_first: bool = False,
) -> date | None:
    for at, line in enumerate(lines):
        said = cue.search(line)
        if not said or line.endswith("?"):
            continue  # a question ("shall I book it in?") promises nothing
        if THEN.search(line) and at and (then := _first_day([lines[at - 1]], sent, ANY_DAY)):
            # "In two to three weeks. By then you will hear from us": the day is the one
            # the sentence before named
            return then
        # The day belongs to the cue's clause or what follows it: in "If Friday does not
        # suit, we'll find another time" nobody promised Friday.
        start = said.start() - len(scope.clause_before(line, said.start()))
        part, before = line[start:], line[:start]
        if unless and (request := unless.search(part)):
            # what they ask ("please confirm by Friday") promises nothing; a promise said
            # before it ("you'll have an answer within three days, so please don't worry")
            # still stands
            part = part[: request.start()]
        if (closing := FROM_CLOSING.search(part)) and (anchor := _closing_day(lines, sent)):
            # "within 10 working days of the closing date", the closing date named above
            part = part[: closing.start()] + part[closing.end() :]
            sent = anchor
        if found := _promised_day(part, sent, day_first=day_first, before=before):
            return found
    return None


# A span counted from the advert's closing date, which the letter names elsewhere.
FROM_CLOSING = re.compile(
    r"\s*\b(?:of|from|after|following) the closing date\b|\s*\bnach (?:dem )?"
    r"(?:Bewerbungsschluss|Ende der (?:Bewerbungs|Ausschreibungs)frist)\b",
    re.IGNORECASE,
)
CLOSING_DAY = re.compile(
    r"\b(?:closing date|Bewerbungsschluss|Ende der Bewerbungsfrist)\b[^.]{0,40}?"
    r"(?:\bis\b|\bwas\b|\bist\b|\bwar\b|:)",
    re.IGNORECASE,
)


def _closing_day(lines: list[str], sent: date | None) -> date | None:
    for line in lines:
        if said := CLOSING_DAY.search(line):
            return dates.day_in(line[said.end() :], sent)
    return None


# "Spätestens dann", "by then": a promise that points back to the sentence before.
THEN = re.compile(r"\b(?:by then|until then|spätestens dann|bis dahin|dann)\b", re.IGNORECASE)
ANY_DAY = re.compile(r".")


# "..., and if it slips, on the first working day after New Year at the very latest": the
# clause that names the latest day is the promise.
AT_THE_LATEST = re.compile(r"\bat the (?:very )?latest\b|\bno later than\b", re.IGNORECASE)
CLAUSE = re.compile(r"[,;]|\s(?:and|or)\s", re.IGNORECASE)


def _promised_day(part: str, sent: date | None, *, day_first: bool, before: str) -> date | None:
    if AT_THE_LATEST.search(part):
        for clause in CLAUSE.split(part):
            if AT_THE_LATEST.search(clause) and (
                found := dates.day_in(clause, sent, day_first=day_first)
            ):
                return found
    return dates.day_in(part, sent, day_first=day_first, before=before)


PLACE = re.compile(
    r"^\s*(?:location|where|address|venue|place|ort|adresse|treffpunkt|wo)\s*:\s*(?P<place>\S.{2,200})$",
    re.IGNORECASE | re.MULTILINE,
)


def _location(message: Message) -> str:
    """Where the interview is: the invite's place or link, else a "Location:" line or a
    meeting link in the letter."""
    if message.invite and message.invite.location:
        return message.invite.location
    if found := PLACE.search(message.text):
        return found["place"].strip()
    found_link = MEETING_LINK.search(message.text)
    return found_link.group(0) if found_link else ""


def _scheduled_at(
    message: Message,
    lines: list[str],
    zone: tzinfo | None,
    day_first: bool,
    *,
    kind: str,
    evidence: str,
) -> datetime | None:
    """The time the letter fixes: the first in a sentence that fixes one ("is confirmed
    for"), else the one time written on a date line. Several different times on date lines
    and none fixed are slots to choose from: no time is fixed yet. In a letter that moves
    an interview (``moving``) the old time is not a candidate, and the one new time they
    ask about ("instead of Wednesday at 3pm, could we do Thursday at 11am?") is the new one
    once they say they have booked it. A cancellation names the time it cancels in the
    sentence that cancels ("das für Freitag um 9:00 Uhr vereinbarte Gespräch absagen")."""
    if message.invite and message.invite.start:
        return message.invite.start
    if kind == "cancelled" and (
        said := dates.moment_in(evidence, message.sent_at, zone, day_first=day_first)
    ):
        return said
    moving = kind == "rescheduled"
    booked = moving and any(BOOKED_ALREADY.search(line) for line in lines)
    if moving:
        lines = [line for line in map(_new_time_only, lines) if line]
    slots: list[datetime] = []
    for line in lines:
        asked = line.rstrip().endswith("?")
        fixed = FIXED_TIME.search(line) or (booked and asked and _one_time(line))
        if (asked and not fixed) or not (fixed or _date_line(line)):
            continue
        found = dates.moment_in(line, message.sent_at, zone, day_first=day_first)
        if found and fixed:
            return found
        if found and found not in slots:
            slots.append(found)
    return slots[0] if len(slots) == 1 else None


# The time being given up in a letter that moves an interview: after "instead of" (up to
# the clause's end), or in a sentence that moves it without saying to when ("we must move
# your interview on Wednesday 2 December at 10:00").
OLD_TIME = re.compile(
    r"\b(?:instead of|rather than|statt|anstatt|anstelle|originally|ursprünglich|previously|"
    r"bisher)\b[^,;?]*",
    re.IGNORECASE,
)
MOVED_WITHOUT_TARGET = re.compile(
    r"\b(?:move|moving|reschedule|rescheduling|postpone)\b(?!.*\b(?:to|new)\b)|"
    # German puts the verb last: the target ("auf Freitag") may come anywhere before it
    r"^(?!.*\b(?:auf|neue\w*)\b).*\b(?:verschieben|verlegen)\b",
    re.IGNORECASE,
)
# They have booked the new time already ("I've sent an updated calendar invite", "haben
# ihn bereits im Kalender geblockt"): the one time they ask about is fixed, not a proposal.
BOOKED_ALREADY = re.compile(
    r"\b(?:sent|sending|send) (?:you )?(?:an |the )?(?:updated|new) (?:calendar )?invit\w*|"
    r"\bupdated (?:calendar )?invit\w* (?:is|has been) (?:on its way|sent)|"
    r"\bim Kalender\b.{0,40}\b(?:geblockt|eingetragen|reserviert)\b|"
    # "Ich habe den Termin vorsorglich so eingetragen", "I've pencilled it in"
    r"\b(?:den Termin|ihn|es)\b.{0,30}\b(?:eingetragen|geblockt|reserviert)\b|"
    r"\bI(?:'ve| have) (?:already |provisionally )?(?:put|pencil+ed|booked|blocked) "
    r"(?:it|that) in\b",
    re.IGNORECASE,
)
CLOCK_TIME = re.compile(
    # ("11.12." is a German date, not a time)
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|Uhr)(?=\W|$)|\b\d{1,2}[:.]\d\d\b(?!\.)",
    re.IGNORECASE,
)


def _new_time_only(line: str) -> str:
    if MOVED_WITHOUT_TARGET.search(line):
        return ""
    return OLD_TIME.sub("", line)


def _one_time(line: str) -> bool:
    return len(CLOCK_TIME.findall(line)) == 1


# Where 01/12 is the 1st of December: every country domain but the United States' and
# Canada's; a generic domain (.com) says nothing, so only unmistakable dates are read.
MONTH_FIRST_OR_UNKNOWN = {"com", "org", "net", "io", "co", "ai", "dev", "app", "us", "ca", "edu"}


def writes_day_first(sender: str) -> bool:
    top = domain_of(sender).rsplit(".", 1)[-1] if "@" in sender else ""
    return len(top) == 2 and top not in MONTH_FIRST_OR_UNKNOWN


def _date_line(line: str) -> bool:
    """A line that is a date and a time and little else ("Thursday 10th December 14:00
    CET"), or that fixes one in passing ("... a final interview on 10 December at 3pm")."""
    return len(line.split()) <= 8 or bool(ON_AT.search(line) or DATE_FIRST.match(line))


ON_AT = re.compile(
    r"\b(?:on|this|next|coming) (?:the )?\S+.{0,30}\bat \d|\bam \S+.{0,30}\bum \d|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|morgen|übermorgen|montag|dienstag|"
    r"mittwoch|donnerstag|freitag)\b.{0,30}\b(?:at|um) \d",
    re.IGNORECASE,
)
# A line that starts with the day, whatever follows it once lines are joined: "Dienstag,
# 24.11.2026 um 14:00 Uhr", "Mo 30.11.2026, 10:30 Uhr", "Tuesday, December 8, 2026".
DATE_FIRST = re.compile(
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag)\b|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so)\b\.?,?\s+\d|"
    r"[0-3]?\d\.\s*(?:[01]?\d\.|[a-zä]{3})|[0-3]?\d(?:st|nd|rd|th)?\s+[a-z]{3})",
    re.IGNORECASE,
)
