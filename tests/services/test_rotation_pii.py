"""Rotation takes access away for good: a new K_pii for every personal field, the erasure
ledger signed again, old copies listed and deleted once a new backup exists."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ajo_cases.domain.records_casework import ATTACHMENT_KINDS
from ajo_cases.errors import IntegrityFailure, WrongCredentials
from ajo_cases.services.access import rotation, rotation_pii, users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.backup import archive, autobackup, restore, swap
from ajo_cases.services.casework import attachments
from ajo_cases.services.demo import demo
from ajo_cases.services.people import erasure, erasure_ledger, search
from ajo_cases.storage.base import Base
from ajo_cases.storage.models import Beneficiary, Case
from ajo_cases.vault.fieldcipher import FieldCipher
from tests.support import ADMIN, ADMIN_PASSWORD

# rotation re-encrypts the local file; online rotation on the server is not built yet
pytestmark = pytest.mark.local_only

PW = "a long enough passphrase"


def _sealed_fields(vault):
    """(table, column, row id, blob) of every sealed field in the live database."""
    found = []
    with vault.engine.connect() as conn:
        for name, columns in rotation_pii.sealed_columns():
            table = Base.metadata.tables[name]
            query = select(table.c["id"], *(table.c[c] for c in columns))
            for row_id, *blobs in conn.execute(query):
                pairs = zip(columns, blobs, strict=True)
                found += [(name, c, row_id, b) for c, b in pairs if b is not None]
    return found


def test_a_former_case_workers_k_pii_opens_no_current_field(admin_vault, tmp_path):
    """Nigora (case worker) leaves with K_pii from her slot; a manager keeps K_db. After
    rotation, her K_pii opens no personal field of the vault (names, name index, notes,
    attachments), neither in the live file nor in a new backup."""
    vault = admin_vault
    demo.fill_demo(vault, cases=30, seed=7)
    with vault.read_session() as session:
        case_id = session.scalars(select(Case.id)).first()
    document = b"%PDF-1.4 " + bytes(range(256)) * 400  # ~100 KB
    added, _ = attachments.add_attachment(
        vault, case_id, sorted(ATTACHMENT_KINDS)[0], "passport.pdf", "application/pdf", document
    )
    users.add_user(vault, "nigora", "case_worker", PW)
    her_k_pii = vault.keys.k_pii  # what her slot unwraps to
    before = _sealed_fields(vault)
    assert before and all(
        FieldCipher(her_k_pii).decrypt_bytes(t, c, i, b) is not None for t, c, i, b in before[:50]
    )
    users.remove_user(vault, "nigora")
    result = rotation.rotate_keys(vault, ADMIN_PASSWORD)

    after = _sealed_fields(vault)
    tables = {t for t, _c, _i, _b in after}
    assert {"beneficiary", "case_file", "attachment"} <= tables
    assert len(after) == len(before) == result.fields_resealed
    old = FieldCipher(her_k_pii)
    for table, column, row_id, blob in after:
        with pytest.raises(IntegrityFailure):
            old.decrypt_bytes(table, column, row_id, blob)
    # the new key reads them, search by name still works on the re-sealed index
    with vault.read_session() as session:
        person = session.scalars(select(Beneficiary)).first()
    name = vault.cipher.decrypt("beneficiary", "given_name_enc", person.id, person.given_name_enc)
    assert name and search.find(vault, name)
    assert attachments.get_content(vault, added.id) == document


def test_the_erasure_ledger_still_verifies_after_rotation(admin_vault, vault_dir, tmp_path):
    vault = admin_vault
    demo.fill_demo(vault, cases=5, seed=2)
    with vault.read_session() as session:
        person = session.scalars(select(Beneficiary.id)).first()
    erasure.erase_people(vault, [person], "asked to be forgotten")
    old_k_pii = vault.keys.k_pii
    rotation.rotate_keys(vault, ADMIN_PASSWORD)
    path = vault_dir / erasure.LEDGER_FILE
    assert [
        e.person_id for e in erasure_ledger.read(path, vault.keys.k_pii, vault.slot_file.vault_id)
    ] == [person]
    with pytest.raises(erasure_ledger.LedgerInvalid):
        erasure_ledger.read(path, old_k_pii, vault.slot_file.vault_id)
    vault.close()
    again = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert "erasure_ledger_invalid" not in again.warnings
    finally:
        again.close()


def test_a_cancelled_rotation_changes_nothing(admin_vault, vault_dir):
    demo.fill_demo(admin_vault, cases=5, seed=3)
    keys = admin_vault.keys
    before = (vault_dir / "keyslots.json").read_bytes()
    with pytest.raises(rotation_pii.RotationCancelled):
        rotation.rotate_keys(admin_vault, ADMIN_PASSWORD, progress=lambda _d, _t: False)
    assert admin_vault.keys is keys
    assert (vault_dir / "keyslots.json").read_bytes() == before
    assert not (vault_dir / swap.STAGING).exists()


def test_old_copies_are_listed_and_deleted_after_a_new_backup(admin_vault, vault_dir, tmp_path):
    vault = admin_vault
    second = tmp_path / "usb"
    second.mkdir()
    autobackup.set_second_folder(vault, second)
    autobackup.maybe_backup(vault, force=True)
    (vault_dir / "replaced-20260101-000000-000000").mkdir()
    result = rotation.rotate_keys(vault, ADMIN_PASSWORD)
    names = {p.name for p in result.old_copies}
    assert "replaced-20260101-000000-000000" in names
    assert sum(p.suffix == archive.SUFFIX for p in result.old_copies) == 2  # both folders
    info = rotation.forget_old_copies(vault, result.old_copies)
    assert not any(p.exists() for p in result.old_copies)
    assert info.path.exists() and (second / info.path.name).exists()
    vault.close()
    # the new backup opens with the rotated keys
    with pytest.raises(WrongCredentials):
        restore.preview_restore(tmp_path / "x", info.path, "nobody", PW)
    restore.preview_restore(tmp_path / "x", info.path, ADMIN, ADMIN_PASSWORD)


def test_forget_old_copies_deletes_only_what_it_listed(admin_vault, tmp_path):
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("not a copy of the vault")
    rotation.forget_old_copies(admin_vault, (elsewhere,))
    assert elsewhere.exists()
