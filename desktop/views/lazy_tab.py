"""A tab built the first time it is needed, so the window opens without building every tab.

The 日历, 人员, 指标 and 总览 tabs bring their own modules and many widgets; the window shows
the 任务 tab first, and most sessions never open the others. :class:`LazyTab` stands in
the tab bar for such a tab: the first time it is shown, loaded, or asked for anything of
the real tab, it imports and builds it, connects it (``setup``), and hands on the settings
it was given before (``set_read_only``, ``attach``, plain attributes such as ``yellow_days``).
Everything else is forwarded, so the window and the tests use it like the real tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], QWidget], setup: Callable[[QWidget], None] | None = None, parent=None):
        super().__init__(parent)
        # Set through the base class: this class forwards its own attribute writes.
        QWidget.__setattr__(self, "_factory", factory)
        QWidget.__setattr__(self, "_setup", setup)
        QWidget.__setattr__(self, "_real", None)
        QWidget.__setattr__(self, "_pending", {})
        QWidget.__setattr__(self, "_read_only", None)
        QWidget.__setattr__(self, "_attached", None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        QWidget.__setattr__(self, "_layout", layout)

    @property
    def built(self) -> bool:
        return self._real is not None

    def real(self) -> QWidget:
        """The tab itself, built now if it was not yet."""
        if self._real is None:
            widget = self._factory()
            QWidget.__setattr__(self, "_real", widget)
            for name, value in self._pending.items():
                setattr(widget, name, value)
            self._pending.clear()
            if self._read_only is not None:
                widget.set_read_only(self._read_only)
            self._layout.addWidget(widget)
            widget.show()  # added to a tab already on screen, it would otherwise stay hidden
            if self._setup is not None:
                self._setup(widget)
            if self._attached is not None:
                widget.attach(*self._attached)
        return self._real

    # -- what the window asks of every tab, without building one that is not needed yet ----

    def set_read_only(self, read_only: bool) -> None:
        if self._real is None:
            QWidget.__setattr__(self, "_read_only", read_only)
        else:
            self._real.set_read_only(read_only)

    def attach(self, database, plan_id: int | None) -> None:
        """The database the tab shows, handed on when it is built (a tab not built has nothing to refresh)."""
        if self._real is None:
            QWidget.__setattr__(self, "_attached", (database, plan_id))
        else:
            self._real.attach(database, plan_id)

    def load(self, database, plan_id: int | None) -> None:
        self.real().load(database, plan_id)

    def showEvent(self, event) -> None:
        self.real()
        super().showEvent(event)

    # -- everything else is the real tab's -----------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            QWidget.__setattr__(self, name, value)
        elif self._real is None:
            self._pending[name] = value
        else:
            setattr(self._real, name, value)
