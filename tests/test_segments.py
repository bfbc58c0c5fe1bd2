"""Segments on the real seed articles: noise is labelled by kind of noise and never reaches body sentences."""

import pandas as pd
import pytest

import framelens
from framelens.quotes import extract_quotes
from framelens.segments import load_rules, segment_text


def kind_of(seeds, article_id: str, text: str) -> str:
    """The kind of the one non-whitespace segment of ``article_id`` whose text is exactly ``text``."""
    seg = seeds.segments
    hits = seg[(seg.article_id == article_id) & (seg.text == text)]
    assert len(hits) == 1, f"expected one segment {text!r} in {article_id}, found {len(hits)}"
    return hits.iloc[0]["kind"]


@pytest.mark.parametrize("article_id, text", [
    ("trendsjournal-2022-12", "Skip to content"),
    ("presstv-2022-12-01", "News \u00a0 / \u00a0 Russia"),
    ("presstv-2022-12-01", "Press TV’s website can also be accessed at the following alternate addresses:"),
    ("presstv-2022-12-01", "Press TV News Roku"),
    ("sputnik-2022-10-12", "Subscribe"),
    ("watchoutnews-2023-08-03", "top of page"),
    ("watchoutnews-2023-08-03", "39 views0 comments"),
    ("watchoutnews-2023-08-03", "bottom of page"),
    ("sarajevotimes-2026-02", "Share This Article"),
    ("sarajevotimes-2026-02", "Leave a Comment"),
    ("sarajevotimes-2026-02", "Leave a Reply Cancel reply"),
    ("sarajevotimes-2026-02", "Exit mobile version"),
])
def test_navigation_and_footers_are_boilerplate(seeds, article_id, text):
    assert kind_of(seeds, article_id, text) == "boilerplate"


def test_press_tv_unrelated_politicians_caption_is_a_caption(seeds):
    seg = seeds.segments
    caption = seg[(seg.article_id == "presstv-2022-12-01") & seg.text.str.contains("Ilhan Omar", regex=False)]
    assert caption["kind"].tolist() == ["caption"]
    illustrative = seg[(seg.article_id == "presstv-2022-12-01") & seg.text.str.endswith("(Illustrative photo)")]
    assert illustrative["kind"].tolist() == ["caption"]


def test_sputnik_caption_printed_twice_is_caption_and_marked_duplicate(seeds):
    seg = seeds.segments
    sputnik = seg[seg.article_id == "sputnik-2022-10-12"]
    gestures = sputnik[sputnik.text.str.contains("Stoltenberg gestures as he speaks", regex=False)]
    assert gestures["kind"].tolist() == ["caption", "caption"]
    first, second = gestures.iloc[0], gestures.iloc[1]
    assert not first["is_duplicate"] and second["is_duplicate"]
    assert second["duplicate_of"] == first["segment_idx"]
    credits = sputnik[sputnik.text.str.startswith("©")]
    assert set(credits["kind"]) == {"caption"} and len(credits) == 4


def test_trendpost_blocks_and_self_reference_are_commentary(seeds):
    seg = seeds.segments
    tj = seg[seg.article_id == "trendsjournal-2022-12"]
    trendpost = tj[tj.text.str.startswith("TRENDPOST:")]
    assert len(trendpost) == 2 and set(trendpost["kind"]) == {"commentary"}
    we_reported = tj[tj.text.str.startswith("We\u00a0reported")]
    assert we_reported["kind"].tolist() == ["commentary"]


def test_headlines_datelines_and_subheadings(seeds):
    assert kind_of(seeds, "sputnik-2022-10-12",
                   "Kremlin: We Can Say NATO Fights in Ukraine After Stoltenberg's Statement") == "headline"
    assert kind_of(seeds, "sputnik-2022-10-12", "09:39 GMT 12.10.2022 (Updated: 10:54 GMT 05.03.2023)") == "dateline"
    assert kind_of(seeds, "sputnik-2022-10-12", "MOSCOW (Sputnik) -") == "dateline"
    assert kind_of(seeds, "watchoutnews-2023-08-03", "Updated: Aug 3, 2023") == "dateline"
    assert kind_of(seeds, "trendsjournal-2022-12", "NATO Sends More Troops to Russia’s Border") == "subheading"
    tj = seeds.segments[seeds.segments.article_id == "trendsjournal-2022-12"]
    assert "headline" not in set(tj["kind"]), "the Trends Journal text starts without a headline"


