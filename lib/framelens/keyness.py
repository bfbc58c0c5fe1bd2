"""Keyness statistics on term counts: which words one corpus uses more than another, and how evenly.

Pure functions on aligned count arrays (one value per vocabulary term, matched by position; any
pandas index is ignored). Nothing here loads a corpus. All of it is vectorised: a keyness table
over 200,000 terms takes under a second.

- :func:`log_odds_dirichlet` -- Monroe, Colaresi & Quinn (2008), "Fightin' Words": log-odds ratio
  with an informative Dirichlet prior, and its z-score.
- :func:`g2_four_cell`, :func:`signed_g2` -- Dunning (1993) log-likelihood G² on 2×2 tables, with
  p-values, Benjamini–Hochberg adjustment (:func:`bh_adjust`) and Hardie's (2014) Log Ratio.
- :func:`gries_dp`, :func:`dp_norm` -- Gries (2008) deviation of proportions and the normalised
  form of Lijffijt & Gries (2012).
- :func:`keyness_table` -- all of the above as one tidy table, one row per term.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.special import xlogy
from scipy.stats import chi2

VARIANCES = ("two_term", "four_term")

ALPHA0 = 100.0
"""Default prior size (pseudo-tokens) for :func:`keyness_table`: see its docstring."""

PER = 10_000
"""Rates in :func:`keyness_table` are per this many tokens."""

ZERO_SMOOTHING = 0.5
"""Count substituted for a zero in Hardie's Log Ratio (:func:`log_ratio`)."""


# --- Validation ---------------------------------------------------------------


def _counts(values, name: str, *, ndim: int | None = 1) -> np.ndarray:
    """Return ``values`` as float64, or raise a ValueError naming ``name`` and the first bad position."""
    try:
        arr = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as err:
        raise ValueError(f"{name} must be numeric counts with no missing values ({err})") from err
    if ndim is not None and arr.ndim != ndim:
        raise ValueError(f"{name} must be {ndim}-dimensional, one value per term; got shape {arr.shape}")
    bad = ~np.isfinite(arr) | (arr < 0)
    if bad.any():
        pos = tuple(int(i) for i in np.argwhere(bad)[0])
        where = pos[0] if len(pos) == 1 else pos
        raise ValueError(f"{name} must be non-negative and not missing; position {where} holds {arr[pos]!r}")
    return arr


def _same_length(**arrays: np.ndarray) -> None:
    """Raise a ValueError unless all ``arrays`` have one value per term of the same vocabulary."""
    lengths = {name: len(arr) for name, arr in arrays.items()}
    if len(set(lengths.values())) > 1:
        listed = ", ".join(f"{name} has {n}" for name, n in lengths.items())
        raise ValueError(f"the arrays must be aligned over the same vocabulary, but {listed} values")


def _whole(arr: np.ndarray, name: str) -> None:
    """Raise a ValueError unless ``arr`` holds whole numbers."""
    frac = arr != np.floor(arr)
    if frac.any():
        i = int(np.flatnonzero(frac)[0])
        raise ValueError(f"{name} must be whole counts; position {i} holds {arr[i]!r}")


# --- Log-odds with an informative Dirichlet prior -------------------------------


def informative_prior(pooled_counts, alpha0: float) -> np.ndarray:
    """Scale pooled counts into Dirichlet pseudo-counts that sum to ``alpha0``: α_w = α0 · y_w / Σy.

    Parameters
    ----------
    pooled_counts : array-like of non-negative numbers, one per term (e.g. target + reference, or a
        background corpus).
    alpha0 : total pseudo-count of the prior, > 0. Larger values shrink rare words harder.

    Returns
    -------
    np.ndarray of float64, one α_w per term. Terms with a zero pooled count get α_w = 0.

    >>> informative_prior([1, 3], 10.0)
    array([2.5, 7.5])
    """
    y = _counts(pooled_counts, "pooled_counts")
    if not (np.isfinite(alpha0) and alpha0 > 0):
        raise ValueError(f"alpha0 must be a positive number of pseudo-counts, got {alpha0!r}")
    total = y.sum()
    if total <= 0:
        raise ValueError("pooled_counts sum to zero, so they cannot shape a prior")
    return alpha0 * y / total


