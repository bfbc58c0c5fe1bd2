"""Scale-out: the per-article pipeline on Dask, and term counts that combine as sums.

:func:`load_corpus_dask` runs the very function :func:`framelens.load_corpus` runs on each article
(``corpus._process_safely``: read, decode, segment, split sentences, tokenize, check) on a Dask bag,
on a local scheduler or on any ``distributed`` cluster, and assembles the tables in this process in
source order. The tables are identical to ``load_corpus``'s.

Keyness needs only per-group sums: :func:`combine_counts` adds up :func:`framelens.terms.term_counts`
tables computed on separate parts of a corpus (on separate machines, say), and
:func:`keyness_from_counts` computes each group's keyness from the combined counts. The result
equals :func:`framelens.terms.keyness_each` on the whole corpus, except ``dp_target`` (Gries' DP needs
every article's counts, which the reduced counts no longer hold; it is NaN here).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from framelens.corpus import Corpus, Settings, Source, _process_safely, _sample, corpus_from, discover
from framelens.keyness import ALPHA0, PER, keyness_table


def _analyse_partition(sources: list[Source], settings: Settings) -> list[tuple]:
    """One partition of sources analysed on a worker: (ArticleResult | None, notes) per source, in order."""
    return [_process_safely(src, settings, None) for src in sources]


def load_corpus_dask(paths: str | Path | Sequence[str | Path] = "corpus", client=None,
                     partitions: int | None = None, *, text_column: str | None = None,
                     id_column: str | None = None, outlet_column: str | None = None,
                     rules_path: str | Path | None = None, stopwords_path: str | Path | None = None,
                     abbreviations_path: str | Path | None = None, sample: int | None = None,
                     seed: int = 0) -> Corpus:
    """Load a corpus like :func:`framelens.load_corpus`, analysing the articles on Dask.

    Parameters:
        paths, text_column, id_column, outlet_column, rules_path, stopwords_path,
            abbreviations_path, sample, seed: as for :func:`framelens.load_corpus`.
        client: a ``distributed.Client`` (``Client("tcp://scheduler:8786")`` or one on a
            ``LocalCluster``); None uses Dask's current scheduler (a running Client if there is
            one, else the bag's default, local processes). On a cluster, files given by path
            must be readable by the workers at the same path; a CSV/Parquet corpus is read here
            and its texts are sent to the workers.
        partitions: number of bag partitions (default: two per worker thread of the client, or
            two per CPU here), at most one per article.
    Returns: a :class:`framelens.Corpus` whose tables equal ``load_corpus``'s on the same input.
    """
    import dask.bag as db

    settings = Settings.default(rules_path, abbreviations_path, stopwords_path)
    sources, outlets, log = discover(paths, text_column=text_column, id_column=id_column,
                                     outlet_column=outlet_column)
    if sample is not None:
        sources = _sample(sources, sample, seed)
    if partitions is None:
        threads = sum(client.nthreads().values()) if client is not None else (os.cpu_count() or 1)
        partitions = 2 * max(1, threads)
    analysed: list[tuple] = []
    if sources:
        bag = db.from_sequence(sources, npartitions=max(1, min(partitions, len(sources))))
        work = bag.map_partitions(_analyse_partition, settings)
        analysed = client.compute(work).result() if client is not None else work.compute()
    assert len(analysed) == len(sources), "Dask returned another number of articles than it was given"

    return corpus_from(paths, sources, analysed, outlets, log, settings)


def combine_counts(tables: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Add up per-group term counts of separate parts of a corpus.

    Parameters:
        tables: :func:`framelens.terms.term_counts` tables (with a ``group`` column), one per part;
            the parts hold different articles.
    Returns: one table with the columns of ``term_counts``: count, doc_freq and n_tokens summed per
        group and term, rate_per_10k recomputed, is_stopword_only true where it is true in every
        part. Groups keep their order of first appearance (category order). Sorted by group, n, term.

    >>> a = pd.DataFrame({"group": pd.Categorical(["x"]), "term": pd.array(["war"], dtype="string"),
    ...                   "n": np.int8([1]), "count": [2], "n_tokens": [10], "rate_per_10k": [2000.0],
    ...                   "doc_freq": [1], "is_stopword_only": [False]})
    >>> combine_counts([a, a])[["group", "term", "count", "n_tokens", "doc_freq"]].to_dict("records")
    [{'group': 'x', 'term': 'war', 'count': 4, 'n_tokens': 20, 'doc_freq': 2}]
    """
    if not tables:
        raise ValueError("combine_counts needs at least one term_counts table")
    categories: list = []
    for table in tables:
        if "group" not in table.columns:
            raise ValueError("combine_counts takes term_counts tables computed with groups (a 'group' column)")
        cats = table["group"].cat.categories if isinstance(table["group"].dtype, pd.CategoricalDtype) \
            else pd.unique(table["group"])
        categories.extend(c for c in cats if c not in categories)
    # n_tokens is a per-group total repeated on every row: sum it once per part and group
    tokens = (pd.concat([t.groupby("group", observed=True)["n_tokens"].first() for t in tables])
              .groupby(level=0).sum())
    rows = pd.concat([t[["group", "term", "n", "count", "doc_freq", "is_stopword_only"]]
                      .assign(group=t["group"].astype(object), term=t["term"].astype(object)) for t in tables],
                     ignore_index=True)
    out = (rows.groupby(["group", "term", "n"], sort=False)
           .agg(count=("count", "sum"), doc_freq=("doc_freq", "sum"), is_stopword_only=("is_stopword_only", "all"))
           .reset_index())
    out["group"] = pd.Categorical(out["group"], categories=categories)
    out = out.sort_values(["group", "n", "term"], kind="stable").reset_index(drop=True)
    n_tokens = tokens.reindex(out["group"].astype(object)).to_numpy(dtype=np.int64)
    return pd.DataFrame({
        "group": out["group"],
        "term": pd.array(out["term"].to_numpy(dtype=object), dtype="string"),
        "n": out["n"].to_numpy(dtype=np.int8),
        "count": out["count"].to_numpy(dtype=np.int64),
        "n_tokens": n_tokens,
        "rate_per_10k": out["count"].to_numpy(dtype=np.int64) / n_tokens * PER,
        "doc_freq": out["doc_freq"].to_numpy(dtype=np.int64),
        "is_stopword_only": out["is_stopword_only"].to_numpy(dtype=bool),
    })


