"""Voice: whose words carry an article, the outlet's evaluative markers, scare quotes and reporting verbs.

A quotes table (one row per attributed statement, from the quoted-officials module) is optional
everywhere: it needs at least ``article_id``, ``start``, ``end`` and ``kind`` (direct, partial,
indirect or fragment), with offsets into ``articles.text``. Without it, voice composition falls
back to the text between paired quotation marks, and scare quotes to attribution cues.

Quoted words are the speaker's: a direct quote whole, and of a partial quote only the words
between its quotation marks; the rest of a partial quote's clause, and indirect speech, are the
outlet's paraphrase.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from framelens.framing import _SEGMENT_KIND, _counted, _rate, match_patterns, read_pattern_file, unit_columns
from framelens.resources import DATA_DIR
from framelens.segments import TEXT_KINDS

EVALUATIVE_MARKERS_FILE = DATA_DIR / "evaluative_markers.csv"
ATTRIBUTION_CUES_FILE = DATA_DIR / "attribution_cues.csv"
VOICES = ("commentary", "reporting", "quotation")
SPEECH_KINDS = ("direct", "partial")
OWN_TEXT_KINDS = (*TEXT_KINDS, "commentary")
QUOTES_REQUIRED = ("article_id", "start", "end", "kind")

VOICE_COMPOSITION_COLUMNS = {
    "voice": pd.CategoricalDtype(list(VOICES)), "n_chars": "Int64", "share": "float64", "quote_source": "string",
}
EVALUATIVE_MARKERS_COLUMNS = {
    "category": "string", "marker": "string", "pattern": "string", "kind": "category", "notes": "string",
    "file": "string", "row": "Int64",
}
MARKER_HITS_COLUMNS = {
    "article_id": "string", "outlet": "string", "sentence_idx": "int32", "segment_kind": _SEGMENT_KIND,
    "category": "category", "marker": "category", "pattern": "category", "start": "int64", "end": "int64",
    "match": "string", "is_quoted": "boolean", "sentence": "string",
}
SCARE_QUOTES_COLUMNS = {
    "article_id": "string", "outlet": "string", "sentence_idx": "int32", "segment_kind": _SEGMENT_KIND,
    "start": "int64", "end": "int64", "quoted": "string", "n_words": "Int64", "cue": "string", "sentence": "string",
}
QUOTATION_MARK_SPANS_COLUMNS = {
    "article_id": "string", "segment_kind": _SEGMENT_KIND, "start": "int64", "end": "int64",
    "n_words": "Int64", "is_nested": "boolean",
}
# The unit columns come first, as in frame_scores.
REPORTING_VERB_CLASSES_COLUMNS = {"verb_class": "string", "n_quotes": "Int64", "share": "float64"}

_MARKS = re.compile("[\"“”„‘’']")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


# --------------------------------------------------------------------------- quotes and quotation marks

def check_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """Check a quotes table has the columns framelens needs and return them typed.

    Returns: article_id (str), start, end (int64), kind (str), in the given row order, with any
        other columns kept. Raises: ``ValueError`` naming the missing columns.
    """
    missing = [c for c in QUOTES_REQUIRED if c not in quotes.columns]
    if missing:
        raise ValueError(f"the quotes table lacks column(s) {', '.join(missing)}; it needs {', '.join(QUOTES_REQUIRED)}")
    return quotes.assign(article_id=quotes["article_id"].astype(str), start=quotes["start"].astype("int64"),
                         end=quotes["end"].astype("int64"), kind=quotes["kind"].astype(str))


def _merged(starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(zip(starts, ends)):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlap(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """Characters of [start, end) covered by the sorted, disjoint ``spans``."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans if s < end and e > start)


