"""Numbers as written: digits, thousands separators, scales, money, per cent, words, fractions."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from factbase.analysis.facts.units import GLUED

UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    # The Indian system: a lakh is 100,000, a crore 10 million ("Rs 615 crore").
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    "dozen": 12,  # "a dozen", "two dozen" ("dozens" is no number)
}
SUFFIX_SCALES = {"k": 1000, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}
FRACTIONS = {
    "half": Fraction(1, 2), "a half": Fraction(1, 2), "one half": Fraction(1, 2),
    "a third": Fraction(1, 3), "one third": Fraction(1, 3), "two thirds": Fraction(2, 3),
    "two-thirds": Fraction(2, 3), "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4), "three-quarters": Fraction(3, 4),
    "a fifth": Fraction(1, 5), "one fifth": Fraction(1, 5), "a tenth": Fraction(1, 10),
    "one tenth": Fraction(1, 10), "a hundredth": Fraction(1, 100),
    "one hundredth": Fraction(1, 100), "a thousandth": Fraction(1, 1000),
    "one thousandth": Fraction(1, 1000), "one-tenth": Fraction(1, 10),
    "one-hundredth": Fraction(1, 100), "one-thousandth": Fraction(1, 1000),
    "one-half": Fraction(1, 2), "one-third": Fraction(1, 3), "one-quarter": Fraction(1, 4),
    "one-fifth": Fraction(1, 5),
}
_NUMWORD = "|".join(sorted([*TENS, *UNITS, "one", *SCALES], key=len, reverse=True))
_FIRST_NUMWORD = "|".join(sorted([*TENS, *UNITS], key=len, reverse=True))
# A run of number words: "forty-two", "two hundred and fifty", "one thousand four hundred",
# "a million". "and" joins only after a scale word ("hundred and fifty"), never two numbers
# ("stages four, five and six").
_AFTER_SCALE = "|".join(f"(?<={w})" for w in SCALES)
WORDNUM_RE = (
    rf"(?:(?:{_FIRST_NUMWORD})|(?:a|one)(?=[- ](?:hundred|thousand|million|billion|dozen)))"
    rf"(?:(?:[- ]|(?:{_AFTER_SCALE}) and )(?:{_NUMWORD}))*"
)
FRACTION_RE = "|".join(sorted((re.escape(k) for k in FRACTIONS), key=len, reverse=True))
_GLUED = "|".join(re.escape(u) for u in GLUED)
NUM_RE = (
    r"(?P<cur>(?:US|U\.S\.|Can|CA|C|AU|A|NZ|HK|SG|S)\$|[£$€¥₹]|"
    r"(?:Rs\.?|INR|USD|CAD|AUD|NZD|HKD|SGD|EUR|GBP|JPY)\s?)?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    # a whole number and a fraction: "3 1/2 hours" (and "3½", folded to "3 1/2"); "10 and a
    # half years" (not "10 and half of them")
    r"(?P<mixed>\s[1-9]/(?:[2-9]|1[0-6])(?![\d/])|\s+and\s+(?:a\s+)?half\b(?!\s+of\b))?"
    rf"(?:(?:\s?|-(?=(?:million|billion|trillion)\b))"
    rf"(?P<scale>million|billion|trillion|thousand|lakh crores?|lakhs?|crores?|bn|mn|tn|m|k)\b"
    rf"|(?P<glued>{_GLUED}|\s?[°º]\s?[CcFf]|(?-i:[CF]))\b)?"
    r"(?P<pct>\s?(?:%|per ?cent\b|percent\b)|(?-i:pc)\b)?"
)
NUMBER = re.compile(rf"(?<![\w.,]){NUM_RE}(?![\w]|[.,]\d)", re.I)
WORD_NUMBER = re.compile(
    rf"(?<!\w)(?:(?P<frac>{FRACTION_RE})|(?P<words>half a dozen|{WORDNUM_RE}"
    r"|one(?=\s+and\s+a\s+half))"
    r"(?P<half>\s+and\s+a\s+half(?P<hscale>\s+(?:thousand|million|billion|trillion))?)?)\b"
    r"(?P<pct>\s(?:per ?cent|percent)\b)?",
    re.I,
)
NUMBER_WORDS = frozenset(
    [*UNITS, *TENS, *SCALES, "half", "third", "thirds", "quarter", "quarters", "fifth",
     "tenth", "hundredth", "thousandth"]
)


def parse_number(text: str) -> Fraction | None:
    """The value of a number as written: ``1,400``, ``1400``, ``twelve``, ``a third``, ``£4.5m``."""
    t = text.strip().lower()
    m = NUMBER.fullmatch(t)
    if m:
        return number_value(m)
    m = WORD_NUMBER.fullmatch(t)
    if m and (not m.group("words") or well_formed_words(m.group("words")) == m.group("words")):
        return word_value(m)
    return None


def number_value(m: re.Match[str]) -> Fraction:
    v = Fraction(m.group("num").replace(",", ""))
    if m.group("mixed"):
        mixed = m.group("mixed").strip()
        part = Fraction(1, 2) if mixed.endswith("half") else Fraction(mixed)
        if part < 1:
            v += part
    scale = (m.group("scale") or "").lower()
    for word in scale.split():  # "1.35 lakh crore" is 1.35 x 100,000 x 10 million
        v *= SCALES.get(word) or SUFFIX_SCALES[word]
    return v


def word_value(m: re.Match[str]) -> Fraction:
    if m.group("frac"):
        return FRACTIONS[m.group("frac").lower()]
    if m.group("half"):
        # "three and a half years", "one and a half million people"
        words = m.group("words")
        # "a dozen and a half" is 18
        whole = _words_value(words) + (6 if words.lower().endswith("dozen") else Fraction(1, 2))
        scale = (m.group("hscale") or "").strip().lower()
        return whole * SCALES[scale] if scale else whole
    return _words_value(m.group("words"))


_WORD_TOKEN = re.compile(r"[^\W\d_]+")


def _word_class(word: str) -> str:
    """The place a number word takes in a compound: a digit ("five"), a teen ("twelve"), a
    tens word ("forty"), "hundred", or a larger scale ("thousand", "crore")."""
    if word in ("a", "one") or UNITS.get(word, 10) < 10:
        return "digit"
    if word in UNITS:
        return "teen"
    if word in TENS:
        return "tens"
    return "hundred" if word == "hundred" else "scale"


# Which word may follow which in one number: a digit only after a tens word, "hundred" or a
# scale ("forty-two", "hundred and five"), never after another digit or a teen ("five one",
# "twelve three" are two numbers, or a digit and a fraction: "two one-hundredths").
_FOLLOWS = {
    "digit": frozenset({"hundred", "scale"}),
    "teen": frozenset({"hundred", "scale"}),
    "tens": frozenset({"digit", "hundred", "scale"}),
    "hundred": frozenset({"digit", "teen", "tens", "scale"}),
    "scale": frozenset({"digit", "teen", "tens", "hundred", "scale"}),
}


def well_formed_words(words: str) -> str:
    """The longest start of a run of number words that writes one number: "forty-two" and
    "two hundred and fifty" whole, "two" of "two one"."""
    last: str | None = None
    end = 0
    for m in _WORD_TOKEN.finditer(words):
        w = m.group(0).lower()
        if w == "and":
            continue
        kind = _word_class(w)
        if last is not None and kind not in _FOLLOWS[last]:
            break
        last, end = kind, m.end()
    return words[:end]


def _words_value(words: str) -> Fraction:
    if words.lower() == "half a dozen":
        return Fraction(6)
    total = 0
    current = 0
    for w in re.split(r"[- ]", words.lower()):
        if w in ("a", "one"):
            current += 1
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
    return Fraction(total + current)


# Below this, ``g`` would write a number in scientific notation ("2.5e-05").
SMALL_DISPLAY = Fraction(1, 10_000)


def format_number(v: Fraction) -> str:
    if v.denominator == 1:
        return f"{v.numerator:,}"
    for words, frac in FRACTIONS.items():
        if frac == v and not words.startswith("one"):
            return words
    if abs(v) >= 1000:
        # "2,317.6", as "2,318" is written; ``g`` would give "2317.6" and round past six digits
        return f"{float(v):,.4f}".rstrip("0").rstrip(".")
    if v and abs(v) < SMALL_DISPLAY:
        # "0.000025", as a share of one in four million is written, not "2.5e-05"
        return format(Decimal(f"{float(v):.3g}"), "f")
    return f"{float(v):g}"
