"""Words for audit event names and the verify checks (codes stay in the log; the UI shows
words). Events the case history already names come from vocab_labels' "audit_event"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ajo_cases.ui.kit.vocab_labels import label


def _events() -> dict[str, str]:
    return {
        "login_success": QCoreApplication.translate("AuditEvents", "Signed in"),
        "login_failed": QCoreApplication.translate("AuditEvents", "Failed sign-in"),
        "recovery_unlock": QCoreApplication.translate(
            "AuditEvents", "Unlocked with the recovery code"
        ),
        "lock": QCoreApplication.translate("AuditEvents", "Locked"),
        "unlock": QCoreApplication.translate("AuditEvents", "Unlocked"),
        "verify": QCoreApplication.translate("AuditEvents", "Vault checked"),
        "backup": QCoreApplication.translate("AuditEvents", "Backup made"),
        "backup_failed": QCoreApplication.translate("AuditEvents", "Backup failed"),
        "restore": QCoreApplication.translate("AuditEvents", "Backup restored"),
        "import": QCoreApplication.translate("AuditEvents", "Records imported"),
        "demo_fill": QCoreApplication.translate("AuditEvents", "Demo records added"),
        "user_added": QCoreApplication.translate("AuditEvents", "Account added"),
        "user_removed": QCoreApplication.translate("AuditEvents", "Account removed"),
        "password_changed": QCoreApplication.translate("AuditEvents", "Password changed"),
        "password_reset": QCoreApplication.translate("AuditEvents", "Password reset"),
        "key_rotation": QCoreApplication.translate("AuditEvents", "Keys rotated"),
        "kdf_upgraded": QCoreApplication.translate(
            "AuditEvents", "Password protection strengthened"
        ),
        "integrity_failure": QCoreApplication.translate("AuditEvents", "Integrity check failed"),
        "keyslots_restored_from_backup": QCoreApplication.translate(
            "AuditEvents", "Key file restored from its copy"
        ),
        "keyslots_checksum_mismatch": QCoreApplication.translate(
            "AuditEvents", "Key file checksum mismatch"
        ),
        "vault_created": QCoreApplication.translate("AuditEvents", "Vault created"),
        "setting_changed": QCoreApplication.translate("AuditEvents", "Setting changed"),
        "stats_export": QCoreApplication.translate("AuditEvents", "Statistics exported"),
        "stats_exact": QCoreApplication.translate("AuditEvents", "Exact statistics shown"),
        "stats_drill_down": QCoreApplication.translate("AuditEvents", "Statistics list opened"),
    }


def event_label(event: str) -> str:
    return _events().get(event) or label("audit_event", event)


def check_label(name: str) -> str:
    return {
        "database": QCoreApplication.translate("AuditEvents", "Database structure"),
        "cipher": QCoreApplication.translate("AuditEvents", "Encryption of every page"),
        "references": QCoreApplication.translate("AuditEvents", "Links between records"),
        "audit_chain": QCoreApplication.translate("AuditEvents", "Audit log chain"),
        "audit_head": QCoreApplication.translate(
            "AuditEvents", "Audit log end matches the key file"
        ),
        "key_slots": QCoreApplication.translate("AuditEvents", "Key file"),
        "key_slots_backup": QCoreApplication.translate("AuditEvents", "Copy of the key file"),
    }.get(name, name)
