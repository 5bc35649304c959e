"""The synthetic case generator behind services.demo: one person, one case and its services.

Proportions follow the organisation's reports: about a quarter victims of trafficking (mostly
women), a third returnees (mostly men), ~10% children; ~1.5 assistance records, ~0.5
referrals and ~0.1 grants per case. Every date of a case lies between its opening and its
closing (or today), so the lifecycle rules hold: no open referral or shelter stay on a
closed case, no overlapping stays on a bed, nothing bought before a grant is approved.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services.demo import demo_names as n
from ajo_cases.services.demo.demo_names import RETURNEE, VICTIM, VULNERABLE, new_uuid
from ajo_cases.storage.base import Base, utc_now
from ajo_cases.storage.models import (
    Assessment,
    Assistance,
    Beneficiary,
    Case,
    Consent,
    FollowUp,
    PlanAction,
    Referral,
    ShelterStay,
)
from ajo_cases.vault.fieldcipher import FieldCipher

START = date(2023, 1, 1)
Rows = dict[type[Base], list[dict[str, Any]]]
Build = Callable[[PersonForm, CaseForm], tuple[dict[str, Any], dict[str, Any]]]
PROJECT_BY_CATEGORY = {VICTIM: "IOM-CT", VULNERABLE: "UNW-PROT", RETURNEE: "GIZ-REINT"}
_NO_EXTRA = {"trade": None, "cost_minor": None, "provider_partner_id": None, "note_enc": None}


@dataclass
class Directory:
    projects: dict[str, str]  # code -> id
    partners: list[tuple[str, str]]  # (id, kind)
    bed_free: dict[str, date]  # bed id -> first day it is free
    today: date


@dataclass
class _Ctx:
    case_id: str
    person_id: str
    category: str
    female: bool
    child: bool
    opened: date
    end: date  # closing date, or today for a case still open
    closed: bool
    worker: str
    project_id: str
    open_due: list[date] = field(default_factory=list)


def opening_dates(rng: random.Random, count: int, today: date) -> list[date]:
    """Sorted opening dates from 2023 to today, a little denser in recent years."""
    span = max(1, (today - START).days)
    return sorted(START + timedelta(days=int(span * rng.random() ** 0.85)) for _ in range(count))


class CaseMaker:
    def __init__(self, rng: random.Random, directory: Directory, cipher: FieldCipher) -> None:
        self.rng, self.dir, self.cipher = rng, directory, cipher
        self.counts: Counter[str] = Counter()
        self.now = utc_now()

    def _pick(self, table: Mapping[str, float]) -> str:
        return self.rng.choices(tuple(table), tuple(table.values()))[0]

    def _day(self, start: date, end: date, within: int | None = None) -> date:
        if within is not None:
            end = min(end, start + timedelta(within))
        span = (end - start).days
        return start + timedelta(self.rng.randint(0, span)) if span > 0 else start

    def _seal(self, model: type[Base], column: str, row_id: str, value: str | None) -> Any:
        return self.cipher.encrypt(model.__tablename__, column, row_id, value)

    def _add(self, rows: Rows, model: type[Base], **values: Any) -> str:
        values.setdefault("id", new_uuid())
        rows[model].append(values)
        self.counts[model.__tablename__] += 1
        return str(values["id"])

    def make(self, opened: date, rows: Rows, build: Build) -> None:
        """One new person with one case and everything that happened in it so far."""
        category = self._pick(n.CATEGORIES)
        person, child = n.make_person(self.rng, category, opened)
        female = person.sex == "female"
        status, closed_on, reason = self._status(opened)
        project = self._project(category, female)
        worker = self.rng.choice(n.WORKERS)
        person_row, case_row = build(person, self._case_form(category, person, opened, project))
        case_row["worker"] = worker
        end = closed_on or self.dir.today
        ctx = _Ctx(
            case_row["id"],
            person_row["id"],
            category,
            female,
            child,
            opened,
            end,
            closed_on is not None,
            worker,
            project,
        )
        rows[Beneficiary].append(person_row)
        rows[Case].append(case_row)
        self.counts.update(people=1, cases=1, children=int(child))
        had_stay = self._stay(ctx, rows)
        sharing, consent_id = self._consents(ctx, rows)
        self._assistance(ctx, rows, had_stay)
        self._referrals(ctx, rows, sharing, consent_id)
        grant_share = n.GRANT_SHARE.get(category, 0.0) * (not child and (end - opened).days >= 30)
        if self.rng.random() < grant_share:
            self._grant(ctx, rows)
        # as add_assessment does: the assessment's risk is the case's current risk
        case_row["risk_level"] = self._plan(ctx, rows)
        due = min(ctx.open_due) if ctx.open_due and not ctx.closed else None
        case_row.update(status=status, closed_on=closed_on, closure_reason=reason, next_due=due)
        case_row["updated_at"] = datetime.combine(end, time(10))

    def _status(self, opened: date) -> tuple[str, date | None, str | None]:
        rng, today = self.rng, self.dir.today
        days, r = (today - opened).days, rng.random()
        if days < 30:
            return ("open" if r < 0.6 else "active"), None, None
        if days < 180:
            status = "active" if r < 0.5 else ("follow_up" if r < 0.8 else "closed")
        else:
            status = "closed" if r < 0.7 else ("follow_up" if r < 0.9 else "active")
        if status != "closed":
            return status, None, None
        closed_on = min(today, opened + timedelta(rng.randint(30, min(days, 420))))
        return status, closed_on, self._pick(n.CLOSURE)

    def _project(self, category: str, female: bool) -> str:
        code = PROJECT_BY_CATEGORY.get(category, "UNW-PROT" if female else "IOM-CT")
        if self.rng.random() < 0.2:  # co-funded work moves between projects
            code = "UNW-PROT" if female and code != "UNW-PROT" else "IOM-CT"
        return self.dir.projects[code]

    def _case_form(self, category: str, person: PersonForm, opened: date, project: str) -> CaseForm:
        rng, victim = self.rng, category == VICTIM
        risk = self._pick(n.RISK_VICTIM if victim else n.RISK)
        source = self._pick(n.SOURCES_VICTIM if victim else n.SOURCES_OTHER)
        if not victim:
            return CaseForm(opened, project, identification_source=source, risk_level=risk)
        female = person.sex == "female"
        types = [self._pick(n.EXPLOITATION_F if female else n.EXPLOITATION_M)]
        if rng.random() < 0.1:
            types.append(self._pick(n.EXPLOITATION_F))
        country = self._pick(n.DESTINATIONS)
        start = opened - timedelta(rng.randint(60, 900))
        end = min(opened - timedelta(1), start + timedelta(rng.randint(20, 700)))
        born = person.birth_date
        age_then = (
            (start - born).days // 365
            if born
            else (person.estimated_age or 18) - ((opened - start).days // 365)
        )
        return CaseForm(
            opened,
            project,
            identification_source=source,
            risk_level=risk,
            exploitation_types=tuple(dict.fromkeys(types)),
            labour_industry=self._pick(n.INDUSTRIES) if "forced_labour" in types else None,
            control_methods=tuple(rng.sample(n.CONTROL, rng.randint(1, 3))),
            recruitment_method=self._pick(n.RECRUITMENT),
            recruiter_relation=self._pick(n.RELATION),
            country_recruitment="TJ",
            country_exploitation=country,
            countries_transit=(rng.choice(("UZ", "KZ")),) if rng.random() < 0.3 else (),
            exploitation_start=start,
            exploitation_end=end,
            age_when_trafficked=max(0, age_then),
            places=rng.choice(n.CITIES[country]) if rng.random() < 0.5 else None,
            narrative=rng.choice(n.NARRATIVES) if rng.random() < 0.4 else None,
        )

    def _stay(self, ctx: _Ctx, rows: Rows) -> bool:
        """A shelter stay on the first free bed; beds never hold two people at once."""
        rng = self.rng
        share = 0.6 if ctx.category == VICTIM else 0.08 * (ctx.category == VULNERABLE)
        admitted = min(ctx.end, ctx.opened + timedelta(rng.randint(0, 3)))
        bed = next((b for b, free in self.dir.bed_free.items() if free <= admitted), None)
        if rng.random() >= share * ctx.female or bed is None:
            return False
        left: date | None = admitted + timedelta(rng.randint(5, 90))
        if left is not None and left > ctx.end:
            left = ctx.end if ctx.closed else None  # still in the shelter today
        self.dir.bed_free[bed] = date.max if left is None else max(left, admitted + timedelta(1))
        reason = self._pick(n.DISCHARGE) if left else None
        self._add(
            rows,
            ShelterStay,
            case_id=ctx.case_id,
            beneficiary_id=ctx.person_id,
            bed_id=bed,
            admitted_on=admitted,
            discharged_on=left,
            discharge_reason=reason,
        )
        self._assist(ctx, rows, "accommodation", admitted)
        return True

    def _consent(
        self, ctx: _Ctx, rows: Rows, kind: str, given: bool, on: date, to: str = ""
    ) -> str:
        return self._add(
            rows,
            Consent,
            case_id=ctx.case_id,
            kind=kind,
            given=given,
            recorded_on=on,
            recorded_by=ctx.worker,
            partner_ids=to,
            attachment_id=None,
            created_at=self.now,
        )

    def _consents(self, ctx: _Ctx, rows: Rows) -> tuple[list[tuple[str, str]], str | None]:
        rng = self.rng
        self._consent(ctx, rows, "registration", True, ctx.opened)
        self._consent(ctx, rows, "statistics", rng.random() > 0.005, ctx.opened)
        if rng.random() < 0.02:  # a few people later withdraw from being counted
            self._consent(ctx, rows, "statistics", False, self._day(ctx.opened, ctx.end))
            self.counts["statistics_withdrawn"] += 1
        if rng.random() >= 0.5:
            return [], None
        partners = rng.sample(self.dir.partners, rng.randint(1, 2))
        ids = ",".join(p for p, _ in partners)
        return partners, self._consent(ctx, rows, "sharing", True, ctx.opened, ids)

    def _assist(self, ctx: _Ctx, rows: Rows, kind: str, on: date, **extra: Any) -> None:
        self._add(
            rows,
            Assistance,
            case_id=ctx.case_id,
            project_id=ctx.project_id,
            type=kind,
            given_on=on,
            currency="TJS",
            created_by=ctx.worker,
            created_at=self.now,
            **(_NO_EXTRA | extra),
        )

    def _assistance(self, ctx: _Ctx, rows: Rows, had_stay: bool) -> None:
        rng = self.rng
        for _ in range(rng.choices((0, 1, 2, 3), (15, 35, 35, 15))[0] - had_stay):
            kind = rng.choice(n.ASSISTANCE[ctx.category])
            paid = kind == "cash_support" or rng.random() < 0.4
            self._assist(
                ctx,
                rows,
                kind,
                self._day(ctx.opened, ctx.end, within=120),
                trade=rng.choice(n.TRADES) if kind == "vocational_training" else None,
                cost_minor=rng.randint(50, 2500) * 100 if paid else None,
                provider_partner_id=rng.choice(self.dir.partners)[0] if paid else None,
            )

    def _referrals(
        self, ctx: _Ctx, rows: Rows, sharing: list[tuple[str, str]], consent_id: str | None
    ) -> None:
        """Referrals only to partners the person agreed to share with; closed cases have none
        still open."""
        rng = self.rng
        for _ in range(rng.choices((0, 1, 2), (20, 55, 25))[0] if sharing else 0):
            partner, kind = rng.choice(sharing)
            created = self._day(ctx.opened, ctx.end, within=60)
            status = self._pick(n.REFERRAL_CLOSED if ctx.closed else n.REFERRAL_OPEN)
            sent = answered = completed = due = None
            if status != "draft":
                sent = min(ctx.end, created + timedelta(rng.randint(0, 5)))
            if sent and status in ("accepted", "declined", "completed"):
                answered = min(ctx.end, sent + timedelta(rng.randint(2, 14)))
            if answered and status == "completed":
                completed = min(ctx.end, answered + timedelta(rng.randint(5, 40)))
            if sent and status in ("sent", "accepted"):
                due = sent + timedelta(14)
            ref_id = new_uuid()
            declined = rng.choice(n.DECLINE_REASONS) if status == "declined" else None
            self._add(
                rows,
                Referral,
                id=ref_id,
                case_id=ctx.case_id,
                partner_id=partner,
                service=rng.choice(n.SERVICES_BY_PARTNER.get(kind, ("social",))),
                urgency="urgent" if rng.random() < 0.15 else "normal",
                status=status,
                created_on=created,
                sent_on=sent,
                answered_on=answered,
                completed_on=completed,
                follow_up_due=due,
                consent_id=consent_id,
                consent_override=False,
                override_reason_enc=None,
                note_enc=None,
                created_by=ctx.worker,
                decline_reason_enc=self._seal(Referral, "decline_reason_enc", ref_id, declined),
            )
            if due:
                self._task(ctx, rows, "referral_follow_up", "referral", ref_id, due, None)

    def _task(
        self,
        ctx: _Ctx,
        rows: Rows,
        kind: str,
        source: str,
        source_id: str,
        due: date,
        done: date | None,
    ) -> None:
        if done is None:
            if ctx.closed:
                return  # a closed case keeps no open task
            ctx.open_due.append(due)
        self._add(
            rows,
            FollowUp,
            case_id=ctx.case_id,
            kind=kind,
            source=source,
            source_id=source_id,
            due_on=due,
            done_on=done,
            assigned_to=ctx.worker,
        )

    def _plan(self, ctx: _Ctx, rows: Rows) -> str:
        """An assessment and planned actions; returns the assessment's risk level."""
        rng, kinds = self.rng, n.ASSISTANCE[ctx.category]
        risk = self._pick(n.RISK_VICTIM if ctx.category == VICTIM else n.RISK)
        self._add(
            rows,
            Assessment,
            case_id=ctx.case_id,
            risk_level=risk,
            needs=",".join(rng.sample(kinds, 2)),
            summary_enc=None,
            goals_enc=None,
            assessed_on=self._day(ctx.opened, ctx.end, within=7),
            created_by=ctx.worker,
        )
        if ctx.closed and rng.random() < 0.6:
            return risk
        action_id = new_uuid()
        due = max(ctx.opened, self.dir.today + timedelta(rng.randint(-20, 60)))
        done = self._day(ctx.opened, ctx.end) if ctx.closed else None
        text = self._seal(PlanAction, "description_enc", action_id, rng.choice(n.PLAN_TEXTS))
        self._add(
            rows,
            PlanAction,
            id=action_id,
            case_id=ctx.case_id,
            due_on=due,
            done_on=done,
            assistance_type=rng.choice(kinds),
            description_enc=text,
        )
        if not ctx.closed:
            self._task(ctx, rows, "plan_action", "plan_action", action_id, due, None)
        return risk

    def _grant(self, ctx: _Ctx, rows: Rows) -> None:
        from ajo_cases.services.demo.demo_grants import add_grant

        add_grant(self, ctx, rows)

    def activities(self, count: int) -> list[dict[str, Any]]:
        projects = list(self.dir.projects.values())
        rows = n.activities(self.rng, count, projects, self.dir.today)
        self.counts["activity"] += count
        self.counts["participants"] += sum(
            row[k] for row in rows for k in ("women", "men", "girls", "boys")
        )
        return rows
