"""Shared fixtures: the seed corpus that ships in corpus/, loaded once per test session."""

from pathlib import Path

import pytest

import framelens

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seeds() -> framelens.Corpus:
    return framelens.load_corpus(CORPUS)


@pytest.fixture(scope="session")
def settings():
    from framelens.corpus import Settings
    return Settings.default()
