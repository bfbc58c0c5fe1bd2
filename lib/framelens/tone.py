"""Tone: VADER sentiment per sentence and per article, with quoted and unquoted text scored apart.

VADER (Hutto & Gilbert 2014) is a lexicon and rules; its lexicon ships inside the
``vaderSentiment`` package, so scoring runs offline. Its compound score runs from -1 (most
negative) to +1; by the authors' convention, -0.05 < compound < 0.05 is neutral.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np
import pandas as pd

from framelens.framing import _SEGMENT_KIND, _counted, unit_columns
from framelens.segments import TEXT_KINDS
from framelens.voice import SPEECH_KINDS, quoted_word_spans

POSITIVE, NEGATIVE = 0.05, -0.05
PARTS = ("all", "quoted", "unquoted")

TONE_COLUMNS = {
    "article_id": "string", "outlet": "string", "sentence_idx": "int32", "segment_kind": _SEGMENT_KIND,
    "start": "int64", "end": "int64", "compound": "float64", "positive": "float64", "neutral": "float64",
    "negative": "float64", "n_chars_quoted": "Int64", "compound_quoted": "float64",
    "compound_unquoted": "float64", "text": "string",
}
# The unit columns come first, as in frame_scores.
TONE_SCORES_COLUMNS = {
    "part": pd.CategoricalDtype(list(PARTS)), "n_sentences": "Int64", "mean_compound": "float64",
    "share_positive": "float64", "share_negative": "float64",
}


@lru_cache(maxsize=1)
def analyzer():
    """The one VADER analyzer (reading its lexicon takes longer than scoring a sentence)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _pieces(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[str, str, int]:
    """The quoted and the unquoted parts of ``text[start:end]`` (each joined by spaces) and the quoted length."""
    quoted, unquoted, cursor, n_quoted = [], [], start, 0
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        unquoted.append(text[cursor:s])
        quoted.append(text[s:e])
        n_quoted += e - s
        cursor = e
    unquoted.append(text[cursor:end])
    return " ".join(p.strip() for p in quoted if p.strip()), " ".join(p.strip() for p in unquoted if p.strip()), n_quoted


def tone(corpus, quotes: pd.DataFrame | None = None, *, kinds: Sequence[str] = TEXT_KINDS,
         quote_kinds: Sequence[str] = SPEECH_KINDS) -> pd.DataFrame:
    """VADER scores of every sentence in the text segments (not repeats) of a corpus.

    With a quotes table, each sentence is also cut into its quoted words (of quotes of
    ``quote_kinds``; of a partial quote only the words between its marks, see
    :func:`framelens.voice.quoted_word_spans`) and the rest, and both are scored on their own.

    Parameters:
        corpus: a loaded Corpus.
        quotes: an optional quotes table (article_id, start, end, kind).
        kinds: the segment kinds scored.
        quote_kinds: the kinds of quote whose words count as quoted text.
    Returns: one row per sentence with the columns of ``TONE_COLUMNS``: compound and VADER's
        positive, neutral and negative proportions; n_chars_quoted, compound_quoted and
        compound_unquoted are missing (NaN) without a quotes table or where the part is empty.
    Raises: ``ValueError`` for a quotes table without the needed columns.
    """
    vader = analyzer()
    spans = None if quotes is None else quoted_word_spans(corpus, quotes, quote_kinds)
    sentences = corpus.sentences[_counted(corpus.sentences, "segment_kind", kinds)]
    texts = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"].astype(str)))
    scores, quoted_scores, unquoted_scores, n_quoted = [], [], [], []
    for aid, start, end, text in zip(sentences["article_id"].astype(str), sentences["start"], sentences["end"],
                                      sentences["text"].astype(str)):
        s = vader.polarity_scores(text)
        scores.append((s["compound"], s["pos"], s["neu"], s["neg"]))
        if spans is None:
            continue
        quoted, unquoted, n = _pieces(texts[aid], int(start), int(end), spans.get(aid, []))
        n_quoted.append(n)
        quoted_scores.append(vader.polarity_scores(quoted)["compound"] if quoted else np.nan)
        unquoted_scores.append(vader.polarity_scores(unquoted)["compound"] if unquoted else np.nan)
    scores = np.asarray(scores, dtype=np.float64).reshape(-1, 4)
    missing = np.full(len(sentences), np.nan)
    outlet = dict(zip(corpus.articles["article_id"].astype(str), corpus.groups("outlet")))
    table = pd.DataFrame({
        "article_id": sentences["article_id"].astype(str).to_numpy(),
        "outlet": sentences["article_id"].astype(str).map(outlet).to_numpy(),
        "sentence_idx": sentences["sentence_idx"].to_numpy(),
        "segment_kind": sentences["segment_kind"].to_numpy(),
        "start": sentences["start"].to_numpy(), "end": sentences["end"].to_numpy(),
        "compound": scores[:, 0], "positive": scores[:, 1], "neutral": scores[:, 2], "negative": scores[:, 3],
        "n_chars_quoted": pd.array(n_quoted if spans is not None else [pd.NA] * len(sentences), dtype="Int64"),
        "compound_quoted": np.asarray(quoted_scores, dtype=np.float64) if spans is not None else missing,
        "compound_unquoted": np.asarray(unquoted_scores, dtype=np.float64) if spans is not None else missing,
        "text": sentences["text"].astype(str).to_numpy(),
    })
    return table.astype(TONE_COLUMNS)


def tone_scores(sentence_tone: pd.DataFrame, corpus, by: str = "article") -> pd.DataFrame:
    """Mean tone per article or group, for all text and for its quoted and unquoted parts.

    Each sentence (or sentence part) counts once, whatever its length; positive and negative
    follow VADER's ±0.05 convention.

    Parameters:
        sentence_tone: a table from :func:`tone` on the same corpus.
        corpus: the Corpus; by: ``"article"`` or an articles column to group by.
    Returns: one row per unit × part (all, quoted, unquoted): the unit columns, then part,
        n_sentences (with a score for that part), mean_compound, share_positive, share_negative
        (NaN where there is no such sentence).
    Raises: ``KeyError`` for an unknown ``by`` column.
    """
    units, unit_cols = unit_columns(corpus, by)
    long = pd.concat([
        pd.DataFrame({"article_id": sentence_tone["article_id"].astype(str).to_numpy(), "part": part,
                      "compound": sentence_tone[column].to_numpy(dtype=np.float64)})
        for part, column in zip(PARTS, ("compound", "compound_quoted", "compound_unquoted"))
    ], ignore_index=True).dropna(subset=["compound"])
    long["is_positive"] = (long["compound"] >= POSITIVE).astype(np.float64)
    long["is_negative"] = (long["compound"] <= NEGATIVE).astype(np.float64)
    grid = units.astype({"article_id": str}).merge(pd.DataFrame({"part": list(PARTS)}), how="cross")
    table = grid.merge(long, on=["article_id", "part"], how="left")
    table = table.groupby([*unit_cols, "part"], observed=True, sort=False, dropna=False).agg(
        n_sentences=("compound", "count"), mean_compound=("compound", "mean"),
        share_positive=("is_positive", "mean"), share_negative=("is_negative", "mean")).reset_index()
    empty = table["n_sentences"] == 0
    table.loc[empty, ["share_positive", "share_negative"]] = np.nan
    if by != "article":
        table = table.sort_values(by, kind="stable")
    return table[[*unit_cols, *TONE_SCORES_COLUMNS]].astype(TONE_SCORES_COLUMNS).reset_index(drop=True)
