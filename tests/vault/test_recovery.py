import re

import pytest

from ajo_cases.vault import recovery


def test_code_is_grouped_with_checksum():
    code = recovery.generate()
    assert re.fullmatch(r"([0-9A-Z]{5}-){5}[0-9A-Z]{5}", code)
    assert recovery.normalise(code) == code.replace("-", "")


def test_codes_differ():
    assert len({recovery.generate() for _ in range(50)}) == 50


def test_tolerates_case_spaces_and_lookalikes():
    code = recovery.generate()
    messy = " ".join(code.lower().split("-")).replace("0", "o").replace("1", "l")
    assert recovery.normalise(messy) == recovery.normalise(code)


def test_typo_is_caught_by_checksum():
    code = recovery.generate()
    first = code[0]
    replacement = "A" if first != "A" else "B"
    with pytest.raises(recovery.RecoveryCodeInvalid):
        recovery.normalise(replacement + code[1:])


@pytest.mark.parametrize("bad", ["", "ABC", "ZZZZZ-" * 6, "ÄÖÜ"])
def test_malformed_codes_refused(bad):
    with pytest.raises(recovery.RecoveryCodeInvalid):
        recovery.normalise(bad)
