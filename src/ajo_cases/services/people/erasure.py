"""Erasing a person's data, on their request or at the end of the retention period.

Irreversible: the personal fields, free texts and attachments of the person and all their
cases are destroyed (erasure_rows), and nothing of them stays readable in the vault folder,
not even to someone holding every key (storage/scrub: deleted content overwritten, the
write-ahead log emptied). Statistical facts stay, so donor figures for past periods do not
change; the cases show when the person was erased and refuse every change. The audit log
records who, when and why, never the name.

Before the database is touched the erasure is written to the erasure ledger, outside the
database and its backups (erasure_ledger): a restored older backup, and every unlock, apply it
again, so an erased person never comes back. An erasure once confirmed therefore always
completes, even if the computer stops half-way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ajo_cases.domain import names
from ajo_cases.errors import IntegrityFailure, InvalidInput, NotFound
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure_ledger as ledger
from ajo_cases.services.people import search
from ajo_cases.services.people.erasure_ledger import Erasure, LedgerInvalid
from ajo_cases.services.people.erasure_rows import destroy
from ajo_cases.storage import meta_repo, scrub
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models import Attachment, Beneficiary, Case, ShelterStay
from ajo_cases.storage.sealed import unseal

_LOG = logging.getLogger(__name__)
ERASE_ROLES: Final = ("admin",)
SECOND_FOLDER: Final = "backup.second_folder"  # services/backup/autobackup.py's setting
MAX_REASON: Final = 500
REAPPLIED: Final = "applied again from the erasure ledger"
LEDGER_FILE: Final = ledger.FILE_NAME


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What an erasure will destroy, for the confirmation that names it."""

    person_id: str
    case_codes: tuple[str, ...]
    attachments: int
    in_shelter: bool
    older_copies: tuple[Path, ...] = ()  # still hold the person after the erasure (see below)


def older_copies(data_dir: Path) -> tuple[Path, ...]:
    """Older copies of the database in the vault folder, which an erasure does not change:
    backups, the copy kept before a schema upgrade, vaults replaced by a restore. They stay
    encrypted; restoring any of them erases the person again (the ledger)."""
    found = [*sorted(data_dir.glob("cases.db.before-upgrade-*")),
             *sorted(p for p in data_dir.glob("replaced-*") if p.is_dir()),
             *sorted((data_dir / "backups").glob("*.ajobackup"))]  # fmt: skip
    return tuple(found)


@dataclass(frozen=True, slots=True)
class ErasureResult:
    person_ids: tuple[str, ...]
    case_ids: tuple[str, ...]
    attachments: int
    erased_at: datetime
    log_emptied: bool  # False: emptied when the vault closes

    @property
    def cases(self) -> int:
        return len(self.case_ids)

    @property
    def changes(self) -> Changes:
        kinds = frozenset({"person", "case", "follow_up", "attachment", "retention"})
        return Changes(kinds, frozenset(self.case_ids), frozenset(self.person_ids))


def person_for_case_code(vault: OpenVault, code: str) -> str:
    """The person whose case has this code (any case of theirs)."""
    with vault.read_session() as session:
        wanted = code.strip().upper()
        found = session.scalar(select(Case.beneficiary_id).where(Case.code == wanted))
    if found is None:
        raise NotFound(f"no case with the code {code.strip()!r}")
    return found


def erasure_plan(vault: OpenVault, person_id: str) -> ErasurePlan:
    vault.require_role(*ERASE_ROLES)
    with vault.read_session() as session:
        person = session.get(Beneficiary, person_id)
        if person is None:
            raise NotFound("no such person")
        query = select(Case.code).where(Case.beneficiary_id == person_id).order_by(Case.code)
        codes = tuple(session.scalars(query))
        attachments = session.scalar(
            select(func.count()).select_from(Attachment).join(Case, Attachment.case_id == Case.id)
            .where(Case.beneficiary_id == person_id)
        )  # fmt: skip
        in_shelter = _in_shelter(session, [person_id])
    copies = older_copies(vault.data_dir)
    return ErasurePlan(person_id, codes, attachments or 0, bool(in_shelter), copies)


