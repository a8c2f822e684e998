"""What an uploaded file is, read from its content: never from its name or the type the
browser claims. A PDF is known by its first bytes (``filetype``'s table of signatures);
a .docx and an .odt are zip archives, known by what they hold: the Office part list
(``[Content_Types].xml``) naming a Word document, or the OpenDocument ``mimetype`` entry
naming a text. Only the archive's directory and those two small entries are read, each
within a limit, so a zip bomb costs nothing: its declared sizes refuse it before any of
it is unpacked."""

from __future__ import annotations

import zipfile
import zlib

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File

from interviews.documents.models import Format

HEAD = 8192  # enough for every signature filetype knows
ZIPPED = {"zip", "docx", "odt", "xlsx", "pptx", "ods", "odp", "epub"}
MAX_ENTRIES = 2000  # a long Word document has a few dozen parts
MAX_UNPACKED = 200 * 1024 * 1024  # what the parts may add up to, unpacked, as declared
MAX_PART_LIST = 256 * 1024  # [Content_Types].xml: a few kilobytes in practice
DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ODT_MIME = b"application/vnd.oasis.opendocument.text"
WHAT_WE_TAKE = "a PDF, a Word (.docx) or an OpenDocument text (.odt)"
NOT_ZIP_OPENABLE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,  # an encrypted entry
    NotImplementedError,  # a compression zipfile does not know
    ValueError,
)


def max_bytes() -> int:
    return settings.DOCUMENT_MAX_BYTES


def too_large_message(limit: int | None = None) -> str:
    megabytes = (limit or max_bytes()) / (1024 * 1024)
    return f"This file is over {megabytes:g} MB, the most a document may be. Save a smaller copy."


def file_format(upload: File, *, limit: int | None = None) -> Format:
    """The file's format, or a ValidationError saying in words why it is refused."""
    limit = limit or max_bytes()
    if upload.size is None or upload.size > limit:
        raise ValidationError(too_large_message(limit), code="too_large")
    if upload.size == 0:
        raise ValidationError("This file is empty.", code="empty")
    upload.seek(0)
    guess = filetype.guess(upload.read(HEAD))
    upload.seek(0)
    if guess is not None and guess.extension == "pdf":
        return Format.PDF
    if guess is not None and guess.extension in ZIPPED:
        return _zipped_format(upload)
    seen = f" (its content is {guess.mime})" if guess is not None else ""
    raise ValidationError(f"This file is not {WHAT_WE_TAKE}{seen}.", code="not_a_document")


def _zipped_format(upload: File) -> Format:
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            _check_bounds(entries)
            found = _format_inside(archive, {entry.filename: entry for entry in entries})
    except NOT_ZIP_OPENABLE as error:
        raise ValidationError(
            f"This file is a damaged or locked archive, not {WHAT_WE_TAKE}.", code="damaged"
        ) from error
    finally:
        upload.seek(0)
    if found is None:
        raise ValidationError(
            f"This archive is not {WHAT_WE_TAKE} (a .docm, a spreadsheet or a plain zip is not).",
            code="not_a_document",
        )
    return found


def _check_bounds(entries: list[zipfile.ZipInfo]) -> None:
    """Refuse on the archive's directory alone: nothing is unpacked to find out."""
    if len(entries) > MAX_ENTRIES or sum(entry.file_size for entry in entries) > MAX_UNPACKED:
        raise ValidationError(
            "This archive unpacks to far more than any document: it is refused.", code="bomb"
        )


def _format_inside(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> Format | None:
    if "mimetype" in entries:
        return Format.ODT if _part(archive, entries["mimetype"]).strip() == ODT_MIME else None
    if "[Content_Types].xml" in entries:
        return Format.DOCX if DOCX_MAIN in _part(archive, entries["[Content_Types].xml"]) else None
    return None


def _part(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    """One small entry, read no further than its limit whatever its header declares."""
    if entry.file_size > MAX_PART_LIST:
        raise ValidationError("This archive's part list is far too large.", code="bomb")
    with archive.open(entry) as part:
        data = part.read(MAX_PART_LIST + 1)
    if len(data) > MAX_PART_LIST:
        raise ValidationError("This archive's part list is far too large.", code="bomb")
    return data
