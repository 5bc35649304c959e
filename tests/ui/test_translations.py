"""Translations: compiled files up to date, every string translated, nothing left in English on
screen after a switch, and no label or button cut short in any language."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeout

from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.i18n import TRANSLATIONS_DIR
from tests.ui.conftest import create_here

ROOT = Path(__file__).resolve().parents[2]
# Names that stay as they are in every language.
SAME_IN_EVERY_LANGUAGE = {"AJO Cases", "English", "Тоҷикӣ", "Русский", "admin", "1", "2"}


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name) or pytest.skip(f"{name} missing")


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    rows = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 (the project's own files)
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            rows.append(
                (
                    name,
                    message.findtext("source"),
                    translation.text if translation is not None else None,
                    translation.get("type") if translation is not None else None,
                )
            )
    return rows


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS_DIR.glob("*.ts")), ids=lambda p: p.name)
def test_qm_files_are_up_to_date(ts: Path, tmp_path: Path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), "run scripts/build-translations"
    assert committed.read_bytes() == fresh.read_bytes(), "run scripts/build-translations"


@pytest.mark.parametrize("lang", ["tg", "ru", "en"])
def test_every_source_string_is_translated(lang: str, tmp_path: Path):
    committed = TRANSLATIONS_DIR / f"ajo_{lang}.ts"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    sources = [
        str(ROOT / "src/ajo_cases/app.py"),
        *map(str, (ROOT / "src/ajo_cases/ui").rglob("*.py")),
    ]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(copy),
        ],
        check=True,
    )
    rows = _messages(copy)
    assert len(rows) == len(_messages(committed)), "strings changed: run scripts/build-translations"
    untranslated = [(ctx, src) for ctx, src, text, kind in rows if not text or kind]
    assert not untranslated


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS_DIR.glob("*.ts")), ids=lambda p: p.name)
def test_placeholders_match(ts: Path):
    for _ctx, source, text, _kind in _messages(ts):
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text or "")), source


def _texts(root: QWidget) -> dict[tuple[int, str], str]:
    """Every string a person can see in a window, keyed by widget and kind."""
    found = {(id(root), "title"): root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        key = id(widget)
        if isinstance(widget, QLabel | QAbstractButton):
            found[(key, "text")] = widget.text()
        if isinstance(widget, QLineEdit):
            found[(key, "placeholder")] = widget.placeholderText()
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                found[(key, f"item{row}")] = widget.item(row).text()
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                found[(key, f"header{column}")] = widget.horizontalHeaderItem(column).text()
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                found[(key, f"item{row}")] = widget.itemText(row)
        if widget.toolTip():
            found[(key, "tooltip")] = widget.toolTip()
    return {key: text for key, text in found.items() if re.search(r"[A-Za-zА-я]", text)}


def _unchanged(english: dict, translated: dict, data: set[str]) -> list[str]:
    allowed = SAME_IN_EVERY_LANGUAGE | data
    return [
        text
        for key, text in translated.items()
        if english.get(key) == text and text.replace("&", "") not in allowed
    ]


def _clipped(root: QWidget) -> list[str]:
    QApplication.processEvents()
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                cut.append(widget.text())
        elif widget.sizeHint().width() > widget.width():
            cut.append(widget.text())
    return cut


def _windows(session) -> list[QWidget]:
    window = session.main_window
    pages = []
    for page_id in window.pages:
        window.show_page(page_id)
        pages.append(window.pages[page_id])
    return [session.unlock_window, window]


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_nothing_left_in_english_and_nothing_clipped(lang, unlocked, vault_dir, qtbot):
    window = unlocked.main_window
    data = {str(vault_dir)}
    unlocked.unlock_window.show()  # both windows up at once, as after a lock
    english = {}
    for page_id in window.pages:
        window.show_page(page_id)
        english[page_id] = _texts(window)
    english_unlock = _texts(unlocked.unlock_window)
    i18n.set_language(lang)
    QApplication.processEvents()
    for page_id in window.pages:
        window.show_page(page_id)
        assert not _unchanged(english[page_id], _texts(window), data), page_id
        # a page's counts arrive from a background query: its layout settles after them
        with contextlib.suppress(QtTimeout):  # then the assertion below names the page
            qtbot.waitUntil(lambda: not _clipped(window), timeout=2000)
        assert not _clipped(window), page_id
    assert not _unchanged(english_unlock, _texts(unlocked.unlock_window), data)
    assert not _clipped(unlocked.unlock_window)
    assert unlocked.unlock_window.language.currentData() == lang
    assert window.language.currentData() == lang


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_first_run_and_dialogs_are_translated(lang, make_session, tmp_path, qtbot):
    session = make_session(tmp_path / "empty")
    create = create_here(session)
    create.name.setText("Zarina")
    english = _texts(create)
    i18n.set_language(lang)
    QApplication.processEvents()
    assert not _unchanged(english, _texts(create), {"Zarina", str(tmp_path / "empty")})
    assert not _clipped(create)
    assert create.name.text() == "Zarina"  # typed input survives a language switch
