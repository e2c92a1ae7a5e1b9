"""The caches of analysis: units kept per source version, the conflicts report kept while
nothing it was made from changes. Results with and without them are the same."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from cli_support import (
    CORPUS_META,
    add_corpus,
    copy_source,
    corpus_text,
    edit,
    invoke,
)
from sqlalchemy.engine import Engine
from sqlmodel import col, select

import factbase.conflicts.stored
import factbase.library
import factbase.unit_cache
from factbase.analysis.facts import parse_reference_date
from factbase.analysis.statements import StemIndex, fact_key
from factbase.analysis.unitcodec import UnitMemo, decode_units, encode_units
from factbase.conflicts import build_report, compare_claims
from factbase.conflicts.comparison import claim_rows
from factbase.conflicts.stored import decode_report, encode_report
from factbase.library import Library
from factbase.review import review_draft
from factbase.sources.drafts import parse_draft
from factbase.sources.versions import latest_versions
from factbase.store.db import open_db, session_scope
from factbase.store.models import ReportCache, StatementCache
from factbase.unit_cache import StoredUnits, UnitCache, UnitSet, VersionText, find_units

pytestmark = pytest.mark.database

PUBLISHED = {row["id"]: row["published"] for row in CORPUS_META}
DRAFT = (Path(__file__).parent / "fixtures" / "review_draft.md").read_text("utf-8")


@pytest.mark.parametrize("unit_set", list(UnitSet))
def test_stored_units_read_back_equal_to_those_found(unit_set: UnitSet) -> None:
    for row in CORPUS_META:
        text = corpus_text(row["id"])
        v = VersionText(row["id"], 1, text, parse_reference_date(row["published"]))
        found = find_units(v, unit_set, first_key=7)
        read = decode_units(encode_units(found), source_id=row["id"], text=text, first_key=7)
        assert read == found
        # Values keep their types: a Fraction is no int, a tuple no list.
        assert [u.signature() for u in read] == [u.signature() for u in found]
        assert [[fact_key(f) for f in u.facts] for u in read] == [
            [fact_key(f) for f in u.facts] for u in found
        ]


def test_a_sentence_copied_word_for_word_is_read_once_and_each_copy_stands_where_it_is() -> None:
    """Read through one memo, the units of sources that carry the same sentences (a syndicated
    story, another headline or an extra sentence here and there) equal those read one by one,
    each with its own source, place and key; a copy shares the parts of the first, and a
    sentence that differs in one figure does not."""
    story = (
        "The Varnak bridge opened on 4 March 2019 after six years of work. It cost 412 million "
        "kroner, 38% more than planned. About 21,000 vehicles cross it each day."
    )
    texts = {
        "a": "Varnak Courier\n\n" + story,
        "b": "VARNAK - " + story + " Tolls start in May.",
        "c": "Varnak Courier\n\n" + story.replace("21,000", "23,000"),
    }
    memo = UnitMemo()
    for first_key, (source, text) in enumerate(texts.items()):
        v = VersionText(source, 1, text, parse_reference_date("2019-03-05"))
        data = encode_units(find_units(v, UnitSet.COMPARED))
        alone = decode_units(data, source_id=source, text=text, first_key=10 * first_key)
        shared = decode_units(data, source_id=source, text=text, first_key=10 * first_key,
                              memo=memo)  # fmt: skip
        assert shared == alone
        assert [(u.key, u.source_id, u.start, u.end) for u in shared] == [
            (u.key, u.source_id, u.start, u.end) for u in alone
        ]
        if source == "a":
            first = {u.text: u for u in shared}
        else:
            copies = [(u, first[u.text]) for u in shared if u.text in first]
            assert len(copies) >= 2
            for u, before in copies:
                assert u is not before and u.facts is before.facts
            if source == "c":
                changed = next(u for u in shared if "23,000" in u.text)
                assert changed.text not in first
                assert any(f.value == 23000 for f in changed.facts)


def test_units_made_when_asked_for_and_their_index_equal_those_found() -> None:
    """``StoredUnits`` (stored and just found versions mixed) gives the units ``units`` gives,
    where each stands without making it, and an index built from its keys alone is the index
    of the units."""
    found: list = []
    stored = StoredUnits()
    for k, row in enumerate(CORPUS_META):
        text = corpus_text(row["id"])
        v = VersionText(row["id"], k, text, parse_reference_date(row["published"]))
        units = find_units(v, UnitSet.PROSE, first_key=len(found))
        found.extend(units)
        again = find_units(v, UnitSet.PROSE) if k % 2 else None
        stored.add(v, encode_units(units), again)
    lazy = StemIndex(stored, stored.keys(), stored.signature)
    eager = StemIndex(found)
    assert (lazy.families, lazy.family_values, lazy.postings, lazy.idf) == (
        eager.families, eager.family_values, eager.postings, eager.idf
    )
    assert [stored.place(p) for p in range(len(found))] == [
        (u.source_id, u.start, u.end) for u in found
    ]
    assert len(stored) == len(found)
    assert stored[len(found) - 1] == found[-1] and stored[-1] == found[-1]
    assert list(stored) == found


@pytest.fixture
def engine() -> Iterator[Engine]:
    """The default database (SQLite in tmp_path, or PostgreSQL) with the bundled corpus and a
    claim stored from each of its sources."""
    add_corpus()
    assert invoke(["extract", "--all", "--add"]).exit_code == 0
    engine = open_db(os.environ["FACTBASE_DB"], {})
    yield engine
    engine.dispose()


class Counting:
    """``source_units`` as ``unit_cache`` calls it, counting the texts it reads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        real = factbase.unit_cache.source_units

        def counted(source_id: str, *args: Any, **kwargs: Any) -> Any:
            self.calls.append(source_id)
            return real(source_id, *args, **kwargs)

        monkeypatch.setattr(factbase.unit_cache, "source_units", counted)

    def take(self) -> list[str]:
        out, self.calls = self.calls, []
        return out


