"""shared file: open sessions with heartbeats, a revision counter, applied save ids

From this revision on, every writer takes the lock file, bumps the revision counter
and records save ids; a Duban that does not know to do so must not write the file,
so the oldest version allowed to write it becomes 0.2.0 (see desktop/db/revisions.py).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 15:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('duban_session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('os_user', sa.String(length=100), nullable=False),
    sa.Column('machine', sa.String(length=100), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('heartbeat_at', sa.DateTime(), nullable=False),
    sa.Column('read_only', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duban_session'))
    )
    with op.batch_alter_table('duban_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duban_session_heartbeat_at'), ['heartbeat_at'], unique=False)

    revision_table = op.create_table('duban_revision',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('counter', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('os_user', sa.String(length=100), nullable=False),
    sa.Column('machine', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duban_revision'))
    )
    op.bulk_insert(revision_table, [{'id': 1, 'counter': 0, 'changed_at': None, 'os_user': '', 'machine': ''}])

    op.create_table('duban_save',
    sa.Column('save_id', sa.String(length=36), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('os_user', sa.String(length=100), nullable=False),
    sa.Column('machine', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('save_id', name=op.f('pk_duban_save'))
    )
    with op.batch_alter_table('duban_save', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duban_save_saved_at'), ['saved_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('duban_save', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duban_save_saved_at'))
    op.drop_table('duban_save')
    op.drop_table('duban_revision')
    with op.batch_alter_table('duban_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duban_session_heartbeat_at'))
    op.drop_table('duban_session')
