"""Benchmark every stage on the AllSides corpus and print one table, each stage against its baseline.

Usage: python benchmarks/run_all.py [--sample N] [--full] [--workers W] [--build-sample N] [--csv PATH] [--json OUT]

The sample (default 5,000 articles, drawn with a fixed seed; ``--full`` for all 37,554) is first
written to a temporary Parquet file, so that no stage pays for reading the whole 200 MB CSV. Each
stage then runs in a fresh Python process, so its peak RSS (``ru_maxrss``) is that stage's alone;
it includes loading the corpus where a stage needs it (from a cache of analysed articles, after the
load stage). Baselines run in the same process as their stage, on the same texts, after it.

Stages and baselines:
- load + segments + sentences + tokens (``--workers`` processes): spaCy's blank English pipeline
  with its sentencizer, and NLTK's Punkt + Treebank (``bench_load.baseline``);
- the same load on a Dask ``LocalCluster`` (``--workers`` worker processes, at least 2, one thread
  each) through ``framelens.scale.load_corpus_dask``; cluster start-up is not timed, the workers'
  first imports are; peak RSS is the client process's only;
- quotes: no baseline;
- term matrix (1- to 3-grams) + keyness of each ``bias_text`` group against the rest:
  scikit-learn's CountVectorizer with its default analyzer (unigrams) on the body texts;
- frames + tone (VADER per sentence): no baseline;
- shared passages: all-pairs difflib on a sample of articles (``bench_reuse_bbc.baseline``),
  scaled to the whole stage by its number of pairs;
- a full ``framelens build`` (every notebook executed headless, figures and HTML report) grouped by
  ``bias_text``, on its own smaller sample (``--build-sample``, default 1,000: the notebooks draw
  every chart and table), with an empty cache of analysed articles; then the same build again on
  the unchanged corpus, against the first. Peak RSS is the largest notebook kernel's.

``words`` is the same for every stage: whitespace-separated words of the articles' raw texts.
``ratio`` is framelens' words/s over the baseline's (above 1: framelens is faster). Skips cleanly
when the corpus is absent. The machine may be shared: timings are wall-clock.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "shared" / "bench" / "allsides" / "articles.csv.gz"
TEXT, GROUP = "content_original", "bias_text"
STAGES = ("load", "load_dask", "quotes", "terms", "frames_tone", "passages", "build")
DIFFLIB_SAMPLE = 60


def peak_mb() -> float:
    """This process's peak RSS in MB: VmHWM, which starts afresh at exec (ru_maxrss carries the
    parent's peak across fork and exec on Linux)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def row(stage: str, articles: int, words: int, seconds: float, baseline: str = "", ratio: float | None = None,
        rss: float | None = None) -> dict:
    return {"stage": stage, "articles": articles, "words": words, "seconds": seconds,
            "words_per_s": words / seconds if seconds else float("nan"), "baseline": baseline,
            "ratio": ratio, "peak_rss_mb": rss if rss is not None else peak_mb()}


def write_sample(csv: Path, size: int | None, out: Path, seed: int = 0) -> int:
    """The sample (or every article) as Parquet, in corpus order; returns the number of articles."""
    import pandas as pd

    frame = pd.read_csv(csv, dtype=str, keep_default_na=False)
    if size is not None and size < len(frame):
        frame = frame.sample(n=size, random_state=seed).sort_index()
    frame.to_parquet(out, index=False)
    return len(frame)


def load(path: Path, cache: Path | None = None, workers: int = 1):
    import framelens

    return framelens.load_corpus(path, text_column=TEXT, cache_dir=cache, workers=workers)


def n_words(corpus) -> int:
    return int(corpus.articles["text"].astype(str).str.split().str.len().sum())


