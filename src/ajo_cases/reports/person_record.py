"""A person's copy of everything held about them: the profile once, then every case with all
its sections (as the case summary prints them), the documents held, what was shared with which
partner, every consent answer, and who viewed, changed, printed or copied the record."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ajo_cases.domain.records_person import PersonDossier, SharedWith
from ajo_cases.reports import layout
from ajo_cases.reports.case_summary import SECTIONS, case_header, case_sections
from ajo_cases.reports.layout import data_table, fmt_date, heading, para
from ajo_cases.reports.model import PrintContext
from ajo_cases.reports.person_texts import words
from ajo_cases.reports.texts import check_language, text
from ajo_cases.reports.vocabulary import label

_CASE_SECTIONS = tuple(s for s in SECTIONS if s != "profile")


def _field(lang: str, name: str) -> str:
    return label("person_field", name, lang)


def _size(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size >= 1024 else f"{size} B"


def _documents(found: PersonDossier, lang: str) -> list[Flowable]:
    rows = [
        [fmt_date(a.created_at.date()), d.case.code, label("attachment_kind", a.kind, lang),
         a.name or "", _size(a.size)]
        for d in found.cases for a in d.attachments
    ]  # fmt: skip
    if not rows:
        return [layout.nothing(lang)]
    header = [text(lang, "date"), text(lang, "case_code"), words(lang, "document_kind"),
              words(lang, "document_name"), words(lang, "size")]  # fmt: skip
    return [data_table(header, rows, (0.13, 0.17, 0.22, 0.36, 0.12), right=(4,))]


def _shared_fields(item: SharedWith, lang: str) -> str:
    if item.override:
        return words(lang, "override")
    if not item.consented_fields:
        return words(lang, "nothing_shared")
    return ", ".join(_field(lang, name) for name in item.consented_fields)


def _shared(found: PersonDossier, lang: str) -> list[Flowable]:
    rows = [
        [fmt_date(item.sent_on), item.case_code, item.partner_name,
         label("assistance_type", item.service, lang), _shared_fields(item, lang),
         ", ".join(fmt_date(at.date()) for at, _fields in item.printed)]
        for item in found.shared
    ]  # fmt: skip
    if not rows:
        return [layout.nothing(lang)]
    header = [
        text(lang, "date"), text(lang, "case_code"), text(lang, "organisation"),
        text(lang, "service"), words(lang, "fields_shared"), words(lang, "printed"),
    ]  # fmt: skip
    return [data_table(header, rows, (0.11, 0.14, 0.2, 0.14, 0.29, 0.12))]


def _consents(found: PersonDossier, lang: str) -> list[Flowable]:
    answers = sorted(
        ((d.case.code, c) for d in found.cases for c in d.consents),
        key=lambda item: (item[1].form.recorded_on, item[1].created_at),
    )
    if not answers:
        return [layout.nothing(lang)]
    rows = [
        [fmt_date(c.form.recorded_on), code, label("consent_kind", c.form.kind, lang),
         text(lang, "given" if c.form.given else "refused"),
         ", ".join(found.partner_names.get(p, p[:8]) for p in c.form.partner_ids), c.recorded_by]
        for code, c in answers
    ]  # fmt: skip
    header = [text(lang, "date"), text(lang, "case_code"), text(lang, "kind"),
              text(lang, "answer"), text(lang, "organisations"), words(lang, "who")]  # fmt: skip
    return [data_table(header, rows, (0.12, 0.15, 0.18, 0.17, 0.24, 0.14))]


def _action(event: str, table: str | None, lang: str) -> str:
    words = (label("audit_event", event, lang), label("audit_table", table, lang))
    return " · ".join(word for word in words if word)


def _history(found: PersonDossier, lang: str) -> list[Flowable]:
    if not found.history:
        return [layout.nothing(lang)]
    rows = [
        [fmt_date(entry.at.date()), entry.actor,
         _action(entry.event, entry.target_table, lang),
         ", ".join(_field(lang, name) for name in entry.fields)]
        for entry in found.history
    ]  # fmt: skip
    header = [words(lang, "when"), words(lang, "who"), words(lang, "what"), words(lang, "fields")]
    return [data_table(header, rows, (0.12, 0.15, 0.3, 0.43))]


def _profile(found: PersonDossier, lang: str) -> list[Flowable]:
    first = found.cases[0]
    story = case_sections(first, lang, ("profile",), found.partner_names)
    if found.person.erased_at is not None:
        story.insert(1, para(words(lang, "erased", date=fmt_date(found.person.erased_at.date()))))
    return story


def build_person_record(found: PersonDossier, ctx: PrintContext) -> bytes:
    lang = check_language(ctx.lang)
    s = layout.styles()
    story: list[Flowable] = [*layout.letterhead(ctx.letterhead)]
    codes = ", ".join(d.case.code for d in found.cases)
    story += layout.title_block(words(lang, "title"), codes)
    story.append(para(words(lang, "intro", date=fmt_date(ctx.printed_on), user=found.made_by)))
    story.append(para(words(lang, "hand_over"), s.small))
    story += _profile(found, lang)
    story += [heading(words(lang, "consent_history")), *_consents(found, lang)]
    story += [heading(words(lang, "shared")), *_shared(found, lang)]
    story += [heading(words(lang, "documents")), *_documents(found, lang)]
    for detail in found.cases:
        story += [PageBreak(), para(words(lang, "case", code=detail.case.code), s.title)]
        story.append(case_header(detail.case, lang, ctx.staff_name(detail.case.form.worker)))
        story += case_sections(detail, lang, _CASE_SECTIONS, found.partner_names)
    story += [PageBreak(), heading(words(lang, "history")), *_history(found, lang)]
    title = f"{words(lang, 'title')} {found.cases[0].case.code}"
    return layout.build_pdf(story, ctx, title=title, subject=title, running=title)
