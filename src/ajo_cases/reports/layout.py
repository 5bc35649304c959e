"""What every document shares: styles in DejaVu Sans, the letterhead, tables whose header row
repeats on each page, the footer ("Confidential", print date, "Page x of y") and the build to
bytes in memory."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ajo_cases.reports import fonts
from ajo_cases.reports.model import Letterhead, PrintContext
from ajo_cases.reports.texts import text
from ajo_cases.reports.vocabulary import label

_LOG = logging.getLogger(__name__)
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8e8e8")
LABEL_COLOUR = colors.HexColor("#444444")
DASH = "—"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    org: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """Paragraph styles, made once; every one starts in the embedded font."""
    global _styles
    if _styles is None:
        regular = fonts.register_fonts()
        body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, spaceAfter=3)
        small_cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
        _styles = Styles(
            body=body,
            small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
            cell=small_cell,
            cell_bold=ParagraphStyle("cell_bold", parent=small_cell, fontName=fonts.BOLD),
            cell_right=ParagraphStyle("cell_right", parent=small_cell, alignment=TA_RIGHT),
            label=ParagraphStyle("label", parent=small_cell, textColor=LABEL_COLOUR),
            title=ParagraphStyle(
                "title", parent=body, fontName=fonts.BOLD, fontSize=15, leading=19, spaceAfter=2
            ),
            heading=ParagraphStyle(
                "heading",
                parent=body,
                fontName=fonts.BOLD,
                fontSize=11.5,
                leading=15,
                spaceBefore=7,
                spaceAfter=4,
                keepWithNext=True,
            ),
            org=ParagraphStyle("org", parent=body, fontName=fonts.BOLD, fontSize=12, leading=15),
        )
    return _styles


# --- words and numbers ---------------------------------------------------------------------


def markup(value: object) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(markup(value), style or styles().body)


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""  # one format in all three languages


def fmt_money(minor: int | None, currency: str, lang: str) -> str:
    """'1 500,00 сомонӣ' (tg, ru) or '1 500.00 TJS' (en); no-break spaces keep it on one line."""
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    grouped = f"{whole:,}".replace(",", "\u00a0")
    point = "." if lang == "en" else ","
    return f"{sign}{grouped}{point}{cents:02d}\u00a0{label('currency', currency, lang)}"


def or_dash(value: object) -> str:
    return DASH if value is None or value == "" else str(value)


# --- blocks ---------------------------------------------------------------------------------


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """Table commands with the embedded font first: a table's own default is Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL_SIZE), *commands])


def heading(value: str) -> Paragraph:
    return Paragraph(markup(value), styles().heading)


CELL_SIZE, CELL_LEADING = 8.5, 10.5
_PAD = 2  # left and right cell padding in every table here


def cell(value: object, width: float, style: ParagraphStyle | None = None) -> str | Paragraph:
    """A table cell: a value that fits on one line stays a plain string (drawn directly, many
    times cheaper than a Paragraph); a longer one wraps as a paragraph."""
    style = style or styles().cell
    text_value = str(value)
    fits = stringWidth(text_value, style.fontName, style.fontSize) <= width - 2 * _PAD - 1
    if fits and "\n" not in text_value:
        return text_value
    return Paragraph(markup(text_value), style)


def _grid_commands(label_columns: Sequence[int] = ()) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    commands += [("TEXTCOLOR", (c, 0), (c, -1), LABEL_COLOUR) for c in label_columns]
    return commands


