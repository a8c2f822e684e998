"""Verbal or written: what an offer letter says about its paperwork."""

from __future__ import annotations

import re

# A written offer says so; a verbal one says the paper is still to come.
PAPER_TO_FOLLOW = re.compile(
    r"\b(?:written|formal|official) (?:offer|paperwork|offer letter|contract)s?\b.{0,20}"
    r"\b(?:will (?:follow|come|arrive|reach you|be sent|be issued)|to follow|follows)|"
    r"\bpaperwork will follow|"
    r"\bsend (?:over |you )?the (?:official|formal|written) (?:offer|contract)|"
    # a promise of the paper: "our HR team will send your written contract next week"
    r"\b(?:will|'ll|shall|going to) (?:\w+ ){0,2}?(?:send|share|issue|email)\w* "
    r"(?:over |you )?(?:the|your) (?:\w+ ){0,2}?(?:offer|contract)|"
    # the paper is being made, or will reach you: "is putting together the formal offer
    # letter, which you'll receive via DocuSign", "you will receive your contract"
    r"\b(?:putting together|preparing|drafting|working on|finali[sz]ing) (?:\w+ ){0,2}?"
    r"(?:offer|contract)|"
    r"\b(?:offer letter|contract),? (?:which|that) you(?:'ll|’ll| will) (?:receive|get)\b|"
    r"\byou(?:'ll|’ll| will) (?:receive|get) (?:the|your) (?:\w+ ){0,2}?(?:offer letter|contract)|"
    r"\b(?:Arbeits)?[Vv]ertrag\w*\b[^.]{0,60}\b(?:folgt|(?:schicken|senden|lassen) (?:wir|ich) "
    r"(?:Ihnen|dir)\b[^.]{0,60}\bzu(?:kommen)?\b)",
    re.IGNORECASE,
)
PAPER_ATTACHED = re.compile(r"offer|contract|agreement", re.IGNORECASE)


def offer_form(kind: str, text: str, attachment_names: tuple[str, ...]) -> str:
    """offer_verbal or offer_written, from what the mail says about the paperwork."""
    if kind not in {"offer_verbal", "offer_written"}:
        return kind
    if PAPER_TO_FOLLOW.search(text):
        return "offer_verbal"
    if any(PAPER_ATTACHED.search(name) for name in attachment_names):
        return "offer_written"
    return kind
