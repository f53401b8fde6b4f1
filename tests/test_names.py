"""A department's full name, short name and the short name without 科 are recognised wherever text is
matched: the matcher itself, the checklist's preparation plans, the plan loader, the task list's
filter, returned forms and the section filter of printouts and forms."""

import datetime as dt
import tomllib

import pytest
from sqlalchemy import select

from desktop.errors import UserError
from desktop.models import Inspection, InspectionUnit, TaskUnitRole
from desktop.paths import sample_plan_file
from desktop.people.names import DepartmentMatcher, DepartmentName
from desktop.services import forms_import as fi
from desktop.services.departments import department_names
from desktop.services.printouts import ReportOptions, reports

from test_forms_import import TITLE_1, identity_for, make_form

SECTIONS = [
    DepartmentName(1, "法规与监督诚信科", "法监科"),
    DepartmentName(2, "发展规划与资源配置科", "规配科"),
    DepartmentName(3, "重大专项科", "重大科"),
    DepartmentName(4, "人才引智与对外合作科", "人才科"),
    DepartmentName(5, "农业农村和社会发展科技科"),
    DepartmentName(6, "市委组织部", kind="external"),
]


@pytest.fixture
def matcher():
    return DepartmentMatcher(SECTIONS)


def short(departments):
    return [d.display_name for d in departments]


def test_every_name_finds_the_department(matcher):
    for text in ("法规与监督诚信科", "法监科", "法监", " 法监科 ", "法监科\n"):
        assert matcher.find(text).id == 1, text
    assert matcher.find("规配").display_name == "规配科"
    assert matcher.find("农业农村和社会发展科技科").id == 5  # a joiner (和) inside a full name
    assert matcher.find("财务科") is None and matcher.find("") is None
    assert short(matcher.matching("资源配置")) == ["规配科"]  # part of a full name
    assert short(matcher.matching("人才")) == ["人才科"]
    assert matcher.matching("科") == []  # one character matches nothing by itself
    assert short(matcher.mentioned_in("攻坚台帐-规配科-2022年5月")) == ["规配科"]
    assert short(matcher.mentioned_in("发展规划与资源配置科、法监科5月台帐")) == ["规配科", "法监科"]
    assert matcher.mentioned_in("人才工作与重大项目推荐") == []  # a stem in running text is an ordinary word
    assert "法规与监督诚信科（法监科）" in matcher.known_sections() and "市委组织部" not in matcher.known_sections()


@pytest.mark.parametrize(
    ("text", "lead", "co"),
    [
        ("7月备检，法监科牵头，协同规配、重大、人才科。", ["法监科"], ["规配科", "重大科", "人才科"]),
        ("实时备检，规配科、法监科牵头，协同重大科、人才科。", ["规配科", "法监科"], ["重大科", "人才科"]),
        ("法规与监督诚信科牵头，配合发展规划与资源配置科和重大专项科", ["法监科"], ["规配科", "重大科"]),
        ("研发经费奖补政策 5 月一场，国家创新型城市 6 月一场。共两场，规配科牵头。", ["规配科"], []),
    ],
)
def test_a_preparation_plan_names_who_leads_and_who_joins(matcher, text, lead, co):
    units = matcher.parse_units(text)
    assert (short(units.lead), short(units.co), units.unknown) == (lead, co, [])


def test_three_sections_means_the_three_just_named(matcher):
    recent = [matcher.find("规配"), matcher.find("重大"), matcher.find("人才")]
    assert short(matcher.parse_units("7月备检，法监科牵头，协同三科。", recent).co) == ["规配科", "重大科", "人才科"]
    assert matcher.parse_units("7月备检，法监科牵头，协同三科。", recent[:2]).unknown == ["三科"]
    units = matcher.parse_units("5-6 月，规配科、重大科、人才科牵头总结各自任务经验，法监科进行统筹协调服务与总汇。")
    assert short(units.lead) == ["规配科", "重大科", "人才科"] and short(units.other) == ["法监科"]
    assert matcher.parse_units("财务科牵头").unknown == ["财务科"]


def test_the_checklist_as_written_gives_the_sections_the_plan_stores(sample_db):
    """Each row of 附件 3, read in order, names the sections the plan file lists for it."""
    with sample_db.read() as session:
        inspections = session.scalars(select(Inspection).order_by(Inspection.seq)).all()
        units = session.execute(select(InspectionUnit.inspection_id, InspectionUnit.department_id, InspectionUnit.role)
                                .order_by(InspectionUnit.position)).all()
    matcher = DepartmentMatcher(department_names(sample_db, 1))
    recent = []
    for inspection in inspections:
        parsed = matcher.parse_units(inspection.plan_text, recent)
        stored = [(d, r) for i, d, r in units if i == inspection.id]
        assert [d.id for d in parsed.lead] == [d for d, r in stored if r is TaskUnitRole.LEAD], inspection.plan_text
        assert [d.id for d in parsed.co] == [d for d, r in stored if r is TaskUnitRole.CO], inspection.plan_text
        recent = parsed.co or recent


