"""Bringing the statistics' compact facts up to date for the persons the triggers marked.

A person's compact rows (storage/models_stats.py) are made from the same columns today's
statistics read (services/statistics/stats_facts.py), person by person: their cases with
their attributes and whether they may be counted (their consents), their services and their
referrals. A refresh takes the marked persons a batch at a time, each batch in its own
transaction under the statistics' turn (two PCs never refresh at once), writes the rows that
differ and sets each mark's ``folded`` to the ``marked`` it read: a person marked again
meanwhile stays marked for the next refresh. Rows are updated, never deleted: a case or
record that is gone keeps its row with ``live = 0``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from ajo_cases.domain.consent import Consent as ConsentRule
from ajo_cases.domain.consent import counted_in_statistics
from ajo_cases.domain.vocab import ConsentKind
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.raw_sql import as_day, for_dialect
from ajo_cases.storage.take_turns import STATS_FACTS, take_turn
from ajo_cases.vault.sqlcipher import damaged, is_damage

BATCH = 500  # persons per transaction (and per IN (...) list)
WHOLE = 5000  # more marked persons than this: everyone's facts read in one pass

_MARKED = """
SELECT person, marked FROM stats_mark INDEXED BY ix_stats_mark_todo
WHERE marked <> folded ORDER BY person"""
_SOURCE_CASES = """
SELECT c.id, c.beneficiary_id, c.code, c.opened_on, c.closed_on, b.sex, b.category,
       b.district, c.age_at_intake, c.project_id, c.exploitation_types, c.country_exploitation
FROM case_file AS c JOIN beneficiary AS b ON b.id = c.beneficiary_id
WHERE {persons}"""
# from the persons' cases to their consents: SQLite would otherwise scan every consent and
# test each against the list of ids (seconds for a few hundred persons)
_SOURCE_CONSENTS = """
SELECT k.recorded_on, k.created_at, k.id, k.case_id, c.beneficiary_id, k.given
FROM case_file AS c {by_person}
JOIN consent AS k INDEXED BY ix_consent_latest ON k.case_id = c.id AND k.kind = :kind
WHERE {persons}"""
_SOURCE_SERVICES = """
SELECT a.id, c.beneficiary_id, a.given_on, c.code, a.type, a.project_id, a.cost_minor
FROM assistance AS a JOIN case_file AS c ON c.id = a.case_id
WHERE {persons}"""
_SOURCE_REFERRALS = """
SELECT r.id, c.beneficiary_id, r.sent_on, c.code, r.partner_id, r.status
FROM referral AS r JOIN case_file AS c ON c.id = r.case_id
WHERE {persons}"""


@dataclass(frozen=True)
class Compact:
    """One compact table: its key column and the columns after key, person and live."""

    table: str
    key: str
    columns: tuple[str, ...]

    def select(self, where: str) -> str:
        names = ", ".join((self.key, "person", "live", *self.columns))
        return f"SELECT {names} FROM {self.table} WHERE {where}"  # noqa: S608

    def insert(self) -> str:
        names = (self.key, "person", "live", *self.columns)
        marks = ", ".join(f":{name}" for name in names)
        return f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({marks})"  # noqa: S608

    def update(self) -> str:
        sets = ", ".join(f"{name} = :{name}" for name in ("person", "live", *self.columns))
        return f"UPDATE {self.table} SET {sets} WHERE {self.key} = :{self.key}"  # noqa: S608

    def gone(self) -> str:
        return f"UPDATE {self.table} SET live = 0 WHERE {self.key} = :{self.key}"  # noqa: S608


CASES = Compact("stats_case", "case_id", ("code", "opened", "closed", "sex", "category",
                "district", "age", "project", "kinds", "country", "counted"))  # fmt: skip
SERVICES = Compact("stats_service", "id", ("given", "code", "type", "project", "cost"))
REFERRALS = Compact("stats_referral", "id", ("sent", "code", "partner", "status"))
COMPACT = (CASES, SERVICES, REFERRALS)
Row = tuple[Any, ...]  # (key, person, live, *columns)


class Cursor:
    """Plain SQL on the session's driver connection, written for SQLite (raw_sql.py)."""

    def __init__(self, connection: Connection) -> None:
        self.cursor = connection.connection.cursor()
        self.dialect = connection.dialect.name

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Row]:
        try:
            self.cursor.execute(for_dialect(sql, self.dialect), params or {})
            return list(self.cursor.fetchall())
        except Exception as exc:  # the driver's cursor: no engine hook maps damage here
            if is_damage(exc):
                raise damaged() from None
            raise

    def many(self, sql: str, params: list[dict[str, Any]]) -> None:
        if params:
            self.cursor.executemany(for_dialect(sql, self.dialect), params)

    def close(self) -> None:
        self.cursor.close()


