"""What a person sees of a window: every visible label, button, tab, combo box and column header, and
whether its text is shown whole or cut off ("elided": Qt's "…", or letters past the widget's edge).

``clipped_texts(widget)`` walks the visible widgets under *widget* and returns one line per text that
does not fit, naming the widget and the room it lacks; an empty list is a screen a person reads whole.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolButton,
)

SLACK = 1  # a pixel of rounding


def shown(widget) -> bool:
    """Visible on screen: shown, with a size, and not scrolled or clipped away entirely by its parents."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    if isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
        # A view's header reports an empty visible region (it sits in the view's margin): ask the view.
        return shown(widget.parent())
    return not widget.visibleRegion().isEmpty()


def plain(text: str) -> str:
    """A widget's text as drawn: the mnemonic "&" gone ("&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget) -> str:
    window = widget.window()
    title = window.windowTitle() or type(window).__name__
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''} in {title!r}"


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        needed = document.idealWidth() - 2 * document.documentMargin()
    else:
        metrics = label.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in plain(text).split("\n"))
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if needed > room + SLACK:
        return f"label {text!r} needs {needed:.0f}px, has {room}px ({_name(label)})"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text:
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    style = button.style()
    needed = max(button.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            None, button,
        )
        needed += indicator + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    else:
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2
    if isinstance(button, QToolButton) and button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup:
        needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    if needed > button.width() + SLACK:
        return f"button {text!r} needs {needed}px, has {button.width()}px ({_name(button)})"
    return None


def _placeholder(edit: QLineEdit) -> str | None:
    """An empty line edit's hint (如 jbz) is read whole, as the text it asks for would be."""
    hint = edit.placeholderText()
    if not hint or edit.text():
        return None
    needed = edit.fontMetrics().horizontalAdvance(hint) + 8  # the frame and the text margins
    if needed > edit.width() + SLACK:
        return f"the hint {hint!r} needs {needed}px, has {edit.width()}px ({_name(edit)})"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    needed = combo.fontMetrics().horizontalAdvance(text) + 20  # the frame and the arrow
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > combo.width() + SLACK:
        return f"combo box {text!r} needs {needed}px, has {combo.width()}px ({_name(combo)})"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = plain(bar.tabText(index))
        needed = metrics.horizontalAdvance(text) + 8
        rect = bar.tabRect(index)
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        outside = rect.right() > bar.width() or rect.left() < 0
        if needed > rect.width() + SLACK or outside:
            found.append(f"tab {text!r} needs {needed}px, has {rect.width()}px"
                         f"{' (scrolled off the bar)' if outside else ''} ({_name(bar)})")
    return found


def header_clipped(header: QHeaderView) -> list[str]:
    """Every section a person sees whose heading is cut; hidden sections (deliberately hidden) are fine."""
    found = []
    model = header.model()
    if model is None:
        return found
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        lines = str(text).split("\n")
        if horizontal:
            needed = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        else:
            needed = metrics.height() * len(lines) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical and horizontal:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        size = header.sectionSize(logical)
        if needed > size + SLACK:
            found.append(f"column heading {text!r} needs {needed}px, has {size}px ({_name(header)})")
    return found


def clipped_texts(root) -> list[str]:
    """Every text shown under *root* (itself included) that is cut off."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton), *root.findChildren(QComboBox),
                   *root.findChildren(QTabBar), *root.findChildren(QHeaderView), *root.findChildren(QGroupBox),
                   *root.findChildren(QLineEdit)]:
        if not shown(widget):
            continue
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            if widget.parent() is not None and type(widget).__name__ == "QToolButton" and isinstance(widget.parent(), QTabBar):
                continue  # a tab bar's scroll arrows
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QLineEdit):
            problem = _placeholder(widget)
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget))
            continue
        elif isinstance(widget, QHeaderView):
            if isinstance(widget.parent(), QAbstractItemView):
                found.extend(header_clipped(widget))
            continue
        elif isinstance(widget, QGroupBox):
            title = plain(widget.title())
            needed = widget.fontMetrics().horizontalAdvance(title) + (24 if widget.isCheckable() else 8)
            problem = (f"group box {title!r} needs {needed}px, has {widget.width()}px ({_name(widget)})"
                       if title and needed > widget.width() + SLACK else None)
        else:
            problem = None
        if problem:
            found.append(problem)
    return list(dict.fromkeys(found))
