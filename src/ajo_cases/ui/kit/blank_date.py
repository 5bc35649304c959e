"""A date that may be blank: typed as dd.MM.yyyy (or chosen on a calendar) and empty until
someone enters it, so no placeholder date is ever saved as a fact (a birth date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ajo_cases.ui.kit.formatting import DATE_FORMAT, format_date

CALENDAR_START = QDate(1995, 1, 1)  # where the calendar opens while the field is blank


class BlankDate(QWidget):
    """`value()` is None while blank; `invalid()` says the text is not a real date."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("__.__.____")
        self.edit.setMaxLength(10)
        self.edit.setValidator(QRegularExpressionValidator(r"[0-9.]{0,10}", self.edit))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 16)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._show_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.clicked.connect(self._chosen)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _show_calendar(self) -> None:
        current = self._parsed()
        start = QDate(current.year, current.month, current.day) if current else CALENDAR_START
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.menu.popup(self.edit.mapToGlobal(QPoint(0, self.edit.height())))

    def _chosen(self, day: QDate) -> None:
        self.menu.hide()
        self.edit.setText(day.toString(DATE_FORMAT))
        self.edited.emit()

    def _parsed(self) -> dt.date | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return dt.datetime.strptime(text, "%d.%m.%Y").date()
        except ValueError:
            return None

    def value(self) -> dt.date | None:
        return self._parsed()

    def invalid(self) -> bool:
        """Something typed that is not a date between 1900 and today."""
        if not self.edit.text().strip():
            return False
        day = self._parsed()
        return day is None or not dt.date(1900, 1, 1) <= day <= dt.date.today()

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))
