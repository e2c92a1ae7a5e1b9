"""``export --format html`` and ``conflicts report --html``: self-contained pages, passages
highlighted, disputed values drawn; rendered in a real headless browser when one is installed."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from cli_support import add_source, assert_usage_error, copy_source, invoke

from factbase.publishing.plot import dot_plot, span

pytestmark = pytest.mark.database

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PASSAGE_YELLOW = (0xFF, 0xF3, 0xB0)  # mark.passage in factbase/publishing/html.py
FACT_PINK = (0xF9, 0xC6, 0xC0)  # mark.fact
# Anything that would make a browser fetch: scripts, stylesheets, images, frames, fonts, CSS urls.
FETCHES = re.compile(r"<script|<link|<img|<iframe|<object|<embed|\bsrc=|url\(|@import", re.I)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    assert invoke(["demo", "--keep", db]).exit_code == 0
    return db


def report_page(db: Path, tmp_path: Path) -> str:
    page = tmp_path / "report.html"
    result = invoke(["--db", db, "conflicts", "report", "--html", page, "--json"])
    assert result.exit_code == 1, result.output  # the demo corpus has conflicts
    return page.read_text("utf-8")


def test_conflicts_report_page_highlights_facts_and_plots_values(
    demo_db: Path, tmp_path: Path
) -> None:
    page = report_page(demo_db, tmp_path)
    assert not FETCHES.search(page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    groups = re.findall(r'<section class="group" id="([0-9a-f]{8})">(.*?)</section>', page, re.S)
    assert {g for g, _ in groups} == {"26f65745", "06ec127b", "c4f34769"}
    for _, body in groups:
        assert body.count("<svg") == 1 and len(re.findall(r'class="mark"', body)) >= 2
    facts = re.findall(r'<mark class="fact">([^<]+)</mark>', page)
    assert {"last October", "October 2013", "September 2013", "Last January"} <= set(facts)


def test_export_html_marks_passages_and_escapes_user_text(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    invoke(["add", "Laura Wilson, 19, was murdered in 2010.", "-s", "star", "--force"])
    invoke(["add", "<script>alert(1)</script> Laura Wilson was murdered.", "-s", "star",
            "--force"])  # fmt: skip
    result = invoke(["export", "--format", "html"])
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and not FETCHES.search(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count('<mark class="passage">') == 2
    # The value the source gives where the claim differs is marked inside the passage.
    assert 'in 2010 when <mark class="fact">17</mark> year old Laura Wilson' in page
    assert '<span class="status contradicted">contradicted</span>' in page
    assert "VIDEO: 1,400 children sexually abused in Rotherham" in page


def test_report_html_to_an_unwritable_path_is_one_line(demo_db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "r.html"
    assert_usage_error(
        invoke(["--db", demo_db, "conflicts", "report", "--html", missing, "--json"]),
        "cannot write",
    )


@pytest.mark.parametrize(
    "kind, value, expected",
    [
        ("number", "about 2,000", (2000.0, 2000.0)),
        ("number", "at least 1,400", (1400.0, 1400.0)),
        ("number", "2.5", (2.5, 2.5)),
        ("number", "more than a third", None),
        ("date", "2013", (2013.0, 2014.0)),
        ("date", "October 2013", (2013.75, 2013.75 + 1 / 12)),
        ("range", "15,000–30,000", (15000.0, 30000.0)),
        ("range", "1997–2013", (1997.0, 2013.0)),
        ("name", "Sheffield", None),
    ],
)
def test_values_are_placed_on_the_axis(
    kind: str, value: str, expected: tuple[float, float] | None
) -> None:
    got = span(kind, value)
    assert got == (pytest.approx(expected) if expected else None)


def test_no_plot_for_one_placeable_value() -> None:
    assert dot_plot("number", [("1,400", ["a"]), ("a third", ["b"])], title="t") == ""
    assert "<svg" in dot_plot("number", [("1,400", ["a"]), ("1,500", ["b"])], title="t")


# --- in a real browser -------------------------------------------------------------------------


def _browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def png_pixels(data: bytes) -> list[tuple[int, int, int]]:
    """The RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += length + 12
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows: list[bytearray] = []
    prev = bytearray(stride)
    for y in range(height):
        at = y * (stride + 1)
        f, line = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(line)
        prev = line
    return [tuple(r[i : i + 3]) for r in rows for i in range(0, stride, channels)]  # type: ignore[misc]


@pytest.mark.skipif(_browser() is None, reason="needs Chromium (apt-get install chromium)")
def test_report_renders_in_headless_chromium(demo_db: Path, tmp_path: Path) -> None:
    report_page(demo_db, tmp_path)
    browser = _browser()
    assert browser is not None
    url = (tmp_path / "report.html").as_uri()
    common = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
              f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1000,1400"]  # fmt: skip
    shot = tmp_path / "report.png"
    subprocess.run([*common, f"--screenshot={shot}", url], capture_output=True, timeout=120)
    dom = subprocess.run(
        [*common, "--dump-dom", url], capture_output=True, text=True, timeout=120
    ).stdout
    assert shot.stat().st_size > 10_000
    pixels = png_pixels(shot.read_bytes())
    assert len(pixels) == 1000 * 1400
    # The highlights were painted: whole runs of the passage and fact colours on screen.
    assert pixels.count(PASSAGE_YELLOW) > 2_000
    assert pixels.count(FACT_PINK) > 300
    assert dom.count("<svg") == 3 and dom.count('<mark class="fact">') >= 8
