"""Keyness statistics: reference values from the literature, hand-worked examples, symmetry and errors."""

import math
import warnings

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from scipy.stats import false_discovery_control

from framelens.keyness import (
    bh_adjust,
    dp_norm,
    g2_four_cell,
    gries_dp,
    informative_prior,
    keyness_table,
    log_odds_dirichlet,
    log_ratio,
    signed_g2,
)

# --- Log-odds (Monroe, Colaresi & Quinn 2008) ----------------------------------------

Y_T = [1, 5, 1, 9]
Y_R = [100, 510, 100, 199]
ALPHA = [0.01] * 4


def test_log_odds_reference_values_four_term():
    got = log_odds_dirichlet(Y_T, Y_R, ALPHA)
    assert list(got.columns) == ["delta", "variance", "z"]
    assert (got.dtypes == "float64").all()
    np.testing.assert_allclose(got["delta"], [-0.6095321, -1.0345766, -0.6095321, 1.5201005], atol=1e-6)
    np.testing.assert_allclose(got["z"], [-0.5898449, -1.9056841, -0.5898449, 2.9830643], atol=1e-6)


def test_log_odds_reference_values_two_term():
    got = log_odds_dirichlet(Y_T, Y_R, ALPHA, variance="two_term")
    np.testing.assert_allclose(got["delta"], [-0.6095321, -1.0345766, -0.6095321, 1.5201005], atol=1e-6)
    np.testing.assert_allclose(got["z"], [-0.6095022, -2.3044051, -0.6095022, 4.4629252], atol=1e-6)


def test_log_odds_alpha0_is_the_prior_summed_over_the_vocabulary():
    # Term 3 by hand: α0 = 4 × 0.01 = 0.04, n_t = 16, n_r = 909.
    delta = math.log(9.01 / (16 + 0.04 - 9.01)) - math.log(199.01 / (909 + 0.04 - 199.01))
    var = 1 / 9.01 + 1 / (16.04 - 9.01) + 1 / 199.01 + 1 / (909.04 - 199.01)
    got = log_odds_dirichlet(Y_T, Y_R, ALPHA).iloc[3]
    assert got["delta"] == pytest.approx(delta, rel=1e-12)
    assert got["variance"] == pytest.approx(var, rel=1e-12)


def test_log_odds_rejects_unknown_variance():
    with pytest.raises(ValueError, match="variance must be one of"):
        log_odds_dirichlet(Y_T, Y_R, ALPHA, variance="three_term")


def test_log_odds_rejects_zero_prior():
    with pytest.raises(ValueError, match="alpha must be > 0.*position 2"):
        log_odds_dirichlet(Y_T, Y_R, [0.01, 0.01, 0.0, 0.01])


def test_informative_prior_scales_pooled_counts_to_alpha0():
    prior = informative_prior([2, 6, 0, 12], 100.0)
    np.testing.assert_allclose(prior, [10.0, 30.0, 0.0, 60.0])
    assert prior.sum() == pytest.approx(100.0)
    with pytest.raises(ValueError, match="alpha0 must be a positive"):
        informative_prior([1, 2], 0)
    with pytest.raises(ValueError, match="sum to zero"):
        informative_prior([0, 0], 10.0)


# --- Dunning's G² ------------------------------------------------------------------------

G2_REFERENCE = [
    ((1, 0, 0, 1), 2.772589),
    ((10, 0, 0, 10), 27.72589),
    ((5, 1995, 0, 100000), 39.33052),
    ((1000, 1995, 1000, 100000), 4730.737),
    ((1000, 1000, 1000, 100000), 5734.343),
    ((1000, 1000, 1000, 99000), 5714.932),
]


@pytest.mark.parametrize(("table", "expected"), G2_REFERENCE)
def test_g2_reference_values(table, expected):
    # The references are rounded to 7 significant digits: absolute 1e-6 for the small ones,
    # relative 1e-6 for the large ones (approx passes on either).
    assert g2_four_cell(*table)[0] == pytest.approx(expected, rel=1e-6, abs=1e-6)


def test_g2_vectorised_matches_the_scalar_references():
    cells = np.array([t for t, _ in G2_REFERENCE]).T
    np.testing.assert_allclose(g2_four_cell(*cells), [e for _, e in G2_REFERENCE], rtol=1e-6)


