"""balikg.runtime.collector: the cycle collector paused for a block, and turned back on in forked workers."""

import gc

from balikg.runtime.collector import paused, resume_in_child


def test_the_collector_is_off_in_the_block_and_on_after_it():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_in_the_block_turns_it_back_on():
    try:
        with paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_validation_worker_forked_in_the_block_collects_again_but_not_its_inheritance():
    inherited = [[] for _ in range(1000)]  # containers the collector tracks
    try:
        with paused():
            resume_in_child()  # what each validation worker runs first
            assert gc.isenabled()
            assert gc.get_freeze_count() >= len(inherited)  # left out of every collection
        assert gc.isenabled()
    finally:
        gc.unfreeze()
