"""Text normalisation with an offset map back to the original, and sentence splitting.

Every position factbase stores or shows points into the original, un-normalised text. Matching
works on a normalised copy; ``Normalized.to_original`` maps its positions back.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
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

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A reference to a note, as encyclopaedias print them right after a word or a stop: "[55]",
# "[12][13]", "[a]"; and "[citation needed]". "the [50] cases" is a number in brackets.
_REFERENCE_MARK = re.compile(
    r"(?:(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|note \d{1,3})\]|\[citation needed\])+", re.I
)


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
_DROP_CAP = re.compile(r"(?:^|\n)[ \t]*[A-Z](\s*\n\s*)(?=[a-z])")


def _drop_cap_breaks(text: str) -> set[int]:
    drop: set[int] = set()
    for m in _DROP_CAP.finditer(text):
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
    # What to drop from the folded text: white space beyond one, at either end, and
    # thousands separators.
    removed: list[int] = []
    stripped = folded.strip(" ")
    lead = len(folded) - len(folded.lstrip(" "))
    removed.extend(range(lead))
    if stripped:
        for m in _SPACE_EXTRA.finditer(folded, lead, lead + len(stripped)):
            removed.extend(range(m.start(), m.end()))
        removed.extend(range(lead + len(stripped), len(folded)))
    else:
        removed = list(range(len(folded)))
    if drop_thousands and "," in folded:
        removed.extend(m.start() for m in _THOUSANDS.finditer(folded))
        removed.sort()
    if "[" in folded:
        # a reference mark ("in April 2007.[55]") is no part of what is said
        marks: set[int] = set()
        for m in _REFERENCE_MARK.finditer(folded):
            start, end = m.start(), m.end()
            if start == 0 and folded[end:end + 1] == " ":
                end += 1  # "[3] Start": no space before the text
            while start > 0 and folded[start - 1] == " ":
                start -= 1  # "it [12] fell", "fell [4].": the space after stays, or none
            marks.update(range(start, end))
        if marks:
            removed = sorted(marks.union(removed))
    pieces: list[str] = []
    builder = _MapBuilder()
    run_starts = list(itertools.accumulate((length for _, length in runs), initial=0))
    pos = 0
    for cut in [*removed, len(folded)]:
        if cut > pos:
            pieces.append(folded[pos:cut])
            _map_stretch(builder, runs, run_starts, pos, cut)
        pos = cut + 1
    return Normalized(
        original=text,
        text="".join(pieces),
        starts=tuple(builder.starts),
        origins=tuple(builder.origins),
    )


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
# The characters ``_ONE_TO_ONE`` changes: replacing just those is much faster than
# ``str.translate``, which looks up every character of a text that is not all ASCII.
_FOLDED_ONE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in sorted(_ONE_TO_ONE.items()) if chr(c) != v) + "]"
)
_SPACE_EXTRA = re.compile(r"(?<= ) +")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _one_to_one(text: str) -> str:
    """``text.translate(_ONE_TO_ONE)``, done where it changes anything."""
    return _FOLDED_ONE.sub(_fold_match, text)


def _fold_match(m: re.Match[str]) -> str:
    return _ONE_TO_ONE[ord(m.group(0))]


def _nfkc_char(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group(0))


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
    specials = sorted({m.start() for m in _NEEDS_SLOW.finditer(text)} | dropped)
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    pos = 0
    for i in [*specials, len(text)]:
        if i > pos:
            seg = _one_to_one(text[pos:i])
            if not seg.isascii():
                if unicodedata.combining(seg[0]):
                    return None  # a mark that would compose across a vanished character
                # Character by character, as the slow fold does (a no-break space becomes a
                # space); a run where that differs from NFKC of the whole run composes or
                # splits characters, and goes the slow way.
                each = _NON_ASCII.sub(_nfkc_char, seg)
                if len(each) != len(seg) or unicodedata.normalize("NFKC", seg) != each:
                    return None
                seg = _one_to_one(each)
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


# Texts whose words are kept: a check reads the words of its passage, evidence and claim
# several times, and claims citing one passage read the same ones again.
WORDS_CACHE = 16384


@lru_cache(maxsize=WORDS_CACHE)
def _words(normalized_text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalized_text))


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
