"""Business rules that refused an action (domain RuleViolation codes), and invalid input the
services reject, as one sentence in the user's language: what happened and what to do."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.errors import InvalidInput
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.runtime.errors import error_text


def _rules() -> dict[str, str]:
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


def _fields() -> dict[str, str]:
    """Sentences for invalid input the services report by field."""
    return {
        "version": QCoreApplication.translate(
            "Rules",
            "Someone else changed this record meanwhile. Your changes were not saved: "
            "close the window, open it again and repeat them.",
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
    }


def _shown(value: str) -> str:
    """ISO dates in parameters are shown as dd.MM.yyyy."""
    try:
        return format_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def rule_text(exc: RuleViolation) -> str:
    sentence = _rules().get(exc.code)
    if sentence is None:
        return QCoreApplication.translate(
            "Rules", "This is not allowed by the rules of case work (%1)."
        ).replace("%1", exc.code)
    for key, value in exc.params.items():
        sentence = sentence.replace(f"%{key}", _shown(value))
    return sentence


def failure_text(exc: BaseException) -> tuple[str, str]:
    """(sentence, details for the administrator) for any failure of an action."""
    if isinstance(exc, RuleViolation):
        return rule_text(exc), exc.code
    if isinstance(exc, InvalidInput):
        field = str(exc.params.get("field", ""))
        sentence = _fields().get(field)
        if sentence is not None:
            return sentence, f"{exc.code}:{field}"
    return error_text(exc)


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    sentence, details = failure_text(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "AJO Cases"))
    box.setText(sentence)
    box.setDetailedText(details)  # codes only, no personal data
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
