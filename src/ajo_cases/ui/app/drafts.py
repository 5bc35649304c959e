"""Unsaved form contents kept across a lock: in memory only, keyed by user and page, sealed
(services.drafts) so that while the vault is locked they are ciphertext nobody in the process
can read, and handed back after the same user unlocks (pages.Page.take_draft / restore_draft)."""

from __future__ import annotations


class DraftStore:
    def __init__(self) -> None:
        self._drafts: dict[tuple[str, str], bytes] = {}

    def put(self, user: str, key: str, sealed: bytes) -> None:
        self._drafts[(user, key)] = sealed

    def take(self, user: str, key: str) -> bytes | None:
        return self._drafts.pop((user, key), None)

    def has(self, user: str, key: str) -> bool:
        return (user, key) in self._drafts

    def clear(self) -> None:
        self._drafts.clear()
