"""The donor report: a title page with the filter and the protections, the charts, then every
statistics table with its totals, hidden entries shown as "<5" or "x" as in the exports.

Statistics hold no personal data; the PDF's metadata still names only the document kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ajo_cases.domain.charts import ChartSpec
from ajo_cases.domain.stats_model import Hidden, Measure, StatsReport
from ajo_cases.domain.stats_model import Table as StatsTable
from ajo_cases.reports import fonts, layout
from ajo_cases.reports.donor_charts import chart_drawing, empty_note
from ajo_cases.reports.layout import CONTENT_WIDTH, GRID, SHADE, fields_table, fmt_date, para
from ajo_cases.reports.model import Letterhead, PrintContext
from ajo_cases.reports.stats_texts import (
    chart_title,
    column_label,
    row_label,
    sex_age_parts,
    stats_text,
    table_title,
)
from ajo_cases.reports.texts import check_language
from ajo_cases.reports.vocabulary import label

COMPLEMENT_MARK = "x"
HEADER_SIZE = 7.5


def entry_text(report: StatsReport, table: StatsTable, row: int, column: int, lang: str) -> str:
    """What the report prints for one entry: "<5" / "x" when hidden, amounts with two decimals
    ("1 500,00" in Tajik and Russian), "" for a total the table does not have."""
    reason = table.hidden.get((row, column))
    if reason is Hidden.SMALL:
        return f"<{report.threshold}"
    if reason is Hidden.COMPLEMENT:
        return COMPLEMENT_MARK
    value = table.exact(row, column)
    if value is None:
        return ""
    if table.measure(column) is Measure.AMOUNT:
        sign = "-" if value < 0 else ""
        whole, cents = divmod(abs(value), 100)
        point = "." if lang == "en" else ","
        return f"{sign}{whole:,}".replace(",", "\u00a0") + f"{point}{cents:02d}"
    return str(value)


def _day(value: date | None) -> str:
    return fmt_date(value) if value else ""


def _title_page(report: StatsReport, lang: str, description: str) -> list[Flowable]:
    flt = report.filter
    every = stats_text(lang, "all")
    if report.period_start:
        period = stats_text(lang, "period_value", start=_day(report.period_start),
                            end=_day(report.period_end))  # fmt: skip
    else:
        period = stats_text(lang, "period_open", end=_day(report.period_end))
    project = " — ".join(p for p in (flt.project, description) if p) if flt.project else every
    rows: list[tuple[str, object]] = [
        (stats_text(lang, "period"), period),
        (stats_text(lang, "project"), project),
        (stats_text(lang, "district"), label("district", flt.district, lang) or every),
        (stats_text(lang, "category"), label("category", flt.category, lang) or every),
        (stats_text(lang, "age_bands"), str(flt.age_bands).replace(",", ", ")),
    ]
    if report.suppressed:
        rows.append((stats_text(lang, "threshold"), stats_text(
            lang, "threshold_value", below=report.threshold - 1, n=report.threshold)))  # fmt: skip
    rows.append(
        (
            stats_text(lang, "excluded"),
            stats_text(
                lang, "excluded_value", cases=report.excluded_cases, persons=report.excluded_persons
            ),
        )
    )
    s = layout.styles()
    story: list[Flowable] = [
        *layout.title_block(stats_text(lang, "donor_report"), stats_text(lang, "anonymised")),
        Spacer(1, 4 * mm),
        fields_table(rows, label_width=60 * mm),
        Spacer(1, 5 * mm),
    ]
    if report.suppressed:
        story.append(para(stats_text(lang, "legend_small", n=report.threshold), s.small))
        story.append(para(stats_text(lang, "legend_complement"), s.small))
    else:
        story.append(Paragraph(f"<b>{layout.markup(stats_text(lang, 'exact'))}</b>", s.body))
    story.append(para(stats_text(lang, "legend_persons"), s.small))
    return story


def _charts(charts: Sequence[ChartSpec], lang: str, threshold: int) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), layout.heading(stats_text(lang, "charts"))]
    if any(spec.hidden for spec in charts):
        story.append(para(stats_text(lang, "hidden_in_chart"), layout.styles().small))
    for spec in charts:
        drawing = chart_drawing(spec, lang, CONTENT_WIDTH, threshold)
        body: Flowable = drawing if drawing is not None else para(
            empty_note(lang), layout.styles().small)  # fmt: skip
        title = Paragraph(layout.markup(chart_title(lang, spec.table)), layout.styles().heading)
        story.append(KeepTogether([title, body, Spacer(1, 3 * mm)]))
    return story


def _header_cell(value: str) -> Paragraph:
    style = layout.styles().cell_bold
    return Paragraph(layout.markup(value), style.clone("hdr", fontSize=HEADER_SIZE, leading=9))


def _grid(report: StatsReport, table: StatsTable, lang: str) -> Table:
    n_rows, n_cols = table.shape
    with_totals = table.row_totals is not None
    last = n_cols + 1 if with_totals else n_cols
    codes = [c.code for c in table.columns] + (["total"] if with_totals else [])
    sex_age = any("." in code for code in codes)
    label_width = CONTENT_WIDTH * (0.22 if last > 6 else 0.34)
    widths = [label_width] + [(CONTENT_WIDTH - label_width) / last] * last
    total_word = stats_text(lang, "total")
    header: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    if sex_age:  # two header lines: the sex spanning its age groups, then the age groups
        top: list[Any] = [""] * (len(codes) + 1)
        second: list[Any] = [""] * (len(codes) + 1)
        spans: dict[str, list[int]] = {}
        for c, code in enumerate(codes, start=1):
            if code == "total":
                top[c] = _header_cell(total_word)
                commands.append(("SPAN", (c, 0), (c, 1)))
                continue
            sex, group = sex_age_parts(lang, code, short=True)
            second[c] = _header_cell(group)
            spans.setdefault(sex, []).append(c)
        for sex, where in spans.items():
            top[where[0]] = _header_cell(sex)
            commands.append(("SPAN", (where[0], 0), (where[-1], 0)))
        commands.append(("SPAN", (0, 0), (0, 1)))
        header = [top, second]
    else:
        header = [["", *(_header_cell(column_label(lang, code)) for code in codes)]]
    body: list[list[Any]] = []
    for r in range(n_rows + 1):
        name = row_label(lang, table.name, table.rows[r]) if r < n_rows else total_word
        body.append([layout.cell(name, label_width),
                     *(entry_text(report, table, r, c, lang) for c in range(last))])  # fmt: skip
    heads = len(header)
    grid = Table(header + body, colWidths=widths, repeatRows=heads, splitInRow=1)
    commands += [
        ("LEADING", (0, 0), (-1, -1), layout.CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, heads - 1), SHADE),
        ("ALIGN", (1, heads), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, layout.CELL_SIZE),
    ]  # fmt: skip
    if with_totals:
        commands += [("BACKGROUND", (-1, heads), (-1, -1), SHADE),
                     ("FONT", (-1, heads), (-1, -1), fonts.BOLD, layout.CELL_SIZE)]  # fmt: skip
    grid.setStyle(layout.table_style(commands))
    return grid


def _tables(report: StatsReport, lang: str) -> list[Flowable]:
    s = layout.styles()
    story: list[Flowable] = [PageBreak(), layout.heading(stats_text(lang, "tables"))]
    for table in report.tables:
        notes = []
        if any("." in column.code for column in table.columns):
            notes.append(stats_text(lang, "age_note"))
        if table.overlapping:
            notes.append(stats_text(lang, "overlapping"))
        if any(column.measure is Measure.AMOUNT for column in table.columns):
            notes.append(stats_text(lang, "amounts"))
        story.append(CondPageBreak(40 * mm))  # a heading never ends a page alone
        story.append(layout.heading(table_title(lang, table.name)))
        story += [para(note, s.small) for note in notes]
        story += [_grid(report, table, lang), Spacer(1, 2 * mm)]
    return story


def build_donor_report(
    report: StatsReport,
    charts: Sequence[ChartSpec],
    letterhead: Letterhead,
    lang: str,
    description: str = "",
    *,
    printed_on: date | None = None,
) -> bytes:
    """The donor report as PDF bytes. `description` says in words what the project code in
    the filter stands for (the project's name); it is printed on the title page only."""
    lang = check_language(lang)
    story: list[Flowable] = [*layout.letterhead(letterhead)]
    story += _title_page(report, lang, description)
    story += _charts(charts, lang, report.threshold)
    story += _tables(report, lang)
    title = stats_text(lang, "donor_report")
    ctx = PrintContext(lang=lang, letterhead=letterhead, printed_on=printed_on or date.today())
    period = f"{_day(report.period_start)} – {_day(report.period_end)}".strip(" –")
    return layout.build_pdf(story, ctx, title=title, subject=stats_text(lang, "anonymised"),
                            running=f"{title} {period}")  # fmt: skip
