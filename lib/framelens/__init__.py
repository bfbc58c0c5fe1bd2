"""framelens: compare how news outlets tell the same story, from raw article files to tidy tables."""

from framelens.corpus import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]
__version__ = "0.1.0"
