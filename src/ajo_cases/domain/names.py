"""Name folding and transliteration between Tajik/Russian Cyrillic and Latin spellings.

fold() turns any spelling into a search key in two steps: Cyrillic letters become a Latin
skeleton, then Latin spellings that staff use interchangeably collapse into one class
(dzh/dj/j/ch -> j, kh/h/x -> x, gh/g -> g, q/k/c -> k, y/i -> i, w -> v), doubled letters
collapse, and case, diacritics, hyphens and apostrophes are dropped. Cyrillic ҳ goes
straight to "x", never "h", so that "Исҳоқ" and "Исхоқ" both give "isxok" rather than one of
them turning into "sh". The key is a fixed point: fold(fold(s)) == fold(s).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

_APOSTROPHES: Final = "'`´ʹʻʼʽʾʿ‘’‛′"
_HYPHENS: Final = "-‐‑‒–—―"

# Cyrillic (lower case after casefold) -> Latin skeleton that the Latin step understands.
_CYRILLIC_SKELETON: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ӯ": "u", "ф": "f", "х": "kh", "ҳ": "x", "ц": "ts", "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Uzbek, Kyrgyz, Kazakh and Ukrainian letters that turn up in migrants' papers.
    "ў": "o", "ң": "ng", "ө": "o", "ү": "u", "ұ": "u", "ә": "a", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "һ": "x",
}  # fmt: skip

_FOLD_TABLE: Final = str.maketrans(
    {
        **_CYRILLIC_SKELETON,
        **{char: "" for char in _APOSTROPHES + _HYPHENS},
    }
)

# Applied after the digraphs are replaced by upper-case placeholders (input is casefolded,
# so upper-case ASCII can only be a placeholder here).
_LATIN_TABLE: Final = str.maketrans(
    {"h": "x", "q": "k", "c": "k", "y": "i", "w": "v", "S": "sh", "Z": "zh", "J": "j"}
)
_DIGRAPHS: Final[tuple[tuple[str, str], ...]] = (
    ("shch", "S"),
    ("sch", "S"),
    ("sh", "S"),
    ("dzh", "J"),
    ("zh", "Z"),
    ("ch", "J"),
    ("kh", "x"),
    ("gh", "g"),
)
# Uzbek Latin writes s'h, k'h... for two separate sounds; keep them apart from sh, kh.
_SPLIT_H_RE: Final = re.compile(f"(?<=[szkgch])[{_APOSTROPHES}]h")
_D_BEFORE_J_RE: Final = re.compile(r"d+j")
_NON_WORD_RE: Final = re.compile(r"[\W_]+")
_REPEAT_RE: Final = re.compile(r"(.)\1+")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _fold_latin(text: str) -> str:
    for digraph, placeholder in _DIGRAPHS:
        if digraph in text:
            text = text.replace(digraph, placeholder)
    text = text.translate(_LATIN_TABLE)
    if "dj" in text:
        text = _D_BEFORE_J_RE.sub("j", text)
    return text


def fold(text: str) -> str:
    """Search key for a name in any script; equal keys mean "same name, other spelling"."""
    ascii_only = text.isascii()
    text = text.lower() if ascii_only else unicodedata.normalize("NFKC", text).casefold()
    text = _SPLIT_H_RE.sub("x", text)
    text = text.translate(_FOLD_TABLE)
    if not text.isascii():
        # Diacritics go; a Cyrillic letter that only now lost its mark gets transliterated.
        text = _strip_marks(text).translate(_FOLD_TABLE).casefold()
    # Collapse doubles before and after the Latin step: before, so "dzzh" reads as "dzh";
    # after, for letters that only became equal there ("yi" -> "ii").
    text = _fold_latin(_REPEAT_RE.sub(r"\1", text))
    text = _NON_WORD_RE.sub(" ", text)
    text = _REPEAT_RE.sub(r"\1", text)
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    """Folded words of a name, in order."""
    return fold(text).split()


def _query_variants(token: str, raw_query: str) -> tuple[str, ...]:
    # While someone is still typing "Dzh", "Kh" or "Ch", the unfinished digraph folds to a
    # different class than the finished one; accept both, for the last word only.
    raw = raw_query.lower()
    if raw.endswith("dz") and token.endswith("dz"):
        return (token, token[:-2] + "j")
    if raw.endswith("d") and token.endswith("d"):
        return (token, token[:-1] + "j")
    if raw.endswith("k") and token.endswith("k"):
        return (token, token[:-1] + "x")
    if raw.endswith("c") and token.endswith("k"):
        return (token, token[:-1] + "j")
    return (token,)


def _assign(
    queries: Sequence[tuple[str, ...]], words: Sequence[str], used: set[int], start: int = 0
) -> bool:
    if start == len(queries):
        return True
    for index, word in enumerate(words):
        if index in used:
            continue
        if any(word.startswith(variant) for variant in queries[start]):
            used.add(index)
            if _assign(queries, words, used, start + 1):
                return True
            used.discard(index)
    return False


def prepare_query(query: str) -> tuple[tuple[str, ...], ...]:
    """Fold a search query once, for matching against many pre-folded names.

    Each entry holds the accepted forms of one query word; empty when there is nothing to
    search for.
    """
    query_words = tokens(query)
    if not query_words:
        return ()
    variants: list[tuple[str, ...]] = [(word,) for word in query_words[:-1]]
    variants.append(_query_variants(query_words[-1], query.rstrip()))
    # Longest first: a long query word has fewer candidates, so backtracking stays shallow.
    variants.sort(key=lambda options: -len(options[0]))
    return tuple(variants)


def matches_tokens(prepared: Sequence[tuple[str, ...]], name_words: Sequence[str]) -> bool:
    """matches() on a prepared query and the name's tokens (as kept in a search index)."""
    if not prepared or len(prepared) > len(name_words):
        return False
    return _assign(prepared, name_words, set())


