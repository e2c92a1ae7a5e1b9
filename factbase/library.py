"""The library: every source's latest version, indexed once for finding claims across all of them.

``review`` and ``check`` without ``--source`` read it. Every sentence of prose, and every row of a
list or table that gives a value, is indexed by its stems (``StemIndex``, the index behind
``conflicts report``, which holds only the sentences with values): a claim of a name or a
negation is decided by a sentence with no value ("The council approved the lanes"). A claim's
candidates are the families of sentences sharing its rarest words, and only those are judged with
the full comparison of ``check`` (``check_text``), on an excerpt around each.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import struct
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import NamedTuple, Protocol

from sqlmodel import Session

from factbase.analysis.facts import DateValue, extract, parse_reference_date
from factbase.analysis.matching import Location, PreparedSource, pin
from factbase.analysis.statements import StemIndex, Unit
from factbase.analysis.text import STOPWORDS, normalize
from factbase.analysis.wording import stem
from factbase.checking import CheckResult, check_text, load_checker, source_metadata
from factbase.conflicts import syndication
from factbase.conflicts.syndication import sketch
from factbase.sources.versions import latest_versions, latest_versions_of
from factbase.status import ClaimStatus
from factbase.store.models import Source
from factbase.unit_cache import (
    KEY_DIGITS,
    StoredUnits,
    UnitCache,
    UnitSet,
    VersionText,
    analysis_key,
    find_units,
)

# Rows of ``statement_cache`` that keep a version's syndication sketch, not its units: a review
# asks for the sketch of nearly every source (about 1,000 of 1,000 on benchmarks/scale_cli.py),
# 4.5 of its 40 CPU seconds when each was made again.
SKETCH_ROWS = "sketch"
_SYNDICATION = Path(syndication.__file__)
_SKETCH = struct.Struct("<I")  # a shingle hash: crc32, 32 bits


@lru_cache(maxsize=1)
def sketch_key() -> int:
    """The number sketches are kept under: the digest of the code that makes them (the analysis
    code that reads words, and ``conflicts.syndication``)."""
    h = hashlib.sha256(str(analysis_key()).encode())
    h.update(_SYNDICATION.read_bytes())
    return int(h.hexdigest()[:KEY_DIGITS], 16)


def pack_sketch(values: list[int]) -> bytes:
    return b"".join(_SKETCH.pack(v) for v in values)


def unpack_sketch(data: bytes) -> list[int]:
    return [v for (v,) in _SKETCH.iter_unpack(data)]


def packed_sketch(text: str) -> bytes:
    return pack_sketch(sketch(text))


# What reading the library and ``conflicts report`` read of a source version besides its text:
# found as it is stored, so that neither finds it the first time it reads the sources.
INDEXED_SETS = (UnitSet.COMPARED, UnitSet.PROSE)


def kept_sketches(cache: UnitCache, versions: Sequence[VersionText]) -> dict[str, list[int]]:
    """The syndication sketch of each version's text, by source: read back as ``keep_index``
    kept it, or made and kept until ``cache`` saves."""
    packed = cache.derived(versions, SKETCH_ROWS, sketch_key(), packed_sketch)
    return {v.source_id: unpack_sketch(packed[v.version_id]) for v in versions}


def keep_index(session: Session, sources: Sequence[Source]) -> None:
    """Find and keep what the library and ``conflicts report`` read of the newest version of
    each of ``sources`` (its units of ``INDEXED_SETS``, its syndication sketch), unless kept
    already: ``source add`` and ``source refresh`` call it for the versions they store, in
    their transaction. A database that will not take the rows is left as it was (``save``)."""
    newest = latest_versions_of(session, [s.id for s in sources])
    versions = [VersionText.of(s, newest[s.id]) for s in sources if s.id in newest]
    if not versions:
        return
    cache = UnitCache(session)
    cache.keep(versions, INDEXED_SETS)
    cache.derived(versions, SKETCH_ROWS, sketch_key(), packed_sketch)
    cache.save()


# Characters of the source kept each side of a candidate sentence when it is judged: the
# sentence before names the subject of "he" or "the council", the one after may finish it.
EXCERPT_CHARS = 400
# ... and never less than this many whole sentences before it, however long, up to this many
# characters: ``check`` reads the sentence before the passage it finds, and that passage may begin
# a sentence before the candidate. Cut at 400 characters, a long sentence before was dropped
# whole, and claims that ``check`` supports against the whole source were not supported on the
# excerpt: on benchmarks/review_news.py the labelled source was found for 1,273 of the 1,346
# supported claims ``check`` supports, against 1,265 (tuning corpora; 1,212 of 1,299 against
# 1,210 held out). Whole sentences after it as well found one more each, and one more wrong
# claim supported held out.
EXCERPT_SENTENCES = 2
EXCERPT_REACH = 1600
_SQUASH = (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"))
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.I)


def squash(text: str) -> str:
    """Lower case, straight quotes, one space between words and none at the ends: for finding
    quotes.

    The quotes are replaced one by one: ``str.translate`` looks up every character of the text
    and took four times as long (1.1 against 0.26 ms a source of benchmarks/synth.py), for the
    whole library before a review that quotes. White space is joined by splitting the text and
    joining its words, twice as fast as replacing its runs with a regular expression (0.54
    against 1.03 s for 12 MB of benchmarks/synth.py's sources)."""
    for curly, straight in _SQUASH:
        text = text.replace(curly, straight)
    return " ".join(text.lower().split())


def url_key(url: str) -> str:
    """A URL without scheme, ``www.``, fragment or trailing slash, lower case."""
    return _URL_PREFIX.sub("", url.strip().split("#")[0]).rstrip("/").lower()


class Placed(Protocol):
    """Where a sentence of a source stands: a unit, or its ``Place`` (all that ``check_near``
    and the like read of it)."""

    @property
    def source_id(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class LibrarySource:
    """A source as the library holds it: its latest text and what it says of itself."""

    id: str
    text: str
    version: int
    published: str | None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None

    @property
    def reference(self) -> DateValue | None:
        return parse_reference_date(self.published)

    def metadata(self) -> dict[str, str | None]:
        return {"title": self.title, "publisher": self.publisher, "author": self.author,
                "url": self.url}  # fmt: skip


@dataclass(frozen=True)
class CopyRule:
    """How the copies of a family's sentence are judged once its first copy is (``copy_rule``).

    ``shared``: the verdict a copy gets without a check of its own (moved to its place), if
    any. A copy not given it is checked again when ``around`` is None, or when its excerpt holds
    every text of ``around`` (the texts around the first copy's sentence that its verdict
    read), or any word of ``wanted`` (the claim's names that the first copy's check found
    unsaid, where they were all it found unsaid); else it says nothing of the claim."""

    shared: CheckResult | None
    around: tuple[str, ...] | None
    wanted: tuple[str, ...] = ()
    # the first copy found nothing: the words its check found unsaid, which the words around
    # another copy may say (``Library.judge_copies`` probes the copy that says most of them)
    unsaid: tuple[str, ...] = ()

    def checks(self, excerpt: Callable[[], str]) -> bool:
        """Is a copy whose squashed excerpt ``excerpt`` gives checked again?"""
        if self.around is None:
            return True
        if not self.around and not self.wanted:
            return False
        text = excerpt()
        return bool(self.around) and all(part in text for part in self.around) or any(
            w in text for w in self.wanted
        )


class Library:
    """Every source of a fact base, with the cross-source index built on first use."""

    def __init__(
        self,
        sources: list[LibrarySource],
        *,
        units: Sequence[Unit] | None = None,
        sketches: dict[str, list[int]] | None = None,
    ) -> None:
        """``units``: the units of every source's text (``UnitSet.PROSE``), when known (read
        back from the cache, ``StoredUnits``, they are made only as the index is asked for
        them); ``sketches``: the sketches of sources' texts, when known."""
        self.sources = {s.id: s for s in sources}
        self._units = units
        self._checked: dict[tuple[str, int, int, str], CheckResult] = {}
        self._by_excerpt: dict[ExcerptKey, tuple[CheckResult, int]] = {}
        self._sketches: dict[str, list[int]] = dict(sketches or {})

    @classmethod
    def from_session(cls, session: Session) -> Library:
        """The library of a fact base, its index read from the units kept for each version
        (``unit_cache``), and those not kept yet found and kept."""
        out = []
        versions = []
        for s, v in latest_versions(session):
            meta = source_metadata(s)
            out.append(
                LibrarySource(s.id, v.text, v.version, s.published, meta["title"],
                              meta["publisher"], meta["author"], meta["url"])  # fmt: skip
            )
            versions.append(VersionText.of(s, v))
        cache = UnitCache(session)
        units = cache.stored(versions, UnitSet.PROSE)
        sketches = kept_sketches(cache, versions)
        cache.save()
        return cls(out, units=units, sketches=sketches)

    @cached_property
    def index(self) -> StemIndex:
        units = self._units
        if isinstance(units, StoredUnits):
            return StemIndex(units, units.keys(), units.signature)
        if units is None:
            found: list[Unit] = []
            for s in self.sources.values():
                found.extend(find_units(VersionText(s.id, 0, s.text, s.reference), UnitSet.PROSE,
                                        first_key=len(found)))  # fmt: skip
            units = found
        return StemIndex(units)

    def place(self, pos: int) -> Placed:
        """Where the unit at ``pos`` of the index stands; a unit read back from the cache is
        not made for it (``StoredUnits.place``)."""
        if isinstance(self._units, StoredUnits):
            return self._units.place(pos)
        return self.index.units[pos]

    def prepare_shared(self, *, quotes: bool = True) -> None:
        """Build what every claim's check reads (the index, the texts for finding quotes, the
        sketches of syndicated copies), so that worker processes forked from this one share it
        instead of each building its own. ``quotes``: whether any claim has a quote to find;
        without one the texts for finding quotes are never read."""
        load_checker()
        _ = self.index
        if quotes:
            _ = self.squashed
        for sid in self.sources:
            self.sketch(sid)

    @cached_property
    def squashed(self) -> dict[str, str]:
        return {sid: squash(s.text) for sid, s in self.sources.items()}

    @cached_property
    def _by_url(self) -> dict[str, str]:
        return {url_key(s.url): s.id for s in self.sources.values() if s.url}

    def resolve(self, target: str) -> str | None:
        """The id of the source a draft's link or footnote names (its id or its URL), if any."""
        t = target.strip()
        if t in self.sources:
            return t
        return self._by_url.get(url_key(t)) if t else None

    def with_quote(self, quote: str) -> list[str]:
        """The sources whose text has ``quote`` (case, quote marks and spacing aside)."""
        q = squash(quote)
        return [sid for sid, text in self.squashed.items() if q and q in text]

    def find_quote(self, quote: str, source_id: str) -> Location | None:
        """Where ``quote`` stands in a source word for word (``pin``), if it does."""
        return pin(quote, normalised_only(self.sources[source_id].text))

    def sketch(self, source_id: str) -> list[int]:
        """The sketch of a source's text that tells syndicated copies (``conflicts.syndication``),
        made on first use: a review asks for the same sources claim after claim."""
        found = self._sketches.get(source_id)
        if found is None:
            found = self._sketches[source_id] = sketch(self.sources[source_id].text)
        return found

    def check_whole(self, claim: str, source_id: str) -> CheckResult:
        """``check`` of ``claim`` against the whole of one source."""
        s = self.sources[source_id]
        return check_text(claim, source_id=s.id, text=s.text, published=s.published,
                          version=s.version, metadata=s.metadata())  # fmt: skip

    def check_near(self, claim: str, unit: Placed) -> CheckResult:
        """``check`` of ``claim`` against the excerpt of its source around ``unit``; offsets
        are into the whole source text."""
        s = self.sources[unit.source_id]
        lo, hi = excerpt_bounds(s.text, unit.start, unit.end)
        key = (s.id, lo, hi, claim)
        hit = self._checked.get(key)
        if hit is not None:
            return hit
        # A syndicated copy: the same excerpt in a source that says the same of itself. ``check``
        # reads nothing else (its source id and version only label the result), so the copy's
        # result is the one found before, moved to the copy's offsets.
        text = s.text[lo:hi]
        excerpt = ExcerptKey(claim, text, s.published, _metadata_read(claim, text, s))
        shared = self._by_excerpt.get(excerpt)
        if shared is not None:
            r = moved(shared[0], lo - shared[1], source=s.id, version=s.version)
        else:
            r = moved(check_text(claim, source_id=s.id, text=text, published=s.published,
                                 version=s.version, metadata=s.metadata()),
                      lo, source=s.id, version=s.version)  # fmt: skip
            self._by_excerpt[excerpt] = (r, lo)
        self._checked[key] = r
        return r

    def copy_rule(self, claim: str, unit: Placed, full: CheckResult) -> CopyRule:
        """How the copies of ``unit``'s sentence in other sources are judged, given ``full``,
        the check of ``claim`` against the excerpt around ``unit``.

        The sentence decides when, alone, with nothing around it, it gets the verdict ``full``
        has: every copy then gets that verdict, moved to its own place. Where the words around
        ``unit`` had a part in the verdict (its passage reaches past the sentence, or alone the
        sentence states nothing the claim says), a copy with those same words around it is
        checked again, and one without them gets what the sentence alone says: the verdict it
        shares, or nothing when alone it states nothing the claim says; where all that alone
        it leaves unsaid are names of the claim, a copy with one of them around it is checked
        again too (the sentence before it may name who "she" is). A sentence that states
        nothing the claim says, alone or with the words around it, is probed at the copy whose
        words around it say most of what its check found unsaid (``judge_copies``); the
        sentences around a copy are otherwise the index's to propose, as every other sentence
        is. Where the sentence alone says otherwise than with its words around it (``ok``
        against ``contradicted``, or something where the excerpt said nothing), every copy is
        checked again."""
        s = self.sources[unit.source_id]
        alone = check_text(claim, source_id=s.id, text=s.text[unit.start:unit.end],
                           published=s.published, version=s.version,
                           metadata=s.metadata())  # fmt: skip
        decided = (ClaimStatus.OK, ClaimStatus.CONTRADICTED)
        if full.status not in decided:
            if alone.status in decided:
                return CopyRule(None, None)
            # found nowhere around this copy: the words around another copy may say what the
            # check found unsaid here
            return CopyRule(None, (), unsaid=_unstated(full, names_only=False))
        if full.start is None or full.end is None:
            return CopyRule(None, None)
        if alone.status in decided and alone.status != full.status:
            return CopyRule(None, None)
        if unit.start <= full.start and full.end <= unit.end:
            if alone.status == full.status:
                return CopyRule(full, ())
            # the text before the sentence decided it (who "he" is): copies with it, or with
            # the names the sentence alone lacks, are checked
            lo, _ = excerpt_bounds(s.text, unit.start, unit.end)
            before = squash(s.text[lo:unit.start])
            wanted = _unstated(alone, names_only=True)
            return CopyRule(None, (before,), wanted) if before else CopyRule(None, None)
        around = tuple(
            part for part in (squash(s.text[full.start:unit.start]),
                              squash(s.text[unit.end:full.end]))
            if part
        )  # fmt: skip
        shared = moved(alone, unit.start, source=s.id, version=s.version)
        return CopyRule(shared if alone.status == full.status else None, around,
                        _unstated(alone, names_only=True))

    def judge_copies(
        self, claim: str, head: Placed, full: CheckResult, copies: Sequence[Placed]
    ) -> list[CheckResult]:
        """The verdicts of ``claim`` at ``copies``, copies of ``head``'s sentence in other
        sources, ``full`` being its verdict at ``head``. The first copy that reads otherwise
        than every one before it (``same_reading``) is checked on its own and leads the copies
        that read as it does; a copy follows its lead's ``copy_rule``: the shared verdict moved
        to its place, a check of its own, or nothing where it says nothing of the claim.

        Where the lead's check found nothing, the copy whose excerpt says most of the words it
        found unsaid is checked; if it states or contradicts the claim, so is every copy whose
        excerpt says as many, and otherwise none (``_probed``)."""
        # each lead with its rule and the copies that follow it; a reading's lead, by position
        groups: list[tuple[Placed, CopyRule, list[Placed]]] = [
            (head, self.copy_rule(claim, head, full), [])
        ]
        lead_of: dict[tuple[str | None, Hashable], int] = {self._reading(claim, head): 0}
        out: list[CheckResult] = []
        for copy in copies:
            key = self._reading(claim, copy)
            at = lead_of.get(key)
            if at is None:
                # published on another day: the same reading as a lead's if its dates are
                at = next((i for (_, said), i in lead_of.items()
                           if said == key[1] and self._dated_alike(claim, groups[i][0], copy)),
                          None)  # fmt: skip
            if at is None:
                own = self.check_near(claim, copy)
                out.append(own)
                lead_of[key] = len(groups)
                groups.append((copy, self.copy_rule(claim, copy, own), []))
                continue
            lead_of[key] = at
            groups[at][2].append(copy)
        for lead, rule, group in groups:
            if rule.unsaid:
                out.extend(self._probed(claim, rule.unsaid, group))
                continue
            for copy in group:
                if rule.checks(partial(self._excerpt, copy)):
                    out.append(self.check_near(claim, copy))
                elif rule.shared is not None:
                    s = self.sources[copy.source_id]
                    out.append(moved(rule.shared, copy.start - lead.start, source=s.id,
                                     version=s.version))  # fmt: skip
        return out

    def _probed(
        self, claim: str, unsaid: tuple[str, ...], copies: Sequence[Placed]
    ) -> list[CheckResult]:
        """Copies of a sentence whose first copy's check found nothing: the one whose excerpt
        says most of the ``unsaid`` words is checked, and where it states or contradicts the
        claim, every other copy whose excerpt says as many of them. Checking every copy that
        says one of them instead took the review of benchmarks/scale_cli.py's draft at 10,000
        sources from 12 to 31 s, for no other verdict (1,000 sources: the same verdicts)."""
        says = [sum(w in text for w in unsaid) for text in map(self._excerpt, copies)]
        top = max(says, default=0)
        if top == 0:
            return []
        best = copies[says.index(top)]
        probe = self.check_near(claim, best)
        if probe.status not in (ClaimStatus.OK, ClaimStatus.CONTRADICTED):
            return [probe]
        return [probe] + [self.check_near(claim, copy)
                          for copy, n in zip(copies, says, strict=True)
                          if n == top and copy is not best]

    def _excerpt(self, unit: Placed) -> str:
        """The excerpt ``check_near`` reads around ``unit``, squashed."""
        s = self.sources[unit.source_id]
        lo, hi = excerpt_bounds(s.text, unit.start, unit.end)
        return squash(s.text[lo:hi])

    def _reading(self, claim: str, unit: Placed) -> tuple[str | None, Hashable]:
        """The source's day of publication, and the words of ``claim`` that ``unit``'s sentence
        does not say which the source's outlet, author, title or address says, field by field
        (a name it may answer for, "according to the Herald")."""
        s = self.sources[unit.source_id]
        return s.published, _said_by(claim, s.text[unit.start:unit.end], s)

    def _dated_alike(self, claim: str, a: Placed, b: Placed) -> bool:
        """Are the dates of ``claim`` and of ``a``'s sentence the same read against the days
        ``a`` and ``b`` were published (a claim's "on 5 March" is a day apart in copies
        published either side of it)?"""
        sa, sb = self.sources[a.source_id], self.sources[b.source_id]
        sentence = sa.text[a.start:a.end]
        return (
            sa.published == sb.published
            or not (_dated_by_publication(claim) or _dated_by_publication(sentence))
            or _read_alike((claim, sentence), sa.published, sb.published)
        )

    def same_reading(self, claim: str, a: Placed, b: Placed) -> bool:
        """Would ``check`` read the sentence of ``a`` and its copy ``b`` alike: the same dates
        read against each one's date of publication, and the same words of the claim said by
        their outlet, author, title or address where the sentence does not say them?"""
        return self._reading(claim, a)[1] == self._reading(claim, b)[1] and self._dated_alike(
            claim, a, b
        )


_WORD = re.compile(r"[^\W\d_]+")
# The fewest letters of a claim's word looked for in what a source says of itself: a single
# letter (the "s" of "Jay's") stands inside most names and addresses, while two may be one
# ("according to the UN").
UNSAID_LETTERS = 2
# Two days of publication far apart: a date read against them ("on 5 March", "yesterday")
# comes out differently.
_SOME_DAYS = ((2001, 3, 15), (2010, 9, 20))


@lru_cache(maxsize=1024)
def _words_unsaid(claim: str, sentence: str) -> tuple[str, ...]:
    """The words of ``claim``'s names that ``sentence`` does not have, each cut to the part it
    shares with its stem ("Reports" to "report"), in lower case; not stop words, nor the "s" of
    a possessive (which no outlet's or author's name answers for).

    A word of a name has a capital letter ("Jay", "UN", "iPhone"). What a source says of itself
    is read by ``check`` only for the claim's names (who a claim's "according to" names, who
    "he" is, a name the title gives): a title that says a word of the claim in small letters
    ("the inquiry") cannot change its verdict."""
    low = sentence.lower()
    unsaid = (
        w.lower() for w in _WORD.findall(claim)
        if len(w) >= UNSAID_LETTERS and not w.islower() and w.lower() not in STOPWORDS
        and w.lower() not in low
    )
    return tuple(_stem_part(w) for w in unsaid)


def _stem_part(word: str) -> str:
    """``word`` cut to the part it shares with its stem ("stepped" to "step", said by
    "steps"); the word itself where they share nothing."""
    return word[:len(os.path.commonprefix([word, stem(word)]))] or word


def _said_by(claim: str, sentence: str, s: LibrarySource) -> tuple[tuple[str, ...], ...]:
    """The words of ``claim`` unsaid by ``sentence`` (``_words_unsaid``) that each field of
    what ``s`` says of itself (outlet, author, title, address) says, field by field."""
    unsaid = _words_unsaid(claim, sentence)
    if not unsaid:
        return ()
    return tuple(tuple(w for w in unsaid if w in (value or "").lower())
                 for value in s.metadata().values())  # fmt: skip


_TOKEN = re.compile(r"[^\W_]+")


def _unstated(r: CheckResult, *, names_only: bool) -> tuple[str, ...]:
    """The words of what a check found the claim says and its passage does not (differences
    with no value in the source), in lower case, not stop words, each cut to the part it shares
    with its stem. ``names_only``: only where all of them are names, and then the names' words
    (who a copy's sentences around it may name: "she said" after "Ada Vela spoke"); else
    empty."""
    unsaid = [d for d in r.differences if d.source is None and d.claim]
    if names_only and any(d.kind != "name" for d in unsaid):
        return ()
    found = (w.lower() for d in unsaid for w in _TOKEN.findall(d.claim or "")
             if len(w) >= UNSAID_LETTERS)  # fmt: skip
    return tuple(dict.fromkeys(_stem_part(w) for w in found if w not in STOPWORDS))


def _read_alike(texts: tuple[str, ...], first: str | None, second: str | None) -> bool:
    """Are the facts of every text the same read against either day of publication: "on 5
    March" is the same day in two copies published in one year, and a day apart in copies
    published either side of it?"""
    a, b = parse_reference_date(first), parse_reference_date(second)
    return all(extract(t, reference=a).facts == extract(t, reference=b).facts for t in texts)


@lru_cache(maxsize=1024)
def _dated_by_publication(text: str) -> bool:
    """Does ``text`` hold a date whose value depends on the day it was published?"""
    a, b = (extract(text, reference=day).of("date") for day in _SOME_DAYS)
    return [f.value for f in a] != [f.value for f in b]


class ExcerptKey(NamedTuple):
    """All that ``check`` of a claim against an excerpt reads: the same key, the same result."""

    claim: str
    text: str
    published: str | None
    metadata: tuple[tuple[str, str | None], ...]  # () where it says no word the check asks


def _says_unsaid(claim: str, text: str, s: LibrarySource) -> bool:
    """Does what ``s`` says of itself (its outlet, author, title or address) say a word of
    ``claim`` that ``text`` does not, by its stem ("reports" in "Report on ...")? A name it
    may answer for, "according to the Herald"."""
    return any(_said_by(claim, text, s))


def _metadata_read(
    claim: str, excerpt: str, s: LibrarySource
) -> tuple[tuple[str, str | None], ...]:
    """What ``check`` of ``claim`` against ``excerpt`` reads of what ``s`` says of itself: all
    of it where it says a word of the claim the excerpt does not (``_says_unsaid``), else
    nothing. Copies of a story under other outlets and addresses then share one check of an
    excerpt they share."""
    return tuple(s.metadata().items()) if _says_unsaid(claim, excerpt, s) else ()


def moved(r: CheckResult, by: int, *, source: str, version: int) -> CheckResult:
    """``r`` with its offsets moved by ``by`` characters, as the result of ``source``."""
    def at(value: int | None) -> int | None:
        return None if value is None else value + by

    return dataclasses.replace(
        r, source=source, version=version, differences=list(r.differences),
        start=at(r.start), end=at(r.end),
        aligned_start=at(r.aligned_start), aligned_end=at(r.aligned_end),
    )  # fmt: skip


def normalised_only(text: str) -> PreparedSource:
    """``text`` prepared for ``pin`` alone: its normalised copy, without the sentence windows
    that locating a claim reads and ``pin`` does not. A quote of a syndicated story is found in
    each of its copies (122 sources a quote on benchmarks/scale_cli.py, 1,000 sources), and
    preparing each in full took five times as long as normalising it (1.75 against 0.33 ms a
    source of benchmarks/synth.py)."""
    return PreparedSource(text=text, norm=normalize(text), windows=(), window_texts=(),
                          window_starts=())  # fmt: skip


def excerpt_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """About ``EXCERPT_CHARS`` either side of ``[start, end)``, cut at a line or sentence end;
    before it, at least ``EXCERPT_SENTENCES`` whole sentences however long (up to
    ``EXCERPT_REACH`` characters)."""
    lo = max(0, start - EXCERPT_CHARS)
    if lo:
        cuts = [c for c in (text.find("\n", lo, start), text.find(". ", lo, start)) if c >= 0]
        lo = min(cuts) + 1 if cuts else start
        floor = max(0, start - EXCERPT_REACH)
        # the cut ending the sentence just before, then one before each whole sentence wanted
        at = start
        for _ in range(EXCERPT_SENTENCES + 1):
            if at <= floor:
                break
            at = max(text.rfind("\n", floor, at), text.rfind(". ", floor, at))
        lo = min(lo, at + 1 if at >= floor else floor)
    hi = min(len(text), end + EXCERPT_CHARS)
    if hi < len(text):
        cut = max(text.rfind("\n", end, hi), text.rfind(". ", end, hi))
        hi = cut + 1 if cut >= 0 else end
    return lo, hi
