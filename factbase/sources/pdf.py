"""Read the text layer of a PDF, page by page, repairing its layout. Pure: no database, no network.

pdfminer.six groups characters into lines and lines into text boxes (paragraphs, mostly). The
lines of a box are joined into one paragraph, words hyphenated across a line break are joined
again, boxes are separated by a blank line and pages likewise. ``Document.pages`` holds the offset
at which each page starts in the stored text, so any offset maps to its page.
"""

from __future__ import annotations

import bisect
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from factbase.errors import InputError
from factbase.sources.decoding import fix_mojibake
from factbase.sources.document import Document

# The whole text is made of unmapped glyph codes ("(cid:12)(cid:34)") above this share: the fonts
# carry no Unicode mapping and the "text" is not the text. Any share that high means the layer is
# unusable; real text mentions "(cid:" almost never.
_CID_SHARE = 0.3
_CID = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HYPHENS = ("-", "\u2010", "\u00ad")
_PAGE_BREAK = "\n\n"
_BLOCK_BREAK = "\n\n"


def page_number(pages: Sequence[int] | None, offset: int) -> int | None:
    """The 1-based page holding ``offset``, given each page's start offset; None without pages."""
    if not pages:
        return None
    return max(1, bisect.bisect_right(list(pages), offset))


def read_pdf(data: bytes, *, name: str) -> Document:
    """The text of a PDF with its page starts, title and author; InputError when there is none."""
    pages, info = _read_layout(data, name=name)
    if not pages:
        raise InputError(f"PDF without pages: {name}")

    every_line = [line.text for page in pages for box in page for line in box]
    raw = "".join(every_line)
    if not raw.strip():
        raise InputError(
            f"PDF without a text layer: {name} holds only images (a scan?); it needs OCR first "
            "(e.g. ocrmypdf), then add the OCRed PDF"
        )
    cid = sum(len(m.group()) for m in _CID.finditer(raw))
    if cid > _CID_SHARE * len(raw.strip()):
        raise InputError(
            f"PDF text layer without Unicode mapping: {name}; its text cannot be read reliably "
            "and it needs OCR first"
        )

    vocabulary = _vocabulary(every_line)
    text = ""
    starts: list[int] = []
    empty_pages: list[int] = []
    stats = {"lines": 0, "hyphens": 0}
    for number, page in enumerate(pages, 1):
        blocks = [_join_lines(box, vocabulary, stats) for box in page]
        page_text = _BLOCK_BREAK.join(b for b in blocks if b)
        if not page_text:
            empty_pages.append(number)
        if number == 1 or not text or not page_text:
            text += _PAGE_BREAK if number > 1 and text else ""
            starts.append(len(text))
            text += page_text
            continue
        # A paragraph running on from the previous page is joined to it.
        joined = _hyphen_join(text, page_text, vocabulary)
        if joined is not None:
            stats["hyphens"] += 1
            text = joined[0]
            starts.append(len(text))
            text += joined[1]
        elif _continues(text, page_text, pages[number - 2], page):
            text += " "
            starts.append(len(text))
            text += page_text
        else:
            text += _PAGE_BREAK
            starts.append(len(text))
            text += page_text

    # Repairs that change lengths must happen page by page, to keep page starts exact.
    text, starts, fixes = _repair_pages(text, starts)
    repairs = []
    if stats["lines"]:
        repairs.append(f"joined {stats['lines']} line breaks inside paragraphs")
    if stats["hyphens"]:
        repairs.append(f"joined {stats['hyphens']} words hyphenated at line ends")
    repairs.extend(fixes)
    if empty_pages:
        repairs.append(f"pages without text (images? need OCR): {_ranges(empty_pages)}")
    return Document(
        text=text,
        kind="pdf",
        content_type="application/pdf",
        encoding=None,
        pages=starts,
        title=info.get("title"),
        author=info.get("author"),
        repairs=repairs,
    )


