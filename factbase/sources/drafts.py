"""Reading a draft to review: its prose, with a map back to the draft as written, and its links.

A Markdown draft keeps its markup (``[text](url)``, ``**bold**``, ``# heading``, footnote marks
``[^1]``); an HTML draft its tags and entities. Both are read to the plain text a reader sees,
and every character of that text knows its offset in the file, so a claim found in the text is
reported at its place in the draft as written. A Word document (.docx) is XML in a zip package,
not text: its draft as written is the text read from it (``factbase.sources.word``), paragraph
by paragraph, and offsets are into that text. Links and footnotes are kept as citations: the
span of text they stand on and the URL or id they point at. Pure: no database, no network.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from factbase.errors import InputError
from factbase.sources.decoding import decode, newlines

DRAFT_KINDS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
               "": "text", ".html": "html", ".htm": "html", ".docx": "docx"}  # fmt: skip
MAX_DRAFT_BYTES = 5_000_000


@dataclass(frozen=True)
class Citation:
    """A link or footnote of the draft: the text span it stands on (offsets into ``Draft.text``)
    and what it points at (a URL, or a source id)."""

    start: int
    end: int
    target: str


@dataclass
class Draft:
    """A draft as read: ``text`` is its prose; ``offsets[i]`` is where ``text[i]`` stands in
    ``original`` (one more entry, for the end). ``paragraphs``, when the draft's paragraphs are
    known for certain (a Word document's), are their spans in ``text``: no sentence runs across
    two of them."""

    name: str
    kind: str
    original: str
    text: str
    offsets: list[int]
    citations: list[Citation] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The draft-as-written offsets of ``text[start:end]``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


class _Builder:
    """Text built piece by piece, each piece remembering where it came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.length = 0

    def copy(self, original: str, start: int, end: int) -> None:
        """Keep ``original[start:end]`` as it is."""
        self.parts.append(original[start:end])
        self.offsets.extend(range(start, end))
        self.length += end - start

    def put(self, text: str, at: int) -> None:
        """Add ``text`` standing for whatever is at ``at`` in the original (an entity, a tag)."""
        self.parts.append(text)
        self.offsets.extend([at] * len(text))
        self.length += len(text)

    def done(self, end: int) -> tuple[str, list[int]]:
        return "".join(self.parts), [*self.offsets, end]


def read_draft(path: Path) -> Draft:
    """Read a draft file (Markdown, plain text, HTML or a Word document) for review."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"not a file: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_DRAFT_BYTES:
        raise InputError(f"the draft is larger than {MAX_DRAFT_BYTES:,} bytes: {path}")
    kind = DRAFT_KINDS.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"cannot review {path.name}: a draft is Markdown, plain text, HTML or a Word "
            "document (.md, .txt, .html, .docx)"
        )
    if kind == "docx":
        if not data.strip():
            raise InputError(f"the draft is empty: {path}")
        return _word_draft(data, name=str(path))
    text, _encoding = decode(data, name=str(path), declared=None)
    return parse_draft(newlines(text.removeprefix("\ufeff")), kind=kind, name=str(path))


def parse_draft(original: str, *, kind: str, name: str = "draft") -> Draft:
    """The prose of a draft given as text of ``kind`` (markdown, text or html)."""
    if not original.strip():
        raise InputError(f"the draft is empty: {name}")
    if kind == "html":
        return _parse_html(original, name)
    if kind == "markdown":
        return _parse_markdown(original, name)
    return Draft(name, kind, original, original, [*range(len(original) + 1)])


def _word_draft(data: bytes, *, name: str) -> Draft:
    """A Word document's prose, which is also its draft as written (offsets are into it)."""
    from factbase.sources.word import read_word  # python-docx is read only for a .docx

    word = read_word(data, name=name)
    if not word.text.strip():
        raise InputError(f"the draft has no text: {name}")
    if len(word.text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise InputError(f"the draft's text is larger than {MAX_DRAFT_BYTES:,} bytes: {name}")
    citations = [Citation(link.start, link.end, link.url) for link in word.links]
    offsets = [*range(len(word.text) + 1)]
    return Draft(name, "docx", word.text, word.text, offsets, citations, word.paragraphs)


# --- Markdown ----------------------------------------------------------------------------------

_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:[ \t]*(\S+).*$", re.M)
_MD_TOKEN = re.compile(
    r"(?P<link>!?\[(?P<label>[^\]\n]*)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\))"
    r"|(?P<note>\[\^(?P<ref>[^\]\s]+)\])"
    r"|(?P<head>^[ \t]{0,3}#{1,6}[ \t]+)"
    r"|(?P<quote>^[ \t]{0,3}>[ \t]?)"
    r"|(?P<emph>\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`)",
    re.M,
)


def _parse_markdown(original: str, name: str) -> Draft:
    notes = {m.group(1): m.group(2) for m in _FOOTNOTE_DEF.finditer(original)}
    out = _Builder()
    citations: list[Citation] = []
    pos = 0
    sentence_start = 0  # where the text a footnote mark stands on begins
    for m in _MD_TOKEN.finditer(original):
        if _inside_footnote_definition(original, m.start()):
            continue
        out.copy(original, pos, m.start())
        pos = m.end()
        if m.group("link"):
            label_start = m.start("label")
            begin = out.length
            out.copy(original, label_start, m.end("label"))
            citations.append(Citation(begin, out.length, m.group("url")))
        elif m.group("note"):
            target = notes.get(m.group("ref"))
            if target:
                citations.append(Citation(max(sentence_start, out.length - 1), out.length, target))
        if m.group("head") or m.group("quote"):
            sentence_start = out.length
    out.copy(original, pos, len(original))
    text, offsets = out.done(len(original))
    # Footnote definitions are not prose: blank them out (offsets kept).
    for m in _FOOTNOTE_DEF.finditer(text):
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return Draft(name, "markdown", original, text, offsets, citations)


def _inside_footnote_definition(original: str, pos: int) -> bool:
    line_start = original.rfind("\n", 0, pos) + 1
    return bool(_FOOTNOTE_DEF.match(original, line_start))


# --- HTML --------------------------------------------------------------------------------------

_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article header footer table tr td th "
    "br hr figcaption pre dt dd title".split()
)
_SKIPPED = frozenset("script style head noscript template svg".split())


class _HtmlText(HTMLParser):
    """The text of an HTML draft with each character's offset in the markup."""

    def __init__(self, original: str) -> None:
        super().__init__(convert_charrefs=False)
        self.original = original
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", original)]
        self.out = _Builder()
        self.skipping = 0
        self.links: list[tuple[int, str]] = []
        self.citations: list[Citation] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.out.put("\n\n" if tag != "br" else "\n", self._pos())
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((self.out.length, href))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.out.put("\n\n", self._pos())
        if tag == "a" and self.links:
            begin, href = self.links.pop()
            if href and not href.startswith("#"):
                self.citations.append(Citation(begin, self.out.length, href))

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            start = self._pos()
            self.out.copy(self.original, start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        if not self.skipping:
            self.out.put(html.unescape(f"&{name};"), self._pos())

    def handle_charref(self, name: str) -> None:
        if not self.skipping:
            self.out.put(html.unescape(f"&#{name};"), self._pos())


def _parse_html(original: str, name: str) -> Draft:
    parser = _HtmlText(original)
    parser.feed(original)
    parser.close()
    text, offsets = parser.out.done(len(original))
    if not text.strip():
        raise InputError(f"the draft has no text: {name}")
    return Draft(name, "html", original, text, offsets, parser.citations)
