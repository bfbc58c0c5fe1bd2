"""Similarity, text reuse and coverage: what outlets copy, share and leave out.

- :func:`similarity_matrix` and :func:`cluster_order`: TF-IDF cosine similarity of articles, and an
  order from hierarchical clustering that puts similar articles next to each other.
- :func:`shared_passages`: passages two articles share, with offsets into both raw texts. Words are
  normalised (case, quote styles, punctuation, "n't" = "not"), cut into shingles of ``n`` words and
  indexed; only articles that share a shingle are ever compared, so the cost grows with the number
  of shared shingles, not with the square of the corpus. Matching shingles are chained into
  passages across small edits (a word changed, added or dropped).
- :func:`similarity_table`: one row per ordered pair of articles, with the cosine, the shared words
  and the republication flag (most of one article's body appears in the other).
- :func:`mentions`, :func:`coverage`: the people, organisations and places each article names,
  from ``officials.csv``, ``places_orgs.csv``, ``countries.csv`` and runs of capitalised words,
  and a group x entity table of who mentions whom.
- :func:`statements`: every attributed statement, marked unique to one outlet or shared by several.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import leaves_list, linkage, optimal_leaf_ordering
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfTransformer

from framelens.quotes import load_countries, load_officials, shared_quotes
from framelens.resources import DATA_DIR, read_data_csv, sentence_openers
from framelens.terms import term_matrix

TEXT_KINDS = ("headline", "subheading", "body", "caption", "commentary")
ENTITY_KINDS = ("person", "organisation", "place", "name")
SOURCES = ("officials", "places_orgs", "countries", "capitalised")
PLACES_ORGS_FILE = DATA_DIR / "places_orgs.csv"

PASSAGES_COLUMNS = {
    "passage_id": "int32", "article_id": "string", "outlet": "string", "start": "int64", "end": "int64",
    "other_article_id": "string", "other_outlet": "string", "other_start": "int64", "other_end": "int64",
    "n_words": "int32", "other_n_words": "int32", "n_words_matched": "int32", "is_exact": "boolean",
    "text": "string", "other_text": "string",
}
SIMILARITY_COLUMNS = {
    "article_id": "string", "outlet": "string", "other_article_id": "string", "other_outlet": "string",
    "cosine": "float64", "n_passages": "int32", "n_body_words": "int64", "n_body_words_shared": "int64",
    "share_body_shared": "float64", "is_republication": "boolean",
}
MENTIONS_COLUMNS = {
    "article_id": "string", "outlet": "string", "mention_idx": "int32", "start": "int64", "end": "int64",
    "text": "string", "entity": "string", "entity_kind": pd.CategoricalDtype(list(ENTITY_KINDS)),
    "source": pd.CategoricalDtype(list(SOURCES)), "segment_kind": "string",
}
COVERAGE_COLUMNS = {
    "group": "string", "entity": "string", "entity_kind": pd.CategoricalDtype(list(ENTITY_KINDS)),
    "n_mentions": "int64", "n_articles": "int64", "n_group_articles": "int64", "share_articles": "float64",
}
STATEMENTS_COLUMNS = {
    "article_id": "string", "outlet": "string", "quote_idx": "int32", "speaker": "string", "kind": "string",
    "text": "string", "start": "int64", "end": "int64", "n_outlets": "int32", "other_outlets": "string",
    "is_unique": "boolean",
}
# Clitics as the tokenizer splits them ("wo" "n't"), spelled out so that "won't" matches "will not".
_CLITICS = {"n't": "not", "'re": "are", "'ll": "will", "'ve": "have", "'m": "am", "wo": "will", "ca": "can"}
_NON_ALNUM = re.compile(r"[^\w]|_")


def _typed(frame: pd.DataFrame, columns: dict) -> pd.DataFrame:
    return frame.reindex(columns=list(columns)).astype(columns)


# --------------------------------------------------------------------------- similarity

def similarity_matrix(corpus, *, ngram_range: tuple[int, int] = (1, 2)) -> pd.DataFrame:
    """TF-IDF cosine similarity of every pair of articles.

    Parameters:
        corpus: a loaded :class:`framelens.Corpus`.
        ngram_range: the term orders counted (``terms.term_matrix``: headline, subheading and body).
    Returns: a square DataFrame of float64 in [0, 1], rows and columns the article_ids in corpus
        order, 1 on the diagonal (0 for an article without words).
    """
    tm = term_matrix(corpus, ngram_range=ngram_range)
    weights = TfidfTransformer(sublinear_tf=True).fit_transform(tm.matrix.astype(np.float64))
    sims = np.clip((weights @ weights.T).toarray(), 0.0, 1.0)
    np.fill_diagonal(sims, (tm.n_tokens > 0).astype(np.float64))
    ids = pd.Index(tm.articles, name="article_id")
    return pd.DataFrame(sims, index=ids, columns=ids.rename("other_article_id"))


def cluster_order(similarity: pd.DataFrame) -> list[str]:
    """Article ids ordered by average-linkage clustering on 1 - cosine, leaves optimally ordered.

    Parameters: similarity, a square matrix from :func:`similarity_matrix`.
    Returns: the row labels in an order where similar articles sit next to each other.
    """
    labels = list(similarity.index)
    if len(labels) < 3:
        return labels
    distance = 1.0 - similarity.to_numpy(dtype=np.float64)
    distance = np.clip((distance + distance.T) / 2, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    condensed = squareform(distance, checks=False)
    tree = optimal_leaf_ordering(linkage(condensed, method="average"), condensed)
    return [labels[i] for i in leaves_list(tree)]


# --------------------------------------------------------------------------- shared passages

class _Words:
    """The normalised words of the corpus, in text order: one array entry per word token."""

    def __init__(self, corpus, kinds):
        tokens = corpus.tokens
        articles = pd.Index(corpus.articles["article_id"].astype(str))
        dup = corpus.sentences.set_index([corpus.sentences["article_id"].astype(str), "sentence_idx"])["is_duplicate"]
        key = pd.MultiIndex.from_arrays([tokens["article_id"].astype(str), tokens["sentence_idx"]])
        is_dup = dup.fillna(False).to_numpy(dtype=bool)[dup.index.get_indexer(key)]
        lower = tokens["lower"].astype("category")
        forms = np.array([_CLITICS.get(c, _NON_ALNUM.sub("", c)) for c in lower.cat.categories.astype(str)],
                         dtype=object)
        codes = lower.cat.codes.to_numpy()
        keep = tokens["segment_kind"].isin(list(kinds)).to_numpy() & ~is_dup & (codes >= 0)
        keep[keep] = forms[codes[keep]] != ""
        row = articles.get_indexer(tokens["article_id"].astype(str))[keep]
        order = np.lexsort((tokens["token_idx"].to_numpy()[keep], row))
        uniq, word = np.unique(forms[codes[keep][order]].astype(str), return_inverse=True)
        self.articles = articles
        self.row = row[order]
        self.word = word.ravel().astype(np.int64)
        self.n_forms = max(len(uniq), 1)
        self.start = tokens["start"].to_numpy()[keep][order]
        self.end = tokens["end"].to_numpy()[keep][order]
        self.is_body = (tokens["segment_kind"].to_numpy()[keep][order] == "body")

    def shingles(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Positions of the n-word shingles inside one article, and an exact id for each shingle."""
        m = len(self.word) - n + 1
        if m <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        pos = np.flatnonzero(self.row[: m] == self.row[n - 1:])
        ids = self.word[pos]
        for j in range(1, n):  # exact ids, one word at a time: the product stays below the number of shingles squared
            ids, inverse = np.unique(ids * self.n_forms + self.word[pos + j], return_inverse=True)
            ids = inverse.ravel().astype(np.int64)
        return pos, ids


