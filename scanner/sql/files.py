"""SQL files on disk: their text (UTF-8, UTF-16 or UTF-32) and what their names say about migrations.

Kept apart from the readers, which parse: planning a scan needs these without loading the SQL parser.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from pathlib import Path

_ROLLBACK = re.compile(r"(?i)(?:^|[._-])(?:down|undo)\.sql$|^U\d+(?:[._]\d+)*__")
_VERSION = re.compile(r"^(?:[VvRr]?)(\d+(?:[._]\d+)*)(?:__|_|-|\.|$)")


#: Byte-order marks and the encodings they announce (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of ``sample`` is zero, as in ASCII text so encoded."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) == len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def read_text(path: Path) -> str:
    """Read a text file as UTF-8, or as UTF-16/UTF-32 when a byte-order mark (or the zero bytes of
    ASCII text in UTF-16, as SQL Server tools save scripts) says so; fail clearly on binary or other
    encodings."""
    data = path.read_bytes()
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None) or _utf16_without_bom(data[:512])
    if encoding and encoding != "utf-8-sig":
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise ValueError(f"not {encoding.upper()} text despite its byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not SQL text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ValueError(f"not UTF-8 text (invalid byte at line {line})") from None


def migration_version(name: str) -> tuple[int, ...] | None:
    """The version a migration file name starts with (``0003_x.sql``, ``V1_2__x.sql``), or None."""
    match = _VERSION.match(name)
    if not match:
        return None
    return tuple(int(part) for part in re.split(r"[._]", match.group(1)))


def is_rollback(name: str) -> bool:
    """A migration that undoes another (``0002_x.down.sql``, ``down.sql``, Flyway's ``U2__x.sql``): never
    part of the schema the migrations build, so it is not applied."""
    return bool(_ROLLBACK.search(name))


def is_migrations_folder(files: Sequence[Path]) -> bool:
    """A folder is a migrations folder when most of its SQL files carry a version prefix."""
    if len(files) < 2:
        return False
    versioned = sum(1 for f in files if migration_version(f.name) is not None)
    return versioned * 2 > len(files)


def migration_order(files: Sequence[Path]) -> list[Path]:
    """Versioned files in version order, then repeatable/unversioned ones by name."""
    def key(path: Path) -> tuple[int, tuple[int, ...], str]:
        version = migration_version(path.name)
        repeatable = path.name[:1] in "Rr" and path.name[1:3] == "__"
        if version is None or repeatable:
            return (1, (), path.name)
        return (0, version, path.name)

    return sorted(files, key=key)
