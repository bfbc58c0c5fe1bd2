"""The HTML report: one self-contained page built from the executed notebooks, without their code.

It holds a description of the corpus, a table of contents, and for every notebook its markdown
(question, method, interpretation and limits), the sentences its cells print (the findings) and its
figures, embedded as PNG data URIs with a caption: the chart's title and the finding printed
right after it. Code, tables and widgets are left out; the notebooks and the figures' CSVs have them.
"""

from __future__ import annotations

import ast
import base64
import html
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from framelens.figures import group_order

# Printed output with a longer line, or more lines, is an excerpt of data (an article's text, a
# list), folded away; shorter output is findings, one sentence per line.
LONG_LINE, MANY_LINES = 500, 25
HIDDEN_TAGS = {"parameters", "injected-parameters", "remove-cell", "hide-cell"}
_HEADING = re.compile(r"<h([1-6])>(.*?)</h\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;line-height:1.5;color:#222;
max-width:60rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1{font-size:1.9rem;margin-bottom:.2rem}h2{border-top:2px solid #ddd;padding-top:1.2rem;margin-top:2.5rem}
.lede{color:#555;margin-top:0}nav.toc{background:#f6f6f6;padding:.6rem 1.2rem;border-radius:6px}
nav.toc ul{margin:.2rem 0;padding-left:1.2rem}figure{margin:1.5rem 0}
figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{font-size:.92rem;color:#444;margin-top:.3rem}figcaption b{color:#222}
p.finding{border-left:4px solid #0072B2;padding:.2rem .8rem;background:#f4f8fb}
table{border-collapse:collapse;font-size:.9rem;margin:.8rem 0}
th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}
td.n{text-align:right}pre{white-space:pre-wrap;font-size:.85rem;background:#f8f8f8;padding:.6rem}
.failed{color:#a00;font-weight:bold}code{background:#f2f2f2;padding:0 .2rem}
"""


@dataclass
class Section:
    """One notebook in the report: its title, its anchor, and its rendered HTML blocks."""

    title: str
    anchor: str
    headings: list[tuple[str, str]] = field(default_factory=list)  # (anchor, text) of its ## sections
    blocks: list[str] = field(default_factory=list)


def _anchor(text: str, taken: set[str]) -> str:
    base = "-".join(re.findall(r"[a-z0-9]+", text.lower())[:8]) or "section"
    anchor, n = base, 2
    while anchor in taken:
        anchor, n = f"{base}-{n}", n + 1
    taken.add(anchor)
    return anchor


def constants(nb) -> dict:
    """Names bound to a literal string or number at the top level of the notebook's code cells.

    These are the parameters (``group_column`` …) and constants such as ``NOTEBOOK``; the last
    binding wins, as when the notebook runs from top to bottom.
    """
    found = {}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            body = ast.parse(cell.source).body
        except SyntaxError:
            continue
        for node in body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Constant)):
                found[node.targets[0].id] = node.value.value
    return found


def _resolve(node: ast.AST | None, known: dict) -> str | None:
    """The string an expression stands for: a literal, a known name, or an f-string of known names."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        value = known.get(node.id)
        return value if isinstance(value, str) else None
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            inner = value.value if isinstance(value, ast.FormattedValue) and value.format_spec is None else value
            part = _resolve(inner, known)
            if part is None:
                return None
            parts.append(part)
        return "".join(parts)
    return None


def figure_calls(source: str, known: dict) -> list[tuple[str | None, str | None, str | None]]:
    """``(name, notebook, title)`` of each ``save_figure(...)`` call in a code cell, in order; None where unknown.

    >>> figure_calls('save_figure(fig, "words", d, notebook=NB, title=f"Words per {by}")', {"NB": "overview", "by": "outlet"})
    [('words', 'overview', 'Words per outlet')]
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and getattr(node.func, "id", getattr(node.func, "attr", "")) == "save_figure"]
    found = []
    for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
        keywords = {k.arg: k.value for k in node.keywords}
        name = node.args[1] if len(node.args) > 1 else keywords.get("name")
        found.append((_resolve(name, known), _resolve(keywords.get("notebook"), known),
                      _resolve(keywords.get("title"), known)))
    return found


def _markdown(source: str, section: Section, taken: set[str]) -> str:
    """Markdown to HTML, headings one level down (the notebook title is an h2), with anchors."""
    import mistune

    def heading(match: re.Match) -> str:
        level, inner = min(int(match.group(1)) + 1, 6), match.group(2)
        text = html.unescape(_TAG.sub("", inner)).strip()
        anchor = _anchor(text, taken)
        if level == 3:
            section.headings.append((anchor, text))
        return f'<h{level} id="{anchor}">{inner}</h{level}>'

    return _HEADING.sub(heading, mistune.html(source))


def _printed(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > MANY_LINES or max(map(len, lines)) > LONG_LINE:
        return f"<details><summary>Printed output</summary><pre>{html.escape(text)}</pre></details>"
    return "".join(f'<p class="finding">{html.escape(line)}</p>' for line in lines)


def notebook_section(executed: str | Path, taken: set[str], error: str | None = None,
                     figures_dir: str | Path | None = None) -> Section:
    """One executed notebook as a report :class:`Section`: markdown, findings and figures, no code.

    A figure is the PNG its ``save_figure`` call wrote under ``figures_dir`` where that file is
    found, else the image the notebook displayed. ``taken`` collects the page's anchors.
    """
    import nbformat

    nb = nbformat.read(str(executed), as_version=4)
    known = constants(nb)
    section = Section(title=Path(executed).stem, anchor="")
    figure_no = 0
    for cell in nb.cells:
        if HIDDEN_TAGS & set(cell.get("metadata", {}).get("tags", [])):
            continue
        if cell.cell_type == "markdown":
            if not section.anchor and cell.source.lstrip().startswith("# "):
                first, _, rest = cell.source.lstrip().partition("\n")
                section.title = first[2:].strip()
                section.anchor = _anchor(section.title, taken)
                section.blocks.append(_markdown(rest, section, taken))
            else:
                section.blocks.append(_markdown(cell.source, section, taken))
            continue
        if cell.cell_type != "code":
            continue
        calls = iter(figure_calls(cell.source, known))
        for output in cell.get("outputs", []):
            if output.output_type == "stream" and output.get("name") == "stdout" and output.text.strip():
                section.blocks.append(_printed(output.text.strip()))
            elif "image/png" in output.get("data", {}):
                figure_no += 1
                name, folder, title = next(calls, (None, None, None))
                saved = Path(figures_dir) / folder / f"{name}.png" if figures_dir and name and folder else None
                if saved and saved.is_file():  # the saved chart carries its title, N and source line
                    png = base64.b64encode(saved.read_bytes()).decode("ascii")
                else:
                    png = output["data"]["image/png"].replace("\n", "")
                alt = html.escape(title or f"Figure {figure_no} of {section.title}", quote=True)
                caption = f"<b>Figure {figure_no}.</b>" + (f" {html.escape(title)}." if title else "")
                section.blocks.append(f'<figure><img src="data:image/png;base64,{png}" alt="{alt}">'
                                      f"<figcaption>{caption}</figcaption></figure>")
    if not section.anchor:
        section.anchor = _anchor(section.title, taken)
    if error:
        section.blocks.insert(0, f'<p class="failed">This notebook failed to run: {html.escape(error.splitlines()[0])}. '
                                 "What follows is what it produced before the error.</p>")
    return section


def corpus_description(corpus, group_column: str = "outlet", max_articles: int = 40) -> str:
    """HTML describing a loaded corpus: its size, one row per group, and its articles (the first ``max_articles``)."""
    articles = corpus.articles.assign(group=corpus.groups(group_column))
    dates = articles["published"].dropna()
    span = f", published {dates.min()} to {dates.max()}" if len(dates) else ""
    parts = [f"<p>{len(articles):,} articles from {articles['group'].nunique():,} {html.escape(group_column)} "
             f"group(s), {int(articles['n_words'].sum()):,} words of body text{span}.</p>"]
    order = group_order(corpus.outlets, articles["group"])
    groups = (articles.groupby("group", observed=True)
              .agg(n_articles=("article_id", "size"), n_words=("n_words", "sum"))
              .reindex(order).reset_index())
    parts.append(_table(groups, {"group": group_column, "n_articles": "articles", "n_words": "words of body text"}))
    shown = articles.head(max_articles)
    columns = {"article_id": "article", "group": group_column, "published": "published", "title": "title",
               "n_words": "words"}
    parts.append(_table(shown, columns))
    if len(articles) > max_articles:
        parts.append(f"<p>… and {len(articles) - max_articles:,} more articles.</p>")
    return "".join(parts)


def _table(frame: pd.DataFrame, columns: dict[str, str]) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for label in columns.values())
    rows = []
    for record in frame[list(columns)].itertuples(index=False):
        cells = []
        for value in record:
            numeric = pd.api.types.is_number(value) and not pd.api.types.is_bool(value)
            shown = "" if pd.isna(value) else (f"{value:,}" if numeric else str(value))
            cells.append(f'<td class="n">{shown}</td>' if numeric else f"<td>{html.escape(shown)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_report(sections: list[Section], corpus_html: str, *, title: str, corpus_label: str) -> str:
    """The whole page as one HTML string: no external file, script or stylesheet."""
    toc = ['<li><a href="#the-corpus">The corpus</a></li>']
    for sec in sections:
        sub = "".join(f'<li><a href="#{a}">{html.escape(t)}</a></li>' for a, t in sec.headings)
        toc.append(f'<li><a href="#{sec.anchor}">{html.escape(sec.title)}</a>' + (f"<ul>{sub}</ul>" if sub else "") + "</li>")
    body = "".join(f'<section><h2 id="{sec.anchor}">{html.escape(sec.title)}</h2>{"".join(sec.blocks)}</section>'
                   for sec in sections)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
            f"<h1>{html.escape(title)}</h1><p class=\"lede\">Corpus: <code>{html.escape(corpus_label)}</code>. "
            f"Built by <code>framelens build</code> from the executed notebooks; their code, tables and the CSV "
            f"of every chart are in the project folder.</p>"
            f'<nav class="toc"><b>Contents</b><ul>{"".join(toc)}</ul></nav>'
            f'<section><h2 id="the-corpus">The corpus</h2>{corpus_html}</section>{body}</body></html>\n')


def write_report(runs, corpus: str | Path, path: str | Path, *, figures_dir: str | Path | None = None,
                 group_column: str = "outlet", corpus_label: str | None = None, **load_options) -> Path:
    """Build the report from :func:`framelens.build.build`'s runs and write it atomically to ``path``.

    Parameters: ``runs`` -- the :class:`~framelens.build.NotebookRun` list; ``corpus`` -- the corpus
    the notebooks ran on (loaded again for its description, with ``load_options``); ``figures_dir``
    -- where the notebooks saved their figures.
    Returns: the path written.
    """
    from framelens.corpus import load_corpus

    taken = {"the-corpus"}
    sections = [notebook_section(run.executed, taken, run.error, figures_dir) for run in runs if Path(run.executed).exists()]
    corpus_html = corpus_description(load_corpus(corpus, **load_options), group_column)
    label = corpus_label or Path(corpus).name
    page = render_report(sections, corpus_html, title=f"How outlets tell the story: framelens report on {label}",
                         corpus_label=label)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(page)
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the report is for sharing
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path
