"""The seal of each source's origin: proof that it was added on this machine (or that its user
vouched for it with --allow-local), so that refresh follows local paths and private addresses
only then.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 00:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
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


def upgrade() -> None:
    # Existing sources stay unsealed: a database cannot tell where it was made, so their local
    # origins are refreshed only with --allow-local (which seals them).
    with op.batch_alter_table("sources", naming_convention=NAMING_CONVENTION) as batch:
        batch.add_column(sa.Column("origin_seal", String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources", naming_convention=NAMING_CONVENTION) as batch:
        batch.drop_column("origin_seal")
