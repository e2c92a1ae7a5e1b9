"""Which facts of two passages state the same thing: the same role, the same event."""

from __future__ import annotations

from factbase.analysis.facts import Fact
from factbase.analysis.statements import StemIndex, Unit
from factbase.conflicts.model import compatible

# Candidates taken from the index for each claim before rapidfuzz-free scoring.
CANDIDATES = 40
# Similarity of two passages' words with the facts masked out (IDF-weighted cosine of stems).
# Below MIN_STATEMENT they are about different things. On the bundled corpus, restatements of
# one fact by two outlets scored 0.07-0.55 (long sentences dilute it: "commissioned ... in
# October 2013" against "announced it was commissioning ... in September 2013" is 0.16), so
# the words around the fact decide; ANCHORED_STATEMENT is the likeness at which agreeing on
# another fact is enough ("five men" in both: 0.55; two different findings of one report
# sharing no value: 0.28).
MIN_STATEMENT = 0.05
ANCHORED_STATEMENT = 0.3
# Passages this alike say the same thing in (nearly) the same words: no further evidence needed.
SAME_WORDING = 0.6
# The words around the two facts (ROLE_WINDOW content words each side) must overlap this much
# (IDF-weighted overlap coefficient), so that two dates in one sentence are not confused. On the
# bundled corpus 0.25 joins the three accounts of when the inquiry was commissioned (overlaps
# about 0.3); 0.20 also pulls in the August 2013 announcement of three other reviews, and 0.30
# loses the September/October disagreement altogether.
SAME_ROLE = 0.25


def pairable(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "range":
        return type(a.value[0]) is type(b.value[0])  # type: ignore[index]
    return True


def same_statement_pairs(u: Unit, p: Unit, index: StemIndex) -> list[tuple[Fact, Fact]]:
    """The facts of ``u`` and ``p`` that state the same thing, paired (claim fact, passage fact).

    A pair qualifies when the words around both facts overlap (``SAME_ROLE``) and either they
    share the verb of the event ("commissioned" ... "commissioning"), or the two passages are
    alike (``ANCHORED_STATEMENT``) and agree on another fact ("five men ... in 2010" against
    "five men ... in November 2020"). Two passages that differ in several facts and agree on
    none are two different statements, not a disagreement.
    """
    likeness = index.similarity(u.stems, p.stems)
    if likeness < MIN_STATEMENT:
        return []
    alike = likeness >= ANCHORED_STATEMENT
    same_wording = likeness >= SAME_WORDING
    best: list[tuple[float, bool, Fact, Fact]] = []
    u_facts, p_facts = u.value_facts(), p.value_facts()
    for n, (ci, cf) in enumerate(u_facts):
        choice: tuple[float, bool, Fact, Fact] | None = None
        choice_rank: tuple[bool, bool, float, float] = (False, False, 0.0, 0.0)
        for m, (pi, pf) in enumerate(p_facts):
            if not pairable(cf, pf):
                continue
            if u.heads[ci] and p.heads[pi] and not u.heads[ci] & p.heads[pi]:
                continue  # "10 children" and "five men" count different things
            role = index.overlap(u.roles[ci], p.roles[pi])
            if role < SAME_ROLE:
                continue
            verb = bool(u.verbs[ci] & p.verbs[pi])
            # The same value in a fitting role is the counterpart before any other: "2003"
            # of "in 2002, 2003 and 2006" is the other text's 2003, not its 2002.
            # Among equals, the fact at the same place in its sentence ("2002, 2003 and 2006").
            place = -abs(n / len(u_facts) - m / len(p_facts))
            rank = (compatible(cf, pf), verb, round(role, 3), place)
            if choice is None or rank > choice_rank:
                choice, choice_rank = (role, verb, cf, pf), rank
        if choice is not None:
            best.append(choice)
    agree = [b for b in best if compatible(b[2], b[3])]
    # Named subjects: "The Times published" and "Professor Jay's report was published" are
    # two events, whatever the verb.
    names_u, names_p = u.names(), p.names()
    other_subject = bool(names_u and names_p and not names_u & names_p)
    out = []
    for _role, verb, cf, pf in best:
        anchored = alike and any(a[2] is not cf for a in agree)
        if same_wording or anchored or (verb and (compatible(cf, pf) or not other_subject)):
            out.append((cf, pf))
    disagreements = sum(1 for cf, pf in out if not compatible(cf, pf))
    if disagreements >= 2 and disagreements == len(out):
        return []
    return out
