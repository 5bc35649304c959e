"""Vault-wide tables: metadata and the append-only audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ajo_cases.storage.base import Base


class VaultMeta(Base):
    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """One audit event. Holds ids and field names, never personal values."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(128))
    event: Mapped[str] = mapped_column(String(64), index=True)
    target_table: Mapped[str | None] = mapped_column(String(64))
    target_id: Mapped[str | None] = mapped_column(String(64), index=True)
    fields: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    mac: Mapped[bytes] = mapped_column(LargeBinary(32))

    def chained_fields(self) -> dict[str, Any]:
        """What the office server's trigger hashes (storage/server_chain.py)."""
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "event": self.event,
            "target_table": self.target_table,
            "target_id": self.target_id,
            "fields": self.fields,
            "detail": self.detail,
        }

    def canonical(self) -> dict[str, object]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(timespec="microseconds"),
            "actor": self.actor,
            "event": self.event,
            "target_table": self.target_table or "",
            "target_id": self.target_id or "",
            "fields": self.fields or "",
            "detail": self.detail or "",
        }


class RemovedRow(Base):
    """A row the app removed on the office server, written by ``ajo_remove`` as the database
    owner: app logins cannot DELETE, and cannot write or erase this record (docs/server.md).
    Stays empty in a local vault, where the audit log alone records removals."""

    __tablename__ = "removed_row"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    removed_at: Mapped[datetime]
    login: Mapped[str] = mapped_column(String(64))
