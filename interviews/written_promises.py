"""The words of a promise, in a letter or in a note: who will write by when ("we'll get
back to you by Friday", "Sie erhalten bis Mitte Dezember eine Nachricht"), what the person
is asked to do by when, and a text cut into sentences. Shared by the mail reader
(``interviews.hrmail.reading``) and the notes the person writes (``interviews.promised``);
dates themselves are read by ``interviews.written_dates``."""

from __future__ import annotations

import re

# The employer promises to write by then...
PROMISE = re.compile(
    r"\b(?:we|i)(?:'ll| will| aim| hope to| expect to| plan| should(?! have)| are hoping|"
    r"'re hoping| would hope| are aiming|'re aiming)|"
    # someone else on their side will write or send something ("Luis will reach out", "our
    # People team will send the formal offer letter")
    r"\b(?:will|'ll|shall) (?:be )?(?:reach(?:ing)? out|send(?:ing)?|contact(?:ing)?|"
    r"follow(?:ing)? up|email(?:ing)?|issu(?:e|ing)|confirm(?:ing)?|get back|get in touch)\b|"
    # "all applicants will be notified of the outcome", "you will be contacted"
    r"\b(?:will|'ll|shall) be (?:notified|informed|contacted|advised)\b|"
    r"\byou(?:'ll| will| should) (?:hear|receive|get|have)|\bget back to (?:you|everyone|all)|"
    # the paper or the news arrives from them: "your formal offer letter will come through
    # DocuSign by Tuesday", "the decision should reach you by Friday"
    r"\b(?:letter|contract|offer|paperwork|documents?|decision|feedback|update|invitation)s? "
    r"(?:\w+ ){0,2}?(?:will|'ll|should) "
    r"(?:come|arrive|follow|reach you|be (?:sent|issued|with you))\b|"
    r"\bbe in touch|"
    r"\bexpect to (?:make (?:a|our|the) decision|decide|have (?:news|an update|a decision)|"
    r"finali[sz]e|come back)|"
    # ("pleased to let you know that ..." tells now; it promises nothing)
    r"(?<!pleased to )(?<!happy to )(?<!delighted to )(?<!glad to )(?<!wanted to )"
    r"(?<!writing to )\blet (?:you|everyone|all(?: candidates)?) know|"
    r"\bhear from (?:us|me)|\bhoping to|"
    r"\b(?:an answer|a decision|an update) (?:by|within)|"
    r"\b(?:melden|melde) (?:uns|mich)|\bmeldet sich\b|"
    # ("Leider muss ich mich heute noch einmal melden" is this letter, not a promise)
    r"(?<!muss ich )(?<!müssen wir )\b(?:uns|mich)\b.{0,60}\b(?:melden|zurückmelden)\b|"
    # "Wir gehen davon aus, Ihnen bis Ende Januar sagen zu können, ob es weitergeht"
    r"\b(?:Ihnen|dir)\b.{0,60}\b(?:sagen|mitteilen|Bescheid geben) zu können\b|"
    r"\b(?:werden|werde) (?:Ihnen|dir)\b.{0,60}\b(?:Rückmeldung|Bescheid|Antwort)|"
    r"\bRückmeldung\b.{0,30}\b(?:bis|innerhalb|binnen|in|spätestens)\b|"
    r"\bhören (?:Sie|du) (?:von (?:uns|mir)|bis)|\b(?:Sie|du) hören .{0,40}\bvon (?:uns|mir)|"
    r"\b(?:hörst du|hören Sie|hört ihr)\b.{0,40}\bvon (?:uns|mir)|"
    # "möchten wir Ihnen bis Ende KW 2 mitteilen", "stellt Ihnen ... per Post zu"
    r"\b(?:möchten|wollen|werden|können|würden) (?:wir|ich) (?:Ihnen|dir)\b.{0,80}"
    r"\b(?:mitteilen|sagen|schicken|senden|zusenden|zustellen)\b|"
    r"\bstell(?:t|en|e) (?:Ihnen|dir|euch)\b.{0,80}\bzu\b|"
    r"\b(?:lassen|lasse) (?:wir|ich) (?:Ihnen|dir)\b.{0,80}\bzukommen|"
    r"\bwerden (?:Sie|du)\b.{0,80}\b(?:verständigt|benachrichtigt|informiert|kontaktiert)\b|"
    r"\b(?:geben|gebe) (?:Ihnen|dir)\b.{0,40}\bBescheid|"
    r"\bEntscheidung (?:bis|innerhalb|treffen)|\b(?:kommen|komme)\b.{0,40}\bauf (?:Sie|dich) zu|"
    # "teilen wir Ihnen ... mit", "schicken wir dir ... zu", "Sie erhalten ... eine Rückmeldung"
    r"\b(?:(?:teil|geb|schick|send|übersend|meld|informier)(?:e|en) (?:wir|ich)|"
    r"(?:wir|ich) (?:teil|geb|schick|send|übersend|informier)(?:e|en)) "
    r"(?:Ihnen|dir|Sie|dich|uns|mich)\b|"
    # (what comes "anbei" or "im Anhang" is here already, not promised)
    r"(?<!anbei )(?<!anhang )(?<!hiermit )"
    r"\b(?:Sie erhalten|du erhältst|Sie bekommen|du bekommst|erhalten Sie|bekommen Sie|"
    r"erhältst du|bekommst du)\b(?! anbei| im Anhang| beigefügt).{0,60}\b(?:Rückmeldung|Antwort|"
    r"Nachricht|Bescheid|Entscheidung|\w*[Vv]ertrag|\w*[Aa]ngebot)|"
    # the thing first: "Ihren Arbeitsvertrag erhalten Sie bis Ende nächster Woche"
    r"\b(?:Rückmeldung|Antwort|Nachricht|Bescheid|Entscheidung|\w*[Vv]ertrag|\w*[Aa]ngebot)\w*"
    r"\b.{0,40}\b(?:erhalten|bekommen) (?:Sie|du)\b|"
    # "(wir) geben Ihnen innerhalb von fünf Arbeitstagen eine Rückmeldung", "Frau Pichler
    # wird sich innerhalb der nächsten drei Arbeitstage bei Ihnen melden"
    r"\b(?:geben|gebe) (?:Ihnen|dir)\b.{0,80}\b(?:Rückmeldung|Antwort|Nachricht)|"
    r"\b(?:wird|werden) sich\b.{0,80}\bmelden\b|"
    # a colleague on their side does it: "Nina schickt dir bis Ende der Woche Termine"
    r"\b(?:schickt|sendet|schreibt|gibt) (?:dir|Ihnen|euch)\b|"
    r"\b(?:Sie erhalten|erhalten Sie|du erhältst|erhältst du) (?:ihn|sie|es|diese[ns]?)\b",
    re.IGNORECASE,
)
# ...or asks the person to act by then.
REQUEST = re.compile(
    r"\b(?:please|kindly|deadline|expires?|valid until|by which|confirm your acceptance|"
    r"you have \d+ days|if you can send|must be completed|complete (?:both|the|it|this|your)|"
    r"submit(?:ted)?|as long as|send your solution|nominate|bitte|Frist|"
    r"(?:senden|schicken|reichen|laden|füllen) Sie)\b",
    re.IGNORECASE,
)


# A full stop after one or two digits is a German ordinal ("am 24. November"), not an
# end, unless the digits close a clock time ("at 14:00. Could you confirm?").
# Nor does an abbreviation ("Dauer ca. 45 Minuten", "z. B. Ihr Zeugnis", "Dr. Weber").
ABBREVIATIONS = ("ca", "bzw", "ggf", "evtl", "inkl", "zzgl", "Nr", "Dr", "Mr", "Mrs", "Ms", "vs")
NOT_AN_END = "".join(rf"(?<!\b{word}\.)" for word in ABBREVIATIONS)
NOT_AN_END += r"(?<!\bz\.B\.)(?<!\bz\. B\.)(?<!\be\.g\.)"
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b\d\.)(?<!(?<!:)\b\d\d\.)" + NOT_AN_END + r"\s+(?=[A-Z0-9\"'“(])|"
    r"\n\s*\n|\n(?=\s*[-*•]\s)"
)


def sentences(text: str) -> list[str]:
    """The letter as sentences, each on one line (line breaks inside paragraphs joined)."""
    found = []
    for chunk in SENTENCE_END.split(text):
        sentence = " ".join(chunk.split())
        if sentence:
            found.append(sentence)
    return found
