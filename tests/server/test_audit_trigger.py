"""The audit chain computed by the server: a trigger numbers and hashes every entry."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.storage import server_chain
from ajo_cases.storage.audit_repo import AuditRepository
from ajo_cases.storage.models import AuditEntry, Project
from ajo_cases.storage.server_engine import make_server_engine
from ajo_cases.vault.auditchain import entry_mac
from tests.pg_cluster import Cluster
from tests.server.logins import ROLE_GROUPS, make_login
from tests.support import ADMIN, ADMIN_PASSWORD

_INSERT = text(
    "INSERT INTO audit_log (seq, at, actor, event, target_table, target_id, fields, detail, mac) "
    "VALUES (:seq, :at, :actor, 'forged', NULL, NULL, '', :detail, :mac)"
)


@pytest.fixture
def server_url(tmp_path: Path, empty_database: str) -> str:
    vault, _code = create_server_vault(tmp_path / "pc", empty_database, ADMIN, ADMIN_PASSWORD)
    vault.close()
    return empty_database


def _chain(url: str) -> list[tuple[int, bytes]]:
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT seq, mac FROM audit_log ORDER BY seq")).all()
            return [(int(seq), bytes(mac)) for seq, mac in rows]
    finally:
        engine.dispose()


def _verified(url: str) -> bool:
    engine = make_server_engine(url)
    try:
        with Session(engine) as session:
            return AuditRepository(b"not used on the server").verify(session).ok
    finally:
        engine.dispose()


def test_a_forged_seq_and_hash_are_overwritten_by_the_trigger(
    pg_cluster: Cluster, server_url: str
) -> None:
    before = _chain(server_url)
    login = make_login(pg_cluster, server_url, ROLE_GROUPS["case_worker"])
    engine = login.engine()
    at = datetime(2026, 3, 1, 9, 30, 0, 120)
    try:
        with engine.begin() as conn:
            conn.execute(
                _INSERT,
                {"seq": 1, "at": at, "actor": "someone", "detail": "Қ", "mac": b"\xaa" * 32},
            )
            conn.execute(
                _INSERT,
                {"seq": 9999, "at": at, "actor": "x", "detail": "", "mac": b"\xbb" * 32},
            )
    finally:
        engine.dispose()
    after = _chain(server_url)
    head_seq, head_mac = before[-1]
    assert [seq for seq, _mac in after] == list(range(1, head_seq + 3))
    expected = server_chain.link(
        head_mac,
        server_chain.canonical(
            seq=head_seq + 1, at=at, actor="someone", event="forged", target_table=None,
            target_id=None, fields="", detail="Қ",
        ),
    )  # fmt: skip
    assert after[head_seq][1] == expected
    assert b"\xaa" * 32 not in {mac for _seq, mac in after}
    assert _verified(server_url)


def test_concurrent_appenders_get_a_gap_free_chain_in_commit_order(
    pg_cluster: Cluster, server_url: str
) -> None:
    start = len(_chain(server_url))
    logins = [make_login(pg_cluster, server_url, ROLE_GROUPS[r]) for r in ("admin", "manager")]
    rounds, failures = 30, []

    def append(index: int) -> None:
        engine = logins[index].engine()
        try:
            for n in range(rounds):
                with engine.begin() as conn:
                    conn.execute(
                        _INSERT,
                        {"seq": 0, "at": datetime(2026, 1, 1), "actor": f"pc{index}",
                         "detail": str(n), "mac": b""},
                    )  # fmt: skip
        except Exception as exc:  # reported below: a thread's failure must fail the test
            failures.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=append, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert [seq for seq, _ in _chain(server_url)] == list(range(1, start + 2 * rounds + 1))
    assert _verified(server_url)


def test_the_chain_lock_is_held_until_commit(pg_cluster: Cluster, server_url: str) -> None:
    """A second appender waits for the first one's commit and then chains onto its entry."""
    first = make_login(pg_cluster, server_url, ROLE_GROUPS["case_worker"]).engine()
    second = make_login(pg_cluster, server_url, ROLE_GROUPS["shelter_staff"]).engine()
    row = {"seq": 0, "at": datetime(2026, 1, 1), "actor": "a", "detail": "", "mac": b""}
    done = threading.Event()
    try:
        with first.begin() as conn:
            conn.execute(_INSERT, row)

            def later() -> None:
                with second.begin() as other:
                    other.execute(_INSERT, {**row, "actor": "b"})
                done.set()

            thread = threading.Thread(target=later)
            thread.start()
            assert not done.wait(1.0)  # blocked on the chain's lock
        thread.join(10)
        assert done.is_set()
    finally:
        first.dispose()
        second.dispose()
    engine = make_server_engine(server_url)
    try:
        with engine.connect() as conn:
            actors = conn.execute(
                text("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 2")
            ).all()
    finally:
        engine.dispose()
    assert [a for (a,) in actors] == ["b", "a"]
    assert _verified(server_url)


