"""The audit log viewer's service: newest first, paged, filtered; administrators only."""

from datetime import date, timedelta

import pytest

from ajo_cases.domain.records import AuditRecord
from ajo_cases.domain.records_casework import PartnerForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access.audit_view import AuditFilter, audit_choices, audit_page
from ajo_cases.services.casework import partners
from tests.support import ADMIN


def _add_partners(vault, count):
    ids = []
    for n in range(count):
        record, _ = partners.add_partner(vault, PartnerForm(f"Org {n}", "ngo"))
        ids.append(record.id)
    return ids


def test_newest_first_and_paging(admin_vault):
    _add_partners(admin_vault, 7)
    first = audit_page(admin_vault, limit=3)
    assert all(isinstance(r, AuditRecord) for r in first)
    seqs = [r.seq for r in first]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == 3
    second = audit_page(admin_vault, before_seq=seqs[-1], limit=3)
    assert [r.seq for r in second] == [seqs[-1] - 1, seqs[-1] - 2, seqs[-1] - 3]


def test_filters_by_event_actor_target_and_period(admin_vault):
    ids = _add_partners(admin_vault, 3)
    created = audit_page(admin_vault, AuditFilter(event="create"))
    assert {r.target_id for r in created} >= set(ids)
    assert all(r.event == "create" for r in created)
    one = audit_page(admin_vault, AuditFilter(target_id=ids[1]))
    assert [r.target_id for r in one] == [ids[1]]
    assert all(r.actor == ADMIN for r in audit_page(admin_vault, AuditFilter(actor=ADMIN)))
    assert audit_page(admin_vault, AuditFilter(actor="nobody")) == []
    today = date.today()
    assert audit_page(admin_vault, AuditFilter(since=today - timedelta(days=1)))
    assert audit_page(admin_vault, AuditFilter(until=today - timedelta(days=2))) == []
    with pytest.raises(InvalidInput):
        audit_page(admin_vault, AuditFilter(since=today, until=today - timedelta(days=1)))
    events, actors = audit_choices(admin_vault)
    assert "create" in events and ADMIN in actors


def test_records_hold_field_names_not_values(admin_vault):
    [partner_id] = _add_partners(admin_vault, 1)
    form = PartnerForm("Renamed secret name", "ngo", contact="+992 000")
    partners.update_partner(admin_vault, partner_id, form)
    [update] = audit_page(admin_vault, AuditFilter(event="update", target_id=partner_id))
    assert set(update.fields) == {"name", "contact"}
    # ids and timestamps are random digits, so look only at the parts that could hold a value
    shown = " ".join([update.actor, update.event, update.detail, *update.fields])
    assert "secret" not in shown and "992" not in shown


def test_only_an_administrator_reads_the_log(admin_vault, monkeypatch):
    monkeypatch.setattr(admin_vault, "role", "case_worker")
    with pytest.raises(PermissionDenied):
        audit_page(admin_vault)
    with pytest.raises(PermissionDenied):
        audit_choices(admin_vault)
