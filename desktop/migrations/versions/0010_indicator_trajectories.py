"""序时进度: a planned value per month for numeric indicators (issue 19, point 2)

Three columns on each indicator (``tracked`` default false, ``baseline`` and ``deadline``
null), the typed monthly values in a new table, and the plan's margin for red (default
10 % of the target). Older writers ignore all of them, so the oldest version allowed to
write stays 0.2.0.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 23:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('indicator') as batch:
        batch.add_column(sa.Column('tracked', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column('baseline', sa.Float(), nullable=True))
        batch.add_column(sa.Column('deadline', sa.Date(), nullable=True))
    with op.batch_alter_table('plan') as batch:
        batch.add_column(sa.Column('indicator_margin', sa.Float(), server_default='10', nullable=False))
    op.create_table('indicator_month',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_month_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_month')),
    sa.UniqueConstraint('indicator_id', 'month', name=op.f('uq_indicator_month_indicator_id'))
    )
    op.create_index(op.f('ix_indicator_month_indicator_id'), 'indicator_month', ['indicator_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_indicator_month_indicator_id'), table_name='indicator_month')
    op.drop_table('indicator_month')
    with op.batch_alter_table('plan') as batch:
        batch.drop_column('indicator_margin')
    with op.batch_alter_table('indicator') as batch:
        batch.drop_column('deadline')
        batch.drop_column('baseline')
        batch.drop_column('tracked')
