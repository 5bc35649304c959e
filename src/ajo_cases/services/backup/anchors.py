"""The audit head kept where the person who truncates the log cannot also rewrite it.

Two kinds of anchor: a small signed head file in the second backup folder (a USB disk or a
network share), written atomically at every backup and close and never moved backwards, and
the head named in each backup's signed manifest. At unlock and in `verify` the furthest of
them is compared with the database's chain. A restore moves the head file back on purpose,
and backups made before the newest restore are not compared (they belong to the timeline the
restore left).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.errors import AjoError
from ajo_cases.services.access import head_check
from ajo_cases.services.backup import archive, backup
from ajo_cases.services.backup.autobackup import get_settings
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import audit_anchor
from ajo_cases.vault.atomic import atomic_write_bytes
from ajo_cases.vault.auditchain import make_head
from ajo_cases.vault.keyslots import AuditHead

_LOG = logging.getLogger(__name__)


def _anchor_file(vault: OpenVault) -> Path | None:
    folder = get_settings(vault).second_folder
    if folder is None:
        return None
    place = str(vault.data_dir.resolve())
    return folder / audit_anchor.anchor_name(vault.slot_file.vault_id, place)


def read_anchor(vault: OpenVault) -> AuditHead | None:
    path = _anchor_file(vault)
    if path is None:
        return None
    try:
        raw = path.read_bytes()
    except OSError:  # no file yet, or the disk is not plugged in
        return None
    return audit_anchor.decode_anchor(vault.audit_key, vault.slot_file.vault_id, raw)


def write_anchor(vault: OpenVault, *, reset: bool = False) -> None:
    """Record the chain's head in the second folder; never backwards unless ``reset``."""
    path = _anchor_file(vault)
    if path is None or not path.parent.is_dir():
        return
    with vault.read_session() as session:
        last = vault.audit.last(session)
        if last is None:
            return
        anchored = None if reset else read_anchor(vault)
        if anchored is not None:
            found, _head = head_check.chain_status(vault, session, [anchored])
            if found != audit_anchor.REACHED:
                return  # keep the further head: the check at unlock and in verify reports it
        head = make_head(vault.audit_key, last.seq, last.mac)
    try:
        atomic_write_bytes(
            path, audit_anchor.encode_anchor(vault.audit_key, vault.slot_file.vault_id, head)
        )
    except OSError as exc:
        _LOG.warning("could not write the audit head to the second folder: %s", exc.strerror)


def _last_restore(session: Session) -> datetime | None:
    return session.scalar(
        select(AuditEntry.at).where(AuditEntry.event == "restore").order_by(AuditEntry.seq.desc())
    )


def manifest_heads(vault: OpenVault, session: Session) -> list[AuditHead | None]:
    """Heads named by this vault's authentic backups made since the newest restore."""
    folders = [backup.default_folder(vault.data_dir)]
    second = get_settings(vault).second_folder
    if second is not None:
        folders.append(second)
    restored = _last_restore(session)
    heads: list[AuditHead | None] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            for path in folder.glob(f"*{archive.SUFFIX}"):
                try:
                    manifest, _slots, _info = archive.read_archive(path)
                except (AjoError, OSError):
                    continue
                if manifest.vault_id != vault.slot_file.vault_id:
                    continue
                if restored is not None and _aware(manifest.created) <= _aware(restored):
                    continue
                if manifest.is_authentic(vault.audit_key):
                    heads.append(manifest.audit_head)
    return heads


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def known_heads(vault: OpenVault, session: Session) -> list[AuditHead | None]:
    return [read_anchor(vault), *manifest_heads(vault, session)]


def check(vault: OpenVault) -> tuple[str, AuditHead | None]:
    """Does the chain reach the furthest anchored head? (``audit_anchor.REACHED`` if so)."""
    with vault.read_session() as session:
        heads = known_heads(vault, session)
        if not any(heads):
            return audit_anchor.REACHED, None
        return head_check.chain_status(vault, session, heads)
