"""Words for the codes the domain stores, in the interface's language: the one table that
printed documents use too (reports/vocabulary), so a screen and a paper say the same word."""

from __future__ import annotations

from ajo_cases.reports import vocabulary
from ajo_cases.ui.app.i18n import current_language


def label(vocab: str, code: str | None) -> str:
    """The word for a code; an unknown code is shown as it is rather than hidden."""
    return vocabulary.label(vocab, code, current_language())


def choices(vocab: str) -> list[tuple[str, str]]:
    """(code, word) pairs in the vocabulary's order, for combo boxes."""
    return vocabulary.labels(vocab, current_language())
