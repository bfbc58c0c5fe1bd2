"""Tests for framelens.figures: house style, outlet colours and order, and save_figure."""

import hashlib
import io
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from framelens.figures import (  # noqa: E402
    FALLBACK_COLOURS,
    group_order,
    label_points,
    outlet_palette,
    save_figure,
    set_style,
)

LIB = Path(__file__).resolve().parents[1] / "lib"
EXTS = ("png", "svg", "pdf", "csv")


@pytest.fixture
def outlets():
    return pd.DataFrame({
        "outlet": pd.array(["the-guardian", "fox-news", "bbc", "reuters"], dtype="string"),
        "colour": pd.array(["#0072b2", "#D55E00", None, "#E69F00"], dtype="string"),
    })


@pytest.fixture
def chart():
    set_style()
    data = pd.DataFrame({
        "outlet": ["the-guardian", "fox-news", "bbc"],
        "n_quotes": [12, 7, 9],
        "share": [0.5, 0.25, 0.125],
    })
    fig, ax = plt.subplots()
    ax.bar(data["outlet"], data["share"])
    ax.set_xlabel("Outlet")
    ax.set_ylabel("Share of quotes from officials")
    yield fig, data
    plt.close(fig)


def save(fig, data, out_dir, **kwargs):
    args = {"notebook": "quoted-officials", "title": "Share of quotes from officials",
            "subtitle": "N = 28 quotes in 3 articles, seed corpus", "source": "Source: framelens"}
    name = "officials-share-by-outlet"
    return save_figure(fig, name, data, out_dir=out_dir, **{**args, **kwargs})


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


# --- save_figure -------------------------------------------------------------------------------

def test_save_figure_writes_four_files_named_by_content(chart, tmp_path):
    fig, data = chart
    paths = save(fig, data, tmp_path / "figures")
    folder = tmp_path / "figures" / "quoted-officials"
    assert paths == {ext: folder / f"officials-share-by-outlet.{ext}" for ext in EXTS}
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths.values())
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", paths["png"].read_bytes()[16:24]) == (1200, 675)  # 8x4.5 in @150
    assert paths["svg"].read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert paths["pdf"].read_bytes().startswith(b"%PDF")
    assert plt.fignum_exists(fig.number), "save_figure must leave the figure open for the notebook"


def test_csv_is_exactly_the_plotted_data(chart, tmp_path):
    fig, data = chart
    paths = save(fig, data, tmp_path)
    raw = paths["csv"].read_bytes()
    assert raw == b"outlet,n_quotes,share\nthe-guardian,12,0.5\nfox-news,7,0.25\nbbc,9,0.125\n"
    pd.testing.assert_frame_equal(pd.read_csv(paths["csv"]), data, check_dtype=False)


def test_csv_floats_ignore_last_bit_noise_and_stay_floats(chart, tmp_path):
    fig, _ = chart
    noisy = pd.DataFrame({"share": [0.1 + 0.2, 3.0, 1e-20], "n": pd.array([1, None, 3], "Int64")})
    paths = save(fig, noisy, tmp_path)
    assert paths["csv"].read_text(encoding="utf-8") == "share,n\n0.3,1\n3.0,\n1e-20,3\n"


def test_named_index_is_refused_rather_than_dropped(chart, tmp_path):
    fig, data = chart
    with pytest.raises(ValueError, match="reset_index"):
        save(fig, data.set_index("outlet"), tmp_path)


def test_no_timestamps_or_versions_in_metadata(chart, tmp_path):
    fig, data = chart
    paths = save(fig, data, tmp_path)
    assert b"Software" not in paths["png"].read_bytes()
    svg = paths["svg"].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and matplotlib.__version__ not in svg
    pdf = paths["pdf"].read_bytes()
    assert b"/CreationDate" not in pdf and b"/Producer" not in pdf


SUBPROCESS_CODE = textwrap.dedent("""
    import io
    import sys
    sys.path.insert(0, {lib!r})
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    from framelens.figures import set_style, save_figure

    set_style()
    data = pd.DataFrame({{"outlet": ["the-guardian", "fox-news", "bbc"],
                         "share": [0.1 + 0.2, 0.25, 0.4]}})
    if {draw_first!r}:
        plt.rcParams["figure.dpi"] = 72  # as the inline backend sets it
    fig, ax = plt.subplots(layout={layout!r})
    ax.barh(data["outlet"], data["share"], color=["#0072B2", "#D55E00", "#999999"])
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")  # horizontal bars: the value axis is x
    ax.set_xlabel("Share of quotes from officials")
    ax.set_ylabel("Outlet")
    if {draw_first!r}:
        fig.savefig(io.BytesIO(), format="png", dpi=72)  # as a notebook shows it before saving
        fig.canvas.draw()
    kw = dict(notebook="quoted-officials", title="Share of quotes from officials",
              subtitle="N = 28 quotes in 3 articles, seed corpus", source="Source: framelens")
    for out_dir, subtitle in {saves!r}:
        kw["subtitle"] = subtitle
        save_figure(fig, "officials-share-by-outlet", data, out_dir=out_dir, **kw)
""")


