"""The schema a sequence of DDL statements builds: tables, columns, keys and comments.

``SchemaState.apply`` is called for each parsed statement in file order (and,
for a migrations folder, in version order), so ``ALTER TABLE`` and renames
produce the final schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlglot import exp

from catalog.model import Evidence, ForeignKey

_ANNOTATION = re.compile(r"datamap\s*:\s*([A-Za-z_][\w.]*)")
#: Types whose SQL text is their name (plus literal parameters) in these dialects; others go through
#: sqlglot's generator, which is exact but costs more than parsing the column did.
_PLAIN_TYPES = frozenset({
    "TEXT", "INT", "BIGINT", "SMALLINT", "TINYINT", "VARCHAR", "CHAR", "BOOLEAN", "DATE", "TIMESTAMPTZ",
    "TIMESTAMP", "DECIMAL", "INET", "UUID", "JSONB", "JSON", "BIGSERIAL", "SERIAL", "SMALLSERIAL", "DATETIME",
    "FLOAT", "BLOB", "LONGTEXT", "MEDIUMTEXT", "TINYTEXT", "TIME", "INTERVAL", "BYTEA", "MONEY", "CIDR",
})
_PLAIN_DIALECTS = frozenset({"postgres", "mysql", "tsql", "sqlite"})
#: The name of each of sqlglot's types, looked up faster than an enum member's value is read.
_TYPE_NAMES: dict[object, str] = {member: member.value for member in exp.DataType.Type}
#: Plain types a dialect's parser renames: the name the file wrote (MySQL's TIMESTAMP parses as TIMESTAMPTZ).
_WRITTEN_NAMES = {"mysql": {"TIMESTAMPTZ": "TIMESTAMP"}, "postgres": {"FLOAT": "REAL"},
                  "tsql": {"UUID": "UNIQUEIDENTIFIER", "TIMESTAMPTZ": "DATETIMEOFFSET"}}


@dataclass
class ColumnState:
    name: str
    type: str | None
    evidence: Evidence
    comment: str | None = None
    annotation: str | None = None
    primary_key: bool = False
    references: ForeignKey | None = None


@dataclass
class TableState:
    dataset: str | None
    name: str
    source_path: str
    columns: dict[str, ColumnState] = field(default_factory=dict)  # lower-cased name -> column
    comment: str | None = None
    complete: bool = True  # False when only some of its columns are known (documented, or SELECT * of unknown)


def _key(dataset: str | None, name: str) -> tuple[str, str]:
    return ((dataset or "").lower(), name.lower())


def annotation_in(comments: list[str] | None) -> str | None:
    """The category pinned by a ``datamap: KEY`` comment, if any."""
    for comment in comments or ():
        match = _ANNOTATION.search(comment)
        if match:
            return match.group(1)
    return None


def _parents(tree: exp.Create) -> list[exp.Table]:
    """Tables whose columns a new table takes: ``LIKE t``, PostgreSQL ``PARTITION OF t`` and ``INHERITS (t, …)``."""
    parents: list[exp.Table] = []
    for prop in _properties(tree, exp.LikeProperty, exp.PartitionedOfProperty, exp.InheritsProperty):
        targets = prop.expressions if isinstance(prop, exp.InheritsProperty) else [prop.this]
        for target in targets:
            target = target.this if isinstance(target, exp.Schema) else target
            if isinstance(target, exp.Table):
                parents.append(target)
    return parents


def _properties(tree: exp.Create, *kinds: type[exp.Expression]) -> list[exp.Expression]:
    """The table's properties of ``kinds``: those after its column list and, as PostgreSQL writes
    ``LIKE t`` among the columns, the column list's own; read without walking the columns' trees."""
    properties = tree.args.get("properties")
    listed = list(properties.expressions) if properties is not None else []
    if isinstance(tree.this, exp.Schema):
        listed += tree.this.expressions
    return [p for p in listed if isinstance(p, kinds)]


def _table_parts(table: exp.Expression) -> tuple[str | None, str]:
    if isinstance(table, exp.Schema):
        table = table.this
    if isinstance(table, exp.Table):
        return (table.db or None), table.name
    return None, table.name


@dataclass
class SchemaState:
    """Tables by (dataset, name), case-insensitive; records what it could not apply."""

    default_dataset: str | None = None
    tables: dict[tuple[str, str], TableState] = field(default_factory=dict)
    problems: list[tuple[str, int, str]] = field(default_factory=list)
    dialect: str = "postgres"

    def find(self, dataset: str | None, name: str) -> TableState | None:
        table = self.tables.get(_key(dataset or self.default_dataset, name))
        if table is None and dataset is None:
            table = self.tables.get(_key(None, name))
        return table

    def apply(self, tree: exp.Expression, path: str, line: int, dialect: str) -> None:
        self.dialect = dialect
        if isinstance(tree, exp.Create) and tree.kind == "TABLE":
            self._create(tree, path, line)
        elif isinstance(tree, exp.Alter) and (tree.args.get("kind") or "TABLE") == "TABLE":
            self._alter(tree, path, line)
        elif isinstance(tree, exp.Comment):
            self._comment(tree, path, line)
        elif isinstance(tree, exp.Drop) and tree.kind == "TABLE":
            for table in tree.find_all(exp.Table):
                self.tables.pop(_key(table.db or self.default_dataset, table.name), None)
        elif isinstance(tree, exp.RenameColumn | exp.AlterRename):
            pass

    def _create(self, tree: exp.Create, path: str, line: int) -> None:
        schema = tree.this
        dataset, name = _table_parts(schema)
        dataset = dataset or self.default_dataset
        table = TableState(dataset=dataset, name=name, source_path=path)
        for parent in _parents(tree):
            source = self.find(parent.db or None, parent.name)
            if source:
                for key, column in source.columns.items():
                    table.columns.setdefault(key, ColumnState(**vars(column)))
        if isinstance(schema, exp.Schema):
            for item in schema.expressions:
                self._table_item(table, item, path, line)
        comment = next(iter(_properties(tree, exp.SchemaCommentProperty)), None)
        if comment is not None:
            table.comment = comment.this.name
        self.tables[_key(dataset, name)] = table

    def _table_item(self, table: TableState, item: exp.Expression, path: str, line: int) -> None:
        if isinstance(item, exp.ColumnDef):
            self._add_column(table, item, path, line)
        elif isinstance(item, exp.Identifier):
            # a column without a type: SQLite ``CREATE TABLE t (a, b)``, or a CTAS column list
            table.columns[item.name.lower()] = ColumnState(name=item.name, type=None,
                                                           evidence=Evidence(path, item.meta.get("line", line)))
        elif isinstance(item, exp.PrimaryKey):
            for column in item.expressions:
                self._mark_pk(table, _column_name(column))
        elif isinstance(item, exp.Constraint | exp.ForeignKey):
            for key in item.find_all(exp.PrimaryKey):
                for column in key.expressions:
                    self._mark_pk(table, _column_name(column))
            if any(isinstance(part, exp.PrimaryKeyColumnConstraint) for part in item.expressions):
                # T-SQL: CONSTRAINT [pk] PRIMARY KEY CLUSTERED ([id] ASC)
                for listing in item.find_all(exp.ClusteredColumnConstraint, exp.NonClusteredColumnConstraint):
                    for column in listing.this or ():
                        self._mark_pk(table, _column_name(column))
            for foreign in item.find_all(exp.ForeignKey):
                self._foreign_key(table, foreign)

    def _add_column(self, table: TableState, item: exp.ColumnDef, path: str, line: int) -> None:
        column = self._column(item, path, line)
        table.columns[column.name.lower()] = column

    def _column(self, item: exp.ColumnDef, path: str, line: int) -> ColumnState:
        kind = item.args.get("kind")
        type_sql = type_text(kind, self.dialect) if kind is not None else None
        constraints = item.constraints
        remarks = line_comments(item)
        annotation = annotation_in(remarks)
        column = ColumnState(
            name=item.name,
            type=type_sql,
            evidence=Evidence(path, item.this.meta.get("line", line)),
            annotation=annotation,
            comment=None if annotation else (" ".join(remarks) or None),
        )
        for constraint in constraints:
            ckind = constraint.kind
            if isinstance(ckind, exp.PrimaryKeyColumnConstraint):
                column.primary_key = True
            elif isinstance(ckind, exp.CommentColumnConstraint):
                column.comment = ckind.this.name
                column.annotation = column.annotation or annotation_in([ckind.this.name])
            elif isinstance(ckind, exp.Reference):
                column.references = _reference(ckind)
        if column.references is None and constraints:
            # a reference inside another constraint (MySQL ``CONSTRAINT fk FOREIGN KEY REFERENCES t (c)``)
            reference = next((r for c in constraints for r in c.find_all(exp.Reference)), None)
            if reference is not None:
                column.references = _reference(reference)
        return column

    def _modify_column(self, table: TableState, action: exp.ModifyColumn, path: str, line: int) -> None:
        """MySQL ``MODIFY col def`` and ``CHANGE old new def``: the new definition replaces the old in
        place; table-level keys on the column stay. A column not seen before is added."""
        definition = action.this
        if not isinstance(definition, exp.ColumnDef):
            return
        renamed = action.args.get("rename_from")
        old_key = (renamed.name if renamed is not None else definition.name).lower()
        old = table.columns.get(old_key)
        new = self._column(definition, path, line)
        if old is None:
            table.columns[definition.name.lower()] = new
            return
        new.primary_key = new.primary_key or old.primary_key
        new.references = new.references or old.references
        if renamed is None:
            new.evidence = old.evidence
        table.columns = {(definition.name.lower() if c is old else k): (new if c is old else c)
                         for k, c in table.columns.items()}

    def _mark_pk(self, table: TableState, name: str) -> None:
        column = table.columns.get(name.lower())
        if column:
            column.primary_key = True

    def _foreign_key(self, table: TableState, foreign: exp.ForeignKey) -> None:
        reference = foreign.args.get("reference")
        if reference is None:
            return
        target = _reference(reference)
        target_columns = (
            [c.name for c in reference.this.expressions]
            if isinstance(reference.this, exp.Schema) else []
        )
        for index, column in enumerate(foreign.expressions):
            state = table.columns.get(column.name.lower())
            if state is not None:
                col = target_columns[index] if index < len(target_columns) else None
                state.references = ForeignKey(target.table, col)

    def _alter(self, tree: exp.Alter, path: str, line: int) -> None:
        target = tree.this
        table = self.find(target.db or None, target.name)
        if table is None:
            self.problems.append((path, line, f"ALTER TABLE {target.sql()}: no such table in the files read"))
            return
        renamed_to = next((o.this for o in tree.args.get("options") or () if isinstance(o, exp.ToTableProperty)), None)
        for action in tree.args.get("actions") or []:
            if isinstance(action, exp.AlterRename) and renamed_to is not None:
                # PostgreSQL ``ALTER TABLE t RENAME a TO b`` (COLUMN left out) renames a column
                action = exp.RenameColumn(this=exp.column(action.this.name), to=exp.column(renamed_to.name))
            self._alter_action(table, action, path, line)

    def _alter_action(self, table: TableState, action: exp.Expression, path: str, line: int) -> None:
        if isinstance(action, exp.ColumnDef) and _misread_constraint(action):
            # T-SQL ``ADD c int, CONSTRAINT pk PRIMARY KEY (c)``: sqlglot reads the constraint as a column
            action = exp.Constraint(this=exp.to_identifier("constraint"),
                                    expressions=[c.kind for c in action.constraints])
        if isinstance(action, exp.ColumnDef):
            self._add_column(table, action, path, line)
        elif isinstance(action, exp.Drop) and (action.kind or "COLUMN") == "COLUMN":
            for column in action.find_all(exp.Column, exp.Identifier):
                table.columns.pop(column.name.lower(), None)
        elif isinstance(action, exp.RenameColumn):
            old = table.columns.get(action.this.name.lower())
            new_name = action.args["to"].name
            if old is not None:
                old.name = new_name
                old.evidence = Evidence(path, line)
                table.columns = {(new_name.lower() if c is old else k): c for k, c in table.columns.items()}
        elif isinstance(action, exp.AlterRename):
            old_key = _key(table.dataset, table.name)
            new = action.this
            self.tables.pop(old_key, None)
            table.name = new.name
            if isinstance(new, exp.Table) and new.db:
                table.dataset = new.db
            self.tables[_key(table.dataset, table.name)] = table
            self._retarget(old_key, table)
        elif isinstance(action, exp.ModifyColumn):
            self._modify_column(table, action, path, line)
        elif isinstance(action, exp.AlterColumn):
            altered = table.columns.get(action.this.name.lower())
            dtype = action.args.get("dtype")
            if altered is not None and dtype is not None:
                altered.type = dtype.sql(self.dialect)
        elif isinstance(action, exp.AddConstraint | exp.Constraint | exp.ForeignKey):
            self._table_item(table, action, path, line)
            for item in action.expressions if isinstance(action, exp.AddConstraint) else ():
                self._table_item(table, item, path, line)

    def _retarget(self, old_key: tuple[str, str], table: TableState) -> None:
        """Foreign keys that named a renamed table now name its new name."""
        new_name = f"{table.dataset}.{table.name}" if table.dataset else table.name
        for other in self.tables.values():
            for column in other.columns.values():
                ref = column.references
                if ref is None:
                    continue
                dataset, _, name = ref.table.rpartition(".")
                if _key(dataset or other.dataset or self.default_dataset, name) == old_key:
                    column.references = ForeignKey(new_name, ref.column)

    def _comment(self, tree: exp.Comment, path: str, line: int) -> None:
        text = tree.expression.name if tree.expression is not None else ""
        target = tree.this
        if tree.args.get("kind") == "COLUMN" and isinstance(target, exp.Column):
            table = self.find(target.args.get("db") and target.args["db"].name or None, target.table)
            column = table.columns.get(target.name.lower()) if table else None
            if column is None:
                self.problems.append((path, line, f"COMMENT ON COLUMN {target.sql()}: no such column"))
                return
            column.comment = text
            column.annotation = column.annotation or annotation_in([text])
        elif tree.args.get("kind") == "TABLE" and isinstance(target, exp.Table):
            table = self.find(target.db or None, target.name)
            if table:
                table.comment = text


def type_text(kind: exp.Expression, dialect: str) -> str:
    """The SQL text of a column type, cheaply for plain types."""
    if dialect in _PLAIN_DIALECTS and isinstance(kind, exp.DataType) and not kind.args.get("nested"):
        this = kind.this
        name = _TYPE_NAMES.get(this) or (this.value if hasattr(this, "value") else str(this))
        params = kind.expressions
        if name in _PLAIN_TYPES and all(
            isinstance(p, exp.DataTypeParam) and isinstance(p.this, exp.Literal) and not p.expression for p in params
        ):
            name = _WRITTEN_NAMES.get(dialect, {}).get(name, name)
            return name + (f"({', '.join(p.this.name for p in params)})" if params else "")
    return kind.sql(dialect)


def line_comments(item: exp.ColumnDef) -> list[str]:
    """The ``--`` / ``#`` / ``/* */`` remarks written after a column on its own line.

    sqlglot keeps a remark on the token before it: the column's comma, or for the
    last column of a list its type or last constraint. A remark on a line of its
    own before a column sits on the column's name and belongs to a section, not
    to the column, so it is left out. Separator lines (``-- ----``) are dropped.
    """
    found: list[str] = list(item.comments or ())
    kind = item.args.get("kind")
    if kind is not None and kind.comments:
        found.extend(kind.comments)
    for constraint in item.constraints:
        found.extend(constraint.comments or ())
        if constraint.kind is not None:
            found.extend(constraint.kind.comments or ())
    if not found:
        return []
    return list(dict.fromkeys(text.strip() for text in found if text.strip(" -=*#_~")))


def _misread_constraint(column: exp.ColumnDef) -> bool:
    """A table constraint after a column in one ADD list, which sqlglot reads as a column named CONSTRAINT."""
    name = column.this
    return (isinstance(name, exp.Identifier) and not name.quoted and name.name.upper() == "CONSTRAINT"
            and any(isinstance(c.kind, _KEY_KINDS) for c in column.constraints))


_KEY_KINDS = (exp.PrimaryKey, exp.PrimaryKeyColumnConstraint, exp.ForeignKey, exp.UniqueColumnConstraint,
              exp.CheckColumnConstraint)


def _column_name(column: exp.Expression) -> str:
    """The name of a key column, also when written with an order (``id ASC``) or a prefix length."""
    while isinstance(column, exp.Ordered | exp.Anonymous) and column.this is not None:
        column = column.this
    return column if isinstance(column, str) else column.name


def _reference(reference: exp.Reference) -> ForeignKey:
    dataset, name = _table_parts(reference.this)
    columns = reference.this.expressions if isinstance(reference.this, exp.Schema) else []
    table = f"{dataset}.{name}" if dataset else name
    return ForeignKey(table, columns[0].name if columns else None)
