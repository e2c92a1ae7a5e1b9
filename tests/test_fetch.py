"""Fetching sources over HTTP, against a server on 127.0.0.1 that the tests start: no test
reaches the internet."""

from __future__ import annotations

import json
from collections.abc import Iterator
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
from fixtures.documents import render_html, render_pdf
from fixtures.server import LocalServer, Route, local_server

from factbase.errors import InputError
from factbase.sources.fetch import FetchOptions, fetch, size_text

STAR = CORPUS_BY_ID["star"]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    # The command line honours proxy settings; none may send loopback traffic elsewhere.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with local_server() as s:
        yield s


def star_page(**changes: str) -> bytes:
    text = corpus_text("star")
    for old, new in changes.items():
        text = text.replace(old, new)
    return render_html(
        text, title=STAR["title"], publisher=STAR["publisher"], published=STAR["published"]
    )


# A page that shows its article only by running JavaScript.
APP_SHELL = (
    b'<!doctype html><html><head><title>News</title><script src="/app.js"></script></head>'
    b'<body><div id="root"></div><noscript>Enable JavaScript to read this article.</noscript>'
    b"</body></html>"
)

FAST = FetchOptions(timeout=5.0, max_bytes=2_000_000)


# --- fetch -------------------------------------------------------------------------------------


def test_fetch_follows_redirects_and_keeps_the_final_url(server: LocalServer) -> None:
    server.route("/article", Route(star_page()))
    server.route("/old", Route(status=301, headers={"Location": "/moved"}))
    server.route("/moved", Route(status=302, headers={"Location": server.url("/article")}))
    fetched = fetch(server.url("/old"), options=FAST)
    assert fetched.status == 200
    assert fetched.url == server.url("/old")
    assert fetched.final_url == server.url("/article")
    assert fetched.redirects == [server.url("/moved"), server.url("/article")]
    assert fetched.kind == "html"
    assert fetched.body == star_page()


def test_redirect_loop(server: LocalServer) -> None:
    server.route("/a", Route(status=302, headers={"Location": "/b"}))
    server.route("/b", Route(status=302, headers={"Location": "/a"}))
    with pytest.raises(InputError, match="redirect loop"):
        fetch(server.url("/a"), options=FAST)


def test_too_many_redirects(server: LocalServer) -> None:
    for i in range(5):
        server.route(f"/r{i}", Route(status=302, headers={"Location": f"/r{i + 1}"}))
    with pytest.raises(InputError, match="too many redirects"):
        fetch(server.url("/r0"), options=FetchOptions(max_redirects=3))


def test_not_found(server: LocalServer) -> None:
    with pytest.raises(InputError, match="HTTP 404 Not Found"):
        fetch(server.url("/missing"), options=FAST)


def test_server_error(server: LocalServer) -> None:
    server.route("/boom", Route(b"oops", status=503))
    with pytest.raises(InputError, match="HTTP 503"):
        fetch(server.url("/boom"), options=FAST)


def test_slow_response_times_out(server: LocalServer) -> None:
    server.route("/slow", Route(star_page(), delay=10.0))
    with pytest.raises(InputError, match=r"timed out after 0.3 s"):
        fetch(server.url("/slow"), options=FetchOptions(timeout=0.3))


@pytest.mark.parametrize(
    "content_type", ["image/png", "application/json", "application/zip", "video/mp4"]
)
def test_unsupported_content_type(server: LocalServer, content_type: str) -> None:
    server.route("/thing", Route(b"\x89PNG\r\n", content_type=content_type))
    with pytest.raises(InputError, match=f"unsupported content type {content_type}"):
        fetch(server.url("/thing"), options=FAST)


def test_generic_content_type_is_settled_by_the_bytes(server: LocalServer) -> None:
    server.route("/report", Route(render_pdf("Hello."), content_type="application/octet-stream"))
    server.route("/blob", Route(b"\x00\x01\x02", content_type="application/octet-stream"))
    assert fetch(server.url("/report"), options=FAST).kind == "pdf"
    with pytest.raises(InputError, match="unsupported content"):
        fetch(server.url("/blob"), options=FAST)


