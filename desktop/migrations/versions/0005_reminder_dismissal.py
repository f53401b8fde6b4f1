"""reminder dismissals: the calendar reminders each OS user asked not to see again

The table is only added: a Duban that does not know it reads and writes the file as
before, so the oldest version allowed to write stays 0.2.0 (see desktop/db/revisions.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 17:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminder_dismissal',
    sa.Column('os_user', sa.String(length=100), nullable=False),
    sa.Column('uid', sa.String(length=200), nullable=False),
    sa.Column('dismissed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('os_user', 'uid', name=op.f('pk_reminder_dismissal'))
    )


def downgrade() -> None:
    op.drop_table('reminder_dismissal')
