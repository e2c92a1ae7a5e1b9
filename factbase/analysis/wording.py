"""The words of a claim, accounted for in its passage: same stem, a synonym, or an opposite.

Facts (numbers, dates, names, negation) are compared in :mod:`factbase.analysis.facts`; this
module answers for every other content word. A claim word is *accounted for* when the passage
carries a word of the same stem (Snowball's English stemmer: "abused" = "abuse", while
"investigation" and "investment" stay apart), a synonym from the closed table below, or shares a
long stem prefix (derivations: "evacuation" / "evacuees"). A claim word whose known opposite
stands in the passage instead ("raised" against "lowered") is a contradiction of kind
``wording``.

The tables hold general English only: words of measure and change, direction, order, and the
common verbs of reporting. They name no entity and no phrase of any corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from factbase.analysis import lexicon
from factbase.analysis.text import STOPWORDS, norm

# Two words whose stems share this many leading characters are one family ("evacuat-ion",
# "evacuat-ed", "evacuee" is 6: "evacua").
SHARED_PREFIX = 6

# A passage word that starts with the claim word's stem of at least this many letters is its
# compound ("melt" in "meltdown").
COMPOUND_HEAD = 4

# Words of a relation between two things: "A before B" says what "B after A" says, so their
# opposites count only with the same object.
_RELATIONS = frozenset("before after following above below over under ahead behind".split())
# Phrases of order or time said in one word: "published prior to the meeting" is "published
# before the meeting"; "right away" is "immediately".
_ORDER_PHRASES = {
    ("prior", "to"): "before", ("in", "advance", "of"): "before",
    ("subsequent", "to"): "after",
    # an adverb of time, not a place away from home
    ("right", "away"): "immediately", ("straight", "away"): "immediately",
}
# "last October", "last week": the one before, not the last of a series (no opposite of
# "first")
_TIMES = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday week month year season night "
    "weekend summer winter spring autumn fall decade century"
).split()
_ORDER_PHRASES.update({("last", t): "previous" for t in _TIMES})
# A word of every phrase above that is rare elsewhere: text without one has none of them.
_PHRASE_MARKS = frozenset({"prior", "advance", "subsequent", "away", "last"})


_SPANS = frozenset("minutes hours days weeks months years".split())


def _offset_within(ws: list[str], j: int, word: str) -> bool:
    """Is ``ws[j]`` one end of a stretch bounded from a point the other way, with the claim's
    own relation ``word`` at the other end ("before 7 days after the dose": the stretch runs
    before the dose too)?"""
    if j >= 3 and ws[j - 1] in _SPANS and any(
        stem(x) == stem(word) for x in ws[max(0, j - 5):j - 2]
    ):
        return True  # the claim's word, a span, then this one
    later = ws[j + 1:j + 5]
    return any(
        x in _SPANS and k + 1 < len(later) and stem(later[k + 1]) == stem(word)
        for k, x in enumerate(later)
    )  # this one, a span, then the claim's word


# "with two games left", "10 minutes left", "11 seconds to go": what remains, no one who
# departed.
_LEFT_OVER = re.compile(
    r"\b((?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many)"
    r"\s+[a-z]+s\s+(?:still\s+)?)(?:left|to go)\b",
    re.I,
)


_LEFT = re.compile(r"\bleft\b", re.I)


def left_only_over(text: str) -> bool:
    """Is every "left" of ``text`` what remains after a count ("11 seconds left"), none one
    who departed?"""
    over = sum(1 for m in _LEFT_OVER.finditer(text) if m.group(0).lower().endswith("left"))
    return over == len(_LEFT.findall(text))


# "a little-known player", "a barely noticed rule": one the word's "un-" form says.
_HARDLY_SO = re.compile(
    r"\b(?:little|lesser|barely|hardly|scarcely)[- ](known|noticed|seen|heard|used)\b", re.I
)


# "a back-and-forth game", "a hit-and-run": one word, whose halves say nothing on their own.
_PAIRED_COMPOUND = re.compile(r"\b([a-z]+)-and-([a-z]+)\b", re.I)
# "the 26-year-old", "a 3 month old": an age, no "old" to oppose "young".
_AGED = re.compile(r"\b(year|month|week|day)s?[- ]old\b", re.I)


# "fell 700 votes short", "came up short by 700 votes": a shortfall, no fall and no rise.
SHORTFALL = re.compile(
    r"\b(?:fell|falls?|falling|(?:came|comes?|coming)\s+up)\s+((?:[\w,.]+\s+){0,3}?)short\b",
    re.I,
)


def shortfall_verb(text: str, start: int, end: int) -> frozenset[str]:
    """The words of the verb of a shortfall that holds ``text[start:end]`` ("fell", "came up"
    in "fell 700 votes short", "came up 700 votes short"): no fall and no rise."""
    if "short" not in text:
        return frozenset()
    for m in SHORTFALL.finditer(text):
        if m.start() <= start and end <= m.end():
            return frozenset(text[m.start():m.start(1)].lower().split())
    return frozenset()


# "X, after which Y" is "X before Y"; "X, before which Y" is "X after Y".
_WHICH_RELATION = re.compile(r"\b(after|before)\s+which\b", re.I)
_TURNED_RELATION = {"after": "before", "before": "after"}


def phrases_said_plainly(text: str, unmasked: str | None = None) -> str:
    """``text`` with phrases that other words say plainly put as those words: "left" or "to go"
    after a count of things is "remaining" ("two games left"), "little-known" is "unknown", an
    age's "year-old" is "years of age", two words joined by "-and-" are one ("back-and-forth"),
    a shortfall is said without its verb ("fell 700 votes short", "came up short"), and
    "X, after which Y" is "X, before Y".
    ``unmasked``: the text before its values were masked (character for character), where a
    count's noun is still to be read ("11 seconds left")."""
    if "left" in text or "to go" in text:
        lefts = [(m.end(1), m.end()) for m in _LEFT_OVER.finditer(unmasked or text)]
        for lo, hi in reversed(lefts):
            text = text[:lo] + "remaining" + text[hi:]
    if "-and-" in text:
        text = _PAIRED_COMPOUND.sub(r"\1and\2", text)
    if "old" in text:
        text = _AGED.sub(r"\1s of age", text)
    if "short" in text:
        text = SHORTFALL.sub(r"is \1short", text)
    if " which" in text:
        text = _WHICH_RELATION.sub(lambda m: _TURNED_RELATION[m.group(1).lower()], text)
    if "-known" in text or " known" in text or "notice" in text or "seen" in text or (
        "heard" in text or "used" in text
    ):
        text = _HARDLY_SO.sub(r"un\1", text)
    return how_far_dropped(text)


def how_far_dropped(text: str) -> str:
    """``text`` without the "well" that says how far ("well off her best", "well below 50"):
    it says nothing of how good."""
    if "well " not in text:
        return text
    return _WELL_SO_FAR.sub(lambda m: " " * len(m.group(1)) + m.group(2), text)


# "well" saying how far before a word of place or measure: no word of its own.
_WELL_SO_FAR = re.compile(
    r"\b(well)(\s+(?:off|short|below|above|under|over|behind|ahead|beyond|past|outside"
    r"|within|into|before|after)\b)",
    re.I,
)


def said_plainly(ws: list[str]) -> list[str]:
    """``ws`` with each phrase of order or time ("prior to", "right away") put as its one word."""
    if _PHRASE_MARKS.isdisjoint(ws):
        return ws
    out: list[str] = []
    i = 0
    while i < len(ws):
        for phrase, word in _ORDER_PHRASES.items():
            if tuple(ws[i:i + len(phrase)]) == phrase:
                out.append(word)
                if word == "previous":
                    out.append(phrase[1])  # the time itself stays: "previous october"
                i += len(phrase)
                break
        else:
            out.append(ws[i])
            i += 1
    return out

# Content words on each side of a small word of direction ("up", "few") that place it: its
# opposite in the evidence must share one of them.
ANCHOR_WINDOW = 3

_STEMMER = snowballstemmer.stemmer("english")