def _matching_points(pos: np.ndarray, ids: np.ndarray, rows: np.ndarray, max_df: int) -> np.ndarray:
    """Every pair of occurrences of one shingle in two different articles: (pos_a, pos_b), row_a < row_b."""
    order = np.lexsort((rows[pos], ids))
    ids, pos = ids[order], pos[order]
    bounds = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1], True])
    sizes = np.diff(bounds)
    keep_group = (sizes >= 2) & (sizes <= max_df)
    group_end = np.repeat(bounds[1:], sizes)
    is_kept = np.repeat(keep_group, sizes)
    j = np.flatnonzero(is_kept)
    partners = group_end[j] - j - 1
    left = np.repeat(j, partners)
    right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(partners) - partners, partners)
    a, b = pos[left], pos[right]
    different = rows[a] != rows[b]
    return np.stack([a[different], b[different]], axis=1)


def _diagonal_runs(points: np.ndarray, rows: np.ndarray, n: int, max_gap: int) -> np.ndarray:
    """Chain points on one diagonal (same offset between the texts) into runs: (a_lo, a_hi, b_lo, b_hi)."""
    if not len(points):
        return np.zeros((0, 4), dtype=np.int64)
    a, b = points[:, 0], points[:, 1]
    ra, rb, d = rows[a], rows[b], a - b
    order = np.lexsort((a, d, rb, ra))
    a, b, ra, rb, d = a[order], b[order], ra[order], rb[order], d[order]
    new = np.r_[True, (ra[1:] != ra[:-1]) | (rb[1:] != rb[:-1]) | (d[1:] != d[:-1]) | (a[1:] - a[:-1] > n + max_gap)]
    first = np.flatnonzero(new)
    last = np.r_[first[1:], len(a)] - 1
    return np.stack([a[first], a[last] + n, b[first], b[last] + n], axis=1)


