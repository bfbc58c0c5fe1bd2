"""Partition a raw article text into segments: headline, dateline, body, subheading, caption, commentary, boilerplate.

Every character of the text belongs to exactly one segment. Blank space between blocks forms
``whitespace`` segments, so the spans tile the text from 0 to ``len(text)`` with no gap. Each
segment records the rule that decided its kind; the pattern rules live in
``data/segment_rules.csv`` so that researchers can read, extend and review them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framelens.resources import DATA_DIR, read_data_csv

KINDS = ("headline", "dateline", "subheading", "body", "caption", "commentary", "boilerplate", "whitespace")
TEXT_KINDS = ("headline", "subheading", "body")

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = re.compile(r"[.!?…:;,][\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# "MOSCOW (Sputnik) - ", "KYIV, Ukraine (AP) — ": a place in capitals with an agency or a region,
# so that "NATO — the alliance — said" keeps its subject.
_INLINE_DATELINE = re.compile(
    r"[A-Z]{3,}(?:[ -][A-Z]{2,})*"
    r"(?:(?:,[ \u00a0]+[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)*)?[ \u00a0]*\([^()\n]{1,40}\)"
    r"|,[ \u00a0]+[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)*)"
    r"[ \u00a0]*[-–—]{1,2}[ \u00a0]+(?=\S)"
)
_PERIOD_END = re.compile(r"\.[\"'”’)\]]*$")


@dataclass(frozen=True)
class Rule:
    """One pattern rule from a segment-rules file."""

    name: str
    kind: str
    zone: str
    max_words: int | None
    regex: re.Pattern


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """Read and compile segment rules (default: the shipped ``segment_rules.csv``).

    Parameters: ``path`` -- a CSV with columns rule, kind, zone, max_words, ignore_case, pattern, notes.
    Returns: the rules in file order (the first matching rule wins).
    Raises: ``ValueError`` naming the file and row for an unknown kind or zone, or a bad regex.
    """
    path = Path(path) if path else DATA_DIR / "segment_rules.csv"
    table = read_data_csv(path, ["rule", "kind", "zone", "max_words", "ignore_case", "pattern"])
    rules = []
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        where = f"{path}, row {row_no} (rule {row.rule!r})"
        if row.kind not in KINDS:
            raise ValueError(f"{where}: kind {row.kind!r} is not one of {', '.join(KINDS)}")
        if row.zone not in ("any", "header", "footer"):
            raise ValueError(f"{where}: zone {row.zone!r} must be any, header or footer")
        if not row.pattern:
            raise ValueError(f"{where}: the pattern is empty")
        flags = re.IGNORECASE if row.ignore_case.strip().lower() == "true" else 0
        try:
            regex = re.compile(row.pattern, flags)
        except re.error as err:
            raise ValueError(f"{where}: the pattern is not a valid regular expression ({err})") from None
        max_words = int(row.max_words) if row.max_words.strip() else None
        rules.append(Rule(row.rule, row.kind, row.zone, max_words, regex))
    return tuple(rules)


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Split text into blocks: non-blank lines, with hard-wrapped continuation lines joined.

    A line continues the previous block when that block does not end in punctuation and the
    line starts with a lower-case letter, as in text wrapped at a fixed width.
    Returns: ``(start, end)`` spans that exclude surrounding white space.
    """
    blocks: list[tuple[int, int]] = []
    previous_was_blank = True
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        stripped = line.strip()
        if not stripped:
            previous_was_blank = True
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        if (blocks and not previous_was_blank and stripped[0].islower()
                and not _TERMINAL.search(text[blocks[-1][0]:blocks[-1][1]])):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
        previous_was_blank = False
    return blocks


def _n_words(block: str) -> int:
    return len(block.split())


def _is_prose(block: str) -> bool:
    """A paragraph of running text: a long block, or a sentence of eight words or more."""
    n = _n_words(block)
    return n >= 25 or (n >= 8 and bool(_SENTENCE_END.search(block)))


def _normalised(block: str) -> str:
    """The block as compared for repeats: curly quotes straight, white space (no-break spaces too)
    collapsed, case folded. Chained ``replace`` calls: ``str.translate`` with a dict is ~6x slower."""
    straight = block.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(straight.split()).casefold()


