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

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factbase.analysis.facts.comparators import COMPARATOR_WORDS
    from factbase.analysis.facts.compare import compare
    from factbase.analysis.facts.dates import (
        MONTH_NAMES,
        MONTHS,
        DateValue,
        parse_reference_date,
    )
    from factbase.analysis.facts.extract import extract
    from factbase.analysis.facts.model import (
        Difference,
        Fact,
        FactSet,
        facts_summary,
        format_value,
    )
    from factbase.analysis.facts.numbers import parse_number
    from factbase.analysis.facts.values import shared_facts

# Where each name of the package lives. A name is imported from its module when first asked
# for: reading a date or a stored difference does not load the extraction and comparison
# modules, whose patterns take most of a command's start-up to compile.
_MODULES = {
    "COMPARATOR_WORDS": "comparators",
    "compare": "compare",
    "MONTH_NAMES": "dates",
    "MONTHS": "dates",
    "DateValue": "dates",
    "parse_reference_date": "dates",
    "extract": "extract",
    "Difference": "model",
    "Fact": "model",
    "FactSet": "model",
    "facts_summary": "model",
    "format_value": "model",
    "parse_number": "numbers",
    "shared_facts": "values",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """This package, whose ``extract`` and ``compare`` are the functions of the submodules of
    those names. Loading a submodule binds it to the package under its name; whichever code
    loads ``factbase.analysis.facts.extract`` first, the package's ``extract`` stays the
    function (as eager imports in this file left it), never the module."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _MODULES.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
