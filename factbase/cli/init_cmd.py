"""``factbase init``."""

from __future__ import annotations

import typer

from factbase.cli import render
from factbase.cli.common import database


def init(ctx: typer.Context) -> None:
    """Create the database, or upgrade it to the latest schema.

    Examples:

      factbase init

      factbase --db desk.db init
    """
    from sqlalchemy.engine import Engine

    from factbase.store.db import current_revision, head_revision

    with database(ctx) as session:
        engine = session.get_bind()
        assert isinstance(engine, Engine)
        revision = current_revision(engine)
    render.stdout().print(
        f"database ready at schema {revision or head_revision()}: "
        f"{render.escape(str(engine.url.render_as_string(hide_password=True)))}"
    )
