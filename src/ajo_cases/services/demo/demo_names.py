"""Synthetic values for the demo: names in local scripts, partners, projects, grants, meetings.

Nothing here is a real person. Names are composed from common Tajik, Uzbek and Russian given
names and family-name stems, so a search for "Jamshed", "Джамшед" or "Ҷамшед" finds many.
"""

from __future__ import annotations

import itertools
import random
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from ajo_cases.domain.names import transliterate_to_latin
from ajo_cases.domain.records import PersonForm
from ajo_cases.domain.vocab import BeneficiaryCategory

TAJIK_FEMALE: Final = (
    "Мадина", "Нигора", "Зарина", "Гулнора", "Малика", "Шаҳло", "Дилноза", "Фарзона", "Мавҷуда",
    "Гулчеҳра", "Ситора", "Парвина", "Манижа", "Наргис", "Фотима", "Зулфия", "Меҳрангез",
    "Ҳилола", "Муаттар", "Сурайё", "Таҳмина", "Ҷамила", "Бибигул", "Раъно", "Мунира", "Шаҳноза",
    "Озода", "Ғунча", "Қумрӣ", "Дилором", "Нилуфар", "Мижгона", "Сабоҳат", "Ҳуснигул",
)  # fmt: skip
TAJIK_MALE: Final = (
    "Ҷамшед", "Фарҳод", "Бахтиёр", "Зафар", "Рустам", "Шерзод", "Далер", "Фирдавс", "Сомон",
    "Исмоил", "Умед", "Алишер", "Комрон", "Баҳодур", "Сӯҳроб", "Абдуллоҳ", "Меҳроҷ", "Ҳасан",
    "Ҳусейн", "Қодир", "Ғайрат", "Нозим", "Шуҳрат", "Хуршед", "Ҷалолиддин", "Саидҷон",
    "Муҳаммад", "Азиз", "Исҳоқ", "Ҷӯрабек", "Фаррух", "Шоҳрух", "Дилшод", "Ҳамза",
)  # fmt: skip
UZBEK_FEMALE: Final = ("Ўғилой", "Гулбаҳор", "Юлдуз", "Феруза", "Мафтуна", "Шоира")
UZBEK_MALE: Final = ("Ўктам", "Ўткир", "Бобур", "Жасур", "Улуғбек", "Ғайрат", "Шуҳрат")
RUSSIAN_FEMALE: Final = ("Ольга", "Елена", "Наталья", "Светлана", "Татьяна")
RUSSIAN_MALE: Final = ("Сергей", "Андрей", "Виктор", "Николай", "Алексей")

TAJIK_STEMS: Final = (
    "Қодир", "Раҳим", "Назар", "Саид", "Ҳасан", "Юсуф", "Шариф", "Карим", "Ғафур", "Сафар",
    "Иброҳим", "Раҷаб", "Шоҳмансур", "Давлат", "Холмат", "Эргаш", "Мирзо", "Ашур", "Қурбон",
    "Зоҳид", "Ҳакимҷон", "Ҷалил", "Маҳмуд", "Нуриддин", "Собир", "Ӯроқ", "Латиф", "Ҳайдар",
    "Бобоҷон", "Тоҳир", "Наҷмиддин", "Аҳмад", "Султон", "Исмат", "Валӣ", "Файзулло",
)  # fmt: skip
UZBEK_FAMILIES: Final = ("Тошмат", "Юлдаш", "Ҳамро", "Эшмат", "Турсун", "Нормат", "Ўрин")
RUSSIAN_FAMILIES: Final = ("Иванов", "Петров", "Смирнов", "Соколов", "Попов")
PATRONYMIC_STEMS: Final = (
    "Қодир", "Раҳим", "Сафар", "Шариф", "Назар", "Абдулло", "Ҳасан", "Юсуф", "Карим",
    "Исмоил", "Ғафур", "Ҷӯра", "Бобо", "Саидҷон", "Ҳамид", "Маҳмуд", "Нурулло", "Тоҳир",
)  # fmt: skip
RUSSIAN_PATRONYMIC_STEMS: Final = ("Петров", "Иванов", "Николаев", "Сергеев", "Викторов")

