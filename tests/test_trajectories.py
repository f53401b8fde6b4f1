"""序时进度: an indicator's monthly plan, its light, the task's light and the 通报 on the sample plan."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.db.database import Database
from desktop.lights import Light
from desktop.lights.trajectory import Trajectory, judge_indicator
from desktop.models import Indicator, Plan, Status, Task
from desktop.services import rows, task_parts, tasks, trajectories
from desktop.services.briefing import briefing
from desktop.services.editing import ValidationError
from desktop.services.history import task_history

from backends import scalar

JUNE_30 = dt.date(2022, 6, 30)


def _indicator(db, name_part: str) -> tuple[int, int, int]:
    """(indicator id, task id, plan id) of the sample's indicator named with *name_part*."""
    with db.read() as session:
        found = session.execute(
            select(Indicator.id, Indicator.task_id, Task.plan_id).join(Task, Task.id == Indicator.task_id)
            .where(Indicator.name.like(f"%{name_part}%"))
        ).one()
    return tuple(found)


@pytest.fixture
def rd(sample_db):
    """研发经费占比: 1.8 % at the year's start, 2.0 % by the year's end, tracked."""
    indicator, task, plan = _indicator(sample_db, "研发经费")
    trajectories.save_trajectory(sample_db, indicator, tracked=True, baseline="1.8")
    return sample_db, indicator, task, plan


def _task_row(db, plan, task, day):
    return next(r for r in rows.task_rows(db, plan, day) if r.id == task)


def test_the_linear_plan_runs_from_the_baseline_to_the_target_at_the_year_end():
    t = Trajectory("研发", 2022, 2.0, "%", baseline=1.8)
    planned = t.monthly()
    assert planned[11] == pytest.approx(2.0)
    assert planned[5] == pytest.approx(1.8 + 0.2 * 180 / 364)  # by 30 June
    assert all(a < b for a, b in zip(planned, planned[1:]))
    # With a deadline in September, the target is planned from then on.
    early = Trajectory("研发", 2022, 2.0, "%", baseline=1.8, deadline=dt.date(2022, 9, 30))
    assert early.planned(9) == early.planned(12) == pytest.approx(2.0)
    # Without a baseline it starts from the first reported value, on its day.
    first = Trajectory("需求", 2022, 10, "项", actuals=((dt.date(2022, 5, 5), 5.0),))
    assert first.planned(4) == 5.0 and first.planned(12) == 10
    assert Trajectory("需求", 2022, 10, "项").planned(6) is None
    # A typed month overrides the linear value of that month only.
    typed = Trajectory("研发", 2022, 2.0, "%", baseline=1.8, typed={6: 1.95})
    assert typed.planned(6) == 1.95 and typed.planned(7) == pytest.approx(t.planned(7))


def test_a_lagging_actual_turns_the_indicator_yellow_on_30_june_and_red_beyond_the_margin(rd):
    db, indicator, task, plan = rd
    view = trajectories.trajectory_view(db, indicator, JUNE_30)
    assert view.tracked and view.planned[5] == pytest.approx(1.899, abs=1e-3)
    assert view.light.light is Light.YELLOW and "尚无实际值" in view.light.reason
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 20), 1.9, "统计局")
    assert trajectories.plan_lights(db, plan, JUNE_30)[indicator].light is Light.GREEN
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 25), 1.85, "统计局")
    light = trajectories.plan_lights(db, plan, JUNE_30)[indicator]
    assert light.light is Light.YELLOW and light.reason == "序时目标 1.9，实际 1.85，落后 0.05"
    # 0.3 behind is more than 10 % of the target (0.2): red.
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 28), 1.6, "统计局")
    assert trajectories.plan_lights(db, plan, JUNE_30)[indicator].light is Light.RED
    # A value reported after the day does not count on it.
    assert trajectories.plan_lights(db, plan, dt.date(2022, 6, 27))[indicator].light is Light.YELLOW
    # A wider margin (editable, for the whole plan) makes the same lag yellow.
    trajectories.set_margin(db, plan, "20")
    assert trajectories.plan_lights(db, plan, JUNE_30)[indicator].light is Light.YELLOW
    with db.read() as session:
        assert session.get(Plan, plan).indicator_margin == 20


