"""`verify`: database integrity, cipher integrity, audit chain and key slots, in one report."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from sqlalchemy.exc import DBAPIError

from ajo_cases.errors import VaultDamaged
from ajo_cases.services.access import head_check, slot_check, verify_fields
from ajo_cases.services.backup import anchors
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.statistics import stats_refresh
from ajo_cases.storage import integrity, server_identity
from ajo_cases.vault import audit_anchor, audit_trust, keyfile_mac, keyslots
from ajo_cases.vault.atomic import backup_path
from ajo_cases.vault.keyslots import AuditHead


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True, slots=True)
class VerifyReport:
    checks: list[Check] = field(default_factory=list)
    # accounts of a vault from before signatures that have not signed in since (their entries
    # cannot be verified yet: trust on first use, docs/security.md)
    accounts_without_key: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def _database_checks(vault: OpenVault, full: bool) -> list[Check]:
    return [
        Check(f.name, f.ok, f.detail)
        for f in integrity.database_checks(
            vault.engine, full=full, with_sealed=vault.may_read_personal
        )
    ]


def _audit_checks(
    vault: OpenVault, heads: list[AuditHead | None], forged: bool, replay: audit_trust.Replay
) -> list[Check]:
    with vault.read_session() as session:
        chain = vault.audit.verify(session, replay.feed)  # one walk: MACs and signatures
        replay.finish()
        heads = [*heads, *anchors.known_heads(vault, session)]  # outside the vault folder
        found, head = head_check.chain_status(vault, session, heads)
    detail = head_check.describe(found, head)
    if forged:
        detail = "key file head does not match"
    return [
        Check(
            "audit_chain",
            chain.ok,
            f"{chain.entries} entries"
            if chain.ok
            else f"first broken entry: {chain.first_broken_seq}",
        ),
        Check("audit_head", found == audit_anchor.REACHED and not forged, detail),
        Check("audit_signatures", not replay.forged, signatures_detail(replay)),
    ]


def _server_slot_checks(vault: OpenVault) -> list[Check]:
    """The slot this session opened is the one the server holds (a login reads only its own
    row; the recovery code's holder, signed in as the owner, reads the recovery slot)."""
    try:
        with vault.read_session() as session:
            if vault.with_recovery_code:
                raw = server_identity.recovery_slot(session)
            else:
                raw = server_identity.own_slot(session)
        held = vault.slot_file.slots[0]
        same = raw is not None and keyslots.Slot.from_json(raw, held.vault_id) == held
    except Exception as exc:
        return [Check("key_slots", False, type(exc).__name__)]
    return [Check("key_slots", same, "" if same else "the server's slot differs")]


def signatures_detail(replay: audit_trust.Replay) -> str:
    """Seq, event and claimed account of what is forged (no personal data), then counts."""
    parts = [f.describe() for f in replay.forged[:5]]
    if len(replay.forged) > 5:
        parts.append(f"{len(replay.forged) - 5} more forged entries")
    parts.append(
        f"{replay.signed} signed, {replay.before_signatures} before signatures, "
        f"{replay.unverified} unverified failed logins"
    )
    if replay.keyless:
        parts.append(f"{replay.keyless} unsigned from accounts without a key")
    if replay.accounts_without_key:
        parts.append("accounts without a key yet: " + ", ".join(replay.accounts_without_key))
    return "; ".join(parts)


def _slot_checks(vault: OpenVault) -> list[Check]:
    if vault.on_server:
        return _server_slot_checks(vault)
    try:
        main = keyslots.load(vault.slots_path)
        main_ok, detail = main.intact, "" if main.intact else "checksum mismatch"
        if main_ok and not keyfile_mac.is_authentic(vault.keys.k_db, main):
            main_ok, detail = False, "not authenticated: edited outside the program"
    except Exception as exc:
        main_ok, detail = False, type(exc).__name__
    checks = [Check("key_slots", main_ok, detail)]
    bak = backup_path(vault.slots_path)
    if bak.exists():
        try:
            bak_ok = keyslots.load(bak).intact
        except Exception:
            bak_ok = False
        checks.append(Check("key_slots_backup", bak_ok, "" if bak_ok else "damaged"))
    return checks


def _field_checks(vault: OpenVault, full: bool) -> list[Check]:
    if not full:
        return []
    return [Check(verify_fields.NAME, *verify_fields.check_sealed_fields(vault))]


def _stats_check(vault: OpenVault, full: bool) -> list[Check]:
    """The statistics' compact facts of every person not marked equal a fresh computation
    from the records; when some do not, every person is marked so the next computation
    makes them all afresh."""
    if not full:
        return []
    try:
        with vault.read_session() as session:
            connection = session.connection()
            wrong = stats_refresh.differences(
                connection, stats_refresh.unmarked_persons(connection)
            )
    except (DBAPIError, VaultDamaged):  # a damaged page: the database check reports it
        return [Check("statistics_facts", False, "damaged")]
    if wrong and not vault.moved_to:
        with vault.unit_of_work(audit_only=True) as session:
            stats_refresh.mark_everyone(session.connection())
    detail = (
        f"{wrong} rows differ from the records; made afresh at the next statistics" if wrong else ""
    )
    return [Check("statistics_facts", not wrong, detail)]


def _accepted_check(unknown: list[str] | None) -> list[Check]:
    if unknown is None:  # the database keeps no list of accepted slots yet
        return []
    detail = f"not accepted by the database: {', '.join(unknown)}" if unknown else ""
    return [Check("key_slots_accepted", not unknown, detail)]


def verify_vault(vault: OpenVault, *, full: bool = False) -> VerifyReport:
    """Run every check; ``full`` runs the slow page-by-page integrity check."""
    # read before anything is written: writing first would let the checks approve themselves
    planted = slot_check.unknown_in_file(vault)
    on_disk, authentic = head_check.key_file_head(vault)
    heads = [on_disk, vault.slot_file.audit_head]
    replay = audit_trust.Replay()
    report = VerifyReport(
        [
            *_database_checks(vault, full),
            *_audit_checks(vault, heads, not authentic, replay),
            *_slot_checks(vault),
            *_field_checks(vault, full),
            *_stats_check(vault, full),
            *_accepted_check(planted),
        ],
        tuple(replay.accounts_without_key),
    )
    try:
        with vault.unit_of_work(audit_only=True) as session:
            vault.record(session, "verify", detail="ok" if report.ok else "problems found")
    except (DBAPIError, VaultDamaged):  # SQLCipher turns a database with a failed page read-only
        if report.ok:
            raise
    with contextlib.suppress(OSError, DBAPIError, VaultDamaged):  # a damaged file: reported
        vault.save_slots()  # the head moves forward only; a truncated chain leaves it in place
    return report
