"""The 措施, 时间节点 and 指标 pages of the task editor (a part of :class:`TaskEditor`)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QProgressBar, QTableView, QVBoxLayout, QWidget

from desktop.views.table_model import Column
from desktop.views.task_dialogs import IndicatorDialog, MeasureDialog, MilestoneDialog, ValueDialog
from desktop.views.task_list_model import light_icon
from desktop.views.widgets import label_of, make_table, selected_row


class TaskPartsPages:
    """Builds and runs the pages; mixed into the editor, whose database, snapshot and
    ``_run``/``_push`` it uses."""

    def _build_measures(self) -> QWidget:
        self.measures_view, self.measures_model = make_table(
            [
                Column(self.tr("序号"), lambda m: m.number),
                Column(self.tr("灯"), lambda m: int(m.light.light), display=lambda m: m.light.light.label,
                       tooltip=lambda m: m.light.tooltip(self.yellow_days), icon=lambda m: light_icon(int(m.light.light))),
                Column(self.tr("措施"), lambda m: m.title),
                Column(self.tr("负责"), lambda m: m.owner),
                Column(self.tr("期限"), lambda m: m.due_date, display=lambda m: self.deadline_text("measure", m)),
                Column(self.tr("状态"), lambda m: label_of(m.status)),
                Column(self.tr("内容"), lambda m: m.description),
            ]
        )
        self.measures_view.doubleClicked.connect(lambda _i: self.edit_measure())
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("添加措施"), self.add_measure),
                (self.tr("编辑"), self.edit_measure),
                (self.tr("上移"), lambda: self.move_measure(-1)),
                (self.tr("下移"), lambda: self.move_measure(1)),
                (self.tr("删除"), self.delete_measure),
            )
        )
        layout.addWidget(self.measures_view)
        return widget

    def _build_milestones(self) -> QWidget:
        self.milestones_view, self.milestones_model = make_table(
            [
                Column(self.tr("节点"), lambda m: m.title),
                Column(self.tr("原文期限"), lambda m: m.due_text),
                Column(self.tr("期限"), lambda m: m.due_date, display=lambda m: self.deadline_text("milestone", m)),
                Column(self.tr("完成日期"), lambda m: m.done_on),
            ]
        )
        self.milestones_view.doubleClicked.connect(lambda _i: self.edit_milestone())
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("添加节点"), self.add_milestone),
                (self.tr("编辑"), self.edit_milestone),
                (self.tr("删除"), self.delete_milestone),
            )
        )
        layout.addWidget(self.milestones_view)
        return widget

    def _build_indicators(self) -> QWidget:
        self.indicators_view, self.indicators_model = make_table(
            [
                Column(self.tr("指标"), lambda i: i.name),
                Column(self.tr("目标"), lambda i: i.target, align_right=True),
                Column(self.tr("单位"), lambda i: i.unit),
                Column(self.tr("最新实际值"), lambda i: i.latest.value if i.latest else None, align_right=True),
                Column(self.tr("截至"), lambda i: i.latest.as_of if i.latest else None),
                Column(self.tr("完成目标"), lambda i: i.progress,
                       display=lambda i: f"{i.progress:.0%}" if i.progress is not None else ""),
            ]
        )
        self.indicators_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_indicator())
        self.values_view, self.values_model = make_table(
            [
                Column(self.tr("日期"), lambda v: v.as_of),
                Column(self.tr("实际值"), lambda v: v.value, align_right=True),
                Column(self.tr("来源"), lambda v: v.source),
            ]
        )
        self.indicator_progress = QProgressBar()
        self.indicator_progress.setRange(0, 100)
        self.indicator_progress.setFormat(self.tr("完成目标 %p%"))
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("添加指标"), self.add_indicator),
                (self.tr("编辑"), self.edit_indicator),
                (self.tr("记录实际值"), self.add_value),
                (self.tr("删除"), self.delete_indicator),
            )
        )
        layout.addWidget(self.indicators_view, 2)
        layout.addWidget(self.indicator_progress)
        layout.addWidget(self.values_view, 1)
        return widget

    def _show_indicator(self) -> None:
        indicator = selected_row(self.indicators_view)
        self.values_model.set_rows(indicator.values if indicator else [])
        progress = indicator.progress if indicator else None
        self.indicator_progress.setVisible(progress is not None)
        if progress is not None:
            self.indicator_progress.setValue(max(0, min(100, round(progress * 100))))

    # -- measures, milestones, indicators ---------------------------------------------------

    def _add_part(self, dialog: QDialog, add) -> None:
        """Show *dialog* until what it holds is saved or the person cancels.

        A save that fails (bad input, or the database out of reach) shows its message and
        opens the dialog again with everything typed still in it.
        """
        while dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            result = self._run(lambda: add(self.database, self.snapshot.id, fields))
            if result is not None:
                self._push(result)
                return

    def _edit_part(self, view: QTableView, make_dialog, save) -> None:
        """Edit the selected row in its dialog and save only the fields that changed (again on failure)."""
        row = selected_row(view)
        if row is None:
            return
        dialog = make_dialog(row)
        original = None
        while dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            original = original or {name: getattr(row, name) for name in fields}
            changes = {name: value for name, value in fields.items() if value != original[name]}
            if not changes:
                return
            result = self._run(lambda: save(self.database, row.id, row.version, original, changes))
            if result is not None:
                self._push(result)
                return

    def _delete_part(self, view: QTableView, delete, question: str | None = None) -> None:
        row = selected_row(view)
        if row is None:
            return
        if question is not None:
            answer = QMessageBox.question(self, self.tr("删除"), question.format(getattr(row, "title", "")))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._push(self._run(lambda: delete(self.database, row.id)))

    def add_measure(self) -> None:
        from desktop.services import task_parts

        dialog = MeasureDialog(self.people, self.departments, self.snapshot.plan_year, parent=self)
        self._add_part(dialog, task_parts.add_measure)

    def edit_measure(self) -> None:
        from desktop.services import task_parts

        self._edit_part(
            self.measures_view,
            lambda m: MeasureDialog(self.people, self.departments, self.snapshot.plan_year, m, parent=self),
            task_parts.save_measure,
        )

    def move_measure(self, offset: int) -> None:
        from desktop.services import task_parts

        measure = selected_row(self.measures_view)
        if measure is None:
            return
        self._push(self._run(lambda: task_parts.move_measure(self.database, measure.id, offset)))
        row = next((i for i, m in enumerate(self.measures_model.rows()) if m.id == measure.id), -1)
        if row >= 0:
            self.measures_view.selectRow(row)

    def delete_measure(self) -> None:
        from desktop.services import task_parts

        self._delete_part(
            self.measures_view, task_parts.delete_measure, self.tr("删除措施“{0}”吗？可以用“撤销”恢复。")
        )

    def add_milestone(self) -> None:
        from desktop.services import task_parts

        self._add_part(MilestoneDialog(self.snapshot.plan_year, parent=self), task_parts.add_milestone)

    def edit_milestone(self) -> None:
        from desktop.services import task_parts

        self._edit_part(
            self.milestones_view,
            lambda m: MilestoneDialog(self.snapshot.plan_year, m, parent=self),
            task_parts.save_milestone,
        )

    def delete_milestone(self) -> None:
        from desktop.services import task_parts

        self._delete_part(self.milestones_view, task_parts.delete_milestone)

    def add_indicator(self) -> None:
        from desktop.services import task_parts

        self._add_part(IndicatorDialog(parent=self), task_parts.add_indicator)

    def edit_indicator(self) -> None:
        from desktop.services import task_parts

        self._edit_part(self.indicators_view, lambda i: IndicatorDialog(i, parent=self), task_parts.save_indicator)

    def add_value(self) -> None:
        from desktop.services import task_parts

        indicator = selected_row(self.indicators_view)
        if indicator is None:
            QMessageBox.information(self, self.tr("记录实际值"), self.tr("请先选择一个指标。"))
            return
        dialog = ValueDialog(indicator, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            f = dialog.fields()
            self._push(
                self._run(lambda: task_parts.add_indicator_value(self.database, indicator.id, f["as_of"], f["value"], f["source"]))
            )
            row = next((i for i, x in enumerate(self.indicators_model.rows()) if x.id == indicator.id), -1)
            if row >= 0:
                self.indicators_view.selectRow(row)

    def delete_indicator(self) -> None:
        from desktop.services import task_parts

        self._delete_part(self.indicators_view, task_parts.delete_indicator)
