"""Framing: frame dictionaries and their hits and scores, and lexical choices between alternative names.

Frame dictionaries and lexical sets are editable CSV files of patterns (see ``docs/frames.md``).
Every pattern is compiled once; the patterns of one frame (or one overlap group of lexical sets)
are joined into one regular expression that runs over the whole text of many articles at once.
Only text segments (headline, subheading, body) that are not repeats count, and every hit keeps
its offsets into ``articles.text``.

Pattern kinds:
    ``word``: one word; ``phrase``: words separated by spaces (any run of white space matches
    a space). Both match case-insensitively, a straight or curly apostrophe matches either, and
    a ``*`` at the end of a word matches any word ending (``sanction*`` finds "sanctions").
    ``regex``: a Python regular expression, case-insensitive. Every kind must start and end
    on a word boundary: a hit never starts or ends inside a word. A hyphen is a boundary, so
    ``war`` is found in "anti-war"; write a look-behind in a regex to refuse it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np
import pandas as pd

from framelens.resources import DATA_DIR, read_data_csv
from framelens.segments import KINDS, TEXT_KINDS

FRAMES_DIR = DATA_DIR / "frames"
LEXICAL_SETS_FILE = DATA_DIR / "lexical_sets.csv"
PATTERN_KINDS = ("word", "phrase", "regex")

_SEGMENT_KIND = pd.CategoricalDtype(list(KINDS))
_PATTERN_KIND = pd.CategoricalDtype(list(PATTERN_KINDS))

FRAMES_COLUMNS = {
    "dictionary": "string", "frame": "string", "pattern": "string", "kind": _PATTERN_KIND,
    "notes": "string", "file": "string", "row": "Int64",
}
FRAME_HITS_COLUMNS = {
    "article_id": "string", "outlet": "string", "sentence_idx": "int32", "segment_kind": _SEGMENT_KIND,
    "dictionary": "category", "frame": "category", "pattern": "category", "start": "int64", "end": "int64",
    "match": "string", "sentence": "string",
}
# The unit columns come first: article_id and outlet for by="article", else the group column.
FRAME_SCORES_COLUMNS = {
    "dictionary": "string", "frame": "string", "n_hits": "Int64", "n_sentences_hit": "Int64",
    "n_words": "Int64", "n_sentences": "Int64", "per_1000_words": "float64", "share_sentences": "float64",
}
LEXICAL_SETS_COLUMNS = {
    "set": "string", "variant": "string", "pattern": "string", "kind": _PATTERN_KIND,
    "overlap_group": "string", "notes": "string", "file": "string", "row": "Int64",
}
LEXICAL_HITS_COLUMNS = {
    "article_id": "string", "outlet": "string", "sentence_idx": "int32", "segment_kind": _SEGMENT_KIND,
    "set": "category", "variant": "category", "pattern": "category", "start": "int64", "end": "int64",
    "match": "string", "sentence": "string",
}
LEXICAL_CHOICES_COLUMNS = {
    "set": "string", "variant": "string", "n": "Int64", "n_set": "Int64", "share": "float64",
}

_APOSTROPHES = "'’‘ʼ"
_DOUBLE_QUOTES = '"“”„″'
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\\g<")
# Articles are matched in batches of about this many characters, to bound the memory of one batch.
_BATCH_CHARS = 8_000_000
# Separates articles and masks skipped segments: neither a word character nor white space, so no
# pattern can match across it.
_MASK = "\x00"


# --------------------------------------------------------------------------- pattern files

def _literal_source(pattern: str) -> str:
    """The regex source of a word or phrase pattern (no boundaries)."""
    words = []
    for word in pattern.split():
        stem, wildcard = (word[:-1], True) if word.endswith("*") else (word, False)
        if not stem or "*" in stem:
            raise ValueError(f"'*' may only end a word, after at least one letter ({word!r})")
        body = []
        for ch in stem:
            if ch in _APOSTROPHES:
                body.append("[" + re.escape(_APOSTROPHES) + "]")
            elif ch in _DOUBLE_QUOTES:
                body.append("[" + re.escape(_DOUBLE_QUOTES) + "]")
            else:
                body.append(re.escape(ch))
        words.append("".join(body) + (r"\w*" if wildcard else ""))
    return r"\s+".join(words)


def _bounded(source: str) -> str:
    return rf"(?<!\w)(?:{source})(?!\w)"


def pattern_source(pattern: str, kind: str) -> str:
    """Compile one dictionary pattern to the regex source framelens matches (with word boundaries).

    Parameters: ``pattern`` -- the pattern as written; ``kind`` -- word, phrase or regex.
    Returns: the regex source, to be compiled case-insensitively.
    Raises: ``ValueError`` saying what is wrong (empty pattern, unknown kind, a word with spaces,
    a misplaced ``*``, a bad regex, a regex that matches nothing or uses backreferences).

    >>> bool(re.fullmatch(pattern_source("Kiev's", "phrase"), "KIEV’S", re.I))
    True
    >>> bool(re.search(pattern_source("sanction*", "word"), "new sanctions on", re.I))
    True
    >>> bool(re.search(pattern_source("war", "word"), "software", re.I))
    False
    """
    if not pattern.strip():
        raise ValueError("the pattern is empty")
    if kind not in PATTERN_KINDS:
        raise ValueError(f"kind {kind!r} must be one of {', '.join(PATTERN_KINDS)}")
    if kind == "word" and len(pattern.split()) > 1:
        raise ValueError(f"pattern {pattern!r} has several words; give it kind 'phrase'")
    if kind != "regex":
        return _bounded(_literal_source(pattern))
    source = pattern.strip()
    try:
        compiled = re.compile(_bounded(source), re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {err}") from None
    if compiled.groupindex or _BACKREFERENCE.search(source):
        raise ValueError(f"pattern {pattern!r} uses a named group or a backreference; use (?:...) groups only")
    if re.fullmatch(source, "", re.IGNORECASE):
        raise ValueError(f"pattern {pattern!r} matches the empty string")
    return compiled.pattern


def read_pattern_file(path: str | Path, labels: Sequence[str], optional: dict[str, str] | None = None,
                      default_kind: str | None = None) -> pd.DataFrame:
    """Read and check one pattern CSV: label columns, ``pattern``, ``kind`` and ``notes``.

    Parameters:
        path: the CSV file.
        labels: columns that name what a pattern stands for (e.g. dictionary, frame); none may be empty.
        optional: columns that may be absent, with their default value.
        default_kind: the kind of rows whose ``kind`` is empty or absent; None makes ``kind`` required.
    Returns: the rows with ``file`` and ``row`` (the CSV row, the header being row 1) and ``source``
        (the compiled regex source of each pattern).
    Raises: ``ValueError`` naming the file, the row and the problem.
    """
    path = Path(path)
    required = [*labels, "pattern", *([] if default_kind else ["kind"])]
    table = read_data_csv(path, required)
    optional = {"notes": "", **(optional or {}), **({"kind": default_kind} if default_kind else {})}
    for column, default in optional.items():
        if column not in table.columns:
            table[column] = default
    sources = []
    for row_no, row in enumerate(table.to_dict("records"), start=2):
        for column in labels:
            if not row[column].strip():
                raise ValueError(f"{path}, row {row_no}: the {column} is empty")
        kind = row["kind"].strip() or default_kind or ""
        try:
            sources.append(pattern_source(row["pattern"], kind))
        except ValueError as err:
            raise ValueError(f"{path}, row {row_no}: {err}") from None
        table.loc[row_no - 2, "kind"] = kind
    table["file"] = str(path)
    table["row"] = range(2, len(table) + 2)
    table["source"] = sources
    for column in [*labels, "pattern", *optional]:
        table[column] = table[column].str.strip()
    return table


def _paths(paths, default_dir: Path) -> list[Path]:
    if paths is None:
        return sorted(default_dir.glob("*.csv"))
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    out = []
    for path in map(Path, paths):
        out.extend(sorted(path.glob("*.csv")) if path.is_dir() else [path])
    return out


def load_frames(paths: str | Path | Iterable[str | Path] | None = None) -> pd.DataFrame:
    """Read frame dictionaries: CSV files with columns dictionary, frame, pattern, kind, notes.

    Parameters: ``paths`` -- a CSV file, a folder of them, or a list of both; default: every
        dictionary shipped in ``framelens/data/frames/``. To add your own to the shipped ones,
        pass ``[framelens.framing.FRAMES_DIR, "my_frames.csv"]``.
    Returns: one row per pattern with the columns of ``FRAMES_COLUMNS``, in file order.
    Raises: ``ValueError`` naming the file and the row for a missing column, an empty frame or
        pattern, an unknown kind or a bad regex; or when no file is given.

    >>> frames = load_frames()
    >>> sorted(frames["dictionary"].unique())
    ['conflict_diplomacy', 'generic', 'policy']
    """
    files = _paths(paths, FRAMES_DIR)
    if not files:
        raise ValueError(f"no frame dictionary files in {paths if paths is not None else FRAMES_DIR}")
    tables = [read_pattern_file(f, ["dictionary", "frame"]) for f in files]
    table = pd.concat(tables, ignore_index=True)
    return table[[*FRAMES_COLUMNS, "source"]].astype(FRAMES_COLUMNS)


def load_lexical_sets(path: str | Path | Iterable[str | Path] | None = None) -> pd.DataFrame:
    """Read sets of alternative names for one thing: CSV columns set, variant, pattern, notes.

    Optional columns: ``kind`` (default ``phrase``) and ``overlap_group``. Matches of sets in
    the same overlap group compete for the same stretch of text: the leftmost match wins, and of
    matches starting there the longest, so "special military operation" is not also counted as
    "military operation" or "operation". Sets in different groups are counted independently, so
    a spelling set (Kyiv/Kiev) still counts the "Kiev" in "Kiev regime".

    Parameters: ``path`` -- a CSV file, a folder or a list; default: the shipped ``lexical_sets.csv``.
    Returns: one row per pattern with the columns of ``LEXICAL_SETS_COLUMNS``.
    Raises: ``ValueError`` naming the file and the row of a bad pattern.
    """
    files = _paths(path, DATA_DIR) if path is not None else [LEXICAL_SETS_FILE]
    if not files:
        raise ValueError(f"no lexical set files in {path}")
    tables = [read_pattern_file(f, ["set", "variant"], optional={"overlap_group": ""}, default_kind="phrase")
              for f in files]
    table = pd.concat(tables, ignore_index=True)
    return table[[*LEXICAL_SETS_COLUMNS, "source"]].astype(LEXICAL_SETS_COLUMNS)


# --------------------------------------------------------------------------- matching

@dataclass(frozen=True)
class _Matcher:
    """One combined regex for a group of patterns; ``rows[i]`` is the pattern row of alternative ``_i``."""

    regex: re.Pattern
    rows: np.ndarray
    singles: tuple[re.Pattern, ...]

    @classmethod
    def build(cls, sources: Sequence[str], rows: Sequence[int], variable: Sequence[bool]) -> "_Matcher":
        # Python's alternation takes the first alternative that matches, so fixed-length patterns go
        # longest first and variable-length ones (regexes, wildcards) after them.
        order = sorted(range(len(sources)), key=lambda i: (variable[i], -len(sources[i]), i))
        # Every source starts with the same look-behind (see pattern_source). Checked once up front, it
        # rejects positions inside words before any alternative is tried, and the alternatives need
        # not repeat it. Where the first characters of every alternative are known, a look-ahead for
        # them skips the word starts where none can match. Together ~2.6x faster than the plain union.
        alternatives = "|".join(f"(?P<_{j}>{sources[i].removeprefix(_WORD_START)})" for j, i in enumerate(order))
        starts = [_start_class(source) for source in sources]
        dispatch = "" if None in starts else "(?=[" + "".join(sorted(set().union(*starts))) + "])"
        return cls(re.compile(rf"{_WORD_START}{dispatch}(?:{alternatives})", re.IGNORECASE),
                   np.asarray([rows[i] for i in order], dtype=np.int64),
                   tuple(re.compile(sources[i], re.IGNORECASE) for i in order))

    def scan(self, text: str, longest: bool) -> tuple[list[int], list[int], list[int]]:
        """Non-overlapping matches as (starts, ends, pattern rows).

        With ``longest``, every alternative is tried where a match starts and the longest wins
        (ties: the first in alternative order), which regex alternation alone does not guarantee.
        """
        starts, ends, which = [], [], []
        if not longest:
            for m in self.regex.finditer(text):
                starts.append(m.start())
                ends.append(m.end())
                which.append(int(m.lastgroup[1:]))
        else:
            pos = 0
            while (m := self.regex.search(text, pos)) is not None:
                best, best_end = int(m.lastgroup[1:]), m.end()
                for j, single in enumerate(self.singles):
                    other = single.match(text, m.start())
                    if other is not None and other.end() > best_end:
                        best, best_end = j, other.end()
                starts.append(m.start())
                ends.append(best_end)
                which.append(best)
                pos = best_end
        return starts, ends, self.rows[np.asarray(which, dtype=np.int64)].tolist() if which else []


_WORD_START = r"(?<!\w)"


def _start_class(source: str) -> set[str] | None:
    r"""The items of a character class (escaped characters and ranges) holding every character a
    match of ``source`` can start with, read from the parsed regex; None when that cannot be told
    (a class such as ``\w``, a pattern that can match the empty string, or a construct not handled
    here)."""
    from re import _constants as sre, _parser

    def first(items) -> tuple[set[str] | None, bool]:  # (first characters, can match empty)
        found: set[str] = set()
        for op, arg in items:
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue
            if op is sre.LITERAL:
                return found | {re.escape(chr(arg))}, False
            if op is sre.IN:
                if any(kind not in (sre.LITERAL, sre.RANGE) for kind, _ in arg):
                    return None, False
                return found | {re.escape(chr(a)) if kind is sre.LITERAL
                                else f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}" for kind, a in arg}, False
            if op is sre.SUBPATTERN:
                chars, empty = first(list(arg[3]))
            elif op is sre.BRANCH:
                branches = [first(list(branch)) for branch in arg[1]]
                if any(chars is None for chars, _ in branches):
                    return None, False
                chars, empty = set().union(*(c for c, _ in branches)), any(e for _, e in branches)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                chars, empty = first(list(arg[2]))
                empty = empty or arg[0] == 0
            else:
                return None, False
            if chars is None:
                return None, False
            found |= chars
            if not empty:
                return found, False
        return found, True

    try:
        chars, empty = first(list(_parser.parse(source)))
    except Exception:  # an internal parser of another Python version: go without the shortcut
        return None
    return None if chars is None or empty else chars


def _matchers(patterns: pd.DataFrame, group_columns: Sequence[str]) -> list[_Matcher]:
    sources = patterns["source"].tolist()
    variable = [k == "regex" or "*" in p for k, p in zip(patterns["kind"].astype(str), patterns["pattern"])]
    keys = patterns[list(group_columns)].astype(str).agg("\x1f".join, axis=1) if group_columns else \
        pd.Series("", index=patterns.index)
    out = []
    for _, positions in pd.Series(range(len(patterns))).groupby(keys.to_numpy(), sort=False):
        idx = positions.tolist()
        out.append(_Matcher.build([sources[i] for i in idx], idx, [variable[i] for i in idx]))
    return out


@dataclass(frozen=True)
class _Batch:
    """Several articles' texts joined into one string, with skipped segments masked out."""

    text: str
    article_pos: np.ndarray     # row of each article in corpus.articles
    offsets: np.ndarray         # where each article starts in ``text``
    seg_starts: np.ndarray      # counted segments, in batch coordinates
    seg_ends: np.ndarray
    seg_kind: np.ndarray        # their kind codes
    sent_starts: np.ndarray     # sentences of counted segments, in batch coordinates
    sent_rows: np.ndarray       # their rows in corpus.sentences


