"""A synthetic corpus of any size, made from the sentences of the bundled Rotherham articles.

    from synth import make_corpus
    corpus = make_corpus(1000, seed=1)

Each synthetic source is a random sample of about 40 bundled sentences, each reworded mildly
(a few words swapped for synonyms, white space and line breaks varied, curly or straight quotes,
en dash or hyphen, and numbers, dates and ranges written in another notation: "1,400" or
"1400", "twelve" or "12", "October 2013" or "Oct 2013"), plus a few filler sentences of random
bundled words so that no two sources are near-duplicates.

Disagreements are planted. A planted sentence is a bundled sentence of prose with a number, a
year or a month and year in it. For each plant, three sources that do not otherwise carry that
sentence get a copy of it:

- the claim source states it with its original values; this copy becomes a claim, citing its
  offsets;
- the changed source states it with exactly one fact changed ("1,400" to "1,500", "2010" to
  "2011", "October" to "November", "at least" to "up to", the end of a year range moved by one);
- the notation source states it with the same values in another notation, which is no
  disagreement at all.

There is one plant for every ``SOURCES_PER_PLANT`` sources, and one unplanted claim (a sentence
with a fact, taken from some source's sample) for every ``SOURCES_PER_UNPLANTED`` sources.

The facts to change or rewrite are found with the regular expressions of this module, not with
factbase's extractor, so the ground truth does not depend on the code under test. Sentences
with relative dates ("last October", "this afternoon") only go to sources that share the
publication date of the article they come from, so that they keep their meaning.

Everything is deterministic given ``seed``.
"""

from __future__ import annotations

import bisect
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from factbase.analysis.facts import DateValue, parse_reference_date
from factbase.analysis.sentences import sentence_spans
from factbase.conflicts import ClaimRow

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "rotherham"

SOURCES_PER_PLANT = 5
SOURCES_PER_UNPLANTED = 10
SAMPLE_SENTENCES = (36, 44)  # bundled sentences per source, inclusive range
FILLER_SENTENCES = (4, 7)
FILLER_WORDS = (10, 22)
# Chance that a copied sentence has a word swapped for a synonym (then perhaps a second one),
# a line break inside it, a doubled space, and each of its numbers or dates rewritten.
SYNONYM_RATE = 0.5
LINE_BREAK_RATE = 0.15
DOUBLE_SPACE_RATE = 0.15
RENOTATE_RATE = 0.5

# Lower-case words only, so that no name changes; no comparator or number words.
SYNONYMS = {
    "children": "youngsters", "found": "discovered", "said": "stated",
    "shocking": "disturbing", "failures": "failings", "failings": "shortcomings",
    "resigned": "quit", "investigation": "inquiry", "inquiry": "investigation",
    "published": "released", "victims": "survivors", "problem": "issue", "serious": "grave",
    "appalling": "dreadful", "widespread": "extensive", "officials": "officers",
    "staff": "employees", "report": "study", "damning": "scathing", "major": "significant",
    "ignored": "disregarded", "stepped": "stood", "town": "borough", "abuse": "exploitation",
    "girls": "young women", "council": "authority", "leader": "head", "police": "officers",
    "evidence": "proof", "concerns": "worries", "response": "reply", "senior": "top",
    "announced": "declared", "received": "got", "criticism": "censure", "trial": "hearing",
}
_SYNONYM_RE = re.compile(r"\b(" + "|".join(sorted(SYNONYMS, key=len, reverse=True)) + r")\b")

_WORD_NUMBERS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
_MONTH_ABBR = {m: m[:3] for m in _MONTHS}
_MONTH_OF = {m.lower(): i for i, m in enumerate(_MONTHS)} | {
    m[:3].lower(): i for i, m in enumerate(_MONTHS)
} | {"sept": 8}
_MONTH_RX = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_YEAR_RX = r"(?:19\d\d|20\d\d)"
_DASHES = "\u2013-"  # hyphen last: literal inside a character class

