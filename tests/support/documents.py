"""Small real files of each kind the documents take, and of kinds they refuse, made here
(nothing binary is committed): a PDF, a .docx and an .odt as their programs write them,
and executables, spreadsheets and zip bombs dressed as résumés."""

from __future__ import annotations

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120
PE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\x00" * 50
    + b"PE\x00\x00"
    + b"\x00" * 60
)
DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
XLSX_TYPES = DOCX_TYPES.replace(
    "wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml"
).replace("word/document", "xl/workbook")


def zipped(parts: dict[str, bytes | str], *, stored_first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first:
            archive.writestr(stored_first, parts[stored_first], zipfile.ZIP_STORED)
        for name, content in parts.items():
            if name != stored_first:
                archive.writestr(name, content)
    return buffer.getvalue()


def docx() -> bytes:
    return zipped(
        {
            "[Content_Types].xml": DOCX_TYPES,
            "_rels/.rels": "<Relationships/>",
            "word/document.xml": "<w:document><w:body>Ada Lovelace</w:body></w:document>",
        }
    )


def odt() -> bytes:
    return zipped(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": "<office:document-content>Ada Lovelace</office:document-content>",
            "META-INF/manifest.xml": "<manifest:manifest/>",
        },
        stored_first="mimetype",
    )


def xlsx() -> bytes:
    return zipped({"[Content_Types].xml": XLSX_TYPES, "xl/workbook.xml": "<workbook/>"})


def zip_bomb() -> bytes:
    """A .docx whose one part unpacks to 300 MB from a few hundred kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            block = b"\x00" * (1024 * 1024)
            for _ in range(300):
                part.write(block)
    return buffer.getvalue()


def upload(content: bytes, name: str = "cv.pdf", content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def a_document(owner, *, label: str = "Data engineer, short", kind: str = "resume", content=PDF):
    """A stored version, through the documents' one write path."""
    from django.core.files.base import ContentFile

    from interviews.documents.checking import file_format
    from interviews.documents.services import document_add

    file = ContentFile(content, name="cv.pdf")
    return document_add(
        owner=owner, kind=kind, label=label, content=file, file_format=file_format(file)
    )
