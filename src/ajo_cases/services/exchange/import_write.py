"""Writing checked import groups: one transaction, the demo generator's bulk path, one audit
event with the counts (never a value or the file name, which may carry a person's name)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ajo_cases.services.demo.demo import (
    BATCH,
    INSERT_ORDER,
    CodeAllocator,
    case_values,
    insert_rows,
    person_values,
)
from ajo_cases.services.demo.demo_names import new_uuid
from ajo_cases.services.exchange.import_check import Cancelled, Group, Progress
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import Base, utc_now
from ajo_cases.storage.models import Assistance, Beneficiary, Case


def write_groups(
    vault: OpenVault, groups: Sequence[Group], progress: Progress | None, *, skipped: int = 0
) -> None:
    now = utc_now()
    cipher = vault.cipher
    with vault.unit_of_work() as session:
        codes = CodeAllocator(session)
        rows: dict[type[Base], list[dict[str, Any]]] = {model: [] for model in INSERT_ORDER}
        for done, group in enumerate(groups, 1):
            assert group.person is not None and group.case is not None
            person = person_values(vault, group.person, now)
            code = codes.next(group.case.opened_on.year)
            case = case_values(vault, person["id"], group.person, group.case, code, now)
            case.update({k: group.values.get(k) for k in ("closed_on", "closure_reason")})
            case["status"] = group.values.get("status", "open")
            rows[Beneficiary].append(person)
            rows[Case].append(case)
            for item in group.assistance:
                help_id = new_uuid()
                rows[Assistance].append({
                    "id": help_id, "case_id": case["id"], "project_id": case["project_id"],
                    "type": item["assistance_type"], "trade": item.get("assistance_trade"),
                    "given_on": item["assistance_date"], "provider_partner_id": None,
                    "cost_minor": item.get("assistance_cost"),
                    "currency": item.get("assistance_currency", "TJS"),
                    "note_enc": cipher.encrypt(Assistance.__tablename__, "note_enc", help_id,
                                               item.get("assistance_note")),
                    "created_by": vault.user, "created_at": now,
                })  # fmt: skip
            if done % BATCH == 0:
                insert_rows(session, rows)
                if progress is not None and progress(done, len(groups)) is False:
                    raise Cancelled
        insert_rows(session, rows)
        codes.save()
        assistance = sum(len(group.assistance) for group in groups)
        detail = f"people={len(groups)} cases={len(groups)} assistance={assistance}"
        if skipped:
            detail += f" skipped_rows={skipped}"
        vault.record(session, "import", target_table="case_file", detail=detail)
    vault.caches.pop("names", None)  # rebuilt with the new people on the next search
