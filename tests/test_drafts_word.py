"""Word (.docx) drafts: their prose paragraph by paragraph, their links as citations, the same
review as the same text in Markdown, and one clean error for every file that is not a .docx.
Pure: no database."""

from __future__ import annotations

import functools
import io
import random
import zipfile
from pathlib import Path

import pytest
from fixtures.word import (
    Deleted,
    Inserted,
    Link,
    WordDraft,
    encrypted_docx,
    legacy_doc,
    repackaged,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from factbase.errors import InputError
from factbase.library import Library, LibrarySource
from factbase.review import Review, draft_sentences, review_draft
from factbase.sources.drafts import MAX_DRAFT_BYTES, Draft, parse_draft, read_draft
from factbase.sources.word import MAX_UNPACKED_BYTES, field_url, read_word
from factbase.status import ReviewStatus
from tests.test_review import FLOOD, OTHER

FLOOD_URL = "https://news.example.org/2024/flood"
OTHER_URL = "https://gov.example.org/flood-report"

MARKDOWN = f"""# The flood in the valley

The flood in the valley killed 185 people, says [the report]({FLOOD_URL}).

The flood in the valley killed 120 people, officials said on Tuesday.

Rescue teams worked through the night.

The earthquake destroyed 300 bridges in the north in 2019.
"""


def word_draft() -> WordDraft:
    """The Markdown draft above as Word writes it: the same heading and paragraphs, the last
    two in the cells of a table."""
    return (
        WordDraft()
        .heading("The flood in the valley")
        .paragraph("The flood in the valley killed 185 people, says ",
                   Link("the report", FLOOD_URL), ".")  # fmt: skip
        .paragraph("The flood in the valley killed 120 people, officials said on Tuesday.")
        .table([["Rescue teams worked through the night.",
                 "The earthquake destroyed 300 bridges in the north in 2019."]])  # fmt: skip
    )


def library() -> Library:
    return Library([
        LibrarySource("news", FLOOD, 1, "2024-03-05", url=FLOOD_URL),
        LibrarySource("gov", OTHER, 1, "2024-03-06", url=OTHER_URL),
    ])  # fmt: skip


def read(tmp_path: Path, word: WordDraft, name: str = "draft.docx") -> Draft:
    return read_draft(word.save(tmp_path / name))


def test_prose_is_the_paragraphs_in_document_order(tmp_path: Path) -> None:
    draft = read(tmp_path, word_draft())
    assert draft.kind == "docx"
    assert draft.text == draft.original == (
        "The flood in the valley\n\n"
        "The flood in the valley killed 185 people, says the report.\n\n"
        "The flood in the valley killed 120 people, officials said on Tuesday.\n\n"
        "Rescue teams worked through the night.\n\n"
        "The earthquake destroyed 300 bridges in the north in 2019."
    )
    assert [draft.text[s:e] for s, e in draft.paragraphs or []] == draft.text.split("\n\n")


def test_same_sentences_and_verdicts_as_the_same_text_in_markdown(tmp_path: Path) -> None:
    word = review_draft(read(tmp_path, word_draft()), library())
    markdown = review_draft(parse_draft(MARKDOWN, kind="markdown"), library())

    def sentences(review: Review) -> list[str]:
        return [" ".join(review.draft.text[s:e].split()) for s, e in review.sentences]

    assert sentences(word) == sentences(markdown)
    assert len(word.sentences) == 5
    got = [(c.text, c.status, [x.as_dict() for x in c.cited]) for c in word.claims]
    assert got == [(c.text, c.status, [x.as_dict() for x in c.cited]) for c in markdown.claims]
    assert [c.status for c in word.claims] == [
        ReviewStatus.DISPUTED, ReviewStatus.DISPUTED, ReviewStatus.UNSUPPORTED
    ]


def test_offsets_point_into_the_draft_as_read(tmp_path: Path) -> None:
    draft = read(tmp_path, word_draft())
    review = review_draft(draft, library())
    for claim in review.claims:
        assert " ".join(draft.original[claim.start:claim.end].split()) == claim.text
    first = review.claims[0]
    assert draft.original[first.start:first.end] == (
        "The flood in the valley killed 185 people, says the report."
    )


def test_hyperlink_is_a_citation_and_its_source_is_checked_first(tmp_path: Path) -> None:
    draft = read(tmp_path, word_draft())
    (citation,) = draft.citations
    assert draft.text[citation.start:citation.end] == "the report"
    assert citation.target == FLOOD_URL
    claim = review_draft(draft, library()).claims[0]
    assert [c.as_dict() for c in claim.cited] == [
        {"target": FLOOD_URL, "source": "news", "status": "contradicted"}
    ]
    # The cited source comes first although the other one supports the claim word for word.
    assert claim.evidence[0].source == "news" and claim.evidence[0].cited
    assert {e.source: e.status for e in claim.evidence} == {"news": "contradicted", "gov": "ok"}


@pytest.mark.parametrize("how", ["hyperlink", "field", "complex"])
def test_every_kind_of_word_link_is_a_citation(tmp_path: Path, how: str) -> None:
    word = WordDraft().paragraph("It killed ", Link("120 people", OTHER_URL, how), " in all.")
    draft = read(tmp_path, word)
    assert draft.text == "It killed 120 people in all."
    assert [(draft.text[c.start:c.end], c.target) for c in draft.citations] == [
        ("120 people", OTHER_URL)
    ]


def test_links_within_the_document_are_not_citations() -> None:
    assert field_url(' HYPERLINK \\l "_Toc123" ') == ""
    assert field_url(' PAGEREF _Toc123 \\h ') == ""
    assert field_url('HYPERLINK "https://a.example/x" \\o "tip"') == "https://a.example/x"
    assert field_url('HYPERLINK https://a.example/y') == "https://a.example/y"


def test_a_link_in_a_table_cell_and_a_nested_table(tmp_path: Path) -> None:
    word = WordDraft().table([["Year", ("Killed ", Link("120 people", FLOOD_URL), ".")]])
    inner = word.document.tables[0].cell(0, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).paragraphs[0].add_run("Nested cell.")
    draft = read(tmp_path, word)
    assert draft.text == "Year\n\nNested cell.\n\nKilled 120 people."
    assert [draft.text[c.start:c.end] for c in draft.citations] == ["120 people"]


def test_merged_cells_are_read_once(tmp_path: Path) -> None:
    word = WordDraft().table([["", ""], ["Below.", "Right."]])
    table = word.document.tables[0]
    table.cell(0, 0).merge(table.cell(0, 1)).paragraphs[0].add_run("Across both columns.")
    assert read(tmp_path, word).text == "Across both columns.\n\nBelow.\n\nRight."


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    word = WordDraft().paragraph("The flood killed ", Deleted("150"), Inserted("120"), " people.")
    assert read(tmp_path, word).text == "The flood killed 120 people."


def test_no_sentence_runs_across_paragraphs(tmp_path: Path) -> None:
    # In Markdown the number after the blank line would continue the sentence before it.
    word = WordDraft().table([["Deaths in the valley"], ["120"]]).paragraph("it rained.")
    draft = read(tmp_path, word)
    assert [draft.text[s.start:s.end] for s in draft_sentences(draft)] == [
        "Deaths in the valley", "120", "it rained."
    ]
    as_markdown = parse_draft(draft.text, kind="markdown")
    assert len(draft_sentences(as_markdown)) == 1


WORDS = st.text(alphabet="abcdefghij KLMNOP,.;0123456789", min_size=1, max_size=40)


@settings(max_examples=30, deadline=None)
@given(paragraphs=st.lists(st.tuples(WORDS, WORDS, WORDS), min_size=1, max_size=5))
def test_links_and_paragraphs_stand_at_their_true_offsets(
    paragraphs: list[tuple[str, str, str]],
) -> None:
    word = WordDraft()
    for before, label, after in paragraphs:
        word.paragraph(before, Link(label, "https://a.example/" + str(len(label))), after)
    got = read_word(word.data(), name="draft.docx")
    kept = [p for p in paragraphs if "".join(p).strip()]
    assert [got.text[s:e] for s, e in got.paragraphs] == ["".join(p) for p in kept]
    assert got.text == "\n\n".join("".join(p) for p in kept)
    labels = [label for _, label, _ in kept if label.strip()]
    assert [got.text[link.start:link.end] for link in got.links] == labels


# --- bad input ---------------------------------------------------------------------------------


@functools.cache
def _valid() -> bytes:
    return word_draft().data()


BAD = {
    "plain text renamed": (lambda: b"The flood killed 120 people.\n", "not a Word document"),
    "cut short": (lambda: _valid()[:2000], "cut short"),
    "corrupt member": (
        lambda: repackaged(_valid(), replace={"word/document.xml": b"<w:document><w:body"}),
        "not a readable Word document",
    ),
    "no Word part": (
        lambda: repackaged(_valid(), replace={"[Content_Types].xml": None}),
        "not a readable Word document",
    ),
    "a workbook": (
        lambda: repackaged(_valid(), replace={"[Content_Types].xml": _content_types(
            b"spreadsheetml.sheet.main+xml")}),
        "an Excel workbook",
    ),
    "mangled relationships": (
        lambda: repackaged(_valid(), replace={"_rels/.rels": b'<Relationship xmlns="%s"/>' % (
            b"http://schemas.openxmlformats.org/package/2006/relationships")}),
        "not a readable Word document",
    ),
    "no body": (
        lambda: repackaged(_valid(), replace={"word/document.xml": b'<w:document xmlns:w="%s"/>'
                                              % W_NAMESPACE}),
        "it has no body",
    ),
    "a password-protected member": (lambda: _encrypted_member(_valid()), "needs a password"),
    "encrypted": (encrypted_docx, "needs a password"),
    "Word 97-2003": (legacy_doc, "Word 97-2003"),
    "no bytes": (lambda: b"", "the draft is empty"),
    "no text": (lambda: WordDraft().data(), "the draft has no text"),
}


W_NAMESPACE = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _encrypted_member(data: bytes) -> bytes:
    """The package with its members flagged as encrypted (bit 0 of each central directory
    entry's flags, at offset 8 after its signature), as a password-protected zip has them."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        out[at + 8] |= 0x1
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def _content_types(main: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_valid())) as package:
        types = package.read("[Content_Types].xml")
    return types.replace(b"wordprocessingml.document.main+xml", main)


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_docx_is_one_input_error(tmp_path: Path, case: str) -> None:
    make, fragment = BAD[case]
    path = tmp_path / "draft.docx"
    path.write_bytes(make())
    with pytest.raises(InputError) as raised:
        read_draft(path)
    message = raised.value.message
    assert fragment in message and "\n" not in message and str(path) in message


def test_size_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = word_draft().save(tmp_path / "draft.docx")
    monkeypatch.setattr("factbase.sources.drafts.MAX_DRAFT_BYTES", 1000)
    with pytest.raises(InputError, match="larger than 1,000 bytes"):
        read_draft(path)
    monkeypatch.setattr("factbase.sources.drafts.MAX_DRAFT_BYTES", MAX_DRAFT_BYTES)
    monkeypatch.setattr("factbase.sources.word.MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(InputError, match="unpacks to more than 1,000 bytes"):
        read_draft(path)
    assert MAX_UNPACKED_BYTES > MAX_DRAFT_BYTES
    # Text compresses well: a small file can hold more text than a draft may have.
    long = WordDraft().paragraph("The flood in the valley killed 120 people. " * 5000)
    path = long.save(tmp_path / "long.docx")
    monkeypatch.setattr("factbase.sources.word.MAX_UNPACKED_BYTES", MAX_UNPACKED_BYTES)
    monkeypatch.setattr("factbase.sources.drafts.MAX_DRAFT_BYTES", 100_000)
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match="text is larger than 100,000 bytes"):
        read_draft(path)


def _damaged(seed: int) -> bytes:
    """A draft with one member, or the package itself, damaged: bytes changed, cut or inserted
    (a changed member is packed again, so its checksum holds and the damage reaches the XML)."""
    rng = random.Random(seed)
    data = _valid()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        name = rng.choice([*names, "the package"])
        content = bytearray(data if name == "the package" else package.read(name))
    for _ in range(rng.randint(1, 4)):
        at, op = rng.randrange(len(content) + 1), rng.random()
        if op < 0.3:
            content[min(at, len(content) - 1)] = rng.randrange(256)
        elif op < 0.6:
            del content[at:at + rng.randint(1, 30)]
        else:
            content[at:at] = rng.choice([b"<w:p>", b"</w:p>", b"<w:r>", b'"', b"<", b"&#0;"])
    if name == "the package":
        return bytes(content)
    return repackaged(data, replace={name: bytes(content)})


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_damaged_docx_is_read_or_refused_never_a_crash(seed: int) -> None:
    try:
        read_word(_damaged(seed), name="damaged.docx")
    except InputError as exc:
        assert "damaged.docx" in exc.message and "\n" not in exc.message
