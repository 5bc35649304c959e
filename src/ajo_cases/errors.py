"""Expected failures, each with a stable code the UI translates and a plain English message.

Messages never contain personal data: they may name files, user accounts and counts, not people.
"""

from __future__ import annotations


class AjoError(Exception):
    """An expected failure the user can act on."""

    code = "error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class VaultNotFound(AjoError):
    code = "vault.not_found"


class VaultExists(AjoError):
    code = "vault.exists"


class VaultMissingDatabase(AjoError):
    code = "vault.database_missing"


class VaultDamaged(AjoError):
    code = "vault.damaged"


class VaultRolledBack(AjoError):
    code = "vault.rolled_back"


class ServerRolledBack(VaultRolledBack):
    """The office server's audit chain does not hold the newest link this PC has seen."""

    code = "server.rolled_back"


class VaultInUse(AjoError):
    code = "vault.in_use"


class DataDirUnusable(AjoError):
    code = "vault.data_dir_unusable"


class KeySlotsCorrupt(AjoError):
    code = "vault.keyslots_corrupt"


class KeySlotRefused(KeySlotsCorrupt):
    """A slot's key-derivation parameters are outside what this program runs."""

    code = "vault.keyslot_refused"


class WrongCredentials(AjoError):
    code = "auth.wrong_credentials"


class DatabaseTooNew(AjoError):
    code = "vault.database_too_new"


class PermissionDenied(AjoError):
    code = "auth.permission_denied"


class PersonalDataRestricted(AjoError):
    code = "auth.personal_data_restricted"


class PasswordRejected(AjoError):
    code = "auth.password_rejected"

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message, problems=problems)
        self.problems = problems


class NotFound(AjoError):
    code = "not_found"


class InvalidInput(AjoError):
    code = "invalid_input"


class StaleRecord(InvalidInput):
    """Someone saved the record after this window read it. Params: field="version", and when
    the audit log knows them, `who` (an account name) and `at` (ISO date-time, UTC)."""


class IntegrityFailure(AjoError):
    code = "vault.integrity_failure"


class RecordErased(AjoError):
    """The person's data was erased: their cases are kept for statistics and cannot change."""

    code = "record.erased"


class SlotRevoked(AjoError):
    """The key slot unwrapped, but the vault no longer accepts it (removed or replaced)."""

    code = "auth.slot_revoked"


ACCOUNT_REMOVED = "this account was removed from the vault; ask the administrator"


class AccountRemoved(WrongCredentials):
    """The account's login was disabled on the office server: it was removed."""

    code = "auth.account_removed"


class ServerUnreachable(AjoError):
    """The office server did not answer, or refused the connection."""

    code = "server.unreachable"


class ServerNotTrusted(ServerUnreachable):
    """The office server's certificate is not the one the profile pins (or none is pinned)."""

    code = "server.not_trusted"


class VaultMigrated(AjoError):
    """A local vault moved onto the office server: it is kept read-only."""

    code = "vault.migrated"
