"""Sources and their versions: read files and fetch URLs, store, refresh. Never prints."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy import Subquery, func
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from factbase.analysis.facts import parse_reference_date
from factbase.errors import DuplicateError, InputError, NotFoundError
from factbase.sources.decoding import refuse_binary
from factbase.sources.fetch import FetchOptions, fetch, is_url, strip_credentials
from factbase.sources.identity import default_title
from factbase.sources.pdf import page_number
from factbase.sources.readers import Document, charset_of, kind_for_suffix, read_document
from factbase.sources.trust import seal
from factbase.store.models import Claim, Source, SourceVersion, utcnow

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text_file(path: Path) -> str:
    """The text of a plain-text or Markdown file, or an InputError saying why not."""
    return decode_text(_read_file(path), name=str(path))


def decode_text(data: bytes, *, name: str) -> str:
    """UTF-8 text (a byte-order mark allowed), or an InputError naming ``name``."""
    if not data.startswith(codecs.BOM_UTF8):
        refuse_binary(data, name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text: {name} (byte {exc.start}); convert it to UTF-8 first"
        ) from exc
    if not text.strip():
        raise InputError(f"empty file: {name}")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def slug(name: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-.")
    return s[:64] or "source"


def validate_published(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if parse_reference_date(value) is None:
        raise InputError(f"--published must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


@dataclass(frozen=True)
class SourceRead:
    """What one read of a source gave: the document and where and when it came from."""

    document: Document
    raw: bytes
    final_url: str | None
    read_at: datetime


def read_origin(
    origin: str | Path, *, fetch_options: FetchOptions | None = None, force: bool = False
) -> SourceRead:
    """Read a file (text, Markdown, HTML, PDF) or fetch an http(s) URL; InputError if it fails.

    ``force`` keeps a web page whose text is only navigation."""
    if isinstance(origin, str) and is_url(origin):
        fetched = fetch(origin, options=fetch_options)
        document = read_document(
            fetched.body,
            kind=fetched.kind,
            name=fetched.final_url,
            charset=charset_of(fetched.content_type),
            force=force,
        )
        return SourceRead(document, fetched.body, fetched.final_url, fetched.fetched_at)
    path = Path(origin)
    data = _read_file(path)
    kind = kind_for_suffix(path.suffix, data)
    document = read_document(data, kind=kind, name=str(path), force=force)
    return SourceRead(document, data, None, utcnow())


def _read_file(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"is a directory, not a file: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputError(f"empty file: {path}")
    return data


def new_version(source_id: str, number: int, read: SourceRead) -> SourceVersion:
    doc = read.document
    raw: bytes | None = read.raw
    if raw == doc.text.encode("utf-8"):
        raw = None  # the text is the file
    return SourceVersion(
        source_id=source_id,
        version=number,
        text=doc.text,
        sha256=sha256_text(doc.text),
        read_at=read.read_at,
        raw=raw,
        content_type=doc.content_type,
        encoding=doc.encoding,
        final_url=read.final_url,
        pages=json.dumps(doc.pages) if doc.pages is not None else None,
        repairs=json.dumps(doc.repairs) if doc.repairs else None,
    )


def default_id(origin: str | Path) -> str:
    """A source id from a file name, or from a URL's last path segment (else its host)."""
    if isinstance(origin, str) and is_url(origin):
        parts = urlsplit(origin)
        segments = [s for s in parts.path.split("/") if s]
        name = Path(unquote(segments[-1])).stem if segments else ""
        return slug(name or (parts.hostname or "source"))
    return slug(Path(origin).stem)


def page_date(value: str | None) -> str | None:
    return value if value and parse_reference_date(value) is not None else None


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    origin: str
    url: str | None
    archive_url: str | None
    publisher: str | None
    author: str | None
    published: str | None
    kind: str
    versions: int
    latest_version: int | None
    sha256: str | None
    chars: int
    pages: int | None
    content_type: str | None
    encoding: str | None
    final_url: str | None
    raw_bytes: int | None
    repairs: list[str]
    claims: int
    last_error: str | None
    read_at: str | None

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def add_source(
    session: Session,
    *,
    path: Path | str,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    archive_url: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    published: str | None = None,
    fetch_options: FetchOptions | None = None,
    read: SourceRead | None = None,
    key: bytes | None = None,
) -> Source:
    """Read a file or fetch a URL and store it as a new source with its first version.

    ``path`` is a file path, or a string starting with ``http://`` or ``https://``. Metadata
    given here wins over what the page or PDF says about itself; what neither gives stays empty.
    ``read`` is ``read_origin(path)`` done beforehand (so a slow fetch holds no transaction).
    ``key`` is this machine's key: the origin is sealed with it (see ``trust.py``).
    """
    sid = source_id or default_id(path)
    if not _ID_RE.match(sid):
        raise InputError(
            f"invalid source id {sid!r}: use letters, digits, '.', '_' or '-' (at most 64)"
        )
    if session.get(Source, sid) is not None:
        raise DuplicateError(f"source id already exists: {sid}")
    published = validate_published(published)
    for name, value in (("--url", url), ("--archive-url", archive_url)):
        if value and not is_url(value):
            raise InputError(f"{name} must be an http(s) URL, not {value!r}")
    if read is None:
        read = read_origin(path, fetch_options=fetch_options)
    doc = read.document
    is_web = isinstance(path, str) and is_url(path)
    # A user and password in a URL are never stored: not in origin, url nor archive_url.
    origin = strip_credentials(str(path)) if is_web else str(Path(path).resolve())
    published_at = url or (read.final_url if is_web else None) or doc.url
    source = Source(
        id=sid,
        title=title or doc.title or default_title(doc.text) or Path(str(path)).name,
        origin=str(origin),
        url=strip_credentials(published_at) if published_at else None,
        archive_url=strip_credentials(archive_url) if archive_url else None,
        publisher=publisher or doc.publisher,
        author=author or doc.author,
        published=published or page_date(doc.published),
        kind=doc.kind,
        last_read_at=read.read_at,
        origin_seal=seal(key, sid, str(origin)) if key else None,
    )
    session.add(source)
    session.add(new_version(sid, 1, read))
    session.flush()
    return source


