"""``read_config_file``: one config file in, integrations and export jobs out.

Failures never escape: a file too large, binary, not UTF-8 or not parseable
is one ``ScanError`` with the reason (and line when known). Lock files and
other generated JSON are counted as skipped, not read.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from catalog.model import Node, ReadResult, ScanError
from catalog.recipients import KnowledgeBase, load_recipients
from scanner.cache.keys import file_digest
from scanner.config.document import MAX_BYTES, Document, LoadError
from scanner.config.exports.airbyte import read_airbyte
from scanner.config.exports.datamap_format import read_datamap_exports
from scanner.config.exports.job import emit_job
from scanner.config.exports.meltano import read_meltano
from scanner.config.formats import format_of, load
from scanner.config.integrations import find_integrations
from scanner.options import ReadOptions

#: generated files that hold no configuration: counted as skipped, never read
GENERATED_NAMES = frozenset({
    "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "composer.lock", "pipfile.lock",
})  # fmt: skip
EXPORT_READERS = (read_datamap_exports, read_airbyte, read_meltano)


def _knowledge_base(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The recipients knowledge base with users' files, built once per distinct set of their bytes."""
    return _knowledge_base_of(tuple((p, file_digest(Path(p))) for p in extra))


@cache
def _knowledge_base_of(extra: tuple[tuple[str, str], ...]) -> KnowledgeBase:
    return load_recipients([Path(p) for p, _ in extra])


def read_config_file(path: str, options: ReadOptions) -> ReadResult:
    """Read one YAML, JSON, TOML, ``.env`` or ini file; never raises for bad input."""
    result = ReadResult()
    file = Path(path)
    if file.name.lower() in GENERATED_NAMES or file.name.endswith((".min.json", ".map.json")):
        result.stats["config_files_skipped"] = 1
        return result
    kind = format_of(file)
    text = _text(path, result)
    if kind is None or text is None:
        if kind is None and text is not None:
            result.errors.append(ScanError(path, None, f"not a config file format: '{file.suffix}'"))
        return result
    try:
        documents, problems = load(text, kind)
    except LoadError as error:
        result.errors.append(ScanError(path, error.line, error.reason))
        return result
    result.errors.extend(ScanError(path, p.line, p.reason, "statement") for p in problems)
    result.stats["config_files"] = 1
    lines = tuple(text.splitlines())
    kb = _knowledge_base(options.recipients)
    for document in documents:
        document.text_lines = lines
        _read_document(path, document, kb, result)
    unique: dict[str, Node] = {}
    for node in result.nodes:  # a recipient named by several keys is one node
        unique.setdefault(node.id, node)
    result.nodes = list(unique.values())
    return result


def _read_document(path: str, document: Document, kb: KnowledgeBase, result: ReadResult) -> None:
    find_integrations(path, document, kb, result)
    for read in EXPORT_READERS:
        try:
            jobs = read(path, document, kb, result)
        except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:
            # a shape no reader foresaw: report it and keep the rest of the file
            tool = read.__name__.removeprefix("read_")
            result.errors.append(ScanError(path, None, f"cannot read {tool} jobs: {type(error).__name__}: {error}"))
            continue
        for job in jobs:
            emit_job(path, job, kb, result)


def _text(path: str, result: ReadResult) -> str | None:
    """The file's text, or None with the reason recorded (too large, unreadable, binary, not UTF-8)."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            result.errors.append(
                ScanError(path, None, f"file too large to read as config ({size} bytes; the limit is {MAX_BYTES})")
            )
            return None
        raw = Path(path).read_bytes()
    except OSError as error:
        result.errors.append(ScanError(path, None, f"cannot read: {error.strerror or error}"))
        return None
    if b"\x00" in raw:
        result.errors.append(ScanError(path, None, "binary file, not text"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        result.errors.append(ScanError(path, _line_at(raw, error.start), f"not UTF-8 text (byte {error.start})"))
        return None


def _line_at(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1
