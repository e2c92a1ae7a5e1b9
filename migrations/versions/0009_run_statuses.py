"""How many claims each verification run left in each status: ``verification_runs.statuses``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-12 00:00:00.000000

From this revision a run records a result row only for a claim whose result differs from its
newest one (or that has none), so the rows of a run no longer count every claim it checked; the
run keeps the counts itself. Runs made before it keep a row per claim and no counts (``runs list``
counts their rows).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "verification_runs",
        sa.Column("statuses", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    )


def downgrade() -> None:
    op.drop_column("verification_runs", "statuses")
