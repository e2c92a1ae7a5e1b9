"""Sentences and paragraphs of a source text, with offsets into the text as given.

Broken layouts are the rule: abbreviations, closing quotes, hard-wrapped lines and short lines
such as headings and bylines decide where a sentence ends.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos vs v etc e.g i.e cf fig jan feb mar apr jun jul aug sep sept
    oct nov dec gen gov sen rep rev col lt sgt capt cllr coun inc ltd co corp approx est dept
    univ a.m p.m adm rt hon p pp vol ch para jr sr mt brig maj cmdr supt det insp ave rd
    no nr ed eds rs""".split()
)
# Abbreviations that often end a sentence ("at 8:44 a.m.", "Kestria Electric Power Co."): a
# word that starts sentences after them starts the next one.
_SENTENCE_FINAL = frozenset("a.m p.m co inc ltd corp plc llc bros etc jr sr".split())
# Capitalised words that start sentences and are no part of a name, a time zone, a weekday or a
# month ("8 a.m. EST", "9 a.m. Monday" go on): determiners, pronouns, prepositions and
# conjunctions.
_STARTERS = frozenset(
    """The A An It Its He His She Her They Their Them We Our I This That These Those There Then
    In On At By For From With Without After Before During Since Until When While Where As If
    But And Yet So Also Some Many Most Both Each All Another Other Such One Two Three Among
    Under Over According Although Though However Meanwhile Still Later Earlier""".split()
)
_STARTER = re.compile(r"[A-Z][a-z]*\b")
# A full stop glued to the next sentence, as pages flattened to text carry them ("died.The
# next", "$44 Billion.Omnix has", "via KTV.Free trade", "private. .Omnix has", "1. .KTV
# reports"): a word of two letters or more that is no abbreviation (or a space), the stop, a
# capitalised word or an acronym of two letters or more. Initials ("U.S.The"), "e.g.The",
# domain names ("example.com") and decimals do not match.
_GLUED_BEFORE = re.compile(r"(?:(?<![\w.])[A-Za-z]{2,}|\s)$")
_GLUED_AFTER = re.compile(r"[A-Z](?:[a-z]+|[A-Z]+)\b")
_CLOSERS = "\"'\u201d\u2019)]"
_OPENERS = "\"'\u201c\u2018([\u00ab"
_TERMINAL = ".!?"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# What ``str.lstrip`` strips: ``\s`` of a str pattern is ``str.isspace``.
_SPACES = re.compile(r"\s*")
# A single line break before a capital ends a sentence when the line before is this short and
# does not end mid-clause: headings, bylines, captions and page furniture.
_SHORT_LINE = 80
# A bracketed aside at the start of a line, with the sentence going on after it on that line.
_ASIDE_GOES_ON = re.compile(r"[ \t]*[(\[][^()\[\]\n]{1,80}[)\]][ \t]*(?:[,;:]|[a-z])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# A visible character (\s is what str.isspace() holds white space).
_VISIBLE = re.compile(r"\S")


def _starts_new_sentence(ch: str) -> bool:
    return ch.isupper() or ch in _OPENERS or ch.isdigit()


_BREAK_CANDIDATE = re.compile(r"[.!?\n]")
# Footnote and citation markers right after a sentence's last mark: "[12]", "[8] [9]", "[a]".
_CITATION = re.compile(r" ?\[(?:\d{1,3}|[a-z]|note \d+|citation needed)\]")
# What follows a sentence's mark and belongs to it: more marks, closing quotes and brackets, then
# citation markers ("in 2010.[12] The next").
_MARK_TAIL = re.compile(
    "[" + re.escape(_TERMINAL + _CLOSERS) + "]*(?:" + _CITATION.pattern + ")*"
)
# A footnote number glued to a sentence's full stop, as reports flattened to text carry them:
# "caused 26 deaths.2 Although", "were reported.3,4 The".
_GLUED_NOTE = re.compile(r"\d{1,3}(?:[,–-]\d{1,3})*(?=\s+[A-Z\"'\u201c])")
# A line that starts a list item: a bullet, "3." or "3)", or a table row's "26 - ".
_BULLET = re.compile(r"[ \t]*(?:[-–•*·▪]|\d{1,2}[.)]|\d{1,3} [-–])\s+\S")


def sentence_spans(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (offsets into ``text``), robust to broken lines.

    A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes) followed by white space and
    a capital, a digit or an opening quote, unless the word before is a known abbreviation or a
    single initial. A blank line ends a sentence only when what follows starts like a sentence
    (a capital letter or an opening quote): a line break inside a sentence, as in text extracted
    from a magazine layout, is not a boundary. Each span is trimmed of surrounding white space.
    """
    return [Span(start, end) for start, end in sentence_bounds(text)]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each of :func:`sentence_spans`, without making a :class:`Span` of
    each (for preparing a whole text, where that is a good part of the cost)."""
    n = len(text)
    cuts: list[int] = []
    i = 0
    # Jump from one character that can end a sentence to the next.
    while (hit := _BREAK_CANDIDATE.search(text, i)) is not None:
        i = hit.start()
        ch = text[i]
        if ch in _TERMINAL:
            # Citation markers belong to the sentence they follow: "in 2010.[12] The next".
            tail = _MARK_TAIL.match(text, i + 1)
            j = tail.end() if tail is not None else i + 1  # it matches, if only emptily
            if (
                ch == "." and i > 0 and text[i - 1].isalpha()
                and (note := _GLUED_NOTE.match(text, j)) is not None
                and not _is_abbreviation(text, i)
            ):
                j = note.end()
            if j >= n or text[j].isspace():
                visible = _VISIBLE.search(text, j)  # the next visible character
                if visible is None or (
                    _starts_new_sentence(visible.group()) and not _is_abbreviation(text, i)
                ) or _ends_at_abbreviation(text, i, j):
                    cuts.append(j)
            elif j == i + 1 and ch == "." and _glued(text, i):
                cuts.append(j)
            i = j
            continue
        # A line break.
        m = _BLANK_LINE.match(text, i)
        end = m.end() if m else i + 1
        if _BULLET.match(text, end):
            cuts.append(i)  # "- 3 May: ...": each item of a list is a sentence
        elif (visible := _VISIBLE.search(text, end)) is not None and (
            (nxt := visible.group()).isupper() or nxt in _OPENERS
        ):
            line_start = text.rfind("\n", 0, i) + 1
            line = text[line_start:i].rstrip()
            # A bracket at the start of the next line that the sentence goes on after ("the
            # Kestria Institute\n(KHI), part of ...") is an aside of the sentence the line
            # break cut, not a caption or a heading.
            if m or (
                len(line) <= _SHORT_LINE and line[-1:] not in ",;(-"
                and _ASIDE_GOES_ON.match(text, end) is None
            ):
                cuts.append(i)
        i = end
    bounds: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, n]:
        first = _VISIBLE.search(text, start, cut)
        if first is not None:
            s, e = first.start(), cut
            while text[e - 1].isspace():
                e -= 1
            bounds.append((s, e))
        start = cut
    return bounds