def classify_blocks(text: str, blocks: list[tuple[int, int]], rules: tuple[Rule, ...]) -> list[dict]:
    """Decide the kind of each block.

    Returns: one dict per block with start, end, kind, rule and duplicate_of (the start offset of
    the block it repeats, or None).
    """
    texts = [text[s:e] for s, e in blocks]
    n_words = [_n_words(t) for t in texts]
    matched: list[Rule | None] = []
    for block, n in zip(texts, n_words):
        hit = None
        plain = block.replace("\u00a0", " ")  # rules are written with plain spaces
        for rule in rules:
            if rule.max_words is not None and n > rule.max_words:
                continue
            if rule.regex.fullmatch(plain):
                hit = rule
                break
        matched.append(hit)

    prose = [i for i, t in enumerate(texts) if matched[i] is None and _is_prose(t)]
    first_body = prose[0] if prose else len(texts)
    last_body = prose[-1] if prose else -1

    out = []
    headline_done = False
    seen_footer_boilerplate = False
    for i, (block, (start, end)) in enumerate(zip(texts, blocks)):
        rule = matched[i]
        if rule is not None and (
            (rule.zone == "header" and i >= first_body) or (rule.zone == "footer" and i <= last_body)
        ):
            rule = None
        if rule is not None:
            kind, rule_name = rule.kind, rule.name
            if kind == "boilerplate" and i > last_body:
                seen_footer_boilerplate = True
        elif i > last_body and seen_footer_boilerplate and not _is_prose(block):
            kind, rule_name = "boilerplate", "footer_tail"
        elif i < first_body and not headline_done and n_words[i] <= 30 and not _PERIOD_END.search(block):
            kind, rule_name = "headline", "first_title_line"
            headline_done = True
        elif (first_body < i < last_body and n_words[i] <= 12 and block[0].isupper()
              and not _TERMINAL.search(block) and not block.startswith(('"', "“"))):
            kind, rule_name = "subheading", "short_title_line"
        else:
            kind, rule_name = "body", "running_text"
        headline_done = headline_done or i >= first_body
        out.append({"start": start, "end": end, "kind": kind, "rule": rule_name, "duplicate_of": None})

    _mark_duplicates(texts, out)
    _split_inline_datelines(text, out)
    return out


def _mark_duplicates(texts: list[str], out: list[dict]) -> None:
    """Mark blocks that repeat an earlier block, or the end of an earlier caption (a caption printed twice)."""
    first_seen: dict[str, int] = {}
    captions: list[tuple[int, str]] = []
    for i, block in enumerate(texts):
        key = _normalised(block)
        original = first_seen.get(key)
        if original is None and len(key) >= 30:
            original = next((j for j, cap in captions if cap.endswith(key)), None)
        if original is not None:
            out[i]["duplicate_of"] = out[original]["start"]
            if out[original]["kind"] == "caption":
                out[i]["kind"], out[i]["rule"] = "caption", "repeats_caption"
        else:
            first_seen[key] = i
        if out[i]["kind"] == "caption":
            captions.append((i, key))


def _split_inline_datelines(text: str, out: list[dict]) -> None:
    """Split a leading "MOSCOW (Sputnik) - " off the first body block into a dateline block."""
    for i, block in enumerate(out):
        if block["kind"] != "body":
            continue
        match = _INLINE_DATELINE.match(text, block["start"], block["end"])
        if match:
            cut = match.end()
            dash_end = block["start"] + len(match.group().rstrip())
            out[i:i + 1] = [
                {"start": block["start"], "end": dash_end, "kind": "dateline", "rule": "inline_dateline",
                 "duplicate_of": None},
                {**block, "start": cut},
            ]
        return


def segment_text(text: str, rules: tuple[Rule, ...]) -> list[dict]:
    """Partition ``text`` into segments that tile it exactly.

    Returns: dicts with start, end, kind, rule and duplicate_of (the index of the segment it
    repeats, or None), in text order, whitespace segments included.

    >>> [s["kind"] for s in segment_text("Title\\n\\nBody text of eight words, said the man.\\n", load_rules())]
    ['headline', 'whitespace', 'body', 'whitespace']
    """
    blocks = classify_blocks(text, split_blocks(text), rules)
    segments: list[dict] = []
    index_at: dict[int, int] = {}
    cursor = 0
    for block in blocks:
        if block["start"] > cursor:
            segments.append({"start": cursor, "end": block["start"], "kind": "whitespace", "rule": "blank",
                             "duplicate_of": None})
        index_at[block["start"]] = len(segments)
        segments.append(dict(block))
        cursor = block["end"]
    if cursor < len(text):
        segments.append({"start": cursor, "end": len(text), "kind": "whitespace", "rule": "blank",
                         "duplicate_of": None})
    for seg in segments:
        if seg["duplicate_of"] is not None:
            seg["duplicate_of"] = index_at[seg["duplicate_of"]]
    return segments
