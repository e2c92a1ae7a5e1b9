"""Names: capitalised words, acronyms, surnames, and which passage name stands for a claim's."""

from __future__ import annotations

import re
from functools import lru_cache

from factbase.analysis.facts.dates import MONTHS
from factbase.analysis.facts.model import Fact, FactSet
from factbase.analysis.text import norm, normalize

# A passage name counts as the counterpart of a claim's missing name when it stands at about the
# same relative place (share of the aligned text) in the passage as the missing one in the claim.
NAME_POSITION_SLACK = 0.3
# Capitalised words this close (a space, or " of ") belong to one name: "Borough of Rotherham".
NAME_GAP = 4
HONORIFICS = frozenset(
    """mr mrs ms miss dr prof professor cllr coun councillor sir dame lord lady rev reverend
    chief superintendent inspector sergeant constable officer the""".split()
)
NOT_NAMES = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been it its
    this that these those there their they he she his her we our you your i my not no so than
    then also into after before between during while which who what when where why how all any
    both each more most other some such only said says according however although though
    yet since until unless because despite following shortly soon another many much several
    every few here one two three four five six seven eight nine ten first last next new read
    click video page have has had do did does will would could should may might must can
    monday tuesday wednesday thursday friday saturday sunday""".split()
) | frozenset(MONTHS)

# --- facts -----------------------------------------------------------------------------------
CAP_WORD = re.compile(r"\b[A-Z][\w'’&.-]*[\w]|\b[A-Z]\b")


def sentence_initial(t: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and (t[k].isspace() or t[k] in "\"'([“‘"):
        k -= 1
    return k < 0 or t[k] in ".!?:;|" or t[k].isdigit() and k < 4


def followed_by_capital(t: str, end: int) -> bool:
    m = re.match(r"\s+([A-Z])", t[end:end + 3])
    return m is not None


def nearest_name(
    missing: Fact, spare: list[Fact], *, claim: FactSet, region: FactSet
) -> Fact | None:
    """The passage name standing where the claim's missing name stands, if one does.

    Positions are compared as shares of the span the facts cover on each side, so that the
    third name of the claim meets the third name of the passage.
    """
    if not spare:
        return None
    if len(spare) == 1:
        return spare[0]

    def relative(f: Fact, facts: FactSet) -> float:
        lo = min(g.start for g in facts)
        hi = max(g.start for g in facts)
        return (f.start - lo) / max(1, hi - lo)

    rel = relative(missing, claim)
    best = min(spare, key=lambda f: abs(relative(f, region) - rel))
    return best if abs(relative(best, region) - rel) <= NAME_POSITION_SLACK else None


def part_of_present_name(
    f: Fact,
    names: list[Fact],
    present: set[int],
    claim_text: str,
    passage_text: str,
    claim_names: set[object],
) -> bool:
    """"Martin" of "Martin Kimber" when the passage says "Kimber": one name, found.

    Not when the passage puts another word in its place: "West Yorkshire Police" against
    "South Yorkshire Police", "Sheffield Council" against "Rotherham Council".
    """
    if not claim_text:
        return False
    for other in names:
        if other.start not in present or other is f:
            continue
        lo, hi = sorted((f, other), key=lambda x: x.start)
        gap = claim_text[lo.end:hi.start]
        if re.fullmatch(r"(?:\s+[A-Z][\w'’.-]*)*\s+", gap) is None:
            continue
        replaced = f.start < other.start and preceded_by_other_name(
            str(other.value), passage_text, claim_names
        )
        return not replaced
    return False


def preceded_by_other_name(word: str, passage_text: str, claim_names: set[object]) -> bool:
    pattern = re.compile(rf"([A-Z][\w'’-]*)\s+{re.escape(word)}\b", re.I)
    for m in pattern.finditer(normalize(passage_text, casefold=False).text):
        before = m.group(1)
        low = before.lower().rstrip(".'’")
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        if before[0].isupper() and low not in claim_names and low not in NOT_NAMES | HONORIFICS:
            return True
    return False


def spelled_out_acronym(
    f: Fact, names: list[Fact], passage_words: frozenset[str] | set[object]
) -> bool:
    """"Rotherham Metropolitan Borough Council" in the claim, "RMBC" in the passage."""
    group: list[Fact] = []
    for g in sorted(names, key=lambda g: g.start):
        if group and g.start - group[-1].end > NAME_GAP:
            if f in group:
                break
            group = []
        group.append(g)
    if f not in group or len(group) < 2:
        return False
    initials = "".join(str(g.value)[0] for g in group)
    return initials in passage_words


@lru_cache(maxsize=8192)
def name_words(text: str) -> frozenset[str]:
    low = norm(text)
    out = set(re.findall(r"[\w&.-]+", low))
    out |= {w[:-2] for w in out if w.endswith("'s")}
    out |= {w.rstrip(".") for w in out}
    return frozenset(out)


def acronym_in(name: str, text: str) -> bool:
    """``rmbc`` stands for "Rotherham Metropolitan Borough Council" in ``text``."""
    if not text or len(name) < 2 or not name.isalpha():
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", text)).lower()
    return name in initials
