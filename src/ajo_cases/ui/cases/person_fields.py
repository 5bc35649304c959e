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
from ajo_cases.ui.kit.blank_date import BlankDate
from ajo_cases.ui.kit.form_widgets import FieldGroup, VocabCombo, align_labels
from ajo_cases.ui.kit.vocab_labels import choices

TEXT_FIELDS = ("family_name", "given_name", "patronymic", "latin_name", "jamoat", "address",
               "phone", "family_contact", "id_document")  # fmt: skip


class LanguageChecks(QWidget):
    """The languages a person speaks, a tick box each on one line (four languages)."""

    def __init__(self) -> None:
        super().__init__()
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for code, _text in choices("language"):
            self.boxes[code] = QCheckBox()
            row.addWidget(self.boxes[code])
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for code, text in choices("language"):
            if code in self.boxes:
                self.boxes[code].setText(text)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


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
        # Born: unknown (the default: never a placeholder date), on a date typed or chosen,
        # or about an age (an estimate, shown with ≈). Entering one chooses it.
        self.born_unknown = QRadioButton()
        self.born_known = QRadioButton()
        self.born_estimated = QRadioButton()
        self.born_mode = QButtonGroup(self)
        for button in (self.born_unknown, self.born_known, self.born_estimated):
            self.born_mode.addButton(button)
        self.birth_date = BlankDate()
        self.estimated_age = QSpinBox()
        self.estimated_age.setRange(-1, 120)
        self.estimated_age.setSpecialValueText("—")  # no age until someone estimates one
        self.estimated_age.setValue(-1)
        self.estimated_age.setPrefix("≈ ")
        self.birth_date.edited.connect(lambda: self.born_known.setChecked(True))
        self.estimated_age.valueChanged.connect(
            lambda value: self.born_estimated.setChecked(True) if value >= 0 else None
        )
        birth = QWidget()
        lines = QVBoxLayout(birth)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        for widgets in ((self.born_unknown,), (self.born_known, self.birth_date),
                        (self.born_estimated, self.estimated_age)):  # fmt: skip
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch(1)
            lines.addLayout(line)
        self.person.add("birth_date", birth)
        self.born_unknown.setChecked(True)
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
        self.citizenship = self.person.add("citizenship", VocabCombo("country"))
        self.citizenship.set_code("TJ")
        self.children_count = self.person.add("children_count", QSpinBox())
        self.children_count.setRange(-1, 30)
        self.children_count.setSpecialValueText("—")  # not asked or not known
        self.children_count.setValue(-1)
        self.languages = self.person.add("languages", LanguageChecks())

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
            (self.person, "citizenship", self.tr("Citizenship:")),
            (self.person, "children_count", self.tr("Children:")),
            (self.person, "languages", self.tr("Languages:")),
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
        self.born_unknown.setText(self.tr("unknown"))
        self.born_known.setText(self.tr("on"))
        self.born_estimated.setText(self.tr("age about"))
        self.estimated_age.setToolTip(self.tr("An estimated age, shown with ≈"))
        for combo in (self.sex, self.category, self.trafficking_status, self.district,
                      self.marital_status, self.education, self.citizenship):  # fmt: skip
            combo.retranslate()
        self.languages.retranslate()

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
        self.citizenship.set_code(form.citizenship)
        self.children_count.setValue(form.children_count if form.children_count is not None else -1)
        self.languages.set_codes(form.languages)
        self.category.set_code(form.category)
        for combo, value in ((self.trafficking_status, form.trafficking_status),
                             (self.district, form.district),
                             (self.marital_status, form.marital_status),
                             (self.education, form.education)):  # fmt: skip
            combo.set_code(value)
        self.birth_date.set_value(form.birth_date)
        age = form.estimated_age
        self.estimated_age.setValue(age if age is not None else -1)
        if form.birth_date is not None:
            self.born_known.setChecked(True)
        elif age is not None:
            self.born_estimated.setChecked(True)
        else:
            self.born_unknown.setChecked(True)
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
        known, estimated = self.born_known.isChecked(), self.born_estimated.isChecked()
        if known and (self.birth_date.value() is None or self.birth_date.invalid()):
            self.person.set_error(
                "birth_date",
                self.tr("Enter the birth date as dd.mm.yyyy, or choose unknown or an age."),
            )
            problems = True
        if estimated and self.estimated_age.value() < 0:
            self.person.set_error(
                "birth_date", self.tr("Enter the estimated age, or choose unknown.")
            )
            problems = True
        if problems:
            return None
        base = self._base
        return PersonForm(
            sex=sex or "",
            category=category or "",
            birth_date=self.birth_date.value() if known else None,
            estimated_age=self.estimated_age.value() if estimated else None,
            estimated_on=self._estimated_on() if estimated else None,
            citizenship=self.citizenship.code() or "TJ",
            district=self.district.code(),
            notes=self.notes.toPlainText().strip() or None,
            marital_status=self.marital_status.code(),
            children_count=None if self.children_count.value() < 0 else self.children_count.value(),
            education=self.education.code(),
            languages=self.languages.codes(),
            trafficking_status=self.trafficking_status.code(),
            status_decided_by=base.status_decided_by if base else None,
            **text,
        )

    def _estimated_on(self) -> dt.date:
        """The day of the estimate: kept when the age was not changed, so saving again does
        not make the person younger."""
        base = self._base
        if base and base.estimated_on and base.estimated_age == self.estimated_age.value():
            return base.estimated_on
        return dt.date.today()

    def show_field_error(self, field: str, message: str) -> bool:
        for group in self.groups:
            if field in group.messages:
                group.set_error(field, message)
                return True
        return False
