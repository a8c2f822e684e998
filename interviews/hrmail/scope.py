"""How far a "not" reaches: negation, hedging and conditions within one sentence.

A phrase that would be good news ("move you forward", "offer you the role") means the
opposite when a negation governs it in the same clause ("we will not be moving you
forward"), and means nothing sure when the sentence hedges ("we may be able to offer")
or sets a condition ("if the budget is approved, we would invite you"). A clause ends at
punctuation or at a word that turns the sentence ("but", "however", "aber").

One more reading generalises beyond listed phrases: a negation followed, in its clause,
by a word for progress ("unable to proceed", "no longer in a position to offer", "decided
not to move forward", "will not be taking your application further", "leider nicht
weiter berücksichtigen") is a rejection, whatever the exact wording.
"""

from __future__ import annotations

import re

# A negation; "not sure", "not yet", "not only", "don't hesitate" negate no decision.
NEGATION = re.compile(
    r"(?:\b(?:not|never|no longer|unable to|cannot|decided against|nicht|keine?[nmrs]?|"
    r"nicht mehr|leider keine?)\b|n't\b|\bcan ?not\b)"
    r"(?!\s+(?:sure|certain|yet|only|just|hesitate|wait|need|have to|worry|forget|reply|respond|"
    r"zögern|nur|unbedingt|noch|antworten)\b)",
    re.IGNORECASE,
)
NOT_YET = re.compile(r"\b(?:not|n't) yet\b|\bnoch nicht\b|\bnoch keine\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(
    r"[,;:()–—]|\b(?:but|however|although|though|whereas|while|aber|jedoch|sondern|doch)\b",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"\b(?:may|might|possibly|perhaps|potentially|hopefully|maybe|tentative(?:ly)?|"
    r"in principle|depending on|subject to (?:budget|approval|sign-?off|headcount)|"
    r"(?:not|n't) (?:yet )?(?:sure|certain|confirmed|decided|finalised|finalized)|"
    r"too early to say|unclear|vielleicht|eventuell|möglicherweise|unter Vorbehalt|"
    r"noch nicht (?:sicher|entschieden|klar))\b",
    re.IGNORECASE,
)
CONDITION = re.compile(
    r"^(?:if|should|unless|in case|whether|once|when|before|falls|sollten?|wenn|sobald|bevor|"
    r"ehe)\b|\b(?:if|unless|provided that|as long as|falls|sofern|bevor)\b",
    re.IGNORECASE,
)
# Words for taking an application a step further, which a negation turns into a "no".
PROGRESS = (
    r"(?:proceed\w*|progress\w*|continu\w*|advanc\w*|pursu\w*|shortlist\w*|"
    r"(?:move|moving|moved|go|going) (?:forward|ahead|on|further)|"
    r"tak(?:e|ing) (?:it|this|things|you|your [\w ]{1,30}?|the [\w ]{1,30}?) (?:any )?further|"
    r"(?:offer|offering|invite|inviting|extend|extending) (?:you|an offer|an invitation)|"
    r"in a position to (?:offer|progress|proceed|move|continue|take|invite)|"
    r"(?:been|be|were|was) (?:successful|selected|shortlisted|chosen)|"
    r"bring\w* you (?:on ?board|onboard|in)|mak\w* (?:you )?an offer|"
    r"hir(?:e|ing) you|tak(?:e|ing) you on|"
    r"weiter (?:berücksichtig\w*|verfolg\w*|beachten)|berücksichtig\w*|fortsetz\w*|"
    r"fortführ\w*|weiterführ\w*|einstell\w*|anbieten|"
    r"in die (?:engere|nächste) (?:Auswahl|Runde)|(?:ein )?Angebot (?:machen|unterbreiten))"
)
# At most four words between the negation and the step ("will not be taking your
# application further", "no longer in a position to offer"): further away, the "not"
# belongs to something else ("we haven't received your portfolio, and will continue").
BETWEEN = r"(?:[^\w,;:.!?()–—]+[\w'’-]+){0,4}?[^\w,;:.!?()–—]+"
NEGATED_PROGRESS = re.compile(NEGATION.pattern + BETWEEN + PROGRESS, re.IGNORECASE)


def clause_before(sentence: str, start: int) -> str:
    """The words of ``start``'s clause that come before it."""
    before = sentence[:start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def negated(sentence: str, start: int) -> bool:
    """Whether a negation in the same clause governs the phrase that starts at ``start``."""
    clause = clause_before(sentence, start)
    return bool(NEGATION.search(clause[-80:])) and not NOT_YET.search(clause[-80:])


def not_yet(sentence: str, start: int) -> bool:
    return bool(NOT_YET.search(clause_before(sentence, start)[-80:]))


# "We will let you know whether we can invite you": the step is the open question.
WHETHER = re.compile(r"\b(?:whether|ob)\b", re.IGNORECASE)


def in_question(sentence: str, start: int) -> bool:
    """Whether the phrase at ``start`` is what a "whether" clause asks, not what it says."""
    return bool(WHETHER.search(clause_before(sentence, start)))


def hedged(sentence: str) -> bool:
    return bool(HEDGE.search(sentence))


def condition_before(sentence: str, start: int) -> bool:
    """A condition that the phrase at ``start`` depends on ("If the budget is approved,
    we will invite you"); one after it is the person's ("accept it if that time works")."""
    return bool(CONDITION.search(sentence[:start]))


def conditional(sentence: str) -> bool:
    return bool(CONDITION.search(sentence)) or sentence.rstrip().endswith("?")


def negated_progress(sentence: str) -> re.Match[str] | None:
    """A negation that governs a step forward: a rejection in any wording."""
    if conditional(sentence):
        return None
    found = NEGATED_PROGRESS.search(sentence)
    if found and (NOT_YET.search(found.group(0)) or in_question(sentence, found.start())):
        return None  # "whether or not we move forward": the open question, nobody's answer
    return found
