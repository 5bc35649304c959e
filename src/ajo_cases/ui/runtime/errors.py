"""The one path by which failures reach the user: a translated sentence, never a traceback.

Expected failures (AjoError) are looked up by their stable code. Anything else is logged with a
short reference id, its type and stack frames only (an exception's text may quote data), and
the user sees the reference to pass on to the administrator.
"""

from __future__ import annotations

import logging
import secrets
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ajo_cases.domain.passwords import MAX_LENGTH, MIN_LENGTH
from ajo_cases.errors import AjoError, PasswordRejected

_LOG = logging.getLogger(__name__)


def _error_sentences() -> dict[str, str]:
    # Built on each call so the sentences follow the current language.
    return {
        "auth.wrong_credentials": QCoreApplication.translate(
            "Errors",
            "The user name or password is wrong. Check the keyboard language and Caps Lock, "
            "then try again.",
        ),
        "auth.permission_denied": QCoreApplication.translate(
            "Errors", "Your account may not do this."
        ),
        "auth.personal_data_restricted": QCoreApplication.translate(
            "Errors", "Your role may not see personal data."
        ),
        "vault.in_use": QCoreApplication.translate(
            "Errors",
            "The vault is already open in another window or by another user of this computer. "
            "Close it there, then try again.",
        ),
        "vault.damaged": QCoreApplication.translate(
            "Errors",
            "The database is damaged or was replaced. Nothing was changed. Restore the latest "
            "backup or ask the administrator.",
        ),
        "vault.rolled_back": QCoreApplication.translate(
            "Errors",
            "The database is older than the key file: an old copy may have been put in its "
            "place. Restore the latest backup or ask the administrator.",
        ),
        "vault.keyslots_corrupt": QCoreApplication.translate(
            "Errors",
            "The key file is damaged or missing. Restore it from a backup, or unlock with the "
            "recovery code.",
        ),
        "vault.database_missing": QCoreApplication.translate(
            "Errors",
            "The database file is missing or empty. Nothing was created in its place. Restore "
            "the latest backup.",
        ),
        "vault.not_found": QCoreApplication.translate(
            "Errors", "There is no vault in this folder."
        ),
        "vault.exists": QCoreApplication.translate(
            "Errors", "A vault already exists in this folder."
        ),
        "vault.data_dir_unusable": QCoreApplication.translate(
            "Errors",
            "The data folder cannot be used. Check that it exists and that you may write to it.",
        ),
        "vault.database_too_new": QCoreApplication.translate(
            "Errors",
            "This database was made by a newer version of AJO Cases. Install the newer version.",
        ),
        "vault.integrity_failure": QCoreApplication.translate(
            "Errors",
            "An integrity check failed. Stop work and ask the administrator to check the vault.",
        ),
        "not_found": QCoreApplication.translate(
            "Errors", "This item no longer exists. Refresh and try again."
        ),
        "invalid_input": QCoreApplication.translate(
            "Errors", "The input was not accepted. Check it and try again."
        ),
    }


def password_problem_text(code: str) -> str:
    if code == "password.too_short":
        return QCoreApplication.translate(
            "Errors", "The password must have at least %1 characters."
        ).replace("%1", str(MIN_LENGTH))
    if code == "password.too_long":
        return QCoreApplication.translate(
            "Errors", "The password may have at most %1 characters."
        ).replace("%1", str(MAX_LENGTH))
    if code == "password.common":
        return QCoreApplication.translate(
            "Errors", "This password is too common. Choose another one."
        )
    if code == "password.contains_user_name":
        return QCoreApplication.translate(
            "Errors", "The password must not contain the account name."
        )
    if code == "password.mismatch":
        return QCoreApplication.translate("Errors", "The two passwords are different.")
    return QCoreApplication.translate("Errors", "The password was not accepted (%1).").replace(
        "%1", code
    )


def warning_text(code: str) -> str:
    """Sentences for OpenVault.warnings (the vault opened, but something needs attention)."""
    if code == "keyslots_restored_from_backup":
        return QCoreApplication.translate(
            "Errors",
            "The key file was damaged and has been restored from its backup copy. "
            "Tell the administrator.",
        )
    if code == "keyslots_checksum_mismatch":
        return QCoreApplication.translate(
            "Errors",
            "The key file does not match its checksum: it may have been altered. "
            "Tell the administrator.",
        )
    if code == "password_temporary":
        return QCoreApplication.translate(
            "Errors",
            "Your password was set by an administrator. Choose your own: Administration, "
            "“Change my password…”. Until you do, this reminder comes back at every unlock.",
        )
    return QCoreApplication.translate("Errors", "Warning: %1").replace("%1", code)


def log_unexpected(exc: BaseException) -> str:
    """Log type and frames (no message text, which may quote data); return a reference id."""
    reference = secrets.token_hex(3).upper()
    frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
    _LOG.error("unexpected error %s: %s\n%s", reference, type(exc).__name__, frames)
    return reference


def error_text(exc: BaseException) -> tuple[str, str]:
    """(sentence for the user, details for the administrator) in the current language."""
    if isinstance(exc, PasswordRejected):
        lines = [password_problem_text(code) for code in exc.problems]
        return "\n".join(lines) or password_problem_text(exc.code), exc.code
    if isinstance(exc, AjoError):
        sentence = _error_sentences().get(exc.code)
        if sentence is None:
            sentence = QCoreApplication.translate(
                "Errors", "The action failed (%1). Ask the administrator."
            ).replace("%1", exc.code)
        return sentence, exc.code
    reference = log_unexpected(exc)
    sentence = QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. Tell the administrator this reference: %1."
    ).replace("%1", reference)
    return sentence, f"{type(exc).__name__} ref {reference}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    sentence, details = error_text(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "AJO Cases"))
    box.setText(sentence)
    box.setDetailedText(details)  # copyable for the administrator; codes only, no data
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
