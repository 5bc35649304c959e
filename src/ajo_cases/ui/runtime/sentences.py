"""Every sentence a failure or a warning is shown with, by its stable code, in the user's
language: one sentence of what happened and what to do (failures.py picks the sentence).

Built on each call so the sentences follow the current language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ajo_cases.domain.passwords import MAX_LENGTH, MIN_LENGTH


def error_sentences() -> dict[str, str]:
    return {
        "auth.wrong_credentials": QCoreApplication.translate(
            "Errors",
            "The user name or password is wrong. Check the keyboard language and Caps Lock, "
            "then try again.",
        ),
        "auth.permission_denied": QCoreApplication.translate(
            "Errors", "Your account may not do this."
        ),
        "auth.slot_revoked": QCoreApplication.translate(
            "Errors",
            "This account's key is no longer valid: the account was removed or its password "
            "was changed. Ask the administrator.",
        ),
        "auth.account_removed": QCoreApplication.translate(
            "Errors", "This account was removed from the vault. Ask the administrator."
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
        "server.rolled_back": QCoreApplication.translate(
            "Errors",
            "The office server holds an older state than this PC has already seen (it may have "
            "been put back from an old copy); do not work on it and ask the administrator.",
        ),
        "vault.keyslots_corrupt": QCoreApplication.translate(
            "Errors",
            "The key file is damaged or missing. Restore it from a backup, or unlock with the "
            "recovery code.",
        ),
        "vault.keyslot_refused": QCoreApplication.translate(
            "Errors",
            "Your key slot asks for a password check outside the safe limits, so it was not "
            "run: the key file was probably edited. Restore it from a backup, or unlock with "
            "the recovery code.",
        ),
        "vault.database_missing": QCoreApplication.translate(
            "Errors",
            "The database file is missing or empty. Nothing was created in its place. Restore "
            "the latest backup.",
        ),
        "server.unreachable": QCoreApplication.translate(
            "Errors",
            "The office server is not reachable. Check the network cable or Wi-Fi and try "
            "again; if it stays so, ask the administrator.",
        ),
        "server.not_trusted": QCoreApplication.translate(
            "Errors",
            "The office server could not prove it is the server in the connection file (its "
            "certificate does not match). Do not connect; ask the administrator.",
        ),
        "vault.migrated": QCoreApplication.translate(
            "Errors",
            "This vault was moved to the office server %server and is kept read-only here. "
            "Open the office server's vault to work.",
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
        "record.erased": QCoreApplication.translate(
            "Errors",
            "This person's data was erased: the case is kept for statistics only and can no "
            "longer change.",
        ),
    }


def rule_sentences() -> dict[str, str]:
    return {
        "case.close_with_open_referrals": QCoreApplication.translate(
            "Rules",
            "The case still has %count referrals waiting or under way. Complete or withdraw "
            "them first, or close with a written reason.",
        ),
        "case.close_while_in_shelter": QCoreApplication.translate(
            "Rules", "The person is still in the shelter. Record the discharge first."
        ),
        "case.transition_not_allowed": QCoreApplication.translate(
            "Rules", "A case cannot go from this status to the one chosen."
        ),
        "case.closure_needs_reason": QCoreApplication.translate(
            "Rules", "Choose why the case is being closed."
        ),
        "case.reopen_needs_reason": QCoreApplication.translate(
            "Rules", "Write why the case is being reopened."
        ),
        "referral.transition_not_allowed": QCoreApplication.translate(
            "Rules", "The referral cannot go from its status to the one chosen."
        ),
        "referral.decline_needs_reason": QCoreApplication.translate(
            "Rules", "Write the reason the organisation gave for declining."
        ),
        "referral.no_sharing_consent": QCoreApplication.translate(
            "Rules",
            "The person has not agreed to share their information with this organisation. "
            "Record their sharing consent on the Consent tab first.",
        ),
        "grant.not_approved": QCoreApplication.translate(
            "Rules", "Nothing can be bought or handed over before the grant is approved."
        ),
        "grant.transition_not_allowed": QCoreApplication.translate(
            "Rules", "The grant cannot take this step now."
        ),
        "shelter.bed_required": QCoreApplication.translate("Rules", "Choose a bed."),
        "shelter.discharge_before_admission": QCoreApplication.translate(
            "Rules", "The discharge date is before the admission date (%admitted)."
        ),
        "shelter.already_discharged": QCoreApplication.translate(
            "Rules", "This stay already ended on %discharged."
        ),
        "shelter.person_already_staying": QCoreApplication.translate(
            "Rules", "The person already stays in the shelter since %admitted."
        ),
        "shelter.bed_occupied": QCoreApplication.translate(
            "Rules", "This bed is taken since %admitted. Choose another bed."
        ),
        "shelter.full": QCoreApplication.translate(
            "Rules", "The shelter is full on %date (%capacity beds)."
        ),
        "age.date_before_birth": QCoreApplication.translate(
            "Rules", "The date is before the birth date."
        ),
        "age.negative": QCoreApplication.translate("Rules", "An age cannot be negative."),
        "country.unknown": QCoreApplication.translate("Rules", "This country is not known."),
        "followup.invalid_interval": QCoreApplication.translate(
            "Rules", "The follow-up interval is not valid."
        ),
    }


def field_sentences() -> dict[str, str]:
    """Sentences for invalid input the services report by field."""
    return {
        "plan_status": QCoreApplication.translate(
            "Rules", "The plan has moved on meanwhile. Close the case window and open it again."
        ),
        "plan_empty": QCoreApplication.translate(
            "Rules", "Add an assessment or a planned action before submitting the plan."
        ),
        "connection_file": QCoreApplication.translate(
            "Errors",
            "This is not a connection file of AJO Cases, or it is damaged. Ask the "
            "administrator for a new one.",
        ),
        "version": QCoreApplication.translate(
            "Rules",
            "Someone else changed this record meanwhile. Your changes were not saved: "
            "close the window, open it again and repeat them.",
        ),
        "version_by": QCoreApplication.translate(
            "Rules",
            "%who changed this record at %when. Your changes were not saved and are still "
            "in the window: copy what you need, close the window, open it again and repeat "
            "them.",
        ),
        "birth_date": QCoreApplication.translate("Rules", "The birth date is in the future."),
        "password_given": QCoreApplication.translate(
            "Rules", "Choose a password of your own, not the one you were given."
        ),
        "user_name_reserved": QCoreApplication.translate(
            "Rules", "This name is reserved. Choose another account name."
        ),
        "given_name": QCoreApplication.translate(
            "Rules", "Enter a name, in Cyrillic or in Latin letters."
        ),
        "estimated_age": QCoreApplication.translate(
            "Rules", "The estimated age must be between 0 and 120."
        ),
        "given_on": QCoreApplication.translate("Rules", "The date cannot be in the future."),
        "recorded_on": QCoreApplication.translate("Rules", "The date cannot be in the future."),
        "partner_ids": QCoreApplication.translate(
            "Rules", "Choose the organisations the person agreed to share with."
        ),
        "budget": QCoreApplication.translate(
            "Rules", "Add at least one budget line before submitting."
        ),
        "item": QCoreApplication.translate("Rules", "Each item needs a name."),
        "quantity": QCoreApplication.translate("Rules", "A quantity is at least 1."),
        "approved_minor": QCoreApplication.translate(
            "Rules", "The approved amount must be more than zero."
        ),
        "visited_on": QCoreApplication.translate(
            "Rules", "The visit is dated before the handover."
        ),
        "case": QCoreApplication.translate("Rules", "The case is closed. Reopen it first."),
        "bed_id": QCoreApplication.translate("Rules", "This bed is not in use. Choose another."),
        "content": QCoreApplication.translate(
            "Rules", "The file is too large. Documents may be at most 20 MB."
        ),
        "consent": QCoreApplication.translate(
            "Rules", "This document is the signed form of a consent record and is kept."
        ),
        "status": QCoreApplication.translate(
            "Rules", "The budget can only change while the grant is a business plan."
        ),
        "reason": QCoreApplication.translate(
            "Rules", "Say why the data is erased, in one line (it is kept in the audit log)."
        ),
        "reason_name": QCoreApplication.translate(
            "Rules",
            "The reason may not contain the person's name: it is kept in the audit log. "
            "Write it without the name.",
        ),
        "person_in_shelter": QCoreApplication.translate(
            "Rules", "The person is staying in the shelter. Record the discharge first."
        ),
        "person_erased": QCoreApplication.translate(
            "Rules", "This person's data was erased already."
        ),
        "years": QCoreApplication.translate(
            "Rules", "The retention period must be from 1 to 50 years."
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
    if code == "password.published":
        return QCoreApplication.translate(
            "Errors", "This is the published demo password. Choose another one."
        )
    if code == "password.little_variety":
        return QCoreApplication.translate(
            "Errors", "The password repeats too few different characters. Choose another one."
        )
    if code == "password.guessable":
        return QCoreApplication.translate(
            "Errors",
            "The password is too easy to guess (a pattern, a keyboard row, a date or a common "
            "word). A few unrelated words are better.",
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
    if code == "keyslots_unknown_removed":
        return QCoreApplication.translate(
            "Errors",
            "The key file held key slots the vault does not accept (an account removed or "
            "replaced earlier); they were removed and the event recorded. Tell the "
            "administrator.",
        )
    if code == "keyslots_altered":
        return QCoreApplication.translate(
            "Errors",
            "The key file was changed outside the program; its failed-login notes were not "
            "used. Tell the administrator.",
        )
    if code == "audit_tampered":
        return QCoreApplication.translate(
            "Errors",
            "The audit log does not reach the point recorded earlier: entries were deleted or "
            "rewritten, or the record of that point was removed. Tell the administrator.",
        )
    if code == "vault_migrated":
        return QCoreApplication.translate(
            "Errors",
            "This vault was moved to the office server and is kept on this PC read-only, for "
            "reference. Work in the office server's vault.",
        )
    if code == "erasure_ledger_invalid":
        return QCoreApplication.translate(
            "Errors",
            "The list of erased people (erasures.json) fails its check and was not applied. "
            "Tell the administrator.",
        )
    if code == "damaged_records":
        return QCoreApplication.translate(
            "Errors",
            "Some records failed their integrity check and are left out of lists, search and "
            "exports. Tell the administrator to verify the vault.",
        )
    if code == "password_temporary":
        return QCoreApplication.translate(
            "Errors",
            "Your password was set by an administrator. Choose your own: Administration, "
            "“Change my password…”. Until you do, this reminder comes back at every unlock.",
        )
    return QCoreApplication.translate("Errors", "Warning: %1").replace("%1", code)
