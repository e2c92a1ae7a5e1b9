"""The last conflicts report, kept with the fingerprint of everything it was made from.

A report depends on the latest version of every source (its text, and the publication date its
relative dates are read against), on every claim and citation, and on the code that compares
them. When the fingerprint of all of it is the one stored, the stored report is the report, and
``conflicts report`` answers without comparing anything.

The code enters the fingerprint as factbase's version and a digest of the modules that find and
compare facts (``factbase/analysis``, ``factbase/conflicts``), so that a change to either, even
between releases, never serves a report made the old way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zlib
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, delete, select

from factbase import __version__
from factbase.analysis.statements import ANALYSIS_VERSION
from factbase.conflicts.model import (
    Conflict,
    ConflictReport,
    Corroboration,
    Statement,
    ValueGroup,
)
from factbase.store.models import ReportCache
from factbase.unit_cache import analysis_key

REPORT_NAME = "conflicts"
# See ``unitcodec.COMPRESSION_LEVEL``.
COMPRESSION_LEVEL = 1
_PACKAGE = Path(__file__).resolve().parents[1]
_CODE = ("analysis", "conflicts")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the modules that find and compare facts."""
    h = hashlib.sha256()
    for folder in _CODE:
        for path in sorted((_PACKAGE / folder).rglob("*.py")):
            h.update(path.relative_to(_PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def fingerprint(versions: Sequence[object], claims: Sequence[object]) -> str:
    """The fingerprint of a report made from ``versions`` and ``claims`` (rows of plain values,
    in the order they are compared)."""
    h = hashlib.sha256()
    h.update(json.dumps([__version__, ANALYSIS_VERSION, analysis_key(), code_digest()]).encode())
    for rows in (versions, claims):
        h.update(json.dumps(rows, separators=(",", ":"), ensure_ascii=False).encode())
    return h.hexdigest()


def encode_report(report: ConflictReport) -> bytes:
    """``report`` as ``dataclasses.asdict`` gives it, in JSON, compressed. Its parts are turned
    into objects as the encoder reaches them (``_fields``), not deep-copied whole first: a
    report of thousands of sources holds a statement for every passage it names."""
    return zlib.compress(json.dumps(report, default=_fields, separators=(",", ":"),
                                    ensure_ascii=False).encode(), COMPRESSION_LEVEL)  # fmt: skip


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _fields(part: object) -> dict[str, object]:
    """A part of a report (a dataclass) as an object of its fields, in their order."""
    if not dataclasses.is_dataclass(part) or isinstance(part, type):
        raise TypeError(f"not a part of a report: {type(part).__name__}")
    return {name: getattr(part, name) for name in _field_names(type(part))}


def decode_report(data: bytes) -> ConflictReport:
    d = json.loads(zlib.decompress(data))
    return ConflictReport(
        conflicts=[_conflict(c) for c in d["conflicts"]],
        corroborations=[
            Corroboration(**{**c, "statements": [Statement(**s) for s in c["statements"]]})
            for c in d["corroborations"]
        ],
        claims=d["claims"],
        sources=d["sources"],
        syndicated=d["syndicated"],
        revisions=[_conflict(c) for c in d["revisions"]],
        claims_disputed=[_conflict(c) for c in d["claims_disputed"]],
    )


def _conflict(c: dict[str, Any]) -> Conflict:
    values = [
        ValueGroup(**{**v, "statements": [Statement(**s) for s in v["statements"]]})
        for v in c["values"]
    ]
    return Conflict(**{**c, "values": values})


def stored_report(session: Session, mark: str) -> ConflictReport | None:
    """The stored report, if it was made from what ``mark`` fingerprints."""
    row = session.exec(
        select(ReportCache.fingerprint, ReportCache.data).where(ReportCache.name == REPORT_NAME)
    ).first()
    if row is None or row[0] != mark:
        return None
    return decode_report(row[1])


def store_report(session: Session, mark: str, report: ConflictReport) -> bool:
    """Keep ``report`` as the one ``mark`` fingerprints; False when the database would not take
    it (read-only, or another process writing): it is made again next time."""
    try:
        with session.begin_nested():
            session.exec(delete(ReportCache).where(col(ReportCache.name) == REPORT_NAME))
            row = ReportCache(name=REPORT_NAME, fingerprint=mark, data=encode_report(report))
            session.execute(sa.insert(ReportCache), [row.model_dump()])
    except sa.exc.DBAPIError:
        return False
    return True
