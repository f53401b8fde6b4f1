import datetime as dt

import pytest

from desktop.periods import PeriodError, Window, parse_deadline, parse_period

D = dt.date


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        ("第三季度", [(D(2022, 7, 1), D(2022, 9, 30))]),
        ("第四季度", [(D(2022, 10, 1), D(2022, 12, 31))]),
        ("第二季度", [(D(2022, 4, 1), D(2022, 6, 30))]),
        ("3月起", [(D(2022, 3, 1), None)]),
        ("6月、10月", [(D(2022, 6, 1), D(2022, 6, 30)), (D(2022, 10, 1), D(2022, 10, 31))]),
        ("12月", [(D(2022, 12, 1), D(2022, 12, 31))]),
        ("7月备检", [(D(2022, 7, 1), D(2022, 7, 31))]),
        ("4-5月备检", [(D(2022, 4, 1), D(2022, 5, 31))]),
        ("10-12月备检", [(D(2022, 10, 1), D(2022, 12, 31))]),
        ("5月、9月备检", [(D(2022, 5, 1), D(2022, 5, 31)), (D(2022, 9, 1), D(2022, 9, 30))]),
        ("5-6 月", [(D(2022, 5, 1), D(2022, 6, 30))]),
    ],
)
def test_fuzzy_periods_become_real_windows(text, windows):
    period = parse_period(text, 2022)
    assert not period.continuous
    assert period.text == text
    assert [(w.start, w.end) for w in period.windows] == windows


def test_continuous_readiness_has_no_window():
    period = parse_period("实时备检", 2022)
    assert period.continuous
    assert period.windows == ()


def test_before_june_means_by_the_end_of_june():
    assert parse_deadline("6 月前", 2022) == D(2022, 6, 30)
    assert parse_deadline("6月前", 2023) == D(2023, 6, 30)
    assert parse_deadline("2 月前", 2024) == D(2024, 2, 29)


@pytest.mark.parametrize("text", ["", "下周", "13月", "第五季度", "5-3月", "3月起前"])
def test_unreadable_periods_are_refused(text):
    with pytest.raises(PeriodError):
        parse_period(text, 2022)


def test_open_deadline_is_refused():
    with pytest.raises(PeriodError):
        parse_deadline("3月起", 2022)


def test_window_contains():
    window = Window(D(2022, 3, 1), None)
    assert window.contains(D(2030, 1, 1))
    assert not window.contains(D(2022, 2, 28))
    assert Window(D(2022, 7, 1), D(2022, 9, 30)).contains(D(2022, 9, 30))
