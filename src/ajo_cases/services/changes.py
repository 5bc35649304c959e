"""What a mutation changed, so each view can decide whether to refresh (Anki's OpChanges).

Every service that changes the vault says so in one of three ways, and `changes_of` reads all
three: it returns `Changes`, a tuple `(result, Changes)`, or a result with a `changes`
property (Anki's "OpChangesWithCount" idea: `UserInfo`, `ImportReport`, `BackupInfo`, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Changes:
    """Entity kinds touched and the ids of the cases concerned."""

    kinds: frozenset[str] = frozenset()
    case_ids: frozenset[str] = frozenset()
    ids: frozenset[str] = field(default=frozenset())
    # everything may have changed (another PC's changes were pruned from the office server's
    # feed before this PC read them): every view refreshes, every open case window too
    everything: bool = False

    @classmethod
    def of(cls, *kinds: str, case_id: str | None = None, ids: tuple[str, ...] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset({case_id} if case_id else ()), frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.case_ids | other.case_ids,
            self.ids | other.ids,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return bool(self.kinds or self.case_ids or self.ids or self.everything)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def concerns_case(self, case_id: str) -> bool:
        """The change touched this case or one of its records."""
        return self.everything or case_id in self.case_ids


class HasChanges(Protocol):
    """A service result that carries what the call changed."""

    @property
    def changes(self) -> Changes: ...


def changes_of(result: object) -> Changes:
    """The Changes a mutating service returned, in any of its three forms."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else Changes()
