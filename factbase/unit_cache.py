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

import bisect
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, overload

import sqlalchemy as sa
from sqlmodel import Session, col, delete, select

from factbase.analysis.facts import DateValue, parse_reference_date
from factbase.analysis.statements import (
    ANALYSIS_VERSION,
    COMPARED_KINDS,
    VALUE_KINDS,
    Signature,
    Unit,
    source_units,
)
from factbase.analysis.unitcodec import (
    Row,
    UnitMemo,
    decode_rows,
    decode_units,
    encode_units,
    index_keys,
    read_signature,
    read_unit,
    unit_count,
    unit_places,
)
from factbase.parallel import map_groups
from factbase.status import StrEnum
from factbase.store.models import Source, SourceVersion, StatementCache

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

    @classmethod
    def of(cls, source: Source, version: SourceVersion) -> VersionText:
        """A stored version of a stored source, read against the source's publication date."""
        return cls(source.id, version.id or 0, version.text, parse_reference_date(source.published))


def find_units(v: VersionText, unit_set: UnitSet, *, first_key: int = 0) -> list[Unit]:
    """The units of ``v``, found in its text (no cache)."""
    if unit_set == UnitSet.PROSE:
        return source_units(v.source_id, v.text, v.reference, first_key=first_key, prose=True)
    kinds = COMPARED_KINDS if unit_set == UnitSet.COMPARED else VALUE_KINDS
    return source_units(v.source_id, v.text, v.reference, first_key=first_key, kinds=kinds)


def _reference_key(reference: DateValue | None) -> str:
    return json.dumps(reference)


# Versions to read before their units are found on every core: finding a version's units takes
# about 10 ms (benchmarks/scale_cli.py), and forking the workers about as long as finding a few.
PARALLEL_VERSIONS = 64
# Versions sent to a worker at once: about a quarter of a second's work.
VERSIONS_PER_TASK = 25


def _found_sets(
    unit_sets: Sequence[UnitSet], versions: Sequence[VersionText]
) -> list[list[bytes]]:
    """The units of each version in each of ``unit_sets``, encoded as they are stored."""
    return [[encode_units(find_units(v, us)) for us in unit_sets] for v in versions]


def _current(row: tuple[int, str, bytes] | None, v: VersionText) -> bytes | None:
    """A stored row's units, if they were found by this code against ``v``'s reference date."""
    if row is not None and row[0] == analysis_key() and row[1] == _reference_key(v.reference):
        return row[2]
    return None


@dataclass
class UnitCache:
    """Units of stored versions for one session: read, or found and kept until ``save``."""

    session: Session
    pending: list[StatementCache] = field(default_factory=list)
    stale: list[tuple[int, str]] = field(default_factory=list)
    found: int = 0  # versions whose units were found, not read
    read: int = 0  # versions whose units were read back
    made: int = 0  # versions whose ``derived`` data was made, not read
    memo: UnitMemo = field(default_factory=UnitMemo)  # what is read shares repeated sentences

    def units(self, versions: Sequence[VersionText], unit_set: UnitSet) -> list[Unit]:
        """The units of every version in order, keys running on from 0 across them."""
        out: list[Unit] = []
        for v, data, found in self._each(versions, unit_set):
            if found is not None:
                for k, u in enumerate(found):
                    u.key = len(out) + k
                out.extend(found)
            else:
                out.extend(decode_units(data, source_id=v.source_id, text=v.text,
                                        first_key=len(out), memo=self.memo))  # fmt: skip
        return out

    def stored(self, versions: Sequence[VersionText], unit_set: UnitSet) -> StoredUnits:
        """The units of every version, as ``units`` gives them, each made only when it is asked
        for: an index reads only their ``StoredUnits.keys``."""
        out = StoredUnits(self.memo)
        for v, data, found in self._each(versions, unit_set):
            out.add(v, data, found)
        return out

    def _each(
        self, versions: Sequence[VersionText], unit_set: UnitSet
    ) -> Iterator[tuple[VersionText, bytes, list[Unit] | None]]:
        """Each version with its stored units, and the units themselves when they were found
        now (keyed from 0) rather than read; those found are kept until ``save``."""
        stored = self._stored([v.version_id for v in versions], unit_set.value)
        kept = {v.version_id: _current(stored.get(v.version_id), v) for v in versions}
        to_find = [v for v in versions if kept[v.version_id] is None]
        # Many versions to read: found on every core, handed back as they are stored.
        found_elsewhere = (
            {v.version_id: sets[0] for v, sets in zip(
                to_find,
                map_groups(_found_sets, [((unit_set,), to_find)], min_items=PARALLEL_VERSIONS,
                           chunk=VERSIONS_PER_TASK)[0],
                strict=True,
            )}
            if len(to_find) >= PARALLEL_VERSIONS
            else {}
        )  # fmt: skip
        for v in versions:
            row = stored.get(v.version_id)
            data_kept = kept[v.version_id]
            if data_kept is not None:
                self.read += 1
                yield v, data_kept, None
                continue
            units: list[Unit] | None = None
            if v.version_id in found_elsewhere:
                data = found_elsewhere[v.version_id]
            else:
                units = find_units(v, unit_set)
                data = encode_units(units)
            self._found_now(v, unit_set, data, row)
            yield v, data, units

    def keep(self, versions: Sequence[VersionText], unit_sets: Sequence[UnitSet]) -> None:
        """Find the units of ``unit_sets`` that are not kept yet for ``versions``, and keep them
        until ``save``: every set of a version in one pass over its sentences (the facts read
        in a sentence are read once: both sets of 300 sources of benchmarks/scale_cli.py took
        2.9 s, against 2.2 and 2.4 s for each alone), on every core for many versions."""
        stored = {us: self._stored([v.version_id for v in versions], us.value)
                  for us in unit_sets}  # fmt: skip
        wanted: dict[tuple[UnitSet, ...], list[VersionText]] = {}
        for v in versions:
            missing = tuple(
                us for us in unit_sets if _current(stored[us].get(v.version_id), v) is None
            )
            if missing:
                wanted.setdefault(missing, []).append(v)
        groups = list(wanted.items())
        found = map_groups(_found_sets, groups, min_items=PARALLEL_VERSIONS,
                           chunk=VERSIONS_PER_TASK)  # fmt: skip
        for (sets, vs), datas in zip(groups, found, strict=True):
            for v, data in zip(vs, datas, strict=True):
                for us, d in zip(sets, data, strict=True):
                    self._found_now(v, us, d, stored[us].get(v.version_id))

    def _found_now(
        self, v: VersionText, unit_set: UnitSet, data: bytes, row: tuple[int, str, bytes] | None
    ) -> None:
        """Units of ``v`` found now, kept until ``save`` in place of a stale ``row``."""
        self.found += 1
        if row is not None:
            self.stale.append((v.version_id, unit_set.value))
        self.pending.append(
            StatementCache(
                source_version_id=v.version_id, unit_set=unit_set.value,
                analysis_version=analysis_key(), reference=_reference_key(v.reference),
                data=data,
            )
        )  # fmt: skip

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


