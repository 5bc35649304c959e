"""Settings declared once: key, type, default and a translatable label (never personal data).

Stored with QSettings in an ini file in the platformdirs config folder, so an administrator can
read what is kept and nothing about people ever lands there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QSettings

from ajo_cases.paths import config_dir

T = TypeVar("T")
LANGUAGE_CODES = ("tg", "ru", "en")
MAX_IDLE_LOCK_MINUTES = 15  # the security policy: configurable, at most 15


def _default_language() -> str:
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGE_CODES else "tg"


def _language(value: Any) -> str:
    return value if value in LANGUAGE_CODES else _default_language()


def _idle_minutes(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return 5
    return max(1, min(MAX_IDLE_LOCK_MINUTES, minutes))


def _bytes(value: Any) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: Callable[[], T]
    clean: Callable[[Any], T]  # turns whatever the file holds into a valid value
    label: Callable[[], str]


# Labels are lambdas so they are looked up when shown and follow a language switch;
# lupdate needs the literal text inside translate().
LANGUAGE: Setting[str] = Setting(
    "language",
    _default_language,
    _language,
    lambda: QCoreApplication.translate("Settings", "Language"),
)
IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "idle_lock_minutes",
    lambda: 5,
    _idle_minutes,
    lambda: QCoreApplication.translate("Settings", "Lock after minutes without use"),
)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry",
    QByteArray,
    _bytes,
    lambda: QCoreApplication.translate("Settings", "Window size and position"),
)
WINDOW_STATE: Setting[QByteArray] = Setting(
    "window/state",
    QByteArray,
    _bytes,
    lambda: QCoreApplication.translate("Settings", "Window layout"),
)


def default_settings_path() -> Path:
    return config_dir() / "settings.ini"


class Settings:
    """Typed access to the ini file; unknown or broken values fall back to the default."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        if not self._store.contains(setting.key):
            return setting.default()
        return setting.clean(self._store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, setting.clean(value))
        self._store.sync()
