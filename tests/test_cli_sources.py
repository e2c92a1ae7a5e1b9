"""``factbase source add | list | show | refresh`` through the command line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_support import (
    assert_usage_error,
    copy_source,
    corpus_text,
    edit,
    invoke,
    invoke_json,
    stored_sources,
)
from sqlalchemy.engine import Engine

from factbase.sources import versions
from factbase.store.db import session_scope
from factbase.store.models import Claim, Source, SourceVersion

pytestmark = pytest.mark.database

SOURCE_KEYS = {
    "id", "title", "origin", "url", "publisher", "author", "published", "kind", "versions",
    "latest_version", "sha256", "chars", "claims", "last_error", "read_at",
}  # fmt: skip


def test_add_defaults_id_from_file_name_and_title_from_first_line(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star", "star-article.txt")
    result = invoke(["source", "add", path])
    assert result.exit_code == 0, result.output
    assert "added source star-article" in result.stdout
    info = invoke_json(["source", "show", "star-article"])
    assert info["id"] == "star-article"
    assert info["title"] == "VIDEO: 1,400 children sexually abused in Rotherham"
    assert info["origin"] == str(path.resolve())
    assert info["kind"] == "text"


def test_add_json_shape_and_options(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "lgc")
    added = invoke_json(
        [
            "source", "add", path, "--id", "trade", "--title", "Leader steps down",
            "--published", "2014-08-26", "--url", "https://example.org/a", "--author", "J. W.",
            "--publisher", "LGC",
        ]
    )  # fmt: skip
    assert isinstance(added, list) and len(added) == 1
    info = added[0]
    assert set(info) >= SOURCE_KEYS
    text = corpus_text("lgc")
    assert info["id"] == "trade"
    assert info["title"] == "Leader steps down"
    assert info["published"] == "2014-08-26"
    assert info["url"] == "https://example.org/a"
    assert info["author"] == "J. W."
    assert info["publisher"] == "LGC"
    assert info["versions"] == info["latest_version"] == 1
    assert info["chars"] == len(text)
    assert info["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert info["claims"] == 0
    assert info["last_error"] is None


def test_add_several_files_at_once(tmp_path: Path) -> None:
    a, b = copy_source(tmp_path, "star"), copy_source(tmp_path, "pse")
    added = invoke_json(["source", "add", a, b])
    assert [s["id"] for s in added] == ["star", "pse"]


def test_add_refuses_bad_published_date(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star")
    result = invoke(["source", "add", path, "--published", "last Tuesday"])
    assert_usage_error(result, "--published")
    assert stored_sources() == []


def test_add_legacy_encoding_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le conseil a publié un rapport sur 1 400 enfants.\n".encode("latin-1"))
    (info,) = invoke_json(["source", "add", path])
    assert info["title"] == "Le conseil a publié un rapport sur 1 400 enfants."
    assert info["chars"] == len("Le conseil a publié un rapport sur 1 400 enfants.\n")


def test_list_and_show_json(tmp_path: Path) -> None:
    invoke_json(["source", "add", copy_source(tmp_path, "star"), "--published", "2014-08-26"])
    invoke_json(["source", "add", copy_source(tmp_path, "flw")])
    listed = invoke_json(["source", "list"])
    assert [s["id"] for s in listed] == ["flw", "star"]
    assert all(set(s) >= SOURCE_KEYS for s in listed)
    shown = invoke_json(["source", "show", "star"])
    assert shown == next(s for s in listed if s["id"] == "star")
    assert shown["published"] == "2014-08-26"


def test_list_and_show_human(tmp_path: Path) -> None:
    invoke_json(["source", "add", copy_source(tmp_path, "star")])
    listed = invoke(["source", "list"])
    assert listed.exit_code == 0
    assert "star" in listed.stdout and "VIDEO: 1,400 children" in listed.stdout
    shown = invoke(["source", "show", "star"])
    assert shown.exit_code == 0
    assert "sha256" in shown.stdout and "origin" in shown.stdout


def test_title_with_markup_printed_literally(tmp_path: Path) -> None:
    title = "[red]Star[/red] report [/x]"
    result = invoke(["source", "add", copy_source(tmp_path, "star"), "--title", title])
    assert result.exit_code == 0, result.output
    assert title in result.stdout
    listed = invoke(["source", "list"])
    assert listed.exit_code == 0
    assert title in listed.stdout


def test_duplicate_id_refused(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star")
    invoke_json(["source", "add", path])
    result = invoke(["source", "add", path])
    assert_usage_error(result, "already exists", "star")
    other = copy_source(tmp_path, "pse")
    result = invoke(["source", "add", other, "--id", "star"])
    assert_usage_error(result, "already exists", "star")
    listed = invoke_json(["source", "list"])
    assert [s["id"] for s in listed] == ["star"]
    assert listed[0]["chars"] == len(corpus_text("star"))


def test_id_with_several_files_refused(tmp_path: Path) -> None:
    a, b = copy_source(tmp_path, "star"), copy_source(tmp_path, "pse")
    assert_usage_error(invoke(["source", "add", a, b, "--id", "x"]), "--id")
    assert stored_sources() == []


def test_refresh_unchanged(tmp_path: Path) -> None:
    invoke_json(["source", "add", copy_source(tmp_path, "star")])
    results = invoke_json(["source", "refresh", "star"])
    assert results == [{"source_id": "star", "status": "unchanged", "version": 1, "detail": None}]
    assert invoke_json(["source", "show", "star"])["versions"] == 1


def test_refresh_changed_keeps_old_version(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star")
    first = invoke_json(["source", "add", path])[0]
    edit(path, "since 2003.\n\nRotherham", "since 2004.\n\nRotherham")
    results = invoke_json(["source", "refresh", "star"])
    assert [(r["status"], r["version"]) for r in results] == [("changed", 2)]
    info = invoke_json(["source", "show", "star"])
    assert info["versions"] == info["latest_version"] == 2
    assert info["sha256"] != first["sha256"]
    assert info["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    again = invoke_json(["source", "refresh", "--all"])
    assert [(r["status"], r["version"]) for r in again] == [("unchanged", 2)]


def test_old_version_kept_for_claims_cited_before(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star")
    invoke_json(["source", "add", path, "--published", "2014-08-26"])
    claim = "Laura Wilson, 17, was murdered in 2010."
    added = invoke_json(["add", claim, "-s", "star"])
    assert added["status"] == "ok"
    edit(path, "in 2010 when 17 year old", "in 2010 when 19 year old")
    invoke_json(["source", "refresh", "star"])
    shown = invoke_json(["show", str(added["claim_id"])])
    assert shown["cited_version"] == 1
    assert "17 year old" in shown["passage"]


def test_refresh_unavailable_when_file_deleted(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star")
    invoke_json(["source", "add", path])
    path.unlink()
    result = invoke(["source", "refresh", "star", "--json"])
    # Refreshing is not a check of claims: an unreadable source is reported, not an error.
    assert result.exit_code == 0, result.output
    (r,) = json.loads(result.stdout)
    assert r["status"] == "unavailable"
    assert r["version"] == 1
    assert "no such file" in r["detail"]
    info = invoke_json(["source", "show", "star"])
    assert info["versions"] == 1
    assert info["last_error"] and "no such file" in info["last_error"]
    human = invoke(["source", "list"])
    assert "unavailable" in human.stdout


def test_refresh_needs_ids_or_all() -> None:
    assert_usage_error(invoke(["source", "refresh"]), "--all")


def test_refresh_unknown_source() -> None:
    assert_usage_error(invoke(["source", "refresh", "nope"]), "unknown source", "nope")


def test_source_list_gives_each_source_its_latest_version_and_claims(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(versions, "_IDS_PER_QUERY", 2)  # several queries, as with many sources
    with session_scope(engine) as session:
        for sid in ("a", "b", "c", "d"):
            session.add(Source(id=sid, title=sid.upper(), origin=f"{sid}.txt"))
        session.flush()
        session.add_all([
            SourceVersion(source_id="a", version=1, text="one", sha256="1"),
            SourceVersion(source_id="a", version=2, text="two, longer", sha256="2", raw=b"<p>"),
            SourceVersion(source_id="b", version=1, text="bee", sha256="3"),
            SourceVersion(source_id="d", version=1, text="dee", sha256="4", repairs='["x"]'),
        ])  # fmt: skip
        session.add_all([Claim(text="t", source_id="a"), Claim(text="u", source_id="a")])
    with session_scope(engine) as session:
        listed = {i.id: i for i in versions.list_sources(session)}
        wanted = versions.source_infos(session, ["d", "a"])
    got = {sid: (i.versions, i.sha256, i.chars, i.raw_bytes, i.repairs, i.claims)
           for sid, i in listed.items()}  # fmt: skip
    assert got == {
        "a": (2, "2", len("two, longer"), 3, [], 2),
        "b": (1, "3", 3, None, [], 0),
        "c": (0, None, 0, None, [], 0),
        "d": (1, "4", 3, None, ["x"], 0),
    }
    assert [i.id for i in wanted] == ["d", "a"] and wanted == [listed["d"], listed["a"]]
