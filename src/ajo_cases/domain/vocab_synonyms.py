"""How people write our fields and codes in the registers they keep: the one table of synonyms.

An office's old Excel register names its columns in Russian, Tajik or English, abbreviated or
with punctuation ("Ф.И.О.", "Санаи таваллуд", "Дата рожд."), and fills them with words rather
than codes ("жен.", "мард", "н. Б. Гафуров", "юр. консультация"). The import proposes a mapping
from these tables together with the vocabulary labels in the three languages (which are not
repeated here: only what a label does not already say).

Matching folds case and script (domain.names.fold), so a synonym is written once in whichever
spelling is usual; "Хуҷанд", "Худжанд" and "Khujand" are the same entry. Field names are the
import columns of docs/import-format.md plus two that a register needs: ``full_name`` (one cell
with family name, given name and patronymic) and ``birth_year``.
"""

from __future__ import annotations

from typing import Final

# Column headers per import field, most specific first.
HEADER_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "ref": (
        "№", "№ п/п", "№ пп", "номер", "номер дела", "№ дела", "рег. №", "регистрационный номер",
        "рақам", "рақами тартибӣ", "рақами парванда", "ref", "no", "case code", "код",
    ),
    "full_name": (
        "ф.и.о.", "фио", "фамилия имя отчество", "фамилия, имя, отчество", "фио получателя",
        "фамилия и имя", "ному насаб", "ном ва насаб", "насаб, ном, номи падар",
        "насаб ном номи падар", "full name", "name", "beneficiary", "получатель помощи",
        "гирандаи кӯмак",
    ),
    "family_name": ("фамилия", "насаб", "family name", "surname", "last name"),
    "given_name": ("имя", "ном", "given name", "first name"),
    "patronymic": ("отчество", "номи падар", "patronymic", "father's name", "middle name"),
    "latin_name": (
        "фио латиницей", "имя латиницей", "ф.и.о. (латиницей)", "ном бо ҳарфҳои лотинӣ",
        "name in latin", "latin name", "name (latin)",
    ),
    "sex": ("пол", "ҷинс", "sex", "gender", "м/ж", "ж/м"),
    "birth_date": (
        "дата рождения", "д.р.", "дата рожд.", "санаи таваллуд", "date of birth", "birth date",
        "dob",
    ),
    "birth_year": ("год рождения", "г.р.", "соли таваллуд", "year of birth", "birth year"),
    "estimated_age": ("возраст", "синну сол", "синнусол", "age", "полных лет"),
    "category": (
        "категория", "категория получателя", "статус получателя", "гурӯҳ", "category",
        "beneficiary category",
    ),
    "citizenship": ("гражданство", "шаҳрвандӣ", "citizenship", "nationality"),
    "district": (
        "район", "город/район", "район проживания", "ноҳия", "шаҳр/ноҳия", "ноҳияи истиқомат",
        "district", "district of origin", "home district",
    ),
    "jamoat": ("джамоат", "ҷамоат", "jamoat", "сельсовет"),
    "address": (
        "адрес", "адрес проживания", "место жительства", "домашний адрес", "суроға",
        "суроғаи истиқомат", "address",
    ),
    "phone": (
        "телефон", "тел.", "контактный телефон", "номер телефона", "моб. телефон",
        "рақами телефон", "phone", "telephone", "mobile",
    ),
    "id_document": (
        "паспорт", "№ паспорта", "паспортные данные", "документ", "удостоверение личности",
        "шиноснома", "ҳуҷҷати шахсият", "passport", "id document",
    ),
    "family_contact": (
        "контакт семьи", "контакты родственников", "родственники", "тамос бо оила",
        "хешовандон", "family contact",
    ),
    "notes": ("примечание", "примечания", "комментарий", "эзоҳ", "қайдҳо", "notes", "comment"),
    "marital_status": ("семейное положение", "вазъи оилавӣ", "marital status"),
    "children_count": (
        "количество детей", "кол-во детей", "дети", "шумораи фарзандон", "фарзандон",
        "children",
    ),
    "education": ("образование", "маълумот", "education"),
    "languages": ("языки", "забонҳо", "languages"),
    "trafficking_status": ("статус жертвы", "статус тл", "мақоми қурбонӣ", "trafficking status"),
    "status_decided_by": ("кем определён статус", "status decided by"),
    "opened_on": (
        "дата обращения", "дата регистрации", "дата поступления", "дата приёма",
        "дата открытия дела", "санаи муроҷиат", "санаи бақайдгирӣ", "санаи қабул",
        "date of registration", "registration date", "date registered", "opened", "дата",
        "сана", "date",
    ),
    "project": ("проект", "лоиҳа", "донор", "project", "donor"),
    "worker": (
        "социальный работник", "соц. работник", "ответственный", "специалист",
        "корманди иҷтимоӣ", "case worker", "worker",
    ),
    "identification_source": (
        "кем выявлен", "кем направлен", "источник", "кто направил", "манбаъ", "identified by",
        "identification source", "referred by",
    ),
    "risk_level": ("уровень риска", "риск", "сатҳи хатар", "risk", "risk level"),
    "status": ("статус дела", "состояние дела", "ҳолати парванда", "case status", "status"),
    "closed_on": ("дата закрытия", "санаи пӯшидан", "closed on", "date closed", "closed"),
    "closure_reason": ("причина закрытия", "сабаби пӯшидан", "closure reason"),
    "exploitation_types": (
        "вид эксплуатации", "форма эксплуатации", "виды эксплуатации", "намуди истисмор",
        "type of exploitation", "exploitation",
    ),
    "country_exploitation": (
        "страна эксплуатации", "страна миграции", "страна пребывания", "страна",
        "кишвари истисмор", "кишвари муҳоҷират", "кишвар", "country of exploitation",
        "country of migration", "country",
    ),
    "country_recruitment": ("страна вербовки", "кишвари ҷалб", "country of recruitment"),
    "assistance_type": (
        "вид помощи", "виды помощи", "оказанная помощь", "вид услуги", "услуги", "помощь",
        "намуди кӯмак", "кӯмаки расонидашуда", "хизматрасонӣ", "кӯмак",
        "type of assistance", "assistance", "services",
    ),
    "assistance_date": (
        "дата оказания помощи", "дата помощи", "дата услуги", "санаи кӯмак",
        "assistance date", "date of assistance",
    ),
    "assistance_cost": (
        "стоимость", "сумма", "стоимость помощи", "арзиш", "маблағ", "cost", "amount",
    ),
    "assistance_currency": ("валюта", "асъор", "currency"),
    "assistance_note": ("примечание к помощи", "описание помощи", "assistance note"),
}  # fmt: skip

