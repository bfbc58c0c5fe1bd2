"""Benchmark: framelens quote attribution scored against PolNeAR's hand-annotated attributions.

Usage: python benchmarks/quotes_eval.py [--split dev|train|all] [--limit N] [--errors N]
                                        [--json PATH] [--path JSONL] [--self-check]

The data is the train and dev parts of PolNeAR v1.0.0 (``../shared/quote_dev/polnear_train_dev.jsonl``
beside the project; see the README there). Its texts are third-party: they are read at run time
only, the article CSV that framelens loads is written to a temporary folder, and the sample
errors (``--errors``) go to the terminal only. Without the file the benchmark prints "skipped"
and exits 0.

Method, step by step:

1. Articles. PolNeAR has one JSON line per annotation file, and a few articles were annotated by
   several annotators: for each article the file of the first annotator in sorted order is kept.
   ``--split`` keeps the train or dev compartment (or both); ``--limit N`` keeps a fixed random
   sample of N of those articles (seed 0). The texts go into a CSV (article_id, publisher, text)
   that ``framelens.load_corpus`` reads, and each loaded text must equal the PolNeAR text
   character for character, or its offsets would not line up: articles that differ are left
   out with a loud warning.
2. Gold items: the attributions that have a content. A content may be discontinuous; its
   characters are the union of its spans. Each gold item is *speech* or *belief*:
   - speech when a word of its cue is, after undoing regular and irregular inflection, one of
     ``SPEECH_WORDS`` (say, tell, add, claim, warn, accuse, insist, ..., and nouns of speech such
     as statement, interview, tweet), or the cue contains "according to", or the cue is
     punctuation only (the colon or dash of a transcript line or a headline, NAME: ...);
   - speech also when no cue word is one of ``BELIEF_WORDS`` (believe, think, hope, want, expect,
     fear, know, ...) and the content is in quotation marks (a quotation mark opens it, inside
     or just before its first character, and one closes it, inside or just after its last
     character, trailing punctuation skipped), which catches cues such as "put it" or a
     missing cue;
   - belief otherwise: beliefs, intentions, stances, perceptions and evidence ("polls show").
3. Predictions: the rows of ``framelens.quotes.extract_quotes`` with ``is_speech`` True (the
   ``is_speech`` lines); the ``all rows`` lines use every row. A prediction is the span
   [start, end) of the raw text. The ``statements`` lines join the is_speech rows of one
   statement (rows that share ``statement_idx``: a quotation that runs on over paragraphs, which
   framelens gives one row per paragraph, and the quote paragraphs that carry on the speaker of
   the paragraph before) into one prediction whose spans are those rows' spans and whose speaker
   is the first row's. PolNeAR annotates such a quotation as one attribution with one content, so
   this is the unit its gold items have; the row lines count each further paragraph as a
   prediction of its own.
4. Matching, per article and per threshold t (0.3 and 0.8): a prediction may match a gold item
   when it covers more than t of the gold item's characters (|prediction ∩ gold| / |gold| > t,
   strictly). Among those candidate pairs a one-to-one matching is chosen with
   ``scipy.optimize.linear_sum_assignment``: first the largest number of pairs, then, among
   matchings of that size, the largest summed intersection-over-union, so a prediction that
   covers both an outer and a nested attribution goes to the one it fits best. Each
   prediction matches at most one gold item and each gold item at most one prediction. All gold
   items (speech and belief) take part in the one matching.
5. Scores. Precision = matched predictions / predictions, against all gold items: a prediction
   that matches a belief attribution is not a false positive. Recall = matched gold items / gold
   items, for ALL, SPEECH and BELIEF separately; each subset's F1 combines the one precision with
   that subset's recall.
6. Speaker match: among the pairs matched at 0.3, the share where the predicted speaker mention
   [speaker_start, speaker_end) shares at least one character with the gold source span(s). Gold
   items without a source (type Attribution-no-source) are left out of the denominator; a
   prediction without a speaker counts as a miss.
7. Breakdowns: by predicted ``kind`` (the share of predictions matched, and their speaker match)
   and by publisher; timing of loading and of extraction in the same run, in articles per
   second, and their ratio.

``--self-check`` scores the gold items against themselves (every gold item becomes a prediction
with its own spans and source, ``is_speech`` from step 2) instead of running the extractor: the
all-rows line must read 100 everywhere, which checks the scorer and the loader's offsets.

The reference printed beside the results is the best published system on PolNeAR's held-out test
set, scored against all attributions, and the targets framelens aims for.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "quote_dev" / "polnear_train_dev.jsonl"
THRESHOLDS = (0.3, 0.8)
REFERENCE = {"f1_30": 83.7, "f1_80": 76.1, "speaker_match": 86.5}
TARGETS = {"f1_30": 90.0, "f1_80": 85.0, "speaker_match": 92.0}

Span = tuple[int, int]
Spans = Sequence[Span]

# The gold split uses its own word lists, not framelens's reporting_verbs.csv, so that it does not
# move when the extractor being measured changes.
# Communication verbs (say, tell, manner of speaking, announcing, arguing, praising and blaming,
# asking and answering, writing and posting) and nouns that name a piece of speech or writing.
SPEECH_WORDS = frozenset("""
    say tell add claim warn accuse insist state declare announce assert argue contend maintain
    explain note observe remark comment mention write tweet retweet post blog email text report
    ask question answer reply respond retort counter rebut suggest propose recommend urge advise
    demand request plead beg call admit acknowledge concede confirm deny reject dismiss refute
    disagree agree repeat reiterate continue stress emphasize underscore highlight point describe
    characterize label dub recall predict promise pledge vow swear threaten testify quip joke
    boast brag complain lament criticize blast slam attack praise hail tout thank apologize blame
    charge allege condemn denounce decry rail mock lambaste chide scold rebuke shout yell scream
    whisper exclaim proclaim pronounce reveal disclose divulge confide inform notify assure
    caution cite quote read speak talk discuss address tease hint imply indicate signal conclude
    summarize outline detail publish release issue unveil interview order instruct invite
    challenge echo chant preach lecture muse opine speculate recount narrate relate insinuate
    remind encourage refer express defend portray compare interject confess bark boom sing
    affirm protest reportedly
    statement speech remarks transcript testimony announcement letter memo
    op-ed column editorial essay message conversation debate criticism complaint