def test_too_large_by_content_length_is_refused_before_reading(server: LocalServer) -> None:
    server.route("/big", Route(b"<p>small</p>", declared_length=50_000_000))
    with pytest.raises(InputError, match=r"too large: .* is 47.7 MB, over the 1 MB limit"):
        fetch(server.url("/big"), options=FetchOptions(max_bytes=1024 * 1024))


def test_too_large_without_content_length_stops_reading(server: LocalServer) -> None:
    server.route("/stream", Route(b"<p>" + b"x" * 300_000 + b"</p>", no_length=True))
    with pytest.raises(InputError, match="over the 100 KB limit"):
        fetch(server.url("/stream"), options=FetchOptions(max_bytes=100 * 1024))


def test_connection_refused() -> None:
    with local_server() as s:
        url = s.url("/gone")
    with pytest.raises(InputError, match="cannot connect"):
        fetch(url, options=FetchOptions(timeout=2.0))


def test_not_a_url() -> None:
    with pytest.raises(InputError, match="not an http"):
        fetch("ftp://example.org/file.txt")


def test_size_text() -> None:
    assert size_text(50 * 1024 * 1024) == "50 MB"
    assert size_text(1536) == "2 KB"
    assert size_text(12) == "12 bytes"


# --- source add URL ----------------------------------------------------------------------------


@pytest.mark.database
def test_add_url_stores_text_raw_bytes_final_url_and_page_metadata(server: LocalServer) -> None:
    server.route("/news/rotherham-leader.html", Route(star_page()))
    server.route("/r", Route(status=302, headers={"Location": "/news/rotherham-leader.html"}))
    (info,) = invoke_json(["source", "add", server.url("/r")])
    assert info["id"] == "r"
    assert info["kind"] == "html"
    assert info["origin"] == server.url("/r")
    assert info["final_url"] == info["url"] == server.url("/news/rotherham-leader.html")
    assert info["title"] == STAR["title"]
    assert info["publisher"] == "The Star"
    assert info["published"] == "2014-08-26"
    assert info["content_type"] == "text/html"
    assert info["encoding"] == "utf-8"
    assert info["raw_bytes"] == len(star_page())
    assert info["read_at"]
    # The page's main text, without its navigation, sidebar or footer.
    shown = invoke(["source", "show", info["id"]])
    assert "final_url" in shown.stdout
    check = invoke_json(
        ["check", "At least 1,400 children were abused in Rotherham", "--source", "r"]
    )
    assert check["status"] == "ok"


@pytest.mark.database
def test_add_url_default_id_from_last_path_segment(server: LocalServer) -> None:
    url = server.route("/news/rotherham-leader.html", Route(star_page()))
    (info,) = invoke_json(["source", "add", url])
    assert info["id"] == "rotherham-leader"


@pytest.mark.database
def test_add_url_with_given_metadata(server: LocalServer) -> None:
    url = server.route("/a", Route(star_page()))
    (info,) = invoke_json(
        ["source", "add", url, "--id", "star", "--title", "T", "--published", "2014-08",
         "--url", "https://example.org/star", "--archive-url",
         "https://web.archive.org/web/2014/https://example.org/star"]
    )  # fmt: skip
    assert info["title"] == "T"
    assert info["published"] == "2014-08"
    assert info["url"] == "https://example.org/star"
    assert info["archive_url"] == "https://web.archive.org/web/2014/https://example.org/star"
    assert info["final_url"] == url


@pytest.mark.database
def test_add_bad_archive_url_is_refused(server: LocalServer) -> None:
    url = server.route("/a", Route(star_page()))
    assert_usage_error(invoke(["source", "add", url, "--archive-url", "not a url"]),
                       "--archive-url")
    assert stored_sources() == []


@pytest.mark.database
def test_add_pdf_url(server: LocalServer) -> None:
    url = server.route(
        "/report.pdf",
        Route(render_pdf(corpus_text("flw"), title="Rotherham – the report and responses"),
              content_type="application/pdf"),
    )
    (info,) = invoke_json(["source", "add", url])
    assert info["id"] == "report"
    assert info["kind"] == "pdf"
    assert info["pages"] == 3
    assert info["title"] == "Rotherham – the report and responses"


