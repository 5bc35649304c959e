"""Trafficking: how the case was identified, and the exploitation (HTCDS fields)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records import CaseForm, CaseRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services import lookups
from ajo_cases.services.casework import cases, partners
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.tabs.form_tab import FormTab
from ajo_cases.ui.kit.form_widgets import (
    CheckList,
    ChoiceCombo,
    DateEdit,
    FieldGroup,
    OptionalDate,
    VocabCombo,
    align_labels,
)


def _choices(vault: OpenVault) -> tuple[list[tuple[str, str]], list[str]]:
    """On the worker: the projects and case workers to choose from."""
    projects = [(p.id, f"{p.form.code} · {p.form.name}") for p in partners.list_projects(vault)]
    return projects, lookups.case_workers(vault)


def _text(edit: QPlainTextEdit) -> str | None:
    return edit.toPlainText().strip() or None


class TraffickingTab(FormTab[CaseForm, CaseRecord]):
    key = "trafficking"
    form_type = CaseForm

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.case_group = FieldGroup()
        g = self.case_group
        self.opened_on = g.add("opened_on", DateEdit(), required=True)
        self.project = g.add("project", ChoiceCombo())
        self.worker = g.add("worker", ChoiceCombo())
        self.source = g.add("source", VocabCombo("identification_source", optional=True))
        self.risk = g.add("risk", VocabCombo("risk_level", optional=True))
        self.exploitation = FieldGroup()
        e = self.exploitation
        self.types = e.add("types", CheckList("exploitation_type"))
        self.industry = e.add("industry", VocabCombo("labour_industry", optional=True))
        self.control = e.add("control", CheckList("control_method"))
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
        for group in (self.case_group, self.exploitation, self.account):
            column.addWidget(group)
        self.lay_out(body, editable=self.may("edit_case"))
        self.retranslate()
        vault = self.vault
        self.query(lambda: _choices(vault)).success(self._choices_loaded).failure(
            lambda _exc: None  # the lists stay as they are; saving still works
        ).run()

    def _choices_loaded(self, result: tuple[list[tuple[str, str]], list[str]]) -> None:
        projects, workers = result
        self._loading = True
        self.project.fill(projects, self.tr("No project"))
        self.worker.fill([(w, w) for w in workers], self.tr("Nobody"))
        if self.record is not None and not self.dirty:
            self._show(self.record.form)
        self._loading = False

    def title(self) -> str:
        return self.tr("Trafficking")

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Read-only for your role."))
        for combo, empty in (
            (self.project, self.tr("No project")),
            (self.worker, self.tr("Nobody")),
        ):
            # the "none chosen" entry follows the language like every other label
            if isinstance(combo, QComboBox) and combo.count() and combo.itemData(0) is None:
                combo.setItemText(0, empty)
        self.case_group.heading.setText(self.tr("The case"))
        self.exploitation.heading.setText(self.tr("Recruitment and exploitation"))
        self.account.heading.setText(self.tr("The person's account"))
        for group, key, text in (
            (self.case_group, "opened_on", self.tr("Opened on:")),
            (self.case_group, "project", self.tr("Project:")),
            (self.case_group, "worker", self.tr("Case worker:")),
            (self.case_group, "source", self.tr("Identified by:")),
            (self.case_group, "risk", self.tr("Risk level:")),
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
        align_labels(self.case_group, self.exploitation, self.account)
        self.start.known.setText(self.tr("known"))
        self.end.known.setText(self.tr("known"))
        for vocab in (self.source, self.risk, self.industry, self.recruitment, self.relation,
                      self.country_recruitment, self.country_exploitation):  # fmt: skip
            vocab.retranslate()
        for checks in (self.types, self.control, self.transit):
            checks.retranslate()

    def record_of(self, detail: CaseDetail) -> CaseRecord:
        return detail.case

    def form_of(self, record: CaseRecord) -> CaseForm:
        return record.form

    def show_form(self, form: CaseForm) -> None:
        self.opened_on.set_value(form.opened_on)
        self._select(self.project, form.project_id)
        self._select(self.worker, form.worker)
        singles = (
            (self.source, form.identification_source),
            (self.risk, form.risk_level),
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

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def current_form(self) -> CaseForm | None:
        if self.record is None:
            return None
        age = self.age.value()
        restricted = not self.vault.may_read_personal
        base = self.record.form
        return replace(
            base,
            opened_on=self.opened_on.value(),
            project_id=self.project.value(),
            worker=self.worker.value(),
            identification_source=self.source.code(),
            risk_level=self.risk.code(),
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
        return lambda vault: cases.update_case(
            vault, record.id, form, expected_version=record.version
        )
