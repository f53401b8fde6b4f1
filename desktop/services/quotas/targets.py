"""Numeric targets: each task indicator with its target and reported values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.models import Indicator, Task


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
    with database.read() as session:
        indicators = session.scalars(
            select(Indicator)
            .join(Task)
            .where(Task.plan_id == plan_id)
            .order_by(Task.position, Task.id, Indicator.position, Indicator.id)
            .options(selectinload(Indicator.values), selectinload(Indicator.task))
        ).all()
        return [
            IndicatorSeries(
                i.id, i.task.code, i.name, i.unit, i.target, tuple((v.as_of, v.value) for v in i.values)
            )
            for i in indicators
        ]
