"""Form building blocks used by the person dialog and the case tabs: vocabulary combos with
type-ahead, dates with a calendar pop-up in dd.MM.yyyy, money with its currency, headed
groups with labels left and fields right, and a message line next to each field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.kit.formatting import DATE_FORMAT, format_number
from ajo_cases.ui.kit.vocab_labels import choices, label
from ajo_cases.ui.kit.widgets import MessageLabel

EARLIEST = QDate(1900, 1, 1)
DEFAULT_CURRENCY = "TJS"
FieldT = TypeVar("FieldT", bound=QWidget)  # what add() returns is the field given, typed


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """dd.MM.yyyy with a calendar pop-up; never later than `latest` (today by default)."""

    def __init__(self, value: dt.date | None = None, *, future: bool = False) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(EARLIEST)
        if not future:
            self.setMaximumDate(QDate.currentDate())
        self.setDate(qdate(value or dt.date.today()))

    def value(self) -> dt.date:
        return pydate(self.date())

    def set_value(self, value: dt.date) -> None:
        self.setDate(qdate(value))


_LEAST_CHARS, _MOST_CHARS = 18, 34  # a VocabCombo's width in characters


class VocabCombo(QComboBox):
    """A vocabulary in a combo box; typing letters jumps to the matching entry (type-ahead
    is QComboBox's keyboard search, so the list stays closed and nothing can be mistyped)."""

    def __init__(self, vocab: str, *, optional: bool = False) -> None:
        super().__init__()
        self.vocab = vocab
        self.optional = optional
        self.setEditable(False)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(_LEAST_CHARS)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self.optional:
            self.addItem("—", None)
        for code, text in choices(self.vocab):
            self.addItem(text, code)
        # as wide as the longest entry (within reason), so a chosen entry is never cut
        longest = max((len(self.itemText(i)) for i in range(self.count())), default=0)
        self.setMinimumContentsLength(min(max(longest, _LEAST_CHARS), _MOST_CHARS))
        self.blockSignals(False)
        self.set_code(current)

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else (0 if self.optional else -1)
        if index < 0 and code is not None:  # a code from an older vocabulary: keep it visible
            self.addItem(label(self.vocab, code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class ChoiceCombo(QComboBox):
    """A combo of (id, text) pairs, such as partners, projects or beds."""

    def __init__(self, *, optional_text: str | None = None) -> None:
        super().__init__()
        self.optional_text = optional_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)

    def fill(self, items: list[tuple[str, str]], optional_text: str | None = None) -> None:
        current = self.currentData()
        self.clear()
        text = optional_text if optional_text is not None else self.optional_text
        if text is not None:
            self.addItem(text, None)
        for key, shown in items:
            self.addItem(shown, key)
        index = self.findData(current)
        self.setCurrentIndex(max(0, index) if self.count() else -1)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None


def parse_money(text: str) -> int | None:
    """'1 500,50' or '1500.5' -> 150050 minor units; None when empty; ValueError when bad."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    exponent = amount.as_tuple().exponent  # not a number for "NaN" and "Infinity"
    if not isinstance(exponent, int) or exponent < -2 or amount < 0:
        raise ValueError(text)
    return int(amount * 100)


def money_text(minor: int | None) -> str:
    return "" if minor is None else format_number(minor / 100, 2)


class MoneyEdit(QWidget):
    """An amount with its currency beside it."""

    def __init__(self, currency: bool = True) -> None:
        super().__init__()
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(140)
        self.currency = VocabCombo("currency")
        self.currency.setMinimumContentsLength(4)
        self.currency.set_code(DEFAULT_CURRENCY)  # never blank: somoni unless chosen otherwise
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.currency)
        self.currency.setVisible(currency)
        layout.addStretch(1)
        self.setFocusProxy(self.amount)

    def minor(self) -> int | None:
        return parse_money(self.amount.text())

    def set_minor(self, value: int | None) -> None:
        self.amount.setText(money_text(value).replace(QLocale().groupSeparator(), ""))


class FieldGroup(QWidget):
    """A heading over a form of rows: label left, field right, message under the field."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel()
        font: QFont = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, MessageLabel] = {}
        self.required: set[str] = set()

    def add(self, key: str, field: FieldT, *, required: bool = False) -> FieldT:
        label_widget = QLabel()
        label_widget.setBuddy(field)
        message = MessageLabel(MessageLabel.ERROR)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(message)
        self.form.addRow(label_widget, holder)
        self.labels[key], self.messages[key] = label_widget, message
        if required:
            self.required.add(key)
        return field

    def hide_row(self, key: str) -> None:
        """Leave a row out (a field the role may not see), with no gap where it was."""
        self.form.setRowVisible(self.labels[key], False)

    def set_label(self, key: str, text: str) -> None:
        """Required fields carry a star after their label (explained at the dialog's foot)."""
        self.labels[key].setText(text + (" *" if key in self.required else ""))

    def set_error(self, key: str, text: str) -> None:
        if key in self.messages:
            self.messages[key].show_message(text)

    def clear_errors(self) -> None:
        for message in self.messages.values():
            message.clear_message()


def align_labels(*groups: FieldGroup) -> None:
    """Give every group's labels one width, so fields line up under each other across
    headings (after each retranslate, as the words change length)."""
    texts = [widget for group in groups for widget in group.labels.values()]
    for widget in texts:
        widget.setMinimumWidth(0)
    width = max((widget.sizeHint().width() for widget in texts), default=0)
    for widget in texts:
        widget.setMinimumWidth(width)


class CheckList(QListWidget):
    """Several codes of a vocabulary, each a checkbox. Short lists show every option; long
    ones (countries) scroll, and either way the height is whole rows: no half-cut option."""

    def __init__(self, vocab: str, max_rows: int = 8) -> None:
        super().__init__()
        self.vocab = vocab
        self.max_rows = max_rows
        self.setUniformItemSizes(True)
        self.retranslate()

    def fit_rows(self) -> None:
        rows = min(self.count(), self.max_rows)
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows()
        super().changeEvent(event)

    def retranslate(self) -> None:
        chosen = self.codes()
        self.blockSignals(True)
        self.clear()
        for code, text in choices(self.vocab):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.set_codes(chosen)
        self.fit_rows()

    def codes(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_codes(self, codes: tuple[str, ...]) -> None:
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)


class OptionalDate(QWidget):
    """A date that may be left open: a tick box ("known"), then dd.MM.yyyy with a calendar."""

    def __init__(self, value: dt.date | None = None, *, future: bool = False) -> None:
        super().__init__()
        self.known = QCheckBox()
        self.date = DateEdit(value, future=future)
        self.known.toggled.connect(self.date.setEnabled)
        self.known.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.date)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return self.date.value() if self.known.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.date.set_value(value)


def filter_combo(width_chars: int = 14) -> QComboBox:
    """A filter above a list: "All …" first, then the choices; short, the pop-up shows all."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width_chars)
    return combo


def fill_filter(combo: QComboBox, first: str, items: Iterable[tuple[object, str]]) -> None:
    """Refill a filter (after a language switch or new choices), keeping what was chosen."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(first, None)
    for code, text in items:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