def _g2_by_hand(k11, k12, k21, k22):
    """2·Σ O·ln(O/E), one table at a time, 0·ln 0 = 0."""
    obs = [k11, k12, k21, k22]
    rows = [k11 + k12, k11 + k12, k21 + k22, k21 + k22]
    cols = [k11 + k21, k12 + k22, k11 + k21, k12 + k22]
    n = sum(obs)
    return 2 * sum(o * math.log(o * n / (r * c)) for o, r, c in zip(obs, rows, cols) if o > 0)


def test_g2_matches_a_loop_over_random_tables():
    rng = np.random.default_rng(7)
    cells = rng.integers(0, 5000, size=(4, 200))
    expected = [_g2_by_hand(*map(int, col)) for col in cells.T]
    np.testing.assert_allclose(g2_four_cell(*cells), expected, rtol=1e-10, atol=1e-10)


ZERO_TABLES = [(0, 0, 0, 0), (0, 5, 0, 7), (3, 0, 0, 0), (0, 0, 4, 9), (2, 0, 5, 0), (0, 8, 3, 0)]


@pytest.mark.parametrize("table", ZERO_TABLES)
def test_g2_zero_cells_are_finite_and_silent(table):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = g2_four_cell(*table)[0]
    assert np.isfinite(got) and got >= 0
    assert got == pytest.approx(_g2_by_hand(*table) if sum(table) else 0.0, abs=1e-12)


def test_g2_of_independent_table_is_zero():
    assert g2_four_cell(10, 990, 20, 1980)[0] == pytest.approx(0.0, abs=1e-9)


def test_g2_rejects_negative_counts_and_mismatched_lengths():
    with pytest.raises(ValueError, match="k21 must be non-negative.*position 1"):
        g2_four_cell([1, 2], [3, 4], [5, -1], [7, 8])
    with pytest.raises(ValueError, match="matching lengths"):
        g2_four_cell([1, 2, 3], [3, 4], [5, 6], [7, 8])


def test_signed_g2_sign_pvalue_and_log_ratio():
    got = signed_g2([10, 1, 5], [990, 999, 995], [1, 10, 5], [999, 990, 995])
    assert list(got.columns) == ["g2", "p_value", "p_adjusted", "log_ratio"]
    assert (got.dtypes == "float64").all()
    assert got["g2"].iloc[0] > 0 > got["g2"].iloc[1]
    assert got["g2"].iloc[2] == 0
    assert got["g2"].iloc[0] == pytest.approx(-got["g2"].iloc[1])
    from scipy.stats import chi2
    np.testing.assert_allclose(got["p_value"], chi2.sf(np.abs(got["g2"]), 1))
    np.testing.assert_allclose(got["p_adjusted"], bh_adjust(got["p_value"]))
    np.testing.assert_allclose(got["log_ratio"], [math.log2(10), -math.log2(10), 0.0])


def test_signed_g2_leaves_terms_absent_from_both_sides_untested():
    got = signed_g2([3, 0], [97, 100], [1, 0], [199, 200])
    assert got.iloc[1].isna().all()
    assert got["p_adjusted"].iloc[0] == pytest.approx(got["p_value"].iloc[0])  # m = 1, not 2


def test_log_ratio_smooths_zero_counts_with_a_half():
    # 0 in the reference becomes 0.5: log2((4/1000) / (0.5/2000)) = log2(16) = 4.
    np.testing.assert_allclose(log_ratio([4, 0, 0], 1000, [0, 4, 0], 2000), [4.0, -2.0, np.nan])


