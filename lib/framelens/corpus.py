"""Load a corpus: find the articles, read and decode them, and build the tidy tables.

A corpus is a folder with ``manifest.csv`` (and optionally ``outlets.csv``), a folder of plain
.txt files, a single file, several of these, or a CSV/Parquet table with one article per row.
Raw files are only read. Every file that cannot be used becomes a row of ``problems`` and the
others still load.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from framelens import tables
from framelens.checks import text_problems
from framelens.encoding import decode_bytes
from framelens.resources import abbreviations, sentence_openers, stopwords
from framelens.segments import KINDS, Rule, load_rules, segment_text
from framelens.textunits import sentence_spans, token_features, token_spans

MANIFEST_COLUMNS = ("article_id", "file", "outlet", "published", "title", "url", "language", "notes")
OUTLET_COLUMNS = ("outlet", "country", "kind", "domain", "colour")
TABLE_SUFFIXES = (".csv", ".csv.gz", ".tsv", ".parquet")
UNKNOWN_OUTLET = "unknown"
CACHE_ENV = "FRAMELENS_CACHE"
_PARTIAL_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
_KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}


@dataclass
class Source:
    """One article to load: where it comes from and its manifest metadata."""

    article_id: str
    file: str
    path: Path | None = None
    text: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    """The data files that steer text processing; defaults are the shipped ones."""

    rules: tuple[Rule, ...]
    abbreviations: dict[str, str]
    stopwords: frozenset[str]
    openers: frozenset[str]

    @classmethod
    def default(cls, rules_path=None, abbreviations_path=None, stopwords_path=None) -> "Settings":
        return cls(load_rules(rules_path), abbreviations(abbreviations_path and str(abbreviations_path)),
                   stopwords(stopwords_path and str(stopwords_path)), sentence_openers())


@dataclass(frozen=True)
class Corpus:
    """The tidy tables of one corpus. ``table(name)`` returns any of them by name."""

    articles: pd.DataFrame
    segments: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    problems: pd.DataFrame
    outlets: pd.DataFrame
    source: str

    def table(self, name: str) -> pd.DataFrame:
        """Return table ``name`` (articles, segments, sentences, tokens, problems or outlets)."""
        if name not in (*tables.TABLE_NAMES, "outlets"):
            raise KeyError(f"no table {name!r}; choose one of {', '.join((*tables.TABLE_NAMES, 'outlets'))}")
        return getattr(self, name)

    def groups(self, column: str = "outlet") -> pd.Series:
        """The group label of each article (indexed like ``articles``), missing values as "unknown".

        Raises ``KeyError`` naming the columns that can be used instead.
        """
        if column not in self.articles.columns:
            usable = [c for c in self.articles.columns if c not in ("text", "body_text", "sha256")]
            raise KeyError(f"no articles column {column!r} to group by; choose one of {', '.join(usable)}")
        return self.articles[column].astype("string").fillna(UNKNOWN_OUTLET)

    def group_labels(self, column: str = "outlet") -> pd.Series:
        """The group of each article as a categorical Series indexed by ``article_id``.

        The categories follow the one fixed group order (:func:`framelens.figures.group_order`), so
        tables built from it list groups in the order the charts use. This is the ``groups``
        argument the term and keyness functions take.
        """
        from framelens.figures import group_order

        labels = self.groups(column)
        order = group_order(self.outlets, labels)
        return pd.Series(pd.Categorical(labels.to_numpy(dtype=object), categories=order),
                         index=pd.Index(self.articles["article_id"].astype(str), name="article_id"), name=column)

    def __repr__(self) -> str:
        return (f"<Corpus {self.source}: {len(self.articles)} articles, {len(self.sentences)} sentences, "
                f"{len(self.tokens)} tokens, {len(self.problems)} problems>")


class _Problems:
    """Collects problem rows while loading."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, severity: str, code: str, message: str, *, file: str | None = None,
            article_id: str | None = None, line: int | None = None, start: int | None = None,
            end: int | None = None, excerpt: str | None = None) -> None:
        self.rows.append({"article_id": article_id, "file": file, "line": line, "start": start, "end": end,
                          "severity": severity, "code": code, "message": message, "excerpt": excerpt})

    def frame(self) -> pd.DataFrame:
        if not self.rows:
            return tables.empty("problems")
        return tables.conform(pd.DataFrame(self.rows), "problems")


# --------------------------------------------------------------------------- finding the articles