def get_source(session: Session, source_id: str) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(f"unknown source: {source_id}")
    return source


def _without_raw() -> SelectOfScalar[SourceVersion]:
    """Source versions, their raw bytes left unloaded."""
    return select(SourceVersion).options(defer(SourceVersion.raw))  # type: ignore[arg-type]


def latest_version(session: Session, source_id: str) -> SourceVersion | None:
    """The newest version of a source (its raw bytes are not loaded: see ``raw_bytes``)."""
    return session.exec(
        _without_raw()
        .where(SourceVersion.source_id == source_id)
        .order_by(col(SourceVersion.version).desc())
        .limit(1)
    ).first()


def latest_versions(session: Session) -> list[tuple[Source, SourceVersion]]:
    """Every source that has a text, with its newest version (raw bytes not loaded), by source
    id: one query, where ``latest_version`` for each source would be one per source."""
    newest = (
        select(SourceVersion.source_id, func.max(SourceVersion.version).label("version"))
        .group_by(col(SourceVersion.source_id))
        .subquery()
    )
    return list(
        session.exec(
            select(Source, SourceVersion)
            .options(defer(SourceVersion.raw))  # type: ignore[arg-type]
            .join(SourceVersion, col(SourceVersion.source_id) == col(Source.id))
            .join(
                newest,
                (newest.c.source_id == col(SourceVersion.source_id))
                & (newest.c.version == col(SourceVersion.version)),
            )
            .order_by(col(Source.id))
        ).all()
    )


def _newest_of(source_ids: Collection[str]) -> Subquery:
    """The number of the newest version of each of ``source_ids``."""
    return (
        select(SourceVersion.source_id, func.max(SourceVersion.version).label("v"))
        .where(col(SourceVersion.source_id).in_(source_ids))
        .group_by(col(SourceVersion.source_id))
        .subquery()
    )


def latest_versions_of(
    session: Session, source_ids: Collection[str]
) -> dict[str, SourceVersion]:
    """The newest version of each of ``source_ids`` that has one, in one query (raw bytes
    not loaded)."""
    newest = _newest_of(source_ids)
    rows = session.exec(
        _without_raw().join(
            newest,
            (col(SourceVersion.source_id) == newest.c.source_id)
            & (col(SourceVersion.version) == newest.c.v),
        )
    ).all()
    return {v.source_id: v for v in rows}


def latest_version_ids(session: Session, source_ids: Collection[str]) -> dict[str, int]:
    """The id of the newest version of each of ``source_ids`` that has one, in one query."""
    newest = _newest_of(source_ids)
    rows = session.exec(
        select(SourceVersion.source_id, SourceVersion.id).join(
            newest,
            (col(SourceVersion.source_id) == newest.c.source_id)
            & (col(SourceVersion.version) == newest.c.v),
        )
    ).all()
    return {sid: vid for sid, vid in rows if vid is not None}


def raw_bytes(session: Session, version_id: int | None) -> bytes | None:
    """The raw bytes a version was read from, when they are kept."""
    return session.exec(select(SourceVersion.raw).where(SourceVersion.id == version_id)).first()


def _raw_sizes(session: Session, version_ids: list[int]) -> dict[int, int | None]:
    rows = session.exec(
        select(SourceVersion.id, func.length(SourceVersion.raw)).where(
            col(SourceVersion.id).in_(version_ids)
        )
    ).all()
    return {int(i): (int(n) if n is not None else None) for i, n in rows if i is not None}


def require_latest(session: Session, source_id: str) -> SourceVersion:
    version = latest_version(session, source_id)
    if version is None:
        raise NotFoundError(f"source {source_id} has no stored text")
    return version


