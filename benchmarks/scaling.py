"""Throughput against corpus size: load (+ segments, sentences, tokens) and term matrix + keyness.

Usage: python benchmarks/scaling.py [--sizes 1000 5000 20000] [--full] [--workers W] [--out docs] [--keep]

Draws each size from the AllSides corpus (seed 0, corpus order), writes it to a temporary Parquet
file, and times in a fresh Python process per size: ``load_corpus`` (one worker unless
``--workers``) and then term matrix (1- to 3-grams) + keyness by ``bias_text``. Words are the
whitespace-separated words of the raw texts, as in ``run_all.py``. Writes ``OUT/throughput.csv``
(the plotted numbers) and ``OUT/throughput.png``. With ``--keep``, rows of an earlier
``OUT/throughput.csv`` for sizes not measured now are kept (to add the full corpus later, say); the
``measured_at`` column tells the runs apart; ``--replot`` only redraws the chart from the CSV. Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run_all import DEFAULT, GROUP, TEXT, n_words, peak_mb  # noqa: E402

N_FULL = "all"


def measure(data: Path, workers: int) -> dict:
    """Time one size in this process: load, then term matrix + keyness."""
    import framelens
    from framelens import terms

    start = time.perf_counter()
    corpus = framelens.load_corpus(data, text_column=TEXT, workers=workers)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    tm = terms.term_matrix(corpus)
    terms.keyness_each(tm, corpus.group_labels(GROUP))
    terms_s = time.perf_counter() - start
    return {"articles": len(corpus.articles), "words": n_words(corpus), "load_seconds": load_s,
            "terms_seconds": terms_s, "peak_rss_mb": peak_mb()}


def plot(table, out: Path, workers: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    for column, label in (("load_words_per_s", "load + segments + sentences + tokens"),
                          ("terms_words_per_s", "term matrix (1-3-grams) + keyness by bias_text")):
        ax.plot(table["articles"], table[column], marker="o", label=label)
        for x, y in zip(table["articles"], table[column]):
            ax.annotate(f"{y:,.0f}", (x, y), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8)
    ax.set_xscale("log")
    ax.set_xticks(table["articles"], [f"{a:,}" for a in table["articles"]])
    ax.minorticks_off()
    ax.set_ylim(0, 1.15 * table[["load_words_per_s", "terms_words_per_s"]].to_numpy().max())
    ax.set_xlabel("articles (log scale)")
    ax.set_ylabel("words per second")
    ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.set_title("framelens throughput against corpus size", loc="left", pad=20)
    ax.text(0, 1.02, f"AllSides, {', '.join(f'{a:,}' for a in table['articles'])} articles; "
            f"{workers} worker{'s' if workers > 1 else ''}; words: whitespace-separated, in the raw text",
            transform=ax.transAxes, fontsize=8, color="#555555")
    ax.legend(loc="lower left", fontsize=8, frameon=False)
    fig.text(0.01, 0.01, "Source: benchmarks/scaling.py on the AllSides corpus (Baly et al. 2020)", fontsize=7,
             color="#555555")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(out, metadata={"Software": None})
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--csv", type=Path, default=DEFAULT, help="the AllSides articles.csv.gz")
    args.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 20000], help="sample sizes")
    args.add_argument("--full", action="store_true", help="also every article (needs about 12 GB)")
    args.add_argument("--workers", type=int, default=1, help="worker processes of the load (default 1)")
    args.add_argument("--out", type=Path, default=HERE.parent / "docs", help="folder for throughput.csv and .png")
    args.add_argument("--keep", action="store_true", help="keep earlier rows of OUT/throughput.csv for other sizes")
    args.add_argument("--replot", action="store_true", help="only redraw OUT/throughput.png from OUT/throughput.csv")
    args.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: measure one Parquet file
    opts = args.parse_args(argv)
    if opts.one:
        print(json.dumps(measure(opts.one, opts.workers)))
        return 0
    if opts.replot:
        import pandas as pd

        plot(pd.read_csv(opts.out / "throughput.csv"), opts.out / "throughput.png", opts.workers)
        return 0
    if not opts.csv.is_file():
        print(f"skipped: {opts.csv} is absent (the benchmark corpora live in ../shared/bench)")
        return 0
    import pandas as pd

    frame = pd.read_csv(opts.csv, dtype=str, keep_default_na=False)
    sizes = [s for s in opts.sizes if s < len(frame)] + ([len(frame)] if opts.full else [])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            data = Path(tmp) / f"sample-{size}.parquet"
            part = frame if size >= len(frame) else frame.sample(n=size, random_state=0).sort_index()
            part.to_parquet(data, index=False)
            done = subprocess.run([sys.executable, __file__, "--one", str(data), "--workers", str(opts.workers)],
                                  capture_output=True, text=True, check=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            row["measured_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            rows.append(row)
            print(f"{row['articles']:>7,} articles {row['words']:>12,} words: load {row['load_seconds']:7.1f} s "
                  f"({row['words'] / row['load_seconds']:>9,.0f} words/s), terms+keyness {row['terms_seconds']:6.1f} s, "
                  f"peak RSS {row['peak_rss_mb']:,.0f} MB", flush=True)
    table = pd.DataFrame(rows)
    earlier = opts.out / "throughput.csv"
    if opts.keep and earlier.is_file():
        old = pd.read_csv(earlier)
        old = old[~old["articles"].isin(table["articles"])]
        table = pd.concat([old[[c for c in table.columns if c in old.columns]], table], ignore_index=True)
        table = table.sort_values("articles", kind="stable").reset_index(drop=True)
    table["load_words_per_s"] = table["words"] / table["load_seconds"]
    table["terms_words_per_s"] = table["words"] / table["terms_seconds"]
    opts.out.mkdir(parents=True, exist_ok=True)
    table.round(3).to_csv(opts.out / "throughput.csv", index=False)
    plot(table, opts.out / "throughput.png", opts.workers)
    print(f"wrote {opts.out / 'throughput.csv'} and {opts.out / 'throughput.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
