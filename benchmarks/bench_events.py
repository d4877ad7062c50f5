"""Event data at scale: 10 million GDELT-2.0-like events to dyad x month relations.

Measured in one run, each in a fresh process (time and peak resident memory):

- **graphkit**: ``gk.read_events(parquet, format="gdelt2")`` then
  ``gk.aggregate_events(events, period="M")``: the relations table with weights,
  evidence, top codes and URLs, plus the accounting of every event's fate.
- **graphkit counts**: the same with ``detail="counts"`` (no text columns).
- **minimal GROUP BY**: count and Goldstein sum per dyad, month and relation (the
  same CAMEO ``CASE``) in DuckDB SQL: the floor the two ratios are taken against.
- **bare DuckDB**: one SQL ``GROUP BY`` doing the same reduction on the same Parquet
  file (the same CAMEO mapping as a ``CASE``, dyad x month x relation: count, Goldstein
  sum and parts, quad counts, mentions, first/last date, first/last URL) plus the same
  top-codes window query, results fetched through Arrow into pandas. No evidence text,
  no weights, no fate accounting.
- **Spark**: the same ``aggregate_events`` over the same Parquet file on local Spark
  (``local[2]``) through Ibis's PySpark backend; time stated, not gated.
- **raw files to Parquet**: GDELT 2.0 export files (tab-separated text, zipped like
  GDELT's ``.export.CSV.zip``) read by ``gk.read_events`` and written to Parquet, in
  rows per second.

Goals (issue 21): ``detail="counts"`` within 2x and the full detail within 5x of the
minimal GROUP BY, the full detail at least as fast as the same-output SQL, peak memory
under 6 GiB. The SQL groups raw actor codes, graphkit actor ids (roles without a
country are no actors, symmetric types one relation per pair): their relations and
event totals differ by those, and each run's are printed.
Synthetic data: Zipf-distributed actor codes (the reference table's 197 states and three
regions, each bare and with nine roles; five role codes without a country; the UN, the
EU and NATO), 3 years of dates, CAMEO codes drawn with GDELT-like frequencies, one URL
per four events.

Usage: python benchmarks/bench_events.py [--events 10000000] [--runs 3] [--raw 1000000]
       [--no-spark]   (--raw 0: no raw-file measurement)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "events.txt"

CODES = {  # code: (Goldstein, relative frequency)
    "010": (0.0, 20),
    "012": (-0.4, 3),
    "018": (3.4, 2),
    "020": (3.0, 4),
    "022": (3.4, 1),
    "036": (4.0, 6),
    "040": (1.0, 18),
    "042": (1.9, 8),
    "043": (2.8, 8),
    "046": (7.0, 4),
    "051": (3.4, 6),
    "057": (8.0, 2),
    "061": (6.4, 2),
    "062": (7.4, 1),
    "071": (7.4, 1),
    "072": (8.3, 1),
    "073": (7.4, 2),
    "0841": (7.0, 1),
    "090": (-2.0, 2),
    "100": (-5.0, 2),
    "111": (-2.0, 6),
    "112": (-2.0, 5),
    "120": (-4.0, 2),
    "130": (-4.4, 2),
    "138": (-7.0, 1),
    "141": (-6.5, 3),
    "145": (-7.5, 1),
    "150": (-7.2, 1),
    "161": (-4.0, 1),
    "166": (-8.0, 1),
    "173": (-5.0, 6),
    "172": (-5.0, 1),
    "180": (-9.0, 1),
    "182": (-9.5, 1),
    "183": (-10.0, 1),
    "190": (-10.0, 5),
    "193": (-10.0, 2),
    "195": (-10.0, 1),
    "200": (-10.0, 1),
}
ROLES = ["", "", "GOV", "MIL", "REB", "OPP", "BUS", "CVL", "MED", "COP"]
GENERIC = ["BUS", "MED", "CVL", "EDU", "AGR"]
BODIES = [("IGOUNO", "", "UNO"), ("IGOEUREEC", "EUR", "EEC"), ("IGOWSTNAT", "WST", "NAT")]


def quad_of(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def generate(path: Path, events: int, *, seed: int = 7) -> None:
    """Write ``events`` synthetic GDELT 2.0 events with the codebook's column names."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    import graphkit as gk

    rng = np.random.default_rng(seed)
    # real CAMEO country codes (the reference table's 197 states and three regions), so
    # that actor ids resolve as real rows do; plus role codes without a country
    # (generic actors) and international bodies, as GDELT writes them
    table = gk.countries()
    countries = [*sorted(table.loc[table["kind"] == "state", "cameo"]), "AFR", "EUR", "MEA"]
    actors = [(c, c + r, r, "") for c in countries for r in ROLES[1:]]
    actors += [(c, c, "", "") for c in countries]
    actors += [("", r, r, "") for r in GENERIC]
    actors += [(region, code, "IGO", group) for code, region, group in BODIES]
    ranks = np.arange(1, len(actors) + 1)
    weights = 1.0 / ranks**1.1
    weights /= weights.sum()
    order = rng.permutation(len(actors))
    codes = list(CODES)
    code_p = np.array([CODES[c][1] for c in codes], dtype=float)
    code_p /= code_p.sum()
    start = np.datetime64("2021-01-01")
    days = (np.datetime64("2024-01-01") - start).astype(int)
    chunk = 1_000_000
    writer = None
    code_dict = pa.array(codes)
    actor_codes = pa.array([actors[i][1] for i in order])
    actor_country = pa.array([actors[i][0] for i in order])
    actor_role = pa.array([actors[i][2] for i in order])
    actor_group = pa.array([actors[i][3] for i in order])
    goldstein = np.array([CODES[c][0] for c in codes])
    quad = np.array([quad_of(int(c[:2])) for c in codes], dtype=np.int64)
    roots = pa.array([c[:2] for c in codes])
    for first in range(0, events, chunk):
        n = min(chunk, events - first)
        a1 = rng.choice(len(actors), n, p=weights)
        a2 = rng.choice(len(actors), n, p=weights)
        blank = rng.random(n) < 0.1  # GDELT leaves an actor blank about one time in ten
        c = rng.choice(len(codes), n, p=code_p)
        day = start + rng.integers(0, days, n).astype("timedelta64[D]")
        sqldate = np.char.replace(np.datetime_as_string(day, unit="D"), "-", "").astype(np.int64)
        ids = np.arange(first, first + n, dtype=np.int64) + 900_000_000
        take = pa.array(a1)
        take2 = pa.array(a2)
        url_ids = pa.array(((ids - 900_000_000) // 4).astype(str))
        columns = {
            "GLOBALEVENTID": pa.array(ids),
            "SQLDATE": pa.array(sqldate),
            "Actor1Code": actor_codes.take(take),
            "Actor1Name": actor_codes.take(take),
            "Actor1CountryCode": actor_country.take(take),
            "Actor1KnownGroupCode": actor_group.take(take),
            "Actor1Type1Code": actor_role.take(take),
            "Actor2Code": pa.array(np.where(blank, "", actor_codes.take(take2).to_numpy(False))),
            "Actor2Name": actor_codes.take(take2),
            "Actor2CountryCode": actor_country.take(take2),
            "Actor2KnownGroupCode": actor_group.take(take2),
            "Actor2Type1Code": actor_role.take(take2),
            "IsRootEvent": pa.array(rng.integers(0, 2, n)),
            "EventCode": code_dict.take(pa.array(c)),
            "EventRootCode": roots.take(pa.array(c)),
            "QuadClass": pa.array(quad[c]),
            "GoldsteinScale": pa.array(goldstein[c]),
            "NumMentions": pa.array(rng.integers(1, 30, n)),
            "NumSources": pa.array(rng.integers(1, 5, n)),
            "NumArticles": pa.array(rng.integers(1, 30, n)),
            "SOURCEURL": pa.compute.binary_join_element_wise(
                "https://news.example/article/", url_ids, ""
            ),
        }
        table = pa.table(columns)
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema)
        writer.write_table(table, row_group_size=chunk)
    assert writer is not None
    writer.close()


def _mapping_case(column: str) -> str:
    import graphkit as gk

    mapping = gk.event_mapping("cameo")
    rows = sorted(zip(mapping.code, mapping.relation, strict=True), key=lambda r: -len(r[0]))
    whens = " ".join(f"WHEN starts_with({column}, '{c}') THEN '{r}'" for c, r in rows)
    return f"CASE {whens} END"


def measure_graphkit(path: str, detail: str = "full") -> tuple[int, int]:
    import graphkit as gk

    events = gk.read_events(path, format="gdelt2")
    relations = gk.aggregate_events(events, period="M", detail=detail)
    return len(relations), int(relations["events"].sum())


def measure_graphkit_counts(path: str) -> tuple[int, int]:
    return measure_graphkit(path, detail="counts")


def _events_view(con, path: str) -> None:
    """The SQL baselines' events: raw actor codes, the CAMEO mapping as a CASE."""
    relation = _mapping_case("EventCode")
    con.execute(f"""
        CREATE TEMP VIEW ev AS
        SELECT Actor1Code AS source, Actor2Code AS target, EventCode AS code,
               CAST(strptime(CAST(SQLDATE AS VARCHAR), '%Y%m%d') AS DATE) AS day,
               GoldsteinScale AS g, QuadClass AS quad, NumMentions AS mentions,
               SOURCEURL AS url, {relation} AS relation
        FROM read_parquet('{path}')
        WHERE Actor1Code <> '' AND Actor2Code <> '' AND Actor1Code <> Actor2Code
    """)


def measure_minimal(path: str) -> tuple[int, int]:
    """The minimal GROUP BY: count and Goldstein sum per dyad, month and relation."""
    import duckdb

    con = duckdb.connect()
    _events_view(con, path)
    table = (
        con.execute("""
        SELECT source, target, relation, date_trunc('month', day) AS month,
               count(*) AS events, sum(g) AS goldstein
        FROM ev WHERE relation <> '' GROUP BY ALL
    """)
        .arrow()
        .read_all()
    )
    return table.num_rows, int(pa_sum(table["events"]))


def pa_sum(column) -> int:
    import pyarrow.compute as pc

    return pc.sum(column).as_py() or 0


def measure_duckdb(path: str) -> tuple[int, int]:
    """The same outputs less the text: counts, Goldstein sums and parts, quad counts,
    first/last day and URL, top three codes by a window."""
    import duckdb

    con = duckdb.connect()
    _events_view(con, path)
    keys = "source, target, relation, date_trunc('month', day)"
    main = (
        con.execute(f"""
        SELECT {keys} AS month, count(*) AS events, sum(g) AS goldstein,
               sum(CASE WHEN g > 0 THEN g ELSE 0 END) AS goldstein_pos,
               sum(CASE WHEN g < 0 THEN g ELSE 0 END) AS goldstein_neg,
               sum(CASE WHEN quad = 1 THEN 1 ELSE 0 END) AS quad1,
               sum(CASE WHEN quad = 2 THEN 1 ELSE 0 END) AS quad2,
               sum(CASE WHEN quad = 3 THEN 1 ELSE 0 END) AS quad3,
               sum(CASE WHEN quad = 4 THEN 1 ELSE 0 END) AS quad4,
               sum(mentions) AS mentions, min(day) AS first_event, max(day) AS last_event,
               min(url) AS url_first, max(url) AS url_last
        FROM ev WHERE relation <> '' GROUP BY ALL
    """)
        .arrow()
        .read_all()
        .to_pandas()
    )
    con.execute(f"""
        SELECT * FROM (
          SELECT *, row_number() OVER (PARTITION BY source, target, relation, month
                                       ORDER BY n DESC, code) AS rank
          FROM (SELECT {keys} AS month, code, count(*) AS n FROM ev
                WHERE relation <> '' GROUP BY ALL)
        ) WHERE rank <= 3
    """).arrow().read_all().to_pandas()
    return len(main), int(main["events"].sum())


def measure_spark(path: str) -> int:
    import tempfile

    import ibis
    from pyspark.sql import SparkSession

    import graphkit as gk

    # Spark's warehouse and Derby's metastore in a temporary folder, not the current one
    scratch = tempfile.mkdtemp(prefix="graphkit-spark-")
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.sql.warehouse.dir", f"{scratch}/warehouse")
        .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={scratch}")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.driver.memory", "4g")
        .config("spark.driver.maxResultSize", "0")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.read.parquet(path).createOrReplaceTempView("gdelt_raw")
    events = gk.as_events(ibis.pyspark.connect(spark).table("gdelt_raw"), format="gdelt2")
    relations = gk.aggregate_events(events, period="M")
    return len(relations), int(relations["events"].sum())


