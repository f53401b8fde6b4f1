"""Numeric targets: each task indicator with its target and reported values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db.database import Database
from desktop.models import Indicator, IndicatorValue, Task


@dataclass(frozen=True)
class IndicatorSeries:
    id: int
    task_code: str
    name: str
    unit: str
    target: float | None
    values: tuple[tuple[dt.date, float], ...]

    @property
    def label(self) -> str:
        return f"{self.task_code} {self.name}".strip()


def indicator_series(database: Database, plan_id: int) -> list[IndicatorSeries]:
    """Each task indicator with its target and its reported values in date order."""
    # Rows, not ORM objects: a large plan has thousands of indicators.
    with database.read() as session:
        indicators = session.execute(
            select(Indicator.id, Task.code, Indicator.name, Indicator.unit, Indicator.target)
            .join(Task, Task.id == Indicator.task_id)
            .where(Task.plan_id == plan_id)
            .order_by(Task.position, Task.id, Indicator.position, Indicator.id)
        ).all()
        values: dict[int, list[tuple[dt.date, float]]] = {}
        for indicator_id, as_of, value in session.execute(
            select(IndicatorValue.indicator_id, IndicatorValue.as_of, IndicatorValue.value)
            .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
            .join(Task, Task.id == Indicator.task_id)
            .where(Task.plan_id == plan_id)
            .order_by(IndicatorValue.as_of, IndicatorValue.id)
        ):
            values.setdefault(indicator_id, []).append((as_of, value))
    return [
        IndicatorSeries(i_id, code, name, unit, target, tuple(values.get(i_id, ())))
        for i_id, code, name, unit, target in indicators
    ]
