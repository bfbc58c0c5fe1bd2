"""Time the load, quotes and frames + tone stages of two framelens revisions on the same articles.

Usage: python benchmarks/before_after.py --old REV [--new REV] [--sample N] [--csv PATH]

Both revisions are checked out into temporary git worktrees (``--new`` defaults to the working
tree itself), and every stage of each runs in a fresh Python process with that revision's
``lib/`` first on ``PYTHONPATH``, one after the other, on the same AllSides sample (seed 0). The
load is timed twice: with an empty cache of analysed articles, then again on the unchanged corpus.
Prints seconds per stage and revision and the speed-up (old seconds / new seconds). Skips cleanly
when the corpus is absent. This is how the before/after figures of issue 8 were measured.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT = ROOT.parent / "shared" / "bench" / "allsides" / "articles.csv.gz"
STAGES = ("load_cold", "load_warm", "quotes", "frames_tone")

# Runs in the child process: times one stage and prints {"stage": seconds}.
CHILD = """
import json, sys, time
import framelens
from framelens import framing, quotes, tone
stage, data, cache = sys.argv[1:4]
load = lambda: framelens.load_corpus(data, text_column="content_original", cache_dir=cache)
if stage == "load_cold" or stage == "load_warm":
    start = time.perf_counter(); load(); seconds = time.perf_counter() - start
else:
    corpus = load()
    start = time.perf_counter()
    if stage == "quotes":
        quotes.extract_quotes(corpus)
    else:
        framing.frame_hits(corpus)
        tone.tone(corpus)
    seconds = time.perf_counter() - start
print(json.dumps({"framelens": framelens.__file__, "seconds": seconds}))
"""


def run(lib: Path, stage: str, data: Path, cache: Path) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(lib), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", CHILD, stage, str(data), str(cache)], env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{stage} failed with {lib}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(out["framelens"]).is_relative_to(lib), f"{stage} imported {out['framelens']}, not {lib}"
    return out["seconds"]


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--old", required=True, help="the revision before (a commit, tag or branch)")
    args.add_argument("--new", help="the revision after (default: the working tree)")
    args.add_argument("--sample", type=int, default=1000, help="articles (default 1000)")
    args.add_argument("--csv", type=Path, default=DEFAULT, help="the AllSides articles.csv.gz")
    opts = args.parse_args(argv)
    if not opts.csv.is_file():
        print(f"skipped: {opts.csv} is absent (the benchmark corpora live in ../shared/bench)")
        return 0
    sys.path.insert(0, str(HERE))
    from run_all import write_sample

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        libs = {}
        for label, rev in (("old", opts.old), ("new", opts.new)):
            if rev is None:
                libs[label] = ROOT / "lib"
                continue
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tmp / label), rev],
                           check=True, capture_output=True)
            libs[label] = tmp / label / "lib"
        try:
            data = tmp / "sample.parquet"
            n = write_sample(opts.csv, opts.sample, data)
            print(f"AllSides sample of {n:,} articles (seed 0); old = {opts.old}, new = {opts.new or 'working tree'}")
            print(f"{'stage':<14}{'old s':>9}{'new s':>9}{'speed-up':>10}")
            for stage in STAGES:
                seconds = {}
                for label, lib in libs.items():
                    seconds[label] = run(lib, stage, data, tmp / f"cache-{label}")
                print(f"{stage:<14}{seconds['old']:>9.2f}{seconds['new']:>9.2f}{seconds['old'] / seconds['new']:>9.2f}x")
        finally:
            for label in ("old", "new"):
                if (tmp / label).exists():
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / label)],
                                   capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
