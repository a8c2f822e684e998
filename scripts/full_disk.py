"""A small file system of the database's own, to fill to the last byte and free again.

Used by ``scripts/faults.py full``. A tmpfs of a few megabytes is mounted (this needs
root, as CI has); SQLite keeps its file there, PostgreSQL a tablespace holding a database
of its own (its write-ahead log stays on the server's disk, as on a server whose data
volume fills up). Filling it makes every write that needs a new page fail the way a full
disk does; freeing it lets them through again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import urllib.parse
from pathlib import Path

NAME = "tracker_full_disk"  # the PostgreSQL tablespace and database


class SmallDisk:
    def __init__(self, path: Path, megabytes: int):
        self.path, self.megabytes = path, megabytes
        self.filler = path / "filler"
        self.admin_url = ""  # the PostgreSQL server's own database, when there is one
        self.sqlite_file: Path | None = None

    def __enter__(self) -> SmallDisk:
        if os.geteuid() != 0:
            raise SystemExit("faults.py full mounts a tmpfs, which needs root (CI runs as root)")
        self.path.mkdir(parents=True, exist_ok=True)
        options = f"size={self.megabytes}m,mode=0755"
        subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(self.path)], check=True)
        return self

    def __exit__(self, *exc) -> None:
        if self.admin_url:
            self._postgres(f"DROP DATABASE IF EXISTS {NAME} WITH (FORCE)")
            self._postgres(f"DROP TABLESPACE IF EXISTS {NAME}")
        subprocess.run(["umount", "--lazy", str(self.path)], check=False)

    def database_url(self, server_url: str | None) -> str:
        """Where the database lives: a SQLite file on the disk, or (given a PostgreSQL
        server's URL) a database of its own in a tablespace on the disk."""
        if not server_url:
            self.sqlite_file = self.path / "db.sqlite3"
            return f"sqlite:///{self.sqlite_file}"
        self.admin_url = server_url
        self.path.parent.chmod(0o755)  # the server runs as postgres: let it reach the disk
        space = self.path / "postgres"
        space.mkdir()
        shutil.chown(space, "postgres", "postgres")
        self._postgres(f"DROP DATABASE IF EXISTS {NAME} WITH (FORCE)")
        self._postgres(f"DROP TABLESPACE IF EXISTS {NAME}")
        self._postgres(f"CREATE TABLESPACE {NAME} LOCATION '{space}'")
        self._postgres(f"CREATE DATABASE {NAME} TABLESPACE {NAME}")
        return urllib.parse.urlsplit(server_url)._replace(path=f"/{NAME}").geturl()

    def empty_wal(self) -> None:
        """On SQLite, an empty write-ahead log: the next write must grow it."""
        if self.sqlite_file:
            with contextlib.closing(sqlite3.connect(self.sqlite_file, timeout=30)) as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def fill(self) -> None:
        """Write until the file system refuses the last byte. Called again and again while
        the disk is to stay full, it takes whatever was freed, as a growing log would."""
        with self.filler.open("ab", buffering=0) as out:
            for size in (1 << 20, 1 << 12, 1):
                block = b"\0" * size
                try:
                    while True:
                        out.write(block)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise

    def free(self) -> None:
        self.filler.unlink()

    def _postgres(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(statement)
