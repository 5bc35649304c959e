"""The one path by which failures reach the user: a translated sentence, never a traceback.

- A business rule that refused (domain RuleViolation): its sentence, with dates as dd.MM.yyyy.
- Invalid input a service names by field: the sentence for that field.
- An expected failure (AjoError, such as a damaged vault): the sentence for its stable code,
  "restore a backup" and the like.
- Anything else is logged with a short reference, its type and stack frames only (an
  exception's text may quote data), and the user sees the reference to pass on.

Operations (operations.py) send every failure here; a form that shows errors next to its
fields uses `failure_text` for the same sentence.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import traceback
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.errors import AjoError, InvalidInput, PasswordRejected, StaleRecord
from ajo_cases.ui.kit.formatting import format_date, format_moment
from ajo_cases.ui.kit.widgets import open_dialog
from ajo_cases.ui.runtime.sentences import (
    error_sentences,
    field_sentences,
    password_problem_text,
    rule_sentences,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

_LOG = logging.getLogger(__name__)


class Failure(NamedTuple):
    sentence: str  # for the user, in the current language
    details: str  # for the administrator: codes or a reference, never data


def log_unexpected(exc: BaseException) -> str:
    """Log type and frames (no message text, which may quote data); return a reference id."""
    reference = secrets.token_hex(3).upper()
    frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
    _LOG.error("unexpected error %s: %s\n%s", reference, type(exc).__name__, frames)
    return reference


def _shown(value: str) -> str:
    """ISO dates in parameters are shown as dd.MM.yyyy."""
    try:
        return format_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def rule_text(exc: RuleViolation) -> str:
    sentence = rule_sentences().get(exc.code)
    if sentence is None:
        return QCoreApplication.translate(
            "Rules", "This is not allowed by the rules of case work (%1)."
        ).replace("%1", exc.code)
    for key, value in exc.params.items():
        sentence = sentence.replace(f"%{key}", _shown(value))
    return sentence


def stale_text(exc: StaleRecord) -> str:
    """Someone else saved first: who (an account name) and when, in local time."""
    try:
        when = format_moment(dt.datetime.fromisoformat(str(exc.params.get("at", ""))))
    except ValueError:
        when = ""
    sentence = field_sentences()["version_by" if when else "version"]
    return sentence.replace("%who", str(exc.params.get("who", ""))).replace("%when", when)


def failure_text(exc: BaseException) -> Failure:
    """The sentence and the administrator's details for any failure, in the current language."""
    if isinstance(exc, RuleViolation):
        return Failure(rule_text(exc), exc.code)
    if isinstance(exc, PasswordRejected):
        lines = [password_problem_text(code) for code in exc.problems]
        return Failure("\n".join(lines) or password_problem_text(exc.code), exc.code)
    if _lost_server(exc):  # a read while the office server is away: not a program error
        return Failure(error_sentences()["server.unreachable"], "server.unreachable")
    if isinstance(exc, StaleRecord) and exc.params.get("who"):
        return Failure(stale_text(exc), f"{exc.code}:version")
    if isinstance(exc, InvalidInput):
        field = str(exc.params.get("field", ""))
        sentence = field_sentences().get(field)
        if sentence is not None:
            return Failure(sentence, f"{exc.code}:{field}")
    if isinstance(exc, AjoError):
        sentence = error_sentences().get(exc.code)
        if sentence is None:
            sentence = QCoreApplication.translate(
                "Errors", "The action failed (%1). Ask the administrator."
            ).replace("%1", exc.code)
        for key, value in exc.params.items():  # a sentence may name the server or the like
            sentence = sentence.replace(f"%{key}", str(value))
        return Failure(sentence, exc.code)
    reference = log_unexpected(exc)
    sentence = QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. Tell the administrator this reference: %1."
    ).replace("%1", reference)
    return Failure(sentence, f"{type(exc).__name__} ref {reference}")


def show_failure(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """The failure in a message box over `parent`, opened without a nested event loop."""
    from PySide6.QtWidgets import QMessageBox  # rarely needed: loaded on the first failure

    failure = failure_text(exc)
    box = QMessageBox(parent)
    box.setObjectName("FailureBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "AJO Cases"))
    box.setText(failure.sentence)
    box.setDetailedText(failure.details)  # copyable for the administrator; no data
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    open_dialog(box)
    return box


def _lost_server(exc: BaseException) -> bool:
    # loaded on the first failure, not with the unlock window: the services (SQLAlchemy) load
    # behind the first paint
    from ajo_cases.services.open_vault import lost_server

    return lost_server(exc)
