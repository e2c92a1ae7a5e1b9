"""Initial schema: sources and their versions, claims, citations, verification runs and results.

Revision ID: 0001
Revises:
Create Date: 2025-01-01 00:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

String = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", String(), nullable=False),
        sa.Column("title", String(), nullable=False),
        sa.Column("origin", String(), nullable=False),
        sa.Column("url", String(), nullable=True),
        sa.Column("publisher", String(), nullable=True),
        sa.Column("author", String(), nullable=True),
        sa.Column("published", String(), nullable=True),
        sa.Column("kind", String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", String(), nullable=True),
        sa.Column("last_read_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )

    op.create_table(
        "source_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", String(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_versions_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_versions")),
        sa.UniqueConstraint("source_id", "version", name=op.f("uq_source_versions_source_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_source_versions_source_id"), "source_versions", ["source_id"], unique=False
    )

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", String(), nullable=False),
        sa.Column("topic", String(), nullable=True),
        sa.Column("source_id", String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_claims_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_claims_source_id"), "claims", ["source_id"], unique=False)
    op.create_index(op.f("ix_claims_topic"), "claims", ["topic"], unique=False)

    op.create_table(
        "citations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("source_version_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("exact", String(), nullable=False),
        sa.Column("prefix", String(), nullable=False),
        sa.Column("suffix", String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("status", String(), nullable=False),
        sa.Column("differences", String(), server_default="[]", nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_citations_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_version_id"],
            ["source_versions.id"],
            name=op.f("fk_citations_source_version_id_source_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citations")),
        sa.UniqueConstraint("claim_id", name=op.f("uq_citations_claim_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_citations_source_version_id"), "citations", ["source_version_id"], unique=False
    )

    op.create_table(
        "verification_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checker_version", String(), nullable=False),
        sa.Column("claim_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_runs")),
        sqlite_autoincrement=True,
    )

    op.create_table(
        "verification_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("source_version_id", sa.Integer(), nullable=True),
        sa.Column("status", String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("passage", String(), nullable=True),
        sa.Column("differences", String(), server_default="[]", nullable=False),
        sa.Column("note", String(), nullable=True),
        sa.Column("claim_sha256", String(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["verification_runs.id"],
            name=op.f("fk_verification_results_run_id_verification_runs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_verification_results_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_version_id"],
            ["source_versions.id"],
            name=op.f("fk_verification_results_source_version_id_source_versions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_results")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_verification_results_run_id"), "verification_results", ["run_id"], unique=False
    )
    op.create_index(
        op.f("ix_verification_results_claim_id"),
        "verification_results",
        ["claim_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_verification_results_source_version_id"),
        "verification_results",
        ["source_version_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_verification_results_source_version_id"), table_name="verification_results"
    )
    op.drop_index(op.f("ix_verification_results_claim_id"), table_name="verification_results")
    op.drop_index(op.f("ix_verification_results_run_id"), table_name="verification_results")
    op.drop_table("verification_results")
    op.drop_table("verification_runs")
    op.drop_index(op.f("ix_citations_source_version_id"), table_name="citations")
    op.drop_table("citations")
    op.drop_index(op.f("ix_claims_topic"), table_name="claims")
    op.drop_index(op.f("ix_claims_source_id"), table_name="claims")
    op.drop_table("claims")
    op.drop_index(op.f("ix_source_versions_source_id"), table_name="source_versions")
    op.drop_table("source_versions")
    op.drop_table("sources")