def test_a_plan_file_without_unit_lists_reads_them_from_the_plan_text(empty_db, tmp_path):
    from desktop.services.plan_file import load_plan

    text = sample_plan_file().read_text(encoding="utf-8")
    data = tomllib.loads(text)
    kept = [line for line in text.splitlines() if not line.startswith(("lead = ", "co = "))]
    # and a task naming its sections by short name and short name without 科
    edited = "\n".join(kept).replace('lead_sections = ["发展规划与资源配置科"]', 'lead_sections = ["规配"]').replace(
        'co_sections = ["重大专项科"]', 'co_sections = ["重大科"]'
    )
    path = tmp_path / "plan.toml"
    path.write_text(edited, encoding="utf-8")
    with empty_db.write() as session:
        load_plan(session, path)
    with empty_db.read() as session:
        rows = session.execute(
            select(Inspection.seq, InspectionUnit.role, InspectionUnit.department_id)
            .join(InspectionUnit).order_by(Inspection.seq, InspectionUnit.position)
        ).all()
        departments = {d.id: d.name for d in department_names(empty_db, 1)}
    read = {}
    for seq, role, department in rows:
        read.setdefault(seq, {"lead": [], "co": []})["lead" if role is TaskUnitRole.LEAD else "co"].append(departments[department])
    assert read == {i["seq"]: {"lead": i["lead"], "co": i["co"]} for i in data["inspections"]}


def test_the_task_filter_finds_a_section_by_any_of_its_names(qtbot, sample_db):
    from desktop.views.tasks_tab import TasksTab

    tab = TasksTab()
    qtbot.addWidget(tab)
    tab.load(sample_db, 1)

    def shown(text):
        tab.filter_edit.setText(text)
        return [tab.model.row(i).code for i in range(tab.model.rowCount())]

    assert shown("规配科") == ["2-1"]
    assert shown("发展规划与资源配置科") == ["2-1"]  # the list shows 规配科; the full name finds it too
    assert shown("规配") == ["2-1"]
    assert shown("重大专项科") == ["2-1"]  # a co-operating section
    assert shown("人才引智与对外合作科") == ["2-2"]
    assert shown("资源配置") == ["2-1"]
    assert shown("财务科") == []


def test_a_returned_form_is_signed_by_the_section_its_name_or_identity_names(sample_db, tmp_path):
    named = make_form(tmp_path / "发展规划与资源配置科5月台帐.xlsx", [("1", TITLE_1, "", "第二批揭榜需求已发布。")])
    preview = fi.preview_files(sample_db, 1, [named])[0]
    assert preview.section == "规配科"
    fi.apply(sample_db, [preview], chosen=lambda p, r: True, today=dt.date(2022, 6, 20))
    from desktop.models import ProgressReport

    with sample_db.read() as session:
        report = session.scalars(select(ProgressReport).order_by(ProgressReport.id.desc())).first()
    assert report.author == "规配科"
    identified = make_form(tmp_path / "回传.xlsx", [("2-1", TITLE_1, "", "赛马制方案已印发。")],
                           identity=identity_for(sample_db, ["2-1"], section="发展规划与资源配置科"))
    assert fi.preview_files(sample_db, 1, [identified])[0].section == "规配科"
    unknown = make_form(tmp_path / "台帐.xlsx", [("1", TITLE_1, "", "内容")])
    assert fi.preview_files(sample_db, 1, [unknown])[0].section == ""


def test_printouts_and_forms_take_a_section_by_any_of_its_names(sample_db, tmp_path):
    for name in ("人才引智与对外合作科", "人才科", "人才"):
        table = reports()["ledger"].build(sample_db, 1, ReportOptions(section=name))
        assert [row[0] for row in table.rows] == ["2-2"], name
    with pytest.raises(UserError, match="没有名为“财务科”的科室。可用的科室：.*法规与监督诚信科（法监科）"):
        reports()["checklist"].build(sample_db, 1, ReportOptions(section="财务科"))
    from desktop.services.forms_export import export_section_forms

    paths = export_section_forms(sample_db, 1, tmp_path, "2022年6月", None, section="规配")
    assert [p.name for p in paths] == ["攻坚台帐-规配科-2022年6月.xlsx"]


def test_a_month_of_publicity_items_names_sections_by_any_of_their_names(sample_db, tmp_path):
    from desktop.services import quota_import

    from test_quota_import import write_sheet

    path = write_sheet(tmp_path / "归集.xlsx", [
        ("改革信息", "规配", "三制一补机制见成效", "2022-06-10", "", "", ""),
        ("改革信息", "重大专项科", "揭榜制项目", "2022-06-15", "", "", ""),
        ("媒体报道", "人才科", "人才飞地报道", "2022-06-03", "", "", ""),
        ("媒体报道", "财务科", "某报道", "2022-06-20", "", "", ""),
    ])
    preview = quota_import.preview_items(sample_db, 1, path)
    assert [r.status for r in preview.rows] == ["ready", "ready", "ready", "error"]
    assert preview.rows[3].messages == ["没有名为“财务科”的科室"]
