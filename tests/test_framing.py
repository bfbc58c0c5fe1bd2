"""Framing, lexical choices, voice and tone: on the seed articles and on small hand-made fixtures."""

import re
import socket
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import framelens
from framelens import framing, tone as tone_module
from framelens.framing import (FRAME_HITS_COLUMNS, FRAMES_DIR, LEXICAL_CHOICES_COLUMNS, add_group, frame_contrast,
                               frame_hits, frame_scores, lexical_choices, lexical_hits, load_frames,
                               load_lexical_sets, text_units)
from framelens.segments import TEXT_KINDS
from framelens.tone import TONE_COLUMNS, tone, tone_scores
from framelens.voice import (evaluative_markers, quotation_mark_spans, quoted_word_spans, reporting_verb_classes,
                             scare_quotes, voice_composition)

ROOT = Path(__file__).parents[1]
DOC = ROOT / "docs" / "frames.md"


@pytest.fixture(scope="module")
def corpus():
    return framelens.load_corpus(ROOT / "corpus")


@pytest.fixture(scope="module")
def hits(corpus):
    return frame_hits(corpus)


def _fixture(tmp_path, text, name="a.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return framelens.load_corpus(tmp_path)


def _text(corpus, article_id):
    return corpus.articles.set_index("article_id").loc[article_id, "text"]


def _dtypes(spec):
    return {c: str(pd.Series([], dtype=d).dtype) for c, d in spec.items()}


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- lexical choices on the seeds

def _raw_count(corpus, word):
    """Occurrences of ``word`` in text segments that are not repeats, counted straight from the raw text."""
    seg = corpus.segments[corpus.segments["kind"].isin(TEXT_KINDS) & ~corpus.segments["is_duplicate"]]
    outlet = dict(zip(corpus.articles["article_id"], corpus.articles["outlet"]))
    counts = {}
    for aid, s, e in zip(seg["article_id"], seg["start"], seg["end"]):
        n = len(re.findall(rf"\b{word}\b", _text(corpus, aid)[s:e]))
        counts[outlet[aid]] = counts.get(outlet[aid], 0) + n
    return counts


def test_kyiv_and_kiev_per_outlet_match_the_raw_text(corpus):
    table = lexical_choices(corpus).query("set == 'Kyiv/Kiev'").set_index(["outlet", "variant"])["n"]
    kyiv, kiev = _raw_count(corpus, "Kyiv"), _raw_count(corpus, "Kiev")
    for outlet in corpus.articles["outlet"]:
        assert table[(outlet, "Kyiv")] == kyiv[outlet]
        assert table[(outlet, "Kiev")] == kiev[outlet]
    assert kyiv["The Trends Journal"] > 0 and kiev["The Trends Journal"] == 0
    for outlet in ("Sputnik", "Press TV", "WatchOut News"):
        assert kiev[outlet] > 0 and kyiv[outlet] == 0


def test_lexical_choice_shares_and_contract(corpus):
    table = lexical_choices(corpus)
    assert list(table.columns) == ["outlet", *LEXICAL_CHOICES_COLUMNS]
    assert list(table["outlet"].cat.categories) == corpus.group_labels("outlet").cat.categories.tolist()
    assert table["outlet"].iloc[0] == "The Trends Journal"
    used = table[table["n_set"] > 0]
    sums = used.groupby(["outlet", "set"], observed=True)["share"].sum()
    assert np.allclose(sums, 1.0)
    assert table.loc[table["n_set"] == 0, "share"].isna().all()
    by_article = lexical_choices(corpus, by="article")
    assert by_article["n"].sum() == table["n"].sum()
    assert {"article_id", "outlet"} <= set(by_article.columns)


def test_lexical_evidence_slices_back_to_the_raw_text(corpus):
    evidence = lexical_hits(corpus)
    assert len(evidence) > 0
    for row in evidence.itertuples():
        assert _text(corpus, row.article_id)[row.start:row.end] == row.match
        assert row.match in row.sentence


# --------------------------------------------------------------------------- overlaps

OVERLAP_TEXT = ("Russia calls it a special military operation, not a military operation in Kiev. "
                "The operation began in February.\n\nThe Kiev regime and the Ukrainian armed forces said the war "
                "goes on. Kyiv’s allies met.\n")


def test_longest_match_wins_within_an_overlap_group(tmp_path):
    corpus = _fixture(tmp_path, OVERLAP_TEXT)
    n = lexical_choices(corpus, by="article").set_index(["set", "variant"])["n"]
    assert n[("name of the war", "special military operation")] == 1
    assert n[("name of the war", "military operation")] == 1
    assert n[("invasion/operation", "operation")] == 1  # only "The operation began"
    assert n[("Ukraine's armed forces", "Kiev regime")] == 1
    assert n[("Ukraine's armed forces", "Ukrainian forces")] == 1
    # The spelling set is its own overlap group: "Kiev regime" still counts as a Kiev.
    assert n[("Kyiv/Kiev", "Kiev")] == 2 and n[("Kyiv/Kiev", "Kyiv")] == 1


def test_a_longer_regex_beats_a_phrase_listed_first(tmp_path):
    corpus = _fixture(tmp_path, "The military operation in Donbas went on for months.\n")
    sets = _write(tmp_path / "sets.csv", "set,variant,pattern,kind,notes\n"
                  "s,short,military operation,phrase,\n"
                  r"s,long,military\s+operation\s+in\s+\w+,regex," "\n")
    evidence = lexical_hits(corpus, load_lexical_sets(sets))
    assert evidence[["variant", "match"]].values.tolist() == [["long", "military operation in Donbas"]]


def test_patterns_of_one_frame_do_not_overlap_but_frames_do(tmp_path):
    corpus = _fixture(tmp_path, "Russia warned of nuclear weapons near its border.\n")
    frames = _write(tmp_path / "frames.csv", "dictionary,frame,pattern,kind,notes\n"
                    "d,risk,nuclear,word,\nd,risk,nuclear weapons,phrase,\nd,arms,weapon*,word,\n")
    found = frame_hits(corpus, load_frames(frames))
    assert sorted(zip(found["frame"].astype(str), found["match"].astype(str))) == [
        ("arms", "weapons"), ("risk", "nuclear weapons")]


# --------------------------------------------------------------------------- frame hits and scores

def test_every_frame_hit_slices_back_to_the_raw_text(corpus, hits):
    assert len(hits) > 50
    assert dict(hits.dtypes.astype(str)) == _dtypes(FRAME_HITS_COLUMNS)
    sentences = corpus.sentences.set_index(["article_id", "sentence_idx"])
    for row in hits.itertuples():
        assert _text(corpus, row.article_id)[row.start:row.end] == row.match
        sentence = sentences.loc[(row.article_id, row.sentence_idx)]
        assert sentence["start"] <= row.start < row.end <= sentence["end"]
        assert sentence["text"] == row.sentence
        assert sentence["segment_kind"] == row.segment_kind


def test_frame_hits_come_only_from_text_segments(corpus, hits):
    assert set(hits["segment_kind"].astype(str)) <= set(TEXT_KINDS)
    skipped = corpus.segments[~corpus.segments["kind"].isin(TEXT_KINDS) | corpus.segments["is_duplicate"]]
    for row in skipped.itertuples():
        inside = hits[(hits["article_id"] == row.article_id) & (hits["start"] >= row.start) & (hits["end"] <= row.end)]
        assert inside.empty, (row.kind, inside["match"].tolist())
    # Press TV's caption says "the Ukraine war" too, and the TRENDPOST commentary speaks of "nuclear".
    press = hits[(hits["article_id"] == "presstv-2022-12-01") & (hits["match"].str.lower() == "war")]
    assert press["segment_kind"].isin(["headline", "body"]).all()


def test_matching_ignores_case_respects_word_boundaries_and_either_apostrophe(tmp_path):
    text = ("Software firms warn of WAR. The war's cost rose; the war’s toll too.\n\n"
            "An anti-war rally met Kiev's and Kiev’s mayors.\n")
    corpus = _fixture(tmp_path, text)
    frames = _write(tmp_path / "f.csv", "dictionary,frame,pattern,kind,notes\n"
                    "d,war,war,word,\nd,mayor,Kiev's mayor*,phrase,\n")
    found = frame_hits(corpus, load_frames(frames))
    war = found[found["frame"] == "war"]
    assert war["match"].tolist() == ["WAR", "war", "war", "war"]  # not in software or warn; "anti-war" counts
    assert found.loc[found["frame"] == "mayor", "match"].tolist() == ["Kiev’s mayors"]
    assert found.loc[found["frame"] == "mayor", "match"].tolist() != []
    both = frame_hits(corpus, load_frames(_write(tmp_path / "g.csv", "dictionary,frame,pattern,kind,notes\n"
                                                 "d,k,Kiev’s,word,\n")))
    assert both["match"].tolist() == ["Kiev's", "Kiev’s"]


def test_batches_give_the_same_hits_as_one_pass(corpus, hits, monkeypatch):
    monkeypatch.setattr(framing, "_BATCH_CHARS", 1500)
    assert len(list(framing._batches(corpus, TEXT_KINDS))) > 1
    pd.testing.assert_frame_equal(frame_hits(corpus), hits)


def _plain_scan(sources, text):
    """The reference: every source in one alternation, in the matcher's order, with no shortcut."""
    union = "|".join(f"(?P<_{j}>{source})" for j, source in enumerate(sources))
    return [(m.start(), m.end(), int(m.lastgroup[1:])) for m in re.finditer(rf"(?<!\w)(?:{union})", text, re.I)]


@pytest.mark.parametrize("patterns", [
    [("Kiev's", "phrase"), ("sanction*", "word"), ("(?:il)?legitima\\w*", "regex"), ("NATO", "word")],
    [("[a-c]ttack(?:s|ed)?", "regex"), ("-?offensives?", "regex"), ("war", "word"), ("über*", "word")],
    [("\\w+ness", "regex"), ("war", "word")],  # \w: no shortcut possible, same hits
])
def test_the_matcher_shortcuts_find_what_the_plain_union_finds(patterns, corpus):
    sources = [framing.pattern_source(p, k) for p, k in patterns]
    matcher = framing._Matcher.build(sources, list(range(len(sources))), [k == "regex" for _, k in patterns])
    ordered = [sources[i] for i in matcher.rows]
    texts = [*corpus.articles["text"], "Kiev’s ILLEGITIMATE sanctions; anti-war Attacked, counter-offensive "
             "-offensive, Über Übermacht, NATO’s nato, witness business; legitimacy."]
    for text in texts:
        starts, ends, rows = matcher.scan(text, longest=False)
        assert list(zip(starts, ends, rows)) == [(s, e, int(matcher.rows[j])) for s, e, j in _plain_scan(ordered, text)]
    assert sum(len(matcher.scan(t, False)[0]) for t in texts) > 5


def test_frame_scores_are_rates_of_the_evidence(corpus, hits):
    per_article = frame_scores(hits, corpus)
    units = text_units(corpus).set_index("article_id")
    sentences = corpus.sentences[corpus.sentences["segment_kind"].isin(TEXT_KINDS) & ~corpus.sentences["is_duplicate"]]
    assert (units["n_sentences"] == sentences.groupby("article_id").size().reindex(units.index)).all()
    # Body words alone are the articles table's n_words; headlines and subheadings add a few.
    n_words = corpus.articles.set_index("article_id")["n_words"]
    assert (units["n_words"] >= n_words.reindex(units.index)).all()
    assert units.loc["sputnik-2022-10-12", "n_words"] > n_words["sputnik-2022-10-12"]
    row = per_article.query("article_id == 'presstv-2022-12-01' and frame == 'Negotiation and diplomacy'").iloc[0]
    evidence = hits.query("article_id == 'presstv-2022-12-01' and frame == 'Negotiation and diplomacy'")
    assert row["n_hits"] == len(evidence) > 0
    assert row["n_sentences_hit"] == evidence["sentence_idx"].nunique()
    assert row["per_1000_words"] == pytest.approx(1000 * len(evidence) / units.loc["presstv-2022-12-01", "n_words"])
    assert row["share_sentences"] == pytest.approx(row["n_sentences_hit"] / row["n_sentences"])
    frames = load_frames()
    assert len(per_article) == len(corpus.articles) * len(frames[["dictionary", "frame"]].drop_duplicates())
    by_outlet = frame_scores(hits, corpus, by="outlet")
    assert by_outlet["n_hits"].sum() == len(hits)
    assert by_outlet["outlet"].cat.categories.tolist()[0] == "The Trends Journal"
    with pytest.raises(KeyError, match="no articles column"):
        frame_scores(hits, corpus, by="bias")


def test_frame_scores_on_a_counted_fixture(tmp_path):
    corpus = _fixture(tmp_path, "Talks resumed on Monday. Nothing else happened here today at all.\n")
    frames = load_frames(_write(tmp_path / "f.csv", "dictionary,frame,pattern,kind,notes\nd,talk,talks,word,\n"
                                "d,none,zebra,word,\n"))
    scores = frame_scores(frame_hits(corpus, frames), corpus, frames=frames).set_index("frame")
    assert scores.loc["talk", "n_words"] == 11 and scores.loc["talk", "n_sentences"] == 2
    assert scores.loc["talk", "per_1000_words"] == pytest.approx(1000 / 11)
    assert scores.loc["talk", "share_sentences"] == pytest.approx(0.5)
    assert scores.loc["none", "n_hits"] == 0 and scores.loc["none", "per_1000_words"] == 0


def test_frame_contrast_sets_each_group_against_the_others(corpus, hits):
    scores = frame_scores(hits, corpus, by="outlet")
    contrast = frame_contrast(scores, "outlet")
    assert len(contrast) == len(scores)
    row = contrast.query("outlet == 'Press TV' and frame == 'Legitimacy and international law'").iloc[0]
    rest = scores.query("outlet != 'Press TV' and frame == 'Legitimacy and international law'")
    assert row["n_hits_rest"] == rest["n_hits"].sum() and row["n_words_rest"] == rest["n_words"].sum()
    assert row["per_1000_rest"] == pytest.approx(1000 * rest["n_hits"].sum() / rest["n_words"].sum())
    assert row["difference"] == pytest.approx(row["per_1000_words"] - row["per_1000_rest"])
    totals = contrast.groupby("frame")[["n_hits", "n_hits_rest"]].sum()
    assert (totals["n_hits_rest"] == (len(corpus.articles) - 1) * totals["n_hits"]).all()
    with pytest.raises(KeyError, match="frame_scores"):
        frame_contrast(scores, "country")


def test_frame_contrast_of_a_single_group_has_no_rest(tmp_path):
    corpus = _fixture(tmp_path, "Talks resumed on Monday.\n")
    contrast = frame_contrast(frame_scores(frame_hits(corpus), corpus, by="outlet"), "outlet")
    assert (contrast["n_words_rest"] == 0).all() and contrast["per_1000_rest"].isna().all()


def test_add_group_labels_evidence_with_any_articles_column(corpus, hits):
    labelled = add_group(hits, corpus, "country")
    assert list(labelled.columns[:2]) == ["article_id", "country"] and len(labelled) == len(hits)
    assert list(labelled["country"].cat.categories) == list(corpus.group_labels("country").cat.categories)
    country = dict(zip(corpus.articles["article_id"], corpus.groups("country")))
    assert (labelled["country"].astype(str) == labelled["article_id"].map(country)).all()
    outlets = add_group(hits, corpus)
    assert list(outlets.columns) == list(hits.columns) and outlets["outlet"].cat.categories[0] == "The Trends Journal"
    assert (outlets["outlet"].astype(str) == hits["outlet"]).all()
    with pytest.raises(ValueError, match="'elsewhere' is not in the corpus"):
        add_group(pd.DataFrame({"article_id": ["elsewhere"]}), corpus)


# --------------------------------------------------------------------------- dictionaries

@pytest.mark.parametrize("row, problem", [
    ("d,f,(unclosed,regex,", "not a valid regular expression"),
    ("d,f,,word,", "pattern is empty"),
    ("d,f,   ,phrase,", "pattern is empty"),
    ("d,,war,word,", "frame is empty"),
    ("d,f,cold war,word,", "several words"),
    ("d,f,war,stem,", "kind 'stem'"),
    ("d,f,wa*r,word,", "may only end a word"),
    ("d,f,a?,regex,", "matches the empty string"),
    (r"d,f,(\w)\1,regex,", "backreference"),
])
def test_a_malformed_dictionary_row_names_the_file_and_the_row(tmp_path, row, problem):
    path = _write(tmp_path / "mine.csv", f"dictionary,frame,pattern,kind,notes\nd,f,war,word,\n{row}\n")
    with pytest.raises(ValueError, match=rf"mine\.csv, row 3: .*{re.escape(problem)}"):
        load_frames(path)


def test_a_missing_column_names_the_file(tmp_path):
    path = _write(tmp_path / "nokind.csv", "dictionary,frame,pattern\nd,f,war\n")
    with pytest.raises(ValueError, match=r"nokind\.csv: missing column\(s\) kind"):
        load_frames(path)
    with pytest.raises(ValueError, match=r"sets\.csv, row 2: .*not a valid regular expression"):
        load_lexical_sets(_write(tmp_path / "sets.csv", "set,variant,pattern,kind,notes\ns,v,[,regex,\n"))


def test_user_dictionaries_add_to_or_replace_the_shipped_ones(tmp_path):
    mine = _write(tmp_path / "mine.csv", "dictionary,frame,pattern,kind,notes\nmine,grain deal,grain deal,phrase,\n")
    shipped = load_frames()
    both = load_frames([FRAMES_DIR, mine])
    assert len(both) == len(shipped) + 1 and "mine" in set(both["dictionary"])
    assert set(load_frames(mine)["dictionary"]) == {"mine"}
    assert load_frames(tmp_path)["frame"].tolist() == ["grain deal"]


def test_shipped_dictionaries_hold_the_documented_frames():
    frames = load_frames()
    per_dictionary = frames.groupby("dictionary")["frame"].nunique().to_dict()
    assert per_dictionary == {"policy": 14, "generic": 5, "conflict_diplomacy": 7}
    assert (frames.groupby(["dictionary", "frame"]).size() >= 8).all()
    assert not frames.duplicated(["dictionary", "frame", "pattern"]).any()


def _doc_sections():
    sections, dictionary = set(), None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"## .*`(\w+)`", line):
            dictionary = m.group(1)
        elif m := re.match(r"### (.+)", line):
            sections.add((dictionary, m.group(1).strip()))
    return sections


