"""Words to codes: "жен.", "мард", "н. Б. Гафуров", "юр. консультация" to female, male,
b_gafurov, legal. From the vocabulary labels in Tajik, Russian and English, the codes themselves
and the synonyms and abbreviations of domain.vocab_synonyms, all folded across scripts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from ajo_cases.domain import names, vocab
from ajo_cases.domain.vocab_synonyms import PLACE_WORDS, VALUE_SYNONYMS
from ajo_cases.reports.vocabulary import LANGUAGES, labels

# The vocabulary (as the label tables name it) behind each import column that holds codes.
COLUMN_VOCAB: Final[dict[str, str]] = {
    "sex": "sex", "category": "category", "district": "district",
    "marital_status": "marital_status", "education": "education",
    "trafficking_status": "trafficking_status", "status_decided_by": "status_decider",
    "identification_source": "identification_source", "risk_level": "risk_level",
    "status": "case_status", "closure_reason": "closure_reason",
    "exploitation_types": "exploitation_type", "labour_industry": "labour_industry",
    "control_methods": "control_method", "recruitment_method": "recruitment_method",
    "recruiter_relation": "recruiter_relation", "assistance_type": "assistance_type",
    "assistance_trade": "trade", "assistance_currency": "currency", "citizenship": "country",
    "country_recruitment": "country", "country_exploitation": "country",
    "countries_transit": "country",
}  # fmt: skip
_CODES: Final[dict[str, tuple[str, ...]]] = {
    "sex": tuple(vocab.Sex), "category": tuple(vocab.BeneficiaryCategory),
    "district": tuple(vocab.District), "marital_status": tuple(vocab.MaritalStatus),
    "education": tuple(vocab.EducationLevel),
    "trafficking_status": tuple(vocab.TraffickingStatus),
    "status_decider": tuple(vocab.StatusDecider),
    "identification_source": tuple(vocab.IdentificationSource),
    "risk_level": tuple(vocab.RiskLevel), "case_status": tuple(vocab.CaseStatus),
    "closure_reason": tuple(vocab.ClosureReason),
    "exploitation_type": tuple(vocab.ExploitationType),
    "labour_industry": tuple(vocab.LabourIndustry),
    "control_method": tuple(vocab.MethodOfControl),
    "recruitment_method": tuple(vocab.RecruitmentMethod),
    "recruiter_relation": tuple(vocab.RecruiterRelation),
    "assistance_type": tuple(vocab.AssistanceType), "trade": tuple(vocab.VocationalTrade),
    "currency": tuple(vocab.Currency), "country": vocab.COUNTRY_CHOICES,
}  # fmt: skip
_MIN_PREFIX: Final = 3
# Strong separators between several values in one cell, then the word "and".
_SPLIT: Final = re.compile(r"[;,\n/+]")
_AND: Final = re.compile(r"\s+(?:и|ва|and)\s+", re.IGNORECASE)


def vocabulary_labels(vocab_name: str) -> dict[str, tuple[str, ...]]:
    """The words for each code of a vocabulary, in Tajik, Russian and English.

    The one place the import reads vocabulary labels (the one table screens and documents read,
    which needs no Qt), so that the command line and the app map the same words.
    """
    found: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for code, word in labels(vocab_name, lang):
            found.setdefault(code, []).append(word)
    return {code: tuple(words) for code, words in found.items()}


@cache
def _place_words() -> frozenset[str]:
    return frozenset(names.fold(word) for word in PLACE_WORDS)


def value_key(text: str, vocab_name: str = "") -> str:
    """What a cell and a label are compared by: folded words, place words dropped for districts."""
    words = names.fold(text.replace("_", " ")).split()
    if vocab_name == "district":
        place = _place_words()
        while len(words) > 1 and words[0] in place:
            words.pop(0)
        while len(words) > 1 and words[-1] in place:
            words.pop()
    return " ".join(words)


@cache
def _table(vocab_name: str) -> dict[str, str | None]:
    """Folded word -> code; None where two codes share a word (then the word decides nothing)."""
    table: dict[str, str | None] = {}

    def add(word: str, code: str) -> None:
        key = value_key(word, vocab_name)
        if key:
            table[key] = code if table.get(key, code) == code else None

    labels = vocabulary_labels(vocab_name)
    synonyms = VALUE_SYNONYMS.get(vocab_name, {})
    for member in _CODES[vocab_name]:
        code = str(member)
        add(code, code)
        for word in (*labels.get(code, ()), *synonyms.get(code, ())):
            add(word, code)
    return table


def _by_prefix(key: str, table: dict[str, str | None]) -> str | None:
    """An abbreviation ("психол", "мед", "б гаф"): each word starts a word of exactly one
    code's words, in order."""
    if len(key.replace(" ", "")) < _MIN_PREFIX:
        return None
    words = key.split()
    found: set[str | None] = set()
    for candidate, code in table.items():
        parts = candidate.split()
        if len(parts) >= len(words) and all(
            p.startswith(w) for w, p in zip(words, parts, strict=False)
        ):
            found.add(code)
            if len(found) > 1:
                return None
    return found.pop() if len(found) == 1 else None


@cache
def code_for(vocab_name: str, text: str) -> str | None:
    """The code a word stands for in a vocabulary, or None when it is unknown or ambiguous."""
    table = _table(vocab_name)
    key = value_key(text, vocab_name)
    if not key:
        return None
    if key in table:
        return table[key]
    return _by_prefix(key, table)


def codes_for(vocab_name: str, text: str) -> tuple[tuple[str, ...], list[str]]:
    """Several values in one cell ("юр., мед.; психолог"): the codes and the parts not known."""
    whole = code_for(vocab_name, text)
    if whole is not None:
        return (whole,), []
    found: list[str] = []
    unknown: list[str] = []
    for part in _SPLIT.split(text):
        if not part.strip():
            continue
        code = code_for(vocab_name, part)
        pieces: Iterable[str] = [part] if code is not None else _AND.split(part)
        for piece in pieces:
            piece_code = code if code is not None else code_for(vocab_name, piece)
            if piece_code is None:
                unknown.append(piece.strip())
            elif piece_code not in found:
                found.append(piece_code)
    return tuple(found), unknown
