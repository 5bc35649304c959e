"""Unsaved form contents kept across a lock (SECURITY.md fault 14).

A placeholder: drafts live in memory for now, keyed by user and page, and are handed back after
the same user unlocks. A later step keeps them encrypted with the vault key instead.
"""

from __future__ import annotations

from typing import Any, Protocol


class DraftSource(Protocol):
    """What a page implements to keep unsaved edits across a lock."""

    def take_draft(self) -> dict[str, Any] | None: ...

    def restore_draft(self, draft: dict[str, Any]) -> None: ...


class DraftStore:
    def __init__(self) -> None:
        self._drafts: dict[tuple[str, str], dict[str, Any]] = {}

    def put(self, user: str, key: str, draft: dict[str, Any]) -> None:
        self._drafts[(user, key)] = draft

    def take(self, user: str, key: str) -> dict[str, Any] | None:
        return self._drafts.pop((user, key), None)

    def has(self, user: str, key: str) -> bool:
        return (user, key) in self._drafts

    def clear(self) -> None:
        self._drafts.clear()
