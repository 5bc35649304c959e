"""Every table, imported in one place so metadata and migrations see them all."""

from ajo_cases.storage.base import Base
from ajo_cases.storage.models_core import AuditEntry, VaultMeta

__all__ = ["AuditEntry", "Base", "VaultMeta"]
