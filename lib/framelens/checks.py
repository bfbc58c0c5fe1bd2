"""Checks on a decoded text that find what a reader of the analysis should know about.

Each check returns problem dicts (severity, code, message, start, end); the loader adds the
article id, the file and the line number.
"""

from __future__ import annotations

import re

# A lower-case word with digits or punctuation spliced into it: "milit,01a,ry".
CORRUPTED_TOKEN = re.compile(r"(?<![\w,.;:])[a-z]{2,}(?:[,.;:]\w*\d\w*[,.;:]|\d+)[a-z]{2,}(?![\w])")
# What every such word holds: a letter with a digit right after it, or after one of , . ; :. Far
# cheaper to look for, so most texts skip CORRUPTED_TOKEN's backtracking over every word.
_SPLICE_CLUE = re.compile(r"[a-z](?:\d|[,.;:]\w*\d)")
# Typical UTF-8 read as Windows-1252: â€™ for ’, Ã© for é.
MOJIBAKE = re.compile(r"â€[™œ\u009d“”˜¦\u0080-\u00bf]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")
_QUOTE_MARK = re.compile(r'[“”"]')
_CONTENT_KINDS = frozenset({"headline", "subheading", "body", "commentary", "caption"})
_PROSE_KINDS = frozenset({"body", "commentary"})


def _excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    left = max(0, start - width)
    return " ".join(text[left:end + width].split())


def spliced_words(text: str) -> list[dict]:
    """Find words that look corrupted by spliced digits or commas.

    >>> [p["excerpt"] for p in spliced_words("not just a milit,01a,ry alliance")]
    ['milit,01a,ry']
    """
    if not _SPLICE_CLUE.search(text):
        return []
    return [
        {"severity": "warning", "code": "corrupted_token", "start": m.start(), "end": m.end(),
         "excerpt": m.group(),
         "message": f"the word {m.group()!r} has digits or punctuation spliced into it; it is tokenized as written"}
        for m in CORRUPTED_TOKEN.finditer(text)
    ]


def mojibake(text: str) -> list[dict]:
    """Find character sequences typical of UTF-8 text that was once decoded as Windows-1252."""
    hits = list(MOJIBAKE.finditer(text))
    if not hits:
        return []
    first = hits[0]
    return [{"severity": "warning", "code": "mojibake", "start": first.start(), "end": first.end(),
             "excerpt": _excerpt(text, first.start(), first.end()),
             "message": f"{len(hits)} sequence(s) such as {first.group()!r} look like UTF-8 text that was "
                        "decoded as Windows-1252 before it was saved; the text is kept as written"}]


def _straight_opens(text: str, offset: int, start: int, end: int) -> bool:
    """A straight quote opens when it follows white space or an opening bracket and precedes a non-space."""
    before = text[offset - 1] if offset > start else " "
    after = text[offset + 1] if offset + 1 < end else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def quote_balance(text: str, segments: list[dict]) -> list[dict]:
    """Follow quotation marks through the paragraphs and report where they do not pair up.

    A quotation left open at the end of a running-text paragraph and closed in a later one is
    the convention for quotes over several paragraphs (with or without a repeated opening mark);
    it is reported once as ``info``. A closing mark with no open quotation, or a quotation that
    is never closed, is a ``warning``. Headlines and captions are checked on their own.

    >>> [p["severity"] for p in quote_balance("“One.\\n\\nTwo.”", [
    ...     {"kind": "body", "start": 0, "end": 5}, {"kind": "body", "start": 7, "end": 12}])]
    ['info']
    """
    out = []
    open_at: int | None = None      # offset of the mark that opened the current quotation
    opened_in: int | None = None    # index of the segment where it was opened
    previous_prose = False

    def report(severity: str, pos: int, message: str) -> None:
        out.append({"severity": severity, "code": "unbalanced_quote", "start": pos, "end": pos + 1,
                    "excerpt": _excerpt(text, pos, pos + 1), "message": message})

    for idx, seg in enumerate(segments):
        if seg["kind"] not in _CONTENT_KINDS:
            continue
        prose = seg["kind"] in _PROSE_KINDS
        if open_at is not None and not (prose and previous_prose):
            report("warning", open_at, "a quotation mark opens a quotation that is never closed")
            open_at = None
        for offset, mark in ((m.start(), m.group()) for m in _QUOTE_MARK.finditer(text, seg["start"], seg["end"])):
            opening = mark == "“" or (mark == '"' and _straight_opens(text, offset, seg["start"], seg["end"]))
            if opening:
                if open_at is not None and opened_in == idx:
                    report("warning", open_at, "a quotation mark opens a quotation that is never closed")
                # in a later paragraph an opening mark repeats the open quotation's mark: keep the first
                if open_at is None or opened_in == idx:
                    open_at, opened_in = offset, idx
            elif open_at is None:
                report("warning", offset, "a closing quotation mark has no opening mark before it")
            else:
                if opened_in != idx:
                    n_paragraphs = sum(1 for s in segments[opened_in:idx + 1] if s["kind"] in _PROSE_KINDS)
                    report("info", open_at, f"a quotation runs over {n_paragraphs} paragraphs and is closed only "
                           "in the last one, as is usual for long quotes")
                open_at = opened_in = None
        if open_at is not None and not prose:
            report("warning", open_at, "a quotation mark opens a quotation that is never closed")
            open_at = None
        previous_prose = prose
    if open_at is not None:
        report("warning", open_at, "a quotation mark opens a quotation that is never closed")
    return out


def truncated_paragraphs(text: str, segments: list[dict]) -> list[dict]:
    """Report running-text paragraphs that stop in the middle of a word or sentence.

    >>> truncated_paragraphs("They will not be accepted by us and we will condem", [{"kind": "body", "start": 0, "end": 50}])[0]["code"]
    'truncated_text'
    """
    out = []
    for seg in segments:
        if seg["kind"] not in _PROSE_KINDS:
            continue
        para = text[seg["start"]:seg["end"]]
        if len(para.split()) >= 10 and para[-1].isalpha():
            end = seg["end"]
            out.append({"severity": "warning", "code": "truncated_text", "start": max(seg["start"], end - 20),
                        "end": end, "excerpt": _excerpt(text, end - 1, end),
                        "message": "the paragraph stops without final punctuation, mid-sentence; "
                                   "text may have been cut when the page was copied"})
    return out


def duplicated_lines(text: str, segments: list[dict]) -> list[dict]:
    """Report segments that repeat an earlier one (a caption printed twice, a pasted paragraph)."""
    out = []
    for idx, seg in enumerate(segments):
        if seg["duplicate_of"] is None:
            continue
        original = segments[seg["duplicate_of"]]
        out.append({"severity": "info", "code": "duplicated_line", "start": seg["start"], "end": seg["end"],
                    "excerpt": _excerpt(text, seg["start"], min(seg["end"], seg["start"] + 40), 0),
                    "message": f"segment {idx} ({seg['kind']}) repeats segment {seg['duplicate_of']} "
                               f"({original['kind']}); it is kept, marked is_duplicate, and left out of word counts"})
    return out


def text_problems(text: str, segments: list[dict]) -> list[dict]:
    """Run every text check; return their problems in text order."""
    found = (spliced_words(text) + mojibake(text) + quote_balance(text, segments)
             + truncated_paragraphs(text, segments) + duplicated_lines(text, segments))
    return sorted(found, key=lambda p: (p["start"], p["code"]))
