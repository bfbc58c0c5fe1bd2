"""The framelens command line: tables for a corpus folder or files, and clear errors."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from framelens.cli import main

from conftest import CORPUS


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("name", ["articles", "segments", "sentences", "tokens", "problems", "outlets"])
def test_every_table_as_csv_on_the_seed_corpus(capsys, name):
    code, out, _ = run(capsys, "table", name, str(CORPUS))
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert len(frame) > 0
    if name != "outlets":
        assert frame["file"].str.startswith("articles/").all(), "file is relative to the folder given"


def test_tokens_table_carries_file_and_offsets(capsys):
    code, out, _ = run(capsys, "table", "tokens", str(CORPUS))
    tokens = pd.read_csv(io.StringIO(out), keep_default_na=False)
    raw = {f: (CORPUS / f).read_text(encoding="utf-8") for f in tokens["file"].unique()}
    sample = tokens.sample(200, random_state=1)
    for row in sample.itertuples():
        assert raw[row.file][row.start:row.end] == row.token


def test_jsonl_and_parquet_outputs(capsys, tmp_path):
    code, out, _ = run(capsys, "table", "sentences", str(CORPUS), "--format", "jsonl")
    first = json.loads(out.splitlines()[0])
    assert first["article_id"] == "trendsjournal-2022-12" and first["sentence_idx"] == 0
    target = tmp_path / "segments.parquet"
    code, _, _ = run(capsys, "table", "segments", str(CORPUS), "--format", "parquet", "--output", str(target))
    assert code == 0 and set(pd.read_parquet(target)["kind"]) >= {"body", "caption", "boilerplate"}


def test_plain_files_without_manifest_and_problem_summary(capsys, tmp_path):
    (tmp_path / "good.txt").write_text("A headline\n\nThe minister said the talks would resume soon.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "table", "articles", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"))
    assert code == 0
    articles = pd.read_csv(io.StringIO(out))
    assert articles["article_id"].tolist() == ["good"] and articles["outlet"].tolist() == ["unknown"]
    assert "empty.txt" in err and "1 error" in err


def test_missing_path_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "table", "tokens", str(tmp_path / "nope"))
    assert code == 2 and "nope: no such file or folder" in err


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "framelens"
    result = subprocess.run([str(script), "table", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "articles" in result.stdout


def test_terms_table_by_any_articles_column(capsys):
    code, out, _ = run(capsys, "table", "terms", str(CORPUS), "--by", "kind", "--max-n", "2")
    terms = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert code == 0 and list(terms.columns[:3]) == ["kind", "term", "n"]
    assert set(terms["n"]) == {1, 2}
    kyiv = terms[terms.term == "kiev"].set_index("kind")["count"]
    assert kyiv.sum() > 0 and set(kyiv.index) <= set(pd.read_csv(CORPUS / "outlets.csv")["kind"])


def test_keyness_table_for_one_target_against_one_reference(capsys):
    code, out, _ = run(capsys, "table", "keyness", str(CORPUS), "--target", "Press TV", "--reference", "Sputnik")
    table = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert code == 0 and set(table["target"]) == {"Press TV"} and set(table["reference"]) == {"Sputnik"}
    assert table["log_odds_z"].is_monotonic_decreasing
    code, out, _ = run(capsys, "table", "keyness", str(CORPUS), "--n", "2")
    every = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert every["target"].nunique() == 5 and (every["reference"] == "rest").all()
    assert every["term"].str.count(" ").eq(1).all(), "--n 2 compares bigrams"


def test_keyness_by_an_unknown_column_is_a_clear_error(capsys):
    code, _, err = run(capsys, "table", "keyness", str(CORPUS), "--by", "bias")
    assert code == 2 and "no articles column 'bias'" in err and "outlet" in err


def test_sample_loads_the_same_articles_every_time(capsys, tmp_path):
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(f"Article {i} says the talks resumed on Monday.\n", encoding="utf-8")
    picks = []
    for _ in range(2):
        code, out, _ = run(capsys, "table", "articles", str(tmp_path), "--sample", "3")
        picks.append(pd.read_csv(io.StringIO(out))["article_id"].tolist())
    assert picks[0] == picks[1] and len(picks[0]) == 3 and picks[0] == sorted(picks[0])
    code, _, err = run(capsys, "table", "articles", str(tmp_path), "--sample", "0")
    assert code == 2 and "sample" in err


def test_frames_scores_and_evidence_trace_to_the_raw_text(capsys):
    code, out, _ = run(capsys, "table", "frames", str(CORPUS), "--per-article")
    scores = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert code == 0 and {"article_id", "frame", "n_hits", "per_1000_words"} <= set(scores.columns)
    code, out, _ = run(capsys, "table", "frames", str(CORPUS), "--evidence")
    hits = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert code == 0 and len(hits) == scores["n_hits"].sum()
    files = pd.read_csv(CORPUS / "manifest.csv").set_index("article_id")["file"]
    raw = {a: (CORPUS / f).read_bytes().decode("utf-8") for a, f in files.items()}
    assert all(raw[h.article_id][h.start:h.end] == h.match for h in hits.itertuples())


def test_frames_with_a_bad_dictionary_row_names_file_and_row(capsys, tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text("dictionary,frame,pattern,kind,notes\nmine,Escalation,nuclear,word,fine\n"
                   "mine,Escalation,(unclosed,regex,broken\n",
                   encoding="utf-8")
    code, _, err = run(capsys, "table", "frames", str(CORPUS), "--frames", str(bad))
    assert code == 2 and "mine.csv" in err and "row 3" in err


def test_lexical_choices_and_tone_by_outlet(capsys):
    code, out, _ = run(capsys, "table", "lexical_choices", str(CORPUS))
    choices = pd.read_csv(io.StringIO(out), keep_default_na=False).query("set == 'Kyiv/Kiev'")
    used = choices[choices.n > 0].set_index("outlet")["variant"]
    assert code == 0 and used["The Trends Journal"] == "Kyiv" and used["Sputnik"] == "Kiev"
    code, out, _ = run(capsys, "table", "tone", str(CORPUS))
    tone = pd.read_csv(io.StringIO(out))
    overall = tone[tone.part == "all"]
    assert code == 0 and len(overall) == 5 and overall["mean_compound"].between(-1, 1).all()


def test_quotes_and_speakers_on_plain_text_files_without_manifest(capsys, tmp_path):
    (tmp_path / "one.txt").write_text("Talks stall\n\n“We are not ready to sign,” said Foreign Minister Ana Ruiz. "
                                      "The talks will resume in May, according to the ministry.\n", encoding="utf-8")
    code, out, _ = run(capsys, "table", "quotes", str(tmp_path))
    quotes = pd.read_csv(io.StringIO(out))
    assert code == 0 and quotes["speaker"].tolist()[0] == "Ana Ruiz" and quotes["file"].tolist()[0] == "one.txt"
    code, out, _ = run(capsys, "table", "speakers", str(tmp_path))
    table = pd.read_csv(io.StringIO(out))
    assert code == 0 and table.iloc[0]["speaker"] == "Ana Ruiz" and table.iloc[0]["n_direct"] == 1


def test_shared_quotes_and_fragments_on_the_seeds(capsys):
    code, out, _ = run(capsys, "table", "shared_quotes", str(CORPUS))
    shared = pd.read_csv(io.StringIO(out))
    assert code == 0 and shared.groupby("shared_id")["outlet"].nunique().min() >= 2
    code, out, _ = run(capsys, "table", "quotes", str(CORPUS))
    speech = pd.read_csv(io.StringIO(out))
    code, out, _ = run(capsys, "table", "quotes", str(CORPUS), "--with-fragments")
    every = pd.read_csv(io.StringIO(out))
    assert speech["is_speech"].all() and (~every["is_speech"]).sum() == len(every) - len(speech) > 0


def test_similarity_shared_passages_and_mentions_on_the_seeds(capsys):
    code, out, _ = run(capsys, "table", "shared_passages", str(CORPUS))
    passages = pd.read_csv(io.StringIO(out))
    pair = passages[(passages.article_id == "trendsjournal-2022-12") & (passages.other_article_id == "presstv-2022-12-01")]
    assert code == 0 and pair["text"].str.contains("training their military", regex=False).any()
    assert {"start", "end", "other_start", "other_end"} <= set(passages.columns)
    code, out, _ = run(capsys, "table", "similarity", str(CORPUS))
    pairs = pd.read_csv(io.StringIO(out))
    assert code == 0 and len(pairs) == 20 and pairs["cosine"].between(0, 1).all() and not pairs["is_republication"].any()
    code, out, _ = run(capsys, "table", "mentions", str(CORPUS))
    found = pd.read_csv(io.StringIO(out))
    stoltenberg = set(found.loc[found.entity == "Jens Stoltenberg", "outlet"])
    assert code == 0 and stoltenberg == {"The Trends Journal", "Sputnik"}


def test_similarity_flags_a_republished_plain_text_file(capsys, tmp_path):
    body = ("The city council voted on Monday to close the old bridge for repairs that will last two years, "
            "and buses will take a longer route through the northern district while the work goes on.\n\n"
            "Shop owners near the bridge said they feared losing customers, but the mayor promised help.\n")
    (tmp_path / "first.txt").write_text("Bridge to close\n\n" + body, encoding="utf-8")
    (tmp_path / "second.txt").write_text("Local news\n\n" + body + "\nShare this story. All rights reserved.\n",
                                         encoding="utf-8")
    code, out, _ = run(capsys, "table", "similarity", str(tmp_path), "--min-cosine", "0.5")
    pairs = pd.read_csv(io.StringIO(out))
    assert code == 0 and pairs["is_republication"].all() and set(pairs["article_id"]) == {"first", "second"}
