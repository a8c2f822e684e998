"""English formats, plus the dates people type day first with dots ("16.11.2026", as in
Germany, Austria, Switzerland and much of Europe): a form field that reaches the server
as text (a browser without a date picker, a typed value) reads them as meant. Dots are
never month first, so they add no ambiguity; slashes keep Django's English reading.
"""

from django.conf.locale.en.formats import *  # noqa: F403
from django.conf.locale.en.formats import DATE_INPUT_FORMATS as ENGLISH_DATES
from django.conf.locale.en.formats import DATETIME_INPUT_FORMATS as ENGLISH_DATETIMES

DAY_FIRST_DATES = ["%d.%m.%Y", "%d.%m.%y"]
DATE_INPUT_FORMATS = [*ENGLISH_DATES, *DAY_FIRST_DATES]
DATETIME_INPUT_FORMATS = [
    *ENGLISH_DATETIMES,
    *(f"{day} {time}" for day in DAY_FIRST_DATES for time in ("%H:%M", "%H:%M:%S")),
    *DAY_FIRST_DATES,
]
