"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 13:05:59.662153
"""

from alembic import op
import sqlalchemy as sa

SQLITE_APPLICATION_ID = 0x4442414E  # the bytes "DBAN"; frozen here as it was at this revision

# References to departments, people and quota rules are checked at commit (DEFERRABLE INITIALLY
# DEFERRED) rather than at once (RESTRICT), so that deleting a plan can cascade on PostgreSQL too
# (see desktop.models.base.in_use). Files made before say RESTRICT; on SQLite both refuse to
# delete a department still in use and both let a plan be deleted.


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Marks the file as Duban's, so that another program's database is told apart.
        op.execute(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('os_user', sa.String(length=100), nullable=False),
    sa.Column('machine', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_table_name'), ['table_name'], unique=False)

    op.create_table('duban_meta',
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_duban_meta'))
    )
    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_number', sa.String(length=64), nullable=False),
    sa.Column('notice_title', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('short_title', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('addressees', sa.Text(), nullable=False),
    sa.Column('notice_text', sa.Text(), nullable=False),
    sa.Column('disclosure', sa.String(length=50), nullable=False),
    sa.Column('printed_by', sa.String(length=100), nullable=False),
    sa.Column('printed_date', sa.Date(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('attachments', sa.Text(), nullable=False),
    sa.Column('roster_title', sa.Text(), nullable=False),
    sa.Column('checklist_title', sa.Text(), nullable=False),
    sa.Column('publicity_title', sa.Text(), nullable=False),
    sa.Column('succession_rule', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('doc_number', name=op.f('uq_plan_doc_number'))
    )
    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('short_name', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.Enum('section', 'affiliate', 'external', name='departmentkind', native_enum=False, length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_department_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department')),
    sa.UniqueConstraint('plan_id', 'name', name=op.f('uq_department_plan_id'))
    )
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_department_plan_id'), ['plan_id'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('item', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('inspector', sa.Text(), nullable=False),
    sa.Column('inspected', sa.Text(), nullable=False),
    sa.Column('time_text', sa.String(length=50), nullable=False),
    sa.Column('plan_text', sa.Text(), nullable=False),
    sa.Column('preparation_text', sa.String(length=50), nullable=False),
    sa.Column('continuous', sa.Boolean(), nullable=False),
    sa.Column('prepared', sa.Boolean(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_inspection_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_plan_id'), ['plan_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_contact_department_id_department'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_contact_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_plan_id'), ['plan_id'], unique=False)

    op.create_table('date_window',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('inspection', 'preparation', name='windowkind', native_enum=False, length=32), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('text', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_date_window_inspection_id_inspection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_date_window'))
    )
    with op.batch_alter_table('date_window', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_date_window_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('inspection_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('lead', 'co', 'responsible', name='taskunitrole', native_enum=False, length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_inspection_unit_department_id_department'), deferrable=True, initially='DEFERRED'),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_inspection_unit_inspection_id_inspection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_unit'))
    )
    with op.batch_alter_table('inspection_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_unit_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_unit_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('departed_on', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_person_department_id_department'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_person_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_plan_id'), ['plan_id'], unique=False)

    op.create_table('quota_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('responsible', sa.Text(), nullable=False),
    sa.Column('plan_text', sa.Text(), nullable=False),
    sa.Column('method', sa.Text(), nullable=False),
    sa.Column('coordinator_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['coordinator_id'], ['department.id'], name=op.f('fk_quota_rule_coordinator_id_department'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_quota_rule_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quota_rule'))
    )
    with op.batch_alter_table('quota_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quota_rule_coordinator_id'), ['coordinator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quota_rule_plan_id'), ['plan_id'], unique=False)

    op.create_table('publicity_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('link', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_publicity_item_department_id_department'), deferrable=True, initially='DEFERRED'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_publicity_item_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rule_id'], ['quota_rule.id'], name=op.f('fk_publicity_item_rule_id_quota_rule'), deferrable=True, initially='DEFERRED'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publicity_item'))
    )
    with op.batch_alter_table('publicity_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publicity_item_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_publicity_item_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_publicity_item_rule_id'), ['rule_id'], unique=False)

    op.create_table('quota_requirement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('scope', sa.Enum('city', 'section', name='quotascope', native_enum=False, length=32), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('at_least', sa.Boolean(), nullable=False),
    sa.Column('every_months', sa.Integer(), nullable=True),
    sa.Column('months', sa.String(length=50), nullable=False),
    sa.Column('collect_day', sa.Integer(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('text', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_quota_requirement_department_id_department'), deferrable=True, initially='DEFERRED'),
    sa.ForeignKeyConstraint(['rule_id'], ['quota_rule.id'], name=op.f('fk_quota_requirement_rule_id_quota_rule'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quota_requirement'))
    )
    with op.batch_alter_table('quota_requirement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quota_requirement_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quota_requirement_rule_id'), ['rule_id'], unique=False)

    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('level', sa.Enum('region_flagship', 'region', 'city', name='tasklevel', native_enum=False, length=32), nullable=False),
    sa.Column('difficulties', sa.Text(), nullable=False),
    sa.Column('expected_results', sa.Text(), nullable=False),
    sa.Column('responsible_unit', sa.Text(), nullable=False),
    sa.Column('responsible_person_text', sa.Text(), nullable=False),
    sa.Column('responsible_person_id', sa.Integer(), nullable=True),
    sa.Column('supervising_leader_id', sa.Integer(), nullable=True),
    sa.Column('section_head_id', sa.Integer(), nullable=True),
    sa.Column('special_group', sa.Text(), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'on_hold', name='status', native_enum=False, length=32), nullable=False),
    sa.Column('ledger_headings', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_task_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['responsible_person_id'], ['person.id'], name=op.f('fk_task_responsible_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['section_head_id'], ['person.id'], name=op.f('fk_task_section_head_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['supervising_leader_id'], ['person.id'], name=op.f('fk_task_supervising_leader_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task')),
    sa.UniqueConstraint('plan_id', 'code', name=op.f('uq_task_plan_id'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_responsible_person_id'), ['responsible_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_section_head_id'), ['section_head_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_supervising_leader_id'), ['supervising_leader_id'], unique=False)

    op.create_table('group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('leadership', 'working', 'office', name='groupkind', native_enum=False, length=32), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_group_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_group_task_id_task'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group'))
    )
    with op.batch_alter_table('group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_task_id'), ['task_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('is_target', sa.Boolean(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_indicator_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_task_id'), ['task_id'], unique=False)

    op.create_table('measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('owner_department_id', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'on_hold', name='status', native_enum=False, length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['owner_department_id'], ['department.id'], name=op.f('fk_measure_owner_department_id_department'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_measure_owner_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_measure_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure'))
    )
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_owner_department_id'), ['owner_department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_owner_person_id'), ['owner_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_task_id'), ['task_id'], unique=False)

    op.create_table('progress_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=50), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('source', sa.Enum('document', 'manual', 'import', name='reportsource', native_enum=False, length=32), nullable=False),
    sa.Column('source_ref', sa.Text(), nullable=False),
    sa.Column('state', sa.Enum('submitted', 'accepted', 'returned', name='reportstate', native_enum=False, length=32), nullable=False),
    sa.Column('over_limit', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_progress_report_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_report'))
    )
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_report_task_id'), ['task_id'], unique=False)

    op.create_table('task_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('lead', 'co', 'responsible', name='taskunitrole', native_enum=False, length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_task_unit_department_id_department'), deferrable=True, initially='DEFERRED'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_task_unit_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_unit')),
    sa.UniqueConstraint('task_id', 'department_id', 'role', name=op.f('uq_task_unit_task_id'))
    )
    with op.batch_alter_table('task_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_unit_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_unit_task_id'), ['task_id'], unique=False)

    op.create_table('indicator_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_value_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_value'))
    )
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_value_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('leader', 'deputy', 'member', 'supervising_leader', 'lead_section', 'section_head', 'co_section', 'seat', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('title_in_group', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_membership_department_id_department'), deferrable=True, initially='DEFERRED'),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], name=op.f('fk_membership_group_id_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_membership_person_id_person'), deferrable=True, initially='DEFERRED'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_person_id'), ['person_id'], unique=False)

    op.create_table('milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('due_text', sa.String(length=100), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_milestone_measure_id_measure'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_milestone_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone'))
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_task_id'), ['task_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_task_id'))
        batch_op.drop_index(batch_op.f('ix_milestone_measure_id'))

    op.drop_table('milestone')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_person_id'))
        batch_op.drop_index(batch_op.f('ix_membership_group_id'))
        batch_op.drop_index(batch_op.f('ix_membership_department_id'))

    op.drop_table('membership')
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_value_indicator_id'))

    op.drop_table('indicator_value')
    with op.batch_alter_table('task_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_unit_task_id'))
        batch_op.drop_index(batch_op.f('ix_task_unit_department_id'))

    op.drop_table('task_unit')
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_report_task_id'))

    op.drop_table('progress_report')
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_task_id'))
        batch_op.drop_index(batch_op.f('ix_measure_owner_person_id'))
        batch_op.drop_index(batch_op.f('ix_measure_owner_department_id'))

    op.drop_table('measure')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_task_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_task_id'))
        batch_op.drop_index(batch_op.f('ix_group_plan_id'))

    op.drop_table('group')
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_supervising_leader_id'))
        batch_op.drop_index(batch_op.f('ix_task_section_head_id'))
        batch_op.drop_index(batch_op.f('ix_task_responsible_person_id'))
        batch_op.drop_index(batch_op.f('ix_task_plan_id'))

    op.drop_table('task')
    with op.batch_alter_table('quota_requirement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quota_requirement_rule_id'))
        batch_op.drop_index(batch_op.f('ix_quota_requirement_department_id'))

    op.drop_table('quota_requirement')
    with op.batch_alter_table('publicity_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publicity_item_rule_id'))
        batch_op.drop_index(batch_op.f('ix_publicity_item_plan_id'))
        batch_op.drop_index(batch_op.f('ix_publicity_item_department_id'))

    op.drop_table('publicity_item')
    with op.batch_alter_table('quota_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quota_rule_plan_id'))
        batch_op.drop_index(batch_op.f('ix_quota_rule_coordinator_id'))

    op.drop_table('quota_rule')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_plan_id'))
        batch_op.drop_index(batch_op.f('ix_person_department_id'))

    op.drop_table('person')
    with op.batch_alter_table('inspection_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_unit_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_unit_department_id'))

    op.drop_table('inspection_unit')
    with op.batch_alter_table('date_window', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_date_window_inspection_id'))

    op.drop_table('date_window')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_plan_id'))
        batch_op.drop_index(batch_op.f('ix_contact_department_id'))

    op.drop_table('contact')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_plan_id'))

    op.drop_table('inspection')
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_department_plan_id'))

    op.drop_table('department')
    op.drop_table('plan')
    op.drop_table('duban_meta')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_table_name'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_plan_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
