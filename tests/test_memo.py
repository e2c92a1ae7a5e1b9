"""What the checker keeps between claims: cached work must answer exactly as fresh work, and a
changed text must never be served what was kept for the text before."""

from __future__ import annotations

from factbase.analysis.text import words
from factbase.analysis.wording import account, passage_words


def test_words_are_a_new_list_each_time() -> None:
    first = words("the council met on tuesday")
    first.append("changed")
    first[0] = "a"
    assert words("the council met on tuesday") == ["the", "council", "met", "on", "tuesday"]


def test_passage_words_of_one_passage_are_built_once() -> None:
    a = passage_words(["the", "ferry", "sailed", "at", "dawn"])
    b = passage_words(["the", "ferry", "sailed", "at", "dawn", "ferry"])  # a repeat adds nothing
    assert a is b


def test_a_changed_passage_accounts_for_its_own_words() -> None:
    before = account(["sailed"], passage_words(["the", "ferry", "sailed", "at", "dawn"]))
    after = account(["sailed"], passage_words(["the", "ferry", "waited", "at", "dawn"]))
    assert before.unaccounted == ()
    assert after.unaccounted == ("sailed",)
