"""The map's folding and cap on a large generated estate, and the ``datamap dashboard`` command line."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from benchmarks.dashboard_speed import generate
from dashboard.grouping import Grouper
from dashboard.loading import load_estate
from dashboard.mapgraph import FlowFilter, build_map, flow_groups, select_flows
from datamap.cli import main
from datamap.commands.dashboard import streamlit_command


def test_large_estate_is_folded_and_capped(tmp_path: Path) -> None:
    estate = load_estate(str(generate(tmp_path / ".datamap", 2_000, 5_000, 1_500)))
    grouper = Grouper(estate.fields, {}, "table", "/estate")
    groups = flow_groups(estate.flows, grouper)
    rows = select_flows(estate.flows, groups, FlowFilter())
    data = build_map(estate.flows, groups, rows, grouper, {}, max_nodes=40)
    assert len(data.nodes) <= 40 < data.total_nodes
    kinds = {n.kind for n in data.nodes.values()}
    assert kinds == {"store", "code", "recipient"}
    assert max(n.level for n in data.nodes.values() if n.kind == "recipient") == max(
        n.level for n in data.nodes.values())
    assert all(e.source in data.nodes and e.target in data.nodes for e in data.edges.values())
    first_shown = [estate.flows["covered"].iat[i] for i in rows][: data.shown_flows]
    assert data.shown_flows > 0 and first_shown.count(False) > 0


def test_filters_select_exact_flows(tmp_path: Path) -> None:
    estate = load_estate(str(generate(tmp_path / ".datamap", 500, 1_000, 400)))
    grouper = Grouper(estate.fields, {}, "service", "/estate")
    groups = flow_groups(estate.flows, grouper)
    rows = select_flows(estate.flows, groups, FlowFilter(recipients=["stripe"], uncovered_only=True))
    expected = [i for i, (r, c) in enumerate(zip(estate.flows["recipient"], estate.flows["covered"], strict=True))
                if r == "stripe" and c is False]
    assert rows == expected
    assert all(g[0].id.startswith("schema:") for g in groups)


def test_command_help_and_server_command() -> None:
    result = CliRunner().invoke(main, ["dashboard", "--help"])
    assert result.exit_code == 0
    assert "datamap dashboard .datamap --port 8600" in result.output
    command = streamlit_command(8600, "127.0.0.1")
    assert command[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert command[4].endswith("dashboard/app.py") and Path(command[4]).is_file()
    assert command[command.index("--server.port") + 1] == "8600"
    assert command[command.index("--server.address") + 1] == "127.0.0.1"
    assert command[command.index("--server.headless") + 1] == "true"
