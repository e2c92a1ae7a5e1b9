"""Names: capitalised words, acronyms, surnames, and which passage name stands for a claim's."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from factbase.analysis import lexicon
from factbase.analysis.facts.dates import MONTHS, TIME_NAMES, WEEKDAYS
from factbase.analysis.facts.model import Difference, Fact
from factbase.analysis.facts.numbers import NUMBER_WORDS
from factbase.analysis.sentences import closes_sentence, sentence_spans
from factbase.analysis.text import LONG_DASHES, STOPWORDS, norm, normalize
from factbase.analysis.wording import (
    CONTRASTS,
    RANK_MODIFIERS,
    is_light,
    opposites,
    outcome_of,
    phrases_said_plainly,
    stem,
    synonyms,
)

# Capitalised words this close (a space, or " of ") belong to one name: "Borough of Rotherham".
NAME_GAP = 4
HONORIFICS = frozenset(
    """mr mrs ms miss dr prof professor cllr coun councillor sir dame lord lady rev reverend
    chief superintendent inspector sergeant constable officer the""".split()
)
NOT_NAMES = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been it its
    this that these those there their they he she his her we our you your i my not no so than
    then also into after before between during while which who what when where why how all any
    both each more most other some such only said says according however although though
    yet since until unless because despite following shortly soon another many much several
    every few here one two three four five six seven eight nine ten first last next new read
    click video page have has had do did does will would could should may might must can
    monday tuesday wednesday thursday friday saturday sunday second third fourth fifth sixth
    seventh eighth ninth tenth like unlike amid amidst among without against whilst towards
    versus whereby beside""".split()
) | frozenset(MONTHS)
# Initials of common nouns, capitalised as initials are ("TV audience", "the GDP"): no names,
# but words that place one ("Omnix TV presenter Cora Lenz"). Titles ("CEO") stay names: they
# place the person after them.
COMMON_INITIALS = frozenset("tv gdp ipo dna rna".split())
NOT_NAMES = NOT_NAMES | COMMON_INITIALS
# Time zones: part of a time of day ("1:47 a.m. ET", "16:20 GMT"), not names; a time is
# compared as the time it states.
TIME_ZONES = frozenset(
    """gmt utc bst cet cest eet eest wet ist jst kst aest aedt et est edt ct cst cdt mt mst mdt
    pt pst pdt akst hst""".split()
)
# A North American zone spelled out after a time: "9 a.m. Eastern Time", "9 a.m. Pacific
# Standard Time" (ET, PST): a zone, no name.
ZONE_SPELLED_AFTER = re.compile(
    r"[\s(]*(Eastern|Central|Mountain|Pacific)(?:\s+(Standard|Daylight))?\s+[Tt]ime\b"
)
# Scales of temperature are units, compared with their numbers: "40 degrees Celsius".
NOT_NAMES = NOT_NAMES | TIME_ZONES | frozenset({"celsius", "fahrenheit"})
# Words that never open a name: small words, and titles that stand before one ("Dr", "Sir").
_NOT_NAME_OPENINGS = NOT_NAMES | HONORIFICS

# --- facts -----------------------------------------------------------------------------------
CAP_WORD = re.compile(r"\b[A-Z][\w'’&.-]*[\w]|\b[A-Z]\b")


def sentence_initial(t: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and (t[k].isspace() or t[k] in "\"'([“‘"):
        k -= 1
    return k < 0 or t[k] in ".!?:;|" or t[k].isdigit() and k < 4


def followed_by_capital(t: str, end: int) -> bool:
    m = re.match(r"\s+([A-Z])", t[end:end + 3])
    return m is not None


_TOKEN = re.compile(r"[A-Za-z][\w'’&.-]*|\d[\d,.]*")
# Brackets: an aside between a name and its verb.
_MARKS = re.compile(r"[()\[\]]")
# Words between the claim's neighbour word and the passage name standing in the same place.
CONTEXT_REACH = 3


# The teller a text names: "according to the Herald", "according to the Courier".
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
_ACCORDING_NAME = re.compile(r"\baccording\s+to\s+(?:the\s+)?([A-Z][\w'’&-]*)")


# A verb of telling right after a name: the name is who tells what follows ("Omnix estimated
# that", "the agency said").
_TELLS = re.compile(
    r"\s+(?:said|says|estimated|estimates|reported|reports|announced|announces|stated|states|"
    r"projected|projects|forecast|forecasts|calculated|calculates)\b"
)


# Someone the passage names before tells it too: "'...,' he said, according to the Herald"
# quotes him, not the Herald.
_PRONOUN_TELLS = re.compile(r"\b(?:he|she|they)\s+(?:said|says|added|told|estimated|stated)\b",
                            re.I)


def context_counterpart(
    missing: Fact,
    claim_text: str,
    passage_text: str,
    known: set[object],
    stated: frozenset[str] = frozenset(),
) -> str | None:
    """The passage name standing where the claim's missing name stands, found by its neighbours.

    The claim's nearest content word on either side of the name ("Transport Minister, James
    ___", "deaths were in ___") is looked up in the passage; a capitalised name at the same
    side of it, within ``CONTEXT_REACH`` words, and not one of the claim's names, stands in
    its place. None when the neighbours do not place one: a name is then missing, not changed.
    """
    if not claim_text or not passage_text:
        return None
    if _described(missing, claim_text):
        # "The Norwegian lost the final" against "Varnak lost the final": a word of nationality
        # describes whoever it is; no name stands in its place.
        return None
    if _ACCORDING_TO.search(claim_text, max(0, missing.start - 20), missing.start) or (
        _TELLS.match(claim_text, missing.end) and not _PRONOUN_TELLS.search(passage_text)
    ):
        # "according to the Herald" against "according to the Courier": the one teller each names
        # ("the Herald estimated that ..." against "..., according to the Courier" too)
        tellers = {
            m.group(1) for m in _ACCORDING_NAME.finditer(passage_text)
            if m.group(1).lower() not in known
        }
        if len(tellers) == 1:
            return tellers.pop()
    before = [m.group(0) for m in _TOKEN.finditer(claim_text[:missing.start])]
    after = [m.group(0) for m in _TOKEN.finditer(claim_text[missing.end:])]
    # Each anchor with its distance in words from the name: the passage name must stand at the
    # same distance ("Roger Stone resigned": "resigned" is two words after "Roger").
    anchors: list[tuple[str, int]] = []
    # A neighbouring name the passage shares: "West Yorkshire" against "South Yorkshire",
    # "James Vantor" against "James Pellary".
    passage_low = passage_text.lower()
    gap_after = claim_text[missing.end:missing.end + 2]
    gap_before = claim_text[max(0, missing.start - 2):missing.start]
    if after and gap_after[:1] == " " and after[0].lower() in known and (
        after[0].lower() in passage_low
    ):
        anchors.append((after[0], -1))
    if before and gap_before[-1:] == " " and bare(before[-1]) in known and (
        before[-1].lower() in passage_low
    ):
        anchors.append((before[-1], 1))  # "the KPU's Oren Brellin"
    elif (
        len(before) > 1 and gap_before[-1:] == " " and before[-1].lower() in _LINKS
        and bare(before[-2]) in known
        and f"{before[-2]} {before[-1]}".lower() in passage_low
    ):
        # "arrived in Vantor Bay from Port Ildren": the claim's name before a small word
        # places the passage's name after the same two ("Vantor Bay from Marrowick").
        anchors.append((before[-1], 1))
    for d, w in enumerate(reversed(before[-CONTEXT_REACH:]), 1):
        if _anchor(w, known):
            anchors.append((w, d))
            break
    for d, w in enumerate(after[:CONTEXT_REACH], 1):
        if _anchor(w, known):
            anchors.append((w, -d))
            break
    matches = list(_TOKEN.finditer(passage_text))
    tokens = [m.group(0) for m in matches]
    lows = [w.lower() for w in tokens]
    after_matches = list(_TOKEN.finditer(claim_text, missing.end))
    for anchor, distance in anchors:
        step = 1 if distance > 0 else -1
        for k, w in enumerate(lows):
            if w != anchor.lower():
                continue
            # The same distance from the anchor as in the claim, and nowhere else.
            for d in (abs(distance),):
                n = k + d * step
                if not 0 <= n < len(tokens):
                    continue
                if distance < 0 and -distance <= len(after_matches) and _MARKS.findall(
                    passage_text[matches[n].end():matches[k].start()]
                ) != _MARKS.findall(claim_text[missing.end:after_matches[-distance - 1].start()]):
                    # "researchers at the Vantor Ring Collider (VRC) presented": an aside
                    # between the name and the verb that the claim does not have
                    continue
                cand = tokens[n].rstrip(".,;:'’")
                low = cand.lower().removesuffix("'s").removesuffix("’s")
                if cand[:1].isupper() and low not in NOT_NAMES and low not in HONORIFICS:
                    if low in TITLES and distance == -1:
                        return None  # a title before the claim's surname: "President Vance"
                        # is "Ada Vance"
                    if low in known or low in TITLES:
                        break
                    return cand
    return aligned_counterpart(missing, claim_text, passage_text, known, stated)


# Words of the claim right before a name's slot: at least SLOT_SHARED of the SLOT_REACH nearest,
# the nearest among them and one a content word, stand in the passage in the same order right
# before the passage's name ("was replaced by Daskin" / "was replaced by Kray").
SLOT_REACH = 4
SLOT_SHARED = 2
_ARTICLES = frozenset({"the", "a", "an"})


def aligned_counterpart(
    missing: Fact,
    claim_text: str,
    passage_text: str,
    known: set[object],
    stated: frozenset[str] = frozenset(),
) -> str | None:
    """The passage name in the slot of the claim's missing name, the two texts aligned word by
    word: the claim's words right before its name are the passage's right before another name,
    and the claim's words right after it are the passage's right after that name, or the claim
    ends there ("Norvia, the Vantor Isles and Zelora." / "Norvia, the Vantor Isles, and
    Solvane."). None when the slot holds anything but the names, or when the claim's name in
    it holds a word the passage has or a name it states (``stated``, lower case: "the KNP's Fenna
    Daskin" / "the Kestrian National Party").
    """
    ctoks = list(_TOKEN.finditer(claim_text))
    ptoks = list(_TOKEN.finditer(passage_text))
    a = [bare(m.group(0)) for m in ctoks]
    b = [bare(m.group(0)) for m in ptoks]
    same = [False] * len(a)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, _, _ in ops:
        if tag == "equal":
            same[i1:i2] = [True] * (i2 - i1)
    for tag, i1, i2, j1, j2 in ops:
        if tag != "replace" or not ctoks[i1].start() <= missing.start < ctoks[i2 - 1].end():
            continue
        # The slot must be the claim's name run and nothing else.
        if not all(_a_name(m) for m in ctoks[i1:i2]):
            return None
        if any(a[n] in b or a[n] in stated for n in range(i1, i2)):
            return None  # a word of the claim's name is in the passage: not replaced
        if (i2 == len(a) or same[i2]) and _placed(a, same, range(i1 - 1, i1 - 1 - SLOT_REACH, -1)):
            # Past an article: "known as 'Vantor Point'" / "known as the 'Ildren Solvane Point'".
            k = j1 + 1 if j1 + 1 < j2 and b[j1] in _ARTICLES else j1
            return _first_name(ptoks[k], known)
        return None
    return None


def _a_name(m: re.Match[str]) -> bool:
    return m.group(0)[:1].isupper() and bare(m.group(0)) not in NOT_NAMES


def _placed(a: list[str], same: list[bool], ks: range) -> bool:
    """Do the claim's words at ``ks`` (the nearest first) stand in the passage right before
    the slot: the nearest, and SLOT_SHARED in all, one of them a content word?"""
    inside = [k for k in ks if 0 <= k < len(a)]
    if not inside or not same[inside[0]]:
        return False
    shared = [a[k] for k in inside if same[k]]
    # An abbreviation ("et al.") places nothing: lists repeat it after every name.
    return len(shared) >= SLOT_SHARED and any(
        w not in NOT_NAMES and not w[:1].isdigit() and not w.endswith(".") for w in shared
    )


def _first_name(m: re.Match[str], known: set[object]) -> str | None:
    """The word opening the passage's side of the slot, when it is a name none of the claim's."""
    word = m.group(0).rstrip(".,;:'’")
    low = bare(word)
    if not _a_name(m) or low in HONORIFICS or low in known:
        return None
    return word


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _described(f: Fact, text: str) -> bool:
    """Is the capitalised word one of description used for a person: "the" before it, no
    other capitalised word after it, and an adjective in the lexicon ("the Serbian", "the
    American"; not "the West Midlands")?"""
    return (
        _THE_BEFORE.search(text, max(0, f.start - 5), f.start) is not None
        and _CAPITAL_AFTER.match(text, f.end) is None
        and lexicon.is_adjective(str(f.value))
    )


# Small words that join one name to the next: "from Paris to Lyon", "Lyon in France".
_LINKS = frozenset("from to in of at near and".split())


# A name joined to a word that places something by it: "London-based", "Paris-born",
# "Kremlin-backed".
_PLACED_BY_NAME = re.compile(
    r"([A-Z][\w'’.]*)-(?:based|born|bred|built|backed|led|owned|run|made|listed|headquartered)"
)


def name_alone(word: str) -> str:
    """A name without the word that places something by it: "London-based" is "London"."""
    placed = _PLACED_BY_NAME.fullmatch(word) if "-" in word else None
    return placed.group(1) if placed is not None else word


def bare(word: str) -> str:
    """A token without its possessive or a sentence's full stop, lower case: "DUP's" and
    "DUP." are "dup" ("U.S." keeps its stops)."""
    if word.endswith(".") and word.count(".") == 1:
        word = word[:-1]
    return word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")


def _anchor(word: str, names: set[object]) -> bool:
    low = word.lower()
    if low in COMMON_INITIALS:
        return low not in names
    return (
        low not in NOT_NAMES and low not in HONORIFICS and low not in names
        and not word[:1].isupper() and not word[:1].isdigit() and len(low) > 2
    )


def part_of_present_name(
    f: Fact,
    names: list[Fact],
    present: set[int],
    claim_text: str,
    passage_text: str,
    claim_names: set[object],
) -> bool:
    """"Martin" of "Martin Kimber" when the passage says "Kimber": one name, found.

    Not when the passage puts another word in its place: "West Yorkshire Police" against
    "South Yorkshire Police", "Sheffield Council" against "Rotherham Council".
    """
    if not claim_text:
        return False
    for other in names:
        # Only a word before a present name: a given name or a qualifier. A word after it
        # ("James Vantor" against "James Pellary") is a different person.
        if other.start not in present or other is f or other.start < f.start:
            continue
        gap = claim_text[f.end:other.start]
        if re.fullmatch(r"(?:\s+[A-Z][\w'’.-]*)*\s+", gap) is None:
            continue
        return not preceded_by_other_name(str(other.value), passage_text, claim_names)
    return False


def preceded_by_other_name(word: str, passage_text: str, claim_names: set[object]) -> bool:
    pattern = re.compile(rf"([A-Z][\w'’-]*)\s+{re.escape(word)}\b", re.I)
    for m in pattern.finditer(normalize(passage_text, casefold=False).text):
        before = m.group(1)
        low = before.lower().rstrip(".'’")
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        if before[0].isupper() and low not in claim_names and low not in _NOT_NAME_OPENINGS:
            return True
    return False


# A short form with its full stop: "Fla.", "Calif.", "Mass.".
_SHORT_FORM = re.compile(r"\b([A-Z][a-z]{1,4})\.")
# What follows a full stop inside a sentence: a comma, or a word in lower case.
_MID_SENTENCE = re.compile(r"\s*(?:[,;)]|[a-z])")
# Titles and words shortened before a name or number, no name themselves.
_SHORT_TITLES = frozenset("mr mrs ms dr st jr sr gen col lt sgt rev prof gov sen rep no vs".split())


# A capitalised word of three letters or more with no full stop after it.
_CLIPPED_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b(?!\.)")


def shortened_in(name: str, text: str) -> bool:
    """Is ``name`` written in ``text`` in a short form with a full stop, its letters in order
    from the first ("Fla." for Florida, "Calif." for California)? A short form that is a word
    of its own, or a title, is none."""
    low = name.lower()
    for m in _SHORT_FORM.finditer(text):
        short = m.group(1).lower()
        if len(low) < len(short) + 2 or short[0] != low[0] or short in _SHORT_TITLES:
            continue
        if lexicon.is_known(short) and not (
            # a word of its own shortens a name only as its opening letters, its full stop
            # inside the sentence ("Dover, Mass., was" for Massachusetts; a sentence that
            # ends "... to Mass." says no name)
            low.startswith(short) and _MID_SENTENCE.match(text, m.end())
        ):
            continue
        rest = iter(low[1:])
        if all(ch in rest for ch in short[1:]):
            return True
    # the name's opening letters with no full stop, no word of their own ("Harlow Stad" for
    # Harlow Stadium)
    return any(
        len(low) >= len(m.group(0)) + 2 and low.startswith(m.group(0).lower())
        and not lexicon.is_known(m.group(0).lower())
        for m in _CLIPPED_NAME.finditer(text)
    )


# A short capitalised word, as particles of names are written ("Hadi Al Vantor", "Van",
# "Bin"): no initials.
_NAME_PARTICLE = re.compile(r"\b[A-Z][a-z]{1,2}\b")


def initials_in(text: str) -> frozenset[str]:
    """The words of ``text`` that may be initials, lower case: its name words but small words
    written in small letters ("men who have" spells no "World Health Organization"; "WHO"
    does) and particles of names ("Al" of "Hadi Al Vantor" stands for no "Anton Lenz"),
    unless written in capitals."""
    capitalised = capitalised_words(text)
    found = {w for w in name_words(text) if w in capitalised or w not in STOPWORDS}
    return frozenset(found) - (
        {w.lower() for w in _NAME_PARTICLE.findall(text)}
        - {w.lower() for w in re.findall(r"\b[A-Z]{2,3}\b", text)}
    )


def spelled_out_acronym(f: Fact, names: list[Fact], initials: frozenset[str]) -> bool:
    """"Rotherham Metropolitan Borough Council" in the claim, "RMBC" in the passage's
    ``initials`` (see :func:`initials_in`)."""
    group: list[Fact] = []
    for g in sorted(names, key=lambda g: g.start):
        if group and g.start - group[-1].end > NAME_GAP:
            if f in group:
                break
            group = []
        group.append(g)
    if f not in group or len(group) < 2:
        return False
    # the whole run, or the part of it that holds the name: "Grand Lattice Vantor boson" /
    # "the GL Vantor boson"
    at = group.index(f)
    return any(
        "".join(str(g.value)[0] for g in group[i:j]) in initials
        for i in range(at + 1) for j in range(max(at + 1, i + 2), len(group) + 1)
    )


# A country's name, its people's and its common short forms: one place, however written ("USA",
# "the United States", "American"). Only forms that do not share their first letters (Kenya /
# Kenyan is found as a prefix already).
_PLACE_FORMS = (
    "usa us u.s u.s.a america american americans",
    "uk u.k britain british briton britons",
    "england english",
    "scotland scottish scot scots",
    "wales welsh",
    "ireland irish",
    "france french",
    "spain spanish spaniard spaniards",
    "netherlands dutch holland",
    "china chinese",
    "poland polish pole poles",
    "switzerland swiss",
    "sweden swedish swede swedes",
    "norway norwegian norwegians",
    "denmark danish dane danes",
    "finland finnish finn finns",
    "greece greek greeks",
    "turkey turkish turk turks",
    "iraq iraqi iraqis",
    "iran iranian iranians",
    "philippines filipino filipinos philippine",
    "peru peruvian peruvians",
    "cuba cuban cubans",
    "thailand thai thais",
    "mexico mexican mexicans",
    "canada canadian canadians",
    "germany german germans",
    "italy italian italians",
    "india indian indians",
    "brazil brazilian brazilians",
    "russia russian russians",
    "australia australian australians",
    "argentina argentine argentinian argentinians argentines",
    "japan japanese",
    "korea korean koreans",
    "kenya kenyan kenyans",
    "nigeria nigerian nigerians",
    "uganda ugandan ugandans",
    "ghana ghanaian ghanaians",
    "ethiopia ethiopian ethiopians",
    "egypt egyptian egyptians",
    "morocco moroccan moroccans",
    "indonesia indonesian indonesians",
    "vietnam vietnamese",
    "taiwan taiwanese",
    "pakistan pakistani pakistanis",
    "israel israeli israelis",
    "portugal portuguese",
    "belgium belgian belgians",
    "austria austrian austrians",
    "hungary hungarian hungarians",
    "ukraine ukrainian ukrainians",
    "jamaica jamaican jamaicans",
    "serbia serbian serbians serb serbs",
    "croatia croatian croatians croat croats",
    "slovenia slovenian slovenians slovene slovenes",
    "chile chilean chileans",
    "colombia colombian colombians",
    "venezuela venezuelan venezuelans",
)
_PLACE: dict[str, frozenset[str]] = {}
for _group in _PLACE_FORMS:
    _forms = frozenset(_group.split())
    for _form in _forms:
        _PLACE[_form] = _forms
# Names of two words written for one of the forms above.
_PLACE_PHRASES = {"united states": "usa", "united kingdom": "uk", "great britain": "uk"}


def place_forms(name: str) -> frozenset[str]:
    """The other ways of writing a country's name or its people ("usa": "american", ...)."""
    return _PLACE.get(name.lower().rstrip("."), frozenset())


def place_in(name: str, words: frozenset[str], text: str) -> bool:
    """Is the country ``name`` stands for named in ``text`` (given as its ``words``) in any of
    its forms?"""
    forms = place_forms(name)
    if not forms:
        parts = name.split("-")
        # "the French-Swiss border" / "the France-Switzerland border": each part, however
        # written
        if len(parts) < 2 or not all(place_forms(part) for part in parts):
            return False
        split = {part for w in words if isinstance(w, str) for part in w.split("-")}
        return all(place_forms(part) & split for part in parts)
    if forms & words:
        return True
    low = text.lower()
    return any(phrase in low and _PLACE[form] == forms for phrase, form in _PLACE_PHRASES.items())


# A hyphen after a word in small letters or digits, before a capital: "anti-Zelora",
# "100-Meters" (not "Smith-Jones").
# A word in small letters run into a capitalised one of three letters or more ("RefereeKateryna",
# not "McDonald" or "iPhone"; those stand whole too).
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{3})([a-z])([A-Z][a-z]{2,})")
_GLUED_NAME = re.compile(r"(?<![\w'’&.-])([a-z]+|\d+)-(?=[A-Z])")
_INNER_APOSTROPHE = re.compile(r"[\w&.-]+(?:'[\w&.-]+)+")


