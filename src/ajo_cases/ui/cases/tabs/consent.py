"""Consent: registration, sharing with named organisations, and statistics. Records are never
edited; a change of mind is a new dated record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ajo_cases.domain.records_casework import CaseDetail, ConsentForm
from ajo_cases.services.casework import consents, partners
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import ListTab
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.form_widgets import DateEdit, VocabCombo
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.vocab_labels import label


class ConsentDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record consent"), self.tr("Record"), parent)
        self.kind = self.add("kind", self.tr("Consent to:"), VocabCombo("consent_kind"))
        self.given = QComboBox()
        self.given.addItem(self.tr("Given"), True)
        self.given.addItem(self.tr("Refused or withdrawn"), False)
        self.add("given", self.tr("Answer:"), self.given)
        self.on = self.add("on", self.tr("Date:"), DateEdit(), required=True)
        self.partners = QListWidget()
        self.partners.setMaximumHeight(140)
        self.add("partners", self.tr("Organisations:"), self.partners)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.check = self._check

    def show_partners(self, items: list[tuple[str, str]]) -> None:
        for partner_id, name in items:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, partner_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)

    def _kind_changed(self) -> None:
        self.partners.setEnabled(self.kind.code() == "sharing")

    def partner_ids(self) -> tuple[str, ...]:
        return tuple(
            self.partners.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.partners.count())
            if self.partners.item(i).checkState() == Qt.CheckState.Checked
        )

    def _check(self) -> bool:
        sharing = self.kind.code() == "sharing"
        if sharing and self.given.currentData() and not self.partner_ids():
            self.error("partners", self.tr("Tick the organisations the person agreed to."))
            return False
        return True

    def form(self) -> ConsentForm:
        kind = self.kind.code() or "registration"
        return ConsentForm(
            kind=kind,
            given=bool(self.given.currentData()),
            recorded_on=self.on.value(),
            partner_ids=self.partner_ids() if kind == "sharing" else (),
        )


class ConsentTab(ListTab):
    key = "consent"

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            [
                Column(lambda: self.tr("Date"), lambda r: r.form.recorded_on),
                Column(
                    lambda: self.tr("Consent to"),
                    lambda r: r.form.kind,
                    lambda r: label("consent_kind", r.form.kind),
                ),
                Column(
                    lambda: self.tr("Answer"),
                    lambda r: r.form.given,
                    lambda r: self.tr("Given") if r.form.given else self.tr("Refused or withdrawn"),
                ),
                Column(
                    lambda: self.tr("Organisations"),
                    lambda r: len(r.form.partner_ids),
                    lambda r: ", ".join(self.partner_names.get(p, "?") for p in r.form.partner_ids),
                ),
                Column(lambda: self.tr("Recorded by"), lambda r: r.recorded_by),
            ],
        )
        self.partner_names: dict[str, str] = {}
        self.warning = self.empty  # registration consent missing
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.do_add)
        self.add_button.setVisible(self.may("consent"))
        self.lay_out(self.add_button)
        self.retranslate()
        vault = self.vault
        self.query(lambda: {p.id: p.form.name for p in partners.list_partners(vault)}).success(
            self._partners_loaded
        ).run()

    def _partners_loaded(self, names: dict[str, str]) -> None:
        self.partner_names = names
        self.model.set_rows(self.model.rows)

    def title(self) -> str:
        return self.tr("Consent")

    def attention(self) -> str:
        missing = self.detail is not None and not self.detail.consent_summary.registration
        return "•" if missing else ""

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Record consent…"))
        self.warning.setText(
            self.tr(
                "Registration consent is missing. Ask the person and record their answer; "
                "keep the signed form under Documents."
            )
        )
        self.model.retranslate()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.model.set_rows(list(reversed(detail.consents)))
        self.warning.setVisible(not detail.consent_summary.registration)

    def do_add(self) -> None:
        if not self.may("consent") or self.detail is None:
            return
        dialog = ConsentDialog(self)
        dialog.show_partners(sorted(self.partner_names.items(), key=lambda item: item[1]))
        case_id, vault = self.detail.case.id, self.vault

        def record() -> None:
            form = dialog.form()
            self.change(lambda: consents.record_consent(vault, case_id, form)).run()

        self.open_form(dialog, record)