def _counted(table: pd.DataFrame, kind_column: str, kinds: Sequence[str]) -> np.ndarray:
    return (table[kind_column].isin(list(kinds)) & ~table["is_duplicate"].fillna(False).astype(bool)).to_numpy()


def _batches(corpus, kinds: Sequence[str]) -> Iterator[_Batch]:
    """The corpus in batches of whole articles; only segments of ``kinds`` that are not repeats are visible."""
    seg = corpus.segments[_counted(corpus.segments, "kind", kinds)]
    sent = corpus.sentences[_counted(corpus.sentences, "segment_kind", kinds)]
    seg_by = {a: g for a, g in seg.groupby(seg["article_id"].astype(str), sort=False)}
    sent_rows = pd.Series(np.flatnonzero(_counted(corpus.sentences, "segment_kind", kinds)), index=sent.index)
    sent_by = {a: g for a, g in sent.groupby(sent["article_id"].astype(str), sort=False)}
    kind_code = {k: i for i, k in enumerate(KINDS)}
    texts = corpus.articles["text"].astype(str).tolist()
    ids = corpus.articles["article_id"].astype(str).tolist()

    parts, positions, offsets, size = [], [], [], 0
    seg_s, seg_e, seg_k, s_starts, s_rows = [], [], [], [], []

    def flush() -> _Batch:
        return _Batch("".join(parts), np.asarray(positions, dtype=np.int64), np.asarray(offsets, dtype=np.int64),
                      np.asarray(seg_s, dtype=np.int64), np.asarray(seg_e, dtype=np.int64),
                      np.asarray(seg_k, dtype=np.int64), np.asarray(s_starts, dtype=np.int64),
                      np.asarray(s_rows, dtype=np.int64))

    for pos, (aid, text) in enumerate(zip(ids, texts)):
        segments = seg_by.get(aid)
        if segments is None:
            continue
        segments = segments.sort_values("start")
        pieces, cursor = [], 0
        for start, end in zip(segments["start"].tolist(), segments["end"].tolist()):
            pieces.append(_MASK * (start - cursor))
            pieces.append(text[start:end])
            cursor = end
        pieces.append(_MASK * (len(text) - cursor + 1))
        positions.append(pos)
        offsets.append(size)
        seg_s.extend((segments["start"] + size).tolist())
        seg_e.extend((segments["end"] + size).tolist())
        seg_k.extend(kind_code[k] for k in segments["kind"].astype(str))
        sentences = sent_by.get(aid)
        if sentences is not None:
            sentences = sentences.sort_values("start")
            s_starts.extend((sentences["start"] + size).tolist())
            s_rows.extend(sent_rows.loc[sentences.index].tolist())
        parts.extend(pieces)
        size += len(text) + 1
        if size >= _BATCH_CHARS:
            yield flush()
            parts, positions, offsets, size = [], [], [], 0
            seg_s, seg_e, seg_k, s_starts, s_rows = [], [], [], [], []
    if positions:
        yield flush()


