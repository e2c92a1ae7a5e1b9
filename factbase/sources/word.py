"""Reading a Word document (.docx): its paragraphs in document order and its links. Pure: no
database, no network.

The prose is every paragraph of the document's body that has text: body paragraphs, headings,
list items and the paragraphs of table cells (row by row, cell by cell, nested tables included),
each its own paragraph, one blank line between two. Pending tracked changes read as accepted
(insertions kept, deletions dropped). A hyperlink (Word's ``w:hyperlink``, or a ``HYPERLINK``
field) is kept as the span of its text and its address; a link to a place within the document
(a bookmark) is not. Headers, footers, footnotes, comments and text boxes are not read.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.text.hyperlink import Hyperlink
from docx.text.run import Run

from factbase.errors import InputError

# An lxml element of the document's XML.
Element = Any

# Word compresses its XML about tenfold; a package that unpacks to more than this is far past
# any draft (the text of a 1,000-page report is a few MB) and is refused before it is read.
MAX_UNPACKED_BYTES = 100_000_000
# A Word 97-2003 file, and an encrypted .docx (the package inside an OLE compound file).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_ZIP_ENCRYPTED = 0x1  # general purpose bit 0 of a zip member: its data is encrypted
_CONTENT_TYPE = re.compile(r"content type is '([^']+)'")
# Office packages python-docx refuses, by a word of their main part's content type.
_OTHER_PACKAGES = {
    "spreadsheetml": "an Excel workbook, not a Word document",
    "presentationml": "a PowerPoint presentation, not a Word document",
    "macroEnabled": "a macro-enabled Word document (.docm); save it as .docx",
    "template": "a Word template (.dotx); save it as .docx",
}
_PARAGRAPH_BREAK = "\n\n"
# A field instruction's words: "quoted text" or a bare word.
_FIELD_WORD = re.compile(r'"([^"]*)"|(\S+)')
# HYPERLINK switches followed by an argument (\l names a bookmark, \o a tooltip, \t a frame).
_SWITCHES_WITH_ARGUMENT = frozenset({"\\l", "\\o", "\\t"})


@dataclass(frozen=True)
class Link:
    """A hyperlink: the span of its text (offsets into ``WordText.text``) and its address."""

    start: int
    end: int
    url: str


@dataclass
class WordText:
    """The prose of a Word document, the span of each of its paragraphs, and its links."""

    text: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def read_word(data: bytes, *, name: str) -> WordText:
    """The prose and links of the .docx ``data``; InputError when it is not a readable one."""
    document = _open(data, name=name)
    body = document.element.find(_BODY)
    if body is None:
        raise InputError(f"not a readable Word document: {name} (damaged: it has no body)")
    reader = _Reader(document)
    reader.blocks(body)
    return reader.result()


def field_url(instruction: str) -> str:
    """The address of a ``HYPERLINK "url" \\o "tip"`` field ("" for another field, or a link
    to a bookmark of the document)."""
    words = [(m.group(1) is not None, m.group(1) or m.group(2) or "")
             for m in _FIELD_WORD.finditer(instruction)]  # fmt: skip
    if not words or words[0][0] or words[0][1].upper() != "HYPERLINK":
        return ""
    skip_argument = False
    for quoted, word in words[1:]:
        if skip_argument:
            skip_argument = False
        elif not quoted and word.startswith("\\"):
            skip_argument = word.lower() in _SWITCHES_WITH_ARGUMENT
        else:
            return word
    return ""


# --- opening the package -----------------------------------------------------------------------


def _open(data: bytes, *, name: str) -> WordDocument:
    """The python-docx document of ``data``, every way it can fail said in one line.

    python-docx reading a damaged package can fail with nearly any exception (a missing key, an
    attribute a mangled part lacks, a wrong type); each one means the same thing to the user, a
    .docx factbase cannot read.
    """
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTION_INFO in data:
            raise InputError(
                f"encrypted Word document: {name} needs a password to open; "
                "save a copy without the password"
            )
        raise InputError(f"not a .docx: {name} is a Word 97-2003 document; save it as .docx")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(
            f"not a Word document: {name} is not a .docx (a zip package), or is cut short"
        )
    _check_package(data, name=name)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any failure inside the third-party reader
        other = _other_package(exc)
        if other:
            raise InputError(f"not a .docx: {name} is {other}") from exc
        raise InputError(f"not a readable Word document: {name} (damaged: {_detail(exc)})") from exc


def _check_package(data: bytes, *, name: str) -> None:
    """Refuse a package with password-protected members, or one too large once unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise InputError(f"not a readable Word document: {name} (damaged: {_detail(exc)})") from exc
    if any(info.flag_bits & _ZIP_ENCRYPTED for info in members):
        raise InputError(
            f"encrypted Word document: {name} needs a password to open; "
            "save a copy without the password"
        )
    if sum(info.file_size for info in members) > MAX_UNPACKED_BYTES:
        raise InputError(f"the draft unpacks to more than {MAX_UNPACKED_BYTES:,} bytes: {name}")


