"""The HTML report of framelens build: built from executed notebooks without their code, checked in headless Chromium."""

import re
import shutil
from pathlib import Path

import nbformat
import pytest

import framelens.build
from framelens.build import report_path
from framelens.cli import main

from conftest import CORPUS, ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def _notebook() -> nbformat.NotebookNode:
    """A small notebook in the house layout: title, parameters, sections, a saved chart, a shown-only chart."""
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    parameters = code('corpus_path = "../corpus"\nfigures_dir = "../figures"\ngroup_column = "outlet"')
    parameters.metadata["tags"] = ["parameters"]
    kernel = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
              "language_info": {"name": "python"}}
    return nbformat.v4.new_notebook(metadata=kernel, cells=[
        md("# How long is each article?\n\n**Data:** the corpus given. **Method:** count body words."),
        code("import matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\n"
             "import matplotlib.pyplot as plt\nimport framelens\n"
             "from framelens.figures import save_figure, set_style\nset_style()"),
        parameters,
        code('NOTEBOOK = "report-test"\ncorpus = framelens.load_corpus(corpus_path)\n'
             'print(f"The corpus holds {len(corpus.articles)} articles.")'),
        md("## Words per article\nWhy: *length* changes what counts mean."),
        code("SECRET_CODE_MARKER = 1\nplotted = corpus.articles[['article_id', 'n_words']].astype({'n_words': int})\n"
             "fig, ax = plt.subplots()\nax.barh(plotted['article_id'], plotted['n_words'])\n"
             "save_figure(fig, 'words-per-article', plotted, out_dir=figures_dir, notebook=NOTEBOOK,\n"
             "            title=f'Words of body text per article, by {group_column}', source='Source: test')\n"
             "plt.show()\nprint(f'The longest article has {plotted.n_words.max()} words.')"),
        code("from IPython.display import display\ndisplay(plotted)\nplt.plot([1, 2, 3])\nplt.show()"),
        md("## Interpretation and limits\nFive articles are word counts, not outlet habits."),
    ])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """``framelens build`` with the small notebook on a copy of the corpus; returns the report's path."""
    tmp = tmp_path_factory.mktemp("report")
    notebooks = tmp / "notebooks"
    notebooks.mkdir()
    nbformat.write(_notebook(), notebooks / "00-report-test.ipynb")
    corpus = shutil.copytree(CORPUS, tmp / "corpus")
    with pytest.MonkeyPatch.context() as patch:  # executed notebooks go under tmp, not the project's build/
        patch.setattr(framelens.build, "PROJECT_ROOT", tmp)
        code = main(["build", "--corpus", str(corpus), "--out", str(tmp / "out" / "figures"),
                     "--notebooks", str(notebooks)])
    assert code == 0
    return tmp / "out" / "reports" / "index.html"


def test_report_holds_text_and_figures_without_code(built):
    page = built.read_text(encoding="utf-8")
    assert "<h1>" in page and '<nav class="toc">' in page
    assert '<h2 id="the-corpus">The corpus</h2>' in page and "5 articles from 5 outlet group(s)" in page
    assert "Lavrov warns: NATO is preparing for Military Intervention in Ukraine" in page
    assert '<h2 id="how-long-is-each-article">How long is each article?</h2>' in page
    assert "<em>length</em> changes what counts mean" in page and "not outlet habits" in page
    assert '<p class="finding">The corpus holds 5 articles.</p>' in page
    assert re.search(r'<p class="finding">The longest article has \d+ words\.</p>', page)
    assert "<b>Figure 1.</b> Words of body text per article, by outlet.</figcaption>" in page
    assert page.count("<figure>") == 2, "the saved chart and the chart that was only shown"
    for code in ("SECRET_CODE_MARKER", "save_figure", "import ", "corpus_path", "<table class=\"dataframe"):
        assert code not in page
    assert "<script" not in page and not re.search(r'(?:src|href)="(?!data:|#)', page), "self-contained"


def test_report_embeds_the_saved_png(built):
    import base64

    saved = built.parents[1] / "figures" / "report-test" / "words-per-article.png"
    assert base64.b64encode(saved.read_bytes()).decode() in built.read_text(encoding="utf-8")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                  "(apt-get install chromium; .ci/run installs it)")
def test_report_renders_in_headless_chromium(built, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            requested = []
            page.on("request", lambda request: requested.append(request.url))
            page.goto(built.as_uri(), wait_until="load")
            images = page.eval_on_selector_all(
                "img", "imgs => imgs.map(i => ({complete: i.complete, width: i.naturalWidth, alt: i.alt}))")
            broken_links = page.eval_on_selector_all(
                "a[href^='#']", "as => as.filter(a => !document.getElementById(a.hash.slice(1))).map(a => a.hash)")
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        finally:
            browser.close()
    assert len(images) == 2 and all(img["complete"] and img["width"] > 0 for img in images), images
    assert images[0]["alt"] == "Words of body text per article, by outlet"
    assert broken_links == []
    assert all(url.startswith(("file:", "data:")) for url in requested), requested
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_report_path_sits_beside_the_figures(tmp_path):
    assert report_path(ROOT / "corpus", None) == ROOT / "reports" / "index.html"
    assert report_path(tmp_path / "allsides.csv.gz", None) == ROOT / "build" / "reports" / "allsides.csv" / "index.html"
    assert report_path(tmp_path / "mine", tmp_path / "out" / "figures") == tmp_path / "out" / "reports" / "index.html"


def test_build_on_a_table_corpus_with_text_column_sample_and_grouping(tmp_path):
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    parameters = code('corpus_path = "../corpus"\nfigures_dir = "../figures"\ngroup_column = "outlet"\n'
                      'text_column = None\nsample = None')
    parameters.metadata["tags"] = ["parameters"]
    kernel = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
              "language_info": {"name": "python"}}
    notebook = nbformat.v4.new_notebook(metadata=kernel, cells=[
        md("# How many articles per group?"), code("import framelens"), parameters,
        code("corpus = framelens.load_corpus(corpus_path, text_column=text_column, sample=sample)\n"
             "counts = corpus.group_labels(group_column).value_counts().sort_index()\n"
             "print('; '.join(f'{g}: {n}' for g, n in counts.items()))")])
    (tmp_path / "notebooks").mkdir()
    nbformat.write(notebook, tmp_path / "notebooks" / "00-groups.ipynb")
    table = tmp_path / "articles.csv"
    rows = [f"a{i},{'left' if i % 2 else 'right'},The council met on day {i} and said it would vote on the budget."
            for i in range(8)]
    table.write_text("id,bias,body\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(framelens.build, "PROJECT_ROOT", tmp_path)
        code_ = main(["build", "--corpus", str(table), "--out", str(tmp_path / "out" / "figures"),
                      "--notebooks", str(tmp_path / "notebooks"), "--text-column", "body",
                      "--group-column", "bias", "--sample", "6"])
    assert code_ == 0
    page = (tmp_path / "out" / "reports" / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<p class="finding">left: (\d+); right: (\d+)</p>', page)
    assert found and int(found[1]) + int(found[2]) == 6