""".split())

# Cognition, emotion, intention, perception and stance: what a source holds rather than says.
BELIEF_WORDS = frozenset("""
    believe think hope want expect fear know feel see view consider seem appear doubt wonder
    worry suspect assume suppose guess imagine understand realize recognize remember forget
    learn find show prefer like love hate wish intend plan seek try decide support oppose favor
    back endorse trust aim hesitate refuse
""".split())

# Irregular past forms of the verbs above; regular inflection is undone by ``lemma``.
IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
             "spoken": "speak", "thought": "think", "knew": "know", "known": "know", "felt": "feel",
             "saw": "see", "seen": "see", "sought": "seek", "understood": "understand",
             "forgot": "forget", "forgotten": "forget", "swore": "swear", "sworn": "swear",
             "found": "find", "taught": "teach", "meant": "mean"}
SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
            ("ing", ""), ("ing", "e"))
OPEN_QUOTES, CLOSE_QUOTES = "\"“‘'«", "\"”’'»"
TRAILING = " \t\n,.;:!?—–-"


# --------------------------------------------------------------------------- spans


def merge(spans: Spans) -> list[Span]:
    """The union of ``spans`` as sorted, disjoint, non-empty [start, end) spans.

    >>> merge([(5, 9), (0, 3), (2, 4), (9, 9)])
    [(0, 4), (5, 9)]
    """
    out: list[Span] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans if e > s):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def n_chars(spans: Spans) -> int:
    """The number of characters in the union of ``spans``."""
    return sum(end - start for start, end in merge(spans))


def overlap(a: Spans, b: Spans) -> int:
    """The number of characters that the unions of ``a`` and ``b`` share.

    >>> overlap([(0, 10)], [(2, 4), (8, 12)])
    4
    """
    return _shared(merge(a), merge(b))


def _shared(a: list[Span], b: list[Span]) -> int:
    """The characters that two merged span lists share."""
    i = j = shared = 0
    while i < len(a) and j < len(b):
        shared += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return shared


def coverage(pred: Spans, gold: Spans) -> float:
    """The share (0-1) of the gold item's characters that the prediction covers."""
    size = n_chars(gold)
    return overlap(pred, gold) / size if size else 0.0


