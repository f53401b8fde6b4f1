"""The cycle collector is paused for a large document's work and comes back as it was."""

from __future__ import annotations

import gc
import threading

import pytest

from desktop.memory import collector_paused


def test_paused_inside_and_on_again_after_even_after_an_error():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: still off when the inner one ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
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
