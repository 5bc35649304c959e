"""Assistance: what the person received, when, from whom and at what cost."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ajo_cases.domain.records_casework import AssistanceForm, AssistanceRecord, CaseDetail
from ajo_cases.services.casework import assistance, partners
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.common import ListTab
from ajo_cases.ui.kit.dialogs import FormDialog, confirm, text_box
from ajo_cases.ui.kit.form_widgets import ChoiceCombo, DateEdit, MoneyEdit, VocabCombo
from ajo_cases.ui.kit.formatting import format_amount, format_date
from ajo_cases.ui.kit.record_model import Column
from ajo_cases.ui.kit.vocab_labels import label
from ajo_cases.ui.runtime.operations import QueryOp


def _cost(record: AssistanceRecord) -> str:
    return format_amount(record.form.cost_minor, record.form.currency)


class AssistanceDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add assistance"), self.tr("Add"), parent)
        self.type = self.add("type", self.tr("Type:"), VocabCombo("assistance_type"), required=True)
        self.given_on = self.add("given_on", self.tr("Given on:"), DateEdit(), required=True)
        self.trade = self.add("trade", self.tr("Trade:"), VocabCombo("trade", optional=True))
        self.provider = self.add("provider", self.tr("Given by:"), ChoiceCombo())
        self.cost = self.add("cost", self.tr("Cost:"), MoneyEdit())
        self.note = self.add("note", self.tr("Note:"), text_box())
        self.type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.check = self._check

    def _type_changed(self) -> None:
        self.trade.setEnabled(self.type.code() == "vocational_training")

    def _check(self) -> bool:
        if self.type.code() is None:  # never "other" by default: the donor counts by type
            self.error("type", self.tr("Choose the type of assistance."))
            return False
        try:
            self.cost.minor()
        except ValueError:
            self.error("cost", self.tr("Write the amount as a number, for example 150 or 150,50."))
            return False
        return True

    def form(self) -> AssistanceForm:
        code = self.type.code() or "other"
        return AssistanceForm(
            type=code,
            given_on=self.given_on.value(),
            trade=self.trade.code() if code == "vocational_training" else None,
            provider_partner_id=self.provider.value(),
            cost_minor=self.cost.minor(),
            currency=self.cost.currency.code() or "TJS",
            note=self.note.toPlainText().strip() or None,
        )


class AssistanceTab(ListTab):
    key = "assistance"

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            [
                Column(lambda: self.tr("Date"), lambda r: r.form.given_on),
                Column(
                    lambda: self.tr("Type"),
                    lambda r: r.form.type,
                    lambda r: label("assistance_type", r.form.type),
                ),
                Column(
                    lambda: self.tr("Given by"),
                    lambda r: r.provider_name or "",
                    lambda r: r.provider_name or self.tr("Our staff"),
                ),
                Column(lambda: self.tr("Cost"), lambda r: r.form.cost_minor or 0, _cost),
                Column(lambda: self.tr("Recorded by"), lambda r: r.created_by),
                Column(
                    lambda: self.tr("Note"),
                    lambda r: r.form.note or "",
                    lambda r: self.tr("restricted") if r.restricted else (r.form.note or ""),
                ),
            ],
        )
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.do_add)
        self.delete_button.clicked.connect(self.do_delete)
        for button in (self.add_button, self.delete_button):
            button.setVisible(self.may("assistance"))
        self.lay_out(self.add_button, self.delete_button)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Assistance")

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add assistance…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.empty.setText(
            self.tr("No assistance recorded yet. Choose “Add assistance…” to record some.")
        )
        self.model.retranslate()

    def load(self, detail: CaseDetail) -> None:
        super().load(detail)
        self.show_rows(detail.assistance)

    def do_add(self) -> None:
        if not self.may("assistance") or self.detail is None:
            return
        dialog = AssistanceDialog(self)
        costed = [r for r in self.detail.assistance if r.form.cost_minor is not None]
        if costed:  # the currency this case was last paid in (a project paying in USD)
            latest = max(costed, key=lambda r: r.form.given_on)
            dialog.cost.currency.set_code(latest.form.currency)
        vault, case_id = self.vault, self.detail.case.id
        QueryOp(  # the dialog asks: its answer is dropped if it was closed meanwhile
            dialog,
            lambda: [(p.id, p.form.name) for p in partners.list_partners(vault, active_only=True)],
        ).success(lambda items: dialog.provider.fill(items, self.tr("Our staff"))).run()

        def add() -> None:
            form = dialog.form()
            self.change(lambda: assistance.add_assistance(vault, case_id, form)).run()

        self.open_form(dialog, add)

    def do_delete(self) -> None:
        record: AssistanceRecord | None = self.selected()
        if record is None:
            return
        text = (
            self.tr(
                "Delete the assistance “%1” of %2? Use this only for a record entered by "
                "mistake; the history keeps that it existed."
            )
            .replace("%1", label("assistance_type", record.form.type))
            .replace("%2", format_date(record.form.given_on))
        )
        vault = self.vault
        self.dialog = confirm(
            self,
            self.tr("Delete assistance"),
            text,
            self.tr("Delete this record"),
            lambda: self.change(
                lambda: assistance.delete_assistance(
                    vault, record.id, expected_version=record.version
                )
            ).run(),
        )
