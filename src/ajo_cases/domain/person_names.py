"""Splitting a full name from one register cell into family name, given name and patronymic.

Registers here write names the Russian way, "Фамилия Имя Отчество" (Қодиров Ҷамшед
Раҳимович), but also given name first ("Jamshed Qodirov", usual in Latin letters), with the
Tajik patronymic phrase "ибни Раҳим" / "духтари Раҳим" (son / daughter of), or the Uzbek
"Раҳим ўғли" / "Раҳим қизи". Family names are recognised by their endings: -ов/-ова, -ев/-ева,
-зода/-заде, -ский/-ская and the same in Latin letters; patronymics by -вич/-вна/-ична.
When nothing tells the order, the register order "family name first" is taken and the split is
marked uncertain, so the import's dry run can show it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

# Words that make a patronymic out of the father's name, before it (Tajik, Arabic) or after it
# (Uzbek, Azeri, Kyrgyz).
_BEFORE_FATHER: Final = frozenset(
    {"ибни", "ибн", "бинти", "бинт", "духтари", "писари", "ibni", "ibn", "binti", "duxtari",
     "dukhtari", "pisari"}
)  # fmt: skip
_AFTER_FATHER: Final = frozenset(
    {"угли", "уғли", "ўғли", "оглы", "огли", "ўгли", "кизи", "қизи", "гызы", "кызы", "qizi",
     "kizi", "ugli", "ogli", "o'g'li", "oʻgʻli", "uulu", "уулу"}
)  # fmt: skip
_PATRONYMIC_END: Final = ("вич", "вна", "ична", "инична", "vich", "vna", "ichna")
_FAMILY_END: Final = (
    "ов", "ова", "ев", "ева", "ёв", "ёва", "зода", "зоде", "заде", "ский", "ская", "цкий",
    "цкая", "енко", "ova", "ov", "ev", "eva", "yov", "yova", "zoda", "zade", "skiy", "skaya",
    "enko",
)  # fmt: skip
# Tajik family names in -ӣ (Саидӣ) are not a hint: given names end so too (Алӣ, Эмомалӣ).
_SPACES: Final = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NameParts:
    family: str | None
    given: str | None
    patronymic: str | None
    certain: bool  # False: the order was assumed (family name first), not recognised


def _lower(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold().strip(".,;")


def _family_score(word: str) -> int:
    low = _lower(word)
    return 1 if len(low) > 3 and low.endswith(_FAMILY_END) else 0


def _is_patronymic(word: str) -> bool:
    low = _lower(word)
    return len(low) > 4 and low.endswith(_PATRONYMIC_END)


def _join_patronymic_phrases(words: list[str]) -> tuple[list[str], str | None]:
    """Takes out "ибни Раҳим" / "Раҳим қизи" and returns the remaining words and the phrase."""
    for index, word in enumerate(words):
        low = _lower(word)
        if low in _BEFORE_FATHER and index + 1 < len(words):
            phrase = " ".join(words[index : index + 2])
            return words[:index] + words[index + 2 :], phrase
        if low in _AFTER_FATHER and index > 0:
            phrase = " ".join(words[index - 1 : index + 1])
            return words[: index - 1] + words[index + 1 :], phrase
    return words, None


def split_full_name(text: str) -> NameParts:
    """Family name, given name(s) and patronymic from one cell, as they are written."""
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace(",", " ")).strip()
    words = [w for w in cleaned.split(" ") if w.strip(".")]
    words, patronymic = _join_patronymic_phrases(words)
    if patronymic is None and len(words) >= 3:
        if _is_patronymic(words[-1]):
            patronymic = words.pop()
        elif _is_patronymic(words[1]) and _family_score(words[-1]) > _family_score(words[0]):
            # "Jamshed Rahimovich Qodirov": given name, patronymic, family name
            patronymic = words.pop(1)
    if not words:
        return NameParts(None, None, patronymic, patronymic is None)
    if len(words) == 1:
        only = words[0]
        if _family_score(only):
            return NameParts(only, None, patronymic, True)
        return NameParts(None, only, patronymic, False)
    first, last = _family_score(words[0]), _family_score(words[-1])
    if last > first:
        return NameParts(words[-1], " ".join(words[:-1]), patronymic, True)
    certain = first > last or patronymic is not None
    return NameParts(words[0], " ".join(words[1:]), patronymic, certain)


def is_latin(text: str) -> bool:
    """Written in Latin letters (no Cyrillic letter in it)."""
    return not any("CYRILLIC" in unicodedata.name(ch, "") for ch in text if ch.isalpha())
