"""Status words as people and tools write them, in English and German, and the record each
stands for. One table for every reader of a status word: the spreadsheet import reads a
status column with it, and the e-mail reader uses it for a subject's single word
("Absage", "Zusage") where the word means the same. The mail reader's own kinds of news
(bad, good, and the update each records) are at the end.

A word means one of:
- ``SAVED``: not applied yet (a wish list, a bookmark);
- ``APPLIED``: applied and nothing since (the application date says it);
- ``INTERVIEWED``: in the interviews, no date given (an interview was held);
- an ``UpdateKind``: the news the word reports (an offer, a rejection, a withdrawal...).

Where the words come from, so that a reader can check them:
- Huntr's default lists: Wishlist, Applied, Interview, Offer, Rejected;
- Teal's statuses: Bookmarked, Applying, Applied, Interviewing, Negotiating, Accepted,
  I Withdrew, Not Selected, No Response;
- Simplify's: Saved, Applied, Screen, Interviewing, Offer, Rejected, Withdrawn;
- JobSync's: Draft, Applied, Interview, Offer, Rejected, Offer Accepted, Offer Declined;
- Notion's job-tracker templates: Not started, Researching, Applied, Interviewing, Offer,
  Rejected, Ghosted;
- German lists: Beworben, Eingangsbestätigung, In Bearbeitung, Warten auf Feedback,
  Telefoninterview, Vorstellungsgespräch, 1. Runde, 2. Runde, Zweitgespräch, Assessment
  Center, Angebot, Zusage, Absage, Zurückgezogen (the words of a first-week trial's own
  list, issue #22, and their neighbours);
- this product's own stages and update kinds, as its CSV exports write them (so that an
  export imports back).
"Archived" and "Expired" say nothing about the employer's answer: they stay unknown, kept
as a note.
"""

from __future__ import annotations

import re

from interviews.folding import fold, fold_variants
from interviews.models import RoundKind, Source, Stage, UpdateKind

SAVED, APPLIED, INTERVIEWED = "saved", "applied", "interviewed"

