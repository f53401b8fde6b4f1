"""where a deadline that falls on a rest day goes, per rule (issue 7)

Reserved in the chain so the three areas can be built side by side; filled in by its issue.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 17:40:00
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