def test_every_shipped_frame_is_documented():
    sections = _doc_sections()
    frames = load_frames()[["dictionary", "frame"]].drop_duplicates()
    missing = [(d, f) for d, f in frames.itertuples(index=False) if (d, f) not in sections]
    assert not missing
    text = DOC.read_text(encoding="utf-8")
    for dictionary, frame in frames.itertuples(index=False):
        body = text.split(f"### {frame}\n", 1)[1].split("\n### ", 1)[0]
        assert "False positives" in body and "Source" in body, (dictionary, frame)


def test_shipped_frames_do_not_fire_on_everything(corpus, hits):
    sentences = corpus.sentences[corpus.sentences["segment_kind"].isin(TEXT_KINDS) & ~corpus.sentences["is_duplicate"]]
    n_sentences = len(sentences)
    share = hits.groupby(["dictionary", "frame"], observed=True).apply(
        lambda g: len(g[["article_id", "sentence_idx"]].drop_duplicates()) / n_sentences)
    # War coverage is mostly about security, so that one frame may be common; no other is near-universal.
    assert (share.drop(("policy", "Security and defense")) < 0.35).all(), share.sort_values().tail()


# --------------------------------------------------------------------------- voice

def test_voice_composition_shares_add_up_to_one(corpus):
    per_article = voice_composition(corpus, by="article")
    assert len(per_article) == 3 * len(corpus.articles)
    sums = per_article.groupby("article_id")["share"].sum()
    assert np.allclose(sums, 1.0)
    trends = per_article.query("article_id == 'trendsjournal-2022-12'").set_index("voice")
    commentary = corpus.segments.query("article_id == 'trendsjournal-2022-12' and kind == 'commentary'")
    assert trends.loc["commentary", "n_chars"] == (commentary["end"] - commentary["start"]).sum()
    assert set(per_article["quote_source"]) == {"quotation marks"}
    by_outlet = voice_composition(corpus)
    assert np.allclose(by_outlet.groupby("outlet", observed=True)["share"].sum(), 1.0)


