"""End to end in a real headless Chromium: ``datamap dashboard`` serves the sample estate; every page opens.

Chromium is Debian's ``/usr/bin/chromium`` (``scripts/ci_browser.sh`` installs it),
driven by Playwright's Python package. Screenshots go to ``test-artifacts/dashboard/``.
Without Chromium the test is skipped, except on CI (``CI=true``), where it fails.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("DATAMAP_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts" / "dashboard"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = {"": "Overview", "data-map": "Data map", "flagged-flows": "Flagged flows", "inventory": "Inventory",
         "policy": "Policy", "history": "History"}


def _require_browser() -> None:
    missing = []
    if not CHROMIUM.is_file():
        missing.append(f"Chromium is not installed at {CHROMIUM} (run scripts/ci_browser.sh)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package is not installed")
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("; ".join(missing) + " — the browser test must run on CI")
        pytest.skip("; ".join(missing))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, server: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"datamap dashboard exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the dashboard did not answer at {url} within {timeout}s")


@pytest.fixture(scope="module")
def served(sample_location: Path) -> Iterator[str]:
    _require_browser()
    port = _free_port()
    script = Path(sys.executable).parent / "datamap"
    command = [str(script)] if script.is_file() else [sys.executable, "-c", "from datamap.cli import main; main()"]
    server = subprocess.Popen([*command, "dashboard", str(sample_location), "--port", str(port),
                               "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server)
        yield url
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def browser_page(served: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1900})
        yield page
        browser.close()


def _open(page, served: str, path: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{served}/{path}")
    expect(page.get_by_role("heading", name=PAGES[path], exact=True).first).to_be_visible(timeout=60_000)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(page.get_by_test_id("stStatusWidget").get_by_text("Running")).to_have_count(0, timeout=60_000)
    page.wait_for_timeout(1500)


def test_every_page_opens_and_shows_its_content(browser_page, served: str) -> None:
    from playwright.sync_api import expect

    page = browser_page
    _open(page, served, "")
    expect(page.get_by_text("Personal fields", exact=True).first).to_be_visible()
    expect(page.get_by_text("Changes since the previous snapshot")).to_be_visible()
    page.screenshot(path=ARTIFACTS / "overview.png")

    _open(page, served, "data-map")
    graph = page.frame_locator("iframe[title*='agraph']")
    expect(graph.locator("canvas")).to_have_count(1, timeout=30_000)
    box = page.locator("iframe[title*='agraph']").bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 400
    expect(page.get_by_text("Box to inspect")).to_be_visible()
    page.wait_for_timeout(1500)
    page.screenshot(path=ARTIFACTS / "data-map.png")

    _open(page, served, "flagged-flows")
    cells = page.locator("[role=gridcell]", has_text="email is sent to meta_ads")
    expect(cells.first).to_be_attached(timeout=30_000)
    chooser = page.get_by_role("combobox", name="Finding to explain")
    chooser.click()
    chooser.fill("email is sent to meta_ads")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="DM101 uncovered-flow: email is sent to meta_ads")).to_be_visible(
        timeout=30_000)
    expect(page.get_by_text("EventRequest.execute").first).to_be_visible()
    expect(page.get_by_text("Path, with the evidence of each hop")).to_be_visible()
    expect(page.get_by_text("Policy sentence held against")).to_be_visible()
    page.screenshot(path=ARTIFACTS / "flagged-flows.png")

    for path in ("inventory", "policy", "history"):
        _open(page, served, path)
        page.wait_for_timeout(1000)
        page.screenshot(path=ARTIFACTS / f"{path}.png")
    expect(page.get_by_text("Findings by rule")).to_be_visible()
    assert {p.name for p in ARTIFACTS.iterdir()} >= {f"{p or 'overview'}.png" for p in PAGES}


def test_clicking_a_recipient_box_shows_its_paths(browser_page, served: str) -> None:
    from playwright.sync_api import expect

    page = browser_page
    _open(page, served, "data-map")
    frame = page.frame_locator("iframe[title*='agraph']")
    expect(frame.locator("canvas")).to_have_count(1, timeout=30_000)
    page.wait_for_timeout(1500)
    canvas = page.locator("iframe[title*='agraph']").bounding_box()
    assert canvas is not None
    position = _recipient_position(page, "recipient:meta_ads")
    page.mouse.click(canvas["x"] + position[0], canvas["y"] + position[1])
    expect(page.get_by_role("heading", name="Meta Conversions API", exact=False)).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Paths through it")).to_be_visible()
    page.wait_for_timeout(1500)
    page.screenshot(path=ARTIFACTS / "data-map-clicked.png")


def _recipient_position(page, node_id: str) -> tuple[float, float]:
    """Where the graph drew a node, in page pixels of the component frame, asked from the drawing library."""
    frame = next(f for f in page.frames if "agraph" in f.url)
    x, y = frame.evaluate(NODE_POSITION, node_id)
    return float(x), float(y)


# The network object lives in a React hook of the component; walk the fibers up from its container.
NODE_POSITION = """(id) => {
  const container = document.querySelector('.vis-network');
  const isNetwork = (v) => v && typeof v === 'object' && typeof v.getPositions === 'function';
  for (let el = container; el; el = el.parentElement) {
    const key = Object.keys(el).find((k) => k.startsWith('__reactInternalInstance') || k.startsWith('__reactFiber'));
    for (let fiber = key ? el[key] : null; fiber; fiber = fiber.return) {
      for (let hook = fiber.memoizedState; hook && typeof hook === 'object'; hook = hook.next) {
        const value = hook.memoizedState;
        const network = isNetwork(value) ? value : (value && isNetwork(value.current) ? value.current : null);
        if (network) {
          const dom = network.canvasToDOM(network.getPositions([id])[id]);
          const rect = container.getBoundingClientRect();
          return [dom.x + rect.left, dom.y + rect.top];
        }
      }
    }
  }
  throw new Error('the graph component holds no network');
}"""
