"""The Python reader gives the same output in every process, whatever Python's string hashing, and a warm read in
a new process reuses what an earlier one kept (sets of strings iterate in a hash order that differs by process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
VIEWS = '''\
import logging

import sentry_sdk

logger = logging.getLogger(__name__)


def profile(request):
    data = request.json()
    user = {'email': data['email'], 'ip': request.remote_addr, 'phone': data['phone'], 'name': data['name'],
            'city': data['city'], 'birthday': data['birthday']}
    sentry_sdk.set_user(user)
    logger.info('seen %s', user)
    return user


def account(request):
    person = profile(request)
    logger.warning('account %s', person)
'''
#: reads the Python files of the folder argv[1] with the cache folder argv[2] (or none: "-"), prints the
#: encoded result and whether the last analysis was reused
READ = '''\
import json, sys
from pathlib import Path
from scanner.cache.codec import encode_result
from scanner.cache.store import CacheStore
from scanner.code import python
from scanner.options import ReadOptions

reused = []
original = python.reuse_previous
python.reuse_previous = lambda *args: reused.append(original(*args)) or reused[-1]
root = Path(sys.argv[1])
store = None if sys.argv[2] == "-" else CacheStore(Path(sys.argv[2]), "build")
paths = sorted(str(p) for p in root.rglob("*.py"))
result = python.read_python_files(paths, ReadOptions(), None, store=store)
print(json.dumps({"result": encode_result(result), "reused": [r is not None for r in reused]}))
'''


def _python(seed: int, *args: str, cwd: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def app(tmp_path: Path) -> Path:
    root = tmp_path / "app"
    root.mkdir()
    (root / "views.py").write_text(VIEWS)
    (root / "jobs.py").write_text("from views import profile\n\n\ndef nightly(request):\n    return profile(request)\n")
    return root


def test_a_scan_writes_the_same_bytes_whatever_the_string_hashing(app: Path) -> None:
    scan = ("-c", "from datamap.cli import main; main()", "scan", ".", "--no-cache", "--format", "json")
    outputs = {_python(seed, *scan, cwd=app) for seed in (1, 2, 3)}
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["fields"]


def test_a_warm_read_in_another_process_reuses_the_analysis_after_lines_move(app: Path, tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    cold = json.loads(_python(1, "-c", READ, str(app), cache, cwd=app))
    assert cold["reused"] == []
    views = app / "views.py"
    views.write_text(views.read_text().replace("    data = request.json()\n",
                                               "    logger.debug('profile')\n    data = request.json()\n"))
    warm = json.loads(_python(2, "-c", READ, str(app), cache, cwd=app))
    fresh = json.loads(_python(3, "-c", READ, str(app), "-", cwd=app))
    assert warm["reused"] == [True]
    assert warm["result"] == fresh["result"]
