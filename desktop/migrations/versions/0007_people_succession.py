"""people, groups and succession history (issue 8)

* ``person_absence``: periods a person is away (both days included); meanwhile the next in
  order acts in their roles (顺位代替).
* ``membership.predecessor_id``: the seat a successor's seat took over, so a seat's holders
  form a chain with their ``start_date`` / ``end_date``.
* ``responsibility_history``: who held a task's or a measure's responsibility before a
  handover, and until when.
* ``person.search_key``: name, pinyin, initials, title, phone and e-mail, for the people
  list's filter; filled in by Duban after the upgrade
  (:func:`desktop.models.search.fill_missing_person_keys`).

Only adds what older writers can ignore (a person they add has an empty key, and the people
list computes a missing key as it reads the row), so the oldest version allowed to write
stays 0.2.0.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 17:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('person_absence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_absence_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_absence'))
    )
    with op.batch_alter_table('person_absence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_absence_person_id'), ['person_id'], unique=False)

    op.create_table('responsibility_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('person_name', sa.String(length=50), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_responsibility_history_measure_id_measure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_responsibility_history_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_responsibility_history_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_responsibility_history_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_responsibility_history'))
    )
    with op.batch_alter_table('responsibility_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_responsibility_history_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_responsibility_history_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_responsibility_history_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_responsibility_history_task_id'), ['task_id'], unique=False)

    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.add_column(sa.Column('predecessor_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_membership_predecessor_id'), ['predecessor_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_membership_predecessor_id_membership'), 'membership', ['predecessor_id'], ['id'], ondelete='SET NULL'
        )

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_key', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('search_key')

    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_membership_predecessor_id_membership'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_membership_predecessor_id'))
        batch_op.drop_column('predecessor_id')

    with op.batch_alter_table('responsibility_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_responsibility_history_task_id'))
        batch_op.drop_index(batch_op.f('ix_responsibility_history_plan_id'))
        batch_op.drop_index(batch_op.f('ix_responsibility_history_person_id'))
        batch_op.drop_index(batch_op.f('ix_responsibility_history_measure_id'))
    op.drop_table('responsibility_history')

    with op.batch_alter_table('person_absence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_absence_person_id'))
    op.drop_table('person_absence')
