"""Turn the bytes of a source (plain text, Markdown, HTML or PDF) into the text factbase stores.

Which reader a file or a fetched body needs, and the plain-text reader; web pages are read in
``webpage.py``, PDFs in ``pdf.py``, encodings in ``decoding.py``; the ``Document`` they all
return lives in ``document.py``.

Pure: no database, no network. Every reader returns a ``Document`` whose ``text`` is exactly what
is stored; offsets into it are the offsets citations use. Repairs (legacy encodings, mojibake,
PDF line breaks and hyphenation) happen before the text is stored, never after, and each one is
recorded in ``Document.repairs``.
"""

from __future__ import annotations

import codecs
import re

from factbase.errors import InputError
from factbase.sources.decoding import decode, decoded_repairs, fix_mojibake, newlines
from factbase.sources.document import Document
from factbase.sources.pdf import read_pdf
from factbase.sources.webpage import read_html

KINDS = ("text", "markdown", "html", "pdf")

SUFFIX_KINDS = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
}

CONTENT_TYPE_KINDS = {
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
}

KIND_CONTENT_TYPES = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "pdf": "application/pdf",
}



# --- which reader ------------------------------------------------------------------------------


def sniff_kind(data: bytes) -> str | None:
    """The kind the bytes themselves announce (a PDF header, an HTML start), else None."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    lowered = head[:512].lower()
    for bom in (codecs.BOM_UTF8,):
        lowered = lowered.removeprefix(bom)
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[
        :4096
    ].lower():
        return "html"
    return None


def kind_for_suffix(suffix: str, data: bytes) -> str:
    """The reader for a file: by its suffix, else by what its bytes look like, else plain text."""
    kind = SUFFIX_KINDS.get(suffix.lower())
    if kind is not None:
        return kind
    return sniff_kind(data) or "text"


def kind_for_content_type(content_type: str | None, data: bytes) -> str | None:
    """The reader for a fetched body, or None when its content type is not one factbase reads.

    A missing or generic type (``application/octet-stream``) is settled by the bytes.
    """
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in CONTENT_TYPE_KINDS:
        kind = CONTENT_TYPE_KINDS[mime]
        # Servers label PDFs as HTML error pages and the like; believe a PDF header.
        return "pdf" if sniff_kind(data) == "pdf" else kind
    if mime in ("", "application/octet-stream", "binary/octet-stream"):
        return sniff_kind(data)
    return None


def charset_of(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def read_document(
    data: bytes, *, kind: str, name: str, charset: str | None = None, force: bool = False
) -> Document:
    """Read ``data`` as ``kind``; ``name`` is the file or URL for error messages.

    ``charset`` is the encoding the server declared, if any; ``force`` keeps a web page whose
    text is only navigation.
    """
    if kind == "pdf":
        return read_pdf(data, name=name)
    if kind == "html":
        return read_html(data, name=name, charset=charset, force=force)
    if kind in ("text", "markdown"):
        return read_plain(data, name=name, kind=kind, charset=charset)
    raise InputError(f"cannot read {name}: unknown kind {kind!r}")


# --- plain text and Markdown -------------------------------------------------------------------


def read_plain(
    data: bytes, *, name: str, kind: str = "text", charset: str | None = None
) -> Document:
    """A plain-text or Markdown file: decoded, mojibake repaired, line ends made ``\\n``."""
    text, encoding = decode(data, name=name, declared=charset)
    text = newlines(text.removeprefix("\ufeff"))
    text, mojibake = fix_mojibake(text)
    if not text.strip():
        raise InputError(f"empty file: {name}")
    return Document(
        text=text,
        kind=kind,
        content_type=KIND_CONTENT_TYPES[kind],
        encoding=encoding,
        repairs=decoded_repairs(encoding, mojibake),
    )
