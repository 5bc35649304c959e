"""Pluggable screens for the main window's navigation.

A screen is a PageSpec: an id, a title looked up at display time (so it follows the language),
an icon file, the roles that may see it, and a factory that builds the widget from a PageContext.
Pages are built after unlock and destroyed on lock, so no personal data outlives a session.

To add a screen: write `ui/<name>_page.py` with a QWidget subclass and a module-level
`PAGE = PageSpec(...)`, then add it to `default_registry()` below. Optional methods on the widget:
`refresh(changes: set[str])` (after any mutation), `take_draft()` / `restore_draft()` (see drafts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ajo_cases.ui.kit.clipboard import copy_text
from ajo_cases.ui.runtime.signals import emit
from ajo_cases.ui.runtime.tasks import Failure, Success, run_in_background

if TYPE_CHECKING:
    from ajo_cases.services.open_vault import OpenVault

ALL_ROLES = frozenset({"admin", "case_worker", "shelter_staff", "manager"})


class ChangeBus(QObject):
    """Mutations announce what changed (Anki's OpChanges); each page decides to refresh."""

    changed = Signal(object)  # set[str] of change kinds, e.g. {"users"}
    # a page asks the main window to show another page with a request, e.g.
    # ("cases", {"preset": "overdue"}); the target page's apply_request(request) handles it
    navigate = Signal(str, object)


@dataclass
class PageContext:
    """What a page may use. Pages never reach into each other or into the main window."""

    vault: OpenVault
    changes: ChangeBus = field(default_factory=ChangeBus)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        parent: QWidget | None = None,
    ) -> int:
        return run_in_background(fn, on_success, on_failure, parent)

    def announce(self, *kinds: str) -> None:
        emit(self.changes.changed, set(kinds))

    def open_page(self, page_id: str, request: dict[str, Any] | None = None) -> None:
        emit(self.changes.navigate, page_id, request or {})

    def copy(self, text: str) -> None:
        copy_text(text)


@dataclass(frozen=True)
class PageSpec:
    id: str
    title: Callable[[], str]
    icon: str  # file name under resources/icons
    roles: frozenset[str]
    factory: Callable[[PageContext], QWidget]
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
    from ajo_cases.ui.admin import admin_page, audit_page, backup_page, directory_page
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
            audit_page.PAGE,
            statistics_page.PAGE,
        ]
    )
