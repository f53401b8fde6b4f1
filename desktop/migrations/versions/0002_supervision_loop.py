"""supervision loop: events, report corrections and review, task search key, imported files

The search keys of existing tasks are filled in by Duban after the upgrade
(:func:`desktop.models.search.fill_missing_search_keys`); they are an index, not data.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 13:21:54.195775
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('task_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('created', 'report_added', 'report_corrected', 'report_returned', 'report_accepted', 'closed', 'reopened', name='eventkind', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('os_user', sa.String(length=100), nullable=False),
    sa.Column('machine', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['progress_report.id'], name=op.f('fk_task_event_report_id_progress_report'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_task_event_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_event'))
    )
    with op.batch_alter_table('task_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_event_task_id'), ['task_id'], unique=False)

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('task_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_entry_task_id'), ['task_id'], unique=False)
    # Entries written before this revision learn their task, so a task's history is one lookup.
    op.execute("UPDATE audit_entry SET task_id = row_id WHERE table_name = 'task'")
    for table in ('measure', 'milestone', 'indicator', 'progress_report', 'task_unit'):
        op.execute(
            f"UPDATE audit_entry SET task_id = (SELECT task_id FROM {table} WHERE {table}.id = audit_entry.row_id) "
            f"WHERE table_name = '{table}'"
        )
    op.execute(
        "UPDATE audit_entry SET task_id = (SELECT i.task_id FROM indicator_value v JOIN indicator i "
        "ON i.id = v.indicator_id WHERE v.id = audit_entry.row_id) WHERE table_name = 'indicator_value'"
    )

    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('supersedes_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('review_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reviewed_by', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reviewed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('source_hash', sa.String(length=64), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_progress_report_source_hash'), ['source_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_report_supersedes_id'), ['supersedes_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_progress_report_supersedes_id_progress_report'), 'progress_report', ['supersedes_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('search_key', sa.Text(), nullable=False, server_default=''))
        batch_op.create_index('ix_task_plan_order', ['plan_id', 'position', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('ix_task_plan_order')
        batch_op.drop_column('search_key')
        batch_op.drop_column('closed_on')

    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_progress_report_supersedes_id_progress_report'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_progress_report_supersedes_id'))
        batch_op.drop_index(batch_op.f('ix_progress_report_source_hash'))
        batch_op.drop_column('source_hash')
        batch_op.drop_column('reviewed_on')
        batch_op.drop_column('reviewed_by')
        batch_op.drop_column('review_note')
        batch_op.drop_column('supersedes_id')

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_task_id'))
        batch_op.drop_column('task_id')

    with op.batch_alter_table('task_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_event_task_id'))

    op.drop_table('task_event')
