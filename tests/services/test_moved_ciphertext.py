"""A ciphertext copied into another row: verify --full names it; lists, search and export
report that one record and skip it instead of failing for everyone (fault 21)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import select, text

from ajo_cases import cli
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services import damaged
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.casework import case_list, cases
from ajo_cases.services.exchange import exporter
from ajo_cases.services.people import people, search
from ajo_cases.storage.models import AuditEntry
from tests.support import ADMIN, ADMIN_PASSWORD

BOSS_PASSWORD = "a long enough passphrase"


def _person(vault, family, given):
    form = PersonForm(sex="female", category="returnee_migrant", family_name=family,
                      given_name=given)  # fmt: skip
    record, _ = people.register(vault, form, allow_duplicate=True)
    cases.open_case(vault, record.id, CaseForm(opened_on=date(2026, 2, 1)))
    return record.id


@pytest.fixture
def moved(vault_dir):
    """Gulnora's name and search key copied into Madina's row, as someone with K_db could."""
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        gulnora = _person(vault, "Раҳимова", "Гулнора")
        madina = _person(vault, "Каримова", "Мадина")
        _person(vault, "Юсупова", "Нигина")
        users.add_user(vault, "boss", "manager", BOSS_PASSWORD)
        with vault.engine.begin() as conn:
            for column in ("family_name_enc", "search_enc"):
                conn.execute(
                    text(f"UPDATE beneficiary SET {column} = "  # noqa: S608
                         f"(SELECT {column} FROM beneficiary WHERE id = :src) WHERE id = :dst"),
                    {"src": gulnora, "dst": madina},
                )  # fmt: skip
    finally:
        vault.close()
    return vault_dir, gulnora, madina


def test_verify_full_names_the_moved_field(moved):
    vault_dir, _gulnora, madina = moved
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert verify_vault(vault).ok  # the quick check does not decrypt every field
        report = verify_vault(vault, full=True)
        check = next(c for c in report.checks if c.name == "sealed_fields")
        assert not report.ok and not check.ok
        assert f"beneficiary.family_name_enc row {madina}" in check.detail
        assert f"beneficiary.search_enc row {madina}" in check.detail
        assert "Раҳимова" not in check.detail
    finally:
        vault.close()


def test_search_lists_and_export_skip_the_damaged_record_and_report_it(moved):
    vault_dir, gulnora, madina = moved
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        hits = search.find(vault, "Нигина")
        assert [h.name for h in hits] == ["Юсупова Нигина"]
        assert {h.person_id for h in search.find(vault, "Раҳимова")} == {gulnora}
        page = case_list.list_cases(vault)
        assert page.total == 3
        names = {(row.name, row.damaged) for row in page.rows}
        assert names == {("Раҳимова Гулнора", False), (None, True), ("Юсупова Нигина", False)}
        out = io.StringIO()
        summary = exporter.export_records(vault, "csv", out)
        assert summary.cases == 2 and summary.damaged == 1
        assert "Нигина" in out.getvalue() and "Мадина" not in out.getvalue()
        assert damaged.WARNING in vault.warnings
        assert ("beneficiary", madina) in damaged.noted(vault)
        with vault.read_session() as session:
            events = session.execute(
                select(AuditEntry.event, AuditEntry.target_id).where(
                    AuditEntry.event == "integrity_failure"
                )
            ).all()
        assert [tuple(e) for e in events] == [("integrity_failure", madina)]  # once a session
    finally:
        vault.close()


def test_verify_as_a_manager_says_the_fields_were_not_checked(moved):
    vault_dir, _gulnora, _madina = moved
    vault = open_vault(vault_dir, "boss", BOSS_PASSWORD)
    try:
        report = verify_vault(vault, full=True)
        check = next(c for c in report.checks if c.name == "sealed_fields")
        assert "not checked" in check.detail
    finally:
        vault.close()


def test_command_line_export_says_records_were_left_out(moved, monkeypatch, capsys, tmp_path):
    vault_dir, _gulnora, _madina = moved
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["export", "--format", "csv", "-o", str(tmp_path / "x.csv")]) == 1
    assert "1 damaged records were left out" in capsys.readouterr().err
    assert "Нигина" in (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    assert cli.main(["verify", "--full"]) == 1


def test_vault_wide_referral_and_grant_lists_skip_a_moved_field(admin_vault):
    from ajo_cases.services.casework import grant_records, referrals
    from tests.reports.casebuilder import build_case

    first = build_case(admin_vault, bed="B-1")
    second = build_case(admin_vault, bed="B-2")
    with admin_vault.engine.begin() as conn:
        for table, column, src, dst in (
            ("referral", "note_enc", first.referral_id, second.referral_id),
            ("grant_plan", "title_enc", first.grant_id, second.grant_id),
        ):
            conn.execute(
                text(f"UPDATE {table} SET {column} = (SELECT {column} FROM {table} "  # noqa: S608
                     f"WHERE id = :src) WHERE id = :dst"),
                {"src": src, "dst": dst},
            )  # fmt: skip
    assert [r.id for r in referrals.list_referrals(admin_vault)] == [first.referral_id]
    assert [g.id for g in grant_records.list_grants(admin_vault)] == [first.grant_id]
    assert {("referral", second.referral_id), ("grant_plan", second.grant_id)} <= damaged.noted(
        admin_vault
    )
