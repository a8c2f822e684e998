"""The pages people live in, as paths on the demo search (after `seed_demo`)."""

from __future__ import annotations

from django.urls import reverse

from interviews.models import Application


def main_pages() -> dict[str, str]:
    """Every main page of the product, one application page per kind of stage."""

    def application(company: str) -> str:
        return Application.objects.get(owner__username="demo", company=company).get_absolute_url()

    return {
        "board": reverse("interviews:board"),
        "Waiting": reverse("interviews:waiting"),
        "application list": reverse("interviews:application_list"),
        "application, offer": application("Vertex Labs"),
        "application, interviewing": application("Atlas Cloud"),
        # A panel held three days ago with no outcome: the page asks what happened.
        "application, outcome to log": application("Copperfield Schools"),
        "new application": reverse("interviews:application_create"),
        "Stage guide": reverse("interviews:guide"),
        "settings": reverse("interviews:settings"),
        "calendar feed": reverse("interviews:calendar_settings"),
        "application, offer rescinded": application("Beacon Biotech"),
        "work-search log": reverse("interviews:worklog"),
        "e-mail to review": reverse("interviews:mail_review"),
        "add from e-mail": reverse("interviews:mail_add"),
        "import a spreadsheet": reverse("interviews:import_upload"),
        "delete the account": reverse("interviews:account_delete"),
        # Insights is checked in test_insights.py, which serves its six charts one by one.
    }