def sentence_at(text: str, pos: int) -> Span:
    """The sentence of ``text`` that holds offset ``pos`` (the whole text when none does)."""
    return next((sp for sp in sentence_spans(text) if sp.start <= pos < sp.end),
                Span(0, len(text)))  # fmt: skip


def sentence_index(spans: list[Span], pos: int) -> int:
    """The index of the span of ``spans`` that holds offset ``pos``; -1 if none does."""
    return next((k for k, sp in enumerate(spans) if sp.start <= pos < sp.end), -1)


def is_list_item(sentence: str) -> bool:
    """Does the sentence read as an item of a list or a row of a table ("- 3 May: ...",
    "26 - Ivo Montago, Norvia")?"""
    return _BULLET.match(sentence) is not None


# A row of a table written with bars between its cells ("Goals scored | 164 |", "| Launch
# mass | 14 kg |"): a bar at an end of the line or set apart by spaces.
_TABLE_BAR = re.compile(r"^\s*\||\|\s*$|\s\|\s")


def is_table_row(sentence: str) -> bool:
    """Does the sentence read as one row of a table, its cells set apart by bars ("Goals
    scored | 164 (2.56 per match) |")?"""
    line = sentence.strip()
    cells = [c for c in line.split("|") if c.strip()]
    return "\n" not in line and _TABLE_BAR.search(line) is not None and len(cells) >= 2


