"""The ``framelens`` command: ``framelens table NAME [PATH ...]``, ``framelens add SOURCE ...`` and ``framelens build``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from framelens import tables
from framelens.add import AddRefused, add
from framelens.build import PROJECT_ROOT, build, report_path
from framelens.corpus import load_corpus
from framelens.framing import frame_hits, frame_scores, lexical_choices, load_frames
from framelens.quotes import extract_quotes, shared_quotes, speakers
from framelens.report import write_report
from framelens.reuse import mentions, shared_passages, similarity_table
from framelens.terms import keyness_each, term_counts, term_matrix
from framelens.tone import tone, tone_scores


def _terms(corpus, args: argparse.Namespace) -> pd.DataFrame:
    tm = term_matrix(corpus, ngram_range=(1, args.max_n))
    return term_counts(tm, corpus.group_labels(args.by)).rename(columns={"group": args.by})


def _keyness(corpus, args: argparse.Namespace) -> pd.DataFrame:
    tm = term_matrix(corpus, ngram_range=(args.n, args.n))
    return keyness_each(tm, corpus.group_labels(args.by), targets=[args.target] if args.target else None,
                        reference=args.reference, n=args.n, alpha0=args.alpha0)


def _by(args: argparse.Namespace) -> str:
    return "article" if args.per_article else args.by


def _frames(corpus, args: argparse.Namespace) -> pd.DataFrame:
    frames = load_frames(args.frames) if args.frames else load_frames()
    hits = frame_hits(corpus, frames)
    if args.evidence:
        return hits
    return frame_scores(hits, corpus, by=_by(args), frames=frames)


def _lexical_choices(corpus, args: argparse.Namespace) -> pd.DataFrame:
    return lexical_choices(corpus, by=_by(args))


def _tone(corpus, args: argparse.Namespace) -> pd.DataFrame:
    sentences = tone(corpus, extract_quotes(corpus))
    return sentences if args.evidence else tone_scores(sentences, corpus, by=_by(args))


def _quotes(corpus, args: argparse.Namespace) -> pd.DataFrame:
    quotes = extract_quotes(corpus)
    return quotes if args.with_fragments else quotes[quotes["is_speech"]].reset_index(drop=True)


def _speakers(corpus, args: argparse.Namespace) -> pd.DataFrame:
    return speakers(extract_quotes(corpus))


def _shared_quotes(corpus, args: argparse.Namespace) -> pd.DataFrame:
    return shared_quotes(extract_quotes(corpus), min_similarity=args.min_similarity)


def _shared_passages(corpus, args: argparse.Namespace) -> pd.DataFrame:
    return shared_passages(corpus, min_words=args.min_words)


def _similarity(corpus, args: argparse.Namespace) -> pd.DataFrame:
    pairs = similarity_table(corpus, shared_passages(corpus, min_words=args.min_words))
    return pairs[(pairs["cosine"] >= args.min_cosine) | (pairs["n_passages"] > 0)].reset_index(drop=True)


def _mentions(corpus, args: argparse.Namespace) -> pd.DataFrame:
    return mentions(corpus)


# Tables computed from the loaded ones, with the options that shape them.
DERIVED = {"terms": _terms, "keyness": _keyness, "frames": _frames, "lexical_choices": _lexical_choices,
           "tone": _tone, "quotes": _quotes, "speakers": _speakers, "shared_quotes": _shared_quotes,
           "similarity": _similarity, "shared_passages": _shared_passages, "mentions": _mentions}
TABLES = (*tables.TABLE_NAMES, "outlets", *DERIVED)


def _with_file(corpus, name: str) -> pd.DataFrame:
    """The table, with a ``file`` column (relative to the folder given) where the table has none."""
    frame = corpus.table(name)
    if "file" in frame.columns or "article_id" not in frame.columns:
        return frame
    files = dict(zip(corpus.articles["article_id"], corpus.articles["file"]))
    out = frame.copy()
    out.insert(1, "file", out["article_id"].astype("string").map(files).astype("string"))
    return out


def _write(frame: pd.DataFrame, fmt: str, output: str | None) -> None:
    if fmt == "parquet":
        if not output:
            raise SystemExit("framelens: --format parquet needs --output FILE")
        frame.to_parquet(output, index=False)
        return
    target = output if output else sys.stdout
    if fmt == "csv":
        frame.to_csv(target, index=False, lineterminator="\n")
    else:
        frame.to_json(target, orient="records", lines=True, force_ascii=False)


def _summarise_problems(corpus) -> None:
    problems = corpus.problems
    if len(problems):
        counts = problems["severity"].value_counts()
        parts = [f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts.get(s, 0)]
        print(f"framelens: {len(corpus.articles)} article(s) loaded; problems: {', '.join(parts)} "
              f"(see: framelens table problems)", file=sys.stderr)
        for row in problems[problems.severity == "error"].itertuples():
            print(f"  error: {row.file}: {row.message}", file=sys.stderr)


def cmd_table(args: argparse.Namespace) -> int:
    paths = args.paths or [PROJECT_ROOT / "corpus"]
    try:
        corpus = load_corpus(paths, text_column=args.text_column, id_column=args.id_column,
                             outlet_column=args.outlet_column, sample=args.sample)
        frame = DERIVED[args.name](corpus, args) if args.name in DERIVED else _with_file(corpus, args.name)
    except (FileNotFoundError, ValueError, KeyError) as err:
        print(f"framelens: {err.args[0] if isinstance(err, KeyError) else err}", file=sys.stderr)
        return 2
    _write(frame, args.format, args.output)
    _summarise_problems(corpus)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"framelens: {corpus}: no such corpus folder", file=sys.stderr)
        return 2
    if len(args.sources) > 1 and (args.title or args.published):
        print("framelens: --title and --published describe one article; give one SOURCE with them", file=sys.stderr)
        return 2
    refused = 0
    for source in args.sources:
        try:
            added = add(source, corpus, outlet=args.outlet, published=args.published, title=args.title)
        except AddRefused as err:
            print(f"framelens: not added: {err}", file=sys.stderr)
            refused += 1
            continue
        new = " (new outlet in outlets.csv)" if added.is_new_outlet else ""
        print(f"added {source} as {added.article_id}: {added.file}, outlet {added.outlet}{new}", file=sys.stderr)
    return 1 if refused else 0


def cmd_build(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"framelens: {corpus}: no such corpus folder or file", file=sys.stderr)
        return 2
    options = {"text_column": args.text_column, "sample": args.sample}
    extra = {k: v for k, v in {"group_column": args.group_column, **options}.items() if v is not None} or None
    report = report_path(corpus, args.out)
    if args.out is None:  # the committed figures are those of the project corpus; others go to build/
        project = corpus.resolve() == (PROJECT_ROOT / "corpus").resolve()
        args.out = str(PROJECT_ROOT / "figures" if project else PROJECT_ROOT / "build" / "figures" / corpus.stem)
    runs = build(corpus, args.out, notebooks_dir=args.notebooks, extra_parameters=extra)
    failed = [r for r in runs if r.error]
    for run in runs:
        status = "failed: " + run.error.splitlines()[0] if run.error else "ok"
        print(f"{run.notebook.name}: {status}", file=sys.stderr)
    print(f"framelens: {len(runs) - len(failed)} of {len(runs)} notebook(s) built; figures in {args.out}",
          file=sys.stderr)
    try:
        write_report(runs, corpus, report, figures_dir=args.out, group_column=args.group_column or "outlet",
                     **{k: v for k, v in options.items() if v is not None})
    except (OSError, ValueError, KeyError) as err:
        print(f"framelens: the report could not be written: {err}", file=sys.stderr)
        return 1
    print(f"framelens: report in {report}", file=sys.stderr)
    return 1 if failed else 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="framelens", description="Compare how news outlets tell the same story.")
    sub = top.add_subparsers(dest="command", required=True)

    table = sub.add_parser("table", help="write one table of a corpus as CSV, Parquet or JSON lines")
    table.add_argument("name", choices=TABLES, help="the table to write")
    table.add_argument("paths", nargs="*", help="corpus folder(s), .txt file(s) or a CSV/Parquet table "
                                                "(default: the project's corpus/)")
    table.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv")
    table.add_argument("--output", "-o", help="file to write (default: standard output)")
    table.add_argument("--text-column", help="for a CSV/Parquet corpus: the column with the article text")
    table.add_argument("--id-column", help="for a CSV/Parquet corpus: the column with a stable article id")
    table.add_argument("--outlet-column", help="for a CSV/Parquet corpus: the column with the outlet")
    table.add_argument("--sample", type=int, help="load only this many articles, drawn at random (reproducibly)")
    terms = table.add_argument_group("terms and keyness")
    terms.add_argument("--by", default="outlet", help="the articles column to group by (default: outlet)")
    terms.add_argument("--max-n", type=int, default=3, help="terms: longest n-gram counted (default: 3)")
    terms.add_argument("--n", type=int, default=1, help="keyness: the n-gram order compared (default: 1)")
    terms.add_argument("--target", help="keyness: the one group to compare (default: every group in turn)")
    terms.add_argument("--reference", help="keyness: compare against this group (default: all other groups)")
    terms.add_argument("--alpha0", type=float, default=100.0,
                       help="keyness: pseudo-count of the log-odds prior (default: 100)")
    framing = table.add_argument_group("frames, lexical_choices and tone")
    framing.add_argument("--per-article", action="store_true",
                         help="one row per article instead of per --by group")
    framing.add_argument("--evidence", action="store_true",
                         help="frames: every pattern match with its offsets; tone: every sentence's scores")
    framing.add_argument("--frames", nargs="+", metavar="CSV",
                         help="frames: dictionary file(s) or folder(s) to use instead of the shipped ones")
    quoting = table.add_argument_group("quotes, speakers and shared_quotes")
    quoting.add_argument("--with-fragments", action="store_true",
                         help="quotes: also the scare quotes, names and cited headlines that are nobody's speech")
    quoting.add_argument("--min-similarity", type=float, default=85.0,
                         help="shared_quotes: fuzzy-match threshold, 0-100 (default: 85)")
    reuse = table.add_argument_group("similarity, shared_passages and mentions")
    reuse.add_argument("--min-words", type=int, default=10,
                       help="shared_passages, similarity: shortest shared passage, in words (default: 10)")
    reuse.add_argument("--min-cosine", type=float, default=0.0,
                       help="similarity: leave out pairs less similar than this and sharing no passage (default: 0)")
    table.set_defaults(func=cmd_table)

    add_cmd = sub.add_parser("add", help="add articles to a corpus from saved HTML pages, .txt files or http(s) URLs")
    add_cmd.add_argument("sources", nargs="+", metavar="SOURCE", help="a saved HTML page, a .txt file or an http(s) URL")
    add_cmd.add_argument("--outlet", help="the outlet's name (default: the outlet whose domain matches the URL, "
                                          "else the page's site name)")
    add_cmd.add_argument("--published", help="publication date, YYYY, YYYY-MM or YYYY-MM-DD (default: the page's date)")
    add_cmd.add_argument("--title", help="the headline (default: the page's title)")
    add_cmd.add_argument("--corpus", default=str(PROJECT_ROOT / "corpus"), help="corpus folder (default: corpus/)")
    add_cmd.set_defaults(func=cmd_add)

    bld = sub.add_parser("build", help="execute every notebook headless and write the figures and the HTML report")
    bld.add_argument("--corpus", default=str(PROJECT_ROOT / "corpus"), help="corpus folder (default: corpus/)")
    bld.add_argument("--out", help="figures folder (default: figures/ for the project corpus, "
                                   "build/figures/NAME for another corpus)")
    bld.add_argument("--notebooks", default=str(PROJECT_ROOT / "notebooks"), help=argparse.SUPPRESS)
    bld.add_argument("--group-column", help="the articles column to compare by (default: outlet)")
    bld.add_argument("--text-column", help="for a CSV/Parquet corpus: the column with the article text")
    bld.add_argument("--sample", type=int, help="use only this many articles, drawn at random (reproducibly)")
    bld.set_defaults(func=cmd_build)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``framelens`` console script."""
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into head and the like
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
