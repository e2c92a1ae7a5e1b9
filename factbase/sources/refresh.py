"""Refreshing sources: re-read each file, re-fetch each URL; a changed text is a new version."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from factbase.errors import InputError
from factbase.sources.fetch import FetchOptions
from factbase.sources.versions import (
    SourceRead,
    get_source,
    latest_version,
    new_version,
    page_date,
    read_origin,
    sha256_text,
)
from factbase.status import RefreshStatus
from factbase.store.models import Source


@dataclass(frozen=True)
class RefreshResult:
    source_id: str
    status: RefreshStatus
    version: int | None
    detail: str | None = None

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def select_sources(session: Session, source_ids: list[str] | None = None) -> list[Source]:
    """The named sources (all when None), or NotFoundError for an unknown id."""
    if source_ids:
        return [get_source(session, sid) for sid in source_ids]
    return list(session.exec(select(Source).order_by(col(Source.id))).all())


def read_all(
    origins: dict[str, str], *, fetch_options: FetchOptions | None = None
) -> dict[str, SourceRead | InputError]:
    """Read every origin (source id -> file or URL); a failure is kept, not raised."""
    out: dict[str, SourceRead | InputError] = {}
    for sid, origin in origins.items():
        try:
            out[sid] = read_origin(origin, fetch_options=fetch_options)
        except InputError as exc:
            out[sid] = exc
    return out


def refresh_sources(
    session: Session,
    *,
    source_ids: list[str] | None = None,
    fetch_options: FetchOptions | None = None,
    reads: dict[str, SourceRead | InputError] | None = None,
) -> list[RefreshResult]:
    """Re-read files and re-fetch URLs; a changed text becomes a new version.

    A source that cannot be read is marked unavailable (its stored versions stay); the next
    successful read clears that. ``reads`` holds reads done beforehand by ``read_all``.
    """
    results = []
    for source in select_sources(session, source_ids):
        latest = latest_version(session, source.id)
        try:
            done = (reads or {}).get(source.id)
            if isinstance(done, InputError):
                raise done
            read = done or read_origin(source.origin, fetch_options=fetch_options)
        except InputError as exc:
            source.last_error = str(exc)
            session.add(source)
            version = latest.version if latest else None
            results.append(
                RefreshResult(source.id, RefreshStatus.UNAVAILABLE, version, str(exc))
            )
            continue
        source.last_error = None
        source.last_read_at = read.read_at
        if source.published is None:
            source.published = page_date(read.document.published)
        session.add(source)
        digest = sha256_text(read.document.text)
        if latest is not None and latest.sha256 == digest:
            results.append(RefreshResult(source.id, RefreshStatus.UNCHANGED, latest.version))
            continue
        number = (latest.version if latest else 0) + 1
        session.add(new_version(source.id, number, read))
        detail = None
        if latest is not None and read.document.kind != source.kind:
            detail = f"now {read.document.kind}, was {source.kind}"
            source.kind = read.document.kind
        results.append(RefreshResult(source.id, RefreshStatus.CHANGED, number, detail))
    session.flush()
    return results
