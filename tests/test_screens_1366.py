"""Every screen a clerk meets, on a 1366×768 office laptop and in a 1280×800 window, in Chinese and in English: each tab (and each of
its pages and views), the task editor's pages and every dialog the menus and buttons open are rendered, and
no visible label, button, tab, combo box or column heading may be cut off. The task list gives the title
(改革攻坚落实事项) at least 30% of its width.

Set DUBAN_SCREENSHOTS to a folder to keep a PNG of every screen checked (to look at them).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop.app import create_application, install_translators
from desktop.settings import REPORTER_NAME, Settings
from desktop.views.help_dialog import HelpDialog
from desktop.views.inspection_dialog import InspectionDialog
from desktop.views.instructions_window import InstructionsWindow
from desktop.views.main_window import MainWindow
from desktop.views.notices_window import NoticesWindow
from tests.gui import wait_for_operations
from tests.screen_audit import clipped_texts, header_clipped

#: The office laptop's screen, and the window the issue was tried in.
SIZES = [(1366, 768), (1280, 800)]


@pytest.fixture
def chinese_after(qapp):
    yield
    install_translators(qapp, "zh_CN")


class Screens:
    """Walks the screens of one window, collecting what is cut off on each."""

    def __init__(self, qtbot, window, language: str, size: tuple[int, int]):
        self.size = size
        self.qtbot = qtbot
        self.window = window
        self.language = language
        self.problems: list[str] = []
        self.seen: list[str] = []
        folder = os.environ.get("DUBAN_SCREENSHOTS")
        self.folder = Path(folder) if folder else None

    def check(self, name: str, widget: QWidget | None = None, wait: bool = True) -> None:
        widget = widget or self.window
        if wait:
            self.qtbot.wait(30)
        QApplication.processEvents()
        self.seen.append(name)
        if self.folder:
            self.folder.mkdir(parents=True, exist_ok=True)
            slug = re.sub(r"[^\w.-]+", "_", name)
            widget.grab().save(str(self.folder / f"{self.language}-{len(self.seen):02d}-{slug}.png"))
        self.problems.extend(f"[{name}] {problem}" for problem in clipped_texts(widget))
        if widget is self.window:
            self.problems.extend(f"[{name}] {problem}" for problem in status_message_cut(widget.statusBar()))
        width, height = self.size
        if widget.width() > width or widget.height() > height:
            self.problems.append(f"[{name}] {widget.width()}×{widget.height()} does not fit a {width}×{height} screen")

    def dialog(self, name: str, open_it) -> None:
        """Open a dialog as a person does (*open_it* clicks or triggers), check it, then cancel it."""
        done: list[bool] = []

        def answer():
            dialog = QApplication.activeModalWidget()
            if dialog is None or isinstance(dialog, QProgressDialog) or not dialog.isVisible():
                QTimer.singleShot(10, answer)
                return
            self.check(name, dialog, wait=False)
            if isinstance(dialog, QMessageBox):
                dialog.reject() if dialog.escapeButton() else dialog.accept()
            else:
                dialog.reject()
            done.append(True)

        QTimer.singleShot(0, answer)
        open_it()
        self.qtbot.waitUntil(lambda: bool(done), timeout=10000)
        wait_for_operations(self.qtbot)


def status_message_cut(bar) -> list[str]:
    """The status bar's passing message (自动备份 …) must fit left of its lasting fields (who else has the file …)."""
    message = bar.currentMessage()
    if not message:
        return []
    fields = [w for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
              if w.isVisible() and not w.isWindow() and w.x() > 0]
    room = min((w.x() for w in fields), default=bar.width())
    needed = bar.fontMetrics().horizontalAdvance(message) + 8
    return [f"status message {message!r} needs {needed}px, has {room}px"] if needed > room else []


