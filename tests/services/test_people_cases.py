"""Registering people, opening and closing cases, listing and searching."""

from datetime import date

import pytest

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import CaseFilter, CaseForm, PersonForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import case_list, cases
from ajo_cases.services.casework.case_detail import case_detail
from ajo_cases.services.people import people, search
from tests.support import CANARY_NAME

PW = "a long enough passphrase"


def _person(**kw):
    base = dict(
        sex="male",
        category="returnee_migrant",
        family_name="Қодиров",
        given_name="Ҷамшед",
        latin_name="Jamshed Qodirov",
        birth_date=date(1990, 5, 17),
        district="khujand",
        phone="+992 92 000 00 00",
    )
    base.update(kw)
    return PersonForm(**base)


def _register(vault, **kw):
    record, _ = people.register(vault, _person(**kw), allow_duplicate=True)
    case, _ = cases.open_case(
        vault, record.id, CaseForm(opened_on=date(2026, 3, 1), worker="admin")
    )
    return record, case


def test_register_round_trip_and_age(admin_vault):
    person, case = _register(admin_vault)
    assert people.get(admin_vault, person.id).form == _person()
    assert case.code == "SH-2026-0001"
    assert case.age_at_intake == 35 and not case.age_estimated
    _, second = _register(admin_vault, given_name="Нигора", sex="female")
    assert second.code == "SH-2026-0002"


def test_estimated_age_is_flagged(admin_vault):
    _, case = _register(
        admin_vault, birth_date=None, estimated_age=16, estimated_on=date(2026, 3, 1)
    )
    assert case.age_at_intake == 16 and case.age_estimated


def test_duplicate_warning_across_scripts(admin_vault):
    _register(admin_vault)
    with pytest.raises(people.PossibleDuplicates) as dup:
        people.register(
            admin_vault, _person(family_name=None, given_name=None, latin_name="Jamshed Kodirov")
        )
    assert dup.value.candidates[0].case_codes == ("SH-2026-0001",)
    # a different birth year is a different person
    people.register(admin_vault, _person(birth_date=date(1975, 1, 1)))


def test_validation(admin_vault):
    with pytest.raises(InvalidInput):
        people.register(admin_vault, _person(sex="x"))
    with pytest.raises(InvalidInput):
        people.register(admin_vault, _person(family_name=None, given_name=None, latin_name=None))


@pytest.mark.parametrize(
    "query", ["Jamshed", "джамшед", "Ҷамшед", "qod jam", "кодир", "SH-2026-0001", "sh 2026 1"]
)
def test_find_any_spelling_or_code(admin_vault, query):
    _register(admin_vault)
    _register(
        admin_vault,
        family_name="Раҳимова",
        given_name="Нигора",
        latin_name="Nigora Rahimova",
        sex="female",
    )
    hits = search.find(admin_vault, query)
    assert [h.code for h in hits] == ["SH-2026-0001"]
    assert hits[0].name == "Қодиров Ҷамшед"


def test_index_follows_updates(admin_vault):
    person, _ = _register(admin_vault)
    assert search.find(admin_vault, "Jamshed")
    people.update(admin_vault, person.id, _person(given_name="Фарҳод", latin_name="Farhod Qodirov"))
    assert not search.find(admin_vault, "Jamshed")
    assert search.find(admin_vault, "Farhod")


def test_list_filter_sort_page(admin_vault):
    for i in range(7):
        _register(admin_vault, given_name=f"Имя{i}", sex="female" if i % 2 else "male")
    page = case_list.list_cases(admin_vault, CaseFilter(), sort="code", descending=False, limit=3)
    assert page.total == 7 and [r.code[-1] for r in page.rows] == ["1", "2", "3"]
    page = case_list.list_cases(
        admin_vault, CaseFilter(statuses=("open",)), sort="code", offset=5, limit=3
    )
    assert [r.code[-1] for r in page.rows] == ["2", "1"]
    with pytest.raises(InvalidInput):
        case_list.list_cases(admin_vault, sort="name; drop table")


def test_closing_needs_reason(admin_vault):
    _, case = _register(admin_vault)
    cases.change_status(admin_vault, case.id, "active")
    with pytest.raises(RuleViolation) as err:
        cases.change_status(admin_vault, case.id, "closed")
    assert err.value.code == "case.closure_needs_reason"
    closed, _ = cases.change_status(admin_vault, case.id, "closed", closure_reason="goals_met")
    assert closed.status == "closed" and closed.closed_on == date.today()
    with pytest.raises(RuleViolation):
        cases.change_status(admin_vault, case.id, "active")
    reopened, _ = cases.change_status(admin_vault, case.id, "active", reason="came back")
    assert reopened.closed_on is None


def test_manager_sees_codes_not_names(admin_vault):
    _register(admin_vault)
    users.add_user(admin_vault, "Farrukh", "manager", PW)
    folder = admin_vault.data_dir
    admin_vault.close()
    manager = open_vault(folder, "Farrukh", PW)
    try:
        page = case_list.list_cases(manager)
        assert page.rows[0].name is None and page.rows[0].code == "SH-2026-0001"
        assert search.find(manager, "Jamshed") == []
        assert [h.code for h in search.find(manager, "SH-2026-0001")] == ["SH-2026-0001"]
        with pytest.raises(PermissionDenied):
            people.register(manager, _person())
    finally:
        manager.close()


@pytest.mark.local_only
def test_no_plaintext_name_anywhere_in_data_dir(admin_vault):
    """Fault 22 for the vault folder: the canary name never reaches disk readable."""
    _register(admin_vault, given_name=CANARY_NAME, latin_name="Canaryeski Jamshedjon")
    search.find(admin_vault, "Canaryeski")
    folder = admin_vault.data_dir
    admin_vault.close()
    needles = []
    for text in (CANARY_NAME, "Canaryeski", "Қодиров", "+992 92 000 00 00"):
        needles += [text.encode("utf-8"), text.encode("utf-16-le")]
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "cases.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} readable in {path.name}"


def test_closing_with_an_open_referral_needs_a_written_reason(admin_vault):
    from ajo_cases.domain.records_casework import PartnerForm, ReferralForm
    from ajo_cases.services.casework import partners, referrals

    _, case = _register(admin_vault)
    partner, _ = partners.add_partner(admin_vault, PartnerForm(name="Legal aid", kind="legal_aid"))
    referrals.create_draft(admin_vault, case.id, ReferralForm(partner.id, "legal"))
    with pytest.raises(RuleViolation) as err:
        cases.change_status(admin_vault, case.id, "closed", closure_reason="moved_away")
    assert err.value.code == "case.close_with_open_referrals"
    closed, _ = cases.change_status(
        admin_vault, case.id, "closed", closure_reason="moved_away", reason="left the region",
        force=True,
    )  # fmt: skip
    assert closed.status == "closed"
    detail = next(
        h.detail for h in case_detail(admin_vault, case.id).history if h.event == "status_change"
    )
    assert detail == "open->closed override"
