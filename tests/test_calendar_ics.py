"""The .ics export read back by an independent parser (vobject), and the calendar commands."""

import datetime as dt

import pytest
import vobject
from sqlalchemy import select, update

from desktop.calendar.ics import PRODID, export_ics
from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.models import Milestone, Plan
from desktop.workdays import set_override

D = dt.date


def plan_id(database):
    with database.read() as session:
        return session.scalar(select(Plan.id))


def parse(path):
    text = path.read_bytes().decode("utf-8")
    return text, vobject.readOne(text)


def by_uid(calendar):
    events = {}
    for event in calendar.vevent_list:
        events.setdefault(event.uid.value, []).append(event)
    return events


def test_ics_parses_back_with_stable_uids_rrules_and_chinese_text(sample_db, tmp_path):
    pid = plan_id(sample_db)
    first = export_ics(sample_db, pid, tmp_path / "日历.ics")
    text, calendar = parse(first)
    assert calendar.prodid.value == PRODID == "-//Duban//督办台//ZH"
    assert calendar.version.value == "2.0"
    assert "\r\n" in text and "VTIMEZONE" not in text
    events = by_uid(calendar)

    # One-off all-day items: VALUE=DATE, DTEND exclusive.
    inspection = next(e[0] for e in events.values() if e[0].summary.value == "设区市督察")
    assert inspection.dtstart.value == D(2022, 7, 1) and inspection.dtend.value == D(2022, 10, 1)
    assert inspection.dtstart.params.get("VALUE") == ["DATE"]
    assert "原文：第三季度" in inspection.description.value
    assert "责任科室：法监科、规配科、重大科、人才科" in inspection.description.value
    preparation = next(e[0] for e in events.values() if e[0].summary.value == "设区市督察（备检）")
    assert (preparation.dtstart.value, preparation.dtend.value) == (D(2022, 7, 1), D(2022, 8, 1))

    # The monthly collection: one series with its RRULE, and overrides for the shifted occurrences.
    collection = next(e for e in events.values() if e[0].summary.value == "媒体报道情况归集到法监科")
    master = next(e for e in collection if not hasattr(e, "recurrence_id"))
    assert set(master.rrule.value.split(";")) == {"FREQ=MONTHLY", "BYMONTHDAY=25", "UNTIL=20221231"}
    assert master.dtstart.value == D(2022, 5, 25)
    moved = {e.recurrence_id.value: e.dtstart.value for e in collection if hasattr(e, "recurrence_id")}
    assert moved == {D(2022, 6, 25): D(2022, 6, 24), D(2022, 9, 25): D(2022, 9, 23), D(2022, 12, 25): D(2022, 12, 23)}
    nominal = [d.date() for d in master.getrruleset()]
    assert nominal == [D(2022, m, 25) for m in range(5, 13)]
    assert sum(1 for e in events.values() for x in e if hasattr(x, "rrule")) >= 7  # collection and quota series

    # Exported again, after a title was corrected: the same UIDs, the new title.
    with sample_db.write("rename") as session:
        session.execute(update(Milestone).where(Milestone.title == "赛马制政策出台").values(title="赛马制政策印发"))
    second = export_ics(sample_db, pid, tmp_path / "again.ics")
    _, calendar2 = parse(second)
    assert set(by_uid(calendar2)) == set(events)
    assert "2-1 赛马制政策印发" in {e.summary.value for e in calendar2.vevent_list}
    assert len(calendar2.vevent_list) == len(calendar.vevent_list)


def test_ics_follows_the_offices_working_day_corrections(sample_db, tmp_path):
    set_override(sample_db, D(2022, 7, 25), False, "停电")
    _, calendar = parse(export_ics(sample_db, plan_id(sample_db), tmp_path / "a.ics"))
    moved = {
        e.recurrence_id.value: e.dtstart.value
        for e in calendar.vevent_list
        if hasattr(e, "recurrence_id") and e.summary.value == "媒体报道情况归集到法监科"
    }
    assert moved[D(2022, 7, 25)] == D(2022, 7, 22)


def test_ics_refuses_a_wrong_name_and_an_existing_file(sample_db, tmp_path):
    from desktop.errors import UserError

    with pytest.raises(UserError):
        export_ics(sample_db, plan_id(sample_db), tmp_path / "a.txt")
    (tmp_path / "b.ics").write_text("x")
    with pytest.raises(UserError, match="已存在") as info:
        export_ics(sample_db, plan_id(sample_db), tmp_path / "b.ics", overwrite=False)
    assert "--" not in info.value.message  # a window has no command-line flags to offer


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_calendar_command(sample_target, tmp_path, capsys):
    out_file = tmp_path / "plan.ics"
    code, out, err = run(capsys, "calendar", sample_target, "--ics", out_file)
    assert code == EXIT_OK and err == ""
    assert "已导出" in out and out_file.exists()
    _, calendar = parse(out_file)
    assert calendar.vevent_list
    # Not over an existing file without --overwrite; one line, exit 1.
    code, out, err = run(capsys, "calendar", sample_target, "--ics", out_file)
    assert code == EXIT_USER_ERROR and err.count("\n") == 1 and "--overwrite" in err
    code, out, err = run(capsys, "calendar", sample_target, "--ics", out_file, "--overwrite")
    assert code == EXIT_OK
    code, out, err = run(capsys, "calendar", sample_target, "--ics", tmp_path / "plan.xlsx")
    assert code == EXIT_USER_ERROR and err.startswith("错误：") and err.count("\n") == 1


def test_agenda_command(sample_target, capsys):
    code, out, err = run(capsys, "agenda", sample_target, "--from", "2022-06-20", "--days", "14", "--today", "2022-06-20")
    assert code == EXIT_OK and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("柳科通〔2022〕20号 日程：2022-06-20 至 2022-07-03")
    assert "2022-06-24 周五  归集  媒体报道情况归集到法监科（每月25日前）  规配科、重大科、人才科、法监科  绿灯" in lines
    assert any(l.startswith("2022-06-30 周四  时间节点  2-1 赛马制政策出台（6 月前）") for l in lines)
    assert any("督查  设区市督察（第三季度）" in l for l in lines)
    assert not any("2022-07-25" in l for l in lines)


@pytest.mark.parametrize(
    "argv",
    [
        ["--from", "2022-13-01"],
        ["--days", "0"],
        ["--today", "昨天"],
    ],
)
def test_agenda_bad_input_is_one_line(sample_target, capsys, argv):
    code, out, err = run(capsys, "agenda", sample_target, *argv)
    assert code == EXIT_USER_ERROR and err.startswith("错误：") and err.count("\n") == 1


def test_agenda_of_a_missing_file(tmp_path, capsys):
    code, out, err = run(capsys, "agenda", tmp_path / "nothing.duban")
    assert code == EXIT_USER_ERROR and err.count("\n") == 1
