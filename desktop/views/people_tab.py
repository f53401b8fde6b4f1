"""The 人员 tab: people, the leadership and working groups, departments and outside contacts, and a
person's page.

On the left, four lists: 人员 (filtered by name, pinyin or initials: ``zln`` finds 钟丽娜),
小组 (the seats in their order of succession, reordered by dragging), 部门与单位 and 外部联系方式.
On the right, the selected person's page: whether they serve, who acts for them by the rule
顺位代替, and everything they answer for with its traffic light. A person leaves (离任), is away
for a period (暂离), hands over to a successor (指定接任人) or is removed (refused while they
hold something, unless a successor is named in the same dialog).

The main window hands over the open database and plan through :meth:`load`; the services are
imported when they are first needed, not with this module, so the window shows before
SQLAlchemy is loaded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.lights import DEFAULT_YELLOW_DAYS
from desktop.people.succession import Presence
from desktop.views.copy_menu import CopySupport
from desktop.views.department_pane import ContactsPane, DepartmentsPane, saved, select_id
from desktop.views.group_pane import GroupsPane
from desktop.views.list_view import FilteredTable
from desktop.views.operations import Refresher
from desktop.views.person_page import PersonPageView
from desktop.views.table_model import Column
from desktop.views.widgets import fit_placeholder


#: The 人员 list's 小组职务 column.
_ROLES_COLUMN = 3


def person_line(row) -> str:
    """钟丽娜 发展规划与资源配置科科长 电话 邮箱: a person as one line to paste."""
    return " ".join(part for part in (row.name, row.title, row.phone, row.email) if part)


#: What the 人员 tab shows: people, seats, departments, and each person's dated duties with lights.
SHOWN = (
    Change.PEOPLE | Change.DEPARTMENTS | Change.TASKS | Change.MEASURES | Change.REPORTS | Change.INSPECTIONS
    | Change.QUOTAS | Change.WORKDAYS | Change.PLAN | Change.SETTINGS
)


class PeopleTab(QWidget):
    #: Open a task in the 任务 tab (from the person's page).
    open_task = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database = None
        self.plan_id = None
        self.read_only = False
        self.today = dt.date.today
        self.yellow_days = DEFAULT_YELLOW_DAYS
        #: A person's page shows their tasks, inspections and quotas with lights: any change to those.
        self.refresher = Refresher(self, SHOWN, lambda _note: self.load(self.refresher.database, self.refresher.plan_id))

        people = self._build_people()

        self.groups = GroupsPane()
        self.departments = DepartmentsPane()
        self.contacts = ContactsPane()
        #: The contacts list (the tab's second list since the first version).
        self.secondary = self.contacts.table
        self.sections = QTabWidget()
        self.sections.addTab(people, self.tr("人员"))
        self.sections.addTab(self.groups, self.tr("小组"))
        self.sections.addTab(self.departments, self.tr("部门与单位"))
        self.sections.addTab(self.contacts, self.tr("外部联系方式"))

        self.person_page = PersonPageView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.person_page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.main.current_row_changed.connect(self._person_chosen)
        self.main.view.doubleClicked.connect(lambda _index: self.edit_person())
        self.groups.person_selected.connect(self.show_person)
        self.groups.changed.connect(self._groups_changed)
        self.groups.successor_requested.connect(self.assign_successor)
        self.departments.changed.connect(self._departments_changed)
        self.person_page.open_task.connect(self.open_task)
        self.person_page.holdings_model.light_loader = self._task_lights
        self.person_page.absence_removed.connect(self.remove_absence)
        #: The person shown on the page (also when chosen from a group seat).
        self.person_id: int | None = None
        self.succession = None
        #: The groups are read when their list is first shown (they are not what the tab opens on).
        self._groups_stale = True
        self.sections.currentChanged.connect(lambda _index: self._load_groups_if_shown())
        self._update_buttons()

    def _build_people(self) -> QWidget:
        """The 人员 list with its buttons above it."""
        self.main = FilteredTable(
            self.tr("人员与小组职务"),
            [
                Column(self.tr("姓名"), lambda r: r.name),
                Column(self.tr("职务"), lambda r: r.title),
                Column(self.tr("部门"), lambda r: r.department),
                # One seat a line, so the succession order (第N位) is never cut off.
                Column(self.tr("小组职务"), lambda r: r.roles, display=lambda r: "\n".join(r.roles.split("；"))),
                Column(self.tr("电话"), lambda r: r.phone),
                Column(self.tr("邮箱"), lambda r: r.email),
                Column(self.tr("状态"), lambda r: r.status, tooltip=lambda r: f"{r.status} {r.acting}".strip()),
                Column(self.tr("代行"), lambda r: r.acting),
            ],
            stretch_column=2,
            refit=False,
        )
        self.main.view.horizontalHeader().setResizeContentsPrecision(60)
        # 小组职务 is as wide as its longest seat and a row as tall as its seats; 部门 gives way (its tooltip is whole).
        self.main.view.horizontalHeader().setSectionResizeMode(_ROLES_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.main.view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fit_placeholder(self.main.filter_edit, self.tr("筛选：姓名、拼音或首字母（如 zln）、职务、科室"))
        self.copy = CopySupport(
            self.main.view,
            [(self.tr("复制电话"), lambda r: r.phone), (self.tr("复制邮箱"), lambda r: r.email)],
            person_line,
        )
        self.new_button = QPushButton(self.tr("新增人员…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.depart_button = QPushButton(self.tr("离任…"))
        self.return_button = QPushButton(self.tr("撤销离任"))
        self.absence_button = QPushButton(self.tr("暂离…"))
        self.successor_button = QPushButton(self.tr("指定接任人…"))
        self.remove_button = QPushButton(self.tr("删除…"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.depart_button.clicked.connect(self.mark_departed)
        self.return_button.clicked.connect(self.mark_returned)
        self.absence_button.clicked.connect(self.add_absence)
        self.successor_button.clicked.connect(lambda: self.assign_successor())
        self.remove_button.clicked.connect(self.remove_person)
        self.person_buttons = (
            self.edit_button, self.depart_button, self.return_button, self.absence_button, self.successor_button,
            self.remove_button,
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, *self.person_buttons):
            buttons.addWidget(button)
        buttons.addStretch(1)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addLayout(buttons)
        people_layout.addWidget(self.main)
        return people

    # -- loading ---------------------------------------------------------------------------

    def attach(self, database, plan_id: int | None) -> None:
        """Show *plan_id* of *database* from now on, and keep it current (loaded now if shown)."""
        self.refresher.attach(database, plan_id)

    def load(self, database, plan_id: int | None) -> None:
        """Read everything; what was selected (person, group, seat, department) stays selected."""
        self.database, self.plan_id = database, plan_id
        shown = self.person_id
        self.reload_people()
        self.departments.load(database, plan_id)
        self.contacts.load(database, plan_id)
        for pane in (self.groups, self.departments, self.contacts):
            pane.set_read_only(self.read_only)
        self._reload_groups()
        self.show_person(shown)

    def reload_people(self) -> None:
        from desktop.services.people import people_rows, plan_succession_of

        selected = self.main.current_row()
        #: The plan's people and seats as last read: the pages opened from the list use it too.
        self.succession = plan_succession_of(self.database, self.plan_id) if self.plan_id else None
        rows = people_rows(self.database, self.plan_id, self.today(), self.succession) if self.plan_id else []
        self.main.view.selectionModel().blockSignals(True)
        try:
            self.main.set_rows(rows)
            if selected is not None:
                select_id(self.main, selected.id)
        finally:
            self.main.view.selectionModel().blockSignals(False)
        self._update_buttons()

    def _reload_groups(self) -> None:
        """Read the groups again now if they are shown, else when they are next shown."""
        self._groups_stale = True
        self._load_groups_if_shown()

    def _load_groups_if_shown(self) -> None:
        if self._groups_stale and self.sections.currentWidget() is self.groups and self.database is not None:
            self._groups_stale = False
            self.groups.load(self.database, self.plan_id, self.today())

    def _person_chosen(self, row) -> None:
        self.show_person(row.id if row is not None else None)

    def show_person(self, person_id: int | None) -> None:
        """Show a person's page (None: nobody)."""
        from desktop.services.people import person_page

        self.person_id = person_id
        page = None
        if person_id is not None and self.database is not None:
            page = person_page(
                self.database, person_id, self.today(), self.yellow_days, self.succession, task_lights_later=True
            )
            if page is None:
                self.person_id = None
        self.person_page.show_page(page)
        self._update_buttons()

    def _task_lights(self, task_ids: list[int]) -> dict:
        from desktop.services.people import page_task_lights

        if self.database is None or self.plan_id is None:
            return {}
        return page_task_lights(self.database, self.plan_id, task_ids, self.today(), self.yellow_days)

    def select_person(self, person_id: int) -> None:
        """Select a person in the 人员 list (the filter is cleared if it hides them) and show their page."""
        self.sections.setCurrentIndex(0)
        if not select_id(self.main, person_id):
            self.main.filter_edit.clear()
            select_id(self.main, person_id)
        self.show_person(person_id)

    def _refresh_after_save(self) -> None:
        self.reload_people()
        self._reload_groups()
        self.show_person(self.person_id)

    def _groups_changed(self) -> None:
        self.reload_people()  # reads the seats again for the pages too
        self.show_person(self.person_id)

    def _departments_changed(self) -> None:
        self.reload_people()
        self.contacts.load(self.database, self.plan_id)
        self.show_person(self.person_id)

    # -- read-only -------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """A file that cannot be written: everything can be looked at, nothing changed."""
        self.read_only = read_only
        for pane in (self.groups, self.departments, self.contacts):
            pane.set_read_only(read_only)
        self.person_page.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.read_only and self.database is not None and self.plan_id is not None
        page = self.person_page.page
        self.new_button.setEnabled(editable)
        for button in self.person_buttons:
            button.setEnabled(editable and page is not None)
        if page is not None:
            departed = page.presence is Presence.DEPARTED or page.departed_on is not None
            self.depart_button.setEnabled(editable and not departed)
            self.return_button.setEnabled(editable and departed)

    # -- actions on the shown person --------------------------------------------------------

    def _departments(self) -> list[tuple[int, str]]:
        from desktop.services.departments import department_rows

        return [(d.id, d.name + (f"（{d.short_name}）" if d.short_name else "")) for d in department_rows(self.database, self.plan_id)]

    def _choices(self):
        from desktop.services.people import person_choices

        return person_choices(self.database, self.plan_id, self.today())

    def new_person(self) -> None:
        from desktop.services.people import create_person
        from desktop.views.people_dialogs import PersonDialog

        if self.read_only or self.plan_id is None:
            return
        dialog = PersonDialog(self._departments(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        created = []
        if saved(self, lambda: created.append(create_person(self.database, self.plan_id, **dialog.values()))):
            self.reload_people()
            self.select_person(created[0])

    def edit_person(self) -> None:
        from desktop.services.people import save_person
        from desktop.views.people_dialogs import PersonDialog

        page = self.person_page.page
        if page is None or self.read_only:
            return
        dialog = PersonDialog(self._departments(), page.fields, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.values().items() if v != page.fields[k]}

        def save(version=page.version, original=page.fields, values=changes):
            save_person(self.database, page.id, version, original, values)

        if changes and saved(self, save, save):
            self._refresh_after_save()

    def mark_departed(self) -> None:
        from desktop.services.handover import mark_departed
        from desktop.services.people import acting_if_away
        from desktop.views.people_dialogs import DepartureDialog

        page = self.person_page.page
        if page is None or self.read_only:
            return
        today = self.today()
        dialog = DepartureDialog(page.id, page.name, today, self._choices(), acting_if_away(self.database, page.id, today), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, successor, effective = dialog.values()
        moved: list[str] = []
        original = {"active": page.active, "departed_on": page.departed_on}
        if saved(self, lambda: moved.extend(
            mark_departed(self.database, page.id, page.version, day, original=original, successor_id=successor, effective=effective)
        )):
            self._refresh_after_save()

    def mark_returned(self) -> None:
        from desktop.services.handover import mark_returned

        page = self.person_page.page
        if page is None or self.read_only:
            return
        if saved(self, lambda: mark_returned(self.database, page.id, page.version)):
            self._refresh_after_save()

    def add_absence(self) -> None:
        from desktop.services.people import add_absence
        from desktop.views.people_dialogs import AbsenceDialog

        page = self.person_page.page
        if page is None or self.read_only:
            return
        dialog = AbsenceDialog(page.name, self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end, note = dialog.values()
        if saved(self, lambda: add_absence(self.database, page.id, start, end, note)):
            self._refresh_after_save()

    def remove_absence(self, absence_id: int, version: int) -> None:
        from desktop.services.people import remove_absence

        if self.read_only:
            return
        if saved(self, lambda: remove_absence(self.database, absence_id, version)):
            self._refresh_after_save()

    def assign_successor(self, person_id: int | None = None) -> None:
        """指定接任人 for the shown person (or *person_id*, from a group seat)."""
        from desktop.services.handover import assign_successor, holdings_of
        from desktop.services.people import person_page
        from desktop.views.people_dialogs import SuccessorDialog

        if self.read_only or self.database is None:
            return
        page = self.person_page.page
        if person_id is not None and (page is None or page.id != person_id):
            page = person_page(self.database, person_id, self.today(), self.yellow_days)
        if page is None:
            return
        today = self.today()
        dialog = SuccessorDialog(page.id, page.name, self._choices(), holdings_of(self.database, page.id, today), today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        successor, effective = dialog.values()
        if saved(self, lambda: assign_successor(self.database, page.id, successor, effective, base_version=page.version)):
            self._refresh_after_save()

    def remove_person(self) -> None:
        from desktop.services.handover import holdings_of, remove_person
        from desktop.views.people_dialogs import RemovePersonDialog

        page = self.person_page.page
        if page is None or self.read_only:
            return
        today = self.today()
        dialog = RemovePersonDialog(page.id, page.name, holdings_of(self.database, page.id, today), self._choices(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        successor = dialog.values()
        if saved(self, lambda: remove_person(self.database, page.id, page.version, successor, today)):
            self.person_id = None
            self._refresh_after_save()


__all__ = ["PeopleTab", "person_line"]
