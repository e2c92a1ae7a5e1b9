"""Text normalisation with an offset map back to the original, and sentence splitting.

Every position factbase stores or shows points into the original, un-normalised text. Matching
works on a normalised copy; ``Normalized.to_original`` maps its positions back.
"""

from __future__ import annotations

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
}

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Normalized:
    """A normalised copy of ``original`` with a map from each of its positions back."""

    original: str
    text: str
    # offsets[i] is the position in ``original`` of normalised character i;
    # offsets[len(text)] == len(original).
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to a span of the original text."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if start == end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def from_original(self, pos: int) -> int:
        """The first normalised position at or after original position ``pos``."""
        import bisect

        return bisect.bisect_left(self.offsets, pos, 0, len(self.text))


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
    fast = _fast_fold(text, casefold) if not dropped else None
    if fast is not None:
        joined, offsets = fast
    else:
        joined, offsets = _slow_fold(text, casefold, dropped)
    # Drop thousands separators, keeping the map.
    if drop_thousands and "," in joined:
        keep = [True] * len(joined)
        for m in _THOUSANDS.finditer(joined):
            keep[m.start()] = False
        if not all(keep):
            joined = "".join(c for c, k in zip(joined, keep, strict=True) if k)
            offsets = [o for o, k in zip(offsets, keep, strict=True) if k]
    offsets.append(len(text))
    return Normalized(original=text, text=joined, offsets=tuple(offsets))


# One character for one: what str.translate can do while keeping every offset.
_ONE_TO_ONE = {ord(k): v for k, v in _CHAR_FOLD.items() if len(v) == 1}
_NEEDS_SLOW = re.compile(
    "[" + "".join(re.escape(k) for k, v in _CHAR_FOLD.items() if len(v) != 1) + "]"
)
_SPACE_RUN = re.compile(r"\s+")


def _fast_fold(text: str, casefold: bool) -> tuple[str, list[int]] | None:
    """The fold for text whose characters each map to exactly one: most text, much faster.

    None when some character would expand or vanish (soft hyphens, ellipses, NFKC
    decompositions, case changes of unequal length): the character-by-character fold is used.
    """
    if _NEEDS_SLOW.search(text):
        return None
    folded = text.translate(_ONE_TO_ONE)
    if not folded.isascii():
        if unicodedata.normalize("NFKC", folded) != folded:
            return None
    if casefold:
        lowered = folded.lower()
        if len(lowered) != len(folded):
            return None
        folded = lowered
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(folded):
        a, b = m.span()
        if a > pos:
            pieces.append(folded[pos:a])
            offsets.extend(range(pos, a))
        if a > 0 and b < len(folded):
            pieces.append(" ")
            offsets.append(a)
        pos = b
    if pos < len(folded):
        pieces.append(folded[pos:])
        offsets.extend(range(pos, len(folded)))
    return "".join(pieces), offsets


def _slow_fold(text: str, casefold: bool, dropped: set[int]) -> tuple[str, list[int]]:
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
    return "".join(chars), offsets


@lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """The normalised form of ``text`` alone (no offset map)."""
    return normalize(text).text


# --- sentences -------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos vs v etc e.g i.e cf fig jan feb mar apr jun jul aug sep sept
    oct nov dec gen gov sen rep rev col lt sgt capt cllr coun inc ltd co corp approx est dept
    univ a.m p.m""".split()
)
_CLOSERS = "\"'\u201d\u2019)]"
_OPENERS = "\"'\u201c\u2018([\u00ab"
_TERMINAL = ".!?"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A single line break before a capital ends a sentence when the line before is this short and
# does not end mid-clause: headings, bylines, captions and page furniture.
_SHORT_LINE = 80


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _next_visible(text: str, pos: int) -> str:
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return text[pos] if pos < n else ""


def _starts_new_sentence(ch: str) -> bool:
    return ch.isupper() or ch in _OPENERS or ch.isdigit()


def sentence_spans(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (offsets into ``text``), robust to broken lines.

    A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes) followed by white space and
    a capital, a digit or an opening quote, unless the word before is a known abbreviation or a
    single initial. A blank line ends a sentence only when what follows starts like a sentence
    (a capital letter or an opening quote): a line break inside a sentence, as in text extracted
    from a magazine layout, is not a boundary. Each span is trimmed of surrounding white space.
    """
    n = len(text)
    cuts: list[int] = []
    i = 0
    while i < n:
        ch = text[i]
        if ch in _TERMINAL:
            j = i + 1
            while j < n and (text[j] in _TERMINAL or text[j] in _CLOSERS):
                j += 1
            if j >= n or text[j].isspace():
                nxt = _next_visible(text, j)
                if nxt == "" or (_starts_new_sentence(nxt) and not _is_abbreviation(text, i)):
                    cuts.append(j)
            i = j
            continue
        if ch == "\n":
            m = _BLANK_LINE.match(text, i)
            end = m.end() if m else i + 1
            nxt = _next_visible(text, end)
            if nxt and (nxt.isupper() or nxt in _OPENERS):
                line_start = text.rfind("\n", 0, i) + 1
                line = text[line_start:i].rstrip()
                if m or (len(line) <= _SHORT_LINE and line[-1:] not in ",;(-"):
                    cuts.append(i)
            i = end
            continue
        i += 1
    spans: list[Span] = []
    start = 0
    for cut in [*cuts, n]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
        start = cut
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS or (len(word) == 1 and text[k].isupper()):
        return True
    # Initials: "J.K." - single letters joined by dots.
    return re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) is not None


def paragraph_index(text: str, pos: int) -> int:
    """The 1-based number of the paragraph (blank-line separated block) holding ``pos``."""
    count = 1
    for m in _BLANK_LINE.finditer(text, 0, max(0, pos)):
        if text[m.end():pos].strip():
            count += 1
    return count


_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?|[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def words(normalized_text: str) -> list[str]:
    """The word tokens of an already normalised text (numbers kept whole)."""
    return _WORD.findall(normalized_text)


STOPWORDS = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been being
    has have had do does did it its this that these those there their they them he she his her
    him we our you your i me my not no nor so than then too very can could would should will
    shall may might must also into onto over under about after before between during while
    which who whom whose what when where why how all any both each few more most other some such
    only own same just out up down off again further once here s t said says say according""".split()
)


def content_words(normalized_text: str) -> list[str]:
    """Words that carry meaning: no stop words, no numbers."""
    return [w for w in words(normalized_text) if w not in STOPWORDS and not w[0].isdigit()]
