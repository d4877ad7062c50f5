"""Speed of relation extraction, against spaCy's own parsing of the same text in the same run.

The development set's 218 real sentences (tests/text/data/sentences.csv) are extracted
with the bundled English model, already loaded:

- ``parse only``: ``nlp.pipe`` over the sentences, the baseline (what extraction cannot
  go below), and ``nlp(sentence)`` one by one, the baseline of one call per sentence;
- ``extract, batched``: ``gk.extract_relations(list_of_sentences, actors=...)``, one call
  (``nlp.pipe`` inside);
- ``extract, one call per sentence``: ``gk.extract_relations(sentence, actors=...)`` in a
  loop, as the acceptance checks call it;
- ``extract, one article``: the sentences joined into one text;
- ``extract, batched, every core``: the batch with ``n_process=-1`` (forked workers that
  parse and read their share of the texts); on a machine shared with other work the gain
  is what the free cores allow.

Each is timed ``--runs`` times, alternating; medians are compared. Goal (issue 10): at
least 50 sentences per second after the model is loaded. The machine is shared: the
load average is recorded with the figures.

Usage: python benchmarks/bench_extract.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

import graphkit as gk
from graphkit.text.pipeline import english_pipeline

ROOT = Path(__file__).parent.parent
RESULTS = Path(__file__).parent / "results" / "extract.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = ROOT / "tests" / "text" / "data"
    actors = pd.read_csv(data / "actors.csv", keep_default_na=False)
    texts = list(pd.read_csv(data / "sentences.csv", keep_default_na=False)["text"])
    article = " ".join(texts)
    nlp = english_pipeline()
    gk.extract_relations(texts[:5], actors=actors)  # loads everything once

    def parse_only():
        list(nlp.pipe(texts))

    def parse_one_by_one():
        for text in texts:
            nlp(text)

    def batched():
        gk.extract_relations(texts, actors=actors)

    def one_by_one():
        for text in texts:
            gk.extract_relations(text, actors=actors)

    def one_article():
        gk.extract_relations(article, actors=actors)

    def every_core():
        gk.extract_relations(texts, actors=actors, n_process=-1)

    cases = {
        "parse only (nlp.pipe)": parse_only,
        "parse only, one by one (nlp(s))": parse_one_by_one,
        "extract, batched": batched,
        "extract, one call per sentence": one_by_one,
        "extract, one article": one_article,
        f"extract, batched, {os.cpu_count()} cores": every_core,
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    loads = []
    for _ in range(args.runs):
        for name, run in cases.items():
            began = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - began)
        loads.append(os.getloadavg()[0])
    base = statistics.median(times["parse only (nlp.pipe)"])
    lines = [
        f"# {time.strftime('%Y-%m-%d %H:%M')}  load {min(loads):.2f}-{max(loads):.2f} on "
        f"{os.cpu_count()} cores  runs {args.runs}  {len(texts)} sentences  "
        f"python {sys.version.split()[0]}"
    ]
    for name, values in times.items():
        median = statistics.median(values)
        lines.append(
            f"{name:<32} median {median:6.2f} s  {len(texts) / median:6.0f} sentences/s  "
            f"{median / base:5.2f}x parse   runs {' '.join(f'{v:.2f}' for v in values)}"
        )
    report = "\n".join(lines)
    print(report)
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(report + "\n\n")


if __name__ == "__main__":
    main()