def match_patterns(corpus, patterns: pd.DataFrame, group_columns: Sequence[str], *, longest: bool = False,
                   kinds: Sequence[str] = TEXT_KINDS) -> pd.DataFrame:
    """Find every pattern of a pattern table in the counted segments of a corpus.

    Parameters:
        corpus: a loaded Corpus.
        patterns: a table from :func:`read_pattern_file` (it needs ``source``, ``kind``, ``pattern``).
        group_columns: patterns that share these values form one group; a group's matches never
            overlap each other, while different groups are matched independently.
        longest: within a group, where a match starts the longest alternative wins.
        kinds: segment kinds searched (repeated segments never are).
    Returns: one row per match: article_id, sentence_idx, segment_kind, start, end (offsets into
        ``articles.text``), match, sentence (its text) and pattern_row (the row of ``patterns``),
        in corpus order.
    """
    found = {k: [] for k in ("article", "start", "end", "row", "kind", "sentence")}
    matchers = _matchers(patterns, group_columns)
    for batch in _batches(corpus, kinds):
        for matcher in matchers:
            starts, ends, rows = matcher.scan(batch.text, longest)
            if not starts:
                continue
            starts, ends = np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
            seg = np.searchsorted(batch.seg_starts, starts, side="right") - 1
            # A phrase may run from one counted segment into the next where nothing separates them.
            inside = ends <= batch.seg_ends[seg]
            art = np.searchsorted(batch.offsets, starts, side="right") - 1
            sent = np.searchsorted(batch.sent_starts, starts, side="right") - 1
            found["article"].append(batch.article_pos[art][inside])
            found["start"].append((starts - batch.offsets[art])[inside])
            found["end"].append((ends - batch.offsets[art])[inside])
            found["row"].append(np.asarray(rows, dtype=np.int64)[inside])
            found["kind"].append(batch.seg_kind[seg][inside])
            found["sentence"].append(batch.sent_rows[np.maximum(sent, 0)][inside])
    arrays = {k: (np.concatenate(v) if v else np.zeros(0, dtype=np.int64)) for k, v in found.items()}
    sentences = corpus.sentences
    texts = corpus.articles["text"].astype(str).to_numpy()
    out = pd.DataFrame({
        "article_id": corpus.articles["article_id"].astype(str).to_numpy()[arrays["article"]],
        "sentence_idx": sentences["sentence_idx"].to_numpy()[arrays["sentence"]].astype(np.int32),
        "segment_kind": pd.Categorical.from_codes(arrays["kind"], dtype=_SEGMENT_KIND),
        "start": arrays["start"], "end": arrays["end"],
        "match": [texts[a][s:e] for a, s, e in zip(arrays["article"], arrays["start"], arrays["end"])],
        "sentence": sentences["text"].astype(str).to_numpy()[arrays["sentence"]],
        "pattern_row": arrays["row"],
        "_article": arrays["article"],
    })
    out = out.sort_values(["_article", "start", "pattern_row"], kind="stable").drop(columns="_article")
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- frames