def test_voice_composition_with_a_quotes_table(tmp_path):
    text = "Lavrov spoke at length today. “We never asked for talks,” he said, and left.\n"
    corpus = _fixture(tmp_path, text)
    start = text.index("We never")
    end = text.index(",”")
    quotes = pd.DataFrame({"article_id": ["a", "a", "a"], "start": [start, start + 3, 0], "end": [end, end, 6],
                           "kind": ["direct", "direct", "indirect"]})
    table = voice_composition(corpus, quotes, by="article").set_index("voice")
    n_text = len(text.rstrip("\n"))
    assert table.loc["quotation", "n_chars"] == end - start  # overlapping quotes count once, indirect not at all
    assert table.loc["reporting", "n_chars"] == n_text - (end - start)
    assert table["share"].sum() == pytest.approx(1.0)
    assert set(table["quote_source"]) == {"quotes table"}
    with pytest.raises(ValueError, match="lacks column"):
        voice_composition(corpus, quotes.drop(columns="kind"))


PARTIAL_TEXT = "Lavrov said the reckless West is “taking part in this war” and must stop.\n"


def _partial_quote(text):
    start = text.index("the reckless")
    return pd.DataFrame({"article_id": ["a"], "start": [start], "end": [text.index(" and must")],
                         "kind": ["partial"]})


