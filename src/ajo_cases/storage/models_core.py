"""Vault-wide tables: metadata and the append-only audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, LargeBinary, String, Text
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
    # the writer's Ed25519 signature (vault/signing.py); NULL before signatures existed and
    # for failed logins parked before unlock. Deferred: unlock reads the log before it migrates
    # an older database, which has no such column yet.
    signature: Mapped[bytes | None] = mapped_column(LargeBinary(73), deferred=True)

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


class ChangeFeedEntry(Base):
    """One statement's changes on the office server, for the other PCs to catch up with.

    Filled by server triggers (storage/change_feed_sql.py), never by the app: `seq` is given
    at commit, under a lock, so it grows in commit order and a PC that has read up to `seq`
    has missed nothing before it. Ids and table names only: nothing derived from a name.
    A local vault keeps the table empty (its one writer tells its own windows directly)."""

    __tablename__ = "change_feed"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    tbl: Mapped[str] = mapped_column(String(64))
    ids: Mapped[str | None] = mapped_column(Text)  # comma-separated; NULL: too many to list
    case_ids: Mapped[str | None] = mapped_column(Text)
    # the writing transaction's id: a PC skips its own changes, which it announced already
    txid: Mapped[int | None] = mapped_column(BigInteger)


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
