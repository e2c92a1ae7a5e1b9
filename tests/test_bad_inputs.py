"""The bad-input battery: every input a careless or hostile user can give ends in one line on
stderr and exit 2, never a traceback, and leaves the database as it was and intact.

Inputs are generated here; URLs are served by a loopback server.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import (
    STAR_CLAIM,
    Rows,
    add_source,
    assert_usage_error,
    copy_source,
    corpus_text,
    db_rows,
    default_db,
    default_db_is_file,
    invoke,
    invoke_json,
)
from fixtures.server import LocalServer, Route, local_server

pytestmark = pytest.mark.database

BIG = 2**63  # one past the largest integer a database column holds


@pytest.fixture(scope="module")
def server() -> LocalServer:
    with local_server() as s:
        yield s  # type: ignore[misc]


def assert_intact(before: Rows) -> None:
    """Nothing stored, nothing changed, and the file passes SQLite's integrity check."""
    assert db_rows() == before
    if default_db_is_file():
        with sqlite3.connect(default_db()) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()


# --- generated inputs ---------------------------------------------------------------------------


def _write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _article() -> str:
    return corpus_text("star")


def _page(charset: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _article().split("\n") if p.strip())
    html = f'<html><head><meta charset="{charset}"><title>T</title></head><body><article>'
    html += f"{paragraphs}</article></body></html>"
    # Not UTF-8, so the declared charset is what decides.
    return html.encode("cp1252", "replace") + "é".encode("cp1252")


NAV_ONLY = (
    b"<html><head><title>News</title></head><body><header><nav><ul>"
    + b"".join(f'<li><a href="/{w}">{w} and more</a></li>'.encode() for w in ("Home", "News"))
    + b'</ul></nav></header><div class="menu"><a href="/login">Log in</a> | '
    b'<a href="/subscribe">Subscribe to the daily newsletter</a></div><footer><ul>'
    b'<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>'
    b"</ul></footer></body></html>"
)

FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "html-navigation-only": (lambda t: _write(t, "nav.html", NAV_ONLY), "only navigation"),
    "html-charset-rot13": (lambda t: _write(t, "r.html", _page("rot13")), ""),
    "html-charset-base64": (lambda t: _write(t, "b.html", _page("base64")), ""),
    "html-charset-zlib": (lambda t: _write(t, "z.html", _page("zlib_codec")), ""),
    "nul-after-8kb": (
        lambda t: _write(t, "late-nul.txt", (_article() * 4).encode() + b"\x00tail"), "binary"
    ),
    "utf16-le-no-bom": (lambda t: _write(t, "le.txt", _article().encode("utf-16-le")), "UTF-16"),
    "utf16-be-no-bom": (lambda t: _write(t, "be.txt", _article().encode("utf-16-be")), "UTF-16"),
}


@pytest.mark.parametrize("kind", FILES)
def test_bad_source_file(tmp_path: Path, star: Rows, kind: str) -> None:
    make, fragment = FILES[kind]
    path = make(tmp_path)
    result = invoke(["source", "add", path, "--json"])
    if fragment:
        assert path.name in assert_usage_error(result, fragment)
        assert_intact(star)
    else:
        # A transform declared as a charset is ignored and the encoding detected instead.
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)[0]["encoding"] == "cp1252"


def test_navigation_only_page_stored_when_forced(tmp_path: Path) -> None:
    path = _write(tmp_path, "nav.html", NAV_ONLY)
    assert "--force" in assert_usage_error(invoke(["source", "add", path]), "only navigation")
    stored = invoke_json(["source", "add", path, "--force"])
    assert stored[0]["kind"] == "html" and stored[0]["chars"] > 0


