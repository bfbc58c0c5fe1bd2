"""Text units: sentence spans within segments, and token spans over the whole text.

Both work on character offsets into the decoded raw text and never change it. Curly and
straight quotes are unified only in the derived ``lower`` form used for matching.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

import numpy as np

_BOUNDARY = re.compile(r"(?:\.\.\.|…|[.!?])+[\"'”’)\]]*(?=\s)")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([^\s\"'“”‘’()\[\]]+)")
_WORD_BEFORE = re.compile(r"[\w.'’-]+$")
_INITIALISM = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
# After a quote that ends in ? or !, "Lavrov asked." continues the sentence: “Why?” Lavrov asked.
_SPEAKER_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:said|says|asked|asks|told|tells|added|adds|replied|wrote|writes|insisted|"
    r"warned|explained|noted|declared|stated|tweeted|posted|shouted|exclaimed|wondered)\b"
)

TOKEN_PATTERN = re.compile(
    r"""
      https?://[^\s<>"“”]+[^\s<>"“”.,;:!?)'’]   # URL
    | www\.[^\s<>"“”]+[^\s<>"“”.,;:!?)'’]
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+              # e-mail address
    | [#@]\w+                                    # hashtag or handle
    | (?:[^\W\d_]\.){2,}(?![^\W\d_])             # U.S., H.R., e.g.
    | \d+(?:[.,]\d+)+                            # 20,000 and 3.5
    | \w+(?=[nN]['’][tT]\b)                      # do|n't, as in the Penn Treebank
    | [nN]['’][tT]\b
    | ['’](?i:s|re|ve|ll|d|m)\b                  # clitics: Russia|'s, they|'re
    | \w+(?:(?:-|['’](?!(?i:s|re|ve|ll|d|m|t)\b))\w+)*   # words, with inner hyphens and apostrophes
    | \.\.\.|-{2,}
    | [^\w\s]
    """,
    re.VERBOSE,
)

# The same tokens as TOKEN_PATTERN, found faster. Each match first skips the white space before its
# token (so the alternatives are not tried, and failed, at every space) and captures the token in
# group 1. Two shortcuts come before TOKEN_PATTERN's alternatives: a run of letters followed by white
# space, a comma, a semicolon, ! ? quotes or brackets (no URL, address, initialism, number or clitic
# can start there: TOKEN_PATTERN's word alternative would match the same run), and a single comma,
# colon, semicolon, ! ? quote or bracket (which only its last alternative matches).
# tests/test_textunits.py checks that both find the same spans.
_TOKEN_SCAN = re.compile(
    r"""\s*(
      [^\W\d_]+(?=[\s,;!?"“”()\[\]]|\Z)
    | [,;:!?"“”()\[\]]
    | """ + TOKEN_PATTERN.pattern + ")",
    re.VERBOSE,
)

_MATCH_FORM = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "″": '"'})


def match_form(token: str) -> str:
    """The form used for matching: case-folded, with curly quotes and apostrophes made straight.

    >>> match_form("Russia’s")
    "russia's"
    """
    return token.casefold().translate(_MATCH_FORM)


def sentence_spans(text: str, start: int, end: int, abbreviations: dict[str, str],
                   openers: frozenset[str]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans.

    A sentence ends at ``.``, ``!``, ``?`` or an ellipsis, with any closing quotes or brackets,
    when white space and an upper-case letter or a digit follow, except after a quoted question
    or exclamation followed by its speaker ("“Why?” Lavrov asked."). A period after a title
    abbreviation (Rep., Gen.) never ends a sentence. A period after an ambiguous abbreviation
    (U.S., Inc.) or an initial ends it only when the next word is a capitalised sentence opener
    from ``openers`` (e.g. "The"). A title after a hyphen counts as a title ("then-Sen.").

    >>> sentence_spans("US Rep. Ilhan Omar (D-MN) spoke. The U.S. Senate met.", 0, 55, {"rep": "title", "u.s": "ambiguous"}, frozenset({"the"}))
    [(0, 32), (33, 55)]
    """
    spans = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        nxt = _NEXT_WORD.match(text, match.end(), end)
        if not nxt:
            continue
        word = nxt.group(1)
        if not (word[0].isupper() or word[0].isdigit()):
            continue
        mark = match.group()
        if mark[-1] in "”’\"'" and mark[0] in "?!" and _SPEAKER_AFTER.match(text, match.end(), end):
            continue
        if mark[0] == "." and not mark.startswith("..."):
            before = _WORD_BEFORE.search(text, cursor, match.start())
            if before:
                key = before.group().lstrip(".'’-").casefold()
                kind = abbreviations.get(key)
                if kind is None and "-" in key and abbreviations.get(key.rsplit("-", 1)[-1]) == "title":
                    kind = "title"  # "then-Sen. Barack Obama" (but not "a yes-or-no. Voters …")
                if kind is None and _INITIALISM.fullmatch(key):
                    kind = "ambiguous"
                if kind == "title":
                    continue
                if kind == "ambiguous":
                    is_titlecase = word[:1].isupper() and not word[1:].isupper()
                    if not (is_titlecase and match_form(word) in openers):
                        continue
        spans.append((cursor, match.end()))
        cursor = _skip_space(text, match.end(), end)
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if e > s]


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def token_spans(text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Tokenize the whole text in one regex pass.

    Returns: start offsets, end offsets (int64 arrays) and the token strings, in text order.

    >>> token_spans("Russia’s “war”")[2]
    ['Russia', '’s', '“', 'war', '”']
    """
    matches = list(_TOKEN_SCAN.finditer(text))
    spans = np.array([m.span(1) for m in matches], dtype=np.int64).reshape(-1, 2)
    return spans[:, 0].copy(), spans[:, 1].copy(), [m.group(1) for m in matches]


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """The tokens of ``text[start:end]`` as (start, end, token), offsets into ``text``: the same
    tokens as :func:`token_spans`, for a stretch of the text.

    >>> list(iter_tokens("Lavrov said: “No.”", 7))
    [(7, 11, 'said'), (11, 12, ':'), (13, 14, '“'), (14, 16, 'No'), (16, 17, '.'), (17, 18, '”')]
    """
    for match in _TOKEN_SCAN.finditer(text, start, len(text) if end is None else end):
        yield match.start(1), match.end(1), match.group(1)


@lru_cache(maxsize=1)
def _stemmer():
    """NLTK's English Snowball stemmer, imported on first use (importing nltk is slow)."""
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def token_features(types: list[str], stopwords: frozenset[str]) -> dict[str, list]:
    """Per-type features for a vocabulary of distinct token strings.

    Computed once per distinct type, not per token, which is what keeps tokenizing fast.
    Returns: lists aligned with ``types``: lower, is_alpha, is_stop, stem (NLTK Snowball, English).
    """
    stem = _stemmer().stem
    lower = [match_form(t) for t in types]
    is_alpha = [t.isalpha() for t in types]
    is_stop = [low in stopwords for low in lower]
    stems = [stem(low) if any(ch.isalpha() for ch in low) else low for low in lower]
    return {"lower": lower, "is_alpha": is_alpha, "is_stop": is_stop, "stem": stems}