def stage_load(path: Path, cache: Path, workers: int) -> list[dict]:
    import spacy

    from bench_load import baseline as nltk_baseline

    start = time.perf_counter()
    corpus = load(path, workers=workers)
    ours = time.perf_counter() - start
    rss = peak_mb()
    texts, n, words = corpus.articles["text"].astype(str).tolist(), len(corpus.articles), n_words(corpus)
    label = f"load+segments+sentences+tokens ({workers} worker{'s' if workers > 1 else ''})"
    rows = [row(label, n, words, ours, rss=rss)]

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=256):  # the sentencizer has set every sentence boundary
        pass
    spacy_s = time.perf_counter() - start
    rows.append(row("  baseline: spaCy blank('en') + sentencizer", n, words, spacy_s, "spaCy", spacy_s / ours))

    start = time.perf_counter()
    nltk_baseline(texts)
    nltk_s = time.perf_counter() - start
    rows.append(row("  baseline: NLTK Punkt + Treebank", n, words, nltk_s, "NLTK", nltk_s / ours))
    # the cache the later stages load from (written after timing, so it costs the load stage nothing)
    import framelens

    framelens.load_corpus(path, text_column=TEXT, cache_dir=cache, workers=workers)
    return rows


def stage_load_dask(path: Path, cache: Path, workers: int) -> list[dict]:
    from distributed import Client, LocalCluster

    from framelens.scale import load_corpus_dask

    n_workers = max(2, workers)
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=50) as cluster, Client(cluster) as client:
        start = time.perf_counter()
        corpus = load_corpus_dask(path, client, text_column=TEXT)
        ours = time.perf_counter() - start
    return [row(f"load on Dask LocalCluster ({n_workers} workers)", len(corpus.articles), n_words(corpus), ours)]


def stage_quotes(path: Path, cache: Path, workers: int) -> list[dict]:
    from framelens import quotes

    corpus = load(path, cache)
    start = time.perf_counter()
    found = quotes.extract_quotes(corpus)
    ours = time.perf_counter() - start
    return [row(f"quotes ({len(found):,} rows)", len(corpus.articles), n_words(corpus), ours)]


def stage_terms(path: Path, cache: Path, workers: int) -> list[dict]:
    from sklearn.feature_extraction.text import CountVectorizer

    from framelens import terms

    corpus = load(path, cache)
    groups = corpus.group_labels(GROUP)
    start = time.perf_counter()
    tm = terms.term_matrix(corpus)
    terms.keyness_each(tm, groups)
    ours = time.perf_counter() - start
    rss = peak_mb()
    n, words = len(corpus.articles), n_words(corpus)
    rows = [row(f"term matrix (1-3-grams) + keyness by {GROUP}", n, words, ours, rss=rss)]
    start = time.perf_counter()
    CountVectorizer().fit_transform(corpus.articles["body_text"].astype(str))
    theirs = time.perf_counter() - start
    rows.append(row("  baseline: CountVectorizer() default analyzer", n, words, theirs, "CountVectorizer",
                    theirs / ours))
    return rows


def stage_frames_tone(path: Path, cache: Path, workers: int) -> list[dict]:
    from framelens import framing, tone

    corpus = load(path, cache)
    start = time.perf_counter()
    framing.frame_hits(corpus)
    tone.tone(corpus)
    ours = time.perf_counter() - start
    return [row("frames + tone", len(corpus.articles), n_words(corpus), ours)]


