"""kwic, collocations and dispersion on the seed corpus and on small hand-made fixtures."""

import re
from pathlib import Path

import pandas as pd
import pytest
from nltk.metrics.association import BigramAssocMeasures

import framelens
from framelens.kwic import collocations, dispersion, kwic
from framelens.textunits import match_form

CORPUS = Path(__file__).parents[1] / "corpus"
KWIC_DTYPES = {"article_id": "string", "outlet": "string", "sentence_idx": "int32", "start": "int64",
               "end": "int64", "left": "string", "match": "string", "right": "string"}


@pytest.fixture(scope="module")
def corpus():
    return framelens.load_corpus(CORPUS)


def _text(corpus, article_id):
    return corpus.articles.set_index("article_id").loc[article_id, "text"]


def _fixture(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return framelens.load_corpus(tmp_path)


def test_kiev_offsets_point_at_the_raw_text_and_count_matches_body_regex(corpus):
    got = kwic(corpus, "Kiev")
    assert dict(got.dtypes.astype(str)) == {c: str(pd.Series([], dtype=d).dtype) for c, d in KWIC_DTYPES.items()}
    assert set(got["outlet"]) == {"Sputnik", "Press TV", "WatchOut News"}
    for row in got.itertuples():
        assert _text(corpus, row.article_id)[row.start:row.end] == "Kiev" == row.match
    body = corpus.segments[corpus.segments["kind"] == "body"]
    expected = sum(len(re.findall(r"\bKiev\b", seg)) for seg in body["text"])
    assert len(got) == expected == 6
    # corpus order: articles as loaded, then by offset
    order = {aid: i for i, aid in enumerate(corpus.articles["article_id"])}
    keys = list(zip(got["article_id"].map(order), got["start"]))
    assert keys == sorted(keys)


def test_kyiv_only_in_the_trends_journal(corpus):
    got = kwic(corpus, "Kyiv")
    assert len(got) >= 1 and set(got["outlet"]) == {"The Trends Journal"}


def test_context_is_from_the_same_segment_with_collapsed_whitespace(corpus):
    got = kwic(corpus, "Kiev", width=20)
    assert (got["left"].str.len() <= 20).all() and (got["right"].str.len() <= 20).all()
    assert not got["left"].str.contains(r"\s\s|\n").any()
    first = got[got["outlet"] == "WatchOut News"].iloc[0]
    assert first["left"] == ""  # "Kiev" opens its paragraph; nothing from the paragraph before
    row = got.iloc[0]
    sentence = corpus.sentences.set_index(["article_id", "sentence_idx"]).loc[(row.article_id, row.sentence_idx)]
    assert sentence["start"] <= row.start < sentence["end"]


def test_phrase_across_a_non_breaking_space(corpus):
    raw = _text(corpus, "trendsjournal-2022-12")
    assert "The\xa0Trends Journal" in raw  # in a TRENDPOST commentary paragraph
    got = kwic(corpus, "The Trends Journal")
    assert len(got) == 1  # the body mention; the other two are in commentary segments
    assert raw[got.iloc[0].start - 1] == "\xa0"  # "what\xa0The Trends Journal\xa0has"
    wider = kwic(corpus, "The Trends Journal", kinds=("body", "commentary"))
    assert len(wider) == 3
    assert "The\xa0Trends Journal" in wider["match"].tolist()
    for row in wider.itertuples():
        assert raw[row.start:row.end] == row.match


def test_straight_apostrophe_matches_curly(corpus):
    got = kwic(corpus, "Russia's")
    assert len(got) > 0
    assert (got["match"].map(match_form) == "russia's").all()
    assert got["match"].str.contains("’").any()
    assert len(kwic(corpus, "Russia’s")) == len(got)


def test_literal_queries_match_whole_tokens_only(tmp_path):
    small = _fixture(tmp_path, "Pro-Russia groups met. Russia's envoy and\xa0RUSSIA’S army met in Russian towns.\n")
    assert kwic(small, "russia")["match"].tolist() == ["Russia", "RUSSIA"]
    assert kwic(small, "Russia's")["match"].tolist() == ["Russia's", "RUSSIA’S"]
    assert kwic(small, "envoy  and\nRUSSIA’s")["match"].tolist() == ["envoy and\xa0RUSSIA’S"]


def test_regex_query(corpus):
    got = kwic(corpus, r"\bmilitary (operation|campaign)\b", regex=True)
    assert sorted(got["match"].str.lower()) == ["military campaign", "military operation"]
    for row in got.itertuples():
        assert _text(corpus, row.article_id)[row.start:row.end] == row.match


def test_bad_regex_names_the_query(corpus):
    with pytest.raises(ValueError, match=re.escape("'military (operation'")):
        kwic(corpus, "military (operation", regex=True)
    with pytest.raises(ValueError, match="unknown segment kind"):
        kwic(corpus, "Kiev", kinds=("bodytext",))


def test_captions_are_excluded_unless_asked_for(corpus):
    assert kwic(corpus, "gestures").empty
    got = kwic(corpus, "gestures", kinds=("headline", "subheading", "body", "caption"))
    assert len(got) == 2 and set(got["outlet"]) == {"Sputnik"}


def test_no_match_gives_an_empty_typed_frame(corpus):
    got = kwic(corpus, "zzyzx")
    assert got.empty and list(got.columns) == list(KWIC_DTYPES)


# --- collocations -------------------------------------------------------------------------

FIXTURE = ("Lavrov said the talks failed. Lavrov said again that NATO was at war. Reporters said nothing. "
           "Diplomats met Lavrov. Critics said little.\n")


def test_collocation_counts_by_hand(tmp_path):
    small = _fixture(tmp_path, FIXTURE)
    got = collocations(small, "Lavrov", window=2, min_count=1).set_index("collocate")
    # Spans (±2 word tokens, same sentence): said the | said again | diplomats met.
    # "the", "again" are stopwords; "said" in "Critics said little" is 2 words after the third
    # Lavrov but in the next sentence, so it does not count.
    assert sorted(got.index) == ["diplomats", "met", "said"]
    said = got.loc["said"]
    assert (said["n_together"], said["n_collocate"]) == (2, 4)
    assert (said["n_term"], said["n_window"], said["n_words"]) == (3, 6, 19)  # 22 words minus the 3 Lavrovs
    assert list(collocations(small, "lavrov", window=2)["collocate"]) == ["said"]  # min_count=2


@pytest.mark.parametrize("measure", ["pmi", "likelihood_ratio", "student_t"])
def test_scores_equal_nltk_on_the_same_counts(tmp_path, measure):
    small = _fixture(tmp_path, FIXTURE)
    row = collocations(small, "lavrov", window=2, min_count=1, measure=measure).set_index("collocate").loc["said"]
    expected = getattr(BigramAssocMeasures, measure)(2, (6, 4), 19)
    assert row["score"] == pytest.approx(expected, rel=1e-12)
    assert row["measure"] == measure


def test_said_is_a_top_collocate_of_lavrov_in_the_seeds(corpus):
    got = collocations(corpus, "lavrov")
    assert list(got.columns[:6]) == ["term", "collocate", "n_together", "n_collocate", "score", "measure"]
    assert dict(got.dtypes.astype(str).iloc[:6]) == {"term": "string", "collocate": "string", "n_together": "int64",
                                                    "n_collocate": "int64", "score": "float64", "measure": "string"}
    assert "said" in got["collocate"].head(3).tolist()
    assert got["score"].is_monotonic_decreasing
    assert (got["n_together"] >= 2).all() and (got["n_together"] <= got["n_collocate"]).all()
    stop = set(corpus.tokens.loc[corpus.tokens["is_stop"], "lower"].astype(str))
    assert not set(got["collocate"]) & stop
    assert got["collocate"].str.contains(r"[^\W\d_]").all()


def test_collocations_reject_unknown_measure(corpus):
    with pytest.raises(ValueError, match="unknown measure 'dice_roll'"):
        collocations(corpus, "lavrov", measure="dice_roll")


# --- dispersion ---------------------------------------------------------------------------

def test_dispersion_positions(corpus):
    got = dispersion(corpus, "Lavrov")
    assert len(got) > 0 and list(got.columns) == ["article_id", "outlet", "token_idx", "position", "start", "end"]
    assert got["position"].between(0, 1).all()
    for _, rows in got.groupby("article_id"):
        assert rows["position"].is_monotonic_increasing and rows["position"].is_unique
    for row in got.itertuples():
        assert match_form(_text(corpus, row.article_id)[row.start:row.end]) == "lavrov"
    assert len(got) == len(kwic(corpus, "Lavrov"))


def test_dispersion_position_is_rank_over_word_count(tmp_path):
    small = _fixture(tmp_path, FIXTURE)
    got = dispersion(small, "lavrov")
    # word ranks 0, 5 and 18 of 22 word tokens (punctuation does not count)
    assert got["position"].tolist() == pytest.approx([0 / 22, 5 / 22, 18 / 22])
