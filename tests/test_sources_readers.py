"""Reading plain text, Markdown and web pages: encodings, mojibake, main text and metadata."""

from __future__ import annotations

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
from fixtures.documents import render_html
from ftfy import fix_text
from hypothesis import given, settings
from hypothesis import strategies as st

from factbase.errors import InputError
from factbase.sources.decoding import _mojibake_config, decode, fix_mojibake
from factbase.sources.readers import (
    kind_for_content_type,
    kind_for_suffix,
    read_document,
    read_plain,
)
from factbase.sources.webpage import iso_date, read_html


def mojibake(text: str) -> str:
    """``text`` as it looks when its UTF-8 bytes are read as windows-1252 (as browsers read it:
    the five bytes windows-1252 leaves undefined become the C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())


FRENCH = "Le conseil a publié un rapport sur l’exploitation de 1 400 enfants – « un échec ».\n"


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (FRENCH, "utf-8", "utf-8"),
        (FRENCH, "cp1252", "cp1252"),
        ("Le conseil a publié un rapport sur 1 400 enfants.\n", "latin-1", "cp1252"),
        ("Der Stadtrat ist zurückgetreten – nach dem Bericht über 1.400 Kinder. Größe.\n",
         "cp1252", "cp1252"),
        ("Совет Ротерема подал в отставку после доклада о 1400 детях. Это был шок.\n",
         "cp1251", "cp1251"),
        ("Совет Ротерема подал в отставку после доклада о 1400 детях. Это был шок.\n",
         "koi8_r", "koi8-r"),
        (FRENCH, "utf-16", "utf-16"),
    ],
    ids=["utf-8", "cp1252", "latin-1", "german", "cp1251", "koi8-r", "utf-16-bom"],
)
def test_decode_detects_legacy_encodings(text: str, encoding: str, expected: str) -> None:
    decoded, found = decode(text.encode(encoding), name="x.txt")
    assert decoded.removeprefix("\ufeff") == text
    assert found == expected


def test_bytes_without_a_mark_are_never_read_as_utf16() -> None:
    # Detection may guess UTF-16 for odd bytes; without a byte-order mark or NUL bytes that
    # would turn the ASCII letters into CJK characters. Only ASCII-compatible readings count.
    text, encoding = decode(b"abc\x81\x8d def\n", name="odd.txt")
    assert text.startswith("abc") and text.endswith(" def\n")
    assert not encoding.startswith("utf")


def test_declared_encoding_wins_over_detection() -> None:
    data = "Ålesund – 1 400 barn".encode("cp1252")
    assert decode(data, name="x", declared="windows-1252") == ("Ålesund – 1 400 barn", "cp1252")
    # An encoding that cannot decode the bytes is ignored.
    assert decode(data, name="x", declared="ascii")[1] == "cp1252"


def test_utf8_bom_is_dropped_and_recorded_as_utf8() -> None:
    doc = read_plain(b"\xef\xbb\xbfHello 1,400.\r\nBye.\r\n", name="x.txt")
    assert doc.text == "Hello 1,400.\nBye.\n"
    assert doc.encoding == "utf-8-sig"
    assert doc.repairs == []


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary file"):
        read_plain(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="image.txt")


def test_mojibake_is_repaired_and_recorded() -> None:
    broken = mojibake("Rotherham’s council said “no” – £5 café")
    assert broken.startswith("Rotherhamâ€™s")
    doc = read_plain(broken.encode("utf-8"), name="x.txt")
    assert doc.text == "Rotherham’s council said “no” – £5 café"
    assert doc.repairs == ["repaired mojibake"]


def test_mojibake_repair_leaves_clean_text_alone() -> None:
    for source_id in CORPUS_BY_ID:
        text = corpus_text(source_id)
        assert fix_mojibake(text) == (text, False), source_id
    # Quotes, dashes, ligatures and full-width forms are the source's own: kept.
    kept = "“quoted” ‘single’ – — ﬁnal １２"
    assert fix_mojibake(kept) == (kept, False)


LINES = st.sampled_from([
    "Plain ASCII, 1,400 children.", "", "   ", "Rotherham’s “report” – £5 café",
    mojibake("Rotherham’s “report” – £5 café"), mojibake("Le conseil a publié"), "ﬁnal １２",
    "a\x85b\x93c", "\x1b[31mred\x1b[0m", "tab\there", "cr\r",
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=12)), max_size=8), st.booleans())
def test_mojibake_repair_line_by_line_is_ftfy_on_the_whole(lines: list[str], end: bool) -> None:
    text = "\n".join(lines) + ("\n" if end else "")
    fixed = fix_text(text, _mojibake_config())
    assert fix_mojibake(text) == (fixed, fixed != text)


@pytest.mark.database
def test_cli_add_legacy_file_records_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "rapport.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    (info,) = invoke_json(["source", "add", path])
    assert info["encoding"] == "cp1252"
    assert info["repairs"] == ["converted from cp1252"]
    assert info["chars"] == len(FRENCH)
    # The raw bytes are kept, because the stored text is not them.
    assert info["raw_bytes"] == len(FRENCH.encode("cp1252"))


@pytest.mark.database
def test_cli_add_utf8_text_keeps_no_separate_raw_copy(tmp_path: Path) -> None:
    path = tmp_path / "star.txt"
    path.write_text(corpus_text("star"), "utf-8")
    (info,) = invoke_json(["source", "add", path])
    assert info["encoding"] == "utf-8"
    assert info["raw_bytes"] is None
    assert info["content_type"] == "text/plain"


# --- kinds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "data", "kind"),
    [
        (".txt", b"x", "text"),
        (".md", b"# x", "markdown"),
        (".HTML", b"<p>x", "html"),
        (".htm", b"<p>x", "html"),
        (".pdf", b"%PDF-1.4", "pdf"),
        ("", b"x", "text"),
        (".download", b"%PDF-1.7\n", "pdf"),
        (".php", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (".dat", b"plain words", "text"),
    ],
)
def test_kind_for_suffix(suffix: str, data: bytes, kind: str) -> None:
    assert kind_for_suffix(suffix, data) == kind


@pytest.mark.parametrize(
    ("content_type", "data", "kind"),
    [
        ("text/html; charset=utf-8", b"<p>", "html"),
        ("application/xhtml+xml", b"<p>", "html"),
        ("application/pdf", b"%PDF-1.4", "pdf"),
        ("text/plain", b"x", "text"),
        ("text/markdown", b"x", "markdown"),
        ("text/html", b"%PDF-1.4", "pdf"),
        ("application/octet-stream", b"%PDF-1.4", "pdf"),
        ("", b"<!doctype html><html>", "html"),
        ("application/octet-stream", b"\x00\x01", None),
        ("image/png", b"\x89PNG", None),
        ("application/json", b"{}", None),
    ],
)
def test_kind_for_content_type(content_type: str, data: bytes, kind: str | None) -> None:
    assert kind_for_content_type(content_type, data) == kind


# --- web pages ---------------------------------------------------------------------------------


def star_page(**kwargs: object) -> bytes:
    meta = CORPUS_BY_ID["star"]
    options: dict[str, object] = {
        "title": meta["title"], "publisher": meta["publisher"], "published": meta["published"]
    }
    options.update(kwargs)
    return render_html(corpus_text("star"), **options)  # type: ignore[arg-type]


def test_html_main_text_without_navigation_sidebar_or_footer() -> None:
    doc = read_html(star_page(), name="star.html")
    assert doc.kind == "html" and doc.content_type == "text/html"
    assert "Coun Roger Stone resigned this afternoon" in doc.text
    for boilerplate in ("Contact us", "Most read", "Weather warning", "All rights reserved"):
        assert boilerplate not in doc.text
    # One paragraph per <p>, separated by a blank line; white space folded inside.
    assert "\n\nCoun Roger Stone resigned this afternoon after the investigation" in doc.text
    assert "  " not in doc.text


def test_html_metadata_from_the_page() -> None:
    doc = read_html(
        star_page(author="Ilka Smith", canonical="https://www.thestar.co.uk/news/1400"),
        name="star.html",
    )
    assert doc.title == "VIDEO: 1,400 children sexually abused in Rotherham"
    assert doc.author == "Ilka Smith"
    assert doc.publisher == "The Star"
    assert doc.published == "2014-08-26"
    assert doc.url == "https://www.thestar.co.uk/news/1400"


def test_html_partial_date_keeps_its_precision() -> None:
    # A month is a month: not the 1st, and not today's day of the month.
    assert read_html(star_page(published="2014-10"), name="x").published == "2014-10"
    assert read_html(star_page(published="2014"), name="x").published == "2014"


def test_html_date_from_json_ld_and_time_elements() -> None:
    body = "<p>" + "The council published its report on 1,400 children today. " * 5 + "</p>"
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Site"}, {"@type": "NewsArticle", "headline": "Report", '
        '"datePublished": "2014-08-26T10:15:00+01:00", "author": {"@type": "Person", '
        '"name": "Jo Bloggs"}, "publisher": {"@type": "Organization", "name": "The Paper"}}]}'
        "</script>"
    )
    doc = read_html(f"<html><head>{ld}</head><body>{body}</body></html>".encode(), name="x")
    assert (doc.published, doc.author, doc.publisher) == ("2014-08-26", "Jo Bloggs", "The Paper")
    timed = f'<html><body><article><time itemprop="datePublished" datetime="2014-09-01">' \
        f"1 Sept</time>{body}</article></body></html>"
    assert read_html(timed.encode(), name="x").published == "2014-09-01"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-08-26T10:15:00Z", "2014-08-26"),
        ("2014-8-6", "2014-08-06"),
        ("2014/08/26", "2014-08-26"),
        ("2014-10", "2014-10"),
        ("2014", "2014"),
        ("26 August 2014", None),
        ("2014-13-01", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_html_in_a_legacy_encoding_declared_in_a_meta_tag() -> None:
    text = FRENCH * 10
    page = render_html(text, title="Conseil – rapport", charset="cp1252")
    doc = read_html(page, name="fr.html")
    assert doc.encoding == "cp1252"
    assert doc.title == "Conseil – rapport"
    assert FRENCH.strip() in doc.text


def test_html_undeclared_legacy_encoding_is_detected() -> None:
    page = render_html(FRENCH * 10, title="Conseil – rapport", charset="cp1252",
                       declare_charset=False)
    doc = read_html(page, name="fr.html")
    assert doc.encoding == "cp1252"
    assert FRENCH.strip() in doc.text


def test_html_mojibake_is_repaired() -> None:
    text = mojibake(corpus_text("star"))  # read once with the wrong encoding
    page = render_html(text, title="VIDEO", charset="utf-8")
    doc = read_html(page, name="x")
    assert "Ms Jay’s report" in doc.text
    assert "â€" not in doc.text
    assert "repaired mojibake" in doc.repairs


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>x</title></head><body></body></html>",
        b'<html><head><script src="/app.js"></script></head><body><div id="root"></div>'
        b"<noscript>Please enable JavaScript.</noscript></body></html>",
        b"   \n  ",
    ],
    ids=["empty-body", "javascript-only", "blank"],
)
def test_html_without_extractable_text_is_refused(page: bytes) -> None:
    with pytest.raises(InputError, match="no article text|empty file"):
        read_html(page, name="page.html")


def test_read_document_dispatches_on_kind() -> None:
    assert read_document(b"# Title\n\nText.", kind="markdown", name="x.md").kind == "markdown"
    with pytest.raises(InputError, match="unknown kind"):
        read_document(b"x", kind="docx", name="x.docx")


# --- through the command line ------------------------------------------------------------------


@pytest.mark.database
def test_cli_add_html_file_uses_the_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "star.html"
    path.write_bytes(star_page(author="Ilka Smith", canonical="https://example.org/star"))
    (info,) = invoke_json(["source", "add", path])
    assert info["id"] == "star"
    assert info["kind"] == "html"
    assert info["title"] == "VIDEO: 1,400 children sexually abused in Rotherham"
    assert (info["author"], info["publisher"], info["published"]) == (
        "Ilka Smith", "The Star", "2014-08-26"
    )
    assert info["url"] == "https://example.org/star"
    assert info["final_url"] is None
    assert info["raw_bytes"] == path.stat().st_size
    # "Last January" resolves against the page's own date.
    check = invoke_json(
        ["check", "In January 2014 Martin Kimber appeared before the Home Affairs Select "
         "Committee.", "--source", "star"]
    )  # fmt: skip
    assert check["status"] == "ok", check


@pytest.mark.database
def test_cli_options_win_over_the_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "star.html"
    path.write_bytes(star_page(author="Ilka Smith"))
    (info,) = invoke_json(
        ["source", "add", path, "--title", "Mine", "--author", "Me", "--publisher", "P",
         "--published", "2015"]
    )  # fmt: skip
    assert (info["title"], info["author"], info["publisher"], info["published"]) == (
        "Mine", "Me", "P", "2015"
    )


@pytest.mark.database
def test_cli_add_empty_html_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_bytes(b'<html><body><div id="root"></div><script>go()</script></body></html>')
    assert_usage_error(invoke(["source", "add", path]), "no article text", "app.html")
    assert stored_sources() == []


@pytest.mark.database
def test_cli_refresh_rereads_an_html_file(tmp_path: Path) -> None:
    path = tmp_path / "star.html"
    path.write_bytes(star_page())
    invoke_json(["source", "add", path])
    assert invoke_json(["source", "refresh", "star"])[0]["status"] == "unchanged"
    # A change in the page's boilerplate only is not a change of the source text.
    path.write_bytes(star_page().replace(b"Weather warning", b"Snow warning"))
    assert invoke_json(["source", "refresh", "star"])[0]["status"] == "unchanged"
    path.write_bytes(star_page().replace(b"this afternoon", b"this morning"))
    assert invoke_json(["source", "refresh", "star"])[0] == {
        "source_id": "star", "status": "changed", "version": 2, "detail": None
    }


@pytest.mark.database
def test_cli_show_lists_versions(tmp_path: Path) -> None:
    path = tmp_path / "rapport.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    invoke_json(["source", "add", path])
    shown = invoke(["source", "show", "rapport"])
    assert shown.exit_code == 0, shown.output
    assert "versions" in shown.stdout
    assert "cp1252" in shown.stdout
    assert "converted from cp1252" in shown.stdout
