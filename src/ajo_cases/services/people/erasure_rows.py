"""What erasure does to the rows of a person and their cases, in the caller's transaction.

Every personal field is destroyed: each ``*_enc`` column of the person's rows, in every table
that hangs off the person, a case or a grant, is found from the models themselves (so a
personal column added later is erased too); free texts kept in the clear (grant items,
suppliers, receipts, the handover place) are blanked; attachments are deleted; open follow-up
tasks go. Statistical facts stay: sex, age at intake, category, district, dates, types, amounts,
statuses, consent answers; so figures already given to donors do not change.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.orm import Session

from ajo_cases.storage import removal
from ajo_cases.storage.base import Base
from ajo_cases.storage.models import (
    Attachment,
    Beneficiary,
    Case,
    Consent,
    FollowUp,
    Grant,
    GrantBudgetLine,
    GrantPurchase,
)

_CHUNK: Final = 500  # ids per IN (...) list
# Free texts stored in the clear that describe the person's own affairs.
_PLAIN_TEXTS: Final[dict[type[Base], tuple[str, ...]]] = {
    Grant: ("handover_place",),
    GrantBudgetLine: ("item",),
    GrantPurchase: ("item", "supplier", "receipt_no"),
}


@dataclass(frozen=True, slots=True)
class Destroyed:
    people: int
    case_ids: tuple[str, ...]
    attachments: int


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _models() -> list[type[Base]]:
    return [mapper.class_ for mapper in Base.registry.mappers]


def _owner(model: type[Base]) -> tuple[str, str] | None:
    """How a table's rows belong to a person: (person | case | grant, the key column)."""
    columns = model.__table__.columns
    if model is Beneficiary:
        return "person", "id"
    if model is Case:
        return "case", "id"
    for key, owner in (("case_id", "case"), ("grant_id", "grant"), ("beneficiary_id", "person")):
        if key in columns:
            return owner, key
    return None


def personal_columns(model: type[Base]) -> list[ColumnElement[Any]]:
    """The encrypted personal columns of a table (every ``*_enc`` column)."""
    return [c for c in model.__table__.columns if c.name.endswith("_enc")]


def destroy(session: Session, person_ids: Sequence[str], at: datetime) -> Destroyed:
    """Destroy the personal data of these people and their cases; keep the facts."""
    case_ids: list[str] = []
    for chunk in _chunks(person_ids):
        case_ids += session.scalars(select(Case.id).where(Case.beneficiary_id.in_(chunk)))
    grant_ids: list[str] = []
    for chunk in _chunks(case_ids):
        grant_ids += session.scalars(select(Grant.id).where(Grant.case_id.in_(chunk)))
    owners = {"person": person_ids, "case": case_ids, "grant": grant_ids}
    attachments = 0
    for chunk in _chunks(case_ids):
        session.execute(
            update(Consent).where(Consent.case_id.in_(chunk)).values(attachment_id=None)
        )
        if removal.on_server(session):  # app logins may not DELETE there (storage/removal.py)
            documents = session.scalars(select(Attachment.id).where(Attachment.case_id.in_(chunk)))
            attachments += removal.remove_ids(session, Attachment, list(documents))
            open_tasks = session.scalars(
                select(FollowUp.id).where(FollowUp.case_id.in_(chunk), FollowUp.done_on.is_(None))
            )
            removal.remove_ids(session, FollowUp, list(open_tasks))
            continue
        deleted = session.execute(delete(Attachment).where(Attachment.case_id.in_(chunk)))
        attachments += int(getattr(deleted, "rowcount", 0) or 0)
        session.execute(
            delete(FollowUp).where(FollowUp.case_id.in_(chunk), FollowUp.done_on.is_(None))
        )
    for model in _models():
        owner = _owner(model)
        if owner is None or model is Attachment:
            continue
        values: dict[str, Any] = {c.name: None for c in personal_columns(model)}
        values.update({name: "" for name in _PLAIN_TEXTS.get(model, ())})
        if model is Beneficiary:
            values.update(erased_at=at, version=Beneficiary.version + 1)
        elif model is Case:
            values.update(next_due=None, version=Case.version + 1)
        if not values:
            continue
        key = model.__table__.columns[owner[1]]
        for chunk in _chunks(owners[owner[0]]):
            session.execute(
                update(model).where(key.in_(chunk)).values(**values),
                execution_options={"synchronize_session": False},
            )
    return Destroyed(len(person_ids), tuple(case_ids), attachments)