_RANGE_WORDS = re.compile(
    rf"\b(?P<kw>between|from) (?P<a>{_YEAR_RX}) (?P<sep>and|to) (?P<b>{_YEAR_RX})\b"
)
_RANGE_DASH = re.compile(rf"(?<![\d,.])(?P<a>{_YEAR_RX})(?P<sep>[{_DASHES}])(?P<b>{_YEAR_RX})\b")
_DATE_DMY = re.compile(rf"\b(?P<d>[1-9]|[12]\d|3[01]) (?P<m>{_MONTH_RX}) (?P<y>{_YEAR_RX})\b")
_DATE_DM = re.compile(rf"\b(?P<d>[1-9]|[12]\d|3[01]) (?P<m>{_MONTH_RX})\b")
_DATE_MY = re.compile(rf"\b(?P<m>{_MONTH_RX}),? (?P<y>{_YEAR_RX})\b")
_YEAR = re.compile(rf"(?<![\w£$€.,/{_DASHES}])(?P<y>{_YEAR_RX})(?![\w%/{_DASHES}]|[.,]\d|'s)")
_NUMBER = re.compile(r"(?<![\w£$€.,/:-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\w%/:-]|[.,]\d)")
_WORD_NUMBER = re.compile(r"\b(?P<w>" + "|".join(_WORD_NUMBERS[2:20]) + r")\b(?![- ](?:hundred|thousand|million|one|two|three|four|five|six|seven|eight|nine))")  # noqa: E501
_COMPARATOR_BEFORE = re.compile(
    r"\b(?P<c>at least|no fewer than|up to|more than|fewer than|less than|as young as)\s+$"
)
_COMPARATOR_FLIP = {
    "at least": "up to", "no fewer than": "up to", "up to": "at least", "more than": "fewer than",
    "fewer than": "more than", "less than": "more than", "as young as": "as old as",
}
_COMPARATOR_SAME = {"at least": "no fewer than", "no fewer than": "at least"}
_RELATIVE = re.compile(
    r"\b(?:today|yesterday|this (?:morning|afternoon|evening)|"
    rf"(?:last|this|next|earlier this|later this) (?:year|month|week|{_MONTH_RX}))\b",
    re.I,
)
# Sentences of the bundled articles that already disagree with each other, given each article's
# publication date: every copy of one disagrees with every copy of the other.
INHERITED = (
    (
        "Five men were convicted for sexual offences against girls in 2010",
        "In November 2020, five men from Rotherham",
    ),
    (
        "in September 2013, the council announced it was commissioning",
        "commissioned to carry out the independent investigation by Rotherham Council in October",
    ),
    (
        "in September 2013, the council announced it was commissioning",
        "which was commissioned by Rotherham last October",
    ),
    (
        "Last January Rotherham Council\u2019s chief executive Martin Kimber appeared",
        "In January 2013, the Chief Executive of the council appeared",
    ),
)

_STOP = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
        "its", "this", "that", "their", "they", "he", "she", "his", "her", "not", "which", "who",
    }
)


# --- facts found in a sentence, with their changes and their other notations -----------------


@dataclass(frozen=True)
class Spot:
    """A fact in a sentence: where it is, and how to change it or rewrite it."""

    kind: str  # "number" | "year" | "date" | "range"
    start: int
    end: int
    change: str | None  # the text with one value changed, if it can be changed
    change_label: str
    notations: tuple[str, ...]  # the same value in other notations
    comparator: tuple[int, int, str] | None = None  # span and words of "at least" before it


def _bump(n: int) -> int:
    if n < 20:
        return n + 1
    return n + 10 ** (len(str(n)) - 2)


def _with_commas(n: int) -> str:
    return f"{n:,}"


def _is_year_like(n: int) -> bool:
    return 1800 <= n <= 2099