def is_row(sentence: str) -> bool:
    """An item of a list, or a row of a table (``is_list_item``, ``is_table_row``)."""
    return is_list_item(sentence) or is_table_row(sentence)


# Initials, lower-cased and without their last full stop: "j.k", "u.s".
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _ends_at_abbreviation(text: str, dot: int, after: int) -> bool:
    """Does the sentence end at an abbreviation that can end one ("at 8:44 a.m. The aircraft",
    "in the U.S. It was")? Only when a word that starts sentences follows."""
    word = _word_before(text, dot)
    if word not in _SENTENCE_FINAL and _INITIALS.fullmatch(word) is None:
        return False
    pos = after
    while pos < len(text) and text[pos].isspace():
        pos += 1
    m = _STARTER.match(text, pos)
    return m is not None and m.group(0) in _STARTERS


def _glued(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` glued to the next sentence ("died.The next")?"""
    return (
        _GLUED_AFTER.match(text, dot + 1) is not None
        and _GLUED_BEFORE.search(text, max(0, dot - 40), dot) is not None
        and not _is_abbreviation(text, dot)
    )


def _word_before(text: str, dot: int) -> str:
    """The word before a full stop, with its inner dots ("a.m", "u.s"), lower case."""
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:dot].lower()


# Abbreviations that, written in capitals, are the time zone of a time before them.
_ZONES = frozenset({"est"})
# Signs a unit's letters follow without a space ("100 °C", "5 µm").
_GLUED_TO_LETTERS = "°µ"
# The longest abbreviation: a full stop after more letters than this ends none.
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # Longer than any abbreviation, and no initials (a letter before the last one, not a dot):
    # the common case, settled without walking back over the word.
    before = text[max(0, dot - _LONGEST_ABBREVIATION - 1):dot]
    if len(before) > _LONGEST_ABBREVIATION and before.isalpha():
        return False
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lower()
    if not word:
        return False
    if "." not in word and k > 0 and (text[k - 1].isdigit() or text[k - 1] in _GLUED_TO_LETTERS):
        # Letters run on from a figure are its unit, suffix or code, no abbreviation or
        # initial: "gate 12C.", "$48.6M.", "100 °C.", "came 41st." end their sentences.
        return False
    if word in _ZONES and text[k:dot].isupper():
        return False  # "at 8 p.m. EST. Counting began": a time zone, not "est." (estimated)
    if word in _ABBREVIATIONS or (len(word) == 1 and text[k].isupper()):
        return True
    # Initials: "J.K." - single letters joined by dots.
    return _INITIALS.fullmatch(word) is not None


def closes_sentence(word: str) -> bool:
    """Does a word written with its full stop ("Vantor.") end its sentence for certain: it is
    no abbreviation ("Dr.", "Co.") and no initial ("J.", "U.S.")?"""
    return word.endswith(".") and not word.endswith("..") and not _is_abbreviation(
        word, len(word) - 1
    )


def paragraph_index(text: str, pos: int, starts: Sequence[int] | None = None) -> int:
    """The 1-based number of the paragraph (blank-line separated block) holding ``pos``;
    ``starts``: ``paragraph_starts(text)``, when the caller keeps them."""
    return bisect.bisect_right(paragraph_starts(text) if starts is None else starts, pos) or 1


@lru_cache(maxsize=1024)
def paragraph_starts(text: str) -> tuple[int, ...]:
    """Where each paragraph's text begins: after a blank line, at its first visible character."""
    starts = [0]
    for m in _BLANK_LINE.finditer(text):
        # the first character ``str.lstrip`` would keep, found without copying the rest
        nxt = _SPACES.match(text, m.end()).end()  # type: ignore[union-attr]
        if nxt < len(text) and nxt > starts[-1]:
            starts.append(nxt)
    return tuple(starts)