def test_swapping_target_and_reference_negates_every_directional_statistic():
    rng = np.random.default_rng(3)
    yt, yr = rng.poisson(3, 500), rng.poisson(8, 500)
    yt[:5], yr[5:10] = 0, 0
    prior = informative_prior(yt + yr, 50.0)
    for variance in ("two_term", "four_term"):
        ab = log_odds_dirichlet(yt, yr, prior, variance=variance)
        ba = log_odds_dirichlet(yr, yt, prior, variance=variance)
        np.testing.assert_allclose(ba["delta"], -ab["delta"], atol=1e-12)
        np.testing.assert_allclose(ba["z"], -ab["z"], atol=1e-12)
        np.testing.assert_allclose(ba["variance"], ab["variance"])
    nt, nr = yt.sum(), yr.sum()
    ab, ba = signed_g2(yt, nt - yt, yr, nr - yr), signed_g2(yr, nr - yr, yt, nt - yt)
    np.testing.assert_allclose(ba["g2"], -ab["g2"], atol=1e-9)
    np.testing.assert_allclose(ba["log_ratio"], -ab["log_ratio"], atol=1e-12)
    np.testing.assert_allclose(ba["p_value"], ab["p_value"])


# --- Benjamini–Hochberg --------------------------------------------------------------


def test_bh_hand_computed_example():
    # Sorted: 0.005·4/1, 0.01·4/2, 0.03·4/3, 0.04·4/4 = 0.02, 0.02, 0.04, 0.04 (already monotone).
    np.testing.assert_allclose(bh_adjust([0.01, 0.04, 0.03, 0.005]), [0.02, 0.04, 0.04, 0.02])
    # Monotone step: raw 0.02·3/1 = 0.06 exceeds 0.021·3/2 = 0.0315, so the running minimum takes over.
    np.testing.assert_allclose(bh_adjust([0.02, 0.021, 0.9]), [0.0315, 0.0315, 0.9])
    # Raw 0.8·2/1 = 1.6 is above 1; the minimum with 0.9·2/2 brings it back to 0.9.
    np.testing.assert_allclose(bh_adjust([0.8, 0.9]), [0.9, 0.9])
    np.testing.assert_allclose(bh_adjust([0.6, 0.2, 0.7]), [0.7, 0.6, 0.7])


def _bh_statsmodels_definition(p):
    """statsmodels fdr_bh / R p.adjust("BH"), written as a loop: min over j ≥ i of p_(j)·m/j, capped at 1."""
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    out = [0.0] * m
    for rank, i in enumerate(order, start=1):
        out[i] = min(1.0, min(p[order[j - 1]] * m / j for j in range(rank, m + 1)))
    return out


# Benjamini & Hochberg (1995), section 4: the 15 p-values of the worked example; at q = 0.05 the
# procedure rejects the four smallest.
BH_1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
           0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000]


def test_bh_matches_the_statsmodels_definition_and_scipy():
    rng = np.random.default_rng(11)
    for p in (BH_1995, list(rng.uniform(size=60)), list(rng.uniform(size=40) ** 4), [0.3] * 5):
        got = bh_adjust(p)
        np.testing.assert_allclose(got, _bh_statsmodels_definition(p), rtol=1e-12)
        np.testing.assert_allclose(got, false_discovery_control(p, method="bh"), rtol=1e-12)


def test_bh_1995_example_rejects_four():
    adjusted = bh_adjust(BH_1995)
    assert (adjusted <= 0.05).sum() == 4
    assert np.all(np.diff(adjusted) >= 0)  # input is sorted, so output is too
    assert adjusted.max() <= 1


def test_bh_ignores_nan_and_rejects_out_of_range():
    np.testing.assert_allclose(bh_adjust([0.01, np.nan, 0.04]), [0.02, np.nan, 0.04])
    with pytest.raises(ValueError, match="between 0 and 1"):
        bh_adjust([0.5, 1.5])


# --- Dispersion (Gries 2008; Lijffijt & Gries 2012) -------------------------------------

# Gries' (2008) toy corpus: 50 tokens in five parts of 9, 10, 10, 10 and 11 tokens.
TOY = "bamnibeupbasatbewqnbcagabestabaghabeaatbahaabeaxat"
TOY_SIZES = [9, 10, 10, 10, 11]