@dataclass
class _Version:
    """A version's units in ``StoredUnits``: stored (``data``), or found (``found``)."""

    source_id: str
    text: str
    data: bytes
    found: list[Unit] | None
    count: int | None  # its units, once known: a stored version's are counted when decoded
    rows: list[Row] | None = None  # its stored rows, once a unit of it was asked for
    places: list[tuple[int, int]] | None = None  # its units' starts and ends, once asked for


class Place(NamedTuple):
    """Where a unit stands: its source, and its start and end in the source's text."""

    source_id: str
    start: int
    end: int


class StoredUnits(Sequence[Unit]):
    """The units of many versions in order, keys running on from 0 across them, each made from
    its stored row only when it is asked for.

    An index of the whole library reads every unit's stems and signature (``keys``), and a
    review then judges a claim against a few of its sentences: making every unit (its facts,
    their values, the words around each) took 2.3 of the 2.7 s of reading the library of
    benchmarks/scale_cli.py at 1,000 sources. Units are made once, and kept."""

    def __init__(self, memo: UnitMemo | None = None) -> None:
        self._read = read_unit if memo is None else memo.read
        self._versions: list[_Version] = []
        self._starts: list[int] | None = None  # each version's first position, once counted
        self._made: dict[int, Unit] = {}

    def add(self, v: VersionText, data: bytes, found: list[Unit] | None) -> None:
        """``v``'s units: ``data`` as ``encode_units`` stores them, and the units themselves
        when they were just found."""
        count = None if found is None else len(found)
        self._versions.append(_Version(v.source_id, v.text, data, found, count))
        self._starts = None

    def keys(self) -> Iterator[str]:
        """A key for every unit in order, the same for two units when they have the same
        signature (``signature`` reads it): what ``StemIndex`` reads of them, without making
        them. Each version's units are counted on the way."""
        for ver in self._versions:
            lines = index_keys(ver.data)
            ver.count = len(lines)
            yield from lines

    @staticmethod
    def signature(key: str) -> Signature:
        """The signature of the units whose key (``keys``) is ``key``."""
        return read_signature(key)

    def __len__(self) -> int:
        starts = self._counted()
        return starts[-1]

    @overload
    def __getitem__(self, pos: int) -> Unit: ...

    @overload
    def __getitem__(self, pos: slice) -> list[Unit]: ...

    def __getitem__(self, pos: int | slice) -> Unit | list[Unit]:
        if isinstance(pos, slice):
            return [self[p] for p in range(*pos.indices(len(self)))]
        if pos < 0:
            pos += len(self)
        made = self._made.get(pos)
        if made is not None:
            return made
        ver, k = self._version_of(pos)
        if ver.found is not None:
            made = ver.found[k]
        else:
            if ver.rows is None:
                ver.rows = decode_rows(ver.data)
            made = self._read(ver.rows[k], ver.source_id, ver.text, pos)
        self._made[pos] = made
        return made

    def place(self, pos: int) -> Place:
        """Where the unit at ``pos`` stands, read without making it."""
        ver, k = self._version_of(pos)
        if ver.found is not None:
            u = ver.found[k]
            return Place(u.source_id, u.start, u.end)
        if ver.places is None:
            ver.places = unit_places(ver.data)
        start, end = ver.places[k]
        return Place(ver.source_id, start, end)

    def _version_of(self, pos: int) -> tuple[_Version, int]:
        """The version of the unit at ``pos`` (0 or more), and the unit's place among its
        units."""
        starts = self._counted()
        if not 0 <= pos < starts[-1]:
            raise IndexError(pos)
        k = bisect.bisect_right(starts, pos) - 1
        return self._versions[k], pos - starts[k]

    def __iter__(self) -> Iterator[Unit]:
        for pos in range(len(self)):
            yield self[pos]

    def _counted(self) -> list[int]:
        """Each version's first position, and the number of units last: versions not counted
        yet are decoded to count them. Units found rather than read are keyed here, as
        ``UnitCache.units`` keys them."""
        if self._starts is None:
            starts = [0]
            for ver in self._versions:
                if ver.count is None:
                    ver.count = unit_count(ver.data)
                if ver.found is not None:
                    for k, u in enumerate(ver.found):
                        u.key = starts[-1] + k
                starts.append(starts[-1] + ver.count)
            self._starts = starts
        return self._starts