def keyness_from_counts(counts: pd.DataFrame, *, targets=None, reference=None, n: int = 1,
                        alpha0: float = ALPHA0, variance: str = "four_term") -> pd.DataFrame:
    """Keyness of each group against the rest (or against ``reference``), from per-group counts only.

    Parameters:
        counts: a :func:`framelens.terms.term_counts` table with groups, or :func:`combine_counts` of several.
        targets, reference, n, alpha0, variance: as for :func:`framelens.terms.keyness_each`.
    Returns: the columns of :func:`framelens.terms.keyness_each`, with equal values on the same corpus;
        ``dp_target`` is NaN, because dispersion needs each article's counts.
    """
    rows = counts[counts["n"] == n]
    groups = counts["group"].cat.categories if isinstance(counts["group"].dtype, pd.CategoricalDtype) \
        else pd.unique(counts["group"])
    names = [g for g in groups if (counts["group"] == g).any()]
    if len(names) < 2:
        raise ValueError(f"keyness needs at least two groups; there is only {names[0]!r}" if names
                         else "keyness needs at least two groups; the counts are empty")
    wide = rows.pivot_table(index="term", columns="group", values="count", aggfunc="sum", fill_value=0,
                            observed=True).reindex(columns=names, fill_value=0)
    docs = rows.pivot_table(index="term", columns="group", values="doc_freq", aggfunc="sum", fill_value=0,
                            observed=True).reindex(columns=names, fill_value=0)
    stop = rows.groupby(rows["term"].astype(object))["is_stopword_only"].all()
    if reference is not None and reference not in names:
        raise ValueError(f"reference group {reference!r} is not among the groups: {', '.join(map(str, names))}")
    targets = [t for t in (names if targets is None else list(targets)) if t != reference]
    parts = []
    for target in targets:
        if target not in names:
            raise ValueError(f"target group {target!r} is not among the groups: {', '.join(map(str, names))}")
        others = [g for g in names if g != target] if reference is None else [reference]
        nt, nr = wide[target].to_numpy(), wide[others].sum(axis=1).to_numpy()
        used = (nt + nr) > 0
        terms = wide.index[used]
        table = keyness_table(terms, nt[used], nr[used], df_target=docs[target].to_numpy()[used],
                              df_reference=docs[others].sum(axis=1).to_numpy()[used], alpha0=alpha0,
                              variance=variance)
        order = table["term"].astype(object)
        parts.append(table.assign(dp_target=np.nan, is_stopword_only=stop.reindex(order).to_numpy(dtype=bool),
                                  target=target, reference="rest" if reference is None else reference))
    out = pd.concat(parts, ignore_index=True)
    out["target"] = pd.Categorical(out["target"], categories=names)
    out["reference"] = out["reference"].astype("string")
    return out[["target", "reference", *[c for c in out.columns if c not in ("target", "reference")]]]
