from __future__ import annotations

import struct
import zlib

from ajo_cases.services import letterhead
from ajo_cases.ui.admin.letterhead_card import LetterheadCard


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_admin_saves_the_letterhead(unlocked, qtbot):
    window = unlocked.main_window
    assert window.show_page("administration")
    card = window.pages["administration"].findChild(LetterheadCard)
    assert card is not None
    card.name.setText("Ҷамъияти ҷамъиятии «Ҳаёти нав»")
    card.address.setText("Хуҷанд")
    card._set_logo(_png())
    card.save_button.click()
    qtbot.waitUntil(lambda: card.save_button.isEnabled(), timeout=10_000)
    saved = letterhead.get_letterhead(unlocked.vault)
    assert saved.name == "Ҷамъияти ҷамъиятии «Ҳаёти нав»"
    assert saved.address == "Хуҷанд"
    assert saved.logo_png == _png()