def test_only_the_marked_words_of_a_partial_quote_are_quoted(tmp_path):
    corpus = _fixture(tmp_path, PARTIAL_TEXT)
    quotes = _partial_quote(PARTIAL_TEXT)
    spans = quoted_word_spans(corpus, quotes)
    assert [PARTIAL_TEXT[s:e] for s, e in spans["a"]] == ["taking part in this war"]
    whole = quoted_word_spans(corpus, quotes.assign(kind="direct"))
    assert [PARTIAL_TEXT[s:e] for s, e in whole["a"]] == ["the reckless West is “taking part in this war”"]
    assert quoted_word_spans(corpus, quotes, kinds=["direct"]) == {}
    table = voice_composition(corpus, quotes, by="article").set_index("voice")
    assert table.loc["quotation", "n_chars"] == len("taking part in this war")
    markers = evaluative_markers(corpus, quotes=quotes)
    assert markers.loc[markers["marker"] == "reckless", "is_quoted"].tolist() == [False]
    sentence = tone(corpus, quotes).iloc[0]
    assert sentence["n_chars_quoted"] == len("taking part in this war")
    with pytest.raises(ValueError, match="'elsewhere', which is not in the corpus"):
        quoted_word_spans(corpus, quotes.assign(article_id="elsewhere"))


