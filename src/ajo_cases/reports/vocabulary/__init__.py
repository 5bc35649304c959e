"""The one table of words for the codes the domain stores: screens and printed documents both
read it, in Tajik, Russian and English (stdlib only, so the desktop can import it without
ReportLab). Terms follow the project glossary.

    label("sex", "female", "tg")      -> "Зан"
    labels("sex", "ru")               -> [("female", "Женский"), ("male", "Мужской"), ...]
    vocabularies()                    -> ("sex", "category", ...)

`labels` keeps the vocabulary's own order (the domain's), which screens use for their lists;
a reader of spreadsheets can match a typed word against `labels(vocabulary, lang)` in each
language to find its code. A code the table does not know is shown as itself (underscores as
spaces), and a missing code (None or "") as "", so a new value never breaks a screen or a
document.
"""

from __future__ import annotations

from ajo_cases.reports.vocabulary import audit, casework, fields, people, services

LANGUAGES = ("tg", "ru", "en")
_COLUMN = {"en": 0, "ru": 1, "tg": 2}  # the order of the words in each table entry
_TABLES: dict[str, dict[str, tuple[str, str, str]]] = {
    **people.TABLES,
    **casework.TABLES,
    **services.TABLES,
    **fields.TABLES,
    **audit.TABLES,
}


def _column(lang: str) -> int:
    try:
        return _COLUMN[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; use tg, ru or en") from None


def label(vocabulary: str, code: str | None, lang: str) -> str:
    """The word for `code` in `lang`; "" for no code, the code itself when it is unknown."""
    column = _column(lang)
    if not code:
        return ""
    words = _TABLES.get(vocabulary, {}).get(code)
    return words[column] if words is not None else code.replace("_", " ")


def labels(vocabulary: str, lang: str) -> list[tuple[str, str]]:
    """(code, word) pairs in the vocabulary's order; [] for an unknown vocabulary."""
    column = _column(lang)
    return [(code, words[column]) for code, words in _TABLES.get(vocabulary, {}).items()]


def joined(vocabulary: str, codes: tuple[str, ...] | list[str], lang: str) -> str:
    """Several codes as their words, separated by commas."""
    return ", ".join(label(vocabulary, code, lang) for code in codes)


def vocabularies() -> tuple[str, ...]:
    return tuple(_TABLES)
