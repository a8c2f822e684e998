"""Phrases that mark mail that is not news about an application the person made (job
alerts, recruiters' pitches, surveys, auto-replies), weighed like ``kinds_en.RULES``: they
compete with the kinds, so a job alert that says "interview" is still a job alert."""

from __future__ import annotations

NOT_AN_UPDATE: list[tuple[str, int]] = [
    (
        r"\bjob alert|\bnew jobs\b|\bjobs (?:matching|for you|you may be interested in)|\bcompanies are hiring",
        3,
    ),
    (
        r"\bcame across your (?:profile|cv|resume)|\bclient of mine\b|\bopen to (?:new )?(?:opportunities|roles)\b",
        3,
    ),
    (
        r"\b(?:are|would) you (?:be )?(?:currently )?open to\b|\bexciting (?:new )?(?:opportunity|role)\b",
        2,
    ),
    (
        r"\bsurvey\b|\bhow (?:was|did) (?:your|we)\b.{0,40}\bexperience|\bfeedback (?:on|about) your (?:candidate )?experience",
        3,
    ),
    (
        r"\bout of (?:the )?office\b|\bon (?:annual )?leave until\b|\blimited access to (?:e-?mail)",
        3,
    ),
    (r"\b(?:verify|confirm) your (?:e-?mail|account)", 3),
    (r"\btalent (?:community|network|pool) |\bnewsletter\b|\bunsubscribe\b", 2),
    (r"\bopen (?:evening|day)\b|\bwebinar\b|\bcareers? fair\b|\bregister here\b", 2),
]
