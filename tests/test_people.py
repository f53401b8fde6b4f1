"""The people, departments, contacts and groups services: editing with version checks, refusals with
their lists, searching by pinyin, reordering seats."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.db.database import ConflictError
from desktop.models import AuditEntry, DepartmentKind, Group, GroupKind, Membership, Person, Role
from desktop.services import departments as ds
from desktop.services import groups as gs
from desktop.services import handover as hs
from desktop.services import people as ps
from desktop.services.editing import EditConflict, ValidationError

from backends import execute, scalar

D = dt.date
TODAY = D(2022, 6, 27)


@pytest.fixture
def ids(sample_db):
    return {row.name: row.id for row in ps.people_rows(sample_db, 1, TODAY)}


def department_id(db, name):
    return next(d.id for d in ds.department_rows(db, 1) if name in (d.name, d.short_name))


def leadership(db):
    with db.read() as session:
        return session.scalar(select(Group.id).where(Group.kind == GroupKind.LEADERSHIP))


def search(db, text):
    return [r.name for r in ps.people_rows(db, 1, TODAY) if text.lower() in r.search_text]


# -- people ------------------------------------------------------------------------------------


def test_people_are_found_by_name_pinyin_initials_and_the_other_columns(sample_db):
    assert search(sample_db, "钟丽娜") == ["钟丽娜"]
    assert search(sample_db, "zln") == ["钟丽娜"]
    assert search(sample_db, "ZhongLiNa") == ["钟丽娜"]
    assert search(sample_db, "法监科") == ["覃靖涛"]  # the department's short name
    assert search(sample_db, "法规与监督") == ["覃靖涛"]  # and its full name
    assert len(search(sample_db, "副组长")) == 9
    assert search(sample_db, "2806426") == []  # a contact's phone is not a person's


def test_a_new_person_is_searchable_and_audited(sample_db):
    person = ps.create_person(sample_db, 1, " 韦新华 ", "规配科副科长", department_id(sample_db, "规配科"), "13800000000")
    assert search(sample_db, "wxh") == ["韦新华"]
    assert search(sample_db, "138000") == ["韦新华"]
    with sample_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "person", AuditEntry.row_id == person)).one()
    assert entry.action == "insert" and entry.note == "新增人员"
    with pytest.raises(ValidationError, match="姓名"):
        ps.create_person(sample_db, 1, "  ")


def test_editing_a_person_merges_and_conflicts_like_a_task(sample_db, ids):
    page = ps.person_page(sample_db, ids["钟丽娜"], TODAY)
    ps.save_person(sample_db, page.id, page.version, page.fields, {"phone": "2801234"})
    # another PC edits from the same version: another field merges, the same one conflicts
    ps.save_person(sample_db, page.id, page.version, page.fields, {"email": "zln@example.cn"})
    with pytest.raises(EditConflict) as conflict:
        ps.save_person(sample_db, page.id, page.version, page.fields, {"phone": "2809999"})
    assert [c.field for c in conflict.value.conflicts] == ["phone"]
    after = ps.person_page(sample_db, page.id, TODAY)
    assert (after.fields["phone"], after.fields["email"]) == ("2801234", "zln@example.cn")
    assert search(sample_db, "zln@example") == ["钟丽娜"]


def test_a_person_still_responsible_is_not_removed_and_the_refusal_lists_what_they_hold(sample_db, ids):
    page = ps.person_page(sample_db, ids["黄轶君"], TODAY)
    with pytest.raises(hs.PersonInUse) as refused:
        hs.remove_person(sample_db, page.id, page.version, today=TODAY)
    lines = refused.value.lines
    assert "黄轶君 还负责以下" in refused.value.message
    assert any(line.startswith("小组职务 （二）") and line.endswith("科室负责人") for line in lines)
    assert any(line.startswith("任务 2-2") and line.endswith("科室负责人、责任人") for line in lines)
    assert any(line.startswith("宣传推广 1 改革信息") for line in lines)
    assert scalar(sample_db.target.path or sample_db.target.url, "SELECT count(*) FROM person") == 21
    # with a successor named in the same step, everything passes to them and the person goes
    successor = ps.create_person(sample_db, 1, "蒙丽", "人才引智与对外合作科科长")
    hs.remove_person(sample_db, page.id, page.version, successor, today=TODAY)
    held = hs.holdings_of(sample_db, successor, TODAY)
    assert held == [line for line in lines]  # the same list, now the successor's
    assert ps.person_page(sample_db, page.id) is None


def test_someone_holding_nothing_is_removed_at_once(sample_db):
    person = ps.create_person(sample_db, 1, "临时")
    assert hs.holdings_of(sample_db, person) == []
    hs.remove_person(sample_db, person, 1)
    assert ps.person_page(sample_db, person) is None


def test_a_departure_and_its_undo(sample_db, ids):
    page = ps.person_page(sample_db, ids["周兵"], TODAY)
    hs.mark_departed(sample_db, page.id, page.version, D(2022, 6, 1))
    left = ps.person_page(sample_db, page.id, TODAY)
    assert not left.active and left.departed_on == D(2022, 6, 1)
    row = next(r for r in ps.people_rows(sample_db, 1, TODAY) if r.id == page.id)
    assert (row.status, row.acting) == ("已离任（2022-06-01）", "由 杨建军 代行")
    # a departure in the future: still in post until then
    assert next(r for r in ps.people_rows(sample_db, 1, D(2022, 5, 1)) if r.id == page.id).status == "在岗（2022-06-01 离任）"
    # recorded meanwhile on another PC with another date: a conflict, not overwritten
    with pytest.raises(EditConflict):
        hs.mark_departed(sample_db, page.id, page.version, D(2022, 6, 15))
    hs.mark_returned(sample_db, page.id, left.version)
    assert ps.person_page(sample_db, page.id, TODAY).active
    with pytest.raises(ConflictError):
        hs.mark_returned(sample_db, page.id, left.version)


def test_a_successor_must_be_someone_else_in_post(sample_db, ids):
    page = ps.person_page(sample_db, ids["周兵"], TODAY)
    with pytest.raises(ValidationError, match="本人"):
        hs.assign_successor(sample_db, page.id, page.id, TODAY)
    other = ps.person_page(sample_db, ids["杨建军"], TODAY)
    hs.mark_departed(sample_db, other.id, other.version, D(2022, 6, 1))
    with pytest.raises(ValidationError, match="已离任"):
        hs.assign_successor(sample_db, page.id, other.id, TODAY)


# -- departments and contacts ---------------------------------------------------------------------


def test_adding_editing_and_removing_a_department(sample_db):
    new = ds.create_department(sample_db, 1, "财务审计科", "财审科", DepartmentKind.SECTION)
    row = next(d for d in ds.department_rows(sample_db, 1) if d.id == new)
    assert (row.name, row.short_name, row.kind_label, row.people) == ("财务审计科", "财审科", "局内科室", 0)
    ds.save_department(sample_db, new, row.version, row.fields, {"short_name": "审计科"})
    assert next(d for d in ds.department_rows(sample_db, 1) if d.id == new).short_name == "审计科"
    ds.remove_department(sample_db, new, row.version + 1)
    assert all(d.id != new for d in ds.department_rows(sample_db, 1))


def test_names_that_would_make_two_departments_alike_are_refused(sample_db):
    for name, short in (("法规与监督诚信科", ""), ("新科室", "法监科"), ("新科室", "法监"), ("规配", "")):
        with pytest.raises(ValidationError, match="已是"):
            ds.create_department(sample_db, 1, name, short)
    rule = next(d for d in ds.department_rows(sample_db, 1) if d.short_name == "规配科")
    with pytest.raises(ValidationError, match="重大专项科（重大科）"):
        ds.save_department(sample_db, rule.id, rule.version, rule.fields, {"short_name": "重大科"})
    ds.save_department(sample_db, rule.id, rule.version, rule.fields, {"name": "发展规划科"})  # its own names are fine


def test_a_department_in_use_is_not_removed_and_the_refusal_lists_its_uses(sample_db):
    row = next(d for d in ds.department_rows(sample_db, 1) if d.short_name == "规配科")
    with pytest.raises(ds.DepartmentInUse) as refused:
        ds.remove_department(sample_db, row.id, row.version)
    text = "\n".join(refused.value.lines)
    for expected in ("人员 1 项：钟丽娜", "小组职务 1 项", "任务的科室或责任部门 1 项：2-1", "督察准备 7 项",
                     "宣传推广要求"):
        assert expected in text
    outside = next(d for d in ds.department_rows(sample_db, 1) if d.name == "市委改革办")
    with pytest.raises(ds.DepartmentInUse, match="市委改革办") as refused:
        ds.remove_department(sample_db, outside.id, outside.version)
    assert refused.value.lines == ["外部联系方式 1 项：市委改革办"]


def test_contacts_are_added_edited_and_removed(sample_db):
    unit = department_id(sample_db, "市委改革办")
    contact = ds.create_contact(sample_db, 1, name="市委改革办值班", department_id=unit, phone="2806000", email="")
    version, fields = ds.contact_fields(sample_db, contact)
    ds.save_contact(sample_db, contact, version, fields, {"email": "duty@example.cn"})
    version, fields = ds.contact_fields(sample_db, contact)
    assert fields["email"] == "duty@example.cn"
    with pytest.raises(ConflictError):
        ds.remove_contact(sample_db, contact, version - 1)
    ds.remove_contact(sample_db, contact, version)
    assert ds.contact_fields(sample_db, contact) is None


# -- groups ------------------------------------------------------------------------------------------


def seat_names(db, group_id):
    return [(r.role_label, r.holder) for r in gs.group_seats(db, group_id, TODAY)]


def test_reordering_the_deputies_changes_who_acts(sample_db, ids):
    group = leadership(sample_db)
    seats = gs.group_seats(sample_db, group, TODAY)
    versions = {s.id: s.version for s in seats}
    order = [s.id for s in seats]
    # 董秀鸾 before 李荣军; a 成员 dragged above the 组长 goes back among the 成员 (first of them)
    order.remove(seats[2].id)
    order.insert(1, seats[2].id)
    member = seats[12].id
    order.remove(member)
    order.insert(0, member)
    gs.reorder_seats(sample_db, group, order, versions, TODAY)
    names = [holder for _, holder in seat_names(sample_db, group)]
    assert names[:4] == ["管伟荣", "董秀鸾", "李荣军", "靳磊"]
    assert names[10] == seats[12].holder  # first of the members
    page = ps.person_page(sample_db, ids["管伟荣"], TODAY)
    hs.mark_departed(sample_db, page.id, page.version, D(2022, 6, 1))
    assert ps.person_page(sample_db, page.id, TODAY).acting_lines == ("领导职务：董秀鸾（代 管伟荣）",)
    # a reorder made from stale versions is refused
    with pytest.raises(ConflictError):
        gs.reorder_seats(sample_db, group, order, versions, TODAY)


def test_moving_up_and_down_stays_within_the_role(sample_db):
    group = leadership(sample_db)
    seats = gs.group_seats(sample_db, group, TODAY)
    versions = {s.id: s.version for s in seats}
    second = seats[2]  # 董秀鸾, the second 副组长
    gs.move_seat(sample_db, group, second.id, -1, versions, TODAY)
    assert [h for _, h in seat_names(sample_db, group)][1:3] == ["董秀鸾", "李荣军"]
    seats = gs.group_seats(sample_db, group, TODAY)
    versions = {s.id: s.version for s in seats}
    first_deputy = seats[1]
    assert gs.move_seat(sample_db, group, first_deputy.id, -1, versions, TODAY)[0] == seats[0].id  # not above the 组长


def test_adding_and_removing_a_seat_and_its_history(sample_db, ids):
    with sample_db.read() as session:
        working = session.scalar(select(Group.id).where(Group.kind == GroupKind.WORKING).order_by(Group.position))
    added = gs.add_seat(sample_db, working, Role.CO_SECTION, department_id=department_id(sample_db, "法监科"))
    assert seat_names(sample_db, working)[-2:] == [("合办科室", "重大专项科"), ("合办科室", "法规与监督诚信科")]
    with pytest.raises(ValidationError, match="没有“组长”"):
        gs.add_seat(sample_db, working, Role.LEADER, person_id=ids["李猛"])
    with pytest.raises(ValidationError, match="科室或单位"):
        gs.add_seat(sample_db, working, Role.CO_SECTION, person_id=ids["李猛"])
    version = next(s for s in gs.group_seats(sample_db, working, TODAY) if s.id == added).version
    gs.remove_seat(sample_db, added, version)
    assert len(seat_names(sample_db, working)) == 4
    # a seat's history: the holder now and the one before
    successor = ps.create_person(sample_db, 1, "韦新华")
    hs.assign_successor(sample_db, ids["靳磊"], successor, D(2022, 7, 1))
    seat = next(s for s in gs.group_seats(sample_db, working, D(2022, 7, 2)) if s.role is Role.SUPERVISING_LEADER)
    history = gs.seat_history(sample_db, seat.id)
    assert [(h.holder, h.start, h.end) for h in history] == [
        ("韦新华", D(2022, 7, 1), None),
        ("靳磊", D(2022, 5, 5), D(2022, 6, 30)),
    ]
    assert seat.took_over_from == "靳磊" and seat.title == "副局长"


# -- the schema -----------------------------------------------------------------------------------


@pytest.mark.sqlite_only(reason="downgrading a file to the previous revision and opening it again")
def test_an_older_file_gets_the_people_index_when_upgraded(sample_path):
    from desktop.db.database import Database
    from desktop.db.engine import create_engine_for
    from desktop.db.schema import downgrade, migration_transaction
    from desktop.db.target import Target

    engine = create_engine_for(Target(path=sample_path))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0006")
    engine.dispose()
    assert "search_key" not in [row[1] for row in execute(sample_path, "PRAGMA table_info(person)")]
    database = Database.open(sample_path)
    try:
        assert search(database, "zln") == ["钟丽娜"]
        with database.read() as session:
            assert all(p.search_key for p in session.scalars(select(Person)))
            assert session.query(Membership).count() == 28
    finally:
        database.close()
