r"""Facts found in a span of text: numbers, dates, ranges, comparators, negation and names.

Fuzzy matching finds the passage; the facts decide whether it says the same thing. Every fact
is reduced to a canonical value so that notation never matters (``1,400`` = ``1400``,
``twelve`` = ``12``, ``26th August 2014`` = ``August 26, 2014``, ``1997–2013`` = ``between 1997
and 2013``) while any change of value does.

One module a kind of fact (``numbers``, ``dates``, ``ranges``, ``comparators``, ``negation``,
``names``), what a fact is (``model``), reading them all from a text (``extract``), and comparing
a claim's with a passage's (``compare``).

A pattern that opens with a long list of words starts with ``(?<!\w)`` rather than ``\b``: every
word of the list starts with a letter or a digit, so the matches are the same, and Python's
``re`` finds them in about half the time.
"""

from factbase.analysis.facts.comparators import COMPARATOR_WORDS
from factbase.analysis.facts.compare import compare
from factbase.analysis.facts.dates import MONTH_NAMES, MONTHS, DateValue, parse_reference_date
from factbase.analysis.facts.extract import extract
from factbase.analysis.facts.model import Difference, Fact, FactSet, facts_summary, format_value
from factbase.analysis.facts.numbers import parse_number
from factbase.analysis.facts.values import shared_facts

__all__ = [
    "COMPARATOR_WORDS",
    "MONTHS",
    "MONTH_NAMES",
    "DateValue",
    "Difference",
    "Fact",
    "FactSet",
    "compare",
    "extract",
    "facts_summary",
    "format_value",
    "parse_number",
    "parse_reference_date",
    "shared_facts",
]
