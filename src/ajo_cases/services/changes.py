"""What a mutation changed, so each view can decide whether to refresh (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Entity kinds touched and the ids of the cases concerned."""

    kinds: frozenset[str] = frozenset()
    case_ids: frozenset[str] = frozenset()
    ids: frozenset[str] = field(default=frozenset())

    @classmethod
    def of(cls, *kinds: str, case_id: str | None = None, ids: tuple[str, ...] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset({case_id} if case_id else ()), frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds, self.case_ids | other.case_ids, self.ids | other.ids
        )

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))