def build_in_subprocess(layout, saves, draw_first=False):
    code = SUBPROCESS_CODE.format(lib=str(LIB), layout=layout, saves=saves, draw_first=draw_first)
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)


@pytest.mark.parametrize("layout", [None, "constrained"])
def test_files_are_byte_identical_across_processes_and_resaves(tmp_path, layout):
    first, second = tmp_path / "first", tmp_path / "second"
    build_in_subprocess(layout, [(str(first), "N = 28 quotes in 3 articles, seed corpus")])
    # Second process: the figure is drawn at another dpi and saved with another subtitle first,
    # as when a notebook cell is rerun; the final save must still match the fresh build.
    scratch = tmp_path / "scratch"
    build_in_subprocess(layout, [(str(scratch), "an earlier, longer\nsubtitle"),
                                 (str(second), "N = 28 quotes in 3 articles, seed corpus")],
                        draw_first=True)
    a, b = digests(first / "quoted-officials"), digests(second / "quoted-officials")
    assert sorted(a) == [f"officials-share-by-outlet.{ext}" for ext in sorted(EXTS)]
    assert a == b


@pytest.mark.parametrize("layout", [None, "tight", "constrained"])
def test_saving_the_same_figure_twice_gives_the_same_bytes(tmp_path, layout):
    set_style()
    fig, ax = plt.subplots(layout=layout)
    ax.barh(["bbc", "cnn", "fox"], [0.4, 0.3, 0.2])
    ax.set_xlabel("Share of quotes from officials")
    ax.set_ylabel("Outlet")
    data = pd.DataFrame({"outlet": ["bbc", "cnn", "fox"], "share": [0.4, 0.3, 0.2]})
    save(fig, data, tmp_path / "first")
    fig.savefig(io.BytesIO(), format="png", dpi=72)  # the notebook shows it in between
    fig.canvas.draw()
    save(fig, data, tmp_path / "second")
    plt.close(fig)
    first = digests(tmp_path / "first" / "quoted-officials")
    assert first == digests(tmp_path / "second" / "quoted-officials")


def test_resave_replaces_subtitle_and_source_instead_of_stacking(chart, tmp_path):
    fig, data = chart
    save(fig, data, tmp_path / "one", subtitle="first")
    save(fig, data, tmp_path / "two", subtitle="second", source=None)
    texts = [t.get_text() for t in fig.texts]
    assert texts == ["Share of quotes from officials", "second"]


def test_title_subtitle_and_source_do_not_overlap_the_axes(chart, tmp_path):
    fig, data = chart
    save(fig, data, tmp_path)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    title, subtitle, source = fig.texts
    axes_box = fig.axes[0].get_tightbbox(renderer)  # includes tick and axis labels
    title_box, subtitle_box, source_box = (t.get_window_extent(renderer) for t in fig.texts)
    assert title_box.y0 > subtitle_box.y1
    assert subtitle_box.y0 > axes_box.y1
    assert source_box.y1 < axes_box.y0
    assert title.get_fontweight() == "bold" and title.get_horizontalalignment() == "left"
    assert source.get_text() == "Source: framelens" and source_box.x0 < fig.bbox.width / 10


@pytest.mark.parametrize("bad", ["Speakers-by-outlet", "speakers_by_outlet", "fig 1",
                                 "speakers--by-outlet", "-speakers", "chart.png", ""])
def test_bad_slugs_are_refused_with_the_bad_value(chart, tmp_path, bad):
    fig, data = chart
    with pytest.raises(ValueError, match="speakers-by-outlet") as name_error:
        save_figure(fig, bad, data, out_dir=tmp_path, notebook="quoted-officials", title="t")
    assert repr(bad) in str(name_error.value)
    with pytest.raises(ValueError) as notebook_error:
        save_figure(fig, "chart", data, out_dir=tmp_path, notebook=bad, title="t")
    assert repr(bad) in str(notebook_error.value) and "notebook" in str(notebook_error.value)
    assert list(tmp_path.iterdir()) == []


# --- set_style ---------------------------------------------------------------------------------

def test_set_style_is_idempotent():
    set_style()
    first = dict(matplotlib.rcParams)
    set_style()
    assert dict(matplotlib.rcParams) == first
    assert matplotlib.rcParams["font.sans-serif"][0] == "DejaVu Sans"
    assert list(matplotlib.rcParams["figure.figsize"]) == [8, 4.5]
    assert matplotlib.rcParams["savefig.dpi"] == 150
    assert not matplotlib.rcParams["axes.spines.top"]
    assert not matplotlib.rcParams["axes.spines.right"]
    assert matplotlib.rcParams["svg.hashsalt"] and matplotlib.rcParams["svg.fonttype"] == "path"
    assert matplotlib.rcParams["pdf.fonttype"] == 42


# --- outlet_palette ----------------------------------------------------------------------------

