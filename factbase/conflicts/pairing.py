"""Which facts of two passages state the same thing: the same role, the same event."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from factbase.analysis.facts import Fact
from factbase.analysis.facts.extract import ORDINALS
from factbase.analysis.facts.roles import DATE_WORDS, ranks_the_same
from factbase.analysis.facts.units import converted, dimension, scaled, unit_name
from factbase.analysis.facts.values import an_age, other_zone
from factbase.analysis.quantities import SYMBOLS, concepts, is_label, is_rating, same_quantity
from factbase.analysis.statements import StemIndex, Unit
from factbase.analysis.text import content_words, norm
from factbase.analysis.wording import stem
from factbase.conflicts.model import (
    compatible,
    dates_meet,
    decimals_dropped,
    interval,
    scaled_step,
)

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
# The words nearest two facts (weighted 1 beside the fact, 1/2 one word off, ...) overlap this
# much: they are about the same thing, when both also say what they measure. Over the tuning
# corpora 0.3 found the most listed disagreements at the best precision (0.2: as many found,
# more wrongly reported; 0.4: 2 of 20 fewer found; 0.6: 5 fewer).
SAME_SUBJECT = 0.3


# Two sources' figures for one quantity at one moment differ by rounding, an estimate or a
# slip, not by orders of magnitude: figures more than FAR_APART times each other are two
# quantities ("41 points" in a game, "40,512 points" in a career), unless the sentences say the
# same in the same words or date their figures apart (then they may be a revision timeline).
# Over the tuning corpora, clashing pairs of figures that hold a listed disagreement were within
# 2x of each other in 72 of 76 cases, the unlisted ones in 53% (within 1.5x: 63 of 76, 34%). In
# `benchmarks/disagreements.py` on the tuning corpora, 2 cut the conflicts reported from 335 to
# 219 for 4 of 33 listed disagreements lost (1.5: 186 reported, 6 lost; 3: 257, 4 lost); sparing
# counts up to 20 kept one of those 4 but reported 36 more.
FAR_APART = 2


# Figures within NEAR_VALUES of each other that measure the same quantity state it, whatever
# the words around them. Over the tuning corpora in `benchmarks/disagreements.py`, 1.05 found
# 34 of 144 listed disagreements at 23.7% precision (without it: 29 at 21.2%; 1.1: 34 at 22.4%).
# Also asking the nearest words to overlap found fewer (0.1: 33; 0.2: 33, at lower precision),
# and so did asking that the two sentences name no two different subjects (32 at 23.2%).
NEAR_VALUES = 1.05


# Figures more than LOOSE_APART times each other are two accounts of one quantity only in
# sentences alike enough to anchor one statement (``ANCHORED_STATEMENT``): a total and a part,
# a day's figure and a season's, told in sentences that share a few words. Over the tuning
# corpora in `benchmarks/disagreements.py`, 1.8 took 325 conflicts reported down to 306 with
# the 47 listed disagreements found kept (held out: 118 to 111, the 9 found kept); 1.6 took
# 30 off but lost one listed (held out: 13 off); 1.5 with a likeness of 0.2, 32 off and 2 lost.
LOOSE_APART = 1.8


def _within(a: Fact, b: Fact, factor: float) -> bool:
    """Are two figures (or ranges) at most ``factor`` times each other apart?"""
    gap = _gap(a, b)
    return gap is not None and gap <= factor


def _far_apart(a: Fact, b: Fact) -> bool:
    """Are two figures (or a figure and a range, or two ranges) too far apart to be two
    accounts of one quantity? A figure is taken as said, whatever its comparator."""
    return _apart(a, b, FAR_APART)


def _apart(a: Fact, b: Fact, factor: float) -> bool:
    """Are two figures (or ranges) more than ``factor`` times each other apart?"""
    gap = _gap(a, b)
    return gap is not None and gap > factor


def _gap(a: Fact, b: Fact) -> float | None:
    """How many times the higher of two figures (or ranges) is the lower: 1 when they overlap,
    infinite above zero, ``None`` when either is no figure. Figures in two units of one
    measure are compared converted ("300 feet", "97 metres")."""
    ea, eb = _ends(a), _ends(b)
    if ea is None or eb is None:
        return None
    rate = _rate_between(b, a)
    if rate is not None:
        eb = (eb[0] * rate, eb[1] * rate)
    (_, top), (bottom, _) = sorted((ea, eb), key=lambda e: e[1])
    if bottom <= top:
        return 1.0
    return float(bottom / top) if top > 0 else float("inf")


def _rate_between(f: Fact, into: Fact) -> Fraction | None:
    """What one of ``f``'s unit is in ``into``'s, when they are two units of one measure that
    convert by a factor (feet and metres; not °C and °F)."""
    a, b = measure_unit(f), measure_unit(into)
    if not a or not b or a == b:
        return None
    return converted(Fraction(1), a, b)


def one_measure(a: Fact, b: Fact) -> bool:
    """Are two figures given in two units of one measure ("300 feet", "97 metres")?"""
    return _rate_between(a, b) is not None


def same_measure(a: Fact, qa: frozenset[str], b: Fact, qb: frozenset[str]) -> bool:
    """Do figures ``a`` and ``b``, whose quantities are ``qa`` and ``qb``, measure one thing?
    Two units of one measure ("rose 262 feet", "rose 86 metres") are one unit here; the other
    words must meet as for figures in one unit."""
    if one_measure(a, b):
        qa, qb = _in_measure(qa, a), _in_measure(qb, b)
    return same_quantity(qa, qb)


def _in_measure(q: frozenset[str], f: Fact) -> frozenset[str]:
    """A figure's quantity with its unit's words read as the measure it is a unit of."""
    word = f.unit or ""
    unit = concepts(word) if word[:1].isalpha() else frozenset({"u:" + measure_unit(f)})
    return (q - unit) | {_MEASURE + (dimension(word) or "")}


# The prefix of the key standing for a measure (a length, a mass) in place of its units.
_MEASURE = "m:"


def measure_unit(f: Fact) -> str:
    """The unit of a figure when it converts into others of its measure by a factor (feet,
    metres, miles), else ""."""
    return (scaled(f.unit) or "") if f.kind == "number" else ""


def _ends(f: Fact) -> tuple[Fraction, Fraction] | None:
    """The least and greatest magnitude a figure or range gives."""
    if f.kind == "number" and isinstance(f.value, Fraction):
        return (abs(f.value), abs(f.value))
    i = interval(f) if f.kind == "range" else None
    if i is None or i.lo is None or i.hi is None or i.lo < 0:
        return None
    return (i.lo, i.hi)


def pairable(a: Fact, b: Fact) -> bool:
    """Can the two facts state one value? A number and a numeric range can."""
    if interval(a) is not None and interval(b) is not None:
        return True
    if a.kind != b.kind:
        return False
    if a.kind == "range":
        return type(a.value[0]) is type(b.value[0])  # type: ignore[index]
    return True


def _same_value(a: Fact, b: Fact) -> bool:
    """Do two compatible facts give one value, if in two precisions ("$25 billion" of "$25.5
    billion")? A bound that allows a figure does not give it ("at least 1,400" of 2,409)."""
    return a.kind == "date" or a.value == b.value or (
        decimals_dropped(a, b, scaled_step(a), scaled_step(b))
        or decimals_dropped(b, a, scaled_step(b), scaled_step(a))
    )


# Statements whose parts of a year are kept: the texts of one report's candidate pairs.
PERIODS_CACHE = 65536
# A part of a year named by its rank: "the first quarter", "Q2", "the second half", "H1".
_PERIOD = re.compile(
    r"\b(?:(first|second|third|fourth|([1-4])(?:st|nd|rd|th))[\s-]+(quarter|half)|Q([1-4])"
    r"|H([12]))\b",
    re.I,
)


@lru_cache(maxsize=PERIODS_CACHE)
def _periods(text: str) -> frozenset[tuple[str, int]]:
    """The parts of a year a text names: ("quarter", 2) for "the second quarter" or "Q2"; kept
    per text, since a statement is paired with many others."""
    out = set()
    for m in _PERIOD.finditer(text):
        if m.group(1):
            rank = int(m.group(2)) if m.group(2) else ORDINALS[m.group(1).lower()]
            out.add((m.group(3).lower(), rank))
        elif m.group(4):
            out.add(("quarter", int(m.group(4))))
        else:
            out.add(("half", int(m.group(5))))
    return frozenset(out)


def _other_periods(a: str, b: str) -> bool:
    """Do two statements name parts of a year of one kind, none the same ("first-quarter
    revenue" / "revenue for the second quarter")?"""
    pa, pb = _periods(a), _periods(b)
    kinds = {k for k, _ in pa} & {k for k, _ in pb}
    return bool(kinds) and not (pa & pb)


def same_statement_pairs(u: Unit, p: Unit, index: StemIndex) -> list[tuple[Fact, Fact]]:
    """The facts of ``u`` and ``p`` that state the same thing, paired (claim fact, passage fact).

    A pair qualifies when the words around both facts overlap (``SAME_ROLE``) and either they
    share the verb of the event ("commissioned" ... "commissioning"), or the two passages are
    alike (``ANCHORED_STATEMENT``) and agree on another fact ("five men ... in 2010" against
    "five men ... in November 2020"). Two passages that differ in several facts and agree on
    none are two different statements, not a disagreement.
    """
    likeness = index.similarity(u.stems, p.stems)
    if likeness < MIN_STATEMENT or (likeness < SAME_WORDING and _other_labelled(u, p)):
        return []
    if _other_periods(u.text, p.text):
        return []  # "the first quarter" and "the second quarter": two moments
    alike = likeness >= ANCHORED_STATEMENT
    same_wording = likeness >= SAME_WORDING
    best: list[tuple[float, bool, Fact, Fact]] = []
    closes: set[tuple[int, int]] = set()  # pairs alike in their nearest words and quantity
    u_facts, p_facts = u.value_facts(), p.value_facts()
    for n, (ci, cf) in enumerate(u_facts):
        choice: tuple[float, bool, Fact, Fact] | None = None
        choice_rank: tuple[bool, bool, float, float] = (False, False, 0.0, 0.0)
        for m, (pi, pf) in enumerate(p_facts):
            if not _comparable(u, ci, cf, p, pi, pf, same_wording=same_wording):
                continue
            if not alike and _apart(cf, pf, LOOSE_APART) and not _two_moments(u, p):
                continue  # "$8.5 billion in loans" and "$16 billion of his own"
            role = index.overlap(u.roles[ci], p.roles[pi])
            # The words nearest both facts agree and both say what they measure: the same
            # fact, however different the rest of the sentences ("Hurricane Orla (1995)"
            # and "Hurricane Orla, in 1992, cost ...").
            # Dates are left out: "the 2017 election" and "the 2019 election" share their
            # nearest words and are two events.
            measured = bool(u.quantities[ci] and p.quantities[pi])
            near = index.near_overlap(u.near[ci], p.near[pi])
            # A year set off after a name as its own ("Hurricane Orla (1992)") says what it
            # is the date of.
            owned = cf.kind == "date" and bool(u.owners[ci] & p.owners[pi])
            # Two figures of one quantity this near each other are two accounts of it, however
            # differently the sentences put it ("priced at $3.4 million", "a list price of $3.5
            # million").
            near_value = measured and _within(cf, pf, NEAR_VALUES)
            close = (measured and near >= SAME_SUBJECT) or owned or near_value
            # Two alike statements' only dates are the dates of the one event they tell,
            # however differently each places its date ("On March 15, three days after the
            # quake, people within 20 km were ordered to evacuate" / "ordered residents within
            # 20 km to evacuate on March 12").
            sole = (
                alike and cf.kind == pf.kind == "date" and bool(u.verbs[ci] & p.verbs[pi])
                and _one_date(u) and _one_date(p)
            )
            if role < SAME_ROLE and not close and not sole:
                continue
            verb = close or bool(u.verbs[ci] & p.verbs[pi])
            if close:
                closes.add((id(cf), id(pf)))
            # The same value in a fitting role is the counterpart before any other: "2003"
            # of "in 2002, 2003 and 2006" is the other text's 2003, not its 2002.
            # Among equals, the fact at the same place in its sentence ("2002, 2003 and 2006").
            place = -abs(n / len(u_facts) - m / len(p_facts))
            rank = (compatible(cf, pf), verb, round(role, 3), place)
            if choice is None or rank > choice_rank:
                choice, choice_rank = (near, verb, cf, pf), rank
        if choice is not None:
            best.append(choice)
    best = _one_counterpart_each(best)
    # Agreement that anchors two passages as one statement is the same value, not merely a
    # compatible one ("at least 1,400" allows 2,409 but does not say it).
    agree = [b for b in best if compatible(b[2], b[3]) and _same_value(b[2], b[3])]
    # Named subjects: "The Times published" and "Professor Jay's report was published" are
    # two events, whatever the verb.
    names_u, names_p = u.names() | u.labels().keys(), p.names() | p.labels().keys()
    other_subject = bool(names_u and names_p and not names_u & names_p)
    # Two times of day on the one day both give ("at 2:56pm on March 11", "at 14:46 on 11
    # March 2011") are times of one moment when the words around them agree.
    same_day = any(a[2].kind == "date" and _a_day(a[2]) and _a_day(a[3]) for a in agree)
    out = []
    for near, verb, cf, pf in best:
        if cf.kind == "number" and not compatible(cf, pf) and (
            _said_apart(p, pf, cf) or _said_apart(u, cf, pf)
        ):
            continue  # "for 318 yards" / "12 passing yards ..., but finished with 318"
        anchored = (alike or (same_day and cf.kind == "time")) and any(
            a[2] is not cf for a in agree
        )
        own = (id(cf), id(pf)) in closes  # the names beside each value were compared already
        if not (
            same_wording or compatible(cf, pf) or near >= SAME_SUBJECT
            or cf.kind in ("date", "time") or own
        ):
            continue  # a disagreement needs the words nearest both values to agree
        if same_wording or anchored or (verb and (compatible(cf, pf) or own or not other_subject)):
            out.append((cf, pf))
    clash_kinds = {cf.kind for cf, pf in out if not compatible(cf, pf)}
    if "date" in clash_kinds and "time" in clash_kinds:
        # Times of day on two different days are two moments; the days disagree.
        out = [(cf, pf) for cf, pf in out if cf.kind != "time"]
        clash_kinds.discard("time")
    if "date" in clash_kinds and len(clash_kinds) > 1:
        # "As of 1 March, the toll stood at 120" against "As of 9 March ... 185": the dates
        # say when each figure holds; the figures are compared, each at its moment.
        out = [(cf, pf) for cf, pf in out if cf.kind != "date" or compatible(cf, pf)]
    # A figure's conversion in brackets on both sides ("214 million km (133 million miles)")
    # restates the figure before it: one difference, not a second one.
    if not agree and _differ_twice([b for b in best if not _restated(u, b[2], p, b[3])]):
        return []
    disagreements = sum(
        1 for cf, pf in out if not compatible(cf, pf) and not _restated(u, cf, p, pf)
    )
    if disagreements >= 2 and disagreements == len(out):
        return []
    return out


def _restated(u: Unit, cf: Fact, p: Unit, pf: Fact) -> bool:
    """Are both facts conversions in brackets of the figures right before them?"""
    return _converted(u.text, cf) and _converted(p.text, pf)


def _said_apart(unit: Unit, mine: Fact, other: Fact) -> bool:
    """Does the sentence give the other sentence's figure ``other`` as a level of its own,
    besides its ``mine``? Then it gives no other figure for it ("... 12 passing yards after
    the first quarter but finished with 318" against "for 318 yards"). A whole ("17 of the 40
    seats") is no level."""
    return any(
        f is not mine and f.kind == "number" and f.value == other.value
        and f.unit == other.unit and i not in unit.wholes
        for i, f in unit.value_facts()
    )


def _other_labelled(u: Unit, p: Unit) -> bool:
    """Do the two sentences speak of two things of one label, and of no common one ("Flight
    418" and "Flight 207", "Vantor-2" and "Vantor-3")? Unless they say the same in
    the same words (one sentence giving its label another number), their values are of two
    things."""
    mine, theirs = u.labels(), p.labels()
    if not mine or not theirs:
        return False
    return any(
        mine[label].isdisjoint(theirs[label]) for label in mine.keys() & theirs.keys()
    )


def _dates(unit: Unit) -> list[object]:
    return [
        f.value for i, f in unit.value_facts()
        if f.kind == "date" and i not in unit.furniture and isinstance(f.value, tuple)
    ]


def _two_moments(u: Unit, p: Unit) -> bool:
    """Do both sentences give dates, none of one meeting any of the other's?"""
    du, dp = _dates(u), _dates(p)
    return bool(du and dp) and not any(dates_meet(a, b) for a in du for b in dp)


def _one_date(unit: Unit) -> bool:
    dates = [i for i, f in unit.value_facts() if f.kind == "date" and i not in unit.furniture]
    return len(dates) == 1


# Words that make a value a forecast rather than what happened: an exit poll's projection, what
# a poll suggests, an expectation (a poll's own figures, compared with another poll's, remain).
_FORECAST = re.compile(
    r"\b(?:exit polls?|polls? (?:suggests?|shows?|showed|indicates?|indicated|predicts?)|"
    r"projected|projections?|projects|forecasts?|forecasted|predicted|"
    r"predicts?|predictions?|expected|expects?|set to|on course|on track|likely to|"
    # what someone asked for, or what could be: "prosecutors sought 15 years", "a maximum
    # sentence of 20 years", "faced up to 20 years"
    r"sought|seeking|seeks|requested|requests?|asked for|asking for|pushed for|recommended|"
    r"recommends?|recommendations?|proposed|proposals?|demanded|called for|faces|faced|facing|"
    r"maximum|could|might|"
    # what someone aimed at: "looking to win a record 24th", "what would have been an eighth"
    r"would have|looking to|aim(?:s|ed|ing)? (?:to|for)|hop(?:e|es|ed|ing) to|"
    r"bid(?:ding)? (?:to|for)|chasing|going for|in search of|attempt(?:s|ed|ing)? to|"
    r"tr(?:y|ies|ied|ying) to)\b",
    re.I,
)
# How far before and after a value a forecast word may stand in its sentence.
FORECAST_BEFORE = 60
FORECAST_AFTER = 30


# A forecast word the value is measured against, not told by: "took 188 seats, better than
# predicted", "as expected".
_MEASURED_AGAINST = re.compile(r"\b(?:than|as)\s+$", re.I)
# What ends the clause of a value before a forecast word after it: "cost $2.3 billion and seeks
# to", "signed a deal in 2027, and the craft was projected to".
_CLAUSE_ENDS = re.compile(r"[,;:]|\band\b|\bbut\b", re.I)


def _forecast(text: str, f: Fact) -> bool:
    """Does a word of forecast or aim tell the value ``f``: before it in its sentence, or after
    it in its clause, and not as what the value is measured against?"""
    for m in _FORECAST.finditer(text, max(0, f.start - FORECAST_BEFORE), f.start):
        if not _MEASURED_AGAINST.search(text, max(0, m.start() - 6), m.start()):
            return True
    for m in _FORECAST.finditer(text, f.end, f.end + FORECAST_AFTER):
        if _CLAUSE_ENDS.search(text, f.end, m.start()):
            break
        if not _MEASURED_AGAINST.search(text, max(0, m.start() - 6), m.start()):
            return True
    return False


# A figure a change starts from: "decreased from 231 to 219", "down from 64 in May", "up from
# a low of 12". It holds before the change, so it is no rival of another page's figure for now.
_CHANGING = (
    r"(?:up|down|rose|rising|rises|fell|falling|falls|dropped|dropping|drops|increased|"
    r"decreased|grew|jumped|climbed|reduction|increase|decrease|rise|fall|drop|cut|slipped|"
    r"surged|declined|declining)"
)
_FROM_BEFORE = re.compile(
    rf"\b(?:{_CHANGING}\s+)?from\s+(?:an?\s+|the\s+)?(?:(?:high|low|peak|total|level|record)"
    r"\s+of\s+)?$",
    re.I,
)
_TO_AFTER = re.compile(r"[^.;:!?]{0,40}?\bto\s+(?:an?\s+|the\s+)?(?:[$£€]\s?)?\d", re.I)
_CHANGE_BEFORE = re.compile(rf"\b{_CHANGING}\s+from\s", re.I)


# A date a span is counted from: "the first time since the 2004 election", "since 1911".
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def _span_start(text: str, f: Fact) -> bool:
    """Is the date ``f`` where a span told by "since" starts?"""
    return _SINCE_BEFORE.search(text, max(0, f.start - 12), f.start) is not None


def _started_from(text: str, f: Fact) -> bool:
    """Is ``f`` the figure a change starts from ("from 231 to 219", "down from 64")?"""
    before = _FROM_BEFORE.search(text, max(0, f.start - 40), f.start)
    if before is None:
        return False
    return bool(
        _CHANGE_BEFORE.search(text, before.start(), f.start) or _TO_AFTER.match(text, f.end)
    )


def _a_day(f: Fact) -> bool:
    """Does the date name one day?"""
    return isinstance(f.value, tuple) and len(f.value) == 3 and f.value[2] is not None


def _comparable(
    u: Unit, ci: int, cf: Fact, p: Unit, pi: int, pf: Fact, *, same_wording: bool
) -> bool:
    """Could ``cf`` of ``u`` and ``pf`` of ``p`` be one value stated twice?"""
    if not pairable(cf, pf):
        return False
    if not same_wording and _far_apart(cf, pf) and not _two_moments(u, p):
        return False  # "41 points in the game" and "40,512 points in his career"
    if ci in u.furniture or pi in p.furniture:
        return False  # a dateline or a page's own date reports nothing
    if (ci in u.wholes) != (pi in p.wholes):
        return False  # "48 of the 59 seats" and "won 59 seats": a whole is no part
    if (ci in u.changes) != (pi in p.changes):
        return False  # "Labour lost 60 seats" and "Labour won 203 seats": a change, a level
    if (ci in u.frames or pi in p.frames) and not same_wording:
        return False  # "over the last five years" frames a statement; it is not its value
    if cf.kind == "ordinal" and not same_wording and (
        _counts_time(u.quantities[ci]) or _counts_time(p.quantities[pi])
    ):
        return False  # "the 80th minute", "the 23rd minute": when each of two events happened
    if cf.kind == "ordinal" and not same_wording and not (
        _ranks_or_counts(u.text, cf) and _ranks_or_counts(p.text, pf)
    ):
        return False  # "the first half" and "the second half": two parts, each named
    if cf.kind == "ordinal" and not ranks_the_same(cf, pf, u.text, p.text):
        return False  # "his second penalty" and "the second player" rank two things
    if cf.kind == "ordinal" and _since(u.text, cf) != _since(p.text, pf):
        return False  # "their first title since 1986" ranks within a span; "their third title"
    if cf.kind == "ordinal" and not same_wording and _other_deeds(u.text, cf, p.text, pf):
        return False  # "the first rider to win three stages", "the third to take two jerseys"
    if cf.kind == "time" and other_zone(u.text, cf, p.text, pf):
        return False  # "14:46 JST" and "05:46 GMT" may be one moment
    if (an_age(cf, u.text) or an_age(pf, p.text)) and not (
        u.subjects[ci] & p.subjects[pi] or same_wording
    ):
        return False  # "the 23-year-old" and "the 35-year-old Montago": whose age, each?
    if _forecast(u.text, cf) != _forecast(p.text, pf):
        return False  # "the exit poll showed 368 seats" foretells; "won 365 seats" tells
    if cf.kind == "date" and _span_start(u.text, cf) != _span_start(p.text, pf):
        return False  # "the first time since the 2004 election" counts from 2004; "in 2016" dates
    if cf.kind == "number" and _started_from(u.text, cf) != _started_from(p.text, pf):
        return False  # "fell from 231 to 219" starts from an earlier level; "219 women" is now
    su, sp = u.subjects[ci], p.subjects[pi]
    # Times of day on a day both give are compared whatever place or event is named beside
    # them ("the coast of Kestria at 2:56pm", "the Ostrel earthquake at 14:46").
    if su and sp and su.isdisjoint(sp) and not same_wording and cf.kind != "time":
        return False  # "365 seats for the Conservatives" and "203 for Labour"
    if not same_wording and cf.kind != "time" and (
        _elsewhere(u.scope, p.names()) or _elsewhere(p.scope, u.names())
    ):
        return False  # "In Kestria, 238 deaths" and "Hurricane Yara (1961), 416 deaths"
    if not same_wording and cf.kind == "number" and (
        _placed_apart(u.text, cf, p.text) or _placed_apart(p.text, pf, u.text)
    ):
        return False  # "$14,800 a year in Norvia" and "$19,300 a year": another place's price
    if not same_measure(cf, u.quantities[ci], pf, p.quantities[pi]):
        return False  # "10 children" and "five men" count different things
    if cf.kind == "number" and not same_wording and (
        bool(u.quantities[ci] - SYMBOLS) != bool(p.quantities[pi] - SYMBOLS)
    ) and not (_converted(u.text, cf) or _converted(p.text, pf)):
        return False  # "1,097 deaths in Kestria" and "26 in the first week": one says what it
        # counts, the other not
    if _measure_and_count(cf, pf) or _measure_and_count(pf, cf):
        return False  # "9.69 seconds" measures; "four world records" counts
    if cf.kind != "date" and not same_wording and _rate(u.text, cf) != _rate(p.text, pf):
        return False  # "24.8 points a game" and "finished with 21 points": a rate and a count
    # "Flight 610" and "Flight 302" are two flights, not two values; one sentence in other
    # words citing "chapter 14" and "chapter 15" is a disagreement.
    return not (is_label(cf) or is_label(pf)) or (
        cf.unit == pf.unit and (is_rating(cf) or compatible(cf, pf) or same_wording)
    )


# An ordinal that ranks its subject among others ("the first player ever to score", "became
# the second", "the third-fastest time"), or counts what someone has ("his 23rd title"), as
# opposed to one that names a part of a series ("the first half", "the fifth game of the set").
_RANK_AFTER = re.compile(
    r"\s*-?\s*(?:most|least|[a-z]+est)\b"
    r"|[^.;:!?,]{0,40}?\b(?:ever|to\s+[a-z]+|since|in history|of all time|on record)\b",
    re.I,
)
_RANK_BEFORE = re.compile(
    r"\b(?:become|became|becomes|becoming|is|was|are|were|be|been|as)\s+"
    r"(?:only\s+|just\s+|now\s+)?(?:the|a|an)\s+$"
    r"|(?:\b(?:his|her|its|their|our|my|your)|\w['’]s?)\s+(?:[\w-]+\s+)?$",
    re.I,
)


# A value in brackets right after another value: its conversion ("2.1 million lira ($14,800)"),
# which says what it measures by the value before it.
_CONVERSION_BEFORE = re.compile(
    r"\d[\d.,]*(?:\s*[a-z%]+){0,2}\s*\(\s*[$£€¥]?\s*$", re.I
)


def _converted(text: str, f: Fact) -> bool:
    """Is ``f`` a conversion in brackets of the value right before it?"""
    return _CONVERSION_BEFORE.search(text, max(0, f.start - 40), f.start) is not None


# A value given for each of something, a rate: "3,000 litres a day", "24.8 points per game",
# "12 deaths a week". A rate and a count or total of the same thing ("24.8 points a game" /
# "finished with 21 points") are two quantities. "of a second" is a part of one, no rate
# ("three-thousandths of a second"). A year, a month, a season and a share are left out: a
# price or a wage is given with them on one page and without on another ("$31,400 a year" /
# "$31,400"); with them, or with any word after "per", one more listed disagreement was missed
# over the corpora in `benchmarks/disagreements.py`, and without the rule 5 more unlisted
# conflicts were reported on the tuning corpora.
_PER_AFTER = re.compile(
    r"(?:\s*[^\W\d_][\w'’-]*){0,3}?[)\]]?(?<!\bof)\s+(?:per|a|an|each|every)\s+"
    r"(?:second|minute|hour|day|week|game|match|race|head|person|capita)s?\b",
    re.I,
)


def _rate(text: str, f: Fact) -> bool:
    """Is the value ``f`` given for each of something?"""
    return _PER_AFTER.match(text, f.end) is not None


def _ranks_or_counts(text: str, f: Fact) -> bool:
    """Does the ordinal ``f`` rank its subject or count what someone has, rather than name one
    part of a series?"""
    return bool(
        _RANK_AFTER.match(text, f.end)
        or _RANK_BEFORE.search(text, max(0, f.start - 40), f.start)
    )


def _measure_and_count(a: Fact, b: Fact) -> bool:
    """Is ``a`` a measure in a known unit ("9.69 seconds", "32%", "$5bn") and ``b`` a count of
    things ("four world records", "32 seats")? Unlike ``values._measure_and_count``, which
    pairs a claim's values with a passage's, a percentage is a measure here: two sources'
    "32%" and "32 seats" are never one figure."""
    return (
        a.kind == b.kind == "number" and unit_name(a.unit) is not None
        and b.unit is not None and not b.unit.startswith("#") and unit_name(b.unit) is None
        and b.unit.lower() not in _PARTS_OF_A_UNIT
    )


# Parts of a unit, a measure in it: "11 tenths of a second", "eleven-hundredths".
_PARTS_OF_A_UNIT = frozenset(
    "halves thirds quarters fifths tenths hundredths thousandths millionths".split()
)


# An ordinal that ranks its holder among those who did something: "the first rider to win three
# stages in one week", "the 11th skater to land two quads". Two such ranks are ranks of one
# deed only when the deeds share most of their words (overlap coefficient of their content
# stems, the first DEED_WORDS of each): "to win three mountain stages in a single week" / "to
# win the three mountain stages in one week" share 5 of 6; "to score twice in a final" / "to
# save a penalty in successive finals" share 1 of 3. Over the tuning corpora in
# `benchmarks/disagreements.py`, the ranks of each listed disagreement shared all the words of
# the shorter deed (or named it by "do it"), and the unlisted rank conflicts of two deeds at
# most half of them.
DEED_OVERLAP = 0.6
DEED_WORDS = 8
_DEED = re.compile(r"[^.;:!?,()]{0,40}?\bto\s+((?:[^\W\d_][\w'’-]*)[^.;:!?,()]*)", re.I)
# A deed named by a word that stands for one told before: "the second team to do it".
_DEED_TOLD_BEFORE = re.compile(
    r"(?:do|did|does|achieve|accomplish|manage|repeat|match)\s+(?:it|so|this|that|the\s+feat)\b",
    re.I,
)


# An ordinal that counts what its holder has ("his third title", "Kestria's second win"); what
# follows it is no deed it ranks ("his second penalty to become ...").
_POSSESSED = re.compile(r"(?:\b(?:his|her|its|their|our|my|your)|\w['’]s?)\s+$", re.I)
# The deed of an earlier rank in the same text, which "to do it" stands for: "the first team to
# win back-to-back cups and the second team to do it abroad".
_EARLIER_DEED = re.compile(r"\bto\s+((?:[^\W\d_][\w'’-]*)(?:(?!\band\b)[^.;:!?,()])*)", re.I)


def _possessed(text: str, f: Fact) -> bool:
    return _POSSESSED.search(text, max(0, f.start - 20), f.start) is not None


def _deed(text: str, f: Fact) -> frozenset[str] | None:
    """The content stems of what the ordinal's holder did, when it ranks one ("the first
    rider ever to win three stages": win, three, stage); a deed named by a word standing for one
    told before ("the second team to do it") is the earlier deed of the text, if any; ``None``
    when it ranks no deed."""
    if _possessed(text, f):
        return None
    m = _DEED.match(text, f.end)
    if m is None:
        return None
    deed = m.group(1)
    if _DEED_TOLD_BEFORE.match(deed):
        earlier = list(_EARLIER_DEED.finditer(text, 0, f.start))
        if not earlier:
            return None
        deed = earlier[-1].group(1)
    words = content_words(norm(deed))[:DEED_WORDS]
    return frozenset(stem(w) for w in words) or None


def _other_deeds(a_text: str, a: Fact, b_text: str, b: Fact) -> bool:
    """Do two ordinals rank their holders among the doers of two different deeds?"""
    da, db = _deed(a_text, a), _deed(b_text, b)
    if da is None or db is None:
        return False
    return len(da & db) < DEED_OVERLAP * min(len(da), len(db))


# An ordinal counted from a moment on: "the first title since 1986", "the worst since records
# began".
_SINCE_AFTER = re.compile(r"(?:(?!\band\b)[^,;:.!?]){0,40}?\bsince\b", re.I)


def _since(text: str, f: Fact) -> bool:
    return _SINCE_AFTER.match(text, f.end) is not None


# A place a value is told for, right after it: "$14,800 per year in Norvia", "40 in Kent".
_PLACE_AFTER = re.compile(
    r"[)\s]*(?:(?:per|a|an|each)\s+[a-z]+\s+)?(?:in|across|throughout)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def _placed_apart(text: str, f: Fact, other: str) -> bool:
    """Is the value ``f`` told for a place (a name right after it) that the other sentence
    never names?"""
    m = _PLACE_AFTER.match(text, f.end)
    if m is None:
        return False
    place = m.group(1).split()[-1]
    return place.lower() not in DATE_WORDS and place not in other


def _elsewhere(subjects: frozenset[str], other_names: set[str]) -> bool:
    """Does the other sentence name things, but never the place or party this one is about?"""
    return bool(subjects and other_names and subjects.isdisjoint(other_names))


# Units of time: an ordinal of one ("the 80th minute", "day 3") places an event in a sequence.
_TIME_UNITS = frozenset({"u:s", "u:min", "u:h", "u:day", "u:week", "u:month", "u:year"})


def _counts_time(quantity: frozenset[str]) -> bool:
    return not quantity.isdisjoint(_TIME_UNITS)


def _one_counterpart_each(
    best: list[tuple[float, bool, Fact, Fact]],
) -> list[tuple[float, bool, Fact, Fact]]:
    """Each fact of the passage is the counterpart of one claim fact at most: the one it agrees
    with before any it would contradict, then the one whose nearest words agree most ("broke out
    on 15 April 2019, officials said on May 4": May 4 is not a second account of the 15 April
    the other text also gives)."""
    taken: set[int] = set()
    kept: set[int] = set()
    for k, b in sorted(
        enumerate(best), key=lambda kb: (not compatible(kb[1][2], kb[1][3]), -kb[1][0])
    ):
        if id(b[3]) not in taken:
            taken.add(id(b[3]))
            kept.add(k)
    return [b for k, b in enumerate(best) if k in kept]


def _differ_twice(best: list[tuple[float, bool, Fact, Fact]]) -> bool:
    """Do the facts in like places differ in two or more (dates aside when other facts
    differ: they say when)? Such passages state two different things ("2,409 children ...
    between August 2010 and October 2011" and "16,500 children ... from April 2010 to March
    2011"), whichever of those pairs passed the bar. A value that merely allows the other
    ("at least 1,400" beside 2,409) differs too."""
    unequal = [
        (cf, pf) for _n, _v, cf, pf in best if not (compatible(cf, pf) and _same_value(cf, pf))
    ]
    kinds = {cf.kind for cf, _pf in unequal}
    return sum(1 for cf, _pf in unequal if cf.kind != "date" or kinds == {"date"}) >= 2
