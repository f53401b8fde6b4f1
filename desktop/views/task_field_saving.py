"""Saving the task editor's fields as they are edited (a part of :class:`TaskEditor`).

A line is saved when it loses focus or Enter is pressed, a choice when it is picked, a long
text a moment after typing stops (:meth:`TaskFieldSaving.flush`). When another PC changed the
same fields meanwhile, the person chooses field by field; text that cannot be saved is kept as
a draft of the task, or in the recovery file when the database cannot be reached.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.conflict_dialog import ConflictDialog


class TaskFieldSaving:
    """Saves the fields; mixed into the editor, whose database, snapshot, field widgets,
    ``_pending``, ``_drafts``, ``_line_base`` and save timer it uses."""

    def _line_finished(self, name: str) -> None:
        if self._loading or self.snapshot is None:
            return
        edit = self.line_fields[name]
        base = self._line_base.pop(name, None)
        original = base[1] if base else self.snapshot.fields
        if edit.text() != (original[name] or "") or edit.text() != (self.snapshot.fields[name] or ""):
            self.save({name: edit.text()}, base=base)
        edit.setModified(False)

    def _text_changed(self, name: str) -> None:
        if self._loading or self.snapshot is None:
            return
        self._pending[name] = self.text_fields[name].toPlainText()
        self._save_timer.start()

    def _combo_picked(self, name: str) -> None:
        if self._loading or self.snapshot is None:
            return
        value = self.combo_fields[name].currentData()
        current = self.snapshot.fields[name]
        if (current.value if hasattr(current, "value") else current) != value:
            self.save({name: value})

    def flush(self) -> None:
        """Save typed text that is still waiting for its pause."""
        self._save_timer.stop()
        if not self._pending or self.snapshot is None:
            self._pending.clear()
            return
        changes = {n: v for n, v in self._pending.items() if v != (self.snapshot.fields[n] or "")}
        self._pending.clear()
        if changes:
            self.save(changes)

    def save(self, changes: dict, *, confirm_over_limit: bool = False, base: tuple[int, dict] | None = None) -> bool:
        """Save *changes* of the task's fields; handles limits, conflicts and bad input.

        Text that ends up unsaved is kept as a draft of the task and shown again with it.
        *base* is the version and values the edit started from (default: what is shown).
        """
        task_id = self.snapshot.id
        saved = self._save(changes, confirm_over_limit, base)
        texts = {n: v for n, v in changes.items() if n in self.line_fields or n in self.text_fields}
        drafts = self._drafts.setdefault(task_id, {})
        for name, value in texts.items():
            if saved:
                drafts.pop(name, None)
            else:
                drafts[name] = value
        if not drafts:
            self._drafts.pop(task_id, None)
        return saved

    def has_draft(self, task_id: int) -> bool:
        return bool(self._drafts.get(task_id))

    def _save(self, changes: dict, confirm_over_limit: bool, base: tuple[int, dict] | None = None) -> bool:
        from desktop.errors import DatabaseUnavailableError
        from desktop.services import recovery, tasks
        from desktop.services.editing import EditConflict

        snapshot = self.snapshot
        base_version, original = base or (snapshot.version, snapshot.fields)
        save_id = recovery.new_save_id()
        while True:
            try:
                result, undo = tasks.save_task(
                    self.database, snapshot.id, base_version, original, changes,
                    confirm_over_limit=confirm_over_limit, save_id=save_id,
                )
            except tasks.OverLimit as over:
                answer = QMessageBox.question(
                    self, tr("TaskEditor", "超过字数"), over.message,
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                confirm_over_limit = True
                continue
            except EditConflict as conflict:
                dialog = ConflictDialog(conflict, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    self.reload()
                    return False
                base_version, original, changes = conflict.current_version, conflict.current, dialog.chosen()
                save_id = recovery.new_save_id()
                if not changes:
                    self.reload()
                    self.task_changed.emit(snapshot.id)
                    return True
                continue
            except DatabaseUnavailableError as error:
                if self.database.read_only:
                    QMessageBox.warning(self, tr("TaskEditor", "没有保存"), error.message)
                    return False
                self._keep_for_later(save_id, snapshot, base_version, original, changes, error)
                return False
            except UserError as error:
                QMessageBox.warning(self, tr("TaskEditor", "没有保存"), error.message)
                return False
            break
        self.undo_stack.push(undo)
        for notice in result.notices:
            QMessageBox.information(self, tr("TaskEditor", "已保存"), notice)
        self.reload()
        self.task_changed.emit(snapshot.id)
        return True

    def _keep_for_later(self, save_id, snapshot, base_version, original, changes, error) -> None:
        """The file cannot be reached: keep the edit in the recovery file on this PC."""
        from desktop.services import recovery
        from desktop.views.shared_file import keep_for_later

        labels = "、".join(self.field_label(name) for name in changes)
        entry = recovery.PendingSave(
            save_id,
            "task_fields",
            {
                "task_id": snapshot.id,
                "base_version": base_version,
                "original": recovery.encode({name: original.get(name) for name in original}),
                "changes": recovery.encode(changes),
            },
            tr("TaskEditor", "任务 {0} 的{1}").format(snapshot.fields.get("code", ""), labels),
            reason=error.message,
        )
        kept = tr("TaskEditor", "您的修改已暂存在本机的恢复文件中，数据库可以访问后会自动保存，只保存一次。")
        if keep_for_later(self, self.database, entry, error, kept):
            self.kept_for_later.emit()

    def field_label(self, name: str) -> str:
        from desktop.services.task_snapshot import task_field_labels

        return task_field_labels().get(name, name)

    def forget_drafts(self, task_id: int, names=None) -> None:
        """Drafts of *task_id* that were saved after all (from the recovery file)."""
        drafts = self._drafts.get(task_id, {})
        for name in list(drafts) if names is None else names:
            drafts.pop(name, None)
        if not drafts:
            self._drafts.pop(task_id, None)