def log_odds_dirichlet(y_target, y_reference, alpha, *, variance: str = "four_term") -> pd.DataFrame:
    """Log-odds ratio of each term, target vs reference, with a Dirichlet prior (Monroe et al. 2008).

    With n_i = Σ_w y_iw and α0 = Σ_w α_w (the prior's total over the vocabulary):
    δ_w = log((y_tw+α_w)/(n_t+α0−y_tw−α_w)) − log((y_rw+α_w)/(n_r+α0−y_rw−α_w)), and z = δ/√var.
    ``"two_term"`` variance is the paper's approximation 1/(y_tw+α_w) + 1/(y_rw+α_w);
    ``"four_term"`` adds the two "rest of the vocabulary" terms
    1/(n_t+α0−y_tw−α_w) + 1/(n_r+α0−y_rw−α_w).

    Parameters
    ----------
    y_target, y_reference : counts per term, aligned by position; at least two terms.
    alpha : prior pseudo-counts per term, all > 0 (see :func:`informative_prior`).
    variance : ``"four_term"`` (default) or ``"two_term"``.

    Returns
    -------
    pd.DataFrame with float64 columns ``delta``, ``variance``, ``z``, one row per term, in input order.
    Positive values mean the target uses the term more.
    """
    if variance not in VARIANCES:
        raise ValueError(f"variance must be one of {VARIANCES}, got {variance!r}")
    yt = _counts(y_target, "y_target")
    yr = _counts(y_reference, "y_reference")
    a = _counts(alpha, "alpha")
    _same_length(y_target=yt, y_reference=yr, alpha=a)
    if len(a) < 2:
        raise ValueError("log-odds compare a term with the rest of the vocabulary, so it needs at least two terms")
    if (a <= 0).any():
        i = int(np.flatnonzero(a <= 0)[0])
        raise ValueError(f"alpha must be > 0 for every term (a Dirichlet prior); position {i} holds {a[i]!r}. "
                         "Drop terms that occur nowhere, or add a small floor to the prior")
    a0 = a.sum()
    in_t, in_r = yt + a, yr + a
    rest_t, rest_r = yt.sum() + a0 - in_t, yr.sum() + a0 - in_r
    delta = np.log(in_t) - np.log(rest_t) - np.log(in_r) + np.log(rest_r)
    var = 1.0 / in_t + 1.0 / in_r
    if variance == "four_term":
        var = var + 1.0 / rest_t + 1.0 / rest_r
    return pd.DataFrame({"delta": delta, "variance": var, "z": delta / np.sqrt(var)}, dtype="float64")


# --- Dunning's G² -----------------------------------------------------------------


def _cells(*values, names=("k11", "k12", "k21", "k22")) -> tuple[np.ndarray, ...]:
    """Validate the cells of 2×2 tables and broadcast them to one float64 shape (at least 1-D)."""
    cells = [_counts(v, name, ndim=None) for v, name in zip(values, names)]
    try:
        cells = np.broadcast_arrays(*cells)
    except ValueError as err:
        shapes = ", ".join(f"{n} {c.shape}" for n, c in zip(names, cells))
        raise ValueError(f"{', '.join(names)} must have matching lengths, one per term; got {shapes}") from err
    return tuple(np.atleast_1d(c).astype(np.float64) for c in cells)


def g2_four_cell(k11, k12, k21, k22) -> np.ndarray:
    """Dunning's log-likelihood G² for 2×2 tables, vectorised; 0·ln 0 counts as 0.

    G² = 2 Σ O·ln(O/E) over the four cells, with E = row total × column total / N. Computing each
    cell's own ratio (rather than the entropy form's N·ln N differences) keeps precision on large N.

    Parameters
    ----------
    k11 : the term in the target; k12 : every other token in the target;
    k21 : the term in the reference; k22 : every other token in the reference.
        Non-negative counts; arrays of one length, or scalars.

    Returns
    -------
    np.ndarray of float64 (at least 1-D), ≥ 0; 0 where the table is independent or empty.

    >>> g2_four_cell([1, 10], [0, 0], [0, 0], [1, 10]).round(5)
    array([ 2.77259, 27.72589])
    """
    cells = _cells(k11, k12, k21, k22)
    o = np.stack(cells)
    rows = np.stack([cells[0] + cells[1]] * 2 + [cells[2] + cells[3]] * 2)
    cols = np.stack([cells[0] + cells[2], cells[1] + cells[3]] * 2)
    n = rows[0] + rows[2]
    expected = rows * cols
    # A zero margin forces O = 0 in that cell; ratio 1 makes xlogy return exactly 0 there.
    ratio = np.divide(o * n, expected, out=np.ones_like(o), where=expected > 0)
    g2 = 2.0 * xlogy(o, ratio).sum(axis=0)
    return np.maximum(g2, 0.0)  # rounding can leave -1e-12 on independent tables


