"""Composition root of the desktop application: builds the QApplication, settles the language,
and hands over to the session (first run or unlock, then the main window)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from ajo_cases import APP_AUTHOR, APP_NAME, __version__
from ajo_cases.domain.passwords import DEMO_PASSWORD

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

DEMO_USER = "demo"
# A demo vault holds only synthetic records; its password is printed on the unlock window and in
# the README, so the policy refuses it for every real account.
DEMO_SECRET = DEMO_PASSWORD


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ajo-cases", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--user", default=os.environ.get("AJO_CASES_USER", ""))
    parser.add_argument("--lang", choices=("tg", "ru", "en"))
    parser.add_argument("--demo", action="store_true")
    # Used by the packaged-build check: show the first window, report it, quit.
    parser.add_argument("--smoke-test", action="store_true")
    args, _unknown = parser.parse_known_args(list(argv))  # Qt options such as -platform pass
    return args


def demo_data_dir(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "demo"


def prepare_demo_vault(data_dir: Path) -> None:
    """Runs on the worker: a vault with synthetic cases, made once."""
    from ajo_cases.services.access.opening import create_vault, vault_exists

    if vault_exists(data_dir):
        return
    from ajo_cases.services.demo.demo import fill_demo
    from ajo_cases.services.demo.demo_staff import add_demo_staff

    vault, _code = create_vault(data_dir, DEMO_USER, DEMO_SECRET, demo=True)
    try:
        fill_demo(vault, cases=300, seed=1)
        add_demo_staff(vault)  # sign in as any role with the same published password
    finally:
        vault.close()


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(name)s: %(message)s")
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QStyleFactory

    from ajo_cases.paths import resolve_data_dir
    from ajo_cases.ui.app import i18n
    from ajo_cases.ui.app.session import AppSession
    from ajo_cases.ui.app.settings import LANGUAGE, Settings
    from ajo_cases.ui.kit.widgets import icon
    from ajo_cases.ui.runtime import tasks
    from ajo_cases.ui.runtime.failures import show_failure
    from ajo_cases.ui.runtime.operations import QueryOp

    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    # Fusion keeps the system palette, so light and dark desktops both stay legible.
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setWindowIcon(icon("app.svg"))
    app.setQuitOnLastWindowClosed(False)  # the session decides when to quit, after closing

    settings = Settings()
    language = args.lang or settings.get(LANGUAGE)
    i18n.set_language(language)
    settings.set(LANGUAGE, language)

    user, note = args.user, ""
    if args.demo:
        data_dir = demo_data_dir(args.data_dir)
        user = user or DEMO_USER
        note = (
            QCoreApplication.translate(
                "App", "Demo vault with invented records. User name: %1, password: %2"
            )
            .replace("%1", DEMO_USER)
            .replace("%2", DEMO_SECRET)
        )
    else:
        data_dir = resolve_data_dir(args.data_dir)

    session = AppSession(data_dir, settings, user=user, note=note)
    session.finished.connect(app.quit)

    if args.demo:
        progress = QProgressDialog(
            QCoreApplication.translate("App", "Preparing the demo vault…"), "", 0, 0
        )
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        progress.show()

        def ready(_result: object = None) -> None:
            progress.close()
            session.start()

        def failed(exc: BaseException) -> None:
            progress.close()
            show_failure(None, exc).finished.connect(app.quit)

        QueryOp(None, lambda: prepare_demo_vault(data_dir)).success(ready).failure(failed).run()
    else:
        session.start()
    if args.smoke_test:
        app.installEventFilter(_first_paint_filter(app))
        QTimer.singleShot(500, lambda: _report_windows(app))
    try:
        code = app.exec()
    finally:
        tasks.shutdown()
    return code


def _first_paint_filter(app: QApplication) -> QObject:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        """Prints one line when a window is first painted: benchmarks/bench_startup.py times
        process start to this line."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                print(f"smoke test: first window painted: {type(watched).__name__}", flush=True)
                app.removeEventFilter(self)
            return False

    return FirstPaint(app)


def collation_works() -> bool:
    """Qt sorts names through ICU: in the built app this proves its (trimmed) data loads. Code
    point order would put Ё before А; the collation puts it with Е."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale("ru_RU"))
    return sorted(["Ярослав", "Ёқуб", "Абдулло"], key=collator.sortKey) == [
        "Абдулло", "Ёқуб", "Ярослав"]  # fmt: skip


def _report_windows(app: QApplication) -> None:
    shown = sorted(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible())
    print(f"smoke test: windows shown: {', '.join(shown) or 'none'}", flush=True)
    collates = collation_works()
    print(f"smoke test: collation: {'ok' if collates else 'FAILED'}", flush=True)
    app.exit(0 if shown and collates else 3)
