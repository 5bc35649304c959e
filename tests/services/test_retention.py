"""Retention: people whose every case closed more than the set number of years ago are listed,
and anonymised on apply as an erasure does; the period is a setting of the vault."""

from dataclasses import replace
from datetime import date

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.casework import case_detail, case_list, cases
from ajo_cases.services.people import people, retention, search
from ajo_cases.services.statistics import statistics

TODAY = date(2026, 6, 30)
BASE = PersonForm(sex="female", category="returnee_migrant", district="isfara",
                  birth_date=date(1990, 1, 1))  # fmt: skip


def _person(vault, name, closings):
    """A person with one case per entry: a closing date, or None for a case still open."""
    record, _ = people.register(vault, replace(BASE, given_name=name), allow_duplicate=True)
    codes = []
    for closed in closings:
        case, _ = cases.open_case(vault, record.id, CaseForm(date(2015, 1, 10)))
        if closed is not None:
            cases.change_status(vault, case.id, "closed", closure_reason="goals_met", on=closed)
        codes.append(case.code)
    return record.id, codes


@pytest.fixture
def people_set(admin_vault):
    return {
        "old": _person(admin_vault, "Кӯҳнагул", [date(2017, 5, 1), date(2018, 3, 1)]),
        "recent": _person(admin_vault, "Навбаҳор", [date(2016, 1, 1), date(2024, 1, 1)]),
        "open": _person(admin_vault, "Кушодагул", [date(2016, 1, 1), None]),
        "edge": _person(admin_vault, "Сарҳадгул", [date(2019, 6, 30)]),
    }


def test_default_setting_and_who_is_due(admin_vault, people_set):
    assert retention.get_setting(admin_vault) == retention.RetentionSetting(7, True)
    due = retention.due(admin_vault, TODAY)  # closed before 30.06.2019
    assert [p.person_id for p in due] == [people_set["old"][0]]
    assert due[0].case_codes == tuple(people_set["old"][1])
    assert due[0].last_closed == date(2018, 3, 1)
    assert retention.due_count(admin_vault, TODAY) == 1
    setting, _ = retention.set_years(admin_vault, 2)
    assert setting == retention.RetentionSetting(2, False)
    assert {p.person_id for p in retention.due(admin_vault, TODAY)} == {
        people_set["old"][0], people_set["edge"][0], people_set["recent"][0]}  # fmt: skip


def test_apply_anonymises_as_erasure_does_and_keeps_the_figures(admin_vault, people_set):
    period = StatsFilter(date_from=date(2015, 1, 1), date_to=date(2015, 12, 31))
    before = statistics.compute(admin_vault, period, suppress=False)
    result = retention.apply(admin_vault, TODAY)
    assert result.person_ids == (people_set["old"][0],)
    assert statistics.compute(admin_vault, period, suppress=False).tables == before.tables
    details = [case_detail.case_detail(admin_vault, row.id)
               for row in case_list.list_cases(admin_vault).rows]  # fmt: skip
    gone = [d for d in details if d.person.erased_at is not None]
    assert {d.case.code for d in gone} == set(people_set["old"][1])
    assert all(d.person.form.given_name is None for d in gone)
    assert search.find(admin_vault, "Кӯҳнагул") == []
    assert retention.due(admin_vault, TODAY) == []
    assert retention.due_count(admin_vault, TODAY) == 0  # the erased are not counted again
    assert retention.apply(admin_vault, TODAY).person_ids == ()


def test_setting_limits_and_roles(admin_vault):
    with pytest.raises(InvalidInput):
        retention.set_years(admin_vault, 0)
    with pytest.raises(InvalidInput):
        retention.set_years(admin_vault, 51)
    admin_vault.role = "case_worker"
    assert retention.due_count(admin_vault) == 0
    with pytest.raises(PermissionDenied):
        retention.due(admin_vault)
    with pytest.raises(PermissionDenied):
        retention.set_years(admin_vault, 5)


def test_cutoff_on_a_leap_day():
    assert retention.cutoff(7, date(2024, 2, 29)) == date(2017, 2, 28)
    assert retention.cutoff(4, date(2024, 2, 29)) == date(2020, 2, 29)