def fields_table(rows: Sequence[tuple[str, object]], label_width: float = 52 * mm) -> Table:
    """Label / value pairs in two columns; empty values print as a dash."""
    s = styles()
    widths = [label_width, CONTENT_WIDTH - label_width]
    data = [
        [cell(name, widths[0], s.label), cell(or_dash(value), widths[1])] for name, value in rows
    ]
    table = Table(data, colWidths=widths, splitInRow=1)
    lines = [("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE)]
    table.setStyle(table_style([*_grid_commands((0,)), *lines]))
    return table


def fields_grid(rows: Sequence[tuple[str, object]]) -> Table:
    """Label / value pairs two to a line, for forms that must fit on one page."""
    s = styles()
    widths = [w * CONTENT_WIDTH for w in (0.2, 0.3, 0.2, 0.3)]
    cells = [
        [cell(name, widths[0], s.label), cell(or_dash(value), widths[1])] for name, value in rows
    ]
    if len(cells) % 2:
        cells.append(["", ""])
    data = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    table = Table(data, colWidths=widths, splitInRow=1)
    lines = [("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE)]
    table.setStyle(table_style([*_grid_commands((0, 2)), *lines]))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[object] | None = None,
) -> Table:
    """A grid whose header row repeats on every page; long cells split across pages.

    `widths` are fractions of the content width; `right` lists right-aligned columns.
    """
    s = styles()
    points = [w * CONTENT_WIDTH for w in widths]
    data: list[list[Any]] = [[cell(h, w, s.cell_bold) for h, w in zip(header, points, strict=True)]]
    for row in [*rows, *([total] if total is not None else [])]:
        data.append([
            cell(or_dash(value) if value != "" else "", points[i],
                 s.cell_right if i in right else s.cell)
            for i, value in enumerate(row)
        ])  # fmt: skip
    table = Table(data, colWidths=points, repeatRows=1, splitInRow=1)
    commands = [
        *_grid_commands(),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        *[("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right],
    ]
    if total is not None:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    table.setStyle(table_style(commands))
    return table


def nothing(lang: str) -> Paragraph:
    return Paragraph(markup(text(lang, "nothing")), styles().small)


def signature_block(columns: Sequence[tuple[str, str]], lang: str) -> Table:
    """One column per signer: role, then lines for the name (pre-printed when known), the
    signature and the date, each with its caption below; rows line up across columns."""
    s = styles()
    gap = 8 * mm
    width = (CONTENT_WIDTH - gap * (len(columns) - 1)) / len(columns)
    captions = [text(lang, k) for k in ("name", "signature", "date")]
    rows: list[list[Any]] = [[], [], [], [], [], [], []]
    for i, (role, name) in enumerate(columns):
        cells = [
            Paragraph(f"<b>{markup(role)}</b>", s.cell), para(name, s.cell),
            Paragraph(markup(captions[0]), s.label), "",
            Paragraph(markup(captions[1]), s.label), "",
            Paragraph(markup(captions[2]), s.label),
        ]  # fmt: skip
        for row, cell in zip(rows, cells, strict=True):
            row += [cell] if i == 0 else ["", cell]
    widths = [width if i % 2 == 0 else gap for i in range(2 * len(columns) - 1)]
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for col in range(0, len(widths), 2):
        commands += [("LINEBELOW", (col, r), (col, r), 0.5, colors.black) for r in (1, 3, 5)]
    table = Table(
        rows, colWidths=widths, rowHeights=[None, 9 * mm, None, 11 * mm, None, 8 * mm, None]
    )
    table.setStyle(table_style(commands))
    return table


def _logo(png: bytes | None) -> Image | None:
    if not png:
        return None
    try:
        width, height = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # a bad logo must not stop a document; the admin sees the log line
        _LOG.warning("the letterhead logo could not be read; printing without it")
        return None
    scale = min(40 * mm / width, 18 * mm / height)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale)


def letterhead(head: Letterhead) -> list[Flowable]:
    """Logo, organisation name, address and contact, then a rule."""
    s = styles()
    lines: list[Flowable] = []
    if head.name:
        lines.append(para(head.name, s.org))
    lines += [para(value, s.small) for value in (head.address, head.contact) if value]
    logo = _logo(head.logo_png)
    if not lines and logo is None:
        return []
    row = [logo, lines] if logo is not None else [lines]
    widths = [45 * mm, CONTENT_WIDTH - 45 * mm] if logo is not None else [CONTENT_WIDTH]
    table = Table([row], colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, Spacer(1, 3 * mm)]


def title_block(title: str, subtitle: str) -> list[Flowable]:
    s = styles()
    return [para(title, s.title), para(subtitle, s.small), Spacer(1, 2 * mm)]


# --- pages and the build --------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    lang: str
    printed_on: date
    org: str
    running: str  # document title and case code, at the top of pages after the first


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
    """Holds pages back until the end so each footer can say "Page x of y" in one pass."""

    def __init__(self, *args: Any, frame: _Frame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        frame, page = self._frame, self.getPageNumber()
        self.saveState()
        self.setFillColor(colors.HexColor("#333333"))
        self.setStrokeColor(GRID)
        bottom = 11 * mm
        self.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        self.setFont(fonts.BOLD, 8)
        self.drawString(MARGIN, bottom, text(frame.lang, "confidential"))
        self.setFont(fonts.REGULAR, 8)
        printed = text(frame.lang, "printed_on", date=fmt_date(frame.printed_on))
        self.drawCentredString(PAGE_WIDTH / 2, bottom, printed)
        numbers = text(frame.lang, "page_of", page=page, pages=total)
        self.drawRightString(PAGE_WIDTH - MARGIN, bottom, numbers)
        if page > 1:
            top = PAGE_HEIGHT - 11 * mm
            self.drawString(MARGIN, top, frame.org)
            self.drawRightString(PAGE_WIDTH - MARGIN, top, frame.running)
        self.restoreState()


def build_pdf(
    story: list[Flowable], ctx: PrintContext, *, title: str, subject: str, running: str
) -> bytes:
    """Lay the story out on A4 and return the PDF. `title` and `subject` go into the PDF
    metadata, so they never carry personal data (a case code at most)."""
    regular = fonts.register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=title, subject=subject, author=ctx.letterhead.name or "AJO Cases",
        creator="AJO Cases", keywords="", lang=ctx.lang,
        initialFontName=regular,  # else the canvas opens every page in Helvetica
    )  # fmt: skip
    # no inner padding: tables as wide as the text line up with the headings
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    marks = _Frame(ctx.lang, ctx.printed_on, ctx.org_name(), running)

    def canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, frame=marks, **kwargs)

    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