def test_past_its_deadline_and_short_of_the_target_is_red_and_reaching_it_is_green(rd):
    db, indicator, task, plan = rd
    trajectories.save_trajectory(db, indicator, tracked=True, baseline="1.8", deadline=dt.date(2022, 6, 15))
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 10), 1.99, "统计局")
    light = trajectories.plan_lights(db, plan, JUNE_30)[indicator]
    assert light.light is Light.RED and "已过期限 2022-06-15" in light.reason
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 29), 2.01, "统计局")
    assert trajectories.plan_lights(db, plan, JUNE_30)[indicator].light is Light.GREEN


def test_typed_months_override_the_linear_plan_and_clearing_them_restores_it(rd):
    db, indicator, task, plan = rd
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 20), 1.9, "统计局")
    trajectories.save_trajectory(db, indicator, tracked=True, baseline="1.8", months={"6": "1.95", 7: ""})
    view = trajectories.trajectory_view(db, indicator, JUNE_30)
    assert view.typed == {6: 1.95} and view.planned[5] == 1.95
    assert view.light.light is Light.YELLOW and "序时目标 1.95" in view.light.reason
    trajectories.save_trajectory(db, indicator, tracked=True, baseline="1.8", months={})
    view = trajectories.trajectory_view(db, indicator, JUNE_30)
    assert view.typed == {} and view.planned[5] == pytest.approx(1.899, abs=1e-3)
    assert view.light.light is Light.GREEN


def test_indicators_without_a_target_or_a_trajectory_have_no_light(rd):
    db, indicator, task, plan = rd
    other, _, _ = _indicator(db, "高新技术企业")
    needs, _, _ = _indicator(db, "揭榜制科技项目技术需求")
    assert set(trajectories.plan_lights(db, plan, JUNE_30)) == {indicator}
    assert trajectories.trajectory_view(db, other, JUNE_30).light.light is Light.GREY
    assert judge_indicator(None, JUNE_30).light is Light.GREY
    with pytest.raises(ValidationError, match="没有目标值"):
        trajectories.save_trajectory(db, needs, tracked=True)
    trajectories.save_trajectory(db, indicator, tracked=False, baseline="1.8")
    assert trajectories.plan_lights(db, plan, JUNE_30) == {}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"baseline": "一点八"}, "年初基数“一点八”不是数字"),
        ({"months": {6: "abc"}}, "6月的序时目标“abc”不是数字"),
        ({"months": {13: "1.9"}}, "月份 13 不在计划年度内"),
        ({"months": {0: "1.9"}}, "月份 0 不在计划年度内"),
        ({"months": {"六月": "1.9"}}, "月份“六月”不是 1 至 12 之间的数"),
        ({"deadline": dt.date(2023, 3, 31)}, "目标期限 2023-03-31 不在计划年度 2022 年内"),
    ],
)
def test_bad_input_gets_a_plain_message_and_changes_nothing(rd, sample_target, kwargs, message):
    db, indicator, task, plan = rd
    before = scalar(sample_target, "SELECT count(*) FROM audit_entry")
    with pytest.raises(ValidationError, match=message):
        trajectories.save_trajectory(db, indicator, **{"tracked": True, **kwargs})
    assert scalar(sample_target, "SELECT count(*) FROM audit_entry") == before
    for margin in ("十", "150", "-1"):
        with pytest.raises(ValidationError, match="红灯界限"):
            trajectories.set_margin(db, plan, margin)