@pytest.mark.database
def test_add_legacy_encoded_page_from_its_http_header(server: LocalServer) -> None:
    page = render_html("Le conseil a publié un rapport sur l’exploitation de 1 400 enfants. " * 20,
                       title="Conseil – rapport", charset="cp1252", declare_charset=False)
    url = server.route("/fr", Route(page, content_type="text/html; charset=windows-1252"))
    (info,) = invoke_json(["source", "add", url])
    assert info["encoding"] == "cp1252"
    assert info["title"] == "Conseil – rapport"
    assert "converted from cp1252" in info["repairs"]


@pytest.mark.database
@pytest.mark.parametrize(
    ("route", "fragment"),
    [
        (Route(status=404), "HTTP 404"),
        (Route(b"{}", content_type="application/json"), "unsupported content type"),
        (Route(b"x", declared_length=10**9), "too large"),
        (Route(APP_SHELL), "no article text"),
    ],
    ids=["404", "json", "too-large", "empty-extraction"],
)
def test_add_url_errors_store_nothing(server: LocalServer, route: Route, fragment: str) -> None:
    url = server.route("/bad", route)
    message = assert_usage_error(invoke(["source", "add", url]), fragment)
    assert "/bad" in message
    assert stored_sources() == []


@pytest.mark.database
def test_add_url_timeout_and_loop_through_the_cli(server: LocalServer) -> None:
    slow = server.route("/slow", Route(star_page(), delay=10.0))
    assert_usage_error(invoke(["source", "add", slow, "--timeout", "0.3"]), "timed out")
    server.route("/loop", Route(status=302, headers={"Location": "/loop"}))
    assert_usage_error(invoke(["source", "add", server.url("/loop")]), "redirect loop")
    assert_usage_error(
        invoke(["source", "add", server.route("/big", Route(star_page())), "--max-size", "0.002"]),
        "too large",
    )
    assert stored_sources() == []


# --- refresh -----------------------------------------------------------------------------------


@pytest.mark.database
def test_refresh_refetches_and_a_changed_page_is_a_new_version(server: LocalServer) -> None:
    url = server.route("/star", Route(star_page()))
    invoke_json(["source", "add", url])
    claim = invoke_json(
        ["add", "Girls as young as 11 were raped by multiple perpetrators.", "--source", "star"]
    )
    assert claim["status"] == "ok"
    assert invoke_json(["source", "refresh", "star"])[0]["status"] == "unchanged"
    server.route("/star", Route(star_page(**{"girls as young as 11": "girls as young as 12"})))
    (result,) = invoke_json(["source", "refresh", "star"])
    assert (result["status"], result["version"]) == ("changed", 2)
    assert server.hits.count("/star") == 3
    diff = invoke_json(["source", "diff", "star"])
    (passage,) = diff["passages"]
    assert passage["status"] == "changed"
    assert [(c["deleted"], c["inserted"]) for c in passage["changes"]] == [("11", "12")]
    verify = invoke(["verify", "--json"])
    assert verify.exit_code == 1
    (checked,) = json.loads(verify.stdout)
    assert checked["status"] == "contradicted"
    assert checked["version"] == 2


@pytest.mark.database
def test_refresh_of_a_gone_page_marks_the_source_unavailable(server: LocalServer) -> None:
    url = server.route("/star", Route(star_page()))
    invoke_json(["source", "add", url])
    server.route("/star", Route(status=404))
    (result,) = invoke_json(["source", "refresh", "--all"])
    assert result["status"] == "unavailable"
    assert "HTTP 404" in result["detail"]
    assert invoke_json(["source", "show", "star"])["versions"] == 1
    server.route("/star", Route(star_page()))
    (again,) = invoke_json(["source", "refresh", "--all"])
    assert again["status"] == "unchanged"
    assert invoke_json(["source", "show", "star"])["last_error"] is None


@pytest.mark.database
def test_refresh_when_a_page_becomes_a_pdf(server: LocalServer, tmp_path: Path) -> None:
    url = server.route("/doc", Route(star_page()))
    invoke_json(["source", "add", url])
    server.route("/doc", Route(render_pdf(corpus_text("star")), content_type="application/pdf"))
    (result,) = invoke_json(["source", "refresh", "doc"])
    assert result["status"] == "changed"
    assert result["detail"] == "now pdf, was html"
    assert invoke_json(["source", "show", "doc"])["kind"] == "pdf"
