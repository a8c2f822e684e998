"""The words of the steps that protect the person's income and dates (``guidance.livelihood``)
and of the asks the record already answers (``guidance.asked``)."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "cannot_make_it": "If you cannot make it (illness, an emergency), tell {contact} as "
    "early as you can, by phone and then in writing, and offer two or three new times: an "
    "early, polite request rarely counts against you.",
    "visa_first": "Your offer depends on a visa or sponsorship step. Do not resign until "
    "{company} has filed it and you hold proof of filing (for an H-1B transfer, the receipt "
    "notice). Ask {contact} today who files and pays (an H-1B's fees are the employer's), "
    "when it will be filed, and what happens to your start date if it slips.",
    "notice_back": "Your start is {start_date}. Find the notice period in your contract and "
    "count back from that day: that is the last day you can resign. Tell {contact} now that "
    "you need the signed contract before then; if it cannot come in time, ask to move the "
    "start, or ask your employer for an early release.",
    "de_written_only": "A signed contract is not ended by a call or an email: in Germany an "
    "employment contract can only be ended in writing, on paper with a signature "
    "(§ 623 BGB). Do not sign anything they send you, above all an Aufhebungsvertrag "
    "(termination agreement), and talk to a Fachanwalt für Arbeitsrecht this week: once a "
    "written notice arrives, you have three weeks to challenge it.",
    "de_agentur": "If your current job is ending (you have resigned), register as "
    "arbeitsuchend with the Agentur für Arbeit today, online or by phone: the law gives "
    "three days from learning the new job has fallen through, and registering late can "
    "block a week of unemployment benefit.",
    "withdraw_resignation": "If you have resigned, ask your current employer today, in "
    "writing, whether you can take your resignation back.",
    "verbal_ask_written": "Thank them, and ask when the written offer will arrive.",
}