@lru_cache(maxsize=8192)
def name_words(text: str) -> frozenset[str]:
    """The words of ``text`` that may be names, lower case, with and without their accents
    ("Mbappé" is also "mbappe": outlets spell names with and without them)."""
    # A long dash sets words apart ("now—Varnak"); a hyphen before a capital glues a name
    # to a prefix or a word it runs into ("anti-Zelora", "crash-Report"), which stands too.
    text = re.sub(f"[{LONG_DASHES}]", " ", text)
    low = norm(text)
    out = set(re.findall(r"[\w&.-]+", low))
    if _GLUED_NAME.search(text):
        out |= set(re.findall(r"[\w&.-]+", norm(_GLUED_NAME.sub(r"\1 ", text))))
    if _RUN_TOGETHER.search(text):
        # a page's label run into the name after it ("RefereeKateryna Lund"): both stand
        out |= set(re.findall(r"[\w&.-]+", norm(_RUN_TOGETHER.sub(r"\1 \2", text))))
    # a name with an apostrophe inside is one word ("O'Sullivan", "D'Ivrel") as well as its
    # parts; a possessive's "'s" is not part of the name
    out |= set(_INNER_APOSTROPHE.findall(low))
    out |= {w[:-2] for w in out if w.endswith("'s")}
    out |= {w.strip(".") for w in out}  # ".NBC reports": a full stop run into the name
    out |= {unaccented(w) for w in out if not w.isascii()}
    return frozenset(out)


def capitalised_words(text: str) -> frozenset[str]:
    """The words ``text`` writes with a capital: those that may be names in it."""
    return name_words(" ".join(_CAPITALISED.findall(text)))


_CAPITALISED = re.compile(r"\b[A-Z][\w&.'’-]*")


