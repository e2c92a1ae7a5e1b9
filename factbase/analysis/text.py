"""Text normalisation with an offset map back to the original, and sentence splitting.

Every position factbase stores or shows points into the original, un-normalised text. Matching
works on a normalised copy; ``Normalized.to_original`` maps its positions back.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Characters folded to ASCII before matching. NFKC leaves these alone.
_CHAR_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u2026": "...",
    "\u00ad": "",  # soft hyphen
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
    # Fractions in one character, set off from a whole number before them: "3½" is "3 1/2".
    "\u00bd": " 1/2", "\u2153": " 1/3", "\u2154": " 2/3", "\u00bc": " 1/4", "\u00be": " 3/4",
    "\u2155": " 1/5", "\u215b": " 1/8", "\u215c": " 3/8", "\u215d": " 5/8", "\u215e": " 7/8",
    "\u2044": "/",
}

# Dashes that set words apart as written (en and em dash, horizontal bar), unlike a hyphen,
# which may join them ("Smith-Jones"); folding writes all of them as "-".
LONG_DASHES = "\u2013\u2014\u2015"

# A hyphen inside a compound noun: "tie-break", "run-up".
COMPOUND_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")

# A thousands separator. (The comma first, then the digit before it: a pattern that starts
# with a fixed character is searched for that character alone, much faster.)
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}(?!\d))")
# A reference to a note, as encyclopaedias print them right after a word or a stop: "[55]",
# "[12][13]", "[a]"; and "[citation needed]". "the [50] cases" is a number in brackets.
# (Each mark starts with its bracket, the look-behind after it: a pattern that starts with a
# fixed character is searched for that character alone, much faster.)
_ONE_MARK = r"\[(?:(?<=[^\s\[]\[)(?:\d{1,3}|[a-z]|note \d{1,3})|citation needed)\]"
_REFERENCE_MARK = re.compile(f"{_ONE_MARK}(?:{_ONE_MARK})*", re.I)


@dataclass(frozen=True)
class Normalized:
    """A normalised copy of ``original`` with a map from each of its positions back.

    The map is stored piecewise: normalised position ``n`` in ``[starts[k], starts[k + 1])``
    stands at original position ``origins[k] + n - starts[k]``. Ordinary prose needs a new
    piece only where white space was collapsed or a character expanded or vanished.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]

    def _orig(self, n: int) -> int:
        if n >= len(self.text):
            return len(self.original)
        k = bisect.bisect_right(self.starts, n) - 1
        return self.origins[k] + (n - self.starts[k])

    @property
    def offsets(self) -> tuple[int, ...]:
        """The map in full: ``offsets[i]`` is the original position of normalised character
        ``i``, and ``offsets[len(text)] == len(original)``."""
        out: list[int] = []
        bounds = [*self.starts, len(self.text)]
        for k, origin in enumerate(self.origins):
            out.extend(range(origin, origin + bounds[k + 1] - bounds[k]))
        out.append(len(self.original))
        return tuple(out)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to a span of the original text."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if start == end:
            pos = self._orig(start)
            return pos, pos
        return self._orig(start), self._orig(end - 1) + 1

    def from_original(self, pos: int) -> int:
        """The first normalised position at or after original position ``pos``."""
        k = bisect.bisect_left(self.origins, pos)
        if k > 0:
            prev_end = self.starts[k] if k < len(self.starts) else len(self.text)
            n = self.starts[k - 1] + (pos - self.origins[k - 1])
            if n < prev_end:
                return n
        return self.starts[k] if k < len(self.starts) else len(self.text)


