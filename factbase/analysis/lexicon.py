"""An offline English lexicon: synonyms, derived forms, antonyms and base forms of words.

The data come from WordNet 3.0 (Princeton University, https://wordnet.princeton.edu/),
distributed under the WordNet 3.0 license reproduced in ``data/WORDNET_LICENSE`` next to
this module. They ship inside the package as ``data/lexicon.sqlite``, an SQLite file with a
row per word: nothing is downloaded at run time and nltk is not needed. To regenerate the
file (Debian package ``wordnet-base`` installed, files in /usr/share/wordnet)::

    python scripts/build_lexicon.py

The file keeps single-word lemmas, and verbs of two words ("take part") for their senses.
A word's synset ids come from its six most frequent senses per part of speech, so two words
that share one can stand for one another in a common sense; rarer senses are left out on
purpose (the 11th sense of "hit" is "murder", yet "hit" should not stand for "murder").

All functions take lower-case single words (``phrase_senses`` two of them). A word WordNet
does not know has no synonyms, derived forms or antonyms; its base forms and related words
are just the word itself.
A word is read from the file the first time it is asked about (a few microseconds; opening
the file takes under a millisecond), and stays in memory: a command reads only the words of
its texts, not the whole lexicon.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "antonyms_of",
    "base_forms",
    "lemma_count",
    "phrase_senses",
    "related",
    "same_sense",
    "synonyms_of",
]

DATA_FILE = Path(__file__).parent / "data" / "lexicon.sqlite"

# WordNet's "morphy" detachment rules, per part of speech: (suffix, replacement).
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "v": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}

_EMPTY_IDS: frozenset[int] = frozenset()
_EMPTY_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Entry:
    """One word's row of the data file. Lists are stored flat, as space-separated strings;
    "" where the word has none."""

    synsets: str = ""  # synset ids of its first senses
    near: str = ""  # ids of the senses one step from those (hypernyms, similar)
    derived: str = ""  # derivationally related lemmas
    antonyms: str = ""  # antonym lemmas
    exceptions: str = ""  # as an irregular form: its base lemmas
    pos: str = ""  # as a lemma: its parts of speech, letters from "nvar"
    exception_pos: str = ""  # as an irregular form: the parts of speech whose .exc lists it


_UNKNOWN = _Entry()
_SELECT_WORD = f"SELECT {', '.join(_Entry.__dataclass_fields__)} FROM words WHERE word = ?"
_COUNT_LEMMAS = "SELECT count(*) FROM words WHERE pos IS NOT NULL"  # a lemma has parts of speech


class _DataFile:
    """The packaged data file, opened read-only on the first look-up (again in a forked
    process); look-ups from several threads take turns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0

    def row(self, word: str) -> tuple[str | None, ...] | None:
        """The word's columns; None for a word the file does not hold."""
        if not word.isascii() and not _encodable(word):
            return None  # a lone surrogate (text that was not UTF-8) is no word of WordNet's
        with self._lock:
            cursor = self._connect().execute(_SELECT_WORD, (word,))
            row: tuple[str | None, ...] | None = cursor.fetchone()
            return row

    def count(self) -> int:
        with self._lock:
            (n,) = self._connect().execute(_COUNT_LEMMAS).fetchone()
            return int(n)

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            # immutable: the file never changes, so SQLite takes no locks on it.
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection


def _encodable(word: str) -> bool:
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_DATA = _DataFile(DATA_FILE)


@lru_cache(maxsize=1 << 18)
def _entry(word: str) -> _Entry:
    """What the data file says of ``word`` (read once)."""
    row = _DATA.row(word)
    if row is None:
        return _UNKNOWN
    return _Entry(*(value or "" for value in row))


def lemma_count() -> int:
    """How many lemmas the lexicon holds."""
    return _DATA.count()


@lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[str]:
    """The word, its irregular bases (struck -> strike) and its regular bases (abused -> abuse).

    Like WordNet's morphy, a detachment rule of a part of speech is applied only when the
    word is not in that part of speech's exception list, and its result is kept only when
    it is a lemma of that part of speech (so "king" does not give the noun "k"). As in
    morphy, nouns ending in "ss" or of two letters or fewer are not stripped.
    """
    entry = _entry(word)
    forms = {word}
    forms.update(entry.exceptions.split())
    listed = entry.exception_pos
    for pos, rules in _RULES.items():
        if pos in listed:
            continue
        if pos == "n" and (word.endswith("ss") or len(word) <= 2):
            continue
        for suffix, ending in rules:
            if word.endswith(suffix):
                candidate = word[: -len(suffix)] + ending
                if pos in _entry(candidate).pos:
                    forms.add(candidate)
    return frozenset(forms)


