"""The offline WordNet 3.0 lexicon: base forms, synonyms, derived forms and antonyms.

Every assertion is a fact of WordNet 3.0 as built by scripts/build_lexicon.py (first six
senses per part of speech for synonymy; all senses for derivations and antonyms).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from importlib import resources

import pytest

from factbase.analysis.lexicon import (
    antonyms_of,
    base_forms,
    lemma_count,
    phrase_senses,
    related,
    same_sense,
    synonyms_of,
)


def test_data_file_loads_with_many_lemmas() -> None:
    assert lemma_count() >= 50_000
    data_dir = resources.files("factbase.analysis").joinpath("data")
    assert data_dir.joinpath("WORDNET_LICENSE").is_file()
    with closing(sqlite3.connect(str(data_dir.joinpath("lexicon.sqlite")))) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(words)")}
        lemmas = [row[0] for row in connection.execute("SELECT word FROM words WHERE pos")]
    assert columns >= {"word", "synsets", "derived", "antonyms", "exceptions", "pos"}
    assert all("_" not in lemma and lemma == lemma.lower() for lemma in lemmas)


def test_a_word_not_in_wordnet_is_only_itself() -> None:
    assert base_forms("qwzx") == {"qwzx"}
    assert synonyms_of("qwzx") == frozenset()
    assert antonyms_of("qwzx") == frozenset()
    assert related("qwzx") == {"qwzx"}
    # Text that was not UTF-8 keeps its bytes as lone surrogates: no word of WordNet's.
    assert base_forms("caf\udce9s") == {"caf\udce9s"}


def test_threads_look_words_up_at_once() -> None:
    words = [f"{w}{i}" for i in range(200) for w in ("struck", "raised", "evacuations")]
    found: list[frozenset[str]] = []

    def look_up() -> None:
        found.extend(base_forms(word) for word in words)

    threads = [threading.Thread(target=look_up) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 4 * len(words)


def test_irregular_past_has_its_base_and_shares_a_sense() -> None:
    assert "strike" in base_forms("struck")
    # hit, sense 2: "hit, strike, impinge on, run into, collide with".
    assert same_sense("struck", "hit")
    assert same_sense("strike", "hit")
    assert same_sense("hit", "struck")


def test_a_verb_of_two_words_has_the_senses_of_its_one_word_synonym() -> None:
    # "took part" is "take part", in a sense of "participate"; "called off" of "cancel"
    assert phrase_senses("took", "part") & synonyms_of("participated")
    assert phrase_senses("called", "off") & synonyms_of("cancel")
    # two words that make no verb together, or a noun first, have no senses as one
    assert phrase_senses("took", "the") == frozenset()
    assert phrase_senses("part", "took") == frozenset()
    assert not phrase_senses("took", "part") & synonyms_of("cancel")


def test_kill_and_die_are_not_synonyms() -> None:
    # WordNet relates them by cause (kill: "cause to die"), not by synonymy or derivation.
    assert base_forms("killed") == {"killed", "kill"}
    assert base_forms("died") == {"died", "die"}
    assert not same_sense("killed", "died")
    assert not same_sense("kill", "die")
    assert same_sense("killed", "kill")
    assert same_sense("died", "death")  # die + death are derivationally related


def test_rare_senses_do_not_make_synonyms() -> None:
    # "hit" sense 11 is "murder, slay, hit, ...": beyond the first six senses.
    assert not same_sense("hit", "murder")


def test_raise_and_lower() -> None:
    assert "lower" in antonyms_of("raise")
    assert "raise" in antonyms_of("lower")
    assert "lower" in antonyms_of("raised")
    assert not same_sense("raise", "lower")


def test_increase_and_decrease() -> None:
    assert "decrease" in antonyms_of("increase")
    assert "increase" in antonyms_of("decreased")
    assert not same_sense("increase", "decrease")


def test_good_and_bad() -> None:
    assert "bad" in antonyms_of("good")
    assert "good" in antonyms_of("bad")
    assert {"good", "well"} <= base_forms("better")


def test_satellite_adjectives_take_their_heads_antonyms() -> None:
    # "superb" is similar to "good" (antonym "bad"); "excellent" is similar to "superior"
    # (antonym "inferior"), not to "good", in WordNet 3.0.
    assert "bad" in antonyms_of("superb")
    assert "inferior" in antonyms_of("excellent")
    assert "bad" not in antonyms_of("excellent")
    # One step only: a head's antonym's own satellites are not antonyms.
    assert "terrible" not in antonyms_of("superb")


def test_evacuate_and_evacuation_are_related() -> None:
    assert "evacuation" in related("evacuate")
    assert "evacuate" in related("evacuation")
    assert same_sense("evacuate", "evacuation")
    assert same_sense("evacuated", "evacuations")


def test_investigation_is_not_investment() -> None:
    assert not same_sense("investigation", "investment")
    assert not same_sense("investigate", "invest")


def test_regular_inflections() -> None:
    assert base_forms("abuse") == {"abuse"}
    assert base_forms("abused") == {"abused", "abuse"}
    assert "abuse" in base_forms("abuses")
    assert "abuse" in base_forms("abusing")
    assert "woman" in base_forms("women")
    assert "box" in base_forms("boxes")
    assert "city" in base_forms("cities")
    assert "late" in base_forms("latest")


def test_rules_respect_part_of_speech_and_exceptions() -> None:
    assert base_forms("king") == {"king"}  # no verb "k"
    assert base_forms("boss") == {"boss"}  # nouns in "ss" are not stripped
    assert "i" not in base_forms("is")  # "is" is listed in noun.exc, so no noun rules
    assert "be" in base_forms("is")


@pytest.mark.parametrize("word", ["qwzxv", "covid"])
def test_unknown_words(word: str) -> None:
    assert base_forms(word) == {word}
    assert related(word) == {word}
    assert synonyms_of(word) == frozenset()
    assert antonyms_of(word) == frozenset()
    assert same_sense(word, word)
    assert not same_sense(word, "virus")
