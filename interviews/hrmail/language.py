"""Which language a letter is written in, as far as the reader cares: English, German, or
another one it cannot read. Counted from the commonest short words, which every letter
has and which differ between languages; a letter in another script has none of them."""

from __future__ import annotations

import re

ENGLISH = frozenset(
    {
        "the", "and", "to", "of", "you", "your", "we", "our", "for", "with", "this", "that",
        "have", "has", "will", "be", "is", "are", "in", "on", "at", "thank", "thanks",
        "regards", "dear", "would", "please", "from", "it", "as", "an", "a", "i", "by",
        "been", "if", "or", "not", "can",
    }
)  # fmt: skip
GERMAN = frozenset(
    {
        "der", "die", "das", "und", "zu", "sie", "ihre", "ihr", "wir", "uns", "für", "mit",
        "ist", "sind", "ein", "eine", "einen", "nicht", "auf", "vielen", "dank", "grüße",
        "grüßen", "freundlichen", "sehr", "geehrte", "geehrter", "liebe", "hallo", "bei",
        "im", "den", "dem",
    }
)  # fmt: skip
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ENOUGH = 12  # fewer words than this say too little to tell


def guess(text: str) -> str:
    """ "en", "de", "other", or "" when the text is too short to tell."""
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 20 and sum(c < "\u0250" for c in letters) < len(letters) / 2:
        return "other"  # mostly another script: Japanese, Greek, Cyrillic, Arabic...
    words = [word.lower() for word in WORD.findall(sample)]
    if len(words) < ENOUGH:
        return ""
    english = sum(word in ENGLISH for word in words)
    german = sum(word in GERMAN for word in words)
    if max(english, german) < len(words) * 0.05:
        return "other"
    return "de" if german > english else "en"
