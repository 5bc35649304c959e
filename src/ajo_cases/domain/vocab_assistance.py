"""Vocabularies of assistance, shelter, referrals, partners, grants and money."""

from __future__ import annotations

from enum import StrEnum


class AssistanceType(StrEnum):
    ACCOMMODATION = "accommodation"
    FOOD_NFI = "food_nfi"
    MEDICAL = "medical"
    PSYCHOLOGICAL = "psychological"
    SOCIAL = "social"
    LEGAL = "legal"
    DOCUMENTATION = "documentation"
    RETURN_TRANSPORT = "return_transport"
    FAMILY_TRACING = "family_tracing"
    VOCATIONAL_TRAINING = "vocational_training"
    EDUCATION = "education"
    FINANCIAL_LITERACY = "financial_literacy"
    BUSINESS_TRAINING = "business_training"
    CASH_SUPPORT = "cash_support"
    IN_KIND_SUPPORT = "in_kind_support"
    OTHER = "other"


class VocationalTrade(StrEnum):
    TAILORING = "tailoring"
    CRAFTS = "crafts"
    COOKING = "cooking"
    HAIRDRESSING = "hairdressing"
    COMPUTER_LITERACY = "computer_literacy"
    ACCOUNTING = "accounting"
    OTHER = "other"


class DischargeReason(StrEnum):
    RETURNED_HOME = "returned_home"
    REUNITED_WITH_FAMILY = "reunited_with_family"
    INDEPENDENT_LIVING = "independent_living"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    LEFT_VOLUNTARILY = "left_voluntarily"
    BROKE_RULES = "broke_rules"
    HOSPITALISED = "hospitalised"
    DIED = "died"
    OTHER = "other"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class PartnerType(StrEnum):
    IOM = "iom"
    HOSPITAL = "hospital"
    LEGAL_AID = "legal_aid"
    POLICE = "police"
    MIGRATION_SERVICE = "migration_service"
    WOMEN_FAMILY_COMMITTEE = "women_family_committee"
    EMPLOYMENT_CENTRE = "employment_centre"
    NGO = "ngo"
    OTHER = "other"


class GrantStatus(StrEnum):
    PLAN = "plan"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    PURCHASED = "purchased"
    HANDED_OVER = "handed_over"
    MONITORING = "monitoring"
    CLOSED = "closed"


class GrantSector(StrEnum):
    TAILORING = "tailoring"
    LIVESTOCK = "livestock"
    SMALL_SHOP = "small_shop"
    HAIRDRESSING = "hairdressing"
    AGRICULTURE = "agriculture"
    BAKERY = "bakery"
    CRAFTS = "crafts"
    SERVICES = "services"
    OTHER = "other"


class Currency(StrEnum):
    """ISO 4217; amounts are kept in TJS, USD/EUR only alongside."""

    TJS = "TJS"
    USD = "USD"
    EUR = "EUR"
