"""The section × month matrix against hand-computed tables; the quota services that feed it."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.errors import UserError
from desktop.models import AuditEntry
from desktop.models.enums import RestDayShift
from desktop.models.quota import PublicityItem, QuotaRequirement
from desktop.quotas.counting import Spec
from desktop.quotas.matrix import CellState, Requirement, build_matrix
from desktop.services import quotas
from desktop.workdays import load_calendar

D = dt.date


@pytest.fixture
def plan_id(sample_db) -> int:
    from desktop.services.workspace import current_plan

    return current_plan(sample_db).id
M, S, P, I, N = CellState.MET, CellState.SHORT, CellState.PENDING, CellState.IN_PERIOD, CellState.NONE


def small_matrix(kind=None):
    requirements = [
        Requirement(1, 10, "信息", 1, Spec(1, every_months=1, carry_over=True)),
        Requirement(2, 10, "信息", 2, Spec(1, every_months=2)),
        Requirement(3, 10, "信息", None, Spec(2, every_months=1)),
        Requirement(4, 20, "报道", 1, Spec(1, months=(5, 6))),
    ]
    counts = {(10, 1, 6): 1, (10, 1, 7): 1, (10, 2, 5): 1, (10, 2, 7): 1, (20, 1, 6): 1, (10, 3, 6): 1}
    return build_matrix(
        year=2022, first_month=5, today=D(2022, 7, 15), sections=[(1, "甲科"), (2, "乙科")],
        requirements=requirements, counts=counts, rule_kinds={10: "信息", 20: "报道"}, kind=kind,
    )


def table(row):
    return [(c.text(), c.state, c.carried) for c in row.cells]


def test_matrix_all_kinds_against_a_hand_computed_table():
    matrix = small_matrix()
    a, b, bureau = matrix.rows
    assert [r.name for r in matrix.rows] == ["甲科", "乙科", "全局"]
    none4 = [("", N, 0)] * 4
    # 甲科: 1 a month with carry-over (May short 1 → June owes 2 and gets 1 → July owes 2), and 5–6 月 1 (met).
    assert table(a) == none4 + [
        ("0/1", S, 0), ("2/3", S, 1), ("1/2", P, 1), ("0/1", P, 0),
        ("0/1", P, 0), ("0/1", P, 0), ("0/1", P, 0), ("0/1", P, 0),
    ]
    assert (a.required, a.delivered, a.outstanding) == (9, 3, 1)
    # 乙科: 1 every 2 months, shown in the period's second month; the first month shows what came in.
    assert table(b) == none4 + [
        ("1", I, 0), ("1/1", M, 0), ("1", I, 0), ("1/1", M, 0),
        ("0", I, 0), ("0/1", P, 0), ("0", I, 0), ("0/1", P, 0),
    ]
    assert (b.required, b.delivered, b.outstanding, b.total_text()) == (4, 2, 0, "2/4")
    # The bureau against the city's 2 a month: every item of the rule counts, a section's or not.
    assert table(bureau)[4:8] == [("1/2", S, 0), ("2/2", M, 0), ("2/2", M, 0), ("0/2", P, 0)]
    assert [c.month_delivered for c in bureau.cells[4:7]] == [1, 3, 2]
    assert (bureau.required, bureau.delivered, bureau.outstanding) == (16, 5, 1)
    assert a.cells[5].shortfall == 1 and matrix.row_for(2) is b and matrix.bureau is bureau


def test_matrix_of_one_kind():
    a, b, bureau = small_matrix("报道").rows
    assert table(a)[4:6] == [("0", I, 0), ("1/1", M, 0)]
    assert table(b)[5] == ("", N, 0) and b.required == 0
    assert table(bureau)[5] == ("1", N, 0) and bureau.required == 0


def test_seed_matrix_with_items_and_the_working_day_calendar(sample_db, plan_id):
    data = quotas.load_data(sample_db, plan_id)
    sections = {s.name: s.id for s in data.all_sections}
    rules = {r.kind: r.id for r in data.rules}
    for section, day in (("规配科", D(2022, 5, 10)), ("重大科", D(2022, 6, 2)), ("法监科", D(2022, 6, 3))):
        quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rules["改革信息"], sections[section], "信息", day))
    data = quotas.load_data(sample_db, plan_id)
    assert [s.name for s in data.sections] == ["法监科", "规配科", "重大科", "人才科"]
    matrix = quotas.compute_matrix(data, load_calendar(sample_db), D(2022, 7, 1), "改革信息")
    rows = {r.name: r for r in matrix.rows}
    assert [c.text() for c in rows["规配科"].cells[4:8]] == ["1/1", "0/1", "0/1", "0/1"]
    assert [c.state for c in rows["规配科"].cells[4:8]] == [M, S, P, P]
    assert [c.text() for c in rows["重大科"].cells[4:6]] == ["0", "1/1"]
    assert [c.text() for c in rows["法监科"].cells[4:6]] == ["", "1"]  # no duty, but its item is shown
    assert [c.text() for c in rows["全市要求"].cells[4:7]] == ["1/2", "2/2", "0/2"]
    assert [c.state for c in rows["全市要求"].cells[4:7]] == [S, M, P]
    # The collection day of the media reports follows the working-day calendar: 2022-06-25 is a
    # Saturday, so the May–June period was due on Friday the 24th and is short on the 25th.
    media = quotas.compute_matrix(data, load_calendar(sample_db), D(2022, 6, 25), "媒体报道")
    june = {r.name: r.cells[5] for r in media.rows}["人才科"]
    assert june.state is S and june.outcomes[0][1].period.due == D(2022, 6, 24)
    assert quotas.compute_matrix(data, load_calendar(sample_db), D(2022, 6, 24), "媒体报道").rows[2].cells[5].state is P


def test_items_saved_edited_deleted_with_version_checks_and_audit(sample_db, plan_id):
    data = quotas.load_data(sample_db, plan_id)
    rule = data.rules[0].id
    section = data.all_sections[3].id
    item_id = quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rule, section, "  柳州科技创新信息  ", D(2022, 6, 1), "柳州日报"))
    (item,) = quotas.list_items(sample_db, plan_id)
    assert (item.title, item.channel, item.published) == ("柳州科技创新信息", "柳州日报", False)
    quotas.save_item(sample_db, item_id, item.version, quotas.ItemDraft(rule, section, "改过的标题", D(2022, 6, 2), published=True))
    with pytest.raises(quotas.StaleEdit, match="刚被另一台电脑上的同事修改过"):
        quotas.save_item(sample_db, item_id, item.version, quotas.ItemDraft(rule, section, "旧版本", D(2022, 6, 2)))
    with pytest.raises(UserError, match="“标题”不能为空"):
        quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rule, section, "  ", D(2022, 6, 1)))
    with pytest.raises(UserError, match="不在计划年度"):
        quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rule, section, "信息", D(2030, 6, 1)))
    (item,) = quotas.list_items(sample_db, plan_id)
    assert item.title == "改过的标题" and item.published
    quotas.delete_item(sample_db, item_id, item.version)
    assert quotas.list_items(sample_db, plan_id) == []
    with pytest.raises(quotas.StaleEdit, match="已在另一台电脑上被删除"):
        quotas.delete_item(sample_db, item_id, item.version)
    with sample_db.read() as session:
        notes = session.scalars(
            select(AuditEntry.note).where(AuditEntry.table_name == "publicity_item").order_by(AuditEntry.id)
        ).all()
    assert notes == ["登记宣传条目", "修改宣传条目", "删除宣传条目"]


def test_rules_saved_with_requirements_and_refused_when_in_use(sample_db, plan_id):
    data = quotas.load_data(sample_db, plan_id)
    rule = data.rules[2]  # 媒体报道
    changed = [
        r if r.department_id is None else quotas.RequirementDraft(**{**r.__dict__, "carry_over": True,
                                                                    "rest_day_shift": RestDayShift.AFTER})
        for r in rule.requirements
    ]
    fields = {"kind": rule.kind, "content": rule.content, "method": rule.method, "coordinator_id": rule.coordinator_id}
    quotas.save_rule(sample_db, plan_id, rule.id, rule.version, fields, changed[:3])
    with pytest.raises(quotas.StaleEdit, match="刚被另一台电脑上的同事修改过"):
        quotas.save_rule(sample_db, plan_id, rule.id, rule.version, fields, changed)
    after = next(r for r in quotas.load_data(sample_db, plan_id).rules if r.id == rule.id)
    assert len(after.requirements) == 3 and after.version > rule.version
    assert [r.id for r in after.requirements] == [r.id for r in rule.requirements[:3]]
    assert [(r.carry_over, r.rest_day_shift) for r in after.requirements[1:]] == [(True, RestDayShift.AFTER)] * 2
    with sample_db.read() as session:
        assert session.scalar(select(QuotaRequirement).where(QuotaRequirement.id == rule.requirements[3].id)) is None

    with pytest.raises(UserError, match="指定月份“13”无法识别"):
        quotas.save_rule(sample_db, plan_id, None, None, {"kind": "新规则"}, [quotas.RequirementDraft(every_months=None, months="13")])
    with pytest.raises(UserError, match="至少需要一条数量要求"):
        quotas.save_rule(sample_db, plan_id, None, None, {"kind": "新规则"}, [])
    new_id = quotas.save_rule(
        sample_db, plan_id, None, None, {"kind": "新规则"}, [quotas.RequirementDraft(amount=3, every_months=None, months="6、12")]
    )
    new = next(r for r in quotas.load_data(sample_db, plan_id).rules if r.id == new_id)
    assert (new.seq, new.requirements[0].months, new.requirements[0].amount) == (6, "6,12", 3)
    assert quotas.describe(new.requirements[0]) == "6、12月3项"

    quotas.add_item(sample_db, plan_id, quotas.ItemDraft(new_id, None, "发布会", D(2022, 6, 1)))
    with pytest.raises(UserError, match="已登记了 1 条宣传条目，不能删除"):
        quotas.delete_rule(sample_db, new_id, new.version)
    with sample_db.write() as session:
        session.execute(PublicityItem.__table__.delete())
    quotas.delete_rule(sample_db, new_id, new.version)
    assert new_id not in {r.id for r in quotas.load_data(sample_db, plan_id).rules}


def test_indicator_series(sample_db, plan_id):
    series = {s.name: s for s in quotas.indicator_series(sample_db, plan_id)}
    share = series["全社会研发经费支出占地区生产总值比重"]
    assert (share.target, share.unit, share.task_code, share.values) == (2.0, "%", "2-1", ())
    assert series["征集技术攻关类揭榜制科技项目技术需求"].values == ((D(2022, 5, 5), 5.0),)


def test_export_matrix_to_excel(tmp_path):
    from desktop.excel.quota_matrix import FILLS, export_matrix

    path = export_matrix(small_matrix(), tmp_path / "完成情况", title="2022年宣传推广完成情况", kind_label="全部事项",
                         today=D(2022, 7, 15))
    assert path.suffix == ".xlsx"
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "B4"
    assert [sheet.cell(3, c).value for c in (1, 2, 13, 14, 15)] == ["科室", "1月", "12月", "合计（已报/应报）", "欠缺"]
    assert [sheet.cell(r, 1).value for r in (4, 5, 6)] == ["甲科", "乙科", "全局"]
    assert sheet["G4"].value == "2/3（含结转1）" and sheet["G4"].fill.fgColor.rgb.endswith(FILLS[S])
    assert sheet["G5"].value == "1/1" and sheet["G5"].fill.fgColor.rgb.endswith(FILLS[M])
    assert sheet["N4"].value == "3/9" and sheet["O4"].value == 1
    assert sheet.cell(2, 1).value == "事项：全部事项　　统计截至：2022-07-15"