def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _read_manifest(folder: Path, log: _Problems) -> pd.DataFrame | None:
    """Read ``manifest.csv``; return None when it is absent or unusable (then the folder is scanned)."""
    path = folder / "manifest.csv"
    if not path.exists():
        return None
    try:
        manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        log.add("error", "manifest_unreadable", f"manifest.csv cannot be read as a UTF-8 CSV file ({err}); "
                "the folder's .txt files are loaded without metadata", file="manifest.csv")
        return None
    manifest.columns = [c.strip() for c in manifest.columns]
    if "file" not in manifest.columns:
        log.add("error", "manifest_missing_columns", "manifest.csv has no 'file' column, so its rows cannot be "
                "matched to files; the folder's .txt files are loaded without metadata", file="manifest.csv")
        return None
    missing = [c for c in MANIFEST_COLUMNS if c not in manifest.columns]
    if missing:
        log.add("warning", "manifest_missing_columns",
                f"manifest.csv lacks column(s) {', '.join(missing)}; they are left empty"
                + (" and article_id is taken from the file name" if "article_id" in missing else ""),
                file="manifest.csv")
        for column in missing:
            manifest[column] = ""
    return manifest


def _manifest_sources(folder: Path, manifest: pd.DataFrame, log: _Problems) -> list[Source]:
    root = folder.resolve()
    sources, seen_ids, seen_files = [], set(), set()
    for row_no, row in enumerate(manifest.to_dict("records"), start=2):
        where = f"manifest.csv line {row_no}"
        file = row["file"].strip()
        if not file:
            log.add("error", "manifest_row_without_file", f"{where} names no file; the row is skipped",
                    file="manifest.csv", line=row_no)
            continue
        path = (folder / file)
        if Path(file).is_absolute() or not path.resolve().is_relative_to(root):
            log.add("error", "path_outside_corpus", f"{where}: the path {file!r} points outside the corpus "
                    "folder; only files inside it are read", file="manifest.csv", line=row_no)
            continue
        article_id = row["article_id"].strip() or Path(file).with_suffix("").as_posix()
        if article_id in seen_ids:
            log.add("error", "duplicate_article_id", f"{where}: article_id {article_id!r} is already used by an "
                    "earlier row; this row is skipped", file="manifest.csv", line=row_no, article_id=article_id)
            continue
        if not path.is_file():
            log.add("error", "manifest_row_without_file", f"{where}: the file {file!r} does not exist",
                    file="manifest.csv", line=row_no, article_id=article_id)
            continue
        seen_ids.add(article_id)
        seen_files.add(path.resolve())
        meta = {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k not in ("article_id", "file")}
        published = meta.get("published", "")
        if published and not _PARTIAL_DATE.fullmatch(published):
            log.add("warning", "bad_date", f"{where}: published {published!r} is not a date like 2022, 2022-12 or "
                    "2022-12-01; it is left empty", file="manifest.csv", line=row_no, article_id=article_id)
            meta["published"] = ""
        sources.append(Source(article_id, _relative(path, folder), path, meta=meta))

    for path in _text_files(folder, log):
        if path.resolve() in seen_files:
            continue
        article_id = _unique_id(path.relative_to(folder).with_suffix("").as_posix(), seen_ids)
        log.add("warning", "file_not_in_manifest", f"{path.relative_to(folder).as_posix()} has no row in "
                "manifest.csv; it is loaded with outlet 'unknown'", file=path.relative_to(folder).as_posix(),
                article_id=article_id)
        sources.append(Source(article_id, path.relative_to(folder).as_posix(), path))
    return sources


def _text_files(folder: Path, log: _Problems) -> list[Path]:
    """The .txt files under ``folder``; a link that leads outside it is reported and skipped."""
    root = folder.resolve()
    found = []
    for path in sorted(folder.rglob("*.txt")):
        if not path.is_file():
            continue
        if not path.resolve().is_relative_to(root):
            rel = path.relative_to(folder).as_posix()
            log.add("error", "path_outside_corpus", f"{rel} is a link to a file outside the corpus folder; "
                    "it is not read", file=rel)
            continue
        found.append(path)
    return found


def _unique_id(candidate: str, seen: set[str]) -> str:
    article_id, n = candidate, 2
    while article_id in seen:
        article_id, n = f"{candidate}-{n}", n + 1
    seen.add(article_id)
    return article_id


