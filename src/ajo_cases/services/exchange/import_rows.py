"""The import file's columns and the checks on every cell (see docs/import-format.md).

One row is one person with one case, and optionally one assistance record. Rows sharing a
`ref` belong to the same person and case: on the repeated rows the person and case columns are
left blank (or repeat the same values) and each row adds one assistance record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from ajo_cases.domain import vocab
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.loose_dates import parse_loose_date
from ajo_cases.domain.places import normalise_country_code
from ajo_cases.services.exchange.vocab_words import COLUMN_VOCAB, code_for, codes_for

FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PHONE_RE: Final = re.compile(r"^\+[0-9 ()\-]{5,24}$")
_LIST_SPLIT: Final = re.compile(r"[;,]")
MAX_CELL: Final = 4000


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    part: str  # key | person | case | assistance
    kind: str = "text"  # text date int code codes country countries project money
    vocab: type[StrEnum] | None = None
    required: bool = False
    limit: int = 200  # longest text accepted


def _c(name: str, part: str, kind: str = "text", enum: type[StrEnum] | None = None,
       required: bool = False, limit: int = 200) -> Column:  # fmt: skip
    return Column(name, part, kind, enum, required, limit)


COLUMNS: Final[tuple[Column, ...]] = (
    _c("ref", "key", required=True, limit=64),
    _c("family_name", "person"), _c("given_name", "person"), _c("patronymic", "person"),
    _c("latin_name", "person"),
    _c("sex", "person", "code", vocab.Sex, required=True),
    _c("birth_date", "person", "date"), _c("estimated_age", "person", "int"),
    _c("category", "person", "code", vocab.BeneficiaryCategory, required=True),
    _c("citizenship", "person", "country"), _c("district", "person", "code", vocab.District),
    _c("jamoat", "person"), _c("address", "person", limit=500), _c("phone", "person", limit=40),
    _c("id_document", "person", limit=64), _c("family_contact", "person", limit=500),
    _c("notes", "person", limit=MAX_CELL),
    _c("marital_status", "person", "code", vocab.MaritalStatus),
    _c("children_count", "person", "int"),
    _c("education", "person", "code", vocab.EducationLevel),
    _c("languages", "person", limit=64),
    _c("trafficking_status", "person", "code", vocab.TraffickingStatus),
    _c("status_decided_by", "person", "code", vocab.StatusDecider),
    _c("opened_on", "case", "date", required=True), _c("project", "case", "project"),
    _c("worker", "case", limit=64),
    _c("identification_source", "case", "code", vocab.IdentificationSource),
    _c("risk_level", "case", "code", vocab.RiskLevel),
    _c("status", "case", "code", vocab.CaseStatus), _c("closed_on", "case", "date"),
    _c("closure_reason", "case", "code", vocab.ClosureReason),
    _c("exploitation_types", "case", "codes", vocab.ExploitationType),
    _c("labour_industry", "case", "code", vocab.LabourIndustry),
    _c("control_methods", "case", "codes", vocab.MethodOfControl),
    _c("recruitment_method", "case", "code", vocab.RecruitmentMethod),
    _c("recruiter_relation", "case", "code", vocab.RecruiterRelation),
    _c("country_recruitment", "case", "country"), _c("country_exploitation", "case", "country"),
    _c("countries_transit", "case", "countries"),
    _c("exploitation_start", "case", "date"), _c("exploitation_end", "case", "date"),
    _c("age_when_trafficked", "case", "int"),
    _c("places", "case", limit=MAX_CELL), _c("narrative", "case", limit=MAX_CELL),
    _c("assistance_type", "assistance", "codes", vocab.AssistanceType),
    _c("assistance_date", "assistance", "date"),
    _c("assistance_trade", "assistance", "code", vocab.VocationalTrade),
    _c("assistance_cost", "assistance", "money"),
    _c("assistance_currency", "assistance", "code", vocab.Currency),
    _c("assistance_note", "assistance", limit=MAX_CELL),
)  # fmt: skip
BY_NAME: Final = {column.name: column for column in COLUMNS}
# Written by the exporter, ignored on import (the importing vault computes them itself).
EXPORT_ONLY: Final = frozenset({"person_id", "age_at_intake", "age_estimated"})
REQUIRED: Final = tuple(c.name for c in COLUMNS if c.required)
PERSON_COLUMNS: Final = tuple(c.name for c in COLUMNS if c.part == "person")
CASE_COLUMNS: Final = tuple(c.name for c in COLUMNS if c.part == "case")
ASSISTANCE_COLUMNS: Final = tuple(c.name for c in COLUMNS if c.part == "assistance")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1; 0 for the whole file
    column: str
    code: str
    message: str


class CellError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def header_name(text: object) -> str:
    return str(text or "").strip().lstrip("\ufeff").casefold().replace(" ", "_").replace("-", "_")


def unformula(column: Column, text: str) -> str:
    """Refuse a cell a spreadsheet would run as a formula (a phone number may start with +).

    A leading apostrophe in front of such a character, as the exporter writes it, is an
    escape: it is taken off and the rest is checked the same way.
    """
    if text[:1] == "'" and text[1:2] in FORMULA_START:
        text = text[1:]
    phone_number = column.name == "phone" and _PHONE_RE.match(text)
    if text.startswith(FORMULA_START) and not phone_number:
        raise CellError("formula", "a cell may not start with = + - @ (formula)")
    return text


def parse_date(value: object, today: date) -> date:
    """A full date in any of the forms domain.loose_dates reads; a year or month alone is not."""
    found = parse_loose_date(value, today)
    if found is None:
        message = f"{str(value).strip()!r} is not a date (dd.mm.yyyy or yyyy-mm-dd)"
        raise CellError("bad_date", message)
    if found.precision != "day":
        raise CellError("bad_date", f"{str(value).strip()!r} is only a {found.precision}: "
                        "the full date is needed")  # fmt: skip
    return check_date(found.value, today)


def check_date(found: date, today: date) -> date:
    if found.year < 1900:
        raise CellError("bad_date", "the date is before 1900")
    if found > today:
        raise CellError("future_date", "the date is in the future")
    return found


def parse_code(column: Column, text: str, words: dict[str, str] | None = None) -> str:
    """The code for a cell: a code, a label in tg/ru/en, a known synonym or abbreviation, or
    the code the user chose for this word (`words`, from the mapping)."""
    chosen = (words or {}).get(text.strip())
    code = chosen or code_for(COLUMN_VOCAB[column.name], text)
    if code is None:
        raise CellError("unknown_code", f"{text!r} is not a {column.name} code")
    return code


def parse_codes(column: Column, text: str, words: dict[str, str] | None = None) -> tuple[str, ...]:
    """Several codes in one cell, separated by ; , / + or "and" (и, ва)."""
    chosen = (words or {}).get(text.strip())
    if chosen:
        return (chosen,)
    codes, unknown = codes_for(COLUMN_VOCAB[column.name], text)
    picked = [(words or {}).get(part) for part in unknown]
    if unknown and not all(picked):
        missing = next(part for part, code in zip(unknown, picked, strict=True) if not code)
        raise CellError("unknown_code", f"{missing!r} is not a {column.name} code")
    return tuple(dict.fromkeys([*codes, *(code for code in picked if code)]))


def _parse_int(text: str) -> int:
    cleaned = text.strip()
    if cleaned.endswith(".0"):
        cleaned = cleaned[:-2]
    if not cleaned.isdigit() or int(cleaned) > 200:
        raise CellError("bad_number", f"{text!r} is not a whole number from 0 to 200")
    return int(cleaned)


def _parse_money(text: str) -> int:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise CellError("bad_number", f"{text!r} is not an amount") from None
    if amount < 0 or amount > 10_000_000 or amount != amount.quantize(Decimal("0.01")):
        raise CellError("bad_number", f"{text!r} is not an amount with at most 2 decimals")
    return int(amount * 100)


def _country(column: Column, text: str, words: dict[str, str] | None) -> str:
    try:
        return normalise_country_code(text)
    except RuleViolation:
        pass
    try:
        return parse_code(column, text, words)
    except CellError:
        raise CellError("unknown_code", f"{text!r} is not a country code") from None


def parse_cell(
    column: Column,
    raw: object,
    today: date,
    projects: dict[str, str],
    words: dict[str, str] | None = None,
) -> object:
    """The typed value of one non-empty cell, or CellError. `words`: the user's choices of code
    for words of this column the import could not map itself."""
    if column.kind == "date" and isinstance(raw, date | int | float):
        return parse_date(raw, today)
    text = unformula(column, str(raw).strip())
    if len(text) > column.limit:
        raise CellError("too_long", f"longer than {column.limit} characters")
    kind = column.kind
    if kind == "date":
        return parse_date(text, today)
    if kind == "int":
        return _parse_int(text)
    if kind == "money":
        return _parse_money(text)
    if kind == "code":
        return parse_code(column, text, words)
    if kind == "codes":
        return parse_codes(column, text, words)
    if kind == "country":
        return _country(column, text, words)
    if kind == "countries":
        return tuple(
            _country(column, part, words) for part in _LIST_SPLIT.split(text) if part.strip()
        )
    if kind == "project":
        project_id = projects.get(text.casefold())
        if project_id is None:
            raise CellError("unknown_project", f"no project with the code {text!r}")
        return project_id
    return text


def cell_text(raw: object) -> str:
    """A raw cell as text, for comparing rows (dates and whole floats normalised)."""
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()
