"""The fields about a person, grouped with headings (name, person, contacts), used to
register and to edit. Validation messages appear under the field they concern."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.names import transliterate_to_latin
from ajo_cases.domain.records import PersonForm
from ajo_cases.ui.kit.form_widgets import DateEdit, FieldGroup, VocabCombo, align_labels

TEXT_FIELDS = ("family_name", "given_name", "patronymic", "latin_name", "jamoat", "address",
               "phone", "family_contact", "id_document")  # fmt: skip


class PersonFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.names = FieldGroup()
        for name in ("family_name", "given_name", "patronymic"):
            self.names.add(name, self.texts[name], required=name == "given_name")
        self.latin_button = QPushButton()
        self.latin_button.clicked.connect(self.fill_latin)
        latin_row = QWidget()
        row = QHBoxLayout(latin_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.texts["latin_name"], 1)
        row.addWidget(self.latin_button)
        latin_row.setFocusProxy(self.texts["latin_name"])
        self.names.add("latin_name", latin_row)

        self.person = FieldGroup()
        self.sex = self.person.add("sex", VocabCombo("sex", optional=True), required=True)
        self.born_known = QRadioButton()
        self.born_estimated = QRadioButton()
        self.born_mode = QButtonGroup(self)
        self.born_mode.addButton(self.born_known)
        self.born_mode.addButton(self.born_estimated)
        self.birth_date = DateEdit(dt.date(2000, 1, 1))
        self.estimated_age = QSpinBox()
        self.estimated_age.setRange(0, 120)
        self.estimated_age.setValue(25)
        self.estimated_flag = QCheckBox()
        self.estimated_flag.setChecked(True)
        self.estimated_flag.setEnabled(False)  # an age without a birth date is an estimate
        birth = QWidget()
        birth_layout = QVBoxLayout(birth)
        birth_layout.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.born_known)
        first.addWidget(self.birth_date)
        first.addStretch(1)
        second.addWidget(self.born_estimated)
        second.addWidget(self.estimated_age)
        second.addWidget(self.estimated_flag)
        second.addStretch(1)
        birth_layout.addLayout(first)
        birth_layout.addLayout(second)
        self.person.add("birth_date", birth)
        self.born_known.toggled.connect(self._born_mode_changed)
        self.born_known.setChecked(True)
        self.category = self.person.add(
            "category", VocabCombo("category", optional=True), required=True
        )
        self.trafficking_status = self.person.add(
            "trafficking_status", VocabCombo("trafficking_status", optional=True)
        )
        self.district = self.person.add("district", VocabCombo("district", optional=True))
        self.person.add("jamoat", self.texts["jamoat"])
        self.marital_status = self.person.add(
            "marital_status", VocabCombo("marital_status", optional=True)
        )
        self.education = self.person.add("education", VocabCombo("education", optional=True))

        self.contacts = FieldGroup()
        for name in ("address", "phone", "family_contact", "id_document"):
            self.contacts.add(name, self.texts[name])
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.contacts.add("notes", self.notes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (self.names, self.person, self.contacts):
            layout.addWidget(group)
        layout.addStretch(1)  # spare height below the groups, never between a heading and rows
        self.groups = (self.names, self.person, self.contacts)
        self._base: PersonForm | None = None  # the record's form, for fields not shown here
        self.retranslate()

    def _born_mode_changed(self) -> None:
        known = self.born_known.isChecked()
        self.birth_date.setEnabled(known)
        self.estimated_age.setEnabled(not known)

    def fill_latin(self) -> None:
        cyrillic = " ".join(
            part
            for part in (self.texts[n].text().strip() for n in ("family_name", "given_name"))
            if part
        )
        if cyrillic:
            self.texts["latin_name"].setText(transliterate_to_latin(cyrillic))

    def retranslate(self) -> None:
        self.names.heading.setText(self.tr("Name"))
        self.person.heading.setText(self.tr("The person"))
        self.contacts.heading.setText(self.tr("Contacts and documents"))
        for group, key, text in (
            (self.names, "family_name", self.tr("Family name (Cyrillic):")),
            (self.names, "given_name", self.tr("Given name (Cyrillic):")),
            (self.names, "patronymic", self.tr("Patronymic (Cyrillic):")),
            (self.names, "latin_name", self.tr("Name in Latin letters:")),
            (self.person, "sex", self.tr("Sex:")),
            (self.person, "birth_date", self.tr("Born:")),
            (self.person, "category", self.tr("Category:")),
            (self.person, "trafficking_status", self.tr("Trafficking status:")),
            (self.person, "district", self.tr("Home district:")),
            (self.person, "jamoat", self.tr("Jamoat or village:")),
            (self.person, "marital_status", self.tr("Marital status:")),
            (self.person, "education", self.tr("Education:")),
            (self.contacts, "address", self.tr("Address:")),
            (self.contacts, "phone", self.tr("Phone:")),
            (self.contacts, "family_contact", self.tr("Family contact:")),
            (self.contacts, "id_document", self.tr("Identity document:")),
            (self.contacts, "notes", self.tr("Notes:")),
        ):
            group.set_label(key, text)
        align_labels(*self.groups)
        self.latin_button.setText(self.tr("Latin from Cyrillic"))
        self.latin_button.setToolTip(
            self.tr("Write the Latin spelling from the Cyrillic family and given names")
        )
        self.born_known.setText(self.tr("on"))
        self.born_estimated.setText(self.tr("age about"))
        self.estimated_flag.setText(self.tr("estimated"))
        for combo in (self.sex, self.category, self.trafficking_status, self.district,
                      self.marital_status, self.education):  # fmt: skip
            combo.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values --------------------------------------------------------------------------

    def set_form(self, form: PersonForm) -> None:
        for name, edit in self.texts.items():
            edit.setText(getattr(form, name) or "")
        self.notes.setPlainText(form.notes or "")
        self.sex.set_code(form.sex)
        self.category.set_code(form.category)
        for combo, value in ((self.trafficking_status, form.trafficking_status),
                             (self.district, form.district),
                             (self.marital_status, form.marital_status),
                             (self.education, form.education)):  # fmt: skip
            combo.set_code(value)
        if form.birth_date is not None:
            self.born_known.setChecked(True)
            self.birth_date.set_value(form.birth_date)
        elif form.estimated_age is not None:
            self.born_estimated.setChecked(True)
            self.estimated_age.setValue(form.estimated_age)
        self._base = form

    def form(self) -> PersonForm | None:
        """The entered person, or None after showing what to correct next to the fields."""
        for group in self.groups:
            group.clear_errors()
        text = {name: edit.text().strip() or None for name, edit in self.texts.items()}
        problems = False
        if not (text["family_name"] or text["given_name"] or text["latin_name"]):
            self.names.set_error(
                "given_name", self.tr("Enter a name, in Cyrillic or in Latin letters.")
            )
            problems = True
        sex, category = self.sex.code(), self.category.code()
        if sex is None:
            self.person.set_error("sex", self.tr("Choose the sex."))
            problems = True
        if category is None:
            self.person.set_error("category", self.tr("Choose the category."))
            problems = True
        if problems:
            return None
        known = self.born_known.isChecked()
        base = self._base
        return PersonForm(
            sex=sex or "",
            category=category or "",
            birth_date=self.birth_date.value() if known else None,
            estimated_age=None if known else self.estimated_age.value(),
            estimated_on=None if known else dt.date.today(),
            citizenship=base.citizenship if base else "TJ",
            district=self.district.code(),
            notes=self.notes.toPlainText().strip() or None,
            marital_status=self.marital_status.code(),
            children_count=base.children_count if base else None,
            education=self.education.code(),
            languages=base.languages if base else (),
            trafficking_status=self.trafficking_status.code(),
            status_decided_by=base.status_decided_by if base else None,
            **text,
        )

    def show_field_error(self, field: str, message: str) -> bool:
        for group in self.groups:
            if field in group.messages:
                group.set_error(field, message)
                return True
        return False
