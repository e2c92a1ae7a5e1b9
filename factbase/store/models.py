"""SQLModel tables: a ``*Base`` with the shared fields, and the table class built on it.

Alembic owns the schema (migrations/versions); these classes describe it to the ORM and to
autogenerate, and a test pins that the two agree.

Every timestamp is a timezone-aware UTC ``datetime`` in Python. SQLite has no time zone type, so
``UTCDateTime`` stores UTC without an offset and hands it back aware.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timestamp that is always UTC and always timezone-aware in Python.

    Naive datetimes are refused rather than guessed at.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: use an aware datetime, e.g. utcnow()")
        value = value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


# --- sources -----------------------------------------------------------------------------------


class SourceBase(SQLModel):
    """What a source is. ``origin`` is where it is read from on refresh: a file path or a URL;
    ``url`` where it was published; ``archive_url`` a copy in a web archive; ``kind`` one of
    ``text``, ``markdown``, ``html``, ``pdf``."""

    title: str
    origin: str
    url: str | None = None
    archive_url: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    kind: str = "text"


class Source(SourceBase, table=True):
    __tablename__ = "sources"

    id: str = Field(primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_error: str | None = None
    last_read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # HMAC of id and origin under this machine's key: set when the source is added here, or
    # refreshed with --allow-local (see factbase/sources/trust.py).
    origin_seal: str | None = None


class SourceVersionBase(SQLModel):
    """One read of a source. ``read_at`` is when it was read or fetched; ``content_type`` and
    ``encoding`` what it was read as; ``final_url`` where a fetch ended after redirects;
    ``pages`` a JSON array of the offset at which each page starts in ``text`` (PDF);
    ``repairs`` a JSON array of what was repaired on the way to ``text``."""

    version: int
    sha256: str
    read_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    content_type: str | None = None
    encoding: str | None = None
    final_url: str | None = None
    pages: str | None = Field(default=None, sa_type=sa.Text)
    repairs: str | None = Field(default=None, sa_type=sa.Text)


class SourceVersion(SourceVersionBase, table=True):
    """``text`` is what citations index into; ``raw`` the bytes it was read from, kept when
    they are not simply ``text`` in UTF-8 (a web page, a PDF, a legacy encoding)."""

    __tablename__ = "source_versions"
    __table_args__ = (sa.UniqueConstraint("source_id", "version"), {"sqlite_autoincrement": True})

    id: int | None = Field(default=None, primary_key=True)
    source_id: str = Field(foreign_key="sources.id", ondelete="CASCADE", index=True)
    # Indexed: ``source add`` looks for the same text stored before by its hash.
    sha256: str = Field(index=True)
    text: str = Field(sa_type=sa.Text)
    raw: bytes | None = Field(default=None, sa_type=sa.LargeBinary)

    def page_starts(self) -> list[int]:
        """The offset in ``text`` at which each page starts; empty for a text without pages."""
        return [int(p) for p in json.loads(self.pages)] if self.pages else []

    def repair_notes(self) -> list[str]:
        return [str(r) for r in json.loads(self.repairs)] if self.repairs else []


# --- claims and citations ----------------------------------------------------------------------


class ClaimBase(SQLModel):
    text: str
    topic: str | None = Field(default=None, index=True)


class Claim(ClaimBase, table=True):
    __tablename__ = "claims"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    source_id: str = Field(foreign_key="sources.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CitationBase(SQLModel):
    """Where a claim was found: offsets into the original text plus the quote and its context.

    ``cited_status``, ``cited_score``, ``cited_differences`` and ``cited_note`` are the verdict
    when the claim was cited (by the checker ``cited_checker``), never updated: the last status
    is the claim's newest ``verification_results`` row (the ``claims_current`` view shows it)."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    cited_score: float
    cited_status: str
    cited_differences: str = Field(default="[]", sa_column_kwargs={"server_default": "[]"})
    cited_note: str | None = None
    cited_checker: str | None = None


class Citation(CitationBase, table=True):
    __tablename__ = "citations"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id", ondelete="CASCADE", unique=True)
    source_version_id: int = Field(foreign_key="source_versions.id", ondelete="CASCADE", index=True)


# --- verification ------------------------------------------------------------------------------


class VerificationRunBase(SQLModel):
    checker_version: str
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    claim_count: int = Field(default=0, sa_column_kwargs={"server_default": sa.text("0")})
    # How many of the claims it checked ended in each status (JSON object); None for runs made
    # before results were recorded only when they changed, whose rows count every claim.
    statuses: str | None = None


class VerificationRun(VerificationRunBase, table=True):
    __tablename__ = "verification_runs"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)


class VerificationResultBase(SQLModel):
    status: str
    claim_sha256: str
    score: float | None = None
    start: int | None = None
    end: int | None = None
    passage: str | None = None
    differences: str = Field(default="[]", sa_column_kwargs={"server_default": "[]"})
    note: str | None = None
    checked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class VerificationResult(VerificationResultBase, table=True):
    __tablename__ = "verification_results"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="verification_runs.id", ondelete="CASCADE", index=True)
    claim_id: int = Field(foreign_key="claims.id", ondelete="CASCADE", index=True)
    source_version_id: int | None = Field(
        default=None, foreign_key="source_versions.id", ondelete="SET NULL", index=True
    )


# --- reviews -----------------------------------------------------------------------------------


class ReviewRunBase(SQLModel):
    draft: str = Field(index=True)  # the draft's file name
    draft_sha256: str
    text: str  # the draft as written
    verdicts: str = Field(default="[]", sa_column_kwargs={"server_default": "[]"})  # JSON
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReviewRun(ReviewRunBase, table=True):
    __tablename__ = "review_runs"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)


# --- caches ------------------------------------------------------------------------------------
# What analysis found, kept so that it is not found again: never the only copy of anything, and
# safe to delete (the next command that needs a row computes and stores it again).


class StatementCacheBase(SQLModel):
    """The units (sentences with their facts) ``source_units`` found in one source version, for
    one ``unit_set`` (which sentences: ``statements``, ``compared``, ``prose``).

    ``analysis_version`` is ``ANALYSIS_VERSION`` of ``analysis.statements`` when they were found,
    ``reference`` the publication date dates were read against: a row whose either differs from
    today's is found again. ``data`` is ``analysis.unitcodec``'s compressed form.

    A row of ``unit_set`` ``sketch`` keeps the version's syndication sketch instead (``library``),
    under the digest of the code that made it, with no ``reference``."""

    analysis_version: int
    reference: str
    data: bytes = Field(sa_type=sa.LargeBinary)


class StatementCache(StatementCacheBase, table=True):
    __tablename__ = "statement_cache"

    source_version_id: int = Field(
        foreign_key="source_versions.id", ondelete="CASCADE", primary_key=True
    )
    unit_set: str = Field(primary_key=True)


class ReportCacheBase(SQLModel):
    """The last report of a kind (``conflicts``), with the fingerprint of everything it was made
    from: the same fingerprint today means the same report."""

    fingerprint: str
    data: bytes = Field(sa_type=sa.LargeBinary)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReportCache(ReportCacheBase, table=True):
    __tablename__ = "report_cache"

    name: str = Field(primary_key=True)
