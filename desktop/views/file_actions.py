"""File menu: new, open, recent, the sample plan, a database server, and choosing forms to import.

Functions of the main window (*window*); it opens what they choose (``window.open_path``).
The strings keep the main window's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.i18n import tr
from desktop.paths import DATABASE_SUFFIX


def fill_recent_menu(window) -> None:
    """文件 → 最近打开: the recent files, numbered; greyed out when there are none."""
    window.recent_menu.clear()
    recent = window.settings.recent_files()
    for number, path in enumerate(recent, start=1):
        action = window.recent_menu.addAction(f"&{number} {path}")
        action.setData(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    window.recent_menu.setEnabled(bool(recent))


def choose_and_open(window) -> None:
    """文件 → 打开 (Ctrl+O)."""
    path, _ = QFileDialog.getOpenFileName(
        window,
        tr("MainWindow", "打开督办台数据库"),
        window.dialog_folder(),
        tr("MainWindow", "督办台数据库 (*{0});;早期版本的数据库 (*.sqlite *.db);;所有文件 (*)").format(DATABASE_SUFFIX),
    )
    if path:
        window.open_path(path)


def new_database(window) -> None:
    """文件 → 新建 (Ctrl+N): a new file, with the built-in 2022 plan or empty."""
    path, _ = QFileDialog.getSaveFileName(
        window,
        tr("MainWindow", "新建督办台数据库"),
        window.dialog_folder(),
        tr("MainWindow", "督办台数据库 (*{0})").format(DATABASE_SUFFIX),
    )
    if not path:
        return
    if not path.endswith(DATABASE_SUFFIX):
        path += DATABASE_SUFFIX
    answer = QMessageBox.question(
        window,
        tr("MainWindow", "新建数据库"),
        tr("MainWindow", "要在新数据库中放入内置的 2022 年计划（柳科通〔2022〕20号）吗？\n选“否”则建立空数据库。"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    with_sample = answer == QMessageBox.StandardButton.Yes
    window.open_with(lambda workspace: workspace.create_database(path, with_sample=with_sample), path)


def open_sample(window) -> None:
    window.open_with(lambda workspace: workspace.open_sample(), None)


def connect_to_server(window) -> None:
    """File → Connect to server: a PostgreSQL URL instead of a file."""
    from desktop.views.server_dialog import ask_database_url

    url = ask_database_url(window)
    if url:
        window.open_path(url)


def choose_and_import(window) -> None:
    paths, _ = QFileDialog.getOpenFileNames(
        window,
        tr("MainWindow", "选择返回的台帐"),
        "",
        tr("MainWindow", "Excel 表格 (*.xlsx *.xlsm *.xls *.et);;所有文件 (*)"),
    )
    if paths:
        window.import_paths([Path(p) for p in paths])


def choose_folder_and_import(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, tr("MainWindow", "选择放有返回台帐的文件夹"))
    if folder:
        window.import_paths([Path(folder)])
