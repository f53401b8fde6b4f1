"""The next year (新建年度计划, issue 19): a plan knows the plan it was made from, a task the task it carries over

* ``plan.origin_plan_id``: the plan this one was made from; a plan another was made from is
  kept read-only in the window.
* ``task.origin_task_id``: the previous year's task an open task was carried over from (结转).

Both columns are nullable with no default. A writer that does not know them would let the
previous year's plan be edited after the next one was made from it, so the oldest version
allowed to write rises to 0.3.0.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 23:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('plan') as batch:
        batch.add_column(sa.Column('origin_plan_id', sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f('fk_plan_origin_plan_id_plan'), 'plan', ['origin_plan_id'], ['id'], ondelete='SET NULL'
        )
        batch.create_index(op.f('ix_plan_origin_plan_id'), ['origin_plan_id'], unique=False)
    with op.batch_alter_table('task') as batch:
        batch.add_column(sa.Column('origin_task_id', sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f('fk_task_origin_task_id_task'), 'task', ['origin_task_id'], ['id'], ondelete='SET NULL'
        )
        batch.create_index(op.f('ix_task_origin_task_id'), ['origin_task_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('task') as batch:
        batch.drop_index(op.f('ix_task_origin_task_id'))
        batch.drop_constraint(op.f('fk_task_origin_task_id_task'), type_='foreignkey')
        batch.drop_column('origin_task_id')
    with op.batch_alter_table('plan') as batch:
        batch.drop_index(op.f('ix_plan_origin_plan_id'))
        batch.drop_constraint(op.f('fk_plan_origin_plan_id_plan'), type_='foreignkey')
        batch.drop_column('origin_plan_id')
