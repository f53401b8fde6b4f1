"""Adding, changing and deleting publicity items and quota rules from the 指标 tab.

Each edit is one quick save on the GUI thread, with the message it needs. Every save
announces itself (:mod:`desktop.views.operations`), so the other tabs follow; the signals
here let the 指标 tab show the edit at once. A new item the database cannot take because
the file is out of reach is kept in this PC's recovery file and saved once later.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import DatabaseUnavailableError, UserError
from desktop.i18n import tr
from desktop.views.quotas.dialogs import ItemDialog, RuleDialog


class QuotaEdits(QObject):
    """The edits of one 指标 tab (*widget*, the parent of its dialogs) on the plan of *scope*."""

    #: An item was added here (its draft): count it without reading the counts again.
    item_added = Signal(object)
    #: An item was changed or deleted here: count again.
    items_changed = Signal()
    #: Read everything again (a rule was saved, or an edit came too late).
    reload = Signal()
    #: An item or an import was kept in the local recovery file because the database could not be reached.
    kept_for_later = Signal()

    def __init__(self, widget: QWidget, scope):
        super().__init__(widget)
        self.widget = widget
        self.scope = scope

    # -- items --------------------------------------------------------------------------------

    def add_item(self, entry) -> bool:
        """Save the entry row as a new item; on success clear it for the next one.

        When the file cannot be reached the item is kept on this PC and saved once later;
        the row is cleared as well, so it is not typed twice.
        """
        from desktop.services import quotas, recovery

        scope = self.scope
        if scope.read_only or scope.data is None:
            return False
        draft = entry.draft()
        save_id = recovery.new_save_id()
        try:
            quotas.add_item(scope.database, scope.plan_id, draft, save_id=save_id)
        except UserError as error:
            if may_keep(scope.database, error):
                label = tr("QuotasTab", "宣传条目“{0}”（{1}）").format(draft.title.strip(), draft.date.isoformat())
                kept = tr("QuotasTab", "这条宣传条目已暂存在本机的恢复文件中，数据库可以访问后会自动登记，只登记一次。")
                kept_here = self.keep_for_later(
                    scope.database, scope.plan_id, "quota_item", save_id, [draft], label, error, kept
                )
                if kept_here:
                    entry.clear_for_next()
                return False
            QMessageBox.warning(self.widget, tr("QuotasTab", "无法登记"), error.message)
            entry.title.setFocus()
            return False
        entry.clear_for_next()
        self.item_added.emit(draft)
        return True

    def edit_item(self, item) -> None:
        from desktop.services import quotas

        scope = self.scope
        if item is None or scope.data is None or scope.read_only:
            return
        dialog = ItemDialog(scope.data, item, parent=self.widget)
        while dialog.exec():
            try:
                quotas.save_item(scope.database, item.id, item.version, dialog.draft())
            except quotas.StaleEdit as error:
                QMessageBox.warning(self.widget, tr("QuotasTab", "无法保存"), error.message)
                self.reload.emit()
                return
            except UserError as error:
                QMessageBox.warning(self.widget, tr("QuotasTab", "无法保存"), error.message)
                continue
            self.items_changed.emit()
            return

    def delete_item(self, item) -> None:
        from desktop.services import quotas

        if item is None or self.scope.read_only:
            return
        answer = QMessageBox.question(
            self.widget, tr("QuotasTab", "删除条目"),
            tr("QuotasTab", "删除条目“{0}”（{1}）？").format(item.title, item.date.isoformat()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            quotas.delete_item(self.scope.database, item.id, item.version)
        except UserError as error:
            QMessageBox.warning(self.widget, tr("QuotasTab", "无法删除"), error.message)
            self.reload.emit()
            return
        self.items_changed.emit()

    def keep_for_later(self, database, plan_id, kind: str, save_id: str, drafts: list, label: str, error, kept: str,
                       file_name: str = "") -> bool:
        """Keep *drafts* in the recovery file on this PC (a ``quota_item`` or ``quota_import``); says so."""
        from desktop.services import recovery
        from desktop.views.shared_file import keep_for_later

        payload = recovery.quota_items_payload(plan_id, drafts, file_name)
        if not keep_for_later(self.widget, database, recovery.PendingSave(save_id, kind, payload, label), error, kept):
            return False
        self.kept_for_later.emit()
        return True

    # -- rules --------------------------------------------------------------------------------

    def edit_rule(self, rule) -> None:
        """Edit *rule* in its dialog (None: a new rule)."""
        from desktop.services import quotas

        scope = self.scope
        if scope.read_only or scope.data is None:
            return
        database, plan_id = scope.database, scope.plan_id

        def save(fields, requirements):
            quotas.save_rule(
                database, plan_id, rule.id if rule else None, rule.version if rule else None, fields, requirements
            )

        if RuleDialog(scope.data, rule, save=save, parent=self.widget).exec():
            self.reload.emit()

    def delete_rule(self, rule) -> None:
        from desktop.services import quotas

        if rule is None or self.scope.read_only:
            return
        answer = QMessageBox.question(
            self.widget, tr("QuotasTab", "删除规则"),
            tr("QuotasTab", "删除规则“{0}. {1}”及其全部数量要求？").format(rule.seq, rule.kind),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            quotas.delete_rule(self.scope.database, rule.id, rule.version)
        except UserError as error:
            QMessageBox.warning(self.widget, tr("QuotasTab", "无法删除"), error.message)
        self.reload.emit()


def may_keep(database, error: UserError) -> bool:
    """Whether a save refused with *error* is kept for later: the file is out of reach, not read-only."""
    return isinstance(error, DatabaseUnavailableError) and not database.read_only
