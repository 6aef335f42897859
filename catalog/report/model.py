"""The audit report as plain records; every renderer (Markdown, HTML, PDF, CSV, XLSX) reads only these."""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog.history import SnapshotDiff

NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class SnapshotInfo:
    """What identifies a snapshot to a reader of the report."""

    id: str
    created_at: str
    git_commit: str | None
    policy_name: str | None
    policy_sha256: str | None
    datamap_version: str | None
    inputs: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """A key figure and its value in the snapshot compared with (None: no comparison, or not applicable)."""

    label: str
    value: int | None
    previous: int | None = None

    @property
    def change(self) -> int | None:
        return None if self.value is None or self.previous is None else self.value - self.previous


@dataclass(frozen=True)
class CategoryRow:
    key: str
    name: str
    fields: int
    tables: int
    policy_category: str | None
    disclosed: bool | None  # None: no policy


@dataclass(frozen=True)
class StoreRow:
    store: str
    tables: int
    fields: int
    personal_fields: int
    categories: tuple[str, ...]


@dataclass(frozen=True)
class TableRow:
    store: str
    table: str
    personal_fields: int
    categories: tuple[str, ...]


@dataclass(frozen=True)
class RecipientRow:
    id: str
    name: str
    company: str
    kind: str
    location: str  # country and transfer status, or NOT_RECORDED
    categories: tuple[str, ...]
    purposes: tuple[str, ...]
    flows: int
    uncovered: int
    status: str  # covered, not covered, partly covered, no policy
    policy_entries: tuple[str, ...]


@dataclass(frozen=True)
class Hop:
    node: str
    evidence: str | None


@dataclass(frozen=True)
class FlaggedGroup:
    """Findings of one rule for one category sent to one recipient, with an example path and every place."""

    rule: str
    rule_name: str
    severity: str
    recipient: str
    category: str
    purpose: str | None
    purpose_source: str | None
    message: str
    count: int
    example: tuple[Hop, ...]
    places: tuple[str, ...]
    policy_text: str


@dataclass(frozen=True)
class GapRow:
    category: str
    name: str
    fields: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class UnusedRow:
    what: str
    name: str
    citation: str | None


@dataclass(frozen=True)
class RopaRow:
    """One record of processing activities (GDPR Article 30(1))."""

    activity: str
    purposes: str
    data_subjects: str
    data_categories: str
    recipient_categories: str
    recipients: str
    transfers: str
    retention: str
    policy_status: str
    source: str


ROPA_COLUMNS = (
    ("activity", "Processing activity"),
    ("purposes", "Purposes of the processing (policy)"),
    ("data_subjects", "Categories of data subjects"),
    ("data_categories", "Categories of personal data"),
    ("recipient_categories", "Categories of recipients"),
    ("recipients", "Recipients"),
    ("transfers", "Transfers to third countries"),
    ("retention", "Time limits for erasure"),
    ("policy_status", "Covered by the policy"),
    ("source", "Source"),
)


@dataclass
class Report:
    """Everything the report says. ``empty`` maps a section key to why it has nothing to show."""

    title: str
    generated_at: str
    snapshot: SnapshotInfo
    previous: SnapshotInfo | None
    figures: list[Figure] = field(default_factory=list)
    categories: list[CategoryRow] = field(default_factory=list)
    stores: list[StoreRow] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    tables_left_out: int = 0
    recipients: list[RecipientRow] = field(default_factory=list)
    flagged: list[FlaggedGroup] = field(default_factory=list)
    undisclosed: list[GapRow] = field(default_factory=list)
    unused: list[UnusedRow] = field(default_factory=list)
    ropa: list[RopaRow] = field(default_factory=list)
    changes: SnapshotDiff | None = None
    scan_errors: list[str] = field(default_factory=list)
    empty: dict[str, str] = field(default_factory=dict)


SECTIONS = (
    ("summary", "Executive summary"),
    ("changes", "Changes since the previous snapshot"),
    ("inventory", "Inventory of personal data"),
    ("recipients", "Third parties"),
    ("flagged", "Flagged flows"),
    ("gaps", "Policy gaps"),
    ("ropa", "Records of processing activities (GDPR Article 30)"),
    ("scan", "About this scan"),
)