def frame_hits(corpus, frames: pd.DataFrame | None = None) -> pd.DataFrame:
    """The evidence table: every frame-pattern match in the text segments of a corpus.

    Patterns of one frame never overlap each other (where two match, the longer pattern is
    usually the one reported); different frames are matched independently, so one stretch of
    text can count for several frames.

    Parameters: ``corpus`` -- a loaded Corpus; ``frames`` -- a table from :func:`load_frames`
        (default: the shipped dictionaries).
    Returns: one row per match with the columns of ``FRAME_HITS_COLUMNS``: article_id, outlet,
        sentence_idx, segment_kind, dictionary, frame, pattern, start, end (``text[start:end]``
        is ``match``), match, sentence; in corpus order.
    """
    frames = load_frames() if frames is None else frames
    return _labelled_hits(corpus, frames, ["dictionary", "frame"], ("dictionary", "frame", "pattern"),
                          FRAME_HITS_COLUMNS)


def _labelled_hits(corpus, patterns: pd.DataFrame, group_columns: Sequence[str], labels: Sequence[str],
                   schema: dict, longest: bool = False) -> pd.DataFrame:
    """Pattern matches with the pattern table's ``labels`` columns and the outlet, typed as ``schema``."""
    hits = match_patterns(corpus, patterns, group_columns, longest=longest)
    rows = hits.pop("pattern_row").to_numpy()
    for column in labels:
        hits[column] = patterns[column].astype(str).to_numpy()[rows]
    outlet = dict(zip(corpus.articles["article_id"].astype(str), corpus.groups("outlet")))
    hits["outlet"] = hits["article_id"].map(outlet)
    return hits[list(schema)].astype(schema)