def in_list(ids: Sequence[str]) -> tuple[str, dict[str, str]]:
    """`IN (...)` placeholders and their parameters."""
    names = [f"i{n}" for n in range(len(ids))]
    return ", ".join(f":{name}" for name in names), dict(zip(names, ids, strict=True))


def _persons(column: str, ids: Sequence[str] | None) -> tuple[str, dict[str, str]]:
    """The SQL condition that `column` is one of the persons (None: every person)."""
    if ids is None:
        return "1 = 1", {}
    marks, params = in_list(ids)
    return f"{column} IN ({marks})", params


@dataclass
class Codes:
    """stats_code as a dict; values met for the first time get the next number."""

    cursor: Cursor
    known: dict[str, int] = field(default_factory=dict)
    new: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.known = {value: n for n, value in self.cursor.rows("SELECT n, value FROM stats_code")}

    def __call__(self, value: str | None) -> int:
        if not value:
            return 0
        found = self.known.get(value)
        if found is None:
            found = self.known[value] = len(self.known) + 1
            self.new.append({"n": found, "value": value})
        return found

    def save(self) -> None:
        self.cursor.many("INSERT INTO stats_code (n, value) VALUES (:n, :value)", self.new)
        self.new = []


def _day(value: str | date | None) -> int | None:
    return None if value is None else as_day(value).toordinal()


def fresh_rows(
    cursor: Cursor, codes: Codes, persons: Sequence[str] | None
) -> dict[str, dict[str, Row]]:
    """The compact rows the persons' current facts make (None: everyone's), per table, keyed
    by row key."""
    where, params = _persons("c.beneficiary_id", persons)
    kind = ConsentKind.STATISTICS
    per_case: dict[str, list[ConsentRule]] = defaultdict(list)
    person_of: dict[str, str] = {}
    consents = cursor.rows(
        _SOURCE_CONSENTS.format(
            persons=where, by_person="" if persons is None else "INDEXED BY ix_case_file_retention"
        ),
        {**params, "kind": kind.value},
    )
    for on, _created, _id, case_id, person, given in sorted(consents, key=itemgetter(0, 1, 2)):
        per_case[case_id].append(ConsentRule(kind, bool(given), as_day(on)))
        person_of[case_id] = person
    withdrawn = {person_of[case] for case, found in per_case.items()
                 if not counted_in_statistics(found)}  # fmt: skip
    cases = {
        case_id: (case_id, person, 1, code, _day(opened), _day(closed), codes(sex),
                  codes(category), codes(district), age, codes(project), codes(kinds),
                  codes(country), 0 if person in withdrawn else 1)
        for (case_id, person, code, opened, closed, sex, category, district, age, project,
             kinds, country) in cursor.rows(_SOURCE_CASES.format(persons=where), params)
    }  # fmt: skip
    services = {
        key: (key, person, 1, _day(given), code, codes(kind), codes(project), cost)
        for key, person, given, code, kind, project, cost in cursor.rows(
            _SOURCE_SERVICES.format(persons=where), params)
    }  # fmt: skip
    referrals = {
        key: (key, person, 1, _day(sent), code, codes(partner), codes(status))
        for key, person, sent, code, partner, status in cursor.rows(
            _SOURCE_REFERRALS.format(persons=where), params)
    }  # fmt: skip
    return {CASES.table: cases, SERVICES.table: services, REFERRALS.table: referrals}


def stored_rows(cursor: Cursor, persons: Sequence[str] | None) -> dict[str, dict[str, Row]]:
    """The compact rows stored for the persons (None: all), live or not, per table."""
    where, params = _persons("person", persons)
    return {
        kind.table: {row[0]: tuple(row) for row in cursor.rows(kind.select(where), params)}
        for kind in COMPACT
    }


