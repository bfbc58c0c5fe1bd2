"""framelens.interactive: the static default and the dropdowns that redraw it."""

import pytest

from framelens import interactive


def test_explore_shows_the_default_and_redraws_on_a_new_pick(monkeypatch):
    shown, updates = [], []

    class Handle:
        def update(self, obj):
            updates.append(obj)

    def fake_display(obj, display_id=None):
        shown.append(obj)
        return Handle() if display_id else None

    monkeypatch.setattr(interactive, "display", fake_display)
    result = interactive.explore(lambda term, outlet: f"{term}@{outlet}", term=["kyiv", "kiev"],
                                 outlet=["Sputnik", "Press TV"])
    assert result == "kyiv@Sputnik" and shown[0] == "kyiv@Sputnik"
    box = shown[1]
    term_control, outlet_control = box.children
    term_control.value = "kiev"
    outlet_control.value = "Press TV"
    assert updates == ["kiev@Sputnik", "kiev@Press TV"]


def test_explore_refuses_an_empty_choice():
    with pytest.raises(ValueError, match="term"):
        interactive.explore(lambda term: term, term=[])
