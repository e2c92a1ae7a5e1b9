from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from factbase.db import open_db


@pytest.fixture(autouse=True)
def _isolated_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test can reach a real user database: the default points into tmp_path."""
    monkeypatch.setenv("FACTBASE_DB", str(tmp_path / "factbase.db"))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine on a fresh database upgraded to the newest schema."""
    engine = open_db(str(tmp_path / "test.db"), {})
    yield engine
    engine.dispose()
