"""The audit chain computed by the server: a trigger numbers and links every entry."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.storage import server_chain
from ajo_cases.storage.models import AuditEntry, Project
from ajo_cases.storage.server_engine import make_server_engine
from ajo_cases.vault import server_profile
from ajo_cases.vault.auditchain import entry_mac
from tests.pg_cluster import Cluster
from tests.server.logins import ROLE_GROUPS, make_login
from tests.support import ADMIN, ADMIN_PASSWORD

_INSERT = text(
    "INSERT INTO audit_log (seq, at, actor, event, target_table, target_id, fields, detail, mac) "
    "VALUES (:seq, :at, :actor, 'forged', NULL, NULL, '', :detail, :mac)"
)


@pytest.fixture
def backend() -> str:
    return "server"


@pytest.fixture
def server_url(vault_dir: Path) -> str:
    return server_profile.load(vault_dir).url


def _chain(url: str) -> list[tuple[int, bytes]]:
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT seq, mac FROM audit_log ORDER BY seq")).all()
            return [(int(seq), bytes(mac)) for seq, mac in rows]
    finally:
        engine.dispose()


def _chain_check(folder: Path) -> tuple[bool, str]:
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        check = next(c for c in verify_vault(vault).checks if c.name == "audit_chain")
        return check.ok, check.detail
    finally:
        vault.close()


def test_a_login_sending_a_wrong_seq_and_link_gets_the_triggers(
    pg_cluster: Cluster, server_url: str, vault_dir: Path
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
                _INSERT, {"seq": 9999, "at": at, "actor": "x", "detail": "", "mac": b"\xbb" * 32}
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
            target_id=None, fields="", detail="Қ", signature=None,
        ),
    )  # fmt: skip
    assert after[head_seq][1] == expected
    assert not {b"\xaa" * 32, b"\xbb" * 32} & {mac for _seq, mac in after}
    assert _chain_check(vault_dir)[0]  # linked right; the signatures tell who


def test_concurrent_appenders_get_one_gapless_chain_in_commit_order(
    pg_cluster: Cluster, server_url: str, vault_dir: Path
) -> None:
    start = len(_chain(server_url))
    logins = [make_login(pg_cluster, server_url, ROLE_GROUPS[r]) for r in ("admin", "manager")]
    rounds, failures = 30, []
    committed: list[str] = []  # the order the commits returned in, per appender and round

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
    chain = _chain(server_url)
    assert [seq for seq, _ in chain] == list(range(1, start + 2 * rounds + 1))
    engine = make_server_engine(server_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT actor, detail FROM audit_log WHERE seq > :s ORDER BY seq"),
                {"s": start},
            ).all()
    finally:
        engine.dispose()
    for actor in ("pc0", "pc1"):  # each appender's own entries keep their order
        committed = [int(detail) for who, detail in rows if who == actor]
        assert committed == list(range(rounds))
    assert _chain_check(vault_dir)[0]


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
            rows = conn.execute(text("SELECT actor, seq, mac FROM audit_log ORDER BY seq")).all()
    finally:
        engine.dispose()
    assert [r.actor for r in rows[-2:]] == ["a", "b"]
    assert rows[-1].seq == rows[-2].seq + 1


def test_verify_finds_an_entry_changed_behind_the_trigger(
    pg_cluster: Cluster, server_url: str, vault_dir: Path
) -> None:
    assert _chain_check(vault_dir)[0]
    database = make_url(server_url).database or ""
    # the server's superuser, triggers off: the kind of write only pgaudit would see
    pg_cluster.sql(
        "SET session_replication_role = replica; "
        "UPDATE audit_log SET detail = 'changed' WHERE seq = 2",
        database,
    )
    assert _chain_check(vault_dir) == (False, "first broken entry: 2")


def test_a_units_audit_rows_are_its_last_statements(vault_dir: Path) -> None:
    """Recorded first, written last: the chain's lock is taken after every other change."""
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
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


def test_a_rolled_back_unit_leaves_no_audit_row(vault_dir: Path) -> None:
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
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


def test_entries_linked_by_pcs_before_the_trigger_still_verify(
    pg_cluster: Cluster, server_url: str, vault_dir: Path
) -> None:
    """A server vault from before schema 0014 holds HMAC links made by its PCs; the trigger
    links its new entries onto them."""
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        with vault.read_session() as session:
            head = vault.audit.last(session)
            assert head is not None
            older = AuditEntry(
                seq=head.seq + 1, at=datetime(2026, 1, 5, 8, 0), actor=ADMIN, event="view",
                target_table=None, target_id=None, fields="", detail="",
            )  # fmt: skip
            older.mac = entry_mac(vault.audit_key, head.mac, older.canonical())
    finally:
        vault.close()
    database = make_url(server_url).database or ""
    for mac in (older.mac, b"\x01" * 32):
        values = f"({older.seq}, '{older.at.isoformat()}', '{ADMIN}', 'view', '', '', "
        forged = "INSERT INTO audit_log (seq, at, actor, event, fields, detail, mac) VALUES "
        gone = f"DELETE FROM audit_log WHERE seq >= {older.seq}"  # noqa: S608
        statement = f"{gone}; {forged}{values}'\\x{mac.hex()}')"
        # as the old client wrote it: no trigger in the way
        pg_cluster.sql(f"SET session_replication_role = replica; {statement}", database)
        # the previous round's pin is past what was just deleted: this PC forgets it
        (vault_dir / server_profile.PIN_FILE).unlink(missing_ok=True)
        ok, detail = _chain_check(vault_dir)  # opening and verifying add trigger-linked entries
        assert ok == (mac == older.mac), detail
