"""The demo's staff: an account for each case worker its cases are assigned to, a shelter
worker and a manager, all with the demo's published password, so a newcomer can sign in as
each role and see what that role sees. Only a demo vault gets them: the published password is
refused for every account of a real vault."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ajo_cases.domain.passwords import DEMO_PASSWORD
from ajo_cases.errors import InvalidInput
from ajo_cases.services.access import profiles, server_accounts, signing_keys
from ajo_cases.services.access.opening import seal_password_slot
from ajo_cases.services.access.passwords import normalise
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import meta_repo


@dataclass(frozen=True)
class DemoAccount:
    user: str
    role: str
    full_name: str
    position: str


_CASE_WORKER = "Корманди иҷтимоӣ"
# the case workers are demo_names.WORKERS, whom the demo's cases are assigned to
DEMO_STAFF: tuple[DemoAccount, ...] = (
    DemoAccount("nigora", "case_worker", "Нигора Раҳимова", _CASE_WORKER),
    DemoAccount("farrukh", "case_worker", "Фаррух Саидов", _CASE_WORKER),
    DemoAccount("malika", "case_worker", "Малика Юсупова", _CASE_WORKER),
    DemoAccount("dilshod", "case_worker", "Дилшод Каримов", _CASE_WORKER),
    DemoAccount("zarina", "case_worker", "Зарина Ҳакимова", _CASE_WORKER),
    DemoAccount("sherali", "case_worker", "Шералӣ Назаров", _CASE_WORKER),
    DemoAccount("shahnoza", "shelter_staff", "Шаҳноза Олимова", "Корманди паноҳгоҳ"),
    DemoAccount("rustam", "manager", "Рустам Мирзоев", "Роҳбари барнома"),
)


def _writer(vault: OpenVault, profile: profiles.Profile) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        profiles.write(vault, session, profile)

    return write


def add_demo_staff(vault: OpenVault) -> list[str]:
    """Add the accounts not there yet (all with the demo password); returns their names."""
    from ajo_cases.services.demo.demo import DEMO_FLAG

    vault.require_role("admin")
    with vault.read_session() as session:
        if meta_repo.get(session, DEMO_FLAG) != "1":
            raise InvalidInput("demo accounts go only into a demo vault; fill it with demo data")
    password = normalise(DEMO_PASSWORD)
    missing = [a for a in DEMO_STAFF if not vault.has_account(a.user)]
    seeds = {account.user: signing_keys.new_seed() for account in missing}  # each its own
    if vault.on_server:  # each its own login, through the server's account functions
        for account in missing:
            profile = profiles.Profile(account.user, account.full_name, account.position)
            server_accounts.add(
                vault, account.user, account.role, password, seeds[account.user],
                _writer(vault, profile), temporary=False,
            )  # fmt: skip
        return [account.user for account in missing]
    slots = [
        seal_password_slot(
            user=account.user,
            role=account.role,
            vault_id=vault.slot_file.vault_id,
            password=password,
            keys=vault.keys,
            seed=seeds[account.user],
        )
        for account in missing
    ]
    with vault.unit_of_work() as session:
        for account in missing:
            vault.record(
                session, "user_added", target_table="user", target_id=account.user,
                detail=account.role,
            )  # fmt: skip
            signing_keys.register(vault, session, account.user, seeds[account.user])
            profile = profiles.Profile(account.user, account.full_name, account.position)
            profiles.write(vault, session, profile)
    vault.slot_file.slots = [*vault.slot_file.slots, *slots]
    vault.save_slots()
    return [account.user for account in missing]