def _read_layout(data: bytes, *, name: str) -> tuple[list[list[list[Line]]], dict[str, str]]:
    """The lines of every text box of every page, and the document information.

    pdfminer reading a damaged or hostile file can fail with nearly any exception (a missing
    key, a wrong type, a recursion through a looping object graph); each one means the same
    thing to the user, a PDF factbase cannot read.
    """
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return _layout(data)
    except PDFPasswordIncorrect as exc:
        raise InputError(
            f"encrypted PDF: {name} needs a password to open; save a copy without the password"
        ) from exc
    except PDFEncryptionError as exc:
        raise InputError(f"encrypted PDF: {name} uses an encryption factbase cannot open") from exc
    except Exception as exc:  # noqa: BLE001 - any failure inside the third-party parser
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError(f"not a readable PDF: {name} (damaged: {detail})") from exc


def _layout(data: bytes) -> tuple[list[list[list[Line]]], dict[str, str]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    parser = PDFParser(io.BytesIO(data))
    document = PDFDocument(parser, password="")
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams(all_texts=True))
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[list[Line]]] = []
    try:
        for pdf_page in PDFPage.create_pages(document):
            interpreter.process_page(pdf_page)
            pages.append(list(_boxes(device.get_result())))
    finally:
        device.close()
    return pages, _info(document)


@dataclass(frozen=True)
class Line:
    """A line of text and where it starts and ends across the page."""

    text: str
    x0: float
    x1: float
    # The width of the line's first word and a space after it.
    first_word: float


def _line(line: Any) -> Line:
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    word: list[LTChar] = []
    space = None
    for c in chars:
        if c.get_text().isspace():
            if word:
                space = c.x1 - c.x0
                break
            continue
        word.append(c)
    if word:
        width = word[-1].x1 - word[0].x0
        first = width + (space if space is not None else width / len(word))
    else:
        first = 0.0
    return Line(line.get_text(), line.x0, line.x1, first)


def _boxes(layout: Any) -> Iterable[list[Line]]:
    """Each text box of a page as its lines, in pdfminer's reading order."""
    from pdfminer.layout import LTFigure, LTTextBox, LTTextLine

    for element in layout:
        if isinstance(element, LTTextBox):
            lines = [_line(line) for line in element if isinstance(line, LTTextLine)]
            if any(line.text.strip() for line in lines):
                yield lines
        elif isinstance(element, LTTextLine):
            if element.get_text().strip():
                yield [_line(element)]
        elif isinstance(element, LTFigure):
            yield from _boxes(element)


def _vocabulary(lines: Iterable[str]) -> set[str]:
    """Every word of the document, lower case, except the halves of words broken at a line end."""
    vocabulary: set[str] = set()
    for line in lines:
        body = line.rstrip()
        if body.endswith(_HYPHENS):
            body = body[:-1].rsplit(None, 1)[0] if " " in body.strip() else ""
        vocabulary.update(w.lower() for w in _WORD.findall(body))
    return vocabulary


def _join_lines(lines: list[Line], vocabulary: set[str], stats: dict[str, int]) -> str:
    """One paragraph from the lines of a text box.

    A line that wraps is joined to the next with a space; a word hyphenated at a line end is
    joined again (see ``_hyphen_join``). A line that ends early on purpose keeps its line
    break: one after which the next line's first word would have fitted, as after a heading
    or the last line of a paragraph.
    """
    kept = [(" ".join(line.text.split()), line) for line in lines]
    kept = [(text, line) for text, line in kept if text]
    if not kept:
        return ""
    right = max(line.x1 for _, line in kept)
    out = kept[0][0]
    for (_, line), (nxt, nxt_line) in zip(kept, kept[1:], strict=False):
        stats["lines"] += 1
        joined = _hyphen_join(out, nxt, vocabulary)
        if joined is not None:
            stats["hyphens"] += 1
            out = joined[0] + joined[1]
        elif _ends_early(line, nxt_line, right):
            out = out + "\n" + nxt
        else:
            out = out + " " + nxt
    return out


def _ends_early(line: Line, nxt: Line, right: float) -> bool:
    """Whether ``line`` stops short of the right edge by more than the width of the next line's
    first word and a space: the typesetter would have put that word there had the line
    wrapped."""
    return right - line.x1 > nxt.first_word


