"""One parsed Python module: its dotted name, its imports, its declared purposes.

Files are read as text and parsed with :mod:`ast`; nothing is imported or run.
"""

from __future__ import annotations

import ast
import hashlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: files larger than this are generated or minified, not application code
MAX_BYTES = 2_000_000
_PURPOSE = re.compile(r"#\s*datamap:\s*purpose\s*=\s*([A-Za-z0-9_.]+)")


@dataclass
class SourceModule:
    """A module of the scanned repository."""

    path: str
    name: str
    package: str
    text: str
    lines: list[str]
    imports: dict[str, str] = field(default_factory=dict)  # local name -> dotted target
    purposes: dict[int, str] = field(default_factory=dict)  # line -> declared purpose
    digest: str = ""  # sha256 of the text
    parsed: ast.Module | None = field(default=None, repr=False)  # None until the tree is first needed

    @property
    def tree(self) -> ast.Module:
        """The syntax tree, parsed when first needed (a module known by its summary may never need it)."""
        if self.parsed is None:
            self.parsed = _parse(self.path, self.text)
        return self.parsed

    def purpose_at(self, first: int, last: int) -> tuple[str, int] | None:
        """The purpose declared on lines ``first..last`` or in the comment lines directly above."""
        for line in range(first, last + 1):
            if line in self.purposes:
                return self.purposes[line], line
        line = first - 1
        while line >= 1 and self.lines[line - 1].lstrip().startswith("#"):
            if line in self.purposes:
                return self.purposes[line], line
            line -= 1
        return None


class SkippedFile(Exception):
    """A file that is not read, with the reason and the line it concerns."""

    def __init__(self, reason: str, line: int | None = None, kind: str = "error") -> None:
        super().__init__(reason)
        self.reason, self.line, self.kind = reason, line, kind


def module_name(path: Path, packages: dict[Path, bool] | None = None) -> tuple[str, str]:
    """Dotted module name and package, from the ``__init__.py`` files above ``path`` (``packages``: whether each
    folder holds one, as found so far by the same read)."""
    parts = [] if path.stem == "__init__" else [path.stem]
    folder = path.parent
    known = {} if packages is None else packages
    while folder.parent != folder:
        found = known.get(folder)
        if found is None:
            found = known[folder] = (folder / "__init__.py").is_file()
        if not found:
            break
        parts.insert(0, folder.name)
        folder = folder.parent
    name = ".".join(parts) or path.parent.name
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    return name, package


def read_source(path: str) -> str:
    """The text of a Python file; too big, binary or undecodable files raise SkippedFile."""
    file = Path(path)
    size = file.stat().st_size
    if size > MAX_BYTES:
        raise SkippedFile(f"file of {size} bytes is over the {MAX_BYTES} byte limit (generated or minified code)",
                          kind="skipped")
    data = file.read_bytes()
    if b"\x00" in data[:8192]:
        raise SkippedFile("binary file, not Python source", kind="skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SkippedFile("not UTF-8 text", line) from None


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_module(path: str, text: str, digest: str | None = None, imports: dict[str, str] | None = None,
                 packages: dict[Path, bool] | None = None) -> SourceModule:
    """Parse ``text``; a syntax error or a nesting too deep for the parser raises SkippedFile.

    With the ``imports`` a summary of the same text kept, the text is parsed only when its tree is needed
    (``packages``: as ``module_name`` takes them)."""
    tree = _parse(path, text) if imports is None else None
    name, package = module_name(Path(path), packages)
    lines = text.splitlines()
    module = SourceModule(path, name, package, text, lines, digest=digest or text_digest(text), parsed=tree)
    module.imports = _imports(tree, package) if tree is not None else dict(imports or {})
    if "datamap:" in text:
        for number, line in enumerate(lines, 1):
            match = _PURPOSE.search(line)
            if match:
                module.purposes[number] = match.group(1)
    return module


def _parse(path: str, text: str) -> ast.Module:
    try:
        with warnings.catch_warnings():  # the scanned code's own warnings are not datamap's output
            warnings.simplefilter("ignore")
            return ast.parse(text, filename=path)
    except SyntaxError as error:
        raise SkippedFile(f"syntax error: {error.msg}", error.lineno) from None
    except (RecursionError, MemoryError):
        raise SkippedFile("expression nesting too deep to parse") from None


def _imports(tree: ast.Module, package: str) -> dict[str, str]:
    """Local name -> dotted target for every import statement, wherever it is."""
    bound: dict[str, str] = {}
    for node in _statements(tree.body):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    root = alias.name.split(".")[0]
                    bound[root] = root
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, package)
            for alias in node.names:
                if alias.name != "*":
                    bound[alias.asname or alias.name] = f"{base}.{alias.name}" if base else alias.name
    return bound


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement, nested ones included (imports are statements; expressions are skipped)."""
    stack = list(reversed(body))
    while stack:
        stmt = stack.pop()
        yield stmt
        for name in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(stmt, name, None)
            if inner:
                stack.extend(reversed(inner))


def _absolute(module: str | None, level: int, package: str) -> str:
    if not level:
        return module or ""
    parts = package.split(".") if package else []
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    if module:
        parts.append(module)
    return ".".join(parts)


def dotted(node: ast.expr, imports: dict[str, str]) -> str | None:
    """``models.Model`` -> ``django.db.models.Model`` through the imports; None for other expressions."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    names.append(imports.get(node.id, node.id))
    return ".".join(reversed(names))
