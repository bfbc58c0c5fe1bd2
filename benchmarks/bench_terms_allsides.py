"""Benchmark: term frequencies and keyness on the AllSides corpus grouped by bias label.

Usage: python benchmarks/bench_terms_allsides.py [--sample N ...] [--full] [--csv PATH]

Two parts, each skipped cleanly when ../shared/bench/allsides/articles.csv.gz is absent:

1. Term matrix + keyness against scikit-learn's CountVectorizer (default analyzer, unigrams to
   trigrams) on the same body texts, in the same process: seconds, words per second, the ratio,
   and peak memory (RSS).
2. Notebook 01 executed headless on the corpus grouped by ``bias_text`` (left, center, right), on
   each sample size and, with ``--full``, on all 37,554 articles; it prints the most distinctive
   words of each group from the notebook's own figure data, so that a reader can judge them.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "bench" / "allsides" / "articles.csv.gz"
TEXT, GROUP = "content_original", "bias_text"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_terms(path: Path, sample: int) -> None:
    """Time term matrix + keyness against CountVectorizer on the same loaded body texts."""
    from sklearn.feature_extraction.text import CountVectorizer

    import framelens
    from framelens import terms

    start = time.perf_counter()
    corpus = framelens.load_corpus(path, text_column=TEXT, sample=sample)
    load = time.perf_counter() - start
    groups = corpus.group_labels(GROUP)
    n_words = int(corpus.articles["n_words"].sum())

    start = time.perf_counter()
    tm = terms.term_matrix(corpus)
    key = terms.keyness_each(tm, groups)
    ours = time.perf_counter() - start

    start = time.perf_counter()
    CountVectorizer(ngram_range=(1, 3)).fit_transform(corpus.articles["body_text"].astype(str))
    theirs = time.perf_counter() - start

    print(f"\n{sample:,} articles, {n_words:,} words of body text, {len(tm.terms):,} terms; "
          f"loading took {load:.1f} s")
    print(f"{'stage':<52}{'seconds':>9}{'words/s':>13}")
    print(f"{'framelens term matrix (1-3) + keyness per group':<52}{ours:>9.2f}{n_words / ours:>13,.0f}")
    print(f"{'baseline: CountVectorizer(ngram_range=(1, 3))':<52}{theirs:>9.2f}{n_words / theirs:>13,.0f}")
    print(f"ratio framelens / baseline (words/s): {theirs / ours:.2f}x; peak RSS {peak_mb():,.0f} MB; "
          f"{len(key):,} keyness rows")


def stage_notebook(path: Path, sample: int | None) -> None:
    """Run notebook 01 on the corpus by bias label and print its most distinctive words."""
    from framelens.build import run_notebook

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        run_notebook(ROOT / "notebooks" / "01-term-frequencies.ipynb", Path(tmp) / "executed.ipynb",
                     {"corpus_path": str(path), "figures_dir": tmp, "group_column": GROUP,
                      "text_column": TEXT, "sample": sample})
        seconds = time.perf_counter() - start
        bars = pd.read_csv(Path(tmp) / "term-frequencies" / "keyness-bars.csv", keep_default_na=False)
    label = "all articles" if sample is None else f"a sample of {sample:,} articles"
    print(f"\nnotebook 01 on {label}, grouped by {GROUP}: {seconds:.0f} s")
    for target, rows in bars.groupby("target", sort=False):
        over = rows[rows["log_odds_z"] > 0].sort_values("log_odds_z", ascending=False)
        words = ", ".join(f"{r.term} ({r.log_odds_z:.1f})" for r in over.itertuples())
        print(f"  {target}: {words}")


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--csv", type=Path, default=DEFAULT, help="the AllSides articles.csv.gz")
    args.add_argument("--sample", type=int, nargs="*", default=[5000], help="sample sizes (default: 5000)")
    args.add_argument("--full", action="store_true", help="also run the notebook on all articles")
    opts = args.parse_args(argv)
    if not opts.csv.is_file():
        print(f"skipped: {opts.csv} is absent (the benchmark corpora live in ../shared/bench)")
        return 0
    for size in opts.sample:
        stage_terms(opts.csv, size)
    for size in [*opts.sample, *([None] if opts.full else [])]:
        stage_notebook(opts.csv, size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
