"""Value classification: accuracy on columns with uninformative names, and throughput.

Generates a table whose columns are named ``col_01``, ``col_02``… (so only the
values can tell what they hold): personal kinds in several formats, and look-alike
columns that are not personal (order numbers, prices, recent dates, product
text, version strings), each with a share of junk values ("n/a"). Then, in the same run and on the same values:
  - datamap: ``profile_values`` per column; a column's prediction is its best
    match when the match ratio is at least --threshold;
  - Microsoft Presidio's structured analyzer (presidio-structured) with pattern
    recognizers only: no spaCy model, no NLP entities.
Prints micro-F1 over column categories (all columns, and only the kinds both tools
can name), rows per second and columns per second, and the per-column table.

    python benchmarks/sampling.py [--rows 300] [--seed 7] [--noise 0.1] [--threshold 0.5]
                                  [--presidio-threshold 0.5] [--no-presidio]
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scanner.values import profile_values  # noqa: E402

Generator = Callable[[random.Random, int], object]

FIRST = ["ana", "ben", "chloe", "dmitri", "eva", "farid", "grace", "hiro", "ines", "jon", "kemal", "lucia"]
DOMAINS = ["gmail.com", "outlook.com", "example.org", "yahoo.co.uk", "web.de", "proton.me"]
WORDS = "the quick meeting room about our plan next week please bring notes and coffee for everyone".split()
PRODUCTS = ["blue widget", "red gadget large", "steel bolt 8mm", "garden hose 20m", "desk lamp"]
AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
]
CARD_PREFIXES = ["4", "51", "52", "55", "37", "6011"]
IBAN_COUNTRIES = {"DE": 18, "FR": 23, "GB": 18, "AT": 16, "ES": 20}


def email(rng: random.Random, i: int) -> str:
    return f"{rng.choice(FIRST)}.{rng.choice(FIRST)}{i}@{rng.choice(DOMAINS)}"


def phone_us(rng: random.Random, i: int) -> str:
    return f"({rng.choice(['212', '415', '617', '312', '646'])}) {rng.randint(201, 989)}-{rng.randint(0, 9999):04d}"


def phone_e164(rng: random.Random, i: int) -> str:
    return rng.choice(
        [
            f"+44 20 7946 {rng.randint(0, 999):04d}",
            f"+49 30 {rng.randint(1000000, 9999999)}",
            f"+1 415-{rng.randint(201, 989)}-{rng.randint(0, 9999):04d}",
        ]
    )


def ipv4(rng: random.Random, i: int) -> str:
    return f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random, i: int) -> str:
    return "2001:db8:" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(6))


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return digits + str((10 - total % 10) % 10)


def card(rng: random.Random, i: int) -> str:
    prefix = rng.choice(CARD_PREFIXES)
    number = _luhn_complete(prefix, 15 if prefix == "37" else 16, rng)
    return " ".join(number[k : k + 4] for k in range(0, len(number), 4))


def iban(rng: random.Random, i: int) -> str:
    """A valid IBAN (check digits and the country's own account-number checks)."""
    from stdnum import iban as stdnum_iban

    while True:
        country = rng.choice(sorted(IBAN_COUNTRIES))
        bban = "".join(str(rng.randint(0, 9)) for _ in range(IBAN_COUNTRIES[country]))
        if country == "GB":
            bban = "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", k=4)) + bban[:14]
        candidate = f"{country}{stdnum_iban.calc_check_digits(f'{country}00{bban}')}{bban}"
        if stdnum_iban.is_valid(candidate):
            return candidate


def ssn(rng: random.Random, i: int) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def birth_date(rng: random.Random, i: int) -> date:
    return date(1945, 1, 1) + timedelta(days=rng.randint(0, 60 * 365))


def birth_text(rng: random.Random, i: int) -> str:
    born = birth_date(rng, i)
    assert isinstance(born, date)
    return born.strftime("%m/%d/%Y")


def latitude(rng: random.Random, i: int) -> float:
    return round(rng.uniform(-60, 70), 6)


def lat_lon(rng: random.Random, i: int) -> str:
    return f"{rng.uniform(-60, 70):.5f},{rng.uniform(-170, 170):.5f}"


def ad_id(rng: random.Random, i: int) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def mac(rng: random.Random, i: int) -> str:
    return ":".join(f"{rng.getrandbits(8):02x}" for _ in range(6))


def agent(rng: random.Random, i: int) -> str:
    return rng.choice(AGENTS)