def test_the_task_light_follows_its_indicator_with_the_indicator_named(rd):
    db, indicator, task, plan = rd
    may_10 = dt.date(2022, 5, 10)
    assert "尚无实际值" in _task_row(db, plan, task, may_10).light_reason  # nothing reported: yellow
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 5, 6), 1.9, "统计局")
    assert _task_row(db, plan, task, may_10).light == Light.GREEN  # no deadline near, no lag
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 5, 8), 1.84, "统计局")
    row = _task_row(db, plan, task, may_10)
    assert row.light == Light.YELLOW
    assert row.light_reason.startswith("指标“全社会研发经费支出占地区生产总值比重”：序时目标 1.88")
    # On 30 June the task is yellow already (its deadline); a red indicator makes it red.
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 28), 1.6, "统计局")
    row = _task_row(db, plan, task, JUNE_30)
    assert row.light == Light.RED and "全社会研发经费支出占地区生产总值比重" in row.light_reason
    # The editor's light and the person page's lights say the same.
    snapshot = tasks.load_task(db, task, today=JUNE_30)
    assert snapshot.light.light is Light.RED and snapshot.light.reason == row.light_reason
    # A task closed (办结) keeps its own light.
    snapshot = tasks.load_task(db, task)
    tasks.save_task(db, task, snapshot.version, snapshot.fields, {"status": Status.DONE})
    assert _task_row(db, plan, task, JUNE_30).light == Light.GREEN


def test_the_briefing_reports_the_trajectory(rd):
    db, indicator, task, plan = rd
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 25), 1.85, "统计局")
    found = briefing(db, plan, dt.date(2022, 6, 1), JUNE_30)
    line = next(i for i in found.indicators if i.name.startswith("全社会研发经费"))
    assert "序时目标 1.9%，实际 1.85%，落后 0.05 个百分点（黄灯）" in line.text
    untracked = next(i for i in found.indicators if i.name.startswith("规上高新技术企业"))
    assert "序时目标" not in untracked.text


def test_every_trajectory_change_is_in_the_task_history_in_words(rd):
    db, indicator, task, plan = rd
    trajectories.save_trajectory(db, indicator, tracked=True, baseline="1.75", months={6: "1.95"})
    history = task_history(db, task)
    seen = {(r.what, r.field, r.old, r.new) for r in history}
    assert ("指标", "按序时进度考核", "否", "是") in seen
    assert ("指标", "年初基数", "1.8", "1.75") in seen
    assert any(r.what == "新增指标序时目标" and r.new == "6月 1.95" for r in history)
    trajectories.save_trajectory(db, indicator, tracked=True, baseline="1.75", months={6: "1.9"})
    assert any(r.what == "指标序时目标" and r.field == "序时目标值" and (r.old, r.new) == ("1.95", "1.9")
               for r in task_history(db, task))


def test_a_file_of_the_current_release_is_upgraded_and_takes_trajectories(sample_target):
    """A 0.2 file (revision 0009) gains the columns and the table on open and keeps its indicators."""
    from sqlalchemy import inspect

    from desktop.db.engine import create_engine_for
    from desktop.db.schema import HEAD_REVISION, downgrade, migration_transaction
    from desktop.db.target import Target

    engine = create_engine_for(Target.parse(str(sample_target)))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0009")
    with engine.connect() as connection:
        assert "tracked" not in [c["name"] for c in inspect(connection).get_columns("indicator")]
        assert "indicator_month" not in inspect(connection).get_table_names()
    engine.dispose()
    before = [scalar(sample_target, f"SELECT count(*) FROM {t}") for t in ("indicator", "indicator_value", "audit_entry")]
    database = Database.open(sample_target)
    try:
        assert scalar(sample_target, "SELECT version_num FROM alembic_version") == HEAD_REVISION
        assert [scalar(sample_target, f"SELECT count(*) FROM {t}") for t in ("indicator", "indicator_value")] == before[:2]
        assert scalar(sample_target, "SELECT indicator_margin FROM plan") == 10
        indicator, task, plan = _indicator(database, "研发经费")
        assert trajectories.plan_lights(database, plan, JUNE_30) == {}
        trajectories.save_trajectory(database, indicator, tracked=True, baseline="1.8", months={6: "1.95"})
        task_parts.add_indicator_value(database, indicator, dt.date(2022, 6, 20), 1.9, "统计局")
        assert trajectories.plan_lights(database, plan, JUNE_30)[indicator].light is Light.YELLOW
    finally:
        database.close()
