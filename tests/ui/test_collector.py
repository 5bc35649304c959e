"""Cyclic garbage is collected on the GUI thread by a timer while the worker exists."""

import gc

from ajo_cases.ui.runtime.collector import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_collects_cycles_and_restores_the_collector_state(qapp):
    before = gc.isenabled()
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()  # never triggered by an allocation on the worker
        gc.collect()
        nodes = [_Node() for _ in range(gc.get_threshold()[0] + 100)]
        del nodes
        assert collector.collect() >= gc.get_threshold()[0]
        assert collector._timer.isActive()  # and the GUI thread keeps collecting on a timer
    finally:
        collector.stop()
    assert gc.isenabled() == before
