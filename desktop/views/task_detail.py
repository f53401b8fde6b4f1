"""The read-only detail of one task: the 附件 2 row as the ledger shows it."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser


class TaskDetailView(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.show_detail(None)

    def show_detail(self, detail) -> None:
        if detail is None:
            self.setHtml("<p>" + html.escape(self.tr("请在上方选择一项任务。")) + "</p>")
            return

        def text(value: str) -> str:
            return html.escape(value).replace("\n", "<br>") if value else "—"

        rows = [
            (self.tr("级别"), detail.level),
            (self.tr("分管领导"), detail.supervising_leader),
            (self.tr("牵头科室"), detail.lead_sections),
            (self.tr("科室负责人"), detail.section_head),
            (self.tr("合办科室"), detail.co_sections),
            (self.tr("责任部门"), detail.responsible_unit),
            (self.tr("责任人"), detail.responsible_person),
            (self.tr("专项小组"), detail.special_group),
        ]
        parts = [f"<h3>{html.escape(detail.code)}　{html.escape(detail.title)}</h3>", "<table cellpadding='3'>"]
        for label, value in rows:
            parts.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{text(value)}</td></tr>")
        parts.append("</table>")
        parts.append(f"<h4>{html.escape(self.tr('难点堵点'))}</h4><p>{text(detail.difficulties)}</p>")
        parts.append(f"<h4>{html.escape(self.tr('预期成果'))}</h4><p>{text(detail.expected_results)}</p>")
        if detail.milestones:
            parts.append(f"<h4>{html.escape(self.tr('时间节点'))}</h4><ul>")
            for milestone in detail.milestones:
                due = milestone.due_date.isoformat() if milestone.due_date else ""
                parts.append(
                    f"<li>{html.escape(milestone.title)}：{html.escape(milestone.due_text)}"
                    f"（{html.escape(due)}）</li>"
                )
            parts.append("</ul>")
        if detail.requirement:
            parts.append(f"<p>{text(detail.requirement)}</p>")
        heading = self.tr("最新进展")
        if detail.progress_period:
            heading += f"（{detail.progress_period}，{detail.progress_source}）"
        parts.append(f"<h4>{html.escape(heading)}</h4><p>{text(detail.progress_text)}</p>")
        self.setHtml("".join(parts))