def _toy_matrix():
    bounds = np.cumsum([0] + TOY_SIZES)
    parts = [TOY[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    letters = sorted(set(TOY))
    return letters, np.array([[p.count(ch) for p in parts] for ch in letters])


def test_dp_gries_2008_toy_corpus():
    letters, counts = _toy_matrix()
    dp = dict(zip(letters, gries_dp(counts, TOY_SIZES)))
    norm = dict(zip(letters, dp_norm(counts, TOY_SIZES)))
    # a = [1, 2, 3, 4, 5]: 0.5·(|1/15−.18| + |2/15−.2| + |3/15−.2| + |4/15−.2| + |5/15−.22|) = 0.18
    expected = {"a": 0.18, "b": 0.02, "e": 0.02, "t": 0.18, "c": 0.8, "i": 0.82, "x": 0.78, "h": 0.58}
    for letter, value in expected.items():
        assert dp[letter] == pytest.approx(value, abs=1e-12), letter
    assert norm["a"] == pytest.approx(0.18 / 0.82, abs=1e-12)
    assert norm["i"] == pytest.approx(1.0)  # all of "i" sits in the smallest part


def test_dp_extremes():
    sizes = [10, 20, 30, 40]
    counts = np.array([
        [1, 2, 3, 4],      # spread exactly like the corpus
        [0, 0, 0, 7],      # all in the largest part
        [5, 0, 0, 0],      # all in the smallest part
        [0, 0, 0, 0],      # never occurs
    ])
    np.testing.assert_allclose(gries_dp(counts, sizes), [0.0, 0.6, 0.9, np.nan], atol=1e-12)
    np.testing.assert_allclose(dp_norm(counts, sizes), [0.0, 0.6 / 0.9, 1.0, np.nan], atol=1e-12)


def test_dp_accepts_sparse_and_a_single_vector():
    letters, counts = _toy_matrix()
    dense = gries_dp(counts, TOY_SIZES)
    for fmt in (sp.csr_matrix, sp.csc_array, sp.coo_matrix):
        np.testing.assert_allclose(gries_dp(fmt(counts), TOY_SIZES), dense, atol=1e-12)
    np.testing.assert_allclose(gries_dp(counts[0], TOY_SIZES), dense[:1])
    empty_row = sp.csr_matrix(np.vstack([counts, np.zeros(5)]))
    assert np.isnan(gries_dp(empty_row, TOY_SIZES)[-1])


def test_dp_rejects_bad_input():
    with pytest.raises(ValueError, match="5 parts .* 4 sizes"):
        gries_dp(np.ones((3, 5)), [1, 2, 3, 4])
    with pytest.raises(ValueError, match="counts_by_part must be non-negative"):
        gries_dp([[1, -2, 3]], [1, 1, 1])
    with pytest.raises(ValueError, match="non-negative"):
        gries_dp(sp.csr_matrix([[1.0, -2.0, 3.0]]), [1, 1, 1])
    with pytest.raises(ValueError, match="at least two parts"):
        dp_norm([[4]], [10])


# --- The keyness table ----------------------------------------------------------------

TERMS = ["the", "cat", "sat", "on", "dog", "mat"]
TARGET = [60, 25, 5, 10, 1, 0]
REFERENCE = [600, 3, 50, 100, 40, 7]

COLUMNS = {
    "term": "string", "n_target": "int64", "n_reference": "int64", "N_target": "int64",
    "N_reference": "int64", "df_target": "Int64", "df_reference": "Int64", "rate_target": "float64",
    "rate_reference": "float64", "log_odds_delta": "float64", "log_odds_z": "float64", "g2": "float64",
    "p_value": "float64", "p_adjusted": "float64", "log_ratio": "float64",
}


def test_keyness_table_contract_and_top_term():
    table = keyness_table(TERMS, TARGET, REFERENCE)
    assert {c: str(t) for c, t in table.dtypes.items()} == COLUMNS
    assert table["term"].is_unique and len(table) == len(TERMS)
    assert table["term"].iloc[0] == "cat"
    assert (table["log_odds_z"].iloc[1:] < 0).all()
    assert table["log_odds_z"].is_monotonic_decreasing
    assert (table["N_target"] == 101).all() and (table["N_reference"] == 800).all()
    cat = table.set_index("term").loc["cat"]
    assert cat["rate_target"] == pytest.approx(25 / 101 * 10_000)
    assert cat["g2"] > 0 and cat["log_ratio"] == pytest.approx(math.log2((25 / 101) / (3 / 800)))
    assert table["df_target"].isna().all()


def test_keyness_table_matches_the_functions_it_combines():
    table = keyness_table(TERMS, TARGET, REFERENCE, alpha0=50.0, variance="two_term").set_index("term")
    odds = log_odds_dirichlet(TARGET, REFERENCE, informative_prior(np.add(TARGET, REFERENCE), 50.0),
                              variance="two_term")
    odds.index = TERMS
    np.testing.assert_allclose(table.loc[TERMS, "log_odds_z"], odds["z"])
    g = signed_g2(TARGET, 101 - np.array(TARGET), REFERENCE, 800 - np.array(REFERENCE))
    np.testing.assert_allclose(table.loc[TERMS, "p_adjusted"], g["p_adjusted"])


def test_keyness_table_alpha0_shrinks_towards_no_difference():
    deltas = [keyness_table(TERMS, TARGET, REFERENCE, alpha0=a).set_index("term").loc[TERMS, "log_odds_delta"]
              for a in (10.0, 100.0, 1000.0)]
    assert (deltas[0].abs() > deltas[1].abs()).all() and (deltas[1].abs() > deltas[2].abs()).all()
    with pytest.raises(ValueError, match="alpha0 must be a positive"):
        keyness_table(TERMS, TARGET, REFERENCE, alpha0=-1)


def test_keyness_table_document_frequencies_and_untested_terms():
    terms = TERMS + ["unicorn"]
    table = keyness_table(terms, TARGET + [0], REFERENCE + [0],
                          df_target=[9, 8, 4, 6, 1, 0, 0], df_reference=[90, 2, 30, 50, 25, 5, 0])
    assert table["term"].iloc[-1] == "unicorn"
    unicorn = table.iloc[-1]
    assert pd.isna(unicorn[["log_odds_z", "g2", "p_value", "p_adjusted", "log_ratio"]]).all()
    assert table.set_index("term").loc["cat", "df_target"] == 8
    # Untested terms do not count towards the BH adjustment.
    assert table["term"].iloc[0] == "cat"
    np.testing.assert_allclose(table["p_adjusted"].iloc[:-1],
                               bh_adjust(table["p_value"].iloc[:-1]))


def test_keyness_table_rejects_bad_input():
    with pytest.raises(ValueError, match="terms has 6, n_target has 5"):
        keyness_table(TERMS, TARGET[:5], REFERENCE)
    with pytest.raises(ValueError, match="n_reference must be non-negative.*position 2"):
        keyness_table(TERMS, TARGET, [600, 3, -50, 100, 40, 7])
    with pytest.raises(ValueError, match="'cat' repeats"):
        keyness_table(TERMS[:5] + ["cat"], TARGET, REFERENCE)
    with pytest.raises(ValueError, match="whole counts"):
        keyness_table(TERMS, [60, 25.5, 5, 10, 1, 0], REFERENCE)
    with pytest.raises(ValueError, match="df_target at position 0 .* are the arrays aligned"):
        keyness_table(TERMS, TARGET, REFERENCE, df_target=[61, 1, 1, 1, 1, 0])
    with pytest.raises(ValueError, match="both sides need tokens"):
        keyness_table(TERMS, [0] * 6, REFERENCE)
    with pytest.raises(ValueError, match="variance must be one of"):
        keyness_table(TERMS, TARGET, REFERENCE, variance="2")


def test_log_odds_rejects_mismatched_lengths_and_negative_counts():
    with pytest.raises(ValueError, match="y_target has 4, y_reference has 3"):
        log_odds_dirichlet(Y_T, Y_R[:3], ALPHA)
    with pytest.raises(ValueError, match="y_target must be non-negative.*position 0"):
        log_odds_dirichlet([-1, 5, 1, 9], Y_R, ALPHA)
    with pytest.raises(ValueError, match="missing"):
        log_odds_dirichlet([np.nan, 5, 1, 9], Y_R, ALPHA)


def test_keyness_table_handles_a_large_vocabulary():
    rng = np.random.default_rng(0)
    n = 120_000
    target, reference = rng.poisson(rng.gamma(0.3, 5, n)), rng.poisson(rng.gamma(0.3, 5, n))
    table = keyness_table([f"w{i}" for i in range(n)], target, reference)
    tested = (target + reference) > 0
    assert len(table) == n
    assert table["log_odds_z"].notna().sum() == tested.sum()
    assert np.isfinite(table["g2"].to_numpy()[: tested.sum()]).all()
