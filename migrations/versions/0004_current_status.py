"""A claim's status as it is now, never as it was: the citation's verdict columns say that they
are the verdict when cited (``cited_status``, ``cited_score``, ``cited_differences``), and the
view ``claims_current`` gives each claim with its source and its newest verification.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 00:00:00.000000

SQLite checks every view when a table is renamed: a later batch migration that recreates a
table ``claims_current`` reads must drop the view first and create it again after.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RENAMED = (
    ("status", "cited_status"),
    ("score", "cited_score"),
    ("differences", "cited_differences"),
)

# One row per claim. The last status, score, differences and note come from the claim's newest
# verification result; before any verification, from the citation (last_checked is then NULL).
CLAIMS_CURRENT = """
CREATE VIEW claims_current AS
SELECT
    c.id AS claim_id,
    c.text AS claim,
    c.topic AS topic,
    COALESCE(r.status, ci.cited_status) AS status,
    COALESCE(r.score, ci.cited_score) AS score,
    CASE WHEN r.id IS NULL THEN ci.cited_differences ELSE r.differences END AS differences,
    r.note AS note,
    r.checked_at AS last_checked,
    r.run_id AS last_run,
    s.id AS source_id,
    s.title AS source_title,
    s.url AS source_url,
    s.publisher AS source_publisher,
    s.published AS source_published,
    v.version AS cited_version,
    ci.start AS start,
    ci."end" AS "end",
    ci.prefix AS prefix,
    ci.exact AS exact,
    ci.suffix AS suffix,
    ci.cited_status AS cited_status,
    c.created_at AS created_at
FROM claims c
JOIN citations ci ON ci.claim_id = c.id
JOIN source_versions v ON v.id = ci.source_version_id
JOIN sources s ON s.id = c.source_id
LEFT JOIN verification_results r ON r.id = (
    SELECT MAX(r2.id) FROM verification_results r2 WHERE r2.claim_id = c.id
)
"""


def upgrade() -> None:
    # RENAME COLUMN keeps the table as it is (SQLite >= 3.25, PostgreSQL): no copy, no new ids.
    for old, new in RENAMED:
        op.execute(f"ALTER TABLE citations RENAME COLUMN {old} TO {new}")
    op.execute(CLAIMS_CURRENT)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_current")
    for old, new in RENAMED:
        op.execute(f"ALTER TABLE citations RENAME COLUMN {new} TO {old}")
