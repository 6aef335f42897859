"""A throwaway PostgreSQL server for the test run (a pytest plugin).

The ``postgres_server`` fixture finds ``initdb`` and ``pg_ctl`` (Debian's
/usr/lib/postgresql/*/bin, or the PATH), creates a cluster in a temporary
directory, starts it on a free loopback port with its unix socket in the same
directory, and stops and deletes it at the end of the session. As root it runs
the server as the ``postgres`` system user, since ``initdb`` refuses root.

Without a server installed the tests that use it are skipped, except on CI
(``CI=true``), where a missing server is a failure: ``scripts/ci_postgres.sh``
installs it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

SUPERUSER = "datamap_admin"
START_ATTEMPTS = 3


def find_bin_dir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``: the newest Debian install, or the PATH."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
        reverse=True,
    )
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


@dataclass(frozen=True)
class PostgresServer:
    """A running test server; ``url()`` builds connection URLs for it."""

    host: str
    port: int
    superuser: str
    password: str
    directory: Path
    bin_dir: Path

    def url(self, user: str | None = None, password: str | None = None, database: str = "postgres") -> str:
        user = user or self.superuser
        secret = f":{quote(password, safe='')}" if password else ""
        return f"postgresql://{user}{secret}@{self.host}:{self.port}/{database}"

    def admin_url(self, database: str = "postgres") -> str:
        return self.url(self.superuser, self.password, database)

    def execute(self, sql: str, database: str = "postgres", params: Any = None) -> list[tuple]:
        """Run SQL as the superuser (autocommit); returns the rows, if any."""
        import psycopg

        with psycopg.connect(self.admin_url(database), autocommit=True) as connection:
            cursor = connection.execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def load(self, script: Path, database: str) -> None:
        """Run an SQL script with ``psql`` (it handles ``COPY … FROM stdin`` data), stopping on error."""
        psql = self.bin_dir / "psql" if (self.bin_dir / "psql").is_file() else shutil.which("psql")
        command = [str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(script), self.admin_url(database)]
        completed = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if completed.returncode != 0:
            raise RuntimeError(f"psql {script.name} failed:\n{completed.stderr}")

    def create_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}"')
        self.execute(f'CREATE DATABASE "{name}"')


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """The account to run the server as: ``postgres`` when running as root, else ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root needs a 'postgres' system user to run the test server")


def _run(command: list[str], account: pwd.struct_passwd | None, cwd: Path) -> None:
    extra: dict[str, Any] = {}
    if account is not None:
        extra = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    completed = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LC_ALL": "C", "LANG": "C"},
        **extra,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed:\n{completed.stdout}{completed.stderr}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of our own for the whole test session."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        message = "PostgreSQL server binaries (initdb, pg_ctl) are not installed; run scripts/ci_postgres.sh"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    account = _server_user()
    directory = Path(tempfile.mkdtemp(prefix="datamap-pg-"))
    password = "admin-" + os.urandom(8).hex()
    (directory / "pwfile").write_text(password + "\n")
    if account is not None:
        os.chown(directory, account.pw_uid, account.pw_gid)
        os.chown(directory / "pwfile", account.pw_uid, account.pw_gid)
    data = directory / "data"
    _run(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            f"--pwfile={directory / 'pwfile'}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        ],
        account,
        directory,
    )
    server = None
    try:
        for attempt in range(START_ATTEMPTS):
            port = _free_port()
            settings = (
                f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c full_page_writes=off -c synchronous_commit=off"
            )
            try:
                _run(
                    [
                        str(bin_dir / "pg_ctl"),
                        "-D",
                        str(data),
                        "-l",
                        str(directory / "log"),
                        "-w",
                        "-t",
                        "60",
                        "-o",
                        settings,
                        "start",
                    ],
                    account,
                    directory,
                )
            except RuntimeError:
                if attempt == START_ATTEMPTS - 1:
                    raise
                continue
            server = PostgresServer("127.0.0.1", port, SUPERUSER, password, directory, bin_dir)
            break
        assert server is not None
        yield server
    finally:
        if server is not None:
            _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], account, directory)
        shutil.rmtree(directory, ignore_errors=True)