# Words that carry no fact of their own in a claim: attribution and hedges ("reportedly",
# "said") and the most general nouns and verbs. A claim may add or drop them freely.
LIGHT = frozenset(
    """say says said saying tell told state stated states report reported reports reportedly
    according accordingly add added adding note noted claim claimed also just only even still
    already around overall total totalling altogether respectively thing things way ways lot
    kind sort part there here now currently presently then while whereas though although
    however meanwhile instead
    well much more most less least such same other another new including include includes
    included among amongst within across per each every both either whole entire make made
    making take took taken taking get got give gave given put set come came go went gone
    become became run ran show showed shown use used using want wanted time times day days
    year years one ones through against together whether plus self itself themselves via
    upon onto anyone anything anybody someone something somebody everyone everything everybody
    ever else""".split()
)

# Groups of words used for one another in reporting. Compared by stem.
_SYNONYM_GROUPS = (
    "kill killed killing dead death deaths die died dying fatal fatalities fatality lives life "
    "deceased",
    "home homes house houses housing dwelling dwellings",
    "begin began begun start started starting commence commenced launch launched",
    "end ended ending finish finished conclude concluded close closed shut complete completed",
    "until till",
    "name named appoint appointed",
    "buy bought purchase purchased acquire acquired acquisition takeover",
    "sell sold sale",
    "company companies firm firms business corporation",
    "plane planes aircraft jet jets airliner airliners",
    "car cars vehicle vehicles",
    "big bigger biggest large larger largest major huge",
    "small smaller smallest little minor",
    "enough sufficient adequate",
    "rise rose risen increase increased grow grew grown climb climbed jump jumped gain gained "
    "surge surged up higher boost boosted soar soared hike hiked",
    "fall fell fallen decrease decreased decline declined drop dropped reduce reduced cut "
    "shrink shrank lower lowered down tumble tumbled plunge plunged slump slumped slip slipped "
    "plummet plummeted",
    "people persons individuals residents inhabitants population",
    "child children kids minors",
    "about approximately roughly around nearly almost some",
    "help helped aid aided assist assisted",
    "ban banned prohibit prohibited bar barred forbid",
    "allow allowed permit permitted let",
    "show showed reveal revealed find found indicate indicated",
    "say said state stated announce announced declare declared unveil unveiled",
    "hit hits struck strike strikes",
    "draw drew drawn attract attracted garner garnered",
    "try tried attempt attempted",
    "need needed require required",
    "chief head leader",
    "town city",
    "injure injured hurt wound wounded",
    "cost costs price prices",
    "money funds funding cash",
    "pay paid payment payments",
    "win won victory",
    "ahead lead leading",
    "lose lost defeat defeated loss",
    "quick quickly fast rapid rapidly swift",
    "begin beginning outset",
    "country nation state",
    "vote votes ballot ballots",
    "game games match matches fixture fixtures",
    "previous previously earlier prior formerly before ago",
    "because due owing result cause caused citing cited therefore thus hence reason blame "
    "blamed",
    "all everyone everybody every",
    "hold holds held contain contains contained include includes included comprise comprised",
    "schedule scheduled set due slated planned",
    "head heading headed bound travel travelled",
    "estimate estimated estimates put",
    "estimate estimated estimates expect expected",
    "consecutive successive straight row running",  # "45 straight wins", "45 in a row"
    "revise revised revision update updated amend amended",
    "halt halted suspend suspended pause paused",
    "overtake overtook overtaken overtaking surpass surpassed surpassing",
    "seal sealed secure secured clinch clinched",
    "forecast forecasted predict predicted projected projecting expect expected anticipate "
    "anticipated",
    "describe described describes call called calls term termed dub dubbed",
)

# Pairs of opposites: a claim word whose opposite stands where it should is a contradiction.
_ANTONYM_PAIRS = (
    ("raise", "lower"), ("increase", "decrease"), ("increase", "reduce"), ("rise", "fall"),
    ("gain", "lose"), ("win", "lose"), ("approve", "reject"), ("accept", "reject"),
    ("open", "close"), ("east", "west"), ("north", "south"), ("eastern", "western"),
    ("northern", "southern"), ("above", "below"), ("before", "after"), ("up", "down"),
    ("high", "low"), ("higher", "lower"), ("highest", "lowest"), ("first", "last"),
    ("male", "female"), ("men", "women"), ("man", "woman"), ("good", "bad"),
    ("good", "poor"), ("excellent", "poor"), ("strong", "weak"), ("early", "late"),
    ("earlier", "later"), ("inside", "outside"), ("within", "outside"), ("inland", "coastal"),
    ("start", "end"),
    ("begin", "end"), ("allow", "ban"), ("permit", "forbid"), ("allow", "prevent"),
    ("allow", "forbid"), ("permit", "prevent"), ("permit", "prohibit"), ("add", "remove"),
    ("winner", "loser"), ("tighten", "loosen"), ("tighten", "relax"),
    ("charge", "discharge"), ("charge", "drain"), ("descend", "climb"), ("hold", "cancel"),
    ("buy", "sell"), ("lift", "impose"), ("support", "oppose"), ("success", "failure"),
    ("succeed", "fail"), ("resign", "stay"), ("play", "miss"), ("attend", "miss"),
    ("attend", "skip"), ("qualify", "eliminate"), ("advance", "eliminate"), ("finish", "retire"),
    ("include", "exclude"), ("include", "omit"), ("warmest", "coolest"), ("warmest", "coldest"),
    ("wettest", "driest"), ("positive", "negative"), ("domestic", "international"),
    ("private", "public"), ("largest", "smallest"), ("biggest", "smallest"),
    ("maximum", "minimum"), ("most", "least"), ("majority", "minority"),
    ("upgrade", "downgrade"), ("climb", "fall"), ("surge", "plunge"), ("boost", "reduce"),
    ("expand", "shrink"), ("arrive", "depart"), ("import", "export"), ("profit", "loss"),
    ("guilty", "innocent"), ("legal", "illegal"), ("acquit", "convict"), ("alive", "dead"),
    ("survive", "die"), ("wet", "dry"), ("hot", "cold"), ("warm", "cool"), ("deep", "shallow"),
    ("long", "short"), ("young", "old"), ("above", "under"), ("over", "under"),
    ("more", "less"), ("more", "fewer"), ("greater", "less"), ("greater", "smaller"),
    ("greater", "fewer"), ("greater", "lesser"), ("increase", "cut"), ("rise", "drop"),
    ("rise", "decline"), ("gain", "loss"), ("win", "defeat"), ("won", "lost"),
    ("victory", "defeat"), ("ahead", "behind"), ("lead", "trail"), ("entry", "exit"),
    ("many", "few"), ("most", "few"),
    ("include", "exclude"), ("confirm", "deny"), ("admit", "deny"), ("agree", "disagree"),
    ("safe", "unsafe"), ("safe", "dangerous"), ("easy", "difficult"), ("cheap", "expensive"),
    ("rich", "poor"), ("full", "empty"), ("heavy", "light"), ("fast", "slow"),
    ("faster", "slower"), ("fastest", "slowest"), ("older", "younger"), ("oldest", "youngest"),
    ("best", "worst"), ("better", "worse"), ("costliest", "cheapest"), ("deadliest", "safest"),
    ("upper", "lower"), ("top", "bottom"), ("front", "back"), ("morning", "evening"),
    ("morning", "afternoon"), ("day", "night"), ("dawn", "dusk"), ("summer", "winter"),
    ("spring", "autumn"), ("raise", "reduce"), ("lend", "borrow"), ("attack", "defend"),
    ("raise", "cut"), ("hire", "fire"), ("join", "leave"), ("enter", "leave"),
    ("ascend", "descend"), ("accelerate", "decelerate"), ("strengthen", "weaken"),
    ("intensify", "weaken"), ("overestimate", "underestimate"), ("underway", "complete"),
    ("block", "allow"), ("reject", "back"), ("partial", "full"), ("temporary", "permanent"),
    ("demolish", "build"), ("warm", "cold"), ("shed", "gain"),
    ("abandon", "complete"), ("dip", "rise"), ("arrive", "leave"), ("decline", "accept"),
    ("entered", "left"), ("for", "against"), ("north", "southern"), ("south", "northern"),
    ("east", "western"), ("west", "eastern"), ("before", "following"),
    ("uphold", "overturn"), ("uphold", "quash"), ("uphold", "reverse"), ("upheld", "overturn"),
    ("upheld", "quash"), ("upheld", "reverse"), ("approve", "veto"),
    ("sign", "veto"), ("convict", "clear"), ("float", "sink"), ("exceed", "short"),
    ("surpass", "short"), ("beat", "short"), ("land", "miss"), ("score", "miss"),
    ("convert", "miss"), ("make", "miss"), ("add", "cut"), ("create", "cut"), ("wide", "narrow"),
    ("tall", "short"), ("large", "small"), ("big", "small"), ("acquire", "sell"),
    ("enter", "exit"), ("improve", "worsen"), ("extend", "shorten"), ("resume", "halt"),
    ("resume", "suspend"), ("climb", "slip"), ("beat", "miss"), ("exceed", "miss"),
    ("launch", "scrap"), ("have", "lack"), ("reopen", "close"), ("absorb", "emit"),
    ("absorb", "release"), ("successful", "failed"), ("disclose", "withhold"),
    ("reveal", "withhold"), ("keep", "sell"), ("retain", "sell"), ("reach", "miss"),
    ("praise", "criticise"), ("praise", "criticize"), ("praise", "condemn"),
    ("welcome", "condemn"), ("welcome", "criticise"), ("welcome", "criticize"),
    ("accelerate", "slow"), ("ease", "tighten"), ("inflow", "outflow"), ("surplus", "deficit"),
    ("promote", "relegate"), ("unanimous", "split"), ("enter", "withdraw"), ("top", "base"),
    ("hold", "drop"), ("congratulate", "criticise"), ("congratulate", "criticize"),
    ("quick", "slow"), ("quicker", "slower"), ("quickest", "slowest"), ("attend", "absent"),
    ("present", "absent"), ("attend", "miss"),
    # words of one common sense in news text ("back", "pass", "hard", "grant", "start" and
    # "slide" have several, and are left to the pairs above)
    ("soar", "plummet"), ("soar", "slump"), ("ratify", "reject"), ("adopt", "reject"),
    # money one way or the other ("spent $2 billion" / "saved $2 billion"; "cost" is left
    # out: "to save $4 billion in costs" says the noun), custody ("arrested" / "released"),
    # a run kept going or stopped ("extended the streak" / "the streak ended")
    ("spend", "save"), ("arrest", "release"), ("detain", "release"), ("arrest", "free"),
    ("detain", "free"), ("extend", "end"),
    ("endorse", "oppose"), ("open", "shut"), ("reopen", "shut"),
    ("appoint", "dismiss"), ("appoint", "sack"), ("hire", "dismiss"), ("hire", "sack"),
    ("join", "quit"), ("growth", "contraction"), ("internal", "external"),
    ("foreign", "domestic"), ("rural", "urban"), ("indoor", "outdoor"),
    ("overweight", "underweight"), ("outperform", "underperform"), ("upward", "downward"),
    ("upwards", "downwards"), ("voluntary", "mandatory"), ("voluntary", "compulsory"),
    ("optional", "mandatory"), ("optional", "compulsory"), ("bullish", "bearish"),
    ("hawkish", "dovish"), ("surplus", "shortfall"), ("surplus", "shortage"),
    ("overvalued", "undervalued"), ("optimistic", "pessimistic"), ("improve", "deteriorate"),
    ("newest", "oldest"), ("permanently", "temporarily"), ("inflate", "deflate"),
    ("appreciate", "depreciate"), ("unanimous", "divided"), ("narrowly", "comfortably"),
    # a change by one multiple is no change by another
    ("double", "triple"), ("double", "quadruple"), ("triple", "quadruple"), ("double", "halve"),
)


