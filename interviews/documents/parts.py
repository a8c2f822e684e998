"""What documents add to the core's pages (``interviews.extensions``), added by
``DocumentsConfig.ready()``: the application page's panel of the versions sent, and the
stored files' removal when an account is deleted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest

from interviews.documents.forms import DocumentSentForm
from interviews.documents.models import Document
from interviews.documents.services import files_remove, stored_names
from interviews.extensions import ApplicationPanel
from interviews.models import Application, Stage

# Where the person most needs to know what the employer read.
BEFORE_INTERVIEW = {Stage.SCREENING, Stage.INTERVIEWING}


def panel_context(request: HttpRequest, application: Application) -> dict[str, Any]:
    """The person's versions, each with the day it went with this application: one query
    serves both the list of those sent and the choice of the form."""
    documents = list(Document.objects.for_user(request.user).with_sent_to(application))
    form = DocumentSentForm(user=request.user, documents=documents, prefix="sent")
    return {
        "sent": [document for document in documents if document.sent_on is not None],
        "has_documents": bool(documents),
        "sent_form": form,
        "before_interview": application.stage in BEFORE_INTERVIEW,
    }


def leaving(user) -> Callable[[], None]:
    """The account's stored files, removed once its deletion is committed."""
    return files_remove(stored_names(user))


PANEL = ApplicationPanel("interviews/documents/_panel.html", context=panel_context)