def match(preds: Sequence[Spans], golds: Sequence[Spans], threshold: float) -> list[tuple[int, int]]:
    """A one-to-one matching of predictions to gold items, as sorted (pred index, gold index) pairs.

    A pair is allowed when the prediction covers more than ``threshold`` of the gold item's
    characters. The matching has the most pairs possible and, among those, the largest summed
    intersection-over-union.

    >>> match([[(0, 10)], [(20, 30)]], [[(0, 4), (6, 10)], [(25, 40)]], 0.3)
    [(0, 0), (1, 1)]
    >>> match([[(0, 10)], [(20, 30)]], [[(0, 4), (6, 10)], [(25, 40)]], 0.8)
    [(0, 0)]
    """
    if not preds or not golds:
        return []
    preds, golds = [merge(p) for p in preds], [merge(g) for g in golds]
    gold_sizes = [n_chars(g) for g in golds]
    pred_sizes = [n_chars(p) for p in preds]
    weight = np.zeros((len(preds), len(golds)))
    bonus = min(len(preds), len(golds)) + 1  # one more pair outweighs any sum of IoU
    for i, pred in enumerate(preds):
        for j, gold in enumerate(golds):
            if not pred or not gold or pred[-1][1] <= gold[0][0] or gold[-1][1] <= pred[0][0]:
                continue
            shared = _shared(pred, gold)
            if shared / gold_sizes[j] > threshold:
                weight[i, j] = bonus + shared / (pred_sizes[i] + gold_sizes[j] - shared)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols) if weight[i, j] > 0]


def prf(n_pred: int, n_pred_matched: int, n_gold: int, n_gold_matched: int) -> dict[str, float]:
    """Precision, recall and F1 in percent (NaN where a denominator is zero).

    >>> prf(4, 3, 6, 3)
    {'precision': 75.0, 'recall': 50.0, 'f1': 60.0}
    """
    precision = 100 * n_pred_matched / n_pred if n_pred else float("nan")
    recall = 100 * n_gold_matched / n_gold if n_gold else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else float("nan")
    return {"precision": precision, "recall": recall, "f1": f1}


def score_spans(gold_spans: Sequence[Spans], gold_sources: Sequence[Spans], pred_spans: Sequence[Spans],
                pred_speakers: Sequence[Spans]) -> tuple[list[dict], list[dict]]:
    """Match one article's predictions to its gold items at each of ``THRESHOLDS``.

    Parameters: the gold contents and their sources (empty when the attribution has none), and
        the predicted quotes and their speaker mentions (empty when none was found), as lists of
        [start, end) spans.
    Returns: one dict per gold item (``found_30``, ``found_80``, ``speaker_ok``) and one per
        prediction (``matched_30``, ``matched_80``, ``gold_idx``, ``speaker_ok``). ``gold_idx`` is
        the gold item matched at 0.3; ``speaker_ok`` is None unless that pair exists and the gold
        item has a source.
    """
    golds = [{f"found_{round(100 * t)}": False for t in THRESHOLDS} | {"speaker_ok": None} for _ in gold_spans]
    preds = [{f"matched_{round(100 * t)}": False for t in THRESHOLDS} | {"gold_idx": None, "speaker_ok": None}
             for _ in pred_spans]
    for t in THRESHOLDS:
        key = round(100 * t)
        for i, j in match(pred_spans, gold_spans, t):
            golds[j][f"found_{key}"] = preds[i][f"matched_{key}"] = True
            if t == THRESHOLDS[0]:
                preds[i]["gold_idx"] = j
                if gold_sources[j]:
                    hit = overlap(pred_speakers[i], gold_sources[j]) > 0
                    golds[j]["speaker_ok"] = preds[i]["speaker_ok"] = hit
    return golds, preds


# --------------------------------------------------------------------------- speech or belief


def lemma(word: str, vocabulary: frozenset[str]) -> str | None:
    """The entry of ``vocabulary`` that ``word`` is an inflection of, or None.

    >>> lemma("admitted", SPEECH_WORDS), lemma("noting", SPEECH_WORDS), lemma("told", SPEECH_WORDS)
    ('admit', 'note', 'tell')
    """
    word = word.lower()
    candidates = [word, IRREGULAR.get(word, "")]
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + replacement
            candidates.append(stem)
            if not replacement and stem[-1] == stem[-2]:  # admitted -> admit
                candidates.append(stem[:-1])
    return next((c for c in candidates if c in vocabulary), None)


