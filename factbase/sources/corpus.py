"""The bundled corpus and corpus folders: a sources.json beside the texts it describes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from factbase.errors import InputError
from factbase.sources.versions import add_source, slug
from factbase.store.models import Source


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


def add_corpus(session: Session, folder: Path, *, key: bytes | None = None) -> list[Source]:
    """Store every source a corpus folder's metadata lists (sealed with ``key``, if given)."""
    return [
        add_source(
            session,
            path=e.path,
            source_id=e.id,
            title=e.title,
            author=e.author,
            publisher=e.publisher,
            published=e.published,
            key=key,
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
