"""Import's plan and store steps: each source's latest version read for all rows at once, and
nothing stored when a source changed between checking and storing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from factbase.errors import InputError, NotFoundError
from factbase.importing import check_import, plan_import, store_import
from factbase.store.db import session_scope
from factbase.store.models import Citation, Claim, Source, SourceVersion

pytestmark = pytest.mark.database

HARBOUR = "The new ferry to Elmsport carried 240 passengers on its first crossing in May."
HARBOUR_EDITED = "The new ferry to Elmsport carried 420 passengers on its first crossing in May."
MILL = "The old mill at Brackwater closed in 1987 after ninety years of work."
CSV = (
    "claim,source\n"
    "The ferry to Elmsport carried 240 passengers on its first crossing.,harbour\n"
    "The mill at Brackwater closed in 1987.,mill\n"
)


def _add(engine: Engine, source_id: str, *texts: str) -> None:
    with session_scope(engine, write=True) as session:
        session.add(Source(id=source_id, title=source_id, origin=f"{source_id}.txt"))
        session.flush()
        for number, text in enumerate(texts, 1):
            session.add(SourceVersion(source_id=source_id, version=number, text=text, sha256="x"))


def _new_version(engine: Engine, source_id: str, number: int, text: str) -> None:
    with session_scope(engine, write=True) as session:
        session.add(SourceVersion(source_id=source_id, version=number, text=text, sha256="x"))


def test_each_row_is_checked_against_the_latest_version_of_its_source(engine: Engine) -> None:
    _add(engine, "harbour", HARBOUR_EDITED, HARBOUR)
    _add(engine, "mill", MILL)
    with session_scope(engine) as session:
        plan = plan_import(session, path=Path("rows.csv"), text=CSV)
    assert {sid: v.version for sid, v in plan.versions.items()} == {"harbour": 2, "mill": 1}
    assert [r.status for r in check_import(plan, workers=1)] == ["ok", "ok"]


def test_a_source_without_text_is_refused(engine: Engine) -> None:
    _add(engine, "harbour", HARBOUR)
    _add(engine, "mill")
    with session_scope(engine) as session, pytest.raises(NotFoundError, match="mill"):
        plan_import(session, path=Path("rows.csv"), text=CSV)


def test_nothing_is_stored_when_a_source_changed_after_checking(engine: Engine) -> None:
    _add(engine, "harbour", HARBOUR)
    _add(engine, "mill", MILL)
    with session_scope(engine) as session:
        plan = plan_import(session, path=Path("rows.csv"), text=CSV)
    results = check_import(plan, workers=1)
    _new_version(engine, "mill", 2, MILL.replace("1987", "1978"))
    changed = pytest.raises(InputError, match="source mill changed")
    with changed, session_scope(engine, write=True) as session:
        store_import(session, plan, results)
    with session_scope(engine) as session:
        assert session.exec(select(Claim.id)).all() == []


def test_each_stored_claim_gets_its_own_row_citation_in_file_order(engine: Engine) -> None:
    """Rows stored at once get their ids in file order, each with the citation of its own row,
    also when two rows say the same of the same source with other quotes."""
    twice = "The ferry to Elmsport carried 240 passengers."
    text = HARBOUR + " Later the ferry to Elmsport carried 240 passengers again, in June."
    _add(engine, "harbour", text)
    _add(engine, "mill", MILL)
    rows = (
        "claim,source,quote\n"
        f"{twice},harbour,The new ferry to Elmsport carried 240 passengers\n"
        "The mill at Brackwater closed in 1987.,mill,\n"
        f"{twice},harbour,the ferry to Elmsport carried 240 passengers again\n"
    )
    with session_scope(engine) as session:
        plan = plan_import(session, path=Path("rows.csv"), text=rows)
    results = check_import(plan, workers=1)
    with session_scope(engine, write=True) as session:
        store_import(session, plan, results)
    with session_scope(engine) as session:
        stored = session.exec(
            select(Claim.id, Claim.text, Citation.start).join(Citation).order_by(Claim.id)
        ).all()
    assert [r.claim_id for r in results] == [i for i, _, _ in stored]
    assert [t for _, t, _ in stored] == [twice, "The mill at Brackwater closed in 1987.", twice]
    first, _, second = (start for _, _, start in stored)
    assert text[first:].startswith("The new ferry") and text[second:].startswith("the ferry")


def test_a_bulk_command_leaves_garbage_collection_as_it_found_it() -> None:
    import gc

    from factbase.cli.common import BULK_YOUNG_OBJECTS, few_collections

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with few_collections():
        assert gc.get_threshold()[0] == BULK_YOUNG_OBJECTS
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
    with pytest.raises(RuntimeError), few_collections():
        raise RuntimeError("a bad row")
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_every_command_runs_with_garbage_collection_made_rare() -> None:
    """Every command (``guarded``) runs inside ``few_collections``, and leaves it after."""
    import gc

    from factbase.cli.common import BULK_YOUNG_OBJECTS, guarded

    before = gc.get_threshold()
    seen: list[int] = []
    guarded(lambda: seen.append(gc.get_threshold()[0]))()
    assert seen == [BULK_YOUNG_OBJECTS]
    assert gc.get_threshold() == before
