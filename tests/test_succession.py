"""顺位代替 on the seed's real groups: who acts when someone leaves or is away, handing over to a successor,
and who held a role on a given date."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.models import Membership, ResponsibilityHistory, Task
from desktop.models.enums import GroupKind, Role
from desktop.people.succession import Capacity, GroupFacts, PersonFacts, Presence, SeatFacts, Succession
from desktop.services import handover as hs
from desktop.services import people as ps
from desktop.services.printouts import ReportOptions, reports
from desktop.services.rows import task_rows
from desktop.services.tasks import load_task

D = dt.date
TODAY = D(2022, 6, 27)


@pytest.fixture
def ids(sample_db):
    return {row.name: row.id for row in ps.people_rows(sample_db, 1, TODAY)}


def task_id(db, code):
    with db.read() as session:
        return session.scalar(select(Task.id).where(Task.code == code))


def page(db, person_id, day=TODAY):
    return ps.person_page(db, person_id, day)


def leave(db, person_id, day=D(2022, 6, 1), **kw):
    return hs.mark_departed(db, person_id, page(db, person_id).version, day, **kw)


def test_the_leader_departs_and_the_first_deputy_acts(sample_db, ids):
    leave(sample_db, ids["管伟荣"])
    shown = page(sample_db, ids["管伟荣"])
    assert shown.presence is Presence.DEPARTED and shown.status == "已离任（2022-06-01）"
    assert shown.acting_lines == ("领导职务：李荣军（代 管伟荣）",)
    seat = next(h for h in shown.holdings if h.kind == "seat")
    assert (seat.role, seat.answering) == ("组长", "李荣军（代 管伟荣）")
    # the first deputy sees it on their own page
    acting = [h for h in page(sample_db, ids["李荣军"]).holdings if h.role.startswith("代 管伟荣")]
    assert [h.role for h in acting] == ["代 管伟荣：组长"]
    # and the first deputy being away too, the second acts
    ps.add_absence(sample_db, ids["李荣军"], D(2022, 6, 20), D(2022, 7, 1))
    assert page(sample_db, ids["管伟荣"]).acting_lines == ("领导职务：董秀鸾（代 管伟荣）",)
    assert page(sample_db, ids["管伟荣"], D(2022, 7, 2)).acting_lines == ("领导职务：李荣军（代 管伟荣）",)


def test_a_supervising_leader_away_is_replaced_by_the_next_deputy_everywhere(sample_db, ids):
    """靳磊 (副组长, 3rd) leads working group (一) and task 2-1: 郑晓鸿, the next 副组长, acts."""
    leave(sample_db, ids["靳磊"])
    rows = {r.code: r for r in task_rows(sample_db, 1, TODAY)}
    assert rows["2-1"].supervising_leader == "郑晓鸿（代 靳磊）"
    assert rows["2-2"].supervising_leader == "董秀鸾"
    snapshot = load_task(sample_db, task_id(sample_db, "2-1"), today=TODAY)
    assert snapshot.acting == {"supervising_leader_id": "郑晓鸿（代 靳磊）"}
    holdings = page(sample_db, ids["靳磊"]).holdings
    assert {(h.kind, h.role, h.answering) for h in holdings} == {
        ("seat", "副组长", "郑晓鸿（代 靳磊）"),
        ("seat", "分管领导", "郑晓鸿（代 靳磊）"),
        ("task", "分管领导", "郑晓鸿（代 靳磊）"),
    }


def test_a_lead_section_head_departs_and_the_working_group_order_passes_it_on(sample_db, ids):
    """钟丽娜 heads 规配科, which leads working group (一) with 重大专项科 as 合办科室: with nobody else
    in 规配科, the co-operating section's head 曾智勇 acts in everything 规配科 answers for."""
    leave(sample_db, ids["钟丽娜"])
    shown = page(sample_db, ids["钟丽娜"])
    assert shown.acting_lines == ("科室负责人职责：曾智勇（代 钟丽娜）",)
    kinds = {h.kind for h in shown.holdings}
    assert kinds == {"seat", "task", "inspection", "quota"}
    assert all(h.answering == "曾智勇（代 钟丽娜）" for h in shown.holdings)
    inspections = {h.code: h.role for h in shown.holdings if h.kind == "inspection"}
    assert inspections == {"1": "协同准备", "2": "协同准备", "3": "协同准备", "4": "牵头准备", "5": "牵头准备",
                           "6": "牵头准备", "7": "协同准备"}
    quotas = [h.title for h in shown.holdings if h.kind == "quota"]
    assert "改革信息" in quotas and "新闻发布：研发经费奖补政策" in quotas and "新闻发布" in quotas  # 统筹 too
    # 2-2's lead section 人才科 has no 合办科室: its group's 分管领导 董秀鸾 acts for 黄轶君
    leave(sample_db, ids["黄轶君"])
    assert page(sample_db, ids["黄轶君"]).acting_lines == ("科室负责人职责：董秀鸾（代 黄轶君）",)
    rows = {r.code: r for r in task_rows(sample_db, 1, TODAY)}
    assert rows["2-2"].responsible == "董秀鸾（代 黄轶君）"


