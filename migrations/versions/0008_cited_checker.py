"""The whole verdict when a claim was cited, and the checker that made it: ``cited_note`` (why it
was not ok) and ``cited_checker``. ``verify`` keeps a cited verdict made by the same checker
against the same version of the source, as it keeps its own results, instead of matching every
newly imported claim again; the view ``claims_current`` gives the cited note before any
verification.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-11 00:00:00.000000

Citations made before this revision have no checker: their claims are matched again by the next
``verify``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

String = sqlmodel.sql.sqltypes.AutoString

# ``claims_current`` as revision 0004 made it, but for the note: before any verification it is
# the note of the verdict when cited.
CLAIMS_CURRENT = """
CREATE VIEW claims_current AS
SELECT
    c.id AS claim_id,
    c.text AS claim,
    c.topic AS topic,
    COALESCE(r.status, ci.cited_status) AS status,
    COALESCE(r.score, ci.cited_score) AS score,
    CASE WHEN r.id IS NULL THEN ci.cited_differences ELSE r.differences END AS differences,
    CASE WHEN r.id IS NULL THEN ci.cited_note ELSE r.note END AS note,
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
    # ADD COLUMN keeps the table as it is (no copy, no new ids) on SQLite and PostgreSQL.
    op.add_column("citations", sa.Column("cited_note", String(), nullable=True))
    op.add_column("citations", sa.Column("cited_checker", String(), nullable=True))
    op.execute("DROP VIEW IF EXISTS claims_current")
    op.execute(CLAIMS_CURRENT)


_NOTE = "CASE WHEN r.id IS NULL THEN ci.cited_note ELSE r.note END AS note"


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_current")
    op.drop_column("citations", "cited_checker")
    op.drop_column("citations", "cited_note")
    op.execute(CLAIMS_CURRENT.replace(_NOTE, "r.note AS note"))
