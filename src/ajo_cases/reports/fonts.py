"""DejaVu Sans, shipped with its licence: full Tajik Cyrillic (Ғ Ӣ Қ Ӯ Ҳ Ҷ), always embedded.

Registered once per process; every style and canvas starts in it, so no base-14 Helvetica
(which has no Cyrillic and is never embedded) finds its way into a document.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()  # PDFs are built on the UI's worker thread and in the CLI
_registered = False


def register_fonts() -> str:
    """Register the family (first call only) and return the regular face's name."""
    global _registered
    if _registered:
        return REGULAR
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file_name)))
            # <b> and <i> inside paragraphs pick the matching face
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, ITALIC)
            addMapping(REGULAR, 1, 1, BOLD_ITALIC)
            _registered = True
    return REGULAR
