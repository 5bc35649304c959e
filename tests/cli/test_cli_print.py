"""`print case|referral|handover`: files written, languages, sections, roles, exit codes."""

import pytest

from ajo_cases import cli
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import grants
from tests.reports import pdfcheck
from tests.reports.casebuilder import TAJIK, build_case
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"


@pytest.fixture
def env(monkeypatch, vault_dir):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    return vault_dir


@pytest.fixture
def built(env):
    vault = open_vault(env, ADMIN, ADMIN_PASSWORD)
    try:
        made = build_case(vault)
        users.add_user(vault, "boss", "manager", PW)
    finally:
        vault.close()
    return made


def test_print_case_summary(built, tmp_path, capsys):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "summary.pdf"
    code = cli.main(["print", "case", built.code, "-o", str(out), "--lang", "ru"])
    assert code == 0
    captured = capsys.readouterr()
    assert "not encrypted" in captured.err and str(out) in captured.out
    text = pdfcheck.full_text(out.read_bytes())
    assert "Сводка по делу" in text and TAJIK.family_name in text
    assert [p.name for p in out.parent.iterdir()] == ["summary.pdf"]  # no temp or .bak left
    assert cli.main(["print", "case", built.code, "-o", str(out)]) == 0  # overwrite
    assert [p.name for p in out.parent.iterdir()] == ["summary.pdf"]


def test_sections_pick_what_is_printed(built, tmp_path):
    out = tmp_path / "s.pdf"
    args = ["print", "case", built.code, "-o", str(out), "--lang", "en"]
    assert cli.main([*args, "--sections", "assistance,follow_ups"]) == 0
    text = pdfcheck.full_text(out.read_bytes())
    assert "Assistance" in text and "Follow-up" in text and TAJIK.family_name not in text


def test_unknown_section_is_a_user_error(built, tmp_path, capsys):
    out = tmp_path / "s.pdf"
    assert cli.main(["print", "case", built.code, "-o", str(out), "--sections", "diary"]) == 1
    assert "unknown section" in capsys.readouterr().err and not out.exists()


def test_print_referral_and_handover(built, tmp_path):
    ref, hand = tmp_path / "r.pdf", tmp_path / "h.pdf"
    assert cli.main(["print", "referral", built.referral_id, "-o", str(ref)]) == 0
    assert "Варақаи равонакунӣ" in pdfcheck.full_text(ref.read_bytes())  # Tajik by default
    assert cli.main(["print", "handover", built.grant_id, "-o", str(hand), "--lang", "en"]) == 0
    assert "Handover certificate" in pdfcheck.full_text(hand.read_bytes())


def test_handover_by_case_code_needs_exactly_one_grant(built, env, tmp_path, capsys):
    out = tmp_path / "h.pdf"
    assert cli.main(["print", "handover", built.code, "-o", str(out)]) == 0
    vault = open_vault(env, ADMIN, ADMIN_PASSWORD)
    try:
        grants.create_grant(vault, built.case_id, grants.GrantForm("bakery", "Нонпазӣ"))
    finally:
        vault.close()
    assert cli.main(["print", "handover", built.code, "-o", str(out)]) == 1
    assert "has 2 grants" in capsys.readouterr().err


def test_manager_is_refused(built, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("AJO_CASES_USER", "boss")
    monkeypatch.setenv("AJO_CASES_PASSWORD", PW)
    out = tmp_path / "m.pdf"
    assert cli.main(["print", "case", built.code, "-o", str(out)]) == 1
    assert "personal data" in capsys.readouterr().err and not out.exists()


def test_unknown_case_and_bad_language(built, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert cli.main(["print", "case", "SH-2026-0999", "-o", str(out)]) == 1
    assert "no case SH-2026-0999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        cli.main(["print", "case", built.code, "-o", str(out), "--lang", "de"])
    assert exit_.value.code == 2


def test_letterhead_is_set_by_the_admin_and_printed(built, tmp_path, capsys):
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (60, 30), (20, 90, 150)).save(logo)
    args = ["letterhead", "--name", "Ҷамъияти «Ҳаёти нав»", "--address", "ш. Хуҷанд\\nкӯчаи 5"]
    assert cli.main([*args, "--logo", str(logo)]) == 0
    assert "PNG" in capsys.readouterr().out
    out = tmp_path / "h.pdf"
    assert cli.main(["print", "handover", built.grant_id, "-o", str(out)]) == 0
    text = pdfcheck.full_text(out.read_bytes())
    assert "Ҷамъияти «Ҳаёти нав»" in text and "кӯчаи 5" in text
    assert cli.main(["letterhead", "--no-logo"]) == 0
    assert "logo:    none" in capsys.readouterr().out


def test_letterhead_changes_are_for_the_admin(built, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_USER", "boss")
    monkeypatch.setenv("AJO_CASES_PASSWORD", PW)
    assert cli.main(["letterhead"]) == 0  # anyone may look
    assert cli.main(["letterhead", "--name", "Other"]) == 1
