"""The sentences the command line prints for OpenVault.warnings (as the app shows them)."""

from __future__ import annotations

import sys
from collections.abc import Iterable

_SENTENCES = {
    "keyslots_restored_from_backup": (
        "the key file was damaged and has been restored from its backup copy; tell the "
        "administrator"
    ),
    "keyslots_checksum_mismatch": (
        "the key file does not match its checksum: it may have been altered; tell the administrator"
    ),
    "keyslots_unknown_removed": (
        "the key file held key slots the vault does not accept; they were removed and the "
        "event recorded; tell the administrator"
    ),
    "erasure_ledger_invalid": (
        "the list of erased people (erasures.json) fails its check and was not applied; tell "
        "the administrator"
    ),
    "keyslots_altered": (
        "the key file was changed outside the program; its failed-login notes were not used; "
        "tell the administrator"
    ),
    "vault_migrated": (
        "this vault was moved to the office server and is read-only here; work in the office "
        "server's vault"
    ),
    "audit_tampered": (
        "the audit log does not reach the point recorded earlier: entries were deleted or "
        "rewritten, or the recorded point was removed; run 'ajo-cases verify' and tell the "
        "administrator"
    ),
}


def sentence(code: str) -> str:
    return _SENTENCES.get(code, code)


def show(codes: Iterable[str]) -> None:
    """Print each warning to stderr; the temporary-password reminder has its own line."""
    for code in codes:
        if code != "password_temporary":
            print(f"ajo-cases: warning: {sentence(code)}", file=sys.stderr)
