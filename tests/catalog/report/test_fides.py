"""Fides interop: the export validates as fideslang datasets and round-trips through import as pins."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fideslang.models import Dataset

from catalog.errors import DatamapError
from catalog.fides import export_datasets, overrides_from, read_datasets, to_yaml
from catalog.overrides import load_overrides
from catalog.store import Snapshot


def test_export_validates_and_round_trips(sample_pair: tuple[Snapshot, Snapshot], tmp_path: Path) -> None:
    _, after = sample_pair
    path = tmp_path / "dataset.yml"
    path.write_text(to_yaml(export_datasets(after)))
    raw = yaml.safe_load(path.read_text())
    datasets = [Dataset.model_validate(d) for d in raw["dataset"]]
    assert {d.fides_key for d in datasets} >= {"app", "billing", "mysql_legacy_web.sql"}
    entries = overrides_from(read_datasets(path), "dataset.yml",
                             extensions=frozenset(e["key"] for e in after.policy["extensions"]))
    pins = {e["field"]: e["category"] for e in entries}
    rows = after.tables["fields"].to_pylist()
    for row in rows:
        name = f"{row['dataset']}.{row['table']}.{row['name']}" if row["dataset"] else f"{row['table']}.{row['name']}"
        assert name in pins
    single = {}
    for row in rows:
        key = (row["dataset"], row["table"], row["name"])
        single.setdefault(key, set()).add(row["category"] or "none")
    agreed = {k: v.pop() for k, v in single.items() if len(v) == 1}
    for (dataset, table, name), category in agreed.items():
        assert pins[f"{dataset}.{table}.{name}" if dataset else f"{table}.{name}"] == category
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text(yaml.safe_dump({"overrides": entries}))
    assert len(load_overrides(overrides)) == len(entries)


NATIVE = """
dataset:
  - fides_key: postgres_example
    name: Example
    collections:
      - name: customer
        fields:
          - name: email
            data_categories: [user.contact.email]
          - name: id
            data_categories: [system.operations]
          - name: notes
          - name: address
            data_categories: [user.contact.address, user.contact.address.city]
            fields:
              - name: zip
                data_categories: [user.contact.address.postal_code]
"""


def test_import_of_a_fides_native_dataset(tmp_path: Path) -> None:
    path = tmp_path / "fides.yml"
    path.write_text(NATIVE)
    entries = overrides_from(read_datasets(path), "fides.yml", reviewed_by="dpo@example.com")
    # fideslang orders a collection's fields by name; a field without data_categories is no pin
    assert entries == [
        {"field": "customer.address", "category": "user.contact.address.city",
         "reason": "annotated in Fides dataset postgres_example as user.contact.address, user.contact.address.city",
         "reviewed_by": "dpo@example.com"},
        {"field": "customer.address.zip", "category": "user.contact.address.postal_code",
         "reason": "annotated in Fides dataset postgres_example as user.contact.address.postal_code",
         "reviewed_by": "dpo@example.com"},
        {"field": "customer.email", "category": "user.contact.email",
         "reason": "annotated in Fides dataset postgres_example as user.contact.email",
         "reviewed_by": "dpo@example.com"},
        {"field": "customer.id", "category": "none",
         "reason": "annotated in Fides dataset postgres_example as system.operations",
         "reviewed_by": "dpo@example.com"},
    ]


@pytest.mark.parametrize(("text", "message"), [
    ("- a\n", "not a Fides dataset file: expected a top-level 'dataset:' list"),
    ("dataset: [{name: x, collections: []}]\n", "dataset 1 (no fides_key): fides_key: Field required"),
    ("dataset:\n  - fides_key: d\n    collections: [{name: t, fields: [{name: f, data_categories: [user.emial]}]}]\n",
     "d.t.f: unknown data category 'user.emial'; did you mean"),
    ("dataset: [\n", "invalid YAML"),
])
def test_bad_fides_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(text)
    with pytest.raises(DatamapError) as caught:
        overrides_from(read_datasets(path), "bad.yml")
    assert caught.value.message.startswith(message)
    assert caught.value.path == str(path) or "unknown data category" in message


def test_the_root_user_category_pins_user_not_none(tmp_path: Path) -> None:
    path = tmp_path / "fides.yml"
    path.write_text("dataset:\n  - fides_key: d\n    collections: [{name: t, fields: [\n"
                    "      {name: blob, data_categories: [user]},\n"
                    "      {name: both, data_categories: [user, user.contact.email]}]}]\n")
    pins = {e["field"]: e["category"] for e in overrides_from(read_datasets(path), "fides.yml")}
    assert pins == {"t.blob": "user", "t.both": "user.contact.email"}
