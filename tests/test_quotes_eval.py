"""The scoring of benchmarks/quotes_eval.py, on hand-made spans and invented sentences.

None of these tests reads the PolNeAR file: the end-to-end test writes a small invented file of
the same shape.
"""

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "quotes_eval.py"
spec = importlib.util.spec_from_file_location("quotes_eval", PATH)
qe = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qe)


def test_discontinuous_gold_counts_the_union_of_its_spans():
    gold = [(0, 10), (20, 30), (25, 28)]
    assert qe.n_chars(gold) == 20
    assert qe.coverage([(0, 10)], gold) == 0.5
    assert qe.coverage([(0, 30)], gold) == 1.0
    assert qe.coverage([(10, 20)], gold) == 0.0


def test_thresholds_are_strict():
    gold = [[(0, 10)]]
    assert qe.match([[(0, 3)]], gold, 0.3) == []  # exactly 30% is not more than 30%
    assert qe.match([[(0, 4)]], gold, 0.3) == [(0, 0)]
    assert qe.match([[(0, 8)]], gold, 0.8) == []
    assert qe.match([[(0, 9)]], gold, 0.8) == [(0, 0)]


def test_discontinuous_gold_at_both_thresholds():
    gold = [[(0, 10), (50, 60)]]
    assert qe.match([[(0, 10)]], gold, 0.3) == [(0, 0)]
    assert qe.match([[(0, 10)]], gold, 0.8) == []
    assert qe.match([[(0, 60)]], gold, 0.8) == [(0, 0)]


def test_one_prediction_matches_at_most_one_gold_item():
    outer, inner = [(0, 20)], [(5, 10)]
    assert qe.match([[(0, 20)]], [inner, outer], 0.3) == [(0, 1)]  # the better fit, by IoU


def test_one_gold_item_matches_at_most_one_prediction():
    assert qe.match([[(0, 5)], [(0, 10)], [(5, 10)]], [[(0, 10)]], 0.3) == [(1, 0)]


def test_matching_maximises_the_number_of_pairs():
    # A greedy pass by overlap would give the wide prediction the first gold item and leave the
    # narrow one unmatched.
    golds = [[(0, 10)], [(10, 20)]]
    preds = [[(0, 20)], [(0, 10)]]
    assert qe.match(preds, golds, 0.3) == [(0, 1), (1, 0)]


def test_no_predictions_or_no_gold():
    assert qe.match([], [[(0, 5)]], 0.3) == []
    assert qe.match([[(0, 5)]], [], 0.3) == []


def test_prf():
    assert qe.prf(10, 8, 20, 8) == pytest.approx({"precision": 80.0, "recall": 40.0, "f1": 53.3333}, rel=1e-4)
    empty = qe.prf(0, 0, 5, 0)
    assert pd.isna(empty["precision"]) and empty["recall"] == 0.0 and pd.isna(empty["f1"])


def test_speaker_match_needs_a_gold_source_and_an_overlap():
    gold_spans = [[(10, 20)], [(30, 40)], [(50, 60)]]
    gold_sources = [[(0, 5)], [], [(45, 48)]]
    pred_spans = [[(10, 20)], [(30, 40)], [(50, 60)], [(70, 80)]]
    pred_speakers = [[(3, 9)], [(25, 28)], [], [(0, 5)]]
    golds, preds = qe.score_spans(gold_spans, gold_sources, pred_spans, pred_speakers)
    assert [g["speaker_ok"] for g in golds] == [True, None, False]
    assert [p["speaker_ok"] for p in preds] == [True, None, False, None]
    assert [p["matched_30"] for p in preds] == [True, True, True, False]


def test_speech_or_belief_cues():
    assert qe.is_speech_cue("told", False)
    assert qe.is_speech_cue("has repeatedly insisted", False)
    assert qe.is_speech_cue("according to", False)
    assert qe.is_speech_cue("said in a statement", False)
    assert qe.is_speech_cue("—", False)
    assert not qe.is_speech_cue("believes", False)
    assert not qe.is_speech_cue("is expected", True)  # a belief cue wins over quotation marks
    assert qe.is_speech_cue("put it", True)
    assert not qe.is_speech_cue("put it", False)
    assert not qe.is_speech_cue(None, False)


def test_quoted_content():
    text = 'The mayor said, “The bridge opens in May,” and left. Residents hope it opens sooner.'
    inside = (text.index("The bridge"), text.index(",”"))
    assert qe.is_quoted(text, [inside])
    assert qe.is_quoted(text, [(inside[0] - 1, inside[1] + 2)])  # marks included
    assert not qe.is_quoted(text, [(text.index("it opens"), len(text) - 1)])


def test_score_takes_precision_against_all_gold_and_recall_per_subset():
    gold = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "publisher": ["p", "p", "p", "q"],
                         "spans": [[(0, 10)], [(20, 30)], [(40, 50)], [(0, 10)]],
                         "source": [[], [], [], []], "cue": ["said", "said", "hopes", "said"],
                         "is_speech": [True, True, False, True]})
    preds = pd.DataFrame({"article_id": ["a", "a", "a", "c"], "kind": ["direct", "indirect", "direct", "direct"],
                          "spans": [[(0, 10)], [(40, 50)], [(60, 70)], [(0, 5)]],
                          "speaker_spans": [[], [], [], []], "is_speech": [True] * 4})
    scored_gold, scored_preds = qe.score(gold, preds)
    summary = qe.summarize(scored_gold, scored_preds)
    assert summary["all"]["precision_30"] == 50.0  # the belief match is not a false positive
    assert summary["speech"]["recall_30"] == pytest.approx(100 / 3)
    assert summary["belief"]["recall_30"] == 100.0
    assert scored_preds["gold_is_speech"].tolist() == [True, False, None, None]
    kinds = qe.by_kind(scored_preds)
    assert kinds.loc["direct", "n_pred"] == 3 and kinds.loc["indirect", "matched_30"] == 100.0