def test_a_section_head_is_first_replaced_by_the_next_of_their_own_section(sample_db, ids):
    deputy = ps.create_person(sample_db, 1, "王晓明", "发展规划与资源配置科副科长", page(sample_db, ids["钟丽娜"]).fields["department_id"])
    leave(sample_db, ids["钟丽娜"])
    assert page(sample_db, ids["钟丽娜"]).acting_lines == ("科室负责人职责：王晓明（代 钟丽娜）",)
    snapshot = load_task(sample_db, task_id(sample_db, "2-1"), today=TODAY)
    assert snapshot.acting == {"section_head_id": "王晓明（代 钟丽娜）"}
    roles = {h.role for h in page(sample_db, deputy).holdings}
    assert "代 钟丽娜：科室负责人" in roles and "代 钟丽娜：牵头准备" in roles


def test_a_member_who_heads_no_working_group_falls_to_the_next_member(sample_db, ids):
    leave(sample_db, ids["曾智勇"])
    assert page(sample_db, ids["曾智勇"]).acting_lines == ("科室负责人职责：卢超团（代 曾智勇）",)


def test_an_absence_is_a_period_and_ends_by_itself(sample_db, ids):
    ps.add_absence(sample_db, ids["靳磊"], D(2022, 6, 20), D(2022, 7, 5), "外出学习")
    assert page(sample_db, ids["靳磊"], D(2022, 6, 19)).presence is Presence.SERVING
    during = page(sample_db, ids["靳磊"], D(2022, 6, 20))
    assert during.presence is Presence.ABSENT and during.status == "暂离（至 2022-07-05）"
    assert during.acting_lines == ("领导职务：郑晓鸿（代 靳磊）",)
    assert page(sample_db, ids["靳磊"], D(2022, 7, 5)).presence is Presence.ABSENT
    assert page(sample_db, ids["靳磊"], D(2022, 7, 6)).presence is Presence.SERVING
    with pytest.raises(ps.ValidationError, match="重叠"):
        ps.add_absence(sample_db, ids["靳磊"], D(2022, 7, 1), D(2022, 7, 10))
    with pytest.raises(ps.ValidationError, match="早于"):
        ps.add_absence(sample_db, ids["靳磊"], D(2022, 8, 2), D(2022, 8, 1))
    absence = page(sample_db, ids["靳磊"]).absences[0]
    ps.remove_absence(sample_db, absence.id, absence.version)
    assert page(sample_db, ids["靳磊"], D(2022, 6, 25)).presence is Presence.SERVING


def test_a_successor_takes_over_and_the_history_names_who_held_each_role_when(sample_db, ids):
    leave(sample_db, ids["钟丽娜"], D(2022, 6, 1))
    successor = ps.create_person(sample_db, 1, "韦新华", "发展规划与资源配置科科长")
    moved = hs.assign_successor(sample_db, ids["钟丽娜"], successor, D(2022, 7, 1))
    assert moved[:3] == ["领导小组 成员", "工作小组（一） 科室负责人", "任务 2-1 科室负责人"]
    first = task_id(sample_db, "2-1")

    def on(day):
        return {r.label: r.shown for r in hs.responsible_on(sample_db, first, day)}

    assert on(D(2022, 3, 15)) == {"责任人": "邱明宏", "分管领导": "靳磊", "科室负责人": "钟丽娜"}
    assert on(D(2022, 6, 15))["科室负责人"] == "曾智勇（代 钟丽娜）"  # left, not yet replaced: the next in order
    assert on(D(2022, 7, 15))["科室负责人"] == "韦新华"
    # the seats: the old one ended the day before, the new one continues it
    with sample_db.read() as session:
        old = session.scalars(select(Membership).where(Membership.person_id == ids["钟丽娜"])).all()
        new = session.scalars(select(Membership).where(Membership.person_id == successor)).all()
        history = session.scalars(select(ResponsibilityHistory)).all()
    assert {s.end_date for s in old} == {D(2022, 6, 30)}
    assert {(s.start_date, s.predecessor_id in {o.id for o in old}) for s in new} == {(D(2022, 7, 1), True)}
    assert [(h.field, h.person_name, h.end_date) for h in history] == [("section_head_id", "钟丽娜", D(2022, 6, 30))]
    # the successor, though from no section, now heads 规配科: its inspections and quotas are theirs
    kinds = {h.kind for h in page(sample_db, successor, D(2022, 7, 2)).holdings}
    assert kinds == {"seat", "task", "inspection", "quota"}
    assert not page(sample_db, ids["钟丽娜"], D(2022, 7, 2)).holdings
    lines = [(h.what, h.note) for h in page(sample_db, ids["钟丽娜"], D(2022, 7, 2)).history]
    assert ("领导小组 成员", "由 韦新华 接任") in lines and ("任务 2-1 科室负责人", "韦新华 接任") in lines


