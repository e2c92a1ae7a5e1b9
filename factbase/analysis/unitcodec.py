"""Units in a compact stored form: what ``source_units`` found in a text, kept so that it need not
be found again. Pure: no database.

The form is JSON, compressed. A unit's text and its facts' texts are not stored: they are slices
of the source text the units were found in, which the reader passes back. Everything else is
stored as computed, so that a decoded unit equals the one encoded (a test pins it), including the
order of ``near``, whose weights are summed in that order. Fractions are stored as numerator and
denominator, tuples as JSON arrays (a fact's value is never a list), so a value reads back with
its own type and ``repr``.

Ahead of the units, compressed apart, each unit's signature (``Unit.signature``) is stored as a
line of text, so that an index of many sources (``StemIndex``) is built without decoding their
units: ``index_keys`` reads the lines, ``decode_rows`` and ``read_unit`` the units asked for.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import struct
import zlib
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from factbase.analysis.facts import Fact, FactSet
from factbase.analysis.statements import Signature, Unit, scope_of

# zlib level: 1 packs the JSON to about a fifth (as well as 6 within a few per cent, measured
# on the synthetic corpus of benchmarks/synth.py) at a fraction of the time.
COMPRESSION_LEVEL = 1
_FRACTION = "/"
# One stored unit: ``[start, end, stems, facts, info]`` (``_unit``), as JSON reads it back.
Row = list[object]
# Ahead of the units: their number and the length in bytes of their compressed signatures;
# then where each unit stands in the text (``_PLACE``), then the signatures.
_HEAD = struct.Struct("<II")
_PLACE = struct.Struct("<II")  # a unit's start and end
# Between a signature's stems and its values; a stem is letters or digits, and JSON writes a tab
# in a string as an escape.
_VALUES = "\t"


def encode_units(units: Sequence[Unit]) -> bytes:
    """``units`` of one source text, compressed: where each stands and its signature, then
    the units."""
    keys = zlib.compress("\n".join(_signature_line(u) for u in units).encode("utf-8"),
                         COMPRESSION_LEVEL)  # fmt: skip
    places = b"".join(_PLACE.pack(u.start, u.end) for u in units)
    data = [_unit(u) for u in units]
    return _HEAD.pack(len(units), len(keys)) + places + keys + zlib.compress(
        json.dumps(data, separators=(",", ":")).encode("utf-8"), COMPRESSION_LEVEL
    )


def decode_units(
    data: bytes, *, source_id: str, text: str, first_key: int = 0, memo: UnitMemo | None = None
) -> list[Unit]:
    """The units ``encode_units`` stored for ``text`` (the source text they were found in),
    keyed from ``first_key`` on; read through ``memo`` when one is given."""
    rows = decode_rows(data)
    read = read_unit if memo is None else memo.read
    return [read(row, source_id, text, first_key + k) for k, row in enumerate(rows)]


def decode_rows(data: bytes) -> list[Row]:
    """The stored rows of ``encode_units``, one a unit, not yet made units (``read_unit``)."""
    count, size = _HEAD.unpack_from(data)
    rows: list[Row] = json.loads(zlib.decompress(data[_keys_at(count) + size:]))
    return rows


def unit_places(data: bytes) -> list[tuple[int, int]]:
    """Where each unit ``encode_units`` stored stands in its text (its start and end), read
    without decoding the units: a review places every copy of a sentence it judges (8,545
    units of all 1,000 sources of benchmarks/scale_cli.py), and making them took 1.8 s."""
    count, _ = _HEAD.unpack_from(data)
    return list(_PLACE.iter_unpack(data[_HEAD.size:_keys_at(count)]))


def unit_count(data: bytes) -> int:
    """How many units ``encode_units`` stored, read without decoding them."""
    count: int = _HEAD.unpack_from(data)[0]
    return count


def _keys_at(count: int) -> int:
    """Where the compressed signatures of ``count`` units start."""
    return _HEAD.size + count * _PLACE.size


def index_keys(data: bytes) -> list[str]:
    """A line of text for each unit ``encode_units`` stored, in order: two units have the same
    line when they have the same signature, which ``read_signature`` reads from it. An index
    of 1,000 sources of benchmarks/scale_cli.py is built from them in 0.09 s; from the units'
    rows it took 0.55 s, from the units 2.9 s."""
    count, size = _HEAD.unpack_from(data)
    at = _keys_at(count)
    text = zlib.decompress(data[at:at + size]).decode("utf-8")
    return text.split("\n") if text else []


def read_signature(line: str) -> Signature:
    """The signature of the unit whose line of ``index_keys`` is ``line``."""
    stems, values = line.split(_VALUES, 1)
    return tuple(stems.split()), tuple(tuple(v) for v in json.loads(values))


def _signature_line(u: Unit) -> str:
    """``u``'s signature as one line: its stems, then its values in JSON."""
    stems, values = u.signature()
    return " ".join(stems) + _VALUES + json.dumps(values, separators=(",", ":"))