def _table_sources(path: Path, label: str, text_column: str | None, id_column: str | None,
                   outlet_column: str | None, log: _Problems) -> list[Source]:
    """One source per row of a CSV or Parquet table of articles."""
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, sep="\t" if path.suffix == ".tsv" else ",")
    text_column = text_column or ("text" if "text" in frame.columns else None)
    if text_column not in frame.columns:
        raise ValueError(f"{label}: no text column {text_column!r}; give --text-column, one of "
                         f"{', '.join(map(str, frame.columns))}")
    for name, given in (("id", id_column), ("outlet", outlet_column)):
        if given and given not in frame.columns:
            raise ValueError(f"{label}: no {name} column {given!r}; the table has {', '.join(map(str, frame.columns))}")
    frame = frame.astype(str).where(frame.notna(), "")
    seen: set[str] = set()
    sources = []
    for row_no, row in enumerate(frame.to_dict("records"), start=1):
        file = f"{label}#row={row_no}"
        raw_id = row[id_column].strip() if id_column else (row.get("article_id", "") or "").strip()
        article_id = _unique_id(raw_id or f"row-{row_no}", seen)
        if raw_id and article_id != raw_id:
            log.add("warning", "duplicate_article_id", f"{label} row {row_no}: id {raw_id!r} is already used by an "
                    f"earlier row; this row is loaded as {article_id!r}", file=file, line=row_no,
                    article_id=article_id)
        meta = {k: v for k, v in row.items() if k not in (text_column, id_column, "article_id")}
        if outlet_column:
            meta["outlet"] = row[outlet_column].strip()
        sources.append(Source(article_id, file, text=row[text_column], meta=meta))
    return sources


def discover(paths: str | Path | Sequence[str | Path], *, text_column: str | None = None,
             id_column: str | None = None, outlet_column: str | None = None,
             log: _Problems | None = None) -> tuple[list[Source], pd.DataFrame, _Problems]:
    """Find the articles under one or more paths.

    Returns: the sources, the outlets table (from ``outlets.csv`` where a folder has one) and the
    problem log. Raises ``FileNotFoundError`` for a path that does not exist.
    """
    log = log or _Problems()
    path_list = [paths] if isinstance(paths, (str, Path)) else list(paths)
    sources: list[Source] = []
    outlet_frames = []
    for given in map(Path, path_list):
        if not given.exists():
            raise FileNotFoundError(f"{given}: no such file or folder")
        if given.is_dir():
            manifest = _read_manifest(given, log)
            if manifest is not None:
                found = _manifest_sources(given, manifest, log)
            else:
                found = [Source(p.relative_to(given).with_suffix("").as_posix(), p.relative_to(given).as_posix(), p)
                         for p in _text_files(given, log)]
            if (given / "outlets.csv").exists():
                outlet_frames.append(_read_outlets(given / "outlets.csv", log))
        elif given.name.endswith(TABLE_SUFFIXES):
            found = _table_sources(given, given.name, text_column, id_column, outlet_column, log)
        else:
            found = [Source(given.stem, given.name, given)]
        sources.extend(found)
    seen: set[str] = set()
    for src in sources:
        given_id = src.article_id
        src.article_id = _unique_id(given_id, seen)
        if src.article_id != given_id:
            log.add("warning", "duplicate_article_id", f"{src.file}: article_id {given_id!r} is already used by "
                    f"another file given; this one is loaded as {src.article_id!r}", file=src.file,
                    article_id=src.article_id)
    outlets = (pd.concat(outlet_frames, ignore_index=True).drop_duplicates("outlet")
               if outlet_frames else pd.DataFrame({c: [] for c in OUTLET_COLUMNS}))
    return sources, outlets.astype("string").reset_index(drop=True), log


def _read_outlets(path: Path, log: _Problems) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        log.add("error", "outlets_unreadable", f"outlets.csv cannot be read ({err}); outlets get default colours",
                file="outlets.csv")
        return pd.DataFrame({c: [] for c in OUTLET_COLUMNS})
    if "outlet" not in frame.columns:
        log.add("error", "outlets_missing_columns", "outlets.csv has no 'outlet' column; it is ignored",
                file="outlets.csv")
        return pd.DataFrame({c: [] for c in OUTLET_COLUMNS})
    missing = [c for c in OUTLET_COLUMNS if c not in frame.columns]
    if missing:
        log.add("warning", "outlets_missing_columns", f"outlets.csv lacks column(s) {', '.join(missing)}; "
                "they are left empty", file="outlets.csv")
        for column in missing:
            frame[column] = ""
    frame = frame.apply(lambda col: col.str.strip())
    return frame.replace("", pd.NA)