def test_no_noise_reaches_body_sentences(seeds):
    body = seeds.sentences[seeds.sentences.segment_kind == "body"]["text"]
    for noise in ("Skip to content", "TRENDPOST", "Ilhan Omar", "Illustrative photo", "©", "gestures as he speaks",
                  "alternate addresses", "Roku", "views0", "Share This Article", "Leave a", "mobile version",
                  "top of page", "Subscribe", "We\u00a0reported"):
        assert not body.str.contains(noise, regex=False).any(), noise


def test_segments_tile_every_seed_text(seeds):
    for article in seeds.articles.itertuples():
        seg = seeds.segments[seeds.segments.article_id == article.article_id].sort_values("segment_idx")
        assert seg["start"].iloc[0] == 0 and seg["end"].iloc[-1] == len(article.text)
        assert (seg["start"].to_numpy()[1:] == seg["end"].to_numpy()[:-1]).all()
        assert "".join(seg["text"]) == article.text


def test_rules_are_for_kinds_of_noise_not_files():
    text = ("Home\n\nOil prices climb after OPEC cut\n\nBy Jane Doe\n\nUpdated: March 3, 2024\n\n"
            "LONDON (Reuters) — Oil prices rose on Monday after producers agreed to cut output, traders said.\n\n"
            "Traders said the market had expected a smaller cut and moved quickly on the news.\n\n"
            "A tanker at sea. (File photo)\n\n"
            "EDITOR'S NOTE: This story has been updated with comment from analysts.\n\n"
            "Share\n\nRelated articles\n\n© 2024 Example News. All rights reserved.\n")
    kinds = [(s["kind"], text[s["start"]:s["end"]]) for s in segment_text(text, load_rules()) if s["kind"] != "whitespace"]
    assert kinds == [
        ("boilerplate", "Home"),
        ("headline", "Oil prices climb after OPEC cut"),
        ("dateline", "By Jane Doe"),
        ("dateline", "Updated: March 3, 2024"),
        ("dateline", "LONDON (Reuters) —"),
        ("body", "Oil prices rose on Monday after producers agreed to cut output, traders said."),
        ("body", "Traders said the market had expected a smaller cut and moved quickly on the news."),
        ("caption", "A tanker at sea. (File photo)"),
        ("commentary", "EDITOR'S NOTE: This story has been updated with comment from analysts."),
        ("boilerplate", "Share"),
        ("boilerplate", "Related articles"),
        ("boilerplate", "© 2024 Example News. All rights reserved."),
    ]


def test_hard_wrapped_paragraph_is_one_block():
    text = "Headline here\n\nThe minister said the talks would go on\nuntil an agreement was reached.\n"
    blocks = [s for s in segment_text(text, load_rules()) if s["kind"] == "body"]
    assert len(blocks) == 1 and text[blocks[0]["start"]:blocks[0]["end"]].endswith("reached.")