def button(root: QWidget, context: str, source: str) -> QPushButton:
    """The visible push button reading *source* (in the language shown) under *root*."""
    text = QCoreApplication.translate(context, source)
    found = [b for b in root.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert found, f"no button {text!r}"
    return found[0]


def first_inspection(window) -> int:
    from sqlalchemy import select

    from desktop.models import Inspection

    with window.database.read() as session:
        return session.scalar(select(Inspection.id).order_by(Inspection.id))


def open_window(qtbot, sample_target, language: str, size: tuple[int, int]):
    create_application(language=language)
    Settings().set(REPORTER_NAME, "改革办")  # this PC's 报送人, asked once (that question is a dialog of its own)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    assert window.open_path(str(sample_target))
    wait_for_operations(qtbot)
    return window


def check_task_list(screens: Screens) -> None:
    tab = screens.window.tasks_tab
    view = tab.view
    header = view.horizontalHeader()
    title = QCoreApplication.translate("TasksTab", "改革攻坚落实事项")
    model = view.model()
    titles = [model.headerData(c, header.orientation()) for c in range(header.count())]
    column = titles.index(title)
    width = view.viewport().width()
    if header.sectionSize(column) < 0.3 * width:
        screens.problems.append(f"[任务] the title column has {header.sectionSize(column)}px of {width}px")
    screens.problems.extend(f"[任务] {problem}" for problem in header_clipped(header))
    # What is not hidden fits beside it: the light, the state and the latest progress are on screen.
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    if sum(header.sectionSize(c) for c in shown) > width + 1:
        screens.problems.append(f"[任务] columns past the edge: {[(titles[c], header.sectionSize(c)) for c in shown]}")


def walk_tabs(screens: Screens) -> None:
    window = screens.window
    qtbot = screens.qtbot
    tasks = window.tasks_tab
    window.tabs.setCurrentWidget(tasks)
    tasks.view.selectRow(0)
    check_task_list(screens)
    editor = tasks.editor
    for page in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(page)
        screens.check(f"任务 · {editor.tabs.tabText(page)}")

    calendar = window.calendar_tab
    window.tabs.setCurrentWidget(calendar)
    buttons = calendar.toolbar.view_buttons
    for view in buttons.buttons():
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
        screens.check(f"日历 · {view.text()}")
        # The title wraps rather than widen the window, and is not left taller than its lines.
        toolbar = calendar.toolbar
        if toolbar.title_label.height() > 2.5 * toolbar.title_label.fontMetrics().height():
            screens.problems.append(f"[日历 · {view.text()}] the title is {toolbar.title_label.height()}px tall")

    people = window.people_tab
    window.tabs.setCurrentWidget(people)
    people.main.view.selectRow(1)  # a deputy head: the person page lists seats, tasks and lights
    for page in range(people.sections.count()):
        people.sections.setCurrentIndex(page)
        screens.check(f"人员 · {people.sections.tabText(page)}")
    people.sections.setCurrentIndex(0)

    quotas = window.quotas_tab
    window.tabs.setCurrentWidget(quotas)
    for page in range(quotas.pages.count()):
        quotas.pages.setCurrentIndex(page)
        screens.check(f"指标 · {quotas.pages.tabText(page)}")
    quotas.pages.setCurrentIndex(0)

    window.tabs.setCurrentWidget(window.overview_tab)
    screens.check("总览")


def walk_extension_dialogs(screens: Screens, editor) -> None:
    """延期申请: the request, and a leader's decision on a pending one."""
    import datetime as dt

    from desktop.services import extensions

    editor.tabs.setCurrentIndex(2)  # 时间节点, with the 延期申请 below
    screens.dialog("申请延期", button(editor, "TaskExtensionsPage", "申请延期…").click)
    milestone = editor.snapshot.milestones[0]
    extensions.request_extension(editor.database, milestone_id=milestone.id, new_date=dt.date(2022, 7, 15),
                                 reason="需征求市财政局意见", requested_by="覃靖涛")
    editor.reload()
    screens.check(f"任务 · {editor.tabs.tabText(editor.tabs.currentIndex())} · 延期申请待审批")
    editor.extensions_view.selectRow(0)
    screens.dialog("批准延期", button(editor, "TaskExtensionsPage", "批准…").click)


def walk_dialogs(screens: Screens) -> None:
    window = screens.window
    tasks = window.tasks_tab
    editor = tasks.editor
    window.tabs.setCurrentWidget(tasks)
    screens.dialog("新建任务", window.new_task_action.trigger)
    screens.dialog("红黄绿灯与提醒", window.options_action.trigger)
    screens.dialog("工作日调整", window.workdays_action.trigger)
    screens.dialog("打印", window.print_action.trigger)
    screens.dialog("连接到数据库服务器", window.connect_action.trigger)
    screens.dialog("关于", window.about_action.trigger)
    screens.dialog("新建年度计划", window.new_year_action.trigger)
    editor.tabs.setCurrentIndex(0)
    screens.dialog("选择科室", editor.sections_button.click)
    screens.dialog("办结", editor.close_button.click)
    editor.tabs.setCurrentIndex(1)
    screens.dialog("添加措施", button(editor, "TaskPartsPages", "添加措施").click)
    editor.tabs.setCurrentIndex(2)
    screens.dialog("添加节点", button(editor, "TaskPartsPages", "添加节点").click)
    editor.tabs.setCurrentIndex(3)
    screens.dialog("添加指标", button(editor, "TaskPartsPages", "添加指标").click)
    editor.indicators_view.selectRow(0)
    screens.dialog("记录实际值", button(editor, "TaskPartsPages", "记录实际值").click)
    editor.tabs.setCurrentIndex(4)
    screens.dialog("报送进展", button(editor, "TaskReportsPage", "报送进展").click)
    editor.reports_view.selectRow(0)
    screens.dialog("退回", button(editor, "TaskReportsPage", "退回").click)
    walk_extension_dialogs(screens, editor)
    editor.tabs.setCurrentIndex(0)
    screens.dialog("从备份恢复", window.restore_action.trigger)
    screens.dialog("督查与备检", lambda: InspectionDialog(window.database, first_inspection(window), window).exec())
    window.guide_action.trigger()
    guide = window.findChild(HelpDialog)
    screens.qtbot.waitUntil(guide.isVisible)
    screens.check("使用指南", guide)
    guide.close()
    window.notices_action.trigger()
    register = window.findChild(NoticesWindow)
    screens.qtbot.waitUntil(register.isVisible)
    screens.check("督办单登记簿", register)
    screens.dialog("签发督办单", window.issue_overdue_action.trigger)
    screens.dialog("督办单设置", window.notice_settings_action.trigger)
    register.close()
    walk_instructions(screens)

    people = window.people_tab
    window.tabs.setCurrentWidget(people)
    people.sections.setCurrentIndex(0)
    screens.dialog("新增人员", people.new_button.click)
    people.main.view.selectRow(0)
    screens.dialog("暂离", people.absence_button.click)
    screens.dialog("编辑人员", people.edit_button.click)
    screens.dialog("离任", people.depart_button.click)
    screens.dialog("指定接任人", people.successor_button.click)
    screens.dialog("删除人员", people.remove_button.click)
    people.sections.setCurrentIndex(2)
    screens.dialog("新增部门", people.departments.add_button.click)
    people.sections.setCurrentIndex(3)
    screens.dialog("新增联系人", people.contacts.add_button.click)
    people.sections.setCurrentIndex(1)
    screens.dialog("添加成员", people.groups.add_button.click)
    people.sections.setCurrentIndex(0)

    quotas = window.quotas_tab
    window.tabs.setCurrentWidget(quotas)
    quotas.pages.setCurrentIndex(2)
    screens.dialog("新增宣传推广规则", quotas.rules_page.new_button.click)
    quotas.pages.setCurrentWidget(quotas.targets_page)
    quotas.targets_page.table.select_first()
    screens.dialog("序时进度", quotas.targets_page.edit_button.click)
    quotas.pages.setCurrentIndex(0)


def walk_instructions(screens: Screens) -> None:
    """批示件: the register with a row, registering one, and the 来源 page and dialog of such a task."""
    import datetime as dt

    from desktop.models import TaskSource
    from desktop.services.instructions import NewInstruction, create_instruction_task

    window = screens.window
    task_id, _ = create_instruction_task(window.database, window.plan.id, NewInstruction(
        TaskSource.INSTRUCTION, "研究科技金融支持政策，形成政策初稿报市政府", "柳科批〔2022〕3号", dt.date(2022, 5, 20), None,
        "市政府分管副市长", "请科技局牵头，会同财政局抓紧研究科技金融支持政策，6月底前报市政府。", None, dt.date(2022, 6, 30)))
    window.refresh()
    window.instructions_action.trigger()
    register = window.findChild(InstructionsWindow)
    screens.qtbot.waitUntil(lambda: register.isVisible() and register.register.model.rowCount() == 1)
    screens.check("批示件登记簿", register)
    screens.dialog("新建批示件任务", window.new_instruction_action.trigger)
    register.close()
    window.open_task(task_id)
    editor = window.tasks_tab.editor
    screens.qtbot.waitUntil(lambda: editor.snapshot is not None and editor.snapshot.id == task_id)
    editor.tabs.setCurrentIndex(0)
    from PySide6.QtWidgets import QScrollArea

    area = editor.source_button.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    area.ensureWidgetVisible(editor.source_button)  # the 来源 group, at the foot of 基本信息
    screens.check("任务 · 基本信息（批示件的来源）")
    screens.dialog("修改来源", editor.source_button.click)
    editor.tabs.setCurrentIndex(0)
def walk_previous_year(screens: Screens) -> None:
    """A 2023 plan made from the sample, then the 2022 plan shown read-only from the switcher."""
    from desktop.services.next_year import create_next_year

    window = screens.window
    made = create_next_year(window.database, window.plan.id, 2023)
    window.plan_switcher.show_plan(made.id)
    screens.qtbot.waitUntil(lambda: window.plan_switcher.combo.count() == 2)
    from desktop.services.notice_import import preview_notice
    from desktop.views.notice_import_dialog import NoticeImportDialog
    from notice_files import write_notice

    # Not beside the database: on PostgreSQL there is no such folder (it was the working directory).
    notice = write_notice(Path(tempfile.mkdtemp(prefix="duban-notice-")) / "notice.xlsx")
    preview = preview_notice(window.database, made.id, notice)
    screens.dialog("导入新通知的附件表格", lambda: NoticeImportDialog(window, preview).exec())
    window.tabs.setCurrentWidget(window.tasks_tab)
    window.plan_switcher.show_plan(window.plan_switcher.combo.itemData(1))
    screens.qtbot.waitUntil(lambda: window.banner.isVisible())
    screens.check("上一年度计划（只读）")
    window.plan_switcher.combo.showPopup()
    screens.check("切换计划", window.plan_switcher.combo.view().window())
    window.plan_switcher.combo.hidePopup()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screen_shows_its_text_whole_at_1366(qtbot, sample_target, language, size, chinese_after):
    window = open_window(qtbot, sample_target, language, size)
    screens = Screens(qtbot, window, f"{language}-{size[0]}x{size[1]}", size)
    walk_tabs(screens)
    walk_dialogs(screens)
    walk_previous_year(screens)
    assert len(screens.seen) >= 45, screens.seen
    assert not screens.problems, "\n".join(screens.problems)
