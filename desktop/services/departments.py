"""Departments (sections, affiliated and outside units) and the outside contacts: listing, editing, removing.

A department has a full name and a short name (法规与监督诚信科 / 法监科); both, and the short
name without its 科, find it wherever text is matched (:mod:`desktop.people.names`), so no two
departments may share any of them. A department still referred to (by people, seats, tasks,
inspections, quotas, contacts) cannot be removed; the refusal lists what refers to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import (
    Contact,
    Department,
    DepartmentKind,
    Group,
    Inspection,
    InspectionUnit,
    Measure,
    Membership,
    Person,
    PublicityItem,
    QuotaRequirement,
    QuotaRule,
    Task,
    TaskUnit,
)
from desktop.people.names import DepartmentMatcher, DepartmentName
from desktop.people.reading import read_department_names, session_fetch
from desktop.services.editing import SaveResult, ValidationError, clean_text, next_position, row_to_remove, save_fields


class DepartmentInUse(ValidationError):
    """A department still referred to; carries the list of what refers to it."""

    def __init__(self, message: str, lines: list[str]):
        super().__init__(message)
        self.lines = lines


def department_labels() -> dict[str, str]:
    return {
        "name": tr("People", "全称"),
        "short_name": tr("People", "简称"),
        "kind": tr("People", "类别"),
        "note": tr("People", "备注"),
    }


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    version: int
    name: str
    short_name: str
    kind: DepartmentKind
    kind_label: str
    people: int
    note: str

    @property
    def fields(self) -> dict:
        return {"name": self.name, "short_name": self.short_name, "kind": self.kind, "note": self.note}


def department_rows(database: Database, plan_id: int) -> list[DepartmentRow]:
    with database.read() as session:
        counts = dict(
            session.execute(
                select(Person.department_id, func.count(Person.id))
                .where(Person.plan_id == plan_id, Person.department_id.is_not(None))
                .group_by(Person.department_id)
            ).all()
        )
        return [
            DepartmentRow(d.id, d.version, d.name, d.short_name, d.kind, tr("Labels", d.kind.label), counts.get(d.id, 0), d.note)
            for d in session.scalars(
                select(Department).where(Department.plan_id == plan_id).order_by(Department.position, Department.id)
            )
        ]


def department_names(database: Database, plan_id: int) -> list[DepartmentName]:
    """The plan's departments with both names, for a :class:`DepartmentMatcher` in a view."""
    with database.read() as session:
        return read_department_names(session_fetch(session), plan_id)


def find_department(session, plan_id: int, name: str) -> Department:
    """The department *name* names (full name, short name, or the short name without 科).

    Raises :class:`UserError` listing the sections there are, when none matches.
    """
    matcher = DepartmentMatcher(read_department_names(session_fetch(session), plan_id))
    found = matcher.find(name)
    if found is None:
        raise UserError(
            tr("People", "没有名为“{0}”的科室。可用的科室：{1}。").format(name, matcher.known_sections() or tr("People", "无"))
        )
    return session.get(Department, found.id)


def _check_names(session, plan_id: int, department_id: int | None, name: str, short_name: str) -> None:
    """Refuse a name or short name another department answers to (it could no longer be told apart)."""
    others = [d for d in read_department_names(session_fetch(session), plan_id) if d.id != department_id]
    mine = DepartmentName(department_id or 0, name, short_name).names()
    matcher = DepartmentMatcher(others)
    for form in mine:
        clash = matcher.find(form)
        if clash is not None and (form in clash.names()):
            raise ValidationError(
                tr("People", "“{0}”已是{1}的名称或简称。请换一个名称，以免两个部门无法区分。").format(form, clash.described())
            )


def _cleaned(changes: dict) -> dict:
    labels = department_labels()
    values = dict(changes)
    if "name" in values:
        values["name"] = clean_text(labels["name"], values["name"], required=True, max_length=100).text.strip()
    if "short_name" in values:
        values["short_name"] = clean_text(labels["short_name"], values["short_name"] or "", max_length=50).text.strip()
    if "note" in values:
        values["note"] = clean_text(labels["note"], values["note"] or "", max_length=2000).text
    if "kind" in values:
        values["kind"] = DepartmentKind(values["kind"])
    return values


def create_department(
    database: Database, plan_id: int, name: str, short_name: str = "", kind: DepartmentKind = DepartmentKind.SECTION,
    note: str = "",
) -> int:
    values = _cleaned({"name": name, "short_name": short_name, "kind": kind, "note": note})
    with database.write(note=tr("People", "新增部门")) as session:
        _check_names(session, plan_id, None, values["name"], values["short_name"])
        position = next_position(session, Department.position, Department.plan_id == plan_id)
        department = Department(plan_id=plan_id, position=position, **values)
        session.add(department)
        session.flush()
        return department.id


def save_department(database: Database, department_id: int, base_version: int, original: dict, changes: dict) -> SaveResult:
    changes = _cleaned(changes)
    with database.write(note=tr("People", "修改部门")) as session:
        department = session.get(Department, department_id)
        if department is None:
            raise ValidationError(tr("People", "这个部门已被删除（可能刚被另一台电脑删除）。"))
        _check_names(
            session, department.plan_id, department_id,
            changes.get("name", department.name), changes.get("short_name", department.short_name),
        )
        save_fields(department, department.name, department_labels(), base_version, original, changes)
        session.flush()
        return SaveResult(version=department.version)