def text_units(corpus, kinds: Sequence[str] = TEXT_KINDS) -> pd.DataFrame:
    """Words and sentences per article in segments of ``kinds`` that are not repeats.

    Returns: one row per article (in corpus order): article_id, n_words (tokens holding a
        letter or digit), n_sentences.
    """
    sentences = corpus.sentences[_counted(corpus.sentences, "segment_kind", kinds)]
    tokens = corpus.tokens
    lower = tokens["lower"]
    is_word_cat = np.fromiter((any(ch.isalnum() for ch in str(c)) for c in lower.cat.categories), dtype=bool,
                              count=len(lower.cat.categories))
    codes = lower.cat.codes.to_numpy()
    keep = tokens["segment_kind"].isin(list(kinds)).to_numpy() & (codes >= 0) & is_word_cat[np.maximum(codes, 0)]
    words = tokens.loc[keep, ["article_id", "sentence_idx"]]
    words = words.assign(article_id=words["article_id"].astype(str))
    repeated = corpus.sentences[corpus.sentences["is_duplicate"].fillna(False).astype(bool)]
    if len(repeated):
        words = words.merge(repeated[["article_id", "sentence_idx"]].astype({"article_id": str}),
                            how="left", indicator=True)
        words = words[words["_merge"] == "left_only"]
    ids = corpus.articles["article_id"].astype(str)
    n_words = words.groupby("article_id").size().reindex(ids, fill_value=0)
    n_sentences = sentences.groupby(sentences["article_id"].astype(str)).size().reindex(ids, fill_value=0)
    return pd.DataFrame({"article_id": ids.to_numpy(), "n_words": n_words.to_numpy(),
                         "n_sentences": n_sentences.to_numpy()}).astype(
        {"article_id": "string", "n_words": "Int64", "n_sentences": "Int64"})


