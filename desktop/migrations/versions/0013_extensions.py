"""延期申请: deadline extension requests on measures and milestones (issue 19)

One table is added, and a task's own moved deadline (two columns with defaults). An approved extension owns the deadline it moved, which an older
writer editing the deadline directly would not know: writers must be 0.3.0 or later.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 23:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_STATES = ('pending', 'approved', 'refused', 'withdrawn')


def upgrade() -> None:
    op.create_table('extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=True),
    sa.Column('milestone_id', sa.Integer(), nullable=True),
    sa.Column('original_date', sa.Date(), nullable=True),
    sa.Column('original_text', sa.String(length=100), nullable=False),
    sa.Column('new_date', sa.Date(), nullable=False),
    sa.Column('new_text', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('requested_by', sa.String(length=100), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('state', sa.Enum(*_STATES, name='extensionstate', native_enum=False, length=32), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_extension_task_id_task'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_extension_measure_id_measure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_extension_milestone_id_milestone'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_extension_department_id_department'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['person.id'], name=op.f('fk_extension_decided_by_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_extension_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extension'))
    )
    for column in ('decided_by_id', 'department_id', 'measure_id', 'milestone_id', 'plan_id', 'task_id'):
        op.create_index(op.f(f'ix_extension_{column}'), 'extension', [column], unique=False)
    # A task's own deadline once an extension moved it (None: as its 要求 line says).
    with op.batch_alter_table('task') as batch:
        batch.add_column(sa.Column('deadline', sa.Date(), nullable=True))
        batch.add_column(sa.Column('deadline_text', sa.String(length=100), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('task') as batch:
        batch.drop_column('deadline_text')
        batch.drop_column('deadline')
    for column in ('task_id', 'plan_id', 'milestone_id', 'measure_id', 'department_id', 'decided_by_id'):
        op.drop_index(op.f(f'ix_extension_{column}'), table_name='extension')
    op.drop_table('extension')
