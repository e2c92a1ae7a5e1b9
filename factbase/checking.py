"""Checking one claim against one source's text: the analysis behind ``check``, ``add`` and
``import``, and ``check --source`` itself. Never prints.

It loads no database library: ``check_claim`` reads the source through a ``SourceReader``,
which a command that only reads opens without SQLAlchemy (see ``store.reading``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from factbase.analysis.facts import Difference, parse_reference_date
from factbase.errors import InputError
from factbase.store.reading import SourceReader

if TYPE_CHECKING:
    from factbase.analysis.verdicts import Analysis

MAX_CLAIM_CHARS = 2000
# Bumped whenever matching or fact comparison changes what a verdict would be. A citation and a
# verification result record the checker that made their verdict; ``verify`` keeps a verdict
# made by this one against the same version of the source, and checks again any other.
CHECKER_VERSION = "3"


@dataclass
class CheckResult:
    """One claim checked against one source: the object behind every status row."""

    claim: str
    source: str
    status: str
    score: float | None
    passage: str | None
    start: int | None
    end: int | None
    differences: list[Difference] = field(default_factory=list)
    claim_id: int | None = None
    version: int | None = None
    note: str | None = None
    topic: str | None = None
    aligned_start: int | None = None
    aligned_end: int | None = None

    @classmethod
    def from_analysis(
        cls, a: Analysis, *, claim: str, source: str, version: int | None, **extra: Any
    ) -> CheckResult:
        """The result of one analysis of ``claim`` against version ``version`` of ``source``.

        Its ``note`` is the one given, else the analysis's reason for a verdict other than ok.
        """
        note = extra.pop("note", None)
        return cls(
            claim=claim,
            source=source,
            status=a.status,
            score=a.score,
            passage=a.passage,
            start=a.start,
            end=a.end,
            differences=a.differences,
            version=version,
            aligned_start=a.aligned_start,
            aligned_end=a.aligned_end,
            note=note if note is not None else a.note,
            **extra,
        )

    def as_dict(self) -> dict[str, object]:
        """The documented JSON object (see README, "JSON formats")."""
        return {
            "claim_id": self.claim_id,
            "claim": self.claim,
            "source": self.source,
            "status": self.status,
            "score": self.score,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "differences": [d.as_dict() for d in self.differences],
            "version": self.version,
            "note": self.note,
        }


def clean_claim(text: str) -> str:
    claim = " ".join(text.split())
    if not claim:
        raise InputError("the claim is empty")
    if len(claim) > MAX_CLAIM_CHARS:
        raise InputError(f"the claim is longer than {MAX_CLAIM_CHARS} characters")
    return claim


class Described(Protocol):
    """What a source says of itself: a stored ``Source`` or a ``SourceRecord``."""

    @property
    def title(self) -> str | None: ...

    @property
    def publisher(self) -> str | None: ...

    @property
    def author(self) -> str | None: ...

    @property
    def url(self) -> str | None: ...


def source_metadata(source: Described) -> dict[str, str | None]:
    """What a source says of itself, against which a claim's attribution is checked."""
    return {
        "title": source.title,
        "publisher": source.publisher,
        "author": source.author,
        "url": source.url,
    }


def load_checker() -> None:
    """Load the matching and comparison modules ``check_text`` uses (they are loaded on first
    use), before worker processes are forked from this one: the workers then share them instead
    of each loading its own."""
    import factbase.analysis.matching
    import factbase.analysis.verdicts  # noqa: F401


def check_text(
    claim: str,
    *,
    source_id: str,
    text: str,
    published: str | None,
    version: int,
    quote: str | None = None,
    metadata: Mapping[str, str | None] | None = None,
) -> CheckResult:
    """Check a claim against a source text. Pure: the same for ``check``, ``add``, ``import``.

    ``metadata`` (title, publisher, author, url) is what the source says of itself: a claim's
    attribution ("according to the Herald") is checked against it.
    """
    # Matching and comparison are loaded here, not with the results they make: a command that
    # only reads stored results (``verify`` with nothing changed, ``list``) never needs them.
    from factbase.analysis.matching import pin, prepare
    from factbase.analysis.verdicts import analyse

    prepared = prepare(text)
    if quote is not None:
        if not quote.strip():
            raise InputError("the quote is empty")
        if pin(quote, prepared) is None:
            raise InputError(f"quote not found in source {source_id}: {quote[:80]!r}")
    a = analyse(
        claim,
        prepared,
        reference=parse_reference_date(published),
        quote=quote,
        metadata=metadata,
    )
    return CheckResult.from_analysis(a, claim=claim, source=source_id, version=version)


class Cited(Described, Protocol):
    """A source as a check reads it: its id and publication date besides its description."""

    @property
    def id(self) -> str: ...

    @property
    def published(self) -> str | None: ...


class VersionText(Protocol):
    """A version of a source's text: its number and the text itself."""

    @property
    def version(self) -> int: ...

    @property
    def text(self) -> str: ...


def check_version(
    claim: str, source: Cited, version: VersionText, quote: str | None = None
) -> CheckResult:
    """``claim`` (cleaned) checked against one version of ``source``; stores nothing."""
    return check_text(
        claim,
        source_id=source.id,
        text=version.text,
        published=source.published,
        version=version.version,
        quote=quote,
        metadata=source_metadata(source),
    )


def check_claim(
    reader: SourceReader, *, text: str, source_id: str, quote: str | None = None
) -> CheckResult:
    """Locate ``text`` in the latest version of the source and compare facts; stores nothing."""
    claim = clean_claim(text)
    return check_version(
        claim, reader.source(source_id), reader.latest_text(source_id), quote
    )