# --------------------------------------------------------------------------- one article

@dataclass
class ArticleResult:
    """Everything computed for one article; columns as lists and arrays, ready to concatenate."""

    text: str
    encoding: str
    sha256: str
    segments: list[dict]
    sentences: list[tuple[int, int, int]]  # (segment_idx, start, end)
    token_starts: np.ndarray
    token_ends: np.ndarray
    token_types: list[str] | None  # the article's distinct token strings (None once merged into the corpus)
    token_codes: np.ndarray  # int32 per token: into token_types, then into the corpus vocabulary
    token_sentence: np.ndarray
    problems: list[dict]


def analyse_text(text: str, settings: Settings) -> tuple[list[dict], list[tuple[int, int, int]],
                                                         np.ndarray, np.ndarray, list[str], np.ndarray, list[dict]]:
    """Segment, sentence-split, tokenize and check one decoded text.

    Returns: segments, sentences as (segment_idx, start, end), token starts, ends, strings, the
    sentence index of each token, and problems found in the text.
    """
    segments = segment_text(text, settings.rules)
    sentences = []
    for idx, seg in enumerate(segments):
        if seg["kind"] == "whitespace":
            continue
        for start, end in sentence_spans(text, seg["start"], seg["end"], settings.abbreviations, settings.openers):
            sentences.append((idx, start, end))
    starts, ends, strings = token_spans(text)
    sentence_starts = np.fromiter((s for _, s, _ in sentences), dtype=np.int64, count=len(sentences))
    token_sentence = np.searchsorted(sentence_starts, starts, side="right") - 1
    return segments, sentences, starts, ends, strings, token_sentence, text_problems(text, segments)


def _process(src: Source, settings: Settings, cache: "ResultCache | None" = None
             ) -> tuple[ArticleResult | None, list[dict]]:
    """Read, decode and analyse one source; problems instead of exceptions.

    With a ``cache``, an article whose raw bytes were analysed before with the same settings is
    read back from it instead.
    """
    notes: list[dict] = []
    if src.text is not None:
        text, encoding, raw = src.text, "utf-8", src.text.encode("utf-8")
        if not text.strip():
            return None, [{"severity": "error", "code": "empty_file", "message": "the row has no article text"}]
        decoded_problems = []
    else:
        try:
            raw = src.path.read_bytes()
        except OSError as err:
            return None, [{"severity": "error", "code": "unreadable_file", "message": f"cannot be read ({err.strerror})"}]
        decoded = None
    sha = hashlib.sha256(raw).hexdigest()
    if cache is not None:
        hit = cache.get(sha)
        if hit is not None:
            return hit
    if src.text is None:
        decoded = decode_bytes(raw)
        for severity, code, message, byte_offset in decoded.problems:
            line = None if byte_offset is None else raw.count(b"\n", 0, byte_offset) + 1
            notes.append({"severity": severity, "code": code, "message": message, "line": line})
        if decoded.text is None:
            return None, notes
        text, encoding = decoded.text, decoded.encoding
    segments, sentences, starts, ends, strings, token_sentence, found = analyse_text(text, settings)
    local: dict[str, int] = {}
    codes = np.fromiter((local.setdefault(t, len(local)) for t in strings), dtype=np.int32, count=len(strings))
    out = (ArticleResult(text, encoding, sha, segments, sentences, starts, ends, list(local), codes,
                         token_sentence, found), notes + found)
    if cache is not None:
        cache.put(sha, out)
    return out


def _analysis_code_digest() -> str:
    """SHA-256 of the source of the modules that turn a raw article into its cached tables."""
    from framelens import checks, encoding, segments, tables, textunits

    digest = hashlib.sha256()
    for module in (checks, encoding, segments, tables, textunits):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


