import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from ajo_cases.services.access.verify import verify_vault
from tests.services.stored_slots import owner_engine


def test_audit_log_is_append_only(admin_vault):
    with owner_engine(admin_vault) as engine:
        with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET actor = 'x' WHERE seq = 1"))
        with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))
    if admin_vault.on_server:  # an account's own login is not even allowed to try
        for statement in (
            "UPDATE audit_log SET actor = 'x' WHERE seq = 1",
            "DELETE FROM audit_log",
        ):
            refused = pytest.raises(DatabaseError, match="permission denied")
            with refused, admin_vault.engine.begin() as conn:
                conn.execute(text(statement))


def test_verify_passes_on_a_fresh_vault(admin_vault):
    report = verify_vault(admin_vault, full=True)
    assert report.ok, report.checks
    expected = {"database", "audit_chain", "audit_head", "key_slots"}
    if not admin_vault.on_server:
        expected |= {"cipher"}  # SQLCipher's page checks: the server has no database cipher
    assert {c.name for c in report.checks} >= expected


def test_verify_reports_first_broken_link(admin_vault):
    with admin_vault.unit_of_work() as session:
        for i in range(5):
            admin_vault.record(session, "test_event", detail=str(i))
    with owner_engine(admin_vault) as engine, engine.begin() as conn:
        if admin_vault.on_server:  # the owner (never an app login) can switch the rule off
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET detail = 'forged' WHERE seq = 4"))
    report = verify_vault(admin_vault)
    chain = next(c for c in report.checks if c.name == "audit_chain")
    assert not chain.ok and "4" in chain.detail
    assert not report.ok


def test_audit_rows_hold_no_values(admin_vault):
    with admin_vault.unit_of_work() as session:
        admin_vault.record(
            session,
            "update",
            target_table="beneficiary",
            target_id="uuid-1",
            fields=["given_name", "dob"],
        )
    with admin_vault.engine.connect() as conn:
        row = conn.execute(text("SELECT fields FROM audit_log ORDER BY seq DESC LIMIT 1")).one()
    assert row[0] == '["dob", "given_name"]'
