"""Reviews kept with ``factbase review --store``: the draft as written, its hash and each claim's
verdict, so that a later ``review --since`` says what changed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 00:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

String = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "review_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft", String(), nullable=False),
        sa.Column("draft_sha256", String(), nullable=False),
        sa.Column("text", String(), nullable=False),
        sa.Column("verdicts", String(), server_default="[]", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_runs"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_review_runs_draft", "review_runs", ["draft"])


def downgrade() -> None:
    op.drop_index("ix_review_runs_draft", table_name="review_runs")
    op.drop_table("review_runs")
