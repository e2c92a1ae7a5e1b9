"""Comparing the facts of a claim with those of its passage: the differences that matter."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from factbase.analysis.facts.comparators import COMPARATOR_WORDS, comparators_agree
from factbase.analysis.facts.dates import date_covers, date_distance
from factbase.analysis.facts.model import Difference, Fact, FactSet, format_value
from factbase.analysis.facts.names import (
    acronym_in,
    name_words,
    nearest_name,
    part_of_present_name,
    spelled_out_acronym,
)
from factbase.analysis.facts.negation import in_scope, same_scope


def same_value(c: Fact, p: Fact) -> bool:
    if c.kind == "number":
        if p.kind == "range":
            assert isinstance(p.value, tuple)
            lo, hi = p.value
            return isinstance(lo, Fraction) and c.value in (lo, hi)
        # "40%" and "40 of the victims" are different facts.
        return p.kind == "number" and c.value == p.value and (c.unit == "%") == (p.unit == "%")
    if c.kind == "date":
        if p.kind == "date":
            return date_covers(p.value, c.value)
        if p.kind == "range":
            assert isinstance(p.value, tuple)
            lo, hi = p.value
            return isinstance(lo, tuple) and (
                date_covers(lo, c.value) or date_covers(hi, c.value)
            )
        return False
    if c.kind == "range":
        if p.kind != "range":
            return False
        assert isinstance(c.value, tuple) and isinstance(p.value, tuple)
        clo, chi = c.value
        plo, phi = p.value
        if isinstance(clo, tuple) and isinstance(plo, tuple):
            return date_covers(plo, clo) and date_covers(phi, chi)
        return bool(clo == plo and chi == phi)
    return False


def shared_facts(claim_values: Sequence[Fact], passage: FactSet) -> int:
    """How many of the claim's number, date and range facts the passage states too."""
    pool = passage.of("number", "date", "range")
    return sum(1 for c in claim_values if any(same_value(c, p) for p in pool))


def counterpart(c: Fact, candidates: Sequence[Fact]) -> Fact | None:
    kinds = {"number": ("number",), "date": ("date", "range"), "range": ("range", "date")}
    pool = [p for p in candidates if p.kind in kinds.get(c.kind, ())]
    if not pool:
        return None

    def rank(p: Fact) -> tuple[int, int, float]:
        same_kind = 0 if p.kind == c.kind else 1
        same_unit = 0 if (c.unit and p.unit == c.unit) else 1
        if c.kind == "number" and p.kind == "number":
            assert isinstance(c.value, Fraction) and isinstance(p.value, Fraction)
            dist = abs(float(c.value) - float(p.value)) / (abs(float(c.value)) + 1)
        elif c.kind == "date" and p.kind == "date":
            dist = date_distance(c.value, p.value)
        else:
            dist = 0.0
        return (same_unit if c.kind == "number" else same_kind, same_kind, dist)

    return min(pool, key=rank)


def compare(
    claim: FactSet,
    passage: FactSet,
    *,
    aligned: FactSet | None = None,
    passage_text: str = "",
    claim_text: str = "",
    context_text: str = "",
) -> list[Difference]:
    """The differences between what a claim states and what its passage states.

    ``aligned`` holds the facts of the part of the passage that lines up with the claim; it
    decides negation (a "not" elsewhere in a long passage is about something else). Names are
    checked against ``passage_text`` as well, so "Rotherham Council" in the claim agrees with
    "Rotherham council" in the passage, and against ``context_text`` (the text just before
    the passage), where the person a passage calls "he" is named.
    """
    diffs: list[Difference] = []
    value_kinds = ("number", "date", "range")
    p_values = passage.of(*value_kinds)
    used: set[int] = set()

    unmatched: list[Fact] = []
    for c in claim.of(*value_kinds):
        hit = next(
            (i for i, p in enumerate(p_values) if i not in used and same_value(c, p)), None
        )
        if hit is None:
            hit = next((i for i, p in enumerate(p_values) if same_value(c, p)), None)
        if hit is None:
            unmatched.append(c)
            continue
        used.add(hit)
        p = p_values[hit]
        if not comparators_agree(c.comparator, p.comparator):
            diffs.append(
                Difference(
                    "comparator",
                    COMPARATOR_WORDS[c.comparator or "~"] + " " + format_value(c.kind, c.value),
                    COMPARATOR_WORDS[p.comparator or "~"] + " " + format_value(p.kind, p.value),
                )
            )
    leftovers = [p for i, p in enumerate(p_values) if i not in used]
    for c in unmatched:
        other = counterpart(c, leftovers)
        if other is not None:
            leftovers.remove(other)
        kind = c.kind if c.kind != "range" else "range"
        diffs.append(
            Difference(kind, c.display(), other.display() if other is not None else None)
        )

    # Negation: does the claim deny what the passage asserts, or the other way round? Only a
    # negator whose scope (the words it negates) the other side also speaks of counts: "who did
    # not receive the level of service" says nothing about a claim on an apology.
    region = aligned if aligned is not None else passage
    c_neg = [f for f in claim.of("negation") if in_scope(f, passage_text, passage)]
    p_neg = [f for f in passage.of("negation") if in_scope(f, claim_text, claim)]
    # Each relevant negator must have a partner on the other side negating the same thing:
    # "these reports were not ignored" against "these reports were ignored and no action was
    # taken" is two unmatched negations, not two that cancel out.
    lone_c = [f for f in c_neg if not any(same_scope(f, g) for g in p_neg)]
    lone_p = [f for f in p_neg if not any(same_scope(f, g) for g in c_neg)]
    if lone_c or lone_p:
        diffs.append(
            Difference(
                "negation",
                lone_c[0].text.lower() if lone_c else None,
                lone_p[0].text.lower() if lone_p else None,
            )
        )

    # Names: each name in the claim must stand in the passage.
    passage_words = name_words(passage_text + " " + context_text) if passage_text else {
        f.value for f in passage.of("name")
    }
    claim_names = {f.value for f in claim.of("name")}
    present = {f.start for f in claim.of("name") if f.value in passage_words}
    missing = [
        f for f in claim.of("name")
        if f.value not in passage_words
        and not acronym_in(str(f.value), passage_text)
        and not spelled_out_acronym(f, claim.of("name"), passage_words)
        and not part_of_present_name(
            f, claim.of("name"), present, claim_text, passage_text, claim_names
        )
    ]
    if missing:
        spare = [f for f in region.of("name") if f.value not in claim_names]
        for f in missing:
            other = nearest_name(f, spare, claim=claim, region=region)
            if other is not None:
                spare.remove(other)
            diffs.append(
                Difference("name", f.text, other.text if other is not None else None)
            )
    return diffs