def matches(query: str, name: str) -> bool:
    """Every query word is the start of a different word of the name, in any order.

    An empty query matches nothing, so an empty search box lists nothing by accident.
    """
    return matches_tokens(prepare_query(query), tokens(name))


# Readable Tajik-standard Latin, as staff and passports write names.
_TO_LATIN: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ӯ": "u", "ф": "f", "х": "kh", "ҳ": "h", "ц": "ts", "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "shch",
    "ъ": "'", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "o'", "ң": "ng",
    "ө": "o", "ү": "u", "ұ": "u", "ә": "a", "і": "i", "һ": "h",
}  # fmt: skip


def _is_upper_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha() and text[index].isupper()


# After these letters ҳ is written 'h (as in Uzbek "Is'hoq"), so that с+ҳ does not read as ш
# and ш+ҳ not as a doubled h.
_APART_BEFORE_H: Final = frozenset("сзкгжшхчщғСЗКГЖШХЧЩҒ")


def transliterate_to_latin(text: str) -> str:
    """Tajik/Russian Cyrillic to readable Latin: "Ҷамшед Қодиров" -> "Jamshed Qodirov"."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for index, char in enumerate(text):
        lower = char.lower()
        latin = _TO_LATIN.get(lower)
        if lower == "ҳ" and index > 0 and text[index - 1] in _APART_BEFORE_H:
            latin = "'h"
        if latin is None:
            out.append(char)
        elif char == lower or not latin:
            out.append(latin)
        elif _is_upper_letter(text, index + 1) or (
            not text[index + 1 : index + 2].isalpha() and _is_upper_letter(text, index - 1)
        ):
            out.append(latin.upper())  # "ШАРИПОВА" -> "SHARIPOVA"
        else:
            out.append(latin.capitalize())  # "Шарипова" -> "Sharipova"
    return "".join(out)


_TO_CYRILLIC: Final[dict[str, str]] = {
    "shch": "щ", "dzh": "ҷ", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "gh": "ғ",
    "yo": "ё", "yu": "ю", "ya": "я", "ye": "е", "o'": "ӯ", "g'": "ғ", "ī": "ӣ", "ū": "ӯ",
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ",
    "i": "и", "j": "ҷ", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
    "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "х",
    "y": "й", "z": "з", "'": "ъ", "'h": "ҳ", "g'h": "гҳ",
}  # fmt: skip
_LATIN_TOKEN_RE: Final = re.compile(
    "|".join(sorted((re.escape(key) for key in _TO_CYRILLIC), key=len, reverse=True)),
    re.IGNORECASE,
)
_APOSTROPHE_TO_ASCII: Final = str.maketrans({char: "'" for char in _APOSTROPHES})


def _to_cyrillic(match: re.Match[str]) -> str:
    source = match.group()
    cyrillic = _TO_CYRILLIC[source.lower()]
    start = match.start()
    previous = match.string[start - 1] if start else ""
    if source.lower() == "'h" and previous.lower() not in "szkgch":
        cyrillic = "ъҳ"  # an apostrophe that is a glottal stop, then h
    if source in ("e", "E") and not previous.isalpha():
        cyrillic = "э"  # Tajik writes a word-initial e as э ("Эргаш")
    letters = source.replace("'", "")
    return cyrillic.upper() if letters and letters[0].isupper() else cyrillic


def transliterate_to_cyrillic(text: str) -> str:
    """Best-effort Latin to Tajik Cyrillic: "Jamshed Qodirov" -> "Ҷамшед Қодиров"."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHE_TO_ASCII)
    return _LATIN_TOKEN_RE.sub(_to_cyrillic, text)
