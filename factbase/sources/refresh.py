"""Refreshing sources: re-read each file, re-fetch each URL; a changed text is a new version."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from factbase.errors import InputError
from factbase.sources.fetch import FetchOptions, is_url
from factbase.sources.trust import TRUST_ALL, Trust, local_origin, seal
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


@dataclass(frozen=True)
class Origin:
    """Where a source is read from, and its seal (see ``trust.py``)."""

    origin: str
    seal: str | None = None


def origins_of(sources: list[Source]) -> dict[str, Origin]:
    return {s.id: Origin(s.origin, s.origin_seal) for s in sources}


def read_all(
    origins: dict[str, Origin],
    *,
    fetch_options: FetchOptions | None = None,
    trust: Trust = TRUST_ALL,
) -> dict[str, SourceRead | InputError]:
    """Read every origin (by source id); a failure is kept, not raised.

    An origin ``trust`` does not vouch for is read only if it is a public URL, and then no
    redirect may lead to a non-public address.
    """
    out: dict[str, SourceRead | InputError] = {}
    for sid, where in origins.items():
        try:
            out[sid] = _read_one(sid, where, fetch_options, trust)
        except InputError as exc:
            out[sid] = exc
    return out


def _read_one(
    sid: str, where: Origin, fetch_options: FetchOptions | None, trust: Trust
) -> SourceRead:
    if trust.follows(sid, where.origin, where.seal):
        return read_origin(where.origin, fetch_options=fetch_options)
    if local_origin(where.origin):
        what = "address" if is_url(where.origin) else "file"
        raise InputError(
            f"not followed: {where.origin} is a local {what}, and this source was not added on "
            "this machine; check it, then refresh with --allow-local"
        )
    options = replace(fetch_options or FetchOptions(), allow_private=False)
    return read_origin(where.origin, fetch_options=options)


def refresh_sources(
    session: Session,
    *,
    source_ids: list[str] | None = None,
    fetch_options: FetchOptions | None = None,
    reads: dict[str, SourceRead | InputError] | None = None,
    trust: Trust = TRUST_ALL,
) -> list[RefreshResult]:
    """Re-read files and re-fetch URLs; a changed text becomes a new version.

    A source that cannot be read is marked unavailable (its stored versions stay); the next
    successful read clears that. ``reads`` holds reads done beforehand by ``read_all`` (with
    the same ``trust``). With ``trust.allow_local`` and a key, each origin read is sealed.
    """
    results = []
    for source in select_sources(session, source_ids):
        latest = latest_version(session, source.id)
        try:
            done = (reads or {}).get(source.id)
            if done is None:
                done = read_all(
                    origins_of([source]), fetch_options=fetch_options, trust=trust
                )[source.id]
            if isinstance(done, InputError):
                raise done
            read = done
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
        if trust.allow_local and trust.key is not None:
            source.origin_seal = seal(trust.key, source.id, source.origin)
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