def test_bad_rule_file_names_file_and_row(tmp_path):
    bad = tmp_path / "rules.csv"
    bad.write_text("rule,kind,zone,max_words,ignore_case,pattern,notes\n"
                   "ok,boilerplate,any,3,true,home,\nbroken,boilerplate,any,3,true,(unclosed,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"rules\.csv, row 3 \(rule 'broken'\).*not a valid regular expression"):
        load_rules(bad)
    bad.write_text("rule,kind,zone,max_words,ignore_case,pattern,notes\nx,advert,any,3,true,home,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"row 2.*kind 'advert'"):
        load_rules(bad)


def test_segment_kinds_are_categorical_with_every_kind(seeds):
    assert isinstance(seeds.segments["kind"].dtype, pd.CategoricalDtype)
    counts = seeds.segments["kind"].value_counts()
    for kind in ("headline", "dateline", "subheading", "body", "caption", "commentary", "boilerplate", "whitespace"):
        assert counts[kind] > 0, kind


@pytest.mark.parametrize("paragraph", [
    "Support rose to 41 percent, according to the latest Reuters/Ipsos poll published on Tuesday.",
    "Picture-perfect weather greeted the delegates as they arrived for the second day of talks.",
    "Image-conscious ministers avoided the cameras as they left the building after the vote.",
    "The company said the fine was modest after the scandal (a heavy blow to its image).",
    "Jan. 6, 2021 was a dark day for American democracy, the senator told the hearing.",
    "Updated figures were published on Monday by the national statistics office in Kyiv.",
    "We warned them for years that this would happen, Lavrov told reporters in Moscow.",
    "Join us in condemning this aggression, Zelensky told the parliament in a video address.",
    "Read more about the plan in the documents the ministry released to journalists on Friday.",
    "We reported nothing new, the spokesman said, because the talks had produced nothing new.",
])
def test_ordinary_body_paragraphs_stay_body(paragraph):
    text = ("A headline for the story\n\nThe first paragraph of the story runs to more than eight words.\n\n"
            f"{paragraph}\n\nThe last paragraph of the story also runs to more than eight words.\n")
    kinds = {text[s["start"]:s["end"]]: s["kind"] for s in segment_text(text, load_rules())}
    assert kinds[paragraph] == "body"


@pytest.mark.parametrize("headline", ["O'Driscoll/Gregan lead Aid stars", "Will Tory tax cuts lift spirits?"])
def test_headlines_with_slashes_or_questions_are_headlines(headline):
    text = f"{headline}\n\nThe party said on Monday that it would publish its plans later this week.\n"
    assert segment_text(text, load_rules())[0]["kind"] == "headline"


@pytest.mark.parametrize("first, kind", [
    ("By Friday, the governor had promised to sign the bill.", "body"),
    ("By Monday the talks had stalled again.", "body"),
    ("By Jane Doe, Reuters", "dateline"),
    ("By April Glaser", "dateline"),
    ("By Dawn Chmielewski", "dateline"),
])
def test_by_and_a_time_opening_the_story_is_no_byline(first, kind):
    text = f"Title line\n\n{first}\n\nThe second paragraph of the story runs to more than eight words.\n"
    kinds = [s["kind"] for s in segment_text(text, load_rules()) if s["kind"] != "whitespace"]
    assert kinds[1] == kind


def test_capitalised_subject_with_dash_is_not_a_dateline():
    text = "Title line\n\nNATO — the world's largest military alliance — said on Monday it would act.\n"
    kinds = [s["kind"] for s in segment_text(text, load_rules()) if s["kind"] != "whitespace"]
    assert kinds == ["headline", "body"]


@pytest.mark.parametrize("line, kind", [
    ("Sign up for Daily Newsletters Manage Newsletters", "boilerplate"),
    ("Follow Pam Key on Twitter @pamkeyNEN", "boilerplate"),
    ('"Follow Jane Alder on Twitter @janealder."', "boilerplate"),
    ("Follow the money on Twitter and in the filings, the senator told the committee on Tuesday.", "body"),
    ("“Follow the money on Twitter,” she told reporters.", "body"),
    ("Copyright © 2019 The Daily Ledger, LLC. Click here for reprint permission.", "boilerplate"),
    ("JUST WATCHED Senator defends the budget plan Replay More Videos ... MUST WATCH", "boilerplate"),
    ("Mourners gather outside the cathedral after the funeral on Saturday. Hide Caption 3 of 12", "caption"),
    ("Photos: The week in pictures " + "A crowd waits for the motorcade in the rain. " * 40 + "Hide Caption 40 of 40",
     "caption"),
])
def test_newswire_site_furniture(line, kind):
    text = ("A headline for the story\n\nThe first paragraph of the story runs to more than eight words.\n\n"
            f"{line}\n\nThe last paragraph of the story also runs to more than eight words.\n")
    kinds = {text[s["start"]:s["end"]]: s["kind"] for s in segment_text(text, load_rules())}
    assert kinds[line] == kind


def test_an_editors_note_in_any_case_is_commentary_and_gives_no_quote(tmp_path):
    text = ("Trump rallies in Ohio\n\nTrump spoke to a crowd in Ohio on Monday, aides said.\n\n"
            "Editor’s note: Donald Trump is a serial liar who has repeatedly pledged to ban all Muslims from the U.S.\n")
    kinds = [(s["kind"], text[s["start"]:s["end"]][:14]) for s in segment_text(text, load_rules())
             if s["kind"] != "whitespace"]
    assert kinds == [("headline", "Trump rallies "), ("body", "Trump spoke to"), ("commentary", "Editor’s note:")]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    quotes = extract_quotes(framelens.load_corpus(tmp_path))
    assert quotes["text"].tolist() == ["Trump spoke to a crowd in Ohio on Monday"]
