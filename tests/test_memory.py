"""The cycle collector is paused for a large document's work and comes back as it was."""

from __future__ import annotations

import gc
import threading

import pytest

from desktop.memory import collector_paused, paused


@pytest.fixture(autouse=True)
def collector_on():
    """Each test starts with the automatic collector on (a window earlier in the run turns it off for good)."""
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_and_on_again_after_even_after_an_error():
    assert gc.isenabled() and not paused()
    with collector_paused():
        assert not gc.isenabled() and paused()
        with collector_paused():  # nested: still off when the inner one ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled() and not paused()
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("broken")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_on_again_only_when_the_last_of_several_threads_ends():
    inside, release = threading.Event(), threading.Event()

    def work():
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=work)
    thread.start()
    assert inside.wait(10)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other thread's work is still going
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_the_briefing_and_its_writing_pause_it(sample_db, tmp_path, monkeypatch, qapp):
    """What the 通报 does with the collector off: reading it and writing it (checked from inside)."""
    from desktop.printing import official_pdf
    from desktop.services import briefing as briefing_module
    from desktop.services.briefing import briefing, period_of
    from desktop.services.briefing_document import briefing_document
    from desktop.services.notice_documents import write_document
    from desktop.services.workspace import current_plan

    seen = []
    reading = briefing_module._briefing
    writing = official_pdf.write_official_pdf
    monkeypatch.setattr(briefing_module, "_briefing", lambda *a: (seen.append(gc.isenabled()), reading(*a))[1])
    monkeypatch.setattr(official_pdf, "write_official_pdf", lambda *a: (seen.append(gc.isenabled()), writing(*a))[1])
    plan_id = current_plan(sample_db).id
    made = briefing(sample_db, plan_id, *period_of("2022-06")[:2])
    write_document(briefing_document(sample_db, plan_id, made), tmp_path / "通报.pdf")
    assert seen == [False, False] and gc.isenabled()
    assert (tmp_path / "通报.pdf").stat().st_size > 1000


def test_the_window_s_collector_waits_while_paused(qapp, monkeypatch):
    """The GUI thread's timed collection (the window's collector) does not run during the pause."""
    from desktop.views import collector

    from PySide6.QtCore import QObject

    calls = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    owner = QObject()  # not the application's child: the window's own collector is found there
    watcher = collector.GarbageCollector(owner)
    try:
        watcher.threshold = (-1, -1, -1)  # always over: it collects whenever it looks
        with collector_paused():
            watcher.check()
        assert calls == []
        watcher.check()
        assert calls == [2]
    finally:
        watcher.timer.stop()
