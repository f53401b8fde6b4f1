"""The built-in plan holds the whole source document, as written."""

import datetime as dt
import re
import tomllib

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.models import (
    Contact,
    DateWindow,
    Group,
    GroupKind,
    Indicator,
    Inspection,
    InspectionUnit,
    Membership,
    Person,
    Plan,
    QuotaRequirement,
    QuotaRule,
    Role,
    Task,
    TaskUnit,
    WindowKind,
)
from desktop.paths import sample_plan_file
from desktop.services.plan_file import PlanFileError, load_plan

D = dt.date


def squash(text: str) -> str:
    """Text without markup, list bullets and whitespace, so line and page breaks of the source do not matter."""
    text = re.sub(r"(?m)^- ", "", re.sub(r"</?p>", "", text))
    return re.sub(r"\s+", "", text)


def appears_in(text: str, document: str, max_pieces: int = 2) -> bool:
    """Whether *text* stands in *document*, allowing one split where a table cell runs over a page break."""
    rest = squash(text)
    for _ in range(max_pieces):
        if rest in document:
            return True
        # the longest prefix of what is left that the document has
        low, high = 0, len(rest)
        while low < high:
            mid = (low + high + 1) // 2
            if rest[:mid] in document:
                low = mid
            else:
                high = mid - 1
        if low < 8:
            return False
        rest = rest[low:]
    return False


#: Fields of the data file that are Duban's own labels or codes, not text of the document.
OWN_FIELDS = {
    "format", "kind", "level", "status", "role", "scope", "state", "source_ref", "period", "note",
    "subject", "text", "name:groups", "label:groups", "title:milestones", "name:indicators", "purpose",
    "lead", "co", "lead_sections", "co_sections", "responsible_units", "department", "coordinator",
    "person", "task", "measure", "responsible_person", "supervising_leader", "section_head", "owner",
    "source:reports", "due", "name:people",
}