def log_ratio(k_target, n_target, k_reference, n_reference) -> np.ndarray:
    """Hardie's (2014) Log Ratio: log2 of the ratio of relative frequencies, target over reference.

    A zero count is replaced by 0.5 (:data:`ZERO_SMOOTHING`) before dividing, following Hardie, so
    a term absent from one side gets a finite value; the corpus sizes are not adjusted. A term absent
    from both sides gets NaN. Each unit is a doubling: +1 means twice as frequent in the target.

    Parameters
    ----------
    k_target, k_reference : counts of each term on each side.
    n_target, n_reference : total tokens on each side (> 0), scalars or one per term.

    Returns
    -------
    np.ndarray of float64.

    >>> log_ratio([4, 0], 1000, [2, 1], 1000)
    array([ 1., -1.])
    """
    kt, nt, kr, nr = _cells(k_target, n_target, k_reference, n_reference,
                            names=("k_target", "n_target", "k_reference", "n_reference"))
    if (nt <= 0).any() or (nr <= 0).any():
        raise ValueError("n_target and n_reference are corpus sizes and must be > 0")
    both_zero = (kt == 0) & (kr == 0)
    kt = np.where(kt == 0, ZERO_SMOOTHING, kt)
    kr = np.where(kr == 0, ZERO_SMOOTHING, kr)
    out = np.log2(kt / nt) - np.log2(kr / nr)
    return np.where(both_zero, np.nan, out)