def _chain(runs: np.ndarray, rows: np.ndarray, n: int, max_gap: int) -> list[tuple[int, int, int, int, int]]:
    """Merge runs of one pair of articles that follow each other in both texts, across small edits.

    Returns (a_lo, a_hi, b_lo, b_hi, n_matched) per passage; n_matched counts the words of the
    first text that lie inside a matching shingle.
    """
    order = np.lexsort((runs[:, 2], runs[:, 0], rows[runs[:, 2]], rows[runs[:, 0]]))
    passages: list[list[int]] = []
    for a_lo, a_hi, b_lo, b_hi in runs[order].tolist():
        if passages:
            cur = passages[-1]
            same_pair = rows[cur[0]] == rows[a_lo] and rows[cur[2]] == rows[b_lo]
            if same_pair and -n <= a_lo - cur[1] <= max_gap and -n <= b_lo - cur[3] <= max_gap and b_lo >= cur[2]:
                cur[4] += max(0, a_hi - max(a_lo, cur[1]))
                cur[1], cur[3] = max(cur[1], a_hi), max(cur[3], b_hi)
                continue
        passages.append([a_lo, a_hi, b_lo, b_hi, a_hi - a_lo])
    return [tuple(p) for p in passages]


def shared_passages(corpus, *, n: int = 5, min_words: int = 10, max_gap: int = 4, max_df: int = 50,
                    kinds=TEXT_KINDS) -> pd.DataFrame:
    """Passages that two articles share, found through an index of word shingles.

    Words are the corpus tokens of ``kinds`` (repeated segments left out) in a normal form: lower
    case, straight quotes, no punctuation inside or around a word ("U.S." = "US"), and clitics
    spelled out ("aren't" = "are not"). A passage is a chain of shared ``n``-word shingles that
    advance together in both texts, allowing up to ``max_gap`` unmatched words between links, so
    a changed, added or dropped word does not cut it.

    Parameters:
        corpus: a loaded :class:`framelens.Corpus`.
        n: words per shingle.
        min_words: shortest passage kept, in words of the first article.
        max_gap: most unmatched words inside a passage between two matching stretches.
        max_df: shingles found in more places than this (stock phrases) are not used.
        kinds: the segment kinds searched; boilerplate is left out by default.
    Returns: one row per passage and pair of articles (columns :data:`PASSAGES_COLUMNS`), the
        pair in corpus order; ``text[start:end]`` of each raw text is the passage as written.

    >>> import framelens, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Hello.\\n\\nHe said: “We will never back down on this, whatever happens.”\\n")
    >>> _ = (d / "b.txt").write_text("Other.\\n\\nIt said \\"we will NEVER back down on this; whatever happens\\" today.\\n")
    >>> p = shared_passages(framelens.load_corpus(d))
    >>> p[["text", "other_text"]].values.tolist()
    [['said: “We will never back down on this, whatever happens', 'said "we will NEVER back down on this; whatever happens']]
    """
    words = _Words(corpus, kinds)
    pos, ids = words.shingles(n)
    runs = _diagonal_runs(_matching_points(pos, ids, words.row, max_df), words.row, n, max_gap)
    found = [p for p in (_chain(runs, words.row, n, max_gap) if len(runs) else []) if p[1] - p[0] >= min_words]
    return _passages_table(corpus, words, found)