class ResultCache:
    """Analysed articles on disk, keyed by the SHA-256 of their raw bytes and by the settings, and
    the tables of the last corpora loaded, in Parquet, keyed by every article's hash.

    A changed rule, stopword or abbreviation file, another framelens version, or an edit to the
    code that analyses an article (segments, sentences, tokens, checks, decoding) gives another
    key, so a stale analysis is never read back. Files are written atomically; an unreadable one
    is ignored and rewritten. A corpus whose articles, metadata and problems found while finding
    them are all unchanged is read back from its Parquet tables; after any change, only the changed
    articles are analysed again and the tables are assembled anew.
    """

    KEEP_CORPORA = 4  # the tables of this many corpora (the most recently written) are kept

    def __init__(self, folder: str | Path, settings: Settings):
        from framelens import __version__

        fingerprint = hashlib.sha256(repr((
            __version__, _analysis_code_digest(),
            [(r.name, r.kind, r.zone, r.max_words, r.regex.pattern, r.regex.flags) for r in settings.rules],
            sorted(settings.abbreviations.items()), sorted(settings.stopwords), sorted(settings.openers),
        )).encode("utf-8")).hexdigest()[:16]
        self.folder = Path(folder) / fingerprint

    def _path(self, sha: str) -> Path:
        return self.folder / sha[:2] / f"{sha}.pkl"

    def get(self, sha: str):
        import pickle

        try:
            with open(self._path(sha), "rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
            return None

    def put(self, sha: str, value) -> None:
        import pickle
        import tempfile

        path = self._path(sha)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            return  # a cache that cannot be written only costs time

    def corpus_key(self, sources: list[Source], outlets: pd.DataFrame, log: "_Problems") -> str:
        """A key for the tables of this corpus: each article's id, file, metadata and raw-byte hash,
        the outlets table and the problems found so far (with the settings, through the folder)."""
        digest = hashlib.sha256(self.folder.name.encode("utf-8"))
        for src in sources:
            try:
                raw = src.text.encode("utf-8") if src.text is not None else src.path.read_bytes()
                sha = hashlib.sha256(raw).hexdigest()
            except OSError:
                sha = None
            digest.update(repr((src.article_id, src.file, sorted(src.meta.items()), sha)).encode("utf-8"))
        digest.update(outlets.to_csv(index=False).encode("utf-8"))
        digest.update(repr(log.rows).encode("utf-8"))
        return digest.hexdigest()[:32]

    def read_corpus(self, key: str) -> dict[str, pd.DataFrame] | None:
        """The stored tables of the corpus with this key, or None."""
        import json

        folder = self.folder / "corpora" / key
        try:
            categories = json.loads((folder / "categories.json").read_text(encoding="utf-8"))
            tables_read = {name: pd.read_parquet(folder / f"{name}.parquet") for name in _STORED_TABLES}
        except Exception:  # absent, partly written by another version, or unreadable: load anew
            return None
        for name, columns in categories.items():  # Parquet does not keep the dtype of the categories
            for column, dtype in columns.items():
                values = tables_read[name][column]
                tables_read[name][column] = values.cat.rename_categories(pd.Index(values.cat.categories, dtype=dtype))
        return tables_read

    def write_corpus(self, key: str, corpus: "Corpus") -> None:
        """Store the tables of a corpus under its key, and forget the oldest beyond KEEP_CORPORA."""
        import json
        import shutil
        import tempfile

        root, tmp = self.folder / "corpora", None
        try:
            root.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(dir=root, prefix=".tmp-"))
            categories = {}
            for name in _STORED_TABLES:
                table = corpus.table(name)
                table.to_parquet(tmp / f"{name}.parquet", index=False)
                categories[name] = {column: str(table[column].cat.categories.dtype) for column in table.columns
                                    if isinstance(table[column].dtype, pd.CategoricalDtype)}
            (tmp / "categories.json").write_text(json.dumps(categories), encoding="utf-8")
            os.replace(tmp, root / key)
            stored = sorted((p for p in root.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime)
            for old in stored[:-self.KEEP_CORPORA]:
                shutil.rmtree(old, ignore_errors=True)
        except Exception:  # a cache that cannot be written only costs time
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)


_STORED_TABLES = ("articles", "segments", "sentences", "tokens", "problems", "outlets")


def _process_safely(src: Source, settings: Settings, cache: ResultCache | None) -> tuple[ArticleResult | None, list[dict]]:
    try:
        return _process(src, settings, cache)
    except Exception as err:  # one broken article must never stop the corpus from loading
        return None, [{"severity": "error", "code": "internal_error",
                       "message": f"framelens failed on this file: {type(err).__name__}: {err}"}]


_WORKER: dict = {}


def _worker_init(settings: Settings, cache: ResultCache | None) -> None:
    _WORKER["settings"], _WORKER["cache"] = settings, cache


def _worker_process(src: Source) -> tuple[ArticleResult | None, list[dict]]:
    return _process_safely(src, _WORKER["settings"], _WORKER["cache"])


