"""framelens.scale: the per-article pipeline on a Dask cluster, and term counts that combine as sums."""

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

import framelens
from framelens import scale, terms
from framelens.tables import TABLE_NAMES

from conftest import CORPUS

TABLES = (*TABLE_NAMES, "outlets")


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


def test_dask_tables_equal_load_corpus(client, seeds):
    on_dask = scale.load_corpus_dask(CORPUS, client, partitions=3)
    assert len(client.scheduler_info()["workers"]) == 2
    for name in TABLES:
        pd.testing.assert_frame_equal(on_dask.table(name), seeds.table(name), obj=name)
    assert len(on_dask.articles) == len(seeds.articles) > 0


def test_dask_keeps_problems_of_bad_files(client, tmp_path):
    (tmp_path / "a.txt").write_text("Talks resume\n\nDelegates met on Monday, the envoy said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary\x00")
    on_dask = scale.load_corpus_dask(tmp_path, client)
    local = framelens.load_corpus(tmp_path)
    for name in TABLES:
        pd.testing.assert_frame_equal(on_dask.table(name), local.table(name), obj=name)
    assert set(on_dask.problems["code"]) >= {"empty_file"}


def test_dask_table_corpus_equals_load_corpus(client, tmp_path):
    table = tmp_path / "articles.csv"
    pd.DataFrame({"id": ["x1", "x2", "x3"], "source": ["A", "B", "A"],
                  "body": ["Talks resume.\n\nDelegates met on Monday, the envoy said.",
                           "“We are ready,” Lavrov said. The talks went on.", ""]}).to_csv(table, index=False)
    options = dict(text_column="body", id_column="id", outlet_column="source")
    on_dask = scale.load_corpus_dask(table, client, **options)
    local = framelens.load_corpus(table, **options)
    for name in TABLES:
        pd.testing.assert_frame_equal(on_dask.table(name), local.table(name), obj=name)
    assert on_dask.articles["article_id"].tolist() == ["x1", "x2"]


def _part(tm: terms.TermMatrix, rows: slice) -> terms.TermMatrix:
    return replace(tm, matrix=tm.matrix[rows], articles=tm.articles[rows], n_tokens=tm.n_tokens[rows])


@pytest.mark.parametrize("n", [1, 2])
def test_counts_of_halves_sum_to_the_whole_and_give_its_keyness(seeds, n):
    tm = terms.term_matrix(seeds)
    ids = seeds.articles["article_id"].astype(str)
    # two groups that each have articles in both halves, so that the sums really add up
    groups = pd.Series(pd.Categorical(["a", "b"] * (len(ids) // 2) + ["a"] * (len(ids) % 2), categories=["a", "b"]),
                       index=pd.Index(ids, name="article_id"))
    half = len(ids) // 2 + 1
    parts = [terms.term_counts(_part(tm, slice(None, half)), groups),
             terms.term_counts(_part(tm, slice(half, None)), groups)]
    assert all(set(p["group"]) == {"a", "b"} for p in parts)

    whole = terms.term_counts(tm, groups)
    combined = scale.combine_counts(parts)
    pd.testing.assert_frame_equal(combined, whole)

    reduced = scale.keyness_from_counts(combined, n=n)
    direct = terms.keyness_each(tm, groups, n=n)
    assert reduced["dp_target"].isna().all()
    pd.testing.assert_frame_equal(reduced.drop(columns="dp_target"), direct.drop(columns="dp_target"))
    # and against one reference group
    pd.testing.assert_frame_equal(
        scale.keyness_from_counts(combined, reference="b", n=n).drop(columns="dp_target"),
        terms.keyness_each(tm, groups, reference="b", n=n).drop(columns="dp_target"))
    with pytest.raises(ValueError, match="not among the groups"):
        scale.keyness_from_counts(combined, reference="c", n=n)


def test_combine_counts_needs_grouped_tables(seeds):
    per_article = terms.term_counts(terms.term_matrix(seeds))
    with pytest.raises(ValueError, match="group"):
        scale.combine_counts([per_article])
    with pytest.raises(ValueError, match="at least one"):
        scale.combine_counts([])
    assert np.all(per_article["count"] > 0)
