"""The directory of partner organisations, and the organisation's projects (donor, period).

The administrator manages both; every role may list them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ajo_cases.domain.records_casework import PartnerForm, PartnerRecord, ProjectForm, ProjectRecord
from ajo_cases.domain.vocab import District, PartnerType
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import versions
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import removal
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import (
    Activity,
    Assistance,
    Case,
    Grant,
    PartnerOrg,
    Project,
    Referral,
)

# --- partner organisations -----------------------------------------------------------------


def _check_partner(form: PartnerForm) -> None:
    if not form.name.strip():
        raise InvalidInput("the organisation needs a name", field="name")
    if len(form.name) > 200 or len(form.contact) > 200:
        raise InvalidInput("name and contact are limited to 200 characters", field="name")
    if form.kind not in {k.value for k in PartnerType}:
        raise InvalidInput(f"unknown organisation type {form.kind!r}", field="kind")
    if form.district is not None and form.district not in {d.value for d in District}:
        raise InvalidInput(f"unknown district {form.district!r}", field="district")


def partner_record(row: PartnerOrg) -> PartnerRecord:
    return PartnerRecord(
        row.id, PartnerForm(row.name, row.kind, row.district, row.contact, row.active), row.version
    )


def _write_partner(row: PartnerOrg, form: PartnerForm) -> None:
    row.name, row.kind, row.district = form.name.strip(), form.kind, form.district
    row.contact, row.active = form.contact.strip(), form.active


def add_partner(vault: OpenVault, form: PartnerForm) -> tuple[PartnerRecord, Changes]:
    vault.require_role("admin")
    _check_partner(form)
    with vault.unit_of_work() as session:
        row = PartnerOrg(id=new_uuid())
        _write_partner(row, form)
        session.add(row)
        session.flush()
        vault.record(session, "create", target_table="partner_org", target_id=row.id)
        record = partner_record(row)
    return record, Changes.of("partner", ids=(row.id,))


def update_partner(
    vault: OpenVault, partner_id: str, form: PartnerForm, *, expected_version: int | None = None
) -> tuple[PartnerRecord, Changes]:
    """Edit, or deactivate (active=False) an organisation that has referrals."""
    vault.require_role("admin")
    _check_partner(form)
    with vault.unit_of_work() as session:
        row = _partner(session, partner_id)
        versions.require(session, row, expected_version)
        before = partner_record(row).form
        _write_partner(row, form)
        session.flush()
        changed = [n for n in form.__dataclass_fields__ if getattr(form, n) != getattr(before, n)]
        vault.record(
            session, "update", target_table="partner_org", target_id=row.id, fields=changed
        )
        record = partner_record(row)
    return record, Changes.of("partner", ids=(row.id,))


def delete_partner(
    vault: OpenVault, partner_id: str, *, expected_version: int | None = None
) -> Changes:
    """Remove an organisation nobody refers to; one in use can only be deactivated."""
    vault.require_role("admin")
    with vault.unit_of_work() as session:
        row = _partner(session, partner_id)
        versions.require(session, row, expected_version)
        used = _count(session, Referral.partner_id, partner_id) + _count(
            session, Assistance.provider_partner_id, partner_id
        )
        if used:
            raise InvalidInput(
                "this organisation has referrals or assistance; deactivate it instead",
                field="active",
                count=used,
            )
        vault.record(session, "delete", target_table="partner_org", target_id=row.id)
        removal.remove(session, row)
    return Changes.of("partner", ids=(partner_id,))


def _partner(session: Session, partner_id: str) -> PartnerOrg:
    row = session.get(PartnerOrg, partner_id)
    if row is None:
        raise NotFound("no such organisation")
    return row


def list_partners(
    vault: OpenVault, *, active_only: bool = False, kind: str | None = None
) -> list[PartnerRecord]:
    query = select(PartnerOrg).order_by(PartnerOrg.name)
    if active_only:
        query = query.where(PartnerOrg.active.is_(True))
    if kind is not None:
        query = query.where(PartnerOrg.kind == kind)
    with vault.read_session() as session:
        return [partner_record(row) for row in session.scalars(query)]


def get_partner(vault: OpenVault, partner_id: str) -> PartnerRecord:
    with vault.read_session() as session:
        return partner_record(_partner(session, partner_id))


# --- projects ------------------------------------------------------------------------------


def _check_project(form: ProjectForm) -> None:
    if not form.code.strip() or len(form.code) > 32:
        raise InvalidInput("the project code is required (at most 32 characters)", field="code")
    if not form.name.strip() or len(form.name) > 200:
        raise InvalidInput("the project name is required (at most 200 characters)", field="name")
    if len(form.donor) > 100:
        raise InvalidInput("the donor is limited to 100 characters", field="donor")
    if form.starts_on and form.ends_on and form.ends_on < form.starts_on:
        raise InvalidInput("the project ends before it starts", field="ends_on")


def project_record(row: Project) -> ProjectRecord:
    return ProjectRecord(
        row.id, ProjectForm(row.code, row.name, row.donor, row.starts_on, row.ends_on), row.version
    )


def _write_project(session: Session, row: Project, form: ProjectForm) -> None:
    code = form.code.strip()
    clash = session.scalar(select(Project.id).where(Project.code == code, Project.id != row.id))
    if clash is not None:
        raise InvalidInput(f"a project with code {code!r} already exists", field="code")
    row.code, row.name, row.donor = code, form.name.strip(), form.donor.strip()
    row.starts_on, row.ends_on = form.starts_on, form.ends_on


def add_project(vault: OpenVault, form: ProjectForm) -> tuple[ProjectRecord, Changes]:
    vault.require_role("admin")
    _check_project(form)
    with vault.unit_of_work() as session:
        row = Project(id=new_uuid())
        _write_project(session, row, form)
        session.add(row)
        session.flush()
        vault.record(session, "create", target_table="project", target_id=row.id)
        record = project_record(row)
    return record, Changes.of("project", ids=(row.id,))


def update_project(
    vault: OpenVault, project_id: str, form: ProjectForm, *, expected_version: int | None = None
) -> tuple[ProjectRecord, Changes]:
    vault.require_role("admin")
    _check_project(form)
    with vault.unit_of_work() as session:
        row = _project(session, project_id)
        versions.require(session, row, expected_version)
        before = project_record(row).form
        _write_project(session, row, form)
        session.flush()
        changed = [n for n in form.__dataclass_fields__ if getattr(form, n) != getattr(before, n)]
        vault.record(session, "update", target_table="project", target_id=row.id, fields=changed)
        record = project_record(row)
    return record, Changes.of("project", ids=(row.id,))


def delete_project(
    vault: OpenVault, project_id: str, *, expected_version: int | None = None
) -> Changes:
    """Remove a project nothing belongs to (statistics per project depend on the link)."""
    vault.require_role("admin")
    with vault.unit_of_work() as session:
        row = _project(session, project_id)
        versions.require(session, row, expected_version)
        used = sum(
            _count(session, column, project_id)
            for column in (Case.project_id, Assistance.project_id, Grant.project_id,
                           Activity.project_id)
        )  # fmt: skip
        if used:
            raise InvalidInput(
                "cases, assistance, grants or activities belong to this project",
                field="project",
                count=used,
            )
        vault.record(session, "delete", target_table="project", target_id=row.id)
        removal.remove(session, row)
    return Changes.of("project", ids=(project_id,))


def _project(session: Session, project_id: str) -> Project:
    row = session.get(Project, project_id)
    if row is None:
        raise NotFound("no such project")
    return row


def require_project(session: Session, project_id: str | None) -> None:
    """For services linking a row to a project: the project must exist."""
    if project_id is not None and session.get(Project, project_id) is None:
        raise InvalidInput("no such project", field="project_id")


def list_projects(vault: OpenVault) -> list[ProjectRecord]:
    with vault.read_session() as session:
        return [
            project_record(row) for row in session.scalars(select(Project).order_by(Project.code))
        ]


def _count(session: Session, column: InstrumentedAttribute[Any], value: str) -> int:
    return session.scalar(select(func.count()).where(column == value)) or 0
