"""What an upload is, by its content: a renamed executable, a spreadsheet, a plain zip, a
zip bomb and a damaged archive are refused with the reason; and a file over the cap is
stopped while it streams in, never stored, in bounded memory."""

from __future__ import annotations

import time
import tracemalloc
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse

from interviews.documents.checking import file_format
from interviews.documents.models import Document
from tests.support.documents import ELF, PDF, PE, docx, upload, xlsx, zip_bomb, zipped

pytestmark = pytest.mark.django_db

LIBRARY = reverse("interviews:documents")
MB = 1024 * 1024


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (ELF, "its content is application/x-executable"),
        (PE, "its content is application/x-msdownload"),
        (b"Dear hiring manager,\nI am writing", "This file is not a PDF"),
        (xlsx(), "a spreadsheet or a plain zip is not"),
        (zipped({"cv.txt": "hello"}), "a spreadsheet or a plain zip is not"),
        (docx()[:200], "damaged or locked archive"),
        (b"", "The submitted file is empty."),
    ],
    ids=["elf", "pe", "text", "xlsx", "zip", "damaged", "empty"],
)
def test_a_file_that_is_no_document_is_refused_whatever_its_name(owner_client, content, words):
    answer = owner_client.post(
        LIBRARY, {"kind": "resume", "label": "Mine", "file": upload(content, "cv.pdf")}
    )
    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert words in answer.content.decode()
    assert not Document.objects.exists()


def test_a_renamed_executable_is_refused_by_the_check_itself():
    for program in (ELF, PE):
        with pytest.raises(ValidationError) as refused:
            file_format(ContentFile(program, name="cv.docx"))
        assert refused.value.code == "not_a_document"


def test_a_zip_bomb_is_refused_from_its_directory_without_unpacking():
    bomb = ContentFile(zip_bomb(), name="cv.docx")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ValidationError) as refused:
            file_format(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.code == "bomb"
    assert peak < 2 * MB  # it declares 300 MB
    assert time.perf_counter() - started < 1


def test_an_archive_with_thousands_of_entries_is_refused():
    many = zipped({"[Content_Types].xml": "x", **{f"p/{n}": "" for n in range(2001)}})
    with pytest.raises(ValidationError) as refused:
        file_format(ContentFile(many, name="cv.docx"))
    assert refused.value.code == "bomb"


class Body:
    """A multipart request whose file is ``size`` bytes, made as it is read (the test
    holds none of it), counting what the server read."""

    BOUNDARY = "xBOUNDARYx"

    def __init__(self, size: int) -> None:
        head = (
            f'--{self.BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nresume\r\n'
            f'--{self.BOUNDARY}\r\nContent-Disposition: form-data; name="label"\r\n\r\nBig\r\n'
            f'--{self.BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n'
        ).encode()
        self.parts = [head, PDF, size - len(PDF), f"\r\n--{self.BOUNDARY}--\r\n".encode()]
        self.length = len(head) + size + len(self.parts[3])
        self.read_so_far = 0

    def read(self, size: int = -1) -> bytes:
        size = 64 * 1024 if size is None or size < 0 else size
        out = b""
        while self.parts and len(out) < size:
            part = self.parts[0]
            if isinstance(part, int):
                take = min(part, size - len(out))
                out += b"\x00" * take
                self.parts[0] = part - take
                if not self.parts[0]:
                    self.parts.pop(0)
            else:
                take = part[: size - len(out)]
                out += take
                rest = part[len(take) :]
                self.parts[0] = rest
                if not rest:
                    self.parts.pop(0)
        self.read_so_far += len(out)
        return out

    def readline(self, size: int = -1) -> bytes:
        # Django drops what is left of a refused body by iterating it; a chunk will do.
        return self.read(size)


def post_streamed(client, body: Body):
    return client.request(
        PATH_INFO=LIBRARY,
        REQUEST_METHOD="POST",
        CONTENT_TYPE=f"multipart/form-data; boundary={Body.BOUNDARY}",
        CONTENT_LENGTH=str(body.length),
        **{"wsgi.input": body},
    )


def test_a_50_mb_upload_is_refused_before_it_is_stored(owner_client, settings, tmp_path):
    settings.DOCUMENT_MAX_BYTES = 10 * MB
    body = Body(50 * MB)
    tracemalloc.start()
    try:
        answer = post_streamed(owner_client, body)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert "This file is over 10 MB" in answer.content.decode()
    assert not Document.objects.exists()
    assert not (tmp_path / "documents").exists() or not any((tmp_path / "documents").iterdir())
    assert body.read_so_far < 11 * MB  # stopped at the cap: the rest was never read
    assert peak < 16 * MB  # far below the file's 50 MB: nothing held it whole


def test_a_file_just_over_the_cap_is_read_through_and_dropped_with_the_reason(
    owner_client, settings, tmp_path
):
    settings.DOCUMENT_MAX_BYTES = 1 * MB
    body = Body(MB + MB // 2)
    answer = post_streamed(owner_client, body)
    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert "This file is over 1 MB" in answer.content.decode()
    assert body.read_so_far == body.length  # read and thrown away: the browser hears why
    assert not Document.objects.exists()


def test_a_file_under_the_cap_streams_in_and_is_stored(owner_client, user, settings):
    settings.DOCUMENT_MAX_BYTES = 1 * MB
    answer = post_streamed(owner_client, Body(MB - 1000))
    assert answer.status_code == HTTPStatus.FOUND
    assert Document.objects.get(owner=user).size == MB - 1000
