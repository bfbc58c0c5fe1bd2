"""Editable data files shipped with framelens (rules, stopwords, abbreviations) and how to read them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_data_csv(path: str | Path, required: list[str]) -> pd.DataFrame:
    """Read a UTF-8 data file as strings, with empty cells as empty strings.

    Parameters: ``path`` -- the CSV file; ``required`` -- columns that must be present.
    Returns: the table with every column as Python ``str``.
    Raises: ``ValueError`` naming the file and the missing columns.
    """
    path = Path(path)
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as err:
        raise ValueError(f"{path}: cannot be read as a UTF-8 CSV file ({err})") from None
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}; the file has {', '.join(table.columns)}")
    return table


def stopwords(path: str | None = None) -> frozenset[str]:
    """The stopword list (default: the shipped ``stopwords.csv``, one lower-case word per row, column ``word``)."""
    table = read_data_csv(Path(path) if path else DATA_DIR / "stopwords.csv", ["word"])
    return frozenset(w.strip().casefold() for w in table["word"] if w.strip())


def sentence_openers(path: str | None = None) -> frozenset[str]:
    """Words that commonly open a sentence ("The", "He"); after an ambiguous abbreviation they mark a new sentence.

    Kept apart from the stopwords so that editing one list never changes the other's behaviour.
    """
    table = read_data_csv(Path(path) if path else DATA_DIR / "sentence_openers.csv", ["word"])
    return frozenset(w.strip().casefold() for w in table["word"] if w.strip())


def abbreviations(path: str | None = None) -> dict[str, str]:
    """Abbreviations that end in a period, mapped to their kind (``title`` or ``ambiguous``).

    A ``title`` (Mr., Rep., Gen.) never ends a sentence; an ``ambiguous`` one (U.S., Inc., Jan.)
    ends it only when the next word is a common sentence opener such as "The".
    Keys are lower case and without the final period.
    """
    file = Path(path) if path else DATA_DIR / "abbreviations.csv"
    table = read_data_csv(file, ["abbreviation", "kind"])
    out = {}
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        if row.kind not in ("title", "ambiguous"):
            raise ValueError(f"{file}, row {row_no}: kind {row.kind!r} must be 'title' or 'ambiguous'")
        out[row.abbreviation.strip().rstrip(".").casefold()] = row.kind
    return out
