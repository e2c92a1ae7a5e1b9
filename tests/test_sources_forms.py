"""The bundled articles as plain text, as web pages and as PDFs: the same claims check the same.

Each article is rendered to HTML (a news page with navigation, sidebar and footer around it) and
to PDF (A4 pages, hyphenated at line ends), added as a source in all three forms, and every
hand-labelled claim (``labelled_claims.csv``) is checked against each form. Status and facts must
agree; only offsets and white space may differ.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_support import CORPUS, CORPUS_BY_ID, invoke, invoke_json
from fixtures.documents import render_html, render_pdf
from sqlalchemy.engine import Engine

from factbase.claims import CheckResult, add_claim, check_claim
from factbase.sources.refresh import refresh_sources
from factbase.sources.versions import add_source
from factbase.store.db import open_db, session_scope
from factbase.verification import verify_claims

FORMS = ("txt", "html", "pdf")
TABLE = Path(__file__).resolve().parent / "labelled_claims.csv"


@dataclass(frozen=True)
class Row:
    line: int
    source: str
    claim: str


def _rows() -> list[Row]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return [Row(i, r["source"], r["claim"]) for i, r in enumerate(csv.DictReader(f), start=2)]


ROWS = _rows()


def write_forms(folder: Path, source_id: str, text: str) -> dict[str, Path]:
    meta = CORPUS_BY_ID[source_id]
    paths = {
        "txt": folder / f"{source_id}.txt",
        "html": folder / f"{source_id}.html",
        "pdf": folder / f"{source_id}.pdf",
    }
    paths["txt"].write_text(text, "utf-8")
    paths["html"].write_bytes(
        render_html(text, title=meta["title"], author=meta.get("author"),
                    published=meta["published"], publisher=meta["publisher"])
    )
    paths["pdf"].write_bytes(render_pdf(text, title=meta["title"], hyphenate=True))
    return paths


@dataclass
class Corpus:
    engine: Engine
    folder: Path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    folder = tmp_path_factory.mktemp("forms")
    engine = open_db(str(folder / "forms.db"), {})
    with session_scope(engine) as session:
        for sid, meta in CORPUS_BY_ID.items():
            paths = write_forms(folder, sid, (CORPUS / meta["file"]).read_text("utf-8"))
            add_source(session, path=paths["txt"], source_id=f"{sid}-txt",
                       title=meta["title"], published=meta["published"])
            # The web page gives its own title, publisher and date.
            add_source(session, path=paths["html"], source_id=f"{sid}-html")
            # A PDF's dates say when the file was made, not the article: given, as a user would.
            add_source(session, path=paths["pdf"], source_id=f"{sid}-pdf",
                       published=meta["published"])
    yield Corpus(engine, folder)
    engine.dispose()


def signature(result: CheckResult) -> tuple[str, list[dict[str, object]]]:
    return result.status, [d.as_dict() for d in result.differences]


def folded(text: str | None) -> str:
    return " ".join((text or "").split())


def test_the_web_page_brings_its_own_metadata(corpus: Corpus) -> None:
    from factbase.sources.versions import source_info

    with session_scope(corpus.engine) as session:
        for sid, meta in CORPUS_BY_ID.items():
            info = source_info(session, f"{sid}-html")
            assert info.title == meta["title"]
            assert info.published == meta["published"]
            assert info.publisher == meta["publisher"]
            assert info.author == meta.get("author")
            assert source_info(session, f"{sid}-pdf").title == meta["title"]


@pytest.mark.parametrize("row", ROWS, ids=[f"line{r.line}" for r in ROWS])
def test_every_labelled_claim_checks_the_same_in_all_three_forms(corpus: Corpus, row: Row) -> None:
    with session_scope(corpus.engine) as session:
        results = {
            form: check_claim(session, text=row.claim, source_id=f"{row.source}-{form}")
            for form in FORMS
        }
    statuses = {form: r.status for form, r in results.items()}
    assert len(set(statuses.values())) == 1, statuses
    if statuses["txt"] == "missing":
        return  # no passage supports it anywhere; the nearest miss may differ
    assert signature(results["html"]) == signature(results["txt"])
    assert signature(results["pdf"]) == signature(results["txt"])
    # The same passage, up to white space (and the sentence or heading beside it).
    cited = {form: folded(r.passage) for form, r in results.items()}
    for form in ("html", "pdf"):
        assert cited[form] in cited["txt"] or cited["txt"] in cited[form], (form, cited)


def test_stored_claims_verify_the_same_after_the_sources_change(corpus: Corpus) -> None:
    claims = [
        ("lgc", "At least 1400 children in Rotherham were sexually exploited from 1997 to 2013."),
        ("star", "Girls as young as 11 were raped by multiple perpetrators."),
        ("star", "Coun Roger Stone resigned this afternoon."),
        ("timeline", "Five men were convicted for sexual offences against girls in 2010."),
        ("flw", "Over the first twelve years covered by the inquiry, the collective failures "
                "of political and officer leadership were blatant."),
    ]  # fmt: skip
    with session_scope(corpus.engine) as session:
        for sid, claim in claims:
            for form in FORMS:
                result, stored = add_claim(session, text=claim, source_id=f"{sid}-{form}")
                assert stored and result.status == "ok", (form, claim, result)
    edits = {
        "lgc": ("at least 1,400 local children", "at least 1,600 local children"),
        "star": ("girls as young as 11 were raped", "girls as young as 13 were raped"),
        "timeline": ("against girls in 2010", "against girls in 2011"),
    }
    for sid, (old, new) in edits.items():
        text = (CORPUS / CORPUS_BY_ID[sid]["file"]).read_text("utf-8")
        assert old in text, (sid, old)
        write_forms(corpus.folder, sid, text.replace(old, new))
    with session_scope(corpus.engine) as session:
        changed = refresh_sources(
            session, source_ids=[f"{sid}-{form}" for sid in edits for form in FORMS]
        )
        assert {r.status for r in changed} == {"changed"}
        report = verify_claims(session)
    by_claim: dict[tuple[str, str], dict[str, tuple[str, list[dict[str, object]]]]] = {}
    for r in report.results:
        sid, form = r.source.rsplit("-", 1)
        by_claim.setdefault((sid, r.claim), {})[form] = signature(r)
    assert len(by_claim) == len(claims)
    for key, forms in by_claim.items():
        assert forms["html"] == forms["txt"] == forms["pdf"], key
    statuses = {sid: forms["txt"][0] for (sid, _), forms in by_claim.items()}
    assert statuses["lgc"] == statuses["timeline"] == "contradicted"
    assert statuses["flw"] == "ok"
    star = {claim: forms["txt"] for (sid, claim), forms in by_claim.items() if sid == "star"}
    assert star["Girls as young as 11 were raped by multiple perpetrators."][0] == "contradicted"
    assert star["Coun Roger Stone resigned this afternoon."][0] in ("ok", "drift")


@pytest.mark.database
def test_the_three_forms_through_the_command_line(tmp_path: Path) -> None:
    meta = CORPUS_BY_ID["star"]
    paths = write_forms(tmp_path, "star", (CORPUS / meta["file"]).read_text("utf-8"))
    invoke_json(["source", "add", paths["txt"], "--id", "star-txt", "--published",
                 meta["published"]])
    invoke_json(["source", "add", paths["html"], "--id", "star-html"])
    invoke_json(["source", "add", paths["pdf"], "--id", "star-pdf", "--published",
                 meta["published"]])
    claim = "Last January Martin Kimber appeared before the Home Affairs Select Committee."
    checked = [invoke_json(["check", claim, "--source", f"star-{f}"]) for f in FORMS]
    assert {c["status"] for c in checked} == {"ok"}
    assert len({str(c["differences"]) for c in checked}) == 1
    listed = invoke(["source", "list"])
    assert listed.exit_code == 0
    for kind in ("text", "html", "pdf"):
        assert kind in listed.stdout