class _MapBuilder:
    """Builds the piecewise map of :class:`Normalized`, one run of characters at a time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.length = 0

    def add(self, origin: int, length: int) -> None:
        if length <= 0:
            return
        if not self.starts or self.origins[-1] + (self.length - self.starts[-1]) != origin:
            self.starts.append(self.length)
            self.origins.append(origin)
        self.length += length


def _fold_char(ch: str, casefold: bool) -> str:
    folded = _CHAR_FOLD.get(ch)
    if folded is not None:
        return folded
    if ch.isspace():
        return " "
    out = unicodedata.normalize("NFKC", ch) if not ch.isascii() else ch
    out = "".join(_CHAR_FOLD.get(c, c) for c in out)
    return out.lower() if casefold else out


# A drop capital set on its own line ("T\n\nhe publication"): the break after it is dropped.
# Written as two patterns, at the very start and after a line break, rather than one starting
# "(?:^|\n)": a pattern that starts with a fixed character is searched for that character
# alone, much faster than trying the whole pattern at every position.
_DROP_CAP_AT_START = re.compile(r"[ \t]*[A-Z](\s*\n\s*)(?=[a-z])")
_DROP_CAP = re.compile(r"\n[ \t]*[A-Z](\s*\n\s*)(?=[a-z])")


def _drop_cap_breaks(text: str) -> set[int]:
    drop: set[int] = set()
    first = _DROP_CAP_AT_START.match(text)
    if first is not None:
        drop.update(range(first.start(1), first.end(1)))
    for m in _DROP_CAP.finditer(text, first.end() if first is not None else 0):
        drop.update(range(m.start(1), m.end(1)))
    return drop


def normalize(
    text: str, *, casefold: bool = True, drop_thousands: bool = True
) -> Normalized:
    """Normalise ``text`` for matching, keeping an exact offset map.

    NFKC, curly quotes to straight ones, every dash to ``-``, runs of white space (line breaks
    included) to one space, lower case (unless ``casefold`` is false), thousands separators
    dropped from numbers (``1,400`` becomes ``1400``, unless ``drop_thousands`` is false), and a
    drop capital joined to the rest of its word. Leading and trailing space is removed.
    """
    dropped = _drop_cap_breaks(text) if "\n" in text else set()
    fast = _fast_fold(text, casefold, dropped)
    if fast is not None:
        folded, runs = fast
    else:
        chars, offsets = _slow_fold(text, casefold, dropped)
        folded = "".join(chars)
        runs = [(o, 1) for o in offsets]
    kept = _kept_stretches(folded, drop_thousands)
    out = "".join([folded[a:b] for a, b in kept])
    if len(runs) == 1 and runs[0] == (0, len(folded)):
        # Folded position for original position: each kept stretch is a piece of the map (two
        # are never contiguous, something was dropped between them).
        starts = tuple(itertools.accumulate((b - a for a, b in kept[:-1]), initial=0))
        return Normalized(
            original=text,
            text=out,
            starts=starts if kept else (),
            origins=tuple(a for a, _ in kept),
        )
    builder = _MapBuilder()
    run_starts = list(itertools.accumulate((length for _, length in runs), initial=0))
    for a, b in kept:
        _map_stretch(builder, runs, run_starts, a, b)
    return Normalized(
        original=text,
        text=out,
        starts=tuple(builder.starts),
        origins=tuple(builder.origins),
    )


def _kept_stretches(folded: str, drop_thousands: bool) -> list[tuple[int, int]]:
    """The stretches [start, end) of the folded text that stay, in order: all but white space
    beyond one, at either end, thousands separators (if ``drop_thousands``) and reference
    marks."""
    lead = len(folded) - len(folded.lstrip(" "))
    end = len(folded.rstrip(" "))
    if end <= lead:
        return []  # nothing but white space
    # The stretches to drop, as their starts and ends in turn: the spaces at either end, each
    # run of spaces but its first, the thousands separators. None of them overlaps or touches
    # another (a separator stands between digits, a run of spaces between other characters),
    # so what stays is what lies between the end of one and the start of the next.
    bounds = [0, lead]
    spaces = _SPACE_RUN.finditer(folded, lead, end)
    bounds.extend(itertools.chain.from_iterable(m.span(1) for m in spaces))
    if drop_thousands and "," in folded:
        bounds.extend(itertools.chain.from_iterable(m.span() for m in _THOUSANDS.finditer(folded)))
        bounds.sort()
    bounds += (end, len(folded))
    marks = _reference_marks(folded) if "[" in folded else []
    if not marks:
        return list(zip(bounds[1:-1:2], bounds[2::2], strict=True))
    # Reference marks may overlap the spaces dropped around them.
    kept: list[tuple[int, int]] = []
    pos = 0
    for a, b in sorted([*zip(bounds[::2], bounds[1::2], strict=True), *marks]):
        if a > pos:
            kept.append((pos, a))
        if b > pos:
            pos = b
    if pos < len(folded):
        kept.append((pos, len(folded)))
    return kept


def _reference_marks(folded: str) -> list[tuple[int, int]]:
    """The stretches of the folded text that are reference marks, with the spaces that go
    with them."""
    marks: list[tuple[int, int]] = []
    for m in _REFERENCE_MARK.finditer(folded):
        start, stop = m.start(), m.end()
        if start == 0 and folded[stop:stop + 1] == " ":
            stop += 1  # "[3] Start": no space before the text
        while start > 0 and folded[start - 1] == " ":
            start -= 1  # "it [12] fell", "fell [4].": the space after stays, or none
        marks.append((start, stop))
    return marks


def _map_stretch(
    builder: _MapBuilder, runs: list[tuple[int, int]], run_starts: list[int], a: int, b: int
) -> None:
    """Add the map of folded characters [a, b), which may span several runs."""
    k = bisect.bisect_right(run_starts, a) - 1
    while a < b:
        origin, length = runs[k]
        run_end = run_starts[k] + length
        take = min(b, run_end) - a
        builder.add(origin + (a - run_starts[k]), take)
        a += take
        k += 1


# One character for one: what str.translate can do while keeping every offset. White space
# becomes a plain space here; runs of it are collapsed afterwards.
_ONE_TO_ONE = {ord(k): v for k, v in _CHAR_FOLD.items() if len(v) == 1}
_ONE_TO_ONE.update(
    {c: " " for c in range(0x3001) if chr(c).isspace() and chr(c) not in _CHAR_FOLD}
)
_NEEDS_SLOW = re.compile(
    "[" + "".join(re.escape(k) for k, v in _CHAR_FOLD.items() if len(v) != 1) + "]"
)
# The characters that expand or vanish when folded: each is a run of its own in the fast fold.
_EXPANDING = frozenset(k for k, v in _CHAR_FOLD.items() if len(v) != 1)
# What ``_ONE_TO_ONE`` changes, ASCII characters (white space, the backquote) and the others
# apart. No character is changed into one that is changed again, so replacing them one after
# another does what ``str.translate`` does in one pass, and much faster: ``str.translate``
# looks up every character of a text that is not all ASCII.
_FOLD_ASCII = tuple(
    (chr(c), v) for c, v in sorted(_ONE_TO_ONE.items()) if c < 0x80 and chr(c) != v
)
_FOLD_OTHER = {chr(c): v for c, v in _ONE_TO_ONE.items() if c >= 0x80 and chr(c) != v}
# Two spaces or more: all but the first (the group) go. (Searched for as a fixed string, much
# faster than a space after a look-behind.)
_SPACE_RUN = re.compile(" ( +)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _one_to_one(text: str, others: Iterable[str] | None = None) -> str:
    """``text.translate(_ONE_TO_ONE)``, done only for the characters it changes. ``others``,
    if given, holds every non-ASCII character of ``text`` (and may hold more)."""
    for c, v in _FOLD_ASCII:
        if c in text:
            text = text.replace(c, v)
    if not text.isascii():
        for c in set(_NON_ASCII.findall(text)) if others is None else others:
            folded = _FOLD_OTHER.get(c)
            if folded is not None:
                text = text.replace(c, folded)
    return text


def _fast_fold(
    text: str, casefold: bool, dropped: set[int]
) -> tuple[str, list[tuple[int, int]]] | None:
    """The fold done a run of characters at a time: most text, much faster.

    Returns the folded text (white space not yet collapsed) and its runs: (original start,
    length) for each stretch that maps one to one. Characters that expand or vanish (ellipses,
    soft hyphens, a drop capital's line break) are handled one by one. None when a run would
    change length under NFKC or lower-casing (ligatures, combining marks): the
    character-by-character fold is used then.
    """
    others = set() if text.isascii() else set(_NON_ASCII.findall(text))
    if others.isdisjoint(_EXPANDING):
        specials = sorted(dropped)
    else:
        specials = sorted({m.start() for m in _NEEDS_SLOW.finditer(text)} | dropped)
    # What each character of a run folds to does not depend on the run: one for one, NFKC of
    # the character alone (as the slow fold does: a no-break space becomes a space), and one
    # for one again. So it is done on the whole text at once, the expanding characters left
    # as they are (they are handled one by one below).
    one = _one_to_one(text, others)
    nfkc: dict[str, str] = {}
    for c in {_FOLD_OTHER.get(c, c) for c in others}:
        if c.isascii() or c in _EXPANDING:
            continue
        each_char = unicodedata.normalize("NFKC", c)
        if each_char != c:
            if len(each_char) != 1:
                return None  # a run with it would change length
            nfkc[c] = each_char
    each, again = one, one
    if nfkc:
        # NFKC's output is left alone by NFKC: no character replaced is replaced again.
        for c, v in nfkc.items():
            each = each.replace(c, v)
        again = _one_to_one(each, nfkc.values())
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    pos = 0
    for i in [*specials, len(text)]:
        if i > pos:
            seg = one[pos:i]
            if not seg.isascii():
                if unicodedata.combining(seg[0]):
                    return None  # a mark that would compose across a vanished character
                # A run where the fold character by character differs from NFKC of the whole
                # run composes or splits characters, and goes the slow way.
                if unicodedata.normalize("NFKC", seg) != each[pos:i]:
                    return None
                seg = again[pos:i]
            if casefold:
                low = seg.lower()
                if len(low) != len(seg):
                    return None
                seg = low
            parts.append(seg)
            runs.append((pos, len(seg)))
        if i < len(text) and i not in dropped:
            for c in _CHAR_FOLD[text[i]]:
                parts.append(c)
                runs.append((i, 1))
        pos = i + 1
    return "".join(parts), runs


def _slow_fold(text: str, casefold: bool, dropped: set[int]) -> tuple[list[str], list[int]]:
    chars: list[str] = []
    offsets: list[int] = []
    prev_space = True  # drop leading white space
    for i, ch in enumerate(text):
        if i in dropped:
            continue
        if chars and unicodedata.combining(ch) and chars[-1] != " ":
            # A combining mark composes with the letter before it ("e" + acute = "é").
            merged = unicodedata.normalize("NFKC", chars[-1] + ch)
            if len(merged) == 1:
                chars[-1] = merged.lower() if casefold else merged
                continue
        out = _fold_char(ch, casefold)
        for c in out:
            if c == " ":
                if prev_space:
                    continue
                prev_space = True
            else:
                prev_space = False
            chars.append(c)
            offsets.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return chars, offsets


@lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """The normalised form of ``text`` alone (no offset map)."""
    return normalize(text).text


# --- sentences -------------------------------------------------------------------------------


_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?|[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def words(normalized_text: str) -> list[str]:
    """The word tokens of an already normalised text (numbers kept whole); a new list each
    time, so the caller may change it."""
    return list(_words(normalized_text))


def text_words(normalized_text: str) -> list[str]:
    """``words``, read without keeping them: for whole texts, each read once, whose words would
    fill the cache ``words`` keeps of sentences (and hold every text's words in memory)."""
    found: list[str] = _WORD.findall(normalized_text)
    return found


# Texts whose words are kept: a check reads the words of its passage, evidence and claim
# several times, and claims citing one passage read the same ones again.
WORDS_CACHE = 16384


@lru_cache(maxsize=WORDS_CACHE)
def _words(normalized_text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalized_text))


def joined_words(normalized_text: str) -> str:
    """The words of an already normalised text joined by single spaces: ``" ".join(words(
    normalized_text))`` without the copy."""
    return " ".join(_words(normalized_text))


STOPWORDS = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been being
    has have had do does did it its this that these those there their they them he she his her
    him we our you your i me my not no nor so than then too very can could would should will
    shall may might must also into onto over under about after before between during while
    which who whom whose what when where why how all any both each few more most other some such
    only own same just out up down off again further once here s t said says say
    according""".split()
)


def content_words(normalized_text: str) -> list[str]:
    """Words that carry meaning: no stop words, no numbers."""
    return [w for w in words(normalized_text) if w not in STOPWORDS and not w[0].isdigit()]


_ANY_WORD = re.compile(r"\w+")


def _unaccented(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spelled_as_in(text: str, other: str) -> str:
    """``text`` with each word that ``other`` writes with other accents written as ``other``
    writes it ("Ortíz" where the other says "Ortiz", or the other way round): one name, one
    spelling, so that the places of names can be compared. Offsets are kept: only a word of
    the same length is replaced."""
    if text.isascii() and other.isascii():
        return text
    theirs: dict[str, str] = {}
    for m in _ANY_WORD.finditer(other):
        w = m.group()
        theirs.setdefault(_unaccented(w), w)

    def respell(m: re.Match[str]) -> str:
        w = m.group()
        found = theirs.get(_unaccented(w))
        return found if found is not None and len(found) == len(w) else w

    return _ANY_WORD.sub(respell, text)
