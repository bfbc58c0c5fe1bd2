"""Notebook controls: a static result that dropdowns can change when a person runs the notebook.

Executed headless (``framelens build``, the tests, a report), a notebook shows the default
selection as an ordinary output. Opened in JupyterLab, the same cell also shows dropdowns
(ipywidgets) that redraw that output in place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from IPython.display import display


def explore(show: Callable[..., object], **choices: Sequence) -> object:
    """Display ``show(**defaults)`` and dropdowns that call ``show`` again with the picked values.

    Parameters:
        show: a function of the keyword arguments named in ``choices`` that returns what to
            display (a DataFrame, a figure, text).
        choices: for each argument, the values to offer; the first is the default.
    Returns: the default result, ``show`` called with the first value of every choice.
    Raises: ``ValueError`` naming a choice that offers no value.
    """
    empty = [name for name, values in choices.items() if len(values) == 0]
    if empty:
        raise ValueError(f"no values to choose from for {', '.join(empty)}")
    defaults = {name: values[0] for name, values in choices.items()}
    result = show(**defaults)
    handle = display(result, display_id=True)
    try:
        import ipywidgets
    except ImportError:  # the static result is all a headless run needs
        return result
    controls = {name: ipywidgets.Dropdown(options=list(values), value=defaults[name], description=name)
                for name, values in choices.items()}

    def redraw(_change) -> None:
        if handle is not None:
            handle.update(show(**{name: control.value for name, control in controls.items()}))

    for control in controls.values():
        control.observe(redraw, names="value")
    display(ipywidgets.HBox(list(controls.values())))
    return result