def find_spots(sentence: str) -> list[Spot]:
    """The numbers, years, dates and year ranges of ``sentence`` (non-overlapping)."""
    taken = [False] * (len(sentence) + 1)
    spots: list[Spot] = []

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(spot: Spot) -> None:
        for k in range(spot.start, spot.end):
            taken[k] = True
        spots.append(spot)

    for m in _RANGE_WORDS.finditer(sentence):
        a, b = m.group("a"), m.group("b")
        if int(b) <= int(a) or not free(m.start(), m.end()):
            continue
        text = m.group(0)
        changed = text[: m.start("b") - m.start()] + str(int(b) + 1)
        if m.group("kw") == "between":
            alt: tuple[str, ...] = (f"from {a} to {b}", f"between {a}\u2013{b}")
        else:
            alt = (f"between {a} and {b}",)
        take(Spot("range", m.start(), m.end(), changed, f"{a}-{b} → {a}-{int(b) + 1}", alt))
    for m in _RANGE_DASH.finditer(sentence):
        a, b = m.group("a"), m.group("b")
        if int(b) <= int(a) or not free(m.start(), m.end()):
            continue
        other = "-" if m.group("sep") == "\u2013" else "\u2013"
        take(
            Spot(
                "range", m.start(), m.end(), f"{a}{m.group('sep')}{int(b) + 1}",
                f"{a}-{b} → {a}-{int(b) + 1}", (f"{a}{other}{b}",),
            )
        )
    for rx in (_DATE_DMY, _DATE_DM, _DATE_MY):
        for m in rx.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            month = m.group("m")
            i = _MONTH_OF[month.lower()]
            j = i + 1 if i < 11 else i - 1
            full = len(month) > 4 or month in ("May", "June", "July")
            new_month = _MONTHS[j] if full else _MONTH_ABBR[_MONTHS[j]]
            text = m.group(0)
            ms, me = m.start("m") - m.start(), m.end("m") - m.start()
            changed = text[:ms] + new_month + text[me:]
            y = m.groupdict().get("y")
            if rx is _DATE_DMY:
                d = m.group("d")
                alt = (f"{_MONTHS[i]} {d}, {y}", f"{d}th {_MONTHS[i]} {y}")
            elif rx is _DATE_DM:
                alt = (f"{_MONTHS[i]} {m.group('d')}",)
            else:
                other = _MONTH_ABBR[_MONTHS[i]] if full else _MONTHS[i]
                alt = (f"{other} {y}",) if other != month else ()
            take(
                Spot("date", m.start(), m.end(), changed, f"{_MONTHS[i]} → {_MONTHS[j]}", alt)
            )
    for m in _YEAR.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        y = int(m.group("y"))
        comp = _COMPARATOR_BEFORE.search(sentence[: m.start()])
        if comp:
            continue  # "more than 2000" counts something
        take(Spot("year", m.start(), m.end(), str(y + 1), f"{y} → {y + 1}", ()))
    for m in _NUMBER.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("n")
        n = int(raw.replace(",", ""))
        if _is_year_like(n) or n < 2 or raw.startswith("0"):
            continue
        new = _bump(n)
        if _is_year_like(new):
            continue
        changed = _with_commas(new) if "," in raw else str(new)
        others: list[str] = []
        if n >= 1000:
            others.append(str(n) if "," in raw else _with_commas(n))
        elif n < 20:
            others.append(_WORD_NUMBERS[n])
        comp = _COMPARATOR_BEFORE.search(sentence[: m.start()])
        take(
            Spot(
                "number", m.start(), m.end(), changed, f"{raw} → {changed}", tuple(others),
                (comp.start("c"), comp.end("c"), comp.group("c")) if comp else None,
            )
        )
    for m in _WORD_NUMBER.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        word = m.group("w")
        n = _WORD_NUMBERS.index(word)
        comp = _COMPARATOR_BEFORE.search(sentence[: m.start()])
        take(
            Spot(
                "number", m.start(), m.end(), _WORD_NUMBERS[n + 1],
                f"{word} → {_WORD_NUMBERS[n + 1]}", (str(n),),
                (comp.start("c"), comp.end("c"), comp.group("c")) if comp else None,
            )
        )
    spots.sort(key=lambda s: s.start)
    return spots


def _replace(text: str, edits: list[tuple[int, int, str]]) -> str:
    for s, e, new in sorted(edits, reverse=True):
        text = text[:s] + new + text[e:]
    return text


def changed_variants(sentence: str, spots: list[Spot]) -> list[tuple[str, str]]:
    """Every way of changing exactly one fact of ``sentence``: (new sentence, label)."""
    out = []
    for spot in spots:
        if spot.change is not None:
            out.append(
                (_replace(sentence, [(spot.start, spot.end, spot.change)]), spot.change_label)
            )
        if spot.comparator is not None:
            s, e, words = spot.comparator
            flip = _COMPARATOR_FLIP[words]
            out.append((_replace(sentence, [(s, e, flip)]), f"{words} → {flip}"))
    return out


def renotate(sentence: str, spots: list[Spot], rng: random.Random, rate: float) -> str:
    """``sentence`` with each fact rewritten in another notation with probability ``rate``."""
    edits = []
    for spot in spots:
        if spot.notations and rng.random() < rate:
            edits.append((spot.start, spot.end, rng.choice(spot.notations)))
        comp = spot.comparator
        if comp is not None and comp[2] in _COMPARATOR_SAME and rng.random() < rate:
            edits.append((comp[0], comp[1], _COMPARATOR_SAME[comp[2]]))
    return _replace(sentence, edits)