def test_handing_over_a_responsible_person_renames_the_ledger_and_keeps_both_periods(sample_db, ids):
    second = task_id(sample_db, "2-2")
    successor = ps.create_person(sample_db, 1, "蒙丽", "人才引智与对外合作科科长")
    hs.assign_successor(sample_db, ids["黄轶君"], successor, D(2022, 9, 1))
    before = {r.field: r.holder for r in hs.responsible_on(sample_db, second, D(2022, 8, 31))}
    after = {r.field: r.holder for r in hs.responsible_on(sample_db, second, D(2022, 9, 1))}
    assert before == {"responsible_person_id": "黄轶君", "supervising_leader_id": "董秀鸾", "section_head_id": "黄轶君"}
    assert after == {"responsible_person_id": "蒙丽", "supervising_leader_id": "董秀鸾", "section_head_id": "蒙丽"}
    # the ledger's 责任人 as written names the successor in the same post, and printed for a day
    # before the handover, the one who held it then
    ledger = reports()["ledger"].build(sample_db, 1, ReportOptions(today=D(2022, 9, 2)))
    assert {row[0]: row[5] for row in ledger.rows}["2-2"] == "蒙丽 人才引智与对外合作科科长"
    ledger = reports()["ledger"].build(sample_db, 1, ReportOptions(today=D(2022, 8, 31)))
    assert {row[0]: row[5] for row in ledger.rows}["2-2"] == "黄轶君 人才引智与对外合作科科长"


def test_the_roster_and_the_ledger_name_the_acting_person(sample_db, ids):
    leave(sample_db, ids["黄轶君"])
    ps.add_absence(sample_db, ids["管伟荣"], D(2022, 6, 20), D(2022, 6, 30))
    roster = reports()["roster"].build(sample_db, 1, ReportOptions(today=TODAY))
    by_name = {row[2]: row[4] for row in roster.rows}
    assert by_name["管伟荣（暂离）"] == "由 李荣军 代行"
    assert by_name["黄轶君（已离任）"] == "由 董秀鸾 代行"
    ledger = reports()["ledger"].build(sample_db, 1, ReportOptions(today=TODAY))
    assert {row[0]: row[5] for row in ledger.rows}["2-2"] == "董秀鸾（代 黄轶君 人才引智与对外合作科科长）"
    # printed for a day before the departure, the ledger names 黄轶君 as written
    ledger = reports()["ledger"].build(sample_db, 1, ReportOptions(today=D(2022, 5, 20)))
    assert {row[0]: row[5] for row in ledger.rows}["2-2"] == "黄轶君 人才引智与对外合作科科长"
    # after a successor is named the roster shows the new holder in the seat
    successor = ps.create_person(sample_db, 1, "蒙丽", "人才引智与对外合作科科长")
    hs.assign_successor(sample_db, ids["黄轶君"], successor, D(2022, 7, 1))
    roster = reports()["roster"].build(sample_db, 1, ReportOptions(today=D(2022, 7, 2)))
    names = [row[2] for row in roster.rows]
    assert "蒙丽" in names and not any("黄轶君" in n for n in names)


def test_the_rule_without_a_database():
    """The pure rule, on a made-up group: the leader, deputies in order, members, sections."""
    people = [PersonFacts(1, "甲"), PersonFacts(2, "乙"), PersonFacts(3, "丙", departed_on=D(2022, 1, 1)),
              PersonFacts(4, "丁"), PersonFacts(5, "戊", department_id=10), PersonFacts(6, "己", department_id=10, position=1)]
    groups = [GroupFacts(1, GroupKind.LEADERSHIP)]
    seats = [SeatFacts(1, 1, Role.LEADER, 0, 1), SeatFacts(2, 1, Role.DEPUTY, 1, 3), SeatFacts(3, 1, Role.DEPUTY, 2, 2),
             SeatFacts(4, 1, Role.MEMBER, 3, 5), SeatFacts(5, 1, Role.MEMBER, 4, 4)]
    rule = Succession(people, seats, groups)
    day = D(2022, 6, 1)
    assert rule.acting_for(1, day) is None  # serving: nobody acts
    away = Succession([PersonFacts(1, "甲", departed_on=day)] + people[1:], seats, groups)
    assert away.acting_for(1, day) == 2  # the first deputy (丙) has left: the next one
    assert away.capacity(5, day) is Capacity.SECTION_HEAD and away.head_of(10, day) == 5
    gone = Succession(people[:4] + [PersonFacts(5, "戊", department_id=10, departed_on=day), people[5]], seats, groups)
    assert gone.stand(5, day).label() == "己（代 戊）"  # the next of the section comes first
