"""``datamap dashboard``: open the Streamlit data map on a snapshot location (read-only; it never scans)."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path

import click

from catalog.errors import DatamapError
from dashboard.location import LOCATION_ENV
from datamap.commands.common import handle_user_errors


def _app_path() -> Path:
    spec = importlib.util.find_spec("dashboard.app")
    if spec is None or spec.origin is None:
        raise DatamapError("the dashboard package is not installed with this datamap")
    return Path(spec.origin)


def streamlit_command(port: int, host: str) -> list[str]:
    """The ``streamlit run`` command line that serves the dashboard."""
    return [sys.executable, "-m", "streamlit", "run", str(_app_path()), "--server.port", str(port),
            "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--global.developmentMode", "false", "--server.fileWatcherType", "none", "--theme.base", "light"]


def _resolved(location: str) -> str:
    return location if "://" in location else str(Path(location).resolve())


@click.command()
@click.argument("location", default=".datamap", required=False)
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True, help="port to serve on")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@handle_user_errors
def dashboard(location: str, port: int, host: str) -> None:
    """Open the data map in a browser: overview, map, flagged flows, inventory, policy, history.

    LOCATION is a folder of snapshots (what `datamap scan --out` wrote, default
    .datamap), one snapshot's folder, or a snapshot URI.

    \b
    Examples:
      datamap scan sample_schemas/ --policy sample_schemas/policy.yaml
      datamap dashboard
      datamap dashboard .datamap --port 8600
    """
    if importlib.util.find_spec("streamlit") is None:
        raise DatamapError("the dashboard needs Streamlit: install it with `pip install streamlit streamlit-agraph`")
    environment = {**os.environ, LOCATION_ENV: _resolved(location)}
    click.echo(f"datamap dashboard on http://{host}:{port}/ (snapshots: {location}); Ctrl+C stops it", err=True)
    code = serve(streamlit_command(port, host), environment)
    if code not in (0, -signal.SIGINT, -signal.SIGTERM):
        sys.exit(code)


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def serve(command: list[str], environment: dict[str, str]) -> int:
    """Run the server until it ends; Ctrl+C or a SIGTERM to datamap stops it too."""
    previous = signal.signal(signal.SIGTERM, _stop)
    server = subprocess.Popen(command, env=environment)
    try:
        return server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        signal.signal(signal.SIGTERM, previous)
