"""Checking every row of an import before anything is written (docs/import-format.md).

Rows sharing a `ref` form one group: one person, one case and its assistance records. Every
value is parsed with import_rows; words are turned into codes with the vocabulary words and the
user's own choices from the mapping. Problems are listed by row and column; notes say what the
import assumed (a name order, an age from a birth year) without stopping it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from sqlalchemy import select

from ajo_cases.domain.loose_dates import parse_loose_date
from ajo_cases.domain.records import CaseForm, PersonForm, folded_search_key
from ajo_cases.services.exchange import import_rows as spec
from ajo_cases.services.exchange.import_mapping import ImportMapping
from ajo_cases.services.exchange.import_rows import CellError, ImportProblem
from ajo_cases.services.exchange.register_rows import RowValues
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models import Beneficiary, Project

MAX_PROBLEMS: Final = 500
NOTE_ROWS: Final = 20  # row numbers kept per note or unmapped value
_CODE_KINDS: Final = ("code", "codes", "country", "countries")
Progress = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class ImportNote:
    """Something the import assumed, for the dry run to show (rows: the first few)."""

    code: str  # name_order_assumed, age_from_birth_year, assistance_on_opening_date, ...
    column: str
    rows: tuple[int, ...]
    count: int
    detail: str = ""


@dataclass(frozen=True, slots=True)
class UnmappedValue:
    """A word in a code column that matched no code (rows: the first few)."""

    column: str
    text: str
    rows: tuple[int, ...]
    count: int


@dataclass(frozen=True, slots=True)
class SampleRow:
    """One person as the import will write them, for the preview (in memory only)."""

    row: int
    family_name: str | None
    given_name: str | None
    patronymic: str | None
    latin_name: str | None
    sex: str
    birth_date: date | None
    estimated_age: int | None
    category: str
    district: str | None
    opened_on: date
    assistance: tuple[str, ...]


class Cancelled(Exception):
    pass


class Problems(list[ImportProblem]):
    """The listed problems (at most MAX_PROBLEMS) and every row that has one."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: set[int] = set()

    def add(self, row: int, column: str, code: str, message: str) -> None:
        self.rows.add(row)
        if len(self) < MAX_PROBLEMS:
            self.append(ImportProblem(row, column, code, message))
        elif len(self) == MAX_PROBLEMS:
            self.append(ImportProblem(0, "", "too_many_problems", "more problems not listed"))


