"""Documents of a case (scanned IDs, consent forms, handover certificates, photos).

The content and the original file name are encrypted inside the database and the file is
known by its id; the name is only metadata and is sanitised whenever it becomes a file name
(`safe_export_name`), because it came from outside and may be hostile.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from ajo_cases.domain.records_casework import ATTACHMENT_KINDS, AttachmentInfo
from ajo_cases.errors import IntegrityFailure, InvalidInput, NotFound
from ajo_cases.services import versions
from ajo_cases.services.casework import followups
from ajo_cases.services.casework.cases import CASE_WORK_ROLES
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.storage import removal
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Attachment, Consent
from ajo_cases.vault.output import write_output_bytes

DELETE_ROLES = CASE_WORK_ROLES  # a document is deleted only by case work, never by shelter staff
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_STORED_NAME = 1000  # the original name is kept whole as metadata, within reason
MAX_EXPORT_NAME = 120
FALLBACK_NAME = "attachment"
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*")
_WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*')
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,15}")
# Windows refuses these as the part of a file name before the first dot ("NUL.txt" too).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³"}
)


def safe_export_name(name: str | None, fallback: str = FALLBACK_NAME) -> str:
    """A file name that is safe to save on Windows, macOS and Linux.

    Keeps only the last path part (``../../x`` and ``C:\\x`` become ``x``), drops control
    and invisible formatting characters (the RTL override U+202E makes ``cod.exe`` look like
    ``exe.doc``), replaces characters Windows forbids, trims dots and spaces at both ends,
    defuses reserved device names (``CON``, ``NUL.txt``, ``COM1``...) and limits the length
    to 120 characters, keeping the extension.
    """
    text = unicodedata.normalize("NFC", name or "")
    # tabs and line breaks become spaces; other control and format characters go
    text = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    text = re.split(r"[/\\]", text)[-1]
    text = "".join("_" if ch in _WINDOWS_FORBIDDEN else ch for ch in text)
    text = re.sub(r" {2,}", " ", text).strip(" .")
    if len(text) > MAX_EXPORT_NAME:
        stem, dot, ext = text.rpartition(".")
        suffix = dot + ext if dot and _EXTENSION.fullmatch(dot + ext) else ""
        stem = text[: len(text) - len(suffix)][: MAX_EXPORT_NAME - len(suffix)].rstrip(" .")
        text = (stem or fallback) + suffix
    if not text:
        return fallback
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED:
        text = ("_" + text)[:MAX_EXPORT_NAME]
    return text


def to_info(vault: OpenVault, row: Attachment) -> AttachmentInfo:
    name = None
    if vault.cipher.can_read_personal:
        name = vault.cipher.decrypt("attachment", "name_enc", row.id, row.name_enc)
    return AttachmentInfo(
        id=row.id, case_id=row.case_id, kind=row.kind, name=name, media_type=row.media_type,
        size=row.size, sha256=row.sha256, created_by=row.created_by, created_at=row.created_at,
        version=row.version,
    )  # fmt: skip


def add_attachment(
    vault: OpenVault,
    case_id: str,
    kind: str,
    original_name: str,
    media_type: str,
    content: bytes,
) -> tuple[AttachmentInfo, Changes]:
    """Store a document encrypted inside the database, refusing files over the size limit."""
    vault.require_role(*STAFF_ROLES)
    if kind not in ATTACHMENT_KINDS:
        raise InvalidInput(f"unknown document kind {kind!r}", field="kind")
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            "the file is too large", field="content",
            size=len(content), limit=MAX_ATTACHMENT_BYTES,
        )  # fmt: skip
    if not content:
        raise InvalidInput("the file is empty", field="content")
    if len(media_type) > 100 or not _MEDIA_TYPE.fullmatch(media_type):
        raise InvalidInput("unknown media type", field="media_type")
    name = unicodedata.normalize("NFC", original_name or "").strip() or FALLBACK_NAME
    if len(name) > MAX_STORED_NAME:
        raise InvalidInput("the file name is too long", field="original_name")
    with vault.unit_of_work() as session:
        followups.require_case(session, case_id)
        row_id = new_uuid()
        row = Attachment(
            id=row_id,
            case_id=case_id,
            kind=kind,
            name_enc=vault.cipher.encrypt("attachment", "name_enc", row_id, name),
            media_type=media_type.lower(),
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content_enc=vault.cipher.encrypt_bytes("attachment", "content_enc", row_id, content),
            created_by=vault.user,
        )
        session.add(row)
        session.flush()
        vault.record(
            session, "create", target_table="attachment", target_id=row_id,
            fields=["kind", "name", "media_type", "content"], detail=kind,
        )  # fmt: skip
        info = to_info(vault, row)
    return info, Changes.of("attachment", "case", case_id=case_id, ids=(row_id,))


def _get(session: Session, attachment_id: str, *, with_content: bool) -> Attachment:
    query = select(Attachment).where(Attachment.id == attachment_id)
    if not with_content:
        query = query.options(defer(Attachment.content_enc, raiseload=True))
    row = session.scalar(query)
    if row is None:
        raise NotFound("no such document")
    return row


def get_info(vault: OpenVault, attachment_id: str) -> AttachmentInfo:
    with vault.read_session() as session:
        return to_info(vault, _get(session, attachment_id, with_content=False))


def get_content(vault: OpenVault, attachment_id: str) -> bytes:
    """The decrypted file, checked against its SHA-256; opening it is audited."""
    vault.require_role(*STAFF_ROLES)
    with vault.unit_of_work() as session:
        row = _get(session, attachment_id, with_content=True)
        content = vault.cipher.decrypt_bytes("attachment", "content_enc", row.id, row.content_enc)
        if hashlib.sha256(content).hexdigest() != row.sha256:
            raise IntegrityFailure("a document does not match its checksum", table="attachment")
        vault.record(session, "view", target_table="attachment", target_id=row.id)
    return content


def save_copy(vault: OpenVault, attachment_id: str, destination: Path) -> None:
    """Write the decrypted document to a file the person chose: atomically, created 0600 (a
    device or pipe is written into, never replaced)."""
    write_output_bytes(destination, get_content(vault, attachment_id))


def delete_attachment(
    vault: OpenVault, attachment_id: str, *, expected_version: int | None = None
) -> Changes:
    """Delete a document; one that is the signed form of a consent record is kept."""
    vault.require_role(*DELETE_ROLES)
    with vault.unit_of_work() as session:
        row = _get(session, attachment_id, with_content=False)
        versions.require(session, row, expected_version)
        used = session.scalar(select(Consent.id).where(Consent.attachment_id == row.id).limit(1))
        if used is not None:
            raise InvalidInput("this document is the signed form of a consent", field="consent")
        case_id = row.case_id
        # detail names the case so the case history can still show the deletion
        vault.record(
            session, "delete", target_table="attachment", target_id=row.id,
            detail=f"case_file:{case_id}",
        )  # fmt: skip
        removal.remove(session, row)
    return Changes.of("attachment", "case", case_id=case_id, ids=(attachment_id,))


def for_case(vault: OpenVault, session: Session, case_id: str) -> list[AttachmentInfo]:
    rows = session.scalars(
        select(Attachment)
        .options(
            defer(Attachment.content_enc, raiseload=True)
        )  # never load file contents for a list
        .where(Attachment.case_id == case_id)
        .order_by(Attachment.created_at.desc())
    )
    return [to_info(vault, row) for row in rows]


def list_attachments(vault: OpenVault, case_id: str) -> list[AttachmentInfo]:
    with vault.read_session() as session:
        return for_case(vault, session, case_id)
