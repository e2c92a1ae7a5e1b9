"""``review``, ``check`` without a source and ``add --source auto`` on the bundled corpus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import add_corpus, assert_usage_error, invoke, invoke_json
from fixtures.word import Link, WordDraft, encrypted_docx

from factbase.sources.drafts import read_draft

pytestmark = pytest.mark.database

DRAFT = Path(__file__).parent / "fixtures" / "review_draft.md"
# The verdict of each claim of the draft, in draft order: the golden review of the corpus.
GOLDEN = [
    ("At least 1,500 children were sexually exploited", "contradicted"),
    ("Roger Stone, the Rotherham Borough Council leader", "supported"),
    ("Five men were convicted", "supported"),
    ("The review concluded that at least 1,400 children", "supported"),
    ("The inquiry was commissioned by the council in 2010", "contradicted"),
    ("Cllr Paul Larkin said", "supported"),
    ("The council's chief executive said", "unsupported"),
]


def test_golden_review_of_the_bundled_corpus() -> None:
    add_corpus()
    doc = invoke_json(["review", DRAFT], exit_code=1)
    got = [(c["text"], c["status"]) for c in doc["claims"]]
    assert len(got) == len(GOLDEN)
    for (text, status), (start, expected) in zip(got, GOLDEN, strict=True):
        assert text.startswith(start) and status == expected, (text, status)
    original = DRAFT.read_text("utf-8")
    stone = doc["claims"][1]
    assert original[stone["start"]:stone["end"]].endswith("(star) was published.")
    assert stone["cited"] == [{"target": "star", "source": "star", "status": "missing"}]
    assert {e["source"] for e in stone["evidence"] if e["status"] == "ok"} >= {"timeline"}
    commissioned = doc["claims"][4]["evidence"]
    assert {d["source"] for e in commissioned for d in e["differences"]} >= {
        "October 2013", "September 2013"
    }
    assert doc["counts"] == {"supported": 4, "contradicted": 2, "disputed": 0, "unsupported": 1}


def test_exit_codes_and_fail_on(tmp_path: Path) -> None:
    add_corpus()
    good = tmp_path / "good.txt"
    good.write_text("Five men were convicted for sexual offences against girls in 2010.\n")
    assert invoke(["review", good]).exit_code == 0
    assert invoke(["review", DRAFT, "--fail-on", "disputed"]).exit_code == 0
    assert invoke(["review", DRAFT, "--fail-on", "unsupported"]).exit_code == 1
    assert_usage_error(invoke(["review", DRAFT, "--fail-on", "wrong"]), "--fail-on")
    assert_usage_error(invoke(["review", tmp_path / "nope.md"]), "no such file")
    odd = tmp_path / "draft.pdf"
    odd.write_bytes(b"%PDF-1.4")
    assert_usage_error(invoke(["review", odd]), "cannot review")


def test_human_view_shows_every_sentence_and_passages() -> None:
    add_corpus()
    result = invoke(["review", DRAFT])
    assert result.exit_code == 1
    out = result.stdout
    assert "Rotherham: what the inquiry found" in out  # a sentence that is not a claim
    assert "[contradicted] The inquiry was commissioned by the council in 2010." in out
    assert "Professor Alexis Jay OBE was commissioned" in out
    assert "7 claims: 4 supported, 2 contradicted, 0 disputed, 1 unsupported" in out


def test_check_without_source_searches_every_source() -> None:
    add_corpus()
    five = "Five men were convicted for sexual offences against girls in 2010."
    doc = invoke_json(["check", five])
    assert doc["status"] == "supported"
    assert doc["evidence"][0]["source"] == "timeline"
    bad = invoke_json(["check", "The inquiry was commissioned by the council in 2010."],
                      exit_code=1)  # fmt: skip
    assert bad["status"] == "contradicted"
    # With --source, check is what it always was.
    one = invoke_json(["check", "Five men were convicted in 2010.", "-s", "timeline"])
    assert one["status"] == "ok" and one["source"] == "timeline"


def test_add_source_auto_stores_the_best_supporting_source() -> None:
    add_corpus()
    doc = invoke_json(["add", "Five men were convicted for sexual offences against girls in 2010.",
                       "--source", "auto"])  # fmt: skip
    assert doc["stored"] and doc["source"] == "timeline"
    listed = invoke_json(["list"])
    assert [(c["id"], c["source"]) for c in listed] == [(doc["claim_id"], "timeline")]
    refused = invoke_json(["add", "The earthquake destroyed 300 bridges in the north in 2019.",
                           "--source", "auto"], exit_code=1)  # fmt: skip
    assert refused["stored"] is False and invoke_json(["list"]) == listed


def test_review_runs_as_a_module(tmp_path: Path) -> None:
    add_corpus()
    done = subprocess.run(
        [sys.executable, "-m", "factbase", "review", str(DRAFT), "--json"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1, done.stderr
    assert len(json.loads(done.stdout)["claims"]) == len(GOLDEN)


def test_html_report_is_self_contained(tmp_path: Path) -> None:
    add_corpus()
    page = tmp_path / "report.html"
    invoke(["review", DRAFT, "--html", page])
    html = page.read_text("utf-8")
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert "src=" not in html
    assert html.count("<mark ") == len(GOLDEN)
    assert 'data-status="contradicted"' in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_html_report_in_headless_chromium(tmp_path: Path) -> None:
    """The page renders in a real browser, the highlights stand on the claims' words, and a
    selected claim shows its passages."""
    add_corpus()
    page = tmp_path / "report.html"
    invoke(["review", DRAFT, "--html", page])
    probe = tmp_path / "probe.html"
    html = page.read_text("utf-8")
    check = (
        "<script>window.addEventListener('load',()=>{"
        "const ms=[...document.querySelectorAll('mark')];"
        "document.getElementById('c4').click();"
        "const p=document.getElementById('panel').innerText;"
        "document.title=JSON.stringify({marks:ms.map(m=>[m.dataset.status,m.textContent]),"
        "visible:ms.every(m=>m.getBoundingClientRect().width>0),panel:p.slice(0,2000)});"
        "});</script>"
    )
    probe.write_text(html.replace("</body>", check + "</body>"), "utf-8")
    common = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              f"--user-data-dir={tmp_path / 'profile'}"]  # fmt: skip
    dom = subprocess.run([*common, "--dump-dom", probe.as_uri()], capture_output=True,
                         text=True, timeout=120, check=False)  # fmt: skip
    title = dom.stdout.split("<title>", 1)[1].split("</title>", 1)[0]
    import html as html_lib

    state = json.loads(html_lib.unescape(title))
    assert state["visible"]
    marks = state["marks"]
    assert [m[0] for m in marks] == [status for _, status in GOLDEN]
    for (_status, words), (start, _) in zip(marks, GOLDEN, strict=True):
        assert words.startswith(start), words
    assert "October 2013" in state["panel"] and "contradicted" in state["panel"]
    shot = tmp_path / "review.png"
    subprocess.run([*common, f"--screenshot={shot}", "--window-size=1280,900", page.as_uri()],
                   capture_output=True, timeout=120, check=False)  # fmt: skip
    assert shot.exists() and shot.stat().st_size > 10_000


def test_a_stored_review_says_what_changed_since(tmp_path: Path) -> None:
    add_corpus()
    draft = tmp_path / "draft.md"
    shutil.copy(DRAFT, draft)
    assert_usage_error(invoke(["review", draft, "--since"]), "no stored review")
    first = invoke_json(["review", draft, "--store"], exit_code=1)
    assert first["stored"] == 1 and "since" not in first
    same = invoke_json(["review", draft, "--since"], exit_code=1)
    assert same["since"]["review_id"] == 1 and same["since"]["changes"] == []
    assert same["since"]["draft_changed"] is False and same["since"]["unchanged"] == 7
    assert "stored" not in same
    draft.write_text(draft.read_text("utf-8").replace("1,500 children", "1,400 children"))
    edited = invoke_json(["review", draft, "--since", "--store"], exit_code=1)
    since = edited["since"]
    assert since["draft_changed"] is True and since["unchanged"] == 6
    assert {(c["before"], c["after"]) for c in since["changes"]} == {
        (None, "supported"), ("contradicted", None),
    }  # fmt: skip
    assert edited["stored"] == 2
    # The same file name read from elsewhere is the same draft.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(draft, elsewhere / "draft.md")
    again = invoke_json(["review", elsewhere / "draft.md", "--since"], exit_code=1)
    assert again["since"]["review_id"] == 2 and again["since"]["changes"] == []
    human = invoke(["review", draft, "--since"])
    assert "since review 2" in human.stdout and "0 changed, 7 the same" in human.stdout


def review_draft_in_word() -> WordDraft:
    """tests/fixtures/review_draft.md as a Word document: its heading, its paragraphs, and the
    link to ``star`` a hyperlink."""
    heading, *paragraphs = DRAFT.read_text("utf-8").split("\n\n")
    word = WordDraft().heading(heading.removeprefix("# "))
    for paragraph in paragraphs:
        before, link, after = paragraph.strip().partition("[Alexis Jay's report](star)")
        pieces = (before, Link("Alexis Jay's report", "star"), after) if link else (before,)
        word.paragraph(*pieces)
    return word


def test_a_word_draft_is_reviewed_as_its_markdown(tmp_path: Path) -> None:
    add_corpus()
    path = review_draft_in_word().save(tmp_path / "draft.docx")
    doc = invoke_json(["review", path], exit_code=1)
    markdown = invoke_json(["review", DRAFT], exit_code=1)
    assert doc["draft"] == str(path)
    assert doc["sentences"] == markdown["sentences"] and doc["counts"] == markdown["counts"]
    keys = ("text", "status", "cited", "independent")
    assert [{k: c[k] for k in keys} for c in doc["claims"]] == [
        {k: c[k] for k in keys} for c in markdown["claims"]
    ]
    original = read_draft(path).original
    for claim in doc["claims"]:
        assert " ".join(original[claim["start"]:claim["end"]].split()) == claim["text"]


def test_a_word_draft_citing_a_source_url(tmp_path: Path) -> None:
    flood = tmp_path / "flood.txt"
    flood.write_text("The flood in the valley killed 120 people, officials said on Tuesday.\n")
    other = tmp_path / "other.txt"
    other.write_text("The flood in the valley killed 185 people, the government said.\n")
    url = "https://news.example.org/2024/flood"
    for source, args in ((flood, ["--id", "news", "--url", url]), (other, ["--id", "gov"])):
        assert invoke(["source", "add", source, *args]).exit_code == 0
    path = (WordDraft().heading("The flood")
            .paragraph("The flood in the valley killed 185 people, says ", Link("the report", url),
                       ".")
            .save(tmp_path / "flood.docx"))  # fmt: skip
    doc = invoke_json(["review", path], exit_code=1)
    (claim,) = doc["claims"]
    assert claim["cited"] == [{"target": url, "source": "news", "status": "contradicted"}]
    assert claim["evidence"][0]["source"] == "news" and claim["evidence"][0]["cited"]
    assert claim["status"] == "disputed"
    said = read_draft(path).original[claim["start"]:claim["end"]]
    assert said == "The flood in the valley killed 185 people, says the report."


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"The flood killed 120 people.\n", "not a Word document"),
        (b"PK\x03\x04" + bytes(200), "not a Word document"),
        (encrypted_docx(), "encrypted Word document"),
        (WordDraft().data(), "the draft has no text"),
    ],
    ids=["plain text", "corrupt zip", "encrypted", "empty document"],
)
def test_a_bad_word_draft_exits_2_with_one_line(
    tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(content)
    assert_usage_error(invoke(["review", path]), fragment, "draft.docx")
    assert_usage_error(invoke(["review", path, "--json"]), fragment)
