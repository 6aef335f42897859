"""Options every reader receives: one frozen object, passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    """How to read sources.

    ``dialect`` is the SQL dialect to try first (None: guess per file);
    ``sample`` is the number of rows to sample per table (None: no sampling);
    ``table_timeout`` bounds the seconds spent sampling one table;
    ``workers`` bounds parallel connections when sampling;
    ``recipients`` are users' recipient files, added to the packaged knowledge base.
    """

    dialect: str | None = None
    sample: int | None = None
    table_timeout: float = 30.0
    workers: int = 4
    recipients: tuple[str, ...] = ()