def document_strings(node, parent=""):
    """Every string of the data file that must stand in the document, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in OWN_FIELDS or f"{key}:{parent}" in OWN_FIELDS:
                continue
            yield from document_strings(value, key if isinstance(value, list) else parent)
    elif isinstance(node, list):
        for item in node:
            yield from document_strings(item, parent)
    elif isinstance(node, str) and node.strip():
        yield parent, node


def test_every_text_of_the_built_in_plan_stands_in_the_document(seed_text):
    data = tomllib.loads(sample_plan_file().read_text(encoding="utf-8"))
    document = squash(seed_text)
    missing = [(where, text) for where, text in document_strings(data) if not appears_in(text, document)]
    assert missing == []
    # and the check itself can fail
    assert not appears_in("柳州市建立“三制一补”机制激发创新活力，加快建设现代化强市", document)


def test_people_names_stand_in_the_roster(seed_text):
    data = tomllib.loads(sample_plan_file().read_text(encoding="utf-8"))
    roster = re.sub(r"\s+", "", seed_text)
    for person in data["people"]:
        assert person["name"] in roster, person["name"]


def test_plan_and_counts(sample_db):
    with sample_db.read() as session:
        plan = session.scalars(select(Plan)).one()
        assert plan.doc_number == "柳科通〔2022〕20号"
        assert plan.issue_date == D(2022, 5, 5)
        assert plan.year == 2022
        assert "顺位代替" in plan.succession_rule
        assert "四、" not in plan.body and "（四）加强督查，把握时限，抓出实效" in plan.body
        assert session.query(Task).count() == 2
        assert session.query(Inspection).count() == 7
        assert session.query(QuotaRule).count() == 5
        assert session.query(Contact).count() == 3


def test_leadership_group_in_order(sample_db):
    with sample_db.read() as session:
        group = session.scalars(
            select(Group)
            .where(Group.kind == GroupKind.LEADERSHIP)
            .options(selectinload(Group.memberships).selectinload(Membership.person))
        ).one()
        members = [(m.role, m.person.name) for m in group.memberships]
    assert members[0] == (Role.LEADER, "管伟荣")
    deputies = [name for role, name in members if role is Role.DEPUTY]
    assert deputies == ["李荣军", "董秀鸾", "靳磊", "郑晓鸿", "周克云", "吴丽君", "卢波", "陈新连", "刘勇"]
    regular = [name for role, name in members if role is Role.MEMBER]
    assert regular[0] == "李猛" and regular[-1] == "黄轶君" and len(regular) == 10


def test_working_groups_and_task_assignment(sample_db):
    with sample_db.read() as session:
        tasks = {
            t.code: t
            for t in session.scalars(
                select(Task).options(
                    selectinload(Task.supervising_leader),
                    selectinload(Task.section_head),
                    selectinload(Task.units).selectinload(TaskUnit.department),
                    selectinload(Task.measures),
                    selectinload(Task.milestones),
                    selectinload(Task.indicators).selectinload(Indicator.values),
                    selectinload(Task.reports),
                )
            )
        }
        first, second = tasks["2-1"], tasks["2-2"]
        assert first.supervising_leader.name == "靳磊" and first.section_head.name == "钟丽娜"
        assert {(u.role.value, u.department.short_name) for u in first.units} == {("lead", "规配科"), ("co", "重大科")}
        assert second.supervising_leader.name == "董秀鸾" and second.section_head.name == "黄轶君"
        assert [m.title for m in first.measures] == ["深化“揭榜制”", "推行“赛马制”", "探索“双轨制”", "创新研发经费投入奖补政策"]
        assert len(second.measures) == 3
        assert {m.title: m.due_date for m in first.milestones} == {
            "国家创新型城市政策出台": D(2022, 6, 30),
            "赛马制政策出台": D(2022, 6, 30),
            "双轨制政策出台": D(2022, 6, 30),
        }
        assert [m.title for m in second.milestones] == ["人才飞地政策出台"]
        targets = {i.name: (i.target, i.unit) for i in first.indicators + second.indicators if i.is_target}
        assert targets["全社会研发经费支出占地区生产总值比重"] == (2.0, "%")
        assert targets["规上高新技术企业总产值占工业总产值比重"] == (53, "%")
        assert targets["培育柳州市“人才飞地”"] == (2, "家")
        counts = {i.values[0].value for i in first.indicators if i.values}
        assert {5, 49, 300} <= counts
        assert "共征集到项目需求 5 项" in first.reports[0].text
        assert "目前已进入批量试验阶段" in first.reports[0].text
        assert "人才飞地" in second.reports[0].text


def test_inspection_windows_are_real_dates(sample_db):
    with sample_db.read() as session:
        inspections = {
            i.seq: i
            for i in session.scalars(
                select(Inspection).options(
                    selectinload(Inspection.windows),
                    selectinload(Inspection.units).selectinload(InspectionUnit.department),
                )
            )
        }

    def windows(seq, kind):
        return [(w.start, w.end) for w in inspections[seq].windows if w.kind is kind]

    assert windows(1, WindowKind.INSPECTION) == [(D(2022, 7, 1), D(2022, 9, 30))]
    assert windows(1, WindowKind.PREPARATION) == [(D(2022, 7, 1), D(2022, 7, 31))]
    assert windows(3, WindowKind.INSPECTION) == [(D(2022, 10, 1), D(2022, 12, 31))]
    assert windows(4, WindowKind.INSPECTION) == [(D(2022, 3, 1), None)]
    assert inspections[4].continuous and windows(4, WindowKind.PREPARATION) == []
    assert windows(5, WindowKind.INSPECTION) == [(D(2022, 6, 1), D(2022, 6, 30)), (D(2022, 10, 1), D(2022, 10, 31))]
    assert windows(5, WindowKind.PREPARATION) == [(D(2022, 5, 1), D(2022, 5, 31)), (D(2022, 9, 1), D(2022, 9, 30))]
    assert windows(6, WindowKind.PREPARATION) == [(D(2022, 4, 1), D(2022, 5, 31))]
    assert windows(7, WindowKind.INSPECTION) == [(D(2022, 12, 1), D(2022, 12, 31))]
    lead = [u.department.short_name for u in inspections[4].units if u.role.value == "lead"]
    co = [u.department.short_name for u in inspections[1].units if u.role.value == "co"]
    assert lead == ["规配科", "法监科"]
    assert co == ["规配科", "重大科", "人才科"]


def test_quota_rules_as_requirements(sample_db):
    with sample_db.read() as session:
        requirements = session.scalars(
            select(QuotaRequirement).options(
                selectinload(QuotaRequirement.rule), selectinload(QuotaRequirement.department)
            )
        ).all()
    by = {(r.rule.kind, r.department.short_name if r.department else "全市", r.months): r for r in requirements}
    assert by[("改革信息", "全市", "")].amount == 2 and by[("改革信息", "全市", "")].at_least
    assert by[("改革信息", "规配科", "")].every_months == 1
    assert by[("改革信息", "重大科", "")].every_months == 2
    assert by[("改革信息", "人才科", "")].every_months == 2
    assert by[("媒体报道", "规配科", "")].collect_day == 25
    assert by[("新闻发布", "规配科", "5")].subject == "研发经费奖补政策"
    assert by[("新闻发布", "规配科", "6")].subject == "国家创新型城市"
    assert by[("经验交流推广", "重大科", "5,6")].amount == 1
    assert by[("优秀成果评选", "人才科", "12")].amount == 1


def test_contacts(sample_db):
    with sample_db.read() as session:
        contacts = {c.name: (c.email, c.phone) for c in session.scalars(select(Contact))}
    assert contacts == {
        "自治区改革信息报送邮箱": ("gxgxx2022@163.com", ""),
        "市委改革办": ("zglzswggb@163.com", "2806426"),
        "市发改委": ("lzsfgtgk@163.com", "2860449"),
    }


def test_plan_file_naming_an_unknown_person_loads_nothing(empty_db, tmp_path):
    text = sample_plan_file().read_text(encoding="utf-8").replace('supervising_leader = "靳磊"', 'supervising_leader = "靳雷"')
    broken = tmp_path / "broken.toml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(PlanFileError, match="靳雷"):
        with empty_db.write() as session:
            load_plan(session, broken)
    with empty_db.read() as session:
        assert session.query(Plan).count() == 0
        assert session.query(Person).count() == 0


def test_plan_file_with_bad_syntax(empty_db, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n[plan\n", encoding="utf-8")
    with pytest.raises(PlanFileError, match="格式有误"):
        with empty_db.write() as session:
            load_plan(session, broken)


def test_date_windows_count(sample_db):
    with sample_db.read() as session:
        # 7 inspection windows + 1 extra for 6月、10月; 6 preparation windows + 1 extra for 5月、9月 (实时 has none)
        assert session.query(DateWindow).count() == 15
