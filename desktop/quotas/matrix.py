"""The section × month matrix of the publicity quotas, built from requirements and item counts.

Pure: the caller reads the requirements and the items counted per (rule, section, month)
and passes them in. Each section's row adds up its own requirements; the bureau row (全局)
sets every item of the bureau against the city-level requirements (全市每月至少 2 条).

A period's required and delivered counts are shown in its last month (the month it is due);
the other months of a longer period show what came in that month, marked as within the
period. A cell's colour is the worst of the periods due in it: short, not yet due, met.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from desktop.quotas.counting import Outcome, Shifter, Spec, State, outstanding, periods, tally


class CellState(enum.Enum):
    MET = "met"
    SHORT = "short"
    PENDING = "pending"
    #: Within a longer period that is due in a later month.
    IN_PERIOD = "in_period"
    #: Nothing is counted in this month.
    NONE = "none"


@dataclass(frozen=True)
class Requirement:
    id: int
    rule_id: int
    kind: str
    #: The section that owes the items; None for the city as a whole.
    department_id: int | None
    spec: Spec
    label: str = ""


@dataclass
class Cell:
    month: int
    required: int = 0
    carried: int = 0
    #: Items of the periods due this month (or, with none due, of this month).
    delivered: int = 0
    #: Items dated in this month.
    month_delivered: int = 0
    state: CellState = CellState.NONE
    outcomes: list[tuple[Requirement, Outcome]] = field(default_factory=list)

    @property
    def shortfall(self) -> int:
        return sum(o.shortfall for _, o in self.outcomes)

    def text(self) -> str:
        if self.outcomes:
            return f"{self.delivered}/{self.required}"
        if self.month_delivered or self.state is CellState.IN_PERIOD:
            return str(self.month_delivered)
        return ""


@dataclass
class Row:
    #: The section's id; None for the bureau row.
    department_id: int | None
    name: str
    cells: list[Cell]
    required: int = 0
    delivered: int = 0
    outstanding: int = 0
    requirements: list[Requirement] = field(default_factory=list)

    @property
    def is_bureau(self) -> bool:
        return self.department_id is None

    def total_text(self) -> str:
        return f"{self.delivered}/{self.required}" if self.required else (str(self.delivered) if self.delivered else "")


@dataclass
class Matrix:
    year: int
    rows: list[Row]
    kind: str | None = None

    @property
    def bureau(self) -> Row:
        return self.rows[-1]

    def row_for(self, department_id: int | None) -> Row | None:
        return next((r for r in self.rows if r.department_id == department_id), None)


_RANK = {State.SHORT: 0, State.PENDING: 1, State.MET: 2}


def _fill_row(
    row: Row,
    requirements: list[Requirement],
    delivered_for: Mapping[int, Mapping[int, int]],
    month_items: Mapping[int, int],
    year: int,
    first_month: int,
    today: dt.date,
    shift_for: Callable[[Requirement], Shifter | None],
) -> None:
    spans: set[int] = set()
    for requirement in requirements:
        plan_periods = periods(requirement.spec, year, first_month, shift_for(requirement))
        outcomes = tally(requirement.spec, plan_periods, delivered_for.get(requirement.id, {}), today)
        row.required += sum(p.amount for p in plan_periods)
        row.delivered += sum(o.delivered for o in outcomes)
        row.outstanding += outstanding(requirement.spec, outcomes)
        for outcome in outcomes:
            cell = row.cells[outcome.period.last_month - 1]
            cell.outcomes.append((requirement, outcome))
            cell.required += outcome.required
            cell.carried += outcome.carried_in
            cell.delivered += outcome.delivered
            spans.update(outcome.period.months)
    for cell in row.cells:
        cell.month_delivered = month_items.get(cell.month, 0)
        if cell.outcomes:
            worst = min((o.state for _, o in cell.outcomes), key=_RANK.__getitem__)
            cell.state = CellState(worst.value)
        elif cell.month in spans:
            cell.state = CellState.IN_PERIOD
            cell.delivered = cell.month_delivered
        else:
            cell.delivered = cell.month_delivered


def build_matrix(
    *,
    year: int,
    first_month: int,
    today: dt.date,
    sections: Iterable[tuple[int, str]],
    requirements: Iterable[Requirement],
    counts: Mapping[tuple[int, int | None, int], int],
    rule_kinds: Mapping[int, str],
    kind: str | None = None,
    shift: Shifter | None = None,
    shift_for: Callable[[Requirement], Shifter | None] | None = None,
    bureau_name: str = "全局",
) -> Matrix:
    """The matrix of *year* as of *today*, for all kinds or one *kind*.

    *counts* holds the items of the year per (rule id, department id or None, month). Due
    dates are moved by *shift*, or per requirement by *shift_for*.
    """
    if shift_for is None:
        shift_for = lambda requirement: shift  # noqa: E731
    wanted_rules = {rule_id for rule_id, k in rule_kinds.items() if kind is None or k == kind}
    requirements = [r for r in requirements if r.rule_id in wanted_rules]
    # Items per (rule, department) → month, per rule → month, and per department → month.
    by_rule_dept: dict[tuple[int, int | None], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    by_rule: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    by_dept: dict[int | None, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    all_months: dict[int, int] = defaultdict(int)
    for (rule_id, department_id, month), count in counts.items():
        if rule_id not in wanted_rules:
            continue
        by_rule_dept[(rule_id, department_id)][month] += count
        by_rule[rule_id][month] += count
        by_dept[department_id][month] += count
        all_months[month] += count

    section_list = list(sections)
    rows: list[Row] = []
    for department_id, name in section_list:
        own = [r for r in requirements if r.department_id == department_id]
        row = Row(department_id, name, [Cell(m) for m in range(1, 13)], requirements=own)
        delivered_for = {r.id: by_rule_dept.get((r.rule_id, department_id), {}) for r in own}
        _fill_row(row, own, delivered_for, by_dept.get(department_id, {}), year, first_month, today, shift_for)
        rows.append(row)
    city = [r for r in requirements if r.department_id is None]
    bureau = Row(None, bureau_name, [Cell(m) for m in range(1, 13)], requirements=city)
    _fill_row(bureau, city, {r.id: by_rule.get(r.rule_id, {}) for r in city}, all_months, year, first_month, today, shift_for)
    rows.append(bureau)
    return Matrix(year, rows, kind)
