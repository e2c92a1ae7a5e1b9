"""Real-world sources: raw bytes, content type, encoding, final URL, pages and repairs of each
version; the archive URL of each source.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01 00:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

String = sqlmodel.sql.sqltypes.AutoString

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A batch migration that rebuilds a table must rebuild it as it was: with AUTOINCREMENT.
_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    with op.batch_alter_table("sources", naming_convention=NAMING_CONVENTION) as batch:
        batch.add_column(sa.Column("archive_url", String(), nullable=True))

    with op.batch_alter_table(
        "source_versions", naming_convention=NAMING_CONVENTION, table_kwargs=_AUTOINCREMENT
    ) as batch:
        batch.add_column(sa.Column("content_type", String(), nullable=True))
        batch.add_column(sa.Column("encoding", String(), nullable=True))
        batch.add_column(sa.Column("final_url", String(), nullable=True))
        batch.add_column(sa.Column("pages", sa.Text(), nullable=True))
        batch.add_column(sa.Column("repairs", sa.Text(), nullable=True))
        batch.add_column(sa.Column("raw", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table(
        "source_versions", naming_convention=NAMING_CONVENTION, table_kwargs=_AUTOINCREMENT
    ) as batch:
        batch.drop_column("raw")
        batch.drop_column("repairs")
        batch.drop_column("pages")
        batch.drop_column("final_url")
        batch.drop_column("encoding")
        batch.drop_column("content_type")

    with op.batch_alter_table("sources", naming_convention=NAMING_CONVENTION) as batch:
        batch.drop_column("archive_url")
