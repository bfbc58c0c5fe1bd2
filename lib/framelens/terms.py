"""Terms: document-term counts from framelens tokens, tidy term tables per group, and group keyness.

Terms are unigrams to trigrams of one token form (``lower`` by default) built from the corpus's own
tokens, never by re-tokenizing text. An n-gram is made of word tokens (tokens holding a letter or a
digit): punctuation-only tokens are dropped first, as scikit-learn's and quanteda's defaults do, so
"the war, the war" yields the bigram "war the". N-grams never cross a sentence boundary.

Statistics use every term; stopword and minimum-count filters belong to :func:`top_terms` only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from framelens.keyness import ALPHA0, PER, gries_dp, keyness_table

DEFAULT_KINDS = ("headline", "subheading", "body")
FORMS = ("lower", "token", "stem")


@dataclass(frozen=True)
class TermMatrix:
    """A sparse article × term count matrix and what its rows and columns mean.

    matrix: csr_matrix of int64 counts, rows = ``articles``, columns = ``terms``.
    terms: the terms (n-gram words joined by one space). n: the n-gram order of each term.
    articles: article_id of each row, in corpus order. n_tokens: counted word tokens per article.
    is_stopword_only: per term, whether every word of every occurrence is a stopword.
    """

    matrix: sp.csr_matrix
    terms: pd.Index
    articles: pd.Index
    n: np.ndarray
    n_tokens: np.ndarray
    is_stopword_only: np.ndarray


def _counted_tokens(corpus, kinds, form: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, pd.Index]:
    """Word tokens that count: (article row, sentence run id, form code, is_stop, form categories)."""
    tokens = corpus.tokens
    articles = pd.Index(corpus.articles["article_id"].astype(str), name="article_id")
    row = articles.get_indexer(tokens["article_id"].astype(str))
    if (row < 0).any():
        missing = tokens["article_id"].astype(str)[row < 0].iloc[0]
        raise ValueError(f"the tokens table has article_id {missing!r}, which is not in the articles table")
    # Which sentences are duplicated (a repeated caption, say): they never count.
    dup = corpus.sentences.set_index([corpus.sentences["article_id"].astype(str), "sentence_idx"])["is_duplicate"]
    key = pd.MultiIndex.from_arrays([tokens["article_id"].astype(str), tokens["sentence_idx"]])
    where = dup.index.get_indexer(key)
    if (where < 0).any():
        i = int(np.flatnonzero(where < 0)[0])
        raise ValueError(f"token {i} points at sentence {key[i]!r}, which is not in the sentences table")
    is_dup = dup.fillna(False).to_numpy(dtype=bool)[where]

    values = tokens[form].astype("category")
    cats = pd.Index(values.cat.categories.astype(str))
    codes = values.cat.codes.to_numpy()
    cat_is_word = np.fromiter((any(ch.isalnum() for ch in c) for c in cats), dtype=bool, count=len(cats))
    keep = (tokens["segment_kind"].isin(list(kinds)).to_numpy() & ~is_dup & (codes >= 0))
    keep[keep] = cat_is_word[codes[keep]]

    order = np.lexsort((tokens["token_idx"].to_numpy()[keep], row[keep]))
    row_k = row[keep][order]
    sent_k = tokens["sentence_idx"].to_numpy(dtype=np.int64)[keep][order]
    # One id per (article, sentence) run, so n-grams can be kept inside a sentence.
    change = np.r_[True, (np.diff(row_k) != 0) | (np.diff(sent_k) != 0)] if len(row_k) else np.zeros(0, bool)
    run = np.cumsum(change)
    return (row_k, run, codes[keep][order], tokens["is_stop"].to_numpy(dtype=bool)[keep][order], cats)


def term_matrix(corpus, *, ngram_range: tuple[int, int] = (1, 3), kinds=DEFAULT_KINDS, form: str = "lower") -> TermMatrix:
    """Count the n-grams of each article into a sparse document-term matrix.

    Parameters:
        corpus: a loaded :class:`framelens.Corpus`.
        ngram_range: smallest and largest n-gram order, inclusive.
        kinds: segment kinds whose tokens count; tokens of duplicated segments never count.
        form: the token column the terms are made of: "lower", "token" or "stem".
    Returns: a :class:`TermMatrix`; columns are ordered by n, then term.

    >>> import framelens, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp()); _ = (folder / "a.txt").write_text("Kyiv said. Kiev said Kyiv.\\n")
    >>> tm = term_matrix(framelens.load_corpus(folder / "a.txt"), ngram_range=(2, 2))
    >>> list(tm.terms), tm.matrix.toarray().tolist()
    (['kiev said', 'kyiv said', 'said kyiv'], [[1, 1, 1]])
    """
    if form not in FORMS:
        raise ValueError(f"form must be one of {', '.join(FORMS)}; got {form!r}")
    lo, hi = ngram_range
    if not (1 <= lo <= hi):
        raise ValueError(f"ngram_range must be (smallest, largest) with 1 <= smallest <= largest; got {ngram_range!r}")
    row, run, codes, stop, cats = _counted_tokens(corpus, kinds, form)
    articles = pd.Index(corpus.articles["article_id"].astype(str), name="article_id")
    n_articles = len(articles)
    words = cats.to_numpy(dtype=object)
    # Number the words in string order, so that n-grams numbered word by word come out nearly in
    # term order and the stable sort of their labels below has little left to do.
    alphabetical = np.argsort(words, kind="stable")
    rank = np.empty(len(words), dtype=np.int64)
    rank[alphabetical] = np.arange(len(words))
    codes, words = rank[codes], words[alphabetical]
    n_words = max(len(words), 1)
    # Labels are unique when no word holds a space: n-grams of one order differ in some word, and
    # n-grams of different orders in their number of spaces.
    assert not any(" " in w for w in words), "a token holds a space, so two n-grams could share one label"

    rows, cols, terms, orders, stop_only = [], [], [], [], []
    for n in range(lo, hi + 1):
        m = len(codes) - n + 1
        if m <= 0:
            continue
        starts = np.arange(m)
        inside = run[starts] == run[starts + n - 1]  # runs are consecutive, so equal ends mean one sentence
        starts = starts[inside]
        if not len(starts):
            continue
        all_stop = np.logical_and.reduce([stop[starts + j] for j in range(n)])
        if n_words ** n < 2 ** 62:  # one int64 per n-gram: a 1-d unique is much faster than rows
            key = codes[starts]
            for j in range(1, n):
                key = key * n_words + codes[starts + j]
            uniq_keys, inverse = np.unique(key, return_inverse=True)
            uniq = np.stack([(uniq_keys // n_words ** (n - 1 - j)) % n_words for j in range(n)], axis=1)
        else:
            uniq, inverse = np.unique(np.stack([codes[starts + j] for j in range(n)], axis=1), axis=0,
                                      return_inverse=True)
        inverse = inverse.ravel()
        labels = words[uniq[:, 0]]
        for j in range(1, n):
            labels = labels + " " + words[uniq[:, j]]
        by_label = np.argsort(labels, kind="stable")
        position = np.empty(len(uniq), dtype=np.int64)
        position[by_label] = np.arange(len(uniq)) + sum(len(t) for t in terms)
        rows.append(row[starts])
        cols.append(position[inverse])
        terms.append(labels[by_label])
        orders.append(np.full(len(uniq), n, dtype=np.int8))
        # A term is stopword-only when none of its occurrences holds a non-stopword.
        non_stop = np.bincount(inverse, weights=~all_stop, minlength=len(uniq)) == 0
        stop_only.append(non_stop[by_label])

    n_terms = sum(len(t) for t in terms)
    data_rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    data_cols = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    matrix = sp.csr_matrix((np.ones(len(data_rows), dtype=np.int64), (data_rows, data_cols)),
                           shape=(n_articles, n_terms), dtype=np.int64)
    matrix.sum_duplicates()
    term_index = pd.Index(np.concatenate(terms) if terms else np.zeros(0, dtype=object), dtype=object, name="term")
    return TermMatrix(matrix, term_index, articles,
                      np.concatenate(orders) if orders else np.zeros(0, dtype=np.int8),
                      np.bincount(row, minlength=n_articles).astype(np.int64),
                      np.concatenate(stop_only) if stop_only else np.zeros(0, dtype=bool))


def _aligned_groups(tm: TermMatrix, groups: pd.Series) -> pd.Categorical:
    """The group of each matrix row; raise naming an article that has no group."""
    g = groups.reindex(tm.articles)
    if g.isna().any():
        missing = tm.articles[g.isna().to_numpy()][0]
        raise ValueError(f"groups has no label for article {missing!r}; index groups by article_id "
                         "(pd.Series(corpus.groups(col).to_numpy(), index=corpus.articles.article_id))")
    if isinstance(groups.dtype, pd.CategoricalDtype):
        present = [c for c in groups.cat.categories if (g == c).any()]
        return pd.Categorical(g.astype(object), categories=present)
    return pd.Categorical(g.astype(object), categories=pd.unique(g.astype(object)))


def term_counts(tm: TermMatrix, groups: pd.Series | None = None) -> pd.DataFrame:
    """Tidy term counts: one row per term per group (per article when ``groups`` is None).

    Parameters:
        tm: from :func:`term_matrix`.
        groups: group label per article, indexed by article_id; None counts each article alone.
    Returns: columns group (or article_id), term, n (int8), count, n_tokens, doc_freq (int64),
        rate_per_10k (count per 10,000 word tokens of the group, float64; the denominator is word
        tokens for every n), is_stopword_only (bool). Zero counts are omitted. Sorted by group, n, term.
    """
    if groups is None:
        labels = pd.Categorical(tm.articles, categories=tm.articles)
        name = "article_id"
    else:
        labels = _aligned_groups(tm, groups)
        name = "group"
    codes = labels.codes
    indicator = sp.csr_matrix((np.ones(len(codes), dtype=np.int64), (codes, np.arange(len(codes)))),
                              shape=(len(labels.categories), len(codes)))
    counts = (indicator @ tm.matrix).tocsr()
    present = (indicator @ (tm.matrix > 0).astype(np.int64)).tocsr()
    for product in (counts, present):  # canonical form: rows in order, columns sorted, no zeros
        product.sum_duplicates()
        product.eliminate_zeros()
    # A group count is positive exactly where some article of the group uses the term, so the two
    # products share one sparsity pattern and their data line up.
    assert np.array_equal(counts.indptr, present.indptr) and np.array_equal(counts.indices, present.indices)
    n_tokens = indicator @ tm.n_tokens
    g = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    t, c, df = counts.indices, counts.data.astype(np.int64), present.data.astype(np.int64)
    return pd.DataFrame({
        name: pd.Categorical.from_codes(g, categories=labels.categories),
        "term": pd.array(tm.terms.to_numpy()[t], dtype="string"),
        "n": tm.n[t].astype(np.int8),
        "count": c,
        "n_tokens": n_tokens[g].astype(np.int64),
        "rate_per_10k": c / n_tokens[g] * PER,
        "doc_freq": df,
        "is_stopword_only": tm.is_stopword_only[t].astype(bool),
    })


def top_terms(counts: pd.DataFrame, *, k: int = 15, n: int = 1, min_count: int = 2,
              drop_stopwords: bool = True) -> pd.DataFrame:
    """The ``k`` most frequent terms of order ``n`` per group (or article), for display.

    The stopword and minimum-count filters apply here only, never to the statistics.
    Parameters: counts from :func:`term_counts`; k terms per group; n-gram order n; min_count;
        drop_stopwords drops terms made only of stopwords.
    Returns: the kept rows of ``counts`` plus ``rank`` (1 = most frequent; ties by term), sorted.
    """
    by = "group" if "group" in counts.columns else "article_id"
    rows = counts[(counts["n"] == n) & (counts["count"] >= min_count)]
    if drop_stopwords:
        rows = rows[~rows["is_stopword_only"]]
    rows = rows.sort_values([by, "count", "term"], ascending=[True, False, True], kind="stable")
    rows = rows.assign(rank=rows.groupby(by, observed=True).cumcount() + 1)
    return rows[rows["rank"] <= k].reset_index(drop=True)


def group_keyness(tm: TermMatrix, groups: pd.Series, target, *, reference=None, n: int = 1,
                  alpha0: float = ALPHA0, variance: str = "four_term") -> pd.DataFrame:
    """Keyness of each term of order ``n``: the target group vs the rest, or vs one ``reference`` group.

    Counts are summed per side (keyness needs only these sums) and passed to
    :func:`framelens.keyness.keyness_table`, with document frequencies. Terms absent from both
    sides are left out. ``dp_target`` is Gries' DP of the term across the target's articles (part
    sizes: each article's total of order-n terms): how unevenly the target's own articles use it.
    It is NaN where the target has a single article, since dispersion needs two parts, and where
    the target never uses the term.

    Returns: the keyness_table columns plus dp_target (float64) and is_stopword_only (bool, every
        word of the term is a stopword: for display filters), sorted by log_odds_z descending.
    """
    labels = _aligned_groups(tm, groups)
    names = list(labels.categories)
    for label, role in ((target, "target"), (reference, "reference")):
        if label is not None and label not in names:
            raise ValueError(f"{role} group {label!r} is not among the groups: {', '.join(map(str, names))}")
    if reference is not None and reference == target:
        raise ValueError(f"target and reference are the same group ({target!r})")
    is_target = np.asarray(labels == target)
    is_reference = np.asarray(labels == reference) if reference is not None else ~is_target
    if not is_reference.any():
        raise ValueError(f"there is no reference: every article belongs to target group {target!r}")
    cols = np.flatnonzero(tm.n == n)
    sub = tm.matrix[:, cols]
    t_rows, r_rows = sub[is_target], sub[is_reference]
    nt = np.asarray(t_rows.sum(axis=0)).ravel()
    nr = np.asarray(r_rows.sum(axis=0)).ravel()
    used = (nt + nr) > 0
    table = keyness_table(tm.terms[cols][used], nt[used], nr[used],
                          df_target=np.asarray((t_rows > 0).sum(axis=0)).ravel()[used],
                          df_reference=np.asarray((r_rows > 0).sum(axis=0)).ravel()[used],
                          alpha0=alpha0, variance=variance)
    by_part = t_rows[:, used].T.tocsr()  # terms × target articles
    sizes = np.asarray(t_rows.sum(axis=1)).ravel()
    if by_part.shape[1] >= 2 and sizes.sum() > 0:
        dp = pd.Series(gries_dp(by_part, sizes), index=tm.terms[cols][used])
    else:
        dp = pd.Series(np.nan, index=tm.terms[cols][used])
    stop_only = pd.Series(tm.is_stopword_only[cols][used], index=tm.terms[cols][used])
    order = table["term"].astype(object)
    return table.assign(dp_target=dp.reindex(order).to_numpy(dtype=np.float64),
                        is_stopword_only=stop_only.reindex(order).to_numpy(dtype=bool))


def pairwise_keyness(tm: TermMatrix, groups: pd.Series, *, n: int = 1, alpha0: float = ALPHA0,
                     variance: str = "four_term") -> pd.DataFrame:
    """:func:`group_keyness` for every unordered pair of groups once (a before b in group order).

    Swap the sign of the z, delta, g2 and log_ratio columns to read a pair the other way round.
    Returns: one tidy table with columns target, reference (category, group order), then the
        :func:`group_keyness` columns.
    """
    names = list(_aligned_groups(tm, groups).categories)
    parts = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            table = group_keyness(tm, groups, a, reference=b, n=n, alpha0=alpha0, variance=variance)
            parts.append(table.assign(target=a, reference=b))
    if not parts:
        raise ValueError("pairwise keyness needs at least two groups")
    out = pd.concat(parts, ignore_index=True)
    for column in ("target", "reference"):
        out[column] = pd.Categorical(out[column], categories=names)
    return out[["target", "reference", *[c for c in out.columns if c not in ("target", "reference")]]]


def keyness_each(tm: TermMatrix, groups: pd.Series, *, targets=None, reference=None, n: int = 1,
                 alpha0: float = ALPHA0, variance: str = "four_term") -> pd.DataFrame:
    """:func:`group_keyness` of each group (or each of ``targets``) against the rest, or against ``reference``.

    Returns: one tidy table: target (category, group order), reference (string: the reference
        group, or "rest" for all other groups), then the :func:`group_keyness` columns; within a
        target, sorted by log_odds_z descending. A target equal to ``reference`` is skipped.
    Raises: ``ValueError`` for fewer than two groups or a target or reference that is not a group.
    """
    names = list(_aligned_groups(tm, groups).categories)
    if len(names) < 2:
        raise ValueError(f"keyness needs at least two groups; there is only {names[0]!r}" if names
                         else "keyness needs at least two groups; the corpus is empty")
    targets = [t for t in (names if targets is None else list(targets)) if t != reference]
    parts = [group_keyness(tm, groups, t, reference=reference, n=n, alpha0=alpha0, variance=variance)
             .assign(target=t, reference="rest" if reference is None else reference)
             for t in targets]
    out = pd.concat(parts, ignore_index=True)
    out["target"] = pd.Categorical(out["target"], categories=names)
    out["reference"] = out["reference"].astype("string")
    return out[["target", "reference", *[c for c in out.columns if c not in ("target", "reference")]]]
