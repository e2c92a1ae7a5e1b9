"""Sources and their versions: read, store, refresh. Never prints."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from factbase.errors import DuplicateError, InputError, NotFoundError
from factbase.facts import parse_reference_date
from factbase.models import Source, SourceVersion, utcnow

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text_file(path: Path) -> str:
    """The text of a plain-text or Markdown file, or an InputError saying why not."""
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"is a directory, not a file: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"binary file, not text: {path}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text: {path} (byte {exc.start}); convert it to UTF-8 first"
        ) from exc
    if not text.strip():
        raise InputError(f"empty file: {path}")
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
class SourceInfo:
    id: str
    title: str
    origin: str
    url: str | None
    publisher: str | None
    author: str | None
    published: str | None
    kind: str
    versions: int
    latest_version: int | None
    sha256: str | None
    chars: int
    claims: int
    last_error: str | None
    read_at: str | None

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def add_source(
    session: Session,
    *,
    path: Path,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    published: str | None = None,
) -> Source:
    """Read ``path`` and store it as a new source with its first version."""
    text = read_text_file(path)
    sid = source_id or slug(path.stem)
    if not _ID_RE.match(sid):
        raise InputError(
            f"invalid source id {sid!r}: use letters, digits, '.', '_' or '-' (at most 64)"
        )
    if session.get(Source, sid) is not None:
        raise DuplicateError(f"source id already exists: {sid}")
    source = Source(
        id=sid,
        title=title or _first_line(text) or path.name,
        origin=str(path.resolve()),
        url=url,
        publisher=publisher,
        author=author,
        published=validate_published(published),
        kind="markdown" if path.suffix.lower() in (".md", ".markdown") else "text",
        last_read_at=utcnow(),
    )
    session.add(source)
    session.add(SourceVersion(source_id=sid, version=1, text=text, sha256=sha256_text(text)))
    session.flush()
    return source


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def get_source(session: Session, source_id: str) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(f"unknown source: {source_id}")
    return source


def latest_version(session: Session, source_id: str) -> SourceVersion | None:
    return session.exec(
        select(SourceVersion)
        .where(SourceVersion.source_id == source_id)
        .order_by(col(SourceVersion.version).desc())
        .limit(1)
    ).first()


def require_latest(session: Session, source_id: str) -> SourceVersion:
    version = latest_version(session, source_id)
    if version is None:
        raise NotFoundError(f"source {source_id} has no stored text")
    return version


def list_sources(session: Session) -> list[SourceInfo]:
    from factbase.models import Claim

    sources = session.exec(select(Source).order_by(col(Source.id))).all()
    counts = dict(
        session.exec(
            select(Claim.source_id, func.count()).group_by(col(Claim.source_id))
        ).all()
    )
    return [_info(session, s, int(counts.get(s.id, 0))) for s in sources]


def source_info(session: Session, source_id: str) -> SourceInfo:
    from factbase.models import Claim

    source = get_source(session, source_id)
    n = session.exec(
        select(func.count()).select_from(Claim).where(Claim.source_id == source_id)
    ).one()
    return _info(session, source, int(n))


def _info(session: Session, s: Source, claims: int) -> SourceInfo:
    latest = latest_version(session, s.id)
    return SourceInfo(
        id=s.id,
        title=s.title,
        origin=s.origin,
        url=s.url,
        publisher=s.publisher,
        author=s.author,
        published=s.published,
        kind=s.kind,
        versions=latest.version if latest else 0,
        latest_version=latest.version if latest else None,
        sha256=latest.sha256 if latest else None,
        chars=len(latest.text) if latest else 0,
        claims=claims,
        last_error=s.last_error,
        read_at=latest.read_at.isoformat() if latest else None,
    )


@dataclass(frozen=True)
class RefreshResult:
    source_id: str
    status: str  # "unchanged" | "changed" | "unavailable"
    version: int | None
    detail: str | None = None

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def refresh_sources(
    session: Session, *, source_ids: list[str] | None = None
) -> list[RefreshResult]:
    """Re-read sources from where they came from; a changed text becomes a new version."""
    if source_ids:
        sources = [get_source(session, sid) for sid in source_ids]
    else:
        sources = list(session.exec(select(Source).order_by(col(Source.id))).all())
    results = []
    for source in sources:
        latest = latest_version(session, source.id)
        try:
            text = read_text_file(Path(source.origin))
        except InputError as exc:
            source.last_error = str(exc)
            session.add(source)
            results.append(
                RefreshResult(source.id, "unavailable", latest.version if latest else None,
                              str(exc))
            )
            continue
        source.last_error = None
        source.last_read_at = utcnow()
        session.add(source)
        digest = sha256_text(text)
        if latest is not None and latest.sha256 == digest:
            results.append(RefreshResult(source.id, "unchanged", latest.version))
            continue
        number = (latest.version if latest else 0) + 1
        session.add(SourceVersion(source_id=source.id, version=number, text=text, sha256=digest))
        results.append(RefreshResult(source.id, "changed", number))
    session.flush()
    return results


@dataclass(frozen=True)
class CorpusEntry:
    id: str
    path: Path
    title: str | None
    author: str | None
    publisher: str | None
    published: str | None


def read_corpus_metadata(folder: Path) -> list[CorpusEntry]:
    """The entries of a corpus folder's ``sources.json`` (id, file, title, dates)."""
    meta = folder / "sources.json"
    if not meta.is_file():
        raise InputError(f"no sources.json in {folder}")
    try:
        rows = json.loads(meta.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{meta}: not valid JSON ({exc})") from exc
    if not isinstance(rows, list):
        raise InputError(f"{meta}: expected a JSON array of sources")
    out = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or "file" not in row:
            raise InputError(f"{meta}: entry {i} has no 'file'")
        out.append(
            CorpusEntry(
                id=str(row.get("id") or slug(Path(row["file"]).stem)),
                path=folder / row["file"],
                title=row.get("title"),
                author=row.get("author") or row.get("byline"),
                publisher=row.get("publisher"),
                published=row.get("published"),
            )
        )
    return out


def add_corpus(session: Session, folder: Path) -> list[Source]:
    """Store every source a corpus folder's metadata lists."""
    return [
        add_source(
            session,
            path=e.path,
            source_id=e.id,
            title=e.title,
            author=e.author,
            publisher=e.publisher,
            published=e.published,
        )
        for e in read_corpus_metadata(folder)
    ]


def bundled_corpus() -> Path:
    """The folder of the bundled Rotherham corpus (source checkout or installed wheel)."""
    import factbase

    here = Path(factbase.__file__).parent
    for candidate in (here / "_data" / "rotherham", here.parent / "data" / "rotherham"):
        if (candidate / "sources.json").is_file():
            return candidate
    raise InputError("the bundled corpus is not installed (data/rotherham)")