@lru_cache(maxsize=65536)
def synonyms_of(word: str) -> frozenset[int]:
    """Synset ids of the word's base forms (their most frequent senses)."""
    ids = [int(i) for form in base_forms(word) for i in _entry(form).synsets.split()]
    return frozenset(ids) if ids else _EMPTY_IDS


@lru_cache(maxsize=65536)
def phrase_senses(verb: str, particle: str) -> frozenset[int]:
    """Synset ids of the verb of two words that ``verb`` (in any of its base forms) and the
    word after it make: "took part" is "take part", whose sense "participate" shares."""
    ids = [
        int(i)
        for form in base_forms(verb) if "v" in _entry(form).pos
        for i in _entry(f"{form} {particle}").synsets.split()
    ]
    return frozenset(ids) if ids else _EMPTY_IDS


@lru_cache(maxsize=65536)
def near_senses(word: str) -> frozenset[int]:
    """Synset ids one step from the word's senses: its hypernyms and similar senses."""
    ids = [int(i) for form in base_forms(word) for i in _entry(form).near.split()]
    return frozenset(ids) if ids else _EMPTY_IDS


@lru_cache(maxsize=65536)
def related(word: str) -> frozenset[str]:
    """The word's base forms and the lemmas derivationally related to them."""
    forms = base_forms(word)
    return forms.union(*(_entry(form).derived.split() for form in forms))


@lru_cache(maxsize=65536)
def antonyms_of(word: str) -> frozenset[str]:
    """Antonym lemmas of the word's base forms (adjective satellites: via their head)."""
    found = [other for form in base_forms(word) for other in _entry(form).antonyms.split()]
    return frozenset(found) if found else _EMPTY_WORDS


def is_known(word: str) -> bool:
    """Is the word, or a base form of it, a lemma of WordNet's in any part of speech?"""
    return any(_entry(form).pos for form in base_forms(word))


def is_adjective(word: str) -> bool:
    """Is the lemma an adjective (its antonyms are the dependable ones: good/bad, early/late)?"""
    return "a" in _entry(word).pos


def is_noun(word: str) -> bool:
    """Can the word, or a base form of it, be a noun ("jobs", "passengers"; not "survived")?"""
    return any("n" in _entry(form).pos for form in base_forms(word))


def is_lemma(word: str) -> bool:
    """Is the word, as written, a lemma of WordNet's ("lost", "closed"; not "lasted")?"""
    return bool(_entry(word).pos)


def is_noun_lemma(word: str) -> bool:
    """Is the word, as written, a noun of WordNet's ("voter", "harlow"; not "priced", "once")?"""
    return "n" in _entry(word).pos


def is_noun_or_verb(word: str) -> bool:
    """Is the word, as written, a noun or a verb of WordNet's ("forest", "protest"; not
    "largest")?"""
    return not {"n", "v"}.isdisjoint(_entry(word).pos)


def is_verb(word: str) -> bool:
    """Can the word be a verb as written ("win", "approve")?"""
    return "v" in _entry(word).pos


def is_verb_form(word: str) -> bool:
    """Is the word written as a verb's past or participle: a regular one ("handed",
    "handing") or one the verbs' exception list gives ("led", "overtaken"); not a noun's
    irregular plural ("men") nor a comparative ("younger")?"""
    if "v" in _entry(word).exception_pos:
        return True
    return word.endswith(("ed", "ing")) and any(
        "v" in _entry(form).pos for form in base_forms(word) if form != word
    )


def is_inflected_verb(word: str) -> bool:
    """Is the word a verb's inflected form ("crashed", "struck", "won"; not "set" or "land",
    which may be other parts of speech as written)?"""
    return any("v" in _entry(form).pos for form in base_forms(word) if form != word)


def same_sense(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` can stand for one another.

    True when they are equal, share a synset of their most frequent senses, or one's base
    form is among the other's related words (evacuated / evacuations).
    """
    if a == b:
        return True
    if not synonyms_of(a).isdisjoint(synonyms_of(b)):
        return True
    return not (related(a).isdisjoint(base_forms(b)) and related(b).isdisjoint(base_forms(a)))
