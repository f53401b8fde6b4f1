"""督办单 and 提示单: the notice register, and the plan's numbering and grading settings (issue 18)

A table is added, and three columns with defaults on the plan; older writers ignore both, so
the oldest version allowed to write stays 0.2.0.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 21:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_NUMBER_FORMAT = "〔{year}〕第 {number} 号"


def upgrade() -> None:
    op.create_table('notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('grade', sa.Enum('prompt', 'yellow', 'red', name='noticegrade', native_enum=False, length=32), nullable=False),
    sa.Column('state', sa.Enum('open', 'answered', 'withdrawn', name='noticestate', native_enum=False, length=32), nullable=False),
    sa.Column('subject', sa.Enum('task', 'measure', 'milestone', 'preparation', 'quota', name='noticesubject', native_enum=False, length=32), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('item_uid', sa.String(length=200), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('section_name', sa.String(length=100), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('person_name', sa.String(length=100), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('days_late', sa.Integer(), nullable=False),
    sa.Column('last_report', sa.Text(), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('reply_by', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=100), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answer_note', sa.Text(), nullable=False),
    sa.Column('withdrawn_reason', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_notice_department_id_department'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_notice_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_notice_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_notice_task_id_task'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice')),
    sa.UniqueConstraint('plan_id', 'year', 'number', name=op.f('uq_notice_plan_id'))
    )
    for column in ('department_id', 'item_uid', 'person_id', 'plan_id', 'task_id'):
        op.create_index(op.f(f'ix_notice_{column}'), 'notice', [column], unique=False)
    with op.batch_alter_table('plan') as batch:
        batch.add_column(sa.Column('notice_number_format', sa.String(length=100), server_default=_NUMBER_FORMAT, nullable=False))
        batch.add_column(sa.Column('notice_red_after', sa.Integer(), server_default='10', nullable=False))
        batch.add_column(sa.Column('notice_reply_days', sa.Integer(), server_default='3', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('plan') as batch:
        batch.drop_column('notice_reply_days')
        batch.drop_column('notice_red_after')
        batch.drop_column('notice_number_format')
    for column in ('task_id', 'plan_id', 'person_id', 'item_uid', 'department_id'):
        op.drop_index(op.f(f'ix_notice_{column}'), table_name='notice')
    op.drop_table('notice')
