"""Closed vocabularies stored as short ASCII codes, with their Chinese labels.

Codes are what the database stores; labels are what a person reads. Views pass the
labels through ``tr()``.
"""

from __future__ import annotations

import enum


class LabelledEnum(str, enum.Enum):
    """A string enum whose members carry a Chinese label."""

    def __new__(cls, code: str, label: str):
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str):
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(label)


class Status(LabelledEnum):
    NOT_STARTED = ("not_started", "未启动")
    IN_PROGRESS = ("in_progress", "推进中")
    DONE = ("done", "已完成")
    ON_HOLD = ("on_hold", "暂缓")


class ExtensionState(LabelledEnum):
    """A deadline extension request (延期申请): only an approved one moves the deadline."""

    PENDING = ("pending", "待审批")
    APPROVED = ("approved", "已批准")
    REFUSED = ("refused", "不予批准")
    WITHDRAWN = ("withdrawn", "已撤销")


class TaskLevel(LabelledEnum):
    REGION_FLAGSHIP = ("region_flagship", "自治区30项标志性改革攻坚事项")
    REGION = ("region", "自治区改革攻坚事项")
    CITY = ("city", "市级改革攻坚事项")


class TaskSource(LabelledEnum):
    """Where a task comes from: the year's plan, or work from outside it (issue 19)."""

    PLAN = ("plan", "年度方案")
    INSTRUCTION = ("instruction", "领导批示")
    MEETING = ("meeting", "会议纪要")
    ASSIGNED = ("assigned", "上级交办")


class DepartmentKind(LabelledEnum):
    SECTION = ("section", "局内科室")
    AFFILIATE = ("affiliate", "局属二层单位")
    EXTERNAL = ("external", "外部单位")


class GroupKind(LabelledEnum):
    LEADERSHIP = ("leadership", "领导小组")
    WORKING = ("working", "工作小组")
    OFFICE = ("office", "领导小组办公室")


class Role(LabelledEnum):
    LEADER = ("leader", "组长")
    DEPUTY = ("deputy", "副组长")
    MEMBER = ("member", "成员")
    SUPERVISING_LEADER = ("supervising_leader", "分管领导")
    LEAD_SECTION = ("lead_section", "牵头科室")
    SECTION_HEAD = ("section_head", "科室负责人")
    CO_SECTION = ("co_section", "合办科室")
    SEAT = ("seat", "办公室所在科室")


class TaskUnitRole(LabelledEnum):
    LEAD = ("lead", "牵头科室")
    CO = ("co", "合办科室")
    RESPONSIBLE = ("responsible", "责任部门")


class WindowKind(LabelledEnum):
    INSPECTION = ("inspection", "督查时间")
    PREPARATION = ("preparation", "备检")


class ReportSource(LabelledEnum):
    DOCUMENT = ("document", "文件")
    MANUAL = ("manual", "手工录入")
    IMPORT = ("import", "台帐导入")


class ReportState(LabelledEnum):
    SUBMITTED = ("submitted", "待审核")
    ACCEPTED = ("accepted", "已采纳")
    RETURNED = ("returned", "已退回")


class QuotaScope(LabelledEnum):
    CITY = ("city", "全市")
    SECTION = ("section", "科室")


class RestDayShift(LabelledEnum):
    """Where a deadline that falls on a weekend or public holiday goes."""

    BEFORE = ("before", "提前到之前最后一个工作日")
    AFTER = ("after", "顺延到之后第一个工作日")


class EventKind(LabelledEnum):
    CREATED = ("created", "立项")
    REPORT_ADDED = ("report_added", "报送进展")
    REPORT_CORRECTED = ("report_corrected", "更正进展")
    REPORT_RETURNED = ("report_returned", "退回")
    REPORT_ACCEPTED = ("report_accepted", "审核通过")
    CLOSED = ("closed", "办结")
    REOPENED = ("reopened", "重新打开")


class NoticeGrade(LabelledEnum):
    """How pressing a 督办 notice is (提示单 blue, 督办单 yellow, 督办单 red); ordered by urgency."""

    PROMPT = ("prompt", "提示单")
    YELLOW = ("yellow", "黄色督办单")
    RED = ("red", "红色督办单")


class NoticeState(LabelledEnum):
    OPEN = ("open", "待回复")
    ANSWERED = ("answered", "已回复")
    #: 作废: withdrawn; the number stays taken, never reused.
    WITHDRAWN = ("withdrawn", "已作废")


class NoticeSubject(LabelledEnum):
    """What a notice is about."""

    TASK = ("task", "任务")
    MEASURE = ("measure", "措施")
    MILESTONE = ("milestone", "时间节点")
    PREPARATION = ("preparation", "备检")
    QUOTA = ("quota", "宣传指标")
