"""Erasing a person: personal fields, free texts and attachments destroyed for good; the facts
that statistics count stay; nothing of the person readable in the vault folder, not even to a
holder of every key; the name index forgets them; a restored older backup does not bring them
back."""

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.records import CaseForm
from ajo_cases.domain.records_casework import AssistanceForm
from ajo_cases.domain.records_grants import VisitForm
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.errors import InvalidInput, PermissionDenied, RecordErased
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.backup import backup, restore
from ajo_cases.services.casework import (
    assistance,
    attachments,
    case_detail,
    case_list,
    cases,
    grants,
    shelter,
)
from ajo_cases.services.people import erasure, people, search
from ajo_cases.services.statistics import statistics
from ajo_cases.storage import scrub
from ajo_cases.storage.base import Base
from ajo_cases.storage.models import AuditEntry, Beneficiary, Case, Grant, ShelterStay
from tests.reports import casebuilder
from tests.services.vault_pages import decrypted_vault_bytes, spellings
from tests.support import ADMIN, ADMIN_PASSWORD

PERSON = replace(
    casebuilder.TAJIK,
    family_name="Эрасурзода",
    given_name="Зебунисо",
    patronymic="Қурбоналиевна",
    latin_name="Erasurzoda Zebuniso",
)
OLD_FAMILY = "Эрасуровa-Пешина"  # the name before a correction: its ciphertext must go too
SECRETS = ("Эрасурзода", "Зебунисо", "Erasurzoda", OLD_FAMILY, "+992 92 700 12 34")
YEAR = StatsFilter(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))


def _build(vault):
    """A person with everything: names corrected once, a case with every tab, an attachment
    holding the name, a grant visited; discharged from the shelter."""
    built = casebuilder.build_case(vault, replace(PERSON, family_name=OLD_FAMILY))
    detail = case_detail.case_detail(vault, built.case_id)
    people.update(vault, detail.person.id, PERSON)
    attachments.add_attachment(vault, built.case_id, "id_document", "паспорт Зебунисо.txt",
                               "text/plain", "Эрасурзода Зебунисо, A 1234567".encode())  # fmt: skip
    grants.record_visit(vault, built.grant_id, VisitForm(date(2026, 6, 1), True, 120_000, 4,
                                                      "Эрасурзода: мало заказов"))  # fmt: skip
    with vault.read_session() as session:
        stay_id = session.scalar(select(ShelterStay.id).where(ShelterStay.case_id == built.case_id))
    shelter.discharge(vault, stay_id, date(2026, 4, 1), "returned_home")
    return built, detail.person.id


def _personal_blobs(vault, person_id):
    """Every ciphertext now stored for the person, their cases and grants."""
    found = set()
    with vault.read_session() as session:
        case_ids = list(session.scalars(select(Case.id).where(Case.beneficiary_id == person_id)))
        grant_ids = list(session.scalars(select(Grant.id).where(Grant.case_id.in_(case_ids))))
        for mapper in Base.registry.mappers:
            table = mapper.class_.__table__
            columns = [c for c in table.columns if c.name.endswith("_enc")]
            if not columns:
                continue
            keys = table.columns
            if table.name == "beneficiary":
                where = keys["id"] == person_id
            elif table.name == "case_file":
                where = keys["id"].in_(case_ids)
            elif "case_id" in keys:
                where = keys["case_id"].in_(case_ids)
            elif "grant_id" in keys:
                where = keys["grant_id"].in_(grant_ids)
            else:
                continue
            for row in session.execute(select(*columns).where(where)):
                found.update(blob for blob in row if blob)
    return found


def _every_decrypted_value(vault):
    """Every encrypted field of every row of every table, decrypted."""
    values = []
    with vault.read_session() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name.endswith("_enc")]
            if not columns:
                continue
            for row in session.execute(select(table.c.id, *columns)):
                for column, blob in zip(columns, row[1:], strict=True):
                    if blob is not None:
                        plain = vault.cipher.decrypt_bytes(table.name, column.name, row[0], blob)
                        values.append(plain.decode("utf-8"))
    return values