def stage_passages(path: Path, cache: Path, workers: int) -> list[dict]:
    from bench_reuse_bbc import baseline as difflib_baseline

    from framelens import reuse

    corpus = load(path, cache)
    start = time.perf_counter()
    reuse.shared_passages(corpus)
    ours = time.perf_counter() - start
    rss = peak_mb()
    n, words = len(corpus.articles), n_words(corpus)
    rows = [row("shared passages", n, words, ours, rss=rss)]
    texts = corpus.articles["body_text"].astype(str).tolist()
    subset = texts[::max(1, n // DIFFLIB_SAMPLE)][:DIFFLIB_SAMPLE]
    _, theirs = difflib_baseline(subset)
    pairs_sample, pairs_all = len(subset) * (len(subset) - 1) // 2, n * (n - 1) // 2
    theirs_all = theirs / pairs_sample * pairs_all
    rows.append(row(f"  baseline: all-pairs difflib ({len(subset)}-article sample, x pairs)", n, words, theirs_all,
                    "difflib", theirs_all / ours))
    return rows


def stage_build(path: Path, cache: Path, workers: int) -> list[dict]:
    """Two ``framelens build`` runs in child processes: with an empty cache, then unchanged."""
    import pandas as pd

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "FRAMELENS_CACHE": str(Path(tmp) / "cache")}
        command = [sys.executable, "-c", "import sys; from framelens.cli import main; sys.exit(main())", "build",
                   "--corpus", str(path), "--text-column", TEXT, "--group-column", GROUP,
                   "--out", str(Path(tmp) / "figures")]
        seconds = []
        for _ in range(2):
            start = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            seconds.append(time.perf_counter() - start)
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                raise SystemExit(f"framelens build failed (exit {done.returncode})")
    texts = pd.read_parquet(path, columns=[TEXT])[TEXT]
    n, words = len(texts), int(texts.str.split().str.len().sum())
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest kernel (Linux: KB)
    return [row("framelens build (every notebook + report)", n, words, seconds[0], rss=rss),
            row("  again, unchanged corpus (cache of analysed articles)", n, words, seconds[1], "first build",
                seconds[0] / seconds[1], rss=rss)]


def run_stage(name: str, path: Path, cache: Path, workers: int) -> list[dict]:
    """Run one stage in a fresh Python process and return its rows."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, __file__, "--stage", name, "--data", str(path), "--cache", str(cache),
                           "--workers", str(workers)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"stage {name} failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_table(rows: list[dict]) -> None:
    head = f"{'stage':<62}{'articles':>9}{'words':>12}{'seconds':>9}{'words/s':>12}  {'baseline':<16}{'ratio':>7}{'peak RSS MB':>12}"
    print(head)
    print("-" * len(head))
    for r in rows:
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        print(f"{r['stage']:<62}{r['articles']:>9,}{r['words']:>12,}{r['seconds']:>9.2f}{r['words_per_s']:>12,.0f}  "
              f"{r['baseline']:<16}{ratio:>7}{r['peak_rss_mb']:>12,.0f}")


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--csv", type=Path, default=DEFAULT, help="the AllSides articles.csv.gz")
    args.add_argument("--sample", type=int, default=5000, help="articles to sample (default 5000)")
    args.add_argument("--full", action="store_true", help="every article instead of a sample")
    args.add_argument("--workers", type=int, default=1, help="worker processes of the load stage (default 1)")
    args.add_argument("--build-sample", type=int, default=1000,
                      help="articles of the build stage's own sample (default 1000)")
    args.add_argument("--stages", nargs="*", default=list(STAGES), choices=STAGES, help="stages to run")
    args.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)  # internal: one stage in this process
    args.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    opts = args.parse_args(argv)
    if opts.stage:
        sys.path.insert(0, str(HERE))
        rows = globals()[f"stage_{opts.stage}"](opts.data, opts.cache, opts.workers)
        print(json.dumps(rows))
        return 0
    if not opts.csv.is_file():
        print(f"skipped: {opts.csv} is absent (the benchmark corpora live in ../shared/bench)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        data, cache = Path(tmp) / "articles.parquet", Path(tmp) / "cache"
        n = write_sample(opts.csv, None if opts.full else opts.sample, data)
        print(f"AllSides: {n:,} articles ({'all' if opts.full else 'sample, seed 0'}); each stage in its own process")
        rows = []
        for name in [s for s in STAGES if s in opts.stages]:
            if name == "build":
                small = Path(tmp) / "build_sample.parquet"
                write_sample(opts.csv, opts.build_sample, small)
                rows.extend(run_stage(name, small, cache, opts.workers))
                continue
            if name not in ("load", "load_dask") and "load" not in opts.stages and not cache.exists():
                run_stage("load", data, cache, opts.workers)  # fills the cache only; rows not shown
            rows.extend(run_stage(name, data, cache, opts.workers))
    print_table(rows)
    if opts.json:
        opts.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
