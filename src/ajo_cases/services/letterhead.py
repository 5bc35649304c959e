"""The organisation's letterhead printed on documents: name, address, contact line and logo.

Kept in the vault's `vault_meta` table (inside the encrypted database), so a restored backup
prints the same letterhead. Everyone may read it; only an administrator changes it, audited
with the changed keys (never the values).
"""

from __future__ import annotations

import base64
import binascii
import struct

from sqlalchemy.orm import Session

from ajo_cases.errors import InvalidInput
from ajo_cases.reports.model import Letterhead
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import meta_repo

NAME_KEY = "org_name"
ADDRESS_KEY = "org_address"
CONTACT_KEY = "org_contact"
LOGO_KEY = "org_logo_png"  # base64 of the PNG file
MAX_LOGO_BYTES = 512 * 1024  # a logo, not a photograph; every document embeds it
MAX_TEXT = {NAME_KEY: 200, ADDRESS_KEY: 400, CONTACT_KEY: 200}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def load(session: Session) -> Letterhead:
    """The letterhead inside the caller's session (printing reads it with the records)."""
    logo_text = meta_repo.get(session, LOGO_KEY)
    logo: bytes | None = None
    if logo_text:
        try:
            logo = base64.b64decode(logo_text, validate=True)
        except (binascii.Error, ValueError):
            logo = None  # a damaged value prints no logo rather than no document
    return Letterhead(
        name=meta_repo.get(session, NAME_KEY) or "",
        address=meta_repo.get(session, ADDRESS_KEY) or "",
        contact=meta_repo.get(session, CONTACT_KEY) or "",
        logo_png=logo,
    )


def get_letterhead(vault: OpenVault) -> Letterhead:
    with vault.read_session() as session:
        return load(session)


def check_logo(data: bytes) -> None:
    """A PNG of sensible size: the signature, an IHDR chunk and non-zero dimensions."""
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidInput(
            f"the logo is larger than {MAX_LOGO_BYTES // 1024} KB; use a smaller PNG", field="logo"
        )
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 33:
        raise InvalidInput("the logo must be a PNG image", field="logo")
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= 10_000 and 0 < height <= 10_000):
        raise InvalidInput("the logo's size is not usable", field="logo")


def set_letterhead(vault: OpenVault, letterhead: Letterhead) -> Changes:
    """Replace the letterhead (admin only). An empty logo removes it."""
    vault.require_role("admin")
    values = {
        NAME_KEY: letterhead.name.strip(),
        ADDRESS_KEY: letterhead.address.strip(),
        CONTACT_KEY: letterhead.contact.strip(),
    }
    for key, limit in MAX_TEXT.items():
        if len(values[key]) > limit:
            raise InvalidInput(f"{key} is limited to {limit} characters", field=key)
    if letterhead.logo_png:
        check_logo(letterhead.logo_png)
        values[LOGO_KEY] = base64.b64encode(letterhead.logo_png).decode("ascii")
    else:
        values[LOGO_KEY] = ""
    with vault.unit_of_work() as session:
        changed = sorted(k for k, v in values.items() if (meta_repo.get(session, k) or "") != v)
        for key in changed:
            meta_repo.put(session, key, values[key])
        if changed:
            vault.record(
                session, "update", target_table="vault_meta", target_id="letterhead",
                fields=changed,
            )  # fmt: skip
    return Changes.of("letterhead")
