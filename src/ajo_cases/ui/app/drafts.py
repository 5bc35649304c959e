"""Unsaved form contents kept across a lock: in memory only, keyed by user and page, and
handed back after the same user unlocks (pages.Page.take_draft / restore_draft)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pages load with the main window, after unlock
    from ajo_cases.ui.app.pages import Draft


class DraftStore:
    def __init__(self) -> None:
        self._drafts: dict[tuple[str, str], Draft] = {}

    def put(self, user: str, key: str, draft: Draft) -> None:
        self._drafts[(user, key)] = draft

    def take(self, user: str, key: str) -> Draft | None:
        return self._drafts.pop((user, key), None)

    def has(self, user: str, key: str) -> bool:
        return (user, key) in self._drafts

    def clear(self) -> None:
        self._drafts.clear()
