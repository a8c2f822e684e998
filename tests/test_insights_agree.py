"""Insights that agree with themselves: a chart with one bar beside its own total becomes
its sentence, and a wide chart's labels are whole, never cut with an ellipsis."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.insights.charts import WIDE, render
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 9, 12, 0, tzinfo=dt.UTC)


@time_machine.travel(NOW, tick=False)
def test_one_source_and_one_kind_of_interview_are_sentences_not_charts(owner_client, user):
    for day in (2, 3, 4):
        application = ApplicationFactory(
            owner=user, source="job_board", applied_on=dt.date(2026, 11, day)
        )
        StatusUpdateFactory(application=application, kind="rejected", on=dt.date(2026, 11, 20))
        InterviewRoundFactory(
            application=application,
            kind="phone",
            scheduled_at=dt.datetime(2026, 11, 10, 10, tzinfo=dt.UTC),
        )
    page = owner_client.get(reverse("interviews:insights")).content.decode()
    for slug in ("replies", "reply-times", "interviews"):
        assert f'<p class="chart-sentence" data-summary="{slug}">' in page, slug
        assert f"/insights/charts/{slug}.svg" not in page, slug
    # The funnel has several steps: still a chart.
    assert "/insights/charts/funnel.svg" in page


def test_a_wide_charts_long_labels_are_whole_and_slanted():
    import pygal

    chart = pygal.Bar()
    chart.x_labels = ["First interview with the team", "Second interview", "Final round"] * 2
    chart.add("Applications", [1, 2, 3, 1, 2, 3])
    svg = render(chart, WIDE)
    assert "First interview with the team" in svg
    assert "…" not in svg
    assert "rotate(335" in svg
