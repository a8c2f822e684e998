"""One folding of text for comparing names: the board's search, the mail reader's company
matching and the import's duplicate check all compare ``fold(a) == fold(b)``.

Case and accents go (``casefold`` turns ß into ss; NFKD splits é into e and its accent),
and the Latin letters that do not decompose are spelled in ASCII (Ø→o, Æ→ae, Ł→l). German
writers without umlauts spell ü as ue: ``fold_variants`` gives both readings, so "Mueller"
and "Muller" both find "Müller".
"""

from __future__ import annotations

import unicodedata

# Letters with no decomposition into a base letter and a mark, after casefold.
_SPELLED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _plain(text: str) -> str:
    """Accents off, then the letters that have no decomposition spelled (Ǿ → ø → o)."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():  # no marks to take off, no letter to spell
        return decomposed
    unmarked = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unmarked.translate(_SPELLED)


def _lowered(text: str) -> str:
    # NFKC first, so that styled, full-width and ligature letters become plain ones
    # that casefold can lower; twice, as casefold can leave text that NFKC changes again.
    once = unicodedata.normalize("NFKC", text).casefold()
    return unicodedata.normalize("NFKC", once).casefold()


def fold(text: str) -> str:
    """Lower case, no accents, ASCII where a letter has a usual spelling: "Ørsted" → "orsted"."""
    if text.isascii():
        # ASCII is its own NFKC and NFKD form and casefolds as it lowers: the same result
        # without a pass over each character (the advice folds every note it reads).
        return text.lower()
    return _plain(_lowered(text))


def fold_variants(text: str) -> frozenset[str]:
    """``fold`` and the German spelling of umlauts: "Müller" → {"muller", "mueller"}."""
    lowered = _lowered(text)
    return frozenset({_plain(lowered), _plain(lowered.translate(_UMLAUTS))})