# British spellings written the American way before stemming, so that "favourite" and
# "favorite", "organised" and "organized", "centre" and "center" share a stem: "-our" after a
# consonant, "-ise"/"-yse" and their forms, "-re" after a consonant at a word's end; words of
# six letters or more only ("four", "rise", "acre" stay).
_BRITISH = (
    (re.compile(r"(?<=[^aeiou])our(?=$|ite|ed|ing|s$|ful|less|able)"), "or"),
    (re.compile(r"(?<=[a-z]{3})([iy])s(?=e$|ed$|es$|ing$|ation)"), r"\1z"),
    (re.compile(r"(?<=[^aeiou])re(?=s?$)"), "er"),
)
SPELLING_MIN = 6


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of a lower-case word, British spellings taken as American."""
    if len(word) >= SPELLING_MIN:
        for pattern, repl in _BRITISH:
            word = pattern.sub(repl, word)
    return str(_STEMMER.stemWord(word))


def _stems(words: Iterable[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


_SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SYNONYM_GROUPS:
    _members = _stems(_group.split())
    for _s in _members:
        _SYNONYMS[_s] = _SYNONYMS.get(_s, frozenset()) | _members

# Families of words for a change in one direction: every word of one is an opposite of every
# word of the other ("climbed" against "tumbled", "widening" against "narrowing").
_OPPOSED_FAMILIES = (
    (
        "rise rose risen increase increased grow grew grown climb climbed jump jumped gain "
        "gained surge surged soar soared boost boosted raise raised widen widened expand expanded "
        "hike hiked up",
        "fall fell fallen decrease decreased decline declined drop dropped reduce reduced cut "
        "shrink shrank shrunk lower lowered tumble tumbled plunge plunged slump slumped narrow "
        "narrowed contract contracted slip slipped plummet plummeted ease eased slow slowed down",
    ),
    ("win won victory gain gained", "lose lost defeat defeated"),
    (
        "approve approved accept accepted pass passed grant granted",
        "reject rejected refuse refused veto vetoed deny denied",
    ),
    # where a figure stands against a mark: "below estimates" / "higher than estimates"
    ("above higher exceed exceeded", "below beneath lower"),
)

# Stems of the words of a rise, and of a fall ("climbed", "tumbled").
RISE_STEMS = _stems(_OPPOSED_FAMILIES[0][0].split())
FALL_STEMS = _stems(_OPPOSED_FAMILIES[0][1].split())

_ANTONYMS: dict[str, frozenset[str]] = {}
# The opposites that are verbs, by the stem of the word they oppose: what a verb's inflected
# form ("lasted") opposes through its base ("last"), which may oppose other words as another
# part of speech ("the last run" / "the first run").
_VERB_ANTONYMS: dict[str, frozenset[str]] = {}


def _oppose(one: str, other: str) -> None:
    """Record ``other`` as an opposite of ``one`` (one way)."""
    s, opposite = stem(one), stem(other)
    _ANTONYMS[s] = _ANTONYMS.get(s, frozenset()) | {opposite}
    if lexicon.is_verb(other) or lexicon.is_inflected_verb(other):
        _VERB_ANTONYMS[s] = _VERB_ANTONYMS.get(s, frozenset()) | {opposite}


for _up, _down in _OPPOSED_FAMILIES:
    for _these, _those in ((_up, _down), (_down, _up)):
        for _one in _these.split():
            for _other in _those.split():
                _oppose(_one, _other)
for _a, _b in _ANTONYM_PAIRS:
    _oppose(_a, _b)
    _oppose(_b, _a)

_LIGHT_STEMS = _stems(LIGHT)


@dataclass(frozen=True)
class Accounting:
    """How the content words of a claim fare in its passage."""

    unaccounted: tuple[str, ...]  # claim words with nothing for them in the passage
    opposites: tuple[tuple[str, str], ...]  # (claim word, passage word) known opposites


@lru_cache(maxsize=65536)
def is_light(word: str) -> bool:
    return stem(word) in _LIGHT_STEMS


@lru_cache(maxsize=65536)
def synonyms(word: str) -> frozenset[str]:
    """Stems that stand for ``word`` (its own included)."""
    s = stem(word)
    return _SYNONYMS.get(s, frozenset()) | {s}


def only_a_verb(word: str) -> bool:
    """Is the word a verb's form that is no word of its own ("lasted", "dropped"; not "lost" or
    "closed", adjectives too)? It opposes verbs only: "the run lasted" is no "first run"."""
    return (
        word.endswith(("ed", "ing")) and lexicon.is_inflected_verb(word)
        and not lexicon.is_lemma(word)
    )


@lru_cache(maxsize=65536)
def opposites(word: str) -> frozenset[str]:
    """Stems of the known opposites of ``word`` or of its base forms ("sold": "sell")."""
    table = _VERB_ANTONYMS if only_a_verb(word) else _ANTONYMS
    found = table.get(stem(word), frozenset())
    for base in lexicon.base_forms(word):
        if base != word:
            found = found | table.get(stem(base), frozenset())
    return found


def accounted(word: str, passage_stems: frozenset[str]) -> bool:
    """Does the passage carry ``word``: its stem, a synonym, or a word of its family?"""
    if synonyms(word) & passage_stems:
        return True
    s = stem(word)
    if len(s) >= SHARED_PREFIX:
        # A word that denies its base ("helmetless", "powerless") is of no family with it:
        # only the whole word, or one it starts, carries it.
        head = s if _privative(word) else s[:SHARED_PREFIX]
        return any(p.startswith(head) for p in passage_stems if len(p) >= SHARED_PREFIX)
    return False


def _privative(word: str) -> bool:
    """Is ``word`` its base with "-less", the base's denial ("helmetless", "powerless")?"""
    return word.endswith("less") and len(word) >= SHARED_PREFIX + 1


