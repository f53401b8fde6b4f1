"""文件 → 新建年度计划…: the next year's plan made from the plan shown, open tasks ticked for carrying over.

The dialog says what is copied (organisation, groups with their members in order, contacts,
quota rules, the inspection calendar moved by a year) and what is not (reports), lists the
tasks not yet 办结 with a checkbox each (all ticked), and asks for the year and the number.
The plan is made in the background (:class:`~desktop.views.operations.Operation`); the window
then shows it, and the previous plan stays in the file, read-only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.errors import UserError
from desktop.views.operations import Operation
from desktop.views.plan_switcher import plan_read_only_reason


class NextYearDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        from desktop.services.next_year import carry_candidates, default_doc_number

        self.main = window
        self.source = window.plan
        #: What was made (a NewPlan), once it is.
        self.made = None
        self.setWindowTitle(self.tr("新建年度计划"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.year_edit = QSpinBox()
        self.year_edit.setRange(self.source.year + 1, self.source.year + 10)
        self.year_edit.setValue(self.source.year + 1)
        self.year_edit.valueChanged.connect(
            lambda year: self.number_edit.setText(default_doc_number(self.source.doc_number, year))
        )
        self.number_edit = QLineEdit(default_doc_number(self.source.doc_number, self.source.year + 1))
        self.number_edit.setMinimumWidth(320)
        form = QFormLayout()
        form.addRow(self.tr("基础计划："), QLabel(self.tr("{0}（{1} 年）").format(self.source.doc_number, self.source.year)))
        form.addRow(self.tr("新计划年度："), self.year_edit)
        form.addRow(self.tr("新计划文号："), self.number_edit)
        explanation = QLabel(self.tr(
            "将复制：部门、人员、领导小组和工作小组（成员及顺序）、联系人、宣传推广指标规则、督查日历（每年的督查和备检时间移到新年度）。"
            "不复制：进展台帐、督办单、宣传稿件。下面勾选的未办结任务将结转到新计划，并记下原任务。"
            "新建后，{0} 年计划保留在本文件中，只能查看。"
        ).format(self.source.year))
        explanation.setWordWrap(True)
        self.tasks = QListWidget()
        self.tasks.setObjectName("carryList")
        for candidate in carry_candidates(window.database, self.source.id):
            item = QListWidgetItem(self.tr("{0}　{1}（{2}，{3}）").format(
                candidate.code, candidate.title, candidate.lead or self.tr("未定牵头科室"), candidate.status))
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(candidate.title)
            self.tasks.addItem(item)
        self.all_button = QPushButton(self.tr("全选"))
        self.none_button = QPushButton(self.tr("全不选"))
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.tasks.itemChanged.connect(lambda _item: self._count())
        self.count_label = QLabel()
        choose = QHBoxLayout()
        choose.addWidget(self.count_label, 1)
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("新建"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("结转的任务（尚未办结）：")))
        layout.addWidget(self.tasks, 1)
        layout.addLayout(choose)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self._count()

    def _check_all(self, state) -> None:
        for row in range(self.tasks.count()):
            self.tasks.item(row).setCheckState(state)

    def carried(self) -> list[int]:
        """The tasks ticked for carrying over."""
        items = (self.tasks.item(row) for row in range(self.tasks.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        self.count_label.setText(self.tr("结转 {0} 项，共 {1} 项未办结").format(len(self.carried()), self.tasks.count()))

    def create(self) -> None:
        from desktop.services.next_year import create_next_year

        if plan_read_only_reason(self.source):
            QMessageBox.information(self, self.windowTitle(), self.tr("{0} 年计划已结转过，不能再结转一次。").format(self.source.year))
            return
        database, source_id = self.main.database, self.source.id
        year, number, carried = self.year_edit.value(), self.number_edit.text().strip(), self.carried()
        self.buttons.setEnabled(False)
        Operation(
            self, database,
            lambda _progress: create_next_year(database, source_id, year, carry=carried, doc_number=number),
            title=self.tr("没有新建年度计划"),
        ).success(self._made).failure(self._refused).with_progress(self.tr("正在新建年度计划…")).run_in_background()

    def _refused(self, error: UserError) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.warning(self, self.tr("没有新建年度计划"), error.message)

    def _made(self, made) -> None:
        self.made = made
        self.accept()
        self.main.plan_switcher.show_plan(made.id)
        self.main.statusBar().showMessage(
            self.tr("已新建 {0} 年计划，结转任务 {1} 项").format(made.year, made.counts.get("task", 0)), 8000
        )