def prose_with_contacts(rng: random.Random, i: int) -> str:
    words = " ".join(rng.choices(WORDS, k=8))
    return f"{words} - reach me at {email(rng, i)}" if rng.random() < 0.5 else f"{words} {words}"


def order_number(rng: random.Random, i: int) -> str:
    return f"{rng.randint(10_000_000, 99_999_999)}"


def price(rng: random.Random, i: int) -> Decimal:
    return Decimal(f"{rng.randint(1, 500)}.{rng.randint(0, 99):02d}")


def recent_date(rng: random.Random, i: int) -> str:
    return (date(2019, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))).isoformat()


def timestamp(rng: random.Random, i: int) -> str:
    return (datetime(2021, 1, 1) + timedelta(seconds=rng.randint(0, 10**8))).isoformat(sep=" ")


def product_text(rng: random.Random, i: int) -> str:
    return f"{rng.choice(PRODUCTS)}, {' '.join(rng.choices(WORDS, k=6))}"


def version(rng: random.Random, i: int) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}"


def status(rng: random.Random, i: int) -> str:
    return rng.choice(["active", "pending", "closed", "refunded"])


def quantity(rng: random.Random, i: int) -> int:
    return rng.randint(1, 500)


def rating(rng: random.Random, i: int) -> float:
    return round(rng.uniform(1, 5), 1)


def sku(rng: random.Random, i: int) -> str:
    return f"SKU-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFG')}"


#: (generator, the category a reader should give the column, or None for not personal)
COLUMNS: list[tuple[Generator, str | None]] = [
    (email, "user.contact.email"),
    (phone_us, "user.contact.phone_number"),
    (phone_e164, "user.contact.phone_number"),
    (ipv4, "user.device.ip_address"),
    (ipv6, "user.device.ip_address"),
    (card, "user.financial.credit_card"),
    (iban, "user.financial.bank_account"),
    (ssn, "user.government_id.national_identification_number"),
    (birth_date, "user.demographic.date_of_birth"),
    (birth_text, "user.demographic.date_of_birth"),
    (latitude, "user.location.precise"),
    (lat_lon, "user.location.precise"),
    (ad_id, "user.device.device_id"),
    (mac, "user.device.device_id"),
    (agent, "user.device"),
    (prose_with_contacts, "user.content"),
    (order_number, None),
    (price, None),
    (recent_date, None),
    (timestamp, None),
    (product_text, None),
    (version, None),
    (status, None),
    (quantity, None),
    (rating, None),
    (sku, None),
]

#: Presidio entity -> taxonomy key (DATE_TIME is the nearest Presidio has to a birth date)
PRESIDIO_CATEGORIES = {
    "EMAIL_ADDRESS": "user.contact.email",
    "PHONE_NUMBER": "user.contact.phone_number",
    "IP_ADDRESS": "user.device.ip_address",
    "CREDIT_CARD": "user.financial.credit_card",
    "IBAN_CODE": "user.financial.bank_account",
    "US_BANK_NUMBER": "user.financial.bank_account",
    "US_SSN": "user.government_id.national_identification_number",
    "US_ITIN": "user.government_id.national_identification_number",
    "UK_NINO": "user.government_id.national_identification_number",
    "US_PASSPORT": "user.government_id.passport_number",
    "US_DRIVER_LICENSE": "user.government_id.drivers_license_number",
    "DATE_TIME": "user.demographic.date_of_birth",
    "URL": "user.contact.url",
    "UK_NHS": "user.health_and_medical.record_id",
    "MEDICAL_LICENSE": "user.government_id",
    "MAC_ADDRESS": "user.device.device_id",
}
#: categories Presidio's pattern recognizers can name at all
PRESIDIO_CAN_NAME = set(PRESIDIO_CATEGORIES.values())


@dataclass(frozen=True)
class Run:
    name: str
    predictions: list[str | None]
    seconds: float


JUNK = ["n/a", "unknown", "-", "none", "TBD", "?"]


def generate(rows: int, seed: int, noise: float) -> dict[str, list[object]]:
    """The table: every column made by its generator, with a share of junk values mixed in."""
    rng = random.Random(seed)

    def value(make: Generator, i: int) -> object:
        return rng.choice(JUNK) if rng.random() < noise else make(rng, i)

    return {f"col_{index:02d}": [value(make, i) for i in range(rows)] for index, (make, _) in enumerate(COLUMNS, 1)}


def run_datamap(table: dict[str, list[object]], threshold: float) -> Run:
    started = time.perf_counter()
    predictions = []
    for values in table.values():
        best = profile_values(values).best()
        predictions.append(best[0] if best and best[1] >= threshold else None)
    return Run("datamap", predictions, time.perf_counter() - started)


