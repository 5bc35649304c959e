"""Trafficking: recruitment and exploitation (HTCDS fields) and the person's account. The
case-level fields every case needs are on the Case tab (case_fields.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records import CaseForm, CaseRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.case_fields import case_part_saver
from ajo_cases.ui.cases.tabs.form_tab import FormTab
from ajo_cases.ui.kit.form_widgets import (
    CheckList,
    FieldGroup,
    OptionalDate,
    VocabCombo,
    align_labels,
)


def _text(edit: QPlainTextEdit) -> str | None:
    return edit.toPlainText().strip() or None


class TraffickingTab(FormTab[CaseForm, CaseRecord]):
    key = "trafficking"
    form_type = CaseForm

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.exploitation = FieldGroup()
        e = self.exploitation
        self.types = e.add("types", CheckList("exploitation_type", max_rows=17))
        self.industry = e.add("industry", VocabCombo("labour_industry", optional=True))
        self.control = e.add("control", CheckList("control_method", max_rows=17))
        self.recruitment = e.add("recruitment", VocabCombo("recruitment_method", optional=True))
        self.relation = e.add("relation", VocabCombo("recruiter_relation", optional=True))
        self.country_recruitment = e.add(
            "country_recruitment", VocabCombo("country", optional=True)
        )
        self.country_exploitation = e.add(
            "country_exploitation", VocabCombo("country", optional=True)
        )
        self.transit = e.add("transit", CheckList("country"))
        self.start, self.end = e.add("start", OptionalDate()), e.add("end", OptionalDate())
        self.age = QSpinBox()
        e.add("age", self.age)
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText("—")
        self.account = FieldGroup()
        self.places = self.account.add("places", QPlainTextEdit())
        self.narrative = self.account.add("narrative", QPlainTextEdit())
        restricted = not self.vault.may_read_personal
        self.account.setVisible(not restricted)
        self.hint.setVisible(not self.may("edit_case"))
        body = QWidget()
        column = QVBoxLayout(body)
        for group in (self.exploitation, self.account):
            column.addWidget(group)
        self.lay_out(body, editable=self.may("edit_case"))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Trafficking")

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Read-only for your role."))
        self.exploitation.heading.setText(self.tr("Recruitment and exploitation"))
        self.account.heading.setText(self.tr("The person's account"))
        for group, key, text in (
            (self.exploitation, "types", self.tr("Forms of exploitation:")),
            (self.exploitation, "industry", self.tr("Industry:")),
            (self.exploitation, "control", self.tr("Means of control:")),
            (self.exploitation, "recruitment", self.tr("Recruited through:")),
            (self.exploitation, "relation", self.tr("Recruiter was:")),
            (self.exploitation, "country_recruitment", self.tr("Country of recruitment:")),
            (self.exploitation, "country_exploitation", self.tr("Country of exploitation:")),
            (self.exploitation, "transit", self.tr("Transit countries:")),
            (self.exploitation, "start", self.tr("Exploitation began:")),
            (self.exploitation, "end", self.tr("Exploitation ended:")),
            (self.exploitation, "age", self.tr("Age when trafficked:")),
            (self.account, "places", self.tr("Places:")),
            (self.account, "narrative", self.tr("What happened:")),
        ):
            group.set_label(key, text)
        align_labels(self.exploitation, self.account)
        self.start.known.setText(self.tr("known"))
        self.end.known.setText(self.tr("known"))
        for vocab in (self.industry, self.recruitment, self.relation,
                      self.country_recruitment, self.country_exploitation):  # fmt: skip
            vocab.retranslate()
        for checks in (self.types, self.control, self.transit):
            checks.retranslate()

    def record_of(self, detail: CaseDetail) -> CaseRecord:
        return detail.case

    def form_of(self, record: CaseRecord) -> CaseForm:
        return record.form

    def show_form(self, form: CaseForm) -> None:
        singles = (
            (self.industry, form.labour_industry),
            (self.recruitment, form.recruitment_method),
            (self.relation, form.recruiter_relation),
            (self.country_recruitment, form.country_recruitment),
            (self.country_exploitation, form.country_exploitation),
        )
        for combo, code in singles:
            combo.set_code(code)
        self.types.set_codes(form.exploitation_types)
        self.control.set_codes(form.control_methods)
        self.transit.set_codes(form.countries_transit)
        self.start.set_value(form.exploitation_start)
        self.end.set_value(form.exploitation_end)
        age = form.age_when_trafficked
        self.age.setValue(age if age is not None else -1)
        self.places.setPlainText(form.places or "")
        self.narrative.setPlainText(form.narrative or "")

    def current_form(self) -> CaseForm | None:
        if self.record is None:
            return None
        age = self.age.value()
        restricted = not self.vault.may_read_personal
        base = self.record.form
        return replace(
            base,
            exploitation_types=self.types.codes(),
            labour_industry=self.industry.code(),
            control_methods=self.control.codes(),
            recruitment_method=self.recruitment.code(),
            recruiter_relation=self.relation.code(),
            country_recruitment=self.country_recruitment.code(),
            country_exploitation=self.country_exploitation.code(),
            countries_transit=self.transit.codes(),
            exploitation_start=self.start.value(),
            exploitation_end=self.end.value(),
            age_when_trafficked=None if age < 0 else age,
            places=base.places if restricted else _text(self.places),
            narrative=base.narrative if restricted else _text(self.narrative),
        )

    def saver(
        self, record: CaseRecord, form: CaseForm
    ) -> Callable[[OpenVault], tuple[CaseRecord, Changes]]:
        return case_part_saver(record, form)
