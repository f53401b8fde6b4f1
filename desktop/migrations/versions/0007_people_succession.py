"""people, groups and succession history (issue 8)

Reserved in the chain so the three areas can be built side by side; filled in by its issue.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 17:40:00
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
