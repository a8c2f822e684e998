"""Read a job posting from a page: ``read(html, address) -> Reading`` (pure, no queries).

Career sites publish the schema.org ``JobPosting`` for search engines: Greenhouse, Lever,
Ashby, Workday and LinkedIn as JSON-LD, SmartRecruiters as microdata. ``extruct`` reads
both into one shape (``uniform=True``); this module only picks the fields out of it. A
page with no such data still gives its title and address, with a note saying so.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import extruct
import lxml.html
from lxml.etree import ParserError

from interviews.postings.cleaning import description_html

JSON_LD, MICRODATA, PAGE_TITLE = "json-ld", "microdata", "title"
NO_DATA = (
    "This page carries no job posting data (schema.org JobPosting) that we can read, so "
    "only its title and address were kept. Fill in the rest from the page yourself."
)
UNITS = {"YEAR", "MONTH", "WEEK", "DAY", "HOUR"}
NUMBER = re.compile(r"\d[\d,.\s]*")
LIMIT = 300  # the longest company, role or location kept (the models' own limit)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
CENTS = Decimal("0.01")


@dataclass
class Reading:
    title: str = ""
    company: str = ""
    location: str = ""
    remote: bool | None = None
    salary_min: Decimal | None = None
    salary_max: Decimal | None = None
    salary_currency: str = ""
    salary_unit: str = ""
    employment_type: str = ""
    posted_on: date | None = None
    closes_on: date | None = None
    description: str = ""
    address: str = ""
    read_from: str = PAGE_TITLE
    notes: list[str] = field(default_factory=list)


def read(page: str, address: str = "") -> Reading:
    """What ``page`` says about the job; ``address`` is where it came from."""
    found = _postings(page, address)
    if not found:
        return Reading(title=_page_title(page), address=address, notes=[NO_DATA])
    syntax, posting = found[0]
    return _reading(posting, syntax, address)


def _postings(page: str, address: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        data = extruct.extract(
            page, base_url=address or None, syntaxes=["json-ld", "microdata"], uniform=True
        )
    except (ValueError, ParserError, TypeError):
        # extruct raises what lxml raises on a page it can't parse (empty, binary).
        return []
    found = []
    for syntax, key in ((JSON_LD, "json-ld"), (MICRODATA, "microdata")):
        for item in data.get(key, []):
            found += [(syntax, posting) for posting in _job_postings(item)]
    return found


def _job_postings(item: Any) -> list[dict[str, Any]]:
    """The JobPosting objects in one JSON-LD block: itself, a list, or a ``@graph``."""
    if isinstance(item, list):
        return [found for part in item for found in _job_postings(part)]
    if not isinstance(item, dict):
        return []
    if "JobPosting" in _as_list(item.get("@type")):
        return [item]
    return _job_postings(item.get("@graph", []))


def _reading(posting: dict[str, Any], syntax: str, address: str) -> Reading:
    low, high, currency, unit = _salary(posting.get("baseSalary") or posting.get("estimatedSalary"))
    places = _as_list(posting.get("jobLocation"))
    remote = "TELECOMMUTE" in {
        str(kind).upper() for kind in _as_list(posting.get("jobLocationType"))
    }
    return Reading(
        title=_text(posting.get("title"))[:LIMIT],
        company=_name(posting.get("hiringOrganization"))[:LIMIT],
        location=_location(places, posting, remote)[:LIMIT],
        remote=True if remote else (False if places else None),
        salary_min=low,
        salary_max=high,
        salary_currency=currency,
        salary_unit=unit,
        employment_type=", ".join(_text(kind) for kind in _as_list(posting.get("employmentType")))[
            :LIMIT
        ],
        posted_on=_date(posting.get("datePosted")),
        closes_on=_date(posting.get("validThrough")),
        description=description_html(_raw(posting.get("description"))),
        address=_text(posting.get("url")) or address,
        read_from=syntax,
    )


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    """A plain value: a string, a number, or the first of a list; entities decoded."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or ""
    if value is None:
        return ""
    # One line, without control characters (PostgreSQL refuses NUL; a name is one line).
    return " ".join(CONTROL.sub(" ", html_lib.unescape(str(value))).split())


def _raw(value: Any) -> str:
    """A value as the site wrote it (the description: HTML, maybe escaped)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


def _name(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


def _location(places: list[Any], posting: dict[str, Any], remote: bool) -> str:
    named = [where for place in places if (where := _place(place))]
    if not named and remote:
        areas = [_name(area) for area in _as_list(posting.get("applicantLocationRequirements"))]
        named = [f"Remote ({', '.join(area for area in areas if area)})"] if any(areas) else []
        named = named or ["Remote"]
    return "; ".join(dict.fromkeys(named))


def _place(place: Any) -> str:
    """'Berlin, BE, DE' from a Place (its PostalAddress or its name) or a plain string."""
    if not isinstance(place, dict):
        return _text(place)
    postal = place.get("address")
    if isinstance(postal, list):
        postal = postal[0] if postal else None
    if not isinstance(postal, dict):
        return _text(postal) or _name(place)
    parts = [
        _name(postal.get(key)) for key in ("addressLocality", "addressRegion", "addressCountry")
    ]
    return ", ".join(dict.fromkeys(part for part in parts if part))


def _salary(amount: Any) -> tuple[Decimal | None, Decimal | None, str, str]:
    """(lowest, highest, currency, per what) of a MonetaryAmount; a bare number too."""
    if isinstance(amount, list):
        amount = amount[0] if amount else None
    if not isinstance(amount, dict):
        value = _number(amount)
        return value, value, "", ""
    currency = _text(amount.get("currency")).upper()
    currency = currency if re.fullmatch(r"[A-Z]{3}", currency) else ""
    value = amount.get("value")
    if not isinstance(value, dict):
        number = _number(value)
        return number, number, currency, ""
    low = _number(value.get("minValue"))
    high = _number(value.get("maxValue"))
    exact = _number(value.get("value"))
    unit = _text(value.get("unitText")).upper()
    return low or exact, high or exact or low, currency, unit if unit in UNITS else ""


def _number(value: Any) -> Decimal | None:
    """120000, "120000", "$120,000" or "120.000,50" read as a number; else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        text = repr(value)
    else:
        match = NUMBER.search(str(value))
        if not match:
            return None
        text = _decimal_text(match.group().replace(" ", "").strip(",."))
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite() or not 0 <= number < 10**12:
        return None
    return number.quantize(CENTS)


def _decimal_text(digits: str) -> str:
    """'120,000' -> '120000', '120.000,50' -> '120000.50', '85.5' stays."""
    last = max(digits.rfind(","), digits.rfind("."))
    if last == -1 or len(digits) - last - 1 == 3:
        return digits.replace(",", "").replace(".", "")
    whole, fraction = digits[:last], digits[last + 1 :]
    return f"{whole.replace(',', '').replace('.', '')}.{fraction}"


def _date(value: Any) -> date | None:
    """The day of an ISO 8601 date or date-time, as written (no time zone moved)."""
    text = _text(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def _page_title(page: str) -> str:
    try:
        tree = lxml.html.fromstring(page)
    except (ParserError, ValueError):
        return ""
    titles = tree.xpath("//title/text()")
    return " ".join(titles[0].split())[:LIMIT] if titles else ""
