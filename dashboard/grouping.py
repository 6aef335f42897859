"""Which box of the map each lineage node falls in: a table, a code or config file, or a service.

At ``table`` level a column belongs to its table, and a code place or config key
to its file; at ``service`` level tables gather by schema (dataset) and files by
folder. Recipients are always boxes of their own. Names are made short by taking
off the folder the scan started from.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from catalog.model import code_place

LEVELS = ("table", "service")
_CONFIG = re.compile(r"^config:(?P<path>[^#]*)#(?P<key>.*)$")


@dataclass(frozen=True)
class Group:
    """One box of the map: id, label, kind (store, code, config, recipient), and a longer description."""

    id: str
    label: str
    kind: str
    detail: str = ""


def common_root(files: Iterable[str], folders: Iterable[str] = ()) -> str:
    """The folder shared by the given files and folders ('' when none), to shorten names with."""
    folders = [os.path.dirname(p) for p in files if p and p.startswith("/")] + [
        p.rstrip("/") for p in folders if p and p.startswith("/")]
    if not folders:
        return ""
    root = os.path.commonpath(folders)
    return "" if root == "/" else root


def short_path(path: str, root: str) -> str:
    return path[len(root):].lstrip("/") if root and path.startswith(root + "/") else path


def tail(path: str, parts: int = 2) -> str:
    """The last ``parts`` components of a path: what a person recognises a file by."""
    return "/".join(path.rstrip("/").split("/")[-parts:])


class Grouper:
    """Maps node ids to groups for one estate and level; remembers what it mapped."""

    def __init__(self, fields: pd.DataFrame, recipient_labels: dict[str, str], level: str, root: str) -> None:
        self.level = level
        self.root = root
        self.recipient_labels = recipient_labels
        code_fields = fields["dataset"].isna() & fields["source"].astype(str).str.endswith(".py")
        self._field_group: dict[str, Group] = {}
        for node_id, table, dataset, source, in_code in zip(fields["node_id"], fields["qualified_table"],
                                                             fields["dataset"], fields["source"], code_fields,
                                                             strict=True):
            if in_code:
                self._field_group[node_id] = self._file_group(str(source))
            else:
                schema = dataset if isinstance(dataset, str) else None
                self._field_group[node_id] = self._table_group(str(table), schema)
        self._cache: dict[str, Group] = {}

    def _table_group(self, table: str, dataset: str | None) -> Group:
        if self.level == "table":
            return Group(f"table:{table}", table, "store")
        schema = dataset or (table.rsplit(".", 1)[0] if "." in table else table)
        return Group(f"schema:{schema}", f"{schema} (schema)", "store")

    def _file_group(self, path: str, kind: str = "code") -> Group:
        if self.level == "table":
            return Group(f"file:{path}", tail(path), kind, short_path(path, self.root))
        folder = os.path.dirname(path)
        return Group(f"folder:{folder}", f"{tail(folder)}/", kind, short_path(folder, self.root) + "/")

    def group(self, node_id: str) -> Group:
        """The group of a lineage node id."""
        found = self._cache.get(node_id)
        if found is None:
            found = self._cache[node_id] = self._group(node_id)
        return found

    def _group(self, node_id: str) -> Group:
        if node_id in self._field_group:
            return self._field_group[node_id]
        if node_id.startswith("recipient:"):
            rid = node_id.removeprefix("recipient:")
            return Group(node_id, self.recipient_labels.get(rid, rid), "recipient")
        if (code := code_place(node_id)) is not None:
            return self._file_group(code.path)
        if (config := _CONFIG.match(node_id)) is not None:
            return self._file_group(config["path"], "config")
        if node_id.startswith("field:"):
            table = node_id.removeprefix("field:").rsplit(".", 1)[0]
            return self._table_group(table, None)
        return Group(node_id, node_id, "other")


def node_label(node_id: str, labels: dict[str, str], root: str) -> str:
    """A readable name for one lineage node (used when a group is expanded)."""
    if node_id.startswith("field:"):
        return node_id.removeprefix("field:")
    if (code := code_place(node_id)) is not None:
        where = f":{code.line}" if code.line is not None else f", in {code.scope}" if code.scope else ""
        return f"{labels.get(node_id) or code.name} ({tail(code.path, 1)}{where})"
    if (config := _CONFIG.match(node_id)) is not None:
        return f"{config['key']} ({tail(config['path'], 1)})"
    return labels.get(node_id) or node_id
