"""Property tests: segments, sentences and tokens keep their span invariants on any text or bytes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framelens.corpus import Settings, analyse_text, load_corpus
from framelens.encoding import _looks_binary, decode_bytes

SETTINGS = Settings.default()
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of raw news text, including the noise the loader has to survive.
PIECES = [
    "NATO", "Lavrov", "said", "the", "war", "in", "Ukraine", "is", "directly", "involved", "Russia’s",
    "don't", "won’t", "self-defense", "U.S.", "U.S", "Rep.", "Gen.", "Mr.", "Inc.", "e.g.", "J.", "A.B.",
    "“", "”", '"', "'", "’", "‘", "«", "»", "(", ")", "[", "]", ".", ",", ";", ":", "!", "?", "...", "…",
    "-", "--", "–", "—", "\u00a0", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "©", "©2022",
    "TRENDPOST:", "MOSCOW (Sputnik) - ", "KYIV, Ukraine — ", "Photo: Reuters", "Read more:",
    "20,000", "3.5", "2022", "12", "0", ",", "https://example.com/a.b?c=1.", "www.presstv.ir", "a@b.co",
    "#NATO", "@sputnik", "milit,01a,ry", "Ã©", "â€™", "\ufeff", "\u200b", "\u2028", "\x0c", "é", "İ", "ß",
    "The", "He", "Share this article", "SUBSCRIBE",
]
news_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60
).map("".join)
# Article-shaped text: a title line, paragraphs of sentences (some opening with a dateline), and
# footer noise, joined by LF, CRLF or blank lines, so that the body, dateline and boilerplate
# rules actually fire.
WORDS = ["NATO", "Lavrov", "said", "the", "war", "in", "Ukraine", "is", "directly", "involved", "Russia’s",
         "U.S.", "Rep.", "Gen.", "Inc.", "J.", "“fight”", '"proxy"', "don't", "20,000", "3.5", "weapons",
         "allies", "Kremlin", "…", "--", "\u00a0", "said:", "(AP)", "Stoltenberg"]
sentence = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    st.sampled_from([".", "!", "?", "...", "…", ".”", '."', "?’", "", ":"]),
)
paragraph = st.builds(
    lambda dateline, sentences: dateline + " ".join(sentences),
    st.sampled_from(["", "", "MOSCOW (Sputnik) - ", "KYIV, Ukraine — ", "WASHINGTON -- ", "TEHRAN\u00a0- "]),
    st.lists(sentence, min_size=1, max_size=5),
)
article_text = st.builds(
    lambda title, paras, sep, tail: title + sep + sep.join(paras) + tail,
    st.sampled_from(["", "Lavrov: US at war with Russia", "TRENDPOST: NATO", "  Headline  "]),
    st.lists(st.one_of(paragraph, st.sampled_from(PIECES)), min_size=1, max_size=8),
    st.sampled_from(["\n\n", "\r\n\r\n", "\n", "\r\n", "\n \n", "\n\n\n"]),
    st.sampled_from(["", "\n", "\n\n© 2022 Sputnik\n", "\r\n\r\nShare this article\r\n", "\n\nTRENDPOST: more."]),
)
any_text = st.one_of(st.text(), news_text, article_text)


def check_units(text: str, segments, sentences, starts, ends, strings, token_sentence) -> None:
    """Assert every span invariant of one analysed text."""
    # segments tile the text exactly
    if text:
        assert segments[0]["start"] == 0
        assert segments[-1]["end"] == len(text)
    else:
        assert segments == []
    for before, after in zip(segments, segments[1:]):
        assert after["start"] == before["end"]
    for seg in segments:
        assert seg["end"] > seg["start"]
        piece = text[seg["start"]:seg["end"]]
        if seg["kind"] == "whitespace":
            assert piece.isspace()
        else:
            assert not piece.isspace()

    # sentences: non-empty, trimmed, inside one non-whitespace segment, in order, not overlapping
    previous_end = 0
    for seg_idx, start, end in sentences:
        seg = segments[seg_idx]
        assert seg["kind"] != "whitespace"
        assert seg["start"] <= start < end <= seg["end"]
        sentence = text[start:end]
        assert sentence and sentence == sentence.strip(), repr(sentence)
        assert start >= previous_end
        previous_end = end
    # every non-space character of a text segment is in a sentence
    covered = np.zeros(len(text), dtype=bool)
    for _, start, end in sentences:
        covered[start:end] = True
    for seg in segments:
        if seg["kind"] != "whitespace":
            for i in range(seg["start"], seg["end"]):
                assert covered[i] or text[i].isspace(), (i, text[i])

    # tokens: non-empty, increasing, not overlapping, no white space, slice back
    assert len(starts) == len(ends) == len(strings) == len(token_sentence)
    previous_end = 0
    for s, e, token in zip(starts.tolist(), ends.tolist(), strings):
        assert e > s >= previous_end
        assert text[s:e] == token
        assert not any(ch.isspace() for ch in token), repr(token)
        previous_end = e
    # and every token lies inside the sentence it is assigned to
    for s, e, idx in zip(starts.tolist(), ends.tolist(), token_sentence.tolist()):
        assert 0 <= idx < len(sentences)
        _, sent_start, sent_end = sentences[idx]
        assert sent_start <= s and e <= sent_end


@FAST
@given(any_text)
def test_analyse_text_keeps_span_invariants(text):
    segments, sentences, starts, ends, strings, token_sentence, problems = analyse_text(text, SETTINGS)
    check_units(text, segments, sentences, starts, ends, strings, token_sentence)
    for problem in problems:
        assert 0 <= problem["start"] <= problem["end"] <= len(text)
        assert problem["severity"] in ("error", "warning", "info")


@FAST
@given(st.one_of(news_text, article_text))
def test_crlf_gives_the_same_units_as_lf(text):
    """Converting LF to CRLF changes offsets but not what the segments, sentences and tokens say."""
    lf = text.replace("\r", "")
    crlf = lf.replace("\n", "\r\n")
    a = analyse_text(lf, SETTINGS)
    b = analyse_text(crlf, SETTINGS)
    check_units(crlf, *b[:6])
    assert [s["kind"] for s in a[0]] == [s["kind"] for s in b[0]]
    assert [lf[s:e].replace("\n", "\r\n") for _, s, e in a[1]] == [crlf[s:e] for _, s, e in b[1]]
    assert a[4] == b[4]


@FAST
@given(st.text())
def test_utf8_bytes_decode_back_to_the_text(text):
    """Valid UTF-8 comes back unchanged, or as empty_file when it holds only white space."""
    data = text.encode("utf-8")
    decoded = decode_bytes(data)
    if "\x00" in text or _looks_binary(data):  # NUL and control bytes are evidence of binary data
        assert decoded.text is None or "\x00" in text
        return
    if text.startswith("\ufeff"):  # the UTF-8 byte-order mark is read as a mark, not as text
        text, encoding = text[1:], "utf-8-sig"
    else:
        encoding = "utf-8"
    if not text.strip():
        assert decoded.text is None and [p[1] for p in decoded.problems] == ["empty_file"]
    else:
        assert (decoded.text, decoded.encoding, decoded.problems) == (text, encoding, [])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("properties")


def _check_corpus(corpus, raw: bytes) -> None:
    assert "internal_error" not in corpus.problems["code"].tolist()
    if corpus.articles.empty:
        assert set(corpus.problems["code"]) & {"empty_file", "binary_file"}
        return
    assert len(corpus.articles) == 1
    text = corpus.articles["text"].iloc[0]
    text = "" if pd.isna(text) else text
    segs = corpus.segments.sort_values("segment_idx")
    segments = [{"start": r.start, "end": r.end, "kind": r.kind} for r in segs.itertuples()]
    sentences = [(r.segment_idx, r.start, r.end) for r in corpus.sentences.itertuples()]
    tokens = corpus.tokens
    check_units(text, segments, sentences, tokens["start"].to_numpy(), tokens["end"].to_numpy(),
                tokens["token"].astype(str).tolist(), tokens["sentence_idx"].to_numpy())
    assert (segs["text"] == [text[s["start"]:s["end"]] for s in segments]).all()
    assert corpus.sentences["text"].tolist() == [text[s:e] for _, s, e in sentences]


@FAST
@given(st.one_of(st.binary(), news_text.map(lambda t: t.encode("utf-8")), article_text.map(str.encode),
                 news_text.map(lambda t: t.encode("utf-16")),
                 news_text.map(lambda t: t.encode("cp1252", errors="ignore"))))
def test_load_corpus_survives_any_bytes(scratch, raw):
    path = scratch / "article.txt"
    path.write_bytes(raw)
    corpus = load_corpus(path)
    assert path.read_bytes() == raw
    _check_corpus(corpus, raw)