class Tally:
    """Row numbers per key, the first few kept, all counted."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], list[int]] = {}
        self.counts: dict[tuple[str, str], int] = {}
        self._last: dict[tuple[str, str], int] = {}

    def add(self, key: tuple[str, str], row: int) -> None:
        if self._last.get(key) == row:  # several records of one row count once
            return
        self._last[key] = row
        kept = self.rows.setdefault(key, [])
        if len(kept) < NOTE_ROWS:
            kept.append(row)
        self.counts[key] = self.counts.get(key, 0) + 1


@dataclass
class Group:
    """One person and case, from the first row with its ref, plus assistance rows."""

    row: int
    values: dict[str, Any]
    assistance: list[dict[str, Any]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    person: PersonForm | None = None
    case: CaseForm | None = None


@dataclass
class Checked:
    groups: list[Group]
    notes: Tally
    unmapped: Tally


def existing_keys(vault: OpenVault) -> set[str]:
    """Folded name and birth year ("key|year") of everyone already in the vault."""
    with vault.read_session() as session:
        rows = session.execute(select(Beneficiary.id, Beneficiary.search_enc)).all()
    table = Beneficiary.__tablename__
    return {vault.cipher.decrypt(table, "search_enc", i, blob) or "" for i, blob in rows if blob}


class RowChecker:
    def __init__(
        self, vault: OpenVault, mapping: ImportMapping, today: date, problems: Problems
    ) -> None:
        with vault.read_session() as session:
            self.projects = {code.casefold(): pid for code, pid in session.execute(
                select(Project.code, Project.id))}  # fmt: skip
        self.known = existing_keys(vault)
        self.mapping = mapping
        self.today = today
        self.problems = problems
        self.notes = Tally()
        self.unmapped = Tally()
        self.dates_help = "assistance_date" in mapping.mapped or mapping.documented
        self.failed: set[tuple[int, str]] = set()  # cells already reported: not "missing" too

    def parse(self, row: RowValues) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, raw in row.values.items():
            column = spec.BY_NAME[name]
            try:
                if name == "birth_date" and self._birth_year(values, raw):
                    continue
                words = self.mapping.values.get(name)
                values[name] = spec.parse_cell(column, raw, self.today, self.projects, words)
            except CellError as exc:
                self.problems.add(row.number, name, exc.code, exc.message)
                self.failed.add((row.number, name))
                if exc.code == "unknown_code" and column.kind in _CODE_KINDS:
                    self.unmapped.add((name, spec.cell_text(raw)), row.number)
        if row.name_order_assumed:
            self.notes.add(("name_order_assumed", "full_name"), row.number)
        return values

    def _birth_year(self, values: dict[str, Any], raw: object) -> bool:
        """A birth year (or month) only: kept apart, to become an estimated age."""
        found = parse_loose_date(raw, self.today)
        if found is None or found.precision == "day":
            return False
        values["birth_year"] = spec.check_date(found.value, self.today).year
        return True

    def check(self, rows: Sequence[tuple[RowValues, bytes]], progress: Progress | None) -> Checked:
        groups: dict[str, Group] = {}
        seen_rows: dict[bytes, int] = {}
        for done, (row, signature) in enumerate(rows, 1):
            if signature in seen_rows:
                self.problems.add(row.number, "", "duplicate_row",
                                  f"same as row {seen_rows[signature]}")  # fmt: skip
                continue
            seen_rows[signature] = row.number
            self._add_row(groups, row.number, self.parse(row))
            if progress is not None and done % 1000 == 0 and progress(done, len(rows)) is False:
                raise Cancelled
        people: dict[str, int] = {}
        for group in groups.values():
            self._build_forms(group)
            self._check_person(group, people)
        return Checked(list(groups.values()), self.notes, self.unmapped)

    def _add_row(self, groups: dict[str, Group], number: int, values: dict[str, Any]) -> None:
        ref = values.pop("ref", None)
        if ref is None:
            self.problems.add(number, "ref", "missing", "every row needs a ref")
            return
        help_values = {k: values.pop(k) for k in spec.ASSISTANCE_COLUMNS if k in values}
        group = groups.get(ref)
        if group is None:
            group = groups[ref] = Group(number, values)
        else:
            for name, value in values.items():
                if group.values.get(name, value) != value or name not in group.values:
                    message = f"differs from row {group.row} with the same ref"
                    self.problems.add(number, name, "conflict", message)
        group.rows.append(number)
        if help_values:
            self._add_assistance(group, number, help_values)

    def _add_assistance(self, group: Group, number: int, values: dict[str, Any]) -> None:
        needed = ("assistance_type", "assistance_date") if self.dates_help else ("assistance_type",)
        for name in needed:
            if name not in values:
                self.problems.add(number, name, "missing", "required for an assistance record")
        kinds: tuple[str, ...] = values.pop("assistance_type", ()) or ()
        if len(kinds) > 1 and values.get("assistance_cost") is not None:
            self.problems.add(number, "assistance_cost", "inconsistent", "one amount for several "
                              "kinds of assistance: put each kind on its own row")  # fmt: skip
        for kind in kinds:
            group.assistance.append(values | {"assistance_type": kind, "row": number})

    def _build_forms(self, group: Group) -> None:
        v, row = group.values, group.row
        for name in ("sex", "category", "opened_on"):
            if name not in v and (row, name) not in self.failed:
                self.problems.add(row, name, "missing", "required on the first row of a ref")
        if not any(v.get(n) for n in ("family_name", "given_name", "latin_name")):
            self.problems.add(row, "given_name", "missing", "a name is required (in either script)")
        opened: date | None = v.get("opened_on")
        for column, failed, message in _inconsistencies(v, opened):
            if failed:
                self.problems.add(row, column, "inconsistent", message)
        if opened is None or "sex" not in v or "category" not in v:
            return
        self._estimate_age(group, opened)
        for item in group.assistance:
            if "assistance_date" not in item and not self.dates_help:
                item["assistance_date"] = opened
                self.notes.add(("assistance_on_opening_date", "assistance_date"), item["row"])
        person_fields = {k: v[k] for k in spec.PERSON_COLUMNS if k in v and k != "languages"}
        languages = tuple(x.strip() for x in v.get("languages", "").replace(";", ",").split(","))
        estimated = v.get("estimated_age")
        group.person = PersonForm(
            **person_fields, languages=tuple(x for x in languages if x),
            estimated_on=opened if estimated is not None else None,
        )  # fmt: skip
        case_fields = {k: v[k] for k in spec.CASE_COLUMNS if k in v}
        case_fields["project_id"] = case_fields.pop("project", None)
        for name in ("status", "closed_on", "closure_reason"):
            case_fields.pop(name, None)
        group.case = CaseForm(**case_fields)

    def _estimate_age(self, group: Group, opened: date) -> None:
        v = group.values
        year = v.pop("birth_year", None)
        if year is None or "birth_date" in v or "estimated_age" in v:
            return
        if not 0 <= opened.year - year <= 120:
            message = "the birth year does not fit the date the case was opened"
            self.problems.add(group.row, "birth_date", "inconsistent", message)
            return
        v["estimated_age"] = opened.year - year
        self.notes.add(("age_from_birth_year", "birth_date"), group.row)

    def _check_person(self, group: Group, people: dict[str, int]) -> None:
        if group.person is None or not (group.person.cyrillic_name or group.person.latin_name):
            return
        born = group.person.birth_date
        key = f"{folded_search_key(group.person)}|{born.year if born else ''}"
        if key in people:
            self.problems.add(group.row, "family_name", "duplicate_person",
                              f"the same person as in row {people[key]}")  # fmt: skip
        elif key in self.known:
            message = "a person with this name and birth year is already in the vault"
            self.problems.add(group.row, "family_name", "already_registered", message)
        people.setdefault(key, group.row)


def _inconsistencies(v: dict[str, Any], opened: date | None) -> tuple[tuple[str, Any, str], ...]:
    return (
        ("birth_date", opened and v.get("birth_date") and v["birth_date"] > opened,
         "the birth date is after the case was opened"),
        ("closed_on", v.get("status") == "closed" and not v.get("closed_on"),
         "a closed case needs closed_on"),
        ("closure_reason", v.get("status") == "closed" and not v.get("closure_reason"),
         "a closed case needs a closure_reason"),
        ("closed_on", v.get("closed_on") and v.get("status") != "closed",
         "closed_on is only for a case with status closed"),
        ("closed_on", opened and v.get("closed_on") and v["closed_on"] < opened,
         "the case is closed before it was opened"),
        ("exploitation_end", v.get("exploitation_end") and v.get("exploitation_start")
         and v["exploitation_end"] < v["exploitation_start"],
         "the exploitation ends before it starts"),
    )  # fmt: skip


def sample_rows(groups: Sequence[Group], count: int = 20) -> tuple[SampleRow, ...]:
    """The first people of the file as they will be written."""
    found = []
    for group in groups:
        person, case = group.person, group.case
        if person is None or case is None:
            continue
        found.append(SampleRow(
            group.row, person.family_name, person.given_name, person.patronymic,
            person.latin_name, person.sex, person.birth_date, person.estimated_age,
            person.category, person.district, case.opened_on,
            tuple(str(item["assistance_type"]) for item in group.assistance),
        ))  # fmt: skip
        if len(found) == count:
            break
    return tuple(found)
