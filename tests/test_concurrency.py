"""Several processes adding and verifying claims at once lose nothing and see nothing half-written.

Runs against SQLite (WAL, busy timeout, write transactions that take the lock up front) and,
with FACTBASE_TEST_POSTGRES set, against PostgreSQL.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from factbase.claims import add_claim
from factbase.sources.versions import add_source
from factbase.store.db import open_db, session_scope
from factbase.verification import verify_claims

pytestmark = pytest.mark.database

WRITERS = 8
CLAIMS_PER_WRITER = 500
ARTICLE = Path(__file__).resolve().parent.parent / "data" / "rotherham" / "001_4abf0590ffb77c29.txt"
CLAIM = "At least 1,400 children in the town were subjected to appalling levels of crime and abuse"


def _writer(url: str, writer: int, count: int) -> int:
    engine = open_db(url, {})
    try:
        for i in range(count):
            with session_scope(engine, write=True) as session:
                add_claim(
                    session,
                    text=f"{CLAIM} (writer {writer}, claim {i})",
                    source_id="star",
                    force=True,
                )
        return count
    finally:
        engine.dispose()


def _verifier(url: str, rounds: int) -> int:
    engine = open_db(url, {})
    done = 0
    try:
        for _ in range(rounds):
            with session_scope(engine, write=True) as session:
                done += len(verify_claims(session).results)
        return done
    finally:
        engine.dispose()


def _reader(url: str, rounds: int) -> list[tuple[int, int]]:
    """Snapshots of (claims, claims with a citation): equal in every one, or a claim was seen
    half-written."""
    engine = open_db(url, {})
    seen = []
    try:
        for _ in range(rounds):
            with session_scope(engine) as session:
                # One statement, so one snapshot on every backend.
                claims, cited = session.execute(
                    sa.text(
                        "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM claims "
                        "JOIN citations ON citations.claim_id = claims.id)"
                    )
                ).one()
                seen.append((claims, cited))
        return seen
    finally:
        engine.dispose()


def test_concurrent_writers_verifiers_and_readers_lose_nothing() -> None:
    url = os.environ["FACTBASE_DB"]
    engine = open_db(url, {})
    try:
        with session_scope(engine, write=True) as session:
            add_source(session, path=ARTICLE, source_id="star", published="2014-08-26")
    finally:
        engine.dispose()

    ctx = mp.get_context("spawn")
    with ctx.Pool(WRITERS + 2) as pool:
        writers = [
            pool.apply_async(_writer, (url, w, CLAIMS_PER_WRITER)) for w in range(WRITERS)
        ]
        verifier = pool.apply_async(_verifier, (url, 3))
        reader = pool.apply_async(_reader, (url, 40))
        written = sum(w.get(timeout=600) for w in writers)
        verified = verifier.get(timeout=600)
        snapshots = reader.get(timeout=600)

    assert written == WRITERS * CLAIMS_PER_WRITER
    assert verified >= 0
    assert all(claims == cited for claims, cited in snapshots), snapshots
    engine = open_db(url, {})
    try:
        with engine.connect() as c:
            texts = [r[0] for r in c.execute(sa.text("SELECT text FROM claims"))]
            citations = c.execute(sa.text("SELECT count(*) FROM citations")).scalar_one()
    finally:
        engine.dispose()
    expected = {
        f"{CLAIM} (writer {w}, claim {i})"
        for w in range(WRITERS)
        for i in range(CLAIMS_PER_WRITER)
    }
    assert len(texts) == len(expected)  # each exactly once
    assert set(texts) == expected
    assert citations == len(expected)
