"""TLS to the office server against a real PostgreSQL speaking TLS: the profile pins the
server's CA; the right CA connects (verify-full), a wrong CA or another name is refused, and a
server on another computer is never reached without a pinned CA."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import text

from ajo_cases import cli
from ajo_cases.errors import InvalidInput, ServerNotTrusted
from ajo_cases.services.access import server_vault
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.vault import server_profile
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.pg_cluster import OWNER, Cluster, start_cluster
from tests.support import ADMIN, ADMIN_PASSWORD

OFFICE_NAME = "db.office.test"  # the name on the certificate; dialled at 127.0.0.1


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _make_ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    names = [x509.DNSName(OFFICE_NAME), x509.DNSName("localhost"),
             x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]  # fmt: skip
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(OFFICE_NAME))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


class TlsServer:
    def __init__(self, cluster: Cluster, ca_pem: str, wrong_ca_pem: str) -> None:
        self.cluster, self.ca_pem, self.wrong_ca_pem = cluster, ca_pem, wrong_ca_pem

    def url(self, database: str, host: str = OFFICE_NAME) -> str:
        return f"postgresql://{OWNER}@{host}:{self.cluster.port}/{database}?hostaddr=127.0.0.1"


@pytest.fixture(scope="module")
def tls_server(pg_cluster: Cluster) -> Iterator[TlsServer]:
    """A second cluster that speaks TLS with a certificate from a CA made here."""
    ca_key, ca = _make_ca("AJO office test CA")
    _wrong_key, wrong = _make_ca("Someone else's CA")
    cluster = start_cluster(tls=_server_cert(ca_key, ca))
    try:
        yield TlsServer(cluster, _pem(ca), _pem(wrong))
    finally:
        cluster.stop()


@pytest.fixture
def database(tls_server: TlsServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    name = f"tls_{secrets.token_hex(5)}"
    tls_server.cluster.sql(f"CREATE DATABASE {name} OWNER {OWNER}")
    monkeypatch.setenv("PGPASSWORD", tls_server.cluster.owner_password)
    try:
        yield name
    finally:
        tls_server.cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_the_right_ca_connects_with_tls_and_is_pinned_everywhere(
    tmp_path: Path, tls_server: TlsServer, database: str
) -> None:
    office = tmp_path / "office"
    vault, _code = create_server_vault(
        office, tls_server.url(database), ADMIN, ADMIN_PASSWORD, ca_pem=tls_server.ca_pem
    )
    try:
        with vault.engine.connect() as conn:
            encrypted = conn.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
        assert encrypted is True
        written = server_vault.write_connection_file(vault, tmp_path / "office")
    finally:
        vault.close()
    assert json.loads((office / SERVER_PROFILE_FILE).read_text("utf-8"))["ca"] == tls_server.ca_pem
    assert server_profile.read_connection_file(written).ca_pem == tls_server.ca_pem
    laptop = tmp_path / "laptop"
    server_vault.connect(laptop, written)
    profile = server_profile.load(laptop)
    answer = server_vault.prelogin(profile, ADMIN)  # the prelogin login goes over TLS too
    again = open_vault(laptop, ADMIN, ADMIN_PASSWORD)
    try:  # the per-account sign-in: the account's own login, encrypted
        with again.engine.connect() as conn:
            who, encrypted = conn.execute(
                text("SELECT current_user, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
        assert who == answer.login != OWNER and encrypted is True
    finally:
        again.close()


def test_a_wrong_ca_is_refused_with_a_clear_sentence(
    tmp_path: Path, tls_server: TlsServer, database: str
) -> None:
    office = tmp_path / "office"
    with pytest.raises(ServerNotTrusted, match="does not match the CA certificate pinned"):
        create_server_vault(
            office, tls_server.url(database), ADMIN, ADMIN_PASSWORD,
            ca_pem=tls_server.wrong_ca_pem,
        )  # fmt: skip
    assert not (office / SERVER_PROFILE_FILE).exists()
    vault, _code = create_server_vault(
        office, tls_server.url(database), ADMIN, ADMIN_PASSWORD, ca_pem=tls_server.ca_pem
    )
    vault.close()
    # a connection file that pins another CA (someone in between) reaches nothing
    forged = tmp_path / "forged.ajoconnect"
    profile = server_profile.load(office)
    server_profile.write_connection_file(
        forged, server_profile.ServerProfile(profile.url, profile.vault_id,
                                             profile.prelogin_user, profile.prelogin_password,
                                             tls_server.wrong_ca_pem),
    )  # fmt: skip
    with pytest.raises(ServerNotTrusted, match="ask the administrator"):
        server_vault.connect(tmp_path / "laptop", forged)
    assert not (tmp_path / "laptop" / SERVER_PROFILE_FILE).exists()
    data = json.loads((office / SERVER_PROFILE_FILE).read_text("utf-8"))
    data["ca"] = tls_server.wrong_ca_pem
    (office / SERVER_PROFILE_FILE).write_text(json.dumps(data), "utf-8")
    with pytest.raises(ServerNotTrusted):
        open_vault(office, ADMIN, ADMIN_PASSWORD)


def test_a_name_the_certificate_does_not_carry_is_refused(
    tmp_path: Path, tls_server: TlsServer, database: str
) -> None:
    url = tls_server.url(database, host="impostor.office.test")
    with pytest.raises(ServerNotTrusted):
        create_server_vault(tmp_path / "pc", url, ADMIN, ADMIN_PASSWORD, ca_pem=tls_server.ca_pem)


def test_another_computer_without_a_pinned_ca_is_never_reached(
    tmp_path: Path, tls_server: TlsServer, database: str
) -> None:
    url = tls_server.url(database)
    with pytest.raises(ServerNotTrusted, match="must be pinned"):
        create_server_vault(tmp_path / "pc", url, ADMIN, ADMIN_PASSWORD)
    bare = tmp_path / "bare.ajoconnect"
    server_profile.write_connection_file(bare, server_profile.ServerProfile(url, "v" * 32))
    with pytest.raises(ServerNotTrusted, match="must be pinned"):
        server_vault.connect(tmp_path / "laptop", bare)
    # a connection file cannot switch TLS off through the address either
    sneaky = f"{url}&sslmode=disable"
    with pytest.raises(InvalidInput, match="connection options"):
        create_server_vault(tmp_path / "pc2", sneaky, ADMIN, ADMIN_PASSWORD,
                            ca_pem=tls_server.ca_pem)  # fmt: skip


def test_the_command_line_takes_the_ca_file(
    tmp_path: Path, tls_server: TlsServer, database: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", ADMIN_PASSWORD)
    ca_file, wrong_file = tmp_path / "office-ca.pem", tmp_path / "wrong-ca.pem"
    ca_file.write_text(tls_server.ca_pem, "ascii")
    wrong_file.write_text(tls_server.wrong_ca_pem, "ascii")
    office = tmp_path / "office"
    init = ["--data-dir", str(office), "server", "init", "--url", tls_server.url(database),
            "--admin", ADMIN]  # fmt: skip
    assert cli.main(init) == 1
    assert "must be pinned" in capsys.readouterr().err
    assert cli.main([*init, "--ca", str(wrong_file)]) == 1
    assert "does not match the CA certificate pinned" in capsys.readouterr().err
    assert cli.main([*init, "--ca", str(ca_file)]) == 0
    capsys.readouterr()
    out = tmp_path / "join.ajoconnect"
    assert cli.main(["--data-dir", str(office), "server", "profile", "-o", str(out)]) == 0
    assert server_profile.read_connection_file(out).ca_pem == tls_server.ca_pem
    not_pem = tmp_path / "junk.pem"
    not_pem.write_text("hello", "ascii")
    argv = ["--data-dir", str(office), "server", "profile", "-o", str(out), "--ca", str(not_pem)]
    assert cli.main(argv) == 1
    assert "not a PEM certificate" in capsys.readouterr().err


def test_a_pinned_ca_never_falls_back_to_a_server_without_tls(
    tmp_path: Path, tls_server: TlsServer, empty_database: str
) -> None:
    """The session's own cluster speaks no TLS: with a pinned CA it is refused, not used bare."""
    with pytest.raises(ServerNotTrusted, match="does not offer an encrypted connection"):
        create_server_vault(
            tmp_path / "pc", empty_database, ADMIN, ADMIN_PASSWORD, ca_pem=tls_server.ca_pem
        )