def test_prediction_table_reads_missing_speakers():
    quotes = pd.DataFrame({"article_id": ["a", "a"], "kind": ["direct", "fragment"], "method": ["m", "n"],
                           "text": ["x", "y"], "start": [3, 9], "end": [6, 12], "speaker_mention": ["Ann", pd.NA],
                           "speaker_start": pd.array([0, pd.NA], dtype="Int64"),
                           "speaker_end": pd.array([2, pd.NA], dtype="Int64"), "verb": ["said", pd.NA],
                           "is_speech": [True, False]})
    table = qe.prediction_table(quotes)
    assert table["spans"].tolist() == [[(3, 6)], [(9, 12)]]
    assert table["speaker_spans"].tolist() == [[(0, 2)], []]


def test_statements_join_their_rows_spans_and_keep_the_first_speaker():
    quotes = pd.DataFrame({"article_id": ["a", "a", "a"], "statement_idx": [0, 0, 2],
                           "kind": ["direct", "direct", "indirect"], "method": ["m", "continued_quote", "r"],
                           "text": ["x", "y", "z"], "start": [3, 20, 40], "end": [10, 30, 50],
                           "speaker_mention": ["Ann", "Ann", "Bo"],
                           "speaker_start": pd.array([0, 0, 35], dtype="Int64"),
                           "speaker_end": pd.array([2, 2, 37], dtype="Int64"), "verb": ["said", "said", "told"],
                           "is_speech": [True, True, True]})
    statements = qe.statement_table(qe.prediction_table(quotes))
    assert statements["spans"].tolist() == [[(3, 10), (20, 30)], [(40, 50)]]
    assert statements[["start", "end", "method"]].values.tolist() == [[3, 30, "m"], [40, 50, "r"]]
    assert statements["speaker_spans"].tolist() == [[(0, 2)], [(35, 37)]]
    gold = pd.DataFrame({"article_id": ["a"], "publisher": ["p"], "spans": [[(3, 10), (20, 30)]], "source": [[(0, 2)]],
                         "cue": ["said"], "is_speech": [True]})
    _, by_row = qe.score(gold, qe.prediction_table(quotes))
    _, by_statement = qe.score(gold, statements)
    assert by_row["matched_80"].tolist() == [False, False, False]  # neither row covers 80% of the quotation
    assert by_statement["matched_80"].tolist() == [True, False]  # the joined rows do


def test_main_skips_without_the_data(tmp_path, capsys):
    assert qe.main(["--path", str(tmp_path / "absent.jsonl")]) == 0
    assert capsys.readouterr().out.startswith("skipped:")


def _attribution(text, source, cue, content, kind="Attribution"):
    def part(phrase):
        if phrase is None:
            return None
        start = text.index(phrase)
        return {"spans": [[start, start + len(phrase)]], "text": phrase}
    return {"id": "E1", "type": kind, "source": part(source), "cue": part(cue), "content": part(content)}


def test_self_check_scores_100_on_an_invented_file(tmp_path, capsys):
    first = "The mayor said the bridge opens in May. Residents hope it opens sooner.\n"
    second = "“We are ready,” the engineer told reporters. Officials expect delays.\n"
    records = [
        {"compartment": "dev", "article": "town-bridge", "annotator": "b2", "publisher": "gazette", "text": first,
         "attributions": []},
        {"compartment": "dev", "article": "town-bridge", "annotator": "a1", "publisher": "gazette", "text": first,
         "attributions": [_attribution(first, "The mayor", "said", "the bridge opens in May"),
                          _attribution(first, "Residents", "hope", "it opens sooner")]},
        {"compartment": "dev", "article": "site-visit", "annotator": "a1", "publisher": "herald", "text": second,
         "attributions": [_attribution(second, "the engineer", "told", "We are ready"),
                          _attribution(second, None, "expect", "delays", "Attribution-no-source")]},
        {"compartment": "train", "article": "other", "annotator": "a1", "publisher": "herald", "text": second,
         "attributions": []},
    ]
    data = tmp_path / "invented.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    metrics_path = tmp_path / "metrics.json"
    assert qe.main(["--path", str(data), "--self-check", "--json", str(metrics_path)]) == 0
    assert "2 articles" in capsys.readouterr().out
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    assert metrics["n_articles_left_out"] == 0
    every_row = metrics["summary"]["all rows"]
    assert every_row["all"]["n_gold"] == 4  # the first annotator's file of the bridge article
    assert every_row["speech"]["n_gold"] == 2
    for subset in every_row.values():
        assert subset["f1_30"] == subset["f1_80"] == 100.0
    assert every_row["all"]["speaker_match"] == 100.0 and every_row["all"]["n_speaker_pairs"] == 3
