"""The first statistics computation of a session, this tree against a git revision's gather
and engine, alternating in one process (bench_stats.py --against REV).

This tree reads the compact facts (stats_compact_read.py) after checking that no person is
marked, as statistics.gather_facts does; the persons marked before the run (a vault just
upgraded) are refreshed once first, outside the timings.

The revision's `stats_facts.py`, `domain/statistics.py` and the engine's helper modules
(`stats_scope.py`, `stats_tables.py`, `stats_tally*.py`, those the revision has) are loaded
from `git show` as modules of their own (the rest of the package, the facts' types included,
is this tree's), so both sides read the same vault through the same driver; each run opens
the vault afresh, so every computation is the first of its session. Both sides' reports are
compared: the figures must be identical.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Connection

from ajo_cases.domain import statistics as engine
from ajo_cases.domain.stats_model import StatsFacts, StatsFilter, StatsReport
from ajo_cases.domain.suppression import protect_report
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.statistics import stats_facts, stats_refresh
from ajo_cases.services.statistics.stats_compact_read import read_compact
from ajo_cases.services.statistics.stats_facts import check_project

ROOT = Path(__file__).resolve().parent.parent
# The revision's reading and engine; the engine's helper modules, where the revision has them,
# come first so the engine is the revision's all through (the facts' types stay this tree's).
FILES = {
    "facts": "src/ajo_cases/services/statistics/stats_facts.py",
    "stats_scope": "src/ajo_cases/domain/stats_scope.py",
    "stats_tables": "src/ajo_cases/domain/stats_tables.py",
    "stats_tally": "src/ajo_cases/domain/stats_tally.py",
    "stats_tally_records": "src/ajo_cases/domain/stats_tally_records.py",
    "engine": "src/ajo_cases/domain/statistics.py",
}
GIT = shutil.which("git") or "git"
Side = tuple[Callable[..., object], Callable[..., StatsReport]]  # (read_facts, compute)


def _source(rev: str, path: str) -> str | None:
    command = [GIT, "show", f"{rev}:{path}"]
    found = subprocess.run(command, cwd=ROOT, check=False, capture_output=True, text=True)
    return found.stdout if found.returncode == 0 else None


def _dotted(path: str) -> str:
    return path.removeprefix("src/").removesuffix(".py").replace("/", ".")


def load_revision(rev: str) -> Side:
    modules: dict[str, types.ModuleType] = {}
    for name, path in FILES.items():
        source = _source(rev, path)
        if source is None:  # a module the revision did not have yet
            continue
        module = sys.modules[f"baseline_{name}"] = types.ModuleType(f"baseline_{name}")
        # the revision's modules loaded so far stand in for this tree's while this one loads
        real = {_dotted(FILES[key]): value for key, value in modules.items()}
        saved = {key: sys.modules.get(key) for key in real}
        sys.modules.update(real)
        try:
            # the revision's own code, from this repository's history: what is being measured
            exec(compile(source, f"{rev}:{path}", "exec"), module.__dict__)  # noqa: S102
        finally:
            for key, value in saved.items():
                if value is None:
                    sys.modules.pop(key, None)
                else:
                    sys.modules[key] = value
        modules[name] = module
    return modules["facts"].read_facts, modules["engine"].compute


def _read_ours(connection: Connection, flt: StatsFilter, today: date) -> StatsFacts:
    """What gather_facts does on a session's first computation with nothing marked."""
    if stats_refresh.marked_count(connection):
        raise SystemExit("persons were marked during the run")
    return read_compact(connection, flt, today)


def _refresh(data: Path, user: str, password: str) -> None:
    vault = open_vault(data, user, password)
    try:
        stats_refresh.refresh(vault)
    finally:
        vault.close()


def _first(data: Path, user: str, password: str, side: Side, flt: StatsFilter,
           today: date) -> tuple[float, StatsReport]:  # fmt: skip
    """Seconds of a session's first computation, as statistics.compute makes it."""
    read_facts, compute = side
    vault = open_vault(data, user, password)
    try:
        started = time.perf_counter()
        with vault.read_session() as session:
            check_project(session.connection(), flt.project)
            facts = read_facts(session.connection(), flt, today)
        with stats_facts.no_cyclic_gc():
            report = compute(facts, flt, today=today)
        protected = protect_report(report)
        return time.perf_counter() - started, protected
    finally:
        vault.close()


def measure(data: Path, user: str, password: str, rev: str | None, runs: int, flt: StatsFilter,
            today: date) -> dict[str, object]:  # fmt: skip
    """Median and range of both sides' first computation (ms) and of the ratio per pair;
    without a revision, this tree's alone."""
    ours: Side = (_read_ours, engine.compute)
    _refresh(data, user, password)
    if rev is None:
        alone = [_first(data, user, password, ours, flt, today)[0] * 1000 for _ in range(runs)]
        return {"runs": runs, "first_ms": _spread(alone)}
    baseline = load_revision(rev)
    new_ms, old_ms, ratios = [], [], []
    for run in range(runs):
        pair = {}
        for name, side in (("new", ours), ("old", baseline))[:: 1 if run % 2 else -1]:
            seconds, report = _first(data, user, password, side, flt, today)
            pair[name] = (seconds * 1000, report)
        if pair["new"][1] != pair["old"][1]:
            raise SystemExit(f"the figures differ from {rev}'s")
        new_ms.append(pair["new"][0])
        old_ms.append(pair["old"][0])
        ratios.append(pair["new"][0] / pair["old"][0])

    return {"against": rev, "runs": runs, "first_ms": _spread(new_ms),
            "baseline_first_ms": _spread(old_ms), "ratio": _spread(ratios, 3)}  # fmt: skip


def _spread(values: list[float], digits: int = 1) -> dict[str, float]:
    median = statistics.median(values)
    return {name: round(value, digits)
            for name, value in (("median", median), ("min", min(values)),
                                ("max", max(values)))}  # fmt: skip