def department_references(session, department_id: int) -> list[str]:
    """What refers to the department, one line per kind with examples."""
    lines = []

    def add(label: str, names: list[str]) -> None:
        if names:
            shown = "、".join(names[:5]) + (tr("People", " 等") if len(names) > 5 else "")
            lines.append(tr("People", "{0} {1} 项：{2}").format(label, len(names), shown))

    add(tr("People", "人员"), list(session.scalars(select(Person.name).where(Person.department_id == department_id))))
    add(
        tr("People", "小组职务"),
        [g for g in session.scalars(select(Group.name).join(Membership).where(Membership.department_id == department_id))],
    )
    add(
        tr("People", "任务的科室或责任部门"),
        list(session.scalars(select(Task.code).join(TaskUnit).where(TaskUnit.department_id == department_id))),
    )
    add(
        tr("People", "措施"),
        list(session.scalars(select(Measure.title).where(Measure.owner_department_id == department_id))),
    )
    add(
        tr("People", "督察准备"),
        list(session.scalars(select(Inspection.item).join(InspectionUnit).where(InspectionUnit.department_id == department_id))),
    )
    add(
        tr("People", "宣传推广要求"),
        [
            f"{kind}{('：' + subject) if subject else ''}"
            for kind, subject in session.execute(
                select(QuotaRule.kind, QuotaRequirement.subject).join(QuotaRequirement)
                .where(QuotaRequirement.department_id == department_id)
            )
        ]
        + list(session.scalars(select(QuotaRule.kind).where(QuotaRule.coordinator_id == department_id))),
    )
    add(tr("People", "宣传推广条目"), list(session.scalars(select(PublicityItem.title).where(PublicityItem.department_id == department_id))))
    add(tr("People", "外部联系方式"), list(session.scalars(select(Contact.name).where(Contact.department_id == department_id))))
    return lines


def _changed_meanwhile(row) -> str:
    return tr("People", "“{0}”刚被另一台电脑上的同事修改过。请刷新后再试。").format(row.name)


def remove_department(database: Database, department_id: int, version: int) -> None:
    """Delete a department nothing refers to; else :class:`DepartmentInUse` with the list."""
    with database.write(note=tr("People", "删除部门")) as session:
        department = row_to_remove(session, Department, department_id, version, _changed_meanwhile)
        if department is None:
            return
        lines = department_references(session, department_id)
        if lines:
            raise DepartmentInUse(
                tr("People", "{0}仍被以下内容引用，不能删除。请先把它们改到其他部门：").format(department.display_name), lines
            )
        session.delete(department)


# -- outside contacts -------------------------------------------------------------------------------


def contact_labels() -> dict[str, str]:
    return {
        "name": tr("People", "名称"),
        "department_id": tr("People", "单位"),
        "email": tr("People", "邮箱"),
        "phone": tr("People", "电话"),
        "purpose": tr("People", "用途"),
    }


def _contact_values(values: dict) -> dict:
    labels = contact_labels()
    cleaned = dict(values)
    for name, limit in (("name", 100), ("email", 100), ("phone", 50), ("purpose", 2000)):
        if name in cleaned:
            cleaned[name] = clean_text(labels[name], cleaned[name] or "", required=name == "name", max_length=limit).text.strip()
    return cleaned


def contact_fields(database: Database, contact_id: int) -> tuple[int, dict] | None:
    """(version, fields) of a contact, for its editor."""
    with database.read() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            return None
        return contact.version, {name: getattr(contact, name) for name in contact_labels()}


def create_contact(database: Database, plan_id: int, **values) -> int:
    values = _contact_values(values)
    with database.write(note=tr("People", "新增联系方式")) as session:
        position = next_position(session, Contact.position, Contact.plan_id == plan_id)
        contact = Contact(plan_id=plan_id, position=position, **values)
        session.add(contact)
        session.flush()
        return contact.id


def save_contact(database: Database, contact_id: int, base_version: int, original: dict, changes: dict) -> SaveResult:
    changes = _contact_values(changes)
    with database.write(note=tr("People", "修改联系方式")) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise ValidationError(tr("People", "这条联系方式已被删除。"))
        save_fields(contact, contact.name, contact_labels(), base_version, original, changes)
        session.flush()
        return SaveResult(version=contact.version)


def remove_contact(database: Database, contact_id: int, version: int) -> None:
    with database.write(note=tr("People", "删除联系方式")) as session:
        contact = row_to_remove(session, Contact, contact_id, version, _changed_meanwhile)
        if contact is not None:
            session.delete(contact)


__all__ = [
    "DepartmentInUse",
    "DepartmentRow",
    "contact_fields",
    "create_contact",
    "create_department",
    "department_names",
    "department_references",
    "department_rows",
    "find_department",
    "remove_contact",
    "remove_department",
    "save_contact",
    "save_department",
]
