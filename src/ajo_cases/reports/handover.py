"""The grant handover certificate: what was handed over, to whom, where and when, signed by the
beneficiary, the case worker and a witness."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ajo_cases.reports import layout
from ajo_cases.reports.layout import data_table, fields_table, fmt_date, fmt_money, para
from ajo_cases.reports.model import HandoverSheet, PrintContext
from ajo_cases.reports.texts import check_language, text
from ajo_cases.reports.vocabulary import label


def _items(sheet: HandoverSheet) -> list[tuple[str, int, int]]:
    """The purchases handed over; before any purchase is recorded, the approved budget lines."""
    grant = sheet.grant
    if grant.purchases:
        return [(p.form.item, p.form.quantity, p.form.unit_cost_minor) for p in grant.purchases]
    return [(b.item, b.quantity, b.unit_cost_minor) for b in grant.form.budget]


def build_handover(sheet: HandoverSheet, ctx: PrintContext) -> bytes:
    lang = check_language(ctx.lang)
    grant, code = sheet.grant, sheet.case.code
    cur = grant.form.currency
    ref = grant.id.replace("-", "")[:8].upper()
    story: list[Flowable] = [*layout.letterhead(ctx.letterhead)]
    story += layout.title_block(text(lang, "handover"), f"{code} · {ref}")
    form = sheet.person.form
    name = form.cyrillic_name or form.latin_name or ""
    # both spellings, as in the passport, when both are known
    full_name = (
        f"{name} ({form.latin_name})" if form.latin_name and name != form.latin_name else name
    )
    story.append(
        fields_table(
            [
                (text(lang, "beneficiary"), full_name),
                (text(lang, "case_code"), code),
                (text(lang, "business_plan"), grant.form.title),
                (text(lang, "sector"), label("grant_sector", grant.form.sector, lang)),
                (text(lang, "place"), grant.handover_place or "_" * 30),
                (text(lang, "date"), fmt_date(grant.handed_over_on) or "____________"),
            ]
        )
    )
    story.append(Spacer(1, 4 * mm))
    org = ctx.org_name()
    story.append(para(text(lang, "handover_intro", org=org)))
    items = _items(sheet)
    rows = [
        [str(n), item, str(qty), fmt_money(unit, cur, lang), fmt_money(qty * unit, cur, lang)]
        for n, (item, qty, unit) in enumerate(items, start=1)
    ]
    total_minor = sum(qty * unit for _item, qty, unit in items)
    total = ["", text(lang, "grand_total"), "", "", fmt_money(total_minor, cur, lang)]
    header = [text(lang, k) for k in ("number", "item", "quantity", "unit_cost", "total")]
    story.append(
        data_table(header, rows, (0.07, 0.41, 0.12, 0.2, 0.2), right=(0, 2, 3, 4), total=total)
    )
    story.append(Spacer(1, 4 * mm))
    worker = ctx.staff_name(sheet.case.form.worker or ctx.printed_by)
    story.append(
        KeepTogether(
            [
                para(text(lang, "received")),
                Spacer(1, 6 * mm),
                layout.signature_block(
                    [
                        (text(lang, "beneficiary"), name),
                        (text(lang, "case_worker"), worker),
                        (text(lang, "witness"), ""),
                    ],
                    lang,
                ),
            ]
        )
    )
    title = f"{text(lang, 'handover')} {code}"
    return layout.build_pdf(story, ctx, title=title, subject=title, running=f"{title} · {ref}")
