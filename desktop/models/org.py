"""Departments, people (with their absences), groups with ordered memberships, outside contacts,
and the history of who held a task's or measure's responsibilities before a handover."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, PlanOwned, Versioned, in_use
from desktop.models.enums import DepartmentKind, GroupKind, Role
from desktop.models.types import enum_column_type


class Department(PlanOwned, Versioned, Base):
    """A section of the bureau, an affiliated unit, or an outside unit."""

    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("plan_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[DepartmentKind] = mapped_column(enum_column_type(DepartmentKind))
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="department", lazy="raise")

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def __repr__(self) -> str:
        return f"<Department {self.id} {self.name}>"


class Person(PlanOwned, Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    #: Title as written in the notice, e.g. 党组书记、局长.
    title: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    departed_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    #: A search index kept by the services on every save: name, title, phone and e-mail, with
    #: the name's pinyin and initials (see :mod:`desktop.models.search`).
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")

    department: Mapped[Department | None] = relationship(back_populates="people", lazy="raise")
    absences: Mapped[list[Absence]] = relationship(
        back_populates="person",
        order_by="Absence.start_date",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="raise",
    )

    def __repr__(self) -> str:
        return f"<Person {self.id} {self.name}>"


class Absence(Versioned, Base):
    """A period a person is away (leave, training, a secondment): both days included.

    While away the person is not serving, so by the rule 顺位代替 the next in order acts
    in each of their roles; nothing is handed over.
    """

    __tablename__ = "person_absence"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="absences", lazy="raise")


class Group(PlanOwned, Versioned, Base):
    """The leadership group, a working group, or the group's office."""

    __tablename__ = "group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[GroupKind] = mapped_column(enum_column_type(GroupKind))
    #: The ordinal as written, e.g. （一）.
    label: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: The group's paragraph as written in the notice.
    description: Mapped[str] = mapped_column(Text, default="")
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group",
        order_by="Membership.position",
        cascade="all, delete-orphan",
        lazy="raise",
    )

    def __repr__(self) -> str:
        return f"<Group {self.id} {self.name[:20]}>"


class Membership(Versioned, Base):
    """One seat in a group: a person or a department, its role and its order.

    Order matters: the notice's rule 顺位代替 means that when a holder leaves, the
    next in order acts. ``start_date``/``end_date`` keep the history of who held the
    seat when.
    """

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(enum_column_type(Role))
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = mapped_column(in_use("person.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(
        in_use("department.id"), index=True
    )
    #: The title printed beside the name in the roster (may differ from the person's title).
    title_in_group: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    #: The last day the seat was held (inclusive); None while it is held.
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    #: The seat this one took over when a successor was named: the chain is the seat's history.
    predecessor_id: Mapped[int | None] = mapped_column(
        ForeignKey("membership.id", ondelete="SET NULL"), index=True
    )

    group: Mapped[Group] = relationship(back_populates="memberships", lazy="raise")
    person: Mapped[Person | None] = relationship(lazy="raise")
    department: Mapped[Department | None] = relationship(lazy="raise")


class Contact(PlanOwned, Versioned, Base):
    """An outside contact point: a mailbox or phone of another unit."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    department: Mapped[Department | None] = relationship(lazy="raise")


class ResponsibilityHistory(PlanOwned, Base):
    """Who held a task's or a measure's responsibility before a handover, and until when.

    Appended when a successor is named, never changed. The current holder is the task's (or
    measure's) own column, from the day after the latest row's ``end_date``; so "who was
    responsible for this task on a date" is the row whose period covers the date, or the
    column when none does.
    """

    __tablename__ = "responsibility_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    #: Set when the responsibility was a measure's owner.
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    #: The column that was handed over: responsible_person_id, supervising_leader_id,
    #: section_head_id (a task's) or owner_person_id (a measure's).
    field: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    #: The holder's name as it was, kept when the person is later removed.
    person_name: Mapped[str] = mapped_column(String(50), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
