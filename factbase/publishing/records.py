"""What every export carries: each claim with its citation, last status and its source's own
description (title, publisher, URL, publication date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from factbase.claims import ClaimInfo, list_claims, newest_results
from factbase.store.models import Citation, Source, SourceVersion, VerificationResult


@dataclass
class ExportRecord:
    """One claim as exported: ``info`` is what ``list`` shows; ``source`` the source it cites;
    ``read_at`` when the cited version was read; ``checked_at`` the last verification (``None``
    before any); ``text`` the cited version's stored text, which the offsets index into."""

    info: ClaimInfo
    source: Source
    read_at: datetime
    checked_at: datetime | None
    text: str

    def as_dict(self) -> dict[str, object]:
        """The documented ``export --format json`` object (see README, "JSON formats")."""
        row = {k: v for k, v in self.info.as_dict().items() if k != "history"}
        row.update(
            source_title=self.source.title,
            source_publisher=self.source.publisher,
            source_url=self.source.url,
            source_published=self.source.published,
        )
        return row


def export_records(session: Session) -> list[ExportRecord]:
    """Every claim, in id order, with what an export needs."""
    infos = list_claims(session)
    sources = {s.id: s for s in session.exec(select(Source)).all()}
    cited = dict(session.exec(select(Citation.claim_id, Citation.source_version_id)).all())
    versions = {
        v_id: (read_at, text)
        for v_id, read_at, text in session.exec(
            select(SourceVersion.id, SourceVersion.read_at, SourceVersion.text).where(
                col(SourceVersion.id).in_(select(Citation.source_version_id))
            )
        ).all()
    }
    newest = newest_results()
    checked = dict(
        session.exec(
            select(VerificationResult.claim_id, VerificationResult.checked_at).join(
                newest, col(VerificationResult.id) == newest.c.id
            )
        ).all()
    )
    return [
        ExportRecord(
            info=i,
            source=sources[i.source],
            read_at=versions[cited[i.id]][0],
            checked_at=checked.get(i.id),
            text=versions[cited[i.id]][1],
        )
        for i in infos
    ]
