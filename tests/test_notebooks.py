"""Every notebook runs headless on the seed corpus, writes its figures, and rebuilds byte for byte."""

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from framelens.build import PROJECT_ROOT, find_notebooks, run_notebook

from conftest import CORPUS

NOTEBOOKS = find_notebooks(PROJECT_ROOT / "notebooks")
FIGURES = PROJECT_ROOT / "figures"


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_notebooks_exist():
    assert [p.name for p in NOTEBOOKS][:1] == ["00-corpus-overview.ipynb"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_thin_and_parameterised(notebook):
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "exactly one cell is tagged 'parameters'"
    source = "".join(tagged[0]["source"])
    for name in ("corpus_path", "figures_dir", "group_column", "text_column", "sample"):
        assert f"{name} = " in source, f"every notebook takes {name} as a parameter"
    assert nb["cells"][0]["cell_type"] == "markdown" and "".join(nb["cells"][0]["source"]).startswith("# ")
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs"), "notebooks are committed with outputs stripped"
            assert cell.get("execution_count") is None


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_headless_and_rebuilds_identically(notebook, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        run_notebook(notebook, tmp_path / f"{out.name}.ipynb",
                     {"corpus_path": str(CORPUS), "figures_dir": str(out)})
    built = digests(first)
    assert built, "the notebook wrote no figure"
    for stem in {Path(name).with_suffix("") for name in built}:
        assert {f"{stem}{ext}" for ext in (".png", ".svg", ".pdf", ".csv")} <= set(built), stem
    assert built == digests(second), "a rebuild on unchanged input must not change any file"

    committed = FIGURES / next(iter(built)).split("/")[0]
    for name in built:
        if name.endswith(".csv"):
            fresh = pd.read_csv(first / name)
            saved = pd.read_csv(FIGURES / name)
            pd.testing.assert_frame_equal(fresh, saved, check_dtype=False, obj=f"figures/{name}")
    assert committed.is_dir(), "the figures of the seed corpus are committed"
