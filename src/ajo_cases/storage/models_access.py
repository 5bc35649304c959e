"""Which key slots the vault accepts: kept inside the encrypted database, not in the key file."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ajo_cases.storage.base import Base, Versioned


class KeySlotEntry(Base):
    """One accepted slot version: its id and the SHA-256 of its sealed form.

    Every re-seal (password change, key rotation, stronger KDF) gives a slot a new nonce and
    so a new fingerprint; an older copy of the same slot is no longer accepted.
    """

    __tablename__ = "key_slot_registry"

    slot_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)


class AccountProfile(Versioned, Base):
    """Who is behind a sign-in name: printed on papers people sign and shown in lists, so
    nobody reads "nigora" where "Nigora Rahimova, case worker" belongs."""

    __tablename__ = "account_profile"

    user: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
