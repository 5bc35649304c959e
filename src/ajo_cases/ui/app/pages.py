"""Screens of the main window, and what each of them may use.

A screen is a `Page` subclass and a `PageSpec`: an id, a title looked up at display time (so it
follows the language), an icon file, the roles that may see it, and a factory that builds the
page from a `PageContext`. Pages are built after unlock and destroyed on lock, so no personal
data outlives a session.

The main window calls a page only through the methods of `Page` (no call by name):

- `refresh(changes)` after every operation that changed the vault (the runner announces it);
  a page reloads when the change concerns what it shows;
- `apply_request(request)` when another page or the top bar sends it there (a home card's
  filtered list, a search);
- `take_draft()` before a lock, `restore_draft(draft)` after the same user unlocks again:
  unsaved edits survive an idle lock (they stay in memory only);
- `focus_search()` for Ctrl+F: True when the page has a search box of its own;
- `retranslate()` after a language switch.

To add a screen: write `ui/<feature>/<name>_page.py` with a `Page` subclass and a module-level
`PAGE = PageSpec(...)`, then add it to `default_registry()` below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from ajo_cases.services.changes import Changes
from ajo_cases.ui.kit.clipboard import copy_text
from ajo_cases.ui.runtime.operations import ChangeBus

if TYPE_CHECKING:
    from ajo_cases.services.open_vault import OpenVault

ALL_ROLES = frozenset({"admin", "case_worker", "shelter_staff", "manager"})
Request = Mapping[str, object]  # e.g. {"preset": "overdue"}, {"query": "Каримова"}
Draft = dict[str, Any]  # a page's unsaved edits, in memory only


class Navigator(QObject):
    """What a page asks of the main window: show another page with a request, or lock (a
    restore needs the vault closed)."""

    navigate = Signal(str, object)  # page id, Request
    lock = Signal()


@dataclass
class PageContext:
    """What a page may use. Pages never reach into each other or into the main window."""

    vault: OpenVault
    changes: ChangeBus = field(default_factory=ChangeBus)
    navigator: Navigator = field(default_factory=Navigator)

    def open_page(self, page_id: str, request: Request | None = None) -> None:
        self.navigator.navigate.emit(page_id, dict(request or {}))

    def request_lock(self) -> None:
        self.navigator.lock.emit()

    def copy(self, text: str) -> None:
        copy_text(text)


class Page(QWidget):
    """The base of every screen; override what applies (the defaults do nothing)."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.vault = context.vault

    def refresh(self, changes: Changes) -> None:
        """Something changed in the vault (any screen's operation)."""

    def apply_request(self, request: Request) -> None:
        """Shown at another page's request (a preset filter, a search)."""

    def take_draft(self) -> Draft | None:
        return None

    def restore_draft(self, draft: Draft) -> None:
        """Unsaved edits from before a lock come back."""

    def focus_search(self) -> bool:
        return False

    def retranslate(self) -> None:
        """Texts in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


@dataclass(frozen=True)
class PageSpec:
    id: str
    title: Callable[[], str]
    icon: str  # file name under resources/icons
    roles: frozenset[str]
    factory: Callable[[PageContext], Page]
    order: int = 100


class PageRegistry:
    def __init__(self, specs: list[PageSpec] | None = None) -> None:
        self._specs: dict[str, PageSpec] = {}
        for spec in specs or []:
            self.add(spec)

    def add(self, spec: PageSpec) -> None:
        if spec.id in self._specs:
            raise ValueError(f"page {spec.id!r} registered twice")
        self._specs[spec.id] = spec

    def for_role(self, role: str) -> list[PageSpec]:
        return sorted(
            (spec for spec in self._specs.values() if role in spec.roles),
            key=lambda spec: spec.order,
        )


def default_registry() -> PageRegistry:
    from ajo_cases.ui.activities import activities_page
    from ajo_cases.ui.admin import (
        admin_page,
        audit_page,
        backup_page,
        directory_page,
        retention_page,
    )
    from ajo_cases.ui.cases import case_list_page
    from ajo_cases.ui.home import home_page
    from ajo_cases.ui.shelter import shelter_page
    from ajo_cases.ui.statistics import statistics_page
    from ajo_cases.ui.worklists import followups_page, grants_page, referrals_page

    return PageRegistry(
        [
            home_page.PAGE,
            case_list_page.PAGE,
            referrals_page.PAGE,
            grants_page.PAGE,
            followups_page.PAGE,
            shelter_page.PAGE,
            directory_page.PAGE,
            admin_page.PAGE,
            backup_page.PAGE,
            retention_page.PAGE,
            audit_page.PAGE,
            statistics_page.PAGE,
            activities_page.PAGE,
        ]
    )
