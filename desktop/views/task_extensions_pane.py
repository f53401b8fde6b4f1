"""The 延期申请 part of the task editor's 时间节点 page (a part of :class:`TaskEditor`): the task's requests,
申请延期…, and the office's 批准 / 不予批准 / 撤销. A measure's or milestone's deadline that an
approved extension moved reads “原定 6 月 30 日，经批准延至 7 月 15 日” on their pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from desktop.models.enums import ExtensionState
from desktop.views.extension_dialogs import ExtensionDecisionDialog, ExtensionRequestDialog
from desktop.views.table_model import Column
from desktop.views.widgets import fit_columns, label_of, make_table, selected_row


class TaskExtensionsPage:
    """Builds and runs the page; mixed into the editor, whose database, snapshot and ``_run`` it uses."""

    def _with_extensions(self, milestones: QWidget) -> QWidget:
        """The 时间节点 page: the milestones above, the task's 延期申请 (of measures and milestones) below.

        A measure's or milestone's right-click menu asks for an extension of that one.
        """
        self.extensions_page = self._build_extensions()
        for view, kind in ((self.measures_view, "measure"), (self.milestones_view, "milestone")):
            action = QAction(self.tr("申请延期…"), view)
            action.triggered.connect(lambda _checked=False, v=view, k=kind: self._request_for_selected(v, k))
            view.addAction(action)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(milestones)
        splitter.addWidget(self.extensions_page)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_extensions(self) -> QWidget:
        #: (measure|milestone, id) → “原定 …，经批准延至 …” of the task shown.
        self.deadline_phrases: dict[tuple[str, int], str] = {}
        self.extensions_view, self.extensions_model = make_table(
            [
                Column(self.tr("事项"), lambda e: f"{e.item_kind}：{e.item_title}"),
                Column(self.tr("原定期限"), lambda e: e.original_date),
                Column(self.tr("申请延至"), lambda e: e.new_date),
                Column(self.tr("审批状态"), lambda e: label_of(e.state)),
                Column(self.tr("申请科室及申请人"), lambda e: "　".join(p for p in (e.department, e.requested_by) if p)),
                Column(self.tr("申请日期"), lambda e: e.requested_on),
                Column(self.tr("审批"), lambda e: e.decided_on,
                       display=lambda e: f"{e.decided_by} {e.decided_on.isoformat()}" if e.decided_on else ""),
                Column(self.tr("延期理由"), lambda e: e.reason, tooltip=self._extension_tooltip),
            ]
        )
        self.extensions_summary = QLabel()
        self.extensions_summary.setWordWrap(True)
        # The counts and each extended deadline's chain are read whole; the list below gives way.
        self.extensions_summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.extensions_view.setMinimumHeight(60)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>延期申请</b>（措施和时间节点的期限）"))
        layout.addWidget(heading)
        layout.addLayout(
            self._buttons(
                (self.tr("申请延期…"), lambda: self.request_extension()),
                (self.tr("批准…"), lambda: self.decide_extension(approve=True)),
                (self.tr("不予批准…"), lambda: self.decide_extension(approve=False)),
                (self.tr("撤销"), self.withdraw_extension),
            )
        )
        layout.addWidget(self.extensions_summary)
        layout.addWidget(self.extensions_view, 1)
        return widget

    def _extension_tooltip(self, row) -> str:
        lines = [self.tr("延期理由：{0}").format(row.reason)]
        if row.decision_note:
            lines.append(self.tr("审批意见：{0}").format(row.decision_note))
        return "\n".join(lines)

    def deadline_text(self, kind: str, row) -> str:
        """A measure's or milestone's 期限 as its page shows it: the date, or the chain of its extensions."""
        phrase = self.deadline_phrases.get((kind, row.id))
        if phrase:
            return phrase
        return row.due_date.isoformat() if row.due_date else ""

    def _fill_extensions(self) -> None:
        from desktop.services import extensions

        rows = extensions.task_extensions(self.database, self.snapshot.id)
        self.deadline_phrases = extensions.item_phrases(rows)
        self.extensions_model.set_rows(rows)
        fit_columns(self.extensions_view)
        approved = sum(1 for row in rows if row.state is ExtensionState.APPROVED)
        pending = sum(1 for row in rows if row.state is ExtensionState.PENDING)
        text = self.tr("已批准延期 {0} 次，待审批 {1} 件。").format(approved, pending)
        if self.deadline_phrases:
            text += "\n" + "\n".join(
                f"{row.item_title}：{self.deadline_phrases[row.item_key]}"
                for row in {row.item_key: row for row in rows if row.item_key in self.deadline_phrases}.values()
            )
        self.extensions_summary.setText(text)

    def _dated_items(self) -> list[tuple]:
        from desktop.services.extension_items import current_task_deadline

        s = self.snapshot
        items = [("task", s.id, self.tr("任务期限（要求中的期限）"), current_task_deadline(self.database, s.id))]
        items += [("measure", m.id, self.tr("措施 {0}：{1}").format(m.number, m.title), m.due_date) for m in s.measures]
        items += [("milestone", m.id, self.tr("时间节点：{0}").format(m.title), m.due_date) for m in s.milestones]
        return items

    def request_extension(self, chosen: tuple[str, int] | None = None) -> None:
        """申请延期… on the item *chosen* (measure|milestone, id), or on one picked in the dialog."""
        from desktop.services import extensions

        items = self._dated_items()
        dialog = ExtensionRequestDialog(items, self.departments, self.today(), self)
        if chosen is not None:
            dialog.choose_item(*chosen)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            if self._run(lambda: extensions.request_extension(self.database, **fields)) is not None:
                return

    def _request_for_selected(self, view, kind: str) -> None:
        """申请延期… from a measure's or milestone's right-click menu: on the row selected there."""
        row = selected_row(view)
        self.request_extension((kind, row.id) if row is not None else None)

    def _chosen_extension(self, allowed: tuple[ExtensionState, ...], message: str):
        row = selected_row(self.extensions_view)
        if row is None:
            QMessageBox.information(self, self.tr("延期申请"), self.tr("请先在列表中选择一条延期申请。"))
            return None
        if row.state not in allowed:
            QMessageBox.information(self, self.tr("延期申请"), message.format(label_of(row.state)))
            return None
        return row

    def decide_extension(self, approve: bool) -> None:
        from desktop.services import extensions

        row = self._chosen_extension((ExtensionState.PENDING,), self.tr("这条申请已经是“{0}”，不能再审批。"))
        if row is None:
            return
        title = self.tr("批准延期") if approve else self.tr("不予批准延期")
        summary = self.tr("{0}：{1} 申请由 {2} 延至 {3}").format(
            row.item_kind, row.item_title,
            row.original_date.isoformat() if row.original_date else self.tr("未定期限"), row.new_date.isoformat(),
        )
        leaders = extensions.leaders(self.database, self.plan_id, self.today())
        dialog = ExtensionDecisionDialog(title, summary, leaders, self.today(), self)
        decide = extensions.approve_extension if approve else extensions.refuse_extension
        while dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            if self._run(lambda: decide(self.database, row.id, fields["leader_id"], fields["decided_on"], fields["note"])):
                return

    def withdraw_extension(self) -> None:
        from desktop.services import extensions

        row = self._chosen_extension(
            (ExtensionState.PENDING, ExtensionState.APPROVED), self.tr("这条申请已经是“{0}”，不能撤销。")
        )
        if row is None:
            return
        if row.state is ExtensionState.APPROVED:
            question = self.tr("撤销这次已批准的延期吗？{0}的期限将恢复为 {1}。").format(
                row.item_title, row.original_date.isoformat() if row.original_date else self.tr("未定期限"))
        else:
            question = self.tr("撤回这条待审批的延期申请吗？")
        if QMessageBox.question(self, self.tr("撤销"), question) == QMessageBox.StandardButton.Yes:
            self._run(lambda: extensions.withdraw_extension(self.database, row.id))


__all__ = ["TaskExtensionsPage"]
