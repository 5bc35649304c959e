"""Words for the codes of the vocabularies of casework (English, Russian, Tajik).

Case work: case status and closure, identification and exploitation (HTCDS), consent,
risk, follow-ups, urgency and document kinds.
"""

from __future__ import annotations

TABLES: dict[str, dict[str, tuple[str, str, str]]] = {
    "case_status": {
        "open": ("Open", "Открыто", "Кушода"),
        "active": ("Active", "В работе", "Дар кор"),
        "follow_up": ("Follow-up", "Мониторинг", "Пайгирӣ"),
        "closed": ("Closed", "Закрыто", "Пӯшида"),
    },
    "closure_reason": {
        "goals_met": ("Goals met", "Цели достигнуты", "Ҳадафҳо иҷро шуданд"),
        "moved_away": ("Moved away", "Переехал(а)", "Кӯчид"),
        "stopped_by_person": (
            "Stopped by the person",
            "Прекращено по желанию человека",
            "Бо хоҳиши шахс қатъ шуд",
        ),
        "re_migrated": ("Migrated again", "Снова уехал(а) на заработки", "Боз ба муҳоҷират рафт"),
        "died": ("Died", "Умер(ла)", "Вафот кард"),
        "referred_elsewhere": (
            "Referred elsewhere",
            "Направлен(а) в другое место",
            "Ба ҷои дигар равон шуд",
        ),
        "funding_ended": (
            "Funding ended",
            "Закончилось финансирование",
            "Маблағгузорӣ ба охир расид",
        ),
    },
    "identification_source": {
        "police": ("Police", "Милиция", "Милитсия"),
        "iom": ("IOM", "МОМ", "СБМ"),
        "hotline": ("Hotline", "Горячая линия", "Хати боварӣ"),
        "self": ("The person came themselves", "Человек обратился сам", "Шахс худаш омад"),
        "ngo": ("NGO", "НПО", "ТҒД"),
        "consulate": ("Consulate", "Консульство", "Консулгарӣ"),
        "border_service": ("Border service", "Пограничная служба", "Хадамоти сарҳадӣ"),
        "other": ("Other", "Другое", "Дигар"),
    },
    "exploitation_type": {
        "forced_labour": ("Forced labour", "Принудительный труд", "Меҳнати маҷбурӣ"),
        "sexual_exploitation": (
            "Sexual exploitation",
            "Сексуальная эксплуатация",
            "Истисмори ҷинсӣ",
        ),
        "forced_marriage": ("Forced marriage", "Принудительный брак", "Издивоҷи маҷбурӣ"),
        "forced_begging": ("Forced begging", "Принудительное попрошайничество", "Гадоии маҷбурӣ"),
        "forced_criminality": (
            "Forced criminality",
            "Принуждение к преступлениям",
            "Маҷбур кардан ба ҷиноят",
        ),
        "domestic_servitude": (
            "Domestic servitude",
            "Домашнее подневольное состояние",
            "Хизматгории маҷбурии хонагӣ",
        ),
        "organ_removal": ("Organ removal", "Изъятие органов", "Гирифтани узвҳо"),
        "other": ("Other", "Другое", "Дигар"),
    },
    "labour_industry": {
        "agriculture_forestry_fishing": (
            "Agriculture, forestry, fishing",
            "Сельское, лесное хозяйство, рыболовство",
            "Кишоварзӣ, ҷангалпарварӣ, моҳидорӣ",
        ),
        "mining_quarrying": ("Mining", "Добыча полезных ископаемых", "Истихроҷи маъдан"),
        "manufacturing": ("Manufacturing", "Производство", "Истеҳсолот"),
        "electricity_gas_steam": ("Energy supply", "Энергоснабжение", "Таъмини энергия"),
        "water_supply_waste": (
            "Water and waste",
            "Водоснабжение и отходы",
            "Обтаъминкунӣ ва партовҳо",
        ),
        "construction": ("Construction", "Строительство", "Сохтмон"),
        "wholesale_retail_trade": ("Trade", "Торговля", "Тиҷорат"),
        "transportation_storage": ("Transport", "Транспорт", "Нақлиёт"),
        "accommodation_food_service": (
            "Hotels and restaurants",
            "Гостиницы и рестораны",
            "Меҳмонхонаҳо ва тарабхонаҳо",
        ),
        "information_communication": ("Communication", "Связь", "Алоқа"),
        "financial_insurance": ("Finance", "Финансы", "Молия"),
        "real_estate": ("Real estate", "Недвижимость", "Амволи ғайриманқул"),
        "professional_scientific_technical": (
            "Professional services",
            "Профессиональные услуги",
            "Хизматҳои касбӣ",
        ),
        "administrative_support": (
            "Support services",
            "Вспомогательные услуги",
            "Хизматҳои ёрирасон",
        ),
        "public_administration_defence": (
            "Public administration",
            "Госуправление",
            "Идораи давлатӣ",
        ),
        "education": ("Education", "Образование", "Маориф"),
        "health_social_work": (
            "Health and social work",
            "Здравоохранение и соцработа",
            "Тандурустӣ ва кори иҷтимоӣ",
        ),
        "arts_entertainment_recreation": (
            "Arts and entertainment",
            "Искусство и развлечения",
            "Санъат ва фароғат",
        ),
        "other_services": ("Other services", "Прочие услуги", "Хизматҳои дигар"),
        "households_as_employers": (
            "Private households",
            "Частные домохозяйства",
            "Хоҷагиҳои хусусӣ",
        ),
        "extraterritorial_organisations": (
            "International organisations",
            "Международные организации",
            "Ташкилотҳои байналмилалӣ",
        ),
    },
    "control_method": {
        "debt_bondage": ("Debt bondage", "Долговая кабала", "Ғуломии қарзӣ"),
        "takes_earnings": ("Takes earnings", "Отбирает заработок", "Музди корро мегирад"),
        "restricts_financial_access": (
            "Restricts access to money",
            "Ограничивает доступ к деньгам",
            "Дастрасӣ ба пулро маҳдуд мекунад",
        ),
        "threats": ("Threats", "Угрозы", "Таҳдидҳо"),
        "psychological_abuse": (
            "Psychological abuse",
            "Психологическое насилие",
            "Зӯроварии равонӣ",
        ),
        "physical_abuse": ("Physical abuse", "Физическое насилие", "Зӯроварии ҷисмонӣ"),
        "sexual_abuse": ("Sexual abuse", "Сексуальное насилие", "Зӯроварии ҷинсӣ"),
        "false_promises": ("False promises", "Ложные обещания", "Ваъдаҳои дурӯғ"),
        "psychoactive_substances": (
            "Drugs or alcohol",
            "Наркотики или алкоголь",
            "Маводи мухаддир ё машрубот",
        ),
        "restricts_movement": (
            "Restricts movement",
            "Ограничивает передвижение",
            "Ҳаракатро маҳдуд мекунад",
        ),
        "restricts_medical_care": (
            "Restricts medical care",
            "Ограничивает медпомощь",
            "Ёрии тиббиро маҳдуд мекунад",
        ),
        "excessive_working_hours": (
            "Excessive working hours",
            "Чрезмерный рабочий день",
            "Рӯзи кории аз ҳад дароз",
        ),
        "uses_children": ("Uses children", "Использует детей", "Кӯдаконро истифода мебарад"),
        "threat_of_law_enforcement": (
            "Threat of police or deportation",
            "Угроза полицией или депортацией",
            "Таҳдиди милиция ё ихроҷ",
        ),
        "withholds_necessities": (
            "Withholds food, sleep or water",
            "Лишает еды, сна или воды",
            "Аз хӯрок, хоб ё об маҳрум мекунад",
        ),
        "withholds_documents": (
            "Withholds documents",
            "Удерживает документы",
            "Ҳуҷҷатҳоро нигоҳ медорад",
        ),
        "other": ("Other", "Другое", "Дигар"),
    },
    "recruitment_method": {
        "at_place_of_business": ("At a business", "На предприятии", "Дар корхона"),
        "at_educational_institution": (
            "At a school",
            "В учебном заведении",
            "Дар муассисаи таълимӣ",
        ),
        "at_work": ("At work", "На работе", "Дар ҷои кор"),
        "online_social_network": ("Social network", "Соцсеть", "Шабакаи иҷтимоӣ"),
        "online_advert": ("Online advert", "Объявление в интернете", "Эълон дар интернет"),
        "television_advert": ("TV advert", "Реклама по ТВ", "Эълон дар телевизион"),
        "newspaper_advert": ("Newspaper advert", "Объявление в газете", "Эълон дар рӯзнома"),
        "family": ("Family", "Семья", "Оила"),
        "friends": ("Friends", "Друзья", "Дӯстон"),
        "recruitment_agency": ("Recruitment agency", "Кадровое агентство", "Агентии кадрӣ"),
        "other": ("Other", "Другое", "Дигар"),
    },
    "recruiter_relation": {
        "family": ("Family", "Родственник", "Хешованд"),
        "acquaintance": ("Acquaintance", "Знакомый", "Шинос"),
        "stranger": ("Stranger", "Незнакомец", "Бегона"),
        "unknown": ("Not known", "Неизвестно", "Номаълум"),
    },
    "journey_stage": {
        "recruitment": ("Recruitment", "Вербовка", "Ҷалб"),
        "transit": ("Transit", "Транзит", "Транзит"),
        "exploitation": ("Exploitation", "Эксплуатация", "Истисмор"),
    },
    "consent_kind": {
        "registration": ("Registration", "Регистрация", "Бақайдгирӣ"),
        "sharing": ("Sharing with partners", "Передача партнёрам", "Мубодила бо шарикон"),
        "statistics": ("Statistics", "Статистика", "Омор"),
    },
    "risk_level": {
        "low": ("Low", "Низкий", "Паст"),
        "medium": ("Medium", "Средний", "Миёна"),
        "high": ("High", "Высокий", "Баланд"),
    },
    "follow_up_kind": {
        "plan_action": ("Planned action", "Запланированное действие", "Амали нақшавӣ"),
        "referral_follow_up": ("Referral check", "Проверка направления", "Санҷиши равонакунӣ"),
        "monitoring_visit": ("Monitoring visit", "Мониторинговый визит", "Боздиди мониторинг"),
    },
    "activity_kind": {
        "information_meeting": (
            "Informational meeting",
            "Информационная встреча",
            "Вохӯрии иттилоотӣ",
        ),
        "training": ("Training", "Тренинг", "Омӯзиш"),
    },
    "urgency": {
        "normal": ("Normal", "Обычная", "Муқаррарӣ"),
        "urgent": ("Urgent", "Срочная", "Фаврӣ"),
    },
    "attachment_kind": {
        "id_document": ("Identity document", "Документ личности", "Ҳуҷҷати шахсият"),
        "consent_form": ("Signed consent form", "Подписанное согласие", "Варақаи розигии имзошуда"),
        "handover_certificate": (
            "Handover certificate",
            "Акт приёма-передачи",
            "Санади қабулу супориш",
        ),
        "receipt": ("Receipt", "Чек", "Квитансия"),
        "photo": ("Photo", "Фото", "Акс"),
        "other": ("Other", "Другое", "Дигар"),
    },
}
