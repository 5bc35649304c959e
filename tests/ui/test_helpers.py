from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate

from ajo_cases.errors import AjoError, PasswordRejected, VaultInUse
from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.settings import IDLE_LOCK_MINUTES, LANGUAGE, Settings
from ajo_cases.ui.kit.formatting import format_date, format_money
from ajo_cases.ui.runtime.failures import failure_text


def test_money_and_dates_in_each_language():
    i18n.set_language("tg")
    assert format_money(1500) == "1\u00a0500,00\u00a0сом."
    i18n.set_language("ru")
    assert format_money(1500) == "1\u00a0500,00\u00a0сом."
    i18n.set_language("en")
    assert format_money(1500) == "1,500.00\u00a0TJS"
    assert format_date(dt.date(2026, 3, 8)) == "08.03.2026"
    assert format_date(QDate(2026, 12, 31)) == "31.12.2026"


def test_errors_become_sentences_never_tracebacks(caplog):
    i18n.set_language("ru")
    sentence, details = failure_text(VaultInUse("locked by pid 42"))
    assert sentence.startswith("Хранилище уже открыто") and details == "vault.in_use"
    sentence, _ = failure_text(PasswordRejected("x", ["password.too_short", "password.common"]))
    assert "12" in sentence and "\n" in sentence

    class Unknown(AjoError):
        code = "something.new"

    sentence, _ = failure_text(Unknown("x"))
    assert "something.new" in sentence and "администратор" in sentence
    with caplog.at_level(logging.ERROR):
        sentence, details = failure_text(ValueError("Ҷамшед secret value"))
    reference = details.split()[-1]
    assert reference in sentence
    assert "secret value" not in caplog.text and reference in caplog.text


def test_settings_are_typed_and_clamped(tmp_path):
    settings = Settings(tmp_path / "s.ini")
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    settings.set(IDLE_LOCK_MINUTES, 60)
    assert Settings(tmp_path / "s.ini").get(IDLE_LOCK_MINUTES) == 15
    settings.set(LANGUAGE, "ru")
    assert Settings(tmp_path / "s.ini").get(LANGUAGE) == "ru"
    (tmp_path / "s.ini").write_text("[General]\nlanguage=xx\nidle_lock_minutes=abc\n")
    broken = Settings(tmp_path / "s.ini")
    assert broken.get(LANGUAGE) in ("tg", "ru", "en") and broken.get(IDLE_LOCK_MINUTES) == 5
