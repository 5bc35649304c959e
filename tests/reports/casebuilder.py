"""A case with everything a printed document shows, for the printing tests and benchmark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import (
    AssessmentForm,
    AssistanceForm,
    ConsentForm,
    PartnerForm,
    PlanActionForm,
    ReferralForm,
)
from ajo_cases.domain.records_grants import BudgetLine, GrantForm, PurchaseForm
from ajo_cases.services.casework import (
    assistance,
    cases,
    consents,
    grants,
    partners,
    plans,
    referrals,
    shelter,
)
from ajo_cases.services.people import people

# Every Tajik-only capital (Ғ Ӣ Қ Ӯ Ҳ Ҷ) and their small forms appear in the names.
TAJIK = PersonForm(
    sex="female",
    category="victim_of_trafficking",
    family_name="Ҳакимова-Ғуломӣ",
    given_name="Ҷамила",
    patronymic="Қурбоновна",
    latin_name="Hakimova-Ghulomi Jamila",
    birth_date=date(1994, 5, 17),
    district="istaravshan",
    jamoat="Ҷамоати Панҷшанбе, деҳаи Боғӣ",
    address="ДЕҲАИ ӮЛМАС, КӮЧАИ ҚАҲҲОРӢ 12",
    phone="+992 92 700 12 34",
    id_document="A 1234567",
    family_contact="Модараш — Ғуломова Ҳалима, кӯчаи Ҳақиқат",
    languages=("tg", "ru"),
    marital_status="religious_marriage_only",
    children_count=2,
    education="lower_secondary",
    trafficking_status="confirmed",
    status_decided_by="police",
)
RUSSIAN = PersonForm(
    sex="male",
    category="vulnerable_migrant",
    family_name="Ёрмухаммедов",
    given_name="Фаррух",
    patronymic="Шавкатович",
    latin_name="Yormukhammedov Farrukh",
    birth_date=date(1988, 11, 2),
    district="khujand",
    address="г. Худжанд, ул. Ленина, д. 5, кв. 7",
    phone="+992 93 111 22 33",
)
NARRATIVE = (
    "В марте 2025 года знакомый предложил работу на стройке в Москве с зарплатой "
    "3000 долларов в месяц. По приезде паспорт забрали «на регистрацию», зарплату не платили, "
    "жили в вагончике по двенадцать человек, выходить за территорию запрещали. "
)


@dataclass(frozen=True)
class Built:
    case_id: str
    code: str
    referral_id: str
    grant_id: str
    partner_id: str


def build_case(
    vault,
    form: PersonForm = TAJIK,
    *,
    consent: bool = True,
    assistance_rows: int = 3,
    narrative_paragraphs: int = 2,
    narrative_end: str = "",
    bed: str = "B-1",
) -> Built:
    person, _ = people.register(vault, form, allow_duplicate=True)
    case, _ = cases.open_case(
        vault,
        person.id,
        CaseForm(
            opened_on=date(2026, 3, 1),
            worker="nigora",
            identification_source="police",
            risk_level="high",
            exploitation_types=("forced_labour",),
            labour_industry="construction",
            control_methods=("withholds_documents", "debt_bondage"),
            recruitment_method="friends",
            recruiter_relation="acquaintance",
            country_recruitment="TJ",
            country_exploitation="RU",
            countries_transit=("KZ",),
            exploitation_start=date(2025, 3, 10),
            exploitation_end=date(2026, 1, 20),
            places="Москва, Подольск",
            narrative="\n\n".join([NARRATIVE * 3] * narrative_paragraphs) + narrative_end,
        ),
    )
    partner = partners.add_partner(
        vault, PartnerForm("Маркази ҳуқуқӣ «Ҳимоя»", "legal_aid", "khujand", "+992 3422 6 00 00")
    )[0].id
    if consent:
        consents.record_consent(
            vault, case.id, ConsentForm("sharing", True, date(2026, 3, 1), (partner,))
        )
    plans.add_assessment(
        vault,
        case.id,
        AssessmentForm(date(2026, 3, 2), "high", ("legal", "medical"), "Нуждается в помощи"),
    )
    plans.add_plan_action(
        vault, case.id, PlanActionForm("Восстановить паспорт", date(2026, 4, 1), "documentation")
    )
    for i in range(assistance_rows):
        assistance.add_assistance(
            vault,
            case.id,
            AssistanceForm(
                "medical" if i % 2 else "psychological",
                date(2026, 3, 3 + i % 20),
                cost_minor=15_000 + i,
                note=f"Запись {i + 1:03d}: консультация",
            ),
        )
    bed_id = shelter.add_bed(vault, bed)[0].id
    shelter.admit(vault, case.id, bed_id, date(2026, 3, 2))
    ref = referrals.create_draft(
        vault, case.id, ReferralForm(partner, "legal", "urgent", note="Суд 12.04 — нужен адвокат")
    )[0].id
    if consent:
        referrals.send(vault, ref, date(2026, 3, 5))
    grant = grants.create_grant(
        vault,
        case.id,
        GrantForm(
            "tailoring",
            "Дӯзандагии Ҷамила",
            (BudgetLine("Мошини дӯзандагӣ", 1, 250_000), BudgetLine("Матоъ", 20, 4_500)),
        ),
    )[0].id
    grants.submit(vault, grant)
    grants.approve(vault, grant, 340_000)
    grants.add_purchase(
        vault, grant, PurchaseForm("Мошини дӯзандагӣ", 1, 250_000, date(2026, 3, 20))
    )
    grants.add_purchase(vault, grant, PurchaseForm("Матоъ", 20, 4_500, date(2026, 3, 21)))
    grants.hand_over(vault, grant, date(2026, 3, 25), "Истаравшан")
    return Built(case.id, case.code, ref, grant, partner)