def bh_adjust(p) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (false discovery rate), vectorised.

    The i-th smallest of m p-values becomes min over j ≥ i of p_(j)·m/j, capped at 1 -- the
    definition of R's ``p.adjust(method = "BH")`` and statsmodels' ``fdr_bh``. NaN p-values stay
    NaN and do not count towards m.

    Parameters
    ----------
    p : array-like of p-values in [0, 1] (NaN allowed).

    Returns
    -------
    np.ndarray of float64, same shape and order as ``p``.

    >>> bh_adjust([0.01, 0.04, 0.03, 0.005])
    array([0.02, 0.04, 0.04, 0.02])
    """
    p = np.asarray(p, dtype=np.float64)
    tested = ~np.isnan(p)
    if ((p[tested] < 0) | (p[tested] > 1)).any():
        raise ValueError("p-values must lie between 0 and 1")
    q = p[tested]
    order = np.argsort(q, kind="stable")
    m = q.size
    scaled = q[order] * m / np.arange(1, m + 1)
    monotone = np.minimum.accumulate(scaled[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(monotone, 1.0)
    out = np.full(p.shape, np.nan)
    out[tested] = adjusted
    return out


def signed_g2(k11, k12, k21, k22) -> pd.DataFrame:
    """G² signed by direction, with p-values, BH-adjusted p-values and Log Ratio, one row per term.

    The sign is + when the target over-uses the term (k11/(k11+k12) > k21/(k21+k22)). The p-value is
    the chi-square tail with 1 df of the unsigned G²; ``p_adjusted`` applies :func:`bh_adjust` across
    all rows given. A term absent from both sides (k11 = k21 = 0) is not tested: every column is NaN.

    Parameters
    ----------
    k11, k12, k21, k22 : 1-D cells as in :func:`g2_four_cell`; each side's total (k11+k12, k21+k22) > 0.

    Returns
    -------
    pd.DataFrame with float64 columns ``g2``, ``p_value``, ``p_adjusted``, ``log_ratio``.
    """
    c11, c12, c21, c22 = _cells(k11, k12, k21, k22)
    if c11.ndim != 1:
        raise ValueError(f"signed_g2 takes one table per term (1-D cells); got shape {c11.shape}")
    n_t, n_r = c11 + c12, c21 + c22
    if (n_t <= 0).any() or (n_r <= 0).any():
        raise ValueError("each side of every table needs tokens: k11 + k12 and k21 + k22 must be > 0")
    untested = (c11 == 0) & (c21 == 0)
    # Cross-multiplied rates: exact for whole counts, no division.
    sign = np.sign(c11 * n_r - c21 * n_t)
    g2 = np.where(untested, np.nan, sign * g2_four_cell(c11, c12, c21, c22))
    p = chi2.sf(np.abs(g2), df=1)
    return pd.DataFrame({
        "g2": g2,
        "p_value": p,
        "p_adjusted": bh_adjust(p),
        "log_ratio": log_ratio(c11, n_t, c21, n_r),
    }, dtype="float64")


# --- Dispersion ---------------------------------------------------------------------


def _parts(counts_by_part, part_sizes):
    """Validate a terms × parts matrix (dense or sparse) and part sizes; return (matrix, shares)."""
    if sp.issparse(counts_by_part):
        m = sp.csr_matrix(counts_by_part, dtype=np.float64, copy=True)
        m.sum_duplicates()
        _counts(m.data, "counts_by_part (stored values)")
    else:
        m = _counts(counts_by_part, "counts_by_part", ndim=None)
        m = m.reshape(1, -1) if m.ndim == 1 else m
        if m.ndim != 2:
            raise ValueError(f"counts_by_part must be a terms × parts matrix; got shape {m.shape}")
    s = _counts(part_sizes, "part_sizes")
    if m.shape[1] != len(s):
        raise ValueError(f"counts_by_part has {m.shape[1]} parts (columns) but part_sizes has {len(s)} sizes")
    if len(s) < 2 or s.sum() <= 0:
        raise ValueError("dispersion needs at least two parts and a positive total size")
    return m, s / s.sum()


def gries_dp(counts_by_part, part_sizes) -> np.ndarray:
    """Gries' (2008) DP, deviation of proportions: 0.5·Σ_i |v_i/Σv − s_i/Σs| for each term.

    0 means the term is spread exactly as the corpus is; values near 1 mean it sits in one small part.

    Parameters
    ----------
    counts_by_part : terms × parts matrix of counts, numpy or scipy.sparse (a 1-D vector is one term).
    part_sizes : size of each part (tokens), ≥ 0, at least two parts.

    Returns
    -------
    np.ndarray of float64, one DP per term; NaN for terms with zero total.

    >>> gries_dp([[1, 2, 3, 4, 5], [2, 2, 2, 2, 2]], [9, 10, 10, 10, 11]).round(4)
    array([0.18, 0.02])
    """
    m, s = _parts(counts_by_part, part_sizes)
    totals = np.asarray(m.sum(axis=1), dtype=np.float64).ravel()
    safe = np.where(totals > 0, totals, 1.0)
    if sp.issparse(m):
        # A part where v_i = 0 contributes |0 − s_i| = s_i, and Σ s_i = 1; so only stored cells
        # are visited: Σ_i |v_i/T − s_i| = 1 + Σ_stored (|v_i/T − s_i| − s_i).
        rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
        s_nz = s[m.indices]
        excess = np.abs(m.data / safe[rows] - s_nz) - s_nz
        dev = 1.0 + np.bincount(rows, weights=excess, minlength=m.shape[0])
    else:
        dev = np.abs(m / safe[:, None] - s[None, :]).sum(axis=1)
    return np.where(totals > 0, 0.5 * dev, np.nan)


def dp_norm(counts_by_part, part_sizes) -> np.ndarray:
    """Gries' DP normalised to reach 1 (Lijffijt & Gries 2012): DP / (1 − min_i s_i/Σs).

    Parameters
    ----------
    counts_by_part, part_sizes : as in :func:`gries_dp`.

    Returns
    -------
    np.ndarray of float64 in [0, 1]; 1 when all of a term sits in the smallest part; NaN for zero totals.

    >>> dp_norm([[1, 0, 0, 0, 0]], [9, 10, 10, 10, 11])
    array([1.])
    """
    s = _counts(part_sizes, "part_sizes")
    return gries_dp(counts_by_part, s) / (1.0 - s.min() / s.sum())


# --- The keyness table --------------------------------------------------------------


def _doc_freq(df, n: np.ndarray, name: str) -> pd.arrays.IntegerArray:
    """Validate optional document frequencies against term counts; all-NA Int64 when absent."""
    if df is None:
        return pd.array([pd.NA] * len(n), dtype="Int64")
    d = _counts(df, name)
    _whole(d, name)
    _same_length(counts=n, **{name: d})
    over = d > n
    if over.any():
        i = int(np.flatnonzero(over)[0])
        raise ValueError(f"{name} at position {i} is {d[i]:g} documents but the term occurs only {n[i]:g} times; "
                         "are the arrays aligned?")
    return pd.array(d.astype(np.int64), dtype="Int64")


def _terms(terms) -> pd.arrays.StringArray:
    """Terms as a string array; raise on missing or repeated terms."""
    t = pd.array(list(terms), dtype="string")
    if t.isna().any():
        raise ValueError(f"terms has a missing value at position {int(np.flatnonzero(t.isna())[0])}")
    dup = pd.Series(t).duplicated()
    if dup.any():
        raise ValueError(f"terms must be unique (one row per term); {t[int(np.flatnonzero(dup)[0])]!r} repeats")
    return t


def _log_odds_present(nt: np.ndarray, nr: np.ndarray, alpha0: float, variance: str) -> pd.DataFrame:
    """Log-odds with the pooled informative prior; NaN rows for terms that occur on neither side."""
    present = (nt + nr) > 0
    fit = log_odds_dirichlet(nt[present], nr[present], informative_prior(nt + nr, alpha0)[present],
                             variance=variance)
    out = pd.DataFrame(np.nan, index=range(len(nt)), columns=fit.columns, dtype="float64")
    out.loc[present] = fit.to_numpy()
    return out


def keyness_table(terms, n_target, n_reference, *, df_target=None, df_reference=None,
                  alpha0: float = ALPHA0, variance: str = "four_term") -> pd.DataFrame:
    """One tidy keyness table for one comparison, target vs reference: one row per term.

    Log-odds use an informative Dirichlet prior built from the pooled counts (target + reference),
    scaled to ``alpha0`` pseudo-tokens (Monroe et al. 2008). ``alpha0`` is added to *each* side, so
    it sets how hard terms are pulled towards "no difference": keep it well below the smaller side's
    token count. The default, 100, is our choice for news comparisons of a few hundred to a few
    thousand tokens per side (a seed article is about 550 words); at 1000 the prior would outweigh such data.
    Report the value used, and check that the top terms survive other values. The prior reuses the
    data being compared; for a background corpus, call :func:`log_odds_dirichlet` with your own prior.
    Totals are the sums of the counts given, so pass the whole vocabulary. A term absent from both
    sides keeps its row but is not tested: its statistics are NaN and it does not count in BH.

    Parameters
    ----------
    terms : the vocabulary, unique strings.
    n_target, n_reference : whole counts per term, aligned with ``terms``.
    df_target, df_reference : optional document frequencies per term (≤ the counts).
    alpha0 : total pseudo-count of the prior, > 0.
    variance : ``"four_term"`` or ``"two_term"``, see :func:`log_odds_dirichlet`.

    Returns
    -------
    pd.DataFrame: term (string); n_target, n_reference, N_target, N_reference (int64);
    df_target, df_reference (Int64, NA when not given); rate_target, rate_reference (per 10,000
    tokens), log_odds_delta, log_odds_z, g2 (signed), p_value, p_adjusted (BH), log_ratio (float64).
    Sorted by log_odds_z descending (ties by term; untested terms last), with a fresh RangeIndex.
    """
    t = _terms(terms)
    nt, nr = _counts(n_target, "n_target"), _counts(n_reference, "n_reference")
    _same_length(terms=t, n_target=nt, n_reference=nr)
    _whole(nt, "n_target")
    _whole(nr, "n_reference")
    total_t, total_r = nt.sum(), nr.sum()
    if total_t <= 0 or total_r <= 0:
        raise ValueError(f"both sides need tokens; the counts sum to {total_t:g} (target) "
                         f"and {total_r:g} (reference)")
    odds = _log_odds_present(nt, nr, alpha0, variance)
    g = signed_g2(nt, total_t - nt, nr, total_r - nr)
    table = pd.DataFrame({
        "term": t,
        "n_target": nt.astype(np.int64),
        "n_reference": nr.astype(np.int64),
        "N_target": np.full(len(t), total_t, dtype=np.int64),
        "N_reference": np.full(len(t), total_r, dtype=np.int64),
        "df_target": _doc_freq(df_target, nt, "df_target"),
        "df_reference": _doc_freq(df_reference, nr, "df_reference"),
        "rate_target": nt / total_t * PER,
        "rate_reference": nr / total_r * PER,
        "log_odds_delta": odds["delta"].to_numpy(),
        "log_odds_z": odds["z"].to_numpy(),
        **{col: g[col].to_numpy() for col in ("g2", "p_value", "p_adjusted", "log_ratio")},
    })
    return (table.sort_values(["log_odds_z", "term"], ascending=[False, True], na_position="last", kind="stable")
            .reset_index(drop=True))