def _passages_table(corpus, words: _Words, found: list[tuple]) -> pd.DataFrame:
    if not found:
        return _typed(pd.DataFrame(), PASSAGES_COLUMNS)
    arr = np.array(found, dtype=np.int64)
    a_lo, a_hi, b_lo, b_hi, matched = arr.T
    texts = corpus.articles["text"].astype(str).tolist()
    outlets = corpus.articles["outlet"].astype(str).tolist()
    ra, rb = words.row[a_lo], words.row[b_lo]
    exact = [(ah - al) == (bh - bl) and np.array_equal(words.word[al:ah], words.word[bl:bh])
             for al, ah, bl, bh in zip(a_lo, a_hi, b_lo, b_hi)]
    table = pd.DataFrame({
        "article_id": words.articles[ra], "outlet": [outlets[r] for r in ra],
        "start": words.start[a_lo], "end": words.end[a_hi - 1],
        "other_article_id": words.articles[rb], "other_outlet": [outlets[r] for r in rb],
        "other_start": words.start[b_lo], "other_end": words.end[b_hi - 1],
        "n_words": a_hi - a_lo, "other_n_words": b_hi - b_lo, "n_words_matched": matched, "is_exact": exact,
        "_ra": ra, "_rb": rb,
    })
    table = table.sort_values(["_ra", "_rb", "start", "other_start"], kind="stable").reset_index(drop=True)
    table["text"] = [texts[r][s:e] for r, s, e in zip(table["_ra"], table["start"], table["end"])]
    table["other_text"] = [texts[r][s:e] for r, s, e in zip(table["_rb"], table["other_start"], table["other_end"])]
    table["passage_id"] = np.arange(len(table))
    return _typed(table, PASSAGES_COLUMNS)


def similarity_table(corpus, passages: pd.DataFrame | None = None, *, similarity: pd.DataFrame | None = None,
                     min_share: float = 0.6) -> pd.DataFrame:
    """One row per ordered pair of articles: cosine similarity, shared body words, republication flag.

    ``n_body_words_shared`` counts the body words of the article that lie inside a passage it
    shares with the other article; when they are at least ``min_share`` of its body words, the
    article is flagged ``is_republication`` (both articles of a verbatim copy are flagged: their
    dates, not their words, say which came first).

    Parameters:
        corpus: a loaded :class:`framelens.Corpus`.
        passages: :func:`shared_passages` of the corpus (computed when not given).
        similarity: :func:`similarity_matrix` of the corpus (computed when not given).
        min_share: the share of the body that makes a republication.
    Returns: columns :data:`SIMILARITY_COLUMNS`, article order then other-article order.
    """
    passages = shared_passages(corpus) if passages is None else passages
    similarity = similarity_matrix(corpus) if similarity is None else similarity
    ids = corpus.articles["article_id"].astype(str)
    words = _Words(corpus, ("body",))
    body_starts = pd.Series(words.start).groupby(np.asarray(words.articles[words.row])).agg(list)
    both = pd.concat([
        passages[["article_id", "other_article_id", "start", "end"]],
        passages[["other_article_id", "article_id", "other_start", "other_end"]].set_axis(
            ["article_id", "other_article_id", "start", "end"], axis=1),
    ]).astype({"article_id": str, "other_article_id": str})
    shared = []
    for (article, other), spans in both.groupby(["article_id", "other_article_id"], sort=False):
        starts = np.asarray(body_starts.get(article, []), dtype=np.int64)
        end = int(spans["end"].max())
        inside = starts[starts < end]
        shared.append((article, other, len(spans), int(_covered(zip(spans["start"], spans["end"]), end)[inside].sum())))
    shared = pd.DataFrame(shared, columns=["article_id", "other_article_id", "n_passages", "n_body_words_shared"])
    pairs = (similarity.rename_axis(index="article_id", columns="other_article_id").stack().rename("cosine")
             .reset_index().astype({"article_id": str, "other_article_id": str}))
    pairs = pairs[pairs["article_id"] != pairs["other_article_id"]]
    outlets = dict(zip(ids, corpus.articles["outlet"].astype(str)))
    n_body = body_starts.map(len).reindex(ids, fill_value=0)
    table = pairs.merge(shared, on=["article_id", "other_article_id"], how="left", validate="one_to_one")
    assert len(table) == len(pairs), "one row per ordered pair of articles"
    table = table.fillna({"n_passages": 0, "n_body_words_shared": 0}).assign(
        outlet=lambda d: d["article_id"].map(outlets), other_outlet=lambda d: d["other_article_id"].map(outlets),
        n_body_words=lambda d: d["article_id"].map(n_body))
    table["share_body_shared"] = (table["n_body_words_shared"] / table["n_body_words"].replace(0, np.nan)).astype(float)
    table["is_republication"] = table["share_body_shared"].fillna(0.0) >= min_share
    return _typed(table.reset_index(drop=True), SIMILARITY_COLUMNS)