def test_quotation_marks_pair_across_paragraphs_and_skip_apostrophes(tmp_path):
    text = ("He said “the West is at war with us. It has been for years.\n\n"
            "We will not stop,” Lavrov said of NATO’s ‘mission’.\n")
    corpus = _fixture(tmp_path, text)
    spans = quotation_mark_spans(corpus)
    quoted = [text[s:e] for s, e in zip(spans["start"], spans["end"])]
    assert quoted == ["the West is at war with us. It has been for years.", "We will not stop,", "mission"]


def test_evaluative_markers_on_the_seeds(corpus):
    markers = evaluative_markers(corpus)
    for row in markers.itertuples():
        assert _text(corpus, row.article_id)[row.start:row.end] == row.match
    watchout = markers[markers["article_id"] == "watchoutnews-2023-08-03"]
    assert {"bombshell", "admission", "confession", "explosive"} <= set(watchout["marker"].astype(str))
    assert watchout.loc[watchout["marker"] == "bombshell", "segment_kind"].tolist() == ["headline"]
    assert markers["is_quoted"].isna().all()
    quotes = pd.DataFrame({"article_id": ["watchoutnews-2023-08-03"], "start": [0], "end": [120], "kind": ["direct"]})
    flagged = evaluative_markers(corpus, quotes=quotes)
    assert flagged.loc[flagged["marker"] == "bombshell", "is_quoted"].tolist() == [True]
    assert flagged.loc[flagged["marker"] == "explosive", "is_quoted"].tolist() == [False]


