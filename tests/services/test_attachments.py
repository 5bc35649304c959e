"""Documents: encrypted inside the database, size-limited, names sanitised on export (fault 19)."""

from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import ConsentForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import attachments, cases, consents
from ajo_cases.services.casework.attachments import safe_export_name
from ajo_cases.services.people import people
from ajo_cases.storage.models import Attachment

PW = "a long enough passphrase"
MARKER = b"SECRET-SCAN-OF-A-PASSPORT-4471-"


def _case(vault):
    person, _ = people.register(
        vault,
        PersonForm(sex="male", category="returnee_migrant", given_name="Rustam"),
        allow_duplicate=True,
    )
    return cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 2)))[0].id


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../x", "x"),
        ("..\\..\\windows\\system32\\x.dll", "x.dll"),
        ("C:\\x", "x"),
        ("C:x.txt", "C_x.txt"),
        ("/etc/passwd", "passwd"),
        ("CON", "_CON"),
        ("con", "_con"),
        ("NUL.txt", "_NUL.txt"),
        ("nul.tar.gz", "_nul.tar.gz"),
        ("COM1", "_COM1"),
        ("LPT9.pdf", "_LPT9.pdf"),
        ("CONSENT.pdf", "CONSENT.pdf"),
        ("report.pdf...", "report.pdf"),
        ("report.pdf . . ", "report.pdf"),
        ("...", "attachment"),
        ("", "attachment"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("a\u2066b\u200fc\u200b.jpg", "abc.jpg"),
        ("line\nbreak\ttab\x00.png", "line break tab.png"),
        ('what?<is>"this"|*.doc', "what__is__this___.doc"),
        ("паспорт Ҷамшед.pdf", "паспорт Ҷамшед.pdf"),
    ],
)
def test_safe_export_name(name, expected):
    assert safe_export_name(name) == expected


def test_long_names_keep_extension():
    long = "а" * 300 + ".jpeg"
    safe = safe_export_name(long)
    assert len(safe) == 120 and safe.endswith(".jpeg")
    assert len(safe_export_name("x" * 300)) == 120
    assert safe_export_name("y" * 300 + ".not-an-extension!") == "y" * 120


def test_add_get_delete(admin_vault):
    case_id = _case(admin_vault)
    content = MARKER * 100
    info, changes = attachments.add_attachment(
        admin_vault, case_id, "id_document", "../../passport\u202egpj.exe", "image/jpeg", content
    )
    assert info.name == "../../passport\u202egpj.exe"  # kept as given: metadata only
    assert safe_export_name(info.name) == "passportgpj.exe"
    assert info.size == len(content) and len(info.sha256) == 64 and changes.touches("attachment")
    assert attachments.get_content(admin_vault, info.id) == content
    assert [a.id for a in attachments.list_attachments(admin_vault, case_id)] == [info.id]
    attachments.delete_attachment(admin_vault, info.id)
    assert attachments.list_attachments(admin_vault, case_id) == []


def test_content_and_name_never_plaintext_in_the_database(admin_vault):
    case_id = _case(admin_vault)
    attachments.add_attachment(
        admin_vault, case_id, "photo", "Canaryeski-photo.png", "image/png", MARKER * 50
    )
    with admin_vault.read_session() as session:
        row = session.scalars(select(Attachment)).one()
        assert MARKER not in row.content_enc and b"Canaryeski" not in row.name_enc
    folder = admin_vault.data_dir
    admin_vault.close()  # checkpoint the WAL too
    for path in folder.iterdir():
        if path.is_file():
            data = path.read_bytes()
            assert MARKER not in data and b"Canaryeski" not in data, path.name


def test_oversize_refused(admin_vault, monkeypatch):
    case_id = _case(admin_vault)
    limit = attachments.MAX_ATTACHMENT_BYTES
    with pytest.raises(InvalidInput) as err:
        attachments.add_attachment(
            admin_vault, case_id, "photo", "big.png", "image/png", b"\0" * (limit + 1)
        )
    assert err.value.params["limit"] == limit
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(InvalidInput):
        attachments.add_attachment(admin_vault, case_id, "photo", "a.png", "image/png", b"x" * 11)
    attachments.add_attachment(admin_vault, case_id, "photo", "a.png", "image/png", b"x" * 10)


@pytest.mark.parametrize(
    ("kind", "media_type", "content"),
    [("selfie", "image/png", b"x"), ("photo", "not a type", b"x"), ("photo", "image/png", b"")],
)
def test_bad_input_refused(admin_vault, kind, media_type, content):
    case_id = _case(admin_vault)
    with pytest.raises(InvalidInput):
        attachments.add_attachment(admin_vault, case_id, kind, "a.png", media_type, content)


def test_signed_consent_form_is_kept(admin_vault):
    case_id = _case(admin_vault)
    info, _ = attachments.add_attachment(
        admin_vault, case_id, "consent_form", "c.pdf", "application/pdf", b"%PDF"
    )
    consents.record_consent(
        admin_vault,
        case_id,
        ConsentForm("registration", True, date(2026, 3, 2), attachment_id=info.id),
    )
    with pytest.raises(InvalidInput):
        attachments.delete_attachment(admin_vault, info.id)


def test_roles(admin_vault):
    users.add_user(admin_vault, "dilnoza", "shelter_staff", PW)
    users.add_user(admin_vault, "farrukh", "manager", PW)
    case_id = _case(admin_vault)
    info, _ = attachments.add_attachment(
        admin_vault, case_id, "photo", "p.png", "image/png", b"png"
    )
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "dilnoza", PW) as staff:
        attachments.add_attachment(staff, case_id, "receipt", "r.png", "image/png", b"r")
        with pytest.raises(PermissionDenied):
            attachments.delete_attachment(staff, info.id)
    with open_vault(folder, "farrukh", PW) as manager:
        listed = attachments.list_attachments(manager, case_id)
        assert {a.name for a in listed} == {None} and len(listed) == 2
        with pytest.raises(PermissionDenied):
            attachments.get_content(manager, info.id)
