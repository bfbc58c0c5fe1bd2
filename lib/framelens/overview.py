"""Describe a corpus: what it holds, how much of each article is news text, and what the loader found."""

from __future__ import annotations

import pandas as pd

from framelens.corpus import Corpus

NOISE_KINDS = ("caption", "commentary", "boilerplate", "dateline")
SHOWN_KINDS = ("headline", "subheading", "body", "dateline", "caption", "commentary", "boilerplate")
# News text in blues, what is set aside in greys and warm colours.
KIND_COLOURS = {"headline": "#08306B", "subheading": "#2171B5", "body": "#6BAED6", "dateline": "#BDBDBD",
                "caption": "#E69F00", "commentary": "#CC79A7", "boilerplate": "#D55E00"}


def composition(corpus: Corpus, group_column: str = "outlet") -> pd.DataFrame:
    """Characters of each article by segment kind, white space left out.

    Returns: one row per article and kind (every shown kind, zero where absent) with columns
    article_id, the group column, kind, n_chars, n_segments and share (of the article's
    non-white-space characters). Duplicated segments count under their kind.
    """
    seg = corpus.segments[corpus.segments["kind"] != "whitespace"]
    counts = (seg.assign(n_chars=seg["end"] - seg["start"])
              .groupby(["article_id", "kind"], observed=False)
              .agg(n_chars=("n_chars", "sum"), n_segments=("segment_idx", "size"))
              .reset_index())
    counts = counts[counts["kind"].isin(SHOWN_KINDS)]
    counts["kind"] = counts["kind"].cat.set_categories(list(SHOWN_KINDS))
    groups = corpus.articles[["article_id"]].assign(**{group_column: corpus.groups(group_column)})
    out = counts.merge(groups, on="article_id", how="inner", validate="many_to_one")
    assert len(out) == len(counts), "every segment belongs to a loaded article"
    total = out.groupby("article_id")["n_chars"].transform("sum")
    out["share"] = (out["n_chars"] / total.where(total > 0)).fillna(0.0)
    out = out.astype({"n_chars": "int64", "n_segments": "int64", "share": "float64"})
    order = {aid: i for i, aid in enumerate(corpus.articles["article_id"])}
    out = out.assign(_order=out["article_id"].map(order)).sort_values(["_order", "kind"]).drop(columns="_order")
    return out[["article_id", group_column, "kind", "n_chars", "n_segments", "share"]].reset_index(drop=True)


def article_summary(corpus: Corpus, group_column: str = "outlet") -> pd.DataFrame:
    """One row per article: id, group, published, words and sentences of body text, and share of body text."""
    comp = composition(corpus, group_column)
    body_share = comp[comp["kind"] == "body"].set_index("article_id")["share"].rename("body_share")
    cols = ["article_id", "published", "n_words", "n_sentences", "n_chars"]
    table = corpus.articles[cols].assign(**{group_column: corpus.groups(group_column)})
    out = table[["article_id", group_column, *cols[1:]]].merge(body_share, left_on="article_id", right_index=True, how="left")
    return out.reset_index(drop=True)


def problem_counts(corpus: Corpus) -> pd.DataFrame:
    """Problems counted by severity and code, most severe first, with the number of files affected."""
    prob = corpus.problems
    out = (prob.groupby(["severity", "code"], observed=True)
           .agg(n_problems=("message", "size"), n_files=("file", "nunique"))
           .reset_index()
           .sort_values(["severity", "n_problems"], ascending=[True, False]))
    return out.reset_index(drop=True)


def annotated_segments(corpus: Corpus, article_id: str) -> pd.DataFrame:
    """The segments of one article, white space left out: what was kept as body and what was set aside, and why."""
    seg = corpus.segments
    rows = seg[(seg["article_id"] == article_id) & (seg["kind"] != "whitespace")]
    if rows.empty:
        raise KeyError(f"no article {article_id!r} in the corpus; ids look like {corpus.articles['article_id'].iloc[0]!r}")
    return rows[["segment_idx", "line", "start", "end", "kind", "rule", "is_duplicate", "text"]].reset_index(drop=True)


def noisiest_article(corpus: Corpus) -> str:
    """The id of the article with the smallest share of body text (ties: the first in corpus order)."""
    comp = composition(corpus)
    body = comp[comp["kind"] == "body"].set_index("article_id")["share"]
    order = corpus.articles["article_id"]
    return str(body.reindex(order).fillna(0.0).idxmin())
