"""Finding people by any spelling of their name, and cases by code.

Names are never searchable in the database: at the first search the session decrypts one
folded search key per person into memory (one AES-GCM call each) and keeps it until lock.
Writes through the services update the index in place.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain.casecode import parse_case_code
from ajo_cases.domain.records import SearchHit
from ajo_cases.errors import IntegrityFailure
from ajo_cases.services import damaged
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.name_index import NameIndex, parse_search_key
from ajo_cases.storage.models import Beneficiary, Case

MAX_HITS = 200


def name_index(vault: OpenVault) -> NameIndex:
    """The session's index, built on first use (call from a worker thread in the UI)."""
    index = vault.caches.get("names")
    if isinstance(index, NameIndex):
        return index
    index = NameIndex()
    if vault.may_read_personal:
        with vault.read_session() as session:
            rows = session.execute(select(Beneficiary.id, Beneficiary.search_enc)).all()
        decrypt, table = vault.cipher.decrypt, Beneficiary.__tablename__
        keys = {}
        for person_id, blob in rows:
            if blob is None:
                continue
            try:
                key = decrypt(table, "search_enc", person_id, blob)
            except IntegrityFailure:  # a moved or damaged ciphertext: report, skip, go on
                damaged.note(vault, table, person_id, "search_enc")
                continue
            keys[person_id] = parse_search_key(key or "")
        index.load(keys)
    vault.caches["names"] = index
    return index


def note_person(vault: OpenVault, person_id: str, row: Beneficiary) -> None:
    """Keep an already-built index current after a write."""
    index = vault.caches.get("names")
    if isinstance(index, NameIndex):
        key, ok = damaged.unseal_or_skip(vault, row, "search_enc")
        if ok:
            index.put(person_id, parse_search_key(key or ""))


def forget_person(vault: OpenVault, person_id: str) -> None:
    """The person was erased: an already-built index no longer finds them."""
    index = vault.caches.get("names")
    if isinstance(index, NameIndex):
        index.forget(person_id)


def find(vault: OpenVault, query: str, limit: int = MAX_HITS) -> list[SearchHit]:
    """Cases by code, and (for roles that may read names) cases of people whose name matches."""
    query = query.strip()
    if not query:
        return []
    with vault.read_session() as session:
        case_rows: list[tuple[str, str, str, str]] = []
        code = parse_case_code(query)
        needle = str(code) if code else query.upper().replace(" ", "")
        if code or any(ch.isdigit() for ch in query):
            case_rows = [
                tuple(row)  # type: ignore[misc]
                for row in session.execute(
                    select(Case.id, Case.code, Case.beneficiary_id, Case.status)
                    .where(Case.code.contains(needle))
                    .order_by(Case.code)
                    .limit(limit)
                )
            ]
        person_ids = name_index(vault).match(query, limit) if vault.may_read_personal else []
        if person_ids:
            case_rows += [
                tuple(row)  # type: ignore[misc]
                for row in session.execute(
                    select(Case.id, Case.code, Case.beneficiary_id, Case.status)
                    .where(Case.beneficiary_id.in_(person_ids))
                    .order_by(Case.code)
                )
            ]
        people = _display_names(vault, session, {row[2] for row in case_rows})
    seen: set[str] = set()
    hits = []
    for case_id, code_text, person_id, status in case_rows:
        if case_id not in seen:
            seen.add(case_id)
            hits.append(SearchHit(case_id, code_text, person_id, people.get(person_id), status))
    return hits[:limit]


def _display_names(
    vault: OpenVault, session: Session, person_ids: set[str]
) -> dict[str, str | None]:
    if not vault.may_read_personal or not person_ids:
        return {}
    from ajo_cases.services.people.people import display_name

    rows = session.scalars(select(Beneficiary).where(Beneficiary.id.in_(person_ids)))
    return {row.id: display_name(vault, row) for row in rows}
