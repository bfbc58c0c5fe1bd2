"""Similarity, shared passages, republications, mentions, coverage and statements, on the seeds and fixtures."""

import numpy as np
import pandas as pd
import pytest

import framelens
from framelens import reuse
from framelens.quotes import extract_quotes

TJ, PRESS_TV, SPUTNIK = "trendsjournal-2022-12", "presstv-2022-12-01", "sputnik-2022-10-12"

ORIGINAL = """Ministers agree new grain corridor

Foreign ministers of the three countries agreed on Tuesday to reopen the grain corridor through the
northern port, ending a blockade that had lasted since the spring.

"We have found a way to feed the region without giving up our security," the chairman of the talks
told reporters after the meeting in the old town hall.

Ships will be inspected at sea by a joint team, and insurers have promised to cover cargoes again from
next month. Farmers in the south welcomed the deal but warned that prices would stay high all winter.
"""
REPUBLISHED = """Home | World | Markets

WORLD NEWS — Republished from our partners

Foreign ministers of the three countries agreed on Tuesday to reopen the grain corridor through the
northern port, ending a blockade that had lasted since the spring.

“We have found a way to feed the region without giving up our security,” the chairman of the talks
told reporters after the meeting in the old town hall.

Ships will be inspected at sea by a joint team, and insurers have promised to cover cargoes again from
next month. Farmers in the south welcomed the deal but warned that prices would stay high all winter.

Share this article on social media. Subscribe to our newsletter for daily updates.
Copyright 2024 World Wire Partners. All rights reserved.
"""
UNRELATED = """Local team wins the cup

The home side scored twice in the last ten minutes to win the final in front of a record crowd, and
the coach said the players had earned a long holiday after a hard season.
"""


@pytest.fixture(scope="module")
def passages(seeds):
    return reuse.shared_passages(seeds)


@pytest.fixture()
def republished(tmp_path):
    for name, text in (("original", ORIGINAL), ("copy", REPUBLISHED), ("other", UNRELATED)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return framelens.load_corpus(tmp_path)


def test_similarity_matrix_is_symmetric_with_ones_on_the_diagonal(seeds):
    sims = reuse.similarity_matrix(seeds)
    assert list(sims.index) == list(seeds.articles["article_id"])
    assert np.allclose(sims.to_numpy(), sims.to_numpy().T) and np.allclose(np.diag(sims), 1.0)
    assert ((sims >= 0) & (sims <= 1)).all().all()
    order = reuse.cluster_order(sims)
    assert sorted(order) == sorted(sims.index)
    # Trends Journal and Press TV quote the same Lavrov briefing; they sit together.
    assert abs(order.index(TJ) - order.index(PRESS_TV)) == 1


def test_trends_journal_and_press_tv_share_lavrovs_quoted_sentences(seeds, passages):
    pair = passages[(passages["article_id"] == TJ) & (passages["other_article_id"] == PRESS_TV)]
    assert len(pair) >= 2
    texts = dict(zip(seeds.articles["article_id"], seeds.articles["text"]))
    for row in pair.itertuples():
        assert texts[TJ][row.start:row.end] == row.text
        assert texts[PRESS_TV][row.other_start:row.other_end] == row.other_text
    lavrov = "You are training their military on your territory, on the territories of Britain, Germany, Italy"
    hit = pair[pair["text"].str.contains(lavrov, regex=False)]
    assert len(hit) == 1
    # Press TV drops the serial comma: the passage still counts, with its own offsets.
    assert "Germany, Italy and other countries" in hit["other_text"].iloc[0]
    assert "And not just by providing weapons but also by training personnel." in hit["other_text"].iloc[0]
    # "the U.S. and NATO are not “taking part in this war.”" against "the US and NATO aren’t taking part in this war."
    assert pair["other_text"].str.contains("aren’t taking part in this war", regex=False).any()


def test_passages_table_contract(passages):
    assert list(passages.columns) == list(reuse.PASSAGES_COLUMNS)
    assert passages.dtypes.astype(str).to_dict() == {k: str(v) for k, v in reuse.PASSAGES_COLUMNS.items()}
    assert passages["passage_id"].is_unique and passages["passage_id"].tolist() == list(range(len(passages)))
    assert (passages["article_id"] != passages["other_article_id"]).all()
    assert (passages["n_words"] >= 10).all() and (passages["n_words_matched"] <= passages["n_words"]).all()


def test_small_edits_and_quote_styles_do_not_break_a_passage(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nThe minister said: “We will not sign any agreement that leaves our "
                                    "farmers without water for the whole of the dry summer season.”\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Other\n\nAs he put it, \"we won't sign any agreement that leaves our farmers "
                                    "without any water for the whole of the dry summer season\".\n", encoding="utf-8")
    found = reuse.shared_passages(framelens.load_corpus(tmp_path))
    assert len(found) == 1
    row = found.iloc[0]
    assert row["text"].startswith("We will not sign") and row["other_text"].startswith("we won't sign")
    assert row["text"].endswith("summer season") and not row["is_exact"]


def test_an_unrelated_article_shares_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNRELATED, encoding="utf-8")
    assert reuse.shared_passages(framelens.load_corpus(tmp_path)).empty


