"""Charts are built from what the tables show: a hidden value is never plotted."""

from __future__ import annotations

import random
from datetime import date

from ajo_cases.domain import statistics as engine
from ajo_cases.domain.charts import charts_for, ticks
from ajo_cases.domain.stats_model import CaseFact, Hidden, StatsFacts, StatsFilter
from ajo_cases.domain.suppression import protect_report

TODAY = date(2026, 3, 1)
YEAR = StatsFilter(date(2025, 1, 1), date(2025, 12, 31))
SEXES = ("female", "male", "other_unknown")
CATEGORIES = ("victim_of_trafficking", "vulnerable_migrant", "returnee_migrant", "other")
EXPLOITATION = ("forced_labour", "sexual_exploitation", "forced_marriage")


def _report(seed: int, people: int = 60):
    rnd = random.Random(seed)
    cases = [
        CaseFact(
            code=f"SH-2025-{i:04d}", person=f"p{i}", sex=rnd.choice(SEXES),
            category=rnd.choice(CATEGORIES), district="khujand", age=rnd.choice((9, 16, 30, 44)),
            opened_on=date(2025, rnd.randint(1, 12), 1),
            exploitation_types=tuple(rnd.sample(EXPLOITATION, rnd.randint(0, 2))),
        )
        for i in range(people)
    ]  # fmt: skip
    exact = engine.compute(StatsFacts(cases=cases), YEAR, today=TODAY)
    return exact, protect_report(exact, 5)


def _shown_sum(table, row, prefix):
    return sum(
        table.value(row, c) or 0
        for c, column in enumerate(table.columns)
        if column.code.startswith(prefix)
    )


def test_charts_never_plot_a_hidden_value():
    for seed in range(25):
        _exact, report = _report(seed)
        for spec in charts_for(report):
            table = report.table(spec.table)
            assert all(value >= 0 for _key, values in spec.series for value in values)
            for s, (key, values) in enumerate(spec.series):
                for i, code in enumerate(spec.categories):
                    if spec.kind == "stacked_bar":  # only cells the table shows are added
                        row = table.rows.index(code)
                        assert values[i] == _shown_sum(table, row, f"{key}.")
                    elif spec.kind == "pie":
                        r, c = len(table.rows), [col.code for col in table.columns].index(code)
                        assert values[i] == (table.value(r, c) or 0)
                        assert ((0, i) in spec.hidden) == ((r, c) in table.hidden)
                    else:
                        r, c = table.index(code, key)
                        if (r, c) in table.hidden:
                            assert values[i] == 0 and spec.hidden[(s, i)] == table.hidden[(r, c)]
                        else:
                            assert values[i] == table.value(r, c)


def test_hidden_values_are_marked_like_the_tables():
    found = set()
    for seed in range(40):
        _exact, report = _report(seed, people=25 + 3 * seed)
        for spec in charts_for(report):
            for (s, i), reason in spec.hidden.items():
                marker = spec.marker(s, i, 5)
                assert marker.lstrip("+") == ("<5" if reason is Hidden.SMALL else "x")
                found.add(marker)
    assert "<5" in found and "+<5" in found


def test_standard_charts_and_empty_rows_left_out():
    exact, report = _report(1)
    specs = {spec.table: spec for spec in charts_for(report)}
    assert list(specs) == ["persons_by_category", "assistance_persons",
                           "persons_by_exploitation", "referrals", "grants_by_sector"]  # fmt: skip
    assert specs["persons_by_category"].kind == "stacked_bar"
    assert [key for key, _v in specs["persons_by_category"].series] == list(SEXES)
    assert specs["referrals"].kind == "pie"
    assert specs["assistance_persons"].is_empty  # no services in these facts
    assert "migrant_family_member" not in specs["persons_by_category"].categories
    # without suppression the chart is the table
    plain = {spec.table: spec for spec in charts_for(exact)}["persons_by_exploitation"]
    table = exact.table("persons_by_exploitation")
    total = len(table.columns)
    for i, code in enumerate(plain.categories):
        assert plain.series[0][1][i] == table.value(table.rows.index(code), total)
    assert not plain.hidden


def test_ticks_are_round():
    assert ticks(0) == [0, 1]
    assert ticks(15) == [0, 5, 10, 15]
    assert ticks(5400) == [0, 2000, 4000, 6000]
