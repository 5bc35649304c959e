"""Audit entries in words: the fields a change touched and the entry's details, instead of the
codes the log keeps (`cost_minor, currency`, `kind=auto file=…`, `draft->sent`). Values that are
not codes (a file name, a record id) are shown as they are."""

from __future__ import annotations

import datetime as dt
import re

from ajo_cases.domain.records import AuditRecord
from ajo_cases.reports import vocabulary
from ajo_cases.ui.app.i18n import current_language
from ajo_cases.ui.kit.formatting import format_date, format_moment
from ajo_cases.ui.kit.vocab_labels import label

# Where a bare code in a detail may come from, tried in this order.
_DETAIL_VOCABULARIES = (
    "audit_detail", "consent_kind", "follow_up_kind", "role", "attachment_kind",
    "discharge_reason", "audit_table", "record_field", "district", "category",
)  # fmt: skip
# Sentences the services write with one varying part; their words are in "audit_detail" under
# the pattern with %1 in place of (.+).
_SENTENCES = tuple(
    re.compile(pattern)
    for pattern in (
        "(.+) parked events dropped",
        "sealed field (.+) failed authentication",
        "unverified; at (.+)",
    )
)
_STATUS_VOCABULARY = {"referral": "referral_status", "grant_plan": "grant_status"}


def _known(vocab: str, code: str) -> str | None:
    words = dict(vocabulary.labels(vocab, current_language()))
    return words.get(code)


def field_word(name: str) -> str:
    """The word for a field the log names (a person's fields have their own table)."""
    return _known("person_field", name) or _known("record_field", name) or label("", name)


def fields_text(fields: tuple[str, ...]) -> str:
    return ", ".join(dict.fromkeys(field_word(name) for name in fields))


_PUBLIC_KEY = "ed25519:"  # how a signing key is written in an entry's detail


def _moment(text: str) -> str | None:
    """An ISO date as dd.MM.yyyy, an ISO moment with its time too."""
    try:
        if len(text) == len("2026-01-31"):
            return format_date(dt.date.fromisoformat(text))
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return format_moment(moment)


def _word(code: str) -> str:
    for vocab in _DETAIL_VOCABULARIES:
        word = _known(vocab, code)
        if word is not None:
            return word
    return _moment(code) or code


def status_change_text(table: str | None, detail: str) -> str:
    """ "draft->sent" as "Draft → Sent" in the words of the record's statuses."""
    vocab = _STATUS_VOCABULARY.get(table or "", "case_status")
    before, _, after = detail.partition("->")
    overridden = after.endswith(" override")
    after = after.removesuffix(" override")
    text = f"{label(vocab, before)} → {label(vocab, after)}"
    return f"{text} ({_word('override')})" if overridden else text


def _token(token: str) -> str:
    key, sep, value = token.partition("=")
    if sep:
        return f"{_word(key)}: {_word(value)}"
    table, sep, record_id = token.partition(":")
    if sep and _known("audit_table", table):
        return f"{label('audit_table', table)} {record_id}"
    return _word(token)


def _sentence(detail: str) -> str | None:
    """A fixed sentence with a number or a name in it ("3 parked events dropped")."""
    for pattern in _SENTENCES:
        found = pattern.fullmatch(detail)
        if found:
            template = _known("audit_detail", pattern.pattern.replace("(.+)", "%1"))
            if template is not None:
                return template.replace("%1", _word(found.group(1)))
    return None


def detail_text(entry: AuditRecord) -> str:
    detail = entry.detail or ""
    if not detail:
        return ""
    if "->" in detail:
        return status_change_text(entry.target_table, detail)
    if detail.startswith(_PUBLIC_KEY):  # a signing key: its start tells keys apart
        return f"Ed25519 {detail[len(_PUBLIC_KEY) : len(_PUBLIC_KEY) + 16]}…"
    whole = _word(detail)
    if whole != detail:
        return whole
    sentence = _sentence(detail)
    if sentence is not None:
        return sentence
    return " ".join(_token(token) for token in detail.split())