def _plain_texts(vault):
    """Every text stored in the clear (audit details included)."""
    texts = []
    with vault.read_session() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                texts += [str(v) for v in row if isinstance(v, str)]
    return texts


def _files(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.fixture
def own_vault(vault_dir):
    """An open vault that a test may close itself (closing twice would write stale slots)."""
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    yield vault
    if vault.lock._handle is not None:
        vault.close()


@pytest.fixture
def erased_setup(own_vault):
    built, person_id = _build(own_vault)
    return own_vault, built, person_id


@pytest.mark.local_only
def test_nothing_of_the_person_remains_readable_in_the_vault_folder(erased_setup):
    vault, _built, person_id = erased_setup
    blobs = _personal_blobs(vault, person_id)
    with vault.read_session() as session:
        person = session.get(Beneficiary, person_id)
        blobs.add(person.search_enc)
    assert len(blobs) > 15
    key = vault.keys.k_db
    before = decrypted_vault_bytes(vault.data_dir, key)
    # the scan sees real data: the schema and the person's ciphertexts are in the pages
    assert b"CREATE TABLE beneficiary" in before
    assert sum(blob[1:21] in before for blob in blobs) > len(blobs) // 2
    assert any("Зебунисо" in value for value in _every_decrypted_value(vault))

    result = erasure.erase_person(vault, person_id, "the person asked (letter of 2 May)")
    assert result.log_emptied and result.attachments == 1

    pages = decrypted_vault_bytes(vault.data_dir, key)
    remnants = [blob for blob in blobs if blob[1:21] in pages]
    assert remnants == [], f"{len(remnants)} ciphertexts of the person are still in the file"
    for secret in SECRETS:
        for needle in spellings(secret):
            assert needle not in pages
            for path in _files(vault.data_dir):
                assert needle not in path.read_bytes(), path
        assert not any(secret in value for value in _every_decrypted_value(vault))
        assert not any(secret in text for text in _plain_texts(vault))


def test_the_facts_stay_and_statistics_do_not_change(erased_setup):
    vault, built, person_id = erased_setup
    before = statistics.compute(vault, YEAR, suppress=False)
    erasure.erase_person(vault, person_id, "retention of the paper file ended")
    after = statistics.compute(vault, YEAR, suppress=False)
    assert after.tables == before.tables and after.excluded_cases == before.excluded_cases
    detail = case_detail.case_detail(vault, built.case_id)
    form = detail.person.form
    assert (form.sex, form.category, form.district) == ("female", "victim_of_trafficking",
                                                        "istaravshan")  # fmt: skip
    assert form.family_name is None and form.birth_date is None and form.phone is None
    assert detail.person.erased_at is not None and detail.person.display_name is None
    assert detail.case.age_at_intake == 31 and detail.case.form.narrative is None
    assert [a.form.note for a in detail.assistance] == [None] * 3
    assert [a.form.type for a in detail.assistance] == ["psychological", "medical",
                                                        "psychological"]  # fmt: skip
    assert detail.attachments == [] and all(task.done_on for task in detail.follow_ups)
    assert detail.grants[0].form.title is None and detail.grants[0].approved_minor == 340_000
    assert [line.item for line in detail.grants[0].form.budget] == ["", ""]
    assert detail.consents and all(c.form.attachment_id is None for c in detail.consents)
    row = case_list.list_cases(vault).rows[0]
    assert row.name is None and row.erased_on == detail.person.erased_at.date()


def test_the_name_index_forgets_and_the_record_no_longer_changes(erased_setup):
    vault, built, person_id = erased_setup
    assert search.find(vault, "Зебунисо")  # the index is built and knows her
    erasure.erase_person(vault, person_id, "the person asked")
    for query in ("Зебунисо", "Zebuniso", "Эрасурзода"):
        assert search.find(vault, query) == []
    assert [hit.name for hit in search.find(vault, built.code)] == [None]
    with pytest.raises(RecordErased):
        people.update(vault, person_id, PERSON)
    with pytest.raises(RecordErased):
        cases.update_case(vault, built.case_id, CaseForm(date(2026, 3, 1)))
    with pytest.raises(RecordErased):
        assistance.add_assistance(vault, built.case_id, AssistanceForm("legal", date(2026, 5, 1)))
    vault.caches.clear()  # a later session builds its index from the database: still not found
    assert search.find(vault, "Зебунисо") == []


def test_the_audit_log_says_who_when_why_and_never_the_name(erased_setup):
    vault, _built, person_id = erased_setup
    with pytest.raises(InvalidInput, match="may not contain the person's name"):
        erasure.erase_person(vault, person_id, "Зебунисо asked by phone")
    with pytest.raises(InvalidInput, match="say why"):
        erasure.erase_person(vault, person_id, "   ")
    erasure.erase_person(vault, person_id, "asked in person on 2 May")
    with vault.read_session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.event == "person_erased"))
    assert (entry.actor, entry.target_id, entry.detail) == (ADMIN, person_id,
                                                            "asked in person on 2 May")  # fmt: skip
    with pytest.raises(InvalidInput, match="erased already"):
        erasure.erase_person(vault, person_id, "again")


