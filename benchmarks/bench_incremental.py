"""Benchmark: loading again after adding one article, with the cache of analysed articles.

Usage: python benchmarks/bench_incremental.py [--folder DIR]

Copies the BBC corpus (../shared/bench/bbc/txt, 2,225 plain files) to a temporary folder, loads it
with an empty cache (every article analysed), adds one article, and loads again with the same
cache: only the new article is analysed. Both times are measured in the same run, with a load
without any cache as the baseline. Skipped where the folder is absent.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import framelens

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc" / "txt"
NEW = ("Talks resume in Vienna\n\nDelegates met on Monday for a new round of talks, the envoy said, "
       "and both sides said they were ready to compromise.\n")


def timed(**options) -> tuple[float, framelens.Corpus]:
    start = time.perf_counter()
    corpus = framelens.load_corpus(**options)
    return time.perf_counter() - start, corpus


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--folder", type=Path, default=DEFAULT, help="a folder of plain-text articles")
    opts = args.parse_args(argv)
    if not opts.folder.is_dir():
        print(f"skipped: {opts.folder} is absent (the benchmark corpora live in ../shared/bench)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus, cache = Path(tmp) / "corpus", Path(tmp) / "cache"
        shutil.copytree(opts.folder, corpus)
        baseline, first = timed(paths=corpus)
        cold, _ = timed(paths=corpus, cache_dir=cache)
        (corpus / "zz-new-article.txt").write_text(NEW, encoding="utf-8")
        warm, second = timed(paths=corpus, cache_dir=cache)
    n_words = int(first.articles["n_words"].sum())
    print(f"{len(first.articles):,} articles, {n_words:,} words; then one article added")
    print(f"{'load':<44}{'seconds':>9}{'vs no cache':>13}")
    print(f"{'no cache (baseline)':<44}{baseline:>9.2f}{1:>12.2f}x")
    print(f"{'empty cache: analyse and store every article':<44}{cold:>9.2f}{cold / baseline:>12.2f}x")
    print(f"{'after adding one article: analyse only it':<44}{warm:>9.2f}{warm / baseline:>12.2f}x")
    assert len(second.articles) == len(first.articles) + 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
