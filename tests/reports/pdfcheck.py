"""Reading back what a PDF holds: its text, its fonts, its metadata."""

from __future__ import annotations

import io

from pypdf import PdfReader

BASE14 = {
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
    "Times-Bold", "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold",
    "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats",
}  # fmt: skip


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def full_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat_text(pdf: bytes) -> str:
    """The text with every run of white space as one space (cells wrap long values)."""
    return " ".join(full_text(pdf).split())


def _descriptor(font) -> object | None:
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    for child in font.get("/DescendantFonts", []):  # Type0 fonts keep it one level down
        child = child.get_object()
        if "/FontDescriptor" in child:
            return child["/FontDescriptor"].get_object()
    return None


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?")).lstrip("/")
            descriptor = _descriptor(font)
            embedded = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[name] = embedded
    return found


def base_name(font_name: str) -> str:
    """'AAAAAA+DejaVuSans' -> 'DejaVuSans' (the subset tag dropped)."""
    return font_name.split("+", 1)[-1]


def metadata_text(pdf: bytes) -> str:
    meta = reader(pdf).metadata or {}
    return " ".join(str(value) for value in meta.values())
