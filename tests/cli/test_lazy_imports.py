"""A command loads only what it needs: ``datamap check`` runs in every pre-commit hook and CI job, and loading the
dashboard, Parquet, the graph library or the SQL parser for nothing costs most of a warm check's time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pyarrow", "pandas", "numpy", "streamlit", "networkx", "sqlglot", "fideslang", "phonenumbers")
#: runs the CLI with argv[1:] in this process, then prints which heavy packages and datamap modules it loaded
PROBE = f'''\
import json, sys
from datamap.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
top = {{name.split(".")[0] for name in sys.modules}}
print(json.dumps({{"heavy": sorted(top & set({HEAVY!r})),
                  "classifier": "scanner.classify.classifier" in sys.modules,
                  "commands": sorted(m for m in sys.modules if m.startswith("datamap.commands."))}}))
'''


def _loaded(*args: str, cwd: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_command_line_loads_no_command_until_one_runs(tmp_path: Path) -> None:
    loaded = _loaded("--version", cwd=tmp_path)
    assert loaded == {"heavy": [], "classifier": False, "commands": []}


def test_a_warm_check_with_nothing_changed_loads_neither_parser_nor_classifier(tmp_path: Path) -> None:
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "users.sql").write_text("CREATE TABLE users (id bigint PRIMARY KEY, email text);\n")
    (tmp_path / "app.py").write_text("import requests\n\n\ndef send(email):\n"
                                     "    requests.post('https://x', json=email)\n")
    (tmp_path / "policy.yaml").write_text((ROOT / "sample_schemas" / "policy.yaml").read_text())
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    cold = _loaded("check", "--policy", "policy.yaml", cwd=tmp_path)
    assert "sqlglot" in cold["heavy"] and cold["classifier"]  # type: ignore[operator]
    warm = _loaded("check", "--policy", "policy.yaml", cwd=tmp_path)
    assert warm == {"heavy": [], "classifier": False, "commands": ["datamap.commands.check", "datamap.commands.common"]}


def test_a_warm_check_after_an_edit_to_code_without_sql_loads_no_parser(tmp_path: Path) -> None:
    """The Python reader runs the edited module's steps again; the SQL parser loads only when they run SQL."""
    (tmp_path / "app.py").write_text("import requests\n\n\ndef send(email):\n"
                                     "    requests.post('https://x', json=email)\n")
    (tmp_path / "store.py").write_text("def save(db, email):\n    db.execute('INSERT INTO users (email) VALUES (%s)',"
                                       " (email,))\n")
    (tmp_path / "policy.yaml").write_text((ROOT / "sample_schemas" / "policy.yaml").read_text())
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    assert "sqlglot" in _loaded("check", "--policy", "policy.yaml", cwd=tmp_path)["heavy"]  # type: ignore[operator]
    (tmp_path / "app.py").write_text("# sends sign-ups\n" + (tmp_path / "app.py").read_text())
    assert "sqlglot" not in _loaded("check", "--policy", "policy.yaml", cwd=tmp_path)["heavy"]  # type: ignore[operator]
    (tmp_path / "store.py").write_text("# stores sign-ups\n" + (tmp_path / "store.py").read_text())
    assert "sqlglot" in _loaded("check", "--policy", "policy.yaml", cwd=tmp_path)["heavy"]  # type: ignore[operator]
