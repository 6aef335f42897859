"""Config discovery, validation with file and line, and flags over config."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.config import Config, discover_config, find_config, key_line, load_config, severity_rank
from catalog.errors import DatamapError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_section_is_found_walking_up_from_the_scanned_path(tmp_path: Path) -> None:
    config = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.datamap]\npolicy = "policy.yaml"\n')
    deep = tmp_path / "db" / "migrations"
    deep.mkdir(parents=True)
    assert find_config([deep]) == config
    loaded = discover_config([str(deep)], cwd=Path("/"))
    assert loaded.source == config.resolve()
    assert loaded.policy == str((tmp_path / "policy.yaml").resolve())


def test_pyproject_without_the_section_is_passed_over_for_one_higher_up(tmp_path: Path) -> None:
    outer = write(tmp_path / "datamap.toml", 'fail_on = "error"\n')
    write(tmp_path / "app" / "pyproject.toml", '[project]\nname = "app"\n')
    assert find_config([tmp_path / "app"]) == outer
    assert discover_config([str(tmp_path / "app")]).fail_on == "error"


def test_datamap_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.datamap]\nfail_on = "info"\n')
    chosen = write(tmp_path / "datamap.toml", 'fail_on = "error"\n')
    assert find_config([tmp_path]) == chosen


def test_the_working_directory_is_searched_when_the_paths_have_no_config(tmp_path: Path) -> None:
    write(tmp_path / "project" / "datamap.toml", 'exclude = ["vendor/**"]\n')
    elsewhere = tmp_path / "data"
    elsewhere.mkdir()
    config = discover_config([str(elsewhere)], cwd=tmp_path / "project")
    assert config.exclude == ("vendor/**",)


def test_no_config_gives_the_defaults(tmp_path: Path) -> None:
    config = discover_config([str(tmp_path)], cwd=tmp_path)
    assert config == Config()
    assert config.fail_on == "warning"
    assert config.baseline_path(tmp_path) == tmp_path / ".datamap-baseline.json"


def test_every_key_is_read_and_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "conf" / "datamap.toml", """\
paths = ["../db", "sqlite:///app.db"]
policy = "../policy.yaml"
dialect = "postgres"
overrides = "pins.yaml"
knowledge = ["words.yaml"]
baseline = "../.baseline.json"
fail_on = "error"
exclude = ["vendor/**", "*.generated.sql"]
recipients = ["recipients.yaml"]

[purposes]
"app.ads.*" = "marketing.advertising"
stripe = "finance.payment"
""")
    config = load_config(path)
    folder = (tmp_path / "conf").resolve()
    assert config.paths == (str(tmp_path.resolve() / "db"), "sqlite:///app.db")
    assert config.policy == str(tmp_path.resolve() / "policy.yaml")
    assert config.dialect == "postgres"
    assert config.overrides == str(folder / "pins.yaml")
    assert config.knowledge == (str(folder / "words.yaml"),)
    assert config.baseline == str(tmp_path.resolve() / ".baseline.json")
    assert config.fail_on == "error"
    assert config.exclude == ("vendor/**", "*.generated.sql")
    assert config.recipients == (str(folder / "recipients.yaml"),)
    assert config.purposes == {"app.ads.*": "marketing.advertising", "stripe": "finance.payment"}
    assert config.folder == folder


def test_a_misspelled_key_names_file_line_and_the_right_key(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml",
                 '[project]\nname = "x"\n\n[tool.datamap]\npaths = ["db"]\npolcy = "p.yaml"\n')
    with pytest.raises(DatamapError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:6: unknown key 'polcy' in [tool.datamap]; did you mean 'policy'?"


def test_a_misspelled_sub_table_is_found_at_its_header(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.datamap]\nfail_on = "error"\n\n[tool.datamap.purpose]\na = "b"\n')
    with pytest.raises(DatamapError) as caught:
        load_config(path)
    assert (caught.value.line, caught.value.message) == (
        4, "unknown key 'purpose' in [tool.datamap]; did you mean 'purposes'?")


def test_a_hyphenated_key_suggests_the_underscored_one(tmp_path: Path) -> None:
    path = write(tmp_path / "datamap.toml", 'policy = "p.yaml"\nfail-on = "error"\n')
    with pytest.raises(DatamapError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:2: unknown key 'fail-on' in the config; did you mean 'fail_on'?"


def test_a_bad_value_names_the_key_and_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "datamap.toml", '\n\nfail_on = "critical"\n')
    with pytest.raises(DatamapError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:3: fail_on: Input should be 'info', 'warning' or 'error'"


def test_a_path_list_given_as_a_string_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "datamap.toml", 'paths = "db"\n')
    with pytest.raises(DatamapError) as caught:
        load_config(path)
    assert caught.value.line == 1
    assert caught.value.message.startswith("paths: ")


def test_broken_toml_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "datamap.toml", 'policy = "p.yaml"\nfail_on = \n')
    with pytest.raises(DatamapError) as caught:
        load_config(path)
    assert caught.value.line == 2
    assert caught.value.message.startswith("not valid TOML: ")


def test_broken_pyproject_with_a_datamap_section_is_reported_not_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.datamap]\npolicy = \n')
    with pytest.raises(DatamapError):
        discover_config([str(tmp_path)])


def test_flags_override_the_file_and_unset_flags_do_not(tmp_path: Path) -> None:
    path = write(tmp_path / "datamap.toml", 'policy = "a.yaml"\nfail_on = "error"\nknowledge = ["k.yaml"]\n')
    merged = load_config(path).merged(policy="/x/b.yaml", fail_on=None, knowledge=(), dialect="mysql")
    assert (merged.policy, merged.fail_on, merged.dialect) == ("/x/b.yaml", "error", "mysql")
    assert merged.knowledge == (str(tmp_path.resolve() / "k.yaml"),)
    with pytest.raises(TypeError):
        load_config(path).merged(colour="red")


def test_config_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Config().fail_on = "info"  # type: ignore[misc]


def test_key_line_reads_quoted_keys_and_ignores_other_tables() -> None:
    text = '[tool.other]\npolicy = 1\n[tool.datamap]\n"policy" = "p"\n[tool.datamap.purposes]\npolicy = "x"\n'
    assert key_line(text, "tool.datamap", "policy") == 4
    assert key_line(text, "tool.datamap", "missing") is None


def test_severity_ranks() -> None:
    assert [severity_rank(s) for s in ("info", "warning", "error", "critical")] == [0, 1, 2, 2]


def test_rules_only_comes_from_the_config_and_a_flag_can_only_turn_it_on(tmp_path: Path) -> None:
    write(tmp_path / "datamap.toml", "rules_only = true\n")
    config = discover_config([str(tmp_path)])
    assert config.rules_only is True
    assert config.merged(rules_only=False).rules_only is True
    assert Config().merged(rules_only=True).rules_only is True
    write(tmp_path / "datamap.toml", 'rules_only = "yes"\n')
    with pytest.raises(DatamapError):
        discover_config([str(tmp_path)])
