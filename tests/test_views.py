"""The database as a product: nothing shows a stale status as current, every column is described,
and datasette serves the ``claims_current`` view with factbase's descriptions."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import sqlalchemy as sa
from cli_support import add_source, copy_source, default_db, edit, invoke, invoke_json

from factbase.store.db import open_db
from factbase.store.describe import TABLES

pytestmark = pytest.mark.database


def query(sql: str) -> list[dict[str, object]]:
    value = default_db()
    engine = sa.create_engine(value if "://" in value else f"sqlite:///{value}")
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.text(sql))]
    finally:
        engine.dispose()


def test_claims_current_shows_the_last_status_not_the_one_when_cited(tmp_path: Path) -> None:
    star = copy_source(tmp_path, "star")
    add_source(star, "star")
    invoke_json(["add", "Laura Wilson, 17, was murdered in 2010.", "-s", "star"])
    invoke_json(["add", "Roger Stone had led the council since 2003.", "-s", "star"])
    (before, _) = query("SELECT * FROM claims_current ORDER BY claim_id")
    assert before["status"] == "ok" and before["last_checked"] is None
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    assert invoke(["source", "refresh", "star"]).exit_code == 0
    assert invoke(["verify"]).exit_code == 1
    rows = query("SELECT * FROM claims_current ORDER BY claim_id")
    assert [r["claim_id"] for r in rows] == [1, 2]
    assert rows[0]["status"] == "contradicted" and rows[0]["cited_status"] == "ok"
    assert rows[0]["last_checked"] is not None and rows[0]["last_run"] == 1
    assert json.loads(str(rows[0]["differences"])) == [
        {"kind": "number", "claim": "17", "source": "19"}
    ]
    assert rows[0]["source_title"] == "VIDEO: 1,400 children sexually abused in Rotherham"
    listed = {r["id"]: (r["status"], r["score"]) for r in invoke_json(["list"])}
    assert {r["claim_id"]: (r["status"], r["score"]) for r in rows} == listed
    # The citation's own verdict says that it is the one when cited: no column reads as current.
    (citation,) = query("SELECT * FROM citations WHERE claim_id = 1")
    assert citation["cited_status"] == "ok"
    assert not {"status", "score", "differences"} & set(citation)


def test_every_table_view_and_column_is_described(tmp_path: Path) -> None:
    engine = open_db(str(tmp_path / "described.db"), {})
    try:
        inspector = sa.inspect(engine)
        names = (set(inspector.get_table_names()) | set(inspector.get_view_names())) - {
            "alembic_version"
        }
        assert "claims_current" in names
        assert set(TABLES) == names
        for name in names:
            columns = {c["name"] for c in inspector.get_columns(name)}
            assert set(TABLES[name].columns) == columns, name
            assert all(d.strip() for d in TABLES[name].columns.values()), name
    finally:
        engine.dispose()


def test_datasette_metadata_names_the_database_after_its_file(tmp_path: Path) -> None:
    doc = json.loads(invoke(["--db", tmp_path / "newsroom.db", "datasette-metadata"]).stdout)
    tables = doc["databases"]["newsroom"]["tables"]
    assert set(tables) == set(TABLES)
    assert "TextQuoteSelector" in tables["citations"]["description"]
    assert tables["claims_current"]["label_column"] == "claim"
    named = invoke(["datasette-metadata", "--name", "desk"])
    assert list(json.loads(named.stdout)["databases"]) == ["desk"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return json.loads(response.read())


@pytest.mark.sqlite_only
@pytest.mark.skipif(importlib.util.find_spec("datasette") is None, reason="needs datasette")
def test_datasette_serves_claims_current_of_the_demo_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = {**os.environ, "COLUMNS": "200"}
    demo = [sys.executable, "-m", "factbase", "demo", "--keep", str(db)]
    subprocess.run(demo, check=True, capture_output=True, env=env, timeout=300)
    meta = tmp_path / "metadata.json"
    meta.write_text(
        subprocess.run(
            [sys.executable, "-m", "factbase", "--db", str(db), "datasette-metadata"],
            check=True, capture_output=True, text=True, env=env,
        ).stdout,
        "utf-8",
    )  # fmt: skip
    port = _free_port()
    log = (tmp_path / "datasette.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(meta),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}/-/versions.json")
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "datasette.log").read_text()
                assert time.monotonic() < deadline, "datasette did not start"
                time.sleep(0.2)
        rows = _get(f"{base}/demo/claims_current.json?_shape=array&_size=max")
        assert isinstance(rows, list) and len(rows) == 107
        assert {r["status"] for r in rows} == {"ok"}
        assert all(r["source_title"] and r["exact"] for r in rows)
        served = _get(f"{base}/-/metadata.json")
        tables = served["databases"]["demo"]["tables"]  # type: ignore[index]
        assert "newest verification" in tables["claims_current"]["description"]
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