def _other_package(exc: Exception) -> str | None:
    """What an Office package that is not a Word document is, from python-docx's refusal
    ("... is not a Word file, content type is '...'"); None for any other failure."""
    found = _CONTENT_TYPE.search(str(exc)) if isinstance(exc, ValueError) else None
    if found is None:
        return None
    for marker, kind in _OTHER_PACKAGES.items():
        if marker in found.group(1):
            return kind
    return f"not a Word document ({found.group(1)})"


def _detail(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


# --- walking the body --------------------------------------------------------------------------


def _tags(names: str) -> frozenset[str]:
    return frozenset(qn(f"w:{name}") for name in names.split())


_BODY, _P, _R = qn("w:body"), qn("w:p"), qn("w:r")
_HYPERLINK, _FIELD = qn("w:hyperlink"), qn("w:fldSimple")
_FIELD_CHAR, _INSTRUCTION = qn("w:fldChar"), qn("w:instrText")
# What holds paragraphs (tables, rows, cells, content controls, tracked insertions), and what
# holds runs within a paragraph. Anything else (deletions, properties, bookmarks) is not prose.
_BLOCK_CONTAINERS = _tags("tbl tr tc sdt sdtContent customXml ins moveTo")
_RUN_CONTAINERS = _tags("ins moveTo smartTag sdt sdtContent customXml dir bdo")


class _Reader:
    """The body read element by element into text, paragraph spans and links."""

    def __init__(self, document: WordDocument) -> None:
        self.document = document
        self.parts: list[str] = []
        self.length = 0
        self.paragraphs: list[tuple[int, int]] = []
        self.links: list[Link] = []

    def result(self) -> WordText:
        return WordText("".join(self.parts), self.paragraphs, self.links)

    def blocks(self, element: Element) -> None:
        for child in element.iterchildren():
            if child.tag == _P:
                self.add_paragraph(child)
            elif child.tag in _BLOCK_CONTAINERS:
                self.blocks(child)

    def add_paragraph(self, element: Element) -> None:
        paragraph = _Paragraph()
        self.inline(element, paragraph)
        text = "".join(paragraph.parts)
        if not text.strip():
            return
        if self.parts:
            self.parts.append(_PARAGRAPH_BREAK)
            self.length += len(_PARAGRAPH_BREAK)
        base = self.length
        self.parts.append(text)
        self.length += len(text)
        self.paragraphs.append((base, self.length))
        self.links.extend(Link(base + s, base + e, url) for s, e, url in paragraph.links)

    def inline(self, element: Element, paragraph: _Paragraph) -> None:
        for child in element.iterchildren():
            if child.tag == _R:
                self.run(child, paragraph)
            elif child.tag in (_HYPERLINK, _FIELD):
                start = paragraph.length
                self.inline(child, paragraph)
                paragraph.link(start, self.link_url(child))
            elif child.tag in _RUN_CONTAINERS:
                self.inline(child, paragraph)

    def run(self, element: Element, paragraph: _Paragraph) -> None:
        for child in element.iterchildren(_FIELD_CHAR, _INSTRUCTION):
            if child.tag == _INSTRUCTION:
                paragraph.field_instruction(child.text or "")
            else:
                paragraph.field_char(child.get(qn("w:fldCharType")) or "")
        paragraph.add(Run(element, self.document).text)

    def link_url(self, element: Element) -> str:
        """The address of a ``w:hyperlink`` or a ``w:fldSimple`` (HYPERLINK) element."""
        if element.tag == _FIELD:
            return field_url(element.get(qn("w:instr")) or "")
        try:
            return Hyperlink(element, self.document).url
        except KeyError:  # a relationship id the package does not have
            return ""


@dataclass
class _Field:
    """A field open in a paragraph: its instruction, and where its result starts (after
    ``separate``; None before)."""

    instruction: str = ""
    result_start: int | None = None


class _Paragraph:
    """One paragraph's text as it is read, with its links (offsets into the paragraph) and the
    fields (``begin``, instruction, ``separate``, result, ``end``) open in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.links: list[tuple[int, int, str]] = []
        self.fields: list[_Field] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def link(self, start: int, url: str) -> None:
        if url and "".join(self.parts)[start:].strip():
            self.links.append((start, self.length, url))

    def field_char(self, kind: str) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].result_start = self.length
        elif kind == "end" and self.fields:
            done = self.fields.pop()
            if done.result_start is not None:
                self.link(done.result_start, field_url(done.instruction))

    def field_instruction(self, text: str) -> None:
        if self.fields and self.fields[-1].result_start is None:
            self.fields[-1].instruction += text