def unit_columns(corpus, by: str) -> tuple[pd.DataFrame, list[str]]:
    """The unit of each article: ``by="article"`` keeps article_id and outlet, else the ``by`` column.

    Returns: (a table with article_id and the unit columns, the unit column names). A group
        column is categorical in the one fixed group order. Raises ``KeyError`` for an unknown column.
    """
    ids = corpus.articles["article_id"].astype(str).to_numpy()
    if by == "article":
        table = pd.DataFrame({"article_id": ids, "outlet": corpus.groups("outlet").to_numpy()})
        return table.astype({"article_id": "string", "outlet": "string"}), ["article_id", "outlet"]
    labels = corpus.group_labels(by)
    return pd.DataFrame({"article_id": pd.array(ids, dtype="string"), by: labels.array}), [by]


def add_group(table: pd.DataFrame, corpus, by: str = "outlet") -> pd.DataFrame:
    """Label each row of a table keyed by ``article_id`` with its article's group.

    Evidence tables (frame hits, markers, sentence tone, quotes) carry the outlet; this puts any
    articles column (``country``, a bias label …) in its place for grouping and charts.

    Parameters:
        table: any table with an ``article_id`` column, from the same corpus.
        corpus: the Corpus; by: the articles column that names the groups.
    Returns: a copy with ``by`` right after ``article_id`` (replacing a column of that name),
        categorical in the one fixed group order.
    Raises: ``KeyError`` for an unknown column; ``ValueError`` naming an article_id that is not
        in the corpus.
    """
    labels = corpus.group_labels(by)
    ids = table["article_id"].astype(str)
    unknown = sorted(set(ids) - set(labels.index))
    if unknown:
        raise ValueError(f"article_id {unknown[0]!r} is not in the corpus; the table comes from another corpus")
    group = pd.Categorical(ids.map(labels.astype(str)).to_numpy(dtype=object), categories=labels.cat.categories)
    out = table.drop(columns=[by]) if by in table.columns else table.copy()
    out.insert(out.columns.get_loc("article_id") + 1, by, group)
    return out