# A stretch from one place or state to another: "from the west to the east".
_STRETCH = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<a>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s+"
    r"(?:to|into|towards?)\s+(?:the\s+)?(?P<b>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\b"
)


# Texts whose stretches are kept: every claim citing a passage asks about its evidence.
STRETCHES_CACHE = 4096


@lru_cache(maxsize=STRETCHES_CACHE)
def _stretches(text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """The stretches of ``text``, by the stems of their two ends, with the ends as written (not
    to be changed: kept per text)."""
    out = {}
    for m in _STRETCH.finditer(norm(text)):
        a, b = m.group("a").split(), m.group("b").split()
        # each end one word or two ("from the west to the east across ...")
        for one, other in ((a, b), (a, b[:1]), (a[:1], b), (a[:1], b[:1])):
            if not any(w in STOPWORDS for w in one + other):
                key = (" ".join(map(stem, one)), " ".join(map(stem, other)))
                out[key] = (" ".join(one), " ".join(other))
    return out


def reversed_stretches(claim: str, passage: str) -> list[tuple[str, str]]:
    """Stretches the passage runs the other way: "from the east to the west" against
    "from the west to the east" (the ends the same words, swapped); none when the
    passage runs it the claim's way as well."""
    theirs = _stretches(passage)
    out = []
    for (a, b), (one, other) in sorted(_stretches(claim).items()):
        if a != b and (b, a) in theirs and (a, b) not in theirs:
            there = theirs[(b, a)]
            out.append((f"from {one} to {other}", f"from {there[0]} to {there[1]}"))
    return out



# Words that make a post a lesser or stand-in one: "deputy prime minister" is not the prime
# minister, "assistant coach" not the coach. ("former" and "interim" are left out: a past post
# is the claim's in the past tense, and "interim" also qualifies results and reports.)
RANK_MODIFIERS = frozenset({"deputy", "vice", "assistant", "acting"})


def lesser_posts(claim_words: list[str], evidence_words: list[str]) -> list[tuple[str, str]]:
    """Posts the evidence gives only with a modifier of rank the claim leaves out: the claim's
    "prime minister" where the evidence says "deputy prime minister" and never the plain post.
    Pairs of the claim's word and the evidence's modified one."""
    if RANK_MODIFIERS & set(claim_words):
        return []
    mine = {stem(w) for w in claim_words if w not in STOPWORDS and lexicon.is_noun(w)}
    modified: dict[str, str] = {}
    plain: set[str] = set()
    for i, w in enumerate(evidence_words):
        s = stem(w)
        if s not in mine:
            continue
        before = evidence_words[i - 1] if i else ""
        if before in RANK_MODIFIERS:
            modified.setdefault(s, f"{before} {w}")
        # the second word of a modified post of two ("deputy prime minister") is not plain
        elif not (i > 1 and evidence_words[i - 2] in RANK_MODIFIERS and stem(before) in mine):
            plain.add(s)
    return [
        (next(w for w in claim_words if stem(w) == s), said)
        for s, said in sorted(modified.items()) if s not in plain
    ]

# Verbs of two words and the one-word verbs that say their opposite: "turned down the offer"
# is no "accepted the offer", "laid off 300 workers" no "hired 300 workers".
_PHRASAL_OPPOSITES = {
    ("turn", "down"): frozenset({"accept", "approve", "take"}),
    ("lay", "off"): frozenset({"hire", "recruit", "employ"}),
    ("call", "off"): frozenset({"hold", "proceed", "continue"}),
    ("step", "down"): frozenset({"stay", "remain", "continue"}),
    ("come", "off"): frozenset({"stay", "remain"}),
    ("shut", "down"): frozenset({"open", "reopen", "start", "launch"}),
    ("give", "up"): frozenset({"keep", "retain", "hold"}),
    ("pull", "out"): frozenset({"join", "enter", "stay", "remain"}),
    ("back", "down"): frozenset({"insist", "persist"}),
}


def phrasal_opposites(claim_words: Sequence[str], evidence_words: Sequence[str]) -> list[
    tuple[str, str]
]:
    """The claim's verbs of two words whose one-word opposite the evidence says, and not the
    verb itself ("turned down" / "accepted"): pairs of the claim's two words and the evidence's
    word. Both word lists in order, lower case."""
    theirs = {b: w for w in evidence_words for b in lexicon.base_forms(w) | {w}}
    said = {
        (b, particle) for w, particle in zip(evidence_words, evidence_words[1:], strict=False)
        for b in lexicon.base_forms(w)
    }
    out = []
    for w, particle in zip(claim_words, claim_words[1:], strict=False):
        for b in lexicon.base_forms(w):
            against = _PHRASAL_OPPOSITES.get((b, particle), frozenset()) & theirs.keys()
            if against and (b, particle) not in said:
                out.append((f"{w} {particle}", theirs[min(against)]))
                break
    return out


def anchored_opposites(
    claim_words: list[str], evidence_words: list[str], *, skip: frozenset[str],
    names: frozenset[str] = frozenset(), others: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """Words turned into their opposite in the same place: "the nose pushed up" against "the
    nose pushed down", "many residents are expected to return" against "few of them are
    expected to return", "when he won the final" against "when he lost the final" in a passage
    that speaks of winning elsewhere.

    Both sides are word lists of normalised text, stop words included (a number is a boundary
    word), with phrases of order said plainly (:func:`said_plainly`: "prior to" is "before");
    ``skip`` holds the claim's words that carry no content of their own (stop words,
    comparators, negators). An opposite counts when the two share more of the content words
    within ``ANCHOR_WINDOW`` content words on either side than any occurrence of the claim
    word (or a synonym) in the evidence shares with it, and the claim does not use the
    opposite itself. A word of a relation between two things ("before", "after") must have
    the same object on both sides: "sailed after the storm" against "sailed before the storm"
    contradicts, while "A before B" is "B after A"; so must a comparison ("more than B").
    """
    claim_stems = {stem(w) for w in claim_words}
    # the claim's one value is its words' value, however far in the claim it stands ("The
    # southern plant has a staff of 450" / "the northern one employs 800 and the southern one
    # 450")
    every_value = {x for x in claim_words if x[:1].isdigit()}
    sole_value = every_value if len(every_value) == 1 else set()
    by_stem: dict[str, list[int]] = {}  # filled at the first claim word with an opposite
    # Where a word of contrast parts the evidence into clauses of two names, the clause that
    # names the claim's own subject says what the claim's word is: "Lenz is the oldest, while
    # Ortiz, at 19, is the youngest" gives "youngest" to Ortiz, whatever other words the
    # clauses share. A clause that names no one goes with its sentence.
    named = _named_clauses(evidence_words, names)
    another = _named_clauses(evidence_words, others - names)
    out: list[tuple[str, str]] = []
    evidence_stems: set[str] | None = None
    claim_said: set[str] | None = None  # the claim's stems and their synonyms' (when asked)
    for i, w in enumerate(claim_words):
        if not w.isalpha():
            continue
        way = _WAYS.get(w)
        if way is not None and not _moving(claim_words, i):
            way = None  # "plans to", "a letter from": no move
        if not opposites(w) and not affixed_opposites(w) and way is None:
            continue  # most words have none: no need to look around them
        if w not in skip and is_light(w):
            # A light word ("added", as in "he added") is opposed only by its own opposite
            # in the evidence: "could add new barriers" / "could remove barriers".
            if evidence_stems is None:
                evidence_stems = {stem(e) for e in evidence_words}
            if not opposites(w) & evidence_stems:
                continue
        if w in _SIDES and not _takes_sides(claim_words, i):
            continue  # "full for the opening win": no side taken
        affixed = frozenset() if negated(claim_words, i) else affixed_opposites(w)
        against = opposites(w) | affixed | ({way} if way else frozenset())
        # A claim that has both words ("prices rose, then fell"), or the opposite in other
        # words ("starts at 1:27 ... finishes at 3:55"), opposes none of them.
        if claim_said is None:
            claim_said = claim_stems.union(*(synonyms(x) for x in claim_words if x.isalpha()))
        if not against or against & claim_said:
            continue
        mine = _anchor_words(claim_words, i, skip)
        near = _values_near(claim_words, i)
        # a word between two values has no content words beside it; its values place it
        # ("closure in 2027 will add 1,200 jobs" / "close in 2027, cutting 1,200 jobs")
        # (a comparator's word is the value's own, compared with it)
        if not mine and (w in skip or not near):
            continue
        if not by_stem:
            for j, e in enumerate(evidence_words):
                by_stem.setdefault(stem(e), []).append(j)
                # "shorter" stands for "short" too, whose opposite "longer" is
                for base in lexicon.base_forms(e) if e.isalpha() else ():
                    if stem(base) != stem(e):
                        by_stem.setdefault(stem(base), []).append(j)

        values = near or sole_value

        def shared(j: int, mine: list[str] = mine, values: set[str] = values) -> int:
            theirs = {stem(b) for b in _anchor_words(evidence_words, j, skip)}
            # a value of the claim's beside the word places it as a shared word does: "men
            # earned $52,000 and women $41,000" gives $41,000 to "women", not to "men"
            placed = bool(values & _values_near(evidence_words, j))
            return sum(1 for a in mine if synonyms(a) & theirs) + placed

        own_places = [j for s in synonyms(w) for j in by_stem.get(s, ())]
        own_places += value_places(claim_words, i, evidence_words, skip)
        own = max((shared(j) for j in own_places), default=0)
        own_named = any(named[j] and not another[j] for j in own_places)
        own_anothers = bool(own_places) and all(another[j] and not named[j] for j in own_places)
        # A synonym standing right beside the claim word's own neighbour is the claim's word:
        # "a lower-calorie diet and more activity" / "a reduced calorie diet and increased
        # activity" ("increased" is nearer more of the words, but not beside "calorie").
        mine_beside = _neighbours(claim_words, i, skip)
        beside = any(_neighbours(evidence_words, j, skip) & mine_beside for j in own_places)
        best, word = 0, ""
        for s in sorted(against):
            for j in by_stem.get(s, ()):
                if _one_outcome(claim_words, i, evidence_words, j):
                    continue  # "the defeat of Wales" is the victory over Wales
                if w in _SIDES and not _takes_sides(evidence_words, j):
                    continue
                if way is not None and not (
                    _moving(evidence_words, j)
                    and _same_object(claim_words, i, evidence_words, j, skip)
                ):
                    continue  # "moved to Zelora" / "moved from Zelora": one place, two ways
                if w in _RELATIONS and not _same_object(claim_words, i, evidence_words, j, skip):
                    continue
                if w in _RELATIONS and _offset_within(evidence_words, j, w):
                    continue  # "prior to 7 days after the dose" reaches before the dose too
                # "A cost more than B" against "B cost less than A": no opposite.
                than_a, than_b = _compared(claim_words, i, skip), _compared(evidence_words, j, skip)
                if than_a and than_b and not synonyms(than_a) & {stem(than_b)}:
                    continue
                if s in affixed and negated(evidence_words, j):
                    continue  # "not known" is "unknown"
                if own_named and another[j] and not named[j]:
                    continue
                # the claim's subject has the opposite, and the claim's word is another's
                subjects = named[j] and not another[j] and own_anothers
                if beside and not subjects and not (
                    _neighbours(evidence_words, j, skip) & mine_beside
                ):
                    continue
                k = max(shared(j), own + 1) if subjects else shared(j)
                if k > best:
                    best, word = k, evidence_words[j]
        if best and best > own:
            out.append((w, word))
    return out


def value_places(
    claim_words: list[str], i: int, evidence_words: list[str], skip: frozenset[str] = frozenset()
) -> list[int]:
    """Where the evidence says the claim's word at ``i`` in other words: the verb right
    before the value the claim's word stands right before, when it is none of the word's
    opposites ("dropped 8 seats" / "lost 8 seats"). Its opposite elsewhere ("gained 13
    seats") is then another's."""
    following = claim_words[i + 1] if i + 1 < len(claim_words) else ""
    if not following[:1].isdigit():
        return []
    against = opposites(claim_words[i])
    return [
        j for j, e in enumerate(evidence_words[:-1])
        if evidence_words[j + 1] == following and e.isalpha() and e not in skip
        and e not in STOPWORDS and stem(e) not in against
        and (lexicon.is_verb(e) or lexicon.is_inflected_verb(e))
        and not {stem(b) for b in lexicon.base_forms(e)} & against
    ]


_NEGATORS = frozenset("not no never nor n't cannot nobody nothing none neither without".split())

# Sides taken: "voted for" / "voted against". Elsewhere "for" and "against" oppose nothing ("a
# full house for the opening win" / "the win against Norvia").
_SIDES = frozenset({"for", "against"})
_SIDE_TAKING = frozenset(
    _stems(
        """vote votes voted voting argue argues argued arguing campaign campaigns campaigned
        campaigning lobby lobbies lobbied lobbying rule rules ruled ruling side sides sided
        siding speak speaks spoke speaking testify testifies testified testifying decide decides
        decided deciding come comes came coming""".split()
    )
)
_BEING = frozenset("be is are was were".split())
# The two ways of a move: "moved to Zelora" against "moved from Zelora". Elsewhere "to" and
# "from" oppose nothing ("plans to expand", "a letter from the board").
_WAYS = {"to": "from", "from": "to"}
_MOVING = _stems(
    """move moves moved moving relocate relocates relocated relocating fly flies flew flown
    flying travel travels travelled traveled travelling traveling transfer transfers
    transferred transferring sail sails sailed sailing ship ships shipped shipping export
    exports exported exporting send sends sent sending deliver delivers delivered delivering
    flee flees fled fleeing migrate migrates migrated migrating emigrate emigrated switch
    switches switched switching defect defects defected defecting deport deports deported
    deporting evacuate evacuates evacuated evacuating transport transports transported
    transporting divert diverts diverted diverting drive drives drove driven driving walk walks
    walked walking swim swims swam swum swimming""".split()
)
# Words that may stand between a verb of moving and its way: "flew home from", "moved back
# to", "was transferred on loan to".
MOVING_REACH = 3


def _moving(ws: list[str], i: int) -> bool:
    """Does ``ws[i]`` ("to", "from") give the way of a move: a verb of moving stands at most
    ``MOVING_REACH`` words before it?"""
    return any(stem(x) in _MOVING for x in ws[max(0, i - MOVING_REACH):i])


def _takes_sides(ws: list[str], i: int) -> bool:
    """Does ``ws[i]`` ("for", "against") follow a word of taking sides ("voted for", "argued
    strongly against", "is for")?"""
    return (i >= 1 and ws[i - 1] in _BEING) or any(
        stem(x) in _SIDE_TAKING for x in ws[max(0, i - 2):i]
    )


def _compared(ws: list[str], i: int, skip: frozenset[str]) -> str | None:
    """What ``ws[i]`` compares with, when it is a comparison with a thing named after it ("more
    than KSRO's mission": "ksro"; not "more than 100"): its first content word. Like a
    relation, a comparison says of two things what its opposite says the other way round: "A
    cost more than B" is "B cost less than A"."""
    if i + 1 >= len(ws) or ws[i + 1] != "than":
        return None
    for w in ws[i + 2:i + 2 + ANCHOR_WINDOW]:
        w = w.removesuffix("'s")
        if not w.isalpha():
            return None  # a value: "more than 100"
        if w not in skip and not is_light(w):
            return w
    return None


def negated(ws: list[str], i: int, reach: int = 2) -> bool:
    """Is ``ws[i]`` negated by one of the ``reach`` words just before it ("not known", "never
    likely")?"""
    return any(w in _NEGATORS for w in ws[max(0, i - reach):i])


def _same_object(
    claim_words: list[str], i: int, evidence_words: list[str], j: int, skip: frozenset[str]
) -> bool:
    """Do the relation words at ``claim_words[i]`` and ``evidence_words[j]`` govern the same
    thing: the first content words after each (``OBJECT_WORDS``) share one (or synonyms)? "the
    day after the powerful earthquake" and "the day before the earthquake" speak of one, and so
    do "before the Zelora and Marvix shortages" and "after the shortages of Zelora"."""
    mine = _anchor_words(claim_words[i:], 0, skip, before=False)[:OBJECT_WORDS]
    theirs = _anchor_words(evidence_words[j:], 0, skip, before=False)[:OBJECT_WORDS]
    if any(synonyms(a) & {stem(b)} for a in _object(mine) for b in _object(theirs)):
        return True
    # the same words in another order, each side's first among the other's: "the Zelora and
    # Marvix shortages", "the shortages of Zelora" (not "after Marek" / "before Dubois, only
    # Marek", which relate two things)
    return bool(mine and theirs) and _among(mine[0], theirs) and _among(theirs[0], mine)


# Nouns of a contest's outcome, by stem: "the defeat of X" names the loser, as "the victory over
# X" does; "the defeat by X", "the loss to X" and "the victory for X" name the winner.
_DEFEAT_STEMS = frozenset({"defeat"})
_LOSS_STEMS = frozenset({"defeat", "loss"})
_VICTORY_STEMS = frozenset({"victori", "win", "triumph"})


def _loser_named(ws: list[str], i: int) -> bool:
    """Does the word at ``ws[i]`` say who lost: "defeat of Wales", "victory over Wales"?"""
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    s = stem(ws[i])
    return (s in _DEFEAT_STEMS and nxt == "of") or (
        s in _VICTORY_STEMS and nxt in ("over", "against")
    )


def _winner_named(ws: list[str], i: int) -> bool:
    """Does the word at ``ws[i]`` say who won: "defeat by Wales", "victory for Wales"?"""
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    s = stem(ws[i])
    return (s in _LOSS_STEMS and nxt in ("by", "to")) or (
        s in _VICTORY_STEMS and nxt == "for"
    )


def _one_outcome(a: list[str], i: int, b: list[str], j: int) -> bool:
    """Do two opposite outcome words say one outcome: either names the loser ("the defeat of
    Wales", "the victory over Wales") and neither names the winner the other way; or one names
    the winner after its loss ("Wales lost to Norvia") who stands right before the other's win
    ("Norvia won")? Both are word lists of normalised text."""
    if _winner_before_win(a, i, b, j) or _winner_before_win(b, j, a, i):
        return True
    if _defeating(a, i) and outcome_of(b[j]) == "win" or _defeating(b, j) and outcome_of(
        a[i]
    ) == "win":
        return True  # "defeating Norvia to win the cup" / "won the cup": the same win
    mine, theirs = _parties(a, i), _parties(b, j)
    if mine and theirs:
        # "England's win over Norvia" / "Norvia's defeat to England": the same winner, or
        # the same loser, and neither in the other's part
        agree = any(x and x == y for x, y in zip(mine, theirs, strict=True))
        crossed = (mine[0] and mine[0] == theirs[1]) or (mine[1] and mine[1] == theirs[0])
        return agree and not crossed
    return (_loser_named(a, i) or _loser_named(b, j)) and not (
        _winner_named(a, i) or _winner_named(b, j)
    )


# The forms of "be" that make a passive: "were defeated", "was denied by", "being beaten".
PASSIVE_AUXILIARIES = frozenset("was were is are be been being".split())


def _defeating(ws: list[str], i: int) -> bool:
    """Is ``ws[i]`` the verb "defeat" done by its subject to another ("defeating Norvia",
    "they defeated Norvia"): a win, not the noun of a loss nor "were defeated"?"""
    w = ws[i]
    if stem(w) not in _DEFEAT_STEMS or not w.endswith(("ing", "ed", "s")) or w == "defeat":
        return False
    before = ws[i - 1] if i else ""
    after = ws[i + 1] if i + 1 < len(ws) else ""
    return before not in PASSIVE_AUXILIARIES and before not in ("a", "the", "s") and (
        after not in ("by", "of", "to")
    )


# How far before an outcome word its owner may stand ("England's 3-1 semi-final win").
OWNER_REACH = 6


def _parties(ws: list[str], i: int) -> tuple[str, str] | None:
    """(winner, loser) an outcome noun names, "" for one it leaves unsaid: "England's win
    over Norvia" names both, "Norvia's defeat to England" both the other way; None when it
    names neither."""
    s = stem(ws[i])
    if s not in _VICTORY_STEMS and s not in _LOSS_STEMS:
        return None
    owner = ""
    for k in range(i - 1, max(-1, i - 1 - OWNER_REACH), -1):
        if ws[k] == "s" and k > 0:
            owner = ws[k - 1]  # "england's" written as its letters: "england", "s"
            break
        if ws[k].endswith(("'s", "’s")):
            owner = ws[k][:-2]
            break
        if ws[k] in STOPWORDS:
            break
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    after = next((w for w in ws[i + 2:i + 2 + WINNER_WORDS] if w not in STOPWORDS), "")
    if s in _VICTORY_STEMS:
        winner, loser = owner, after if nxt in ("over", "against") else ""
    else:
        winner, loser = (after if nxt in ("to", "by") else ""), owner
    return (winner, loser) if winner or loser else None


# Stems of the verbs of losing a contest and of winning one ("lost", "won" are their own).
_LOSE_VERBS = frozenset({"lost", "lose"})
_WIN_VERBS = frozenset({"won", "win"})


def outcome_of(word: str) -> str | None:
    """"win" for a word of winning a contest ("won", "victories", "beat"), "loss" for one of
    losing it ("defeated", "lost"), None for any other word."""
    s = stem(word.lower())
    if s in _VICTORY_STEMS or s in _WIN_VERBS or s == "beat":
        return "win"
    if s in _LOSS_STEMS or s in _LOSE_VERBS:
        return "loss"
    return None


# Words after "lost to" that may name the winner ("lost to the Norvia Hawks").
WINNER_WORDS = 3


def _winner_before_win(a: list[str], i: int, b: list[str], j: int) -> bool:
    """Does ``a[i]`` lose to one whose name ends right before the win ``b[j]``: "Kray lost to
    the Norvia Hawks" / "the Norvia Hawks won"? A score between the loss and its "to" is
    passed over ("lost 114-124 to")."""
    if outcome_of(a[i]) != "loss":
        return False
    if stem(b[j]) not in _VICTORY_STEMS | _WIN_VERBS or j == 0:
        return False
    k = i + 1
    while k < len(a) and a[k][:1].isdigit():
        k += 1  # the score: "lost 114-124 to"
    if k >= len(a) or a[k] not in ("to", "by"):
        return False
    winner = [w for w in a[k + 1:k + 1 + WINNER_WORDS] if w not in STOPWORDS]
    return b[j - 1] not in STOPWORDS and b[j - 1] in winner


def outcome_in_texts(a: str, claim_text: str, b: str, passage_text: str) -> bool:
    """``same_outcome`` for a word of each text: "the 32-12 defeat of Wales" says the 32-12
    victory over Wales."""
    ca = re.findall(r"[a-z]+", claim_text.lower())
    pb = re.findall(r"[a-z]+", passage_text.lower())
    return same_outcome(a.lower(), ca, b.lower(), pb)


# How far from a word of relation the names it relates are looked for, within its clause.
CONVERSE_REACH = 60
_CLAUSE_STOP = re.compile(r"[.;:!?]")
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def _names_around(text: str, word: str) -> list[tuple[str, str]]:
    """For each place ``word`` stands in ``text``: the nearest capitalised word before it and
    the nearest after it in its clause ("Lyra", "Vela" of "Lyra finished behind Vela")."""
    out = []
    for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I):
        before = _CLAUSE_STOP.split(text[max(0, m.start() - CONVERSE_REACH):m.start()])[-1]
        after = _CLAUSE_STOP.split(text[m.end():m.end() + CONVERSE_REACH])[0]
        names_before = [n for n in _NAME_WORD.findall(before) if n.lower() not in STOPWORDS]
        names_after = [n for n in _NAME_WORD.findall(after) if n.lower() not in STOPWORDS]
        if names_before and names_after:
            out.append((names_before[-1].lower(), names_after[0].lower()))
    return out


def converse_swapped(claim: str, a: str, evidence: str, b: str) -> bool:
    """Do two opposite words of relation relate the same two names the other way round, and so
    say the same: "Lyra finished behind Vela" / "Vela finished ahead of Lyra", "Kelso trails
    Vance" / "Vance leads Kelso", "Lyra borrowed from Vela" / "Vela lent Lyra"?"""
    if _passive(claim, a) != _passive(evidence, b):
        return False  # "granted X" / "X was denied by": the voice turns the order, not the word
    mine, theirs = _names_around(claim, a), _names_around(evidence, b)
    return bool(mine) and all(
        x != y and (y, x) in theirs and (x, y) not in theirs for x, y in mine
    )


_PASSIVE = re.compile(
    rf"\b(?:{'|'.join(sorted(PASSIVE_AUXILIARIES))})\s+(?:\w+ly\s+)?$", re.I
)


def _passive(text: str, word: str) -> bool:
    """Is ``word`` said in the passive voice where it stands first ("was denied by")?"""
    m = re.search(rf"\b{re.escape(word)}\b", text, re.I)
    return m is not None and _PASSIVE.search(text, max(0, m.start() - 20), m.start()) is not None


def converse_pairs(claim: str, evidence: str) -> list[tuple[str, str]]:
    """The opposite words of relation (claim's, evidence's) that ``converse_swapped`` finds
    relating the same two names the other way round."""
    claim_words = set(re.findall(r"[a-z]+", claim.lower()))
    evidence_words = set(re.findall(r"[a-z]+", evidence.lower()))
    by_stem: dict[str, set[str]] = {}
    for w in evidence_words - claim_words:
        by_stem.setdefault(stem(w), set()).add(w)
    return [
        (a, b)
        for a in claim_words - evidence_words
        for s in opposites(a)
        for b in by_stem.get(s, ())
        if converse_swapped(claim, a, evidence, b)
    ]


def same_outcome(a: str, claim_words: list[str], b: str, evidence_words: list[str]) -> bool:
    """Do opposite nouns of a contest's outcome say the same, one naming the loser ("the
    defeat of Wales") and the other not ("the victory", "won")?"""
    mine = [i for i, w in enumerate(claim_words) if w == a]
    theirs = [j for j, w in enumerate(evidence_words) if w == b]
    return bool(mine and theirs) and all(
        _one_outcome(claim_words, i, evidence_words, j) for i in mine for j in theirs
    )


def _neighbours(ws: list[str], i: int, skip: frozenset[str]) -> set[tuple[str, str]]:
    """The content words right before and right after ``ws[i]``, each marked with its side."""
    before = _anchor_words(ws[:i + 1], i, skip)[:1]  # the nearest first
    after = _anchor_words(ws[i + 1:], 0, skip, before=False)[:1]
    return {("before", stem(w)) for w in before} | {("after", stem(w)) for w in after}


def _among(word: str, words: list[str]) -> bool:
    return any(synonyms(word) & {stem(w)} for w in words)


# Content words after a word of relation that say what it relates to.
OBJECT_WORDS = 3


def _object(words: list[str]) -> list[str]:
    """The noun a word of relation governs, with the adjective before it if there is one: "the
    day after the powerful earthquake" and "the day before the earthquake" speak of one."""
    if len(words) > 1 and lexicon.is_adjective(words[0]) and not lexicon.is_noun(words[0]):
        return words[:2]
    return words[:1]


def _named_clauses(ws: list[str], names: frozenset[str]) -> list[bool]:
    """For each word of ``ws``: does its clause name one of ``names``? Clauses are parted by
    words of contrast; with none, no word's clause is told apart (every one False)."""
    if not names or CONTRASTS.isdisjoint(ws):
        return [False] * len(ws)
    out: list[bool] = []
    start = 0
    for k in range(len(ws) + 1):
        if k == len(ws) or ws[k] in CONTRASTS:
            has = not names.isdisjoint(w.removesuffix("'s") for w in ws[start:k])
            out.extend([has] * (k - start))
            if k < len(ws):
                out.append(False)
            start = k + 1
    return out


def _values_near(ws: list[str], i: int) -> set[str]:
    """The numbers within ``ANCHOR_WINDOW`` words of ``ws[i]``."""
    return {w for w in ws[max(0, i - ANCHOR_WINDOW):i + ANCHOR_WINDOW + 1] if w[:1].isdigit()}


# Words that set one clause against another: "Lenz is the oldest, while Ortiz is the youngest".
# Beyond one, the words are the other clause's.
CONTRASTS = frozenset({"while", "whereas", "but"})


def _anchor_words(ws: list[str], i: int, skip: frozenset[str], before: bool = True) -> list[str]:
    """Up to ``ANCHOR_WINDOW`` content words on each side of ``ws[i]`` (after it only, when
    not ``before``), within its clause where a word of contrast parts two."""
    def content(seq: Iterable[str]) -> list[str]:
        found = []
        for w in seq:
            if not w.isalpha() or w in CONTRASTS:
                break  # a number ends the stretch: beyond it the words are another value's
            if w not in skip and not is_light(w):
                found.append(w)
                if len(found) == ANCHOR_WINDOW:
                    break
        return found

    return (content(reversed(ws[:i])) if before else []) + content(ws[i + 1:])


@dataclass(frozen=True)
class PassageWords:
    """What a passage offers to account for claim words, built once per passage."""

    stems: frozenset[str]
    senses: frozenset[int]  # WordNet synsets of its words
    near: frozenset[int]  # senses one step from those
    forms: frozenset[str]  # base forms of its words and their derivations
    by_stem: dict[str, str]  # the stem of each word, and of each of its base forms
    by_form: dict[str, str]


def passage_words(words: Iterable[str]) -> PassageWords:
    """What the passage of ``words`` offers to account for claim words (kept: claims citing
    one passage ask for it again)."""
    ws = list(words)
    return _passage_words(tuple(dict.fromkeys(ws)), two_word_senses(ws))


def two_word_senses(ws: list[str]) -> frozenset[int]:
    """The senses of the verbs of two words that stand side by side in ``ws`` ("took part",
    "called off")."""
    return frozenset().union(*(
        lexicon.phrase_senses(a, b) for a, b in zip(ws, ws[1:], strict=False)
        if a.isalpha() and b.isalpha()
    ))


# Passages whose ``PassageWords`` are kept.
PASSAGE_WORDS_CACHE = 4096


@lru_cache(maxsize=PASSAGE_WORDS_CACHE)
def _passage_words(ws: tuple[str, ...], phrased: frozenset[int]) -> PassageWords:
    senses: set[int] = set(phrased)
    near: set[int] = set()
    forms: set[str] = set()
    by_form: dict[str, str] = {}
    for w in ws:
        senses |= lexicon.synonyms_of(w)
        near |= lexicon.near_senses(w)
        for f in lexicon.related(w):
            forms.add(f)
            by_form.setdefault(f, w)
    by_stem = {stem(b): w for w in ws for b in lexicon.base_forms(w)}
    by_stem.update({stem(w): w for w in ws})
    return PassageWords(
        stems=_stems(ws),
        senses=frozenset(senses),
        near=frozenset(near),
        forms=frozenset(forms),
        by_stem=by_stem,
        by_form=by_form,
    )


def account(
    claim_words: Iterable[str],
    passage: Iterable[str] | PassageWords,
    sequence: Iterable[str] = (),
) -> Accounting:
    """Which of ``claim_words`` the passage leaves unaccounted for, and known opposites.

    Both sides are lower-case words; the caller leaves out numbers, names and fact words. A
    word is accounted for by its stem, a synonym (the table above, or a shared WordNet sense),
    or a derivation; an opposite is one from the table above, or a WordNet antonym both ways.
    ``sequence`` is the claim's every word in order, when known: a passage word that a
    modifier in the claim stands for as itself is no sense of the word it modifies.
    """
    pw = passage if isinstance(passage, PassageWords) else passage_words(passage)
    claim_words = list(claim_words)
    sequence = list(sequence)
    # A claim that uses both words of a pair ("left the club to join another") opposes neither.
    own = base_stems(claim_words)
    missing: list[str] = []
    opposed: list[tuple[str, str]] = []
    for w in claim_words:
        if is_light(w):
            continue
        if accounted(w, pw.stems) or lexicon.base_forms(w) & pw.forms:
            continue
        senses = lexicon.synonyms_of(w)
        if (senses & pw.senses or senses & pw.near or lexicon.near_senses(w) & pw.senses) and (
            not _sense_only_of_opposites(w, senses, pw, own)
            and not _sense_only_of_taken(w, senses, pw, sequence)
        ):
            continue
        # A derivation of the word in other words: "reduction" is "reduce", said "drop".
        if any(synonyms(form) & pw.stems for form in lexicon.related(w) if form != w):
            continue
        # A compound that starts with the word: "melted" in "meltdowns".
        s = stem(w)
        if len(s) >= COMPOUND_HEAD and any(
            p.startswith(s) and len(p) > len(s) for p in pw.stems
        ):
            continue
        # The word with a negating prefix speaks of the same thing: "never visited" is
        # "unvisited"; whether the claim denies it as the passage does, the negation and the
        # opposites in place decide (see anchored_opposites).
        if affixed_opposites(w) & pw.stems:
            continue
        # Not accounted for: is its opposite there instead ("raised" where the passage says
        # "lowered")?
        # "sold" against "bought": the passage's words by their base forms too.
        # A word of order ("before", "after") is opposed only in its place, with its object
        # (see anchored_opposites): "before the dose" is not against "7 days after the dose".
        against = set() if w in _RELATIONS else {
            s for s in (opposites(w) & pw.by_stem.keys()) - own
            if not said_too(pw.by_stem[s], own)
        }
        if against:
            opposed.append((w, pw.by_stem[min(against)]))
            continue
        # WordNet's opposites of adjectives only (early/late); those of nouns and adverbs come
        # from rare senses (figure/ground, away/home). Both ways, never through a satellite.
        bases = lexicon.base_forms(w)
        mutual = [] if only_a_verb(w) else sorted(
            a for a in lexicon.antonyms_of(w) & pw.forms
            if lexicon.is_adjective(a) and bases & lexicon.antonyms_of(pw.by_form[a])
            and not said_too(pw.by_form[a], own)
            # a small word's opposite only for that word itself: "off" / "on", but "offer"
            # read as more "off" is no opposite of "on"
            and (a not in STOPWORDS or w in lexicon.antonyms_of(pw.by_form[a]))
        )
        if mutual:
            opposed.append((w, pw.by_form[mutual[0]]))
        elif _particle_of_phrase_said(w, sequence, pw):
            continue
        else:
            missing.append(w)
    return Accounting(tuple(dict.fromkeys(missing)), tuple(dict.fromkeys(opposed)))


# The particles of verbs of two words: "brought back", "set up", "called off".
_PARTICLES = frozenset("back up down out off over away in on".split())


def _particle_of_phrase_said(word: str, sequence: list[str], pw: PassageWords) -> bool:
    """Is ``word`` the particle of a verb of two words of the claim that the passage says in
    one sense ("brought back" / "returned")?"""
    if word not in _PARTICLES:
        return False
    return any(
        x == word and i and lexicon.phrase_senses(sequence[i - 1], x) & pw.senses
        for i, x in enumerate(sequence)
    )


def _sense_only_of_taken(
    word: str, senses: frozenset[int], pw: PassageWords, sequence: list[str]
) -> bool:
    """Does the passage share a sense with the noun ``word`` only through the word its
    modifier in the claim stands for as itself? "chief executive" against "chief financial
    officer": "chief" is the claim's "chief", and cannot also be its "executive" (a chief in
    WordNet's senses). ``sequence`` is the claim's every word, in order."""
    if not lexicon.is_noun(word):
        return False
    taken = {
        pw.by_stem[s] for i, w in enumerate(sequence)
        if w == word and i and (m := sequence[i - 1]) not in STOPWORDS
        and lexicon.is_adjective(m) and lexicon.is_lemma(m) and (s := stem(m)) in pw.by_stem
    }
    if not taken:
        return False
    # senses of the passage's words side by side ("took part") are no one word's
    every = frozenset().union(*(lexicon.synonyms_of(p) for p in pw.by_stem.values()))
    if senses & (pw.senses - every):
        return False
    return not _a_sense_among(word, senses, set(pw.by_stem.values()) - taken)


def _a_sense_among(word: str, senses: frozenset[int], words: Iterable[str]) -> bool:
    """Does one of ``words`` share a sense with ``word`` (whose ``senses`` are given), or a
    sense one step from one?"""
    near = lexicon.near_senses(word)
    for w in words:
        theirs = lexicon.synonyms_of(w)
        if senses & theirs or senses & lexicon.near_senses(w) or near & theirs:
            return True
    return False


def _sense_only_of_opposites(
    word: str, senses: frozenset[int], pw: PassageWords, own: set[str]
) -> bool:
    """Does the passage share a sense with ``word`` only through the word's known opposites?
    WordNet gives "trail" and "lead" a sense in common (a clue to follow), yet "trailed early"
    is not "led from the beginning"."""
    against = {s for s in opposites(word) & pw.by_stem.keys() if not said_too(pw.by_stem[s], own)}
    if not against:
        return False
    opposed = {pw.by_stem[a] for a in against}
    return not _a_sense_among(
        word, senses, (w for s, w in pw.by_stem.items() if s not in against and w not in opposed)
    )


def base_stems(words: Iterable[str]) -> set[str]:
    """The stems of the base forms of ``words``: what :func:`said_too` looks a word up in."""
    return {stem(b) for w in words for b in lexicon.base_forms(w)}


def said_too(word: str, own: set[str]) -> bool:
    """Does the claim use the passage's ``word`` itself, in any form ("lost" in the passage,
    "losing" in the claim)? ``own`` holds the claim's :func:`base_stems`."""
    return bool(base_stems((word,)) & own)


# Prefixes that make an adjective its opposite: "resolved" / "unresolved", "legal" / "illegal".
# The prefixed word must be an adjective, so that "discover" and "income" are not opposites of
# "cover" and "come".
_NEGATIVE_PREFIXES = ("un", "non", "in", "im", "il", "ir", "dis")
# The shortest word a prefix or a compound's other half may leave: "ease" of "disease" is
# too short to stand for a word of its own.
AFFIXED_BASE = 4
# Halves of a compound that turn it into its opposite: "headwind" / "tailwind", "uphill" /
# "downhill", "overpaid" / "underpaid" ("in" / "out" is not: "income", "outcome").
_OPPOSED_HALVES = (
    ("head", "tail"), ("up", "down"), ("over", "under"), ("north", "south"), ("east", "west"),
)


def _negated_adjective(prefixed: str, base: str) -> bool:
    """Is ``prefixed`` the adjective ``base`` negated ("unresolved", "illegal"), or a verb's
    participle negated by "un" ("unvisited", "unnamed"; the dictionary need not list the
    prefixed form, but must not call it anything other than an adjective)? Not when it is a
    form of a verb of its own ("discovered", "informed", "unpacked")."""
    if len(base) < AFFIXED_BASE or lexicon.base_forms(prefixed) != {prefixed}:
        return False
    if lexicon.is_adjective(prefixed) and lexicon.is_adjective(base):
        return True
    return (
        prefixed == "un" + base and lexicon.is_inflected_verb(base)
        and (lexicon.is_adjective(prefixed) or not lexicon.is_known(prefixed))
    )


@lru_cache(maxsize=65536)
def affixed_opposites(word: str) -> frozenset[str]:
    """Stems of the words that are ``word`` with a negating prefix added or taken away
    ("resolved" / "unresolved"), or with the opposite first half of a compound ("headwind" /
    "tailwind"). Only in the same place do they oppose it: a text may tell of the sunshield
    folded for launch and unfolded in space."""
    found: set[str] = set()
    for prefix in _NEGATIVE_PREFIXES:
        if _negated_adjective(prefix + word, word):
            found.add(stem(prefix + word))
        rest = word[len(prefix):]
        if word.startswith(prefix) and _negated_adjective(word, rest):
            found.add(stem(rest))
    for a, b in _OPPOSED_HALVES:
        for mine, theirs in ((a, b), (b, a)):
            rest = word[len(mine):]
            if (
                word.startswith(mine) and len(rest) >= AFFIXED_BASE
                and lexicon.synonyms_of(theirs + rest)
            ):
                found.add(stem(theirs + rest))
    return frozenset(found)
