"""The main window on the sample plan, driven the way a person uses it."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.db.target import Target
from desktop.paths import default_database_path, sample_database_path
from desktop.settings import LAST_FILE, RECENT_FILES, Settings
from desktop.views.main_window import MainWindow
from gui import model_texts, type_with_ime


@pytest.fixture
def window(qtbot):
    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown






def texts(table, column):
    proxy = table.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_tabs_are_named_in_chinese(window):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["任务", "日历", "人员", "指标", "总览"]
    assert window.file_label.text() == "未打开数据库"


def test_each_tab_shows_the_seed(window, sample_target, qtbot):
    with qtbot.waitSignal(window.database_loaded):
        assert window.open_path(str(sample_target))
    tasks = window.tasks_tab.model
    assert model_texts(tasks, 0) == ["2-1", "2-2"]
    assert model_texts(tasks, 1)[0] == "柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市"
    assert model_texts(tasks, 3) == ["规配科", "人才科"]
    assert model_texts(tasks, 4) == ["靳磊", "董秀鸾"]
    assert model_texts(tasks, 6) == ["2022-06-30", "2022-06-30"]
    # the first task is selected, its measures, fields and progress in the editor
    editor = window.tasks_tab.editor
    assert model_texts(editor.measures_model, 2) == ["深化“揭榜制”", "推行“赛马制”", "探索“双轨制”", "创新研发经费投入奖补政策"]
    assert "2.0%" in editor.expected_edit.toPlainText()
    assert "共征集到项目需求 5 项" in editor.report_text.toPlainText()

    window.tabs.setCurrentWidget(window.calendar_tab)
    agenda = window.calendar_tab.agenda
    assert agenda.proxy.rowCount() == 28
    assert "2022-07-01 ~ 2022-09-30" in texts(agenda, 0)
    assert "第三季度" in texts(agenda, 3)
    assert "2022-03-01 起" in texts(agenda, 0)

    assert window.people_tab.main.model.rowCount() == 0  # loaded when first shown
    window.tabs.setCurrentWidget(window.people_tab)
    people = window.people_tab.main
    assert people.proxy.rowCount() == 21
    assert texts(people, 0)[:2] == ["管伟荣", "李荣军"]
    assert texts(people, 3)[0] == "领导小组 组长"
    assert texts(window.people_tab.secondary, 2) == ["gxgxx2022@163.com", "zglzswggb@163.com", "lzsfgtgk@163.com"]

    window.tabs.setCurrentWidget(window.quotas_tab)
    quotas = window.quotas_tab.main
    assert quotas.proxy.rowCount() == 18
    assert "1 条/2 月" in texts(quotas, 3)
    assert "每2个月1项" in texts(quotas, 4)
    indicators = window.quotas_tab.secondary
    assert "全社会研发经费支出占地区生产总值比重" in texts(indicators, 1)
    assert "53" in texts(indicators, 2)

    assert "柳科通〔2022〕20号" in window.plan_label.text()
    assert str(sample_target) in window.file_label.text()
    assert "柳科通〔2022〕20号" in window.windowTitle()


def test_every_tab_model_passes_the_model_tester(window, sample_target, qtmodeltester):
    window.open_path(str(sample_target))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    editor = window.tasks_tab.editor
    for model in (
        window.tasks_tab.model,
        editor.measures_model,
        editor.milestones_model,
        editor.indicators_model,
        editor.values_model,
        editor.reports_model,
        editor.history_model,
    ):
        qtmodeltester.check(model)
    for table in (
        window.calendar_tab.agenda,
        window.people_tab.main,
        window.people_tab.secondary,
        window.quotas_tab.main,
        window.quotas_tab.secondary,
    ):
        qtmodeltester.check(table.model)


def test_typing_in_the_filter_box_narrows_the_list(window, sample_target, qtbot):
    window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.people_tab)
    people = window.people_tab.main
    type_with_ime(people.filter_edit, "科长")
    assert people.proxy.rowCount() == 8
    assert "8 / 21" in people.count_label.text()
    people.filter_edit.clear()
    type_with_ime(people.filter_edit, "副组长")
    assert people.proxy.rowCount() == 9
    people.filter_edit.clear()
    assert people.proxy.rowCount() == 21
    window.tabs.setCurrentWidget(window.calendar_tab)
    agenda = window.calendar_tab.agenda
    qtbot.keyClicks(agenda.filter_edit, "2022-06")
    assert agenda.proxy.rowCount() == 10
    assert all("2022-06" in row for row in texts(agenda, 0))


def test_clicking_a_task_shows_its_measures(window, sample_target, qtbot):
    window.open_path(str(sample_target))
    view = window.tasks_tab.view
    rect = view.visualRect(view.model().index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tasks_tab.editor.measures_model.rowCount() == 3
    assert "飞地引才" in window.tasks_tab.editor.title_edit.text()


def test_clicking_a_header_sorts(window, sample_target, qtbot):
    window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.people_tab)
    people = window.people_tab.main
    roster_order = texts(people, 0)
    header = people.view.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    first_click = texts(people, 0)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    second_click = texts(people, 0)
    assert sorted(first_click) == sorted(roster_order)
    assert first_click != roster_order
    assert second_click == list(reversed(first_click))


@pytest.mark.sqlite_only(reason="File → Open and the recent files are about files")
def test_file_open_through_the_menu(window, sample_path, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_path), ""))
    window.file_menu.popup(window.pos())
    window.open_action.trigger()
    assert window.tasks_tab.model.rowCount() == 2
    settings = Settings()
    assert settings.get(LAST_FILE) == str(sample_path)
    assert settings.get(RECENT_FILES)[0] == str(sample_path)


@pytest.mark.sqlite_only(reason="File → Open and the recent files are about files")
def test_open_recent(window, sample_path, tmp_path, qtbot):
    window.open_path(str(sample_path))
    window.show()
    window.file_menu.popup(window.pos())
    qtbot.waitUntil(window.file_menu.isVisible)
    recent = window.file_menu.actionGeometry(window.recent_menu.menuAction()).center()
    qtbot.mouseClick(window.file_menu, Qt.MouseButton.LeftButton, pos=recent)  # 最近打开
    qtbot.waitUntil(window.recent_menu.isVisible)
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == [f"&1 {sample_path}"]
    qtbot.keyClick(window.recent_menu, Qt.Key.Key_1)
    assert window.tasks_tab.model.rowCount() == 2
    assert not window.file_menu.isVisible()


def test_a_bad_file_shows_a_message_and_keeps_the_open_one(window, sample_target, tmp_path, warnings):
    window.open_path(str(sample_target))
    bad = tmp_path / "form.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    assert not window.open_path(str(bad))
    assert warnings and "不是 Duban 数据库文件" in warnings[-1][1]
    assert window.database.target == Target.parse(str(sample_target))
    assert window.tasks_tab.model.rowCount() == 2
    assert not window.open_path(str(tmp_path / "gone.duban"))
    assert "找不到文件" in warnings[-1][1]


@pytest.mark.sqlite_only(reason="File → Open and the recent files are about files")
def test_a_vanished_recent_file_is_forgotten(window, sample_path, tmp_path, warnings):
    gone = tmp_path / "gone.duban"
    settings = window.settings
    settings.remember_file(str(gone))
    settings.remember_file(str(sample_path))
    assert not window.open_path(str(gone))
    assert str(gone) not in settings.recent_files()


def test_new_database_with_the_sample(window, tmp_path, monkeypatch):
    target = tmp_path / "新计划"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.new_action.trigger()
    assert (tmp_path / "新计划.duban").exists()
    assert window.tasks_tab.model.rowCount() == 2


def test_new_empty_database(window, tmp_path, monkeypatch):
    target = tmp_path / "空.duban"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.new_action.trigger()
    assert target.exists()
    assert window.tasks_tab.model.rowCount() == 0
    assert window.plan_label.text() == "此数据库还没有计划"


@pytest.mark.sqlite_only(reason="File → New refuses to overwrite a file")
def test_new_over_an_existing_file_is_refused(window, sample_path, monkeypatch, warnings):
    before = sample_path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sample_path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.new_action.trigger()
    assert "已存在" in warnings[-1][1]
    assert sample_path.read_bytes() == before


def test_open_sample_plan_creates_it_in_the_data_folder(window, duban_home):
    window.sample_action.trigger()
    assert sample_database_path().exists()
    assert sample_database_path().parent == duban_home
    assert window.tasks_tab.model.rowCount() == 2


def test_first_start_creates_the_default_database_from_the_plan(qtbot, duban_home):
    from desktop.app import open_initial

    assert not default_database_path().exists()
    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert open_initial(window, None, settings)
    assert default_database_path().exists()
    assert window.tasks_tab.model.rowCount() == 2
    assert Settings().get(LAST_FILE) == str(default_database_path())


def test_start_with_a_bad_path_falls_back_to_the_default(qtbot, tmp_path, warnings):
    from desktop.app import open_initial

    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert open_initial(window, str(tmp_path / "missing.duban"), settings)
    assert "找不到文件" in warnings[0][1]
    assert window.database.target.path == default_database_path()


def test_window_geometry_is_kept(qtbot):
    settings = Settings()
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 480)
    size = first.size()
    first.close()
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    assert second.height() == size.height() == 480


def test_tabs_load_when_shown_and_follow_the_open_file(window, sample_target, tmp_path, warnings, monkeypatch):
    window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.people_tab)
    assert window.people_tab.main.proxy.rowCount() == 21
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "空.duban"), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.new_action.trigger()
    assert window.people_tab.main.proxy.rowCount() == 0  # the shown tab follows at once
    window.tabs.setCurrentWidget(window.tasks_tab)
    assert window.tasks_tab.model.rowCount() == 0


@pytest.mark.sqlite_only(reason="a file on a network drive that vanished (the server's case is the next test)")
def test_a_tab_shown_after_the_drive_vanished_says_so(window, sample_path, warnings):
    window.open_path(str(sample_path))
    sample_path.unlink()
    window.tabs.setCurrentWidget(window.calendar_tab)
    assert warnings and "网络驱动器" in warnings[-1][1]
    assert window.calendar_tab.agenda.proxy.rowCount() == 0


def test_a_tab_shown_after_the_server_database_went_away_says_so(window, pg_server, pg_sample_template, pg_database, warnings):
    url = pg_database(pg_sample_template)
    assert window.open_path(url)
    assert url in window.file_label.text()
    pg_server.drop(window.database.engine.url.database)
    window.tabs.setCurrentWidget(window.calendar_tab)
    assert warnings and "不存在" in warnings[-1][1]
    assert window.calendar_tab.agenda.proxy.rowCount() == 0


def test_start_on_a_database_url(qtbot, sample_target, backend, warnings):
    """``duban --db-url URL``: no start-up preview (it reads files only), then the database opens."""
    from desktop.app import open_initial

    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    url = str(sample_target) if backend == "postgresql" else f"sqlite:///{sample_target}"
    assert open_initial(window, None, settings, db_url=url)
    assert window.tasks_tab.model.rowCount() == 2
    assert not warnings


def test_start_on_a_server_that_is_down_says_so_and_opens_nothing_else(qtbot, warnings):
    from desktop.app import open_initial

    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not open_initial(window, None, settings, db_url="postgresql://duban@127.0.0.1:1/duban")
    assert "无法连接数据库服务器" in warnings[-1][1]
    assert window.database is None and not default_database_path().exists()


def test_the_server_dialog_puts_the_password_into_the_address(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.views.server_dialog import ServerDialog

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    connect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not connect.isEnabled()
    for not_a_server in ("D:/督办/计划.duban", "sqlite:///a.duban", "postgresql://db.example", "postgresql://"):
        dialog.url_edit.setText(not_a_server)
        assert not connect.isEnabled(), not_a_server
    dialog.url_edit.setText(" postgresql://duban@db.example:5432/duban ")
    assert connect.isEnabled()
    assert dialog.url() == "postgresql://duban@db.example:5432/duban"
    dialog.password_edit.setText("p@ss/word")
    assert dialog.url() == "postgresql://duban:p%40ss%2Fword@db.example:5432/duban"
    assert Target.parse(dialog.url()).display() == "postgresql://duban:***@db.example:5432/duban"


def test_the_command_line_opens_the_window_on_a_database_url(tmp_path, sample_target, backend):
    import os
    import subprocess
    import sys

    url = str(sample_target) if backend == "postgresql" else f"sqlite:///{sample_target}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DUBAN_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test", "--db-url", url], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert not any((tmp_path / "home").glob("*.duban"))  # no default database was made instead
    both = subprocess.run(
        [sys.executable, "-m", "desktop", "a.duban", "--db-url", url], capture_output=True, text=True, env=env, timeout=120
    )
    assert both.returncode == 2 and "--db-url" in both.stderr


def test_connect_to_a_server_through_the_file_menu(window, pg_sample_template, pg_database, monkeypatch):
    url = pg_database(pg_sample_template)
    monkeypatch.setattr("desktop.views.server_dialog.ask_database_url", lambda parent=None, initial="": url)
    window.connect_action.trigger()
    assert window.tasks_tab.model.rowCount() == 2
    assert url in window.file_label.text()
    assert window.settings.recent_files() == []  # a server database is not a recent file


def test_the_people_and_quotas_tabs_are_built_when_first_shown_with_what_was_set_before(window, sample_target, qtbot):
    from desktop.views.people_tab import PeopleTab
    from desktop.views.quotas_tab import QuotasTab

    assert window.open_path(str(sample_target))
    assert not window.people_tab.built and not window.quotas_tab.built  # opening shows 任务 only
    window.set_read_only(True, "测试")
    window.people_tab.yellow_days = 5
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=window.tabs.tabBar().tabRect(2).center())
    assert window.tabs.currentWidget() is window.people_tab and window.people_tab.built
    people = window.people_tab.real()
    assert isinstance(people, PeopleTab) and people.isVisible()
    assert people.yellow_days == 5 and people.read_only
    assert people.main.model.rowCount() > 0  # loaded on first showing
    assert not window.quotas_tab.built
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=window.tabs.tabBar().tabRect(3).center())
    quotas = window.quotas_tab.real()
    assert isinstance(quotas, QuotasTab) and quotas.read_only
    assert window.quotas_tab.matrix is quotas.matrix is not None  # the window reads the tab through it