# Russian-passport spelling of Tajik letters: Ҷамшед -> Джамшед -> "Dzhamshed".
_PASSPORT_STYLE: Final = str.maketrans(
    {"ҷ": "дж", "Ҷ": "Дж", "қ": "к", "Қ": "К", "ғ": "г", "Ғ": "Г", "ҳ": "х", "Ҳ": "Х",
     "ӯ": "у", "Ӯ": "У", "ӣ": "и", "Ӣ": "И", "ў": "у", "Ў": "У"}
)  # fmt: skip

SURNAME_ENDINGS: Final = ("ov", "ov", "ov", "zoda", "i")

JAMOATS: Final = (
    "Унҷӣ", "Қистакӯз", "Ёва", "Зарзамин", "Хистеварз", "Ғафуров", "Ниёзбек", "Мӯғ", "Пулоди",
    "Овчӣ Қалъача", "Исфисор", "Шаҳристон", "Ҷарбулоқ", "Ғончӣ", "Лоиқ Шералӣ", "Дуоба",
)  # fmt: skip
STREETS: Final = ("Рӯдакӣ", "Исмоили Сомонӣ", "Фирдавсӣ", "Ленин", "Сино", "Айнӣ", "Камоли Хуҷандӣ")
FAMILY_RELATIONS: Final = ("модар", "падар", "хоҳар", "бародар", "ҳамсар")
# Free texts in Tajik, the language the staff write their notes in (people's names stay as
# the region's population has them: Tajik, Uzbek and Russian).
NARRATIVES: Final = (
    "Ба кор дар сохтмон ваъда дода шуд; шиноснома гирифта шуд.",
    "Кори пешхизматиро ваъда доданд, ҳуҷҷатҳо ва муздро нигоҳ доштанд.",
    "Дар хона бе музд кор кард, аз хона баромадан манъ буд.",
    "Ҷалбкунанда тавассути шабакаҳои иҷтимоӣ кор дар анборро пешниҳод кард; қарзи роҳ.",
)
DECLINE_REASONS: Final = ("Ҷой нест", "Хизмат дастрас нест", "Аз рӯи синну сол мувофиқ нест")

PROJECTS: Final = (  # the donors' names as the donors write them
    ("IOM-CT", "Муҳоҷирати бехатар ва муқовимат ба савдои одамон", "IOM"),
    ("UNW-PROT", "Ҳифзи муҳоҷирони осебпазир, бо таваҷҷуҳ ба занон", "UN Women"),
    ("GIZ-REINT", "Реинтегратсияи муҳоҷирони бозгашта", "GIZ"),
)
PARTNERS: Final = (
    ("СБМ дар Тоҷикистон, дафтари Хуҷанд", "iom", "khujand"),
    ("Беморхонаи клиникии вилояти Суғд", "hospital", "khujand"),
    ("Беморхонаи марказии ноҳияи Истаравшан", "hospital", "istaravshan"),
    ("Маркази ёрии ҳуқуқии Хуҷанд", "legal_aid", "khujand"),
    ("Маркази ёрии ҳуқуқии Исфара", "legal_aid", "isfara"),
    ("Раёсати ВКД дар вилояти Суғд, шуъбаи муқовимат ба савдои одамон", "police", "khujand"),
    ("Хадамоти муҳоҷират, раёсати вилояти Суғд", "migration_service", "khujand"),
    ("Кумитаи кор бо занон ва оила, вилояти Суғд", "women_family_committee", "khujand"),
    ("Маркази шуғли аҳолии Хуҷанд", "employment_centre", "khujand"),
    ("Маркази шуғли аҳолии Панҷакент", "employment_centre", "penjikent"),
    ("ТҒД «Ғамхорӣ»", "ngo", "b_gafurov"),
    ("ТҒД «Сарчашма»", "ngo", "kanibadam"),
)
SERVICES_BY_PARTNER: Final = {
    "iom": ("return_transport", "cash_support", "documentation"),
    "hospital": ("medical", "psychological"),
    "legal_aid": ("legal", "documentation"),
    "police": ("legal",),
    "migration_service": ("documentation",),
    "women_family_committee": ("social", "psychological"),
    "employment_centre": ("vocational_training", "business_training"),
    "ngo": ("social", "psychological", "food_nfi"),
}
WORKERS: Final = ("nigora", "farrukh", "malika", "dilshod", "zarina", "sherali")
TOPICS: Final = (
    "Муҳоҷирати бехатар", "Пешгирии савдои одамон", "Ҳуқуқҳои муҳоҷирони меҳнатӣ",
    "Саводнокии молиявӣ", "Чӣ тавр корфармои хориҷиро санҷидан мумкин", "Ҳуқуқҳои занон",
)  # fmt: skip
SUPPLIERS: Final = (
    "Бозори Панҷшанбе", "ҶДММ «Сомон Трейд»", "Бозори Исфара", "Соҳибкор «Хуҷанд Техно»",
)  # fmt: skip

