"""Caches of analysis: the units found in each source version (``statement_cache``) and the
last conflicts report with the fingerprint of what it was made from (``report_cache``), so that
``conflicts report`` and ``review`` do not read every source again when nothing changed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10 00:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

String = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "statement_cache",
        sa.Column("source_version_id", sa.Integer(), nullable=False),
        sa.Column("unit_set", String(), nullable=False),
        sa.Column("analysis_version", sa.Integer(), nullable=False),
        sa.Column("reference", String(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_version_id"], ["source_versions.id"],
            name="fk_statement_cache_source_version_id_source_versions", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_version_id", "unit_set", name="pk_statement_cache"),
    )  # fmt: skip
    op.create_table(
        "report_cache",
        sa.Column("name", String(), nullable=False),
        sa.Column("fingerprint", String(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_report_cache"),
    )


def downgrade() -> None:
    op.drop_table("report_cache")
    op.drop_table("statement_cache")