def is_quoted(text: str, spans: Spans) -> bool:
    """Whether the content ``spans`` of ``text`` are enclosed in quotation marks.

    >>> is_quoted('He said: “We won,” and left.', [(10, 16)])
    True
    >>> is_quoted('He said that we won.', [(13, 19)])
    False
    """
    spans = merge(spans)
    if not spans:
        return False
    start, end = spans[0][0], spans[-1][1]
    inner = text[start:end].strip()
    opens = inner[:1] in OPEN_QUOTES or text[:start].rstrip()[-1:] in OPEN_QUOTES
    closes = (inner.rstrip(TRAILING)[-1:] in CLOSE_QUOTES or inner[-1:] in CLOSE_QUOTES
              or text[end:].lstrip(TRAILING)[:1] in CLOSE_QUOTES)
    return bool(inner) and opens and closes


def is_speech_cue(cue: str | None, quoted: bool) -> bool:
    """Whether an attribution with this cue text counts as speech (step 2 of the module docstring).

    >>> is_speech_cue("has said", False), is_speech_cue("believes", True), is_speech_cue(":", False)
    (True, False, True)
    """
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", (cue or "").lower())
    if cue and cue.strip() and not words:  # a colon or dash that introduces an utterance
        return True
    if any(lemma(w, SPEECH_WORDS) for w in words) or "according to" in " ".join(words):
        return True
    return quoted and not any(lemma(w, BELIEF_WORDS) for w in words)


# --------------------------------------------------------------------------- data


def read_polnear(path: Path, split: str, limit: int | None) -> list[dict]:
    """The PolNeAR articles of ``split``, one annotation file per article, sorted by article id."""
    files: dict[str, dict] = {}
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}, line {line_no}: not valid JSON ({err})") from err
            kept = files.get(record["article"])
            if kept is None or record["annotator"] < kept["annotator"]:
                files[record["article"]] = record
    articles = [files[a] for a in sorted(files) if split == "all" or files[a]["compartment"] == split]
    if limit is not None and limit < len(articles):
        keep = set(random.Random(0).sample(range(len(articles)), limit))
        articles = [a for i, a in enumerate(articles) if i in keep]
    return articles


def gold_table(articles: list[dict]) -> pd.DataFrame:
    """One row per attribution with a content: spans, source spans, cue and ``is_speech``."""
    rows = []
    for article in articles:
        for attribution in article["attributions"]:
            content = merge(attribution["content"]["spans"]) if attribution["content"] else []
            if not content:
                continue
            cue = attribution["cue"]["text"] if attribution["cue"] else None
            source = merge(attribution["source"]["spans"]) if attribution["source"] else []
            rows.append({"article_id": article["article"], "publisher": article["publisher"],
                         "spans": content, "source": source, "cue": cue,
                         "is_speech": is_speech_cue(cue, is_quoted(article["text"], content))})
    return pd.DataFrame(rows, columns=["article_id", "publisher", "spans", "source", "cue", "is_speech"])


def prediction_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The extractor's rows with their quote and speaker as span lists."""
    speaker = quotes[["speaker_start", "speaker_end"]].astype("Int64")
    has_speaker = speaker.notna().all(axis=1)
    return quotes.assign(
        spans=[[(int(s), int(e))] for s, e in zip(quotes["start"], quotes["end"])],
        speaker_spans=[[(int(s), int(e))] if ok else [] for s, e, ok in
                       zip(speaker["speaker_start"], speaker["speaker_end"], has_speaker)],
        is_speech=quotes["is_speech"].astype("boolean").fillna(False).astype(bool),
    )[["article_id", *(["statement_idx"] if "statement_idx" in quotes.columns else []), "kind", "method", "text",
       "start", "end", "speaker_mention", "verb", "spans", "speaker_spans", "is_speech"]]