def test_a_republication_under_another_header_and_footer_is_flagged(republished):
    found = reuse.shared_passages(republished)
    table = reuse.similarity_table(republished, found)
    assert list(table.columns) == list(reuse.SIMILARITY_COLUMNS)
    flagged = table[table["is_republication"]]
    assert set(zip(flagged["article_id"], flagged["other_article_id"])) == {("copy", "original"), ("original", "copy")}
    copy = table.set_index(["article_id", "other_article_id"]).loc[("copy", "original")]
    assert copy["share_body_shared"] > 0.8 and copy["cosine"] > 0.8
    assert not table[table["article_id"].eq("other") | table["other_article_id"].eq("other")]["is_republication"].any()


def test_no_seed_article_is_a_republication_of_another(seeds, passages):
    table = reuse.similarity_table(seeds, passages)
    assert len(table) == 20 and not table["is_republication"].any()
    shared = table.set_index(["article_id", "other_article_id"])["n_body_words_shared"]
    assert shared[(TJ, PRESS_TV)] > 0 and shared[(PRESS_TV, TJ)] > 0


def test_mentions_resolve_aliases_and_point_at_the_text(seeds):
    found = reuse.mentions(seeds)
    assert list(found.columns) == list(reuse.MENTIONS_COLUMNS)
    texts = dict(zip(seeds.articles["article_id"], seeds.articles["text"]))
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in found.itertuples())
    assert not found.duplicated(["article_id", "mention_idx"]).any()
    tj = found[found["article_id"] == TJ]
    assert {"Sergey Lavrov", "Lavrov"} <= set(tj.loc[tj["entity"] == "Sergei Lavrov", "text"])
    assert set(tj.loc[tj["entity"] == "Jens Stoltenberg", "text"]) == {"Jens Stoltenberg", "Stoltenberg"}
    sarajevo = found[found["article_id"] == "sarajevotimes-2026-02"]
    assert "NATO" in set(sarajevo.loc[sarajevo["text"] == "the Alliance", "entity"])


def test_capitalised_names_merge_with_their_surname(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nThe mediator Anna Kowalczyk met both sides in Geneva. "
                                    "Later, Kowalczyk said the talks would go on.\n", encoding="utf-8")
    found = reuse.mentions(framelens.load_corpus(tmp_path))
    names = found[found["entity"] == "Anna Kowalczyk"]
    assert names["text"].tolist() == ["Anna Kowalczyk", "Kowalczyk"]
    assert (names["entity_kind"] == "name").all() and not found["text"].eq("Later").any()


def test_coverage_lists_stoltenberg_for_trends_journal_and_sputnik_not_press_tv(seeds):
    cover = reuse.coverage(reuse.mentions(seeds), seeds)
    assert list(cover.columns) == list(reuse.COVERAGE_COLUMNS)
    order = list(seeds.group_labels("outlet").cat.categories)
    matrix = reuse.coverage_matrix(cover, order)
    assert list(matrix.columns) == order
    assert matrix.loc["Jens Stoltenberg", "The Trends Journal"] > 0 and matrix.loc["Jens Stoltenberg", "Sputnik"] > 0
    assert matrix.loc["Jens Stoltenberg", "Press TV"] == 0
    assert (matrix.loc["NATO"] > 0).all()


def test_statements_shared_by_two_outlets_and_unique_ones(seeds, passages):
    found = reuse.statements(seeds, extract_quotes(seeds), passages)
    assert list(found.columns) == list(reuse.STATEMENTS_COLUMNS)
    training = found[found["text"].str.contains("training their military", regex=False)]
    assert set(training["outlet"]) == {"The Trends Journal", "Press TV"}
    assert (training["n_outlets"] == 2).all() and not training["is_unique"].any()
    reznikov = found[found["speaker"] == "Oleksii Reznikov"]
    assert len(reznikov) and reznikov["is_unique"].all() and (reznikov["n_outlets"] == 1).all()


def test_places_orgs_file_errors_name_the_row(tmp_path):
    bad = tmp_path / "places.csv"
    bad.write_text("entity,aliases,kind\nGeneva,,place\nSomething,,planet\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"places.csv, row 3: kind 'planet'"):
        reuse.load_places_orgs(str(bad))


def test_empty_corpus_parts_give_empty_typed_tables(tmp_path):
    (tmp_path / "a.txt").write_text("Only one article here, with a few words.\n", encoding="utf-8")
    corpus = framelens.load_corpus(tmp_path)
    found = reuse.shared_passages(corpus)
    assert found.empty and found.dtypes.astype(str).to_dict() == {k: str(v) for k, v in reuse.PASSAGES_COLUMNS.items()}
    assert reuse.similarity_table(corpus, found).empty
    assert isinstance(reuse.cluster_order(reuse.similarity_matrix(corpus)), list)
    assert pd.api.types.is_integer_dtype(reuse.mentions(corpus)["start"])
