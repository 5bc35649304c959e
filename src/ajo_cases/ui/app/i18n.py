"""Languages: installs the translators and tells open windows to re-translate themselves.

Installing a translator makes Qt send LanguageChange to every widget; each window handles it in
changeEvent() by calling its retranslate method, so typed input survives a switch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Native names: a person who cannot read the current language still finds their own.
LANGUAGES = (("tg", "Тоҷикӣ"), ("ru", "Русский"), ("en", "English"))


def qt_locale(lang: str) -> QLocale:
    if lang == "tg":
        return QLocale(QLocale.Language.Tajik, QLocale.Country.Tajikistan)
    if lang == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _translator_files(lang: str) -> list[Path]:
    files = [TRANSLATIONS_DIR / f"ajo_{lang}.qm"]
    if lang == "tg":
        files.append(TRANSLATIONS_DIR / "qtbase_tg.qm")  # Qt ships no Tajik translation
    elif lang == "ru":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append(qt_dir / "qtbase_ru.qm")
        files.append(TRANSLATIONS_DIR / "qtbase_extra_ru.qm")  # what Qt's own file lacks
    return files


class Languages(QObject):
    """Owns the installed translators; one per application."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.current = ""
        self._translators: list[QTranslator] = []

    def switch(self, lang: str) -> None:
        if lang == self.current:
            return
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        for path in _translator_files(lang):
            translator = QTranslator(self)
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
        QLocale.setDefault(qt_locale(lang))
        self.current = lang
        # Deliver the LanguageChange events now, so every window speaks the new language
        # before the caller goes on (and before anything is drawn).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(lang)


_languages: Languages | None = None


def languages() -> Languages:
    global _languages
    if _languages is None:
        _languages = Languages()
    return _languages


def set_language(lang: str) -> None:
    languages().switch(lang)


def current_language() -> str:
    return languages().current or "en"
