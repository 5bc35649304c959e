"""`verify`: database integrity, cipher integrity, audit chain and key slots, in one report."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ajo_cases.errors import VaultDamaged
from ajo_cases.services.access import head_check, slot_check, verify_fields
from ajo_cases.services.backup import anchors
from ajo_cases.services.open_vault import OpenVault
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


def _pragma_rows(vault: OpenVault, pragma: str) -> list[str]:
    try:
        with vault.engine.connect() as conn:
            return [str(row[0]) for row in conn.execute(text(f"PRAGMA {pragma}"))]
    except VaultDamaged:  # a page that fails its HMAC: report "damaged", never crash
        return ["damaged"]
    except DBAPIError as exc:
        return [f"damaged: {type(exc.orig).__name__}"]


def _database_checks(vault: OpenVault, full: bool) -> list[Check]:
    integrity = _pragma_rows(vault, "integrity_check" if full else "quick_check")
    checks = [Check("database", integrity == ["ok"], "; ".join(integrity[:5]))]
    # cipher_integrity_check returns one row per page whose HMAC fails; none means clean.
    cipher = _pragma_rows(vault, "cipher_integrity_check")
    checks.append(Check("cipher", not cipher, "; ".join(cipher[:5])))
    foreign = _pragma_rows(vault, "foreign_key_check")
    detail = f"{len(foreign)} dangling references" if foreign else ""
    if foreign and foreign[0].startswith("damaged"):  # the check itself met a damaged page
        detail = foreign[0]
    checks.append(Check("references", not foreign, detail))
    return checks


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
