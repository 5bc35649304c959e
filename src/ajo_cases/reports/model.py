"""Plain inputs of the printed documents beyond the domain records: letterhead, print context,
and the few records a referral form or handover certificate brings together."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ajo_cases.domain.records import CaseRecord, PersonRecord
from ajo_cases.domain.records_casework import ConsentRecord, PartnerRecord, ReferralRecord
from ajo_cases.domain.records_grants import GrantRecord
from ajo_cases.reports.texts import text


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The organisation's name, address, contact line and logo (PNG bytes), set by an admin."""

    name: str = ""
    address: str = ""
    contact: str = ""  # the office's phone or e-mail, printed as the case worker's contact
    logo_png: bytes | None = None


@dataclass(frozen=True, slots=True)
class PrintContext:
    lang: str  # document language: tg, ru or en
    letterhead: Letterhead = field(default_factory=Letterhead)
    printed_on: date = field(default_factory=date.today)
    printed_by: str = ""  # account name
    # Who the accounts are: login -> (full name, position, phone); a login without one prints
    # as itself. The printing account signs the sender's lines.
    staff: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)

    def staff_name(self, login: str | None) -> str:
        return (self.staff.get(login or "") or (login or "",))[0] or (login or "")

    def signer(self) -> tuple[str, str, str]:
        full, position, phone = self.staff.get(self.printed_by) or ("", "", "")
        return full or self.printed_by, position, phone

    def org_name(self) -> str:
        """The letterhead's name; before one is set, the organisation's own short name."""
        return self.letterhead.name or text(self.lang, "org_default")


@dataclass(frozen=True, slots=True)
class ReferralSheet:
    referral: ReferralRecord
    case: CaseRecord
    person: PersonRecord
    partner: PartnerRecord
    consent: ConsentRecord | None  # the consent the referral was sent under
    shared: tuple[str, ...]  # person fields the person agreed to share with this partner


@dataclass(frozen=True, slots=True)
class HandoverSheet:
    grant: GrantRecord
    case: CaseRecord
    person: PersonRecord