def get_version(session: Session, source_id: str, number: int) -> SourceVersion:
    """Version ``number`` of a source; a negative number counts back from the latest."""
    get_source(session, source_id)
    if number < 0:
        latest = require_latest(session, source_id)
        number = latest.version + 1 + number
    version = session.exec(
        select(SourceVersion).where(
            SourceVersion.source_id == source_id, SourceVersion.version == number
        )
    ).first()
    if version is None:
        raise NotFoundError(f"source {source_id} has no version {number}")
    return version


def page_of(version: SourceVersion, offset: int) -> int | None:
    """The 1-based page of a PDF version that holds ``offset``; None for texts without pages."""
    return page_number(version.page_starts(), offset)


@dataclass(frozen=True)
class VersionInfo:
    version: int
    read_at: str
    sha256: str
    chars: int
    pages: int | None
    content_type: str | None
    encoding: str | None
    final_url: str | None
    raw_bytes: int | None
    repairs: list[str]

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def list_versions(session: Session, source_id: str) -> list[VersionInfo]:
    """Every stored version of a source, oldest first (without their texts)."""
    get_source(session, source_id)
    rows = session.exec(
        _without_raw()
        .where(SourceVersion.source_id == source_id)
        .order_by(col(SourceVersion.version))
    ).all()
    sizes = _raw_sizes(session, [v.id for v in rows if v.id is not None])
    return [_version_info(v, sizes.get(v.id or 0)) for v in rows]


def _version_info(v: SourceVersion, raw_size: int | None) -> VersionInfo:
    pages = v.page_starts()
    return VersionInfo(
        version=v.version,
        read_at=v.read_at.isoformat(),
        sha256=v.sha256,
        chars=len(v.text),
        pages=len(pages) if pages else None,
        content_type=v.content_type,
        encoding=v.encoding,
        final_url=v.final_url,
        raw_bytes=raw_size,
        repairs=v.repair_notes(),
    )


def list_sources(session: Session) -> list[SourceInfo]:
    return _infos(session, list(session.exec(select(Source).order_by(col(Source.id))).all()))


def source_info(session: Session, source_id: str) -> SourceInfo:
    return source_infos(session, [source_id])[0]


def source_infos(session: Session, source_ids: list[str]) -> list[SourceInfo]:
    """What ``source list`` says of each source, in the order given, a few queries for all."""
    return _infos(session, [get_source(session, sid) for sid in source_ids])


# Source ids bound in one ``IN (...)``: well below SQLite's limit on parameters.
_IDS_PER_QUERY = 500


def _infos(session: Session, sources: list[Source]) -> list[SourceInfo]:
    claims: dict[str, int] = {}
    latest: dict[str, tuple[SourceVersion | None, int | None]] = {}
    ids = [s.id for s in sources]
    for at in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[at:at + _IDS_PER_QUERY]
        claims.update(
            session.exec(
                select(Claim.source_id, func.count())
                .where(col(Claim.source_id).in_(chunk))
                .group_by(col(Claim.source_id))
            ).all()
        )
        newest = (
            select(SourceVersion.source_id, func.max(SourceVersion.version).label("version"))
            .where(col(SourceVersion.source_id).in_(chunk))
            .group_by(col(SourceVersion.source_id))
            .subquery()
        )
        rows = session.exec(
            select(SourceVersion, func.length(SourceVersion.raw))
            .options(defer(SourceVersion.raw))  # type: ignore[arg-type]
            .join(
                newest,
                (col(SourceVersion.source_id) == newest.c.source_id)
                & (col(SourceVersion.version) == newest.c.version),
            )
        ).all()
        latest.update((v.source_id, (v, None if n is None else int(n))) for v, n in rows)
    none: tuple[SourceVersion | None, int | None] = (None, None)
    return [_info(s, *latest.get(s.id, none), claims=claims.get(s.id, 0)) for s in sources]


def _info(
    s: Source, latest: SourceVersion | None, raw_size: int | None, *, claims: int
) -> SourceInfo:
    v = _version_info(latest, raw_size) if latest is not None else None
    return SourceInfo(
        id=s.id,
        title=s.title,
        origin=s.origin,
        url=s.url,
        archive_url=s.archive_url,
        publisher=s.publisher,
        author=s.author,
        published=s.published,
        kind=s.kind,
        versions=latest.version if latest else 0,
        latest_version=latest.version if latest else None,
        sha256=latest.sha256 if latest else None,
        chars=len(latest.text) if latest else 0,
        pages=v.pages if v else None,
        content_type=v.content_type if v else None,
        encoding=v.encoding if v else None,
        final_url=v.final_url if v else None,
        raw_bytes=v.raw_bytes if v else None,
        repairs=v.repairs if v else [],
        claims=claims,
        last_error=s.last_error,
        read_at=latest.read_at.isoformat() if latest else None,
    )
