"""The closed vocabularies of results: what ``verify``, ``source refresh`` and ``source diff`` say.

Each member is a ``str`` equal to its value, so it prints, compares and serialises to JSON as
the plain word the README documents.
"""

from __future__ import annotations

import sys
from enum import Enum

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:  # pragma: no cover - Python 3.10

    class StrEnum(str, Enum):
        """``enum.StrEnum`` of Python 3.11: members are their values as text."""

        def __str__(self) -> str:
            return str(self.value)

        def __format__(self, spec: str) -> str:
            return str(self.value).__format__(spec)


class ClaimStatus(StrEnum):
    """A claim checked against its source (``add``, ``check``, ``import``, ``verify``, ``list``)."""

    OK = "ok"
    DRIFT = "drift"
    CONTRADICTED = "contradicted"
    MISSING = "missing"
    SOURCE_UNAVAILABLE = "source_unavailable"


# The statuses that make ``verify`` exit 1 (``drift`` too with ``--strict``).
FAILING = frozenset({ClaimStatus.CONTRADICTED, ClaimStatus.MISSING, ClaimStatus.SOURCE_UNAVAILABLE})

# The statuses that need someone's attention: what ``verify``, ``list`` and ``import`` list for
# people unless ``--all`` (every other claim is ``ok``).
ATTENTION = FAILING | {ClaimStatus.DRIFT}


class RefreshStatus(StrEnum):
    """A source after ``source refresh``."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    UNAVAILABLE = "unavailable"


class PassageStatus(StrEnum):
    """A cited passage between two versions of its source (``source diff``)."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    REMOVED = "removed"  # every word of it deleted
    ADDED = "added"  # only in the newer version
    NOT_FOUND = "not_found"  # in neither version as cited


class ReviewStatus(StrEnum):
    """A claim of a draft against the whole library (``review``, ``check`` without a source)."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNSUPPORTED = "unsupported"
