"""Reading PDFs: text per page, page starts, layout repair, and the PDFs that cannot be read."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from cli_support import (
    CORPUS_BY_ID,
    assert_usage_error,
    corpus_text,
    invoke,
    invoke_json,
    stored_sources,
)
from fixtures.documents import (
    build_pdf,
    image_only_pdf,
    layout,
    line_pages,
    paragraphs,
    render_pdf,
    text_pages,
)
from sqlmodel import select

from factbase.errors import InputError
from factbase.sources.pdf import page_number, read_pdf
from factbase.sources.versions import page_of
from factbase.store.db import open_db, session_scope
from factbase.store.models import Citation, SourceVersion


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("source_id", list(CORPUS_BY_ID))
@pytest.mark.parametrize("hyphenate", [False, True], ids=["plain", "hyphenated"])
def test_corpus_pdf_text_has_the_articles_words(source_id: str, hyphenate: bool) -> None:
    text = corpus_text(source_id)
    doc = read_pdf(render_pdf(text, hyphenate=hyphenate), name=f"{source_id}.pdf")
    assert doc.kind == "pdf" and doc.content_type == "application/pdf"
    # Every word back, in order, hyphenated words rejoined; only the layout differs.
    assert words(doc.text) == words(text)
    # Every line the PDF wrapped is joined again: each line of the text read is one or more
    # whole lines of the article (two lines the layout cannot tell apart may merge).
    expected = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    for line in (x for x in doc.text.splitlines() if x):
        merged = expected.pop(0)
        while merged != line and expected and len(merged) < len(line):
            merged += " " + expected.pop(0)
        assert merged == line
    assert expected == []


def test_star_pdf_reads_back_exactly() -> None:
    text = corpus_text("star")
    expected = "\n\n".join(
        "\n".join(" ".join(line.split()) for line in p.split("\n") if line.strip())
        for p in paragraphs(text)
    )
    for hyphenate in (False, True):
        assert read_pdf(render_pdf(text, hyphenate=hyphenate), name="star.pdf").text == expected


def test_heading_inside_a_text_box_keeps_its_line_break() -> None:
    pdf = build_pdf(line_pages([[
        "Rotherham MBC's response",
        "The chief executive of Rotherham MBC, Martin Kimber, has apologised to the young people",
        "who were let down by services.",
    ]]))  # fmt: skip
    assert read_pdf(pdf, name="x.pdf").text == (
        "Rotherham MBC's response\nThe chief executive of Rotherham MBC, Martin Kimber, has "
        "apologised to the young people who were let down by services."
    )


def test_paragraph_running_onto_a_page_that_starts_with_a_capital() -> None:
    long = "In November 2020, five men from the town were jailed for sexual offences against"
    pdf = build_pdf(line_pages([[long, long], ["Asian community members and others."]]))
    doc = read_pdf(pdf, name="x.pdf")
    assert doc.text == f"{long} {long} Asian community members and others."


def test_page_starts_map_offsets_to_pages() -> None:
    text = corpus_text("flw")
    pages = layout(text)
    assert len(pages) == 3
    doc = read_pdf(build_pdf(text_pages(text)), name="flw.pdf")
    assert doc.pages is not None and len(doc.pages) == 3 and doc.pages[0] == 0
    for number, lines in enumerate(pages, 1):
        first = " ".join(lines[0].split())
        start = doc.pages[number - 1]
        assert doc.text.startswith(first, start), (number, doc.text[start:start + 80])
        assert page_number(doc.pages, start) == number
        if number > 1:
            assert page_number(doc.pages, start - 1) == number - 1
    assert page_number(doc.pages, len(doc.text)) == 3
    assert page_number(None, 10) is None


def test_every_offset_lands_on_the_page_that_shows_it() -> None:
    text = corpus_text("lgc")
    pages = layout(text)
    doc = read_pdf(build_pdf(text_pages(text)), name="lgc.pdf")
    assert doc.pages is not None
    for number, lines in enumerate(pages, 1):
        for line in (x for x in lines if x):
            probe = " ".join(line.split())
            pos = doc.text.find(probe, doc.pages[number - 1])
            assert pos >= 0
            assert page_number(doc.pages, pos) == number, probe


def test_hyphenation_at_line_ends() -> None:
    pdf = build_pdf(line_pages([[
        "The report found that sexual exploita-",
        "tion had gone on for years, and that the child-",
        "care staff knew. The child-care budget was cut;",
        "well-",
        "known officials kept their jobs.",
    ]]))  # fmt: skip
    doc = read_pdf(pdf, name="x.pdf")
    # "exploitation": hyphen dropped. "child-care": spelt so elsewhere, never "childcare".
    # "wellknown": unknown either way, so the hyphen is taken for a line-end hyphen.
    assert doc.text == (
        "The report found that sexual exploitation had gone on for years, and that the "
        "child-care staff knew. The child-care budget was cut; wellknown officials kept their "
        "jobs."
    )
    assert "joined 3 words hyphenated at line ends" in doc.repairs


def test_numbers_and_capitals_after_a_line_end_hyphen_are_not_joined() -> None:
    doc = read_pdf(build_pdf(line_pages([["Between 1997-", "2013, in the North-", "East."]])),
                   name="x.pdf")
    assert doc.text == "Between 1997- 2013, in the North- East."


def test_paragraph_running_over_a_page_break_is_joined() -> None:
    pdf = build_pdf(line_pages([
        ["First paragraph ends here.", "", "The inquiry found that at least 1,400 chil-"],
        ["dren were exploited between 1997 and 2013 in", "Rotherham."],
        ["A new page starts a new paragraph."],
    ]))  # fmt: skip
    doc = read_pdf(pdf, name="x.pdf")
    assert doc.text == (
        "First paragraph ends here.\n\nThe inquiry found that at least 1,400 children were "
        "exploited between 1997 and 2013 in Rotherham.\n\nA new page starts a new paragraph."
    )
    assert doc.pages is not None
    assert doc.text[doc.pages[1]:].startswith("dren were exploited")
    assert doc.text[doc.pages[2]:].startswith("A new page")
    assert page_number(doc.pages, doc.text.index("1,400")) == 1
    assert page_number(doc.pages, doc.text.index("1997")) == 2


def test_ligatures_are_expanded_and_page_starts_follow() -> None:
    pdf = build_pdf(line_pages([["The \ufb01rst \ufb01nding was \ufb02awed."],
                                ["The \ufb01nal page."]]))
    doc = read_pdf(pdf, name="x.pdf")
    assert doc.text == "The first finding was flawed.\n\nThe final page."
    assert doc.pages == [0, doc.text.index("The final")]
    assert "expanded ligatures" in doc.repairs


def test_title_and_author_from_the_document_information() -> None:
    doc = read_pdf(render_pdf("Text.", title="Rotherham – the report", author="Alexis Jay"),
                   name="x.pdf")
    assert (doc.title, doc.author) == ("Rotherham – the report", "Alexis Jay")
    generated = read_pdf(render_pdf("Text.", title="Microsoft Word - jay_report_v3.docx"),
                         name="x.pdf")
    assert generated.title is None


def test_image_only_pdf_needs_ocr() -> None:
    with pytest.raises(InputError, match="without a text layer.*needs OCR"):
        read_pdf(image_only_pdf(), name="scan.pdf")


def test_pages_without_text_are_noted() -> None:
    pages = text_pages("A report on 1,400 children.") + [b"q 10 0 0 10 0 0 cm Q"]
    doc = read_pdf(build_pdf(pages), name="x.pdf")
    assert doc.pages == [0, len(doc.text)]
    assert "pages without text (images? need OCR): 2" in doc.repairs


def test_encrypted_pdf_needs_a_password() -> None:
    pdf = render_pdf("The secret report on 1,400 children.", password="s3cret")
    with pytest.raises(InputError, match="encrypted PDF: report.pdf needs a password"):
        read_pdf(pdf, name="report.pdf")
    # The fixture is a real encrypted PDF: with its password it reads.
    from pdfminer.high_level import extract_text

    assert "1,400 children" in extract_text(io.BytesIO(pdf), password="s3cret")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\nnot really a pdf", b"%PDF-", render_pdf("Cut short.")[:200]],
    ids=["garbage", "header-only", "truncated"],
)
def test_broken_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="not a readable PDF|PDF without"):
        read_pdf(data, name="broken.pdf")


# --- through the command line ------------------------------------------------------------------


@pytest.mark.database
def test_cli_add_pdf(tmp_path: Path) -> None:
    meta = CORPUS_BY_ID["flw"]
    path = tmp_path / "flw-report.pdf"
    path.write_bytes(render_pdf(corpus_text("flw"), title=meta["title"], hyphenate=True))
    result = invoke(["source", "add", path, "--published", meta["published"]])
    assert result.exit_code == 0, result.output
    assert "pdf, 3 pages" in result.stdout
    info = invoke_json(["source", "show", "flw-report"])
    assert info["kind"] == "pdf"
    assert info["pages"] == 3
    assert info["title"] == meta["title"]
    assert info["content_type"] == "application/pdf"
    assert info["raw_bytes"] == path.stat().st_size
    assert any(re.match(r"joined \d+ words hyphenated", r) for r in info["repairs"])


@pytest.mark.database
@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (image_only_pdf, "needs OCR"),
        (lambda: render_pdf("Secret.", password="pw"), "encrypted PDF"),
        (lambda: b"%PDF-1.4 junk", "not a readable PDF"),
    ],
    ids=["scan", "encrypted", "broken"],
)
def test_cli_unreadable_pdf_stores_nothing(tmp_path: Path, make: object, fragment: str) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make())  # type: ignore[operator]
    assert_usage_error(invoke(["source", "add", path]), fragment, "report.pdf")
    assert stored_sources() == []


@pytest.mark.database
def test_cli_refresh_rereads_a_changed_pdf(tmp_path: Path) -> None:
    text = corpus_text("star")
    path = tmp_path / "star.pdf"
    path.write_bytes(render_pdf(text))
    invoke_json(["source", "add", path])
    path.write_bytes(render_pdf(text, hyphenate=True))  # same words, new layout
    assert invoke_json(["source", "refresh", "star"])[0]["status"] == "unchanged"
    path.write_bytes(render_pdf(text.replace("since 2003", "since 2004")))
    assert invoke_json(["source", "refresh", "star"])[0]["status"] == "changed"


def test_paragraph_helper_matches_the_corpus() -> None:
    assert paragraphs("a\n\nb\n \nc") == ["a", "b", "c"]


@pytest.mark.database
def test_a_citation_in_a_pdf_tells_its_page(tmp_path: Path) -> None:
    text = corpus_text("flw")
    path = tmp_path / "flw.pdf"
    path.write_bytes(render_pdf(text))
    invoke_json(["source", "add", path, "--published", "2014-08"])
    last_paragraph = paragraphs(text)[-1]
    claim = invoke_json(["add", " ".join(last_paragraph.split()[:25]), "--source", "flw"])
    assert claim["status"] == "ok", claim
    engine = open_db(None, os.environ)
    try:
        with session_scope(engine) as session:
            citation = session.exec(select(Citation)).one()
            version = session.get(SourceVersion, citation.source_version_id)
            assert version is not None
            assert page_of(version, citation.start) == len(layout(text)) == 3
            assert page_of(version, 0) == 1
    finally:
        engine.dispose()
