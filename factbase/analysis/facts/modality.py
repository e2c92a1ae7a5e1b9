"""What a passage says may, will or was meant to happen, or is alleged to have happened, against
a claim that says it happened.

"The council plans to close 3 schools" does not say that the council closed them, nor "the firm
could cut 400 jobs" that it cut them, nor "the minister tried to ban 12 books" that the books
were banned, nor "the treasurer is accused of stealing $50,000" that he stole it. A claim that
says the deed itself asks more than such a passage gives: the passage leaves it unsupported
(never contradicted: the plan may have been carried out since, the charge proved). A claim that
says only the plan, the chance or the charge asks less than a passage that says the deed, and is
supported by it.
"""

from __future__ import annotations

import bisect
import re

from factbase.analysis import lexicon
from factbase.analysis.facts.model import Difference
from factbase.analysis.wording import is_light, stem, synonyms

# Words that put a deed in the future, in doubt or in intent, then the deed's verb. "would" is
# not one: a story's "he would later resign" tells what happened. "May" the month is written
# with a capital.
_TO_VERBS = (
    "plan plans planned planning expect expects expected aim aims aimed hope hopes hoped try "
    "tries tried attempt attempts attempted threaten threatens threatened want wants wanted "
    "intend intends intended promise promises promised pledge pledges pledged vow vows vowed "
    "seek seeks sought offer offers offered propose proposes proposed likely unlikely"
).split()
_IRREALIS = re.compile(
    r"\b(?:may|might|could|should|will|shall"
    r"|(?:" + "|".join(_TO_VERBS) + r") to"
    r"|(?:is|are|was|were) (?:set |due |poised |scheduled )?to"
    r"|going to|propos(?:ed|es|ing)|consider(?:ed|s|ing)|almost|nearly"
    # what is alleged or reported, not found: "allegedly stole", "accused of stealing"
    r"|allegedly|reportedly|purportedly|supposedly|alleged to(?: have)?"
    r"|(?:accused|suspected|charged|indicted) (?:of|with)"
    r"|(?:is|are|was|were) (?:said|thought|believed|claimed) to(?: have)?)\b"
)
# A claim asks no more than the deed's chance or intent with these too: "would" (what was
# expected, in reported speech), an infinitive ("Morvath to buy Zentrix", "meant to open"), a wish
# or plan without "to" ("wanting it delivered"), and the present continuous of an arrangement
# ("the change is taking place during 2018-19").
_CLAIM_IRREALIS = re.compile(
    _IRREALIS.pattern + r"|\b(?:would|to|(?:want|wish|hop|plan|expect|aim|intend)\w*)\b"
    # a deed the claim denies is no deed it says happened: "has not yet signed"
    r"|\b(?:not yet|not|never)\b"
    r"|\b(?:is|are)\b(?= [a-z]+ing\b)"
)
# Words of a claim that say an intent themselves, no deed: a flight "bound for" a city.
_INTENT_WORDS = frozenset("bound headed heading scheduled due planned".split())
# Words between such a word and its verb: "will be created", "could have been avoided",
# "plans to formally close".
_BETWEEN = frozenset("be been have not also still soon then eventually formally finally".split())
# How many words after the marker its verb may stand.
VERB_REACH = 3
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def _forms(word: str) -> frozenset[str]:
    """The stems of a word and of its base forms ("won": "won", "win")."""
    return frozenset(stem(f) for f in lexicon.base_forms(word)) | {stem(word)}


def _marked_verbs(
    text: str, markers: re.Pattern[str] = _IRREALIS, *, every: bool = False
) -> list[tuple[int, str, str]]:
    """Each verb a marker governs: (its index among the words of ``text`` in lower case, the
    word, the marker as written). The verb is the first word after the marker but for the
    words between; with ``every``, every verb within the marker's reach ("wanting it
    delivered")."""
    low = text.lower()
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(low)]
    starts = [s for s, _ in words]
    out = []
    for m in markers.finditer(low):
        if text[m.start()] == "M":
            continue  # the month
        k = bisect.bisect_left(starts, m.end())
        for j in range(k, min(k + VERB_REACH, len(words))):
            w = words[j][1]
            if w in _BETWEEN or w.endswith("ly"):
                continue
            if lexicon.is_verb(w) or lexicon.is_inflected_verb(w):
                out.append((j, w, text[m.start():m.end()]))
            if not every:
                break
    return out


def _same_deed(a: str, b: str) -> bool:
    """Do two words name the same deed: forms of one verb, or synonyms ("cut", "reduced")?"""
    return bool(_forms(a) & _forms(b) or synonyms(a) & synonyms(b))


def irrealis_differences(claim: str, evidence: str) -> list[Difference]:
    """A deed the claim says happened that the evidence says only may, will or was meant to
    happen: one difference each, with the evidence's marker ("plans to") and no claim side."""
    marked = _marked_verbs(evidence)
    if not marked:
        return []
    claim_marked = {j for j, _, _ in _marked_verbs(claim, _CLAIM_IRREALIS, every=True)}
    plain = [
        w for j, w in enumerate(m.group(0) for m in _WORD.finditer(claim.lower()))
        if j not in claim_marked and len(w) > 2 and not is_light(w) and w not in _INTENT_WORDS
    ]
    evidence_words = [m.group(0) for m in _WORD.finditer(evidence.lower())]
    governed = {j for j, _, _ in marked}
    out: list[Difference] = []
    for _j, w, marker in marked:
        said = [c for c in plain if _same_deed(c, w)]
        if not said:
            continue
        # the passage says the deed plainly too ("planned to close three, and closed two")
        if any(
            k not in governed and any(_same_deed(c, other) for c in said)
            for k, other in enumerate(evidence_words)
        ):
            continue
        out.append(Difference("modality", None, marker))
    return out
