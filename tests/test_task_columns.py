"""The 任务 list's columns on a 1366×768 screen: the title takes the room, short columns are as wide as
their heading, none is cut; the heading's menu hides and shows columns and restores the default, headings
move by dragging, and the layout comes back at the next start (a broken saved one gives the default).
The 措施 page shows its lights as coloured dots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QTableView

from desktop.app import create_application, install_translators
from desktop.lights import Light
from desktop.settings import TASKS_HEADER_COLUMNS, TASKS_HEADER_STATE, Settings
from desktop.views.main_window import MainWindow
from desktop.views.task_list_model import LIGHT_COLOURS
from gui import wait_for_operations

SIZE = (1366, 768)
KEYS = "code,title,level,lead,leader,responsible,deadline,light,status,latest,source"


@pytest.fixture
def chinese_after(qapp):
    """Every test leaves the application in Chinese, as the others expect."""
    yield
    install_translators(qapp, "zh_CN")


def open_window(qtbot, target, language: str = "zh_CN", size=SIZE) -> MainWindow:
    create_application(language=language)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    assert window.open_path(str(target))
    wait_for_operations(qtbot)
    qtbot.wait(50)  # the reminders' dock takes its place beside the tabs
    return window


def titles(view) -> list[str]:
    header = view.horizontalHeader()
    return [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]


def column(view, source: str) -> int:
    return titles(view).index(QCoreApplication.translate("TasksTab", source))


def shown(header) -> list[int]:
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def clipped(view) -> list[str]:
    """The visible headings whose text (with room for the sort arrow) is wider than their column."""
    header = view.horizontalHeader()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    found = []
    for logical in shown(header):
        text = titles(view)[logical]
        needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin + arrow
        if needed > header.sectionSize(logical):
            found.append(f"{text!r} needs {needed}px, has {header.sectionSize(logical)}px")
    return found


def check_fitted(view) -> None:
    header = view.horizontalHeader()
    width = view.viewport().width()
    title = column(view, "改革攻坚落实事项")
    assert header.sectionSize(title) >= 0.3 * width, (header.sectionSize(title), width)
    assert not clipped(view)
    assert sum(header.sectionSize(c) for c in shown(header)) <= width + 1  # no column past the edge
    for source in ("编号", "灯", "状态"):
        assert not header.isSectionHidden(column(view, source)), source


def open_header_menu(qtbot, view, act) -> list[str]:
    """Right-click the list's heading, let *act* use the menu that opens; the menu's entries."""
    header = view.horizontalHeader()
    entries: list[str] = []

    def answer():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, answer)
            return
        entries.extend(a.text() for a in menu.actions() if not a.isSeparator())
        act(menu)
        if menu.isVisible():
            menu.close()

    QTimer.singleShot(0, answer)
    position = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, header.viewport().mapToGlobal(position))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(lambda: bool(entries))
    return entries


def click_entry(qtbot, text: str):
    def act(menu):
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    return act


def drag_heading(qtbot, view, logical: int, to_visual: int) -> None:
    """Drag the heading of column *logical* onto the place of the column shown at *to_visual*."""
    header = view.horizontalHeader()
    viewport = header.viewport()
    y = header.height() // 2
    start = QPoint(header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2, y)
    target = header.logicalIndex(to_visual)
    end = QPoint(header.sectionViewportPosition(target) + 3, y)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


@pytest.mark.parametrize("size", [SIZE, (1280, 720)], ids=["1366x768", "1280x720"])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_title_takes_the_room_and_no_heading_is_cut_at_1366(qtbot, sample_target, language, size, chinese_after):
    window = open_window(qtbot, sample_target, language, size)
    view = window.tasks_tab.view
    header = view.horizontalHeader()
    check_fitted(view)
    # 最新进展 is shown, or hidden on purpose: offered, unticked, in the heading's menu.
    latest = column(view, "最新进展")
    if header.isSectionHidden(latest):
        entries = open_header_menu(qtbot, view, lambda menu: None)
        assert titles(view)[latest] in entries
    # Sorting by a column puts its arrow in the heading: still whole.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column(view, "状态")) + 5, header.height() // 2))
    assert header.sortIndicatorSection() == column(view, "状态")
    assert not clipped(view)
    # More room (the reminders closed): columns that were left out come back, the title keeps its share.
    before = len(shown(header))
    window.reminder_dock.close()
    qtbot.waitUntil(lambda: len(shown(header)) > before)
    check_fitted(view)


def test_chinese_short_columns_fit_their_heading_and_the_title_gets_the_rest(qtbot, sample_target, chinese_after):
    window = open_window(qtbot, sample_target)
    view = window.tasks_tab.view
    header = view.horizontalHeader()
    # The light, the state and the latest progress all fit beside the title in Chinese.
    assert not header.isSectionHidden(column(view, "最新进展"))
    level = column(view, "级别")
    assert header.isSectionHidden(level) or header.sectionSize(level) <= 150
    title = column(view, "改革攻坚落实事项")
    assert header.sectionSize(title) > max(header.sectionSize(c) for c in shown(header) if c != title)


def test_the_heading_menu_hides_a_column_a_drag_moves_one_and_the_next_start_keeps_both(qtbot, sample_target):
    window = open_window(qtbot, sample_target)
    view = window.tasks_tab.view
    header = view.horizontalHeader()
    deadline, light, title = column(view, "下一截止"), column(view, "灯"), column(view, "改革攻坚落实事项")
    assert not header.isSectionHidden(deadline)

    entries = open_header_menu(qtbot, view, click_entry(qtbot, "下一截止"))
    assert entries[:2] == ["编号", "改革攻坚落实事项"] and entries[-1] == "恢复默认列"
    assert header.isSectionHidden(deadline)

    def title_entry_is_fixed(menu):
        action = next(a for a in menu.actions() if a.text() == "改革攻坚落实事项")
        assert action.isChecked() and not action.isEnabled()

    open_header_menu(qtbot, view, title_entry_is_fixed)
    assert not header.isSectionHidden(title)

    drag_heading(qtbot, view, light, 0)
    assert header.visualIndex(light) == 0
    window.close()  # saved when changed, at the latest on closing
    saved = Settings()
    assert not saved.get(TASKS_HEADER_STATE).isEmpty() and saved.get(TASKS_HEADER_COLUMNS) == KEYS

    again = open_window(qtbot, sample_target)
    view = again.tasks_tab.view
    header = view.horizontalHeader()
    assert header.isSectionHidden(deadline)
    assert header.visualIndex(light) == 0
    assert not header.isSectionHidden(title)
    assert header.sortIndicatorSection() == -1  # the rows come unsorted, and the heading says so
    # The person's layout is kept when the window changes size.
    again.resize(1000, 700)
    qtbot.wait(20)
    assert header.isSectionHidden(deadline) and header.visualIndex(light) == 0


def test_restoring_the_default_columns_forgets_the_saved_layout(qtbot, sample_target):
    window = open_window(qtbot, sample_target)
    view = window.tasks_tab.view
    header = view.horizontalHeader()
    default_shown = shown(header)
    status = column(view, "状态")
    open_header_menu(qtbot, view, click_entry(qtbot, "状态"))
    header.moveSection(header.visualIndex(column(view, "编号")), 3)
    assert header.isSectionHidden(status)
    qtbot.waitUntil(lambda: not Settings().get(TASKS_HEADER_STATE).isEmpty())

    open_header_menu(qtbot, view, click_entry(qtbot, "恢复默认列"))
    assert shown(header) == default_shown
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    check_fitted(view)
    assert Settings().get(TASKS_HEADER_STATE).isEmpty()


def five_column_state() -> QByteArray:
    view = QTableView()
    view.setModel(QStandardItemModel(1, 5, view))
    view.horizontalHeader().hideSection(3)  # Qt would take it, and make up the other five columns
    return view.horizontalHeader().saveState()


def hidden_title_state(qtbot) -> QByteArray:
    """A state of this very list with the title hidden (a hand-edited or damaged file)."""
    from desktop.views.tasks_tab import TasksTab

    tab = TasksTab(settings=Settings())
    qtbot.addWidget(tab)
    tab.view.horizontalHeader().hideSection(1)
    return tab.view.horizontalHeader().saveState()


@pytest.mark.parametrize("broken", ["garbage", "text", "other columns", "five columns", "title hidden"])
def test_a_broken_saved_layout_gives_the_default_columns(qtbot, sample_target, broken):
    settings = Settings()
    state, keys = {
        "garbage": (QByteArray(b"\x00\xffnot a header"), KEYS),
        "text": ("a hand-edited line", KEYS),
        "other columns": (five_column_state(), "code,title,level,lead,light"),
        "five columns": (five_column_state(), KEYS),
        "title hidden": (hidden_title_state(qtbot), KEYS),
    }[broken]
    settings.set(TASKS_HEADER_STATE, state)
    settings.set(TASKS_HEADER_COLUMNS, keys)
    settings.sync()
    window = open_window(qtbot, sample_target)
    view = window.tasks_tab.view
    assert view.horizontalHeader().count() == len(KEYS.split(","))
    assert not window.tasks_tab.columns.customised
    check_fitted(view)


def test_the_measures_show_their_light_as_a_coloured_dot(qtbot, sample_target):
    window = open_window(qtbot, sample_target)
    editor = window.tasks_tab.editor
    model = editor.measures_model
    light = titles(editor.measures_view).index("灯")
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        index = model.index(row, light)
        measure = editor.measures_model.row(row)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull()
        colour = icon.pixmap(14, 14).toImage().pixelColor(7, 7)
        assert colour == LIGHT_COLOURS[Light(int(measure.light.light))]
        assert index.data() == measure.light.light.label  # the word stays beside the dot
