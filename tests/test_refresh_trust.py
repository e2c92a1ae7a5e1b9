"""``source refresh`` of a database from elsewhere follows local files and private addresses
only with --allow-local; sources added on this machine are sealed and refresh as before."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from cli_support import copy_source, edit, invoke, invoke_json
from fixtures.server import Route, local_server

from factbase.errors import InputError
from factbase.sources.fetch import FetchOptions, fetch, non_public_host
from factbase.sources.trust import KEY_FILE

pytestmark = pytest.mark.database


def _elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """From now on, commands run as on another machine (another key)."""
    monkeypatch.setenv("FACTBASE_CONFIG_DIR", str(tmp_path / "other-machine"))


def _refresh(*args: str) -> dict[str, dict[str, object]]:
    return {r["source_id"]: r for r in invoke_json(["source", "refresh", *args])}


def test_local_file_of_another_machine_needs_allow_local(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_source(tmp_path, "star")
    assert invoke(["source", "add", path, "--id", "star"]).exit_code == 0
    edit(path, "as young as 11", "as young as 12")
    _elsewhere(monkeypatch, tmp_path)
    result = _refresh("--all")["star"]
    assert result["status"] == "unavailable"
    assert "not added on this machine" in str(result["detail"])
    assert "--allow-local" in str(result["detail"])
    assert invoke_json(["source", "show", "star"])["versions"] == 1
    assert _refresh("star", "--allow-local")["star"]["status"] == "changed"
    # Vouched for once, the source is sealed with this machine's key.
    edit(path, "as young as 12", "as young as 13")
    assert _refresh("star")["star"]["status"] == "changed"


def test_source_added_here_refreshes_without_asking(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star")
    assert invoke(["source", "add", path, "--id", "star"]).exit_code == 0
    edit(path, "as young as 11", "as young as 12")
    assert _refresh("--all")["star"]["status"] == "changed"


@pytest.mark.sqlite_only
def test_forged_origin_is_not_followed(tmp_path: Path) -> None:
    """A seal proves id and origin together: pointing a sealed source elsewhere breaks it."""
    path = copy_source(tmp_path, "star")
    assert invoke(["source", "add", path, "--id", "star"]).exit_code == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("The private key is 12345 and nobody should see it.\n", "utf-8")
    db = invoke_json(["source", "show", "star"])
    assert db["origin"] == str(path.resolve())
    with sqlite3.connect(tmp_path / "factbase.db") as conn:
        conn.execute("UPDATE sources SET origin = ? WHERE id = 'star'", (str(secret),))
    conn.close()
    result = _refresh("star")["star"]
    assert result["status"] == "unavailable" and "not followed" in str(result["detail"])
    assert invoke_json(["source", "show", "star"])["versions"] == 1


def test_private_url_of_another_machine_is_not_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = b"<html><body><article><p>At least 1,400 children in the town were exploited.</p>"
    with local_server() as server:
        url = server.route("/a.html", Route(page + b"</article></body></html>"))
        assert invoke(["source", "add", url, "--id", "web"]).exit_code == 0
        _elsewhere(monkeypatch, tmp_path)
        hits = len(server.hits)
        result = _refresh("web")["web"]
        assert result["status"] == "unavailable"
        assert "local address" in str(result["detail"])
        assert len(server.hits) == hits  # not even asked
        assert _refresh("web", "--allow-local")["web"]["status"] == "unchanged"
        assert len(server.hits) == hits + 1


def test_fetch_refuses_private_hosts_when_asked() -> None:
    with local_server() as server:
        url = server.route("/x.txt", Route(b"some text", content_type="text/plain"))
        with pytest.raises(InputError, match="local or private address"):
            fetch(url, options=FetchOptions(allow_private=False))
        assert server.hits == []


@pytest.mark.parametrize(
    ("host", "private"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("10.1.2.3", True),
        ("192.168.0.1", True),
        ("169.254.169.254", True),
        ("[::1]", True),
        ("fd00::1", True),
        ("printer.local", True),
        ("0.0.0.0", True),
        ("8.8.8.8", False),
        ("2001:4860:4860::8888", False),
    ],
)
def test_non_public_host(host: str, private: bool) -> None:
    assert non_public_host(host) is private


def test_machine_key_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _elsewhere(monkeypatch, tmp_path)
    assert invoke(["source", "add", copy_source(tmp_path, "star")]).exit_code == 0
    key = tmp_path / "other-machine" / KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_bytes()) == 32
