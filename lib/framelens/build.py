"""Execute the notebooks headless with a corpus as parameter, so that they write their figures and the report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_NAME = re.compile(r"\d\d-[a-z0-9-]+\.ipynb")


@dataclass(frozen=True)
class NotebookRun:
    """The outcome of executing one notebook."""

    notebook: Path
    executed: Path
    error: str | None


def find_notebooks(folder: str | Path) -> list[Path]:
    """The notebooks named ``NN-slug.ipynb`` in ``folder``, in order."""
    return sorted(p for p in Path(folder).glob("*.ipynb") if NOTEBOOK_NAME.fullmatch(p.name))


def run_notebook(notebook: str | Path, executed: str | Path, parameters: dict) -> None:
    """Execute one notebook with papermill, injecting ``parameters`` after its ``parameters`` cell.

    The notebook runs with its own folder as working directory and writes the executed copy to
    ``executed``. Raises papermill's ``PapermillExecutionError`` when a cell fails.
    """
    import papermill

    notebook, executed = Path(notebook), Path(executed)
    executed.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(notebook), str(executed), parameters=parameters, kernel_name="python3",
        cwd=str(notebook.parent), progress_bar=False, log_output=False,
    )


def build(corpus: str | Path, figures_dir: str | Path, *, notebooks_dir: str | Path | None = None,
          executed_dir: str | Path | None = None, extra_parameters: dict | None = None,
          progress: bool = True) -> list[NotebookRun]:
    """Execute every notebook on ``corpus``; each writes its figures under ``figures_dir``.

    Parameters: paths are resolved against the current folder; ``extra_parameters`` are passed
    to every notebook (for example ``group_column``).
    Every notebook's kernel loads the corpus through one cache of analysed articles
    (``build/cache``, or the ``FRAMELENS_CACHE`` folder if set), so that a build after adding one
    article analyses only that article.
    Returns: one :class:`NotebookRun` per notebook. A failing notebook does not stop the others;
    its error is returned.
    """
    import os

    from tqdm.auto import tqdm

    from framelens.corpus import CACHE_ENV

    notebooks_dir = Path(notebooks_dir) if notebooks_dir else PROJECT_ROOT / "notebooks"
    executed_dir = Path(executed_dir) if executed_dir else PROJECT_ROOT / "build" / "notebooks"
    parameters = {"corpus_path": str(Path(corpus).resolve()), "figures_dir": str(Path(figures_dir).resolve()),
                  **(extra_parameters or {})}
    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = previous or str(PROJECT_ROOT / "build" / "cache")  # inherited by each kernel
    try:
        runs = []
        notebooks = find_notebooks(notebooks_dir)
        bar = tqdm(notebooks, desc="framelens build", unit="notebook", disable=not progress)
        for notebook in bar:
            bar.set_postfix_str(notebook.name)
            executed = executed_dir / notebook.name
            try:
                run_notebook(notebook, executed, parameters)
                runs.append(NotebookRun(notebook, executed, None))
            except Exception as err:  # report and go on with the next notebook
                runs.append(NotebookRun(notebook, executed, f"{type(err).__name__}: {err}"))
    finally:
        if previous is None:
            os.environ.pop(CACHE_ENV, None)
    return runs


def report_path(corpus: str | Path, out: str | Path | None) -> Path:
    """Where ``framelens build`` writes the HTML report, beside the figures.

    ``reports/index.html`` for the project corpus, ``build/reports/NAME/index.html`` for another
    corpus, and ``reports/index.html`` in the parent of an ``out`` folder given explicitly.
    """
    if out is not None:
        return Path(out).resolve().parent / "reports" / "index.html"
    if Path(corpus).resolve() == (PROJECT_ROOT / "corpus").resolve():
        return PROJECT_ROOT / "reports" / "index.html"
    return PROJECT_ROOT / "build" / "reports" / Path(corpus).stem / "index.html"