def _merge_vocabulary(result: ArticleResult, vocabulary: dict[str, int]) -> None:
    """Recode an article's tokens into the corpus vocabulary and drop its own list of strings."""
    table = np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for t in result.token_types), dtype=np.int32,
                        count=len(result.token_types))
    result.token_codes = table[result.token_codes] if len(table) else result.token_codes
    result.token_types = None


def _analysed(sources: list[Source], settings: Settings, cache: ResultCache | None, workers: int,
              progress: bool) -> Iterable[tuple[ArticleResult | None, list[dict]]]:
    """Each source's analysis, in source order: in this process, or in ``workers`` processes."""
    from tqdm.auto import tqdm

    bar = dict(total=len(sources), desc="framelens load", unit="article", disable=not progress, leave=False)
    if workers <= 1 or len(sources) < _PARALLEL_MIN:
        yield from tqdm((_process_safely(src, settings, cache) for src in sources), **bar)
        return
    import multiprocessing

    # fork where there is one: workers inherit the loaded modules, and a user's script needs no
    # ``if __name__ == "__main__"`` guard, as it would with spawn.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(workers, initializer=_worker_init, initargs=(settings, cache)) as pool:
        yield from tqdm(pool.imap(_worker_process, sources, chunksize=32), **bar)


_PARALLEL_MIN = 200  # below this, starting worker processes costs more than it saves


# --------------------------------------------------------------------------- assembling the tables

def _line_numbers(text: str, offsets: Iterable[int]) -> list[int]:
    newlines = np.flatnonzero(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) == 10)
    return (np.searchsorted(newlines, np.asarray(list(offsets), dtype=np.int64), side="left") + 1).tolist()


class _Columns(dict):
    """Column lists that grow article by article and become one DataFrame at the end."""

    def extend(self, **columns) -> None:
        for name, values in columns.items():
            self.setdefault(name, []).extend(values)


def _assemble(sources: list[Source], results: list[ArticleResult | None], outlets: pd.DataFrame,
              stop: frozenset[str], vocabulary: dict[str, int]) -> dict:
    """The four tables from the analysed articles (whose token codes are in ``vocabulary``)."""
    article_rows, seg_cols, sent_cols = [], _Columns(), _Columns()
    tok = {name: [] for name in ("article", "sentence", "index", "kind", "start", "end", "counted", "code")}
    for src, res in zip(sources, results):
        if res is None:
            continue
        aid, text, segs, sents = src.article_id, res.text, res.segments, res.sentences
        kinds = [s["kind"] for s in segs]
        is_dup = [s["duplicate_of"] is not None for s in segs]
        seg_cols.extend(
            article_id=[aid] * len(segs), file=[src.file] * len(segs), segment_idx=range(len(segs)),
            start=[s["start"] for s in segs], end=[s["end"] for s in segs],
            line=_line_numbers(text, (s["start"] for s in segs)), kind=kinds, rule=[s["rule"] for s in segs],
            is_duplicate=is_dup, duplicate_of=[s["duplicate_of"] for s in segs],
            text=[text[s["start"]:s["end"]] for s in segs])
        sent_cols.extend(
            article_id=[aid] * len(sents), file=[src.file] * len(sents), sentence_idx=range(len(sents)),
            segment_idx=[g for g, _, _ in sents], segment_kind=[kinds[g] for g, _, _ in sents],
            is_duplicate=[is_dup[g] for g, _, _ in sents], start=[b for _, b, _ in sents],
            end=[e for _, _, e in sents], text=[text[b:e] for _, b, e in sents])

        counted = np.array([k == "body" and not d for k, d in zip(kinds, is_dup)], dtype=bool)
        sent_segment = np.fromiter((g for g, _, _ in sents), dtype=np.int64, count=len(sents))
        token_segment = sent_segment[res.token_sentence] if len(sents) else np.zeros(0, dtype=np.int64)
        n = len(res.token_codes)
        tok["article"].append(np.full(n, len(article_rows), dtype=np.int32))
        tok["sentence"].append(res.token_sentence.astype(np.int32))
        tok["index"].append(np.arange(n, dtype=np.int32))
        tok["kind"].append(np.fromiter((_KIND_CODE[k] for k in kinds), dtype=np.int8, count=len(kinds))[token_segment])
        tok["start"].append(res.token_starts)
        tok["end"].append(res.token_ends)
        tok["counted"].append(counted[token_segment])
        tok["code"].append(res.token_codes)
        article_rows.append({
            "article_id": aid, "file": src.file, **src.meta,
            "sha256": res.sha256, "encoding": res.encoding, "n_chars": len(text),
            "n_sentences": int(counted[sent_segment].sum()) if len(sents) else 0,
            "body_text": "\n\n".join(t for t, c in zip(seg_cols["text"][-len(segs):], counted) if c), "text": text,
        })

    tokens, is_word = _token_table(stop, [r["article_id"] for r in article_rows], tok, list(vocabulary))
    n_articles = len(article_rows)
    article_of = np.concatenate(tok["article"]) if article_rows else np.zeros(0, dtype=np.int32)
    counted = np.concatenate(tok["counted"]) if article_rows else np.zeros(0, dtype=bool)
    for row, n_words, n_total in zip(article_rows,
                                     np.bincount(article_of, weights=is_word & counted, minlength=n_articles),
                                     np.bincount(article_of, weights=is_word, minlength=n_articles)):
        row["n_words"], row["n_words_total"] = int(n_words), int(n_total)

    segments = tables.conform(pd.DataFrame(seg_cols), "segments") if seg_cols else tables.empty("segments")
    sentences = tables.conform(pd.DataFrame(sent_cols), "sentences") if sent_cols else tables.empty("sentences")
    return {"articles": _article_table(article_rows, outlets), "segments": segments, "sentences": sentences,
            "tokens": tokens}


