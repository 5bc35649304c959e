"""The demo as a newcomer meets it: its free texts in one language (Tajik), each case's risk
the one its latest assessment gives, and an account for every case worker its cases name and
for each role, all opened with the demo's published password (and only in a demo vault)."""

import re
from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.passwords import DEMO_PASSWORD
from ajo_cases.errors import InvalidInput
from ajo_cases.services.access import signing_keys
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.profiles import get_profile
from ajo_cases.services.casework import activities, partners, shelter
from ajo_cases.services.casework.case_detail import case_detail
from ajo_cases.services.demo import demo_names
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.demo.demo_staff import DEMO_STAFF, add_demo_staff
from ajo_cases.storage.models import Assessment, Case
from ajo_cases.vault import signing

TODAY = date(2026, 6, 30)
RUSSIAN_ONLY = re.compile("[ыщьцЫЩЬЦ]")  # letters Tajik does not write
LATIN = re.compile("[A-Za-z]")


def test_free_texts_are_in_tajik(admin_vault):
    fill_demo(admin_vault, cases=40, seed=2, today=TODAY)
    texts = [p.form.name for p in partners.list_partners(admin_vault)]
    texts += [p.form.name for p in partners.list_projects(admin_vault)]
    texts += [a.form.topic for a in activities.list_activities(admin_vault)]
    texts += [bed.room for bed in shelter.list_beds(admin_vault)]
    texts += [*demo_names.NARRATIVES, *demo_names.DECLINE_REASONS, *demo_names.PLAN_TEXTS]
    texts += [*demo_names.MONITORING_PROBLEMS, *demo_names.GRANT_TITLES, *demo_names.SUPPLIERS]
    assert texts
    assert [t for t in texts if RUSSIAN_ONLY.search(t) or LATIN.search(t)] == []


def test_a_cases_risk_is_its_latest_assessments(admin_vault):
    fill_demo(admin_vault, cases=60, seed=4, today=TODAY)
    with admin_vault.read_session() as session:
        cases = session.execute(select(Case.id, Case.risk_level)).all()
        assessed = session.execute(
            select(Assessment.case_id, Assessment.risk_level).order_by(Assessment.assessed_on)
        ).all()
    latest = dict(assessed)  # the last one per case wins
    assert latest and all(latest.get(case_id, risk) == risk for case_id, risk in cases)
    some = next(case_id for case_id, _risk in cases if case_id in latest)
    detail = case_detail(admin_vault, some)
    assert detail.case.form.risk_level == detail.assessments[0].form.risk_level


def test_every_demo_role_signs_in_with_the_published_password(admin_vault, vault_dir):
    fill_demo(admin_vault, cases=20, seed=1, today=TODAY)
    added = add_demo_staff(admin_vault)
    assert set(added) >= set(demo_names.WORKERS)  # every worker the cases name
    assert {a.role for a in DEMO_STAFF} == {"case_worker", "shelter_staff", "manager"}
    assert get_profile(admin_vault, "nigora").full_name == "Нигора Раҳимова"
    assert add_demo_staff(admin_vault) == []  # twice adds nothing
    admin_vault.lock.release()
    for account in (DEMO_STAFF[0], *[a for a in DEMO_STAFF if a.role != "case_worker"]):
        vault = open_vault(vault_dir, account.user, DEMO_PASSWORD)
        try:
            assert vault.role == account.role
            # each signs with a key of its own, which the log registered for it
            assert signing_keys.logged_key(vault, account.user) == signing.public_key(
                vault.keys.signing_seed or b""
            )
        finally:
            vault.close()


def test_demo_accounts_never_go_into_a_real_vault(admin_vault):
    with pytest.raises(InvalidInput):
        add_demo_staff(admin_vault)
    assert admin_vault.slot_file.user_slot("nigora") is None
