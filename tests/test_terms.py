"""Tests for framelens.terms: the document-term matrix, tidy term counts and group keyness."""

import re

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

import framelens
from framelens import keyness
from framelens.terms import (TermMatrix, group_keyness, keyness_each, pairwise_keyness, term_counts, term_matrix,
                             top_terms)


def outlet_groups(corpus: framelens.Corpus) -> pd.Series:
    return pd.Series(corpus.groups("outlet").to_numpy(), index=corpus.articles.article_id)


@pytest.fixture(scope="module")
def seed_tm(seeds) -> TermMatrix:
    return term_matrix(seeds)


@pytest.fixture(scope="module")
def seed_counts(seeds, seed_tm) -> pd.DataFrame:
    return term_counts(seed_tm, outlet_groups(seeds))


def write_folder(folder, texts: dict[str, tuple[str, str]]):
    """A corpus folder: article_id -> (outlet, text)."""
    (folder / "articles").mkdir(parents=True)
    rows = ["article_id,file,outlet"]
    for aid, (outlet, text) in texts.items():
        (folder / "articles" / f"{aid}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{aid},articles/{aid}.txt,{outlet}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return framelens.load_corpus(folder)


def counts_of(tm: TermMatrix, row: int = 0) -> dict[str, int]:
    dense = tm.matrix.toarray()[row]
    return {t: int(c) for t, c in zip(tm.terms, dense) if c}


# --- the matrix ------------------------------------------------------------------------------


def test_matrix_shape_dtype_and_article_order(seeds, seed_tm):
    assert sp.isspmatrix_csr(seed_tm.matrix) and seed_tm.matrix.dtype == np.int64
    assert seed_tm.matrix.shape == (len(seeds.articles), len(seed_tm.terms))
    assert list(seed_tm.articles) == list(seeds.articles.article_id)
    assert seed_tm.terms.is_unique and len(seed_tm.n) == len(seed_tm.terms)
    assert set(seed_tm.n) == {1, 2, 3}
    # The unigrams of a row sum to its word tokens.
    unigrams = np.asarray(seed_tm.matrix[:, seed_tm.n == 1].sum(axis=1)).ravel()
    assert (unigrams == seed_tm.n_tokens).all()


def test_body_only_word_tokens_match_articles_n_words(seeds):
    tm = term_matrix(seeds, kinds=("body",), ngram_range=(1, 1))
    assert tm.n_tokens.tolist() == seeds.articles.n_words.astype(int).tolist()


def test_hand_counted_fixture(tmp_path):
    (tmp_path / "a.txt").write_text("Kyiv said. Kiev said Kyiv.\n\nThe war, the war - Kyiv said!\n", encoding="utf-8")
    tm = term_matrix(framelens.load_corpus(tmp_path / "a.txt"))
    got = counts_of(tm)
    assert {t: c for t, c in got.items() if " " not in t} == {"kyiv": 3, "said": 3, "kiev": 1, "the": 2, "war": 2}
    bigrams = {t: c for t, c in got.items() if t.count(" ") == 1}
    # No "said kiev": the full stop ends a sentence. Punctuation is dropped inside a sentence.
    assert bigrams == {"kyiv said": 2, "kiev said": 1, "said kyiv": 1, "the war": 2, "war the": 1, "war kyiv": 1}
    trigrams = {t: c for t, c in got.items() if t.count(" ") == 2}
    assert trigrams == {"kiev said kyiv": 1, "the war the": 1, "war the war": 1, "the war kyiv": 1, "war kyiv said": 1}
    assert not any(re.search(r"[^\w\s']", t) for t in got)
    assert tm.n_tokens.tolist() == [11]
    assert dict(zip(tm.terms, tm.n))["the war kyiv"] == 3


def test_form_and_ngram_range(tmp_path):
    (tmp_path / "a.txt").write_text("Kyiv said. Kiev said Kyiv.\n", encoding="utf-8")
    tm = term_matrix(framelens.load_corpus(tmp_path / "a.txt"), form="token", ngram_range=(2, 2))
    assert list(tm.terms) == ["Kiev said", "Kyiv said", "said Kyiv"]
    with pytest.raises(ValueError, match="form"):
        term_matrix(framelens.load_corpus(tmp_path / "a.txt"), form="text")


def test_duplicated_segments_do_not_count(seeds):
    from framelens.segments import KINDS
    tm = term_matrix(seeds, kinds=KINDS, ngram_range=(1, 1))
    row = list(tm.articles).index("sputnik-2022-10-12")
    segs = seeds.segments[seeds.segments.article_id == "sputnik-2022-10-12"]
    dup = segs.is_duplicate.astype(bool)
    in_dup = sum(len(re.findall(r"\bgestures\b", t, flags=re.I)) for t in segs.text[dup])
    in_kept = sum(len(re.findall(r"\bgestures\b", t, flags=re.I)) for t in segs.text[~dup])
    assert in_dup > 0 and in_kept > 0
    assert counts_of(tm, row)["gestures"] == in_kept


# --- the seeds: spellings and boilerplate ----------------------------------------------------


@pytest.mark.parametrize("outlet, word", [("Sputnik", "kiev"), ("Press TV", "kiev"),
                                          ("WatchOut News", "kiev"), ("The Trends Journal", "kyiv")])
def test_spelling_counts_match_body_text(seeds, outlet, word):
    tm = term_matrix(seeds, kinds=("body",))
    counts = term_counts(tm, outlet_groups(seeds))
    got = counts.loc[(counts.group == outlet) & (counts.term == word), "count"].sum()
    ids = seeds.articles.loc[seeds.articles.outlet == outlet, "article_id"]
    body = seeds.segments[seeds.segments.article_id.isin(ids) & (seeds.segments.kind == "body")
                          & ~seeds.segments.is_duplicate.astype(bool)]
    expected = sum(len(re.findall(rf"\b{word}\b", text, flags=re.IGNORECASE)) for text in body.text)
    assert expected > 0 and got == expected


@pytest.mark.parametrize("word", ["subscribe", "roku", "gestures", "trendpost"])
def test_captions_and_boilerplate_words_have_zero_count(seeds, seed_tm, seed_counts, word):
    assert word in set(seeds.tokens.lower.astype(str))  # the word is in the raw text
    assert word not in set(seed_counts.term)
    assert word not in set(seed_tm.terms)


# --- tidy counts and the display filter --------------------------------------------------------


def test_term_counts_columns_and_rates(seed_counts):
    assert list(seed_counts.columns) == ["group", "term", "n", "count", "n_tokens", "rate_per_10k", "doc_freq",
                                         "is_stopword_only"]
    assert seed_counts.dtypes.astype(str).tolist() == ["category", "string", "int8", "int64", "int64", "float64",
                                                       "int64", "bool"]
    assert (seed_counts["count"] > 0).all()
    assert not seed_counts.duplicated(["group", "term"]).any()
    np.testing.assert_allclose(seed_counts.rate_per_10k, seed_counts["count"] / seed_counts.n_tokens * 10_000)
    assert (seed_counts.doc_freq >= 1).all() and (seed_counts.doc_freq <= seed_counts["count"]).all()
    the = seed_counts[seed_counts.term == "the"]
    assert len(the) == 5 and the.is_stopword_only.all()
    assert seed_counts.set_index("term").loc["of the", "is_stopword_only"].all()
    assert not seed_counts.set_index("term").loc["the war", "is_stopword_only"].any()


def test_stopwords_are_filtered_only_in_top_terms(seed_counts):
    top = top_terms(seed_counts, k=5)
    assert "the" not in set(top.term) and not top.is_stopword_only.any()
    assert (top["count"] >= 2).all() and (top.n == 1).all()
    assert top.groupby("group", observed=True).size().max() <= 5
    assert top.groupby("group", observed=True)["rank"].apply(lambda r: list(r) == list(range(1, len(r) + 1))).all()
    assert "the" in set(top_terms(seed_counts, k=5, drop_stopwords=False).term)
    assert "the" in set(seed_counts.term)  # the statistics table is untouched


def test_per_article_counts_summed_by_group_equal_group_counts(seeds, seed_tm, seed_counts):
    per_article = term_counts(seed_tm)
    assert "article_id" in per_article.columns and (per_article.doc_freq == 1).all()
    groups = outlet_groups(seeds)
    summed = (per_article.assign(group=per_article.article_id.map(groups).astype(str))
              .groupby(["group", "term"])["count"].sum())
    direct = seed_counts.assign(group=seed_counts.group.astype(str)).set_index(["group", "term"])["count"]
    pd.testing.assert_series_equal(summed.sort_index(), direct.sort_index(), check_names=False)


def test_counts_of_a_group_equal_counts_of_its_concatenated_text(tmp_path):
    first = "Kyiv said the talks were over. NATO denied it.\n\nThe war goes on.\n"
    second = "Kiev said the war goes on. The talks were over.\n"
    other = "Moscow said nothing at all about the talks.\n"
    split = write_folder(tmp_path / "split", {"a1": ("A", first), "a2": ("A", second), "b": ("B", other)})
    joined = write_folder(tmp_path / "joined", {"a": ("A", first + "\n" + second), "b": ("B", other)})
    by_group = term_counts(term_matrix(split), outlet_groups(split))
    by_joined = term_counts(term_matrix(joined), outlet_groups(joined))
    columns = ["group", "term", "n", "count", "n_tokens"]
    pd.testing.assert_frame_equal(by_group[columns].assign(group=lambda d: d.group.astype(str)),
                                  by_joined[columns].assign(group=lambda d: d.group.astype(str)))
    assert by_group.loc[(by_group.group == "A") & (by_group.term == "the talks were"), "doc_freq"].item() == 2


def test_groups_must_cover_every_article(seeds, seed_tm):
    with pytest.raises(ValueError, match="no label for article"):
        term_counts(seed_tm, outlet_groups(seeds).iloc[1:])


# --- keyness -----------------------------------------------------------------------------------


def test_group_keyness_press_tv(seeds, seed_tm, seed_counts):
    table = group_keyness(seed_tm, outlet_groups(seeds), "Press TV")
    reference = keyness.keyness_table(["a", "b"], [1, 2], [2, 1])
    assert list(table.columns) == [*reference.columns, "dp_target", "is_stopword_only"]
    flags = table.set_index("term")["is_stopword_only"]
    assert flags["the"] and flags["of"] and not flags["tribunal"] and not flags["osce"]
    assert table.term.is_unique and (table.n_target + table.n_reference > 0).all()
    # Press TV is one article: its dispersion is undefined.
    assert table.dp_target.isna().all()
    unigrams = seed_counts[seed_counts.n == 1]
    users = unigrams.groupby("term", observed=True).group.unique()
    assert list(users["tribunal"]) == ["Press TV"]  # only Press TV uses it
    row = table.set_index("term").loc["tribunal"]
    assert row.n_reference == 0 and row.log_odds_z > 0
    # "osce" is shared with Sarajevo Times, so it is not Press TV's alone.
    assert set(users["osce"]) == {"Press TV", "Sarajevo Times"}
    # Totals are the word tokens of each side.
    assert table.N_target.iloc[0] == seed_tm.n_tokens[list(seed_tm.articles).index("presstv-2022-12-01")]
    assert table.N_target.iloc[0] + table.N_reference.iloc[0] == seed_tm.n_tokens.sum()


def test_swapping_target_and_reference_negates_z(seeds, seed_tm):
    groups = outlet_groups(seeds)
    ab = group_keyness(seed_tm, groups, "Press TV", reference="Sputnik").set_index("term")
    ba = group_keyness(seed_tm, groups, "Sputnik", reference="Press TV").set_index("term")
    ba = ba.loc[ab.index]
    np.testing.assert_allclose(ab.log_odds_z, -ba.log_odds_z)
    np.testing.assert_allclose(ab.g2, -ba.g2)
    assert (ab.n_target == ba.n_reference).all()


def test_dp_target_for_a_group_of_several_articles(tmp_path):
    corpus = write_folder(tmp_path / "c", {
        "a1": ("A", "Kyiv said the war goes on. Kyiv said so.\n"),
        "a2": ("A", "Kyiv said the war goes on. Peace said nothing.\n"),
        "b": ("B", "Moscow said nothing at all about the war.\n")})
    tm = term_matrix(corpus)
    table = group_keyness(tm, outlet_groups(corpus), "A").set_index("term")
    sizes = tm.n_tokens[:2]
    expected = keyness.gries_dp([[2, 1]], sizes)[0]
    assert table.loc["kyiv", "dp_target"] == pytest.approx(expected)
    assert np.isnan(table.loc["moscow", "dp_target"])  # the target never uses it
    assert table.loc["kyiv", "df_target"] == 2


def test_pairwise_keyness_one_table_per_unordered_pair(seeds, seed_tm):
    groups = outlet_groups(seeds)
    table = pairwise_keyness(seed_tm, groups)
    order = list(pd.unique(groups.to_numpy()))
    pairs = table[["target", "reference"]].drop_duplicates().astype(str)
    assert len(pairs) == 10
    assert all(order.index(a) < order.index(b) for a, b in pairs.itertuples(index=False))
    one = table[(table.target == "Press TV") & (table.reference == "Sputnik")].drop(columns=["target", "reference"])
    pd.testing.assert_frame_equal(one.reset_index(drop=True),
                                  group_keyness(seed_tm, groups, "Press TV", reference="Sputnik"))


def test_group_keyness_errors(seeds, seed_tm):
    groups = outlet_groups(seeds)
    with pytest.raises(ValueError, match="not among the groups"):
        group_keyness(seed_tm, groups, "RT")
    with pytest.raises(ValueError, match="same group"):
        group_keyness(seed_tm, groups, "Sputnik", reference="Sputnik")


def test_article_without_word_tokens(tmp_path):
    (tmp_path / "p.txt").write_text("!!! ...\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kyiv said.\n", encoding="utf-8")
    only_punct = term_matrix(framelens.load_corpus(tmp_path / "p.txt"))
    assert only_punct.matrix.shape == (1, 0) and term_counts(only_punct).empty
    tm = term_matrix(framelens.load_corpus([tmp_path / "a.txt", tmp_path / "p.txt"]))
    assert tm.n_tokens.tolist() == [2, 0] and tm.matrix[1].nnz == 0


def test_keyness_each_stacks_one_comparison_per_group(seeds, seed_tm):
    groups = seeds.group_labels("outlet")
    table = keyness_each(seed_tm, groups)
    assert list(table["target"].cat.categories) == list(groups.cat.categories)
    assert table["target"].astype(str).unique().tolist() == list(groups.cat.categories)
    assert (table["reference"] == "rest").all()
    press = table[table.target == "Press TV"].drop(columns=["target", "reference"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(press, group_keyness(seed_tm, groups, "Press TV"))
    against = keyness_each(seed_tm, groups, targets=["Press TV", "Sputnik"], reference="Sputnik")
    assert against["target"].astype(str).unique().tolist() == ["Press TV"]
    assert (against["reference"] == "Sputnik").all()


def test_keyness_each_needs_two_groups(seeds, seed_tm):
    one = pd.Series("all", index=seed_tm.articles)
    with pytest.raises(ValueError, match="at least two groups"):
        keyness_each(seed_tm, one)


def test_group_labels_follow_the_fixed_outlet_order(seeds):
    labels = seeds.group_labels("outlet")
    assert list(labels.index) == list(seeds.articles["article_id"])
    assert list(labels.cat.categories) == [o for o in seeds.outlets["outlet"] if o in set(labels)]
    assert labels["presstv-2022-12-01"] == "Press TV"