def test_scare_quotes_are_short_and_unattributed(tmp_path):
    text = ("Officials denounced the “peace plan” as a trap. He said the talks were “dead” already. "
            "Voters rejected the so-called “referendum” that Moscow said was legal. "
            "Critics mocked the “great big historic peace plan” openly.\n")
    corpus = _fixture(tmp_path, text)
    found = scare_quotes(corpus)
    assert found["quoted"].tolist() == ["peace plan", "referendum"]
    assert found["cue"].tolist() == ["", "so-called"]
    for row in found.itertuples():
        assert text[row.start:row.end] == row.quoted and row.quoted in row.sentence
    quotes = pd.DataFrame({"article_id": ["a"], "start": [text.index("peace plan")],
                           "end": [text.index("peace plan") + 10], "kind": ["partial"]})
    assert "peace plan" not in scare_quotes(corpus, quotes=quotes)["quoted"].tolist()


def test_scare_quotes_on_the_seeds(corpus):
    found = scare_quotes(corpus)
    assert "proxy war" in found["quoted"].tolist()
    assert (found["n_words"] <= 3).all()


def test_reporting_verb_classes_aggregate_the_quotes_table(corpus):
    quotes = pd.DataFrame({
        "article_id": ["presstv-2022-12-01"] * 3 + ["sputnik-2022-10-12"] * 2,
        "outlet": ["Press TV"] * 3 + ["Sputnik"] * 2,
        "verb_lemma": ["say", "say", "accuse", "claim", None],
        "verb_class": ["neutral", "neutral", "evaluative", "evaluative", None],
    })
    table = reporting_verb_classes(quotes).set_index(["outlet", "verb_class"])
    assert table.loc[("Press TV", "neutral"), "n_quotes"] == 2
    assert table.loc[("Press TV", "evaluative"), "share"] == pytest.approx(1 / 3)
    assert table.loc[("Sputnik", "evaluative"), "share"] == pytest.approx(1.0)
    by_country = reporting_verb_classes(quotes.drop(columns="outlet"), "country", corpus=corpus)
    assert set(by_country["country"]) == {"Iran", "Russia"}
    lemmas = reporting_verb_classes(quotes, lemmas=True)
    assert lemmas["n_quotes"].sum() == 4
    with pytest.raises(ValueError, match="verb_class"):
        reporting_verb_classes(quotes.drop(columns="verb_class"))


