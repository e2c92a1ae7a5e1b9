"""Candidate claims: the sentences of a source that carry checkable facts. Never prints."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from factbase.analysis.facts import Fact, facts_summary, parse_reference_date
from factbase.analysis.matching import Location, prepare
from factbase.analysis.statements import VALUE_KINDS
from factbase.analysis.verdicts import analyse
from factbase.checking import CheckResult
from factbase.claims import store_many
from factbase.sources.versions import get_source, require_latest
from factbase.store.models import Citation, Claim, Source
from factbase.unit_cache import UnitCache, UnitSet, VersionText


@dataclass
class Candidate:
    source: str
    text: str  # the sentence, white space folded
    start: int
    end: int
    facts: list[Fact]
    claim_id: int | None = None  # set when stored (or already stored)
    stored: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "claim": self.text,
            "start": self.start,
            "end": self.end,
            "facts": facts_summary(self.facts),
            "claim_id": self.claim_id,
            "stored": self.stored,
        }


def candidates(session: Session, source_id: str) -> list[Candidate]:
    """Sentences of the latest version of a source that state numbers, dates or officials."""
    source = get_source(session, source_id)
    version = require_latest(session, source_id)
    cache = UnitCache(session)
    text = VersionText.of(source, version)
    units = cache.units([text], UnitSet.STATEMENTS)
    cache.save()
    out = []
    for u in units:
        shown = [f for f in u.facts if f.kind in VALUE_KINDS or f.kind == "name"]
        out.append(Candidate(source_id, " ".join(u.text.split()), u.start, u.end, shown))
    return out


def extract_claims(
    session: Session, *, source_ids: list[str], add: bool = False
) -> list[Candidate]:
    """Candidates of each source; with ``add``, stored as claims citing their own sentence.

    A sentence already cited by a claim with the same text is not stored twice.
    """
    out: list[Candidate] = []
    for sid in source_ids:
        found = candidates(session, sid)
        if add:
            _add(session, sid, found)
        out.extend(found)
    return out


def _add(session: Session, source_id: str, found: list[Candidate]) -> None:
    source = session.get(Source, source_id)
    assert source is not None
    version = require_latest(session, source_id)
    existing = {
        (text, start): cid
        for cid, text, start in session.exec(
            select(Claim.id, Claim.text, Citation.start)
            .join(Citation, col(Citation.claim_id) == col(Claim.id))
            .where(Claim.source_id == source_id)
        ).all()
    }
    prepared = prepare(version.text)
    reference = parse_reference_date(source.published)
    fresh: list[tuple[Candidate, CheckResult]] = []
    for c in found:
        known = existing.get((c.text, c.start))
        if known is not None:
            c.claim_id = known
            continue
        loc = Location(c.start, c.end, 100.0, c.start, c.end)
        a = analyse(c.text, prepared, reference=reference, location=loc)
        result = CheckResult.from_analysis(
            a, claim=c.text, source=source_id, version=version.version
        )
        fresh.append((c, result))
    store_many(session, [(result, version, None) for _, result in fresh])
    for c, result in fresh:
        c.claim_id = result.claim_id
        c.stored = True


def all_source_ids(session: Session) -> list[str]:
    return list(session.exec(select(Source.id).order_by(col(Source.id))).all())
