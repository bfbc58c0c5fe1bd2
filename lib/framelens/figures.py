"""Figures: the house plot style, outlet colours and order, and the one helper that saves a chart.

Every notebook calls :func:`set_style` once, takes colours from :func:`outlet_palette` and the
order from :func:`group_order`, and saves each chart with :func:`save_figure`, which writes
PNG, SVG, PDF and a CSV of the plotted numbers under one content-based name.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.layout_engine import ConstrainedLayoutEngine

__all__ = ["set_style", "outlet_palette", "group_order", "label_points", "save_figure"]

UNKNOWN = "unknown"
UNKNOWN_COLOUR = "#999999"
# Okabe & Ito (2008), then Tableau 10; the greys are left out because grey means "unknown".
FALLBACK_COLOURS = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
    "#9C755F",
)
PNG_DPI = 150
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")

# What makes the files byte-stable, beyond drawing the same thing:
# - PNG: the only varying chunk is "Software" (matplotlib version); PNG has no date by default.
# - SVG: "Date" defaults to now; clip-path and glyph ids are salted with a fresh uuid4 unless
#   svg.hashsalt is set; "Creator" carries the matplotlib version.
# - PDF: "CreationDate" defaults to now; "Creator"/"Producer" carry the version. matplotlib
#   writes no trailer /ID, and the Type 42 subset prefix is a hash of the glyphs used.
_SAVE_RC = {"svg.hashsalt": "framelens", "svg.fonttype": "path", "pdf.fonttype": 42}
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}
_STYLE = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "figure.figsize": (8, 4.5),
    "figure.titlesize": 13,
    "figure.titleweight": "bold",
    "savefig.dpi": PNG_DPI,
    "savefig.facecolor": "white",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": mpl.cycler(color=FALLBACK_COLOURS[:8]),
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "svg.fonttype": "path",
    "svg.hashsalt": "framelens",
}
# Labels that mark the texts save_figure adds, so a second save replaces them instead of stacking.
_SUBTITLE, _SOURCE = "framelens-subtitle", "framelens-source"
_PAD_PT = 8
_START = {"left": 0.125, "right": 0.9, "bottom": 0.11, "top": 0.88, "wspace": 0.2, "hspace": 0.2}


def set_style() -> None:
    """Set the house matplotlib style (fonts, sizes, spines, grid, reproducible output).

    Safe to call any number of times: it only assigns fixed rcParams values. The grid is on y;
    for horizontal bars use ``ax.grid(False, axis="y"); ax.grid(True, axis="x")``.

    Returns:
        None.
    """
    mpl.rcParams.update(_STYLE)


def group_order(outlets: pd.DataFrame, groups: Iterable[str]) -> list[str]:
    """Put groups in the one fixed order: outlet-table order, then alphabetical, "unknown" last.

    Parameters:
        outlets: outlet metadata with an ``outlet`` column; its row order is the outlet order.
        groups: group names to order, e.g. outlets, bias labels; duplicates are dropped.

    Returns:
        The distinct groups as a list, e.g. ``["bbc", "cnn", "left", "right", "unknown"]``.
    """
    wanted = list(dict.fromkeys(groups))
    if any(pd.isna(g) for g in wanted):
        raise ValueError("groups contains a missing value; label it 'unknown' before ordering")
    known = [o for o in dict.fromkeys(outlets["outlet"]) if o in wanted and o != UNKNOWN]
    rest = sorted(g for g in wanted if g not in known and g != UNKNOWN)
    return known + rest + ([UNKNOWN] if UNKNOWN in wanted else [])


def outlet_palette(outlets: pd.DataFrame, groups: Sequence[str] | None = None) -> dict[str, str]:
    """Map each group to a hex colour: the outlet's own colour, else a fixed colour-blind-safe one.

    Groups without a colour in ``outlets`` (bias labels, outlets with a missing colour) get the
    next unused colour from Okabe-Ito then Tableau 10, in the order of ``groups``; no colour of
    the outlet table is reused. "unknown" is always grey ``#999999``.

    Parameters:
        outlets: outlet metadata with columns ``outlet`` and ``colour`` (``#RRGGBB`` or missing).
        groups: the groups to colour; default, every outlet in table order.

    Returns:
        Dict from group name to upper-case ``#RRGGBB``, in the order of ``groups``.
    """
    given: dict[str, str] = {}
    for row, (outlet, colour) in enumerate(zip(outlets["outlet"], outlets["colour"]), start=1):
        if pd.isna(colour) or outlet in given:
            continue
        if not HEX.match(str(colour)):
            raise ValueError(
                f"outlet table row {row} ({outlet!r}): colour {colour!r} is not a hex colour "
                "like '#E69F00'"
            )
        given[outlet] = str(colour).upper()
    if groups is None:
        groups = list(dict.fromkeys(outlets["outlet"]))
    spare = iter(c for c in FALLBACK_COLOURS if c not in set(given.values()))
    palette: dict[str, str] = {}
    for group in dict.fromkeys(groups):
        if group == UNKNOWN:
            palette[group] = UNKNOWN_COLOUR
        elif group in given:
            palette[group] = given[group]
        else:
            colour = next(spare, None)
            if colour is None:
                raise ValueError(
                    f"ran out of fallback colours at group {group!r}: give outlets a colour in "
                    "the outlet table, or plot fewer groups"
                )
            palette[group] = colour
    return palette


def _check_slug(value: str, what: str) -> None:
    if not isinstance(value, str) or not SLUG.match(value):
        raise ValueError(
            f"{what} {value!r} is not a content-based slug: use lower-case letters, digits and "
            "single hyphens, e.g. 'speakers-by-outlet'"
        )


def _float_repr(x: float) -> str:
    # Round to 10 significant digits so last-bit noise (e.g. SIMD summation order on another
    # machine) does not change the CSV, then write the shortest repr (keeps "3.0" a float).
    return repr(float(f"{x:.10g}"))


def _decorate(fig, title: str, subtitle: str | None, source: str | None) -> None:
    """Add title, subtitle and source line, then lay the axes out in the space between them."""
    for text in [t for t in fig.texts if t.get_label() in (_SUBTITLE, _SOURCE)]:
        text.remove()
    height_pt = fig.get_figheight() * 72
    pad_y, pad_x = _PAD_PT / height_pt, _PAD_PT / (fig.get_figwidth() * 72)

    # Measure with a fresh renderer at the PNG dpi: a text keeps the renderer of its last draw
    # (e.g. a savefig at another dpi), which would make a second save lay out differently.
    width, height = fig.get_size_inches() * PNG_DPI
    renderer = RendererAgg(int(width), int(height), PNG_DPI)

    def frac(text, edge: str) -> float:
        return getattr(text.get_window_extent(renderer, dpi=PNG_DPI), edge) / height

    top_text = fig.suptitle(title, x=pad_x, y=1 - pad_y, ha="left", va="top",
                            fontweight="bold", in_layout=False)
    if subtitle:
        top_text = fig.text(pad_x, frac(top_text, "y0") - pad_y / 2, subtitle, ha="left",
                            va="top", fontsize="medium", color="#555555", label=_SUBTITLE,
                            in_layout=False)
    top = frac(top_text, "y0") - pad_y / 2
    bottom = 0.0
    if source:
        text = fig.text(pad_x, pad_y, source, ha="left", va="bottom", fontsize="small",
                        color="#666666", label=_SOURCE, in_layout=False)
        bottom = frac(text, "y1") + pad_y / 2
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=(0, bottom, 1, top - bottom))  # constrained wants (x, y, w, h)
        # Both layouts start from wherever the axes are now, and their last-bit noise reaches
        # the PNG and the SVG clip ids; so every save starts from the gridspec positions.
        for ax in fig.axes:
            spec = ax.get_subplotspec()
            if spec is not None and ax.get_in_layout():
                ax.set_position(spec.get_position(fig))
                ax.set_in_layout(True)  # set_position takes it out of the layout
        return
    # Tight layout is one approximate pass: run it once from fixed positions and keep the result
    # for every format.
    fig.set_layout_engine("none")
    fig.subplots_adjust(**_START)
    fig.tight_layout(rect=(0, bottom, 1, top))


# Candidate label positions around a point, nearest first: (dx, dy) in points, ha, va.
_DIRECTIONS = ((1, 0.4, "left", "bottom"), (1, -0.4, "left", "top"), (-1, 0.4, "right", "bottom"),
               (-1, -0.4, "right", "top"), (0, 1, "center", "bottom"), (0, -1, "center", "top"),
               (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"), (1, -1, "left", "top"),
               (-1, -1, "right", "top"))
_RADII_PT = (4, 10, 18)
# Labels placed by label_points, per axes, so that save_figure can place them again after layout.
_LABELS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def label_points(ax, x: Sequence[float], y: Sequence[float], labels: Sequence[str], *, fontsize: float = 8,
                 color: str = "#222222") -> list[str]:
    """Label points without overlaps: greedily, in the order given, the first free spot near each point.

    Each label tries positions around its point, nearest first; one that would overlap an earlier
    label, cover a labelled point or leave the axes is skipped, and a label with no free spot is
    left out. Far labels get a thin leader line. :func:`save_figure` places the labels again
    after its final layout, so the saved files never show overlaps. Pass the most important
    points first.

    Parameters: ax, the matplotlib Axes; x, y, data coordinates; labels, one string per point.
    Returns: the labels that found a place, in the order given.
    """
    if not (len(x) == len(y) == len(labels)):
        raise ValueError(f"x, y and labels must have one value per point; got {len(x)}, {len(y)}, {len(labels)}")
    _LABELS[ax] = {"points": list(zip(map(float, x), map(float, y), map(str, labels))),
                   "style": {"fontsize": fontsize, "color": color}, "artists": []}
    return _place_labels(ax)


def _place_labels(ax) -> list[str]:
    spec = _LABELS[ax]
    for artist in spec["artists"]:
        artist.remove()
    spec["artists"] = []
    fig = ax.figure
    width, height = fig.get_size_inches() * fig.dpi
    renderer = RendererAgg(int(width), int(height), fig.dpi)
    frame = ax.get_window_extent(renderer)
    ax.get_xlim(), ax.get_ylim()  # apply pending autoscaling, so that transData maps the final limits
    px = fig.dpi / 72
    centres = ax.transData.transform([(px_, py_) for px_, py_, _ in spec["points"]]) if spec["points"] else []
    dot, gap = 2.5 * px, 0.5 * px  # the gap keeps neighbours apart at any dpi, despite rounding
    taken = [(cx - dot, cy - dot, cx + dot, cy + dot) for cx, cy in centres]
    placed = []
    for (x, y, label), (cx, cy) in zip(spec["points"], centres):
        probe = ax.text(0, 0, label, transform=None, **spec["style"])
        box = probe.get_window_extent(renderer)
        probe.remove()
        w, h = box.width, box.height
        for radius in _RADII_PT:
            spot = None
            for dx, dy, ha, va in _DIRECTIONS:
                ox, oy = dx * radius * px, dy * radius * px
                left = cx + ox - (w if ha == "right" else w / 2 if ha == "center" else 0)
                bottom = cy + oy - (h if va == "top" else 0)
                rect = (left - gap, bottom - gap, left + w + gap, bottom + h + gap)
                inside = (rect[0] >= frame.x0 and rect[2] <= frame.x1 and rect[1] >= frame.y0 and rect[3] <= frame.y1)
                if inside and not any(_overlaps(rect, other) for other in taken):
                    spot = (dx * radius, dy * radius, ha, va, rect)
                    break
            if spot:
                break
        if not spot:
            continue
        dx, dy, ha, va, rect = spot
        far = radius > _RADII_PT[1]
        artist = ax.annotate(label, (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                             arrowprops={"arrowstyle": "-", "lw": 0.5, "color": "#888888", "shrinkA": 0,
                                         "shrinkB": 2} if far else None, **spec["style"])
        artist.set_in_layout(False)  # labels stay inside the axes; they must not move them
        spec["artists"].append(artist)
        taken.append(rect)
        placed.append(label)
    return placed


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def save_figure(fig, name: str, data: pd.DataFrame, *, out_dir, notebook: str, title: str,
                subtitle: str | None = None, source: str | None = None) -> dict[str, Path]:
    """Save a chart as PNG, SVG and PDF plus a CSV of its data, byte-identical on every rerun.

    Adds the bold left-aligned title, the grey subtitle (say the N and the corpus) and the source
    line, and lays the axes out between them. The figure is not closed; unless it uses
    constrained layout, it keeps the fixed layout computed here.

    Parameters:
        fig: the matplotlib Figure to save.
        name: content-based slug for the chart, e.g. ``"speakers-by-outlet"``.
        data: exactly the numbers plotted; written without its index, so reset a named index.
        out_dir: the figures folder; files go to ``out_dir/<notebook>/<name>.<ext>``.
        notebook: slug of the notebook, e.g. ``"quoted-officials"``.
        title: the chart title, stating the measure.
        subtitle: optional line under the title, e.g. ``"N = 12 articles, seed corpus"``.
        source: optional source line, bottom left; nothing is written when it is None.

    Returns:
        Dict of the written paths keyed by extension: ``png``, ``svg``, ``pdf``, ``csv``.
    """
    _check_slug(name, "figure name")
    _check_slug(notebook, "notebook")
    if any(level is not None for level in data.index.names):
        raise ValueError(
            f"data for figure {name!r} has a named index {list(data.index.names)} that the CSV "
            "would drop; call data.reset_index() first"
        )
    folder = Path(out_dir) / notebook
    folder.mkdir(parents=True, exist_ok=True)
    paths = {ext: folder / f"{name}.{ext}" for ext in ("png", "svg", "pdf", "csv")}
    screen_dpi = fig.dpi
    with mpl.rc_context(_SAVE_RC):
        try:
            fig.dpi = PNG_DPI  # lay out as the PNG will be drawn, whatever the screen dpi
            _decorate(fig, title, subtitle, source)
            labelled = [ax for ax in fig.axes if ax in _LABELS]
            if labelled and isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
                fig.canvas.draw()  # constrained layout positions the axes only when drawn
            for ax in labelled:
                _place_labels(ax)
        finally:
            fig.dpi = screen_dpi
        for ext in ("png", "svg", "pdf"):
            fig.savefig(paths[ext], format=ext, dpi=PNG_DPI, metadata=_METADATA[ext])
    data.to_csv(paths["csv"], index=False, lineterminator="\n", encoding="utf-8",
                float_format=_float_repr)
    return paths