def can_renotate(spots: list[Spot]) -> bool:
    return any(
        s.notations or (s.comparator is not None and s.comparator[2] in _COMPARATOR_SAME)
        for s in spots
    )


# --- mild rewording -------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How one source writes: its quotes and dashes."""

    curly: bool
    en_dash: bool


def _straight_quotes(text: str) -> str:
    return text.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"'})


def _curly_quotes(text: str) -> str:
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def reword(sentence: str, style: Style, rng: random.Random) -> str:
    """Synonyms, quotes, dashes and white space: never a value."""
    if rng.random() < SYNONYM_RATE:
        matches = list(_SYNONYM_RE.finditer(sentence))
        if matches:
            picked = rng.sample(matches, k=min(len(matches), rng.choice((1, 1, 2))))
            sentence = _replace(
                sentence, [(m.start(), m.end(), SYNONYMS[m.group(0)]) for m in picked]
            )
    sentence = _curly_quotes(_straight_quotes(sentence)) if style.curly else _straight_quotes(
        sentence
    )
    if style.en_dash:
        sentence = re.sub(r"(?<=\d)-(?=\d)", "\u2013", sentence).replace(" - ", " \u2013 ")
    else:
        sentence = re.sub(r"(?<=\d)\u2013(?=\d)", "-", sentence).replace(" \u2013 ", " - ")
    # A break inside the sentence before a lower-case word never ends it; nor does a double space.
    spaces = [m.start() for m in re.finditer(r" (?=[a-z])", sentence)]
    if spaces and rng.random() < LINE_BREAK_RATE:
        k = rng.choice(spaces)
        sentence = sentence[:k] + "\n" + sentence[k + 1:]
    spaces = [m.start() for m in re.finditer(r" (?=\S)", sentence)]
    if spaces and rng.random() < DOUBLE_SPACE_RATE:
        k = rng.choice(spaces)
        sentence = sentence[:k] + "  " + sentence[k + 1:]
    return sentence


# --- the bundled sentences ------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    index: int
    origin: str  # bundled source id
    text: str
    spots: tuple[Spot, ...]
    relative: bool  # has a relative date: keep it with its own publication date
    prose: bool


def _is_prose(text: str) -> bool:
    ws = re.findall(r"[A-Za-z]+", text)
    if len(ws) < 8 or len(text) > 600 or "|" in text or "£" in text:
        return False
    return sum(w.lower() in _STOP for w in ws) / len(ws) >= 0.2


def load_bundled() -> tuple[list[Sentence], dict[str, str], list[str]]:
    """The distinct bundled sentences, each bundled source's publication date, and the words."""
    meta = json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))
    sentences: list[Sentence] = []
    seen: set[str] = set()
    published: dict[str, str] = {}
    vocabulary: list[str] = []
    banned = set(_WORD_NUMBERS) | {m.lower() for m in _MONTHS} | set(_MONTH_OF) | {
        "half", "third", "quarter", "last", "next", "today", "yesterday", "hundred", "thousand",
        "million",
    }
    for entry in meta:
        text = (CORPUS / entry["file"]).read_text(encoding="utf-8")
        published[entry["id"]] = entry["published"]
        vocabulary.extend(w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in banned)
        for span in sentence_spans(text):
            s = text[span.start:span.end]
            key = " ".join(s.split())
            if key in seen:
                continue
            seen.add(key)
            sentences.append(
                Sentence(
                    len(sentences), entry["id"], s, tuple(find_spots(s)),
                    bool(_RELATIVE.search(s)), _is_prose(s),
                )
            )
    return sentences, published, vocabulary


# --- the corpus -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """Where a sentence copy sits in a synthetic source."""

    start: int
    end: int
    sentence: int  # index of the bundled sentence, -1 for filler
    role: str  # "copy" | "claim" | "changed" | "notation" | "filler"


