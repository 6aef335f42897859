"""YAML with the safe loader, line numbers, and a budget against alias bombs.

The file is composed into nodes (aliases stay shared, nothing is expanded),
then converted to plain data by our own walk, which counts every node it
visits through an alias a second time: a "billion laughs" document runs out
of budget after ``MAX_NODES`` repeated values instead of exhausting memory,
while a large plain document (bounded by the file size limit) is read whole. Scalars are kept as
strings (``null`` and empty become None); tags are ignored, nothing is
constructed from them.
"""

from __future__ import annotations

from typing import Any

import yaml

from scanner.config.document import MAX_DEPTH, MAX_NODES, Document, LoadError, Loc

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULL = "tag:yaml.org,2002:null"
_MERGE = "tag:yaml.org,2002:merge"


def load_yaml(text: str) -> list[Document]:
    """Every document of a YAML stream; a syntax error or a bomb is a LoadError."""
    loader = _Loader(text)
    documents: list[Document] = []
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is None:
                continue
            budget = _Budget()
            lines: dict[Loc, int] = {}
            data = budget.convert(node, (), lines, 0)
            documents.append(Document(data, lines))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(str(error.problem or error.context or "invalid YAML").split())
        raise LoadError(f"YAML syntax error: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise LoadError(f"YAML error: {' '.join(str(error).split())}") from None
    except RecursionError:
        raise LoadError(f"YAML nesting deeper than the parser allows (limit {MAX_DEPTH})") from None
    finally:
        loader.dispose()
    return documents


class _Budget:
    """Converts nodes to data, counting every visit so shared aliases cannot multiply."""

    def __init__(self) -> None:
        self.left = MAX_NODES
        self.seen: set[int] = set()
        self.top_line: int | None = None  # the top-level key being expanded, for the error's line

    def _spend(self, node: yaml.Node) -> None:
        if id(node) not in self.seen:
            self.seen.add(id(node))
            return
        self.left -= 1
        if self.left < 0:
            line = self.top_line or node.start_mark.line + 1
            raise LoadError(f"YAML aliases expand to more than {MAX_NODES} values (an alias bomb?)", line)

    def convert(self, node: yaml.Node, loc: Loc, lines: dict[Loc, int], depth: int) -> Any:
        self._spend(node)
        if depth > MAX_DEPTH:
            raise LoadError(f"YAML nesting deeper than {MAX_DEPTH} levels", node.start_mark.line + 1)
        lines.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            return None if node.tag == _NULL or (node.value == "" and node.style is None) else node.value
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*loc, i), lines, depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.MappingNode)  # the composer makes scalars, sequences and mappings only
        return self._mapping(node, loc, lines, depth)

    def _mapping(self, node: yaml.MappingNode, loc: Loc, lines: dict[Loc, int], depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                self._merge(value_node, out, loc, lines, depth)
                continue
            key = self._key(key_node)
            lines[(*loc, key)] = key_node.start_mark.line + 1
            if depth == 0:
                self.top_line = key_node.start_mark.line + 1
            out[key] = self.convert(value_node, (*loc, key), lines, depth + 1)
            lines[(*loc, key)] = key_node.start_mark.line + 1
        return out

    def _merge(self, value: yaml.Node, out: dict[str, Any], loc: Loc, lines: dict[Loc, int], depth: int) -> None:
        """``<<: *base`` (or a list of bases): keys of the bases that the mapping does not set."""
        bases = value.value if isinstance(value, yaml.SequenceNode) else [value]
        for base in bases:
            merged = self.convert(base, loc, {}, depth + 1)
            if isinstance(merged, dict):
                for key, item in merged.items():
                    out.setdefault(key, item)

    def _key(self, node: yaml.Node) -> str:
        if isinstance(node, yaml.ScalarNode):
            return str(node.value)
        self._spend(node)
        kind = "mapping" if isinstance(node, yaml.MappingNode) else "sequence"
        return f"<{kind} key at line {node.start_mark.line + 1}>"
