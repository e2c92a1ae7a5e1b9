"""``factbase import``: claims from a CSV or JSON Lines file, checked on all cores, stored at once.

A malformed file is refused as a whole; nothing is stored unless every row can be.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from factbase.checking import (
    MAX_CLAIM_CHARS,
    CheckResult,
    check_text,
    load_checker,
    source_metadata,
)
from factbase.claims import citation_fields, store_many
from factbase.errors import InputError, NotFoundError
from factbase.parallel import map_groups
from factbase.sources.versions import latest_version_ids, latest_versions_of, read_text_file
from factbase.store.models import Citation, Claim, Source, SourceVersion


@dataclass(frozen=True)
class ImportRow:
    line: int
    claim: str
    source: str
    quote: str | None
    topic: str | None


def parse_import(path: Path, text: str | None = None) -> list[ImportRow]:
    """Rows of a CSV (header ``claim,source[,quote,topic]``) or JSON Lines file; ``text`` is
    its content when already read (standard input), ``path`` then only names it.

    A malformed file is refused as a whole: the error names every bad line.
    """
    text = read_text_file(path) if text is None else text
    is_jsonl = path.suffix.lower() in (".jsonl", ".ndjson", ".json") or text.lstrip().startswith(
        "{"
    )
    rows: list[ImportRow] = []
    problems: list[str] = []
    if is_jsonl:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {n}: not JSON ({exc.msg})")
                continue
            except RecursionError:
                problems.append(f"line {n}: JSON nested too deeply")
                continue
            if not isinstance(obj, dict):
                problems.append(f"line {n}: expected an object")
                continue
            _row(n, obj, rows, problems)
    else:
        reader = csv.DictReader(io.StringIO(text))
        fields = [f.strip().lower() for f in reader.fieldnames or []]
        if "claim" not in fields or "source" not in fields:
            raise InputError(f"{path}: the CSV header must name 'claim' and 'source' columns")
        reader.fieldnames = fields
        try:
            for rec in reader:
                if None in rec:
                    problems.append(f"line {reader.line_num}: too many fields")
                    continue
                _row(reader.line_num, rec, rows, problems)
        except csv.Error as exc:
            problems.append(f"line {reader.line_num}: {exc}")
    if problems:
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InputError(f"{path}: malformed, nothing imported: {shown}{more}")
    if not rows:
        raise InputError(f"{path}: no rows to import")
    return rows


def _row(n: int, rec: dict[str, object], rows: list[ImportRow], problems: list[str]) -> None:
    def get(key: str) -> str | None:
        v = rec.get(key)
        if v is None:
            return None
        if not isinstance(v, str):
            problems.append(f"line {n}: '{key}' must be text")
            return None
        try:
            v.encode("utf-8")
        except UnicodeEncodeError as exc:
            problems.append(f"line {n}: '{key}' holds a lone surrogate at character {exc.start}")
            return None
        return v.strip() or None

    before = len(problems)
    claim, source, quote, topic = get("claim"), get("source"), get("quote"), get("topic")
    if len(problems) > before:
        return
    if not claim:
        problems.append(f"line {n}: empty claim")
        return
    if len(" ".join(claim.split())) > MAX_CLAIM_CHARS:
        problems.append(f"line {n}: the claim is longer than {MAX_CLAIM_CHARS} characters")
        return
    if not source:
        problems.append(f"line {n}: missing source")
        return
    rows.append(ImportRow(n, " ".join(claim.split()), source, quote, topic))


@dataclass(frozen=True)
class ImportPlan:
    """An import file read and its sources looked up: what checking needs, and what storing
    re-checks (the versions the rows were checked against). ``rows`` are the rows to check;
    ``skipped`` maps the line of each row whose claim is already stored (same text, same
    source) to that claim's id; with ``replace`` they are in ``rows`` and ``existing`` says
    which claim each re-checks."""

    path: Path
    rows: list[ImportRow]
    versions: dict[str, SourceVersion]
    groups: list[tuple[tuple[str, str, str | None, int, dict[str, str | None]], list[Item]]]
    skipped: dict[int, int] = field(default_factory=dict)
    existing: dict[int, int] = field(default_factory=dict)


Item = tuple[int, str, str | None]


def stored_claims(session: Session, sources: set[str]) -> dict[tuple[str, str], int]:
    """(claim text, source) → claim id of the claims stored for ``sources``."""
    rows = session.exec(
        select(Claim.text, Claim.source_id, Claim.id).where(col(Claim.source_id).in_(sources))
    ).all()
    return {(t, s): i for t, s, i in rows if i is not None}


def _split_duplicates(
    rows: list[ImportRow], stored: dict[tuple[str, str], int], replace: bool
) -> tuple[list[ImportRow], dict[int, int], dict[int, int]]:
    """The rows to check; the rows skipped (line → the stored claim, or 0 for a repeat of an
    earlier row of the file, quote included); the rows that re-check a stored claim (line →
    its id)."""
    keep: list[ImportRow] = []
    skipped: dict[int, int] = {}
    existing: dict[int, int] = {}
    seen: set[tuple[str, str, str | None]] = set()
    for r in rows:
        key = (r.claim, r.source)
        if (*key, r.quote) in seen:
            skipped[r.line] = 0
            continue
        seen.add((*key, r.quote))
        if key in stored and not replace:
            skipped[r.line] = stored[key]
            continue
        if key in stored:
            existing[r.line] = stored[key]
        keep.append(r)
    return keep, skipped, existing


def plan_import(
    session: Session, *, path: Path, text: str | None = None, replace: bool = False
) -> ImportPlan:
    """Read the file and the latest version of every source it names (reads only).

    A row whose claim is already stored for its source (or repeats an earlier row) is skipped;
    with ``replace``, a stored claim is checked again and its citation replaced."""
    rows = parse_import(path, text)
    named = {r.source for r in rows}
    known = set(session.exec(select(Source.id).where(col(Source.id).in_(named))).all())
    unknown = sorted(named - known)
    if unknown:
        lines = [str(r.line) for r in rows if r.source in unknown][:5]
        raise InputError(
            f"{path}: unknown source {', '.join(unknown)} (line {', '.join(lines)}); "
            "nothing imported"
        )
    rows, skipped, existing = _split_duplicates(rows, stored_claims(session, named), replace)
    named = {r.source for r in rows}
    sources = {s.id: s for s in session.exec(select(Source).where(col(Source.id).in_(named)))}
    versions = latest_versions_of(session, named)
    bare = sorted(named - versions.keys())
    if bare:
        raise NotFoundError(f"source {bare[0]} has no stored text")
    by_source: dict[str, list[ImportRow]] = {}
    for r in rows:
        by_source.setdefault(r.source, []).append(r)
    groups = []
    for sid, members in by_source.items():
        source, version = sources[sid], versions[sid]
        shared = (sid, version.text, source.published, version.version, source_metadata(source))
        groups.append((shared, [(r.line, r.claim, r.quote) for r in members]))
    return ImportPlan(path, rows, versions, groups, skipped, existing)


def check_import(
    plan: ImportPlan,
    *,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> list[CheckResult]:
    """Check every row on every core (grouped by source); needs no database."""
    if plan.groups:
        load_checker()  # once here, before any worker is forked
    checked = map_groups(_check_rows, plan.groups, workers=workers, progress=progress)
    results_by_line: dict[int, CheckResult] = {}
    for (_shared, items), outcomes in zip(plan.groups, checked, strict=True):
        for (line, _claim, _quote), outcome in zip(items, outcomes, strict=True):
            if isinstance(outcome, str):
                raise InputError(f"{plan.path}: line {line}: {outcome}; nothing imported")
            results_by_line[line] = outcome
    return [results_by_line[r.line] for r in plan.rows]


def store_import(session: Session, plan: ImportPlan, results: list[CheckResult]) -> None:
    """Store the checked rows in bulk, if no source changed since they were checked."""
    current = latest_version_ids(session, plan.versions)
    for sid, version in plan.versions.items():
        if sid not in current:
            raise NotFoundError(f"source {sid} has no stored text")
        if current[sid] != version.id:
            raise InputError(
                f"{plan.path}: source {sid} changed while the rows were checked; nothing "
                "imported, run the import again"
            )
    # Another import may have stored some of these claims since they were planned.
    stored = stored_claims(session, set(plan.versions))
    new = []
    for res, r in zip(results, plan.rows, strict=True):
        if r.line in plan.existing:
            _recite(session, plan.existing[r.line], res, plan.versions[r.source], r.topic)
            res.claim_id = plan.existing[r.line]
        elif (r.claim, r.source) in stored:
            res.claim_id = stored[(r.claim, r.source)]
        else:
            new.append((res, plan.versions[r.source], r.topic))
    store_many(session, new)


def _recite(
    session: Session, claim_id: int, res: CheckResult, version: SourceVersion, topic: str | None
) -> None:
    """Cite a stored claim anew: its citation replaced by this check's (``import --replace``);
    its id and verification history stay."""
    claim = session.get(Claim, claim_id)
    citation = session.exec(select(Citation).where(Citation.claim_id == claim_id)).first()
    if claim is None or citation is None:
        raise InputError(f"claim {claim_id} was removed while the rows were checked; run again")
    for column, value in citation_fields(res, version).items():
        setattr(citation, column, value)
    if topic is not None:
        claim.topic = topic.strip() or None
    session.add_all([claim, citation])


def import_claims(
    session: Session,
    *,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> list[CheckResult]:
    """Store every row of an import file as ``add --force`` would, after checking them all.

    One transaction, so a bad row found half-way stores nothing. The command line runs the
    three steps in three transactions, so that the checking holds no lock on the database.
    """
    plan = plan_import(session, path=path)
    results = check_import(plan, progress=progress, workers=workers)
    store_import(session, plan, results)
    return results


def _check_rows(
    shared: tuple[str, str, str | None, int, dict[str, str | None]],
    items: Sequence[tuple[int, str, str | None]],
) -> list[CheckResult | str]:
    """Check import rows against one source (in a worker process); an error as its message."""
    source_id, text, published, version, metadata = shared
    out: list[CheckResult | str] = []
    for _line, claim, quote in items:
        try:
            out.append(
                check_text(
                    claim,
                    source_id=source_id,
                    text=text,
                    published=published,
                    version=version,
                    quote=quote,
                    metadata=metadata,
                )
            )
        except InputError as exc:
            out.append(str(exc))
    return out
