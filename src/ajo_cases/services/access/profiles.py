"""Who is behind each sign-in name: full name, position and phone. Lists and printed papers
show the full name (the login only while no name is recorded); signature lines print the
name and position. An administrator edits any profile, everyone their own; audited with the
changed fields, never the values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.errors import InvalidInput, NotFound, PermissionDenied
from ajo_cases.services import versions
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models import AccountProfile

LIMITS = {"full_name": 200, "position": 200, "phone": 64}


@dataclass(frozen=True, slots=True)
class Profile:
    user: str
    full_name: str = ""
    position: str = ""
    phone: str = ""
    version: int = 0  # the row's version when read (0: no row yet)

    @property
    def shown_name(self) -> str:
        """The full name, or the sign-in name while none is recorded."""
        return self.full_name or self.user


def _record(row: AccountProfile) -> Profile:
    return Profile(row.user, row.full_name, row.position, row.phone, row.version)


def load(session: Session, users: Iterable[str] | None = None) -> dict[str, Profile]:
    query = select(AccountProfile)
    if users is not None:
        query = query.where(AccountProfile.user.in_(sorted(set(users))))
    return {row.user: _record(row) for row in session.scalars(query)}


def all_profiles(vault: OpenVault) -> dict[str, Profile]:
    with vault.read_session() as session:
        return load(session)


def shown_names(session: Session, users: Iterable[str]) -> dict[str, str]:
    """Each login's full name (the login itself when none is recorded)."""
    wanted = [user for user in set(users) if user]
    profiles = load(session, wanted)
    return {user: profiles[user].shown_name if user in profiles else user for user in wanted}


def get_profile(vault: OpenVault, user: str) -> Profile:
    with vault.read_session() as session:
        return load(session, [user]).get(user, Profile(user))


def _clean(profile: Profile) -> Profile:
    values = {}
    for field, limit in LIMITS.items():
        value = " ".join(str(getattr(profile, field)).split())
        if len(value) > limit:
            raise InvalidInput(f"the {field.replace('_', ' ')} is too long", field=field)
        values[field] = value
    return Profile(
        profile.user, values["full_name"], values["position"], values["phone"], profile.version
    )


def write(
    vault: OpenVault, session: Session, profile: Profile, expected_version: int | None = None
) -> list[str]:
    """Store a profile in the caller's session; returns the fields that changed.
    `expected_version`: the version the caller read (0: it read no profile yet)."""
    profile = _clean(profile)
    row = session.get(AccountProfile, profile.user)
    if row is not None:
        versions.require(session, row, expected_version)
    elif expected_version:  # read once, gone now: cannot happen without DELETE; refuse
        raise versions.stale(session, "user", profile.user)
    if row is None:
        row = AccountProfile(user=profile.user, full_name="", position="", phone="")
        session.add(row)
    changed = [f for f in LIMITS if getattr(row, f) != getattr(profile, f)]
    for field in changed:
        setattr(row, field, getattr(profile, field))
    if changed:
        vault.record(session, "update", target_table="user", target_id=profile.user, fields=changed)
    return changed


def set_profile(
    vault: OpenVault, profile: Profile, *, expected_version: int | None = None
) -> Changes:
    if vault.role != "admin" and profile.user != vault.user:
        raise PermissionDenied("only an administrator may change another account's details")
    if not vault.has_account(profile.user):
        raise NotFound(f"no account named {profile.user!r}")
    with vault.unit_of_work() as session:
        write(vault, session, profile, expected_version)
    return Changes.of("users", ids=(profile.user,))