def report_json(*args: str) -> dict[str, Any]:
    result = invoke([*args, "conflicts", "report", "--json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def uncached_report(engine: Engine) -> dict[str, object]:
    """The report made with neither cache: every unit found again."""
    with session_scope(engine) as session:
        claims = claim_rows(session, {})
        latest = {c.id: c for c in claims}
        versions = [
            VersionText(sid, 0, corpus_text(sid), parse_reference_date(PUBLISHED[sid]))
            for sid in sorted(PUBLISHED)
        ]
    units = []
    for v in versions:
        units.extend(find_units(v, UnitSet.COMPARED, first_key=len(units)))
    report = compare_claims(
        [c._replace(stale=False) for c in latest.values()],
        texts={v.source_id: v.text for v in versions},
        refs={v.source_id: v.reference for v in versions},
        index=StemIndex(units),
    )
    return report.as_dict()


def test_units_found_as_sources_are_stored_and_no_report_finds_them_again(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = Counting(monkeypatch)
    first = report_json()
    # Each source's units were found as it was stored (``source add``): the report reads them.
    assert counting.take() == []
    assert first == uncached_report(engine)
    counting.take()
    # Nothing changed: the stored report answers.
    assert report_json() == first
    assert counting.take() == []
    # A claim added: the report is made again, from the units kept.
    claim = "At least 1,400 children in the town were subjected to abuse between 1997 and 2013."
    assert invoke(["add", claim, "-s", "star"]).exit_code == 0
    again = report_json()
    assert counting.take() == []
    assert again == uncached_report(engine)
    with session_scope(engine) as session:
        assert session.exec(select(sa.func.count()).select_from(ReportCache)).one() == 1
        kept = session.exec(select(StatementCache.unit_set)).all()
    assert set(kept) == {"compared", "prose", "sketch", "statements"}


def test_units_of_a_source_are_found_again_when_it_changes(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    report_json()
    counting = Counting(monkeypatch)
    path = copy_source(tmp_path, "star", "star-copy.txt")
    edit(path, "Have your say", "Have your say today")
    # Stored, its units are found: those the report reads and those a review's library reads.
    assert invoke(["source", "add", str(path), "--id", "star-copy"]).exit_code == 0
    assert counting.take() == ["star-copy"] * len(factbase.library.INDEXED_SETS)
    report_json()
    assert counting.take() == []
    edit(path, "Have your say today", "Have your say now")
    assert invoke(["source", "refresh", "star-copy"]).exit_code == 0
    assert counting.take() == ["star-copy"] * len(factbase.library.INDEXED_SETS)
    report_json()
    assert counting.take() == []
    # Refreshed unchanged, nothing is found again.
    assert invoke(["source", "refresh", "star-copy"]).exit_code == 0
    assert counting.take() == []
    with session_scope(engine) as session:
        assert Library.from_session(session).index.units
    assert report_json() and counting.take() == []


def test_the_analysis_key_follows_the_version_and_the_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = factbase.unit_cache.analysis_key()
    assert 0 <= key < 2**31  # fits the column on every backend
    factbase.unit_cache.analysis_key.cache_clear()
    monkeypatch.setattr(factbase.unit_cache, "ANALYSIS_VERSION", 999)
    try:
        assert factbase.unit_cache.analysis_key() != key
    finally:
        factbase.unit_cache.analysis_key.cache_clear()


def test_units_are_found_again_under_a_new_analysis_version(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = report_json()
    counting = Counting(monkeypatch)
    with session_scope(engine) as session:
        session.exec(sa.delete(ReportCache))  # type: ignore[call-overload]
    # A change to the analysis code or data, or a bumped ANALYSIS_VERSION, gives another key.
    monkeypatch.setattr(factbase.unit_cache, "analysis_key", lambda: 999)
    assert report_json() == first
    assert sorted(counting.take()) == sorted(PUBLISHED)
    with session_scope(engine) as session:
        versions = set(session.exec(
            select(StatementCache.analysis_version).where(StatementCache.unit_set == "compared")
        ).all())  # fmt: skip
    assert versions == {999}
    with session_scope(engine) as session:
        session.exec(sa.delete(ReportCache))  # type: ignore[call-overload]
    assert report_json() == first
    assert counting.take() == []


def test_units_are_found_again_when_the_publication_date_changes(engine: Engine) -> None:
    with session_scope(engine) as session:
        cache = UnitCache(session)
        versions = [
            VersionText(s.id, v.id or 0, v.text, parse_reference_date(s.published))
            for s, v in latest_versions(session)
        ]
        cache.units(versions, UnitSet.PROSE)
        assert cache.found == 0 and cache.read == len(versions)  # kept as they were stored
    moved = [v if v.source_id != "star" else VersionText(v.source_id, v.version_id, v.text,
             (1999, 1, 1)) for v in versions]  # fmt: skip
    with session_scope(engine) as session:
        cache = UnitCache(session)
        cache.units(moved, UnitSet.PROSE)
        assert (cache.found, cache.read) == (1, len(versions) - 1)
        assert cache.save()


def test_review_reads_its_index_from_the_cache_and_judges_alike(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = parse_draft(DRAFT, kind="markdown", name="draft.md")
    with session_scope(engine) as session:
        fresh = Library.from_session(session)
    plain = Library(list(fresh.sources.values()))  # finds its units itself
    counting = Counting(monkeypatch)
    with session_scope(engine) as session:
        cached = Library.from_session(session)
    assert counting.take() == []
    assert review_draft(draft, cached).as_dict() == review_draft(draft, plain).as_dict()


def test_review_keeps_each_sources_sketch_and_reads_it_back(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real = factbase.library.sketch

    def counted(text: str) -> list[int]:
        made.append(text)
        return real(text)

    monkeypatch.setattr(factbase.library, "sketch", counted)
    with session_scope(engine) as session:
        session.exec(sa.delete(StatementCache).where(  # type: ignore[call-overload]
            col(StatementCache.unit_set) == "sketch"
        ))
    with session_scope(engine) as session:
        first = Library.from_session(session)
    texts = [s.text for s in first.sources.values()]
    assert sorted(made) == sorted(texts) and len(texts) == len(PUBLISHED)
    made.clear()
    with session_scope(engine) as session:
        again = Library.from_session(session)
    assert made == []
    for sid, s in again.sources.items():
        assert again.sketch(sid) == first.sketch(sid) == real(s.text)
    # Made by other code, they are made again.
    monkeypatch.setattr(factbase.library, "sketch_key", lambda: 1)
    with session_scope(engine) as session:
        Library.from_session(session)
    assert sorted(made) == sorted(texts)
    with session_scope(engine) as session:
        keys = session.exec(
            select(StatementCache.analysis_version).where(StatementCache.unit_set == "sketch")
        ).all()
    assert keys == [1] * len(texts)


def test_report_read_back_equals_the_report(engine: Engine) -> None:
    with session_scope(engine) as session:
        report = build_report(session)
    assert report.conflicts and report.corroborations
    assert decode_report(encode_report(report)) == report


@pytest.mark.sqlite_only
def test_a_read_only_database_reports_all_the_same(engine: Engine) -> None:
    with session_scope(engine) as session:
        first = build_report(session).as_dict()
        session.exec(sa.delete(ReportCache))  # type: ignore[call-overload]
        session.exec(sa.delete(StatementCache))  # type: ignore[call-overload]
    read_only = open_db(f"sqlite:///file:{os.environ['FACTBASE_DB']}?mode=ro&uri=true", {})
    try:
        with session_scope(read_only) as session:
            assert build_report(session).as_dict() == first
            assert Library.from_session(session).index.units
    finally:
        read_only.dispose()
    with session_scope(engine) as session:
        assert session.exec(select(sa.func.count()).select_from(StatementCache)).one() == 0
        assert session.exec(select(sa.func.count()).select_from(ReportCache)).one() == 0


def test_the_stored_report_is_made_again_when_the_code_changes(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = report_json()

    def fingerprint_kept() -> str:
        with session_scope(engine) as session:
            return session.exec(select(ReportCache.fingerprint)).one()

    kept = fingerprint_kept()
    monkeypatch.setattr(factbase.conflicts.stored, "code_digest", lambda: "changed")
    assert report_json() == first
    assert fingerprint_kept() != kept


@pytest.mark.parametrize("unit_set", [UnitSet.COMPARED, UnitSet.PROSE])
def test_units_of_many_versions_found_by_workers_are_those_found_here(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, unit_set: UnitSet
) -> None:
    """Past ``PARALLEL_VERSIONS`` versions to find, worker processes find them: the units, and
    the rows kept for them, are those this process finds one version after another."""
    monkeypatch.setattr(factbase.unit_cache, "PARALLEL_VERSIONS", 3)
    monkeypatch.setattr(factbase.unit_cache, "VERSIONS_PER_TASK", 2)
    sent: list[int] = []
    real_map = factbase.unit_cache.map_groups

    def counted_map(fn: Any, groups: Any, **kwargs: Any) -> Any:
        sent.extend(len(items) for _, items in groups)
        return real_map(fn, groups, **kwargs)

    monkeypatch.setattr(factbase.unit_cache, "map_groups", counted_map)
    versions = [
        VersionText(row["id"], 900_000 + k, corpus_text(row["id"]),
                    parse_reference_date(row["published"]))  # fmt: skip
        for k, row in enumerate(CORPUS_META)
    ]
    here: list = []
    for v in versions:
        here.extend(find_units(v, unit_set, first_key=len(here)))
    with session_scope(engine) as session:
        cache = UnitCache(session)
        assert cache.units(versions, unit_set) == here
        assert sent == [len(versions)]
        assert [row.data for row in cache.pending] == [
            encode_units(find_units(v, unit_set)) for v in versions
        ]
        assert cache.found == len(versions) and cache.read == 0


def test_both_unit_sets_of_many_versions_kept_at_once_are_those_found_here(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``keep`` finds every missing set of a version in one pass, on workers past
    ``PARALLEL_VERSIONS`` versions, and keeps what each set alone finds; a set already kept for
    a version is not found again."""
    monkeypatch.setattr(factbase.unit_cache, "PARALLEL_VERSIONS", 3)
    monkeypatch.setattr(factbase.unit_cache, "VERSIONS_PER_TASK", 2)
    sets = (UnitSet.COMPARED, UnitSet.PROSE)
    with session_scope(engine) as session:
        session.exec(sa.delete(StatementCache))  # type: ignore[call-overload]
        versions = [
            VersionText(s.id, v.id or 0, v.text, parse_reference_date(s.published))
            for s, v in latest_versions(session)
        ]
        cache = UnitCache(session)
        cache.units(versions[:1], UnitSet.PROSE)  # one set of one version kept before
        assert cache.save() and cache.found == 1
        cache.keep(versions, sets)
        kept = {(r.source_version_id, r.unit_set): r.data for r in cache.pending}
        assert cache.found == 2 * len(versions)
    assert kept == {
        (v.version_id, us.value): encode_units(find_units(v, us))
        for v in versions for us in sets if (v, us) != (versions[0], UnitSet.PROSE)
    }