def measure_raw(path: str) -> int:
    """Raw zipped GDELT files (the folder ``path``) to one Parquet file of canonical events."""
    import graphkit as gk

    events = gk.read_events(str(Path(path) / "*.export.CSV.zip"), format="gdelt2")
    events.to_parquet(Path(path) / "canonical.parquet")
    return int(events.count().to_pyarrow().as_py())


def write_raw_files(parquet: Path, folder: Path, rows: int, files: int = 4) -> None:
    """GDELT 2.0 export files: 61 tab-separated columns, no header, zipped."""
    import duckdb

    from graphkit.events import SOURCES

    con = duckdb.connect()
    have = set(con.execute(f"DESCRIBE SELECT * FROM read_parquet('{parquet}')").df().column_name)
    select = ", ".join(
        f'"{c}"' if c in have else f"'' AS \"{c}\"" for c in SOURCES["gdelt2"].columns
    )
    per_file = rows // files
    for i in range(files):
        text = folder / f"2021010{i}000000.export.CSV"
        con.execute(
            f"COPY (SELECT {select} FROM read_parquet('{parquet}') LIMIT {per_file} "
            f"OFFSET {i * per_file}) TO '{text}' (FORMAT csv, DELIMITER '\t', HEADER false, "
            f"QUOTE '', ESCAPE '')"
        )
        with zipfile.ZipFile(f"{text}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(text, text.name)
        text.unlink()


def child(kind: str, path: str) -> None:
    """Run one measurement in this process and print it as JSON."""
    run = {
        "graphkit": measure_graphkit,
        "counts": measure_graphkit_counts,
        "duckdb": measure_duckdb,
        "minimal": measure_minimal,
        "spark": measure_spark,
        "raw": measure_raw,
    }[kind]
    started = time.perf_counter()
    cpu_started = time.process_time()
    rows = run(path)
    rows, events = rows if isinstance(rows, tuple) else (rows, None)
    seconds = time.perf_counter() - started
    # CPU time of every thread (DuckDB's too): less sensitive than wall time to the
    # other work on a shared machine, so stated next to it
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB
    print(
        json.dumps(
            {"seconds": seconds, "cpu": cpu, "peak_mib": peak, "rows": rows, "events": events}
        )
    )


def measure(kind: str, path: Path) -> dict:
    env = {**os.environ, "GRAPHKIT_QUIET": "1"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{done.stderr[:3000]}\n...\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--raw", type=int, default=1_000_000, help="rows of raw text files")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    lines = _Lines()
    lines.append(
        f"# {time.strftime('%Y-%m-%d %H:%M')} UTC  load {os.getloadavg()[0]:.2f}  "
        f"events {args.events:,}  runs {args.runs}  cpus {os.cpu_count()}"
    )
    with tempfile.TemporaryDirectory() as folder:
        parquet = Path(folder) / "events.parquet"
        started = time.perf_counter()
        generate(parquet, args.events)
        lines.append(
            f"generated {args.events:,} events in {time.perf_counter() - started:.1f} s "
            f"({parquet.stat().st_size / 2**20:.0f} MiB Parquet)"
        )
        results: dict[str, list[dict]] = {"graphkit": [], "counts": [], "duckdb": [], "minimal": []}
        for _ in range(args.runs):  # alternating, one of each per round
            for kind in results:
                results[kind].append(measure(kind, parquet))
        median = {k: statistics.median(r["seconds"] for r in v) for k, v in results.items()}
        cpu = {k: statistics.median(r["cpu"] for r in v) for k, v in results.items()}
        for kind, runs in results.items():
            times = " ".join(f"{r['seconds']:.2f}" for r in runs)
            lines.append(
                f"{kind:<9} median {median[kind]:6.2f} s  "
                f"runs {times}  cpu {cpu[kind]:.1f} s  "
                f"peak {max(r['peak_mib'] for r in runs):,.0f} MiB  rows {runs[0]['rows']:,}  "
                f"events {runs[0]['events']:,}"
            )

        def ratio(a: str, b: str) -> str:
            return f"{median[a] / median[b]:.2f}x (CPU {cpu[a] / cpu[b]:.2f}x)"

        peak = max(r["peak_mib"] for r in results["graphkit"]) / 1024
        lines.append(
            f"full / same-output SQL {ratio('graphkit', 'duckdb')} (goal: at most 1x); "
            f"full / minimal GROUP BY {ratio('graphkit', 'minimal')} (goal: at most 5x); "
            f"counts / minimal GROUP BY {ratio('counts', 'minimal')} (goal: at most 2x); "
            f"graphkit peak {peak:.2f} GiB (goal: under 6 GiB)"
        )
        if args.raw:
            raw_folder = Path(folder) / "raw"
            raw_folder.mkdir()
            write_raw_files(parquet, raw_folder, args.raw)
            raw = measure("raw", raw_folder)
            lines.append(
                f"raw GDELT zips -> Parquet: {raw['rows']:,} rows in {raw['seconds']:.1f} s = "
                f"{raw['rows'] / raw['seconds']:,.0f} rows/s, peak {raw['peak_mib']:,.0f} MiB"
            )
        if not args.no_spark:
            try:
                spark = measure("spark", parquet)
            except RuntimeError as exc:
                cause = [
                    line for line in str(exc).splitlines() if "Error" in line or "Exception" in line
                ]
                lines.append(f"spark local[2]: failed ({(cause or ['unknown'])[0][:200]})")
            else:
                lines.append(
                    f"spark local[2]: {spark['seconds']:.1f} s (session start included), "
                    f"rows {spark['rows']:,}, events {spark['events']:,}, "
                    f"driver peak {spark['peak_mib']:,.0f} MiB"
                )
    lines.append(f"load at end {os.getloadavg()[0]:.2f}")
    lines.append("")


class _Lines(list):
    """Report lines, printed and appended to the results file as soon as they are known."""

    def append(self, line: str) -> None:
        super().append(line)
        print(line, flush=True)
        RESULTS.parent.mkdir(exist_ok=True)
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


if __name__ == "__main__":
    main()
