"""A smaller ICU data library for the Linux build: Qt Core links ICU, whose data library is 31 MB.

Qt uses ICU in this application only for collation (QCollator, locale-aware sorting) and case
mapping; locale display names, currencies, units, time-zone names, transliteration, number
spelling and the legacy character-set tables are never read (the app
works in UTF-8). This keeps the collation data and the core files and drops the rest with ICU's
own `icupkg` (Debian: icu-devtools), then wraps the smaller package as a shared library with
the same soname and data symbol. Without icupkg or a C compiler the build keeps the full library.

    python packaging/trim_icu.py SRC_LIBICUDATA OUT_DIR    -> prints the path of the new library
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Item folders (and root file kinds) of the ICU package that nothing here loads.
DROP_FOLDERS = ("unit/", "curr/", "lang/", "region/", "zone/", "translit/", "rbnf/")
DROP_SUFFIXES = (".cnv",)  # character-set tables
# Locale data files at the root are for ICU's own formatting (Qt has its own CLDR data); the
# root, the languages of the app and the index stay.
KEEP_ROOT_RES = re.compile(r"^(root|en|en_US|en_US_POSIX|ru|ru_RU|tg|tg_TJ|res_index|pool|"
                           r"supplementalData|likelySubtags|metadata|zoneinfo64|timezoneTypes|"
                           r"metaZones|windowsZones|keyTypeData|icuver|icustd|numberingSystems|"
                           r"plurals|dayPeriods|grammaticalFeatures|genderList|"
                           r"units|pluralRanges|cnvalias|langInfo)\.res$")  # fmt: skip


def dropped(item: str) -> bool:
    if item.startswith(DROP_FOLDERS) or item.endswith(DROP_SUFFIXES):
        return True
    return "/" not in item and item.endswith(".res") and not KEEP_ROOT_RES.match(item)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is missing")
    return found


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (the package is one read-only symbol)."""
    symbols = subprocess.run([tool("nm"), "-D", "-S", str(library)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    for line in symbols.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3].startswith("icudt") and parts[3].endswith("_dat"):
            address, size = int(parts[0], 16), int(parts[1], 16)
            break
    else:
        raise RuntimeError("no ICU data symbol")
    sections = subprocess.run([tool("readelf"), "-S", "-W", str(library)], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
    for line in sections.splitlines():
        match = re.search(r"\.rodata\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            section_address, section_offset = int(match[1], 16), int(match[2], 16)
            return parts[3], address - section_address + section_offset, size
    raise RuntimeError("no .rodata section")


def trim(library: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = data_symbol(library)
    package = out / f"{symbol[:-4]}l.dat"
    with library.open("rb") as source:
        source.seek(offset)
        package.write_bytes(source.read(size))
    items = subprocess.run([tool("icupkg"), "-l", str(package)], capture_output=True, text=True,
                           check=True).stdout.split()  # fmt: skip
    drop_list = out / "drop.txt"
    drop_list.write_text("\n".join(item for item in items if dropped(item)) + "\n")
    subprocess.run([tool("icupkg"), "-r", str(drop_list), str(package)], check=True)
    assembly = out / "icudata.S"
    assembly.write_text(
        f".section .rodata\n.balign 16\n.globl {symbol}\n.type {symbol}, @object\n"
        f'{symbol}:\n.incbin "{package.name}"\n.size {symbol}, . - {symbol}\n'
        '.section .note.GNU-stack,"",@progbits\n'
    )
    soname = library.name
    target = out / soname
    subprocess.run([tool("cc"), "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target),
                    assembly.name], cwd=out, check=True)  # fmt: skip
    return target


def main(argv: list[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    if not all(shutil.which(name) for name in ("icupkg", "cc", "nm", "readelf")):
        print(source)
        return 0
    print(trim(source, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