def _rate(numerator: pd.Series, denominator: pd.Series, scale: float = 1.0) -> np.ndarray:
    num, den = numerator.astype("float64").to_numpy(), denominator.astype("float64").to_numpy()
    out = np.full(len(num), np.nan)
    np.divide(num * scale, den, out=out, where=den > 0)
    return out


def frame_scores(hits: pd.DataFrame, corpus, by: str = "article", frames: pd.DataFrame | None = None) -> pd.DataFrame:
    """Frame hits per 1,000 words and share of sentences with a hit, per article or per group.

    Group figures pool their articles: hits over all their words, hit sentences over all their
    sentences. Words and sentences are those of the text segments that frames are searched in.

    Parameters:
        hits: a table from :func:`frame_hits` on the same corpus.
        corpus: the Corpus.
        by: ``"article"``, or an articles column to group by (``outlet``, ``country`` …).
        frames: the dictionaries, so that frames without a hit get a row of zeros (default: the
            shipped dictionaries plus any frame seen in ``hits``).
    Returns: one row per unit × frame: the unit columns (article_id and outlet, or the group
        column), then the columns of ``FRAME_SCORES_COLUMNS``; units in corpus or group order.
    Raises: ``KeyError`` for an unknown ``by`` column.
    """
    units, unit_cols = unit_columns(corpus, by)
    frames = load_frames() if frames is None else frames
    frame_list = pd.concat([frames[["dictionary", "frame"]].astype(str), hits[["dictionary", "frame"]].astype(str)])
    frame_list = frame_list.drop_duplicates().reset_index(drop=True)
    counts = text_units(corpus)
    keyed = hits.assign(article_id=hits["article_id"].astype(str), dictionary=hits["dictionary"].astype(str),
                        frame=hits["frame"].astype(str))
    per_article = keyed.groupby(["article_id", "dictionary", "frame"]).agg(
        n_hits=("start", "size"), n_sentences_hit=("sentence_idx", "nunique")).reset_index()
    grid = units.merge(frame_list, how="cross").astype({"article_id": str})
    grid = grid.merge(per_article, how="left", on=["article_id", "dictionary", "frame"])
    grid = grid.merge(counts.astype({"article_id": str}), how="left", on="article_id")
    grid[["n_hits", "n_sentences_hit"]] = grid[["n_hits", "n_sentences_hit"]].fillna(0)
    if by != "article":
        grid = grid.groupby([by, "dictionary", "frame"], observed=True, sort=False).agg(
            n_hits=("n_hits", "sum"), n_sentences_hit=("n_sentences_hit", "sum"),
            n_words=("n_words", "sum"), n_sentences=("n_sentences", "sum")).reset_index()
        grid = grid.sort_values(by, kind="stable")
    grid["per_1000_words"] = _rate(grid["n_hits"], grid["n_words"], 1000.0)
    grid["share_sentences"] = _rate(grid["n_sentences_hit"], grid["n_sentences"])
    out = grid[[*unit_cols, *FRAME_SCORES_COLUMNS]].astype(FRAME_SCORES_COLUMNS)
    return out.reset_index(drop=True)