def _write(cursor: Cursor, kind: Compact, fresh: dict[str, Row], stored: dict[str, Row]) -> None:
    names = (kind.key, "person", "live", *kind.columns)
    changed = [row for key, row in fresh.items() if stored.get(key) != row]
    cursor.many(kind.update(), [dict(zip(names, row, strict=True))
                                for row in changed if row[0] in stored])  # fmt: skip
    cursor.many(kind.insert(), [dict(zip(names, row, strict=True))
                                for row in changed if row[0] not in stored])  # fmt: skip
    gone = [{kind.key: key} for key, row in stored.items() if row[2] and key not in fresh]
    cursor.many(kind.gone(), gone)


def _refresh_batch(connection: Connection, limit: int | None) -> int:
    """Refresh up to `limit` marked persons (None: all, reading every person's facts in one
    pass instead of by lists of ids); returns how many were marked."""
    cursor = Cursor(connection)
    try:
        marks = cursor.rows(_MARKED + ("" if limit is None else " LIMIT :limit"),
                            {"limit": limit})  # fmt: skip
        if not marks:
            return 0
        persons = None if limit is None else [person for person, _marked in marks]
        codes = Codes(cursor)
        fresh = fresh_rows(cursor, codes, persons)
        stored = stored_rows(cursor, persons)
        codes.save()
        for kind in COMPACT:
            _write(cursor, kind, fresh[kind.table], stored[kind.table])
        cursor.many("UPDATE stats_mark SET folded = :marked WHERE person = :person",
                    [{"person": person, "marked": marked} for person, marked in marks])  # fmt: skip
        return len(marks)
    finally:
        cursor.close()


def marked_count(connection: Connection) -> int:
    cursor = Cursor(connection)
    try:
        sql = "SELECT count(*) FROM stats_mark INDEXED BY ix_stats_mark_todo WHERE marked <> folded"
        return int(cursor.rows(sql)[0][0])
    finally:
        cursor.close()


def refresh(vault: OpenVault) -> int:
    """Fold every marked person into the compact facts; returns how many were refreshed.
    Changes no figure, so the session's cached facts stay valid. Many marked persons (after
    the upgrade that made the tables, an import, a restore) are refreshed in one pass."""
    with vault.read_session() as session:
        marked = marked_count(session.connection())
    done = 0
    while marked:
        limit = None if marked > WHOLE else BATCH
        with vault.unit_of_work(audit_only=True) as session:
            take_turn(session, STATS_FACTS)
            found = _refresh_batch(session.connection(), limit)
        done += found
        if limit is None or found < BATCH:
            return done
    return done


def batches(items: Sequence[str], size: int = BATCH) -> Iterator[Sequence[str]]:
    for at in range(0, len(items), size):
        yield items[at : at + size]


def persons_with_rows(connection: Connection) -> list[str]:
    """Every person that has a compact row or a person row (for verify)."""
    cursor = Cursor(connection)
    try:
        found: set[str] = {row[0] for row in cursor.rows("SELECT id FROM beneficiary")}
        for kind in COMPACT:
            found.update(row[0] for row in cursor.rows(f"SELECT DISTINCT person FROM {kind.table}"))  # noqa: S608
        return sorted(found)
    finally:
        cursor.close()


def differences(connection: Connection, persons: Iterable[str]) -> int:
    """How many compact rows differ from a fresh computation (live rows only; a row that
    should not exist counts when it is live)."""
    cursor = Cursor(connection)
    wrong = 0
    try:
        codes = Codes(cursor)
        for batch in batches(list(persons)):
            fresh, stored = fresh_rows(cursor, codes, batch), stored_rows(cursor, batch)
            for kind in COMPACT:
                want, have = fresh[kind.table], stored[kind.table]
                wrong += sum(1 for key, row in want.items() if have.get(key) != row)
                wrong += sum(1 for key, row in have.items() if row[2] and key not in want)
        return wrong
    finally:
        cursor.close()


def unmarked_persons(connection: Connection) -> list[str]:
    """Every person with a person row or a compact row who is not marked (whose compact rows
    must equal a fresh computation)."""
    cursor = Cursor(connection)
    try:
        marked = {row[0] for row in cursor.rows(_MARKED)}
    finally:
        cursor.close()
    return [person for person in persons_with_rows(connection) if person not in marked]


def mark_everyone(connection: Connection) -> None:
    """Mark every person: the next computation makes every compact row afresh."""
    connection.exec_driver_sql(
        "INSERT INTO stats_mark (person, marked, folded) SELECT id, 1, 0 FROM beneficiary "
        "WHERE 1 = 1 ON CONFLICT (person) DO UPDATE SET marked = stats_mark.marked + 1"
    )
