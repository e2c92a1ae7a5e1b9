"""What each table, view and column of the database means, for people browsing it (datasette
metadata: ``factbase datasette-metadata``). A test checks that every column is described."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Described:
    description: str
    columns: dict[str, str] = field(default_factory=dict)
    label_column: str | None = None


_CITED = "the verdict when the claim was cited, never updated: see claims_current for the last"
_QUOTE = (
    "exact is the cited passage as the source has it; prefix and suffix the ~32 characters just "
    "before and after it (a W3C TextQuoteSelector); start and end its character offsets in the "
    "cited version's text (a TextPositionSelector)"
)

TABLES: dict[str, Described] = {
    "claims_current": Described(
        "Start here: every claim with its source and its status as it is now (the newest "
        "verification; before any, the verdict when cited).",
        {
            "claim_id": "the claim's id (factbase show ID)",
            "claim": "the claim, as the user wrote it",
            "topic": "topic key: claims sharing it are compared with each other",
            "status": "the last status: ok, drift, contradicted, missing or source_unavailable",
            "score": "0-100 similarity of claim and passage at the last check",
            "differences": "JSON list of the facts that differ: kind, claim value, source value",
            "note": "why the last verdict is not ok, or what drifted (empty before any verify)",
            "last_checked": "when verify found the claim's current result (empty: never "
            "verified since it was cited); later runs that find the same leave it",
            "last_run": "the verification run that found it (verification_runs.id)",
            "source_id": "the cited source's id",
            "source_title": "the cited source's title",
            "source_url": "where the source was published (empty when unknown)",
            "source_publisher": "the source's publisher",
            "source_published": "the source's publication date (YYYY, YYYY-MM or YYYY-MM-DD)",
            "cited_version": "the version of the source the citation points into",
            "start": "where the cited passage starts, in characters of that version's text",
            "end": "where the cited passage ends, in characters of that version's text",
            "prefix": "the ~32 characters just before the passage",
            "exact": "the cited passage, exactly as the source has it",
            "suffix": "the ~32 characters just after the passage",
            "cited_status": "the status when the claim was cited, for comparison",
            "created_at": "when the claim was stored (UTC)",
        },
        label_column="claim",
    ),
    "sources": Described(
        "The articles, pages and reports claims cite; their texts are in source_versions.",
        {
            "id": "the source's id, chosen at source add",
            "title": "title, from the page or file or --title",
            "origin": "the file path or URL that source refresh reads again",
            "url": "where the source was published (canonical URL)",
            "archive_url": "a copy in a web archive",
            "publisher": "the publication or site",
            "author": "the author, when known",
            "published": "publication date (YYYY, YYYY-MM or YYYY-MM-DD); resolves 'last October'",
            "kind": "what it was read as: text, markdown, html or pdf",
            "created_at": "when it was added (UTC)",
            "last_error": "why the last refresh could not read it (empty when it could)",
            "last_read_at": "when the origin was last read (UTC)",
            "origin_seal": "proof the origin was added on this machine (see README, Safety)",
        },
        label_column="title",
    ),
    "source_versions": Described(
        "Every text read from a source; a changed text is a new version, old ones are kept.",
        {
            "id": "row id",
            "source_id": "the source (sources.id)",
            "version": "1 for the first read, then 2, 3, ... when the text changed",
            "text": "the text as stored: every offset factbase stores points into it",
            "sha256": "SHA-256 of text",
            "read_at": "when it was read or fetched (UTC)",
            "raw": "the bytes it was read from, when they are not simply text in UTF-8",
            "content_type": "the media type it was read as",
            "encoding": "the character encoding the bytes were decoded from",
            "final_url": "where a fetch ended after redirects",
            "pages": "JSON list of the offset at which each PDF page starts",
            "repairs": "JSON list of what was repaired on the way to text",
        },
    ),
    "claims": Described(
        "Each claim as the user stored it; its citation is in citations, its checks in "
        "verification_results (claims_current joins them).",
        {
            "id": "the claim's id",
            "text": "the claim, as the user wrote it",
            "topic": "topic key: claims sharing it are compared with each other",
            "source_id": "the source it cites (sources.id)",
            "created_at": "when it was stored (UTC)",
        },
        label_column="text",
    ),
    "citations": Described(
        "Where each claim was found when it was stored: " + _QUOTE + ".",
        {
            "id": "row id",
            "claim_id": "the claim (claims.id)",
            "source_version_id": "the source version cited (source_versions.id)",
            "start": "character offset where the passage starts in the cited version's text",
            "end": "character offset where the passage ends",
            "exact": "the cited passage, exactly as the source has it",
            "prefix": "the ~32 characters just before the passage",
            "suffix": "the ~32 characters just after the passage",
            "cited_score": "similarity of claim and passage when cited: " + _CITED,
            "cited_status": "status when cited: " + _CITED,
            "cited_differences": "facts that differed when cited (JSON): " + _CITED,
            "cited_note": "why the verdict when cited was not ok (empty when ok): " + _CITED,
            "cited_checker": "the version of the checker that made the verdict when cited; "
            "verify keeps that verdict while the checker and the cited version are the same",
        },
    ),
    "review_runs": Described(
        "Each factbase review --store: the draft as written and the verdict on each claim, so "
        "that review --since can say what changed.",
        {
            "id": "the stored review's number",
            "draft": "the draft's file name as given to review",
            "draft_sha256": "SHA-256 of the draft as written",
            "text": "the draft as written",
            "verdicts": "each claim with its offsets in the draft and its verdict (JSON)",
            "created_at": "when the review ran (UTC)",
        },
    ),
    "verification_runs": Described(
        "Each factbase verify: when it ran, with which checker version, over how many claims.",
        {
            "id": "the run's number",
            "checker_version": "the factbase version that checked",
            "started_at": "when the run started (UTC)",
            "finished_at": "when it finished (UTC)",
            "claim_count": "how many claims it checked",
            "statuses": "how many of them ended in each status (JSON object; empty for runs "
            "that recorded a row per claim)",
        },
    ),
    "verification_results": Described(
        "The history of each claim's verdict: a row when a run found a result other than the "
        "claim's newest (status, score, passage, differences or note), or its first; the newest "
        "is its status.",
        {
            "id": "row id (the highest per claim is its current result)",
            "run_id": "the run (verification_runs.id)",
            "claim_id": "the claim (claims.id)",
            "source_version_id": "the source version checked against",
            "status": "ok, drift, contradicted, missing or source_unavailable, from that run on",
            "claim_sha256": "SHA-256 of the claim text checked",
            "score": "0-100 similarity of claim and passage",
            "start": "where the passage was found, in that version's text",
            "end": "where it ends",
            "passage": "the passage found",
            "differences": "JSON list of the facts that differ",
            "note": "why the verdict is not ok, or what drifted",
            "checked_at": "when the run found this result (UTC)",
        },
    ),
    "statement_cache": Described(
        "What analysis found in each source version, kept so that conflicts report and review "
        "need not find it again; safe to delete (it is found and kept again when needed).",
        {
            "source_version_id": "the source version (source_versions.id)",
            "unit_set": "which sentences: statements, compared (conflicts report) or prose "
            "(review's index)",
            "analysis_version": "the version of the analysis that found them; another is found "
            "again",
            "reference": "the publication date relative dates were read against (JSON)",
            "data": "the sentences with their facts, compressed JSON",
        },
    ),
    "report_cache": Described(
        "The last conflicts report, answered again while nothing it was made from changed; "
        "safe to delete.",
        {
            "name": "which report: conflicts",
            "fingerprint": "SHA-256 of the sources' versions, the claims and the code it was "
            "made from",
            "data": "the report, compressed JSON",
            "created_at": "when it was made (UTC)",
        },
    ),
}


def datasette_metadata(database: str) -> dict[str, object]:
    """datasette's metadata document for a factbase database that datasette names ``database``."""
    tables: dict[str, object] = {}
    for name, d in TABLES.items():
        entry: dict[str, object] = {"description": d.description, "columns": d.columns}
        if d.label_column:
            entry["label_column"] = d.label_column
        tables[name] = entry
    return {
        "title": "factbase",
        "description": "Claims, the exact passages that support them, and every re-check.",
        "databases": {database: {"tables": tables}},
    }
