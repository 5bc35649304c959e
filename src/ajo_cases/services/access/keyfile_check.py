"""At unlock: does the key file carry a valid MAC (vault/keyfile_mac.py) from this vault?"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import meta_repo
from ajo_cases.vault.keyfile_mac import REQUIRED_META

KEYFILE_ALTERED = "keyslots_altered"  # a warning: edited outside the program


def file_checks_out(vault: OpenVault, session: Session, mac_ok: bool) -> bool:
    """False (warned and recorded) when the MAC is missing or wrong on a vault that has one.

    A database that has never seen a MAC (made by an older version) trusts its key file
    once; from then on the MAC is required.
    """
    required = meta_repo.get(session, REQUIRED_META) == "1"
    if not required:
        meta_repo.put(session, REQUIRED_META, "1")
    if mac_ok or not required:
        return True
    vault.warnings.append(KEYFILE_ALTERED)
    vault.record(session, "integrity_failure", detail="key file not authenticated")
    return False