@dataclass
class Corpus:
    texts: dict[str, str]
    published: dict[str, str]
    refs: dict[str, DateValue | None]
    claims: list[ClaimRow]
    # (claim id, source id): the source states the claim's sentence with one fact changed.
    planted: list[tuple[int, str]]
    # (claim id, source id): the source states it with the same values in another notation.
    notation: list[tuple[int, str]]
    changes: dict[int, str]  # claim id: what was changed ("1,400 → 1,500")
    claim_sentence: dict[int, int]
    layout: dict[str, list[Placement]]
    sentences: list[Sentence] = field(repr=False)
    # Pairs of bundled sentences (both orders) that disagree in the bundled articles themselves.
    inherited: set[tuple[int, int]] = field(default_factory=set)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _planted: set[tuple[int, str]] = field(default_factory=set, repr=False)

    def placement_at(self, source_id: str, pos: int) -> Placement | None:
        starts = self._starts.get(source_id)
        if starts is None:
            starts = self._starts[source_id] = [p.start for p in self.layout[source_id]]
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0:
            return None
        p = self.layout[source_id][k]
        return p if p.start <= pos < p.end else None

    def placement(self, source_id: str, start: int, end: int) -> Placement | None:
        """The placement holding a passage [start, end) (by its first or last character)."""
        return self.placement_at(source_id, start) or self.placement_at(
            source_id, max(start, end - 1)
        )

    def classify(self, claim_id: int, source_id: str, start: int, end: int) -> str:
        """What a passage [start, end) of ``source_id`` is to ``claim_id``.

        "planted": the changed copy planted against this claim; "changed": a changed copy of
        the claim's sentence planted against another claim (a true disagreement as well);
        "notation": a copy of the claim's sentence with the same values; "cross": a changed copy
        of another sentence (true when that sentence states the same fact, as several bundled
        sentences do); "inherited": a sentence that disagrees with the claim's in the bundled
        articles themselves (``INHERITED``); "other": any other text (a false positive).
        """
        if not self._planted:
            self._planted = set(self.planted)
        p = self.placement(source_id, start, end)
        own = self.claim_sentence.get(claim_id)
        if p is None or p.sentence != own:
            if p is not None and p.role == "changed":
                return "cross"
            if p is not None and own is not None and (own, p.sentence) in self.inherited:
                return "inherited"
            return "other"
        if p.role == "changed":
            return "planted" if (claim_id, source_id) in self._planted else "changed"
        return "notation"

    def sentence_count(self) -> int:
        return sum(len(v) for v in self.layout.values())


# Words that, before a full stop, read as an abbreviation: a filler sentence must not end with
# one, or it runs on into the next sentence.
_ABBREVIATED = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "cf", "fig", "gen",
        "gov", "sen", "rep", "rev", "col", "lt", "sgt", "capt", "cllr", "coun", "inc", "ltd",
        "co", "corp", "approx", "est", "dept", "univ",
    }
)


def _filler(rng: random.Random, vocabulary: list[str]) -> str:
    ws = [rng.choice(vocabulary) for _ in range(rng.randint(*FILLER_WORDS))]
    while ws[-1].lower() in _ABBREVIATED:
        ws[-1] = rng.choice(vocabulary)
    ws[0] = ws[0][:1].upper() + ws[0][1:]
    return " ".join(ws) + "."


def _join(pieces: list[tuple[str, int, str]], rng: random.Random) -> tuple[str, list[Placement]]:
    out: list[str] = []
    placements = []
    pos = 0
    prev = ""
    for k, (text, sentence, role) in enumerate(pieces):
        if k:
            ends = re.search(r"[.!?][\"'\u201d\u2019)\]]*$", prev) is not None
            sep = " " if ends and text[:1].isupper() and rng.random() < 0.7 else "\n\n"
            out.append(sep)
            pos += len(sep)
        out.append(text)
        placements.append(Placement(pos, pos + len(text), sentence, role))
        pos += len(text)
        prev = text
    return "".join(out) + "\n", placements


