"""Python reader speed: lines of code per second on a generated repository.

Generates a repository of N modules (default 2,000) in packages: Django and
SQLAlchemy models, helpers that other modules import and call, views and jobs
that send personal data to SDKs (Stripe, Segment, Mixpanel, Sentry, boto3 SES),
HTTP APIs, email and logs, and SQL strings. Times in the same run:
  - the floor: ``ast.parse`` of every file (reading and parsing only);
  - datamap: ``read_python_files`` (models, call graph, data flow, sinks, SQL).
Prints lines per second of both, the ratio, what was found and, with
``--profile``, where the time goes.

    python benchmarks/code_speed.py [--modules 2000] [--profile]
"""

from __future__ import annotations

import argparse
import ast
import cProfile
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scanner.code.python import read_python_files  # noqa: E402
from scanner.options import ReadOptions  # noqa: E402

ENTITIES = ["Member", "Customer", "Account", "Order", "Room", "Message", "Session", "Payment", "Device", "Profile"]
DJANGO_FIELDS = ["email = models.EmailField(help_text='contact address')",
                 "first_name = models.CharField(max_length=80)", "last_name = models.CharField(max_length=80)",
                 "phone = models.CharField(max_length=20)", "last_ip = models.GenericIPAddressField(null=True)",
                 "status = models.CharField(max_length=20)", "amount = models.DecimalField(max_digits=9)",
                 "created_at = models.DateTimeField(auto_now_add=True)", "birth_date = models.DateField()"]
SA_FIELDS = ["email: Mapped[str] = mapped_column(String(255))", "nickname: Mapped[str]",
             "phone: Mapped[Optional[str]]", "ip_address = Column(INET)", "country = Column(String(2))",
             "score = Column(Integer)"]


def django_models(rng: random.Random, app: int) -> str:
    out = ["from django.db import models", ""]
    for entity in rng.sample(ENTITIES, 4):
        out += ["", f"class {entity}{app}(models.Model):"]
        out += [f"    {line}" for line in rng.sample(DJANGO_FIELDS, 5)]
        out += ["", "    def display(self):", "        return f'{self.pk}'"]
    return "\n".join(out) + "\n"


def sqlalchemy_models(rng: random.Random, app: int) -> str:
    out = ["from typing import Optional", "from sqlalchemy import Column, Integer, String",
           "from sqlalchemy.dialects.postgresql import INET",
           "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column", "",
           "class Base(DeclarativeBase):", "    pass"]
    for entity in rng.sample(ENTITIES, 3):
        out += ["", f"class {entity}Row{app}(Base):", f"    __tablename__ = '{entity.lower()}_rows_{app}'",
                "    __table_args__ = {'schema': 'core'}", "    id = Column(Integer, primary_key=True)"]
        out += [f"    {line}" for line in rng.sample(SA_FIELDS, 4)]
    return "\n".join(out) + "\n"


def helpers(rng: random.Random, app: int) -> str:
    return f'''import hashlib
import logging

import analytics
import requests

log = logging.getLogger(__name__)
CAPI = "https://graph.facebook.com/v18.0/{app}/events"


def normalise(value):
    return value.strip().lower()


def hashed(value):
    return hashlib.sha256(normalise(value).encode()).hexdigest()


def track(user_id, email, plan):
    # datamap: purpose=analytics.reporting
    analytics.track(user_id, "Upgraded", {{"email": email, "plan": plan}})
    log.info("tracked %s", user_id)


def conversion(email, value):
    payload = {{"data": [{{"user_data": {{"em": hashed(email)}}, "value": value}}]}}
    return requests.post(CAPI, json=payload, timeout=5)
'''


def service(rng: random.Random, app: int, index: int, peers: int) -> str:
    entity = rng.choice(ENTITIES)
    other = rng.randrange(peers)
    body = [
        "import logging", "", "import sentry_sdk", "import stripe", "import boto3", "",
        f"from app{app}.models import *  # noqa",
        f"from app{app} import helpers",
        f"from app{other}.helpers import track", "",
        "logger = logging.getLogger(__name__)",
        "ses = boto3.client('ses')", "",
    ]
    for n in range(rng.randint(4, 9)):
        kind = rng.randrange(6)
        body += ["", f"def handler_{index}_{n}(request, pk):"]
        if kind == 0:
            body += [f"    member = {entity}{app}.objects.get(pk=pk)",
                     "    stripe.Customer.create(email=member.email, name=member.first_name)",
                     "    track(member.pk, member.email, 'pro')"]
        elif kind == 1:
            body += ["    rows = request.db.execute('SELECT email, phone FROM core.accounts WHERE id = %s', (pk,))",
                     "    for email, phone in rows:",
                     "        helpers.conversion(email, 10)",
                     "        logger.info(f'sent {phone}')"]
        elif kind == 2:
            body += ["    data = request.json()", "    user = {'email': data['email'], 'ip': request.remote_addr}",
                     "    sentry_sdk.set_user(user)", "    return user"]
        elif kind == 3:
            body += [f"    people = {entity}{app}.objects.filter(status='active')",
                     "    total = people.count()", "    logger.info('active %d', total)",
                     "    return [p.email for p in people]"]
        elif kind == 4:
            body += ["    address = request.POST.get('email')",
                     "    ses.send_email(Source='x@example.com', Destination={'ToAddresses': [address]},",
                     "                   Message={'Subject': {'Data': 'hi'}})"]
        else:
            body += ["    values = [x * 2 for x in range(pk) if x % 3]",
                     "    result = sum(values) / max(len(values), 1)",
                     "    if result > 10:", "        return {'score': result}", "    return None"]
    return "\n".join(body) + "\n"


def generate(folder: Path, modules: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    apps = max(1, modules // 20)
    paths: list[str] = []
    for app in range(apps):
        package = folder / f"app{app}"
        package.mkdir()
        files = {"__init__.py": "", "models.py": django_models(rng, app) if app % 2 else sqlalchemy_models(rng, app),
                 "helpers.py": helpers(rng, app)}
        for index in range(20 - len(files)):
            files[f"service{index}.py"] = service(rng, app, index, apps)
        for name, text in files.items():
            (package / name).write_text(text)
            paths.append(str(package / name))
    return paths[:modules]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modules", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(Path(tmp), args.modules)
        lines = sum(Path(p).read_text().count("\n") for p in paths)
        start = time.perf_counter()
        for path in paths:
            ast.parse(Path(path).read_text(), filename=path)
        floor = time.perf_counter() - start
        profiler = cProfile.Profile() if args.profile else None
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        result = read_python_files(paths, ReadOptions())
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - start
    sends = sum(1 for e in result.edges if e.kind == "sends")
    print(f"{len(paths)} modules, {lines} lines")
    print(f"ast.parse floor:   {floor:7.2f} s  {lines / floor:10.0f} lines/s")
    print(f"read_python_files: {elapsed:7.2f} s  {lines / elapsed:10.0f} lines/s  ({elapsed / floor:.1f}x the floor)")
    print(f"found: {len(result.fields)} fields, {len(result.edges)} edges, {sends} sending calls, "
          f"{len(result.errors)} errors")
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
