"""where a deadline that falls on a rest day goes, per rule (issue 7)

Two columns with a default of 'before' (the last working day before): one on the plan for
one-off deadlines, one on each quota requirement for its due and collection dates. Older
writers ignore them, so the oldest version allowed to write stays 0.2.0.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 17:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('plan') as batch:
        batch.add_column(sa.Column('deadline_shift', sa.String(length=32), server_default='before', nullable=False))
    with op.batch_alter_table('quota_requirement') as batch:
        batch.add_column(sa.Column('rest_day_shift', sa.String(length=32), server_default='before', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('quota_requirement') as batch:
        batch.drop_column('rest_day_shift')
    with op.batch_alter_table('plan') as batch:
        batch.drop_column('deadline_shift')
