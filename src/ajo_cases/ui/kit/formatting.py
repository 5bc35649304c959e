"""Dates and money shown the same way on every screen: dd.MM.yyyy, and sums in the user's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ajo_cases.ui.app.i18n import current_language, qt_locale
from ajo_cases.ui.kit.vocab_labels import label

DATE_FORMAT = "dd.MM.yyyy"  # one date format for all three languages


def format_date(value: dt.date | QDate | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        value = QDate(value.year, value.month, value.day)
    return value.toString(DATE_FORMAT)


def format_number(value: float, decimals: int = 0, lang: str | None = None) -> str:
    locale: QLocale = qt_locale(lang or current_language())
    return locale.toString(float(value), "f", decimals)


def format_money(amount: float, lang: str | None = None) -> str:
    """'1 500,00 сом.' in Tajik and Russian (no-break spaces keep the sum on one line)."""
    lang = lang or current_language()
    number = format_number(amount, 2, lang)
    # The currency is the somoni; its short form is a translatable word.
    currency = QCoreApplication.translate("Formatting", "TJS")
    return f"{number}\u00a0{currency}"


def format_amount(minor: int | None, currency: str = "TJS") -> str:
    """An amount kept in hundredths, written one way on every screen: '1 500,00 сом.' for the
    somoni (DOMAIN's local habit), the currency's word beside other currencies."""
    if minor is None:
        return ""
    if currency == "TJS":
        return format_money(minor / 100)
    return f"{format_number(minor / 100, 2)}\u00a0{label('currency', currency)}"


def format_moment(value: dt.datetime | None) -> str:
    """A moment in the computer's local time, dd.MM.yyyy HH:mm (stored moments are UTC)."""
    if value is None:
        return ""
    moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
