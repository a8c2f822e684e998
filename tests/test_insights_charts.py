"""The Insights charts and the flow picture: images of the person's own numbers, under the
site's policy, with nothing from elsewhere, the same bytes for the same records."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from http import HTTPStatus
from urllib.parse import urlencode

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from interviews.insights.charts import COHORT_CHARTS
from interviews.models import Application, Outcome
from tests.factories import ApplicationFactory, InterviewRoundFactory
from tests.insights_search import NOW, known_search

pytestmark = pytest.mark.django_db
CHARTS = [*COHORT_CHARTS, "activity"]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def person():
    with time_machine.travel(NOW, tick=False):
        yield known_search()


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def chart(client, name: str, window: str = "", size: str = "") -> str:
    query = urlencode({key: value for key, value in [("window", window), ("size", size)] if value})
    url = reverse("interviews:insights_chart", args=[name]) + (f"?{query}" if query else "")
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "image/svg+xml"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    return response.content.decode()


def texts(svg: str) -> list[str]:
    return [" ".join("".join(t.itertext()).split()) for t in ET.fromstring(svg).iter(f"{SVG}text")]


@pytest.mark.parametrize("name", CHARTS)
def test_each_chart_is_a_self_contained_svg_with_its_title(person, name):
    svg = chart(client_for(person), name)
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text
    # Nothing from elsewhere: pygal's default tooltips script lives on a CDN.
    assert not [
        s
        for s in root.iter(f"{SVG}script")
        if s.get("href") or s.get("{http://www.w3.org/1999/xlink}href")
    ]
    assert "//" not in "".join(s.get("href", "") for s in root.iter())
    assert "prefers-color-scheme: dark" in svg


def test_the_charts_draw_the_pages_numbers(person):
    client = client_for(person)
    assert {"12", "6", "5", "3", "1"} <= set(texts(chart(client, "funnel")))
    assert "71%" in texts(chart(client, "replies"))  # job board; the others are too few
    assert "Referral" not in texts(chart(client, "replies"))
    assert {"6", "2", "1", "3"} <= set(texts(chart(client, "interviews")))
    thirty = texts(chart(client, "funnel", "30"))
    assert "12" not in thirty and "7" in thirty


def test_a_chart_is_the_same_bytes_for_the_same_records(person):
    client = client_for(person)
    assert chart(client, "activity") == chart(client, "activity")


def width(svg: str) -> str:
    return ET.fromstring(svg).get("viewBox").split()[2]


@pytest.mark.parametrize("name", CHARTS)
def test_a_phone_gets_each_chart_drawn_narrow_with_whole_labels(person, name):
    client = client_for(person)
    assert width(chart(client, name)) == "720"
    narrow = chart(client, name, size="narrow")
    assert width(narrow) == "400"
    assert not [text for text in texts(narrow) if text.endswith("…")], "no label cut short"
    # Any other size is the wide chart, not an error.
    assert chart(client, name, size="huge") == chart(client, name)


def test_narrow_labels_slant_more_steeply_when_there_are_many(person):
    client = client_for(person)
    # pygal writes a slant of -60 degrees as rotate(300).
    assert "rotate(300" in chart(client, "activity", size="narrow")  # twelve weeks
    assert "rotate(335" in chart(client, "interviews", size="narrow")  # four steps
    assert "rotate(320" in chart(client, "activity")  # wide: the chart's own -40


def test_the_page_offers_the_narrow_chart_to_small_screens(person):
    html = client_for(person).get(reverse("interviews:insights") + "?window=30").content.decode()
    assert (
        '<source media="(max-width: 575.98px)" '
        'srcset="/insights/charts/funnel.svg?window=30&amp;size=narrow"'
    ) in html
    assert 'srcset="/insights/charts/activity.svg?size=narrow"' in html
    assert html.count("<source ") == len(CHARTS)  # the flow picture has one size


def test_an_unknown_chart_is_404(person):
    response = client_for(person).get(reverse("interviews:insights_chart", args=["pie"]))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_empty_charts_say_so(user):
    svg = chart(client_for(user), "funnel")
    assert "Nothing to show for this window yet" in texts(svg)


def test_the_flow_picture_as_svg_names_every_stage_and_outcome_with_its_count(person):
    response = client_for(person).get(reverse("interviews:insights_flow_svg"))
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Disposition"] == 'inline; filename="flow.svg"'
    labels = set(texts(response.content.decode()))
    assert {"Applied 12", "Screening 6", "Interviewing 5", "Offer 3"} <= labels
    assert {"Accepted 1", "Offer rescinded 1", "Rejected 4", "Withdrawn 1"} <= labels
    # Jade, on hold since August, was open when Helix's offer was accepted: the advice says
    # to withdraw, so it is still open, not gone quiet.
    assert "Still open 4" in labels
    assert not any(label.startswith("Gone quiet") for label in labels)


def test_the_flow_picture_as_png_for_sharing(person):
    response = client_for(person).get(reverse("interviews:insights_flow_png") + "?window=30")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert (image.format, image.size) == ("PNG", (1350, 750))


def test_an_empty_flow_picture_says_so(user):
    svg = client_for(user).get(reverse("interviews:insights_flow_svg")).content.decode()
    assert texts(svg) == ["No applications in this window yet"]


def test_anothers_records_never_change_ones_own_pictures(person):
    stranger = client_for(Application.objects.get(company="Other Co").owner)
    owner = client_for(person)
    urls = [reverse("interviews:insights_chart", args=[name]) for name in CHARTS]
    urls += [reverse("interviews:insights_flow_svg"), reverse("interviews:insights_flow_png")]
    theirs = {url: stranger.get(url).content for url in urls}
    mine = {url: owner.get(url).content for url in urls}
    Application.objects.filter(owner=person).delete()
    assert {url: stranger.get(url).content for url in urls} == theirs
    # The pictures do show the records: the owner's change once theirs are gone.
    assert all(owner.get(url).content != mine[url] for url in urls)


def test_nothing_to_show_is_written_small_enough_to_read_whole(user):
    """pygal's 64 px default cut the words off over the chart (first-week finding 7)."""
    for size in ("", "narrow"):
        svg = chart(client_for(user), "reply-times", size=size)
        assert re.search(r"text\.no_data\{[^}]*font-size:16px", svg), svg[:2000]


def axis_labels(svg: str, axis: str) -> list[str]:
    """One axis's tick labels ("x" or "y")."""
    root = ET.fromstring(svg)
    axis = next(g for g in root.iter(f"{SVG}g") if f"axis {axis}" in (g.get("class") or ""))
    return ["".join(t.itertext()) for t in axis.iter(f"{SVG}text")]


@pytest.mark.parametrize(
    ("name", "axis"), [("funnel", "x"), ("interviews", "y"), ("activity", "y")]
)
def test_count_axes_step_in_whole_numbers_with_one_application(user, name, axis):
    application = ApplicationFactory(owner=user, applied_on=timezone.localdate())
    InterviewRoundFactory(application=application, outcome=Outcome.DONE)
    labels = axis_labels(chart(client_for(user), name, window="all"), axis)
    assert labels and all(label.isdigit() for label in labels), labels