def _blank_nlp_engine() -> object:
    """A Presidio NLP engine that finds nothing: no language model is loaded or needed."""
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

    class BlankNlpEngine(NlpEngine):  # type: ignore[misc]
        def load(self) -> None:
            return None

        def is_loaded(self) -> bool:
            return True

        def process_text(self, text: str, language: str) -> NlpArtifacts:
            return NlpArtifacts(
                entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self, language=language
            )

        def process_batch(self, texts, language, batch_size=1, n_process=1, **kwargs):  # type: ignore[no-untyped-def]
            for text in texts:
                yield text, self.process_text(text, language)

        def is_stopword(self, word: str, language: str) -> bool:
            return False

        def is_punct(self, word: str, language: str) -> bool:
            return False

        def get_supported_entities(self) -> list[str]:
            return []

        def get_supported_languages(self) -> list[str]:
            return ["en"]

    return BlankNlpEngine()


def presidio_builder(threshold: float) -> object:
    """presidio-structured's pandas analyzer with Presidio's pattern recognizers only."""
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # it tries to refresh a suffix list online
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_structured import PandasAnalysisBuilder

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    registry.recognizers = [
        r
        for r in registry.recognizers
        if type(r).__name__ not in {"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer"}
    ]
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=_blank_nlp_engine(),
        supported_languages=["en"],
        default_score_threshold=threshold,
    )
    return PandasAnalysisBuilder(analyzer=engine, analyzer_score_threshold=threshold)


def run_presidio(table: dict[str, list[object]], builder: object) -> Run:
    import pandas as pd

    frame = pd.DataFrame({name: [str(value) for value in values] for name, values in table.items()})
    started = time.perf_counter()
    analysis = builder.generate_analysis(frame, n=len(frame), language="en")  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    mapping = analysis.entity_mapping
    return Run("presidio", [PRESIDIO_CATEGORIES.get(mapping.get(name, ""), None) for name in table], seconds)


def f1(truth: list[str | None], predicted: list[str | None], keep: list[bool]) -> float:
    """Micro-F1 over personal categories: right category = TP, wrong or extra = FP, missed = FN."""
    tp = fp = fn = 0
    for expected, got, counted in zip(truth, predicted, keep, strict=True):
        if not counted:
            continue
        if got is not None and got == expected:
            tp += 1
            continue
        fp += got is not None
        fn += expected is not None
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(table: dict[str, list[object]], runs: list[Run]) -> None:
    truth = [label for _, label in COLUMNS]
    rows = len(next(iter(table.values())))
    everything = [True] * len(truth)
    shared = [label is None or label in PRESIDIO_CAN_NAME for label in truth]
    print(
        f"{len(truth)} columns x {rows} rows, names uninformative (col_01…); "
        f"{sum(shared)} columns are of kinds both tools can name"
    )
    print(f"{'':10} {'F1 all':>8} {'F1 shared':>10} {'rows/s':>10} {'columns/s':>10} {'seconds':>8}")
    for run in runs:
        print(
            f"{run.name:10} {f1(truth, run.predictions, everything):8.3f} {f1(truth, run.predictions, shared):10.3f} "
            f"{rows / run.seconds:10.0f} {len(truth) / run.seconds:10.1f} {run.seconds:8.3f}"
        )
    print()
    header = f"{'column':8} {'generator':20} {'truth':48} " + " ".join(f"{run.name:48}" for run in runs)
    print(header)
    for index, (name, (make, label)) in enumerate(zip(table, COLUMNS, strict=True)):
        cells = " ".join(f"{(run.predictions[index] or '-'):48}" for run in runs)
        print(f"{name:8} {make.__name__:20} {(label or '-'):48} {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threshold", type=float, default=0.5, help="datamap's minimum match ratio")
    parser.add_argument("--noise", type=float, default=0.1, help="share of junk values such as 'n/a'")
    parser.add_argument("--presidio-threshold", type=float, default=0.5, help="Presidio's minimum score")
    parser.add_argument("--no-presidio", action="store_true")
    args = parser.parse_args()
    table = generate(args.rows, args.seed, args.noise)
    runs = [run_datamap(table, args.threshold)]
    if not args.no_presidio:
        try:
            builder = presidio_builder(args.presidio_threshold)
        except ImportError as error:
            print(f"presidio-structured is not installed ({error}); datamap's figures only\n")
        else:
            runs.append(run_presidio(table, builder))
    report(table, runs)


if __name__ == "__main__":
    main()