def _unit(u: Unit) -> list[object]:
    facts = [
        [f.kind, _value(f.value), f.start, f.end, f.comparator, f.unit,
         None if u.text[f.start:f.end] == f.text else f.text]
        for f in u.facts.facts
    ]  # fmt: skip
    slots = sorted(
        u.roles.keys() | u.verbs.keys() | u.near.keys() | u.quantities.keys()
        | u.subjects.keys() | u.owners.keys() | u.furniture | u.frames | u.wholes
        | u.changes
    )
    info = [
        [i, u.roles.get(i), _listed(u.verbs.get(i)), u.near.get(i),
         _listed(u.quantities.get(i)), _listed(u.subjects.get(i)), _listed(u.owners.get(i)),
         int(i in u.furniture) | int(i in u.frames) << 1 | int(i in u.wholes) << 2
         | int(i in u.changes) << 3]
        for i in slots
    ]  # fmt: skip
    return [u.start, u.end, u.stems, facts, info]


def _listed(values: set[str] | frozenset[str] | None) -> list[str] | None:
    return None if values is None else sorted(values)


def _value(v: object) -> object:
    if isinstance(v, Fraction):
        return {_FRACTION: [v.numerator, v.denominator]}
    if isinstance(v, tuple):
        return [_value(x) for x in v]
    if v is None or isinstance(v, (str, int, float)):
        return v
    raise TypeError(f"cannot store a fact value of type {type(v).__name__}: {v!r}")


def _read_value(v: object) -> object:
    if isinstance(v, list):
        return tuple(_read_value(x) for x in v)
    if isinstance(v, dict):
        n, d = v[_FRACTION]
        return Fraction(n, d)
    return v


def read_unit(
    row: Row, source_id: str, text: str, key: int, pool: dict[object, object] | None = None
) -> Unit:
    """The unit a row of ``decode_rows`` stores, ``text`` the source text it was found in.

    With a ``pool``, the words, weights and sets of words it reads are the same objects as
    those of the units read before with it: JSON makes each word of each unit a string of its
    own."""
    start, end, stems, facts, info = row
    assert isinstance(start, int) and isinstance(end, int)
    assert isinstance(stems, list)
    if pool is None:
        pool = {}
    one: Callable[[Any, Any], Any] = pool.setdefault
    sentence = text[start:end]
    unit = Unit(key, source_id, start, end, sentence, FactSet([
        Fact(kind, _read_value(value), sentence[s:e] if written is None else written, s, e,
             comparator, counted if counted is None else one(counted, counted))
        for kind, value, s, e, comparator, counted, written in facts  # type: ignore[attr-defined]
    ]), [one(w, w) for w in stems])  # fmt: skip
    scope = scope_of(sentence, unit.facts.of("name"))  # cheap: read, not stored
    unit.scope = one(scope, scope)
    furniture, frames, wholes, changes = [], [], [], []
    for i, roles, verbs, near, quantities, subjects, owners, flags in info:  # type: ignore[attr-defined]
        if roles is not None:
            unit.roles[i] = [one(w, w) for w in roles]
        if verbs is not None:
            unit.verbs[i] = {one(w, w) for w in verbs}
        if near is not None:
            unit.near[i] = {one(w, w): one(weight, weight) for w, weight in near.items()}
        if quantities is not None:
            unit.quantities[i] = one(q := frozenset(quantities), q)
        if subjects is not None:
            unit.subjects[i] = one(q := frozenset(subjects), q)
        if owners is not None:
            unit.owners[i] = one(q := frozenset(owners), q)
        if flags & 1:
            furniture.append(i)
        if flags & 2:
            frames.append(i)
        if flags & 4:
            wholes.append(i)
        if flags & 8:
            changes.append(i)
    unit.furniture = one(q := frozenset(furniture), q)
    unit.frames = one(q := frozenset(frames), q)
    unit.wholes = one(q := frozenset(wholes), q)
    unit.changes = one(q := frozenset(changes), q)
    return unit


class UnitMemo:
    """Units read so far, by everything their rows store but where they stand: a sentence that
    many sources carry word for word (a syndicated story) is made once, and each copy is a unit
    of its own (its source, place and key) sharing the parts of the first, which nothing
    changes once a unit is read.

    Every compared unit of the 10,000 sources of benchmarks/scale_cli.py, made one by one, took
    1.66 GB (172,500 units, about 9 KB each: its facts, the words around each, their weights);
    69% of them repeat a sentence read before."""

    def __init__(self) -> None:
        self._read: dict[bytes, Unit] = {}
        self._pool: dict[object, object] = {}  # ``read_unit``'s

    def read(self, row: Row, source_id: str, text: str, key: int) -> Unit:
        """``read_unit``, sharing the parts of a unit read before with the same content."""
        start, end = row[0], row[1]
        assert isinstance(start, int) and isinstance(end, int)
        # Pickled, not written as JSON: 5.9 against 16.6 us a row. Two rows pickled alike store
        # the same (the converse may fail when JSON shared a dictionary key: a copy then made
        # afresh, never a wrong one).
        content = hashlib.blake2b(pickle.dumps(row[2:], _PICKLE), digest_size=_MEMO_DIGEST)
        content.update(text[start:end].encode())
        digest = content.digest()
        first = self._read.get(digest)
        if first is None:
            unit = self._read[digest] = read_unit(row, source_id, text, key, self._pool)
            return unit
        return first.placed(key, source_id, start, end)


_PICKLE = 5  # the protocol a row is pickled with to key it
# Bytes of the digest a memo keys a unit's content by: 128 bits, so that two different
# sentences never meet by chance.
_MEMO_DIGEST = 16
