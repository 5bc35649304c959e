"""The referral form a partner organisation receives, with a tear-off acknowledgement slip.

Only the person fields in `sheet.shared` (what the person consented to share with this
partner) are printed; without consent the form says so and the partner calls the worker.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ajo_cases.reports import layout
from ajo_cases.reports.layout import (
    CONTENT_WIDTH,
    fields_grid,
    fmt_date,
    heading,
    markup,
    para,
)
from ajo_cases.reports.model import PrintContext, ReferralSheet
from ajo_cases.reports.texts import age_text, check_language, text
from ajo_cases.reports.vocabulary import joined, label

# Personal fields that belong on a referral, in print order; internal notes never do.
REFERRAL_FIELDS = (
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
)


def reference(referral_id: str) -> str:
    """A short number to quote on the phone and on the returned slip."""
    return referral_id.replace("-", "")[:8].upper()


def build_referral_form(sheet: ReferralSheet, ctx: PrintContext) -> bytes:
    lang = check_language(ctx.lang)
    ref = reference(sheet.referral.id)
    code = sheet.case.code
    on = sheet.referral.sent_on or sheet.referral.created_on
    story: list[Flowable] = [*layout.letterhead(ctx.letterhead)]
    story += layout.title_block(
        text(lang, "referral_form"), f"{text(lang, 'referral_no')} {ref} · {fmt_date(on)}"
    )
    story.append(_organisations(sheet, ctx))
    story.append(Spacer(1, 3 * mm))
    story.append(_request(sheet, ctx))
    story.append(heading(text(lang, "person_referred")))
    story += _person(sheet, lang)
    story.append(Spacer(1, 5 * mm))
    story.append(_sender_signature(ctx))
    story.append(_slip(sheet, ctx, ref))
    title = f"{text(lang, 'referral_form')} {code}"
    return layout.build_pdf(story, ctx, title=title, subject=title, running=f"{title} · {ref}")


def _organisations(sheet: ReferralSheet, ctx: PrintContext) -> Table:
    lang, s = ctx.lang, layout.styles()
    head, partner = ctx.letterhead, sheet.partner.form
    sender = [ctx.org_name(), head.address, head.contact]
    receiver = [
        partner.name, label("partner_type", partner.kind, lang),
        label("district", partner.district, lang), partner.contact,
    ]  # fmt: skip
    cells = [
        [Paragraph(f"<b>{markup(text(lang, key))}</b>", s.cell)]
        + [para(v, s.cell) for v in values if v]
        for key, values in (("sending_org", sender), ("receiving_org", receiver))
    ]
    table = Table([cells], colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(
        layout.table_style(
            [
                ("BOX", (0, 0), (0, 0), 0.5, layout.GRID),
                ("BOX", (1, 0), (1, 0), 0.5, layout.GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _request(sheet: ReferralSheet, ctx: PrintContext) -> Table:
    """The request, its consent reference and whom to call about it."""
    lang, referral, consent = ctx.lang, sheet.referral, sheet.consent
    if consent is not None and sheet.shared:
        consent_text = text(
            lang, "consent_ref_value", date=fmt_date(consent.form.recorded_on),
            ref=reference(consent.id),
        )  # fmt: skip
    else:
        consent_text = text(lang, "no_consent")
    return fields_grid(
        [
            (
                text(lang, "service_requested"),
                label("assistance_type", referral.form.service, lang),
            ),
            (text(lang, "urgency"), label("urgency", referral.form.urgency, lang)),
            (text(lang, "case_code"), sheet.case.code),
            (text(lang, "consent_ref"), consent_text),
            (text(lang, "case_worker"), ctx.staff_name(sheet.case.form.worker or ctx.printed_by)),
            (text(lang, "contact"), _contact(sheet, ctx)),
        ]
    )


def _person(sheet: ReferralSheet, lang: str) -> list[Flowable]:
    form = sheet.person.form
    rows: list[tuple[str, object]] = []
    for name in REFERRAL_FIELDS:
        if name in sheet.shared:
            value = getattr(form, name)
            rows.append(
                (
                    label("person_field", name, lang),
                    fmt_date(value) if name == "birth_date" else value,
                )
            )
    # Not personal: what the receiver needs to prepare (interpreter, women's staff, age group).
    rows += [
        (label("person_field", "sex", lang), label("sex", form.sex, lang)),
        (text(lang, "age"), age_text(sheet.case.age_at_intake, sheet.case.age_estimated, lang)),
        (label("person_field", "languages", lang), joined("language", form.languages, lang)),
    ]
    out: list[Flowable] = []
    if not sheet.shared:
        out.append(para(text(lang, "not_shared"), layout.styles().body))
    out.append(fields_grid(rows))
    note = sheet.referral.form.note
    if sheet.shared and note:
        out += [Spacer(1, 2 * mm), para(text(lang, "referral_note"), layout.styles().label)]
        out.append(para(note))
    return out


def _contact(sheet: ReferralSheet, ctx: PrintContext) -> str:
    """The worker's phone, then the office's contact line."""
    worker = sheet.case.form.worker or ctx.printed_by
    phone = (ctx.staff.get(worker or "") or ("", "", ""))[2]
    return " · ".join(part for part in (phone, ctx.letterhead.contact) if part)


def _sender_signature(ctx: PrintContext) -> Table:
    lang, s = ctx.lang, layout.styles()
    name, position, _phone = ctx.signer()
    left = [
        Paragraph(f"<b>{markup(text(lang, 'sending_org'))}</b> · {markup(ctx.org_name())}", s.cell),
        Spacer(1, 5 * mm),
        *_sign_lines(lang, ", ".join(part for part in (name, position) if part)),
    ]
    table = Table([[left, _stamp_box(lang)]], colWidths=[CONTENT_WIDTH - 45 * mm, 45 * mm])
    table.setStyle(layout.table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _sign_lines(lang: str, signer: str = "") -> list[Flowable]:
    """Name (printed when known), signature and date to fill by hand, in two compact lines."""
    s = layout.styles()
    return [
        para(f"{text(lang, 'name')}: " + (signer or "_" * 34), s.cell),
        Spacer(1, 5 * mm),
        para(f"{text(lang, 'signature')}: " + "_" * 20 + f"   {text(lang, 'date')}: " + "_" * 10,
             s.cell),
    ]  # fmt: skip


def _stamp_box(lang: str) -> Table:
    box = Table([[para(text(lang, "stamp"), layout.styles().small)]], 36 * mm, 22 * mm)
    box.setStyle(
        layout.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, layout.GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return box


def _slip(sheet: ReferralSheet, ctx: PrintContext, ref: str) -> KeepTogether:
    """The tear-off part: kept on one page, below a dashed cut line."""
    lang, s = ctx.lang, layout.styles()
    cut = Table([[para(f"✂  {text(lang, 'cut_here')}", s.small)]], colWidths=[CONTENT_WIDTH])
    cut.setStyle(
        layout.table_style(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.7, colors.black, None, (3, 3)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    body = [
        Paragraph(f"<b>{markup(text(lang, 'ack_title'))}</b> · {markup(ctx.org_name())}",
                  s.body),
        para(text(lang, "ack_text", org=sheet.partner.form.name, ref=ref, code=sheet.case.code)),
        para(f"☐  {text(lang, 'ack_accept')}"),
        para(f"☐  {text(lang, 'ack_decline')} " + "_" * 40),
    ]  # fmt: skip
    block = Table(
        [[[*body, Spacer(1, 3 * mm), *_sign_lines(lang)], _stamp_box(lang)]],
        colWidths=[CONTENT_WIDTH - 45 * mm, 45 * mm],
    )
    block.setStyle(layout.table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 5 * mm), cut, Spacer(1, 1 * mm), block])