def test_only_an_administrator_erases_and_not_while_in_the_shelter(admin_vault):
    built = casebuilder.build_case(admin_vault, PERSON)
    person_id = erasure.person_for_case_code(admin_vault, built.code)
    plan = erasure.erasure_plan(admin_vault, person_id)
    assert plan.case_codes == (built.code,) and plan.in_shelter
    with pytest.raises(InvalidInput, match="shelter"):
        erasure.erase_person(admin_vault, person_id, "asked")
    admin_vault.role = "case_worker"
    with pytest.raises(PermissionDenied):
        erasure.erase_person(admin_vault, person_id, "asked")


@pytest.mark.local_only
def test_a_backup_restored_after_an_erasure_does_not_bring_the_person_back(erased_setup, tmp_path):
    vault, built, person_id = erased_setup
    saved = backup.create_backup(vault, tmp_path / "before.ajobackup")
    erasure.erase_person(vault, person_id, "the person asked")
    data_dir = vault.data_dir
    vault.close()
    restore.restore_backup(data_dir, saved.path, ADMIN, ADMIN_PASSWORD)
    again = open_vault(data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        detail = case_detail.case_detail(again, built.case_id)
        assert detail.person.erased_at is not None and detail.person.form.given_name is None
        assert search.find(again, "Зебунисо") == []
        with again.read_session() as session:
            events = session.execute(select(AuditEntry.event, AuditEntry.detail)
                                     .order_by(AuditEntry.seq)).all()  # fmt: skip
        assert ("person_erased", erasure.REAPPLIED) in events
        assert [e for e, _ in events].index("restore") < [d for _, d in events].index(
            erasure.REAPPLIED)  # fmt: skip
        pages = decrypted_vault_bytes(data_dir, again.keys.k_db)
        for needle in spellings("Зебунисо"):
            assert needle not in pages
        assert not any("Зебунисо" in v for v in _every_decrypted_value(again))
    finally:
        again.close()


def test_an_erasure_cut_short_completes_at_the_next_unlock(erased_setup, monkeypatch):
    vault, built, person_id = erased_setup

    def crash(*_args, **_kwargs):
        raise OSError("power cut")

    monkeypatch.setattr(erasure, "destroy", crash)
    with pytest.raises(OSError):
        erasure.erase_person(vault, person_id, "the person asked")
    monkeypatch.undo()
    data_dir = vault.data_dir
    vault.close()
    again = open_vault(data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert case_detail.case_detail(again, built.case_id).person.erased_at is not None
    finally:
        again.close()


def test_a_planted_ledger_erases_no_one(erased_setup):
    vault, built, person_id = erased_setup
    planted = {
        "format": "ajo-cases-erasures", "version": 1, "vault_id": vault.slot_file.vault_id,
        "erased": [{"person": person_id, "at": "2026-01-01T00:00:00"}], "mac": "00" * 32,
    }  # fmt: skip
    (vault.data_dir / "erasures.json").write_text(json.dumps(planted), encoding="utf-8")
    data_dir = vault.data_dir
    vault.close()
    again = open_vault(data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert "erasure_ledger_invalid" in again.warnings
        assert case_detail.case_detail(again, built.case_id).person.erased_at is None
    finally:
        again.close()


def _off(conn):
    conn.execute("PRAGMA secure_delete = OFF")


@pytest.mark.local_only
@pytest.mark.parametrize("defence", ["secure_delete", "log_emptied"])
def test_without_either_defence_the_old_values_would_stay(admin_vault, monkeypatch, defence):
    """The attack the tests above defend against, shown to work when one defence is off:
    without secure deletion the freed space of pages keeps old ciphertexts; without emptying
    the log its old page images do."""
    if defence == "secure_delete":
        monkeypatch.setattr(scrub, "on_connect", _off)
    else:
        monkeypatch.setattr(erasure.scrub, "purge_deleted", lambda _engine: False)
    admin_vault.engine.dispose()
    _built, person_id = _build(admin_vault)
    blobs = _personal_blobs(admin_vault, person_id)
    with admin_vault.engine.connect() as conn:  # what is written lies in the file itself now
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    people.update(admin_vault, person_id, PERSON)  # fresh page images in the log
    erasure.erase_person(admin_vault, person_id, "the person asked")
    pages = decrypted_vault_bytes(admin_vault.data_dir, admin_vault.keys.k_db)
    assert [blob for blob in blobs if blob[1:21] in pages]


@pytest.mark.local_only
def test_a_reader_holding_an_old_snapshot_delays_emptying_the_log_until_close(erased_setup):
    vault, _built, person_id = erased_setup
    blobs = _personal_blobs(vault, person_id)
    reader = vault.read_session()
    reader.execute(select(Case.id)).all()  # an open read transaction pins the log
    try:
        result = erasure.erase_person(vault, person_id, "the person asked")
        assert not result.log_emptied  # reported, not waited for
    finally:
        reader.close()
    data_dir, key = vault.data_dir, vault.keys.k_db
    vault.close()  # the last connection closing copies the log back and deletes it
    assert not (data_dir / "cases.db-wal").exists()
    pages = decrypted_vault_bytes(data_dir, key)
    assert [blob for blob in blobs if blob[1:21] in pages] == []
    reopened = open_vault(data_dir, ADMIN, ADMIN_PASSWORD)
    reopened.close()


@pytest.mark.local_only
def test_restoring_on_another_computer_uses_the_ledger_beside_the_backup(erased_setup, tmp_path):
    """The second backup folder keeps a copy of the ledger beside the backups, so a restore
    into a new, empty vault folder from there erases the person too."""
    from ajo_cases.services.backup import autobackup

    vault, built, person_id = erased_setup
    usb = tmp_path / "usb"
    usb.mkdir()
    autobackup.set_second_folder(vault, usb)
    saved = backup.create_backup(vault, usb / "before.ajobackup")
    erasure.erase_person(vault, person_id, "the person asked")
    assert (usb / "erasures.json").exists()
    vault.close()
    new_pc = tmp_path / "new-computer"
    restore.restore_backup(new_pc, saved.path, ADMIN, ADMIN_PASSWORD)
    again = open_vault(new_pc, ADMIN, ADMIN_PASSWORD)
    try:
        assert case_detail.case_detail(again, built.case_id).person.erased_at is not None
    finally:
        again.close()


def test_a_manager_unlock_leaves_the_ledger_for_a_session_that_can_check_it(erased_setup):
    vault, _built, person_id = erased_setup
    from ajo_cases.services.access import users

    users.add_user(vault, "boss", "manager", "a long enough manager passphrase")
    saved_ledger = vault.data_dir / "erasures.json"
    erasure.erase_person(vault, person_id, "the person asked")
    ledger_bytes = saved_ledger.read_bytes()
    vault.close()
    manager = open_vault(vault.data_dir, "boss", "a long enough manager passphrase")
    try:
        assert "erasure_ledger_invalid" not in manager.warnings  # not checked, not refused
    finally:
        manager.close()
    assert saved_ledger.read_bytes() == ledger_bytes