def unaccented(word: str) -> str:
    """The word without its accents: "mbappé" is "mbappe", "modrić" is "modric"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|on|de|du)\s+)?[A-Z][a-z]+)+")
# Every two capitalised words side by side, overlapping: "The European Union" gives "The
# European" and "European Union".
_TWO_WORD_RUN = re.compile(r"(?=\b([A-Z][a-z]+\s+[A-Z][a-z]+)\b)")


def acronym_in(name: str, text: str) -> bool:
    """``rmbc`` stands for "Rotherham Metropolitan Borough Council" in ``text``."""
    if not text or len(name) < 2 or not name.isalpha():
        return False
    # The initials of one run of capitalised words ("Rotherham Metropolitan Borough Council",
    # "Department of Health"), never of words strewn over the text; a two-letter one only of
    # two words side by side ("Associated Press", not "Archbishop of Paris").
    runs = _NAME_RUN.findall(text) if len(name) > 2 else _TWO_WORD_RUN.findall(text)
    return any(
        name in "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", run)).lower() for run in runs
    )


# Words right before a claim's name that place it: the passage has them right before another
# name, and never before the claim's ("ran 2:04:10 in Oslo" / "ran 2:04:10 in Lyon, beating the
# record set in Oslo").
SLOT_WORDS = 3
# ... and the passage never gives the claim's name after the nearest of those words.
SLOT_NEAR = 2
# A name this near the start of the claim ("Regulators in Kestria approved ...") has fewer
# words before it to place it: those and the word after it must both stand around the other
# name in the passage ("Regulators in Norvia approved ...").
SHORT_SLOT_WORDS = 2


# A value's conversion in brackets: "(134 million miles)", "(3,000ft)", "(about 40 km)".
_BRACKETED_CONVERSION = re.compile(
    r"\s*\(\s*(?:about |around |some |roughly )?[\d.,]+\s*"
    r"(?:million |billion |thousand )?[a-z°%][a-z./²³-]*\s*\)",
    re.I,
)


# What a passage says a name is, set off right before it by a comma: "replaced by his
# assistant, Joe Kelso", "bought by its rival, Omnix". The words before it place the name.
# Words after the "his" or "its": "her Norvian counterpart".
DESCRIBED_WORDS = 3
_DESCRIPTION_BEFORE = re.compile(
    rf"\b(?:his|her|its|their)\s+(?:[\w'’-]+\s+){{0,{DESCRIBED_WORDS - 1}}}[a-z][\w'’-]*,\s+"
    r"(?=[A-Z][\w'’-]*[a-z])"
)


def without_descriptions(text: str) -> str:
    """``text`` without the descriptions set off before its names ("replaced by Joe Kelso")."""
    return _DESCRIPTION_BEFORE.sub("", text)


def _or_without_descriptions(
    rule: Callable[[str], Difference | None], passage_text: str
) -> Difference | None:
    """What ``rule`` finds in the passage, or else in it without the descriptions set off
    before its names (a claim may leave them out: "replaced by Joe Kelso" / "replaced by his
    assistant, Joe Kelso")."""
    found = rule(passage_text)
    plain = without_descriptions(passage_text)
    if found is None and plain != passage_text:
        found = rule(plain)
    return found


def name_in_anothers_slot(
    claim_text: str, passage_text: str, known: set[object], wider: str = ""
) -> Difference | None:
    """``_name_in_anothers_slot``, in the passage or in it without its descriptions."""
    return _or_without_descriptions(
        lambda text: _name_in_anothers_slot(claim_text, text, known, wider), passage_text
    )


def _name_in_anothers_slot(
    claim_text: str, passage_text: str, known: set[object], wider: str = ""
) -> Difference | None:
    """A name of the claim that the passage names elsewhere (or the ``wider`` text around it
    does), while the claim's words right before it stand in the passage before another name,
    one the claim does not give, and never before the claim's name: the claim put its name in
    that name's place. The claim must end with its name run, or go on as the passage does after
    the other name. A value's conversion in brackets is passed over ("215 km (134 miles) from
    Kestria" is "km from Kestria")."""
    passage_text = _BRACKETED_CONVERSION.sub(lambda m: " " * len(m.group(0)), passage_text)
    claim, passage = _tokens(claim_text), _tokens(passage_text)
    ctoks, ptoks, a, b = claim.toks, passage.toks, claim.words, passage.words
    given = set(b) | (set(_tokens(wider).words) if wider else set())
    for i, m in enumerate(ctoks):
        if i < SHORT_SLOT_WORDS or not _a_name(m) or _a_name(ctoks[i - 1]):
            continue
        end = _run_end(ctoks, i)
        run = a[i:end]
        if not all(w in given or _starts_a_word(w, given) for w in run):
            continue  # a name the passage does not give is checked as missing
        reach = min(i, SLOT_WORDS)
        before = a[i - reach:i]
        if not any(w not in NOT_NAMES for w in before) and not _placed_after(a[end:], b):
            continue  # "in the": no content word or value places the name
        slots = [j for j in range(reach, len(b)) if b[j - reach:j] == before]
        near = before[-SLOT_NEAR:]
        apart: set[int] = set()
        if not slots and reach > SLOT_NEAR and _verb_and_small_word(near):
            # the passage's subject may differ in its words ("Kray, who was born in Norvia,
            # moved to Kestria"): a word and a small one right before the name ("moved to",
            # "level with") place it, if what follows agrees, or if the passage gives the
            # claim's name only in another sentence ("The biggest gift came from Ada Lenz ...
            # Other donors include Omnix")
            slots = [
                j for j in range(SLOT_NEAR, len(b))
                if b[j - SLOT_NEAR:j] == near and _a_name(ptoks[j])
                and _goes_on_alike(a[end:], b[_run_end(ptoks, j):])
            ]
            if not slots and near[1] != "of":
                # ("the album of" places a name less than a deed does: "the album of
                # Lenz's band" may stand beside "the album of Kray's")
                apart = {
                    j for j in range(SLOT_NEAR, len(b))
                    if b[j - SLOT_NEAR:j] == near and _a_name(ptoks[j])
                    and _named_in_another_sentence(passage_text, ptoks[j].start(), run)
                }
                slots = sorted(apart)
        if not slots or any(
            b[j - SLOT_NEAR:j] == near and b[j:j + len(run)] == run
            for j in range(SLOT_NEAR, len(b))
        ):
            continue  # the passage gives the claim's name after its nearest words somewhere
        if _after_its_verb_elsewhere(a, i, ptoks, b, run):
            continue
        for j in slots:
            if not _a_name(ptoks[j]) or bare(ptoks[j].group(0)) in known:
                continue
            after = _run_end(ptoks, j, commas=True)
            if set(run) & set(b[j:_linked_run_end(ptoks, j, commas=True)]):
                # "Lord Pellary" is "Lord Teodor Pellary"; "the Affairs Committee" is "the
                # House of Commons Affairs Committee"
                continue
            if _named_again_after(passage_text, ptoks[after - 1].end(), _shown(ctoks[i:end])):
                continue  # "the Kestrel point 2 (K2)": the claim's name for the same thing
            if _one_word_of_the_other(run, b[j:after]):
                continue  # "Norvian time" / "Norvia time": the place and its people's word
            if re.search(r"['’]s$", ptoks[after - 1].group(0)) and not re.search(
                r"['’]s$", ctoks[end - 1].group(0)
            ):
                continue  # "a subsidiary of Vela's owner": the slot is the owner's
            if (
                _goes_on_alike(a[end:], b[after:]) or (end == len(a) and reach == SLOT_WORDS)
                or j in apart
            ):
                return Difference("name", _shown(ctoks[i:end]), _shown(ptoks[j:after]))
    return None


def _after_its_verb_elsewhere(
    a: list[str], i: int, ptoks: list[re.Match[str]], b: list[str], run: list[str]
) -> bool:
    """Does the passage give the claim's name right after the claim's verb before it, with
    no other name doing the deed ("Harlow defeated Vela ... and then defeated Kestria" gives
    Kestria the claim's place in "Harlow defeated Kestria"; "Brask defeated Kestria" does
    not)?"""
    verb = a[i - 1]
    if verb in STOPWORDS or verb in NOT_NAMES or not verb.isalpha():
        return False
    return any(
        b[j - 1] == verb and b[j:j + len(run)] == run
        and (j < 2 or not _a_name(ptoks[j - 2]) or b[j - 2] in a)
        for j in range(1, len(b))
    )


def _named_in_another_sentence(text: str, at: int, run: list[str]) -> bool:
    """Does ``text`` give the name ``run`` apart from the sentence at ``at``: in another
    sentence, or in that one only in another clause with a verb of its own ("tied with Lenz,
    Ortiz was third")?"""
    found = False
    for span in sentence_spans(text):
        if set(run) <= set(_tokens(text[span.start:span.end]).words):
            if span.start <= at < span.end:
                return _named_in_another_clause(text[span.start:span.end], at - span.start, run)
            found = True
    return found


# A clause of a sentence: parted at a comma, a semicolon or a dash.
_CLAUSE_PARTS = re.compile(r"\s*[,;\u2013\u2014]\s*")
# Words that make a part of a sentence a clause of its own: a verb's helper or a form of "be".
_CLAUSE_VERBS = frozenset("is was are were has have had will would".split())


def _named_in_another_clause(sentence: str, at: int, run: list[str]) -> bool:
    """Does ``sentence`` give ``run`` only in a clause other than the one at ``at``, one that
    has a verb of its own (not a list going on: "tied with Lenz, Ortiz and Kray")?"""
    lo = 0
    mine = False
    other = False
    for m in [*_CLAUSE_PARTS.finditer(sentence), None]:
        hi = m.start() if m else len(sentence)
        words = _tokens(sentence[lo:hi]).words
        if set(run) <= set(words):
            if lo <= at < hi:
                mine = True
            elif _CLAUSE_VERBS & set(words):
                other = True
        lo = m.end() if m else hi
    return other and not mine


# How far after a name the passage may give it again in brackets, in characters: past a
# number or a word of its own ("Kestrel point 2 (K2)"), not into the next clause.
_AGAIN_REACH = 30


def _named_again_after(text: str, at: int, name: str) -> bool:
    """Does ``text`` give ``name`` in brackets shortly after ``at``?"""
    return re.search(rf"\(\s*{re.escape(name)}\s*\)", text[at:at + _AGAIN_REACH]) is not None


# A name standing as the start of a longer word of at least this many letters is that word's
# ("Ethiopia" in "Ethiopian").
NAME_PREFIX = 5


def _starts_a_word(name: str, words: set[str]) -> bool:
    """Does a word of ``words`` start with the name ("Norvian" for "Norvia"), as the check of a
    name's presence takes it?"""
    return len(name) >= NAME_PREFIX and any(w.startswith(name) for w in words)


def _one_word_of_the_other(mine: list[str], theirs: list[str]) -> bool:
    """Is each of two one-word names the start of the other ("Norvia" / "Norvian")?"""
    if len(mine) != 1 or len(theirs) != 1:
        return False
    short, long_ = sorted((mine[0], theirs[0]), key=len)
    return len(short) >= NAME_PREFIX and long_.startswith(short)


def _placed_after(mine: list[str], passage: list[str]) -> bool:
    """Do the claim's ``SLOT_WORDS`` words after its name, content words among them, stand in
    the passage as they are ("visited Geneva in 2019"): they place the name where the words
    before it ("the first since") do not?"""
    after = mine[:SLOT_WORDS]
    if len(after) < SLOT_WORDS or all(w in NOT_NAMES or w in STOPWORDS for w in after):
        return False
    n = len(after)
    return any(passage[j:j + n] == after for j in range(len(passage) - n + 1))


def _verb_and_small_word(words: list[str]) -> bool:
    """Are ``words`` a content word and a small word after it ("moved to"), not a value's
    words ("215 million")?"""
    return (
        len(words) == 2 and words[0].isalpha() and words[0] not in NOT_NAMES
        and words[0] not in STOPWORDS and words[1] in STOPWORDS
    )


def _goes_on_alike(mine: list[str], theirs: list[str]) -> bool:
    """Do the claim and the passage go on with the same word after the two names, values
    passed over ("beat Vantor in the final" / "beat Ortiz 3-1 in the final")?"""
    mine, theirs = _past_values(mine), _past_values(theirs)
    return bool(mine and theirs and mine[0] == theirs[0])


def _past_values(ws: list[str]) -> list[str]:
    """The words, values left out ("3-1 in the final": "in the final")."""
    return [w for w in ws if not w[:1].isdigit()]


# Content words after a name that place it, when the words before it do not: fewer than
# SLOT_WORDS, since the two names must each stand in the other's place.
EXCHANGE_WORDS = 2


@dataclass(frozen=True)
class _Tokens:
    """A text's tokens, their bare words, and its runs of name words, each with the content
    words right after it: read once per text (a passage is asked about by every claim that
    cites it)."""

    toks: list[re.Match[str]]
    words: list[str]
    runs: list[tuple[int, int]]  # (first token, token after the run)
    after: dict[int, list[str]]  # run end -> the first SLOT_WORDS content words after it


@lru_cache(maxsize=1024)
def _tokens(text: str) -> _Tokens:
    toks = list(_TOKEN.finditer(text))
    runs = [
        (j, _run_end(toks, j)) for j, m in enumerate(toks)
        if _a_name(m) and not (j and _a_name(toks[j - 1]))
    ]
    return _Tokens(
        toks, [bare(m.group(0)) for m in toks], runs,
        {end: _content_after(toks, end) for _, end in runs},
    )


# A name with the place or body it belongs to: "Cora Ortiz (Kestria)", "Cora Ortiz of Kestria",
# "Ortiz, of the Kestria club" is left out (a description, not a bracket or "of").
_NAME_WORDS = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_AFFILIATED = re.compile(
    rf"({_NAME_WORDS})\s*(?:\(\s*({_NAME_WORDS})\s*\)|\s+of\s+(?:the\s+)?({_NAME_WORDS}))"
)


# A name with a post at a body: "Cora Ortiz, a professor at Kestria University", "Ortiz is a
# director of Omnix"; and two names sharing one: "Bea Lenz and Una Kray, both of Omnix".
_POST = r"(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:at|of|from|with)\s+(?:the\s+)?"
_POSTED = re.compile(rf"({_NAME_WORDS})(?:,\s+|\s+(?:is|was)\s+){_POST}({_NAME_WORDS})")
_BOTH_OF = re.compile(
    rf"({_NAME_WORDS})\s+and\s+({_NAME_WORDS}),\s+both\s+(?:of|at|from)\s+(?:the\s+)?"
    rf"({_NAME_WORDS})"
)


# A name with the place it is based in: "the Kestria-based firm Omnix", "Omnix, based in
# Kestria".
_BASED = re.compile(
    rf"\b([A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*)-based\s+(?:[a-z]+\s+){{0,2}}({_NAME_WORDS})"
)
_BASED_IN = re.compile(rf"({_NAME_WORDS}),?\s+(?:is\s+|was\s+)?based\s+in\s+({_NAME_WORDS})")


def _affiliations(text: str) -> list[tuple[str, str, str]]:
    """(name's last word, lower case; the name as written; what it belongs to, lower case)."""
    found = [(m.group(1), m.group(2) or m.group(3)) for m in _AFFILIATED.finditer(text)]
    found += [(m.group(1), m.group(2)) for m in _POSTED.finditer(text)]
    found += [(m.group(2), m.group(1)) for m in _BASED.finditer(text)]
    found += [(m.group(1), m.group(2)) for m in _BASED_IN.finditer(text)]
    for m in _BOTH_OF.finditer(text):
        found += [(m.group(1), m.group(3)), (m.group(2), m.group(3))]
    out = []
    for name, body in found:
        body = re.split(r"\.\s", re.sub(r"^(?:The|A|An)\s+", "", body))[0]  # "Kestria. He"
        if body.endswith(".") and body.count(".") == 1:
            body = body[:-1]  # a sentence's full stop ("U.S." keeps its own)
        out.append((bare(name.split()[-1]), name, body.lower()))
    return out


def affiliation_moved(claim_text: str, passage_text: str) -> Difference | None:
    """A name the claim gives a place or body in brackets or with "of" ("Cora Ortiz of
    Zelora") that the passage gives another, while giving the claim's to another name ("3 Bea
    Lenz (Zelora) 4 Cora Ortiz (Kestria)"): the claim put the name with another's."""
    mine = _affiliations(claim_text)
    if not mine:
        return None
    theirs = _affiliations(passage_text)
    bodies_of: dict[str, set[str]] = {}
    for who, _name, body in theirs:
        bodies_of.setdefault(who, set()).add(body)
    for who, name, body in mine:
        given = bodies_of.get(who)
        if not given or body in given:
            continue
        if any(body == b and w != who for w, _n, b in theirs):
            their_body = next(b for w, _n, b in theirs if w == who)
            return Difference("name", f"{name} ({body.title()})", f"{name} ({their_body.title()})")
    return None


# A name that owns what follows it: "Norvia's chief economist", "Omnix's X7 probe". The owned
# words are the next two, or the first alone where it is a name itself ("Omnix's X7"): one
# generic word after the owner ("Norvia's largest", "Lenz's record of ...") does not say what
# is owned.
_OWNED = re.compile(
    r"(?<![\w'’&.-])(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*)*)"
    r"['’]s\s+(?P<first>[\w-]+)(?:\s+(?P<second>[\w-]+))?"
)
# Words that open a sentence's owner run without being part of the name ("The Agency's").
_OWNER_OPENINGS = frozenset({"the", "a", "an", "this", "that", "its", "their"})
# Two one-word owners that open with this many letters alike may be one name in full and
# shortened ("Harlowton's" / "Harlo's"). On the tuning corpora of benchmarks/news.py the rule
# finds three wrong owners called ok before (two tuning, one held out) and, with this test,
# calls no supported claim contradicted; without it, one (a club's short name).
OWNER_PREFIX = 4


def _owned(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(owner as written, the owned words in lower case) of each "Name's thing" of ``text``.
    A day or month owns no thing ("Monday's launch" says when)."""
    out = []
    for m in _OWNED.finditer(text):
        owner = m.group("owner").split()
        while owner and owner[0].lower() in _OWNER_OPENINGS:
            owner = owner[1:]
        first, second = m.group("first"), m.group("second")
        if not owner or bare(owner[-1]) in TIME_NAMES or not _a_thing(first):
            continue
        if first[:1].isupper():
            owned: tuple[str, ...] = (first.lower(),)
        elif second and _a_thing(second):
            owned = (first.lower(), second.lower())
        else:
            continue
        out.append((" ".join(owner), owned))
    return out


def _a_thing(word: str) -> bool:
    """Can ``word`` say what is owned: no small word, figure or number word?"""
    w = word.lower()
    if _FIGURED_WORD.fullmatch(w):
        return True  # "15-year", "10-day"
    return w not in STOPWORDS and not w[:1].isdigit() and w not in NUMBER_WORDS


_FIGURED_WORD = re.compile(r"\d+-[a-z]+")


def _same_owner(a: str, b: str, text: str) -> bool:
    """Are two owners one, by a shared word, a place and its people's word, initials, one
    name's first and last words ("Ada" / "Lenz" where ``text`` says "Ada Lenz") or its short
    form ("Harlo" / "Harlowton"), or one country's names ("Britain" / "the UK")?"""
    wa, wb = {bare(w) for w in a.split()}, {bare(w) for w in b.split()}
    if wa <= wb or wb <= wa or any(not lexicon.is_known(w) for w in wa & wb):
        return True  # "Lenz" / "Ada Lenz"; not "Vela Party" / "Harlow Party"
    if {place_key(w) for w in wa - wb} & {place_key(w) for w in wb - wa}:
        return True  # "Norvia" / "Norvian"
    if len(wa) == 1 and len(wb) == 1:
        x, y = unaccented(next(iter(wa))), unaccented(next(iter(wb)))
        if x[:OWNER_PREFIX] == y[:OWNER_PREFIX]:
            return True
        if re.search(rf"\b(?:{re.escape(a)}\s+{re.escape(b)}|{re.escape(b)}\s+{re.escape(a)})\b",
                     text):
            return True
    return (
        (len(wa) == 1 and acronym_in(next(iter(wa)), text))
        or (len(wb) == 1 and acronym_in(next(iter(wb)), a))
        or place_in(a, name_words(b), b) or place_in(b, name_words(a), a)
    )


def owner_replaced(claim_text: str, passage_text: str, wider: str = "") -> Difference | None:
    """A thing the claim gives to one owner ("Norvia's chief economist") that the passage
    gives to another ("the Kestrian Union's chief economist") and never to the claim's, in no
    words ("the chief economist of Norvia"): the claim named the wrong owner. The passage must
    give the thing one owner only; ``wider`` (the text around the passage) may tell that the
    two owners are one ("Ada Lenz" for "Ada's" and "Lenz's")."""
    theirs = _owned(passage_text)
    if not theirs:
        return None
    text = f"{passage_text} {wider}"
    for owner, owned in _owned(claim_text):
        others = {o for o, t in theirs if _owned_alike(owned, t)}
        if not others or any(_same_owner(owner, o, text) for o in others):
            continue
        if len(others) > 1 or _owned_by_words(owned, owner, passage_text):
            continue
        return Difference("name", owner, next(iter(others)))
    return None


def _owned_alike(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    return len(mine) == len(theirs) and all(
        stem(a) == stem(b) for a, b in zip(mine, theirs, strict=True)
    )


def _owned_by_words(owned: tuple[str, ...], owner: str, text: str) -> bool:
    """Does ``text`` give the owned thing to ``owner`` in other words ("the chief economist
    of Norvia", "Norvia, whose chief economist")?"""
    thing = r"\s+".join(re.escape(w) for w in owned)
    name = r"\s+".join(re.escape(w) for w in owner.split())
    return re.search(
        rf"\b{thing}\s+(?:of|for|at|from)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+)*{name}\b"
        rf"|\b{name}\b[^.;]{{0,40}}\b{thing}\b",
        text, re.I,
    ) is not None


# A phrase set off by a comma right after a name that tells of it: "Omnix, led by Cora Ortiz,",
# "Zelora, based in Kestria,", "the Omnix X7, which costs $900,". It opens with "which" or
# "who" and a verb, or with a word and the word that ties it ("led by", "built by", "priced
# at"), and runs to the next mark.
_TOLD_OF = re.compile(
    rf"(?P<name>{_NAME_WORDS}(?:\s+[a-z]+)?),\s+(?P<phrase>(?:which|who)\s+[a-z]+\s+[^,;:.()]+"
    r"|[a-z]+\s+(?:by|in|at|from|for|to)\s+[^,;:.()]+)(?=[,;:.)]|$)"
)
_PHRASE_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*")


def _told_of(text: str) -> list[tuple[str, str, str, str]]:
    """(the name, lower case, without "The"; the phrase's first word, its verb; what it gives,
    lower case: a name, or a figure with its sign; the same as written) for each phrase set off
    after a name."""
    out = []
    for m in _TOLD_OF.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group("name")).lower()
        phrase = m.group("phrase")
        words = phrase.split()
        verb = words[1] if words[0] in ("which", "who") else words[0]
        figure = re.search(r"[$£€¥]?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?", phrase)
        named = _PHRASE_NAME.findall(phrase)
        if figure is not None:
            out.append((name, verb, figure.group(0).lower(), figure.group(0)))
        elif len(named) == 1:
            out.append((name, verb, named[0].lower(), named[0]))
    return out


def _a_figure(given: str) -> bool:
    """Is what a phrase gives a figure ("$840", "58"), not a name?"""
    return given[:1].isdigit() or given[:1] in "$£€¥"


def told_of_another(claim_text: str, passage_text: str) -> Difference | None:
    """What a phrase set off after a name says of it in the claim ("Omnix, led by Una Kray,")
    that the passage says of another name ("Zelora, led by Una Kray"), while it says other of
    the claim's name ("Omnix, led by Bea Lenz"): the claim gave one name's phrase to another.
    A figure may be told with another verb ("which costs $900" / "priced at $700"); a name
    must be told with the same ("led by", "based in")."""
    mine = _told_of(claim_text)
    if not mine:
        return None
    theirs = _told_of(passage_text)
    for name, verb, given, shown in mine:
        figure = _a_figure(given)
        told = [
            (n, g, s) for n, v, g, s in theirs if figure or stem(v) == stem(verb)
        ]  # a figure may be told with another verb; a name with the same
        others = [n for n, g, _s in told if g == given and n != name]
        own = [
            s for n, g, s in told
            if n == name and g != given and _a_figure(g) == figure
        ]
        if others and own and not any(n == name and g == given for n, _v, g, _s in theirs):
            return Difference("number" if figure else "name", shown, own[0])
    return None


# A post set off beside the name of the one who holds it: "Omnix's chief engineer, Bea Lenz"
# and "Bea Lenz, chief engineer for Omnix" ("the", "a" or "an" may open the post).
_POST_WORD = r"(?:[a-z][a-z-]*|[A-Z]{2,})"  # "chief", "DART"
_POST_BEFORE = re.compile(
    rf"(?:(?:^|[,;:]\s+|\b(?:and|but|while|whilst)\s+)(?:[Tt]he\s+|[Aa]n?\s+)?|(?<=['’]s)\s+)"
    rf"((?:{_POST_WORD}\s+){{0,3}}[a-z][\w-]*),\s+({_NAME_WORDS})"
)
# A post of a body the possessive names: "Norvia's prime minister, Tom Lenz".
_POST_OWNED = re.compile(
    rf"({_NAME_WORDS})['’]s\s+((?:{_POST_WORD}\s+){{0,3}}[a-z][\w-]*),\s+({_NAME_WORDS})"
)
_POST_OWNED_AFTER = re.compile(
    rf"({_NAME_WORDS}),\s+({_NAME_WORDS})['’]s\s+((?:{_POST_WORD}\s+){{0,3}}[a-z][\w-]*)"
    r"(?=\s*[,.;:])"
)
_POST_AFTER = re.compile(
    rf"({_NAME_WORDS}),\s+(?:the\s+|a\s+|an\s+)?((?:{_POST_WORD}\s+){{0,3}}[a-z][\w-]*)"
    r"(?=\s+(?:for|of|at|with|from)\b|\s*[,.;:])"
)


# A post of a body, set off beside the name of the one who holds it, or given with "as": "the
# prime minister of Norvia, Tom Lenz", "Tom Lenz, the prime minister of Norvia", "Tom Lenz
# attended as prime minister of Norvia". The body is part of the post.
_NOT_POST = r"(?!(?:and|or|but|while|whilst|the|a|an)\b)"
# A word describing a body before its name ("the Norvian games maker Vela Kito"): no small
# word of a clause.
_DESCRIPTOR = (
    r"(?!(?:and|or|but|while|whilst|as|with|to|in|on|at|for|by|from|of|de|the|a|an)\b)[a-z]+"
)
_POST_OF = (
    # two posts held together count as one: "chair and chief designer"
    rf"((?:{_NOT_POST}{_POST_WORD}\s+){{0,3}}(?:{_NOT_POST}[a-z][\w-]*\s+and\s+)?"
    rf"(?:{_NOT_POST}{_POST_WORD}\s+){{0,2}}{_NOT_POST}[a-z][\w-]*)\s+of\s+"
    # the body may be introduced: "chair of a panel known as the Harlow Caucus", "director
    # of the Norvian games maker Vela Kito"
    r"(?:(?:a|an|the)\s+[a-z]+\s+(?:called|named|known\s+as)\s+)?(?:the\s+)?"
    rf"(?:(?:[A-Z][a-z]+\s+)?{_DESCRIPTOR}(?:\s+{_DESCRIPTOR})?\s+(?=[A-Z]))?"
    rf"({_NAME_WORDS}(?:\s+(?:of|de)\s+(?:the\s+)?{_NAME_WORDS})*)"
)
_POST_OF_BEFORE = re.compile(
    rf"(?:(?:^|[,;:]\s+|\b(?:and|but|while|whilst)\s+)(?:[Tt]he\s+|[Aa]n?\s+)?|\bthe\s+)"
    rf"{_POST_OF},\s+({_NAME_WORDS})"
)
_POST_OF_AFTER = re.compile(
    rf"({_NAME_WORDS}),\s+(?:the\s+|a\s+|an\s+)?{_POST_OF}(?=\s*[,.;:]|\s+(?:and|who)\b)"
)
_POST_AS = re.compile(rf"({_NAME_WORDS})\s+(?:[a-z]+\s+){{1,2}}?as\s+(?:the\s+)?{_POST_OF}")
# A post said of its holder with "is": "Ada Vance is president of the Omnix Society", "Tom
# Lenz, a board member, was the dean of Kestria College" (a phrase set off between them).
_POST_IS = re.compile(
    rf"({_NAME_WORDS})(?:,[^,.;:]{{1,60}},)?\s+(?:is|was|has\s+been|had\s+been)\s+"
    rf"(?:the\s+|a\s+|an\s+)?{_POST_OF}"
)
# A post said with the verb of holding it: "Ada Vance chairs the Omnix Society", "Tom Lenz
# captained Kestria".
_POST_VERBS = {
    "chair": "chair", "captain": "captain", "manage": "manager", "direct": "director",
    "govern": "governor",
}
_POST_HELD = re.compile(
    rf"({_NAME_WORDS})\s+(?:now\s+|still\s+|also\s+)?"
    rf"({'|'.join(_POST_VERBS)})(?:s|ed|d)?\s+(?:the\s+)?"
    rf"({_NAME_WORDS}(?:\s+(?:of|de)\s+(?:the\s+)?{_NAME_WORDS})*)"
)

# Words that name a post held by one person, written right before the holder's name as a title:
# "President Ada Vance", "Kestrian Prime Minister Tom Lenz", "Omnix chief executive Bea Lenz".
TITLES = frozenset(
    """president premier chancellor minister governor senator sen mayor dean chair chairman
    chairwoman chairperson director secretary treasurer commissioner judge ambassador spokesman
    spokeswoman spokesperson ceo coach captain manager executive""".split()
)
_TITLE = r"(?:[Vv]ice[- ])?(?:" + "|".join(
    rf"[{t[0].upper()}{t[0]}]{t[1:]}" if t != "ceo" else "CEO" for t in sorted(TITLES)
    if t != "sen"
) + r"|Sen\.)\b"
# The body the title is of, capitalised ("Kestrian", "Omnix University"), then the title's own
# words in either case ("Foreign Minister", "panel chair"), then the holder's name.
_TITLED = re.compile(
    rf"(?<![\w'’.-])((?:[A-Z][\w'’-]*\s+){{0,4}}?)((?:[A-Za-z][a-z-]*\s+){{0,2}}?{_TITLE})"
    rf"\s+((?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]*[\w])"
)


def place_key(word: str) -> str:
    """A place and the word for its people or things alike: "Kestria" and "Kestrian",
    "Mexico" and "Mexican", "Japan" and "Japanese" (the ending, then the closing vowels,
    dropped)."""
    w = bare(word)
    for end in ("ian", "ean", "ese", "an", "i", "n"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            w = w[: -len(end)]
            break
    return w.rstrip("aeiouy") or w


def _titled(text: str) -> list[tuple[str, str, str]]:
    """(post, name, body) of each title written before its holder's name. Capitalised words
    before the title are its own where they are words of the language ("Foreign Minister",
    "Mexican President"), else its body's ("Kestrian President", "Omnix University")."""
    out = []
    for m in _TITLED.finditer(text):
        *before, title = (m.group(1) + m.group(2)).split()
        name = m.group(3)
        if name.split()[0].lower() in _NOT_NAME_OPENINGS:
            continue
        body = [w for w in before if w[0].isupper() and not lexicon.is_known(w.lower())]
        post = [w.lower() for w in before if w not in body]
        out.append((" ".join([*post, title.lower().rstrip(".")]), name, " ".join(body)))
    return out


def _posts(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """(name's last word, lower case; the name as written; the base forms of its post's
    words, with the body the post is of as "of:<body>")."""
    out = []
    for post, name, body in (
        *((m.group(1), m.group(2), "") for m in _POST_BEFORE.finditer(text)),
        *((m.group(2), m.group(1), "") for m in _POST_AFTER.finditer(text)),
        *((m.group(1), m.group(3), m.group(2)) for m in _POST_OF_BEFORE.finditer(text)),
        *((m.group(2), m.group(1), m.group(3)) for m in _POST_OF_AFTER.finditer(text)),
        *((m.group(2), m.group(1), m.group(3)) for m in _POST_AS.finditer(text)),
        *((m.group(2), m.group(1), m.group(3)) for m in _POST_IS.finditer(text)),
        *((_POST_VERBS[m.group(2)], m.group(1), m.group(3)) for m in _POST_HELD.finditer(text)),
        *((m.group(2), m.group(3), m.group(1)) for m in _POST_OWNED.finditer(text)),
        *((m.group(3), m.group(1), m.group(2)) for m in _POST_OWNED_AFTER.finditer(text)),
        *_titled(text),
    ):
        ws = [w for w in re.findall(r"[a-z]+", post.lower()) if w != "and"]
        if any(w in STOPWORDS for w in ws):
            continue  # "just south (of Buras)": a place, no post
        if not ws or not lexicon.is_noun(ws[-1]) or any(map(lexicon.is_inflected_verb, ws)):
            continue  # a post ends in a noun: "chief engineer", not "said" or "spoke first"
        if not all(
            w.isupper() or lexicon.is_noun(w) or lexicon.is_adjective(w)
            for w in post.split() if w != "and"
        ):
            continue  # "just south": no post
        if set(ws) & {w.lower() for w in name.split()}:
            continue  # "Mission Systems Engineer Una Kray": the post written as a name
        bases = frozenset(min(lexicon.base_forms(w), key=len) for w in ws)
        # the body's first name ("the Omnix Society of Friends of Kestria": the society);
        # a body of several names is marked, its first name being no place of its own
        first, *rest = re.split(r"\s+(?:of|de)\s+", body)
        bases |= {f"of:{place_key(w)}" for w in first.split()}
        if rest:
            bases |= {_CHAINED}
        name = name.rstrip(".")
        out.append((bare(name.split()[-1]), name, bases))
    return out


# The mark of a post whose body is a name of names ("president of the Republic of Norvia").
_CHAINED = "~chained"


def _holds(theirs: frozenset[str], post: frozenset[str]) -> bool:
    """A post of the passage that is the claim's post: each word of the claim's is in it, a
    place and the word for its people alike ("of:mexic" and "mexican")."""
    keys = theirs | {f"of:{place_key(w)}" for w in theirs if not w.startswith("of:")}
    return all(
        w in keys or (not w.startswith("of:") and f"of:{place_key(w)}" in theirs)
        for w in post - {_CHAINED}
    )


def _place_written(text: str, key: str) -> str:
    """The word of ``text`` that an "of:" key of a post stands for, as written."""
    return next(
        (w for w in re.findall(r"[A-Z][\w-]*", text) if f"of:{place_key(w)}" == key), key[3:]
    )


def post_moved(claim_text: str, passage_text: str, wider: str = "") -> Difference | None:
    """A name the claim gives a post ("Omnix's chief engineer, Ana Ortiz") that the passage
    gives to another name ("Bea Lenz, chief engineer for Omnix") while it gives the claim's
    name another post ("Ana Ortiz, director of research"); or the post the passage gives the
    claim's name, of another body ("Ada Vance, the president of Norvia" against "Kestrian
    President Ada Vance"). The claim's name may stand apart from a one-holder post in the
    ``wider`` text around the passage."""
    mine = _posts(claim_text)
    if not mine:
        return None
    theirs = _posts(passage_text)
    for who, name, post in mine:
        holders = [(w, n) for w, n, p in theirs if _holds(p, post) and not _lesser(p, post)]
        if not holders or any(w == who for w, _n in holders):
            moved = _body_moved(who, post, theirs, claim_text, passage_text)
            if moved is not None:
                return moved
            continue
        if any(w == who for w, _n, _p in theirs) or (
            _one_holder(post) and who in _surnames(f"{passage_text} {wider}") and any(
                _untitled(p) == _untitled(post) for w, _n, p in theirs if _holds(p, post)
            )
        ):
            # the passage gives the claim's name a post of its own, or names it apart from
            # the post of one holder it gives another ("dean of Kestria College"): one a
            # post several may hold ("a co-founder") is not taken from him
            return Difference("name", name, holders[0][1])
    for who, _name, post in mine:
        other = _other_title(who, post, theirs)
        if other is not None:
            return other
    return None


def _one_holder(post: frozenset[str]) -> bool:
    """Is the post one a single person holds at once ("president", "dean of Kestria
    College"): a title, of a body."""
    return any(w.startswith("of:") for w in post) and bool(post & TITLES)


# Words of a post held before, or under its holder: "former president", "deputy mayor".
_NOT_THE_POST = RANK_MODIFIERS | {"former", "ex", "late", "then", "interim", "outgoing"}


def _lesser(theirs: frozenset[str], post: frozenset[str]) -> bool:
    """Is the passage's post the claim's post held before, or under its holder ("former
    president" against "president")?"""
    return bool((theirs - post) & _NOT_THE_POST)


def _untitled(post: frozenset[str]) -> frozenset[str]:
    """The words of a post but its body: "former", "deputy" and the like stay in."""
    return frozenset(w for w in post if not w.startswith("of:")) - {_CHAINED}


def _surnames(text: str) -> frozenset[str]:
    return frozenset(bare(m.group(0)) for m in re.finditer(r"\b[A-Z][\w'’-]+", text))


def _other_title(
    who: str, post: frozenset[str], theirs: list[tuple[str, str, frozenset[str]]]
) -> Difference | None:
    """The claim's name given another title of the same body, and never the claim's: "Ada
    Vance is president of the Omnix Society" against "Ada Vance, treasurer of the Omnix
    Society". Titles one person holds at once in a body, only."""
    body = {w for w in post if w.startswith("of:")}
    title = _titles(post)
    if not body or not title:
        return None
    own = [p for w, _n, p in theirs if w == who]
    if any(title & _titles(p) for p in own):
        return None
    for p in own:
        # a body named by a word of the language ("Granite College ... Dean") is read
        # among the post's words
        keys = p | {f"of:{place_key(w)}" for w in p if not w.startswith("of:")}
        if keys & body and _titles(p):
            return Difference("wording", min(post & TITLES), min(p & TITLES))
    return None


# Titles written in other words: "chairman" and "chair", "chief executive" and "CEO".
_SAME_TITLE = {
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "ceo": "executive",
    "premier": "minister",
}


def _titles(post: frozenset[str]) -> frozenset[str]:
    """The titles of a post's words, each in one spelling."""
    return frozenset(_SAME_TITLE.get(w, w) for w in post & TITLES)


def _body_moved(
    who: str,
    post: frozenset[str],
    theirs: list[tuple[str, str, frozenset[str]]],
    claim_text: str,
    passage_text: str,
) -> Difference | None:
    """The claim's post of one body, which the passage gives the same name of another body and
    never of the claim's."""
    body = {w for w in post if w.startswith("of:")}
    if not body:
        return None
    title = post - body
    own = [p for w, _n, p in theirs if w == who and _holds(p, title)]
    if not own or any(_holds(p, post) for p in own):
        return None
    for p in own:
        other = {w for w in p if w.startswith("of:")}
        if other and not other & body and _CHAINED not in p | post:
            said = _place_written(claim_text, min(body))
            return Difference("name", said, _place_written(passage_text, min(other)))
    return None


# Characters of lower-case words between a name and the word of order after it ("was sworn in
# as vice president"): a clause's verb and what it does, no other name between.
ORDER_REACH = 80
# Two names of one clause on either side of a word of order: "Lenz was sworn in before Vance",
# "Vance spoke after Lenz" (the first name the nearest before the word, no other between).
_ORDERED = re.compile(
    rf"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)(?:\s+[^\W\d][^A-Z.;:!?]{{0,{ORDER_REACH}}}?)?"
    r"[\s,]+(before|after)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)"
)


# The name opening a sentence or clause and the first word of order after it, with the name
# right after that word: "Lenz was sworn in as Deputy Mayor before Vance" orders Lenz before
# Vance, whatever names the clause gives between.
_OPENER_ORDERED = re.compile(
    r"(?:^|(?<=[.;:!?]\s))((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+[a-z][^.;:!?]*?"
    r"[\s,]+(before|after)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)"
)


# A name and a pronoun on either side of a word of order: "pit Harlow before him", "pit him
# before his team-mate Harlow" (the pronoun one person in both, as both speak of them alike).
_PRONOUN_ORDERED = re.compile(
    r"\b(?:((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+(before|after)\s+(him|her|them)"
    r"|(him|her|them)\s+(before|after)\s+(?:(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?)?"
    r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*))\b"
)


def _orders(text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(earlier, later) of each two names ``text`` puts in order, by their last words, lower
    case, with the words as written: "Lenz was sworn in before Vance" and "Vance was sworn in
    after Lenz" give ("lenz", "vance"); "X, after which Y" is read as "X, before Y". The name
    before the word of order is the nearest, and the one opening its clause."""
    out = {}
    plain = phrases_said_plainly(text)
    for m in (*_ORDERED.finditer(plain), *_OPENER_ORDERED.finditer(plain)):
        first, word, second = m.group(1).split(), m.group(2).lower(), m.group(3).split()
        if first[0].lower() in _NOT_NAME_OPENINGS or second[0].lower() in NOT_NAMES:
            continue
        a, b = first[-1].rstrip(".'’"), second[-1].rstrip(".'’")
        if bare(a) == bare(b):
            continue
        earlier, later = (a, b) if word == "before" else (b, a)
        out[(bare(earlier), bare(later))] = (earlier, later)
    for m in _PRONOUN_ORDERED.finditer(plain):
        first, word, second = (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6))
        a, b = first.split()[-1].rstrip(".'’"), second.split()[-1].rstrip(".'’")
        if a.lower() in NOT_NAMES or b.lower() in NOT_NAMES:
            continue
        earlier, later = (a, b) if word == "before" else (b, a)
        out.setdefault((bare(earlier), bare(later)), (earlier, later))
    return out


def order_reversed(claim_text: str, passage_text: str) -> Difference | None:
    """Two names the claim puts in one order ("Vance was sworn in before Lenz") that the
    passage puts in the other ("Lenz was sworn in, after which Vance was"), and never in the
    claim's."""
    mine = _orders(claim_text)
    if not mine:
        return None
    theirs = _orders(passage_text)
    for (a, b), (shown_a, shown_b) in sorted(mine.items()):
        if (b, a) in theirs and (a, b) not in theirs:
            said_b, said_a = theirs[(b, a)]
            return Difference("name", f"{shown_a} before {shown_b}", f"{said_b} before {said_a}")
    return None


def orders_kept(claim_text: str, passage_text: str) -> list[tuple[str, str]]:
    """The two names (last words, lower case) the claim and the passage put in the same order,
    however each says it: "Kray testified before Ortiz" / "Ortiz testified after Kray"."""
    mine = _orders(claim_text)
    if not mine:
        return []
    theirs = _orders(passage_text)
    return sorted(pair for pair in mine if pair in theirs)


def names_exchanged(claim_text: str, passage_text: str) -> Difference | None:
    """``_names_exchanged``, in the passage or in it without its descriptions."""
    return _or_without_descriptions(
        lambda text: _names_exchanged(claim_text, text), passage_text
    )


def _names_exchanged(claim_text: str, passage_text: str) -> Difference | None:
    """Two names of the claim that the passage gives each in the other's place, however far
    apart they stand: "Omnix's requests were a campaign to create a record of delay on Kray's
    part" against "Kray's requests ... on Omnix's part". A name's place is the
    ``SLOT_WORDS`` words right before it (one of them a content word), or else the first
    ``EXCHANGE_WORDS`` content words after it; the passage must put the other name there, and
    never the name itself."""
    claim = _tokens(claim_text)
    if len(claim.runs) < 2:
        return None
    passage = _tokens(passage_text)
    ctoks, ptoks, mine, theirs = claim.toks, passage.toks, claim.words, passage.words
    runs, passage_runs = claim.runs, passage.runs

    def held_by(
        i: int, end: int, pair: frozenset[str]
    ) -> tuple[tuple[str, ...], int] | None:
        """The name the passage puts in the place of the claim's run ``i:end``, with where it
        stands: one name, never the run itself; None when the passage has no such place or
        gives it the run. In the words after a name, either name of the ``pair`` stands for
        the other ("Ortiz used Lenz's engine" / "Lenz used this Ortiz engine")."""
        before = mine[i - SLOT_WORDS:i] if i >= SLOT_WORDS else []
        if not any(w not in NOT_NAMES for w in before):
            before = []
        following = _either(claim.after[end][:EXCHANGE_WORDS], pair)
        slots = _slots(claim, i) if before else []
        holders = {
            tuple(theirs[j:after]): j for j, after in passage_runs
            if any(_said_alike(theirs_slot, mine_slot)
                   for theirs_slot in _slots(passage, j) for mine_slot in slots)
        } or {
            tuple(theirs[j:after]): j for j, after in passage_runs
            if len(following) == EXCHANGE_WORDS
            and _either(passage.after[after][:EXCHANGE_WORDS], pair) == following
        }
        if len(holders) != 1 or tuple(mine[i:end]) in holders:
            return None
        return next(iter(holders.items()))

    given = set(theirs)
    for a, (i, i_end) in enumerate(runs):
        x = tuple(mine[i:i_end])
        if not set(x) <= given:
            continue
        for k, k_end in runs[a + 1:]:
            y = tuple(mine[k:k_end])
            if x == y or not set(y) <= given:
                continue
            between = claim_text[ctoks[i_end - 1].end():ctoks[k].start()]
            if _in_apposition(between):
                # "Kestrel's chief engineer, Tom Lenz": one tells who the other is, unless the
                # passage tells it the other way round ("Tom Lenz's chief engineer, Kestrel")
                first, second = _shown(ctoks[i:i_end]), _shown(ctoks[k:k_end])
                owned = re.match(r"(.+?)(['’]s?)$", first)
                if owned is not None:  # "Kestrel's": the name, and "'s" of the words between
                    first, between = owned.group(1), owned.group(2) + between
                if _said_in_order(passage_text, second, between, first) and not (
                    _said_in_order(passage_text, first, between, second)
                ):
                    return Difference(
                        "name", f"{first}{between}{second}", f"{second}{between}{first}"
                    )
                continue
            pair = frozenset(x) | frozenset(y)
            in_x, in_y = held_by(i, i_end, pair), held_by(k, k_end, pair)
            if in_x is None or in_y is None or not (
                _names_one(in_x[0], y) and _names_one(in_y[0], x)
            ):
                continue
            lo, hi = sorted((in_x[1], in_y[1]))
            if _converse_outcomes(
                claim_text[ctoks[i_end - 1].end():ctoks[k].start()],
                passage_text[ptoks[lo].end():ptoks[hi].start()],
            ):
                continue  # "England's win over Norvia" is "Norvia's defeat to England"
            # "Kess is to acquire Trion" / "Trion will be acquired by Kess": one deed in two
            # voices puts each name in the other's place
            passive = _PASSIVE_AGENT.search(passage_text, ptoks[lo].end(), ptoks[hi].start())
            if (passive is None) != (
                _PASSIVE_AGENT.search(claim_text, ctoks[i_end - 1].end(), ctoks[k].start())
                is None
            ):
                continue
            return Difference(
                "name", f"{_shown(ctoks[i:i_end])} … {_shown(ctoks[k:k_end])}",
                f"{_shown(ctoks[k:k_end])} … {_shown(ctoks[i:i_end])}",
            )
    return None


def _slots(t: _Tokens, i: int) -> list[list[str]]:
    """The ``SLOT_WORDS`` words that place the name at token ``i``, and, when a lower-case word
    describes the name right before it ("moved to crater Kestria"), the words before that
    one: one side may name what the name is and the other not."""
    out = [t.words[i - SLOT_WORDS:i]] if i >= SLOT_WORDS else []
    if i > SLOT_WORDS and _describes(t.toks[i - 1].group(0)):
        out.append(t.words[i - SLOT_WORDS - 1:i - 1])
    return out


def _describes(word: str) -> bool:
    """Could a word right before a name say what the name is ("crater", "striker")?"""
    low = word.lower()
    return word.isalpha() and word[0].islower() and low not in STOPWORDS and low not in NOT_NAMES


def _names_one(held: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Does the passage's name ``held`` name the one the claim's ``run`` does: the same words,
    or the claim's surname alone where the passage gives the name in full ("Lenz" for "Bea
    Lenz")?"""
    return held == run or (len(run) == 1 and len(held) > 1 and held[-1] == run[0])


def _either(ws: list[str], pair: frozenset[str]) -> list[str]:
    """``ws`` with each word of the two names of ``pair`` after the first word as one mark:
    either name. A name right after the other ("Kray and Ortiz met") is joined to it, in no
    place of its own."""
    return ws[:1] + [
        "\0" if w.removesuffix("'s").removesuffix("’s") in pair else w for w in ws[1:]
    ]


_Deed = tuple[tuple[str, ...], str, tuple[str, ...]]


# Marks a name's last token may carry where it ends a clause or sentence ("beat Vantor.").
_CLOSING = ".,;:!?"


def _told_deeds(t: _Tokens) -> list[tuple[_Deed, int]]:
    """A text's deeds between two names, the verb right between them: (doer, the verb's base,
    the one it is done to) for "Lenz beat Ortiz" or "Lenz beat the Kestrels", the names as
    written, each with the token where it ends."""
    out: list[tuple[_Deed, int]] = []
    for (i, i_end), (k, k_end) in zip(t.runs, t.runs[1:], strict=False):
        between = t.words[i_end:k]
        if not 1 <= len(between) <= 2 or (len(between) == 2 and between[1] != "the"):
            continue
        verb = between[0]
        bases = [b for b in lexicon.base_forms(verb) if lexicon.is_verb(b)]
        if not bases or verb in STOPWORDS:
            continue
        # a name that ends the sentence is the same name ("beat Vantor." / "beat Vantor in")
        deed = (
            tuple(m.group(0).rstrip(_CLOSING) for m in t.toks[i:i_end]), min(bases),
            tuple(m.group(0).rstrip(_CLOSING) for m in t.toks[k:k_end]),
        )
        out.append((deed, k_end))
    return out


def _deeds(text: str) -> list[_Deed]:
    return [deed for deed, _ in _told_deeds(_tokens(text))]


def deed_parties_mixed(claim_text: str, passage_text: str) -> Difference | None:
    """A deed the claim puts between two names of the passage that each have it with another:
    "Lenz beat Vantor" where the passage has "Lenz beat Ortiz" and "Kray beat Vantor" (the doer
    of one deed joined to the one the other was done to), and never "Lenz beat Vantor"."""
    theirs = _deeds(passage_text)
    if len(theirs) < 2:
        return None
    for doer, verb, done_to in _deeds(claim_text):
        same = [(d, o) for d, v, o in theirs if v == verb]
        if (doer, done_to) in same:
            continue
        with_doer = [o for d, o in same if d == doer and o != done_to]
        with_other = [d for d, o in same if o == done_to and d != doer]
        if with_doer and with_other:
            return Difference(
                "name", f"{' '.join(doer)} … {' '.join(done_to)}",
                f"{' '.join(doer)} … {' '.join(with_doer[0])}",
            )
    return None


# Words that place a deed in an event or a place after it: "beat Ortiz in the final".
_EVENT_PLACING = frozenset({"in", "at", "during"})
# How many words after the deed's second name the passage may take to name the claim's event.
EVENT_WORDS = 4


def deed_event_moved(claim_text: str, passage_text: str) -> Difference | None:
    """A deed the passage tells between the same two names, placed by the claim in another
    event the passage names for another deed: "Kray beat Vantor in the final" where the passage
    has "Kray beat Vantor in the semi-final" and a final elsewhere. Values after the names are
    passed over ("beat Ortiz 3-1 in the final")."""
    mine, theirs = _tokens(claim_text), _tokens(passage_text)
    told = _told_deeds(theirs)
    for deed, end in _told_deeds(mine):
        own = _event_after(mine.words[end:])
        if own is None:
            continue
        for their_deed, their_end in told:
            if their_deed != deed:
                continue
            there = _event_after(theirs.words[their_end:])
            if there is None or there[0] != own[0] or stem(there[1]) in synonyms(own[1]):
                continue
            near = _past_values(theirs.words[their_end:])[:EVENT_WORDS]
            if own[1] in near or own[1] not in theirs.words:
                continue  # "in Sunday's final": the claim's event is said here too
            return Difference("wording", f"{own[0]} the {own[1]}", f"{there[0]} the {there[1]}")
    return None


def _event_after(ws: list[str]) -> tuple[str, str] | None:
    """The preposition and the event word right after a deed's second name, values passed
    over: ("in", "final") of "3-1 in the final"."""
    ws = _past_values(ws)
    if len(ws) < 2 or ws[0] not in _EVENT_PLACING:
        return None
    # "in the final", "in Sunday's final": the day says when, the noun what
    rest = [w for w in ws[1:EVENT_WORDS + 1] if w != "the" and w not in _DAYS]
    return (ws[0], rest[0]) if rest and rest[0] not in STOPWORDS else None


_DAYS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}


def _said_alike(a: list[str], b: list[str]) -> bool:
    """Are two runs of words the same words, or words of one sense ("was switched to" / "was
    changed to")?"""
    return len(a) == len(b) and all(
        x == y or (x.isalpha() and y.isalpha() and lexicon.same_sense(x, y))
        for x, y in zip(a, b, strict=True)
    )


def _converse_outcomes(mine: str, theirs: str) -> bool:
    """Does one side tell a contest won and the other the same contest lost, between the two
    names: "'s 3-1 win over" against "'s 3-1 defeat to"?"""
    said = [{outcome_of(w) for w in re.findall(r"[a-z]+", t.lower())} for t in (mine, theirs)]
    if any(
        a in said[0] and b in said[1] and a not in said[1]
        for a, b in (("win", "loss"), ("loss", "win"))
    ):
        return True
    # ... or any two opposite words of relation: "finished behind" / "finished ahead of",
    # "trails" / "leads", "borrowed from" / "lent"
    my_words = re.findall(r"[a-z]+", mine.lower())
    their_words = re.findall(r"[a-z]+", theirs.lower())
    their_stems = {stem(w) for w in their_words}
    my_stems = {stem(w) for w in my_words}
    return any(
        opposites(w) & (their_stems - my_stems) and stem(w) not in their_stems for w in my_words
    )


def _said_in_order(text: str, first: str, between: str, second: str) -> bool:
    """Does ``text`` say ``first``, the words ``between`` and ``second`` in a row (any case and
    spacing)?"""
    parts = [re.escape(w) for w in f"{first} {between} {second}".replace("’", "'").split()]
    return re.search(r"\b" + r"\s*".join(parts) + r"\b", text.replace("’", "'"), re.I) is not None


def _in_apposition(between: str) -> bool:
    """Do the words between two names make the second an aside on the first's post: a few
    words and a comma, no verb ("'s chief engineer, " of "Kestrel's chief engineer, Lenz")?"""
    m = _APPOSED.fullmatch(between)
    if m is None:
        return False
    ws = re.findall(r"[a-z]+", m.group(1).lower())
    return len(ws) <= APPOSED_WORDS and not any(
        lexicon.is_inflected_verb(w) and not lexicon.is_noun(w) for w in ws
    )


# Words of a post between a body's name and the name of the one who holds it.
APPOSED_WORDS = 4
_APPOSED = re.compile(r"(?:['’]s)?\s+([a-z][a-z\s-]*?)\s*,\s*")


# A deed told in the passive, with its doer: "was acquired by", "to be replaced by".
_PASSIVE_AGENT = re.compile(
    r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?\w+(?:ed|en|wn|t)\s+by\b"
)


# Content words after the name that opens a claim, at the least, when the claim says no more.
OPENING_SLOT_WORDS = 2


def opening_name_replaced(
    claim_text: str, passage_text: str, known: set[object], named: str = ""
) -> Difference | None:
    """The name that opens the claim where the passage's sentence opens with another name, one
    the claim does not give, and goes on with the same ``SLOT_WORDS`` content words, which the
    passage never says after the claim's name: "Acme said it strongly opposed the ruling"
    against "Brix said it strongly opposed the ruling" (whatever other sentence names Acme).
    The claim's first words must be a name: one WordNet does not know, or one whose last word
    ``named`` (the passage and the text around it) writes with a capital inside a sentence
    ("Officials said" opens with no name)."""
    ctoks = _tokens(claim_text).toks
    if not ctoks or not _a_name(ctoks[0]):
        return None
    end = _run_end(ctoks, 0)
    run = [bare(m.group(0)) for m in ctoks[:end]]
    shown = _shown(ctoks[:end])
    last = ctoks[end - 1].group(0).rstrip(".,;:")
    if all(lexicon.is_known(w) for w in run) and _capital_only_opening(last, named):
        return None  # its last word is never written as a name inside a sentence
    following = _content_after(ctoks, end)
    # a short claim says all it has after its name ("Varnak will build the bridge.")
    if len(following) < OPENING_SLOT_WORDS:
        return None
    claim_words = frozenset(bare(m.group(0)).rstrip(".,;:") for m in ctoks)
    ptoks = _tokens(passage_text).toks
    for j, m in enumerate(ptoks):
        if not _a_name(m) or (
            j > 0 and _a_name(ptoks[j - 1]) and not ptoks[j - 1].group(0).endswith(".")
        ):
            continue
        after = _run_end(ptoks, j)
        # a run of names ends with its sentence ("... Quintar Systems. Quintar said")
        after = next((k + 1 for k in range(j, after) if ptoks[k].group(0).endswith(".")), after)
        theirs = [bare(t.group(0)) for t in ptoks[j:after]]
        # what the sentence says before its subject the claim may say after it ("In the final,
        # Ada Vance scored twice" / "Vance scored twice in the final")
        phrase = _opening_phrase(passage_text, m.start())
        said = following
        if phrase is not None:
            before = {bare(w) for w in re.findall(r"[\w'’-]+", phrase)}
            cut = next((k for k, w in enumerate(following) if w in before), len(following))
            if cut < OPENING_SLOT_WORDS:
                continue
            said = following[:cut]
        if _content_after(ptoks, after)[:len(said)] != said and (
            _content_after(ptoks, _past_apposition(passage_text, ptoks, after))[:len(said)]
            != said
        ) and _content_after(ptoks, after, keep=claim_words)[:len(said)] != said:
            continue  # the same words after it, a name the claim does not give aside
        mine_n, theirs_n = [norm(w) for w in run], [norm(w) for w in theirs]
        if mine_n[-1] in theirs_n or theirs_n[-1] in mine_n:
            return None  # the passage gives the claim's name there (in part: "Lee" / "Una
            # Lee"); a title both share is no name ("Judge Kent" / "Judge Harrow")
        if after - j == 1 and short_for_a_name_with(
            m.group(0), " ".join(run), f"{claim_text} {passage_text}"
        ):
            return None  # "KBR" for "Kestria Blue Racing"
        if _common_word_opening(passage_text, ptoks, j, after, f"{claim_text}\n{passage_text}"):
            continue  # "Priced at $2,799, the headset ...": a common word opening its sentence
        if theirs[-1].rstrip(".") in known or not (
            _opens_sentence(passage_text, m.start()) or phrase is not None
            or after - j > 1 and _opens_sentence_past_the(passage_text, m.start())
            and "(" not in passage_text[m.start():ptoks[after - 1].end()]
        ):
            continue  # "The Falcons" may be the claim's "Kestria City" by its nickname, "The
            # Kestrian (Vantor Cycling)" the claim's rider by the rider's country
        return Difference("name", shown, _shown(ptoks[j:after]))
    return None


_CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def short_for_a_name_with(short: str, name: str, text: str) -> bool:
    """Is ``short`` ("KBR") the initials of a name in ``text`` that holds ``name``'s words
    ("Kestria Blue Racing" for "Kestria")?"""
    short = short.rstrip(".")
    if len(short) < 2 or not short.isupper():
        return False
    mine = set(name.lower().split())
    return any(
        "".join(w[0] for w in m.group(0).split()).upper() == short
        and mine <= {bare(w) for w in m.group(0).split()}
        for m in _CAPITAL_RUN.finditer(text)
    )


def _common_word_opening(
    text: str, toks: list[re.Match[str]], j: int, after: int, named: str
) -> bool:
    """Is the run ``toks[j:after]`` one word the lexicon knows, and as no noun, with a capital
    only because it opens its sentence ("Priced at $2,799, ...", "Regional turnout was
    ...")? Where ``named`` (the texts at hand) never writes it with a capital inside a
    sentence, it is no name another name could stand for. A noun may be a name ("Harlow
    opposed the deal")."""
    if after - j != 1:
        return False
    m = toks[j]
    word = m.group(0).rstrip(".,;:")
    low = bare(word)
    if (
        word.isupper() or not sentence_initial(text, m.start()) or not lexicon.is_known(low)
        or lexicon.is_noun_lemma(low)
    ):
        return False
    return _capital_only_opening(word, named)


def _capital_only_opening(word: str, text: str) -> bool:
    """Does ``text`` write ``word`` only where a sentence opens, never inside one (where a
    capital would make it a name)?"""
    return all(
        _opens_sentence(text, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


# A name and the "who" clause that tells of it: "Ada Vance, who hopes to ride the Kestria".
_WHO_TOLD = re.compile(rf"({_NAME_WORDS}),\s+who\s+([^,.;:!?—–()]+)")
# Content words of a "who" clause the claim gives, at the least, to be read elsewhere: 2, 3
# and 5 give the same verdicts on every labelled corpus; 3 keeps a clause of one verb and its
# object ("who won gold") from being looked for elsewhere.
WHO_CLAUSE_WORDS = 3


def who_clause_moved(claim_text: str, passage_text: str) -> Difference | None:
    """The claim tells of a name in a "who" clause ("Ada Vance, who hopes to ride the
    Kestria, cheered the crew") what the passage tells of another name in its own "who"
    clause ("Ada Vance and Bea Lenz, who owns a charter firm and hopes to ride the
    Kestria, cheered the crew"), never of the claim's: the clause belongs to the name
    right before it."""
    m = _WHO_TOLD.search(claim_text)
    if m is None:
        return None
    mine = m.group(1)
    told = [
        w for w in re.findall(r"[a-z]+", m.group(2).lower()) if w not in STOPWORDS
    ]
    if len(told) < WHO_CLAUSE_WORDS:
        return None
    wanted = {stem(w) for w in told}
    claim_words = {bare(w) for w in re.findall(r"[\w'’-]+", claim_text)}
    holders = []
    for p in _WHO_TOLD.finditer(passage_text):
        said = {stem(w) for w in re.findall(r"[a-z]+", p.group(2).lower())}
        if wanted <= said:
            holders.append(p.group(1))
    if not holders:
        return None
    last = bare(mine.split()[-1])
    if any(bare(h.split()[-1]) == last for h in holders):
        return None  # the passage tells it of the claim's name too
    other = holders[0]
    if bare(other.split()[-1]) in claim_words or last not in {
        bare(w) for w in re.findall(r"[\w'’-]+", passage_text)
    }:
        return None  # a name the claim gives too; or the claim's, never named: not moved
    return Difference("name", mine, other)


def deed_of_another_name(
    claim_text: str, passage_text: str, known: set[object]
) -> Difference | None:
    """A name of the claim, one the passage gives too, followed by words (its first
    ``SLOT_WORDS`` content words after it: what the name did) that the passage says after
    another name, one the claim does not give, and never after the claim's name: "Ortiz, who
    took silver in Lyon, pulled out" against "Ortiz, who won in 2016, dropped out ... and Kray,
    who took silver in Lyon, pulled out". Wherever the names stand in their sentences (where
    the claim opens with its name, ``opening_name_replaced`` asks less of the passage)."""
    claim = _tokens(claim_text)
    ctoks, mine = claim.toks, claim.words
    passage: _Tokens | None = None
    given: set[str] = set()  # the passage's words, once it is read
    for i, end in claim.runs:
        following = claim.after[end]
        if len(following) < SLOT_WORDS:
            continue
        if not (_opens_clause(claim_text, ctoks, i) and _a_deed_follows(claim_text, ctoks, end)):
            continue  # "the Bank of England's committee": no subject; "Norvia Air 740": no deed
        named = f"{claim_text}\n{passage_text}"
        if _common_word_opening(claim_text, ctoks, i, end, named):
            continue  # "Regional turnout was ...": a common word opening its sentence
        if passage is None:
            passage = _tokens(passage_text)
            given = set(passage.words)
        ptoks = passage.toks
        run = mine[i:end]
        if not set(run) <= given:
            continue  # a name the passage does not give is checked as missing
        other = None
        for j, after in passage.runs:
            if (
                passage.after[after] != following
                or not _a_deed_follows(passage_text, ptoks, after)
                or _coordinated(passage_text, ptoks, j, run)
                or _common_word_opening(passage_text, ptoks, j, after, named)
            ):
                continue
            theirs = passage.words[j:after]
            if set(theirs) & set(run) or (after - j == 1 and short_for_a_name_with(
                ptoks[j].group(0), " ".join(run), f"{claim_text} {passage_text}"
            )):
                other = None
                break  # the passage says it after the claim's name ("Lee" / "Una Lee"; "KMR"
                # for "Kestria Motor Racing")
            if other is None and not any(w.rstrip(".") in known for w in theirs):
                other = (j, after)
        if other is not None:
            return Difference("name", _shown(ctoks[i:end]), _shown(ptoks[other[0]:other[1]]))
    return None


# Words after which a name opens a clause of its own, as its subject.
_CLAUSE_OPENERS = frozenset("and but while whereas when as then the".split())


def _opens_clause(text: str, toks: list[re.Match[str]], i: int) -> bool:
    """Does the name at ``toks[i]`` open its clause: the text's start, after punctuation, or
    after a word that joins clauses ("and Kray pulled out"), not after "of" or a verb?"""
    if i == 0 or text[toks[i - 1].end():toks[i].start()].strip():
        return True
    return toks[i - 1].group(0).lower() in _CLAUSE_OPENERS


# Small words that may open what a name did: "Kray has announced", "Kray, who took".
_DEED_OPENERS = frozenset(
    "has have had was were is are will would could can did does also then who".split()
)


def _a_deed_follows(text: str, toks: list[re.Match[str]], end: int) -> bool:
    """Does what the name run ending at ``toks[end]`` did follow it: a word in lower case right
    after it, a verb or an auxiliary ("Kray pulled out", "Kray has announced"), or "who" after
    a comma; not a number or more of the name ("Norvia Air 740 XR"), not a word joining it to
    something else ("KNP and has announced"), not a verb after an aside ("Omnix, a maker of
    drills, was sold")?"""
    if end == 0 or end >= len(toks):
        return False
    word = toks[end].group(0)
    gap = text[toks[end - 1].end():toks[end].start()].strip()
    if not word[:1].islower():
        return False
    if gap == ",":
        return word == "who"
    return not gap and (word not in NOT_NAMES or word in _DEED_OPENERS)


# Words at most between two names joined as one subject: "Omnix and its rival Zelora".
COORDINATED_REACH = 4


def _coordinated(text: str, toks: list[re.Match[str]], j: int, run: list[str]) -> bool:
    """Is the name run at ``toks[j]`` joined by "and" or "or" to a mention of ``run`` at most
    ``COORDINATED_REACH`` words before it ("Omnix and its rival Zelora were fined")?"""
    for k in range(j - 1, max(-1, j - 2 - COORDINATED_REACH), -1):
        between = text[toks[k].end():toks[j].start()]
        if re.search(r"[.;:!?]", between):
            return False
        if bare(toks[k].group(0)) in run:
            return re.search(r"\b(?:and|or)\b|&", between) is not None
    return False


# Characters of a clause of "who" or "which" set off after a name, up to its closing comma:
# about a dozen words (40 and 120 gave the same verdicts on benchmarks/news.py's tuning corpora).
RELATIVE_CHARS = 80
# An aside set off by commas right after a name, saying what it is (", a rival bidder,", ", a
# nurse from Brellin,") or what it did (", who trained under Ortiz at the Brellin academy,").
_APPOSITION_AFTER = re.compile(
    rf"\s*,\s*(?:(?:a|an|the|its|his|her|their)\s+[a-z][a-z-]*"
    rf"(?:\s+[A-Za-z][\w'’-]*){{0,{APPOSED_WORDS - 1}}}"
    rf"|(?:who|which)\s+[^,;:.!?()]{{1,{RELATIVE_CHARS}}}?)\s*,"
)


def _past_apposition(text: str, toks: list[re.Match[str]], i: int) -> int:
    """The token past an aside set off right after ``toks[i - 1]`` ("Vantor, a rival bidder,
    had offered": the token of "had"), or ``i`` without one."""
    if not 0 < i < len(toks):
        return i
    m = _APPOSITION_AFTER.match(text, toks[i - 1].end())
    if m is None:
        return i
    return next((k for k in range(i, len(toks)) if toks[k].start() >= m.end()), len(toks))


def _content_after(
    toks: list[re.Match[str]], i: int, keep: frozenset[str] | None = None
) -> list[str]:
    """The first ``SLOT_WORDS`` content words from ``toks[i]``, in their sentence; with
    ``keep``, names not in it are passed over ("took home for Vela the award": "took",
    "home", "award")."""
    out: list[str] = []
    for m in toks[i:]:
        w = bare(m.group(0)).rstrip(".,;:")
        if keep is not None and _a_name(m) and w not in keep:
            continue
        if w not in NOT_NAMES and w not in STOPWORDS:
            out.append(w)
            if len(out) == SLOT_WORDS:
                break
    return out


def _opens_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?\n\"“”"


_THE_BEFORE_NAME = re.compile(r"\bThe\s+$")
# A phrase of time or place that opens a sentence before its subject: "In the final, ".
OPENING_PHRASE_CHARS = 40
_OPENING_PHRASE = re.compile(rf"([A-Z][^,.;:!?\n]{{1,{OPENING_PHRASE_CHARS}}}),\s+$")


def _opening_phrase(text: str, start: int) -> str | None:
    """The phrase set off by a comma that opens the sentence of the name at ``start`` ("In
    the final" of "In the final, Ada Vance scored twice"), or None."""
    m = _OPENING_PHRASE.search(text, max(0, start - OPENING_PHRASE_CHARS - 4), start)
    if m is None or not _opens_sentence(text, m.start()):
        return None
    return m.group(1)


def _opens_sentence_past_the(text: str, start: int) -> bool:
    """Does the name at ``start`` follow a "The" that opens its sentence ("The Kestria
    Foundation is working with ...")?"""
    the = _THE_BEFORE_NAME.search(text, max(0, start - 6), start)
    return the is not None and _opens_sentence(text, the.start())


def _run_end(toks: list[re.Match[str]], i: int, *, commas: bool = False) -> int:
    """Where the run of name words that starts at ``toks[i]`` ends: at the first word that is
    no name, or after one that ends its sentence ("Ada Vantor. Ben Kray ..."); with
    ``commas``, after one a comma follows too ("Oren Tolvar, Ada Lund": two names)."""
    while i < len(toks) and _a_name(toks[i]):
        i += 1
        if closes_sentence(toks[i - 1].group(0)):
            break
        if commas and toks[i - 1].string[toks[i - 1].end():toks[i - 1].end() + 1] == ",":
            # a place and its region are one name ("Lund, Norvia"); a name of two words
            # after the comma is another ("Oren Tolvar, Ada Lund")
            if i < len(toks) and _a_name(toks[i]) and not (
                i + 1 < len(toks) and _a_name(toks[i + 1])
            ):
                return i + 1
            break
    return i


# Small words inside one name: "House of Commons", "Bank of England".
_IN_NAME = frozenset({"of", "and", "the", "for", "de", "du", "la"})


def _linked_run_end(toks: list[re.Match[str]], i: int, *, commas: bool = False) -> int:
    """Where the run of name words from ``toks[i]`` ends, small words inside one name taken in
    ("House of Commons Home Affairs Committee")."""
    i = _run_end(toks, i, commas=commas)
    while (
        i + 1 < len(toks) and toks[i].group(0).lower() in _IN_NAME and _a_name(toks[i + 1])
    ):
        i = _run_end(toks, i + 1, commas=commas)
    return i


def _shown(toks: list[re.Match[str]]) -> str:
    return " ".join(m.group(0).rstrip(".,;:") for m in toks)


# Who says a sentence's words: a name right before a verb of saying ("Lenz said", "Ada Lenz,
# the party's leader, told reporters") or right after one ("said Lenz", "said the party's
# leader, Ada Lenz", after a quote or a comma: "said Lenz would go" reports what Lenz did).
_SPEAKER_RUN = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}"
_SAYING_WORDS = (
    "said says told tells added adds stated states warned warns explained explains insisted "
    "insists wrote writes argued argues noted notes recalled recalls declared declares"
).split()
_SAYING = "(?:" + "|".join(_SAYING_WORDS) + ")"
_SAYING_STEMS = frozenset(stem(w) for w in _SAYING_WORDS)
_SPEAKER_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_SPEAKER_RUN})(?:\s*\([A-Z]+\))?(?:,[^,;:.!?“”\"]{{1,150}},)?\s+{_SAYING}\b"
)
_SPEAKER_AFTER = re.compile(
    rf"[,”\"’]\s*{_SAYING}\s+(?:the\s+[^,;:.!?“”\"]{{1,60}},\s+)?(?P<name>{_SPEAKER_RUN})"
)
# Share of the claim's words (past its speaker) the passage's sentence must carry to be the
# sentence the claim reports. On benchmarks/news.py any share from 0.5 to 0.75 gives the same
# verdicts: two wrong `ok` fewer on the tuning corpora and one held out than without the check,
# no supported claim contradicted by it.
SPOKEN_SHARE = 0.6


# "According to Lenz, the dam's designer, ...": the one whose word the clause gives, when it
# opens it (a closing ", according to the Herald" names who reported a speaker's words).
_SPEAKER_ACCORDING = re.compile(rf"^\s*According\s+to\s+(?P<name>{_SPEAKER_RUN})")


# A closing "..., according to the Kestria Office" and the name it gives.
_ACCORDING_CLOSING = re.compile(rf",\s+according\s+to\s+(?:the\s+)?(?P<name>{_SPEAKER_RUN})")
_QUOTE_MARK = re.compile(r"[“”\"]")


def _speakers(text: str) -> list[tuple[int, int, str]]:
    """The named speakers of ``text``: (start, end, name), a name being a run of capitalised
    words that opens no sentence or that WordNet does not know."""
    out = []
    for rx in (_SPEAKER_BEFORE, _SPEAKER_AFTER, _SPEAKER_ACCORDING):
        for m in rx.finditer(text):
            name = m.group("name").rstrip(".")
            words = name.split()
            if all(bare(w) in NOT_NAMES or bare(w) in STOPWORDS for w in words):
                continue
            if _opens_sentence(text, m.start("name")) and all(
                lexicon.is_known(bare(w)) for w in words
            ):
                continue  # "Officials said", "Police told"
            out.append((m.start("name"), m.start("name") + len(name), name))
    return out


def _said_words(text: str, skip: tuple[int, int]) -> set[str]:
    ws = re.findall(r"[a-z]+", norm(text[:skip[0]] + " " + text[skip[1]:]))
    return {stem(w) for w in ws if w not in STOPWORDS and len(w) > 2} - _SAYING_STEMS


def _claims_speaker(claim_text: str) -> tuple[str, set[str]] | None:
    """The claim's one named speaker and the stems of what it has them say; None without one
    speaker, or with fewer than ``SLOT_WORDS`` words said."""
    mine = _speakers(claim_text)
    if len(mine) != 1:
        return None
    start, end, speaker = mine[0]
    said = _said_words(claim_text, (start, end))
    return None if len(said) < SLOT_WORDS else (speaker, said)


# Where a sentence sets one speaker's word against another's: ", but Ortiz said ...".
_SPEAKERS_PARTED = re.compile(r",\s+(?:" + "|".join(sorted(CONTRASTS)) + r")\s+")


def _clauses_of_speakers(text: str) -> list[str]:
    """The sentences of ``text``, each parted where it sets one clause against another
    ("According to Lenz, it holds 40 million cubic metres, but Ortiz said it was built with
    poor concrete": two clauses, a speaker each)."""
    out = []
    for sp in sentence_spans(text):
        out.extend(_SPEAKERS_PARTED.split(text[sp.start:sp.end]))
    return out


def speaker_replaced(claim_text: str, passage_text: str) -> Difference | None:
    """The claim has someone named say what the passage's sentence has another named person
    say: "Lenz said the plant would close" against "'The plant will close,' said Kray".
    The passage's sentence must carry most of the claim's other words, and name no word of
    the claim's speaker anywhere; a speaker the passage names only as "he" or "officials"
    settles nothing."""
    told = _claims_speaker(claim_text)
    if told is None:
        return None
    speaker, said = told
    own = {bare(w) for w in speaker.split()} - STOPWORDS  # "The Vela Board": no "the"
    for sentence in _clauses_of_speakers(passage_text):
        theirs = _speakers(sentence)
        if not theirs and not _QUOTE_MARK.search(sentence):
            # with no quotation, a closing "according to" names who tells the sentence
            theirs = [
                (m.start("name"), m.start("name") + len(m.group("name").rstrip(".")),
                 m.group("name").rstrip("."))
                for m in _ACCORDING_CLOSING.finditer(sentence)
            ]
        if len(theirs) != 1:
            continue
        s0, s1, other = theirs[0]
        carried = said & _said_words(sentence, (s0, s1))
        if len(carried) < SPOKEN_SHARE * len(said):
            continue
        if own & {bare(w.rstrip(".")) for w in re.findall(r"[\w'’.-]+", sentence)}:
            return None  # the claim's speaker stands in the sentence
        return Difference("name", speaker, other)
    return None


# A quotation and who it is given to right after it: "'...,' said Lenz", "'...,' declares the
# Kestria Herald", or a line under it that opens with a dash ("— Mining engineer Bea Lenz", the
# name being the last capitalised words of the line).
_QUOTED = re.compile(r"[“\"]([^“”\"]{20,1500})[”\"]")
_DECLARING = r"(?:said|says|declared|declares|wrote|writes|added|adds|told|tells)"
_GIVEN_AFTER = re.compile(
    rf"\s*,?\s*{_DECLARING}\s+(?:the\s+)?(?P<said>{_SPEAKER_RUN})"
    r"|\s*[—–]\s*(?P<line>[^\n,;:“”\"]{2,80})"
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")


def _quotes_given(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The quotations that open between ``lo`` and ``hi`` with the name they are given to:
    (start of the sentence the quotation opens in, end of the quotation, name)."""
    out = []
    for m in _QUOTED.finditer(text, lo):
        if m.start() >= hi:
            break
        given = _GIVEN_AFTER.match(text, m.end())
        if given is None:
            continue
        name = given.group("said")
        if name is None:
            runs = _CAPITALISED_RUN.findall(given.group("line"))
            name = runs[-1] if runs else None
        if not name:
            continue
        name = name.rstrip(".")
        words = [bare(w) for w in name.split()]
        if all(w in NOT_NAMES or w in STOPWORDS for w in words) or all(
            lexicon.is_known(w) for w in words
        ):
            continue  # "said Officials", "— Staff": no one named
        opening = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        out.append((max(opening, lo), m.end(), name))
    return out


def quote_given_to_another(
    claim_text: str, passage_text: str, lo: int, hi: int
) -> Difference | None:
    """The claim has someone named say what the passage quotes and gives to another named
    speaker right after the quotation: "Lenz said the drill is precise" against "'The drill
    is precise.' — Mining engineer Una Kray". The quotation, with the words of its sentence
    before it, must carry most of the claim's other words; a quotation given to the claim's
    own speaker settles it the other way."""
    told = _claims_speaker(claim_text)
    if told is None:
        return None
    speaker, said = told
    own = {bare(w) for w in speaker.split()} - STOPWORDS
    named = {bare(w) for w in re.findall(r"[\w'’.-]+", claim_text)}  # "Lenz of Omnix said"
    others = []
    for q0, q1, name in _quotes_given(passage_text, lo, hi):
        carried = said & _said_words(passage_text[q0:q1], (0, 0))
        if len(carried) < SPOKEN_SHARE * len(said):
            continue
        theirs = {bare(w) for w in name.split()} - STOPWORDS
        if own & theirs or theirs & named:
            return None  # given to the claim's speaker, or to a name the claim gives
        others.append(name)
    return Difference("name", speaker, others[0]) if others else None


# A list of names: three or more runs of capitalised words set apart by commas, the last
# after "and" or "or" ("in Norvia, Kestria, South Marda and the Vantor Isles").
_LIST_ITEM = r"(?:the\s+)?[A-Z](?:[\w'’.&-]*\w)?(?:\s+[A-Z](?:[\w'’.&-]*\w)?){0,3}"
_NAME_LIST = re.compile(
    rf"(?<![\w'’-]){_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM}){{1,}},?\s+(?:and|or)\s+{_LIST_ITEM}"
    r"(?![\w'’-])"
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# Members of a list the passage gives in the claim's order that both lists must share: two
# lists that share fewer are two lists.
LIST_SHARED = 2


def _list_items(m: re.Match[str]) -> list[str]:
    return [re.sub(r"^the\s+", "", item).lower() for item in _LIST_SPLIT.split(m.group(0))]


def list_member_replaced(claim_text: str, passage_text: str, wider: str) -> Difference | None:
    """A member of the claim's list of names that the passage's list, the same list member
    for member, replaces with another: "in Norvia, Kestria, Tarvek and Vantor" against "in
    Norvia, Kestria, South Marda and Vantor", though the ``wider`` text around the passage (the
    sentence before, the source's title) names Tarvek for another reason, which makes it a name
    the source states. (A name stated nowhere is found missing without this.) A name the
    passage states in any form (an acronym, a short form) is no replacement."""
    for cm in _NAME_LIST.finditer(claim_text):
        mine = _list_items(cm)
        for pm in _NAME_LIST.finditer(passage_text):
            theirs = _list_items(pm)
            if len(theirs) != len(mine):
                continue
            moved = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
            shared = len(mine) - len(moved)
            if not moved or shared < LIST_SHARED or shared < len(moved):
                continue
            if any(a in theirs or b in mine or set(a.split()) & set(b.split()) for a, b in moved):
                continue  # the same members in another order, or one written longer
            for a, b in moved:
                if not _name_in_text(a, wider):
                    continue  # named nowhere: the check of names finds it missing
                said = (
                    _name_in_text(a, passage_text) or acronym_in(a, passage_text)
                    or shortened_in(a, passage_text)
                    or acronym_in(b, claim_text) or shortened_in(b, claim_text)
                )
                if not said:
                    original = cm.group(0)
                    at = original.lower().find(a)
                    written = original[at:at + len(a)] if at >= 0 else a
                    shown = pm.group(0)
                    k = shown.lower().find(b)
                    return Difference("name", written, shown[k:k + len(b)] if k >= 0 else b)
    return None


def _name_in_text(name: str, text: str) -> bool:
    """Does ``text`` write ``name``, word for word (case and accents aside)?"""
    words = name_words(text)
    return all(w in words for w in norm(name).split())


# The sentence that says the claim's deed must carry this many of the claim's words other than
# names, and ``NAME_WORD_MARGIN`` more than any sentence that names the claim's name, before the
# other name it gives in the claim's name's place is the claim's name's rival. On the tuning
# corpora of benchmarks/news.py, 3 and 2 find two wrong names called ok before, and call no
# supported claim contradicted; 2 and 1 or 3 and 1 call one supported claim contradicted (a
# sentence that says a third of the deed); 4 and 2 and 3 and 3 find the same two.
NAME_SENTENCE_WORDS = 3
NAME_WORD_MARGIN = 2
# ... and both names must be full names of this many words: one word ("Omnix", "Lenz") may be
# the other's by another name (its spokesman, her surname with a title).
NAME_RUN_WORDS = 2


def name_in_the_claims_sentence(
    claim_text: str, passage_text: str, known: set[object]
) -> Difference | None:
    """A name of the claim that the passage gives only in a sentence next to the one that says
    the claim's deed, where that sentence gives another name in its place: "Tarvek took the
    bronze in the sprint of the chasing group" against "... ahead of Tarvek. Ivo Lenz secured
    bronze in the sprint of the chasing group". The place is told by the claim's words nearest
    the name on either side that the sentence shares (the deed's words, not the names'): the
    other name stands by the same word, nearer it than any other name. A name WordNet knows in
    every word ("Australian") may describe the claim's own ("the Australian rider"), and so is
    no rival; nor is a name in brackets ("Lenz (NED)")."""
    spans = sentence_spans(passage_text)
    if len(spans) < 2:
        return None
    sentences = [_tokens(passage_text[s.start:s.end]) for s in spans]
    stems = [{stem(w) for w in t.words} for t in sentences]
    # each sentence of the claim says its own deed, with its own names
    for cs in sentence_spans(claim_text):
        found = _name_beside_deed(claim_text[cs.start:cs.end], sentences, stems, known)
        if found is not None:
            return found
    return None


def _name_beside_deed(
    claim_text: str, sentences: list[_Tokens], stems: list[set[str]], known: set[object]
) -> Difference | None:
    claim = _tokens(claim_text)
    named = {w for i, end in claim.runs for w in claim.words[i:end]}
    deed = {stem(w.lower()) for w in claim.words if w not in named and _deed_word(w)}
    shared = [len(deed & st) for st in stems]
    best = max(range(len(sentences)), key=lambda k: (shared[k], -k))
    if shared[best] < NAME_SENTENCE_WORDS:
        return None
    theirs = sentences[best]
    said = set(theirs.words)
    for i, end in claim.runs:
        run = claim.words[i:end]
        if len(run) < NAME_RUN_WORDS:
            continue  # "Omnix" may be told by its spokesman's name, "Lenz" by her title
        if any(w in said for w in run):
            continue  # the sentence names it (in part: "Lenz" for "Ivo Lenz")
        holders = [k for k, t in enumerate(sentences) if k != best and set(run) <= set(t.words)]
        if not holders or max(shared[k] for k in holders) + NAME_WORD_MARGIN > shared[best]:
            continue  # named nowhere (checked as missing), or where the claim's words are too
        common = deed & stems[best]
        before, after = _nearest(claim.words, i, end, common)
        if before is None and after is None:
            continue
        rival = _rival_at(theirs, before, after, common, known)
        if rival is not None:
            return Difference("name", _shown(claim.toks[i:end]), rival)
    return None


def _deed_word(w: str) -> bool:
    return w[:1].isalpha() and w not in STOPWORDS and not is_light(w) and len(w) > 2


def _nearest(
    ws: list[str], i: int, end: int, common: set[str]
) -> tuple[str | None, str | None]:
    """The stems of ``common`` nearest before and after the words ``ws[i:end]``."""
    before = next((stem(ws[k]) for k in range(i - 1, -1, -1) if stem(ws[k]) in common), None)
    after = next((stem(ws[k]) for k in range(end, len(ws)) if stem(ws[k]) in common), None)
    return before, after


def _rival_at(
    t: _Tokens,
    before: str | None,
    after: str | None,
    common: set[str],
    known: set[object],
) -> str | None:
    """The name run of ``t`` that stands by the word ``before`` (right after it, no other name
    between) or by ``after`` (right before it), when it is no name of the claim's."""
    found = []
    for j, end in t.runs:
        if t.toks[j].start() and t.toks[j].string[t.toks[j].start() - 1] == "(":
            continue  # "Lenz (NED)": the bracket says whose the name is
        b, a = _nearest(t.words, j, end, common)
        if (before is not None and b == before and _first_after(t, before, j)) or (
            after is not None and a == after and _last_before(t, after, end)
        ):
            found.append((j, end))
    if len(found) != 1:
        return None
    j, end = found[0]
    run = t.words[j:end]
    if len(run) < NAME_RUN_WORDS:
        return None
    if any(w in known for w in run) or all(lexicon.is_known(w) for w in run):
        return None
    if j and t.words[j - 1] in _ARTICLES:
        return None  # "the Omnix keeper": a name that describes, no one's rival
    return _shown(t.toks[j:end])


def _first_after(t: _Tokens, word: str, j: int) -> bool:
    """Is the run at ``j`` the first name after the last ``word`` before it?"""
    k = next(k for k in range(j - 1, -1, -1) if stem(t.words[k]) == word)
    return not any(k < r < j for r, _ in t.runs)


def _last_before(t: _Tokens, word: str, end: int) -> bool:
    """Is the run ending at ``end`` the last name before the first ``word`` after it?"""
    k = next(k for k in range(end, len(t.words)) if stem(t.words[k]) == word)
    return not any(end <= r < k for r, _ in t.runs)


# Words before a place: "in Lund", "at the Harlow Arena".
_IN_PLACE_WORDS = frozenset({"in", "at"})


def _in_runs(t: _Tokens) -> list[tuple[str, int, int]]:
    """The runs of capitalised words right after "in" or "at" (a "the" between passed over),
    days and months left out: (the word, first token, token after the run)."""
    out = []
    for k, w in enumerate(t.words):
        if w not in _IN_PLACE_WORDS:
            continue
        j = k + 1
        if j < len(t.words) and t.words[j] == "the":
            j += 1
        e = j
        while (
            e < len(t.toks) and t.toks[e].group(0)[:1].isupper() and t.words[e] not in TIME_NAMES
        ):
            e += 1
            if closes_sentence(t.toks[e - 1].group(0)):
                break
        if e > j:
            out.append((w, j, e))
    return out


def place_replaced(
    claim_text: str, passage_text: str, known: set[object], wider: str = ""
) -> Difference | None:
    """A place of the claim, after "in" or "at", that the passage's sentence does not give
    while it gives another after the same word, one the claim does not name; the claim's place
    stands elsewhere around it ("poured the first pint at the new bar in Lund" / "The Lund
    brewer ... Vela poured the first pint at the new bar on Mill Lane in Harlow")."""
    claim, passage = _tokens(claim_text), _tokens(passage_text)
    a, b = claim.words, passage.words
    around = _tokens(wider) if wider else passage
    given = set(around.words) | set(b)
    theirs = _in_runs(passage)
    for word, i, end in _in_runs(claim):
        run = a[i:end]
        if set(run) <= set(b) or not all(w in given for w in run):
            continue
        others = [
            (j, e) for w, j, e in theirs
            if w == word and not set(b[j:e]) & set(a) and not any(x in known for x in b[j:e])
        ]
        if len(others) != 1:
            continue
        j, e = others[0]
        other = b[j:e]
        if _one_entity(run, other, [claim, passage, around]) or _one_word_of_the_other(
            run, other
        ):
            continue
        mine, shown = _shown(claim.toks[i:end]), _shown(passage.toks[j:e])
        if _one_place(mine, shown):
            continue
        return Difference("name", mine, shown)
    return None


def _one_place(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one name, one the initials of the other ("US", "United States") or
    two forms of one country's?"""
    short, long_ = sorted((a.replace(".", ""), b.replace(".", "")), key=len)
    return (
        acronym_in(short.lower(), long_)
        or bool(place_forms(a) & (place_forms(b) | {b.lower()}))
        or bool(place_forms(b) & {a.lower()})
    )


def _one_entity(run: list[str], other: list[str], texts: list[_Tokens]) -> bool:
    """Does one run of name words of any of ``texts`` hold words of both names ("Ada Lund":
    "Ada" and "Lund" are one person's)?"""
    mine, theirs = set(run), set(other)
    for t in texts:
        for j, _ in t.runs:
            ws = set(t.words[j:_linked_run_end(t.toks, j)])
            if ws & mine and ws & theirs:
                return True
    return False