def _covered(intervals, text_len: int) -> np.ndarray:
    """A boolean mask of the characters inside any of the (start, end) intervals."""
    mask = np.zeros(text_len, dtype=bool)
    for start, end in intervals:
        mask[start:end] = True
    return mask


# --------------------------------------------------------------------------- mentions and coverage

@lru_cache(maxsize=4)
def load_places_orgs(path: str | None = None) -> dict[str, tuple[str, str]]:
    """``places_orgs.csv``: every alias (and name) mapped to (entity, kind).

    Kinds: ``organisation``, ``place``, or ``title`` (a capitalised title such as "Secretary
    General", matched so that it is never taken for a name, and not reported as a mention).

    Raises: ``ValueError`` naming the file and row of an empty name or an unknown kind.
    """
    file = PLACES_ORGS_FILE if path is None else path
    table = read_data_csv(file, ["entity", "aliases", "kind"])
    out: dict[str, tuple[str, str]] = {}
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        if not row.entity.strip():
            raise ValueError(f"{file}, row {row_no}: the entity name is empty")
        if row.kind not in ("organisation", "place", "title"):
            raise ValueError(f"{file}, row {row_no}: kind {row.kind!r} must be 'organisation', 'place' or 'title'")
        for alias in [row.entity, *row.aliases.split("|")]:
            if alias.strip():
                out.setdefault(_straight(alias.strip()), (row.entity.strip(), row.kind))
    return out


def _straight(text: str) -> str:
    """Curly apostrophes made straight; the length is unchanged, so offsets still hold."""
    return text.replace("’", "'").replace("‘", "'")