def _in_shelter(session: Session, person_ids: Sequence[str]) -> set[str]:
    query = select(ShelterStay.beneficiary_id).where(
        ShelterStay.beneficiary_id.in_(person_ids), ShelterStay.discharged_on.is_(None)
    )
    return set(session.scalars(query))


def _check_reason(vault: OpenVault, person: Beneficiary, reason: str) -> str:
    """One line, short, and without the person's name (it stays in the audit log for good)."""
    text = " ".join(reason.split())
    if not text:
        message = "say why the data is erased (it is kept in the audit log)"
        raise InvalidInput(message, field="reason")
    if len(text) > MAX_REASON:
        raise InvalidInput(f"the reason is longer than {MAX_REASON} characters", field="reason")
    key = unseal(vault.cipher, person, "search_enc") or ""
    name_words = {word for word in key.partition("|")[0].split() if len(word) >= 3}
    if any(word in name_words for word in names.tokens(text)):
        raise InvalidInput(
            "the reason may not contain the person's name: it is kept in the audit log",
            field="reason_name",
        )
    return text


def erase_person(vault: OpenVault, person_id: str, reason: str) -> ErasureResult:
    """Erase one person (administrators only), on their request. See the module's notes."""
    vault.require_role(*ERASE_ROLES)
    with vault.read_session() as session:
        person = session.get(Beneficiary, person_id)
        if person is None:
            raise NotFound("no such person")
        if person.erased_at is not None:
            raise InvalidInput("this person's data was erased already", field="person_erased")
        if _in_shelter(session, [person_id]):
            raise InvalidInput(
                "the person is staying in the shelter: record the discharge first",
                field="person_in_shelter",
            )
        why = _check_reason(vault, person, reason)
    return erase_people(vault, [person_id], why)


def erase_people(
    vault: OpenVault, person_ids: Sequence[str], reason: str, *, at: datetime | None = None
) -> ErasureResult:
    """The erasure itself, for any number of people (retention erases many at once)."""
    when = at or utc_now()
    ids = tuple(dict.fromkeys(person_ids))
    _note_in_ledger(vault, [Erasure(pid, when) for pid in ids])
    with vault.unit_of_work() as session:
        destroyed = destroy(session, ids, when)
        for person_id in ids:
            vault.record(session, "person_erased", target_table="beneficiary",
                         target_id=person_id, detail=reason)  # fmt: skip
    emptied = scrub.purge_deleted(vault.engine)
    for person_id in ids:
        search.forget_person(vault, person_id)
    return ErasureResult(ids, destroyed.case_ids, destroyed.attachments, when, emptied)


def _ledger_paths(vault: OpenVault) -> list[Path]:
    paths = [vault.data_dir / ledger.FILE_NAME]
    with vault.read_session() as session:
        second = meta_repo.get(session, SECOND_FOLDER)
    if second and Path(second).is_dir():
        paths.append(Path(second) / ledger.FILE_NAME)
    return paths


def _recorded_erasures(vault: OpenVault) -> list[Erasure]:
    with vault.read_session() as session:
        rows = session.execute(
            select(Beneficiary.id, Beneficiary.erased_at).where(Beneficiary.erased_at.is_not(None))
        ).all()
    return [Erasure(pid, at) for pid, at in rows if at is not None]


def _note_in_ledger(vault: OpenVault, new: list[Erasure]) -> None:
    """Write the erasures to the ledger(s) before the database changes (so they complete)."""
    k_pii = _k_pii(vault)
    vault_id = vault.slot_file.vault_id
    recorded = _recorded_erasures(vault)
    for number, path in enumerate(_ledger_paths(vault)):
        try:
            known = _read_with_ring(vault, path, k_pii)
        except LedgerInvalid as exc:
            _LOG.warning("erasure ledger set aside: %s", exc)
            ledger.set_aside(path)
            known = []
        try:
            ledger.write(path, k_pii, vault_id, ledger.merged(known, recorded, new))
        except OSError as exc:
            if number == 0:  # the vault's own ledger is required; the second copy is not
                message = f"cannot write {path} ({exc.strerror}); nothing was erased"
                raise InvalidInput(message) from None
            _LOG.warning("could not copy the erasure ledger to the second folder")