def _article_table(rows: list[dict], outlets: pd.DataFrame) -> pd.DataFrame:
    """The articles table: manifest metadata, checksums and counts, joined with the outlets table."""
    if not rows:
        return tables.empty("articles")
    articles = pd.DataFrame(rows)
    for column in MANIFEST_COLUMNS:
        if column not in articles.columns:
            articles[column] = pd.NA
    articles["outlet"] = articles["outlet"].replace("", pd.NA).fillna(UNKNOWN_OUTLET)
    articles = articles.replace("", pd.NA)
    descriptive = [c for c in OUTLET_COLUMNS if c != "outlet" and c in outlets.columns and c not in articles.columns]
    merged = articles.merge(outlets[["outlet", *descriptive]], on="outlet", how="left", validate="many_to_one")
    assert len(merged) == len(articles), "merging outlet metadata changed the number of articles"
    articles = tables.conform(merged, "articles")
    for column in articles.columns:
        if articles[column].dtype == object:
            articles[column] = articles[column].astype("string")
    return articles


def _token_table(stop: frozenset[str], article_ids: list[str], tok: dict[str, list[np.ndarray]],
                 vocabulary: list[str]) -> tuple[pd.DataFrame, np.ndarray]:
    """Build the tokens table; per-type features are computed once per distinct token string.

    ``tok["code"]`` holds each article's token codes into ``vocabulary`` (types in order of first use).
    Returns: the table and, per token, whether it is a word (holds a letter or a digit).
    """
    codes = np.concatenate(tok["code"]) if tok["code"] else np.zeros(0, dtype=np.int32)
    if not len(codes):
        return tables.empty("tokens"), np.zeros(0, dtype=bool)
    used = np.unique(codes)  # articles that failed to assemble may have added unused types
    remap = np.full(len(vocabulary), -1, dtype=np.int32)
    remap[used] = np.arange(len(used), dtype=np.int32)
    codes = remap[codes]
    types = [vocabulary[i] for i in used]
    feats = token_features(types, stop)
    is_word = np.fromiter((any(ch.isalnum() for ch in t) for t in types), dtype=bool, count=len(types))[codes]

    def categorical(values: list[str]) -> pd.Categorical:
        cats, inverse = np.unique(np.asarray(values, dtype=object), return_inverse=True)
        return pd.Categorical.from_codes(inverse[codes], categories=pd.Index(cats, dtype="string"))

    table = pd.DataFrame({
        "article_id": pd.Categorical.from_codes(np.concatenate(tok["article"]),
                                                categories=pd.Index(article_ids, dtype="string")),
        "sentence_idx": np.concatenate(tok["sentence"]),
        "token_idx": np.concatenate(tok["index"]),
        "segment_kind": pd.Categorical.from_codes(np.concatenate(tok["kind"]), dtype=pd.CategoricalDtype(list(KINDS))),
        "start": np.concatenate(tok["start"]),
        "end": np.concatenate(tok["end"]),
        "token": pd.Categorical.from_codes(codes, categories=pd.Index(types, dtype="string")),
        "lower": categorical(feats["lower"]),
        "is_alpha": np.asarray(feats["is_alpha"], dtype=bool)[codes],
        "is_stop": np.asarray(feats["is_stop"], dtype=bool)[codes],
        "stem": categorical(feats["stem"]),
    })
    return table, is_word


