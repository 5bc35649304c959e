"""Informational meetings and trainings: counts of participants by sex and age group, no names."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain.records_casework import ACTIVITY_KINDS, ActivityForm, ActivityRecord
from ajo_cases.domain.vocab import District
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import versions
from ajo_cases.services.casework import partners
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.storage import removal
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Activity

_COUNTS = ("women", "men", "girls", "boys")


def _check(session: Session, form: ActivityForm) -> None:
    if form.kind not in ACTIVITY_KINDS:
        raise InvalidInput(f"unknown activity kind {form.kind!r}", field="kind")
    if form.district is not None and form.district not in {d.value for d in District}:
        raise InvalidInput(f"unknown district {form.district!r}", field="district")
    if len(form.topic) > 200:
        raise InvalidInput("the topic is limited to 200 characters", field="topic")
    for name in _COUNTS:
        if getattr(form, name) < 0:
            raise InvalidInput("a count cannot be negative", field=name)
    if form.held_on > date.today():
        raise InvalidInput("record an activity once it has taken place", field="held_on")
    partners.require_project(session, form.project_id)


def to_record(row: Activity) -> ActivityRecord:
    form = ActivityForm(
        kind=row.kind, held_on=row.held_on, district=row.district, topic=row.topic,
        project_id=row.project_id, women=row.women, men=row.men, girls=row.girls, boys=row.boys,
    )  # fmt: skip
    return ActivityRecord(row.id, form, row.version)


def _write(row: Activity, form: ActivityForm) -> None:
    row.kind, row.held_on, row.district = form.kind, form.held_on, form.district
    row.topic, row.project_id = form.topic.strip(), form.project_id
    row.women, row.men, row.girls, row.boys = form.women, form.men, form.girls, form.boys


def add_activity(vault: OpenVault, form: ActivityForm) -> tuple[ActivityRecord, Changes]:
    vault.require_role(*STAFF_ROLES)  # every role but the manager
    with vault.unit_of_work() as session:
        _check(session, form)
        row = Activity(id=new_uuid())
        _write(row, form)
        session.add(row)
        session.flush()
        vault.record(session, "create", target_table="activity", target_id=row.id)
        record = to_record(row)
    return record, Changes.of("activity", ids=(row.id,))


def update_activity(
    vault: OpenVault, activity_id: str, form: ActivityForm, *, expected_version: int | None = None
) -> tuple[ActivityRecord, Changes]:
    vault.require_role(*STAFF_ROLES)
    with vault.unit_of_work() as session:
        _check(session, form)
        row = _get(session, activity_id)
        versions.require(session, row, expected_version)
        before = to_record(row).form
        _write(row, form)
        session.flush()
        changed = [n for n in form.__dataclass_fields__ if getattr(form, n) != getattr(before, n)]
        vault.record(session, "update", target_table="activity", target_id=row.id, fields=changed)
        record = to_record(row)
    return record, Changes.of("activity", ids=(row.id,))


def delete_activity(
    vault: OpenVault, activity_id: str, *, expected_version: int | None = None
) -> Changes:
    vault.require_role(*STAFF_ROLES)
    with vault.unit_of_work() as session:
        row = _get(session, activity_id)
        versions.require(session, row, expected_version)
        vault.record(session, "delete", target_table="activity", target_id=row.id)
        removal.remove(session, row)
    return Changes.of("activity", ids=(activity_id,))


def _get(session: Session, activity_id: str) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None:
        raise NotFound("no such activity")
    return row


def list_activities(
    vault: OpenVault,
    *,
    held_from: date | None = None,
    held_to: date | None = None,
    project_id: str | None = None,
    kind: str | None = None,
) -> list[ActivityRecord]:
    """Any role, managers included: activities hold no personal data."""
    query = select(Activity).order_by(Activity.held_on.desc())
    if held_from is not None:
        query = query.where(Activity.held_on >= held_from)
    if held_to is not None:
        query = query.where(Activity.held_on <= held_to)
    if project_id is not None:
        query = query.where(Activity.project_id == project_id)
    if kind is not None:
        query = query.where(Activity.kind == kind)
    with vault.read_session() as session:
        return [to_record(row) for row in session.scalars(query)]
