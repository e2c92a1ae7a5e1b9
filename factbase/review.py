"""Review: every claim of a draft checked against the whole library. Never prints.

A draft's sentences of prose that carry a fact ``check`` compares (a number, date or range, an
ordinal, a time of day, a name or a negation) or quote someone are its claims; so is a terse
sentence of the draft with such a fact that ends like a sentence ("Labour won 203 seats.",
"Total deaths: 1,720."). Each is located across all sources with the cross-source index (every
sentence of prose and every row of a list that gives a value) and judged with the comparison of
``check``; a source the draft cites for it is checked first.
Verdicts: ``supported``, ``contradicted``, ``disputed`` (sources agree and others contradict),
``unsupported``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlmodel import Session

from factbase.analysis.facts import Difference, FactSet, extract
from factbase.analysis.sentences import Span, sentence_spans
from factbase.analysis.statements import (
    MAX_FACTS,
    MAX_STATEMENT_CHARS,
    STATED_KINDS,
    is_statement,
    make_unit,
)
from factbase.analysis.text import norm, words
from factbase.claims import CheckResult, clean_claim, store_result
from factbase.conflicts.syndication import sketch_groups
from factbase.library import Library
from factbase.parallel import map_shared
from factbase.sources.drafts import Draft
from factbase.sources.versions import require_latest
from factbase.status import ClaimStatus, ReviewStatus

# Families of sentences asked of the index per claim, and how many of the best are judged with
# the full comparison. Claims of the bundled corpus find their supporting sentence among the
# first three families; the rest are there for the sources that disagree or repeat it.
CANDIDATE_FAMILIES = 12
JUDGED_FAMILIES = 6
# A family whose shared-word score is below this share of the best family's is not judged:
# it shares only a word or two with the claim.
MIN_SCORE_SHARE = 0.35
# A source may say a claim with few of its words but every one of its values ("Opened: 2019.",
# "the crossing cost 40 million and opened in 2019" for "the bridge, which opened in 2019, cost
# 40 million"), and sentences that share more of its words rank above it. When none of the
# judged families states every value of the claim, the ``VALUED_FAMILIES`` of those that do
# which share most of its words are judged too, down to ``MIN_SCORE_SHARE`` of the best
# family's score (their copies only when the family's own sentence supports or contradicts the
# claim). On benchmarks/review_news.py (every corpus's sources in one library), the sentence that
# decides a claim labelled and checked supported was among the judged families for 1,932 of
# 2,002 tuning claims and 717 of 745 held out; with one such family 1,969 and 734, with two
# 1,973 and 735 (12,681 families judged; 12,756 and 12,773). Without the share, 1,977 and 738
# with two, but a sentence sharing only one word and a year with a contradicted claim of the
# bundled corpus's review was judged, and `check` supported the claim on it.
VALUED_FAMILIES = 2
# A draft with this many claims is judged on every core. Forking the workers costs little (they
# start with the library in memory), but each worker's caches start cold: on
# benchmarks/scale_cli.py (1,000 sources, a draft of 58 claims) two workers took the review from
# 19 s to 11 s.
PARALLEL_CLAIMS = 8
# A quotation checked as a quote: at least this many words inside quotation marks.
QUOTE_WORDS = 3
_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")
# Characters either side of a quote in its source searched for the speaker's name.
SPEAKER_CHARS = 300
# ``is_statement`` wants six words and a share of stop words: it tells a source's prose from its
# adverts and navigation. A draft's sentence that ends with a full stop was written as a sentence,
# so a value and three words are enough ("Labour won 203 seats."): on the tuning news corpora,
# 76 of 827 claims (50 of them true) were terse sentences with a value left unchecked.
TERSE_WORDS = 3
# Names, negations, ordinals and times of day are facts ``check`` compares too: on the tuning news
# corpora, 187 of the 206 claims left unchecked with values alone carry one (168 a name, 42 an
# ordinal, 26 a negation, 8 a time), and 19 carry none. Those 19 (prose with no name: "A witness
# said he saw the plane burning") stay unchecked, so that a draft's connecting prose is not.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


FINDINGS = frozenset(
    {ReviewStatus.CONTRADICTED, ReviewStatus.DISPUTED, ReviewStatus.UNSUPPORTED}
)


@dataclass
class Evidence:
    """One source's say on a claim: its passage and verdict (``ok``, ``contradicted``,
    ``missing``), as ``check`` gives it."""

    source: str
    status: str
    score: float | None
    passage: str | None
    start: int | None
    end: int | None
    version: int
    differences: list[Difference] = field(default_factory=list)
    note: str | None = None
    cited: bool = False
    quote: bool = False

    @classmethod
    def of(cls, r: CheckResult, *, cited: bool = False) -> Evidence:
        return cls(r.source, r.status, r.score, r.passage, r.start, r.end, r.version or 0,
                   list(r.differences), r.note, cited)  # fmt: skip

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "status": self.status,
            "score": self.score,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "differences": [d.as_dict() for d in self.differences],
            "version": self.version,
            "note": self.note,
            "cited": self.cited,
            "quote": self.quote,
        }


@dataclass
class CitedCheck:
    """A link or footnote of the claim, and whether the source it names backs the claim."""

    target: str
    source: str | None  # None: no source of the library has this id or URL
    status: str  # ok | contradicted | missing | not_in_library

    def as_dict(self) -> dict[str, object]:
        return {"target": self.target, "source": self.source, "status": self.status}


@dataclass
class ClaimReview:
    """A claim of the draft: where it stands (``start``/``end`` in the draft as written;
    ``text_start``/``text_end`` in its prose), its verdict and the evidence behind it."""

    text: str
    start: int
    end: int
    status: ReviewStatus
    evidence: list[Evidence]
    independent: int = 0
    cited: list[CitedCheck] = field(default_factory=list)
    note: str | None = None
    text_start: int = 0
    text_end: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "status": self.status,
            "note": self.note,
            "independent": self.independent,
            "cited": [c.as_dict() for c in self.cited],
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass
class Review:
    """A draft reviewed: its claims in draft order, and every sentence (prose offsets)."""

    draft: Draft
    claims: list[ClaimReview]
    sentences: list[tuple[int, int]]

    def counts(self) -> dict[str, int]:
        return {s.value: sum(1 for c in self.claims if c.status == s) for s in ReviewStatus}

    def as_dict(self) -> dict[str, object]:
        return {
            "draft": self.draft.name,
            "sentences": len(self.sentences),
            "counts": self.counts(),
            "claims": [c.as_dict() for c in self.claims],
        }


def review_draft(draft: Draft, library: Library, *, workers: int | None = None) -> Review:
    """Every claim of ``draft`` judged against ``library``, on every core when the draft has
    ``PARALLEL_CLAIMS`` claims or more (``workers``: how many processes; 1 keeps to this one)."""
    sentences: list[tuple[int, int]] = []
    asked: list[tuple[Span, str, list[str]]] = []
    for span in draft_sentences(draft):
        sentences.append((span.start, span.end))
        text = " ".join(draft.text[span.start:span.end].split())
        if not is_claim(text):
            continue
        targets = [c.target for c in draft.citations if span.start <= c.start < span.end]
        asked.append((span, text, targets))
    quoting = any(quotes_of(text) for _, text, _ in asked)
    judging = _Judging(library)

    def prepare() -> None:
        # before the workers are forked: what they all read, and the families each claim is
        # judged against, which order the claims (costliest first) and are not found again
        library.prepare_shared(quotes=quoting)
        for _, text, _ in asked:
            judging.families[text] = _judged_families(clean_claim(text), library)

    verdicts = map_shared(_judge, judging, [(text, targets) for _, text, targets in asked],
                          workers=workers, min_items=PARALLEL_CLAIMS, prepare=prepare,
                          cost=lambda item: judging.expected_checks(item[0]))  # fmt: skip
    claims: list[ClaimReview] = []
    for (span, _, _), verdict in zip(asked, verdicts, strict=True):
        verdict.start, verdict.end = draft.to_original(span.start, span.end)
        verdict.text_start, verdict.text_end = span.start, span.end
        claims.append(verdict)
    return Review(draft, claims, sentences)


@dataclass
class _Judging:
    """What the workers of a review share: the library, and the families each claim of the
    draft is judged against, where they were found before the workers were forked."""

    library: Library
    families: dict[str, tuple[list[int], list[int]]] = field(default_factory=dict)

    def expected_checks(self, text: str) -> int:
        """About how much judging a claim of the draft costs: the sentences of the families it
        is judged against. Claims of one draft differ widely (0.02 to 4 s each on
        benchmarks/scale_cli.py, 1,000 sources), and one of the costliest judged last keeps one
        worker busy alone: with the times of those 57 claims, two workers taking them in this
        order finish in 16.9 s, in draft order in 18.0 s, and with every cost known beforehand
        in 16.8 s."""
        ranked, valued = self.families[text]
        return sum(len(self.library.index.families[fam]) for fam in ranked) + len(valued)


def _judge(judging: _Judging, asked: tuple[str, list[str]]) -> ClaimReview:
    text, targets = asked
    return judge_claim(text, judging.library, cited=targets, families=judging.families.get(text))


def draft_sentences(draft: Draft) -> list[Span]:
    """The sentences of a draft (prose offsets); where its paragraphs are known for certain,
    each paragraph is split on its own, so no sentence runs from one into the next."""
    if draft.paragraphs is None:
        return sentence_spans(draft.text)
    return [Span(start + s.start, start + s.end) for start, end in draft.paragraphs
            for s in sentence_spans(draft.text[start:end])]  # fmt: skip


def quotes_of(text: str) -> list[str]:
    """The quotations of a sentence long enough to be checked as quotes."""
    return [m.group(1).strip(" ,.") for m in _QUOTE.finditer(text)
            if len(m.group(1).split()) >= QUOTE_WORDS]  # fmt: skip


def is_claim(text: str) -> bool:
    """Does a sentence of a draft carry a fact ``check`` compares, or a quotation?"""
    if quotes_of(text):
        return True
    facts = extract(text)
    return is_statement(text, facts, STATED_KINDS) or is_terse_statement(text, facts)


def is_terse_statement(text: str, facts: FactSet) -> bool:
    """A short sentence with a fact ``check`` compares that ends like a sentence ("Labour won
    203 seats."), not a heading, a caption or a table row."""
    return (
        len(text) <= MAX_STATEMENT_CHARS
        and _SENTENCE_END.search(text.rstrip()) is not None
        and len(words(norm(text))) >= TERSE_WORDS
        and bool(facts.of(*STATED_KINDS))
        and len(facts.of("number")) <= MAX_FACTS
    )


def judge_claim(
    text: str,
    library: Library,
    *,
    cited: list[str] | None = None,
    families: tuple[list[int], list[int]] | None = None,
) -> ClaimReview:
    """One claim against the whole library; sources named in ``cited`` are checked first.
    ``families``: the families of the index it is judged against (``_judged_families``), when
    they were found before."""
    claim = clean_claim(text)
    checks: list[CitedCheck] = []
    by_source: dict[str, Evidence] = {}
    for target in cited or []:
        sid = library.resolve(target)
        if sid is None:
            checks.append(CitedCheck(target, None, "not_in_library"))
            continue
        e = Evidence.of(library.check_whole(claim, sid), cited=True)
        checks.append(CitedCheck(target, sid, e.status))
        by_source[sid] = e
    has_values = bool(make_unit(0, "draft", claim, 0, len(claim), None).value_facts())
    if has_values or not quotes_of(claim):
        for e in _indexed_evidence(claim, library, families):
            by_source[e.source] = _better(by_source.get(e.source), e)
    quote_evidence = [_quote_evidence(q, claim, library) for q in quotes_of(claim)]
    return _verdict(claim, list(by_source.values()), quote_evidence, checks, library)


def _better(old: Evidence | None, new: Evidence) -> Evidence:
    """A source's evidence: a cited check stands; else support, then contradiction, then the
    closest passage."""
    if old is None:
        return new
    if old.cited:
        return old
    rank: dict[str, int] = {ClaimStatus.OK: 2, ClaimStatus.CONTRADICTED: 1}
    key_old = (rank.get(old.status, 0), old.score or 0.0)
    key_new = (rank.get(new.status, 0), new.score or 0.0)
    return new if key_new > key_old else old


def _judged_families(claim: str, library: Library) -> tuple[list[int], list[int]]:
    """The families of the index a claim is judged against, best first: the first
    ``JUDGED_FAMILIES`` of its ``CANDIDATE_FAMILIES``, down to ``MIN_SCORE_SHARE`` of the best
    one's score; and apart, when none of those states every value of the claim, the
    ``VALUED_FAMILIES`` of the families that do which share most of its words, down to the same
    share."""
    index = library.index
    unit = make_unit(-1, "draft", claim, 0, len(claim), None)
    ranked = index.candidates(unit, CANDIDATE_FAMILIES)
    if not ranked:
        return [], []
    best = ranked[0][0]
    out: list[int] = []
    for score, fam in ranked[:JUDGED_FAMILIES]:
        if score < MIN_SCORE_SHARE * best:
            break
        out.append(fam)
    values = set(unit.signature()[1])
    if not values or any(values <= set(index.family_values[fam]) for fam in out):
        return out, []
    taken = set(out)
    weighed = [
        (weight, fam) for fam in index.stating(values)
        if fam not in taken
        and (weight := index.shared_weight(unit, fam)) >= MIN_SCORE_SHARE * best
    ]
    weighed.sort(key=lambda wf: (-wf[0], wf[1]))
    return out, [fam for _, fam in weighed[:VALUED_FAMILIES]]


def _indexed_evidence(
    claim: str, library: Library, families: tuple[list[int], list[int]] | None = None
) -> list[Evidence]:
    """The claim judged against the best candidate families the index proposes; each verdict
    stands for every copy of the family's sentence. A family judged for its values alone has
    its copies judged only when its own sentence supports or contradicts the claim."""
    index = library.index
    out: list[Evidence] = []
    ranked, valued = families or _judged_families(claim, library)
    for fam in ranked + valued:
        members = [library.place(p) for p in index.families[fam]]
        head = members[0]
        first = library.check_near(claim, head)
        out.append(Evidence.of(first))
        if fam in valued and first.status not in (ClaimStatus.OK, ClaimStatus.CONTRADICTED):
            continue
        copies = [m for m in members[1:] if m.source_id != head.source_id]
        if not copies:
            continue
        # Each copy has the verdict its sentence decides, at its own offsets, and is checked
        # again only where the words around it may decide otherwise (``Library.copy_rule``):
        # judging every copy again costs a check per copy, thousands for a claim found in a
        # widely repeated sentence.
        out.extend(Evidence.of(r) for r in library.judge_copies(claim, head, first, copies))
    return out


def _quote_evidence(quote: str, claim: str, library: Library) -> Evidence | None:
    """Where the quote stands word for word, with the speaker checked; None if nowhere."""
    speakers = _speakers(claim, quote)
    found: Evidence | None = None
    for sid in library.with_quote(quote):
        s = library.sources[sid]
        loc = library.find_quote(quote, sid)
        if loc is None:
            continue
        named = _names_near(s.text, loc.start, loc.end)
        wrong = bool(speakers and named and not _same_people(speakers, named))
        diffs = [Difference("name", ", ".join(sorted(speakers)), ", ".join(sorted(named)))]
        e = Evidence(
            sid, ClaimStatus.CONTRADICTED if wrong else ClaimStatus.OK, 100.0,
            s.text[loc.start:loc.end], loc.start, loc.end, s.version,
            diffs if wrong else [],
            "the source gives these words to someone else" if wrong else None, quote=True,
        )
        if found is None or (found.status != ClaimStatus.OK and not wrong):
            found = e
        if found.status == ClaimStatus.OK:
            break  # the first source that gives the words to the claim's speaker stands
    return found


def _names_near(text: str, start: int, end: int) -> set[str]:
    """Names in the sentence holding a quote, else in the sentence before it: the speaker."""
    spans = sentence_spans(text[max(0, start - SPEAKER_CHARS):end + SPEAKER_CHARS])
    base = max(0, start - SPEAKER_CHARS)
    k = next((i for i, sp in enumerate(spans) if base + sp.start <= start < base + sp.end), None)
    if k is None:
        return set()
    for i in (k, k - 1):
        if i < 0:
            continue
        sentence = text[base + spans[i].start:base + spans[i].end]
        quoted = sentence.replace(text[start:end], " ")
        names = {str(f.value) for f in extract(quoted).of("name")}
        if names:
            return names
    return set()


def _same_people(a: set[str], b: set[str]) -> bool:
    """Do two sets of names share a person (a surname is enough)?"""
    words_a = {w for n in a for w in n.lower().split()}
    return any(w in words_a for n in b for w in n.lower().split())


def _speakers(claim: str, quote: str) -> set[str]:
    """The names a claim gives outside its quotation: who it says spoke."""
    at = claim.find(quote)
    outside = claim[:at] + " " + claim[at + len(quote):] if at >= 0 else claim
    return {str(f.value) for f in extract(outside).of("name")}


def _verdict(
    claim: str,
    evidence: list[Evidence],
    quotes: list[Evidence | None],
    cited: list[CitedCheck],
    library: Library,
) -> ClaimReview:
    quote_list = [q for q in quotes if q is not None]
    missing_quote = len(quote_list) < len(quotes)
    wrong_speaker = [q for q in quote_list if q.status == ClaimStatus.CONTRADICTED]
    supporting = [e for e in evidence if e.status == ClaimStatus.OK]
    against = [e for e in evidence if e.status == ClaimStatus.CONTRADICTED] + wrong_speaker
    if quotes and not evidence and quote_list and not missing_quote:
        supporting = [q for q in quote_list if q.status == ClaimStatus.OK]
    shown = _order(supporting, against, evidence, quote_list)
    independent = independent_count([e.source for e in supporting], library)
    if against and supporting and not missing_quote:
        status, note = ReviewStatus.DISPUTED, _disagreement(supporting, against)
    elif against:
        status, note = ReviewStatus.CONTRADICTED, _disagreement(supporting, against)
    elif missing_quote:
        status, note = ReviewStatus.UNSUPPORTED, "the quotation is in no source word for word"
    elif supporting:
        status, note = ReviewStatus.SUPPORTED, None
    else:
        closest = max(evidence, key=lambda e: e.score or 0.0, default=None)
        status = ReviewStatus.UNSUPPORTED
        note = closest.note if closest else "no source states anything like it"
        shown = [closest] if closest else []
    return ClaimReview(claim, 0, len(claim), status, shown, independent, cited, note)


def _order(
    supporting: list[Evidence],
    against: list[Evidence],
    evidence: list[Evidence],
    quotes: list[Evidence],
) -> list[Evidence]:
    """What a claim's verdict rests on: cited sources first, then support and contradiction."""
    picked = [*supporting, *against]
    picked += [q for q in quotes if q not in picked]
    picked += [e for e in evidence if e.cited and e not in picked]
    return sorted(picked, key=lambda e: (not e.cited, e.status != ClaimStatus.OK))


def _disagreement(supporting: list[Evidence], against: list[Evidence]) -> str:
    values = []
    for e in against:
        for d in e.differences:
            if d.source is not None and d.claim is not None:
                values.append(f"{e.source} says {d.source!r} where the draft says {d.claim!r}")
    sources = ", ".join(e.source for e in against)
    said = "; ".join(dict.fromkeys(values)) or f"contradicted by {sources}"
    if supporting:
        said += f"; {', '.join(e.source for e in supporting)} agree with the draft"
    return said


def independent_count(source_ids: list[str], library: Library) -> int:
    """How many of the sources are independent: syndicated copies of one story count once."""
    ids = sorted(set(source_ids))
    if len(ids) < 2:
        return len(ids)
    groups = sketch_groups({sid: library.sketch(sid) for sid in ids})
    return len(ids) - sum(len(g) - 1 for g in groups)


def best_support(verdict: ClaimReview) -> Evidence | None:
    """The evidence a claim is best stored with: a cited source that backs it, else the
    supporting passage closest to its words."""
    backing = [e for e in verdict.evidence if e.status == ClaimStatus.OK and not e.quote]
    return max(backing, key=lambda e: (e.cited, e.score or 0.0), default=None)


def add_with_best_source(
    session: Session, *, text: str, topic: str | None = None, force: bool = False
) -> tuple[ClaimReview, CheckResult | None]:
    """``add --source auto``: judge the claim against every source and store it with the best
    supporting one. Returns the verdict and the stored result (None when nothing was stored).

    With ``force`` a claim no source supports is stored with its closest passage, if any.
    """
    verdict = judge_claim(text, Library.from_session(session))
    best = best_support(verdict)
    if best is None and force:
        best = next((e for e in verdict.evidence if e.passage and not e.quote), None)
    if best is None:
        return verdict, None
    result = CheckResult(
        claim=verdict.text, source=best.source, status=best.status, score=best.score,
        passage=best.passage, start=best.start, end=best.end,
        differences=list(best.differences), version=best.version, note=best.note,
    )
    store_result(session, result, require_latest(session, best.source), topic)
    return verdict, result
