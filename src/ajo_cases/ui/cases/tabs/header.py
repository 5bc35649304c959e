"""The header band of a case: who, what status, which consents, and the main actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.lifecycle import CASE_TRANSITIONS
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.domain.vocab import CaseStatus
from ajo_cases.ui.kit.formatting import format_date
from ajo_cases.ui.kit.status_delegate import tint
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.kit.widgets import icon

STATUS_TARGETS = ("active", "follow_up", "closed", "reopen")


def status_move_allowed(status: str, target: str) -> bool:
    """Reopening is the way back from closed; the rest follow the case lifecycle."""
    current = CaseStatus(status)
    if target == "reopen" or current is CaseStatus.CLOSED:
        return target == "reopen" and current is CaseStatus.CLOSED
    return CaseStatus(target) in CASE_TRANSITIONS[current]


def _bold(scale: float = 1.0) -> QLabel:
    widget = QLabel()
    font = widget.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def sharing_state(detail: CaseDetail) -> str:
    """ "given" (some partner may be told), "refused" (the person said no, or withdrew), or
    "not_asked" (nothing recorded yet): a question not yet asked is no refusal."""
    if detail.consent_summary.sharing_partner_ids:
        return "given"
    asked = any(consent.form.kind == "sharing" for consent in detail.consents)
    return "refused" if asked else "not_asked"


class ConsentBadge(QWidget):
    """An icon with a short word: given (tick), refused (cross) or not asked yet (a neutral
    dash); never colour alone."""

    def __init__(self) -> None:
        super().__init__()
        self.icon = QLabel()
        self.text = QLabel()
        self.state: bool | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)

    def show_state(self, given: bool | None, text: str, tooltip: str) -> None:
        """`given` None: not asked yet."""
        name = {True: "consent-yes.svg", False: "consent-no.svg", None: "consent-unasked.svg"}
        self.state = given
        self.icon.setPixmap(icon(name[given]).pixmap(16, 16))
        self.text.setText(text)
        self.setToolTip(tooltip)


class CaseHeader(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CaseHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.code = _bold(1.5)
        self.name = _bold(1.2)
        self.latin = QLabel()
        self.latin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("StatusLabel")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.registration, self.sharing, self.statistics = (
            ConsentBadge(),
            ConsentBadge(),
            ConsentBadge(),
        )
        self.consent_label = QLabel()
        consents = QHBoxLayout()
        consents.setSpacing(4)
        consents.addWidget(self.consent_label)
        for badge in (self.registration, self.sharing, self.statistics):
            consents.addWidget(badge)
        consents.addStretch(1)

        self.add_assistance, self.refer, self.admit, self.print_button, self.close_case = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        # The case's status along open → active → follow-up → closed (and reopened): only the
        # moves the lifecycle allows are offered (domain.lifecycle.CASE_TRANSITIONS).
        self.close_case.setObjectName("CaseStatusButton")
        self.close_case.setMenu(QMenu(self.close_case))
        self.close_case.setStyleSheet("QPushButton::menu-indicator { width: 0px; }")
        status_menu = self.close_case.menu()
        self.status_actions: dict[str, QAction] = {
            target: status_menu.addAction("") for target in STATUS_TARGETS
        }
        self.person_data = QPushButton()  # the person's copy, erasure (case_window fills it)
        self.person_data.setMenu(QMenu(self.person_data))
        # the arrow is in the text: Fusion draws its own indicator over long words
        self.person_data.setStyleSheet("QPushButton::menu-indicator { width: 0px; }")
        self.action_row = QHBoxLayout()
        for button in (self.add_assistance, self.refer, self.admit, self.print_button):
            self.action_row.addWidget(button)
        self.action_row.addWidget(self.person_data)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.close_case)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        title = QHBoxLayout()
        title.addWidget(self.code)
        title.addWidget(self.status)
        title.addSpacing(12)
        title.addWidget(self.name)
        title.addSpacing(6)
        title.addWidget(self.latin)
        title.addStretch(1)
        grid.addLayout(title, 0, 0)
        grid.addWidget(self.facts, 1, 0)
        grid.addLayout(consents, 2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(grid)
        layout.addLayout(self.action_row)
        self.detail: CaseDetail | None = None
        self.retranslate()

    def load(self, detail: CaseDetail) -> None:
        self.detail = detail
        case, person = detail.case, detail.person
        self.code.setText(case.code)
        if person.erased_at is not None:
            self.name.setText(
                self.tr("Personal data erased on %1").replace(
                    "%1", format_date(person.erased_at.date())
                )
            )
            self.latin.setText("")
        elif detail.restricted:
            self.name.setText(self.tr("restricted"))
            self.latin.setText("")
        else:
            self.name.setText(person.form.cyrillic_name or person.form.latin_name or "")
            latin = person.form.latin_name or ""
            self.latin.setText(f"· {latin}" if latin and person.form.cyrillic_name else "")
        status = case.status
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        self.status.setText(label("case_status", status))
        self.status.setStyleSheet(
            f"background: {tint(status, dark).name()}; border-radius: 9px; padding: 2px 10px;"
        )
        age = ""
        if case.age_at_intake is not None:
            age = f"≈{case.age_at_intake}" if case.age_estimated else str(case.age_at_intake)
        parts = [
            label("sex", person.form.sex),
            self.tr("age at intake %1").replace("%1", age) if age else "",
            label("category", person.form.category),
            self.tr("risk: %1").replace("%1", label("risk_level", case.form.risk_level))
            if case.form.risk_level
            else self.tr("risk not assessed"),
            self.tr("worker: %1").replace("%1", detail.staff_name(case.form.worker))
            if case.form.worker
            else self.tr("no worker assigned"),
        ]
        self.facts.setText(" · ".join(p for p in parts if p))
        summary = detail.consent_summary
        self.registration.show_state(
            summary.registration,
            self.tr("Registration"),
            self.tr("Consent to registration: given")
            if summary.registration
            else self.tr("Consent to registration: missing — record it on the Consent tab"),
        )
        sharing = sharing_state(detail)
        tooltips = {
            "given": self.tr("May be shared with %1 organisation(s)").replace(
                "%1", str(len(summary.sharing_partner_ids))
            ),
            "refused": self.tr(
                "The person refused or withdrew consent to share with partner organisations"
            ),
            "not_asked": self.tr(
                "Not asked yet: ask the person before a referral and record the answer on "
                "the Consent tab"
            ),
        }
        given = {"given": True, "refused": False, "not_asked": None}[sharing]
        self.sharing.show_state(given, self.tr("Sharing"), tooltips[sharing])
        self.statistics.show_state(
            summary.statistics,
            self.tr("Statistics"),
            self.tr("Counted in statistics")
            if summary.statistics
            else self.tr("Left out of statistics (consent withdrawn)"),
        )
        for target, action in self.status_actions.items():
            action.setVisible(status_move_allowed(status, target))
        staying = any(stay.discharged_on is None for stay in detail.stays)
        self.admit.setEnabled(not staying)
        self.admit.setToolTip(
            self.tr("The person is in the shelter now; discharge them on the Shelter tab first.")
            if staying
            else ""
        )

    def retranslate(self) -> None:
        self.consent_label.setText(self.tr("Consent:"))
        self.add_assistance.setText(self.tr("Add assistance…"))
        self.refer.setText(self.tr("Refer…"))
        self.admit.setText(self.tr("Admit to shelter…"))
        self.print_button.setText(self.tr("Print…"))
        self.person_data.setText(self.tr("Person's data") + " ▾")
        self.close_case.setText(self.tr("Case status") + " ▾")
        for target, text in (
            ("active", self.tr("Set active")),
            ("follow_up", self.tr("Move to follow-up")),
            ("closed", self.tr("Close case…")),
            ("reopen", self.tr("Reopen case…")),
        ):
            self.status_actions[target].setText(text)
        if self.detail is not None:
            self.load(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
