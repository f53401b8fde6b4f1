"""workday overrides: days the office marks as working or rest days

A year the ``chinesecalendar`` package does not know yet (the State Council publishes the
holiday table each November), or a correction to it. The table is only added: a Duban
that does not know it reads and writes the file as before, so the oldest version allowed
to write stays 0.2.0 (see desktop/db/revisions.py).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 16:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workday_override',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_workday', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_workday_override'))
    )


def downgrade() -> None:
    op.drop_table('workday_override')
