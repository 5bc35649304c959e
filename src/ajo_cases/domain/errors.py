"""Domain errors carry a stable machine code; the UI turns the code into words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


class DomainError(Exception):
    """Base of every error the domain layer raises on purpose."""


class RuleViolation(DomainError):
    """A business rule refused an action.

    `code` is stable (for example "referral.decline_needs_reason") and is what translations
    and tests key on; `params` fill placeholders in the translated message. Parameters are
    plain strings so they can go straight into a message or an audit line.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params: dict[str, str] = {key: str(value) for key, value in params.items()}
        super().__init__(code)

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{key}={value}" for key, value in sorted(self.params.items()))
        return f"{self.code} ({details})"

    def __repr__(self) -> str:
        return f"RuleViolation({self.code!r}, **{self.params!r})"


@dataclass(frozen=True, slots=True)
class Problem:
    """A non-fatal finding (used where a check reports a list instead of raising)."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
