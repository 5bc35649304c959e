"""Role names as people read them (the vocabulary table), and what each role does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ajo_cases.ui.kit.vocab_labels import label


def role_label(role: str) -> str:
    return label("role", role)


def role_description(role: str) -> str:
    descriptions = {
        "admin": QCoreApplication.translate(
            "Roles", "You manage accounts and backups and may see all records."
        ),
        "case_worker": QCoreApplication.translate(
            "Roles", "You register people and cases and record assistance."
        ),
        "shelter_staff": QCoreApplication.translate(
            "Roles", "You record admissions, discharges and daily shelter work."
        ),
        "manager": QCoreApplication.translate(
            "Roles", "You see statistics and case codes; names stay hidden from your account."
        ),
    }
    return descriptions.get(role, "")
