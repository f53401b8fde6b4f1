"""Importing a month's publicity items from Excel: preview, per-row errors in Chinese, duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from desktop.errors import UserError
from desktop.services import quota_import, quotas

D = dt.date


@pytest.fixture
def plan_id(sample_db) -> int:
    from desktop.services.workspace import current_plan

    return current_plan(sample_db).id


def write_sheet(path, rows, header=("事项", "科室", "标题", "日期", "渠道", "是否采用", "链接")):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "6月归集"
    sheet.append(["2022年6月宣传信息归集表"])
    sheet.append([])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def test_preview_names_every_bad_row_and_skips_duplicates(sample_db, plan_id, tmp_path):
    data = quotas.load_data(sample_db, plan_id)
    rules = {r.kind: r.id for r in data.rules}
    sections = {s.name: s.id for s in data.all_sections}
    quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rules["媒体报道"], sections["人才科"], "人才飞地报道", D(2022, 6, 3)))
    path = write_sheet(tmp_path / "归集.xlsx", [
        ("改革信息", "规配科", "三制一补机制见成效", dt.datetime(2022, 6, 10), "自治区改革信息简报", "是", "http://a"),
        ("媒体报道", "人才引智与对外合作科", "人才飞地报道", "2022-06-03", "柳州日报", "", ""),  # stored already
        ("改革信息", "重大科", "揭榜制项目", "2022年6月15日", "", "否", ""),
        ("改革信息", "重大科", " 揭榜制项目 ", "2022/6/15", "", "", ""),  # twice in the sheet
        ("改革信息", "规配科", "", "2022-06-20", "", "", ""),
        ("改革信息", "财务科", "某信息", "2022-06-20", "", "", ""),
        ("媒体报道", "规配科", "某报道", "六月二十日", "", "", ""),
        ("宣传片", "规配科", "某片", "2022-06-21", "", "", ""),
        ("媒体报道", "", "全局报道", "2022.6.22", "广西日报", "√", ""),
        (None, None, None, None, None, None, None),
    ])
    preview = quota_import.preview_items(sample_db, plan_id, path)
    by_row = {r.row: r for r in preview.rows}
    assert [r.row for r in preview.rows] == [4, 5, 6, 7, 8, 9, 10, 11, 12]
    assert [r.status for r in preview.rows] == [
        "ready", "duplicate", "ready", "duplicate", "error", "error", "error", "error", "ready"
    ]
    assert by_row[5].messages == ["已登记过同一条目，跳过"]
    assert by_row[7].messages == ["与表中第 6 行重复，跳过"]
    assert by_row[8].messages == ["缺少标题"]
    assert by_row[9].messages == ["没有名为“财务科”的科室"]
    assert by_row[10].messages == ["日期“六月二十日”无法识别（请写成 2022-06-15）"]
    assert by_row[11].messages == ["事项“宣传片”不在规则中（应为：改革信息、新闻发布、媒体报道、经验交流推广、优秀成果评选）"]
    assert by_row[4].date_text == "2022-06-10" and by_row[4].status_label == "可导入"
    assert (len(preview.ready), preview.duplicates, preview.errors) == (3, 2, 4)
    assert quotas.list_items(sample_db, plan_id) != [] and len(quotas.list_items(sample_db, plan_id)) == 1  # nothing written

    assert quota_import.apply_import(sample_db, plan_id, preview) == 3
    items = {i.title: i for i in quotas.list_items(sample_db, plan_id)}
    assert set(items) == {"人才飞地报道", "三制一补机制见成效", "揭榜制项目", "全局报道"}
    first = items["三制一补机制见成效"]
    assert (first.kind, first.section, first.date, first.channel, first.published, first.link) == (
        "改革信息", "规配科", D(2022, 6, 10), "自治区改革信息简报", True, "http://a"
    )
    assert items["揭榜制项目"].published is False and items["全局报道"].department_id is None
    assert items["全局报道"].published is True
    # Importing the same sheet again adds nothing: every good row is now a duplicate.
    again = quota_import.preview_items(sample_db, plan_id, path)
    assert len(again.ready) == 0 and again.duplicates == 5
    with pytest.raises(UserError, match="没有可导入的条目"):
        quota_import.apply_import(sample_db, plan_id, again)


def test_files_that_are_not_item_sheets(sample_db, plan_id, tmp_path):
    broken = tmp_path / "坏文件.xlsx"
    broken.write_bytes(b"this is not a spreadsheet")
    with pytest.raises(UserError, match="坏文件.xlsx：不是 Excel 表格"):
        quota_import.preview_items(sample_db, plan_id, broken)
    old = tmp_path / "旧表.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(UserError, match="旧格式"):
        quota_import.preview_items(sample_db, plan_id, old)
    with pytest.raises(UserError, match="找不到这个文件"):
        quota_import.preview_items(sample_db, plan_id, tmp_path / "没有.xlsx")
    other = write_sheet(tmp_path / "别的表.xlsx", [("a", "b")], header=("序号", "名称"))
    with pytest.raises(UserError, match="找不到表头（事项、科室、标题、日期……）"):
        quota_import.preview_items(sample_db, plan_id, other)
    no_date = write_sheet(tmp_path / "缺列.xlsx", [("改革信息", "规配科", "x")], header=("事项", "科室", "标题"))
    with pytest.raises(UserError, match="表头缺少“日期”列"):
        quota_import.preview_items(sample_db, plan_id, no_date)
    empty = write_sheet(tmp_path / "空表.xlsx", [])
    with pytest.raises(UserError, match="表头下面没有条目"):
        quota_import.preview_items(sample_db, plan_id, empty)


def test_a_kept_import_is_replayed_once_and_skips_rows_stored_meanwhile(sample_db, plan_id, tmp_path):
    """What the recovery file does with an import the file could not take (see test_quotas_tab_offline for the window)."""
    from desktop.services import recovery
    from desktop.services.recovery import PendingSave, RecoveryFile

    data = quotas.load_data(sample_db, plan_id)
    rules = {r.kind: r.id for r in data.rules}
    sections = {s.name: s.id for s in data.all_sections}
    path = write_sheet(tmp_path / "归集.xlsx", [
        ("改革信息", "规配科", "三制一补机制见成效", "2022-06-10", "", "", ""),
        ("媒体报道", "人才科", "人才飞地报道", "2022-06-03", "柳州日报", "是", ""),
    ])
    preview = quota_import.preview_items(sample_db, plan_id, path)
    assert len(preview.ready) == 2
    kept = RecoveryFile("quota-import", folder=tmp_path / "recovery")
    save_id = recovery.new_save_id()
    drafts = [row.draft for row in preview.ready]
    entry = PendingSave(save_id, "quota_import", recovery.quota_items_payload(plan_id, drafts, path.name), "导入")
    kept.add(entry)
    assert kept.entries()[0].payload["items"][0]["date"] == {"__date__": "2022-06-10"}
    # Meanwhile another PC registers one of the rows by hand.
    quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rules["媒体报道"], sections["人才科"], " 人才飞地报道 ", D(2022, 6, 3)))

    result = recovery.replay(sample_db, kept)
    assert [e.save_id for e in result.applied] == [save_id] and result.refused == [] and len(kept) == 0
    titles = sorted(i.title for i in quotas.list_items(sample_db, plan_id))
    assert titles == ["三制一补机制见成效", "人才飞地报道"]  # the row stored meanwhile is not added twice
    stored = next(i for i in quotas.list_items(sample_db, plan_id) if i.title == "三制一补机制见成效")
    assert (stored.date, stored.section, stored.kind) == (D(2022, 6, 10), "规配科", "改革信息")

    kept.add(entry)  # replayed again (its commit had landed before the error was reported)
    result = recovery.replay(sample_db, kept)
    assert result.applied == [] and [e.save_id for e in result.already] == [save_id]
    assert len(quotas.list_items(sample_db, plan_id)) == 2


def test_an_item_without_a_title_is_refused_before_the_database_is_asked(sample_db, plan_id, monkeypatch):
    """So an item that could never be saved is not kept in the recovery file while the file is out of reach."""
    from desktop.errors import DatabaseUnavailableError

    rule = quotas.load_data(sample_db, plan_id).rules[0].id

    def unreachable(*args, **kwargs):
        raise DatabaseUnavailableError("无法访问数据库")

    monkeypatch.setattr(sample_db, "write", unreachable)
    with pytest.raises(UserError, match="“标题”不能为空"):
        quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rule, None, "  ", D(2022, 6, 1)))
    with pytest.raises(DatabaseUnavailableError):
        quotas.add_item(sample_db, plan_id, quotas.ItemDraft(rule, None, "有标题", D(2022, 6, 1)))