_WORDS: dict[str, tuple[str, ...]] = {
    SAVED: (
        "saved", "wishlist", "wish list", "to apply", "interested", "bookmarked", "bookmark",
        "not applied", "draft", "planned", "not started", "researching", "applying",
        "prospect", "watching",
        # German
        "gespeichert", "merkliste", "vorgemerkt", "geplant", "noch nicht beworben",
        "in vorbereitung",
    ),
    APPLIED: (
        "applied", "submitted", "sent", "application sent", "application submitted", "waiting",
        "pending", "no response", "no reply", "ghosted", "in review", "under review", "open",
        "no answer", "no word", "applied no word", "applied no response",
        # German
        "beworben", "bewerbung versendet", "bewerbung verschickt", "versendet", "verschickt",
        "offen", "keine antwort", "keine rückmeldung", "in prüfung", "abgeschickt",
        "in bearbeitung", "warten auf feedback", "warten auf antwort", "warten auf rückmeldung",
        "wartend", "warte auf antwort", "bewerbung eingereicht", "eingereicht",
    ),
    INTERVIEWED: (
        "interviewing", "interview", "interviews", "interviewed", "screen", "screening",
        "phone screen", "in process", "in progress", "onsite", "technical", "final round",
        "second interview", "first interview", "assessment", "interview completed",
        "asked in for a second interview", "1st interview", "2nd interview", "3rd interview",
        "first round", "second round", "third round", "2nd round", "onsite interview",
        "on site", "on site interview", "hiring manager interview", "technical interview",
        "panel interview", "video interview", "phone interview",
        # German
        "vorstellungsgespräch", "vorstellungsgespräche", "im gespräch", "gespräch",
        "interview geführt", "bewerbungsgespräch", "zweitgespräch", "assessment center",
        "assessment-center", "telefoninterview", "telefonisches interview", "videointerview",
        "video-interview", "erstgespräch", "kennenlerngespräch", "fachgespräch",
        "1. runde", "2. runde", "3. runde", "erste runde", "zweite runde", "dritte runde",
        "finale runde", "letzte runde", "im prozess", "im auswahlverfahren",
    ),
    UpdateKind.ACKNOWLEDGED: (
        "acknowledged", "received", "confirmed", "application received",
        # German
        "eingangsbestätigung", "eingang bestätigt", "bestätigt",
    ),
    UpdateKind.INVITED: (
        "invited", "interview scheduled", "interview invitation", "invitation",
        # German
        "einladung", "eingeladen", "einladung zum vorstellungsgespräch", "termin vereinbart",
    ),
    UpdateKind.MOVING_FORWARD: ("moving forward", "next round", "advanced", "weiter"),
    UpdateKind.ON_HOLD: ("on hold", "paused", "hold", "pausiert", "zurückgestellt"),
    UpdateKind.OFFER_VERBAL: (
        "offer", "offered", "offer received", "verbal offer", "offer extended",
        "offered the job", "job offered",
        # German
        "angebot", "mündliche zusage", "zusage", "jobangebot",
    ),
    UpdateKind.OFFER_WRITTEN: (
        "written offer", "offer letter", "contract", "vertragsangebot", "vertrag erhalten",
        "schriftliches angebot", "offer pending signature", "pending signature",
        "offer sent", "contract sent", "vertrag versendet", "vertrag zugesandt",
    ),
    UpdateKind.COUNTER_OFFER: ("negotiating", "negotiation", "counter offer", "verhandlung"),
    UpdateKind.REJECTED: (
        "rejected", "rejection", "declined by company", "not selected", "unsuccessful",
        "turned down", "closed", "position filled", "not moving forward", "denied",
        "no longer under consideration", "not under consideration", "not shortlisted",
        "not progressed", "not successful", "candidate not selected", "application unsuccessful",
        # German
        "absage", "abgesagt", "abgelehnt", "ablehnung", "absage erhalten",
        "nicht berücksichtigt", "nicht weiter berücksichtigt", "nicht ausgewählt",
        "nicht erfolgreich",
    ),
    UpdateKind.OFFER_RESCINDED: (
        "rescinded", "offer rescinded", "offer withdrawn", "offer revoked",
        "angebot zurückgezogen",
    ),
    UpdateKind.WITHDREW: (
        "withdrawn", "withdrew", "i withdrew", "not interested", "withdraw",
        "zurückgezogen", "bewerbung zurückgezogen", "kein interesse",
    ),
    UpdateKind.ACCEPTED: (
        "accepted", "hired", "offer accepted", "signed", "angenommen", "eingestellt",
        "vertrag unterschrieben",
    ),
    UpdateKind.DECLINED: (
        "declined", "offer declined", "i declined", "turned offer down",
        "angebot abgelehnt", "selbst abgesagt",
    ),
}  # fmt: skip


# The meanings a person can give a word the table does not know, on the import's
# preview, as the select offers them; KEEP_AS_NOTE reads no status from it.
KEEP_AS_NOTE = "note"
MEANINGS: dict[str, str] = {
    KEEP_AS_NOTE: "Keep it as a note (no status)",
    SAVED: "Saved, not applied yet",
    APPLIED: "Applied, no answer yet",
    UpdateKind.ACKNOWLEDGED: "Application acknowledged",
    INTERVIEWED: "In the interviews",
    UpdateKind.INVITED: "Invited to interview",
    UpdateKind.ON_HOLD: "On hold",
    UpdateKind.OFFER_VERBAL: "Offer",
    UpdateKind.COUNTER_OFFER: "Negotiating the offer",
    UpdateKind.ACCEPTED: "Accepted the offer",
    UpdateKind.DECLINED: "Declined the offer",
    UpdateKind.REJECTED: "Rejected",
    UpdateKind.OFFER_RESCINDED: "Offer rescinded",
    UpdateKind.WITHDREW: "Withdrew",
}


