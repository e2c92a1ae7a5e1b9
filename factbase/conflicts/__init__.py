"""Where sources disagree on a fact, and where they agree. Never prints.

Every claim is compared with the sentences of every source: an inverted index of word stems
(with the facts masked out) proposes candidates (``comparison``), a weighted similarity of the
words keeps the passages that state the same thing and pairs their facts by kind and role, the
words around them (``pairing``). Linked facts form groups (``assembly``): same value in any
notation, agreement; different values, disagreement. Syndicated copies count once
(``syndication``).
"""

from factbase.conflicts.comparison import ClaimRow, build_report, compare_claims
from factbase.conflicts.model import (
    Conflict,
    ConflictReport,
    Corroboration,
    Statement,
    ValueGroup,
    compatible,
    display,
    value_key,
)
from factbase.conflicts.pairing import CANDIDATES, same_statement_pairs
from factbase.conflicts.syndication import syndicated_groups

__all__ = [
    "CANDIDATES",
    "ClaimRow",
    "Conflict",
    "ConflictReport",
    "Corroboration",
    "Statement",
    "ValueGroup",
    "build_report",
    "compare_claims",
    "compatible",
    "display",
    "same_statement_pairs",
    "syndicated_groups",
    "value_key",
]
