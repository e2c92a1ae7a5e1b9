"""An index on ``source_versions.sha256``: ``source add`` looks a new text up by its hash among
every stored version (``sources/identity.py``), which without it reads the whole table, texts
and all, once per source added.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 00:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_source_versions_sha256", "source_versions", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_source_versions_sha256", table_name="source_versions")
