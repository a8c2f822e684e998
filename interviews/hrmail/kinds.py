"""Which kind of news a message carries: phrases, weighed, and the order that settles ties.

Each rule (``kinds_en``, ``kinds_de``) is a pattern and a weight: 3 for a phrase that
says it outright ("we have decided to move forward with other candidates"), 2 for one
that usually means it, 1 for a hint. The strongest phrase decides; between equally
strong phrases of different kinds ``PRIORITY`` decides, so that bad news is never
drowned by the polite words around it (a rejection that invites you to apply for another
role is a rejection). Phrases that mark mail that is not a status update (job alerts,
pitches, surveys) compete the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviews.hrmail import scope
from interviews.hrmail.kinds_de import NOT_AN_UPDATE_DE, RULES_DE
from interviews.hrmail.kinds_en import RULES
from interviews.hrmail.not_news import NOT_AN_UPDATE
from interviews.vocabulary import BAD_NEWS, GOOD_NEWS

# Most decisive first: on a tie of weights the earlier kind wins.
PRIORITY = (
    "rescinded",
    "rejected",
    "offer_written",
    "offer_verbal",
    "on_hold",
    "cancelled",
    "rescheduled",
    # A booked interview is the news to record even when references are asked for too.
    "invited",
    "references_requested",
    "assessment",
    "moving_forward",
    "acknowledged",
)
NEGATIVE = BAD_NEWS
POSITIVE = GOOD_NEWS
ROUND_EVENTS = {"cancelled", "rescheduled"}


@dataclass(frozen=True)
class Hit:
    kind: str  # a reading kind, or "none" for the not-an-update phrases
    weight: int
    sentence: str
    hedged: bool = False  # good news said with "may", "if", "not yet": the person decides


def _compiled(rules: list[tuple[str, int]]) -> list[tuple[re.Pattern[str], int]]:
    return [(re.compile(pattern, re.IGNORECASE), weight) for pattern, weight in rules]


COMPILED = {kind: _compiled(rules + RULES_DE.get(kind, [])) for kind, rules in RULES.items()}
COMPILED_NONE = _compiled(NOT_AN_UPDATE + NOT_AN_UPDATE_DE)


def hits_in(sentence: str) -> list[Hit]:
    """The kinds one sentence names, read with the scope of its negations and hedges:
    good news under a "not" is a rejection, under a condition or a hedge it is unsure."""
    found = []
    for kind, rules in [*COMPILED.items(), ("none", COMPILED_NONE)]:
        matches = [(m, w) for pattern, w in rules if (m := pattern.search(sentence))]
        if not matches:
            continue
        match, weight = max(matches, key=lambda pair: pair[1])
        if kind in POSITIVE and weight >= 2:
            found.extend(_scoped(kind, weight, sentence, match.start()))
        elif kind in ROUND_EVENTS and scope.condition_before(sentence, match.start()):
            continue  # "if you need to reschedule, let me know": an instruction, not news
        else:
            found.append(Hit(kind, weight, sentence))
    if SILENCE_RULE.search(sentence):
        # "If you have not heard from us by then, please assume you were not successful",
        # "if you are not selected, ...": what a no would mean, not a no now.
        found = [hit for hit in found if hit.kind not in NEGATIVE]
    plain_no = any(hit.kind in NEGATIVE and hit.weight >= 3 for hit in found)
    if not plain_no and scope.negated_progress(sentence):
        found.append(Hit("rejected", 3, sentence))
    if OFFER_MADE.search(sentence):
        # What cannot go ahead is an offer already made: it is withdrawn, whatever the
        # words ("we are not able to move ahead with the offer we sent you").
        found = [_withdrawn(hit) for hit in found]
    return found


def _withdrawn(hit: Hit) -> Hit:
    return Hit("rescinded", hit.weight, hit.sentence) if hit.kind == "rejected" else hit


# An offer already made, named as such: "the offer we sent", "our offer of 2 December",
# "unser Angebot vom 2. Dezember". Not "an offer" (none made yet) and not an offer made
# to someone else ("extend the offer to another candidate" is a rejection).
OFFER_MADE = re.compile(
    r"\b(?:the|our|your|this|that) (?:\w+ ){0,2}offer\b(?! to (?:another|someone|a different|"
    r"other))|\b(?:unser|Ihr|dein|das)\w* (?:\w+ )?(?:Vertrags|Arbeitsvertrags)?[Aa]ngebot\w*\b|"
    r"\b(?:unser|Ihr|dein)\w* (?:\w+ )?(?:Vereinbarung|Vertragsentwurf)\b",
    re.IGNORECASE,
)


SILENCE_RULE = re.compile(
    r"\bif you (?:have not|haven't|do not|don't|did not|didn't) (?:yet )?(?:heard?|receive)|"
    # "If you are not selected for this position, keep an eye on our jobs page"
    r"\b(?:if|in case|should) you (?:are|were|'re) not (?:selected|successful|shortlisted|"
    r"chosen|invited|progressed)\b|\b(?:sollten|falls|wenn) (?:Sie|du) nicht "
    r"(?:\w+ )?(?:ausgewählt|berücksichtigt|eingeladen)\b|"
    r"\b(?:sollten|falls|wenn) (?:Sie|du)\b[^.]{0,80}\b(?:nichts|keine \w+)\b[^.]{0,40}"
    r"\b(?:hören|gehört|erhalten|bekommen)",
    re.IGNORECASE,
)


WEAK_NO = re.compile(
    r"\b(?:unfortunately|regret\w*|sadly|leider|bedauer\w*|"
    r"sorry(?! (?:for|about) (?:the |my |our )?(?:delay|slow|late|wait|radio silence)))\b",
    re.IGNORECASE,
)


def _scoped(kind: str, weight: int, sentence: str, start: int) -> list[Hit]:
    if scope.not_yet(sentence, start):
        return [Hit(kind, weight, sentence, hedged=True)]
    if scope.in_question(sentence, start):
        return []  # "we will tell you whether we can invite you": the open question only
    if scope.negated(sentence, start):
        # "we will not be moving you forward" is a no; "if you do not want to move
        # forward" or a question is nobody's decision yet.
        return [] if scope.conditional(sentence) else [Hit("rejected", 3, sentence)]
    if WEAK_NO.search(sentence):  # good words beside "unfortunately": the person decides
        return [Hit(kind, weight, sentence, hedged=True)]
    hedged = scope.hedged(sentence) or scope.condition_before(sentence, start)
    return [Hit(kind, weight, sentence, hedged=hedged)]


def strongest(hits: list[Hit]) -> Hit | None:
    """The hit that decides: bad news said plainly (weight 2 or more) over any good news,
    then the heaviest, then the most decisive kind, then the earliest."""
    kinds = [hit for hit in hits if hit.kind != "none"]
    if not kinds:
        return None
    order = {kind: index for index, kind in enumerate(PRIORITY)}
    bad = any(hit.kind in NEGATIVE and hit.weight >= 2 for hit in kinds)
    # Plain bad news silences good news; news that is neither (a cancelled meeting, a
    # hold) still competes with it by weight.
    rivals = [hit for hit in kinds if not (bad and hit.kind in POSITIVE)]
    return min(rivals, key=lambda hit: (-hit.weight, order[hit.kind]))
