"""An offline English lexicon: synonyms, derived forms, antonyms and base forms of words.

The data come from WordNet 3.0 (Princeton University, https://wordnet.princeton.edu/),
distributed under the WordNet 3.0 license reproduced in ``data/WORDNET_LICENSE`` next to
this module. They ship inside the package as ``data/lexicon.json.gz``: nothing is
downloaded at run time and nltk is not needed. To regenerate the file (Debian package
``wordnet-base`` installed, files in /usr/share/wordnet)::

    python scripts/build_lexicon.py

The file keeps single-word lemmas only. A word's synset ids come from its six most
frequent senses per part of speech, so two words that share one can stand for one another
in a common sense; rarer senses are left out on purpose (the 11th sense of "hit" is
"murder", yet "hit" should not stand for "murder").

All functions take lower-case single words. A word WordNet does not know has no synonyms,
derived forms or antonyms; its base forms and related words are just the word itself.
The data are loaded on the first call (0.1-0.2 s, about 19 MB) and stay in memory.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "antonyms_of",
    "base_forms",
    "lemma_count",
    "related",
    "same_sense",
    "synonyms_of",
]

DATA_FILE = "lexicon.json.gz"

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
class _Lexicon:
    """The data file's tables. Lists are stored flat, as space-separated strings."""

    synsets: dict[str, str]  # lemma -> synset ids of its first senses
    near: dict[str, str]  # lemma -> ids of the senses one step from those (hypernyms, similar)
    derived: dict[str, str]  # lemma -> derivationally related lemmas
    antonyms: dict[str, str]  # lemma -> antonym lemmas
    exceptions: dict[str, str]  # irregular form -> base lemmas
    pos: dict[str, str]  # lemma -> its parts of speech, letters from "nvar"
    exception_pos: dict[str, str]  # irregular form -> parts of speech whose .exc lists it


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Read the packaged data file (once)."""
    folder = resources.files("factbase.analysis").joinpath("data")
    blob = folder.joinpath(DATA_FILE).read_bytes()
    data = json.loads(gzip.decompress(blob))
    return _Lexicon(
        synsets=data["synsets"],
        near=data["near"],
        derived=data["derived"],
        antonyms=data["antonyms"],
        exceptions=data["exceptions"],
        pos=data["pos"],
        exception_pos=data["exception_pos"],
    )


def lemma_count() -> int:
    """How many lemmas the lexicon holds."""
    return len(_lexicon().synsets)


@lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[str]:
    """The word, its irregular bases (struck -> strike) and its regular bases (abused -> abuse).

    Like WordNet's morphy, a detachment rule of a part of speech is applied only when the
    word is not in that part of speech's exception list, and its result is kept only when
    it is a lemma of that part of speech (so "king" does not give the noun "k"). As in
    morphy, nouns ending in "ss" or of two letters or fewer are not stripped.
    """
    lexicon = _lexicon()
    forms = {word}
    forms.update(lexicon.exceptions.get(word, "").split())
    listed = lexicon.exception_pos.get(word, "")
    for pos, rules in _RULES.items():
        if pos in listed:
            continue
        if pos == "n" and (word.endswith("ss") or len(word) <= 2):
            continue
        for suffix, ending in rules:
            if word.endswith(suffix):
                candidate = word[: -len(suffix)] + ending
                if pos in lexicon.pos.get(candidate, ""):
                    forms.add(candidate)
    return frozenset(forms)


@lru_cache(maxsize=65536)
def synonyms_of(word: str) -> frozenset[int]:
    """Synset ids of the word's base forms (their most frequent senses)."""
    synsets = _lexicon().synsets
    ids = [int(i) for form in base_forms(word) for i in synsets.get(form, "").split()]
    return frozenset(ids) if ids else _EMPTY_IDS


@lru_cache(maxsize=65536)
def near_senses(word: str) -> frozenset[int]:
    """Synset ids one step from the word's senses: its hypernyms and similar senses."""
    near = _lexicon().near
    ids = [int(i) for form in base_forms(word) for i in near.get(form, "").split()]
    return frozenset(ids) if ids else _EMPTY_IDS


@lru_cache(maxsize=65536)
def related(word: str) -> frozenset[str]:
    """The word's base forms and the lemmas derivationally related to them."""
    derived = _lexicon().derived
    forms = base_forms(word)
    return forms.union(*(derived.get(form, "").split() for form in forms))


@lru_cache(maxsize=65536)
def antonyms_of(word: str) -> frozenset[str]:
    """Antonym lemmas of the word's base forms (adjective satellites: via their head)."""
    antonyms = _lexicon().antonyms
    found = [other for form in base_forms(word) for other in antonyms.get(form, "").split()]
    return frozenset(found) if found else _EMPTY_WORDS


def is_adjective(word: str) -> bool:
    """Is the lemma an adjective (its antonyms are the dependable ones: good/bad, early/late)?"""
    return "a" in _lexicon().pos.get(word, "")


def is_noun(word: str) -> bool:
    """Can the word, or a base form of it, be a noun ("jobs", "passengers"; not "survived")?"""
    pos = _lexicon().pos
    return any("n" in pos.get(form, "") for form in base_forms(word))


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