def frame_contrast(scores: pd.DataFrame, by: str) -> pd.DataFrame:
    """Each group's rate of each frame against the pooled rate of all the other groups.

    Parameters:
        scores: a table from :func:`frame_scores` with ``by`` set to a group column.
        by: that group column.
    Returns: one row per group × frame, in the order of ``scores``: the group column,
        dictionary, frame, n_hits, n_words, per_1000_words, then n_hits_rest, n_words_rest and
        per_1000_rest (the other groups pooled; NaN where there is no other group) and
        difference (per_1000_words − per_1000_rest: positive where the group uses the frame more).
    Raises: ``KeyError`` when ``scores`` has no ``by`` column.
    """
    if by not in scores.columns:
        raise KeyError(f"the frame scores have no {by!r} column; compute them with frame_scores(..., by={by!r})")
    table = scores[[by, "dictionary", "frame", "n_hits", "n_words", "per_1000_words"]].copy()
    totals = table.groupby(["dictionary", "frame"], sort=False)[["n_hits", "n_words"]].transform("sum")
    table["n_hits_rest"] = (totals["n_hits"] - table["n_hits"]).astype("Int64")
    table["n_words_rest"] = (totals["n_words"] - table["n_words"]).astype("Int64")
    table["per_1000_rest"] = _rate(table["n_hits_rest"], table["n_words_rest"], 1000.0)
    table["difference"] = table["per_1000_words"] - table["per_1000_rest"]
    return table.reset_index(drop=True)


# --------------------------------------------------------------------------- lexical choices

def lexical_hits(corpus, sets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every occurrence of a lexical-set variant in the text segments, with offsets.

    Within an overlap group, each stretch of text counts once, for its leftmost-longest match
    (see :func:`load_lexical_sets`).

    Parameters: ``corpus`` -- a loaded Corpus; ``sets`` -- a table from :func:`load_lexical_sets`
        (default: the shipped sets).
    Returns: one row per occurrence with the columns of ``LEXICAL_HITS_COLUMNS``, in corpus order.
    """
    sets = load_lexical_sets() if sets is None else sets
    return _labelled_hits(corpus, sets, ["overlap_group"], ("set", "variant", "pattern"), LEXICAL_HITS_COLUMNS,
                          longest=True)


def lexical_choices(corpus, sets: pd.DataFrame | None = None, by: str = "outlet",
                    hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which variant of each lexical set every group (or article) uses, and how often.

    Parameters:
        corpus: a loaded Corpus.
        sets: a table from :func:`load_lexical_sets` (default: the shipped sets).
        by: an articles column to group by, or ``"article"``.
        hits: the evidence from :func:`lexical_hits`, if already computed with the same sets.
    Returns: one row per unit × set × variant (variants never used included, with n = 0): the
        unit columns, then set, variant, n (occurrences), n_set (occurrences of any variant of
        the set in that unit) and share (n / n_set; NaN where the unit uses no variant).
    """
    sets = load_lexical_sets() if sets is None else sets
    hits = lexical_hits(corpus, sets) if hits is None else hits
    units, unit_cols = unit_columns(corpus, by)
    variants = sets[["set", "variant"]].astype(str).drop_duplicates()
    counts = hits.assign(article_id=hits["article_id"].astype(str), set=hits["set"].astype(str),
                         variant=hits["variant"].astype(str)).groupby(["article_id", "set", "variant"]).size()
    grid = units.astype({"article_id": str}).merge(variants, how="cross")
    grid["n"] = counts.reindex(pd.MultiIndex.from_frame(grid[["article_id", "set", "variant"]]),
                               fill_value=0).to_numpy()
    if by != "article":
        grid = grid.groupby([by, "set", "variant"], observed=True, sort=False)["n"].sum().reset_index()
        grid = grid.sort_values(by, kind="stable")
    grid["n_set"] = grid.groupby([*unit_cols, "set"], observed=True, sort=False)["n"].transform("sum")
    grid["share"] = _rate(grid["n"], grid["n_set"])
    return grid[[*unit_cols, *LEXICAL_CHOICES_COLUMNS]].astype(LEXICAL_CHOICES_COLUMNS).reset_index(drop=True)