def statement_table(preds: pd.DataFrame) -> pd.DataFrame:
    """The predictions joined by statement: one per (article_id, statement_idx), whose spans are
    its rows' spans and whose other columns are its first row's. Without ``statement_idx`` (the
    self-check) every row stays a prediction of its own."""
    if "statement_idx" not in preds.columns:
        return preds
    first = ["kind", "method", "text", "speaker_mention", "verb", "speaker_spans", "is_speech"]
    joined = preds.groupby(["article_id", "statement_idx"], sort=False).agg(
        **{c: (c, "first") for c in first}, start=("start", "min"), end=("end", "max"),
        spans=("spans", lambda spans: [span for row in spans for span in row]))
    return joined.reset_index()[list(preds.columns)]


def gold_as_predictions(gold: pd.DataFrame) -> pd.DataFrame:
    """The gold items dressed as extractor rows, for ``--self-check``."""
    return pd.DataFrame({
        "article_id": gold["article_id"], "kind": "gold", "method": "gold", "text": pd.NA,
        "start": [s[0][0] for s in gold["spans"]], "end": [s[-1][1] for s in gold["spans"]],
        "speaker_mention": pd.NA, "verb": gold["cue"], "spans": gold["spans"],
        "speaker_spans": gold["source"], "is_speech": gold["is_speech"]}).reset_index(drop=True)


def load(articles: list[dict], folder: Path) -> tuple[object, float, list[str]]:
    """Load the articles through framelens from a CSV in ``folder``.

    Returns: the corpus, the seconds ``load_corpus`` took, and the ids of the articles whose
        loaded text differs from the PolNeAR text (or that did not load).
    """
    import framelens

    path = folder / "polnear.csv"
    pd.DataFrame({"article_id": [a["article"] for a in articles], "publisher": [a["publisher"] for a in articles],
                  "text": [a["text"] for a in articles]}).to_csv(path, index=False)
    start = time.perf_counter()
    corpus = framelens.load_corpus(path, text_column="text", id_column="article_id", outlet_column="publisher")
    seconds = time.perf_counter() - start
    loaded = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"]))
    differ = [a["article"] for a in articles if loaded.get(a["article"]) != a["text"]]
    return corpus, seconds, differ


def describe_difference(original: str, loaded: str | None) -> str:
    """Where a loaded text first departs from the original, by position and code points only."""
    if loaded is None:
        return "not loaded"
    at = next((i for i, (a, b) in enumerate(zip(original, loaded)) if a != b), min(len(original), len(loaded)))

    def code(s: str) -> str:
        return " ".join(f"U+{ord(c):04X}" for c in s[at:at + 3]) or "end of text"
    return f"length {len(original)} -> {len(loaded)}; first difference at char {at}: {code(original)} -> {code(loaded)}"


# --------------------------------------------------------------------------- scoring


