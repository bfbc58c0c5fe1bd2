"""Benchmark: load + segments + sentences + tokens, against NLTK's Punkt + Treebank on the same texts.

Usage: python benchmarks/bench_load.py [FOLDER]   (default: ../shared/bench/bbc/txt beside the project)

Prints words per second for framelens and for the baseline measured in the same process, their
ratio, and the peak memory (RSS) of the process. Skips cleanly when the folder is absent.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from nltk.tokenize import PunktSentenceTokenizer, TreebankWordTokenizer

import framelens
from framelens.encoding import decode_bytes

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc" / "txt"


def baseline(texts: list[str]) -> int:
    """Split and tokenize with NLTK's data-free Punkt (untrained) and Treebank; return the token count."""
    sentences, words = PunktSentenceTokenizer(), TreebankWordTokenizer()
    return sum(len(words.tokenize(s)) for text in texts for s in sentences.tokenize(text))


def main(folder: Path) -> int:
    if not folder.is_dir():
        print(f"skipped: {folder} is absent (the benchmark corpora live in ../shared/bench)")
        return 0
    texts = [decode_bytes(p.read_bytes()).text or "" for p in sorted(folder.rglob("*.txt"))]
    n_words = sum(len(t.split()) for t in texts)

    start = time.perf_counter()
    corpus = framelens.load_corpus(folder)
    ours = time.perf_counter() - start

    start = time.perf_counter()
    baseline(texts)
    theirs = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {folder} ({len(corpus.articles)} articles, {n_words:,} whitespace words, "
          f"{len(corpus.tokens):,} tokens)")
    print(f"{'stage':<46}{'seconds':>9}{'words/s':>12}")
    print(f"{'framelens load+segments+sentences+tokens':<46}{ours:>9.2f}{n_words / ours:>12,.0f}")
    print(f"{'baseline: NLTK Punkt + Treebank (tokens only)':<46}{theirs:>9.2f}{n_words / theirs:>12,.0f}")
    print(f"ratio framelens / baseline (words/s): {theirs / ours:.2f}x; peak RSS {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