@lru_cache(maxsize=1)
def _alias_table() -> tuple[dict[str, tuple[str, str, str]], re.Pattern]:
    """Every alias -> (entity, kind, source), and a case-sensitive whole-word regex, longest alias first.

    The same alias in several files goes to the first of: people in ``officials.csv``,
    ``places_orgs.csv``, countries, organisations in ``officials.csv``. An organisation alias that
    is a country name ("the US", "Moscow") counts as the country, a place.
    """
    officials, _ = load_officials()
    countries = load_countries()
    country_words = set(countries) | {c.lower() for c in countries.values()}
    table: dict[str, tuple[str, str, str]] = {}
    for alias, official in officials.items():
        if official.kind == "person":
            table.setdefault(alias, (official.canonical, "person", "officials"))
    for alias, (entity, kind) in load_places_orgs().items():
        table.setdefault(alias, (entity, kind, "places_orgs"))
    for name, country in countries.items():
        for form in (_as_written(name), country):
            table.setdefault(_straight(form), (country, "place", "countries"))
    for alias, official in officials.items():
        bare = re.sub(r"^the ", "", alias, flags=re.IGNORECASE)
        if official.kind == "organisation" and bare.lower() not in country_words:
            table.setdefault(alias, (official.canonical, "organisation", "officials"))
    pattern = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(?<![\w'-])(?:{pattern})(?![\w-])")


def _as_written(name: str) -> str:
    """A lower-case country alias as a name is written: "u.s." -> "U.S.", "the hague" -> "The Hague"."""
    if len(name.replace(".", "")) <= 3:
        return name.upper()
    return " ".join(w if i and w in ("of", "and") else w[:1].upper() + w[1:] for i, w in enumerate(name.split()))


_CONNECTORS = frozenset("de von der van al bin da di du la le of".split())
# Headlines are often in title case, where every word looks like a name.
_RUNNING_KINDS = ("body", "caption", "commentary")
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")


def _name_runs(text: str, lo: int, hi: int, taken: np.ndarray) -> list[tuple[int, int]]:
    """Runs of two to four capitalised words (inner particles allowed) not already claimed by an alias."""
    openers = _openers()
    runs, run = [], []
    for m in re.finditer(r"[\w’'-]+|[^\w\s]", text[lo:hi]):
        start, end, word = lo + m.start(), lo + m.end(), m.group()
        joined = bool(run) and text[run[-1][1]:start] in (" ", "\u00a0")
        if _NAME_WORD.match(word) and not taken[start:end].any():
            if run and not joined:
                runs.append(run)
                run = []
            if run or not (word.lower() in openers and _sentence_start(text, start)):
                run.append((start, end, word))
        elif joined and word in _CONNECTORS:
            run.append((start, end, word))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    out = []
    for run in runs:
        while run and run[-1][2] in _CONNECTORS:
            run.pop()
        if 2 <= len(run) <= 4:
            out.append((run[0][0], run[-1][1]))
    return out


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u00a0“\"‘'(")
    return not before or before[-1] in ".!?:\n”\""


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return sentence_openers()


def mentions(corpus, *, kinds=TEXT_KINDS) -> pd.DataFrame:
    """Every mention of a person, organisation or place, with its offsets and canonical entity.

    Aliases from ``officials.csv``, ``places_orgs.csv`` and ``countries.csv`` are matched as whole
    words, case-sensitively, longest first ("Sergey Lavrov", "Lavrov" -> Sergei Lavrov; "the
    alliance" -> NATO; "Moscow" -> Russia). Other runs of two to four capitalised words are names
    (kind ``name``), and a later capitalised word equal to such a name's last word in the same
    article is a mention of it. Sentence openers ("The", "However") never start a name.

    Parameters: corpus, a loaded :class:`framelens.Corpus`; kinds, the segment kinds searched
        (repeated segments left out).
    Returns: one row per mention (columns :data:`MENTIONS_COLUMNS`), in article and text order.
    """
    table, pattern = _alias_table()
    segments = corpus.segments
    segments = segments[segments["kind"].isin(list(kinds)) & ~segments["is_duplicate"].fillna(False)]
    rows = []
    for article in corpus.articles[["article_id", "outlet", "text"]].itertuples(index=False):
        text = _straight(article.text)
        spans = segments[segments["article_id"] == article.article_id]
        taken = np.zeros(len(text) + 1, dtype=bool)
        found = []
        for seg in spans.itertuples(index=False):
            for m in pattern.finditer(text, seg.start, seg.end):
                entity, kind, source = table[m.group()]
                taken[m.start():m.end()] = True
                if kind != "title":
                    found.append((m.start(), m.end(), entity, kind, source, seg.kind))
        names = {}
        for seg in spans[spans["kind"].isin(_RUNNING_KINDS)].itertuples(index=False):
            for start, end in _name_runs(text, seg.start, seg.end, taken):
                name = article.text[start:end]
                names.setdefault(name.split()[-1], name)
                found.append((start, end, name, "name", "capitalised", seg.kind))
                taken[start:end] = True
        for seg in spans.itertuples(index=False):
            for m in re.finditer(r"[A-Z][a-z]+", text[seg.start:seg.end]):
                start, end = seg.start + m.start(), seg.start + m.end()
                word_edges = (start == seg.start or not text[start - 1].isalnum()) and \
                    (end == len(text) or not text[end].isalnum())
                if m.group() in names and word_edges and not taken[start:end].any():
                    found.append((start, end, names[m.group()], "name", "capitalised", seg.kind))
        found.sort()
        for idx, (start, end, entity, kind, source, seg_kind) in enumerate(found):
            rows.append((article.article_id, article.outlet, idx, start, end, article.text[start:end], entity,
                         kind, source, seg_kind))
    return _typed(pd.DataFrame(rows, columns=list(MENTIONS_COLUMNS)), MENTIONS_COLUMNS)


def coverage(mention_table: pd.DataFrame, corpus, *, by: str = "outlet") -> pd.DataFrame:
    """Who mentions whom: one row per group and entity that the group's articles mention.

    Parameters:
        mention_table: :func:`mentions` of the corpus.
        corpus: the loaded corpus (for the groups and their article counts).
        by: the articles column that makes the groups.
    Returns: columns :data:`COVERAGE_COLUMNS` (``group`` is the group's name), groups in the fixed
        order, then by articles and mentions, most first. A group that never names an entity has
        no row for it.
    """
    groups = corpus.group_labels(by)
    sizes = groups.value_counts()
    table = mention_table.assign(group=mention_table["article_id"].astype(str).map(groups.astype(str)))
    counts = (table.groupby(["group", "entity", "entity_kind"], observed=True)
              .agg(n_mentions=("start", "size"), n_articles=("article_id", "nunique")).reset_index())
    counts["n_group_articles"] = counts["group"].map(sizes).astype("int64")
    counts["share_articles"] = counts["n_articles"] / counts["n_group_articles"]
    rank = {g: i for i, g in enumerate(groups.cat.categories)}
    counts = counts.assign(_rank=counts["group"].map(rank)).sort_values(
        ["_rank", "n_articles", "n_mentions", "entity"], ascending=[True, False, False, True], kind="stable")
    return _typed(counts.reset_index(drop=True), COVERAGE_COLUMNS)


def coverage_matrix(cover: pd.DataFrame, order: list[str], *, min_groups: int = 1) -> pd.DataFrame:
    """The entity x group matrix of articles mentioning each entity (0 where none does).

    Parameters: cover, :func:`coverage`; order, the groups as columns; min_groups, keep entities
        that at least this many groups mention.
    Returns: int64 DataFrame, entities sorted by the number of groups that mention them, then name.
    """
    matrix = cover.pivot_table(index="entity", columns="group", values="n_articles", aggfunc="sum", fill_value=0,
                               observed=True).reindex(columns=order, fill_value=0).astype("int64")
    n_groups = (matrix > 0).sum(axis=1)
    matrix = matrix[n_groups >= min_groups]
    keys = pd.DataFrame({"n": -(matrix > 0).sum(axis=1).to_numpy(), "name": matrix.index})
    return matrix.iloc[keys.sort_values(["n", "name"], kind="stable").index]


# --------------------------------------------------------------------------- statements

def statements(corpus, quotes: pd.DataFrame, passages: pd.DataFrame, *, min_similarity: float = 85.0) -> pd.DataFrame:
    """Every attributed statement, marked unique to its outlet or shared with others.

    A statement is shared with another outlet when :func:`framelens.quotes.shared_quotes` groups
    it with that outlet's quote, or when its words overlap a passage shared with that outlet.

    Parameters:
        corpus: the loaded corpus. quotes: ``quotes.extract_quotes(corpus)``.
        passages: :func:`shared_passages` of the corpus. min_similarity: as in ``shared_quotes``.
    Returns: one row per speech quote (columns :data:`STATEMENTS_COLUMNS`), in article and text order.
    """
    speech = quotes[quotes["is_speech"]].reset_index(drop=True)
    others: dict[tuple[str, int], set[str]] = {}
    grouped = shared_quotes(quotes, min_similarity=min_similarity)
    for _, group in grouped.groupby("shared_id"):
        outlets = set(group["outlet"].astype(str))
        for article, idx in zip(group["article_id"].astype(str), group["quote_idx"]):
            others.setdefault((article, int(idx)), set()).update(outlets)
    sides = pd.concat([
        passages[["article_id", "start", "end", "other_outlet"]],
        passages[["other_article_id", "other_start", "other_end", "outlet"]].set_axis(
            ["article_id", "start", "end", "other_outlet"], axis=1),
    ])
    hits = speech[["article_id", "quote_idx", "start", "end"]].merge(sides, on="article_id", suffixes=("", "_p"))
    hits = hits[(hits["start_p"] < hits["end"]) & (hits["end_p"] > hits["start"])]
    for article, idx, outlet in zip(hits["article_id"].astype(str), hits["quote_idx"], hits["other_outlet"].astype(str)):
        others.setdefault((article, int(idx)), set()).add(outlet)
    rows = []
    for quote in speech.itertuples(index=False):
        outlets = others.get((str(quote.article_id), int(quote.quote_idx)), set()) - {quote.outlet}
        rows.append((quote.article_id, quote.outlet, quote.quote_idx, quote.speaker, quote.kind, quote.text,
                     quote.start, quote.end, len(outlets) + 1, "; ".join(sorted(outlets)), not outlets))
    return _typed(pd.DataFrame(rows, columns=list(STATEMENTS_COLUMNS)), STATEMENTS_COLUMNS)