# --------------------------------------------------------------------------- tone

TONE_TEXT = ("The shelling killed dozens of civilians in a horrific, brutal attack.\n\n"
             "The talks were a great success and brought real hope for a lasting peace.\n")


def test_tone_runs_offline_and_has_the_right_sign(tmp_path, monkeypatch):
    corpus = _fixture(tmp_path, TONE_TEXT)

    def refuse(*args, **kwargs):
        raise AssertionError("tone tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    tone_module.analyzer.cache_clear()
    table = tone(corpus)
    assert dict(table.dtypes.astype(str)) == _dtypes(TONE_COLUMNS)
    assert table["compound"].tolist()[0] < -0.5 and table["compound"].tolist()[1] > 0.5
    assert tone_module.analyzer() is tone_module.analyzer()
    assert table["compound_quoted"].isna().all() and table["n_chars_quoted"].isna().all()


def test_tone_scores_quoted_and_unquoted_text_apart(tmp_path):
    text = "Lavrov said calmly: “This is a terrible, disgusting and evil war.”\n"
    corpus = _fixture(tmp_path, text)
    start, end = text.index("This"), text.index("”")
    quotes = pd.DataFrame({"article_id": ["a"], "start": [start], "end": [end], "kind": ["direct"]})
    table = tone(corpus, quotes)
    row = table.iloc[0]
    assert row["n_chars_quoted"] == end - start
    assert row["compound_quoted"] < -0.5
    assert row["compound_unquoted"] > row["compound_quoted"]
    scores = tone_scores(table, corpus).set_index("part")
    assert scores.loc["quoted", "n_sentences"] == 1 and scores.loc["quoted", "share_negative"] == 1.0
    assert scores.loc["all", "mean_compound"] == pytest.approx(row["compound"])


def test_tone_on_the_seeds(corpus):
    table = tone(corpus)
    counted = corpus.sentences[corpus.sentences["segment_kind"].isin(TEXT_KINDS) & ~corpus.sentences["is_duplicate"]]
    assert len(table) == len(counted)
    assert table["compound"].between(-1, 1).all()
    by_outlet = tone_scores(table, corpus, by="outlet").query("part == 'all'")
    assert by_outlet["outlet"].tolist() == corpus.group_labels("outlet").cat.categories.tolist()
    assert by_outlet["n_sentences"].sum() == len(table)