def make_corpus(size: int, *, seed: int = 0) -> Corpus:
    """``size`` synthetic sources with planted disagreements and claims; see the module text."""
    rng = random.Random(seed)
    sentences, bundled_dates, vocabulary = load_bundled()
    origins = sorted(bundled_dates)
    by_origin = {o: [s.index for s in sentences if s.relative and s.origin == o] for o in origins}
    general = [s.index for s in sentences if not s.relative]
    eligible = [
        s.index for s in sentences
        if s.prose and not s.relative and changed_variants(s.text, list(s.spots))
    ]
    width = len(str(size - 1))
    ids = [f"s{n:0{width}d}" for n in range(size)]
    home = {sid: rng.choice(origins) for sid in ids}
    styles = {sid: Style(rng.random() < 0.5, rng.random() < 0.5) for sid in ids}

    # Each source's sample of bundled sentences.
    samples: dict[str, list[int]] = {}
    for sid in ids:
        pool = general + by_origin[home[sid]]
        samples[sid] = rng.sample(pool, rng.randint(*SAMPLE_SENTENCES))
    carries = {sid: set(sample) for sid, sample in samples.items()}

    # Plants: sentences taken in turn from a shuffled list, so that all are used evenly.
    order = eligible[:]
    rng.shuffle(order)
    extra: dict[str, list[tuple[str, int, str]]] = {sid: [] for sid in ids}
    # (sentence, claim source, changed source, notation source, what was changed)
    plants: list[tuple[int, str, str, str | None, str]] = []
    for k in range(max(1, size // SOURCES_PER_PLANT)):
        s = sentences[order[k % len(order)]]
        free = [sid for sid in rng.sample(ids, min(len(ids), 12)) if s.index not in carries[sid]]
        if len(free) < 3:
            continue
        a, b, c = free[:3]
        spots = list(s.spots)
        changed, label = rng.choice(changed_variants(s.text, spots))
        extra[a].append((s.text, s.index, "claim"))
        extra[b].append((changed, s.index, "changed"))
        notation_src = None
        if can_renotate(spots):
            for _ in range(20):
                variant = renotate(s.text, spots, rng, 0.7)
                if variant != s.text:
                    extra[c].append((variant, s.index, "notation"))
                    notation_src = c
                    break
        for sid in (a, b, c):
            carries[sid].add(s.index)
        plants.append((s.index, a, b, notation_src, label))

    texts: dict[str, str] = {}
    layout: dict[str, list[Placement]] = {}
    for sid in ids:
        pieces: list[tuple[str, int, str]] = []
        style = styles[sid]
        for idx in samples[sid]:
            s = sentences[idx]
            text = renotate(s.text, list(s.spots), rng, RENOTATE_RATE) if s.spots else s.text
            pieces.append((reword(text, style, rng), idx, "copy"))
        for text, idx, role in extra[sid]:
            pieces.append((reword(text, style, rng), idx, role))
        for _ in range(rng.randint(*FILLER_SENTENCES)):
            pieces.append((_filler(rng, vocabulary), -1, "filler"))
        rng.shuffle(pieces)
        texts[sid], layout[sid] = _join(pieces, rng)

    claims: list[ClaimRow] = []
    planted: list[tuple[int, str]] = []
    notation: list[tuple[int, str]] = []
    changes: dict[int, str] = {}
    claim_sentence: dict[int, int] = {}

    def add_claim(sid: str, placement: Placement) -> int:
        cid = len(claims) + 1
        text = texts[sid][placement.start:placement.end]
        claims.append(ClaimRow(cid, text, sid, None, placement.start, placement.end, text))
        claim_sentence[cid] = placement.sentence
        return cid

    for idx, claim_src, changed_src, notation_src, label in plants:
        where = next(p for p in layout[claim_src] if p.sentence == idx and p.role == "claim")
        cid = add_claim(claim_src, where)
        planted.append((cid, changed_src))
        changes[cid] = label
        if notation_src is not None:
            notation.append((cid, notation_src))
    eligible_set = set(eligible)
    for _ in range(size // SOURCES_PER_UNPLANTED):
        sid = rng.choice(ids)
        options = [p for p in layout[sid] if p.role == "copy" and p.sentence in eligible_set]
        if options:
            add_claim(sid, rng.choice(options))

    inherited: set[tuple[int, int]] = set()
    for a_text, b_text in INHERITED:
        a_idx = [s.index for s in sentences if a_text in " ".join(s.text.split())]
        b_idx = [s.index for s in sentences if b_text in " ".join(s.text.split())]
        inherited |= {(x, y) for x in a_idx for y in b_idx} | {(y, x) for x in a_idx for y in b_idx}
    published = {sid: bundled_dates[home[sid]] for sid in ids}
    return Corpus(
        texts=texts,
        published=published,
        refs={sid: parse_reference_date(d) for sid, d in published.items()},
        claims=claims,
        planted=planted,
        notation=notation,
        changes=changes,
        claim_sentence=claim_sentence,
        layout=layout,
        sentences=sentences,
        inherited=inherited,
    )


def describe(corpus: Corpus) -> dict[str, float]:
    """Figures about a corpus: sources, mean size, claims, plants."""
    sizes = [len(t.encode("utf-8")) for t in corpus.texts.values()]
    return {
        "sources": len(sizes),
        "mean_bytes": sum(sizes) / max(1, len(sizes)),
        "claims": len(corpus.claims),
        "planted": len(corpus.planted),
        "notation": len(corpus.notation),
    }