def _hyphen_join(left: str, right: str, vocabulary: set[str]) -> tuple[str, str] | None:
    """``left`` and ``right`` to be joined with nothing between them, when ``left`` ends with a
    word hyphenated at a line end and ``right`` goes on with its lower-case rest; else None.

    The hyphen is dropped ("exploita-" + "tion"), unless the document spells the word with a
    hyphen elsewhere and never without ("child-" + "care" stays "child-care" only when
    "childcare" appears nowhere and "child-care" does). A soft hyphen is always dropped.
    """
    if not (left.endswith(_HYPHENS) and len(left) > 1 and left[-2].isalpha()):
        return None
    if not right[:1].islower():
        return None
    head = re.search(r"[^\W\d_]+$", left[-64:-1])
    tail = re.match(r"[^\W\d_]+", right)
    first, rest = (head.group() if head else ""), (tail.group() if tail else "")
    keep = (
        left[-1] != "\u00ad"
        and (first + rest).lower() not in vocabulary
        and f"{first}-{rest}".lower() in vocabulary
    )
    return (left, right) if keep else (left[:-1], right)


def _continues(
    left: str, right: str, before: list[list[Line]], after: list[list[Line]]
) -> bool:
    """Whether ``right`` (a page's text) goes on with the last sentence of ``left``: the page
    before ends without a full stop, question or exclamation mark, and either this page starts
    in lower case or the last line before it ran to the right edge (it wrapped)."""
    tail = left.rstrip().rstrip("\"'\u201d\u2019)]")
    if tail.endswith((".", "!", "?")):
        return False
    if right[:1].islower():
        return True
    boxes = [b for b in before if any(line.text.strip() for line in b)]
    firsts = [b for b in after if any(line.text.strip() for line in b)]
    if not boxes or not firsts or len(boxes[-1]) < 2:
        return False
    last = [line for line in boxes[-1] if line.text.strip()]
    first = next(line for line in firsts[0] if line.text.strip())
    return not _ends_early(last[-1], first, max(line.x1 for line in last))


def _repair_pages(text: str, starts: list[int]) -> tuple[str, list[int], list[str]]:
    """Expand ligatures and repair mojibake page by page, moving the page starts to match."""
    from ftfy.fixes import fix_latin_ligatures

    bounds = [*starts, len(text)]
    pieces = []
    new_starts = []
    ligatures = mojibake = False
    pos = 0
    for i, start in enumerate(starts):
        # Each page's piece runs to the next page's start, the page break included.
        piece = text[start:bounds[i + 1]]
        fixed = fix_latin_ligatures(piece)
        ligatures = ligatures or fixed != piece
        fixed, changed = fix_mojibake(fixed)
        mojibake = mojibake or changed
        new_starts.append(pos)
        pieces.append(fixed)
        pos += len(fixed)
    repairs = []
    if ligatures:
        repairs.append("expanded ligatures")
    if mojibake:
        repairs.append("repaired mojibake")
    return "".join(pieces), new_starts, repairs


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in numbers:
        if out and "-" not in out[-1] and int(out[-1]) == n - 1:
            out[-1] = f"{out[-1]}-{n}"
        elif out and "-" in out[-1] and int(out[-1].split("-")[1]) == n - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


_FILE_NAME_TITLE = re.compile(r"(^Microsoft \w+ - )|(\.(docx?|pdf|indd|rtf|odt|pptx?)$)", re.I)


def _info(document: Any) -> dict[str, str]:
    """Title and author from the PDF's document information, when they look like real ones."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    for info in getattr(document, "info", []) or []:
        for key, field in (("Title", "title"), ("Author", "author")):
            value = resolve1(info.get(key)) if isinstance(info, dict) else None
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str):
                value = " ".join(value.replace("\x00", "").split())
                if value and field not in out and not (
                    field == "title" and _FILE_NAME_TITLE.search(value)
                ):
                    out[field] = value
    return out
