"""The case summary: a header with the case's facts, then the sections the worker picked."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import date

from reportlab.platypus import Flowable

from ajo_cases.domain.records import CaseRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.domain.records_grants import GrantRecord
from ajo_cases.reports import layout
from ajo_cases.reports.layout import data_table, fields_table, fmt_date, fmt_money, heading, para
from ajo_cases.reports.model import PrintContext
from ajo_cases.reports.texts import age_text, check_language, text
from ajo_cases.reports.vocabulary import joined, label

SECTIONS = (
    "profile",
    "trafficking",
    "consent",
    "plan",
    "assistance",
    "stays",
    "referrals",
    "grants",
    "follow_ups",
)


def check_sections(sections: Collection[str]) -> tuple[str, ...]:
    """The picked sections in document order; unknown ids are an error, not silently dropped."""
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise ValueError(f"unknown section(s) {', '.join(unknown)}; choose from {SECTIONS}")
    return tuple(s for s in SECTIONS if s in sections)


def build_case_summary(
    detail: CaseDetail,
    ctx: PrintContext,
    sections: Collection[str] = SECTIONS,
    *,
    partner_names: Mapping[str, str] | None = None,
) -> bytes:
    lang = check_language(ctx.lang)
    picked = check_sections(sections)
    code = detail.case.code
    story: list[Flowable] = [*layout.letterhead(ctx.letterhead)]
    story += layout.title_block(text(lang, "case_summary"), code)
    story.append(case_header(detail.case, lang, ctx.staff_name(detail.case.form.worker)))
    story += case_sections(detail, lang, picked, partner_names or {})
    title = f"{text(lang, 'case_summary')} {code}"
    return layout.build_pdf(story, ctx, title=title, subject=title, running=title)


def case_sections(
    detail: CaseDetail, lang: str, sections: Collection[str], partner_names: Mapping[str, str]
) -> list[Flowable]:
    """The picked sections of a case, each under its heading (also used for a person's copy)."""
    story: list[Flowable] = []
    for section in check_sections(sections):
        story.append(heading(text(lang, f"sec_{section}")))
        story.extend(_BUILDERS[section](detail, lang, partner_names))
    return story


def case_header(case: CaseRecord, lang: str, worker: str | None = None) -> Flowable:
    rows: list[tuple[str, object]] = [
        (text(lang, "case_code"), case.code),
        (text(lang, "status"), label("case_status", case.status, lang)),
        (text(lang, "opened_on"), fmt_date(case.form.opened_on)),
        (text(lang, "case_worker"), worker if worker is not None else case.form.worker),
        (text(lang, "risk_level"), label("risk_level", case.form.risk_level, lang)),
        (text(lang, "identification_source"),
         label("identification_source", case.form.identification_source, lang)),
    ]  # fmt: skip
    if case.closed_on:
        rows.insert(3, (text(lang, "closed_on"), fmt_date(case.closed_on)))
        rows.insert(4, (text(lang, "closure_reason"),
                        label("closure_reason", case.closure_reason, lang)))  # fmt: skip
    return fields_table(rows)


# person fields shown as they are, then those holding a vocabulary code
_PLAIN = ("family_name", "given_name", "patronymic", "latin_name")
_CONTACT = ("jamoat", "address", "phone", "id_document", "family_contact")
_CODED = (
    ("sex", "sex"), ("category", "category"), ("citizenship", "country"),
    ("district", "district"), ("marital_status", "marital_status"), ("education", "education"),
    ("trafficking_status", "trafficking_status"), ("status_decided_by", "status_decider"),
)  # fmt: skip


def _profile(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    form = detail.person.form

    def field(name: str) -> str:
        return label("person_field", name, lang)

    rows: list[tuple[str, object]] = [(field(n), getattr(form, n)) for n in _PLAIN]
    rows += [
        (field("birth_date"), fmt_date(form.birth_date)),
        (text(lang, "age"), age_text(detail.case.age_at_intake, detail.case.age_estimated, lang)),
    ]
    rows += [(field(n), label(vocab, getattr(form, n), lang)) for n, vocab in _CODED[:4]]
    rows += [(field(n), getattr(form, n)) for n in _CONTACT]
    rows += [
        (field("children_count"), form.children_count),
        (field("languages"), joined("language", form.languages, lang)),
    ]
    rows += [(field(n), label(vocab, getattr(form, n), lang)) for n, vocab in _CODED[4:]]
    return [fields_table(rows), *_long(field("notes"), form.notes)]


def _long(name: str, value: str | None) -> list[Flowable]:
    """A long free text under its own label, as paragraphs that may flow across pages."""
    if not value:
        return []
    s = layout.styles()
    return [para(name, s.label), *(para(p, s.body) for p in value.split("\n\n") if p.strip())]


def _period(start: date | None, end: date | None) -> str:
    return f"{fmt_date(start)} – {fmt_date(end)}" if start or end else ""


def _trafficking(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    form = detail.case.form
    rows: list[tuple[str, object]] = [
        (text(lang, "exploitation_types"),
         joined("exploitation_type", form.exploitation_types, lang)),
        (text(lang, "labour_industry"), label("labour_industry", form.labour_industry, lang)),
        (text(lang, "control_methods"), joined("control_method", form.control_methods, lang)),
        (text(lang, "recruitment_method"),
         label("recruitment_method", form.recruitment_method, lang)),
        (text(lang, "recruiter_relation"),
         label("recruiter_relation", form.recruiter_relation, lang)),
        (text(lang, "country_recruitment"), label("country", form.country_recruitment, lang)),
        (text(lang, "country_exploitation"), label("country", form.country_exploitation, lang)),
        (text(lang, "countries_transit"), joined("country", form.countries_transit, lang)),
        (text(lang, "exploitation_period"),
         _period(form.exploitation_start, form.exploitation_end)),
        (text(lang, "age_when_trafficked"), form.age_when_trafficked),
    ]  # fmt: skip
    return [
        fields_table(rows),
        *_long(text(lang, "places"), form.places),
        *_long(text(lang, "narrative"), form.narrative),
    ]


def _consent(detail: CaseDetail, lang: str, names: Mapping[str, str]) -> list[Flowable]:
    if not detail.consents:
        return [layout.nothing(lang)]
    rows = [
        [fmt_date(c.form.recorded_on), label("consent_kind", c.form.kind, lang),
         text(lang, "given" if c.form.given else "refused"),
         ", ".join(names.get(p, p[:8]) for p in c.form.partner_ids)]
        for c in detail.consents
    ]  # fmt: skip
    header = [text(lang, k) for k in ("date", "kind", "answer", "organisations")]
    return [data_table(header, rows, (0.13, 0.27, 0.22, 0.38))]


def _plan(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = []
    for a in detail.assessments:
        rows: list[tuple[str, object]] = [
            (text(lang, "assessed_on"), fmt_date(a.form.assessed_on)),
            (text(lang, "risk_level"), label("risk_level", a.form.risk_level, lang)),
            (text(lang, "needs"), joined("assistance_type", a.form.needs, lang)),
        ]
        out += [fields_table(rows), *_long(text(lang, "summary"), a.form.summary)]
        out += _long(text(lang, "goals"), a.form.goals)
    if detail.plan_actions:
        header = [text(lang, k) for k in ("action", "type", "due", "done")]
        rows_ = [
            [p.form.description, label("assistance_type", p.form.assistance_type, lang),
             fmt_date(p.form.due_on), fmt_date(p.done_on)]
            for p in detail.plan_actions
        ]  # fmt: skip
        out.append(data_table(header, rows_, (0.48, 0.22, 0.15, 0.15)))
    return out or [layout.nothing(lang)]


def _assistance(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    if not detail.assistance:
        return [layout.nothing(lang)]
    rows = [
        [fmt_date(a.form.given_on),
         label("assistance_type", a.form.type, lang)
         + (f" ({label('trade', a.form.trade, lang)})" if a.form.trade else ""),
         a.provider_name or text(lang, "own_staff"),
         fmt_money(a.form.cost_minor, a.form.currency, lang), a.form.note or ""]
        for a in sorted(detail.assistance, key=lambda a: a.form.given_on)
    ]  # fmt: skip
    header = [text(lang, k) for k in ("date", "type", "provider", "cost", "note")]
    return [data_table(header, rows, (0.13, 0.22, 0.2, 0.17, 0.28), right=(3,))]


def _stays(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    if not detail.stays:
        return [layout.nothing(lang)]
    rows = [
        [s.bed_label, fmt_date(s.admitted_on), fmt_date(s.discharged_on),
         label("discharge_reason", s.discharge_reason, lang)]
        for s in detail.stays
    ]  # fmt: skip
    header = [text(lang, k) for k in ("bed", "admitted", "discharged", "reason")]
    return [data_table(header, rows, (0.2, 0.2, 0.2, 0.4))]


def _referrals(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    if not detail.referrals:
        return [layout.nothing(lang)]
    rows = [
        [fmt_date(r.sent_on or r.created_on), r.partner_name,
         label("assistance_type", r.form.service, lang), label("urgency", r.form.urgency, lang),
         label("referral_status", r.status, lang)]
        for r in detail.referrals
    ]  # fmt: skip
    header = [text(lang, k) for k in ("date", "organisation", "service", "urgency", "status")]
    return [data_table(header, rows, (0.13, 0.28, 0.2, 0.17, 0.22))]


def _grant(grant: GrantRecord, lang: str) -> list[Flowable]:
    form, cur = grant.form, grant.form.currency
    rows: list[tuple[str, object]] = [
        (text(lang, "business_plan"), form.title),
        (text(lang, "sector"), label("grant_sector", form.sector, lang)),
        (text(lang, "status"), label("grant_status", grant.status, lang)),
        (text(lang, "approved"), fmt_money(grant.approved_minor, cur, lang)),
        (text(lang, "contribution"), fmt_money(form.contribution_minor, cur, lang)),
        (text(lang, "handed_over"),
         " · ".join(v for v in (fmt_date(grant.handed_over_on), grant.handover_place) if v)),
    ]  # fmt: skip
    out: list[Flowable] = [fields_table(rows)]
    if form.budget:
        header = [text(lang, k) for k in ("item", "quantity", "unit_cost", "total")]
        lines = [
            [b.item, b.quantity, fmt_money(b.unit_cost_minor, cur, lang),
             fmt_money(b.total_minor, cur, lang)]
            for b in form.budget
        ]  # fmt: skip
        total = [text(lang, "grand_total"), "", "", fmt_money(form.budget_total_minor, cur, lang)]
        out.append(
            data_table(header, lines, (0.44, 0.12, 0.22, 0.22), right=(1, 2, 3), total=total)
        )
    if grant.visits:
        header = [text(lang, k) for k in ("date", "business_running", "income", "note")]
        visits = [
            [fmt_date(v.form.visited_on), text(lang, "yes" if v.form.business_running else "no"),
             fmt_money(v.form.monthly_income_minor, cur, lang), v.form.problems or ""]
            for v in grant.visits
        ]  # fmt: skip
        out += [para(text(lang, "visits"), layout.styles().label)]
        out.append(data_table(header, visits, (0.13, 0.19, 0.2, 0.48), right=(2,)))
    return out


def _grants(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = []
    for grant in detail.grants:
        out += _grant(grant, lang)
    return out or [layout.nothing(lang)]


def _follow_ups(detail: CaseDetail, lang: str, _names: Mapping[str, str]) -> list[Flowable]:
    if not detail.follow_ups:
        return [layout.nothing(lang)]
    rows = [
        [label("follow_up_kind", f.kind, lang),
         fmt_date(f.due_on) + (f" ({text(lang, 'overdue')})" if f.overdue else ""),
         fmt_date(f.done_on), f.assigned_to or ""]
        for f in sorted(detail.follow_ups, key=lambda f: f.due_on)
    ]  # fmt: skip
    header = [text(lang, k) for k in ("kind", "due", "done", "assigned_to")]
    return [data_table(header, rows, (0.35, 0.25, 0.15, 0.25))]


_Builder = Callable[[CaseDetail, str, Mapping[str, str]], list[Flowable]]
_BUILDERS: dict[str, _Builder] = {
    "profile": _profile,
    "trafficking": _trafficking,
    "consent": _consent,
    "plan": _plan,
    "assistance": _assistance,
    "stays": _stays,
    "referrals": _referrals,
    "grants": _grants,
    "follow_ups": _follow_ups,
}
