"""A new notice's attachment tables as an .xlsx in the seed's column layout (for the notice import's tests)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

TASK_HEADINGS = ["序号", "改革攻坚落实事项", "需要攻坚突破的难点堵点及预期成果（200 以内）",
                 "进展情况 （主要措施及成效）（300 字以内）", "责任部门", "责任人"]
CHECKLIST_HEADINGS = ["序号", "督查事项", "督查内容", "督查主体", "督查对象", "时间", "市科技局工作计划"]
PUBLICITY_HEADINGS = ["序号", "事项", "宣传推广内容", "责任单位", "市科技局工作计划"]

NEW_TASK = "柳州市深化科技成果转化改革，建设区域科技成果转移转化示范区"
OLD_TASK = "柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市"


def write_notice(path: Path) -> Path:
    workbook = Workbook()
    about = workbook.active
    about.title = "说明"
    about["A1"] = "2023 年改革攻坚落实工作方案附件"
    tasks = workbook.create_sheet("附件2-3")
    tasks.append(["附件 2-3"])
    tasks.append([NEW_TASK])
    tasks.append(TASK_HEADINGS)
    tasks.append([1, NEW_TASK, "难点堵点：转化渠道不畅。\n预期成果：技术合同成交额增长 10%。", "", "柳州市", "周兵 成果转化与区域创新科科长"])
    tasks.append(["要求：年底前出台实施方案。"])
    old = workbook.create_sheet("附件2-1")
    old.append(TASK_HEADINGS)
    old.append([1, OLD_TASK, "难点堵点：…", "", "柳州市", ""])
    checklist = workbook.create_sheet("附件3")
    checklist.append(["“改革攻坚落实年”活动督察清单市科技局工作计划表"])
    checklist.append(CHECKLIST_HEADINGS)
    checklist.append([1, "设区市督察", "本市改革攻坚事项", "设区市党委深改委", "各县（市、区）、市直部门", "第三季度",
                      "7月备检，法监科牵头，协同规配、重大、人才科。"])
    checklist.append([2, "年中专项督察", "上半年改革攻坚事项", "自治区党委改革办", "各设区市", "第二季度",
                      "5月备检，规配科牵头，协同重大科、人才科。"])
    checklist.append([3, "随机抽查", "改革台帐", "自治区党委改革办", "各设区市", "择机", "实时备检，法监科牵头。"])
    publicity = workbook.create_sheet("附件4")
    publicity.append(PUBLICITY_HEADINGS)
    publicity.append([1, "改革信息", "各设区市每月向自治区党委改革办报送至少 2 条改革信息，区直各部门每季度报送至少 1 条改革信息。 自治区党委改革办每月出版 1 期信息简报，定期以专报形式向中央改革办报送信息。",
                      "各设区市、各部门", "规配科（1 条/月）"])
    publicity.append([2, "典型案例", "各设区市年内报送至少 1 个改革典型案例。", "各设区市", "法监科牵头，三科提供素材。"])
    workbook.save(path)
    return path
