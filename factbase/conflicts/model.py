"""What a conflicts report holds: statements, the values they give, conflicts, corroborations."""

from __future__ import annotations

from dataclasses import dataclass, field

from factbase.analysis.facts import COMPARATOR_WORDS, Fact, format_value


@dataclass
class Statement:
    source: str
    passage: str
    start: int
    end: int
    claim_id: int | None
    paragraph: int
    fact_start: int  # offsets of the fact in the source text (-1 for a claim's own text)
    fact_end: int
    fact_text: str

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "claim_id": self.claim_id,
        }


@dataclass
class ValueGroup:
    value: str
    statements: list[Statement] = field(default_factory=list)
    # A less precise value that fits every other ("2013" beside September and October 2013).
    fits_all: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"value": self.value, "statements": [s.as_dict() for s in self.statements]}


@dataclass
class Conflict:
    id: str
    kind: str
    summary: str
    values: list[ValueGroup]
    topic: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "summary": self.summary,
            "values": [v.as_dict() for v in self.values],
        }

    def verdict(self) -> str:
        parts: list[str] = []
        vague: list[str] = []
        for v in self.values:
            where = ", ".join(sorted({f"{s.source} ¶{s.paragraph}" for s in v.statements}))
            (vague if v.fits_all else parts).append(f"{v.value}: {where}")
        sources = {s.source for v in self.values for s in v.statements if not v.fits_all}
        who = "one source contradicts itself" if len(sources) == 1 else "sources disagree"
        line = f"{who} on the {self.kind} · " + " · ".join(parts)
        if vague:
            line += " (fits either: " + "; ".join(vague) + ")"
        return line


@dataclass
class Corroboration:
    summary: str
    value: str
    kind: str
    sources: list[str]
    independent_sources: int
    merged: list[list[str]]
    statements: list[Statement]

    def as_dict(self) -> dict[str, object]:
        return {
            "summary": self.summary,
            "value": self.value,
            "sources": self.sources,
            "independent_sources": self.independent_sources,
            "merged": self.merged,
        }


@dataclass
class ConflictReport:
    conflicts: list[Conflict]
    corroborations: list[Corroboration]
    claims: int
    sources: int
    syndicated: list[list[str]]

    def as_dict(self) -> dict[str, object]:
        return {
            "conflicts": [c.as_dict() for c in self.conflicts],
            "corroborations": [c.as_dict() for c in self.corroborations],
        }


def value_key(f: Fact) -> tuple[object, ...]:
    return (f.kind, f.value)


def compatible(a: Fact, b: Fact) -> bool:
    """Could both facts be true of the same thing? Notation never matters, precision may."""
    if a.kind == "date" and b.kind == "date":
        av, bv = a.value, b.value
        if isinstance(av, str) or isinstance(bv, str):
            return av == bv
        assert isinstance(av, tuple) and isinstance(bv, tuple)
        return all(x is None or y is None or x == y for x, y in zip(av, bv, strict=True))
    if a.kind != b.kind:
        return False
    if a.value != b.value:
        return False
    lower, upper = {">=", ">"}, {"<=", "<"}
    ca, cb = a.comparator, b.comparator
    return not (ca in lower and cb in upper or ca in upper and cb in lower)


def display(f: Fact) -> str:
    base = format_value(f.kind, f.value)
    return f"{COMPARATOR_WORDS[f.comparator]} {base}" if f.comparator else base