def _sample(sources: list[Source], size: int, seed: int) -> list[Source]:
    """``size`` sources drawn without replacement, kept in their corpus order."""
    if size < 1:
        raise ValueError(f"sample must be a positive number of articles; got {size}")
    if size >= len(sources):
        return sources
    chosen = np.sort(np.random.default_rng(seed).choice(len(sources), size=size, replace=False))
    return [sources[i] for i in chosen]


def load_corpus(paths: str | Path | Sequence[str | Path] = "corpus", *, text_column: str | None = None,
                id_column: str | None = None, outlet_column: str | None = None,
                rules_path: str | Path | None = None, stopwords_path: str | Path | None = None,
                abbreviations_path: str | Path | None = None, sample: int | None = None,
                seed: int = 0, workers: int = 1, cache_dir: str | Path | None = None,
                progress: bool = False) -> Corpus:
    """Load a corpus into tidy tables.

    Parameters:
        paths: a corpus folder (with or without ``manifest.csv``), a .txt file, a CSV/Parquet
            table of articles, or a list of these.
        text_column, id_column, outlet_column: for table corpora, the columns holding the
            text, a stable id and the outlet (other columns become article metadata).
        rules_path, stopwords_path, abbreviations_path: replacements for the shipped data files.
        sample: load only this many articles, drawn at random (the same ones for the same
            ``seed`` and corpus), in corpus order; None loads every article.
        seed: the random seed of ``sample``.
        workers: processes that analyse articles in parallel (used from 200 articles on); the
            tables are identical whatever the number.
        cache_dir: a folder for analysed articles, keyed by each raw file's SHA-256 and the
            settings: a second load of unchanged articles reads them back instead of analysing,
            and a second load of an unchanged corpus reads its tables back from Parquet.
            Default: the folder named by the ``FRAMELENS_CACHE`` environment variable, if set
            (``framelens build`` sets it, so that notebooks share one cache).
        progress: show a progress bar.
    Returns: a :class:`Corpus`. Bad files never raise; they are listed in ``corpus.problems``.
    Raises: ``FileNotFoundError`` for a path that does not exist, ``ValueError`` for a table
        corpus without its text column or a malformed data file.
    """
    settings = Settings.default(rules_path, abbreviations_path, stopwords_path)
    sources, outlets, log = discover(paths, text_column=text_column, id_column=id_column,
                                     outlet_column=outlet_column)
    if sample is not None:
        sources = _sample(sources, sample, seed)
    cache_dir = cache_dir if cache_dir is not None else os.environ.get(CACHE_ENV) or None
    if cache_dir is None:
        return corpus_from(paths, sources, _analysed(sources, settings, None, workers, progress), outlets, log,
                           settings)
    cache = ResultCache(cache_dir, settings)
    key = cache.corpus_key(sources, outlets, log)
    stored = cache.read_corpus(key)
    if stored is not None:
        return Corpus(**stored, source=_label(paths))
    corpus = corpus_from(paths, sources, _analysed(sources, settings, cache, workers, progress), outlets, log,
                         settings)
    cache.write_corpus(key, corpus)
    return corpus


def _label(paths) -> str:
    return ", ".join(str(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths))


def corpus_from(paths, sources: list[Source], analysed: Iterable[tuple[ArticleResult | None, list[dict]]],
                outlets: pd.DataFrame, log: "_Problems", settings: Settings) -> Corpus:
    """The Corpus from each source's analysis (in source order, however it was computed): token
    codes merged into one vocabulary, every note logged against its file, the tables assembled."""
    results = []
    vocabulary: dict[str, int] = {}
    for src, (result, notes) in zip(sources, analysed):
        if result is not None:
            _merge_vocabulary(result, vocabulary)
        results.append(result)
        for note in notes:
            line = note.get("line")
            if result is not None and note.get("start") is not None:
                line = _line_numbers(result.text, [note["start"]])[0]
            log.add(note["severity"], note["code"], note["message"], file=src.file, article_id=src.article_id,
                    line=line, start=note.get("start"), end=note.get("end"), excerpt=note.get("excerpt"))
    built = _assemble(sources, results, outlets, settings.stopwords, vocabulary)
    return Corpus(built["articles"], built["segments"], built["sentences"], built["tokens"], log.frame(),
                  outlets, _label(paths))
