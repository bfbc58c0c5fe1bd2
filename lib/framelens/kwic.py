"""Concordance tools: keywords in context, collocations and lexical dispersion.

All three read a loaded :class:`~framelens.Corpus` and return a DataFrame with offsets into
``articles.text``. Only text in segments of the chosen kinds (by default headline, subheading and
body) counts, so captions, datelines and boilerplate stay out unless asked for.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np
import pandas as pd

from framelens.segments import KINDS, TEXT_KINDS
from framelens.textunits import match_form

MEASURES = ("likelihood_ratio", "pmi", "student_t", "chi_sq", "poisson_stirling", "dice", "jaccard")

# Each quote character stands for every character that match_form() maps to the same straight quote.
_QUOTE_CLASS = {
    straight: "[" + re.escape("".join(sorted({straight, *(c for c in "’‘ʼ“”„″" if match_form(c) == straight)})))
    + "]"
    for straight in ("'", '"')
}
_SPACE = re.compile(r"\s+")


def _check_kinds(kinds: Sequence[str]) -> list[str]:
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown segment kind(s) {', '.join(map(repr, unknown))}; choose from {', '.join(KINDS)}")
    return kinds


def query_pattern(query: str, *, regex: bool = False) -> re.Pattern:
    """Compile a kwic query: a word or phrase (literal), or a regular expression.

    A word or phrase matches case-insensitively; a quote or apostrophe matches its curly and
    straight forms, and the space between words matches any run of white space (including
    non-breaking spaces). A regex is compiled as written, case-insensitively.
    Raises ``ValueError`` naming the query for an empty query or a bad regex.

    >>> bool(query_pattern("Russia's").fullmatch("RUSSIA’S"))
    True
    >>> bool(query_pattern("The Trends Journal").fullmatch("The\\xa0Trends\\n Journal"))
    True
    """
    if not query or not query.strip():
        raise ValueError(f"empty kwic query {query!r}")
    if regex:
        try:
            return re.compile(query, re.IGNORECASE)
        except re.error as err:
            raise ValueError(f"kwic query {query!r} is not a valid regular expression: {err}") from None
    words = []
    for word in query.split():
        words.append("".join(_QUOTE_CLASS.get(match_form(ch), re.escape(ch)) for ch in word))
    return re.compile(r"\s+".join(words), re.IGNORECASE)


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text)


def _group_of(corpus, group_column: str) -> dict[str, str]:
    return dict(zip(corpus.articles["article_id"], corpus.groups(group_column)))


class _TokenSpans:
    """Token starts and ends of every article as sorted arrays, for boundary checks by binary search."""

    def __init__(self, tokens: pd.DataFrame):
        codes = tokens["article_id"].cat.codes.to_numpy()
        order = np.argsort(codes, kind="stable")
        self.starts = tokens["start"].to_numpy()[order]
        self.ends = tokens["end"].to_numpy()[order]
        categories = tokens["article_id"].cat.categories
        self.bounds = np.searchsorted(codes[order], np.arange(len(categories) + 1))
        self.index = {str(aid): k for k, aid in enumerate(categories)}

    def bounds_match(self, article_id: str, start: int, end: int) -> bool:
        """Whether a token starts at ``start`` and one (maybe another) ends at ``end``."""
        k = self.index.get(str(article_id))
        if k is None:
            return False
        lo, hi = self.bounds[k], self.bounds[k + 1]
        i = lo + np.searchsorted(self.starts[lo:hi], start)
        j = lo + np.searchsorted(self.ends[lo:hi], end)
        return i < hi and self.starts[i] == start and j < hi and self.ends[j] == end


def kwic(corpus, query: str, *, regex: bool = False, width: int = 60,
         kinds: Sequence[str] = TEXT_KINDS, group_column: str = "outlet") -> pd.DataFrame:
    """Keywords in context: every match of a word, phrase or regex, with the text around it.

    Parameters:
        corpus: a loaded Corpus.
        query: a word or phrase, matched on token boundaries (see :func:`query_pattern`), or a
            regular expression when ``regex=True`` (matched anywhere, case-insensitively; write
            ``\\s+`` rather than a space to cross non-breaking spaces).
        width: at most this many characters of the same segment on each side.
        kinds: segment kinds searched.
        group_column: the articles column copied into the result (via ``corpus.groups``).
    Returns: one row per match, in corpus order: article_id, the group column, sentence_idx,
        start, end (``text[start:end]`` is the match as written), left, match, right (left and
        right with white space collapsed to single spaces). A match never crosses a segment.
    Raises: ``ValueError`` for a bad regex or unknown kind, ``KeyError`` for an unknown group column.
    """
    pattern = query_pattern(query, regex=regex)
    kinds = _check_kinds(kinds)
    groups = _group_of(corpus, group_column)
    segments = corpus.segments[corpus.segments["kind"].isin(kinds)]
    seg_by_article = {aid: seg for aid, seg in segments.groupby("article_id", sort=False, observed=True)}
    sent_by_article = {aid: sent for aid, sent in corpus.sentences.groupby("article_id", sort=False, observed=True)}
    token_spans = _TokenSpans(corpus.tokens) if not regex else None
    rows = []
    for aid, text in zip(corpus.articles["article_id"], corpus.articles["text"]):
        if aid not in seg_by_article:
            continue
        sent = sent_by_article.get(aid)
        sent_starts = sent["start"].to_numpy() if sent is not None else np.zeros(0, dtype=np.int64)
        sent_idx = sent["sentence_idx"].to_numpy() if sent is not None else np.zeros(0, dtype=np.int32)
        for seg_start, seg_end in zip(seg_by_article[aid]["start"], seg_by_article[aid]["end"]):
            seg_text = text[seg_start:seg_end]
            for m in pattern.finditer(seg_text):
                start, end = seg_start + m.start(), seg_start + m.end()
                if start == end:
                    continue
                # A literal query must begin and end where tokens do: "Russia" is not found in "pro-Russia".
                if token_spans is not None and not token_spans.bounds_match(aid, start, end):
                    continue
                pos = np.searchsorted(sent_starts, start, side="right") - 1
                rows.append({
                    "article_id": aid, group_column: groups[aid],
                    "sentence_idx": sent_idx[max(pos, 0)],
                    "start": start, "end": end,
                    "left": _collapse(seg_text[:m.start()])[-width:] if width > 0 else "",
                    "match": m.group(),
                    "right": _collapse(seg_text[m.end():])[:width] if width > 0 else "",
                })
    dtypes = {"article_id": "string", group_column: "string", "sentence_idx": "int32", "start": "int64",
              "end": "int64", "left": "string", "match": "string", "right": "string"}
    if not rows:
        return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in dtypes.items()})
    return pd.DataFrame(rows).astype(dtypes)


def _word_tokens(corpus, kinds: list[str]) -> pd.DataFrame:
    """Word tokens (holding a letter or digit) in segments of ``kinds``, in corpus order."""
    tokens = corpus.tokens
    cats = tokens["lower"].cat.categories
    is_word_cat = np.fromiter((any(ch.isalnum() for ch in c) for c in cats), dtype=bool, count=len(cats))
    codes = tokens["lower"].cat.codes.to_numpy()
    keep = tokens["segment_kind"].isin(kinds).to_numpy() & (codes >= 0) & is_word_cat[np.maximum(codes, 0)]
    return tokens[keep]


def _term_form(term: str) -> str:
    form = match_form(term.strip())
    if not form or any(ch.isspace() for ch in form):
        raise ValueError(f"term {term!r} must be a single word")
    return form


def collocations(corpus, term: str, *, window: int = 5, measure: str = "likelihood_ratio", min_count: int = 2,
                 kinds: Sequence[str] = TEXT_KINDS) -> pd.DataFrame:
    """Words that occur near ``term``, scored with an NLTK association measure.

    Word tokens (those with a letter or digit, in segments of ``kinds``) within ``window`` word
    tokens either side of an occurrence of ``term`` in the same sentence form the term's span.
    Each candidate collocate gets the 2x2 table of span vs rest-of-corpus by collocate vs other
    word, over all word tokens except the term's own occurrences, and the score is
    ``BigramAssocMeasures.<measure>(n_together, (n_window, n_collocate), n_words)``.

    Parameters:
        term: one word, matched on the tokens' ``lower`` column (case-folded, straight quotes).
        window: word tokens either side; measure: one of MEASURES; min_count: least n_together.
    Returns: term, collocate, n_together (collocate tokens in the span), n_collocate (its
        frequency), score, measure, then n_term, n_window (word tokens in the span) and n_words
        (the table total); stopwords, punctuation and bare numbers are never collocates; sorted by
        score, highest first.
    Raises: ``ValueError`` for an unknown measure or kind, a multi-word term or window < 1.
    """
    from nltk.metrics.association import BigramAssocMeasures

    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    if window < 1:
        raise ValueError(f"window must be at least 1, not {window}")
    form, kinds = _term_form(term), _check_kinds(kinds)
    words = _word_tokens(corpus, kinds)
    # Work on category codes: a large corpus never becomes one Python string per token.
    types = words["lower"].cat.categories.astype(str)
    codes = words["lower"].cat.codes.to_numpy()
    matches = np.flatnonzero(types == form)
    is_term = codes == (matches[0] if len(matches) else -2)
    # Rank of each word token within its sentence, so that the window counts word tokens only.
    # Tokens come in article and sentence order, so one integer key per sentence is sorted.
    sent_code = (words["article_id"].cat.codes.to_numpy().astype(np.int64) << 32) + words["sentence_idx"].to_numpy()
    first = np.searchsorted(sent_code, sent_code, "left")
    rank = np.arange(len(words)) - first
    in_span = np.zeros(len(words), dtype=bool)
    for i in np.flatnonzero(is_term):
        lo, hi = first[i], np.searchsorted(sent_code, sent_code[i], "right")
        near = np.arange(lo, hi)
        in_span[near[np.abs(rank[lo:hi] - rank[i]) <= window]] = True
    in_span &= ~is_term
    has_letter = np.array([any(ch.isalpha() for ch in w) for w in types], dtype=bool)
    candidate = ~is_term & ~words["is_stop"].to_numpy() & has_letter[codes]
    n_words, n_window = int((~is_term).sum()), int(in_span.sum())
    n_collocate = pd.Series(np.bincount(codes[candidate], minlength=len(types)), index=types)
    n_together = pd.Series(np.bincount(codes[candidate & in_span], minlength=len(types)), index=types)
    n_together = n_together[n_together >= max(min_count, 1)].sort_values(ascending=False, kind="stable")
    score_fn = getattr(BigramAssocMeasures, measure)
    out = pd.DataFrame({
        "term": form, "collocate": n_together.index.astype(str),
        "n_together": n_together.to_numpy(dtype=np.int64),
        "n_collocate": n_collocate.reindex(n_together.index).to_numpy(dtype=np.int64),
    })
    out["score"] = [float(score_fn(int(a), (n_window, int(b)), n_words))
                    for a, b in zip(out["n_together"], out["n_collocate"])]
    out["measure"] = measure
    out["n_term"], out["n_window"], out["n_words"] = int(is_term.sum()), n_window, n_words
    out = out.astype({"term": "string", "collocate": "string", "n_together": "int64", "n_collocate": "int64",
                      "score": "float64", "measure": "string", "n_term": "int64", "n_window": "int64",
                      "n_words": "int64"})
    return out.sort_values(["score", "collocate"], ascending=[False, True], kind="stable").reset_index(drop=True)


def dispersion(corpus, term: str, *, kinds: Sequence[str] = TEXT_KINDS, group_column: str = "outlet") -> pd.DataFrame:
    """Lexical dispersion: where in each article ``term`` occurs.

    Returns: one row per occurrence, in corpus order: article_id, the group column, token_idx,
        position (the token's 0-based rank among the article's word tokens in ``kinds``, divided
        by their number, so 0 is the first word and positions are below 1), start, end.
    Raises: ``ValueError`` for a multi-word term or an unknown kind.
    """
    form, kinds = _term_form(term), _check_kinds(kinds)
    groups = _group_of(corpus, group_column)
    words = _word_tokens(corpus, kinds)
    # Category codes throughout: tokens come in article order, so each article is one sorted run.
    article_code = words["article_id"].cat.codes.to_numpy()
    first = np.searchsorted(article_code, article_code, "left")
    rank = np.arange(len(words)) - first
    count = np.searchsorted(article_code, article_code, "right") - first
    types = words["lower"].cat.categories.astype(str)
    matches = np.flatnonzero(types == form)
    hit = words["lower"].cat.codes.to_numpy() == (matches[0] if len(matches) else -2)
    article = words["article_id"].cat.categories.astype(str).to_numpy()[article_code[hit]]
    out = pd.DataFrame({
        "article_id": article,
        group_column: [groups[a] for a in article],
        "token_idx": words["token_idx"].to_numpy()[hit],
        "position": rank[hit] / count[hit] if hit.any() else np.zeros(0),
        "start": words["start"].to_numpy()[hit],
        "end": words["end"].to_numpy()[hit],
    })
    return out.astype({"article_id": "string", group_column: "string", "token_idx": "int32",
                       "position": "float64", "start": "int64", "end": "int64"}).reset_index(drop=True)