# Grant sector -> budget items (name, unit cost in somoni).
GRANT_ITEMS: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "tailoring": (("Мошини дӯзандагӣ", 3500), ("Оверлок", 2800), ("Матоъ", 1200)),
    "livestock": (("Гови ширдеҳ", 9000), ("Гӯсфанд", 1500), ("Хӯроки чорво", 900)),
    "small_shop": (("Яхдон", 4000), ("Рафҳо", 1500), ("Моли аввалин", 3000)),
    "hairdressing": (("Курсии сартарошӣ", 2000), ("Фен", 800), ("Оина", 600)),
    "agriculture": (("Тухмӣ", 800), ("Плёнка барои гармхона", 1500), ("Насоси обкашӣ", 2500)),
    "bakery": (("Танӯр", 3000), ("Орд", 1500), ("Мизи хамир", 900)),
    "crafts": (("Чанбараки гулдӯзӣ", 400), ("Абрешим", 700), ("Дастгоҳи қолинбофӣ", 2600)),
    "services": (("Асбоби таъмири телефон", 2400), ("Компютер", 5200)),
    "other": (("Таҷҳизот", 2000),),
}


_SEQUENCE = itertools.count(secrets.randbits(40) << 20)


def new_uuid() -> str:
    """A time-ordered UUID (version 7 layout) for bulk rows.

    Random version-4 ids scatter every insert across the primary-key and foreign-key indexes;
    ids that grow keep those B-trees appending at their right edge, which makes bulk loads of
    100,000 cases several times faster on an encrypted database.
    """
    stamp = time.time_ns() // 1_000_000
    seq = next(_SEQUENCE) & ((1 << 74) - 1)
    value = (stamp & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (seq >> 62) << 64
    value |= 0b10 << 62 | (seq & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


@dataclass(frozen=True, slots=True)
class DemoName:
    family: str
    given: str
    patronymic: str | None
    latin: str | None


def _family(stem: str, sex: str, style: str) -> str:
    if style == "zoda":
        return stem + "зода"
    if style == "i":
        return stem + ("ӣ" if stem[-1] not in "ӣиӢ" else "")
    ending = "ев" if stem[-1] in "аоуӯиӣоюяё" else "ов"
    return stem + ending + ("а" if sex == "female" else "")


def _patronymic(stem: str, sex: str) -> str:
    ending = "ев" if stem[-1] in "аоуӯиӣоюяё" else "ов"
    return stem + ending + ("на" if sex == "female" else "ич")


def make_name(rng: random.Random, sex: str) -> DemoName:
    """A plausible name: mostly Tajik, some Uzbek and Russian, with a Latin spelling."""
    female = sex == "female"
    origin = rng.choices(("tj", "uz", "ru"), (85, 10, 5))[0]
    if origin == "ru":
        given = rng.choice(RUSSIAN_FEMALE if female else RUSSIAN_MALE)
        family = rng.choice(RUSSIAN_FAMILIES) + ("а" if female else "")
        patronymic: str | None = rng.choice(RUSSIAN_PATRONYMIC_STEMS) + ("на" if female else "ич")
    else:
        if origin == "uz":
            given = rng.choice(UZBEK_FEMALE if female else UZBEK_MALE)
            family = _family(rng.choice(UZBEK_FAMILIES), sex, "ov")
        else:
            given = rng.choice(TAJIK_FEMALE if female else TAJIK_MALE)
            family = _family(rng.choice(TAJIK_STEMS), sex, rng.choice(SURNAME_ENDINGS))
        patronymic = _patronymic(rng.choice(PATRONYMIC_STEMS), sex) if rng.random() < 0.75 else None
    spelled = rng.random()
    cyrillic = f"{given} {family}"
    if spelled < 0.65:
        latin: str | None = transliterate_to_latin(cyrillic)
    elif spelled < 0.9:  # as a Russian-made passport spells it
        latin = transliterate_to_latin(cyrillic.translate(_PASSPORT_STYLE))
    else:
        latin = None
    return DemoName(family, given, patronymic, latin)


def phone(rng: random.Random) -> str:
    prefix = rng.choice(("90", "91", "92", "93", "98", "55", "50", "88", "00"))
    number = rng.randrange(10_000_000)
    return f"+992 {prefix} {number // 10000:03d} {number // 100 % 100:02d} {number % 100:02d}"


CITIES: Final[dict[str, tuple[str, ...]]] = {
    "RU": ("Маскав", "Санкт-Петербург", "Екатеринбург", "Новосибирск", "Сургут"),
    "KZ": ("Алмаато", "Астана", "Чимкент"),
    "TR": ("Истанбул", "Анталия"),
    "AE": ("Дубай", "Шарҷа"),
    "SA": ("Ар-Риёз",),
    "KR": ("Сеул",),
    "UZ": ("Тошкент",),
    "KG": ("Бишкек",),
    "PL": ("Варшава",),
    "LT": ("Вилнюс",),
}
PLAN_TEXTS: Final = (
    "Барқарор кардани шиноснома", "Машварати ҳуқуқшинос оид ба баҳси меҳнатӣ",
    "Машварати равоншинос", "Омӯзиши касбӣ: дӯзандагӣ", "Тиббӣ: муоинаи пурра",
    "Тайёр кардани нақшаи тиҷоратӣ", "Ёфтани ҷои кор тавассути маркази шуғл",
)  # fmt: skip
MONITORING_PROBLEMS: Final = ("Бозор суст аст", "Маблағи гардон нест", "Таҷҳизот вайрон шуд")
GRANT_TITLES: Final = ("Нақшаи тиҷоратӣ", "Дӯкони хурд", "Лоиҳаи хурд")

VICTIM = BeneficiaryCategory.VICTIM_OF_TRAFFICKING.value
VULNERABLE = BeneficiaryCategory.VULNERABLE_MIGRANT.value
RETURNEE = BeneficiaryCategory.RETURNEE_MIGRANT.value
FAMILY = BeneficiaryCategory.MIGRANT_FAMILY_MEMBER.value
OTHER = BeneficiaryCategory.OTHER.value


def weights(spec: str) -> dict[str, float]:
    """ "a 3 b 1" -> {"a": 3.0, "b": 1.0}: compact tables of relative frequencies."""
    words = spec.split()
    return {words[i]: float(words[i + 1]) for i in range(0, len(words), 2)}


CATEGORIES = {VICTIM: 25.0, VULNERABLE: 25.0, RETURNEE: 35.0, FAMILY: 10.0, OTHER: 5.0}
FEMALE_SHARE = {VICTIM: 0.75, VULNERABLE: 0.7, RETURNEE: 0.2, FAMILY: 0.7, OTHER: 0.5}
CHILD_SHARE = {VICTIM: 0.12, VULNERABLE: 0.05, RETURNEE: 0.01, FAMILY: 0.4, OTHER: 0.2}
GRANT_SHARE = {VICTIM: 0.08, VULNERABLE: 0.03, RETURNEE: 0.28}
DISTRICTS = weights(
    "khujand 18 b_gafurov 12 j_rasulov 6 spitamen 5 istaravshan 10 shahristan 3 zafarobod 3 "
    "mastchoh 4 asht 4 kanibadam 7 isfara 8 ayni 3 penjikent 8 guliston 3 buston 3 istiqlol 1 "
    "devashtich 3 kuhistoni_mastchoh 1 outside_sughd 3"
)
DESTINATIONS = weights("RU 55 KZ 15 TR 10 AE 8 SA 3 KR 2 UZ 3 KG 2 PL 1 LT 1")
ASSISTANCE = {
    VICTIM: [
        "medical",
        "psychological",
        "legal",
        "food_nfi",
        "documentation",
        "return_transport",
        "social",
    ],
    VULNERABLE: ["legal", "documentation", "social", "psychological", "food_nfi", "medical"],
    RETURNEE: [
        "financial_literacy",
        "business_training",
        "vocational_training",
        "in_kind_support",
        "cash_support",
        "legal",
    ],
    FAMILY: ["social", "education", "family_tracing", "psychological", "food_nfi"],
    OTHER: ["social", "legal", "medical"],
}
TRADES = ["tailoring", "crafts", "cooking", "hairdressing", "computer_literacy", "accounting"]
EXPLOITATION_F = weights(
    "sexual_exploitation 35 forced_labour 35 domestic_servitude 15 forced_marriage 10 "
    "forced_begging 2 forced_criminality 3"
)
EXPLOITATION_M = weights("forced_labour 85 forced_criminality 7 forced_begging 5 other 3")
INDUSTRIES = weights(
    "construction 40 agriculture_forestry_fishing 20 manufacturing 10 "
    "accommodation_food_service 10 wholesale_retail_trade 10 households_as_employers 5 "
    "transportation_storage 5"
)
CONTROL = [
    "withholds_documents",
    "debt_bondage",
    "takes_earnings",
    "threats",
    "restricts_movement",
    "false_promises",
    "physical_abuse",
    "psychological_abuse",
    "excessive_working_hours",
    "threat_of_law_enforcement",
]
RECRUITMENT = weights(
    "friends 30 family 10 online_social_network 25 recruitment_agency 20 online_advert 10 other 5"
)
RELATION = weights("acquaintance 45 stranger 35 family 12 unknown 8")
CLOSURE = weights(
    "goals_met 55 moved_away 8 stopped_by_person 8 re_migrated 12 died 1 referred_elsewhere 8 "
    "funding_ended 8"
)
DECIDERS = weights("police 50 ngo 20 court_or_prosecution 15 other_government 15")
MARITAL = weights(
    "married 50 religious_marriage_only 10 divorced 12 widowed 5 single 18 separated 5"
)
EDUCATION = weights(
    "primary 10 lower_secondary 35 upper_secondary 35 vocational 12 bachelor 6 none 2"
)
SOURCES_VICTIM = weights(
    "police 25 iom 20 hotline 15 consulate 10 border_service 10 ngo 10 self 10"
)
SOURCES_OTHER = weights("self 40 ngo 20 hotline 15 iom 10 consulate 5 other 10")
DISCHARGE = weights(
    "returned_home 40 reunited_with_family 25 independent_living 10 referred_elsewhere 10 "
    "left_voluntarily 10 other 5"
)
REFERRAL_CLOSED = weights("completed 60 declined 20 withdrawn 20")
REFERRAL_OPEN = weights("draft 8 sent 22 accepted 25 declined 10 completed 30 withdrawn 5")
RISK = weights("low 5 medium 4 high 1")
RISK_VICTIM = weights("low 2 medium 4 high 4")
SECTORS_F = ["tailoring", "hairdressing", "bakery", "crafts", "small_shop"]
SECTORS_M = ["livestock", "agriculture", "small_shop", "services", "bakery"]


def _maybe(rng: random.Random, share: float, value: str) -> str | None:
    return value if rng.random() < share else None


def make_person(rng: random.Random, category: str, opened: date) -> tuple[PersonForm, bool]:
    """A person of this category at intake on `opened`, and whether they are a child."""

    def pick(table: dict[str, float]) -> str:
        return rng.choices(tuple(table), tuple(table.values()))[0]

    sex = "female" if rng.random() < FEMALE_SHARE[category] else "male"
    name = make_name(rng, sex)
    sex = "other_unknown" if rng.random() < 0.004 else sex
    child = rng.random() < CHILD_SHARE[category]
    age = rng.randint(3 if category == FAMILY else 12, 17) if child else rng.randint(18, 58)
    known_birth = rng.random() < 0.8
    birth = opened - timedelta(days=age * 365 + age // 4 + rng.randint(1, 360))
    status = None
    if category == VICTIM:
        status = "confirmed" if rng.random() < 0.6 else "possible"
    languages: tuple[str, ...] = ("tg", "ru") if rng.random() < 0.6 else ("tg",)
    if name.family.endswith(("ев", "ева")) or rng.random() < 0.1:
        languages += ("uz",)
    form = PersonForm(
        sex=sex,
        category=category,
        family_name=name.family,
        given_name=name.given,
        patronymic=name.patronymic,
        latin_name=name.latin,
        birth_date=birth if known_birth else None,
        estimated_age=None if known_birth else age,
        estimated_on=None if known_birth else opened,
        citizenship=pick({"TJ": 97.0, "UZ": 2.0, "KG": 1.0}),
        district=pick(DISTRICTS),
        jamoat=_maybe(rng, 0.7, rng.choice(JAMOATS)),
        address=_maybe(rng, 0.6, f"кӯчаи {rng.choice(STREETS)}, хонаи {rng.randint(1, 140)}"),
        phone=_maybe(rng, 0.85 if age >= 14 else 0, phone(rng)),
        id_document=_maybe(rng, 0 if child else 0.75, f"A{rng.randrange(10**8):08d}"),
        family_contact=_maybe(rng, 0.35, f"{rng.choice(FAMILY_RELATIONS)}: {phone(rng)}"),
        notes=_maybe(rng, 0.05, "Ба машварати равоншинос ниёз дорад."),
        marital_status="single" if child else pick(MARITAL),
        children_count=0 if child else rng.randint(0, 5),
        education=pick(EDUCATION),
        languages=languages,
        trafficking_status=status,
        status_decided_by=pick(DECIDERS) if status == "confirmed" else None,
    )
    return form, child


def activities(
    rng: random.Random, count: int, projects: list[str], today: date
) -> list[dict[str, Any]]:
    """Informational meetings and trainings with participant counts (no names)."""
    start, rows = date(2023, 1, 1), []
    for _ in range(count):
        meeting = rng.random() < 0.8
        rows.append(
            {
                "id": new_uuid(),
                "project_id": rng.choice(projects),
                "kind": "information_meeting" if meeting else "training",
                "held_on": start + timedelta(rng.randint(0, (today - start).days)),
                "district": rng.choices(tuple(DISTRICTS), tuple(DISTRICTS.values()))[0],
                "topic": rng.choice(TOPICS),
                "women": rng.randint(5, 40 if meeting else 15),
                "men": rng.randint(3, 30 if meeting else 10),
                "girls": rng.randint(0, 10 if meeting else 2),
                "boys": rng.randint(0, 8),
            }
        )
    return rows
