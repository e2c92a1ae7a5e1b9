"""What a new source is called when nothing names it, and whether its text is already stored."""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from factbase.store.models import SourceVersion

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?"
_DATE = (
    rf"(?:{_DAY}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
_TIME = r"(?:\s*(?:[,|·•-]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?(?:\s+[A-Z]{2,4})?)?"
# "26 August 2014", "Published: Tuesday, August 26, 2014 | 14:32 BST", "Updated 2014-08-26".
DATE_LINE = re.compile(
    rf"^(?:(?:first\s+)?(?:published|updated|last updated|posted|posted on|date)\s*:?\s*)?"
    rf"{_DATE}{_TIME}\s*$",
    re.I,
)
# "By Ilka Smith", "By ILKA SMITH, Home Affairs Correspondent", "Written by Ilka Smith".
BYLINE = re.compile(
    r"^(?i:(?:written\s+)?by)\s+(?:[A-Z][\w'’.-]*\s*){1,4}(?:(?:,|\band\b|&)\s*.{0,80})?$"
)
MAX_TITLE = 200


def default_title(text: str) -> str:
    """The first line of ``text`` that is neither a byline nor a date alone; "" if none."""
    for line in text.splitlines():
        line = line.strip()
        if line and not BYLINE.match(line) and not DATE_LINE.match(line):
            return line[:MAX_TITLE]
    return ""


def same_text(session: Session, *, source_id: str, sha256: str) -> list[str]:
    """The other sources that hold (or held, in any version) exactly this text."""
    rows = session.exec(
        select(SourceVersion.source_id)
        .where(SourceVersion.sha256 == sha256, SourceVersion.source_id != source_id)
        .distinct()
        .order_by(col(SourceVersion.source_id))
    ).all()
    return list(rows)
