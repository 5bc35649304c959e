"""Words for the longer vocabularies: trafficking details (HTCDS) and the services of a case.
Used through ui.vocab_labels.label() and choices()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def trafficking_tables() -> dict[str, dict[str, str]]:
    return {
        "labour_industry": {
            "agriculture_forestry_fishing": QCoreApplication.translate(
                "Vocab", "Agriculture, forestry, fishing"
            ),
            "mining_quarrying": QCoreApplication.translate("Vocab", "Mining"),
            "manufacturing": QCoreApplication.translate("Vocab", "Manufacturing"),
            "electricity_gas_steam": QCoreApplication.translate("Vocab", "Energy supply"),
            "water_supply_waste": QCoreApplication.translate("Vocab", "Water and waste"),
            "construction": QCoreApplication.translate("Vocab", "Construction"),
            "wholesale_retail_trade": QCoreApplication.translate("Vocab", "Trade"),
            "transportation_storage": QCoreApplication.translate("Vocab", "Transport"),
            "accommodation_food_service": QCoreApplication.translate(
                "Vocab", "Hotels and restaurants"
            ),
            "information_communication": QCoreApplication.translate("Vocab", "Communication"),
            "financial_insurance": QCoreApplication.translate("Vocab", "Finance"),
            "real_estate": QCoreApplication.translate("Vocab", "Real estate"),
            "professional_scientific_technical": QCoreApplication.translate(
                "Vocab", "Professional services"
            ),
            "administrative_support": QCoreApplication.translate("Vocab", "Support services"),
            "public_administration_defence": QCoreApplication.translate(
                "Vocab", "Public administration"
            ),
            "education": QCoreApplication.translate("Vocab", "Education"),
            "health_social_work": QCoreApplication.translate("Vocab", "Health and social work"),
            "arts_entertainment_recreation": QCoreApplication.translate(
                "Vocab", "Arts and entertainment"
            ),
            "other_services": QCoreApplication.translate("Vocab", "Other services"),
            "households_as_employers": QCoreApplication.translate("Vocab", "Private households"),
            "extraterritorial_organisations": QCoreApplication.translate(
                "Vocab", "International organisations"
            ),
        },
        "control_method": {
            "debt_bondage": QCoreApplication.translate("Vocab", "Debt bondage"),
            "takes_earnings": QCoreApplication.translate("Vocab", "Takes earnings"),
            "restricts_financial_access": QCoreApplication.translate(
                "Vocab", "Restricts access to money"
            ),
            "threats": QCoreApplication.translate("Vocab", "Threats"),
            "psychological_abuse": QCoreApplication.translate("Vocab", "Psychological abuse"),
            "physical_abuse": QCoreApplication.translate("Vocab", "Physical abuse"),
            "sexual_abuse": QCoreApplication.translate("Vocab", "Sexual abuse"),
            "false_promises": QCoreApplication.translate("Vocab", "False promises"),
            "psychoactive_substances": QCoreApplication.translate("Vocab", "Drugs or alcohol"),
            "restricts_movement": QCoreApplication.translate("Vocab", "Restricts movement"),
            "restricts_medical_care": QCoreApplication.translate("Vocab", "Restricts medical care"),
            "excessive_working_hours": QCoreApplication.translate(
                "Vocab", "Excessive working hours"
            ),
            "uses_children": QCoreApplication.translate("Vocab", "Uses children"),
            "threat_of_law_enforcement": QCoreApplication.translate(
                "Vocab", "Threat of police or deportation"
            ),
            "withholds_necessities": QCoreApplication.translate(
                "Vocab", "Withholds food, sleep or water"
            ),
            "withholds_documents": QCoreApplication.translate("Vocab", "Withholds documents"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
    }


def services_tables() -> dict[str, dict[str, str]]:
    return {
        "assistance_type": {
            "accommodation": QCoreApplication.translate("Vocab", "Accommodation"),
            "food_nfi": QCoreApplication.translate("Vocab", "Food and essentials"),
            "medical": QCoreApplication.translate("Vocab", "Medical"),
            "psychological": QCoreApplication.translate("Vocab", "Psychological"),
            "social": QCoreApplication.translate("Vocab", "Social"),
            "legal": QCoreApplication.translate("Vocab", "Legal"),
            "documentation": QCoreApplication.translate("Vocab", "Documents"),
            "return_transport": QCoreApplication.translate("Vocab", "Return home"),
            "family_tracing": QCoreApplication.translate("Vocab", "Family tracing"),
            "vocational_training": QCoreApplication.translate("Vocab", "Vocational training"),
            "education": QCoreApplication.translate("Vocab", "Education"),
            "financial_literacy": QCoreApplication.translate("Vocab", "Financial literacy"),
            "business_training": QCoreApplication.translate("Vocab", "Business training"),
            "cash_support": QCoreApplication.translate("Vocab", "Cash support"),
            "in_kind_support": QCoreApplication.translate("Vocab", "In-kind support"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "trade": {
            "tailoring": QCoreApplication.translate("Vocab", "Tailoring"),
            "crafts": QCoreApplication.translate("Vocab", "Crafts"),
            "cooking": QCoreApplication.translate("Vocab", "Cooking"),
            "hairdressing": QCoreApplication.translate("Vocab", "Hairdressing"),
            "computer_literacy": QCoreApplication.translate("Vocab", "Computer skills"),
            "accounting": QCoreApplication.translate("Vocab", "Accounting"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "discharge_reason": {
            "returned_home": QCoreApplication.translate("Vocab", "Returned home"),
            "reunited_with_family": QCoreApplication.translate("Vocab", "Reunited with family"),
            "independent_living": QCoreApplication.translate("Vocab", "Lives independently"),
            "referred_elsewhere": QCoreApplication.translate("Vocab", "Referred elsewhere"),
            "left_voluntarily": QCoreApplication.translate("Vocab", "Left of own will"),
            "broke_rules": QCoreApplication.translate("Vocab", "Broke the rules"),
            "hospitalised": QCoreApplication.translate("Vocab", "In hospital"),
            "died": QCoreApplication.translate("Vocab", "Died"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "referral_status": {
            "draft": QCoreApplication.translate("Vocab", "Draft"),
            "sent": QCoreApplication.translate("Vocab", "Sent"),
            "accepted": QCoreApplication.translate("Vocab", "Accepted"),
            "declined": QCoreApplication.translate("Vocab", "Declined"),
            "completed": QCoreApplication.translate("Vocab", "Completed"),
            "withdrawn": QCoreApplication.translate("Vocab", "Withdrawn"),
        },
        "partner_type": {
            "iom": QCoreApplication.translate("Vocab", "IOM"),
            "hospital": QCoreApplication.translate("Vocab", "Hospital"),
            "legal_aid": QCoreApplication.translate("Vocab", "Legal aid"),
            "police": QCoreApplication.translate("Vocab", "Police"),
            "migration_service": QCoreApplication.translate("Vocab", "Migration service"),
            "women_family_committee": QCoreApplication.translate(
                "Vocab", "Committee for women and family"
            ),
            "employment_centre": QCoreApplication.translate("Vocab", "Employment centre"),
            "ngo": QCoreApplication.translate("Vocab", "NGO"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "grant_status": {
            "plan": QCoreApplication.translate("Vocab", "Business plan"),
            "submitted": QCoreApplication.translate("Vocab", "Submitted"),
            "approved": QCoreApplication.translate("Vocab", "Approved"),
            "rejected": QCoreApplication.translate("Vocab", "Rejected"),
            "purchased": QCoreApplication.translate("Vocab", "Items bought"),
            "handed_over": QCoreApplication.translate("Vocab", "Handed over"),
            "monitoring": QCoreApplication.translate("Vocab", "Monitoring"),
            "closed": QCoreApplication.translate("Vocab", "Closed"),
        },
        "grant_sector": {
            "tailoring": QCoreApplication.translate("Vocab", "Tailoring"),
            "livestock": QCoreApplication.translate("Vocab", "Livestock"),
            "small_shop": QCoreApplication.translate("Vocab", "Small shop"),
            "hairdressing": QCoreApplication.translate("Vocab", "Hairdressing"),
            "agriculture": QCoreApplication.translate("Vocab", "Agriculture"),
            "bakery": QCoreApplication.translate("Vocab", "Bakery"),
            "crafts": QCoreApplication.translate("Vocab", "Crafts"),
            "services": QCoreApplication.translate("Vocab", "Services"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "currency": {
            "TJS": QCoreApplication.translate("Formatting", "TJS"),
            "USD": QCoreApplication.translate("Vocab", "USD"),
            "EUR": QCoreApplication.translate("Vocab", "EUR"),
        },
        "audit_event": {
            "create": QCoreApplication.translate("Vocab", "Added"),
            "update": QCoreApplication.translate("Vocab", "Changed"),
            "delete": QCoreApplication.translate("Vocab", "Deleted"),
            "view": QCoreApplication.translate("Vocab", "Viewed"),
            "status_change": QCoreApplication.translate("Vocab", "Status changed"),
            "consent_override": QCoreApplication.translate("Vocab", "Sent without consent"),
            "print": QCoreApplication.translate("Vocab", "Printed"),
            "export": QCoreApplication.translate("Vocab", "Exported"),
        },
        "audit_table": {
            "beneficiary": QCoreApplication.translate("Vocab", "Person"),
            "case_file": QCoreApplication.translate("Vocab", "Case"),
            "consent": QCoreApplication.translate("Vocab", "Consent"),
            "assessment": QCoreApplication.translate("Vocab", "Assessment"),
            "plan_action": QCoreApplication.translate("Vocab", "Planned action"),
            "assistance": QCoreApplication.translate("Vocab", "Assistance"),
            "shelter_stay": QCoreApplication.translate("Vocab", "Shelter stay"),
            "referral": QCoreApplication.translate("Vocab", "Referral"),
            "follow_up": QCoreApplication.translate("Vocab", "Follow-up"),
            "attachment": QCoreApplication.translate("Vocab", "Document"),
            "grant_plan": QCoreApplication.translate("Vocab", "Grant"),
            "grant_budget_line": QCoreApplication.translate("Vocab", "Budget line"),
            "grant_purchase": QCoreApplication.translate("Vocab", "Purchase"),
            "monitoring_visit": QCoreApplication.translate("Vocab", "Monitoring visit"),
        },
    }
