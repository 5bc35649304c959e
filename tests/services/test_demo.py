"""The demo generator: deterministic, realistic, consistent with the rules, audited once."""

import itertools
import shutil
from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import func, select

from ajo_cases.domain import vocab
from ajo_cases.domain.records import PersonForm
from ajo_cases.errors import InvalidInput
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.people import people, search
from ajo_cases.storage.models import (
    Assistance,
    AuditEntry,
    Beneficiary,
    Case,
    FollowUp,
    Grant,
    Referral,
    ShelterStay,
)
from tests.support import ADMIN, ADMIN_PASSWORD

TODAY = date(2026, 6, 30)
TAJIK_LETTERS = set("ҒӢҚӮҲҶғӣқӯҳҷ")


def _snapshot(vault):
    with vault.read_session() as session:
        rows = session.execute(
            select(Case, Beneficiary).join(Beneficiary).order_by(Case.code)
        ).all()
        return [
            (
                case.code, case.status, case.opened_on, case.closed_on, person.sex,
                person.category, person.district, people.to_record(vault, person).display_name,
                people.to_record(vault, person).form.latin_name,
            )
            for case, person in rows
        ]  # fmt: skip


def test_same_seed_gives_same_records(admin_vault, template_vault, tmp_path):
    other_dir = tmp_path / "other"
    shutil.copytree(template_vault[0], other_dir)
    first = fill_demo(admin_vault, cases=150, seed=7, today=TODAY)
    other = open_vault(other_dir, ADMIN, ADMIN_PASSWORD)
    try:
        second = fill_demo(other, cases=150, seed=7, today=TODAY)
        assert first.counts == second.counts
        assert _snapshot(admin_vault) == _snapshot(other)
    finally:
        other.close()


def test_content_is_realistic(admin_vault):
    summary = fill_demo(admin_vault, cases=800, seed=3, today=TODAY)
    n = summary["cases"]
    assert n == 800 and summary["people"] == 800
    assert 1.3 <= summary["assistance"] / n <= 1.7
    assert 0.35 <= summary["referrals"] / n <= 0.7
    assert 0.05 <= summary["grants"] / n <= 0.16
    assert 0.06 <= summary["children"] / n <= 0.14
    assert summary["activities"] >= 4 and summary["participants"] > 0
    rows = _snapshot(admin_vault)
    names = " ".join(row[7] for row in rows)
    assert TAJIK_LETTERS & set(names)
    latin = [row[8] for row in rows if row[8]]
    assert len(latin) > n * 0.8 and all(name.isascii() for name in latin)
    assert {row[1] for row in rows} == {s.value for s in vocab.CaseStatus}
    assert {row[0][3:7] for row in rows} >= {"2023", "2024", "2025", "2026"}
    by_category = defaultdict(list)
    for row in rows:
        by_category[row[5]].append(row[4])
    victims, returnees = by_category["victim_of_trafficking"], by_category["returnee_migrant"]
    assert victims.count("female") > len(victims) * 0.6
    assert returnees.count("male") > len(returnees) * 0.65
    assert {row[6] for row in rows} <= {d.value for d in vocab.District}


def test_rules_hold_in_generated_data(admin_vault):
    fill_demo(admin_vault, cases=1500, seed=11, today=TODAY)
    with admin_vault.read_session() as session:
        stays = session.execute(
            select(ShelterStay.bed_id, ShelterStay.admitted_on, ShelterStay.discharged_on)
        ).all()
        assert stays
        by_bed = defaultdict(list)
        for bed, start, end in stays:
            by_bed[bed].append((start, end or date.max))
        assert len(by_bed) <= 12
        for spans in by_bed.values():
            spans.sort()
            for (_, end), (start, _) in itertools.pairwise(spans):
                assert end <= start  # no two people in one bed
        open_on_closed = session.scalar(
            select(func.count()).select_from(Referral).join(Case)
            .where(Case.status == "closed", Referral.status.in_(("draft", "sent", "accepted")))
        )  # fmt: skip
        assert open_on_closed == 0
        assert session.scalar(
            select(func.count()).select_from(Case).where(Case.status == "closed",
                                                         Case.closed_on.is_(None))
        ) == 0  # fmt: skip
        due = session.execute(
            select(Case.next_due, func.min(FollowUp.due_on)).join(FollowUp)
            .where(FollowUp.done_on.is_(None)).group_by(Case.id)
        ).all()  # fmt: skip
        assert due and all(next_due == first for next_due, first in due)
        assert session.scalar(
            select(func.count()).select_from(Grant).where(Grant.status == "purchased",
                                                          Grant.approved_minor.is_(None))
        ) == 0  # fmt: skip
        types = set(session.scalars(select(Assistance.type).distinct()))
        assert types <= {t.value for t in vocab.AssistanceType}
        events = session.scalars(select(AuditEntry.event)).all()
    assert events.count("demo_fill") == 1
    assert events.count("create") == 0  # bulk rows are audited once, not per row


def test_found_by_any_spelling_after_demo(admin_vault):
    fill_demo(admin_vault, cases=300, seed=5, today=TODAY)
    latin = search.find(admin_vault, "Jamshed")
    assert latin
    assert {h.case_id for h in latin} == {h.case_id for h in search.find(admin_vault, "Ҷамшед")}
    assert {h.case_id for h in latin} == {h.case_id for h in search.find(admin_vault, "Джамшед")}


def test_cancel_rolls_back(admin_vault):
    summary = fill_demo(admin_vault, cases=12000, seed=1, progress=lambda done, total: False)
    assert summary.cancelled
    with admin_vault.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Beneficiary)) == 0
        assert "demo_fill" not in session.scalars(select(AuditEntry.event)).all()


def test_refuses_a_vault_with_real_records(admin_vault):
    people.register(admin_vault, PersonForm(sex="female", category="other", given_name="Нигора"))
    with pytest.raises(InvalidInput):
        fill_demo(admin_vault, cases=10)


def test_second_run_continues_codes(admin_vault):
    fill_demo(admin_vault, cases=50, seed=1, today=TODAY)
    fill_demo(admin_vault, cases=50, seed=2, today=TODAY)
    with admin_vault.read_session() as session:
        codes = session.scalars(select(Case.code)).all()
    assert len(codes) == len(set(codes)) == 100
