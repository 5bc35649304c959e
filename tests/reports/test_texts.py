"""Document words: every language complete, every vocabulary code labelled, numbers formatted."""

import subprocess
import sys

import pytest

from ajo_cases.reports import texts
from ajo_cases.reports.layout import fmt_date, fmt_money


def test_every_language_has_every_key():
    keys = set(texts.EN)
    for lang in texts.LANGUAGES:
        assert set(texts.TEXTS[lang]) == keys, lang
        assert all(value.strip() for value in texts.TEXTS[lang].values())


def test_placeholders_match_across_languages():
    import string

    def fields(value: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(value) if name}

    for key, english in texts.EN.items():
        for lang in texts.LANGUAGES:
            assert fields(texts.TEXTS[lang][key]) == fields(english), (lang, key)


def test_document_words_follow_the_glossary():
    assert texts.text("tg", "handover") == "Санади қабулу супориш"
    assert texts.text("ru", "handover") == "Акт приёма-передачи"
    assert texts.text("tg", "case_worker") == "Корманди иҷтимоӣ"


def test_dates_and_money():
    from datetime import date

    assert fmt_date(date(2026, 3, 5)) == "05.03.2026"
    assert fmt_money(123_456_78, "TJS", "ru") == "123\xa0456,78\xa0сомони"
    assert fmt_money(5, "TJS", "tg") == "0,05\xa0сомонӣ"
    assert fmt_money(-150_000, "USD", "en") == "-1,500.00\xa0USD".replace(",", "\xa0")
    assert fmt_money(None, "TJS", "en") == ""


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown document language"):
        texts.check_language("de")


def test_reports_load_neither_qt_nor_the_database_layer():
    code = (
        "import sys\n"
        "import ajo_cases.reports.case_summary, ajo_cases.reports.referral_form\n"
        "import ajo_cases.reports.handover\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy')))\n"
        "print(','.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
