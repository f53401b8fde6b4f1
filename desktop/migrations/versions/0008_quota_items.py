"""quota rules: shortfall carried into the next period, and the month counting starts (issue 9)

Two columns on each quota requirement: ``carry_over`` (default false) and ``start_month``
(null: the plan's first month). Older writers ignore them, so the oldest version allowed to
write stays 0.2.0.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 17:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('quota_requirement') as batch:
        batch.add_column(sa.Column('carry_over', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column('start_month', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quota_requirement') as batch:
        batch.drop_column('start_month')
        batch.drop_column('carry_over')
