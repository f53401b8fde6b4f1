"""Export → a section fills in the form → import returns exactly the text that was filled in."""

import datetime as dt
import string
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.excel.cells import set_text
from desktop.models import ProgressReport, Task
from desktop.services import forms_import as fi
from desktop.services.forms_export import export_task_form

# What people type into the progress cell: Chinese, digits, Latin letters, full- and
# half-width punctuation, line breaks; no control characters (Excel cannot hold them).
_ALPHABET = (
    "柳州市科技局揭榜制赛马制双轨制人才飞地研发经费奖补政策已印发完成推进中项目需求征集论证会"
    + string.ascii_letters
    + string.digits
    + "，。、；：？！“”‘’（）《》【】—…%+-=@ ,.;:()\n"
)
filled_texts = st.text(alphabet=_ALPHABET, min_size=1, max_size=300).map(
    lambda t: t.replace("\r", "")
).filter(lambda t: t.strip() != "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=filled_texts)
def test_export_fill_import_returns_the_filled_text(sample_db, text):
    with sample_db.read() as session:
        task_id = session.scalars(select(Task.id).where(Task.code == "2-2")).one()
    with tempfile.TemporaryDirectory() as folder:
        path = export_task_form(sample_db, task_id, folder, "2022年6月", dt.date(2022, 6, 25))
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.worksheets[0]
        set_text(sheet["D5"], text)  # typed in, not a formula
        workbook.save(path)
        previews = fi.preview_files(sample_db, 1, [Path(path)])
        row = previews[0].rows[0]
        expected = text.strip()
        if fi.normalize(expected) == fi.normalize(row.old_text):
            assert row.status == fi.UNCHANGED
            return
        assert row.new_text == expected
        fi.apply(sample_db, previews, chosen=lambda p, r: True)
        with sample_db.read() as session:
            stored = session.scalars(select(ProgressReport.text).order_by(ProgressReport.id.desc())).first()
        assert stored == expected