def test_verify_recomputes_the_servers_chain_and_finds_an_entry_changed_behind_it(
    pg_cluster: Cluster, server_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "pc"
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        checks = {c.name: c for c in verify_vault(vault).checks}
        assert checks["audit_chain"].ok, checks["audit_chain"].detail
    finally:
        vault.close()
    database = make_url(server_url).database or ""
    # the server's superuser, triggers off: the kind of write only pgaudit would see
    pg_cluster.sql(
        "SET session_replication_role = replica; "
        "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2",
        database,
    )
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        checks = {c.name: c for c in verify_vault(vault).checks}
        assert not checks["audit_chain"].ok
        assert checks["audit_chain"].detail == "first broken entry: 2"
    finally:
        vault.close()


def test_a_units_audit_rows_are_its_last_statements(server_url: str, tmp_path: Path) -> None:
    """Recorded first, written last: the chain's lock is taken after every other change."""
    vault = open_vault(tmp_path / "pc", ADMIN, ADMIN_PASSWORD)
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        sent.append(statement.split("(")[0].strip())

    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        with vault.unit_of_work() as session:
            vault.record(session, "create", target_table="project", target_id="p1")
            session.add(Project(id="p1", code="SM-1", name="Safe migration"))
            session.flush()
            vault.record(session, "update", target_table="project", target_id="p1")
            session.add(Project(id="p2", code="SM-2", name="Second"))
        writes = [s for s in sent if s.startswith("INSERT")]
        assert writes == [
            "INSERT INTO project", "INSERT INTO project", "INSERT INTO audit_log",
            "INSERT INTO audit_log",
        ]  # fmt: skip
        with vault.read_session() as session:
            last = vault.audit.last(session)
            assert last is not None and last.event == "update"
            assert vault.audit.verify(session).ok
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
        vault.close()


def test_a_rolled_back_unit_leaves_no_audit_row(server_url: str, tmp_path: Path) -> None:
    vault = open_vault(tmp_path / "pc", ADMIN, ADMIN_PASSWORD)
    try:
        with vault.read_session() as session:
            before = vault.audit.count(session)
        with pytest.raises(RuntimeError), vault.unit_of_work() as session:
            vault.record(session, "create", target_table="project", target_id="p1")
            raise RuntimeError("changed my mind")
        with vault.unit_of_work(audit_only=True) as session:
            vault.record(session, "view", target_table="vault")
        with vault.read_session() as session:
            assert vault.audit.count(session) == before + 1
            last = vault.audit.last(session)
            assert last is not None and last.event == "view"
    finally:
        vault.close()


def test_entries_chained_by_pcs_before_the_trigger_still_verify(
    pg_cluster: Cluster, server_url: str, tmp_path: Path
) -> None:
    """A server vault from before schema 0012 holds HMAC links made by its PCs."""
    vault = open_vault(tmp_path / "pc", ADMIN, ADMIN_PASSWORD)
    try:
        with vault.read_session() as session:
            head = vault.audit.last(session)
            assert head is not None
            older = AuditEntry(
                seq=head.seq + 1, at=datetime(2026, 1, 5, 8, 0), actor=ADMIN, event="view",
                target_table=None, target_id=None, fields="", detail="",
            )  # fmt: skip
            older.mac = entry_mac(vault.audit_key, head.mac, older.canonical())
        database = make_url(server_url).database or ""
        for mac in (older.mac, b"\x01" * 32):
            values = f"({older.seq}, '{older.at.isoformat()}', '{ADMIN}', 'view', '', '', "
            forged = "INSERT INTO audit_log (seq, at, actor, event, fields, detail, mac) VALUES "
            gone = f"DELETE FROM audit_log WHERE seq = {older.seq}"  # noqa: S608
            statement = f"{gone}; {forged}{values}'\\x{mac.hex()}')"
            # as the old client wrote it: no trigger in the way
            pg_cluster.sql(f"SET session_replication_role = replica; {statement}", database)
            with vault.read_session() as session:
                assert vault.audit.verify(session).ok == (mac == older.mac)
    finally:
        vault.close()
