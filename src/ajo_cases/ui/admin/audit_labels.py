"""Words for the checks "Verify chain" makes (the events' words are in the vocabulary table,
"audit_event")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ajo_cases.services.access.passwords import RESERVED_NAME
from ajo_cases.ui.kit.vocab_labels import label


def check_label(name: str) -> str:
    return {
        "database": QCoreApplication.translate("AuditEvents", "Database structure"),
        "cipher": QCoreApplication.translate("AuditEvents", "Encryption of every page"),
        "references": QCoreApplication.translate("AuditEvents", "Links between records"),
        "audit_chain": QCoreApplication.translate("AuditEvents", "Audit log chain"),
        "audit_head": QCoreApplication.translate(
            "AuditEvents", "Audit log end matches the key file"
        ),
        "audit_signatures": QCoreApplication.translate(
            "AuditEvents", "Signatures of the audit log entries"
        ),
        "key_slots": QCoreApplication.translate("AuditEvents", "Key file"),
        "key_slots_backup": QCoreApplication.translate("AuditEvents", "Copy of the key file"),
        "sealed_fields": QCoreApplication.translate(
            "AuditEvents", "Every encrypted field belongs to its record"
        ),
        "key_slots_accepted": QCoreApplication.translate(
            "AuditEvents", "Every key slot is one the vault accepts"
        ),
        "statistics_facts": QCoreApplication.translate(
            "AuditEvents", "Statistics copies match the records"
        ),
    }.get(name, name)


def account_text(name: str) -> str:
    """An account as the log names it; whoever used the recovery code, in words."""
    if name == RESERVED_NAME:
        return QCoreApplication.translate("AuditEvents", "Recovery code")
    return name


def event_label(event: str) -> str:
    return label("audit_event", event)
