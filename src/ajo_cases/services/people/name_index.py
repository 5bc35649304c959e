"""The in-memory index of folded name words, for search as you type at 100k people.

Words are kept in one sorted list (with the owner of each word alongside), so the people
whose words start with a query word are one binary search away. Only the query word with the
fewest candidates is scanned; each candidate is then checked against the whole query with
domain.names.matches_tokens. People changed after the build sit in a small overlay that is
checked directly; stale words of theirs in the sorted list are rejected by that check.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ajo_cases.domain import names

_REBUILD_AFTER = 2000  # changed people kept in the overlay before the sorted list is rebuilt
_END = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class Entry:
    tokens: tuple[str, ...]
    birth_year: int | None


def parse_search_key(search_key: str) -> Entry:
    """The stored key is "<folded words>|<birth year or empty>"."""
    words, _, year = search_key.partition("|")
    return Entry(tuple(words.split()), int(year) if year else None)


class NameIndex:
    def __init__(self) -> None:
        self._people: dict[str, Entry] = {}
        self._words: list[str] = []
        self._owners: list[str] = []
        self._overlay: set[str] = set()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._people)

    def load(self, entries: dict[str, Entry]) -> None:
        with self._lock:
            self._people = dict(entries)
            self._rebuild()

    def put(self, person_id: str, entry: Entry) -> None:
        with self._lock:
            self._people[person_id] = entry
            self._overlay.add(person_id)
            if len(self._overlay) > _REBUILD_AFTER:
                self._rebuild()

    def forget(self, person_id: str) -> None:
        """Drop a person (erased): stale words of theirs in the sorted list match no one."""
        with self._lock:
            self._people.pop(person_id, None)
            self._overlay.discard(person_id)

    def _rebuild(self) -> None:
        pairs = sorted(
            (word, person_id) for person_id, entry in self._people.items() for word in entry.tokens
        )
        self._words = [word for word, _ in pairs]
        self._owners = [owner for _, owner in pairs]
        self._overlay = set()

    def _span(self, options: tuple[str, ...]) -> list[tuple[int, int]]:
        spans = []
        for prefix in options:
            low = bisect_left(self._words, prefix)
            high = bisect_left(self._words, prefix + _END, low)
            if high > low:
                spans.append((low, high))
        return spans

    def _candidates(self, prepared: tuple[tuple[str, ...], ...]) -> Iterator[str]:
        spans_per_word = [self._span(options) for options in prepared]
        narrowest = min(spans_per_word, key=lambda spans: sum(h - lo for lo, h in spans))
        for low, high in narrowest:
            yield from self._owners[low:high]

    def match(self, query: str, limit: int) -> list[str]:
        """Ids of people whose name words start with the query words, in any order."""
        prepared = names.prepare_query(query)
        if not prepared:
            return []
        found: list[str] = []
        seen: set[str] = set()
        with self._lock:
            people = self._people
            for person_id in [*self._overlay, *self._candidates(prepared)]:
                if person_id in seen:
                    continue
                seen.add(person_id)
                entry = people.get(person_id)
                if entry is not None and names.matches_tokens(prepared, entry.tokens):
                    found.append(person_id)
                    if len(found) >= limit:
                        break
        return found

    def same_name(self, words: set[str], birth_year: int | None) -> list[str]:
        """People sharing two name words (all of a one-word name), same birth year if known."""
        with self._lock:
            candidates: set[str] = set(self._overlay)
            for word in words:
                low = bisect_left(self._words, word)
                high = bisect_right(self._words, word, low)
                candidates.update(self._owners[low:high])
            hits = []
            for person_id in candidates:
                entry = self._people.get(person_id)
                if entry is None:
                    continue
                shared = words.intersection(entry.tokens)
                enough = len(shared) >= min(2, len(words), len(entry.tokens))
                other_year = birth_year and entry.birth_year and birth_year != entry.birth_year
                if shared and enough and not other_year:
                    hits.append(person_id)
        return hits
