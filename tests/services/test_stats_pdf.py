"""The donor report PDF from a vault: a manager (no K_pii) may print it; it is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.statistics.stats_pdf import donor_report_pdf
from ajo_cases.storage.models import AuditEntry
from tests.reports.pdfcheck import flat_text
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
TODAY = date(2026, 3, 1)
YEAR = StatsFilter(date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def demo_dir(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        fill_demo(vault, cases=120, seed=5, today=TODAY)
        users.add_user(vault, "boss", "manager", PW)
        users.add_user(vault, "worker", "case_worker", PW)
    finally:
        vault.close()
    return vault_dir


def _audit(vault):
    with vault.read_session() as session:
        return list(session.execute(select(AuditEntry.event, AuditEntry.actor, AuditEntry.detail)))


def test_manager_prints_the_donor_report_and_it_is_audited(demo_dir):
    manager = open_vault(demo_dir, "boss", PW)
    try:
        assert not manager.may_read_personal
        pdf = donor_report_pdf(manager, YEAR, lang="tg", today=TODAY)
        assert pdf.startswith(b"%PDF")
        text = flat_text(pdf)
        assert "Ҳисоботи оморӣ" in text and "<5" in text
        exact = donor_report_pdf(manager, YEAR, lang="en", suppress=False, today=TODAY)
        assert "internal use only" in flat_text(exact)
        events = _audit(manager)
    finally:
        manager.close()
    prints = [(actor, detail) for event, actor, detail in events if event == "print"]
    assert prints == [("boss", "donor_report:tg"), ("boss", "donor_report:en")]
    assert [e for e, _a, _d in events].count("stats_exact") == 1


def test_refusals(demo_dir):
    worker = open_vault(demo_dir, "worker", PW)
    try:
        with pytest.raises(PermissionDenied):
            donor_report_pdf(worker, YEAR, lang="tg", today=TODAY)
    finally:
        worker.close()
    admin = open_vault(demo_dir, ADMIN, ADMIN_PASSWORD)
    try:
        with pytest.raises(InvalidInput):
            donor_report_pdf(admin, YEAR, lang="de", today=TODAY)
        with pytest.raises(InvalidInput):
            donor_report_pdf(admin, YEAR, threshold=1, today=TODAY)
        assert donor_report_pdf(admin, YEAR, lang="ru", today=TODAY).startswith(b"%PDF")
    finally:
        admin.close()


def test_cli_writes_the_pdf(demo_dir, tmp_path, capsys, monkeypatch):
    from ajo_cases.cli import main

    monkeypatch.setenv("AJO_CASES_PASSWORD", PW)
    target = tmp_path / "donor.pdf"
    args = ["--data-dir", str(demo_dir), "--user", "boss", "stats", "--from", "01.01.2025",
            "--to", "31.12.2025", "--format", "pdf", "--lang", "ru", "-o", str(target)]  # fmt: skip
    assert main(args) == 0
    assert "Статистический отчёт" in flat_text(target.read_bytes())
    assert main([*args[:-2]]) != 0  # a PDF needs -o