def _split(folded: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", folded.replace("-", " ")))


def words(text: str) -> str:
    """A status cell as its folded words: "I Withdrew!" → "i withdrew", "Zusage ✓" → "zusage"."""
    return _split(fold(text))


def _table() -> dict[str, str]:
    # Each German word both ways, as typed with umlauts or without ("Absage", "Rueckmeldung").
    table = {
        _split(variant): str(meaning)
        for meaning, group in _WORDS.items()
        for word in group
        for variant in fold_variants(word)
    }
    # This product's own stages and update kinds, by value and label ("offer_rescinded",
    # "Offer rescinded", "screening"): an export reads back without a question.
    stages = {
        Stage.SAVED: SAVED,
        Stage.APPLIED: APPLIED,
        Stage.SCREENING: INTERVIEWED,
        Stage.INTERVIEWING: INTERVIEWED,
        Stage.OFFER: UpdateKind.OFFER_VERBAL,
        Stage.ACCEPTED: UpdateKind.ACCEPTED,
        Stage.DECLINED: UpdateKind.DECLINED,
        Stage.REJECTED: UpdateKind.REJECTED,
        Stage.WITHDRAWN: UpdateKind.WITHDREW,
        Stage.RESCINDED: UpdateKind.OFFER_RESCINDED,
    }
    for stage, meaning in stages.items():
        table.setdefault(words(stage.value), str(meaning))
        table.setdefault(words(stage.label), str(meaning))
    for kind in UpdateKind:
        table.setdefault(words(kind.value), str(kind))
        table.setdefault(words(kind.label), str(kind))
    return table


STATUS_WORDS: dict[str, str] = _table()


# Said after an interview's name: "phone screen done", "Telefoninterview erledigt".
HELD_WORDS = frozenset(
    {"done", "held", "had", "complete", "completed", "finished", "over", "erledigt", "gehabt",
     "gefuhrt", "stattgefunden"}
)  # fmt: skip


def status_meaning(text: str) -> str | None:
    """What a status word stands for (SAVED, APPLIED, INTERVIEWED or an UpdateKind value);
    None when the word is not one we know."""
    said = words(text)
    found = STATUS_WORDS.get(said)
    head, _, last = said.rpartition(" ")
    if found is None and last in HELD_WORDS and STATUS_WORDS.get(head) == INTERVIEWED:
        return INTERVIEWED
    return found


# The mail reader's words for the news in a letter (``MailReading.kind``): which are bad
# news, never to be read as good news by mistake, and which move an application forward.
BAD_NEWS = frozenset({"rescinded", "rejected"})
GOOD_NEWS = frozenset({"offer_written", "offer_verbal", "invited", "moving_forward"})

# The status update each kind of news records when the person accepts it. An assessment
# has no update kind of its own (with a due date it becomes a take-home round); a
# cancellation with no round to cancel, or a reply that only promises a date with no
# round to carry it, is at most a rescheduling or an acknowledgement.
UPDATE_OF: dict[str, str] = {
    "acknowledged": UpdateKind.ACKNOWLEDGED,
    "invited": UpdateKind.INVITED,
    "moving_forward": UpdateKind.MOVING_FORWARD,
    "on_hold": UpdateKind.ON_HOLD,
    "references_requested": UpdateKind.REFERENCES_REQUESTED,
    "assessment": UpdateKind.INVITED,
    "offer_verbal": UpdateKind.OFFER_VERBAL,
    "offer_written": UpdateKind.OFFER_WRITTEN,
    "rejected": UpdateKind.REJECTED,
    "rescinded": UpdateKind.OFFER_RESCINDED,
    "rescheduled": UpdateKind.RESCHEDULED,
    "cancelled": UpdateKind.RESCHEDULED,
    "replied": UpdateKind.REPLIED,
}
# The other way: the news a status word reports, for a subject that is one word
# ("Absage", "Zusage"). Only the kinds one update stands for alone.
NEWS_OF: dict[str, str] = {
    str(UpdateKind.ACKNOWLEDGED): "acknowledged",
    str(UpdateKind.INVITED): "invited",
    str(UpdateKind.MOVING_FORWARD): "moving_forward",
    str(UpdateKind.ON_HOLD): "on_hold",
    str(UpdateKind.OFFER_VERBAL): "offer_verbal",
    str(UpdateKind.OFFER_WRITTEN): "offer_written",
    str(UpdateKind.REJECTED): "rejected",
    str(UpdateKind.OFFER_RESCINDED): "rescinded",
}


# The kind of interview a status word names, by a word in it ("Phone Screen", "2nd
# Interview", "Onsite", "Telefoninterview", "Finale Runde"), first match wins; OTHER else.
_ROUND_KINDS: tuple[tuple[str, str], ...] = (
    ("screen", RoundKind.PHONE_SCREEN),
    ("phone", RoundKind.PHONE),
    ("telefon", RoundKind.PHONE),
    ("video", RoundKind.VIDEO),
    ("onsite", RoundKind.ONSITE),
    ("on site", RoundKind.ONSITE),
    ("technical", RoundKind.TECHNICAL),
    ("fachgesprach", RoundKind.TECHNICAL),
    ("panel", RoundKind.PANEL),
    ("final", RoundKind.FINAL),
    ("letzte", RoundKind.FINAL),
)


def round_kind_of(text: str) -> str:
    """The kind of interview round a status word names; "other" when it names none."""
    spaced = f" {words(text)} "
    for word, kind in _ROUND_KINDS:
        if word in spaced:
            return kind
    return RoundKind.OTHER


def news_of_status_word(text: str) -> str | None:
    """The reading kind a status word stands for ("Absage" → "rejected"); None otherwise."""
    meaning = status_meaning(text)
    return NEWS_OF.get(meaning) if meaning else None


# Where an application came from, as people write it in a "Where" or "Source" column
# ("LinkedIn", "Indeed", "referral - Dave", "Karriereseite"): the ``Source`` it stands for.
# The job boards are the big ones in the US, UK and Germany; a word not here is not read.
_SOURCES: dict[str, tuple[str, ...]] = {
    Source.JOB_BOARD: (
        "linkedin", "indeed", "glassdoor", "wellfound", "angellist", "angel list",
        "ziprecruiter", "monster", "dice", "otta", "built in", "builtin", "hired", "handshake",
        "google jobs", "seek", "reed", "totaljobs", "cv library", "stepstone", "xing",
        "arbeitsagentur", "jobborse", "jobboerse", "jobbörse", "job board", "jobboard",
        "job site", "jobs board", "online", "usajobs", "governmentjobs", "idealist",
        "welcome to the jungle",
    ),
    Source.COMPANY_SITE: (
        "company site", "company website", "company careers", "careers page", "career page",
        "careers site", "careers", "website", "direct", "applied direct", "applied directly",
        "karriereseite", "firmenwebsite", "homepage", "unternehmenswebsite",
    ),
    Source.REFERRAL: ("referral", "referred", "referred by", "ref", "empfehlung", "empfohlen"),
    Source.RECRUITER: (
        "recruiter", "agency", "recruitment agency", "headhunter", "staffing", "inbound",
        "recruiter reached out", "personalvermittler", "personalvermittlung", "personalberater",
    ),
    Source.NETWORK: (
        "network", "networking", "friend", "contact", "meetup", "event", "job fair",
        "career fair", "alumni", "netzwerk", "kontakte", "messe", "jobmesse",
    ),
    Source.OTHER: ("other", "sonstiges", "andere"),
}  # fmt: skip


def _source_table() -> dict[str, str]:
    table = {
        _split(variant): str(source)
        for source, group in _SOURCES.items()
        for word in group
        for variant in fold_variants(word)
    }
    for source in Source:  # this product's own export writes the value
        table.setdefault(words(source.value), str(source))
        table.setdefault(words(source.label), str(source))
    return table


SOURCE_WORDS: dict[str, str] = _source_table()
# "referral - Dave", "Referral (Dave)", "referred by Dave", "Recruiter: Ana": the kind of
# source, then the person who brought it.
_WHO = re.compile(r"^\s*(?P<head>.+?)\s*(?:\s[-–—]\s*|[:(,/]|\bby\b)\s*(?P<who>[^)]+?)\)?\s*$")
# Sources that name a person after them.
BY_SOMEONE = frozenset({Source.REFERRAL, Source.RECRUITER, Source.NETWORK})


def source_of(text: str) -> tuple[str, str]:
    """The ``Source`` a "Where" cell stands for and the person it names ("referral - Dave"
    → ("referral", "Dave")); ("", "") when the words are not ones we know."""
    found = SOURCE_WORDS.get(words(text))
    if found is not None:
        return found, ""
    match = _WHO.match(text)
    if match is not None:
        found = SOURCE_WORDS.get(words(match["head"]))
        if found in BY_SOMEONE:
            return found, match["who"].strip()
    # A known name at the start of a longer one: "Built In Colorado", "governmentjobs.com".
    said = words(text).split()
    for length in range(len(said) - 1, 0, -1):
        found = SOURCE_WORDS.get(" ".join(said[:length]))
        if found is not None:
            return found, ""
    return "", ""