def _read_with_ring(vault: OpenVault, path: Path, k_pii: bytes) -> list[Erasure]:
    """The ledger under the current key, or, during an online key rotation of a server vault,
    under the previous one (it is signed again under the current key at the next erasure)."""
    try:
        return ledger.read_or_backup(path, k_pii, vault.slot_file.vault_id)
    except LedgerInvalid:
        for older in reversed(vault.keys.previous_pii):
            try:
                return ledger.read_or_backup(path, older, vault.slot_file.vault_id)
            except LedgerInvalid:
                continue
        raise


def resign_ledger(vault: OpenVault) -> None:
    """Before an online key rotation drops the previous key on this PC: this PC's ledger(s)
    signed again under the current key (one that fails its check is left as it is)."""
    k_pii = vault.keys.k_pii
    if k_pii is None or not vault.keys.previous_pii:
        return
    for path in _ledger_paths(vault):
        if not path.exists():
            continue
        try:
            ledger.write(path, k_pii, vault.slot_file.vault_id, _read_with_ring(vault, path, k_pii))
        except (LedgerInvalid, OSError) as exc:
            _LOG.warning("an erasure ledger was not signed again: %s", type(exc).__name__)


def _k_pii(vault: OpenVault) -> bytes:
    k_pii = vault.keys.k_pii
    if k_pii is None:
        raise InvalidInput("this account may not erase personal data", field="person")
    return k_pii


def reapply_ledger(vault: OpenVault, extra: Iterable[Path] = ()) -> int:
    """Erase again everyone the ledger lists who is back (an older backup restored, or an
    erasure cut short). Returns how many. Needs the personal-data key to check the ledger: a
    session without it does nothing (the next one with it applies the ledger).

    The vault's own ledger failing its check raises IntegrityFailure; an `extra` ledger (one
    beside a backup file) that fails is ignored."""
    k_pii = vault.keys.k_pii
    if k_pii is None or not vault.may_read_personal:
        return 0
    vault_id = vault.slot_file.vault_id
    own = vault.data_dir / ledger.FILE_NAME
    try:
        erasures = _read_with_ring(vault, own, k_pii)
    except LedgerInvalid as exc:
        raise IntegrityFailure(f"the erasure ledger {own.name} fails its check: {exc}") from None
    for path in extra:
        try:
            erasures = ledger.merged(erasures, ledger.read(path, k_pii, vault_id))
        except LedgerInvalid:
            _LOG.warning("an erasure ledger beside the backup fails its check; not used")
    wanted = {e.person_id: e for e in erasures}
    if not wanted:
        return 0
    back: list[str] = []
    ids = list(wanted)
    with vault.read_session() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(Beneficiary.id).where(
                Beneficiary.id.in_(chunk), Beneficiary.erased_at.is_(None)
            )
            back += session.scalars(query)
    by_time: dict[datetime, list[str]] = {}
    for person_id in back:  # each keeps the time it was first erased
        by_time.setdefault(wanted[person_id].at, []).append(person_id)
    for at, group in by_time.items():
        erase_people(vault, group, REAPPLIED, at=at)
    return len(back)


def apply_at_unlock(vault: OpenVault) -> None:
    """Called at every unlock: complete erasures the ledger lists. Never stops the unlock; a
    ledger that fails its check is reported (a warning and an audit entry) and not applied."""
    try:
        count = reapply_ledger(vault)
    except IntegrityFailure:
        vault.warnings.append("erasure_ledger_invalid")
        with vault.unit_of_work(audit_only=True) as session:
            vault.record(session, "integrity_failure", detail="erasure ledger fails its check")
        return
    if count:
        _LOG.info("erasures applied again at unlock: %d", count)


def check_ledger(data_dir: Path, k_pii: bytes | None, vault_id: str) -> None:
    """Before a restore: the vault folder's ledger must pass its check under the backup's keys
    (IntegrityFailure otherwise; then nothing is changed)."""
    if k_pii is None:
        return
    try:
        ledger.read_or_backup(data_dir / ledger.FILE_NAME, k_pii, vault_id)
    except LedgerInvalid as exc:
        raise IntegrityFailure(
            f"the erasure ledger in {data_dir} fails its check ({exc}); nothing was changed"
        ) from None
