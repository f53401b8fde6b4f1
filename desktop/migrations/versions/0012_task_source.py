"""A task's source: 年度方案, 领导批示, 会议纪要 or 上级交办, with the document's number, date,
instructing leader and original text (issue 19, work from outside the plan)

Columns with defaults on ``task``; every existing task is 年度方案. The oldest version allowed
to write becomes 0.3.0: a 0.2 writer would number a new plan task after 批-1 and print the
instructions among the notice's own 附件 tables.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 23:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            'source', sa.Enum('plan', 'instruction', 'meeting', 'assigned', name='tasksource', native_enum=False, length=32),
            server_default='plan', nullable=False))
        batch_op.add_column(sa.Column('source_number', sa.String(length=100), server_default='', nullable=False))
        batch_op.add_column(sa.Column('source_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('source_leader_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('source_leader_text', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('source_text', sa.Text(), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_task_source_leader_id'), ['source_leader_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_task_source_leader_id_person'), 'person', ['source_leader_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_task_source_leader_id_person'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_task_source_leader_id'))
        batch_op.drop_column('source_text')
        batch_op.drop_column('source_leader_text')
        batch_op.drop_column('source_leader_id')
        batch_op.drop_column('source_date')
        batch_op.drop_column('source_number')
        batch_op.drop_column('source')
