"""The app's work done through logins in each group (not as the database owner): everything the
services do fits the privileges, removals go through ``ajo_remove``, and a manager's sessions
never ask for a sealed column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import ActivityForm, AssessmentForm, AssistanceForm
from ajo_cases.domain.records_grants import BudgetLine, GrantForm
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.casework import (
    activities,
    assistance,
    attachments,
    case_list,
    cases,
    grants,
    plan_approval,
    plans,
    worklists,
)
from ajo_cases.services.people import erasure, people
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.storage.models import Attachment, RemovedRow
from ajo_cases.storage.server_engine import make_server_engine
from tests.pg_cluster import OWNER, Cluster
from tests.server.logins import ROLE_GROUPS, make_login, password_of, pc_as
from tests.services.test_statistics import PW, TODAY, YEAR, _fill
from tests.support import ADMIN, ADMIN_PASSWORD

WORKER = "dilnoza"


@pytest.fixture
def office(tmp_path: Path, empty_database: str) -> tuple[Path, str]:
    """A filled server vault (tests/services/test_statistics.py) with a case worker "dilnoza"
    and a manager "boss"; returns the admin's PC folder and the server's URL."""
    folder = tmp_path / "admin-pc"
    vault, _code = create_server_vault(folder, empty_database, ADMIN, ADMIN_PASSWORD)
    try:
        _fill(vault)
        users.add_user(vault, WORKER, "case_worker", PW)
    finally:
        vault.close()
    return folder, empty_database


def _register(vault: object) -> str:
    person, _ = people.register(
        vault,  # type: ignore[arg-type]
        PersonForm(sex="female", category="victim_of_trafficking", given_name="Malika"),
        allow_duplicate=True,
    )
    return cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 2, 2)))[0].id  # type: ignore[arg-type]


def test_a_case_workers_login_does_the_days_work_and_removes_through_the_server(
    pg_cluster: Cluster, office: tuple[Path, str], tmp_path: Path
) -> None:
    folder, url = office
    login = make_login(pg_cluster, url, ROLE_GROUPS["case_worker"])
    pc = pc_as(folder, tmp_path / "worker-pc", login)
    with password_of(login):
        vault = open_vault(pc, WORKER, PW)
        try:
            case_id = _register(vault)
            help_row, _ = assistance.add_assistance(
                vault, case_id, AssistanceForm("legal", date(2026, 2, 3), note="court")
            )
            document, _ = attachments.add_attachment(
                vault, case_id, "other", "scan.pdf", "application/pdf", b"%PDF-1.4 scan"
            )
            activity, _ = activities.add_activity(
                vault, ActivityForm("information_meeting", date(2026, 2, 4), "khujand", women=1)
            )
            assistance.delete_assistance(vault, help_row.id)
            attachments.delete_attachment(vault, document.id)
            activities.delete_activity(vault, activity.id)
            assert assistance.list_assistance(vault, case_id) == []
            assert attachments.list_attachments(vault, case_id) == []
            assert activity.id not in {a.id for a in activities.list_activities(vault)}
            used = vault.engine.url.username  # the login this PC connects as
            assert used != OWNER
            report = verify_vault(vault, full=True)
            assert report.ok, [(c.name, c.detail) for c in report.checks if not c.ok]
        finally:
            vault.close()
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            removed = conn.execute(text("SELECT table_name, row_id, login FROM removed_row")).all()
    finally:
        engine.dispose()
    assert {(t, i) for t, i, _who in removed} >= {
        ("assistance", help_row.id),
        ("attachment", document.id),
        ("activity", activity.id),
    }
    assert {who for _t, _i, who in removed} == {used}


def test_a_managers_login_keeps_its_work_without_sealed_columns(
    pg_cluster: Cluster, office: tuple[Path, str], tmp_path: Path
) -> None:
    folder, url = office
    admin = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        expected = stats.compute(admin, YEAR, suppress=False, today=TODAY)
        case_id = _register(admin)
        plans.add_assessment(admin, case_id, AssessmentForm(date(2026, 2, 3), "high"))
        plan_approval.submit_plan(admin, case_id, date(2026, 2, 4))
        plan = GrantForm("tailoring", "Sewing", (BudgetLine("machine", 1, 300_000),))
        grant_id = grants.create_grant(admin, case_id, plan, date(2026, 2, 5))[0].id
        grants.submit(admin, grant_id, date(2026, 2, 6))
        code = cases.get_case(admin, case_id).code
    finally:
        admin.close()
    login = make_login(pg_cluster, url, ROLE_GROUPS["manager"])
    pc = pc_as(folder, tmp_path / "manager-pc", login)
    with password_of(login):
        manager = open_vault(pc, "boss", PW)
        try:
            assert stats.compute(manager, YEAR, suppress=False, today=TODAY).tables == (
                expected.tables
            )
            stats.compute(manager, YEAR, today=TODAY)
            assert stats.drill_down(manager, "persons_by_category", "victim_of_trafficking",
                                    "female.0-17", YEAR, today=TODAY)  # fmt: skip
            page = case_list.list_cases(manager)
            assert code in {row.code for row in page.rows}
            assert {row.name for row in page.rows} == {None}
            assert worklists.case_codes(manager, [case_id]) == {case_id: code}
            record, _ = plan_approval.approve_plan(manager, case_id, date(2026, 2, 7))
            assert record.plan.status == "approved" and record.form.narrative is None
            decided, _ = grants.approve(manager, grant_id, 300_000, date(2026, 2, 8))
            assert decided.status == "approved" and decided.form.title is None
            person = people.get(manager, cases.get_case(manager, case_id).beneficiary_id)
            assert person.restricted and person.form.given_name is None
            checks = {c.name: c for c in verify_vault(manager, full=True).checks}
            assert checks["database"].ok and checks["audit_chain"].ok, checks
            with manager.read_session() as session:  # the ORM never selects sealed columns
                row = session.scalars(select(Attachment).limit(1)).first()
                assert row is None or "content_enc" not in row.__dict__
        finally:
            manager.close()


def test_erasure_through_an_administrators_login_removes_documents_on_the_server(
    pg_cluster: Cluster, office: tuple[Path, str], tmp_path: Path
) -> None:
    folder, url = office
    login = make_login(pg_cluster, url, ROLE_GROUPS["admin"])
    pc = pc_as(folder, tmp_path / "second-admin-pc", login)
    with password_of(login):
        vault = open_vault(pc, ADMIN, ADMIN_PASSWORD)
        try:
            case_id = _register(vault)
            attachments.add_attachment(
                vault, case_id, "other", "id.png", "image/png", b"\x89PNG scan"
            )
            person_id = cases.get_case(vault, case_id).beneficiary_id
            erasure.erase_person(vault, person_id, "asked to be forgotten by letter of 01.02.2026")
            assert attachments.list_attachments(vault, case_id) == []
            with vault.read_session() as session:
                gone = session.scalars(
                    select(RemovedRow.login).where(RemovedRow.table_name == "attachment")
                ).all()
            assert gone == [vault.engine.url.username]
            assert vault.engine.url.username != OWNER
        finally:
            vault.close()
