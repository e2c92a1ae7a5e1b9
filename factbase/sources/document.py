"""The one type every reader returns: a source's text as stored, with what was learnt reading it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    """The stored form of one read of a source."""

    text: str
    kind: str
    content_type: str
    encoding: str | None = None
    # Start offset in ``text`` of each page, first page first (PDF only).
    pages: list[int] | None = None
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    repairs: list[str] = field(default_factory=list)