def test_palette_keeps_given_colours_and_fills_the_rest(outlets):
    palette = outlet_palette(outlets)
    assert list(palette) == ["the-guardian", "fox-news", "bbc", "reuters"]
    assert palette["the-guardian"] == "#0072B2"  # normalised to upper case
    assert palette["fox-news"] == "#D55E00" and palette["reuters"] == "#E69F00"
    table_colours = {"#0072B2", "#D55E00", "#E69F00"}
    assert palette["bbc"] in FALLBACK_COLOURS and palette["bbc"] not in table_colours


def test_palette_for_other_groups_never_reuses_a_colour(outlets):
    groups = ["right", "bbc", "left", "center", "fox-news", "unknown"]
    palette = outlet_palette(outlets, groups)
    assert list(palette) == groups
    assert palette["unknown"] == "#999999"
    assert palette["fox-news"] == "#D55E00"
    colours = [palette[g] for g in groups]
    assert len(set(colours)) == len(colours)
    assert not {palette[g] for g in ("right", "bbc", "left", "center")} & {"#0072B2", "#E69F00"}
    # Filled in the order of groups, from the fixed list.
    spare = [c for c in FALLBACK_COLOURS if c not in {"#0072B2", "#D55E00", "#E69F00"}]
    assert [palette[g] for g in ("right", "bbc", "left", "center")] == spare[:4]


def test_palette_is_deterministic(outlets):
    groups = ["left", "bbc", "unknown", "right"]
    assert outlet_palette(outlets, groups) == outlet_palette(outlets.copy(), list(groups))


def test_unknown_is_grey_even_if_the_table_says_otherwise(outlets):
    table = pd.concat([outlets, pd.DataFrame({"outlet": ["unknown"], "colour": ["#FF0000"]})])
    assert outlet_palette(table, ["unknown"]) == {"unknown": "#999999"}


def test_palette_names_the_row_with_a_bad_colour(outlets):
    outlets.loc[3, "colour"] = "orange"
    with pytest.raises(ValueError, match=r"row 4 \('reuters'\).*'orange'"):
        outlet_palette(outlets)


def test_palette_says_when_it_runs_out_of_colours(outlets):
    groups = [f"group-{i:02d}" for i in range(len(FALLBACK_COLOURS) + 1)]
    with pytest.raises(ValueError, match="ran out of fallback colours"):
        outlet_palette(outlets, groups)


# --- group_order -------------------------------------------------------------------------------

def test_group_order_table_order_then_alphabetical_then_unknown(outlets):
    groups = ["unknown", "right", "bbc", "left", "the-guardian", "bbc", "center", "reuters"]
    assert group_order(outlets, groups) == [
        "the-guardian", "bbc", "reuters", "center", "left", "right", "unknown",
    ]


def test_group_order_accepts_any_iterable_and_skips_absent_outlets(outlets):
    assert group_order(outlets, pd.Series(["bbc", "fox-news"])) == ["fox-news", "bbc"]
    assert group_order(outlets, iter([])) == []


def test_group_order_refuses_missing_labels(outlets):
    with pytest.raises(ValueError, match="unknown"):
        group_order(outlets, ["bbc", pd.NA])


# --- label_points ------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", [None, "constrained"])
def test_saved_labels_never_overlap_and_stay_inside_the_axes(tmp_path, layout):
    set_style()
    xs = [i % 7 + (i // 7) * 0.05 for i in range(120)]  # crowded columns of points
    ys = [(i * 37 % 11) / 3 for i in range(120)]
    labels = [f"term number {i}" for i in range(120)]
    fig, ax = plt.subplots(layout=layout)
    ax.scatter(xs, ys)
    label_points(ax, xs, ys, labels)
    save(fig, pd.DataFrame({"x": xs, "y": ys}), tmp_path)
    renderer = fig.canvas.get_renderer()
    boxes = []
    for label in ax.texts:
        label.update_positions(renderer)
        boxes.append(matplotlib.text.Text.get_window_extent(label, renderer))  # the text, without its leader
    frame = ax.get_window_extent(renderer)
    assert 5 <= len(boxes) < 120, "crowded points: some labels fit, not all"
    for i, a in enumerate(boxes):
        assert frame.x0 - 1 <= a.x0 and a.x1 <= frame.x1 + 1 and frame.y0 - 1 <= a.y0 and a.y1 <= frame.y1 + 1
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), f"labels overlap: {a} and {b}"
    plt.close(fig)


def test_labels_are_placed_in_the_order_given_and_resaves_do_not_stack(tmp_path):
    set_style()
    fig, ax = plt.subplots()
    ax.scatter([0, 0.001], [0, 0.001])
    placed = label_points(ax, [0, 0.001], [0, 0.001], ["first", "second"])
    assert placed[0] == "first"
    save(fig, pd.DataFrame({"x": [0]}), tmp_path)
    save(fig, pd.DataFrame({"x": [0]}), tmp_path)
    assert [t.get_text() for t in ax.texts][0] == "first" and len(ax.texts) <= 2
    plt.close(fig)


def test_label_points_wants_one_label_per_point():
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="one value per point"):
        label_points(ax, [1, 2], [1, 2], ["only one"])
    plt.close(fig)