# Words and abbreviations per vocabulary (as named in the label tables), beyond the labels.
VALUE_SYNONYMS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "sex": {
        "female": ("ж", "жен", "женский", "женщина", "девочка", "зан", "занона", "духтар",
                   "f", "w", "woman", "girl"),
        "male": ("м", "муж", "мужской", "мужчина", "мальчик", "мард", "мардона", "писар",
                 "m", "man", "boy"),
        "other_unknown": ("не указан", "неизвестно", "номаълум", "unknown", "other"),
    },
    "category": {
        "victim_of_trafficking": (
            "жтл", "жертва тл", "жертва торговли людьми", "жертва торговли", "пострадавший от тл",
            "қурбонӣ", "қурбонии савдо", "vot", "victim", "victim of trafficking", "thb victim",
        ),
        "vulnerable_migrant": ("уязвимый", "уязвимый мигрант", "осебпазир", "vulnerable"),
        "returnee_migrant": (
            "вернувшийся", "мигрант-возвращенец", "возвращенец", "возвратный мигрант",
            "депортированный", "бозгашта", "муҳоҷири бозгашта", "returnee", "returned migrant",
        ),
        "migrant_family_member": (
            "семья мигранта", "член семьи мигранта", "жена мигранта", "аъзои оила",
            "оилаи муҳоҷир", "family member", "migrant family",
        ),
        "other": ("другое", "прочее", "прочие", "дигар", "other"),
    },
    "district": {
        "khujand": ("худжанд", "хуҷанд", "ленинабад", "khujand", "khodjent"),
        "b_gafurov": ("б гафуров", "бободжон гафуров", "гафуров", "гафуровский", "b gafurov",
                      "bobojon gafurov", "gafurov"),
        "j_rasulov": ("дж расулов", "ҷ расулов", "джаббор расулов", "расулов", "расуловский",
                      "пролетарск", "j rasulov", "jabbor rasulov", "rasulov"),
        "spitamen": ("спитамен", "спитаменский", "нау", "spitamen"),
        "istaravshan": ("истаравшан", "истравшан", "ура-тюбе", "уротеппа", "istaravshan"),
        "shahristan": ("шахристан", "шаҳристон", "шахристанский", "shahriston"),
        "zafarobod": ("зафарабад", "зафаробод", "зафарабадский", "zafarabad"),
        "mastchoh": ("матча", "мастчоҳ", "матчинский", "mastchoh", "matcha"),
        "asht": ("ашт", "аштский", "asht"),
        "kanibadam": ("канибадам", "конибодом", "канибадамский", "konibodom"),
        "isfara": ("исфара", "исфаринский", "isfara"),
        "ayni": ("айни", "айнӣ", "айнинский", "ayni"),
        "penjikent": ("пенджикент", "панҷакент", "пенджикентский", "panjakent", "penjikent"),
        "guliston": ("гулистон", "кайраккум", "қайроққум", "guliston", "kayrakkum"),
        "buston": ("бустон", "бӯстон", "чкаловск", "buston", "chkalovsk"),
        "istiqlol": ("истиклол", "истиқлол", "табошар", "istiklol", "taboshar"),
        "devashtich": ("деваштич", "ганчи", "ғончӣ", "devashtich", "ganchi"),
        "kuhistoni_mastchoh": ("горная матча", "кӯҳистони мастчоҳ", "kuhistoni mastchoh"),
        "outside_sughd": ("другой регион", "за пределами согда", "берун аз суғд", "душанбе",
                          "хатлон", "ррп", "гбао", "dushanbe", "khatlon"),
    },
    "assistance_type": {
        "accommodation": ("приют", "проживание", "размещение", "жильё", "паноҳгоҳ",
                          "shelter"),
        "food_nfi": ("продукты", "продуктовый набор", "гигиенический набор", "продукты питания",
                     "хӯрок", "ашё", "food", "nfi"),
        "medical": ("мед", "медицинская", "медпомощь", "лечение", "медобследование", "тиббӣ",
                    "medical", "health"),
        "psychological": ("психологическая", "психолог", "консультация психолога",
                          "психосоциальная", "равонӣ", "psychological", "counselling"),
        "social": ("соц", "социальная", "социальное сопровождение", "иҷтимоӣ", "social"),
        "legal": ("юр", "юридическая", "юрид", "юрист", "консультация юриста",
                  "правовая", "ҳуқуқӣ", "legal"),
        "documentation": ("документы", "восстановление документов", "оформление документов",
                          "паспорт", "ҳуҷҷатҳо", "documents"),
        "return_transport": ("возвращение", "возвращение на родину", "проезд", "билет",
                             "транспорт", "бозгашт", "return", "transport"),
        "family_tracing": ("поиск семьи", "поиск родственников", "ҷустуҷӯи оила"),
        "vocational_training": ("профобучение", "проф обучение", "курсы", "омӯзиши касбӣ",
                                "vocational"),
        "education": ("обучение в школе", "таҳсил", "school"),
        "financial_literacy": ("фин грамотность", "финансовая грамотность",
                               "саводнокии молиявӣ", "financial literacy"),
        "business_training": ("бизнес-тренинг", "бизнес тренинг", "тренинг по бизнесу",
                              "омӯзиши соҳибкорӣ", "business training"),
        "cash_support": ("денежная помощь", "деньги", "наличные", "материальная помощь",
                         "кӯмаки пулӣ", "cash"),
        "in_kind_support": ("натурой", "оборудование", "кӯмаки ғайринақдӣ", "in kind",
                            "equipment"),
        "other": ("другое", "прочее", "дигар", "other"),
    },
    "country": {
        "RU": ("рф", "россия", "российская федерация", "russia", "russian federation", "русия"),
        "KZ": ("рк", "казахстан", "kazakhstan"),
        "TR": ("турция", "turkey", "türkiye"),
        "AE": ("оаэ", "дубай", "uae", "dubai", "united arab emirates"),
        "UZ": ("узбекистан", "uzbekistan"),
        "KG": ("кыргызстан", "киргизия", "kyrgyzstan"),
        "TJ": ("таджикистан", "рт", "tajikistan"),
        "KR": ("корея", "южная корея", "korea", "south korea"),
    },
    "marital_status": {
        "single": ("холост", "не замужем", "незамужняя", "холостой", "муҷаррад", "single"),
        "married": ("женат", "замужем", "оиладор", "married"),
        "religious_marriage_only": ("никох", "никоҳ", "nikoh"),
        "divorced": ("разведен", "разведена", "ҷудошуда", "divorced"),
        "widowed": ("вдова", "вдовец", "бева", "widow", "widower"),
    },
    "exploitation_type": {
        "forced_labour": ("трудовая эксплуатация", "принудительный труд", "трудовая",
                          "меҳнати маҷбурӣ", "labour", "labor", "forced labor"),
        "sexual_exploitation": ("сексуальная эксплуатация", "сексуальная",
                                "истисмори ҷинсӣ", "sexual"),
        "forced_marriage": ("принудительный брак", "никоҳи маҷбурӣ"),
        "forced_begging": ("попрошайничество", "гадоӣ", "begging"),
        "domestic_servitude": ("домашнее рабство", "домашняя работа"),
        "organ_removal": ("изъятие органов", "organs"),
    },
    "case_status": {
        "open": ("открыто", "открыт", "новое", "кушода", "new"),
        "active": ("в работе", "активно", "фаъол", "in progress"),
        "follow_up": ("мониторинг", "сопровождение", "пайгирӣ", "monitoring"),
        "closed": ("закрыто", "закрыт", "пӯшида", "closed"),
    },
    "identification_source": {
        "police": ("милиция", "мвд", "овд", "полиция", "милитсия"),
        "iom": ("мом", "ммм", "iom"),
        "hotline": ("горячая линия", "хати боварӣ", "hotline"),
        "self": ("сам", "самообращение", "самостоятельно", "худаш", "self"),
        "ngo": ("нпо", "оо", "ташкилоти ҷамъиятӣ", "ngo"),
        "consulate": ("консульство", "посольство", "консулгарӣ"),
        "border_service": ("погранслужба", "пограничники", "сарҳадбонӣ"),
    },
    "currency": {
        "TJS": ("сомони", "сом", "смн", "сомонӣ", "somoni"),
        "USD": ("доллар", "долл", "$", "dollar"),
        "EUR": ("евро", "€", "euro"),
    },
}  # fmt: skip

# Words around a district name that say "town", "district", "region": left out when matching.
PLACE_WORDS: Final = (
    "г", "гор", "город", "ш", "шаҳри", "шаҳр", "н", "ноҳияи", "ноҳия", "р", "р-н", "рн",
    "район", "раён", "district", "city", "town", "of", "вилояти", "область", "обл", "согд",
    "суғд", "sughd",
)  # fmt: skip

# A row that starts with one of these is a register's total line, not a person.
TOTAL_WORDS: Final = ("итого", "всего", "ҳамагӣ", "ҳамаги", "ҷамъ", "total")
