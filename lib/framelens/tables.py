"""The table contracts: column names, dtypes and keys of every table framelens produces.

One place defines them, so the loader, the CLI, the tests and the README's data dictionary agree.
"""

from __future__ import annotations

import pandas as pd

from framelens.segments import KINDS

SEVERITIES = ("error", "warning", "info")

# name -> (columns with dtypes, key columns)
SCHEMAS: dict[str, tuple[dict[str, object], tuple[str, ...]]] = {
    "articles": ({
        "article_id": "string",
        "file": "string",
        "outlet": "string",
        "published": "string",
        "title": "string",
        "url": "string",
        "language": "string",
        "notes": "string",
        "sha256": "string",
        "encoding": "string",
        "n_chars": "Int64",
        "n_words": "Int64",
        "n_sentences": "Int64",
        "n_words_total": "Int64",
        "body_text": "string",
        "text": "string",
    }, ("article_id",)),
    "segments": ({
        "article_id": "string",
        "file": "string",
        "segment_idx": "int32",
        "start": "int64",
        "end": "int64",
        "line": "int32",
        "kind": pd.CategoricalDtype(list(KINDS)),
        "rule": "string",
        "is_duplicate": "boolean",
        "duplicate_of": "Int32",
        "text": "string",
    }, ("article_id", "segment_idx")),
    "sentences": ({
        "article_id": "string",
        "file": "string",
        "sentence_idx": "int32",
        "segment_idx": "int32",
        "segment_kind": pd.CategoricalDtype(list(KINDS)),
        "is_duplicate": "boolean",
        "start": "int64",
        "end": "int64",
        "text": "string",
    }, ("article_id", "sentence_idx")),
    "tokens": ({
        "article_id": "category",
        "sentence_idx": "int32",
        "token_idx": "int32",
        "segment_kind": pd.CategoricalDtype(list(KINDS)),
        "start": "int64",
        "end": "int64",
        "token": "category",
        "lower": "category",
        "is_alpha": "bool",
        "is_stop": "bool",
        "stem": "category",
    }, ("article_id", "token_idx")),
    "problems": ({
        "article_id": "string",
        "file": "string",
        "line": "Int64",
        "start": "Int64",
        "end": "Int64",
        "severity": pd.CategoricalDtype(list(SEVERITIES), ordered=True),
        "code": "string",
        "message": "string",
        "excerpt": "string",
    }, ()),
}

TABLE_NAMES = tuple(SCHEMAS)


def columns(name: str) -> dict[str, object]:
    """The columns and dtypes of table ``name``."""
    return SCHEMAS[name][0]


def key(name: str) -> tuple[str, ...]:
    """The columns that identify one row of table ``name`` (empty for problems)."""
    return SCHEMAS[name][1]


def conform(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Order and type the contract columns of ``frame`` as table ``name`` declares; extra columns follow.

    Raises ``KeyError`` naming a contract column that is missing.
    """
    spec = columns(name)
    missing = [c for c in spec if c not in frame.columns]
    if missing:
        raise KeyError(f"table {name!r} lacks column(s) {', '.join(missing)}")
    extra = [c for c in frame.columns if c not in spec]
    typed = frame.astype(spec)
    return typed[[*spec, *extra]].reset_index(drop=True)


def empty(name: str) -> pd.DataFrame:
    """An empty table ``name`` with the contract's columns and dtypes (categories of strings)."""
    spec = {c: (pd.CategoricalDtype(pd.Index([], dtype="string")) if d == "category" else d)
            for c, d in columns(name).items()}
    return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in spec.items()})
