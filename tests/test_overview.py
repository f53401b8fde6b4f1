"""总览: the leader's page shows the 定期通报's counts for the same day, opens what it summarises, prints on one A4 page."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.models import Task
from desktop.services.briefing import briefing, briefing_for_overview, period_of
from desktop.services.overview import overview, overview_day
from desktop.settings import REPORTER_NAME, Settings
from desktop.views.main_window import MainWindow
from desktop.views.notices_window import NoticesWindow
from gui import model_texts

JUNE_30 = dt.date(2022, 6, 30)


def plan_id(db) -> int:
    with db.read() as session:
        return session.scalar(select(Task.plan_id))


def test_the_overview_counts_are_the_june_briefing_s(sample_db):
    start, end, _label = period_of("2022-06")
    june = briefing(sample_db, plan_id(sample_db), start, end)
    page = overview(sample_db, plan_id(sample_db), JUNE_30)
    assert page.briefing.counts == june.counts == briefing_for_overview(sample_db, plan_id(sample_db), JUNE_30)
    # Worst first: 规配科 has the overdue preparations.
    assert page.sections[0].section == "规配科" and page.sections[0].overdue == 2
    assert {line.section for line in page.sections if line.unreported} == {u.section for u in june.unreported}


def test_a_day_outside_the_plan_year_is_read_as_its_last_or_first_day():
    assert overview_day(2022, dt.date(2026, 12, 6)) == dt.date(2022, 12, 31)
    assert overview_day(2022, dt.date(2021, 3, 1)) == dt.date(2022, 1, 1)
    assert overview_day(2022, JUNE_30) == JUNE_30


def test_the_tab_shows_the_counts_opens_a_task_and_prints_one_page(qtbot, sample_target, tmp_path, monkeypatch):
    Settings().set(REPORTER_NAME, "改革办")
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: JUNE_30
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(str(sample_target))
    bar = window.tabs.tabBar()
    index = [window.tabs.tabText(i) for i in range(window.tabs.count())].index("总览")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    tab = window.overview_tab.real()
    qtbot.waitUntil(lambda: tab.tasks_model.rowCount() == 2)
    counts = briefing_for_overview(window.database, window.plan.id, JUNE_30)
    assert tab.tiles["yellow"].text().startswith(f"{counts.yellow}\n")
    assert tab.tiles["overdue"].text().startswith(f"{counts.overdue}\n")
    assert tab.tiles["unreported"].text().startswith(f"{counts.sections_unreported}\n")
    assert "2022年6月30日" in tab.heading.text()
    assert model_texts(tab.tasks_model, 0) == ["2-1", "2-2"]
    # Double-clicking a task opens it in 任务.
    rect = tab.tasks_view.visualRect(tab.tasks_model.index(1, 1))
    qtbot.mouseClick(tab.tasks_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.tasks_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.tasks_tab
    assert window.tasks_tab.editor.snapshot.fields["code"] == "2-2"
    # The quota completion as bars, the same numbers as the 通报's; a click opens 指标.
    june = briefing(window.database, window.plan.id, *period_of("2022-06")[:2], today=JUNE_30)
    sections = [q for q in june.quotas if not q.is_city]
    city = next(q for q in june.quotas if q.is_city)
    chart = tab.quotas_chart
    assert chart.categories == [q.section for q in sections] and len(sections) == 3
    assert [s.values for s in chart.series] == [[q.required for q in sections], [q.delivered for q in sections]]
    assert f"全市要求：应报 {city.required}，已报 {city.delivered}" in chart.title
    assert all(q.text in chart.toolTip() for q in june.quotas)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.quotas_tab
    window.tabs.setCurrentIndex(index)
    # The 督办单 tile opens the register.
    window.tabs.setCurrentIndex(index)
    qtbot.mouseClick(tab.tiles["notices"], Qt.MouseButton.LeftButton)
    assert window.findChild(NoticesWindow).isVisible()
    window.findChild(NoticesWindow).close()
    # One A4 page, its text searchable.
    out = tmp_path / "总览.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "842 x 595" in info.replace(".0", "")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "2-1" in text and "规配科" in text and "宣传推广指标" in text


def test_targets_and_inspections_open_where_they_are_kept(qtbot, sample_target):
    from PySide6.QtWidgets import QApplication

    from desktop.views.inspection_dialog import InspectionDialog
    from gui import on_next_dialog

    Settings().set(REPORTER_NAME, "改革办")
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: JUNE_30
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.overview_tab)
    tab = window.overview_tab.real()
    qtbot.waitUntil(lambda: tab.indicators_model.rowCount() > 0 and tab.inspections_model.rowCount() > 0)

    def double_click(view, row):
        rect = view.visualRect(view.model().index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    double_click(tab.indicators_view, 0)
    quotas = window.quotas_tab
    assert window.tabs.currentWidget() is quotas and quotas.pages.currentWidget() is quotas.targets_page
    window.tabs.setCurrentWidget(window.overview_tab)
    seen = []
    on_next_dialog(lambda dialog: (seen.append(type(dialog)), dialog.reject()))
    double_click(tab.inspections_view, 0)
    assert seen == [InspectionDialog] and QApplication.activeModalWidget() is None
