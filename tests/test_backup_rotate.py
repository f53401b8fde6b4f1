"""Which automatic backups are kept, and the automatic backup once a day."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

import pytest

from desktop.db import backup
from desktop.db.backup import (
    backup_if_due,
    choose_kept,
    list_backups,
    make_backup,
    newest_good_backup,
    rotate,
)

from backup_files import NOW, corrupt_a_middle_page

pytestmark = pytest.mark.sqlite_only(reason="backups, restores and checks are of SQLite files")


def d(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_choose_kept_over_400_days_of_daily_backups():
    start = dt.date(2021, 5, 24)
    backups = [(f"b{i:03}", dt.datetime.combine(start + dt.timedelta(days=i), dt.time(9, 0))) for i in range(400)]
    assert backups[-1][1] == d("2022-06-27 09:00")  # a Monday
    kept = choose_kept(backups, d("2022-06-27 18:00"))
    names = dict(backups)
    kept_days = sorted(names[name].date().isoformat() for name in kept)
    # By hand: the 7 newest days; the newest of the ISO weeks 2022-W26 (27th), W25 (26th), W24 (19th),
    # W23 (12th); the newest of June 2022 back to July 2021 (month ends).
    assert kept_days == [
        "2021-07-31", "2021-08-31", "2021-09-30", "2021-10-31", "2021-11-30", "2021-12-31",
        "2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30", "2022-05-31",
        "2022-06-12", "2022-06-19",
        "2022-06-21", "2022-06-22", "2022-06-23", "2022-06-24", "2022-06-25", "2022-06-26", "2022-06-27",
    ]


def test_choose_kept_counts_days_with_backups_and_takes_the_newest_of_each():
    backups = [
        ("mon-early", d("2022-06-20 08:00")),
        ("mon-late", d("2022-06-20 17:00")),
        ("wed", d("2022-06-22 09:00")),
        # the PC was off from the 23rd to the 26th
        ("jun-27-a", d("2022-06-27 09:00")),
        ("jun-27-b", d("2022-06-27 09:00:05")),
        ("may-02", d("2022-05-02 09:00")),
        ("may-30", d("2022-05-30 09:00")),
        ("apr-01", d("2022-04-01 09:00")),
        ("future", d("2030-01-01 09:00")),  # a clock that was wrong once
    ]
    now = d("2022-06-27 12:00")
    assert choose_kept(backups, now, daily=3, weekly=0, monthly=0) == {"future", "jun-27-b", "wed", "mon-late"}
    assert choose_kept(backups, now, daily=0, weekly=2, monthly=0) == {"future", "jun-27-b", "wed"}
    assert choose_kept(backups, now, daily=0, weekly=0, monthly=2) == {"future", "jun-27-b", "may-30"}
    assert choose_kept(backups, now, daily=0, weekly=0, monthly=0) == {"future", "jun-27-b"}  # always the newest
    assert choose_kept(backups, now, daily=1, weekly=1, monthly=3) == {"future", "jun-27-b", "may-30", "apr-01"}
    assert choose_kept([], now) == set()


def test_choose_kept_weeks_are_iso_weeks_across_a_new_year():
    backups = [
        ("thu-2020-12-31", d("2020-12-31 09:00")),  # ISO week 2020-W53
        ("sun-2021-01-03", d("2021-01-03 09:00")),  # still 2020-W53
        ("mon-2021-01-04", d("2021-01-04 09:00")),  # 2021-W01
    ]
    assert choose_kept(backups, d("2021-01-05 00:00"), daily=0, weekly=2, monthly=0) == {
        "mon-2021-01-04", "sun-2021-01-03"
    }
    assert choose_kept(backups, d("2021-01-05 00:00"), daily=0, weekly=0, monthly=2) == {
        "mon-2021-01-04", "thu-2020-12-31"
    }


def touch_backup(folder: Path, when: dt.datetime, reason: str = "auto") -> Path:
    path = folder / backup.backup_name("plan", when, reason)
    path.write_bytes(b"backup")
    return path


def test_rotating_every_day_for_400_days_keeps_the_hand_computed_set(tmp_path):
    folder = tmp_path / "plan-12345678"
    folder.mkdir()
    manual = touch_backup(folder, d("2021-06-01 10:00"), "manual")
    before = touch_backup(folder, d("2021-06-02 10:00"), "before-restore")
    upgrade = touch_backup(folder, d("2021-06-03 10:00"), "before-upgrade")
    others = [folder / "notes.txt", folder / "plan.duban", folder / "plan-2021.duban", folder / "plan-20210601-1000.duban"]
    for other in others:
        other.write_text("mine")
    start = dt.date(2021, 5, 24)
    for i in range(400):
        day = start + dt.timedelta(days=i)
        touch_backup(folder, dt.datetime.combine(day, dt.time(9, 0)))
        if i % 3 == 0:  # sometimes a second one the same day, made later
            touch_backup(folder, dt.datetime.combine(day, dt.time(15, 0)))
        rotate(folder, dt.datetime.combine(day, dt.time(15, 30)))
    automatic = sorted(b.taken_at for b in list_backups(folder) if b.reason == "auto")
    assert [t.date().isoformat() for t in automatic] == [
        "2021-07-31", "2021-08-31", "2021-09-30", "2021-10-31", "2021-11-30", "2021-12-31",
        "2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30", "2022-05-31",
        "2022-06-12", "2022-06-19",
        "2022-06-21", "2022-06-22", "2022-06-23", "2022-06-24", "2022-06-25", "2022-06-26", "2022-06-27",
    ]
    # the newest of each day: the afternoon one on days that had two (every third day from the 24th May)
    by_day = {t.date(): t for t in automatic}
    assert by_day[dt.date(2022, 6, 27)].hour == 15  # day 399, 399 % 3 == 0
    assert by_day[dt.date(2022, 6, 26)].hour == 9
    for kept in (manual, before, upgrade, *others):
        assert kept.exists()  # rotation deletes only automatic backups
    assert sorted(list_backups(folder), key=lambda b: b.taken_at)[-1].taken_at == d("2022-06-27 15:00")


def test_rotation_removes_what_interrupted_backups_left_once_old(tmp_path):
    folder = tmp_path / "plan-12345678"
    folder.mkdir()
    old = folder / ".plan-abc.duban-tmp"
    old_journal = folder / ".plan-abc.duban-tmp-journal"
    fresh = folder / ".plan-def.duban-tmp"
    reserved = folder / backup.backup_name("plan", NOW - dt.timedelta(days=3), "manual")
    reserved_now = folder / backup.backup_name("plan", NOW)
    other = folder / ".hidden-notes"
    for path in (old, old_journal, fresh, other):
        path.write_bytes(b"x")
    reserved.write_bytes(b"")
    reserved_now.write_bytes(b"")
    long_ago = time.time() - 24 * 3600
    for path in (old, old_journal, reserved, other):
        os.utime(path, (long_ago, long_ago))
    rotate(folder, NOW)
    assert not old.exists() and not old_journal.exists() and not reserved.exists()
    assert fresh.exists() and reserved_now.exists()  # possibly a backup being made right now
    assert other.exists()


# -- the automatic backup -----------------------------------------------------------------------


def test_backup_if_due_backs_up_once_a_day_and_rotates(sample_path, tmp_path):
    folder = tmp_path / "b"
    first = backup_if_due(sample_path, folder, NOW)
    assert first is not None and first.verified and first.reason == "auto"
    assert backup_if_due(sample_path, folder, NOW + dt.timedelta(hours=8)) is None  # still the same day
    assert backup_if_due(sample_path, folder, NOW + dt.timedelta(hours=8), at_open=False) is None
    second = backup_if_due(sample_path, folder, d("2022-06-28 00:05"), at_open=False)
    assert second is not None and second.taken_at.date() == dt.date(2022, 6, 28)
    # rotation ran: old automatic backups beyond the policy are gone
    subfolder = first.path.parent
    for i in range(30):
        touch_backup(subfolder, d("2021-01-01 09:00") + dt.timedelta(days=i))
    third = backup_if_due(sample_path, folder, d("2022-06-29 08:00"))
    assert third is not None
    days = sorted({b.taken_at.date().isoformat() for b in list_backups(sample_path, folder)})
    # By hand: the 7 newest days with backups (29th, 28th, 27th June; 30th-27th January 2021), the 4 newest
    # ISO weeks with backups (2022-W26; 2021-W04, W03 up to Sunday the 24th, W02 up to Sunday the 17th),
    # the 12 newest months with backups (June 2022, January 2021).
    assert days == [
        "2021-01-17", "2021-01-24", "2021-01-27", "2021-01-28", "2021-01-29", "2021-01-30",
        "2022-06-27", "2022-06-28", "2022-06-29",
    ]


def test_a_manual_backup_today_counts_and_a_future_one_does_not(sample_path, tmp_path):
    folder = tmp_path / "b"
    make_backup(sample_path, folder, now=d("2030-01-01 09:00"))  # a clock that was wrong once
    assert backup_if_due(sample_path, folder, NOW) is not None
    other = tmp_path / "c"
    make_backup(sample_path, other, now=NOW - dt.timedelta(hours=1), reason="manual")
    assert backup_if_due(sample_path, other, NOW) is None


def test_list_backups_newest_first_and_the_newest_good_one(sample_path, tmp_path):
    folder = tmp_path / "b"
    older = make_backup(sample_path, folder, now=NOW - dt.timedelta(days=2))
    good = make_backup(sample_path, folder, now=NOW - dt.timedelta(days=1))
    bad = good.path.with_name(backup.backup_name("sample", NOW))
    shutil.copyfile(good.path, bad)
    corrupt_a_middle_page(bad)
    (good.path.parent / "readme.txt").write_text("not a backup")
    listed = list_backups(sample_path, folder)
    assert [b.path for b in listed] == [bad, good.path, older.path]
    assert [b.taken_at for b in listed] == [NOW, NOW - dt.timedelta(days=1), NOW - dt.timedelta(days=2)]
    assert listed[0].verified is False and listed[1].verified is True
    assert list_backups(good.path.parent) == listed
    assert newest_good_backup(sample_path, folder).path == good.path
    assert newest_good_backup(sample_path, tmp_path / "empty") is None
