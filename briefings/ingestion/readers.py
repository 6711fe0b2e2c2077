"""Turn an uploaded file into article text, or say clearly why not.

The upload page, `ingest` and `extract` all read files here. Messages are translated
(only Django's gettext is used), because editors read them on the Arabic desk too.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _

from .html_text import html_to_text

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")


class UnreadableFile(ValueError):
    """The file cannot become an article; the message is shown to the editor as is."""


@dataclass(frozen=True, slots=True)
class ReadResult:
    text: str
    title: str


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 5 * 1024 * 1024
    max_expanded_bytes: int = 50 * 1024 * 1024


def read_document(name: str, data: bytes, *, limits: Limits = Limits()) -> ReadResult:
    suffix = PurePath(name).suffix.lower() or ".txt"
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFile(
            _("%(name)s: unsupported file type %(suffix)s; upload .txt, .html, .docx or .pdf.") % {"name": name, "suffix": suffix}
        )
    if not data:
        raise UnreadableFile(_("%(name)s: the file is empty.") % {"name": name})
    if len(data) > limits.max_bytes:
        raise UnreadableFile(
            _("%(name)s: the file is %(size)s, over the %(limit)s limit.")
            % {"name": name, "size": _mb(len(data)), "limit": _mb(limits.max_bytes)}
        )
    if suffix == ".docx":
        text, title = _read_docx(name, data, limits), ""
    elif suffix == ".pdf":
        text, title = _read_pdf(name, data), ""
    else:
        decoded = _decode_text(name, data)
        text, title = html_to_text(decoded) if suffix in (".html", ".htm") else (decoded, "")
    text = _clean(text)
    if not text.strip():
        raise UnreadableFile(_("%(name)s: no article text found in the file.") % {"name": name})
    return ReadResult(text=text, title=title or first_line_title(text))


def read_text(text: str) -> ReadResult:
    """Pasted text: same cleaning and checks as a file."""
    cleaned = _clean(text)
    if not cleaned.strip():
        raise UnreadableFile(_("The pasted text is empty."))
    _reject_binary("pasted text", cleaned)
    return ReadResult(text=cleaned, title=first_line_title(cleaned))


def first_line_title(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return "Untitled"


def _decode_text(name: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise UnreadableFile(_("%(name)s: this looks like a binary file, not text.") % {"name": name})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            _("%(name)s: the file is not valid UTF-8 (bad byte at position %(position)s); save it as UTF-8 and upload again.")
            % {"name": name, "position": error.start}
        ) from None
    _reject_binary(name, text)
    return text


def _reject_binary(name: str, text: str) -> None:
    sample = text[:8192]
    control = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if sample and control / len(sample) > 0.02:
        raise UnreadableFile(_("%(name)s: this looks like a binary file, not text.") % {"name": name})


def _clean(text: str) -> str:
    # Keep the text as written; only unify line endings and drop NULs, so spans stay honest.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _read_docx(name: str, data: bytes, limits: Limits) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableFile(_("%(name)s: not a valid .docx file.") % {"name": name}) from None
    if expanded > limits.max_expanded_bytes:
        raise UnreadableFile(
            _("%(name)s: the .docx would expand to %(size)s (limit %(limit)s); refusing it.")
            % {"name": name, "size": _mb(expanded), "limit": _mb(limits.max_expanded_bytes)}
        )
    try:
        import docx  # python-docx; imported here so workers that never see a .docx stay light

        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many types for broken files
        raise UnreadableFile(_("%(name)s: not a valid .docx file.") % {"name": name}) from None
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def _read_pdf(name: str, data: bytes) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableFile(_("%(name)s: the PDF is encrypted.") % {"name": name})
        return "\n".join((page.extract_text() or "") for page in reader.pages[:500])
    except UnreadableFile:
        raise
    except Exception:
        raise UnreadableFile(_("%(name)s: not a readable PDF file.") % {"name": name}) from None


def _mb(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.1f} KB"