def quote_span_index(quotes: pd.DataFrame, kinds: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """Merged, sorted quote spans per article, for quotes of the given kinds."""
    quotes = check_quotes(quotes)
    quotes = quotes[quotes["kind"].isin(list(kinds))]
    return {aid: _merged(g["start"].tolist(), g["end"].tolist())
            for aid, g in quotes.groupby("article_id", sort=False)}


def _mark_pairs(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Spans between paired quotation marks in ``text[start:end]``: (after the opening mark, at the closing mark, nested).

    Curly marks pair by shape; a straight double quote closes an open one when it follows a
    non-space, else opens; a single mark between two letters is an apostrophe (NATO’s). An
    opening double mark left open runs to the end of the paragraph, and a closing curly mark
    before any other runs from its start, as in quotations that span paragraphs.
    """
    spans = []
    open_double = open_single = None
    single_nested = closed_any = False
    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch in "“„" or (ch == '"' and open_double is None and not after.isspace()):
            open_double, open_single = i, None
        elif ch in '”"':
            if open_double is None and not closed_any and not before.isspace() and ch == "”":
                # A quotation continued from an earlier paragraph closes here without opening.
                spans.append((start, i, False))
            elif open_double is not None and not before.isspace():
                spans.append((open_double + 1, i, False))
                open_double = open_single = None
            closed_any = True
        elif before.isalnum() and after.isalnum():
            continue
        elif ch == "‘" or (ch == "'" and open_single is None and (before.isspace() or before in "([") and after.isalnum()):
            open_single, single_nested = i, open_double is not None
        elif open_single is not None and not before.isspace():
            spans.append((open_single + 1, i, single_nested))
            open_single = None
    if open_double is not None and text[open_double + 1:end].strip():
        # By convention a quotation that goes on into the next paragraph leaves this one unclosed.
        spans.append((open_double + 1, end, False))
    return spans


def quoted_word_spans(corpus, quotes: pd.DataFrame, kinds: Sequence[str] = SPEECH_KINDS
                      ) -> dict[str, list[tuple[int, int]]]:
    """The speaker's own words in each article: merged, sorted spans of quoted text.

    A quote of kind ``partial`` contributes only the words between the quotation marks inside
    its span (the rest of its clause is the outlet's paraphrase); a quote of any other kind in
    ``kinds`` contributes its whole span.

    Parameters:
        corpus: the Corpus the quotes come from; quotes: a quotes table (article_id, start, end,
            kind); kinds: the kinds of quote counted.
    Returns: a dict from article_id to its spans [(start, end), ...], offsets into ``articles.text``.
    Raises: ``ValueError`` for a quotes table without the needed columns, or a quote whose
        article is not in the corpus.

    With the partial quote ``that NATO is “taking part in this war”`` only ``taking part in this
    war`` is quoted.
    """
    quotes = check_quotes(quotes)
    quotes = quotes[quotes["kind"].isin(list(kinds))]
    texts = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"].astype(str)))
    pieces: dict[str, tuple[list[int], list[int]]] = {}
    for aid, kind, s, e in zip(quotes["article_id"], quotes["kind"], quotes["start"], quotes["end"]):
        if aid not in texts:
            raise ValueError(f"the quotes table has a quote of article {aid!r}, which is not in the corpus")
        spans = [(a, b) for a, b, _ in _mark_pairs(texts[aid], s, e)] if kind == "partial" else [(s, e)]
        starts, ends = pieces.setdefault(aid, ([], []))
        starts.extend(a for a, _ in spans)
        ends.extend(b for _, b in spans)
    return {aid: _merged(starts, ends) for aid, (starts, ends) in pieces.items()}


def quotation_mark_spans(corpus, kinds: Sequence[str] = TEXT_KINDS) -> pd.DataFrame:
    """Text between paired quotation marks within one segment: a rough stand-in for a quotes table.

    A quotation over several paragraphs is found in its first and last paragraph (by the open
    and the closing mark), not in paragraphs without any mark; a quotation inside another one
    is marked ``is_nested``.

    Returns: one row per quoted span with the columns of ``QUOTATION_MARK_SPANS_COLUMNS``
        (start and end exclude the marks), in corpus order.
    """
    seg = corpus.segments[_counted(corpus.segments, "kind", kinds)]
    texts = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"].astype(str)))
    rows = []
    for aid, kind, s, e in zip(seg["article_id"].astype(str), seg["kind"].astype(str), seg["start"], seg["end"]):
        text = texts[aid]
        for qs, qe, nested in _mark_pairs(text, int(s), int(e)):
            rows.append((aid, kind, qs, qe, len(_WORD.findall(text, qs, qe)), nested))
    table = pd.DataFrame(rows, columns=list(QUOTATION_MARK_SPANS_COLUMNS))
    return table.astype(QUOTATION_MARK_SPANS_COLUMNS)


# --------------------------------------------------------------------------- composition

def voice_composition(corpus, quotes: pd.DataFrame | None = None, by: str = "outlet",
                      quote_kinds: Sequence[str] = SPEECH_KINDS) -> pd.DataFrame:
    """Share of each article's own text that is commentary, reporting or quotation.

    Characters of segments that are not repeats count: ``commentary`` segments are the outlet's
    commentary; in headline, subheading and body segments, quoted words are quotation and the
    rest reporting. Quoted words come from ``quotes`` (kinds ``quote_kinds``, as in
    :func:`quoted_word_spans`: a partial quote only between its marks; spans that overlap are
    counted once); without a quotes table, from paired quotation marks around four words or
    more (shorter ones are mostly names and scare quotes).

    Parameters:
        corpus: a loaded Corpus.
        quotes: an optional quotes table (article_id, start, end, kind).
        by: ``"article"`` or an articles column; groups pool their articles' characters.
        quote_kinds: the kinds of quotes that count as quotation.
    Returns: one row per unit × voice: the unit columns, then voice, n_chars, share (of the
        unit's counted characters; the three shares add up to 1) and quote_source
        (``quotes table`` or ``quotation marks``).
    Raises: ``ValueError`` for a quotes table without the needed columns; ``KeyError`` for an
        unknown ``by`` column.
    """
    if quotes is not None:
        spans, source = quoted_word_spans(corpus, quotes, quote_kinds), "quotes table"
    else:
        marks = quotation_mark_spans(corpus)
        marks = marks[(marks["n_words"] >= 4) & ~marks["is_nested"]]
        spans = {aid: _merged(g["start"].tolist(), g["end"].tolist())
                 for aid, g in marks.groupby(marks["article_id"].astype(str), sort=False)}
        source = "quotation marks"
    seg = corpus.segments[_counted(corpus.segments, "kind", OWN_TEXT_KINDS)]
    counts = {aid: dict.fromkeys(VOICES, 0) for aid in corpus.articles["article_id"].astype(str)}
    for aid, kind, s, e in zip(seg["article_id"].astype(str), seg["kind"].astype(str), seg["start"], seg["end"]):
        if kind == "commentary":
            counts[aid]["commentary"] += int(e - s)
            continue
        quoted = _overlap(spans.get(aid, []), int(s), int(e))
        counts[aid]["quotation"] += quoted
        counts[aid]["reporting"] += int(e - s) - quoted
    units, unit_cols = unit_columns(corpus, by)
    long = pd.DataFrame([(aid, voice, n) for aid, c in counts.items() for voice, n in c.items()],
                        columns=["article_id", "voice", "n_chars"])
    table = units.astype({"article_id": str}).merge(long, on="article_id")
    if by != "article":
        table = table.groupby([by, "voice"], observed=True, sort=False)["n_chars"].sum().reset_index()
        table = table.sort_values(by, kind="stable")
    total = table.groupby(unit_cols, observed=True, sort=False)["n_chars"].transform("sum")
    table["share"] = _rate(table["n_chars"], total)
    table["quote_source"] = source
    return table[[*unit_cols, *VOICE_COMPOSITION_COLUMNS]].astype(VOICE_COMPOSITION_COLUMNS).reset_index(drop=True)


# --------------------------------------------------------------------------- evaluative markers

def load_evaluative_markers(path: str | Path | None = None) -> pd.DataFrame:
    """Read evaluative and sensational markers: CSV columns category, marker, pattern, kind, notes.

    Parameters: ``path`` -- the CSV (default: the shipped ``evaluative_markers.csv``).
    Returns: one row per pattern with the columns of ``EVALUATIVE_MARKERS_COLUMNS``.
    Raises: ``ValueError`` naming the file and the row of a bad pattern.
    """
    table = read_pattern_file(path or EVALUATIVE_MARKERS_FILE, ["category", "marker"])
    return table[[*EVALUATIVE_MARKERS_COLUMNS, "source"]].astype(EVALUATIVE_MARKERS_COLUMNS)


def _is_quoted(hits: pd.DataFrame, spans: dict[str, list[tuple[int, int]]] | None) -> pd.array:
    if spans is None:
        return pd.array([pd.NA] * len(hits), dtype="boolean")
    return pd.array([_overlap(spans.get(a, []), s, e) > 0
                     for a, s, e in zip(hits["article_id"].astype(str), hits["start"], hits["end"])], dtype="boolean")


def evaluative_markers(corpus, path: str | Path | None = None, *, quotes: pd.DataFrame | None = None,
                       kinds: Sequence[str] = OWN_TEXT_KINDS, quote_kinds: Sequence[str] = SPEECH_KINDS
                       ) -> pd.DataFrame:
    """Every sensational or evaluative marker ("bombshell", "admission", "so-called" …) in the text.

    Parameters:
        corpus: a loaded Corpus.
        path: a markers CSV (default: the shipped ``evaluative_markers.csv``).
        quotes: an optional quotes table; a marker among the quoted words of a quote (see
            :func:`quoted_word_spans`) is the speaker's word, not the outlet's.
        kinds: segment kinds searched (default: text segments and the outlet's commentary).
        quote_kinds: the kinds of quote whose words count as quoted.
    Returns: one row per marker occurrence with the columns of ``MARKER_HITS_COLUMNS``;
        ``is_quoted`` is missing where no quotes table is given.
    """
    markers = load_evaluative_markers(path)
    hits = match_patterns(corpus, markers, [], kinds=kinds)
    rows = hits.pop("pattern_row").to_numpy()
    for column in ("category", "marker", "pattern"):
        hits[column] = markers[column].astype(str).to_numpy()[rows]
    outlet = dict(zip(corpus.articles["article_id"].astype(str), corpus.groups("outlet")))
    hits["outlet"] = hits["article_id"].map(outlet)
    hits["is_quoted"] = _is_quoted(hits, None if quotes is None else quoted_word_spans(corpus, quotes, quote_kinds))
    return hits[list(MARKER_HITS_COLUMNS)].astype(MARKER_HITS_COLUMNS)


# --------------------------------------------------------------------------- scare quotes

def _cue_regex(path: Path, role: str) -> re.Pattern | None:
    table = read_pattern_file(path, ["cue", "role"], default_kind="phrase")
    bad = table[~table["role"].isin(["attribution", "scare"])]
    if len(bad):
        raise ValueError(f"{path}, row {int(bad['row'].iloc[0])}: role {bad['role'].iloc[0]!r} must be "
                         "'attribution' or 'scare'")
    sources = table.loc[table["role"] == role, "source"].tolist()
    return re.compile("|".join(sources), re.IGNORECASE) if sources else None


def scare_quotes(corpus, *, quotes: pd.DataFrame | None = None, max_words: int = 3,
                 kinds: Sequence[str] = OWN_TEXT_KINDS, cues: str | Path | None = None) -> pd.DataFrame:
    """Short quoted phrases inside a sentence that are not attributed speech: scare quotes.

    A phrase of 1 to ``max_words`` words between paired quotation marks, inside one sentence and
    not inside a longer quotation, is a scare quote when it is not attributed: with a quotes
    table, when no quote other than a ``fragment`` overlaps it; without one, when its sentence
    has no attribution cue ("said", "according to", "called" … from ``attribution_cues.csv``).
    A scare cue right before it ("so-called") makes it a scare quote either way.

    Parameters:
        corpus: a loaded Corpus; quotes: an optional quotes table; max_words: the longest phrase.
        kinds: segment kinds searched; cues: an attribution-cues CSV (columns cue, role, pattern).
    Returns: one row per scare quote with the columns of ``SCARE_QUOTES_COLUMNS``: start and end
        of the words inside the marks, quoted (those words), n_words, cue (the scare cue before
        it, else empty) and the sentence.
    """
    cue_file = Path(cues) if cues else ATTRIBUTION_CUES_FILE
    attribution, scare = _cue_regex(cue_file, "attribution"), _cue_regex(cue_file, "scare")
    speech = None if quotes is None else quote_span_index(
        quotes, [k for k in check_quotes(quotes)["kind"].unique() if k != "fragment"])
    marks = quotation_mark_spans(corpus, kinds)
    marks = marks[(marks["n_words"] >= 1) & (marks["n_words"] <= max_words) & ~marks["is_nested"]]
    sent = corpus.sentences[_counted(corpus.sentences, "segment_kind", kinds)]
    sent_by = {a: g.sort_values("start") for a, g in sent.groupby(sent["article_id"].astype(str), sort=False)}
    texts = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"].astype(str)))
    outlet = dict(zip(corpus.articles["article_id"].astype(str), corpus.groups("outlet")))
    rows = []
    for aid, kind, s, e, n in zip(marks["article_id"].astype(str), marks["segment_kind"].astype(str),
                                  marks["start"], marks["end"], marks["n_words"]):
        sentences, text = sent_by.get(aid), texts[aid]
        if sentences is None:
            continue
        pos = int(np.searchsorted(sentences["start"].to_numpy(), s, side="right")) - 1
        if pos < 0 or e >= sentences["end"].iloc[pos]:
            continue
        sent_start, sent_end = int(sentences["start"].iloc[pos]), int(sentences["end"].iloc[pos])
        before = text[max(sent_start, s - 30):s - 1]
        cue_match = None if scare is None else next(
            (m for m in scare.finditer(before) if not before[m.end():].strip()), None)
        if cue_match is None:
            if speech is not None:
                attributed = _overlap(speech.get(aid, []), s, e) > 0
            else:
                attributed = attribution is not None and attribution.search(text, sent_start, sent_end) is not None
            if attributed:
                continue
        rows.append((aid, outlet[aid], int(sentences["sentence_idx"].iloc[pos]), kind, s, e, text[s:e], n,
                     cue_match.group() if cue_match else "", text[sent_start:sent_end]))
    return pd.DataFrame(rows, columns=list(SCARE_QUOTES_COLUMNS)).astype(SCARE_QUOTES_COLUMNS)


# --------------------------------------------------------------------------- reporting verbs

def reporting_verb_classes(quotes: pd.DataFrame, by: str = "outlet", *, corpus=None,
                           lemmas: bool = False) -> pd.DataFrame:
    """Reporting verbs per group: how many quotes each verb class (neutral, evaluative …) introduces.

    Parameters:
        quotes: a quotes table with ``verb_class`` (and ``verb_lemma`` for ``lemmas=True``) and
            either the ``by`` column or ``article_id``; quotes without a verb class are left out.
        by: the group column; ``"article"`` counts per article.
        corpus: needed when ``by`` is an articles column the quotes table lacks.
        lemmas: also break each class down by ``verb_lemma``.
    Returns: one row per group × verb class (× lemma): the group column, verb_class,
        [verb_lemma,] n_quotes and share (of the group's quotes with a verb class).
    Raises: ``ValueError`` naming a missing column.
    """
    unit = "article_id" if by == "article" else by
    needed = ["verb_class", *(["verb_lemma"] if lemmas else [])]
    missing = [c for c in needed if c not in quotes.columns]
    if missing:
        raise ValueError(f"the quotes table lacks column(s) {', '.join(missing)}")
    table = quotes
    if unit not in quotes.columns:
        if corpus is None or "article_id" not in quotes.columns:
            raise ValueError(f"the quotes table has no {unit!r} column; pass the corpus to look it up by article_id")
        units, _ = unit_columns(corpus, by)
        table = quotes.drop(columns=[c for c in (by,) if c in quotes.columns]).astype({"article_id": str}).merge(
            units.astype({"article_id": str}), on="article_id", how="left")
    table = table[table["verb_class"].notna()]
    keys = [unit, "verb_class", *(["verb_lemma"] if lemmas else [])]
    counts = table.groupby(keys, observed=True, sort=True).size().rename("n_quotes").reset_index()
    counts["share"] = _rate(counts["n_quotes"], counts.groupby(unit, observed=True)["n_quotes"].transform("sum"))
    dtypes = {unit: "string", "verb_class": "string", **({"verb_lemma": "string"} if lemmas else {}),
              "n_quotes": "Int64", "share": "float64"}
    return counts[list(dtypes)].astype(dtypes).reset_index(drop=True)
