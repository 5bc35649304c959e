"""Whether a data folder holds a vault, without opening anything: light to import, because
the first window waits for this answer."""

from __future__ import annotations

from ajo_cases.vault.layout import vault_exists

__all__ = ["vault_exists"]