def score(gold: pd.DataFrame, preds: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Match predictions to gold items article by article.

    Returns: the gold table with ``found_30``, ``found_80`` and ``speaker_ok``, and the predictions
        with ``matched_30``, ``matched_80``, ``speaker_ok`` and ``gold_is_speech`` (whether the gold
        item matched at 0.3 is speech; None when unmatched), both indexed from 0.
    """
    gold, preds = gold.reset_index(drop=True), preds.reset_index(drop=True)
    gold_at, pred_at = gold.groupby("article_id").indices, preds.groupby("article_id").indices
    spans, sources, speech = gold["spans"].tolist(), gold["source"].tolist(), gold["is_speech"].tolist()
    quotes, speakers = preds["spans"].tolist(), preds["speaker_spans"].tolist()
    gold_rows: list[dict] = [{}] * len(gold)
    pred_rows: list[dict] = [{}] * len(preds)
    for article_id in sorted(gold_at.keys() | pred_at.keys()):
        g, p = gold_at.get(article_id, []), pred_at.get(article_id, [])
        g_res, p_res = score_spans([spans[k] for k in g], [sources[k] for k in g],
                                   [quotes[k] for k in p], [speakers[k] for k in p])
        for k, row in zip(g, g_res):
            gold_rows[k] = row
        for k, row in zip(p, p_res):
            j = row.pop("gold_idx")
            pred_rows[k] = row | {"gold_is_speech": None if j is None else bool(speech[g[j]])}
    gold_columns = ["found_30", "found_80", "speaker_ok"]
    pred_columns = ["matched_30", "matched_80", "speaker_ok", "gold_is_speech"]
    return (gold.join(pd.DataFrame(gold_rows, columns=gold_columns)),
            preds.join(pd.DataFrame(pred_rows, columns=pred_columns)))


def share(flags: pd.Series) -> float:
    """The percentage of True among the non-missing values of ``flags`` (NaN when there are none)."""
    flags = flags.dropna()
    return 100 * float(flags.astype(bool).mean()) if len(flags) else float("nan")


def summarize(gold: pd.DataFrame, preds: pd.DataFrame) -> dict[str, dict]:
    """Precision, recall, F1 at each threshold and speaker match, for ALL, SPEECH and BELIEF gold."""
    subsets = {"all": gold, "speech": gold[gold["is_speech"]], "belief": gold[~gold["is_speech"]]}
    out = {}
    for name, g in subsets.items():
        row: dict[str, float] = {"n_gold": len(g), "n_pred": len(preds)}
        for t in THRESHOLDS:
            key = round(100 * t)
            for measure, value in prf(len(preds), int(preds[f"matched_{key}"].sum()), len(g),
                                      int(g[f"found_{key}"].sum())).items():
                row[f"{measure}_{key}"] = value
        row["speaker_match"] = share(g["speaker_ok"])
        row["n_speaker_pairs"] = int(g["speaker_ok"].notna().sum())
        out[name] = row
    return out


def by_kind(preds: pd.DataFrame) -> pd.DataFrame:
    """Per predicted kind: predictions, the share matched at each threshold, the share matched to
    speech gold, and the speaker match of the matched pairs."""
    return preds.groupby("kind", sort=True, observed=True).agg(
        n_pred=("matched_30", "size"),
        matched_30=("matched_30", share), matched_80=("matched_80", share),
        to_speech=("gold_is_speech", share), speaker_match=("speaker_ok", share))


def by_publisher(gold: pd.DataFrame, preds: pd.DataFrame, publishers: dict[str, str]) -> pd.DataFrame:
    """Per publisher: gold and predictions, F1 against speech gold at each threshold, and speaker match."""
    rows = []
    pred_publisher = preds["article_id"].map(publishers)
    for publisher, g in gold.groupby("publisher", sort=True):
        p = preds[pred_publisher == publisher]
        speech = summarize(g, p)["speech"]
        rows.append({"publisher": publisher, "n_articles": g["article_id"].nunique(),
                     "n_gold_speech": speech["n_gold"], "n_pred": len(p),
                     "precision_30": speech["precision_30"], "recall_30": speech["recall_30"],
                     "f1_30": speech["f1_30"], "f1_80": speech["f1_80"],
                     "speaker_match": speech["speaker_match"]})
    return pd.DataFrame(rows).set_index("publisher")


# --------------------------------------------------------------------------- printing


def print_results(results: dict[str, dict]) -> None:
    """The main table: one line per prediction set and gold subset, then the reference."""
    print(f"\n{'predictions':<12}{'gold':<8}{'n_gold':>7}{'n_pred':>7}  "
          f"{'P@30':>6}{'R@30':>6}{'F1@30':>7}  {'P@80':>6}{'R@80':>6}{'F1@80':>7}  {'speaker':>8}")
    for label, summary in results.items():
        for subset, r in summary.items():
            print(f"{label:<12}{subset:<8}{r['n_gold']:>7}{r['n_pred']:>7}  "
                  f"{r['precision_30']:>6.1f}{r['recall_30']:>6.1f}{r['f1_30']:>7.1f}  "
                  f"{r['precision_80']:>6.1f}{r['recall_80']:>6.1f}{r['f1_80']:>7.1f}  {r['speaker_match']:>7.1f}%")
    print(f"{'published best (PolNeAR test, all gold)':<48}{REFERENCE['f1_30']:>7.1f}{'':>14}"
          f"{REFERENCE['f1_80']:>7.1f}  {REFERENCE['speaker_match']:>7.1f}%")
    print(f"{'framelens targets':<48}{'>=%.0f' % TARGETS['f1_30']:>7}{'':>14}"
          f"{'>=%.0f' % TARGETS['f1_80']:>7}  {'>=%.0f%%' % TARGETS['speaker_match']:>8}")
    print("P = matched predictions / predictions against all gold; R = matched gold / gold of the subset; "
          "speaker = pairs matched at 30% whose speaker overlaps the gold source.")


def excerpt(text: str, start: int, end: int, width: int = 60) -> str:
    """``text[start:end]`` shortened to ``width`` chars, in brackets, with up to 40 chars either side."""
    inside = text[start:end]
    if len(inside) > width:
        inside = inside[: width // 2] + " … " + inside[-width // 2:]
    flat = f"{text[max(0, start - 40):start]}[{inside}]{text[end:end + 40]}"
    return " ".join(flat.split())


def print_errors(gold: pd.DataFrame, preds: pd.DataFrame, texts: dict[str, str], n: int) -> None:
    """``n`` sample speech gold items missed at 30%, and ``n`` sample unmatched speech predictions."""
    rng = random.Random(0)
    misses = gold[gold["is_speech"] & ~gold["found_30"]]
    print(f"\n{min(n, len(misses))} of {len(misses)} missed speech attributions (no prediction covers >30%):")
    for _, g in misses.iloc[sorted(rng.sample(range(len(misses)), min(n, len(misses))))].iterrows():
        text = texts[g["article_id"]]
        same = preds[preds["article_id"] == g["article_id"]]
        near = same[[overlap(s, g["spans"]) > 0 for s in same["spans"]]]
        nearest = "; ".join(f"{p.kind}/{p.method} covers {100 * coverage(p.spans, g['spans']):.0f}%"
                            for p in near.itertuples()) or "no overlapping prediction"
        print(f"- {g['article_id']} cue={g['cue']!r} [{nearest}]\n    "
              f"{excerpt(text, g['spans'][0][0], g['spans'][-1][1])}")
    false_pos = preds[~preds["matched_30"]]
    print(f"\n{min(n, len(false_pos))} of {len(false_pos)} unmatched predictions (false positives at 30%):")
    for _, p in false_pos.iloc[sorted(rng.sample(range(len(false_pos)), min(n, len(false_pos))))].iterrows():
        print(f"- {p['article_id']} {p['kind']}/{p['method']} verb={p['verb']!r} speaker={p['speaker_mention']!r}\n"
              f"    {excerpt(texts[p['article_id']], int(p['start']), int(p['end']))}")


def to_json(value: object) -> object:
    """``value`` with NaN as None and pandas tables as records, ready for ``json.dump``."""
    if isinstance(value, pd.DataFrame):
        return to_json(value.reset_index().to_dict(orient="records"))
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, float | np.floating):
        return None if np.isnan(value) else round(float(value), 3)
    if isinstance(value, np.integer):
        return int(value)
    return value


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--path", type=Path, default=DEFAULT, help="PolNeAR train+dev JSON lines")
    parser.add_argument("--split", choices=["train", "dev", "all"], default="dev")
    parser.add_argument("--limit", type=int, help="score a fixed random sample of N articles")
    parser.add_argument("--errors", type=int, default=0, help="print N sample misses and false positives")
    parser.add_argument("--json", type=Path, help="write the metrics to this JSON file")
    parser.add_argument("--self-check", action="store_true", help="score the gold against itself")
    return parser.parse_args(argv)


def extract(corpus: object, gold: pd.DataFrame, self_check: bool) -> tuple[pd.DataFrame, float | None]:
    """The predictions (the extractor's, or the gold's with ``self_check``) and the seconds taken
    (None for the self-check, which runs no extractor)."""
    if self_check:
        return gold_as_predictions(gold), None
    from framelens.quotes import extract_quotes

    start = time.perf_counter()
    quotes = extract_quotes(corpus)
    seconds = time.perf_counter() - start
    return prediction_table(quotes.assign(article_id=quotes["article_id"].astype(str))), seconds


def load_checked(articles: list[dict]) -> tuple[object, float, list[dict], list[str]]:
    """Load the articles through framelens; warn loudly about, and drop, any whose text changed.

    Returns: the corpus, the loading seconds, the articles kept, and the ids left out.
    """
    with tempfile.TemporaryDirectory() as folder:
        corpus, seconds, differ = load(articles, Path(folder))
    if differ:
        loaded = dict(zip(corpus.articles["article_id"].astype(str), corpus.articles["text"]))
        print(f"WARNING: OFFSETS DO NOT LINE UP. framelens loaded {len(differ)} of {len(articles)} articles with a "
              "text that differs from PolNeAR's; they are left out of the scores. First ones:")
        for a in [a for a in articles if a["article"] in set(differ)][:5]:
            print(f"  {a['article']}: {describe_difference(a['text'], loaded.get(a['article']))}")
    return corpus, seconds, [a for a in articles if a["article"] not in set(differ)], differ


def evaluate(gold: pd.DataFrame, preds: pd.DataFrame, publishers: dict[str, str]) -> dict[str, dict]:
    """Score the is_speech rows, the is_speech rows joined by statement, and all rows; return, per
    prediction set, the scored tables, the summary, and the breakdowns by kind and by publisher."""
    out = {}
    speech = preds[preds["is_speech"]]
    for label, subset in (("is_speech", speech), ("statements", statement_table(speech)), ("all rows", preds)):
        scored_gold, scored_preds = score(gold, subset)
        out[label] = {"gold": scored_gold, "preds": scored_preds, "summary": summarize(scored_gold, scored_preds),
                      "by_kind": by_kind(scored_preds),
                      "by_publisher": by_publisher(scored_gold, scored_preds, publishers)}
    return out


def timing(n: int, load_seconds: float, extract_seconds: float | None) -> dict[str, float]:
    """Seconds, articles per second and the extraction / loading ratio; print them as a sentence."""
    out = {"n_articles": n, "load_seconds": load_seconds, "load_articles_per_s": n / load_seconds}
    line = f"\ntiming: loading {load_seconds:.2f} s ({n / load_seconds:,.1f} articles/s)"
    if extract_seconds is not None:
        out |= {"extract_seconds": extract_seconds, "extract_articles_per_s": n / extract_seconds,
                "extract_to_load": extract_seconds / load_seconds}
        line += (f", extraction {extract_seconds:.2f} s ({n / extract_seconds:,.1f} articles/s); "
                 f"extraction / loading = {extract_seconds / load_seconds:.2f}x")
    print(line)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.path.is_file():
        print(f"skipped: {args.path} is absent (the PolNeAR development set lives in ../shared/quote_dev)")
        return 0
    corpus, load_seconds, articles, differ = load_checked(read_polnear(args.path, args.split, args.limit))
    gold = gold_table(articles)
    preds, extract_seconds = extract(corpus, gold, args.self_check)
    preds = preds[preds["article_id"].isin({a["article"] for a in articles})]
    scores = evaluate(gold, preds, {a["article"]: a["publisher"] for a in articles})

    print(f"PolNeAR {args.split}: {len(articles)} articles (one annotator each), {len(gold):,} gold attributions "
          f"with a content ({int(gold['is_speech'].sum()):,} speech, {int((~gold['is_speech']).sum()):,} belief); "
          f"{int(preds['is_speech'].sum()):,} predictions with is_speech, {len(preds):,} rows in all"
          + (" [SELF-CHECK: gold scored against itself]" if args.self_check else ""))
    print_results({label: s["summary"] for label, s in scores.items()})
    print("\nby predicted kind (is_speech rows; % of predictions matched, % of matches that are speech gold):")
    print(scores["is_speech"]["by_kind"].round(1).to_string())
    print("\nby publisher (is_speech rows against speech gold; precision against all gold):")
    print(scores["is_speech"]["by_publisher"].round(1).to_string())
    times = timing(len(articles), load_seconds, extract_seconds)
    if differ:
        print(f"WARNING: {len(differ)} articles were left out because their loaded text differs from PolNeAR's.")
    if args.errors:
        print_errors(scores["is_speech"]["gold"], scores["is_speech"]["preds"],
                     {a["article"]: a["text"] for a in articles}, args.errors)
    if args.json:
        metrics = {"split": args.split, "limit": args.limit, "self_check": args.self_check,
                   "n_articles_left_out": len(differ), "timing": times, "reference": REFERENCE, "targets": TARGETS}
        for key in ("summary", "by_kind", "by_publisher"):
            metrics[key] = {label: s[key] for label, s in scores.items()}
        args.json.write_text(json.dumps(to_json(metrics), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
