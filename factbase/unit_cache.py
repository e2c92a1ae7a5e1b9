"""The units of stored source versions, found once: read back from ``statement_cache`` when they
were found before, found with ``source_units`` and kept otherwise. Never prints.

A version's text never changes, so its units change only with the way they are found
(``analysis_key``: ``ANALYSIS_VERSION`` and a digest of the code and word data that find them)
or with the publication date its relative dates are read against; a row
found under another of either is found again and replaced. Rows are written by ``save``, at the
end of the command's work, inside its one transaction: a failed command leaves none. A database
that cannot be written (a read-only file, a user without the right, another process writing at
that moment) is read all the same; its units are found again next time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, delete, select

from factbase.analysis.facts import DateValue
from factbase.analysis.statements import (
    ANALYSIS_VERSION,
    COMPARED_KINDS,
    VALUE_KINDS,
    Unit,
    source_units,
)
from factbase.analysis.unitcodec import decode_units, encode_units
from factbase.status import StrEnum
from factbase.store.models import StatementCache

# The code and data that find units: any change to them makes every stored unit stale, whether
# or not ``ANALYSIS_VERSION`` was bumped.
_ANALYSIS = Path(__file__).resolve().parent / "analysis"
# Stored keys fit a 32-bit integer column: this many hex digits of the digest (28 bits).
KEY_DIGITS = 7


@lru_cache(maxsize=1)
def analysis_key() -> int:
    """``ANALYSIS_VERSION`` and the digest of the analysis modules and their word data, as the
    number rows are stored under."""
    h = hashlib.sha256(str(ANALYSIS_VERSION).encode())
    for path in sorted(p for p in _ANALYSIS.rglob("*") if p.suffix in (".py", ".sqlite")):
        h.update(path.relative_to(_ANALYSIS).as_posix().encode())
        h.update(path.read_bytes())
    return int(h.hexdigest()[:KEY_DIGITS], 16)


# Version ids asked for in one query: below SQLite's oldest limit on bound parameters (999).
IDS_PER_QUERY = 900


class UnitSet(StrEnum):
    """Which sentences of a text are units (``source_units``)."""

    STATEMENTS = "statements"  # prose stating a number, date or range: ``extract``
    COMPARED = "compared"  # prose stating a value, an ordinal or a time: ``conflicts report``
    PROSE = "prose"  # every sentence of prose, every row giving a value: the library's index


@dataclass(frozen=True)
class VersionText:
    """A stored version of a source, as its units are found in it."""

    source_id: str
    version_id: int
    text: str
    reference: DateValue | None  # the source's publication date: "last October" is read by it


def find_units(v: VersionText, unit_set: UnitSet, *, first_key: int = 0) -> list[Unit]:
    """The units of ``v``, found in its text (no cache)."""
    if unit_set == UnitSet.PROSE:
        return source_units(v.source_id, v.text, v.reference, first_key=first_key, prose=True)
    kinds = COMPARED_KINDS if unit_set == UnitSet.COMPARED else VALUE_KINDS
    return source_units(v.source_id, v.text, v.reference, first_key=first_key, kinds=kinds)


def _reference_key(reference: DateValue | None) -> str:
    return json.dumps(reference)


@dataclass
class UnitCache:
    """Units of stored versions for one session: read, or found and kept until ``save``."""

    session: Session
    pending: list[StatementCache] = field(default_factory=list)
    stale: list[tuple[int, str]] = field(default_factory=list)
    found: int = 0  # versions whose units were found, not read
    read: int = 0  # versions whose units were read back
    made: int = 0  # versions whose ``derived`` data was made, not read

    def units(self, versions: Sequence[VersionText], unit_set: UnitSet) -> list[Unit]:
        """The units of every version in order, keys running on from 0 across them."""
        stored = self._stored([v.version_id for v in versions], unit_set.value)
        out: list[Unit] = []
        for v in versions:
            reference = _reference_key(v.reference)
            row = stored.get(v.version_id)
            if row is not None and row[0] == analysis_key() and row[1] == reference:
                out.extend(decode_units(row[2], source_id=v.source_id, text=v.text,
                                        first_key=len(out)))  # fmt: skip
                self.read += 1
                continue
            units = find_units(v, unit_set, first_key=len(out))
            out.extend(units)
            self.found += 1
            if row is not None:
                self.stale.append((v.version_id, unit_set.value))
            self.pending.append(
                StatementCache(
                    source_version_id=v.version_id, unit_set=unit_set.value,
                    analysis_version=analysis_key(), reference=reference,
                    data=encode_units(units),
                )
            )  # fmt: skip
        return out

    def derived(
        self, versions: Sequence[VersionText], kind: str, key: int, make: Callable[[str], bytes]
    ) -> dict[int, bytes]:
        """What ``make`` derives from each version's text alone (rows of ``kind``, under ``key``:
        a digest of the code that derives it), by version id: read back, or made and kept."""
        stored = self._stored([v.version_id for v in versions], kind)
        out: dict[int, bytes] = {}
        for v in versions:
            row = stored.get(v.version_id)
            if row is not None and row[0] == key:
                out[v.version_id] = row[2]
                continue
            out[v.version_id] = data = make(v.text)
            self.made += 1
            if row is not None:
                self.stale.append((v.version_id, kind))
            self.pending.append(
                StatementCache(source_version_id=v.version_id, unit_set=kind,
                               analysis_version=key, reference="", data=data)  # fmt: skip
            )
        return out

    def _stored(
        self, version_ids: list[int], unit_set: str
    ) -> dict[int, tuple[int, str, bytes]]:
        out: dict[int, tuple[int, str, bytes]] = {}
        for k in range(0, len(version_ids), IDS_PER_QUERY):
            rows = self.session.exec(
                select(
                    StatementCache.source_version_id, StatementCache.analysis_version,
                    StatementCache.reference, StatementCache.data,
                ).where(
                    StatementCache.unit_set == unit_set,
                    col(StatementCache.source_version_id).in_(version_ids[k:k + IDS_PER_QUERY]),
                )
            ).all()  # fmt: skip
            out.update((vid, (analysis, ref, data)) for vid, analysis, ref, data in rows)
        return out

    def save(self) -> bool:
        """Keep the units found since the last ``save``; False when the database would not
        take them (they are found again next time)."""
        if not self.pending:
            return True
        pending, stale = self.pending, self.stale
        self.pending, self.stale = [], []
        try:
            with self.session.begin_nested():
                for version_id, unit_set in stale:
                    self.session.exec(
                        delete(StatementCache).where(
                            col(StatementCache.source_version_id) == version_id,
                            col(StatementCache.unit_set) == unit_set,
                        )
                    )
                self.session.execute(
                    sa.insert(StatementCache), [row.model_dump() for row in pending]
                )
        except sa.exc.DBAPIError:
            # Read-only, or another process writing: a cache never fails the command.
            return False
        return True