@pytest.mark.parametrize("charset", ["rot13", "base64", "hex", "no-such-charset"])
def test_url_declaring_a_non_text_charset(server: LocalServer, star: Rows, charset: str) -> None:
    url = server.route(
        f"/{charset}", Route(_page("x"), content_type=f"text/html; charset={charset}")
    )
    result = invoke(["source", "add", url, "--id", "web", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["encoding"] == "cp1252"


def _damaged_pdf() -> bytes:
    from test_fuzz import KNOWN_CRASHES, mutate

    return mutate(KNOWN_CRASHES[0])


URLS: dict[str, tuple[Route, str]] = {
    "damaged-pdf": (Route(b"", content_type="application/pdf"), "not a readable PDF"),
    "navigation-only": (Route(b""), "only navigation"),
    "utf16-without-bom": (
        Route(_article().encode("utf-16-le"), content_type="text/plain"), "UTF-16"
    ),
    "nul-in-text": (
        Route((_article() * 3).encode() + b"\x00", content_type="text/plain"), "binary"
    ),
}


@pytest.mark.parametrize("kind", URLS)
def test_bad_url(server: LocalServer, star: Rows, kind: str) -> None:
    route, fragment = URLS[kind]
    if kind == "damaged-pdf":
        route.body = _damaged_pdf()
    elif kind == "navigation-only":
        route.body = NAV_ONLY
    url = server.route(f"/bad/{kind}", route)
    assert url in assert_usage_error(invoke(["source", "add", url]), fragment)
    assert_intact(star)


IMPORTS: dict[str, tuple[str, bytes, str]] = {
    "deeply-nested-json": ("deep.jsonl", b'{"claim":' * 100_000 + b"\n", "nested too deeply"),
    "deeply-nested-value": (
        "deep2.jsonl",
        b'{"claim": "x", "source": "star", "topic": ' + b"[" * 100_000 + b"}\n",
        "nested too deeply",
    ),
    "lone-surrogate": (
        "sur.jsonl",
        b'{"claim": "Laura Wilson \\ud800 was murdered", "source": "star"}\n',
        "surrogate",
    ),
    "lone-surrogate-in-source": (
        "sur2.jsonl", b'{"claim": "x", "source": "st\\udc80ar"}\n', "surrogate"
    ),
    "claim-over-limit-jsonl": (
        "long.jsonl",
        json.dumps({"claim": "word " * 500, "source": "star"}).encode() + b"\n",
        "longer than 2000",
    ),
    "claim-over-limit-csv": (
        "long.csv", b"claim,source\n" + b"x" * 2001 + b",star\n", "longer than 2000"
    ),
    "nul-after-8kb": (
        "nul.csv", b"claim,source\n" + b"a claim,star\n" * 1000 + b"\x00,star\n", "binary"
    ),
    "utf16-without-bom": (
        "u16.csv", "claim,source\nLaura Wilson was murdered,star\n".encode("utf-16-le"), "UTF-16"
    ),
}


@pytest.mark.parametrize("kind", IMPORTS)
def test_bad_import_file(tmp_path: Path, star: Rows, kind: str) -> None:
    name, data, fragment = IMPORTS[kind]
    path = _write(tmp_path, name, data)
    assert name in assert_usage_error(invoke(["import", path]), fragment)
    assert_intact(star)


# --- bad arguments ------------------------------------------------------------------------------

NOT_UTF8 = "Laura Wilson \udcff was murdered"  # how Python hands over argv bytes not in UTF-8


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["show", str(BIG * 10**4)], "out of range"),
        (["show", "--", str(-BIG * 10**4)], "out of range"),
        (["remove", str(BIG)], "out of range"),
        (["verify", "1", str(BIG)], "out of range"),
        (["source", "diff", "star", "--from", str(BIG)], "out of range"),
        (["add", NOT_UTF8, "-s", "star"], "not valid UTF-8"),
        (["check", NOT_UTF8, "-s", "star"], "not valid UTF-8"),
        (["add", STAR_CLAIM, "-s", "star", "--topic", "t\udce9"], "not valid UTF-8"),
        (["list", "-s", "st\udcffar"], "not valid UTF-8"),
        (["source", "refresh", "star", "--timeout", "inf"], "not a finite number"),
        (["source", "refresh", "star", "--timeout", "nan"], "--timeout"),
        # Click's own usage errors, on one line.
        (["show", "abc"], "--help"),
        (["source", "show"], "Missing argument"),
        (["no-such-command"], "No such command"),
        (["list", "--no-such-option"], "No such option"),
    ],
)
def test_bad_argument(star: Rows, args: list[str], fragment: str) -> None:
    assert_usage_error(invoke(args), fragment)
    assert_intact(star)


def test_title_not_in_utf8(tmp_path: Path, star: Rows) -> None:
    path = copy_source(tmp_path, "lgc")
    assert_usage_error(
        invoke(["source", "add", path, "--title", "Bad \udcff title"]), "title", "not valid UTF-8"
    )
    assert_intact(star)


# --- bad database URLs and paths ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("foo://x/y", "unsupported database 'foo'"),
        ("mysql://user:secret@localhost/db", "unsupported database"),
        ("postgresql+nosuchdriver://user:secret@localhost/db", "cannot use the database URL"),
        ("post gres://user:secret@localhost/db", "not a valid database URL"),
        ("postgresql://user:secret@localhost:notaport/db", "not a valid database URL"),
        ("sqlite:///{tmp}/x.db?timeout=abc", "cannot use the database URL"),
        ("sqlite:///{tmp}/x.db?check_same_thread=maybe", "cannot use the database URL"),
    ],
)
def test_bad_database_url(tmp_path: Path, url: str, fragment: str) -> None:
    message = assert_usage_error(invoke(["--db", url.format(tmp=tmp_path), "init"]), fragment)
    assert "secret" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "name", ["a?b.db", "100%.db", "x%41y.db", "q?mode=ro&uri=true.db", "h#1.db"]
)
def test_database_path_names_exactly_that_file(tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    assert invoke(["--db", db, "init"]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    article = copy_source(tmp_path.parent, "star", f"{tmp_path.name}-star.txt")
    add_source(article, "star", "--db", str(db))
    assert [s["id"] for s in invoke_json(["--db", db, "source", "list"])] == ["star"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


# --- a database damaged where a command does not read --------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "args",
    [
        ["source", "add", "{article}", "--id", "lgc"],
        ["add", STAR_CLAIM, "-s", "star"],
        ["verify"],
        ["source", "refresh", "star"],
    ],
)
def test_write_into_a_corrupt_database_is_refused(
    tmp_path: Path, star: Rows, args: list[str]
) -> None:
    db = Path(default_db())
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # A page of an index that none of these commands reads or writes.
        (page,) = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'ix_verification_results_source_version_id'"
        ).fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xde\xad" * (size // 2))
    damaged = db.read_bytes()
    article = copy_source(tmp_path, "lgc")
    result = invoke([a.format(article=article) for a in args])
    assert_usage_error(result, "database is corrupt, nothing written", ".recover")
    assert db.read_bytes() == damaged
