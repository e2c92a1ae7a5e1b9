"""Fetching a hostile server: a time limit that is a wall-clock limit, and credentials in URLs
that are used but never stored, printed or sent to another host."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from cli_support import assert_usage_error, corpus_text, db_rows, invoke
from fixtures.server import Route, local_server

from factbase.sources.fetch import split_credentials

pytestmark = pytest.mark.database


@contextmanager
def trickling_server(*, headers_first: bool) -> Iterator[str]:
    """A server sending one byte every 0.1 s for a minute: of the body once the headers are
    sent, or of the headers themselves."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"

    def serve(conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            if headers_first:
                conn.sendall(head)
                data = b"x" * 100_000
            else:
                data = head
            for byte in data:
                if stop.wait(0.1):
                    return
                conn.sendall(bytes([byte]))
        except OSError:
            pass
        finally:
            conn.close()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        host, port = listener.getsockname()[:2]
        yield f"http://{host}:{port}/slow.txt"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@pytest.mark.parametrize("headers_first", [True, False], ids=["body", "headers"])
def test_timeout_is_wall_clock(headers_first: bool) -> None:
    with trickling_server(headers_first=headers_first) as url:
        started = time.monotonic()
        result = invoke(["source", "add", url, "--timeout", "2"])
        elapsed = time.monotonic() - started
    assert_usage_error(result, "timed out after 2 s")
    assert elapsed < 4.5, elapsed


def test_split_credentials() -> None:
    assert split_credentials("http://u:p%40ss@h.example:8/x?y=1") == (
        "http://h.example:8/x?y=1",
        ("u", "p@ss"),
    )
    assert split_credentials("https://h.example/a@b") == ("https://h.example/a@b", None)


def test_credentials_used_not_stored_nor_shown() -> None:
    page = f"<html><body><article><p>{corpus_text('star')}</p></article></body></html>"
    with local_server() as server:
        server.route("/page.html", Route(page.encode()))
        url = server.url("/page.html").replace("http://", "http://reporter:s3cret@")
        archive = "https://ann:hunter2@archive.example/page"
        result = invoke(["source", "add", url, "--id", "web", "--archive-url", archive, "--json"])
        assert result.exit_code == 0, result.output
        assert "credentials removed from " + server.url("/page.html") in result.stderr
        for secret in ("s3cret", "reporter", "hunter2"):
            assert secret not in result.stdout
            assert secret not in json.dumps(db_rows(), default=repr)
        info = json.loads(result.stdout)[0]
        assert info["origin"] == info["url"] == info["final_url"] == server.url("/page.html")
        assert info["archive_url"] == "https://archive.example/page"
        missing = server.url("/gone.html").replace("http://", "http://reporter:s3cret@")
        message = assert_usage_error(invoke(["source", "add", missing]), "HTTP 404")
        assert "s3cret" not in message and "reporter" not in message
