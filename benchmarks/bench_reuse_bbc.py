"""Benchmark: shared-passage detection on the BBC corpus, against all-pairs difflib on a sample.

Usage: python benchmarks/bench_reuse_bbc.py [FOLDER] [SAMPLE]
(default: ../shared/bench/bbc/txt beside the project, and a sample of 150 articles for difflib)

framelens indexes word shingles, so it compares only articles that share one; the baseline runs
difflib.SequenceMatcher on the normalised words of every pair of a sample. Both are timed in this
process; the ratio extrapolates the baseline to the whole corpus by its number of pairs. Skips
cleanly when the folder is absent.
"""

from __future__ import annotations

import difflib
import re
import sys
import time
from itertools import combinations
from pathlib import Path

import framelens
from framelens import reuse

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc" / "txt"
LIMIT_SECONDS = 60.0


def baseline(texts: list[str], min_words: int = 10) -> tuple[int, float]:
    """All-pairs difflib on lower-cased words: (matching blocks of at least min_words words, seconds)."""
    words = [re.findall(r"\w+", t.lower()) for t in texts]
    start = time.perf_counter()
    found = 0
    for a, b in combinations(words, 2):
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        found += sum(1 for block in matcher.get_matching_blocks() if block.size >= min_words)
    return found, time.perf_counter() - start


def main(folder: Path, sample: int) -> int:
    if not folder.is_dir():
        print(f"skipped: {folder} is absent (the benchmark corpora live in ../shared/bench)")
        return 0
    start = time.perf_counter()
    corpus = framelens.load_corpus(folder)
    load = time.perf_counter() - start

    start = time.perf_counter()
    passages = reuse.shared_passages(corpus)
    ours = time.perf_counter() - start

    n = len(corpus.articles)
    texts = corpus.articles.sort_values("article_id")["body_text"].astype(str).tolist()
    step = max(1, n // sample)
    subset = texts[::step][:sample]
    blocks, theirs = baseline(subset)
    pairs_sample, pairs_all = len(subset) * (len(subset) - 1) // 2, n * (n - 1) // 2
    theirs_all = theirs / pairs_sample * pairs_all

    print(f"corpus: {folder} ({n:,} articles, {len(corpus.tokens):,} tokens); loading took {load:.1f} s")
    print(f"framelens shared_passages (shingle index): {ours:.2f} s for {pairs_all:,} pairs, "
          f"{len(passages):,} passages in {passages[['article_id', 'other_article_id']].drop_duplicates().shape[0]:,} "
          f"pairs, {int(passages['is_exact'].sum()):,} exact")
    print(f"baseline all-pairs difflib: {theirs:.2f} s for {pairs_sample:,} pairs of a {len(subset)}-article sample "
          f"({blocks:,} blocks of 10+ words); extrapolated to all pairs: {theirs_all:,.0f} s")
    print(f"ratio difflib / framelens over the whole corpus (time per pair x pairs): {theirs_all / ours:,.0f}x")
    verdict = "under" if ours < LIMIT_SECONDS else "OVER"
    print(f"shared-passage detection {verdict} the {LIMIT_SECONDS:.0f}-second target")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT, int(sys.argv[2]) if len(sys.argv) > 2 else 150))
