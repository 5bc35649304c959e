"""Plain records passed between services, the UI and reports (no ORM objects, no Qt).

Personal values are ``None`` for a session that may not read them; ``restricted`` says so,
so the UI can show "restricted" rather than an empty field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ajo_cases.domain import names

PERSONAL_PERSON_FIELDS = (
    "family_name",
    "given_name",
    "patronymic",
    "latin_name",
    "birth_date",
    "jamoat",
    "address",
    "phone",
    "id_document",
    "family_contact",
    "notes",
)


@dataclass(frozen=True, slots=True)
class PersonForm:
    """What a worker enters about a person. Codes are vocabulary values (domain.vocab)."""

    sex: str
    category: str
    family_name: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    latin_name: str | None = None
    birth_date: date | None = None
    estimated_age: int | None = None
    estimated_on: date | None = None
    citizenship: str = "TJ"
    district: str | None = None
    jamoat: str | None = None
    address: str | None = None
    phone: str | None = None
    id_document: str | None = None
    family_contact: str | None = None
    notes: str | None = None
    marital_status: str | None = None
    children_count: int | None = None
    education: str | None = None
    languages: tuple[str, ...] = ()
    trafficking_status: str | None = None
    status_decided_by: str | None = None

    @property
    def cyrillic_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.given_name, self.patronymic) if p)

    def search_text(self) -> str:
        """Every spelling of the name, for the folded index."""
        return " ".join(p for p in (self.cyrillic_name, self.latin_name) if p)


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: str
    form: PersonForm
    restricted: bool
    version: int = 1
    erased_at: datetime | None = None  # personal data erased then; statistical facts kept

    @property
    def display_name(self) -> str | None:
        if self.restricted or self.erased_at is not None:
            return None
        form = self.form
        return form.cyrillic_name or form.latin_name or None


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    person_id: str
    name: str
    birth_year: int | None
    case_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseForm:
    opened_on: date
    project_id: str | None = None
    worker: str | None = None
    identification_source: str | None = None
    risk_level: str | None = None
    exploitation_types: tuple[str, ...] = ()
    labour_industry: str | None = None
    control_methods: tuple[str, ...] = ()
    recruitment_method: str | None = None
    recruiter_relation: str | None = None
    country_recruitment: str | None = None
    country_exploitation: str | None = None
    countries_transit: tuple[str, ...] = ()
    exploitation_start: date | None = None
    exploitation_end: date | None = None
    age_when_trafficked: int | None = None
    places: str | None = None  # personal: free text about places
    narrative: str | None = None  # personal: the person's account


@dataclass(frozen=True, slots=True)
class PlanApproval:
    """Where the case plan stands: draft → submitted → approved | returned."""

    status: str = "draft"
    submitted_on: date | None = None
    decided_on: date | None = None
    decided_by: str | None = None


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: str
    code: str
    beneficiary_id: str
    status: str
    form: CaseForm
    closed_on: date | None
    closure_reason: str | None
    age_at_intake: int | None
    age_estimated: bool
    next_due: date | None
    updated_at: datetime
    version: int = 1
    plan: PlanApproval = PlanApproval()


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list; a person registered without a case has a line too, with
    no case id, code or status (so nobody registered is lost from the list)."""

    id: str | None
    code: str
    name: str | None  # None when restricted
    sex: str
    age: int | None
    age_estimated: bool
    category: str
    status: str
    worker: str | None
    next_due: date | None
    updated_at: datetime
    erased_on: date | None = None  # the person's data was erased that day
    damaged: bool = False  # the name failed its integrity check (shown as such, not as a name)
    person_id: str = ""
    worker_name: str = ""  # the worker's full name (the login while none is recorded)

    @property
    def key(self) -> str:
        return self.id or f"person:{self.person_id}"


@dataclass(frozen=True, slots=True)
class CaseFilter:
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    project_id: str | None = None
    worker: str | None = None
    district: str | None = None
    opened_from: date | None = None
    opened_to: date | None = None
    case_ids: tuple[str, ...] | None = None  # from a name search; None means no restriction
    # People without a case are listed first unless a filter only a case can meet is set; with
    # case_ids set (a search or a preset) only these people are (None: none of them).
    person_ids: tuple[str, ...] | None = None

    def includes_people_without_case(self) -> bool:
        case_only = (self.statuses, self.project_id, self.worker, self.opened_from, self.opened_to)
        if any(value for value in case_only):
            return False
        return self.case_ids is None or bool(self.person_ids)


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[CaseRow]
    total: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    case_id: str
    code: str
    person_id: str
    name: str | None  # None when restricted
    status: str


@dataclass(frozen=True, slots=True)
class AuditRecord:
    seq: int
    at: datetime
    actor: str
    event: str
    target_table: str | None
    target_id: str | None
    fields: tuple[str, ...] = field(default_factory=tuple)
    detail: str = ""


def folded_search_key(form: PersonForm) -> str:
    return " ".join(names.tokens(form.search_text()))
