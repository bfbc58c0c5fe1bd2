"""Quotes and speakers: the seed articles against a hand annotation, and small fixtures for each rule."""

import re
import warnings

import pandas as pd
import pytest

import framelens
from framelens.quotes import (QUOTES_COLUMNS, trie_source, extract_quotes, load_not_speech_phrases, load_officials,
                              load_reporting_verbs, load_speech_nouns, quote_pieces, shared_quotes, speakers,
                              wording_diff)

# Every quotation of four or more words in the seed articles, by its first words, and who says it
# (read off the articles by hand). A quotation counts as attributed when a speech row covers it.
SEED_SPEAKERS = {
    "trendsjournal-2022-12": {
        "taking part in this war": "Sergei Lavrov", "You are directly participating": "Sergei Lavrov",
        "And not just by providing": "Sergei Lavrov", "to see Russia weakened": "Lloyd Austin",
        "sending signals to the Americans": "Sergei Ryabkov", "double the number of NATO": "NATO",
        "We have increased our presence": "Jens Stoltenberg", "So our message from Bucharest": "Jens Stoltenberg",
        "We must prepare for the fact": "Jens Stoltenberg", "We must not let up": "Jens Stoltenberg",
    },
    "presstv-2022-12-01": {
        "You shouldn’t say that": "Sergei Lavrov", "And not just by providing": "Sergei Lavrov",
        "knock out energy facilities": "Sergei Lavrov", "We never asked for talks": "Sergei Lavrov",
        "It’s impossible to discuss": "Sergei Lavrov", "The goal has been announced": "Sergei Lavrov",
        "How can the goal": "Sergei Lavrov", "The infrastructure that is targeted": "Sergei Lavrov",
        "The West is doing exactly": "Sergei Lavrov", "Polish neighbors have been": "Sergei Lavrov",
        "As for attempts to establish": "Dmitry Peskov", "These reserves are blocked": "Josep Borrell",
        "And there are legal procedures": "Josep Borrell",
    },
    "sputnik-2022-10-12": {"big defeat for Ukrainians": "Jens Stoltenberg"},
    "watchoutnews-2023-08-03": {
        "At the NATO Summit in Madrid": "Oleksii Reznikov", "it was clearly delineated": "Oleksii Reznikov",
        "We are carrying out NATO’s mission": "Oleksii Reznikov", "like a real shield": "Oleksii Reznikov",
        "convinced that this is": "Oleksii Reznikov", "But after the victory": "Oleksii Reznikov",
        "They have seen their own": "Oleksii Reznikov", "de facto already a member": "Oleksii Reznikov",
        "and third, in the planning": "Oleksii Reznikov",
    },
    "sarajevotimes-2026-02": {"coalition of the willing": "Sergei Lavrov"},
}


@pytest.fixture(scope="module")
def seed_quotes(seeds):
    return extract_quotes(seeds)


def _load(tmp_path, text, name="a.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = framelens.load_corpus(tmp_path)
    return corpus, extract_quotes(corpus)


def _said_after_lead(tmp_path, sentence):
    """The speech rows of ``sentence`` set after a headline and a lead sentence: (text, speaker mention or None)."""
    _, quotes = _load(tmp_path, f"Story\n\nThe figures came out on Friday.\n\n{sentence}\n")
    speech = quotes[quotes["is_speech"] & (quotes["sentence_idx"] > 1)]
    return [(r.text, None if pd.isna(r.speaker_mention) else r.speaker_mention) for r in speech.itertuples()]


def _covering(quotes, article_id, start, end):
    rows = quotes[(quotes.article_id == article_id) & quotes.is_speech & (quotes.start <= start) & (quotes.end >= end)]
    return rows


def test_every_long_seed_quotation_has_the_right_speaker(seeds, seed_quotes):
    checked = 0
    for article in seeds.articles.itertuples():
        segments = seeds.segments[seeds.segments.article_id == article.article_id]
        body = [(r.start, r.end) for r in segments.itertuples() if r.kind == "body"]
        gold = SEED_SPEAKERS[article.article_id]
        for piece in quote_pieces(article.text, body):
            words = article.text[piece.start:piece.end]
            if len(words.split()) < 4:
                continue
            expected = [speaker for opening, speaker in gold.items() if words.startswith(opening)]
            assert expected, f"{article.article_id}: quotation not in the hand annotation: {words[:60]!r}"
            rows = _covering(seed_quotes, article.article_id, piece.start, piece.end)
            assert set(rows["speaker"]) == {expected[0]}, (article.article_id, words[:60], rows["method"].tolist())
            checked += 1
    assert checked == sum(len(g) for g in SEED_SPEAKERS.values())


def test_offsets_slice_the_raw_text_and_the_table_follows_its_contract(seeds, seed_quotes):
    assert list(seed_quotes.columns) == list(QUOTES_COLUMNS)
    assert dict(seed_quotes.dtypes.astype(str)) == {c: str(pd.Series(dtype=d).dtype) for c, d in QUOTES_COLUMNS.items()}
    texts = dict(zip(seeds.articles.article_id, seeds.articles.text))
    for q in seed_quotes.itertuples():
        assert texts[q.article_id][q.start:q.end] == q.text
        if pd.notna(q.speaker_start):
            assert texts[q.article_id][q.speaker_start:q.speaker_end] == q.speaker_mention
        if pd.notna(q.verb_start):
            assert texts[q.article_id][q.verb_start:q.verb_end] == q.verb
    assert not seed_quotes.duplicated(["article_id", "quote_idx"]).any()


def test_no_caption_or_commentary_is_anyones_quote_and_headlines_only_by_their_own_rules(seeds, seed_quotes):
    segments = seeds.segments
    for q in seed_quotes.itertuples():
        seg = segments[(segments.article_id == q.article_id) & (segments.start <= q.start) & (segments.end >= q.end)]
        expected = ["headline"] if q.method.startswith("headline_") else ["body"]
        assert list(seg["kind"]) == expected, (q.article_id, q.text[:50])
    commentary = segments[segments.kind == "commentary"]
    for seg in commentary.itertuples():
        inside = seed_quotes[(seed_quotes.article_id == seg.article_id) & (seed_quotes.start < seg.end)
                             & (seed_quotes.end > seg.start)]
        assert inside.empty, "headlines cited in the outlet's own commentary are nobody's quote"


def test_sarajevo_times_quotes_lavrov_only_indirectly_yet_he_leads(seed_quotes):
    table = speakers(seed_quotes)
    sarajevo = table[table.article_id == "sarajevotimes-2026-02"]
    assert sarajevo.iloc[0]["speaker"] == "Sergei Lavrov"
    assert sarajevo.iloc[0]["n_direct"] == 0 and sarajevo.iloc[0]["n_indirect"] >= 5
    assert sarajevo.iloc[0]["speaker_role"] == "Foreign Minister"


def test_a_quotation_over_several_paragraphs_is_one_statement(seed_quotes):
    reznikov = seed_quotes[(seed_quotes.article_id == "watchoutnews-2023-08-03")
                           & (seed_quotes.speaker == "Oleksii Reznikov") & seed_quotes.is_speech]
    carried = reznikov[reznikov.method == "continued_quote"]
    assert len(carried) >= 2
    for row in carried.itertuples():
        opening = reznikov[reznikov.quote_idx == row.statement_idx].iloc[0]
        assert opening.statement_idx == opening.quote_idx and opening.method != "continued_quote"
        assert opening.end < row.start
    per_speaker = speakers(seed_quotes).set_index(["article_id", "speaker"])
    row = per_speaker.loc[("watchoutnews-2023-08-03", "Oleksii Reznikov")]
    assert row["n_statements"] == reznikov["statement_idx"].nunique() < row["n_quotes"] == len(reznikov)


def test_scare_quotes_and_names_are_fragments_not_speech(seed_quotes):
    fragments = seed_quotes[seed_quotes.kind == "fragment"]
    assert "proxy war" in set(fragments["text"])
    assert not fragments["is_speech"].any() and fragments["speaker"].isna().all()


def test_variants_merge_into_one_canonical_name(seed_quotes):
    lavrov = seed_quotes[seed_quotes.speaker == "Sergei Lavrov"]
    assert {"Sergey Lavrov", "Lavrov"} <= set(lavrov["speaker_mention"])
    assert set(lavrov["article_id"]) >= {"trendsjournal-2022-12", "presstv-2022-12-01", "sarajevotimes-2026-02"}
    assert (lavrov["speaker_country"] == "Russia").all()


def test_shared_quote_across_outlets_with_its_wording(seed_quotes):
    shared = shared_quotes(seed_quotes)
    participating = shared[shared.quoted_text.str.contains("directly participating")]
    assert set(participating["outlet"]) == {"The Trends Journal", "Press TV"}
    group = shared[shared.shared_id == participating.iloc[0]["shared_id"]]
    trends = group[(group.outlet == "The Trends Journal") & group.quoted_text.str.startswith("You are")]
    assert trends.iloc[0]["wording_diff"].startswith("[-you shouldn't say that")
    assert (shared.groupby("shared_id")["outlet"].nunique() >= 2).all()


def test_wording_diff_marks_dropped_and_added_words():
    assert wording_diff("We must not let up", "We must not let up") == "we must not let up"
    assert wording_diff("We must not let up now", "we must let up now") == "we must [-not-] let up now"
    assert wording_diff("Russia will win", "Russia will surely win") == "russia will {+surely+} win"


def test_reporting_verb_classes(seed_quotes):
    verbs = seed_quotes.dropna(subset=["verb_lemma"]).drop_duplicates("verb_lemma").set_index("verb_lemma")
    assert verbs.loc["say", "verb_class"] == "neutral"
    assert verbs.loc["accuse", "verb_class"] == "stance" and verbs.loc["claim", "verb_class"] == "stance"
    assert verbs.loc["emphasize", "verb"] == "emphasized"


# --------------------------------------------------------------------------- fixtures, one rule each

def test_the_verb_trie_matches_what_the_plain_alternation_matches(seeds):
    forms, pattern = load_reporting_verbs()
    plain = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    reference = re.compile(rf"(?<![\w’'-])(?:{plain})(?![\w’'-])", re.IGNORECASE)
    texts = [*seeds.articles["text"], "He SAID, saying it says; sayings said-so according  to\nthem, warned "
             "warnings Warn, told tells retold; added adds addition; accused; claims claimed’s"]
    for text in texts:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in reference.finditer(text)]
    assert re.fullmatch(trie_source(["say", "says", "saying", "according to"]), "according \t to")
    assert trie_source(["say", "says", "saying"]) == "say(?:ing|s)?"


def test_inversion_appositive_and_pronoun(tmp_path):
    text = ("Maria Petrova, the agency's chief economist, said prices would rise.\n\n"
            "“We expect inflation to peak in spring,” said Petrova. “After that it should ease.”\n\n"
            "“Rates will stay high for a while,” she added.\n")
    _, quotes = _load(tmp_path, text)
    direct = quotes[quotes.kind == "direct"]
    assert set(direct["speaker"]) == {"Maria Petrova"} and len(direct) == 2
    interrupted = direct.iloc[0]
    assert interrupted["method"] == "quote_then_attribution" and interrupted["speaker_mention"] == "Petrova"
    assert interrupted["text"].startswith("We expect") and interrupted["text"].endswith("should ease.")
    assert interrupted["quoted_text"] == "We expect inflation to peak in spring, … After that it should ease."
    assert direct.iloc[1]["speaker_mention"] == "she" and direct.iloc[1]["verb_lemma"] == "add"
    indirect = quotes[quotes.kind == "indirect"].iloc[0]
    assert indirect["text"] == "prices would rise" and indirect["speaker_role"] == "the agency's chief economist"


def test_quote_over_paragraphs_gives_one_row_per_paragraph(tmp_path):
    text = ("Minister Anna Kowalska spoke at length.\n\n"
            "“We will rebuild every bridge that was destroyed.\n\n"
            "“We will rebuild the schools and the hospitals too.\n\n"
            "“Nothing will stop us,” Kowalska said.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes.kind == "direct"]
    assert len(rows) == 3 and set(rows["speaker"]) == {"Anna Kowalska"}
    assert rows["text"].tolist()[0] == "We will rebuild every bridge that was destroyed."


def test_odd_quotation_marks_never_fail(tmp_path):
    text = ("The spokesman Ivan Horak said: “We never agreed to this.\n\n"
            "Talks resumed on Monday in Vienna, where delegations met.\n\n"
            "He said the offer was ” unacceptable and walked out.\n")
    _, quotes = _load(tmp_path, text)
    assert len(quotes) >= 1
    first = quotes.iloc[0]
    assert first["text"] == "We never agreed to this." and first["speaker"] == "Ivan Horak"


def test_two_apostrophes_as_quotation_marks(tmp_path):
    text = "''We will not back down,'' the governor, Ruth Alder, said on Monday.\n"
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["We will not back down,"] and quotes["speaker"].tolist() == ["Ruth Alder"]


def test_coordinated_verbs_share_the_speaker_and_split_the_clause(tmp_path):
    text = "Senator Omar Lind said the bill was fair but later said it needed more funding.\n"
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["the bill was fair", "it needed more funding"]
    assert set(quotes["speaker"]) == {"Omar Lind"}


def test_nested_single_quotes_stay_inside(tmp_path):
    text = "“They call it a ‘special operation’ but it is a war,” the ambassador, Liam Byrne, said.\n"
    _, quotes = _load(tmp_path, text)
    assert len(quotes) == 1
    assert quotes.iloc[0]["text"] == "They call it a ‘special operation’ but it is a war,"


def test_a_quotation_nested_in_curly_double_marks_of_the_same_kind_stays_inside(tmp_path):
    text = ("Tim Miller, a spokesman for America Rising, tweeted: “People behind her wearing “Settle For Hillary” "
            "shirts at her event in Hudson… ouch.”\n\n"
            "“He was wrong” and “he knew it,” Miller said later.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    assert speech["text"].tolist()[0] == "People behind her wearing “Settle For Hillary” shirts at her event in Hudson… ouch."
    assert speech["speaker"].tolist()[0] == "Tim Miller"
    # two quotations side by side are still two, not one nested in the other
    assert "“He was wrong” and “he knew it,”" in speech["text"].tolist()
    assert "Settle For Hillary" not in quotes["text"].tolist()


def test_role_nouns_and_according_to(tmp_path):
    text = ("NATO Secretary General Jens Stoltenberg met Finnish Prime Minister Sanna Marin on Tuesday.\n\n"
            "The NATO chief said the alliance would not be drawn into the war.\n\n"
            "Support will continue for years, according to Marin.\n")
    _, quotes = _load(tmp_path, text)
    by_speaker = quotes.set_index("speaker")
    assert by_speaker.loc["Jens Stoltenberg", "speaker_mention"] == "The NATO chief"
    assert by_speaker.loc["Sanna Marin", "method"] == "according_to_after"
    assert by_speaker.loc["Sanna Marin", "text"] == "Support will continue for years"


def test_organisations_speak(tmp_path):
    text = "The Kremlin said the talks had failed. Moscow has warned that it will respond.\n"
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["Kremlin", "Russian government"]
    assert quotes["speaker_kind"].tolist() == ["organisation", "organisation"]


def test_floating_quote_stops_at_another_named_person(tmp_path):
    text = ("“The border must stay closed,” Interior Minister Petra Novak said.\n\n"
            "Opposition leader Tomas Berg voted against the plan at the meeting.\n\n"
            "“This decision will hurt thousands of families.”\n")
    _, quotes = _load(tmp_path, text)
    last = quotes.iloc[-1]
    assert last["text"].startswith("This decision") and pd.isna(last["speaker"]) and not last["is_floating"]


def test_cited_headline_and_so_called_are_fragments(tmp_path):
    text = ("We covered it before (see “ARMY WOULD BE ANNIHILATED IF NUKES ARE USED”).\n\n"
            "He spoke of the so-called “coalition of the willing” in his speech.\n")
    _, quotes = _load(tmp_path, text)
    fragments = quotes[quotes["kind"] == "fragment"]
    assert fragments["method"].tolist() == ["cited_title", "named_term"]
    assert fragments["text"].tolist() == ["ARMY WOULD BE ANNIHILATED IF NUKES ARE USED", "coalition of the willing"]
    # "spoke of" reports a topic; the name in quotation marks does not make it a partial quote
    topic = quotes[quotes["is_speech"]]
    assert topic["kind"].tolist() == ["indirect"] and topic["quoted_text"].isna().all()
    assert topic["text"].tolist() == ["the so-called “coalition of the willing” in his speech"]


def test_name_spelling_variants_merge_across_articles(tmp_path):
    (tmp_path / "a.txt").write_text("Oleksandr Tkachenko said the museum would reopen.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Olexandr Tkachenko said the theatre was damaged.\n", encoding="utf-8")
    quotes = extract_quotes(framelens.load_corpus(tmp_path))
    assert quotes["speaker"].tolist() == ["Oleksandr Tkachenko", "Oleksandr Tkachenko"]


def test_bad_data_files_name_file_and_row(tmp_path):
    verbs = tmp_path / "verbs.csv"
    verbs.write_text("lemma,forms,class,frame\nsay,,neutral,clause\nmutter,,grumpy,clause\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"verbs\.csv, row 3: class 'grumpy'"):
        load_reporting_verbs(str(verbs))
    officials = tmp_path / "officials.csv"
    officials.write_text("canonical,aliases,role,country,affiliation,kind\nA B,Bee,,,,person\nC D,Bee,,,,person\n",
                         encoding="utf-8")
    with pytest.raises(ValueError, match=r"officials\.csv, row 3: alias 'Bee' already belongs to A B"):
        load_officials(str(officials))
    nouns = tmp_path / "nouns.csv"
    nouns.write_text("noun,forms,verb,links,owner,notes\nclaim,,claim,that,any,\nhunch,,guess,that,any,\n",
                     encoding="utf-8")
    with pytest.raises(ValueError, match=r"nouns\.csv, row 3: verb 'guess' is not in reporting_verbs\.csv"):
        load_speech_nouns(str(nouns))
    nouns.write_text("noun,forms,verb,links,owner,notes\nclaim,,claim,that|with,any,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"nouns\.csv, row 2: links 'that\|with' must be some of that, to"):
        load_speech_nouns(str(nouns))
    nouns.write_text("noun,forms,verb,links,owner,notes\nclaim,,claim,that,maybe,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"nouns\.csv, row 2: owner 'maybe' must be any or required"):
        load_speech_nouns(str(nouns))
    phrases = tmp_path / "phrases.csv"
    phrases.write_text("lemma,words,notes\ncall,off,\nmumble,off,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"phrases\.csv, row 3: lemma 'mumble' is not in reporting_verbs\.csv"):
        load_not_speech_phrases(str(phrases))


def test_empty_corpus_article_gives_an_empty_typed_table(tmp_path):
    _, quotes = _load(tmp_path, "No one is quoted in this short note about the weather.\n")
    assert quotes.empty and list(quotes.columns) == list(QUOTES_COLUMNS)
    assert speakers(quotes).empty and shared_quotes(quotes).empty


def test_titles_with_periods_listeners_and_parenthetical_attributions(tmp_path):
    text = ("“We cannot wait any longer,” said Sen. Amy Klobuchar.\n\n"
            "Senate Majority Leader Mitch McConnell told reporters the vote was close.\n\n"
            "McConnell warned that the delay, he said, would cost the party dearly.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["Amy Klobuchar", "Mitch McConnell", "Mitch McConnell"]
    assert quotes.iloc[1]["text"] == "the vote was close"
    assert quotes.iloc[2]["text"] == "that the delay, he said, would cost the party dearly"


def test_reported_words_before_an_inverted_speaker_and_around_a_parenthetical_one(tmp_path):
    text = ("Even as the harvest starts, the price of grain will stay high, said Dan Okafor, an analyst at "
            "a bank in Lagos.\n\n"
            "The mill is running at half speed, said the company's chief executive, Ruth Alder.\n\n"
            "Overall, she said, the farmers had lost a third of their income.\n\n"
            "Local farmers acknowledged that the drought had cut their yields.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["method"].tolist() == ["clause_before_attribution", "clause_before_attribution",
                                         "clause_around_attribution", "reported_clause_that"]
    assert quotes.iloc[0]["text"] == "Even as the harvest starts, the price of grain will stay high"
    assert quotes["speaker_mention"].tolist()[:2] == ["Dan Okafor", "the company's chief executive, Ruth Alder"]
    assert quotes["speaker"].tolist()[:3] == ["Dan Okafor", "Ruth Alder", "Ruth Alder"]
    assert quotes.iloc[2]["text"] == "Overall, she said, the farmers had lost a third of their income"
    assert quotes.iloc[3]["speaker_mention"] == "Local farmers"


def test_infinitive_and_object_complements_and_long_subjects(tmp_path):
    text = ("Mayor Lena Vogt vowed to rebuild the bridge before winter.\n\n"
            "Vogt urged the regional government to release the funds.\n\n"
            "The union has called for a full inquiry into the collapse.\n\n"
            "Large majorities of residents in the two districts said they trusted the mayor.\n\n"
            "Others, however, say the repairs came too late.\n\n"
            "Vogt agreed with the engineers on Monday.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["method"].tolist() == ["reported_infinitive", "reported_infinitive", "reported_object",
                                         "reported_clause", "reported_clause"]
    assert quotes["text"].tolist() == ["to rebuild the bridge before winter",
                                       "the regional government to release the funds",
                                       "a full inquiry into the collapse", "they trusted the mayor",
                                       "the repairs came too late"]
    assert quotes["speaker"].tolist()[:2] == ["Lena Vogt", "Lena Vogt"]
    assert quotes["verb_lemma"].tolist()[2] == "call for"
    assert quotes["speaker_mention"].tolist()[3:] == ["Large majorities of residents in the two districts", "Others"]


def test_listeners_and_parentheses_in_an_attribution_do_not_stop_the_speaker(tmp_path):
    text = ("“The plan is dead,” Senator Ana Ruiz told Fox’s Mark Levin on Sunday. “Nobody wants to say it.”\n\n"
            "Rep. Elijah Cummings (D-Md.), chair of the committee, said the process was open.\n\n"
            "Even as Ruiz claimed that the votes were there, the bill stalled.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["Ana Ruiz", "Elijah Cummings", "Ana Ruiz"]
    assert quotes.iloc[0]["quoted_text"] == "The plan is dead, … Nobody wants to say it."
    assert quotes.iloc[1]["speaker_mention"] == "Rep. Elijah Cummings"
    assert quotes.iloc[2]["text"] == "that the votes were there"


def test_lead_ins_titles_before_names_and_short_follow_up_sentences(tmp_path):
    text = ("“There were 24 arrests,” Republican National Committee spokesman Sean Spicer told reporters. "
            "“Cleveland was safe.”\n\n"
            "Carly Fiorina wrote on Facebook: “Anyone can do this.”\n\n"
            "Carson’s business manager, Armstrong Williams, stated: “He feels sorry for him.”\n\n"
            "Iowa State University’s Mary Stone agreed. “Mainstream Republicans are running out of time.”\n\n"
            "She apologized the next day, saying it was childish.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["method"].tolist() == ["quote_then_attribution", "attribution_then_quote", "attribution_then_quote",
                                         "attribution_before_quote", "reported_clause"]
    assert quotes["speaker"].tolist() == ["Sean Spicer", "Carly Fiorina", "Armstrong Williams", "Mary Stone",
                                          "Mary Stone"]
    assert quotes.iloc[0]["quoted_text"] == "There were 24 arrests, … Cleveland was safe."
    assert quotes.iloc[4]["speaker_mention"] == "She" and quotes.iloc[4]["text"] == "it was childish"


def test_listeners_adjuncts_raising_verbs_and_subordinate_attributions(tmp_path):
    text = ("This includes a special force to assist the Kurds, Defense Secretary Ash Carter told a Senate panel "
            "Wednesday.\n\n"
            "The talks will resume in March, Carter said in an interview with CNN.\n\n"
            "He continued to insist that the troops would stay.\n\n"
            "Carter vowed to “finish the job” in Syria.\n\n"
            "As Carter urged the allies to send more planes, the talks stalled.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["This includes a special force to assist the Kurds",
                                       "The talks will resume in March", "that the troops would stay",
                                       "to “finish the job” in Syria", "the allies to send more planes"]
    assert set(quotes["speaker"]) == {"Ash Carter"}
    assert quotes["kind"].tolist() == ["indirect", "indirect", "indirect", "partial", "indirect"]


def test_colon_ending_a_paragraph_lower_case_roles_after_the_verb_and_more_verbs(tmp_path):
    text = ("Gun debate heats up\n\n"
            "The newspaper made these allegations in February, and Breitbart News responded:\n\n"
            "“If there are people in this country who are dangerous, arrest them.”\n\n"
            "“Did he lose 20 minutes? Probably,” said one former senior agency official.\n\n"
            "Senator Ana Ruiz concluded, “She is strong. She will always be stronger.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["method"].tolist() == ["attribution_before_quote", "quote_then_attribution",
                                         "attribution_then_quote"]
    assert quotes["speaker"].tolist() == ["Breitbart News", "one former senior agency official", "Ana Ruiz"]
    assert quotes["verb_lemma"].tolist() == ["respond", "say", "conclude"]


def test_any_source_after_according_to_and_polled_subjects(tmp_path):
    text = ("Poll shows lead\n\n"
            "According to a just-released poll from Florida Atlantic University, Trump leads by 32 points.\n\n"
            "Some 56 percent of Cuban-Americans polled said they were less likely to vote Republican.\n\n"
            "About half of the party, according to the survey, want an outsider.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker_mention"].tolist() == ["a just-released poll from Florida Atlantic University",
                                                  "Some 56 percent of Cuban-Americans polled", "the survey"]
    assert quotes["text"].tolist() == ["Trump leads by 32 points", "they were less likely to vote Republican",
                                       "About half of the party, according to the survey, want an outsider"]


def test_that_clause_verbs_and_bare_time_phrases_report_nothing_on_their_own(tmp_path):
    text = ("Golf clubs in decline\n\n"
            "The Landing Country Club, a private course, charged a $100,000 initiation fee.\n\n"
            "The Post reported ten days ago that the club was for sale.\n\n"
            "The club owner, Ana Ruiz, charged that the city had ignored the course.\n\n"
            "As the columnist Louella Parsons had written just a few years earlier, golf was fading.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["that the club was for sale", "that the city had ignored the course"]
    assert quotes["verb_lemma"].tolist() == ["report", "charge"]


def test_questions_put_to_a_speaker_and_a_complement_before_a_coordinated_verb(tmp_path):
    text = ("Kremlin answers\n\n"
            "When asked if the statement was a recognition of this fact, Peskov replied in the affirmative.\n\n"
            "Foreign Minister Sergei Lavrov called such moves “alarming” and assessed that they require an "
            "open discussion.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["if the statement was a recognition of this fact", "such moves “alarming”",
                                       "that they require an open discussion"]
    assert quotes["method"].tolist() == ["question_put", "quoted_complement", "reported_clause_that"]
    # the question is put to Peskov, not asked by him: the text does not say who asked it
    assert quotes["speaker"].isna().tolist() == [True, False, False]
    assert set(quotes["speaker"].dropna()) == {"Sergei Lavrov"}


def test_coordinated_verbs_take_the_sentence_subject_and_approximate_quantities_speak(tmp_path):
    text = ("Campaign trail\n\n"
            "In his speech, President Barack Obama praised Clinton and said she would finish the job.\n\n"
            "In Vermont, about half of the primary voters said they wanted a change.\n\n"
            "Two in three said the party did not care.\n\n"
            "But he showed restraint on Monday and described the outburst as a mistake.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes.iloc[0][["text", "verb_lemma"]].tolist() == ["Clinton", "praise"]  # what is praised, one word
    quotes = quotes.iloc[1:]
    assert quotes["speaker_mention"].tolist() == ["President Barack Obama", "about half of the primary voters",
                                                  "Two in three", "he"]
    assert quotes["speaker"].tolist()[3] == "Barack Obama"
    assert quotes["text"].tolist()[3] == "the outburst as a mistake"


def test_pronouns_resolve_to_a_person_of_the_same_gender(tmp_path):
    text = ("Campaign trail\n\n"
            "Barack Obama praised Hillary Clinton and said she would finish the job.\n\n"
            "Hillary Clinton said she was grateful.\n\n"
            "But he showed restraint on Monday and described the outburst as a mistake.\n\n"
            "She said the race was close.\n\n"
            "Mrs. Ana Ruiz, a voter, and Mr. Tom Berg, a pastor, met in Scranton. He said the town had changed.\n")
    _, quotes = _load(tmp_path, text)
    by_text = quotes.set_index("text")["speaker"]
    assert by_text["she was grateful"] == "Hillary Clinton"
    assert by_text["the outburst as a mistake"] == "Barack Obama"
    assert by_text["the race was close"] == "Hillary Clinton"
    assert by_text["the town had changed"] == "Tom Berg"


def test_but_added_ends_the_clause_and_adding_is_not_a_continuation(tmp_path):
    text = ("Election night\n\n"
            "Aung San Suu Kyi said it was too early to congratulate winners but added, “I think you all know.”\n\n"
            "Ryan and Trump will meet next week, Sean Spicer said, adding, “They need to sit down.”\n\n"
            "He said that since then, thanks to new revenue, the club has been secure.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["it was too early to congratulate winners", "I think you all know.",
                                       "Ryan and Trump will meet next week", "They need to sit down.",
                                       "that since then, thanks to new revenue, the club has been secure"]
    assert quotes["method"].tolist()[2] == "clause_before_attribution"


def test_case_folding_look_alikes_and_ee_verbs(tmp_path):
    text = ("Talks\n\n"
            "Sergey Lavrov ſaid that the war was over.\n\n"
            "The ministers were agreeing to meet again, Lavrov said.\n\n"
            "Joe Biden praised her work. Later he said the talks had failed.\n")
    _, quotes = _load(tmp_path, text)
    assert "the war was over" not in " ".join(quotes["text"])
    assert quotes.set_index("text").loc["the talks had failed", "speaker"] == "Joe Biden"
    forms, _ = load_reporting_verbs()
    assert forms["agreeing"].lemma == "agree" and "agreing" not in forms


def test_an_article_the_rules_fail_on_is_left_out_with_a_warning_naming_its_file(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("Good\n\nThe minister Ana Ruiz said the bridge would reopen.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Bad\n\nThe minister Tom Berg said the road would close.\n", encoding="utf-8")
    corpus = framelens.load_corpus(tmp_path)
    real = framelens.quotes._article_quotes

    def failing(text, *args):
        if "Tom Berg" in text:
            raise IndexError("list index out of range")
        return real(text, *args)
    monkeypatch.setattr(framelens.quotes, "_article_quotes", failing)
    with pytest.warns(UserWarning, match=r"bad\.txt: quotes left out.*IndexError"):
        quotes = extract_quotes(corpus)
    assert quotes["speaker"].tolist() == ["Ana Ruiz"]


def test_according_to_after_a_quote_and_a_listener_before_it(tmp_path):
    text = ("Commencement\n\n"
            "“Last week’s production includes new material,” according to Judicial Watch.\n\n"
            "Senator Ana Ruiz won praise at Williams College, telling the class of 2014, “If you are too big "
            "for a small job, you are too small for a big one.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["method"].tolist() == ["quote_then_attribution", "attribution_then_quote"]
    assert quotes["speaker"].tolist() == ["Judicial Watch", "Ana Ruiz"]
    assert quotes["verb_lemma"].tolist() == ["according to", "tell"]


def test_a_partial_quote_and_the_quote_that_continues_it_are_one_row(tmp_path):
    text = ("Baseball\n\n"
            "In his parents' Dominican Republic, “baseball and politics are the national sport,” Senator Ana Ruiz "
            "said. “So if the commissioner's job opens up, let me know.”\n\n"
            "Ruiz said he “cannot walk down the street” without reporters asking about it.\n")
    _, quotes = _load(tmp_path, text)
    first = quotes.iloc[0]
    assert first["kind"] == "partial" and first["speaker"] == "Ana Ruiz"
    assert first["text"].startswith("In his parents'") and first["text"].endswith("let me know.")
    assert first["quoted_text"] == ("baseball and politics are the national sport, … "
                                    "So if the commissioner's job opens up, let me know.")
    second = quotes.iloc[1]
    assert second["method"] == "partial_in_reported_clause" and second["verb_lemma"] == "say"
    assert second["text"] == "he “cannot walk down the street” without reporters asking about it"


def test_name_particles_may_follow_each_other_after_a_body_and_a_title(tmp_path):
    text = ("EU court\n\n"
            "European Commission President Ursula von der Leyen on Wednesday said the EU would set up a court.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["Ursula von der Leyen"]
    assert quotes["speaker_kind"].tolist() == ["person"]
    assert quotes["text"].tolist() == ["the EU would set up a court"]


def test_participles_after_a_closing_mark_auxiliaries_after_and_and_an_opening_adverbial(tmp_path):
    text = ("Campaign\n\n"
            "Tom Berg spoke to CNN. But Berg later blamed his silence on a “bad earpiece,” claiming he had "
            "already condemned the group.\n\n"
            "Ana Ruiz describes herself as “totally independent” and has said that she will not take sides.\n\n"
            "Ana Ruiz spoke on Monday. On Thursday, she hedged on the vote, telling MSNBC her support would depend "
            "on the platform.\n")
    _, quotes = _load(tmp_path, text)
    by_text = quotes.set_index("text")
    assert by_text.loc["he had already condemned the group", "speaker"] == "Tom Berg"
    assert "he" not in quotes["speaker_mention"].tolist()  # not “…,” claiming he: an inverted speaker
    assert by_text.loc["that she will not take sides", "speaker"] == "Ana Ruiz"
    row = by_text.loc["her support would depend on the platform"]
    assert (row["speaker_mention"], row["speaker"], row["verb_lemma"]) == ("she", "Ana Ruiz", "tell")


def test_shares_of_people_in_polls_are_speakers_and_a_relative_clause_ends_at_its_comma(tmp_path):
    text = ("Poll\n\n"
            "On economic issues, 42% say they are liberal, 34% conservative. A third of independents, 33%, say "
            "they feel that way. Nearly three in five said they are much less likely to vote.\n\n"
            "Tom Berg, who said he would not vote for the mayor, is a Republican consultant.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker_mention"].tolist() == ["42%", "A third of independents, 33%", "Nearly three in five",
                                                  "who"]
    assert quotes["speaker"].iloc[3] == "Tom Berg"
    assert quotes["text"].tolist() == ["they are liberal, 34% conservative", "they feel that way",
                                       "they are much less likely to vote", "he would not vote for the mayor"]


def test_questions_put_have_the_asker_as_speaker_only_when_the_text_names_one(tmp_path):
    text = ("Debate\n\n"
            "Asked what a firm commitment looks like, Tad Devine replied: “We are a long way off.”\n\n"
            "Asked by Stephanopoulos to respond to the criticism, Carson said, “What does it say about people?” "
            "Marco Rubio asked whether the senator would resign.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["verb_lemma"] == "ask"].set_index("text")
    assert rows.loc["what a firm commitment looks like", "method"] == "question_put"
    assert pd.isna(rows.loc["what a firm commitment looks like", "speaker"])
    assert rows.loc["to respond to the criticism", "speaker"] == "Stephanopoulos"
    assert rows.loc["whether the senator would resign", "speaker"] == "Marco Rubio"
    assert quotes.set_index("text").loc["We are a long way off.", "speaker"] == "Tad Devine"


def test_names_listed_after_such_as_stay_fragments_inside_a_reported_clause(tmp_path):
    text = ("ASEAN\n\n"
            "Sergei Lavrov accused NATO of dividing ASEAN through closed formats, such as “quartet” and “trio”, "
            "and through new weapons.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["kind"].tolist() == ["indirect", "fragment", "fragment"]
    assert quotes["text"].tolist()[1:] == ["quartet", "trio"]
    assert pd.isna(quotes["quoted_text"].iloc[0])


def test_contracted_auxiliaries_by_saying_opening_clauses_and_names_that_speak_together(tmp_path):
    text = ("Campaign\n\n"
            "Tom Berg opened the rally by saying he is ready to go to work. While he's said he will fight on, "
            "the party must decide.\n\n"
            "Ana Ruiz campaigned. Ever since she endorsed Tom Berg this month, Ana Ruiz has been a surrogate, "
            "attacking the mayor and visiting the headquarters.\n\n"
            "Ben Carson, Ted Cruz and Rand Paul have all attacked the program as a violation of free market "
            "principles.\n")
    _, quotes = _load(tmp_path, text)
    by_text = quotes.set_index("text")
    assert by_text.loc["he is ready to go to work", "speaker"] == "Tom Berg"
    assert by_text.loc["he will fight on", "speaker_mention"] == "he"
    assert by_text.loc["the mayor", "speaker"] == "Ana Ruiz"  # not her next action, "and visiting …"
    row = by_text.loc["the program as a violation of free market principles"]
    assert (row["speaker"], row["speaker_kind"]) == ("Ben Carson, Ted Cruz and Rand Paul", "other")


def test_a_typo_closing_mark_title_case_names_passive_asks_and_nouns_after_names(tmp_path):
    text = ("Iowa\n\n"
            "“If Clinton loses Iowa, that could create new problems for her here,“ said Jim Clyburn, a congressman.\n\n"
            "Time Magazine chose Angela Merkel as its “Person of the Year” for 2015.\n\n"
            "Democratic voters in West Virginia were asked a series of questions upon leaving the polls.\n\n"
            "The Romney attack hit Trump differently from those before it.\n")
    _, quotes = _load(tmp_path, text)
    first = quotes.iloc[0]
    assert (first["kind"], first["speaker"]) == ("direct", "Jim Clyburn")
    assert first["text"] == "If Clinton loses Iowa, that could create new problems for her here,"
    assert quotes.iloc[1][["kind", "method", "text"]].tolist() == ["fragment", "cited_title", "Person of the Year"]
    assert len(quotes) == 2  # voters who were asked are not speakers, and "attack" after a name is a noun


def test_each_seed_headline_attributes_its_statement_to_the_right_speaker(seed_quotes):
    # read off the headlines by hand: "Lavrov warns: …", "Kremlin: …", "…: Russia’s Lavrov",
    # "…, Defense Chief says" (Oleksii Reznikov, the defence minister the article names)
    rows = seed_quotes[seed_quotes["method"].str.startswith("headline_")].set_index("article_id")
    assert rows["speaker"].to_dict() == {
        "presstv-2022-12-01": "Sergei Lavrov", "sputnik-2022-10-12": "Kremlin",
        "watchoutnews-2023-08-03": "Oleksii Reznikov", "sarajevotimes-2026-02": "Sergei Lavrov"}
    assert rows.loc["presstv-2022-12-01", "text"] == "US, NATO directly involved in Ukraine war"
    assert rows.loc["watchoutnews-2023-08-03", "kind"] == "partial"
    assert rows.loc["watchoutnews-2023-08-03", "quoted_text"] == "carrying out NATO’s mission"


def test_headlines_loaded_as_a_first_paragraph_and_interview_transcripts(tmp_path):
    pd.DataFrame({"id": ["a1"], "outlet": ["Daily"], "text": [
        "Lynch: No outside influence on FBI probe into Clinton emails.\n\n"
        "Attorney General Loretta Lynch spoke on Tuesday.\n\n"
        "UPDATE: The vote was moved to Friday.\n\n"
        "KATE BOULDUAN: Why not debate?\n\n"
        "JOEL BENENSON: This is a man who said he would never run a negative ad.\n\n"
        "Q: Have you talked to her?\n\nClinton: 2,316.\n"]}).to_csv(
        tmp_path / "a.csv", index=False)
    quotes = extract_quotes(framelens.load_corpus(tmp_path / "a.csv", text_column="text", id_column="id",
                                                  outlet_column="outlet"))
    by_method = quotes.groupby("method")["text"].apply(list).to_dict()
    assert by_method["headline_colon"] == ["No outside influence on FBI probe into Clinton emails"]
    assert quotes.set_index("text").loc["No outside influence on FBI probe into Clinton emails",
                                        "speaker"] == "Loretta Lynch"
    assert by_method["transcript_line"] == ["Why not debate?",
                                            "This is a man who said he would never run a negative ad"]
    assert quotes[quotes["method"] == "transcript_line"]["speaker"].tolist() == ["KATE BOULDUAN", "JOEL BENENSON"]
    assert not quotes["text"].str.contains("vote was moved").any()  # a label speaks for no one
    assert not quotes["text"].str.contains("talked to her|2,316").any()  # nor a "Q:" with no "A:", nor a count


def test_the_answers_of_a_question_and_answer_interview_are_the_interviewees(tmp_path):
    text = ("Q&A with Laura Bush\n\n"
            "Former first lady Laura Bush spoke with the Daily about her new book and about Donald Trump.\n\n"
            "Q: Why did you write the book?\n\n"
            "A: Because they needed help, and I saw what the women of Afghanistan went through.\n\n"
            "Q: Will you vote for him?\n\n"
            "A: I haven't decided yet.\n")
    _, quotes = _load(tmp_path, text)
    lines = quotes[quotes["method"] == "transcript_line"].set_index("text")
    assert lines.loc["I haven't decided yet", ["speaker_mention", "speaker"]].tolist() == ["A", "Laura Bush"]
    assert lines.loc["Will you vote for him?", "speaker_mention"] == "Q"
    assert lines["speaker"].isna().sum() == 2  # the interviewer is not named
    table = speakers(quotes).set_index("speaker")
    assert table.loc["Laura Bush", "n_quotes"] == 3  # the two answers and what she spoke about


def test_answers_stay_unresolved_without_an_interview_named_and_a_list_is_no_interview(tmp_path):
    text = ("Iraq votes\n\n"
            "Iraqis vote on Sunday in the first election since Saddam Hussein was toppled.\n\n"
            "Q: Who is standing?\n\n"
            "A: More than 7,000 candidates are standing for 275 seats.\n")
    _, quotes = _load(tmp_path, text)
    answer = quotes.set_index("text").loc["More than 7,000 candidates are standing for 275 seats"]
    assert answer["speaker_mention"] == "A" and pd.isna(answer["speaker"])  # not Saddam Hussein
    fuse = ("How to fix a fuse\n\n"
            "Electrician John Smith explains how.\n\n"
            "A: Turn off the power at the mains.\n\n"
            "B: Remove the cover.\n")
    _, quotes = _load(tmp_path, fuse, name="b.txt")
    assert not ((quotes["file"] == "b.txt") & (quotes["method"] == "transcript_line")).any()  # steps, no "Q:"


def test_appositives_places_suffixes_asides_and_a_question_pressed(tmp_path):
    text = ("Rally\n\n"
            "Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help the candidate.\n\n"
            "Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said they "
            "touched on a core issue.\n\n"
            "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he was worried.\n\n"
            "Ford itself said the deal was on. Carter however said he would welcome the talks.\n\n"
            "“Would it be negotiable?” Sean Hannity pressed. Donald Trump sounded a rare note of "
            "humility, saying, “I'm not sure I deserve it.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["Lee Zeldin", "Joe Biden", "Harry Bond", "Ford", "Carter",
                                          "Sean Hannity", "Donald Trump"]
    assert quotes["verb_lemma"].tolist() == ["say"] * 5 + ["press", "say"]  # "a rare note" is no verb


def test_as_x_reported_comma_far_that_listener_with_to_and_a_main_clause_after_an_opener(tmp_path):
    text = ("Report\n\n"
            "However, as POLITICO has reported, cases that led to charges had aggravating circumstances.\n\n"
            "Breitbart News’ Michael Leahy previously reported, The Clinton Foundation refused to name donors.\n\n"
            "Ted Cruz said Thursday during a taping of a town hall meeting in Buffalo, New York, that the state is "
            "wrong.\n\n"
            "Sam Jacobs, an editor, explained to CBS why Merkel was selected.\n\n"
            "After two decades in Congress as an independent, Sanders plans to remain a Democrat, Tad Devine said.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == [
        "cases that led to charges had aggravating circumstances", "The Clinton Foundation refused to name donors",
        "that the state is wrong", "why Merkel was selected",
        "After two decades in Congress as an independent, Sanders plans to remain a Democrat"]
    assert quotes["speaker"].tolist() == ["POLITICO", "Michael Leahy", "Ted Cruz", "Sam Jacobs", "Tad Devine"]


def test_one_word_answers_and_objects_and_a_complement_that_runs_on(tmp_path):
    text = ("Answers\n\n"
            "Asked who leads the party, Tom Berg said Ryan. Ana Ruiz did not admit wrongdoing.\n\n"
            "Asked if she would run, Ruiz said no.\n\nBerg said Monday.\n\n"
            "The winner, Ruiz said, will be announced on Saturday afternoon.\n\n"
            "Her aide, Jake Sullivan, calls her record a “blueprint” for how she would create jobs.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["verb_lemma"].isin(["say", "admit", "announce"])]
    assert said["text"].tolist() == ["Ryan", "wrongdoing", "no",  # "said Monday" says nothing
                                     "The winner, Ruiz said, will be announced on Saturday afternoon"]
    call = quotes[quotes["verb_lemma"] == "call"].iloc[0]
    assert call["text"] == "her record a “blueprint” for how she would create jobs"
    assert (call["kind"], call["quoted_text"], call["speaker"]) == ("partial", "blueprint", "Jake Sullivan")


def test_a_clause_right_after_warn_or_tell_and_indicate_with_a_pronoun(tmp_path):
    text = ("Bill\n\n"
            "The Saudis have warned they could sell off their assets. Tom Berg tells audiences she may be "
            "prosecuted. Ana Ruiz has indicated she may back the bill. The report indicated a change of plan.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["they could sell off their assets", "she may be prosecuted",
                                       "she may back the bill"]
    assert quotes["verb_lemma"].tolist() == ["warn", "tell", "indicate"]


def test_an_age_noun_resolves_to_the_person_and_a_first_name_keeps_a_surname_alias_apart(tmp_path):
    text = ("Convention\n\n"
            "The former model Melania Trump delivered a defense of her husband.\n\n"
            "“Donald is an amazing leader,” said the 46-year-old.\n\n"
            "As Akhil Amar, a professor of law at Yale, put it, “A compromise candidate may be better.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker_mention"].tolist() == ["the 46-year-old", "Akhil Amar"]
    assert quotes["speaker"].tolist() == ["Melania Trump", "Akhil Amar"]  # not Donald Trump, whose alias is "Trump"
    assert quotes["verb_lemma"].tolist() == ["say", "put it"]


def test_a_noun_phrase_speaks_a_quotation_a_quote_only_verb_follows(tmp_path):
    text = ("Room\n\n"
            "“Will he be the next attorney general?” a Democratic staffer in the room wondered.\n\n"
            "Support will continue for years, according to Sanna Marin.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["a Democratic staffer in the room", "Sanna Marin"]
    assert quotes["method"].tolist() == ["quote_then_attribution", "according_to_after"]


def test_complements_of_call_and_a_coordinated_said_after_a_quotation(tmp_path):
    text = ("Call\n\n"
            "Tom Berg taunted her. He later suggested she was tired, called her “third-rate” and boycotted the "
            "debate.\n\n"
            "The former first lady calls it her “responsibility gene”; rivals deride it.\n\n"
            "Alastair Osman called him a kind, loving and admirable person.\n\n"
            "Lindsey Graham called both candidates “crazy” and said the party is bound to lose.\n")
    _, quotes = _load(tmp_path, text)
    call = quotes[quotes["verb_lemma"] == "call"]
    assert call["text"].tolist() == ["her “third-rate”", "it her “responsibility gene”",
                                     "him a kind, loving and admirable person", "both candidates “crazy”"]
    assert call["speaker"].tolist() == ["Tom Berg", "The former first lady", "Alastair Osman", "Lindsey Graham"]
    said = quotes[quotes["verb_lemma"] == "say"].iloc[0]
    assert (said["text"], said["speaker"]) == ("the party is bound to lose", "Lindsey Graham")


def test_noun_phrases_before_an_appositive_or_a_dash_aside_counts_and_people_after_the_verb(tmp_path):
    text = ("Report\n\n"
            "Bamberg, who is 28, said he decided to support Sanders.\n\n"
            "A White House official, who requested anonymity, said the president had spoken with Emanuel.\n\n"
            "Reached by phone, Joyce — who is listed as an attorney in Illinois — told The Huffington Post he is "
            "not planning an appeal.\n\n"
            "The rise was a surprise, said several observers.\n\n"
            "Of the superdelegates, 520 have publicly said they support Clinton, 39 have said they support "
            "Sanders.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker_mention"].tolist() == ["Bamberg", "A White House official", "Joyce", "several observers",
                                                  "520", "39"]
    assert quotes["text"].tolist()[2:] == ["he is not planning an appeal", "The rise was a surprise",
                                           "they support Clinton", "they support Sanders"]


def test_places_before_a_role_addressees_adjuncts_before_an_infinitive_and_said_of(tmp_path):
    text = ("Guns\n\n"
            "Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio: “He is American 100 percent.”\n\n"
            "Before the convention, Cleveland Police Chief Calvin Williams lobbied to suspend open-carry rights, "
            "saying, “The fewer guns, the better.”\n\n"
            "Bolton called Obama’s ignorance of advice from commanders “disrespectful to the troops.”\n\n"
            "Sanders promised Sunday at a Las Vegas rally to end “the wasteful deportation regime.”\n\n"
            "Jeb Bush offered a retort, tweeting at him, “you aren't just a loser, you are a liar.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["Nelson Diaz", "Calvin Williams", "Bolton", "Sanders", "Jeb Bush"]
    assert quotes["speaker_mention"].tolist()[1] == "Cleveland Police Chief Calvin Williams"
    assert quotes["text"].tolist()[2:4] == ["Obama’s ignorance of advice from commanders “disrespectful to the troops.”",
                                            "to end “the wasteful deportation regime.”"]


def test_a_lower_case_role_before_an_inverted_name_and_an_adjunct_before_a_quotation(tmp_path):
    text = ("Senate\n\n"
            "“Loud footsteps upstairs could shake the Senate races,” veteran analyst Charlie Cook wrote this week.\n\n"
            "Hillary Clinton initially said in the spring, when the email story broke, “I did not email any "
            "classified material.”\n\n"
            "“This is fantastic!” beamed Donald Hartley of Madison, Alabama.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["method"].tolist() == ["quote_then_attribution", "attribution_then_quote", "quote_then_attribution"]
    assert quotes["speaker"].tolist() == ["Charlie Cook", "Hillary Clinton", "Donald Hartley"]


def test_a_quote_inherits_the_quoted_speaker_not_a_clause_reported_in_his_attribution(tmp_path):
    text = ("Primary\n\n"
            "“We are going to win so much,” Donald Trump said at his party, two hours after news outlets "
            "declared him the victor. “You are going to be so happy.”\n")
    _, quotes = _load(tmp_path, text)
    direct = quotes[quotes["kind"] == "direct"]
    assert direct["speaker"].tolist() == ["Donald Trump"] * len(direct)
    assert "You are going to be so happy." in " ".join(direct["text"])


def test_plural_nouns_that_look_like_verbs_report_nothing(tmp_path):
    text = ("Attacks\n\n"
            "The 2001 terrorist attacks changed the city. His anti-Latino remarks drew fire. "
            "The senator attacks the plan as reckless. The former first lady calls it her duty.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["verb"].tolist() == ["attacks", "calls"]
    assert quotes["text"].tolist() == ["the plan as reckless", "it her duty"]


def test_a_noun_that_looks_like_a_verb_before_the_sentence_verb_reports_nothing(tmp_path):
    text = ("Demand\n\n"
            "Exports faltered, while domestic demand stayed subdued. But domestic demand seems to be taking up the slack.\n\n"
            "Prices rose on worries about unrest, rising demand and supply bottlenecks. "
            "The most telling promise she has made is that she will not overpromise.\n\n"
            "The bill, which critics claim would legalise euthanasia, returns to the Commons. "
            "Workers demand higher pay from the firm. And 64 percent call him competent.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    # no "domestic", "rising" or "The most telling" saying anything
    assert speech["speaker_mention"].tolist() == ["critics", "Workers", "64 percent"]
    assert speech["verb"].tolist() == ["claim", "demand", "call"]
    assert speech["text"].iloc[1:].tolist() == ["higher pay from the firm", "him competent"]


def test_talk_and_speak_report_the_topic_an_about_introduces(tmp_path):
    text = ("Talk\n\n"
            "Donald Trump talks to Megyn Kelly about bullying. Bernie Sanders spoke for an hour. "
            "Ana Ruiz spoke of a new era in the region.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["bullying", "a new era in the region"]
    assert quotes["verb_lemma"].tolist() == ["talk", "speak about"]


def test_a_descriptor_before_an_inverted_name_another_as_speaker_said_of_and_cried_out(tmp_path):
    text = ("Jobs\n\n"
            "“We may be seeing some wage acceleration,” the economist Jared Bernstein, a former adviser, wrote.\n\n"
            "“Yet another state we would have won,” one supporter wrote. “Better watch out,” tweeted another.\n\n"
            "Donald Trump said of the episode, “I don't like it.”\n\n"
            "“Nooooo!” the crowd cried out.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker_mention"].tolist() == ["Jared Bernstein", "one supporter", "another", "Donald Trump",
                                                  "the crowd"]
    assert quotes["method"].tolist() == ["quote_then_attribution", "quote_then_attribution",
                                         "quote_then_attribution", "attribution_then_quote", "quote_then_attribution"]


def test_asking_someone_a_question_makes_the_subject_the_asker(tmp_path):
    text = ("Debate\n\n"
            "Moderator Andrea Mitchell raised the issue, asking Sanders why he has criticized the former president.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "speaker", "method"]].values.tolist() == [
        ["why he has criticized the former president", "Andrea Mitchell", "reported_clause"]]


def test_a_coordinated_verb_does_not_share_the_subject_of_a_whether_clause(tmp_path):
    text = ("Court\n\n"
            "Judge Emmet Sullivan put off deciding whether Judicial Watch could question Clinton but said the "
            "group could come back later.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["verb_lemma"] == "say"].iloc[0]
    assert (said["text"], said["speaker"]) == ("the group could come back later", "Emmet Sullivan")


def test_singular_people_nouns_a_relative_clause_without_commas_and_but_before_an_inverted_verb(tmp_path):
    text = ("Staff\n\n"
            "“I don't want to get on the wrong side of Trump,” said one former campaign staffer, who said he left "
            "on good terms.\n\n"
            "Sam Solovey said his boss was kind. But, said Solovey, “I don't want to drum up conflict.”\n\n"
            "Although there is no overlap, a White House official who spoke anonymously to discuss strategy said "
            "Wednesday, “Certainly there are discussions.”\n\n"
            "Western intelligence reports said Russia could be planning another bombardment.\n")
    _, quotes = _load(tmp_path, text)
    by_text = quotes.set_index("text")
    assert by_text.loc["he left on good terms", ["speaker_mention", "speaker"]].tolist() == \
        ["who", "one former campaign staffer"]  # the "who" that speaks, standing for the staffer
    assert by_text.loc["I don't want to drum up conflict.", "method"] == "attribution_then_quote"
    row = by_text.loc["Certainly there are discussions."]
    assert (row["method"], row["speaker"]) == ("attribution_then_quote", "a White House official")
    assert "discuss" not in quotes["verb_lemma"].tolist()
    assert by_text.loc["Russia could be planning another bombardment", "speaker"] == "Western intelligence reports"


def test_added_about_a_name_as_a_modifier_went_on_and_advising_to(tmp_path):
    text = ("Carson\n\n"
            "Armstrong Williams added about Ben Carson: “He feels sorry for him.”\n\n"
            "John Bolton distanced himself from the movement by saying he would work for the Trump Administration "
            "if asked. “I’m going to support him enthusiastically.”\n\n"
            "“You know, it happens, right?” Donald Trump went on. “But you gotta get over it.”\n\n"
            "Katie Couric advised Williams College graduates in 2007 to “become members of the two-H club.”\n")
    _, quotes = _load(tmp_path, text)
    by_text = quotes.set_index("text")
    assert by_text.loc["He feels sorry for him.", "speaker"] == "Armstrong Williams"
    assert by_text.loc["I’m going to support him enthusiastically.", "speaker"] == "John Bolton"
    assert set(quotes[quotes["text"].str.contains("happens|get over")]["speaker"]) == {"Donald Trump"}
    advice = quotes[quotes["verb_lemma"] == "advise"].iloc[0]
    assert (advice["kind"], advice["quoted_text"], advice["speaker"]) == (
        "partial", "become members of the two-H club.", "Katie Couric")


def test_a_capitalised_noun_phrase_before_a_colon_introduces_a_quotation(tmp_path):
    text = ("Board\n\n"
            "As if addressing the magnate directly, the Illinois Board of Elections was conclusive in its "
            "findings: “Further discussion on this issue is unnecessary.”\n\n"
            "Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate our freedom.”\n\n"
            "Nobody knew the answer: “We will see.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker_mention"].tolist()[:2] == ["the Illinois Board of Elections", "Hoff’s letter"]
    assert quotes["method"].tolist()[:2] == ["colon_after_subject", "colon_after_subject"]
    assert quotes["method"].iloc[2] != "colon_after_subject"  # "Nobody" is not a name


def test_a_statement_saying_is_said_by_whoever_released_it(tmp_path):
    text = ("Statement\n\n"
            "Secretary Martin Andanar released a statement saying that Trump had praised the Philippines.\n\n"
            "The statement said the talks had failed.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["speaker"].tolist() == ["Martin Andanar", "The statement"]


def test_an_opening_adverbial_phrase_is_skipped_when_a_participle_looks_for_its_subject(tmp_path):
    text = ("Guns\n\n"
            "Hillary Clinton campaigned in Queens. Later in the day, she escalated her attacks on Bernie Sanders, "
            "criticizing him for votes against the Brady bill.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "speaker"]].values.tolist() == [["she", "Hillary Clinton"]]


def test_a_verb_coordinated_inside_a_relative_clause_is_said_by_its_antecedent(tmp_path):
    text = ("Police\n\n"
            "Detective Joe Bujnowski interviewed the reporter Ben Terris, who saw the incident and described it in "
            "print.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "speaker", "text"]].values.tolist() == [["who", "Ben Terris", "it in print"]]


def test_a_participle_after_since_or_after_is_the_main_clause_subjects_and_ends_at_its_comma(tmp_path):
    text = ("Biden\n\n"
            "Since announcing in October that he would not run, Joe Biden has been a loyal lieutenant.\n\n"
            "One month after announcing his support for Donald Trump, Marco Rubio still believes in him.\n\n"
            "Rick Scott has freed up state funds and on Monday announced more money was being sent to Miami.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "speaker"]].values.tolist() == [
        ["that he would not run", "Joe Biden"], ["his support for Donald Trump", "Marco Rubio"],
        ["more money was being sent to Miami", "Rick Scott"]]


def test_are_before_a_raising_verb_and_a_parenthetical_as_inside_or_after_a_sentence(tmp_path):
    text = ("Actors\n\n"
            "The actors involved are all quick to point out that they are not playing the real Donald.\n\n"
            "And that, as Donald Trump points out, is quite a bit right now.\n\n"
            "The deal will pass, as he claims.\n\n"
            "The deal will pass, as he claims, by a wide margin.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "speaker", "method"]].values.tolist() == [
        ["that they are not playing the real Donald", "The actors involved", "reported_clause_that"],
        ["And that, as Donald Trump points out, is quite a bit right now", "Donald Trump",
         "clause_around_attribution"],
        ["The deal will pass", "Donald Trump", "clause_before_attribution"],
        ["The deal will pass, as he claims, by a wide margin", "Donald Trump", "clause_around_attribution"]]


def test_more_verbs_of_speech_decry_portray_imply_rail_against_hail_highlight_email_retweet(tmp_path):
    text = ("Verbs\n\n"
            "Ana Ruiz decried the cuts as cruel. Tom Berg portrayed her as a radical. Ruiz implied that Berg had lied. "
            "Berg railed against the new tax. Ruiz hailed the deal as historic. Berg highlighted the risks of war.\n\n"
            "Ruiz emailed supporters that the vote was close. Berg retweeted a post calling her a liar.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["verb_lemma"].tolist()[:6] == ["decry", "portray", "imply", "rail against", "hail", "highlight"]
    assert quotes["verb_lemma"].tolist()[6] == "email" and quotes["text"].tolist()[6] == "that the vote was close"
    assert "retweet" in quotes["verb_lemma"].tolist()
    assert quotes["text"].tolist()[2] == "that Berg had lied"


def test_a_short_aside_between_subject_and_verb_is_skipped(tmp_path):
    text = ("Dinner\n\n"
            "Powell’s office, when contacted by Reuters, said the former diplomat could not recall the dinner.\n\n"
            "Cement makers, for instance, argue that imports grew.\n\n"
            "Some economists - including a minority of the Fed's own committee - warn that growth could slow.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "text"]].values.tolist() == [
        ["Powell’s office", "the former diplomat could not recall the dinner"],
        ["Cement makers", "that imports grew"], ["Some economists", "that growth could slow"]]


def test_naming_verbs_after_a_noun_stay_silent_but_a_plural_subject_expresses(tmp_path):
    text = ("Aides\n\n"
            "Clinton aides have privately expressed frustration over the pace of the count.\n\n"
            "Multiple operatives expressed skepticism about the plan.\n\n"
            "A super PAC called Our Principles is ramping up its operations.\n\n"
            "A man described as a veteran walked in.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "verb_lemma"]].values.tolist() == [
        ["Clinton aides", "express"], ["Multiple operatives", "express"]]


def test_indefinite_pronouns_and_negated_contractions_can_be_subjects(tmp_path):
    text = ("Police\n\n"
            "Someone told the police that the car was stolen.\n\n"
            "Another says the plan is fine.\n\n"
            "He didn't mention the attack on the consulate.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "text"]].values.tolist() == [
        ["Someone", "that the car was stolen"], ["Another", "the plan is fine"],
        ["He", "the attack on the consulate"]]


def test_a_reported_clause_ends_where_a_semicolon_while_or_though_opens_another_attribution(tmp_path):
    text = ("Poll\n\n"
            "Most voters say they are paying attention; 26 percent of Democrats say they are not.\n\n"
            "Senator Jane Alder said the bill would pass, while Senator Tom Reyes said it would fail.\n\n"
            "Ben Carson again criticized the news media, though he added that the coverage was fair.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "text"]].values.tolist() == [
        ["Most voters", "they are paying attention"], ["26 percent of Democrats", "they are not"],
        ["Senator Jane Alder", "the bill would pass"], ["Senator Tom Reyes", "it would fail"],
        ["Ben Carson", "the news media"], ["he", "that the coverage was fair"]]


def test_a_verb_coordinated_after_a_first_verb_takes_the_noun_phrase_that_opens_the_sentence(tmp_path):
    text = ("Court\n\n"
            "The senator paused and recalled that the vote had been close.\n\n"
            "The judge rubbed his chin, and then said the case was closed.\n\n"
            "The departments declined to provide any documentation, saying the process was confidential.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "text"]].values.tolist() == [
        ["The senator", "that the vote had been close"], ["The judge", "the case was closed"],
        ["The departments", "the process was confidential"]]


def test_a_listener_with_a_determiner_then_the_told_clause(tmp_path):
    text = ("Lobby\n\n"
            "The director of the centre, Ina Kirsch, told the AP her group never worked with Manafort.\n\n"
            "Donald Trump joked about his book and told his audience they would not back him.\n")
    _, quotes = _load(tmp_path, text)
    told = quotes[quotes.verb_lemma == "tell"]
    assert told[["speaker", "text"]].values.tolist() == [
        ["Ina Kirsch", "her group never worked with Manafort"], ["Donald Trump", "they would not back him"]]


def test_a_report_that_closes_a_sentence_holds_the_attribution_inside_it(tmp_path):
    text = ("Emails\n\n"
            "Hillary Clinton told investigators in July she was advised to use a private account, "
            "the New York Times reported late Thursday.\n\n"
            "As the Washington Post’s investigative unit reported just today, the inspector general issued "
            "subpoenas.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "text", "method"]].values.tolist() == [
        ["the New York Times", "Hillary Clinton told investigators in July she was advised to use a private account",
         "clause_before_attribution"],
        ["Hillary Clinton", "she was advised to use a private account", "reported_clause"],
        ["the Washington Post’s investigative unit", "the inspector general issued subpoenas", "reported_clause"]]


def test_an_attribution_ending_a_paragraph_with_a_colon_introduces_the_next_paragraph(tmp_path):
    text = ("Speech\n\n"
            "Rick Perry did not have kind words for the field. In a speech last July, Perry said:\n\n"
            "Let no one be mistaken, this candidacy is a cancer on conservatism.\n\n"
            "The crowd applauded.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker", "text", "method"]].values.tolist() == [
        ["Rick Perry", "Let no one be mistaken, this candidacy is a cancer on conservatism", "block_quote"]]


@pytest.mark.parametrize("paragraph, rows", [
    ("It is typical of her. People jumped to conclusions in Ferguson, which caused riot cautions in Ferguson.",
     [["Chris Christie", "It is typical of her. People jumped to conclusions in Ferguson", "block_quote"]]),
    ("The plan is bad, the mayor said.", [["the mayor", "The plan is bad", "clause_before_attribution"]]),
])
def test_a_colon_paragraph_yields_to_a_statement_of_its_own_not_to_a_misread_noun(tmp_path, paragraph, rows):
    # "riot cautions" (a typo in the source for "conditions") reads as a verb with no clause: no statement of its own
    text = ("Speech\n\nGovernor Chris Christie spoke on Wednesday.\n\nThe governor added:\n\n"
            f"{paragraph}\n\nThe crowd applauded.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker", "text", "method"]].fillna("").values.tolist() == rows


def test_calls_on_and_for_with_a_place_after_the_name_and_a_new_clause_after_the_object(tmp_path):
    text = ("Deal\n\n"
            "Sen. Bernie Sanders of Vermont called on the administration to block the deal, but Democrats were "
            "not the only ones worried.\n\n"
            "A group of rabbis called for a boycott of his speech, and the civil rights group objected.\n\n"
            "Clinton has nevertheless called his vote an irresponsible one.\n\n"
            "Some Germans are questioning whether the comments could be taken down.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker", "text"]].values.tolist() == [
        ["Bernie Sanders", "the administration to block the deal"], ["A group of rabbis", "a boycott of his speech"],
        ["Clinton", "his vote an irresponsible one"],
        ["Some Germans", "whether the comments could be taken down"]]


def test_a_quote_paragraph_right_after_its_speakers_quote_carries_on_his_statement(tmp_path):
    text = ("Talks\n\n"
            "“We will not sign this,” Lavrov said in Moscow.\n\n"
            "“The proposal is a trap.”\n\n"
            "Snow closed the airport on Friday.\n\n"
            "“Nothing has changed.”\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes.is_speech]
    assert speech[["text", "method", "quote_idx", "statement_idx"]].values.tolist() == [
        ["We will not sign this,", "quote_then_attribution", 0, 0],
        ["The proposal is a trap.", "inherits_previous_speaker", 1, 0],
        ["Nothing has changed.", "inherits_previous_speaker", 2, 2]]


def test_a_quotation_inside_a_sentence_without_attribution_goes_to_the_sentences_subject(tmp_path):
    text = ("Budget\n\n"
            "Bernie Sanders used the question as a chance for wealthy Americans to “pay their fair share into the "
            "system every single year.”\n\n"
            "Lindsey Graham contrasted that with Hillary Clinton, who is looking to bring “people together to "
            "accomplish the goal of the party.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["method", "is_floating"]].values.tolist() == [
        ["quote_in_subjects_sentence", True], ["unattributed", False]]
    assert quotes["speaker"].iloc[0] == "Bernie Sanders" and quotes["speaker"].isna().iloc[1]


def test_a_sentence_that_opens_with_said_or_added_and_a_name_attributes_the_quote_after_it(tmp_path):
    text = ("Guns\n\n"
            "The gun was bought in Charleston. Said Comey, “The thought that an error on our part is connected to "
            "this is painful.”\n\n"
            "Added Senator Jane Alder: “We will look into it.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["speaker", "verb_lemma", "method"]].values.tolist() == [
        ["Comey", "say", "attribution_then_quote"], ["Jane Alder", "add", "attribution_then_quote"]]


def test_a_passive_reporting_verb_is_said_by_its_agent_and_reports_its_subject(tmp_path):
    text = ("Campaign\n\n"
            "As reported by Western Journalism, there are 150 delegates at stake in the contests.\n\n"
            "The secret meeting with the donors was first reported by Politico.\n\n"
            "The purchase price was not disclosed, though it was widely reported that Mr. Trump paid "
            "$100 million.\n\n"
            "Donations are typically reported in broad ranges.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "method"]].values.tolist() == [
        ["there are 150 delegates at stake in the contests", "reported_clause"],
        ["The secret meeting with the donors", "passive_subject"],
        ["that Mr. Trump paid $100 million", "reported_clause_that"]]
    assert quotes["speaker_mention"].tolist()[:2] == ["Western Journalism", "Politico"]
    assert quotes["speaker"].isna().iloc[2]  # reported, by no one named


def test_a_passive_tell_reports_the_clause_and_its_listener_never_speaks(tmp_path):
    text = ("Told\n\n"
            "Bernie Sanders was told by aides that the race was over.\n\n"
            "He was told that the vote had been delayed.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes["text"].tolist() == ["that the race was over", "that the vote had been delayed"]
    assert quotes["speaker_mention"].iloc[0] == "aides" and quotes["speaker"].isna().iloc[1]


def test_reviewed_edges_of_the_new_rules(tmp_path):
    text = ("Edges\n\n"
            "As the New York Times reported on Monday, the deal collapsed after weeks of talks.\n\n"
            "The senator called for a ceasefire, humanitarian access, and the release of all hostages.\n\n"
            "Asked about the budget, the mayor said:\n\n"
            "Mary Jones, the council leader, said the budget was balanced and fair.\n\n"
            "Said Jalili, Iran's chief nuclear negotiator, rejected the offer.\n\n"
            "On Tuesday, voters in Ohio handed John Kasich a win that the campaign hopes is “the start of a long "
            "and winning run for the governor.”\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes.is_speech]
    assert speech[speech.speaker_mention.notna()][["text", "speaker_mention"]].values.tolist() == [
        ["the deal collapsed after weeks of talks", "the New York Times"],
        ["a ceasefire, humanitarian access, and the release of all hostages", "The senator"],
        ["the budget was balanced and fair", "Mary Jones"],
        ["the offer", "Said Jalili"]]
    kasich = speech[speech.text.str.startswith("the start of")]
    assert kasich["speaker"].isna().all() and (kasich["method"] == "unattributed").all()


def test_a_quote_inside_a_later_paragraph_sentence_is_a_statement_of_its_own(tmp_path):
    text = ("Privacy\n\n"
            "Mary Clark said the plan was “a disaster for the users of the service.”\n\n"
            "“We will fight it in every court we can find.”\n\n"
            "The new rules leave the company “deeply committed to privacy in every market it serves.”\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes.is_speech]
    assert speech["statement_idx"].tolist()[:2] == [0, 0]
    assert speech["statement_idx"].iloc[-1] == speech["quote_idx"].iloc[-1]


def test_a_quotation_its_attribution_interrupts_is_one_row_even_when_the_attribution_reports_something(tmp_path):
    text = ("Primary\n\n"
            "“I have never voted in a primary before,” said Nicky Driscoll, who said Sanders is best suited to "
            "the job. “It is supposed to be for the people.”\n\n"
            "“We have come a long way,” he said, noting that he had trailed by 50 points. “We will work hard.”\n\n"
            "“I like him,” Ann Ray said. Bob Lane said the rally was late. “He is too slow,” Lane said.\n")
    _, quotes = _load(tmp_path, text)
    direct = quotes[quotes.kind == "direct"]
    assert direct["quoted_text"].tolist() == [
        "I have never voted in a primary before, … It is supposed to be for the people.",
        "We have come a long way, … We will work hard.", "I like him,", "He is too slow,"]
    assert direct["speaker"].tolist() == ["Nicky Driscoll", "Nicky Driscoll", "Ann Ray", "Bob Lane"]
    reported = quotes[quotes.kind == "indirect"]
    assert reported["text"].tolist() == ["Sanders is best suited to the job", "that he had trailed by 50 points",
                                         "the rally was late"]


def test_speakers_after_a_quote_with_a_role_an_age_a_party_or_a_modifier(tmp_path):
    text = ("Speakers\n\n"
            "Joe Butz and Jason Holsman spoke at the event.\n\n"
            "“All of my friends are women,” Butz, 49, told The Huffington Post.\n\n"
            "\"We are tying their hands,\" state Sen. Jason Holsman (D) said during the filibuster.\n\n"
            "“The drop is directly attributable to the emails,” said a person close to the Clintons.\n\n"
            "“Does that fly?” former Obama adviser David Axelrod asked on Twitter.\n\n"
            "\"He built very strong coalitions, \" said Mr. Gunnels, who now works for the campaign.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "method", "speaker_mention"]].values.tolist() == [
        ["All of my friends are women,", "quote_then_attribution", "Butz"],
        ["We are tying their hands,", "quote_then_attribution", "Sen. Jason Holsman"],
        ["The drop is directly attributable to the emails,", "quote_then_attribution", "a person"],
        ["Does that fly?", "quote_then_attribution", "David Axelrod"],
        ["He built very strong coalitions,", "quote_then_attribution", "Mr. Gunnels"]]


def test_an_attribution_set_off_inside_a_sentence_reports_the_whole_sentence(tmp_path):
    text = ("Observers\n\n"
            "Pierre de Vos and Ann Taylor spoke at the forum.\n\n"
            "If the demands are not met, Ms. Taylor warned, die-hard supporters plan to leave the party. "
            "Polls show as many as 30 percent might.\n\n"
            "For decades, Mr. de Vos noted, the United States has deployed observers abroad.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "method", "speaker_mention", "speaker"]].values.tolist() == [
        ["If the demands are not met, Ms. Taylor warned, die-hard supporters plan to leave the party",
         "clause_around_attribution", "Ms. Taylor", "Ann Taylor"],
        ["For decades, Mr. de Vos noted, the United States has deployed observers abroad",
         "clause_around_attribution", "Mr. de Vos", "Pierre de Vos"]]


def test_names_that_hold_a_word_a_place_before_the_title_or_an_adverb_ending(tmp_path):
    text = ("Names\n\n"
            "Bill Clinton campaigned in Ohio on Monday.\n\n"
            "Former Arkansas Gov. Mike Huckabee, for his part, said the actions were “a blatant abuse of power.”\n\n"
            "Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday, saying it is time for a "
            "“real constitutional conservative in the White House.”\n")
    corpus, quotes = _load(tmp_path, text)
    assert quotes[["speaker_mention", "speaker"]].values.tolist() == [
        ["Former Arkansas Gov. Mike Huckabee", "Mike Huckabee"], ["Carly Fiorina", "Carly Fiorina"]]
    roles = quotes.set_index("speaker")["speaker_role"]
    assert roles["Mike Huckabee"] == "Former Arkansas Gov."


def test_a_quote_carried_on_takes_the_nearest_naming_of_its_speaker_or_its_own_sentences_subject(tmp_path):
    text = ("Schilling\n\n"
            "Curt Schilling was fired. ''Anybody who says I'm homophobic is wrong,'' he told the hosts on WEEI.\n\n"
            "Schilling later went on air again. ''I replied to the post. I didn't post that.''\n\n"
            "Schilling told WEEI: ''I never wrote it.''\n\n"
            "Meanwhile Ann Lee, a fan, waved a sign. ''He was right.''\n\n"
            "Ann Lee spoke to the crowd.\n\n"
            "Later, Curt Schilling used his show as a chance for an “apology from the network.”\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["method", "speaker_mention", "speaker"]].fillna("").values.tolist() == [
        ["quote_then_attribution", "he", "Curt Schilling"],
        ["inherits_previous_speaker", "Schilling", "Curt Schilling"],
        ["attribution_then_quote", "Schilling", "Curt Schilling"],
        ["unattributed", "", ""],
        ["quote_in_subjects_sentence", "Curt Schilling", "Curt Schilling"]]


def test_labeling_fuming_and_quotes_after_an_adjunct_or_a_dash(tmp_path):
    text = ("Verbs\n\n"
            "Mike Huckabee and Pat Toomey spoke in Ohio.\n\n"
            "Huckabee is labeling the orders “a blatant abuse of power.”\n\n"
            "“They were never serious about this,” Toomey fumed on Tuesday.\n\n"
            "At the end of the day, Huckabee said as he left the stage, \"We will win this fight.\"\n\n"
            "Toomey boasted to reporters of his staff - \"the best in the state.\"\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "method", "speaker", "verb_lemma"]].values.tolist() == [
        ["the orders “a blatant abuse of power.”", "quoted_complement", "Mike Huckabee", "label"],
        ["They were never serious about this,", "quote_then_attribution", "Pat Toomey", "fume"],
        ["We will win this fight.", "attribution_then_quote", "Mike Huckabee", "say"],
        ["the best in the state.", "attribution_then_quote", "Pat Toomey", "boast"]]


def test_a_reporting_verb_after_to_or_in_is_said_by_the_subject_that_opens_the_sentence(tmp_path):
    text = ("Chains\n\n"
            "Paul Ryan spoke on Monday.\n\n"
            "Ryan has been very vocal in rejecting the plan for a new tax.\n\n"
            "On Tuesday, Ryan struggled to explain the delay.\n\n"
            "It is too soon to say whether the bill will pass.\n\n"
            "Federal officials, speaking on the condition of anonymity because they were not authorized to discuss "
            "the investigation, said the server had been secure.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "speaker_mention"]].fillna("").values.tolist() == [
        ["the plan for a new tax", "Ryan"], ["the delay", "Ryan"],
        ["the server had been secure", "Federal officials"]]


def test_according_to_reports_a_sentence_that_holds_another_attribution_or_a_company(tmp_path):
    text = ("According\n\n"
            "Elise Labott and Phil Kerpen met in January.\n\n"
            "According to Phil Kerpen, it appears that the tweet was about a post Labott wrote in January.\n\n"
            "According to Facebook, Donald Trump generated the most interactions that week.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "method", "speaker_mention"]].values.tolist() == [
        ["it appears that the tweet was about a post Labott wrote in January", "according_to_before", "Phil Kerpen"],
        ["Donald Trump generated the most interactions that week", "according_to_before", "Facebook"]]


def test_a_participle_that_opens_a_sentence_is_said_by_the_main_clauses_subject(tmp_path):
    text = ("Checks\n\n"
            "Jon Tester and Mark Kirk spoke on Monday.\n\n"
            "Noting that only Sen. Mark Kirk voted with Democrats on background checks, Tester added: "
            "\"That is where your problem is.\"\n\n"
            "According to the Times, the vote was close, and the bill failed.\n")
    _, quotes = _load(tmp_path, text)
    assert quotes[["text", "method", "speaker"]].values.tolist() == [
        ["that only Sen. Mark Kirk voted with Democrats on background checks", "reported_clause_that", "Jon Tester"],
        ["That is where your problem is.", "attribution_then_quote", "Jon Tester"],
        ["the vote was close, and the bill failed", "according_to_before", "the Times"]]


@pytest.mark.parametrize("sentence, rows", [
    ("Noting that the economy is weak, Tester added that jobs are scarce.",
     [("that the economy is weak", "Tester"), ("that jobs are scarce", "Tester")]),
    ("Claiming that the criticism was designed to pressure moderators, Trump said the system is rigged.",
     [("that the criticism was designed to pressure moderators", "Trump"), ("the system is rigged", "Trump")]),
    ("Claiming the criticism is designed to pressure moderators, Trump told Fox that they hit Matt.",
     [("the criticism is designed to pressure moderators", "Trump"), ("that they hit Matt", "Trump")]),
    ("Blaming immigrants is wrong, Ann Ray said.", [("Blaming immigrants is wrong", "Ann Ray")]),
    ("Blaming immigrants was a mistake, the mayor told reporters on Monday.",
     [("Blaming immigrants was a mistake", "the mayor")]),
    ("Noting he was raised by a single mother, he called for promoting marriage.",
     [("he was raised by a single mother", "he"), ("promoting marriage", "he")]),
    ("After signaling in the first debate that he was in favor of the plan, Lane appeared to walk it back.",
     [("that he was in favor of the plan", "Lane")]),
    ("Threatening military force against Americans is not presidential, it is tin-pot dictatorial.", []),
    ("Questioning whether the party should have access to the data is not xenophobic, and the firm is no victim.", []),
])
def test_an_opening_participle_with_a_clause_is_said_by_the_main_clauses_subject(tmp_path, sentence, rows):
    # an "is" after the participle makes it a gerund subject when an attribution closes the sentence or when no
    # verb of the reported clause follows it ("is not presidential", "was a mistake")
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("A memorable Clinton ad in 2008 questioned whether Obama was prepared.",
     [("whether Obama was prepared", "A memorable Clinton ad")]),
    ("The Downing Street Strategy Unit in 2003 said people from Indian backgrounds were doing well.",
     [("people from Indian backgrounds were doing well", "The Downing Street Strategy Unit")]),
    ("Voters that backed the measure in 2014 say it failed.",
     [("it failed", "Voters that backed the measure in 2014")]),
])
def test_a_year_between_the_subject_and_the_verb_is_a_time_not_part_of_the_subject(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The impetus came from China and the United States, which together vowed to stave off the worst effects.",
     [("to stave off the worst effects", "which")]),
    ("They together warned that the plan would fail.", [("that the plan would fail", "They")]),
    ("The community he brought together demands a voice.", []),
])
def test_together_between_a_subject_and_its_verb_is_passed_over(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The Times and the Post filed a motion, arguing the move was needed.",
     [("the move was needed", "The Times and the Post")]),
    ("Hale and Smith filed a motion, arguing the move was needed.", [("the move was needed", "Hale and Smith")]),
    ("Netanyahu and other Israeli leaders shunned Carter, claiming that he is anti-Israel.",
     [("that he is anti-Israel", "Netanyahu and other Israeli leaders")]),
    ("Conservative columnist and Fox News contributor George Will reignited his feud after writing an op-ed.",
     [("an op-ed", "George Will")]),
])
def test_two_noun_phrases_joined_by_and_open_a_clause_as_one_subject(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The minister warned the cuts would hurt schools.", [("the cuts would hurt schools", "The minister")]),
    ("He warned the move would backfire.", [("the move would backfire", "He")]),
    ("The minister warned there was a risk that prices would rise.",
     [("there was a risk that prices would rise", "The minister")]),
    ("The prime minister told his monthly press conference the matter had been dealt with by the courts.",
     [("the matter had been dealt with by the courts", "The prime minister")]),
    ("Mr Blair told his monthly news conference Britain had the best of both worlds.",
     [("Britain had the best of both worlds", "Mr Blair")]),
    ("Shell told shocked investors that its reserves were smaller than thought.",
     [("that its reserves were smaller than thought", "Shell")]),
    ("He told the paper before he spoke to the committee that he believed it.", [("that he believed it", "He")]),
    ("He warned the West against sending tanks.", [("the West against sending tanks", "He")]),
])
def test_a_clause_after_warn_or_tell_starts_at_its_subject_not_at_a_listener(tmp_path, sentence, rows):
    # a noun phrase right before an auxiliary is the clause's subject; a listener ends where a second determiner or
    # a name starts the clause
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The Tories say taxes have gone up.", [("taxes have gone up", "The Tories")]),
    ("The Conservatives say Labour has raised taxes.", [("Labour has raised taxes", "The Conservatives")]),
    ("The Greens say the plan is a disaster.", [("the plan is a disaster", "The Greens")]),
    ("The Sanders claim to fame is his record.", []),
    ("The Romney attack hit Obama hard.", []),
])
def test_the_and_a_capitalised_plural_before_a_bare_verb_and_a_clause_speak(tmp_path, sentence, rows):
    # a bare form after "the" and a name is a noun ("the Romney attack"), unless a plural body says a clause
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The Tories say Labour is acting too late while the Lib Dems say the plans may not work.",
     [("Labour is acting too late", "The Tories"), ("the plans may not work", "Lib Dems")]),
    ("The government in Riyadh has denied any role in the attacks, and the U.S. has never accused its ally of complicity.",
     [("any role in the attacks", "The government in Riyadh"), ("its ally of complicity", "U.S.")]),
    ("Critics say the law, which the EU says is needed to harmonise with the US, is little more than a law on ideas.",
     [("the law, which the EU says is needed to harmonise with the US, is little more than a law on ideas", "Critics")]),
])
def test_a_reported_clause_ends_before_the_article_of_the_next_speakers_name(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The US said Iran must halt its programme.", [("Iran must halt its programme", "US")]),
    ("New START expired in February, while the US earlier said it was open to talks on a new treaty.",
     [("it was open to talks on a new treaty", "US")]),
    ("Two of the largest airlines in the US have blamed record fuel prices for their losses.", []),
    ("Judge Neff, the US district judge, declined the request, writing that the arguments were weak.",
     [("that the arguments were weak", "Judge Neff")]),
    ("He told us the plan failed.", [("the plan failed", "He")]),
])
def test_the_us_as_a_subject_is_the_country_not_the_pronoun(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, text", [
    ("He told CNN Trump was wrong.", "Trump was wrong"),
    ("He told the Times Clinton would win.", "Clinton would win"),
    ("Mr Bush told reporters Mr Putin was a man he could trust.", "Mr Putin was a man he could trust"),
    ("Sources told the BBC Mr Howard had always been in favour of ID cards.",
     "Mr Howard had always been in favour of ID cards"),
    ("He told Radio 4 he was confident.", "he was confident"),
    ("He told Hillary Clinton he would win.", "he would win"),
])
def test_a_name_that_opens_the_clause_after_a_listener_is_the_clauses_subject(tmp_path, sentence, text):
    _, quotes = _load(tmp_path, f"Story\n\nDonald Trump and Hillary Clinton met on Friday.\n\n{sentence}\n")
    assert quotes.loc[quotes["sentence_idx"] > 1, "text"].tolist() == [text]


@pytest.mark.parametrize("sentence, rows", [
    ("The family said they were grateful.", [("they were grateful", "The family")]),
    ("The singer has died at the age of 93, his family said.",
     [("The singer has died at the age of 93", "his family")]),
    ("A Clinton ally suggested she would back the deal.", [("she would back the deal", "A Clinton ally")]),
    ("The family quickly said they were grateful.", [("they were grateful", "The family")]),
])
def test_a_noun_in_ly_is_a_subject_not_an_adverb(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The ministry said late on Friday that the talks had collapsed.",
     [("that the talks had collapsed", "The ministry")]),
    ("The group said in a statement posted on its website that it had carried out the attack.",
     [("that it had carried out the attack", "The group")]),
    ("He said in politics it takes time but added that he was hopeful.",
     [("in politics it takes time", "He"), ("that he was hopeful", "He")]),
])
def test_a_time_or_a_statement_with_its_participle_before_that_is_passed_over(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ('"The reforms," she said, "will take years."', [('The reforms," she said, "will take years.', "she")]),
    ('"It is over," he said, "for now."', [('It is over," he said, "for now.', "he")]),
    ('Critics called the plan "a disaster," and the mayor said it was "not fair."',
     [('the plan "a disaster,"', "Critics"), ('it was "not fair."', "the mayor")]),
])
def test_a_short_quotation_that_resumes_after_its_attribution_joins_the_quote(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Prices will rise next year, according to the Bank of England.",
     [("Prices will rise next year", "the Bank of England")]),
    ("According to the Office for National Statistics, prices rose.",
     [("prices rose", "the Office for National Statistics")]),
    ("The plan failed, according to the Department of Health and Human Services.",
     [("The plan failed", "the Department of Health and Human Services")]),
    ("Trust fell sharply last year, says the Institute of Public Policy Research (IPPR).",
     [("Trust fell sharply last year", "the Institute of Public Policy Research")]),
])
def test_an_institution_named_with_of_or_for_speaks_whole(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The minister in a statement said the plan failed.", [("the plan failed", "The minister")]),
    ("Ann Ray after the meeting said the plan failed.", [("the plan failed", "Ann Ray")]),
    ("The president at a rally on Saturday said the plan failed.", [("the plan failed", "The president")]),
    ("Speaking at the Labour conference in Brighton he said it would fail.", [("it would fail", "he")]),
    ("Residents in the town said the plan failed.", [("the plan failed", "Residents in the town")]),
])
def test_an_occasion_between_a_subject_and_its_verb_is_not_the_speaker(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ('Citing the "Access Hollywood" tape, Clinton said Trump was "unfit."',
     [('the "Access Hollywood" tape', "Clinton"), ('Trump was "unfit."', "Clinton")]),
    ('After the "Access Hollywood" tape surfaced, Ryan said he was sickened.', [("he was sickened", "Ryan")]),
    ('Bemoaning the "phony system," Trump accused Holt of being a Democrat.',
     [('Bemoaning the "phony system,"', "Trump"), ("Holt of being a Democrat", "Trump")]),
    ('The FBI made a "mistake" in the check, Comey said.', [('The FBI made a "mistake" in the check', "Comey")]),
])
def test_a_quotation_in_an_opening_phrase_leaves_the_verb_its_own_clause(tmp_path, sentence, rows):
    # a title in the opening phrase is no one's words; the speaker's own words there are a row of their own
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("U.S. Rep. Jason Chaffetz, R-Utah, said he could no longer endorse the nominee.",
     [("he could no longer endorse the nominee", "U.S. Rep. Jason Chaffetz")]),
    ('"We have to protect our workers," said U.S. Sen. Sherrod Brown, D-Ohio.',
     [("We have to protect our workers,", "U.S. Sen. Sherrod Brown")]),
    ("The U.S. Chamber of Commerce said the deal was bad.", [("the deal was bad", "The U.S. Chamber of Commerce")]),
])
def test_a_country_before_a_title_qualifies_the_name_after_it(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The letter, sent to Congress on Friday, said the FBI was reviewing new emails.",
     [("the FBI was reviewing new emails", "The letter")]),
    ("The ad, paid for by a super PAC, says the senator cannot be trusted.",
     [("the senator cannot be trusted", "The ad")]),
    ("The report, published on Tuesday, said the agency had failed.", [("the agency had failed", "The report")]),
    ("The company, founded in 1990, said profits fell.", [("profits fell", "The company")]),
])
def test_a_participle_set_off_after_a_document_or_a_body_leaves_it_the_speaker(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ('Trump asked supporters, "Are you ready to win?"', [("Are you ready to win?", "Trump")]),
    ('Trump promised the crowd: "You will be so proud of your president."',
     [("You will be so proud of your president.", "Trump")]),
    ('He asked the buzzing crowd, "Can she stay?"', [("Can she stay?", "He")]),
    ('He rarely asks surrogates to stump for him, "except for people I am very close to."',
     [('surrogates to stump for him, "except for people I am very close to."', "He")]),
])
def test_the_people_addressed_before_a_quotation_are_not_in_it(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Trump, whose campaign has said he will release his returns, refused to commit on Monday.",
     [("he will release his returns", "whose campaign")]),
    ("Trump, who has said he will release his returns, refused to commit on Monday.",
     [("he will release his returns", "who")]),
])
def test_a_whose_relative_set_off_by_commas_ends_at_its_comma(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ('Another critic, Laurence H. Tribe, likened the rules to "burning the Constitution".',
     [('the rules to "burning the Constitution"', "Laurence H. Tribe")]),
    ("He likened the campaign to a car crash.", [("the campaign to a car crash", "He")]),
    ('The mayor says he is "standing by" his remarks which likened a journalist to a "camp guard".',
     [('he is "standing by" his remarks which likened a journalist to a "camp guard"', "The mayor")]),
    ('His son, a trainee vicar, who praised his father\'s "honesty", spoke first.',
     [("his father's \"honesty\"", "who")]),
])
def test_liken_reports_its_comparison_and_a_relative_after_a_noun_is_no_quotes_attribution(tmp_path, sentence, rows):
    # "which likened" after "his remarks" is the remarks' statement, not the attribution of "standing by"
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("But they could not resist pointing out that every shooting did not result in a homicide.",
     [("that every shooting did not result in a homicide", "they")]),
    ("He resisted calling for a ban.", []),
])
def test_resist_raises_a_gerund_of_speech_that_reports_a_clause(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The eventual appeals court ruling could decide the case.", []),
    ("The state appeals court said the law was unconstitutional.",
     [("the law was unconstitutional", "The state appeals court")]),
    ("The attack ads said the senator was weak.", [("the senator was weak", "The attack ads")]),
    ("Trump continued to attack judges who ruled against him.", [("judges who ruled against him", "Trump")]),
    ("He will warn campaign donors that the race is close.", [("that the race is close", "He")]),
    ("The appeal court said the ruling stood.", [("the ruling stood", "The appeal court")]),
    ("He appeals to voters to stay calm.", [("to voters to stay calm", "He")]),
])
def test_appeals_before_court_is_a_noun_and_stays_in_the_speaker(tmp_path, sentence, rows):
    # "appeals court" and "attack ads" are compounds: no verb of speech, and the whole phrase speaks
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ('"This is a big year for us!" state Del. Marcia Price (D-Newport News) said.',
     [("This is a big year for us!", "Del. Marcia Price")]),
    ("Del. Marcia Price said the vote was close.", [("the vote was close", "Del. Marcia Price")]),
    ("She moved to Wilmington, Del. She said the town was quiet.", [("the town was quiet", "She")]),
])
def test_del_is_a_delegates_title_and_delaware_may_end_a_sentence(tmp_path, sentence, rows):
    # "Del." before a name does not end the sentence, so the quotation keeps its speaker
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_title_case_quotation_alone_in_its_paragraph_is_a_subheading(tmp_path):
    text = ("Story\n\nThe figures came out on Friday.\n\n"
            '"If the trends continue, it is going to be disruptive," Mr. Obama said.\n\n'
            "''All Bets Are Off.''\n\nEight years ago, both men had the same position.\n\n"
            '"I am skeptical he can pull it off," Mr. Morgan said.\n\n"Legend in the Coal Fields."\n\n'
            'Bankruptcy is like a chess game.\n\n"We can do this," Ms. Ray said.\n\n"Stop lying."\n\n"No, No, No."\n')
    _, quotes = _load(tmp_path, text)
    rows = [(r.text, r.kind, r.method, r.is_speech) for r in quotes.itertuples() if r.sentence_idx > 1]
    assert rows == [
        ("If the trends continue, it is going to be disruptive,", "direct", "quote_then_attribution", True),
        ("All Bets Are Off.", "fragment", "cited_title", False),
        ("I am skeptical he can pull it off,", "direct", "quote_then_attribution", True),
        ("Legend in the Coal Fields.", "fragment", "cited_title", False),
        ("We can do this,", "direct", "quote_then_attribution", True),
        ("Stop lying.", "direct", "inherits_previous_speaker", True),
        ("No, No, No.", "direct", "inherits_previous_speaker", True),
    ]


def test_a_transcript_set_in_quotation_marks_gives_each_line_to_the_name_that_opens_it(tmp_path):
    text = ("Pence on the debate\n\nThe governor spoke on Sunday.\n\nPartial transcript as follows:\n\n"
            '"WALLACE: Why would he do that? And will she be there tomorrow night?\n\n'
            '"PENCE: Well, look, she apparently thinks this is an episode of “Shark Tank.” But this is serious.\n\n'
            '"But the truth is that he has a unique way of communicating.\n\n'
            '"VIDEO: They all told me it was a video.\n\n'
            '"CHRIS WALLACE: Governor, I want to try to get —.\n\n"(CROSSTALK.)\n\n'
            '"PENCE: And that’s why he is on his way to the White House."\n')
    _, quotes = _load(tmp_path, text)
    lines = quotes[quotes["method"] == "transcript_line"]
    assert [(r.text, r.speaker_mention) for r in lines.itertuples()] == [
        ("Why would he do that? And will she be there tomorrow night?", "WALLACE"),
        ("Well, look, she apparently thinks this is an episode of “Shark Tank.” But this is serious.", "PENCE"),
        ("But the truth is that he has a unique way of communicating.", "PENCE"),
        ("Governor, I want to try to get —.", "CHRIS WALLACE"),
        ("And that’s why he is on his way to the White House.", "PENCE"),
    ]
    assert lines["is_speech"].all() and not quotes["text"].str.contains("PENCE:|VIDEO:").any()
    video = quotes[quotes["text"] == "They all told me it was a video."]
    assert len(video) == 1 and video["is_speech"].all() and video["speaker_mention"].isna().all()
    crosstalk = quotes[quotes["text"].str.contains("CROSSTALK")]
    assert len(crosstalk) == 1 and not crosstalk["is_speech"].any()


def test_a_quotation_with_its_own_attribution_is_no_transcript_line(tmp_path):
    text = ("Story\n\nPartial transcript:\n\n\"PENCE: Well, look, we will win.\n\n"
            '"We will win this state," Trump said on Friday.\n\n'
            '"WARNING: Do not enter the building," the sign on the door said.\n')
    _, quotes = _load(tmp_path, text)
    assert [(r.text, r.speaker_mention) for r in quotes[quotes["is_speech"]].itertuples()] == [
        ("Well, look, we will win.", "PENCE"), ("We will win this state,", "Trump"),
        ("WARNING: Do not enter the building,", "the sign on the door")]


@pytest.mark.parametrize("sentence, rows", [
    ("Trump charges that countries that stand to benefit from the deal donated millions.",
     [("that countries that stand to benefit from the deal donated millions", "Trump")]),
    ("Critics charge that she skewed foreign policy.", [("that she skewed foreign policy", "Critics")]),
    ("Trump made similarly bigoted charges that a Latino judge would be biased.", []),
    ("Walker, who charges $20,000 for a speech, says he lost money.", [("he lost money", "Walker")]),
    ("The firm charges customers a fee.", []),
    ("Democrats will charge that the plan is unfair.", [("that the plan is unfair", "Democrats")]),
    ("Prosecutors are expected to charge that he lied.", [("that he lied", "Prosecutors")]),
])
def test_charge_before_that_reports_a_clause(tmp_path, sentence, rows):
    # "charge" and "charges" are mostly nouns or prices; before "that", after a subject, they report what is charged
    assert _said_after_lead(tmp_path, sentence) == rows


def test_charges_that_opening_a_paragraph_does_not_fail_the_article(tmp_path):
    text = "Story\n\nThe court met on Friday.\n\ncharges that the mayor lied were dismissed by the court.\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an article that fails is left out with a warning
        _, quotes = _load(tmp_path, text)
    assert not quotes["is_speech"].any()


@pytest.mark.parametrize("headline, rows", [
    ("Huffington Post Says Trump Lied", [("Trump Lied", "Huffington Post")]),
    ("Washington Post Hit Piece Exploits Trump Supporter", []),
    ("NY Post: Megyn Kelly Is No Different Than Kim Kardashian",
     [("Megyn Kelly Is No Different Than Kim Kardashian", "NY Post")]),
])
def test_post_after_a_capitalised_word_in_a_headline_is_a_newspaper(tmp_path, headline, rows):
    _, quotes = _load(tmp_path, f"{headline}\n\nThe story ran on Friday.\n")
    assert [(r.text, r.speaker_mention) for r in quotes[quotes["is_speech"]].itertuples()] == rows


@pytest.mark.parametrize("headline, rows", [
    ("Romney's 'Crony Capitalism' Charge May Ring True For Leaders Of Both Parties", []),
    ("Trump Charges That Clinton Skewed Policy", [("Clinton Skewed Policy", "Trump")]),
])
def test_charge_in_a_headline_reports_only_before_that(tmp_path, headline, rows):
    _, quotes = _load(tmp_path, f"{headline}\n\nThe former governor spoke on Monday.\n")
    assert [(r.text, r.speaker_mention) for r in quotes[quotes["is_speech"]].itertuples()] == rows


def test_a_short_quotation_in_single_marks_alone_in_its_paragraph_is_a_subheading(tmp_path):
    text = ("Story\n\nThe figures came out on Friday.\n\n"
            '"If I were in my 40s, I would go back to school," she said.\n\n'
            "'A really tough decision.'\n\nThe plant closed in May.\n\n"
            "\"We will fight on,\" he said.\n\n\"Stop lying.\"\n")
    _, quotes = _load(tmp_path, text)
    rows = [(r.text, r.method, r.is_speech) for r in quotes.itertuples() if r.sentence_idx > 1]
    assert rows == [("If I were in my 40s, I would go back to school,", "quote_then_attribution", True),
                    ("A really tough decision.", "cited_title", False),
                    ("We will fight on,", "quote_then_attribution", True),
                    ("Stop lying.", "inherits_previous_speaker", True)]
    british = "Story\n\nThe figures came out on Friday.\n\n'We will fight on,' he said.\n\n'Stop lying.'\n"
    (tmp_path / "uk").mkdir()
    _, quotes = _load(tmp_path / "uk", british)  # a story that quotes speech in single marks
    assert quotes.loc[quotes["text"] == "Stop lying.", "method"].tolist() == ["inherits_previous_speaker"]


@pytest.mark.parametrize("sentence, rows", [
    ("A relentless and well-funded attack campaign could still sink the measure.", []),
    ("The yield on the benchmark five-year Treasury note rose to 2.1 percent.", []),
    ("The fact-checkers examined both claims and rated them false.", []),
    ("Some reports have suggested that the director felt frustrated.",
     [("that the director felt frustrated", "Some reports")]),
    ("Everyone claims the vote was fair.", [("the vote was fair", "Everyone")]),
    ("The Treasury noted that yields rose.", [("that yields rose", "The Treasury")]),
])
def test_a_noun_of_speech_in_a_compound_or_after_a_plural_quantifier_is_no_verb(tmp_path, sentence, rows):
    # "attack campaign", "Treasury note", "both claims", "Some reports": nouns, not the verbs "attack", "note", "claim"
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The primaries will almost certainly force Sen. Bernie Sanders to acknowledge a hard reality.",
     [("a hard reality", "Sen. Bernie Sanders")]),
    ("The landslide led party chairman Tom Reyes to declare him the winner.",
     [("him the winner", "party chairman Tom Reyes")]),
    ("A government task force held meetings to publish the plan.", []),
    ("Ask Jeeves is the third leading search firm this week to thank a revival in advertising.", []),
    ("His delegate lead could spur networks to call the race early.", []),
    ("The Air Force pilots to declare an emergency.", []),
])
def test_the_object_a_causative_makes_speak_may_be_a_titled_name_after_its_role(tmp_path, sentence, rows):
    # "force" after an auxiliary makes its object speak (not "task force"); "leading" before a time word is an adjective
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Maria Harris, a former judge, took to Twitter to say that the count was rigged.",
     [("that the count was rigged", "Maria Harris")]),
    ("Maria Harris, a judge who led the inquiry, took to Twitter to say that the count was rigged.",
     [("that the count was rigged", "Maria Harris")]),
    ("The spokesman took to Twitter to deny the report.", [("the report", "The spokesman")]),
    ("Tom Reyes went there to announce that the plant would close.",
     [("that the plant would close", "Tom Reyes")]),
    ("The judge is also considering whether to order the department to release the emails.",
     [("the department to release the emails", "The judge")]),
    ("Safety representatives were often ignored when raising concerns because there was no legal duty to respond, "
     "claimed the union organisation.", []),
])
def test_a_purpose_infinitive_speaks_for_a_role_or_a_name_set_off_by_its_appositive(tmp_path, sentence, rows):
    # the subject that opens the sentence says what its infinitive reports, past "a former judge," (not past a
    # clause of its own: "because there was no legal duty to respond")
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The mayor returned for the last hour of the meeting and said little, according to an attendee.",
     [("The mayor returned for the last hour of the meeting and said little", "an attendee"), ("little", "The mayor")]),
    ("NM Rothschild, the investment bank, is advising Mr Glazer, according to the Financial Times.",
     [("NM Rothschild, the investment bank, is advising Mr Glazer", "the Financial Times")]),
    ("Harris said the plan was sound, according to the Daily Courier.", [("the plan was sound", "Harris")]),
    ('"You are directly participating in it," he said, according to the AP.',
     [("You are directly participating in it,", "he")]),
])
def test_according_to_reports_the_sentence_when_another_verb_in_it_reports_less_than_half(tmp_path, sentence, rows):
    # "X said A, according to the Times" stays X's row; a sentence whose own verb reports little of it is the
    # source's, whole (but not a quotation with its own attribution)
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Senator Ruiz spoke on Friday. His staff spent the afternoon watching old episodes of “Seinfeld.”",
     []),
    ("The site gave it a rating of “False.”", []),
    ('The governor loves "Fargo."', []),
    ('He paused. "No."', [("No.", None)]),
    ("His answer was “No way.”", [("No way.", None)]),
    ('The crowd chanted back at him, "Send them home," and "Build the wall."',
     [('Send them home," and "Build the wall.', "The crowd")]),
])
def test_a_short_quotation_closing_a_sentence_of_the_writers_is_a_fragment(tmp_path, sentence, rows):
    # a name or a word with the full stop set inside the marks ends the writer's sentence: no one says it
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("It is a fine plan, but it begs the question of who will pay.", []),
    ("Maria Chen, who answered her door in a bathrobe, laughed.", []),
    ("His speech inevitably called to mind the promise of unity that carried him.", []),
    ("With almost 100 percent of precincts reporting, the race was tied.", []),
    ("He answered the question by saying the deal was dead.",
     [("the question by saying the deal was dead", "He")]),
    ("Voters could say goodbye to all of that.", [("goodbye to all of that", "Voters")]),
    ("Tulsa police released video on Monday of last week's shooting.", []),
    ("Hillary Clinton released her returns this year.", []),
    ("He released his tax returns.", []),
    ("The campaign released a statement denying the report.", [("a statement denying the report", "The campaign")]),
    ("The groups appealed the case to the Sixth Circuit.", []),
    ("He appealed to voters to stay calm.", [("to voters to stay calm", "He")]),
])
def test_a_verb_of_speech_in_a_phrase_of_not_speech_phrases_csv_reports_nothing(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Maria Harris reminded voters of her record on water rights.", [("her record on water rights", "Maria Harris")]),
    ("In a memo, Tom Reyes reminded his staff about the new filing rules.", [("the new filing rules", "Tom Reyes")]),
    ("Maria Harris reminded voters that she had opposed the dam.", [("that she had opposed the dam", "Maria Harris")]),
    ("The new stadium reminds me of the old arena downtown.", []),
    ("Meanwhile, John Kasich reminds us of the houseguest who won't leave.", []),
    ("John Kasich reminds you of the houseguest who won't leave.", []),
])
def test_reminded_a_listener_of_something_reports_it(tmp_path, sentence, rows):
    # a person reminds a listener of what he brings up; a thing, or "us" and "me", is a likeness
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Many council members have said they will skip the vote and others have said they are undecided.",
     [("they will skip the vote", "Many council members"), ("they are undecided", "others")]),
    ("Analysts said the plan would work and some warned that it would fail.",
     [("the plan would work", "Analysts"), ("that it would fail", "some")]),
    ("Trump and others said the vote was rigged.", [("the vote was rigged", "Trump and others")]),
])
def test_a_quantifier_after_and_opens_a_statement_of_its_own(tmp_path, sentence, rows):
    # "… and others have said …" after a clause with its own verb: the others speak, and the first clause ends
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Trump has faced questions about business practices at his foundation.",
     [("business practices at his foundation", None)]),
    ("The campaign did not respond to the Post's questions about the donations.", [("the donations", "the Post")]),
    ("Donald Trump is raising questions about his microphone problems.",
     [("his microphone problems", "Donald Trump")]),
    ("The news organization raised questions about whether Lewandowski had grabbed her.",
     [("whether Lewandowski had grabbed her", "The news organization")]),
])
def test_questions_about_something_report_what_is_asked(tmp_path, sentence, rows):
    # a noun of speech: whose questions they are, or who raises them, asks; a question keeps its own verb
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Ileana Ros-Lehtinen has been vocal in her criticism of Trump.", [("Trump", "Ileana Ros-Lehtinen")]),
    ("Mr. Trump's criticism of the Khan family drew rebukes.", [("the Khan family", "Mr. Trump")]),
    ("Mrs. Clinton will continue to face the criticism of her party rival.", []),
    ("For all the criticism of his approach to the Islamic State, the alternatives are thin.", []),
])
def test_criticism_of_reports_its_target_only_with_an_owner(tmp_path, sentence, rows):
    # "of" after a noun of speech may name the critic ("the criticism of her party rival"): a target only when
    # the text says whose criticism it is
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Critics echo her concerns.", [("her concerns", "Critics")]),
    ("Members of Congress echo her concerns.", [("her concerns", "Members of Congress")]),
    ("Terrorism experts rebuke Trump proposal for more airstrikes.", [("Trump proposal for more airstrikes",
                                                                     "Terrorism experts")]),
    ("The storms highlight the need for new levees.", []),
    ('He shouted: "Tear down this wall!" Critics still praise his refusal to yield.',
     [("Tear down this wall!", "He")]),
])
def test_a_base_form_after_a_plural_subject_of_people_is_their_present_tense(tmp_path, sentence, rows):
    # "echo", "rebuke", "praise" are read as verbs after "to" or a modal, and after a plural people noun with an
    # object (not after a quotation, which that sentence does not attribute)
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Robby Mook said as much in an interview earlier Thursday morning.", [("as much", "Robby Mook")]),
    ("Top Sanders strategists acknowledged as much in a New York Times article.",
     [("as much", "Top Sanders strategists")]),
    ("He said as much as he could.", []),
])
def test_said_as_much_reports_what_was_said_before(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Their claims were rated false, compared to 11% of Democratic claims – a 3 to 1 margin.", []),
    ("He needs treatment for underlying illnesses such as post-traumatic stress disorder or depression.", []),
    ("The next generation of DVDs promises very high quality pictures.",
     [("very high quality pictures", "The next generation of DVDs")]),
])
def test_a_noun_of_speech_after_a_party_adjective_or_in_a_compound_is_no_verb(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("A $90 billion merger announced Monday would turn the firm into a giant.", []),
    ("The rules proposed last week would ban the practice.", []),
    ("Aides said Monday would be busy.", [("would be busy", "Aides")]),
])
def test_a_participle_after_its_noun_before_a_modal_is_no_attribution(tmp_path, sentence, rows):
    # "merger announced Monday would turn …": the noun's own verb follows; people who said it keep their row
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_headline_loaded_as_the_first_paragraph_attributes_the_quote_in_it(tmp_path):
    text = ("Clinton Says Russians Hacked DNC, Calls Trump's Putin Remarks 'Troubling.'\n\n"
            "WASHINGTON (Reuters) - Hillary Clinton said on Sunday that Russian intelligence services hacked the "
            "party's servers.\n")
    corpus, quotes = _load(tmp_path, text)
    assert (corpus.segments["kind"].astype(str) == "headline").sum() == 0
    assert quotes[["text", "method", "speaker"]].values.tolist()[0] == [
        "Russians Hacked DNC, Calls Trump's Putin Remarks 'Troubling.'", "headline_verb", "Hillary Clinton"]


def test_reviewed_edges_of_the_speaker_rules(tmp_path):
    text = ("Edges\n\n"
            "Ann Ray, Bob Lane and Donald Trump met in Ohio.\n\n"
            "Critics called the plan “a disaster for workers,” but Sen. Bob Lane said it was fine.\n\n"
            "Ann Ray objected to reports that she had taken bribes.\n\n"
            "Ann Ray invited the mayor to explain the plan.\n\n"
            "Arguing that the inquiry was illegal, Trump's lawyers asked the court to halt it.\n\n"
            "Ann Ray talked to Bob Lane — “We will win,” Lane said.\n\n"
            "Toxic fumes spread across the town on Monday.\n\n"
            "“We will win,” Ann Ray said, while Bob Lane said the party was not ready. “We have the votes.”\n\n"
            "Bernie Sanders spoke. Sarah Sanders, the press secretary, later told reporters the plan was "
            "dead. “He is right,” Sanders added.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes.set_index("text")["speaker"]
    assert said["the plan “a disaster for workers,”"] == "Critics" and said["it was fine"] == "Bob Lane"
    assert not quotes["text"].str.contains("bribes|explain|fumes").any()
    assert said["that the inquiry was illegal"] == "Trump's lawyers"  # the opening participle's, not Trump's
    assert quotes.loc[quotes["quoted_text"] == "We will win,", "speaker"].tolist() == ["Bob Lane", "Ann Ray"]
    assert said["the party was not ready"] == "Bob Lane"
    assert said["We have the votes."] == "Ann Ray"  # a row of its own: Lane's words stand between
    assert said["He is right,"] == "Sarah Sanders"


def test_a_second_verb_after_but_or_a_listener_set_off_by_commas(tmp_path):
    text = ("Coordination\n\n"
            "Ann Ray first said she did not recall the meeting, but later said she had attended it.\n\n"
            "Bob Lane said that he would back the nominee but did not suggest it would be Trump.\n\n"
            "Instead, Carl Moss told CNN, his policy would be to go after them.\n\n"
            "The solution, Dana Wu told them, was simple.\n\n"
            "Eve Hart told reporters she would run, and the crowd cheered.\n\n"
            "John Kasich offered the man a job, then says he will welcome advice.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes.set_index("text")["speaker"]
    assert said["she did not recall the meeting"] == "Ann Ray"
    assert said["she had attended it"] == "Ann Ray"
    assert said["that he would back the nominee"] == "Bob Lane"
    assert said["it would be Trump"] == "Bob Lane"
    assert said["Instead, Carl Moss told CNN, his policy would be to go after them"] == "Carl Moss"
    assert said["The solution, Dana Wu told them, was simple"] == "Dana Wu"
    assert quotes.loc[quotes["speaker"] == "Eve Hart", "method"].tolist() == ["reported_clause"]
    assert said["he will welcome advice"] == "John Kasich"


def test_a_subject_of_people_with_a_participle_relative_clause_or_place_after_it(tmp_path):
    text = ("Subjects\n\n"
            "Nonetheless, House Republicans supporting the bill have said they will have the votes.\n\n"
            "Democrats in Iowa who watched the Saturday debate said they were unfazed by the flap.\n\n"
            "Several people I have spoken with this month said the senator had for months peppered the mayor with ideas.\n\n"
            "Proponents of the new bill, however, say it would keep the safeguards in place.\n")
    _, quotes = _load(tmp_path, text)
    mention = quotes.set_index("text")["speaker_mention"]
    assert mention["they will have the votes"] == "House Republicans supporting the bill"
    assert mention["they were unfazed by the flap"] == "Democrats in Iowa who watched the Saturday debate"
    assert mention["the senator had for months peppered the mayor with ideas"] == "Several people I have spoken with"
    assert mention["it would keep the safeguards in place"] == "Proponents of the new bill"


def test_a_title_with_the_comma_or_full_stop_inside_its_marks_is_a_fragment(tmp_path):
    text = ("Shows\n\n"
            "Christie was joined at a town hall by Buddy Valastro, star of the reality show “Cake Boss.”\n\n"
            "“He views Russia as a foreign power,” Ann Ray said on CBS’s “Face the Nation,” before she left.\n\n"
            "His campaign is the political equivalent of “The Truman Show.” She says he is unqualified.\n")
    _, quotes = _load(tmp_path, text)
    fragments = quotes[quotes["kind"] == "fragment"]
    assert fragments["text"].tolist() == ["Cake Boss.", "Face the Nation,", "The Truman Show."]
    assert (fragments["method"] == "cited_title").all() and not fragments["is_speech"].any()
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["He views Russia as a foreign power,"] == "Ann Ray"


def test_a_verb_form_before_a_pronoun_or_that_is_a_verb_and_said_is_never_a_noun(tmp_path):
    text = ("Verbs\n\n"
            "A Democratic aide said comments from Rice were consistent with earlier statements.\n\n"
            "During the past year, the Khans say they have heard rising fears from friends.\n\n"
            "One in five say that will not be true.\n\n"
            "Pivoting to deficit reduction too soon, a wide array of economists say, limited the recovery.\n\n"
            "The senator released a congressional report that could raise new questions.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes.set_index("text")["speaker_mention"]
    assert said["comments from Rice were consistent with earlier statements"] == "A Democratic aide"
    assert said["they have heard rising fears from friends"] == "the Khans"
    assert said["that will not be true"] == "One in five"
    assert said["Pivoting to deficit reduction too soon, a wide array of economists say, limited the recovery"] \
        == "a wide array of economists"
    assert "report" not in set(quotes["verb_lemma"].dropna())  # "a congressional report" is a noun (what the
    # senator released is a row of "release")


def test_a_reporting_verb_after_to_is_the_opening_subjects_unless_an_object_takes_the_action(tmp_path):
    text = ("Purpose\n\n"
            "As supporters waited, Hillary Clinton took to Twitter to say thanks to her team.\n\n"
            "Bob Lane invited the mayor to explain the plan.\n\n"
            "Vladimir Putin went out of his way to say that the economy had hit bottom.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes.set_index("text")["speaker"]
    assert said["thanks to her team"] == "Hillary Clinton"
    assert said["that the economy had hit bottom"] == "Vladimir Putin"
    assert not quotes["text"].str.contains("the plan").any()


def test_words_that_describe_a_name_between_a_quotation_and_its_verb_are_part_of_the_speaker(tmp_path):
    text = ("Premodifiers\n\n"
            "“They have to decide whether to feed themselves,” Fight for $15 organizing director Kendall Fells "
            "said. “They care about two things.”\n\n"
            "“Elections are a choice,” political scientist Christopher Wlezien told CNN.\n\n"
            "“He got in trouble for far less,” one of the former prosecutors for David Petraeus said the two "
            "cases were quite different.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    fells = "They have to decide whether to feed themselves,” Fight for $15 organizing director Kendall Fells " \
        "said. “They care about two things."
    assert said.loc[fells, "speaker"] == "Kendall Fells" and said.loc[fells, "kind"] == "direct"
    assert said.loc["Elections are a choice,", "speaker"] == "Christopher Wlezien"
    assert said.loc["the two cases were quite different", "verb"] == "said"
    assert said.loc["He got in trouble for far less,", "speaker"] != "David Petraeus"  # "said" has a clause


def test_a_day_after_the_verb_is_not_an_inverted_speaker(tmp_path):
    text = ("Days\n\n"
            "''We don't believe troops are the answer,'' Benjamin J. Rhodes, Mr. Obama's adviser, said Sunday. "
            "''The further introduction of troops is not the way.''\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]]
    assert len(rows) == 1
    assert rows["speaker"].iloc[0] == "Benjamin J. Rhodes"
    assert rows["text"].iloc[0].endswith("The further introduction of troops is not the way.")


def test_of_after_speak_is_a_topic_only_right_after_the_verb(tmp_path):
    text = ("Topics\n\n"
            "Ann Ray spoke highly of the former president's personal attributes.\n\n"
            "A senior official, who spoke on the condition of anonymity, was at the meeting.\n\n"
            "Bob Lane spoke to the Economic Club of Washington on Wednesday.\n\n"
            "Carl Dunn talked to voters about health care.\n\n"
            "Dana Fox spoke for about 30 minutes and took questions.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["the former president's personal attributes"] == "Ann Ray"
    assert said["health care"] == "Carl Dunn"
    assert not quotes["text"].str.contains("anonymity|Washington|30 minutes").any()  # "about 30": an amount


def test_advise_reports_speech_only_with_an_infinitive_that_or_question(tmp_path):
    text = ("Advisers\n\n"
            "Ann Ray advises big corporations on mergers and acquisitions.\n\n"
            "Bob Lane, a pollster who advised Hillary Clinton's 2008 campaign, is retiring.\n\n"
            "Carl Dunn advised graduates to take risks.\n\n"
            "Dana Fox advised the board that the deal was too risky.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["graduates to take risks"] == "Carl Dunn"
    assert said["that the deal was too risky"] == "Dana Fox"
    assert not quotes["text"].str.contains("mergers|2008 campaign").any()


def test_a_quotation_that_carries_on_a_sentence_its_attribution_interrupts_takes_the_words_before(tmp_path):
    text = ("Interrupted sentences\n\n"
            "Ann Ray and Bob Lane spoke at the forum.\n\n"
            "An economic downturn, she said, “could be a good time to borrow and pay off debt.”\n\n"
            "Whether the issue is the pipeline or climate change, Mr. Lane added, “it becomes harder for them.”\n\n"
            "In Moscow, she said, “We are ready.”\n\n"
            "With a tweet, Ann Ray told the President that if he wants our guns, “come and take them.”\n\n"
            "These and other sources, Bob Lane said, “all command the same conclusion” that the rule holds.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    downturn = "An economic downturn, she said, “could be a good time to borrow and pay off debt.”"
    assert said.loc[downturn, "kind"] == "partial" and said.loc[downturn, "speaker"] == "Ann Ray"
    assert said.loc["Whether the issue is the pipeline or climate change, Mr. Lane added, “it becomes harder "
                    "for them.”", "speaker"] == "Bob Lane"
    assert said.loc["We are ready.", "kind"] == "direct"  # a capital: the quotation is a sentence of its own
    assert not said.index.str.startswith("With a tweet").any()
    assert said.loc["These and other sources, Bob Lane said, “all command the same conclusion” that the rule holds",
                    "kind"] == "partial"  # the sentence runs on after the closing mark


def test_quoted_complements_listed_together_and_a_partial_quote_before_its_attribution_run_on(tmp_path):
    text = ("Run on\n\n"
            "Ann Ray and Bob Lane spoke at the forum.\n\n"
            "Ann Ray called the charge “meritless” and “improper.”\n\n"
            "Bob Lane called the plan “stupid” and boycotted the vote.\n\n"
            "The FBI made a \"mistake\" in the background check for the shooter, Ray has said. He was armed.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    assert said.loc["the charge “meritless” and “improper.”", "quoted_text"] == "meritless … improper."
    assert said.loc["the plan “stupid”", "speaker"] == "Bob Lane"  # not his next action
    mistake = said.loc["The FBI made a \"mistake\" in the background check for the shooter"]
    assert mistake["kind"] == "partial" and mistake["speaker"] == "Ann Ray"


def test_a_quotation_that_opens_a_sentence_the_words_after_it_carry_on_is_partial(tmp_path):
    text = ("Run on\n\n"
            "Ann Ray and Bob Lane spoke at the forum.\n\n"
            "\"This will be a challenge\" for Clinton in the South, Ray said.\n\n"
            "\"We don't teach anything,\" Lane said.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    challenge = said.loc["\"This will be a challenge\" for Clinton in the South"]
    assert challenge["kind"] == "partial" and challenge["speaker"] == "Ann Ray"
    assert said.loc["We don't teach anything,", "kind"] == "direct"


def test_a_verb_and_its_preposition_report_what_the_preposition_introduces(tmp_path):
    text = ("Prepositions\n\n"
            "Paul Manafort, Joe Biden and Ann Ray spoke.\n\n"
            "Joe Biden complained about the dour tone of the Democratic primary but defended Bernie Sanders.\n\n"
            "Ann Ray warned of the risk of an outbreak on the mainland.\n\n"
            "Manafort insisted on CNN that there was no cribbing of the speech.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    tone = said.loc["the dour tone of the Democratic primary"]
    assert tone["speaker"] == "Joe Biden" and tone["verb_lemma"] == "complain" and tone["method"] == "reported_object"
    assert said.loc["the risk of an outbreak on the mainland", "verb_lemma"] == "warn"
    assert said.loc["that there was no cribbing of the speech", "speaker"] == "Paul Manafort"  # CNN is the medium


def test_a_clause_marked_reportedly_is_an_indirect_row_without_a_speaker(tmp_path):
    text = ("Reports\n\n"
            "Donald Trump spoke on Monday.\n\n"
            "In total, the hackers have reportedly infiltrated more than 100 party officials and groups.\n\n"
            "Trump reportedly said the talks were over.\n\n"
            "<tweet author=\"@x\">Trump reportedly wants a boxer at the convention</tweet>\n")
    _, quotes = _load(tmp_path, text)
    hackers = quotes.set_index("text").loc["the hackers have reportedly infiltrated more than 100 party officials and groups"]
    assert hackers["method"] == "reportedly" and hackers["kind"] == "indirect" and hackers["is_speech"]
    assert pd.isna(hackers["speaker"])
    said = quotes.set_index("text").loc["the talks were over"]
    assert said["speaker"] == "Donald Trump" and said["method"] == "reported_clause"  # the verb's row, not a second
    assert not quotes["text"].str.contains("boxer").any()


def test_a_title_case_quotation_after_a_possessive_or_on_is_a_show_not_speech(tmp_path):
    text = ("Shows\n\n"
            "Darrell Issa and Marco Rubio spoke.\n\n"
            "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Clinton's judgment "
            "is in question.\n\n"
            "On ABC News's \"This Week,\" Rubio said that the Democrats are wrong.\n\n"
            "Later on ''Face the Nation,'' Issa questioned Mr. Trump's veracity.\n")
    _, quotes = _load(tmp_path, text)
    fragments = quotes[quotes["kind"] == "fragment"]
    assert fragments["text"].tolist() == ["Sunday Morning Futures,", "This Week,", "Face the Nation,"]
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["Clinton's judgment is in question"] == "Darrell Issa"
    assert said["that the Democrats are wrong"] == "Marco Rubio"


def test_a_speaking_event_inside_a_reported_clause_does_not_cut_it(tmp_path):
    text = ("Events\n\n"
            "Donald Trump, a businessman, spoke on Monday.\n\n"
            "Donald Trump has said four of his kids and his wife will also speak at the convention.\n\n"
            "Ann Ray said the plan had failed, and Bob Lane spoke about the budget.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["four of his kids and his wife will also speak at the convention"] == "Donald Trump"
    assert said["the plan had failed"] == "Ann Ray" and said["the budget"] == "Bob Lane"


def test_and_as_after_a_comma_opens_a_clause_the_attribution_reports(tmp_path):
    text = ("As noted\n\n"
            "James Comey and Donald Trump spoke.\n\n"
            "Employees can still get in trouble, and as Comey noted, people involved in the case could face "
            "sanctions.\n\n"
            "And that, as Trump points out, is quite a bit.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    assert said.loc["people involved in the case could face sanctions", "speaker"] == "James Comey"
    assert said.loc["And that, as Trump points out, is quite a bit", "method"] == "clause_around_attribution"


def test_the_subject_of_the_sentence_says_a_verb_after_to_by_or_a_people_noun_subject(tmp_path):
    text = ("Subjects\n\n"
            "John Kasich, Jorge Ramos, Ted Cruz and Barack Obama met.\n\n"
            "Kasich has taken to urging voters to slow down in their everyday lives.\n\n"
            "Cruz pivoted to arguing that the epidemic was one more reason to secure the border.\n\n"
            "Obama began his presidency by essentially telling progressives to shut up.\n\n"
            "Democratic voters are slightly more likely to say that Clinton represents their positions.\n\n"
            "Ramos used his acceptance speech to call for the resignation of the president.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["voters to slow down in their everyday lives"] == "John Kasich"
    assert said["that the epidemic was one more reason to secure the border"] == "Ted Cruz"
    assert said["progressives to shut up"] == "Barack Obama"
    assert said["that Clinton represents their positions"] == "Democratic voters"
    assert said["the resignation of the president"] == "Jorge Ramos"


def test_a_participle_after_a_comma_an_adverb_or_closing_marks_is_said_by_the_sentence_subject(tmp_path):
    text = ("Participles\n\n"
            "Donald Trump, Hillary Clinton and Barack Obama met.\n\n"
            "Trump has raised questions about Obama’s birthplace, falsely suggesting that Obama was born abroad.\n\n"
            "Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the moral character.\n\n"
            "“I wish him well,” Mr. Trump told the hosts of ''Morning Joe,'' adding that his son is a friend.\n\n"
            "Trump flipped his choice on the spot – saying he was rooting for Denver.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["that Obama was born abroad"] == "Donald Trump"
    assert said["that he lacked the moral character"] == "Both parents"
    assert said["that his son is a friend"] == "Donald Trump"
    assert said["he was rooting for Denver"] == "Donald Trump"


def test_a_role_noun_with_for_or_of_opening_the_sentence_is_the_speaker_not_the_name_after_it(tmp_path):
    text = ("Spokesmen\n\n"
            "Frank G. Jackson and Carly Fiorina spoke on Monday.\n\n"
            "A spokesman for Mayor Frank G. Jackson of Cleveland defended the march route and said the police "
            "had trained for months.\n\n"
            "A spokeswoman for Fiorina said the former executive has no more speeches scheduled.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    police = said.loc["the police had trained for months"]
    assert police["speaker_mention"] == "A spokesman for Mayor Frank G. Jackson of Cleveland"
    assert police["speaker"] != "Frank G. Jackson"
    assert said.loc["the former executive has no more speeches scheduled", "speaker_mention"] == "A spokeswoman for Fiorina"


def test_an_unclaimed_quotation_after_that_is_a_partial_row_over_its_clause(tmp_path):
    text = ("Claims\n\n"
            "Hillary Clinton spoke in Ohio on Monday.\n\n"
            "Comey's testimony undercut her claim that she “never sent or received classified information” on her "
            "private server.\n\n"
            "Protesters held a sign that read “Animal liberation now.”\n\n"
            "“We are gravely concerned,” the members wrote to the president, that the agency “may have erred.”\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes.set_index("text")
    claim = rows.loc["that she “never sent or received classified information” on her private server"]
    assert claim["kind"] == "partial" and claim["quoted_text"] == "never sent or received classified information"
    assert claim["method"] == "speech_noun" and claim["speaker"] == "Hillary Clinton"  # "her claim that …"
    assert "that read “Animal liberation now.”" not in rows.index  # a relative "that"
    assert not rows.index.str.startswith("that the agency").any()  # the sentence's first quotation claims it


def test_a_quotation_followed_by_a_byline_is_a_cited_headline(tmp_path):
    text = ("Newsletter\n\n"
            "Ann Ray spoke on Monday.\n\n"
            "—\"Posthumous books could come with a lot of dollar signs,\" by Boston Globe's Joseph P. Kahn: "
            "\"The estate of the writer is selling rights.\"\n\n"
            "Mr. Rubio had been ''rocked'' by Mr. Christie. Ray said it was over.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes.set_index("text")
    headline = rows.loc["Posthumous books could come with a lot of dollar signs,"]
    assert headline["kind"] == "fragment" and headline["method"] == "cited_title" and not headline["is_speech"]
    assert rows.loc["rocked", "method"] != "cited_title"  # "by Mr. Christie." is an agent, not a byline


def test_a_participle_clause_that_opens_the_sentence_is_said_by_the_main_clause_subject(tmp_path):
    text = ("Openers\n\n"
            "Hillary Clinton and Donald Trump spoke on Monday.\n\n"
            "Besides attacking the former president, Mr. Trump asserted that the group did good work.\n\n"
            "Defending her husband's record, Clinton offered to put him in charge of the economy.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["the former president"] == "Donald Trump"
    assert said["her husband's record"] == "Hillary Clinton"


def test_an_attribution_in_a_clause_that_opens_the_reported_clause_does_not_cut_it(tmp_path):
    text = ("Nested\n\n"
            "Andrei Lazar was sentenced on Monday.\n\n"
            "Prosecutors argued that although Lazar confessed, he showed no remorse and will return to hacking.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["that although Lazar confessed, he showed no remorse and will return to hacking"] == "Prosecutors"


def test_a_people_noun_phrase_is_the_speaker_whole_not_the_place_or_group_inside_it(tmp_path):
    text = ("Groups\n\n"
            "Hillary Clinton campaigned in New Hampshire.\n\n"
            "When her lead slipped last fall, Clinton's biggest boosters in New Hampshire insisted it was a "
            "temporary dip.\n\n"
            "At least 12 families have received stays of deportation, said lawyers with the CARA Pro Bono Project.\n\n"
            "The race is tightening, according to members of The POLITICO Caucus.\n")
    _, quotes = _load(tmp_path, text)
    mention = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert mention["it was a temporary dip"] == "Clinton's biggest boosters in New Hampshire"
    assert mention["At least 12 families have received stays of deportation"] == "lawyers with the CARA Pro Bono Project"
    assert mention["The race is tightening"] == "members of The POLITICO Caucus"


def test_a_say_verb_after_a_quotation_that_reports_its_own_clause_does_not_claim_the_quotation(tmp_path):
    text = ("Chants\n\n"
            "Marco Rubio spoke.\n\n"
            "Walking in to chants of \"Marco! Marco!,\" the senator said his campaign here was \"closing really strong.\"\n\n"
            "\"We will win,\" Rubio said the day before the vote.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes.set_index("text")
    assert rows.loc["his campaign here was \"closing really strong.\"", "speaker_mention"] == "the senator"
    assert not rows.loc["Marco! Marco!,", "is_speech"]
    assert rows.loc["We will win,", "method"] == "quote_then_attribution"  # a time phrase, not a clause


def test_a_listener_with_a_role_noun_before_the_name_is_skipped(tmp_path):
    text = ("Listeners\n\n"
            "Doug Schoen spoke on Monday.\n\n"
            "Schoen told host Sean Hannity a Clinton loss is increasingly likely.\n\n"
            "Schoen told CNN host Jake Tapper the race was over.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["a Clinton loss is increasingly likely"] == "Doug Schoen"
    assert said["the race was over"] == "Doug Schoen"


def test_a_main_clause_attribution_after_an_opening_subordinate_clause_reports_to_the_sentence_end(tmp_path):
    text = ("Clauses\n\n"
            "Hillary Clinton campaigned in New Hampshire.\n\n"
            "When her lead slipped last fall, her boosters insisted it was a temporary dip, reflecting "
            "restlessness within the electorate.\n\n"
            "While Ann Ray said the plan had failed, her allies kept working.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["it was a temporary dip, reflecting restlessness within the electorate"] == "her boosters"
    assert said["the plan had failed"] == "Ann Ray"  # inside the opening clause: up to its comma


def test_a_bare_verb_after_and_inside_a_reported_clause_does_not_cut_it(tmp_path):
    text = ("Coordination\n\n"
            "Donald Trump spoke.\n\n"
            "Trump said he would sit Putin down and tell him to stop.\n\n"
            "Trump said the talks failed and told reporters he would leave.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["verb"]
    assert said["he would sit Putin down and tell him to stop"] == "said"
    assert said["the talks failed"] == "said" and said["he would leave"] == "told"


def test_more_verbs_of_speech_report_what_they_take(tmp_path):
    text = ("Verbs\n\n"
            "Ted Cruz and Hillary Clinton spoke on Monday.\n\n"
            "Cruz apologized for his campaign's suggestion that Ben Carson was dropping out.\n\n"
            "Clinton lambasted Barack Obama as elitist and out of touch.\n\n"
            "Cruz chided the media for the little game of pitting Republicans against one another.\n\n"
            "“Friend, let me be blunt. I can beat Hillary Clinton,” the email read.\n\n"
            "Clinton read the book on the plane.\n\n"
            "The Associated Press quoted a witness as saying the driver had a gun.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")[["speaker", "verb_lemma"]]
    assert tuple(said.loc["his campaign's suggestion that Ben Carson was dropping out"]) == ("Ted Cruz", "apologize")
    assert tuple(said.loc["Barack Obama as elitist and out of touch"]) == ("Hillary Clinton", "lambast")
    assert tuple(said.loc["the media for the little game of pitting Republicans against one another"]) \
        == ("Ted Cruz", "chide")
    assert said.loc["Friend, let me be blunt. I can beat Hillary Clinton,", "verb_lemma"] == "read"
    assert not quotes["text"].str.contains("the book").any()  # "read" only next to a quotation
    assert tuple(said.loc["a witness as saying the driver had a gun"]) == ("The Associated Press", "quote")


def test_a_noun_phrase_subject_with_a_which_clause_between_commas_is_the_speaker(tmp_path):
    text = ("Campaigns\n\n"
            "Hillary Clinton campaigned on Monday.\n\n"
            "Mrs. Clinton's presidential campaign, which has been shadowed for months by the controversy, said the "
            "report was fair.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the report was fair"] == "Clinton's presidential campaign"


def test_a_short_phrase_before_the_speaker_is_not_a_reported_clause(tmp_path):
    text = ("Openers\n\n"
            "Donald Trump and David Kendall spoke.\n\n"
            "In April, Trump called the plan a disaster.\n\n"
            "Clinton's attorney, David Kendall, declined to comment.\n\n"
            "The plan was a disaster from the start, Trump said.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert "In April" not in rows.index and "Clinton's attorney" not in rows.index
    assert rows.loc["The plan was a disaster from the start", "method"] == "clause_before_attribution"


def test_according_to_inside_a_sentence_reports_it_whole_despite_a_verb_after_it(tmp_path):
    text = ("Reports\n\n"
            "Oleksii Reznikov spoke in Kyiv.\n\n"
            "NATO is not just a military alliance, according to Reznikov, but a political bloc, and the day will "
            "come when the alliance begs Kiev to join.\n\n"
            "Ann Ray said the talks failed, according to the Times.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    whole = rows.loc["NATO is not just a military alliance, according to Reznikov, but a political bloc, and the day "
                     "will come when the alliance begs Kiev to join"]
    assert whole["method"] == "according_to_inside" and whole["speaker"] == "Oleksii Reznikov"
    assert rows.loc["the talks failed", "speaker"] == "Ann Ray"  # the Times reports Ray's statement
    assert not (rows["speaker_mention"] == "the Times").any()


def test_short_clauses_months_as_names_time_phrases_and_adjuncts_stay_what_they_are(tmp_path):
    text = ("Edges\n\n"
            "Theresa May and Donald Trump met in London.\n\n"
            "Talks failed, the ministry said.\n\n"
            "“We will not back down,” said May.\n\n"
            "“We will win,” Trump said the other day in Iowa.\n\n"
            "Trump argued for years that the program was a failure.\n\n"
            "In an interview on Sunday, Trump said, “we will build it.”\n\n"
            "Writing in the Times on Sunday, May argued that the deal was fair.\n\n"
            "The aides were reportedly furious about the “total disaster of a week” in Ohio.\n\n"
            "Trump built his campaign on the premise that voters “were misled by the press” for years.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["Talks failed", "method"] == "clause_before_attribution"
    assert rows.loc["We will not back down,", "speaker_mention"] == "May"  # a name here, not the month
    assert rows.loc["We will win,", "speaker"] == "Donald Trump" and "the other day in Iowa" not in rows.index
    assert rows.loc["that the program was a failure", "verb"] == "argued for"
    assert rows.loc["we will build it.", "kind"] == "direct"  # "In an interview on Sunday" is an adjunct
    assert not rows.index.str.contains("Writing in the Times").any()
    assert not (rows["method"] == "reportedly").any()  # the quotation rules decide, no second row over it
    voters = rows.loc["that voters “were misled by the press” for years"]
    assert voters["kind"] == "partial"


def test_for_one_is_an_aside_between_the_subject_and_its_verb(tmp_path):
    text = ("Asides\n\n"
            "Breitbart News ran the story.\n\n"
            "Breitbart News, for one, noted the gap between the way the two men are treated.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the gap between the way the two men are treated"] == "Breitbart News"


def test_an_opening_time_phrase_is_skipped_when_the_sentence_subject_is_looked_for(tmp_path):
    text = ("Time\n\n"
            "Barack Obama and Ed Rendell spoke.\n\n"
            "Eight years ago, he supported Barack Obama over Clinton and said, “She will be a great president.”\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["She will be a great president."] == "he"


def test_a_time_word_with_a_possessive_after_the_verb_opens_the_reported_clause(tmp_path):
    text = ("Possessive\n\n"
            "Marjorie Hawkins leads the group.\n\n"
            "Hawkins said Monday's decision will make the choice even more stark.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["Monday's decision will make the choice even more stark"] == "Hawkins"


def test_a_subject_after_why_or_how_is_the_speaker(tmp_path):
    text = ("Why\n\n"
            "Bernie Sanders filed the bill in 2013.\n\n"
            "That is why critics say he had proposed to dismantle the law.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["he had proposed to dismantle the law"] == "critics"


def test_compared_reports_the_comparison_but_compared_with_is_a_preposition(tmp_path):
    text = ("Comparisons\n\n"
            "Betty Friedan, the feminist leader, compared her to a religious heretic.\n\n"
            "Just 28 percent of voters said they had a positive view of Clinton, compared with 33 percent last month.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["her to a religious heretic", "speaker_mention"] == "Betty Friedan"
    assert rows.loc["her to a religious heretic", "verb_lemma"] == "compare"
    assert rows.loc["they had a positive view of Clinton, compared with 33 percent last month", "verb"] == "said"
    assert (rows["verb_lemma"] != "compare").sum() == 1


def test_a_quoted_title_inside_the_subject_does_not_hide_the_speaker(tmp_path):
    text = ("Titles\n\n"
            "Jeff Hemsley studies social media.\n\n"
            "Hemsley, the co-author of \"Going Viral,\" about the spread of information, said the days of one story are gone.\n\n"
            "In a memo on Tuesday, Noah Oppenheim, the executive in charge of \"Today,\" reminded his staff that the rules still apply.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["the days of one story are gone", "speaker"] == "Jeff Hemsley"
    assert rows.loc["that the rules still apply", "speaker_mention"] == "Noah Oppenheim"
    assert "Going Viral," not in rows.index and "Today," not in rows.index


def test_an_aside_or_a_time_ago_between_the_subject_and_its_verb_is_skipped(tmp_path):
    text = ("Asides\n\n"
            "Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts.\n\n"
            "The State Department less than two weeks ago said for the first time that secret files had passed through the server.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["that the ruling will galvanize efforts"] == "Supporters of abortion rights"
    assert said["that secret files had passed through the server"] == "State Department"


def test_names_in_an_appositive_after_a_noun_phrase_subject_are_the_speakers(tmp_path):
    text = ("Appositives\n\n"
            "The climate deal was signed in Paris on Saturday by nearly two hundred countries.\n\n"
            "The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised to build on the legacy.\n\n"
            "First his wife, longtime Clinton aide Huma Abedin, announced they were separated.\n\n"
            "Dean Johnson, a salesman from Sumter, South Carolina, says Cruz will win the state.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["to build on the legacy"] == "Hillary Clinton and Senator Bernie Sanders"
    assert said["they were separated"] == "Huma Abedin"
    assert said["Cruz will win the state"] == "Dean Johnson"  # not the state that ends the appositive


def test_examples_after_like_between_the_subject_and_its_verb_are_an_aside(tmp_path):
    text = ("Hawks\n\n"
            "The debate turned to Syria on Tuesday night in Las Vegas.\n\n"
            "Even the field's biggest hawks, like Rubio and Bush, say the bulk of ground troops should be Arab fighters.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the bulk of ground troops should be Arab fighters"] == "the field's biggest hawks"


def test_people_close_to_someone_speak_as_a_whole_phrase(tmp_path):
    text = ("Sources\n\n"
            "Joe Biden weighed a run for months.\n\n"
            "People close to the vice president said the money had run out.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the money had run out"] == "People close to the vice president"


def test_a_verb_form_after_a_determiner_and_an_adjective_is_a_noun(tmp_path):
    text = ("Nouns\n\n"
            "Joe Biden and Hillary Clinton served together for four years.\n\n"
            "At times last year, his aides said, the mere mention of her name could make him fume.\n\n"
            "The men report that the roads are closed.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    clause = "At times last year, his aides said, the mere mention of her name could make him fume"
    assert rows.loc[clause, "speaker_mention"] == "his aides"
    assert rows.loc["that the roads are closed", "speaker_mention"] == "The men"


def test_a_quantifier_of_them_is_the_speaker(tmp_path):
    text = ("Workers\n\n"
            "The plant in Indianapolis employed 1,400 people.\n\n"
            "And until the shutdown, most of them said they had loved working there.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["they had loved working there"] == "most of them"


def test_an_inverted_speaker_with_a_party_tag_or_home_state_closes_the_sentence(tmp_path):
    text = ("Senators\n\n"
            "The Senate voted on the budget on Monday night.\n\n"
            "The plan is dead, said Sen. Ted Cruz (R-Texas).\n\n"
            "The deal will pass, said Rep. Lee Zeldin of New York.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["The plan is dead"] == "Sen. Ted Cruz"
    assert said["The deal will pass"] == "Rep. Lee Zeldin"


def test_an_adjunct_after_a_listener_closes_the_sentence_but_a_subordinate_attribution_reports_nothing_before(tmp_path):
    text = ("Listeners\n\n"
            "Donald Trump flew to Ohio on Monday.\n\n"
            "The plan is dead, Trump told reporters aboard his plane.\n\n"
            "Bob met with Stevens on Sept. 10, when the CIA briefed the ambassador at the compound.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["The plan is dead", "speaker_mention"] == "Trump"
    assert "aboard his plane" not in rows.index
    assert not rows.index.str.startswith("Bob met").any()


def test_a_second_subject_after_and_does_not_cut_the_reported_clause_to_the_first(tmp_path):
    text = ("Subjects\n\n"
            "Glenn Beck hosts a radio show in Dallas.\n\n"
            "As Western Journalism reported, Thor and Glenn Beck were discussing a hypothetical situation.\n\n"
            "Trump said the plan failed and Clinton said it worked.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["Thor and Glenn Beck were discussing a hypothetical situation", "speaker_mention"] == "Western Journalism"
    assert rows.loc["the plan failed", "speaker_mention"] == "Trump"  # a clause with a verb is still cut
    assert rows.loc["it worked", "speaker_mention"] == "Clinton"


def test_an_opening_time_phrase_before_as_x_reported_leaves_the_main_clause_reported(tmp_path):
    text = ("Reports\n\n"
            "The Times has covered the meetings since June.\n\n"
            "Last week, as the Times reported, the two men met in secret.\n\n"
            "And that, as Trump points out, is quite a bit right now.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["the two men met in secret", "speaker_mention"] == "the Times"
    assert rows.loc["And that, as Trump points out, is quite a bit right now", "speaker_mention"] == "Trump"


def test_an_inverted_speaker_with_a_name_before_the_role_is_the_person_in_the_role(tmp_path):
    text = ("Spokesmen\n\n"
            "Hillary Clinton campaigned in Ohio on Monday.\n\n"
            "“It is a disgrace,” said Clinton spokesman Brian Fallon in a statement.\n\n"
            "“He is a longtime friend,” said Clinton ally James Carville.\n\n"
            "“We will win,” said Clinton in Ohio.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["It is a disgrace,", "speaker"] == "Brian Fallon"
    assert rows.loc["He is a longtime friend,", "speaker"] == "James Carville"
    assert rows.loc["We will win,", "speaker"] == "Hillary Clinton"


def test_a_plural_looking_verb_after_a_singular_subject_and_before_its_object_is_a_verb(tmp_path):
    text = ("Suits\n\n"
            "Investors sued the company in New York on Monday.\n\n"
            "The lawsuit claims the company misled investors about its debts.\n\n"
            "The senator dismissed the anti-immigrant remarks as a distraction.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["the company misled investors about its debts", "speaker_mention"] == "The lawsuit"
    assert (rows["verb"] != "remarks").all()


def test_a_possessive_noun_of_speech_before_a_colon_names_the_speaker(tmp_path):
    text = ("Answers\n\n"
            "Hillary Clinton met Donald Trump for their second debate on Sunday.\n\n"
            "Trump's response was blunt: “We will win.”\n\n"
            "Clinton spoke next. Her answer: “We will see.”\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["We will win.", "speaker"] == "Donald Trump"
    assert rows.loc["We will see.", "speaker_mention"] == "Her"
    assert rows.loc["We will see.", "speaker"] == "Hillary Clinton"


def test_a_verb_in_a_relative_clause_after_a_quotation_does_not_attribute_it(tmp_path):
    text = ("Relatives\n\n"
            "Hillary Clinton campaigned in Ohio on Monday.\n\n"
            "“It is a disgrace,” one Clinton aide, who asked not to be named, said.\n\n"
            "“We will win,” Ted Cruz, who has proposed repealing the mandate, said at the time.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["It is a disgrace,", "verb"] == "said"
    assert rows.loc["We will win,", "verb"] == "said"
    assert rows.loc["We will win,", "speaker"] == "Ted Cruz"
    assert not rows.index.str.contains("not to be named").any()


def test_an_approximate_amount_after_the_verb_opens_the_reported_clause(tmp_path):
    text = ("Amounts\n\n"
            "The storm hit the coast of Florida on Sunday night.\n\n"
            "The county office said about 40 people had died.\n\n"
            "The budget office said about half of the adjustment reflected lower revenue.\n\n"
            "Cruz said under a flat rate everyone would pay less.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["about 40 people had died", "speaker_mention"] == "The county office"
    assert rows.loc["about half of the adjustment reflected lower revenue", "speaker_mention"] == "The budget office"
    assert "under a flat rate everyone would pay less" not in rows.index  # a preposition, not an amount


def test_a_quote_only_verb_without_a_quotation_does_not_cut_the_clause_and_a_coordinated_verb_does(tmp_path):
    text = ("Clauses\n\n"
            "Mike Pence and Paul Ryan met in Washington on Tuesday.\n\n"
            "Ms. Gedrich said she hoped to get her account back, and then would continue to spread her message.\n\n"
            "Pence said in politics it takes time to build those ties but added that he supports Ryan.\n\n"
            "Trump joked that Brooklyn was his answer, but went on to say, “There are places in America that are dangerous.”\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["she hoped to get her account back, and then would continue to spread her message", "verb"] == "said"
    assert rows.loc["in politics it takes time to build those ties", "speaker_mention"] == "Pence"
    assert rows.loc["that he supports Ryan", "verb"] == "added"
    assert rows.loc["that Brooklyn was his answer", "verb"] == "joked"  # "went on to say, “…”" reports a quotation


def test_a_reported_clause_ends_at_the_dash_or_colon_before_a_quotation_with_its_own_attribution(tmp_path):
    text = ("Stalin\n\n"
            "Joe Biden spoke in Scranton on Monday.\n\n"
            "Mr. Biden suggested Mr. Trump had a fondness for brutal leaders like Saddam Hussein - ''He would have loved "
            "Stalin,'' Mr. Biden said.\n\n"
            "In her speech, Shonda Rhimes declared the need for ambition: “Dreams do not come true by wishing,” she said.\n\n"
            "The mayor said the budget was balanced - “and that is the end of it.”\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["Mr. Trump had a fondness for brutal leaders like Saddam Hussein", "verb"] == "suggested"
    assert rows.loc["He would have loved Stalin,", "speaker"] == "Joe Biden"
    assert rows.loc["the need for ambition", "speaker"] == "Shonda Rhimes"
    assert rows.loc["Dreams do not come true by wishing,", "verb"] == "said"
    # a quotation after the dash with no attribution of its own stays in the clause
    assert rows.loc["the budget was balanced - “and that is the end of it.”", "kind"] == "partial"


def test_a_subordinate_opener_after_and_belongs_to_the_next_attribution_not_the_clause_before(tmp_path):
    text = ("Openers\n\n"
            "Donald Trump was asked about the rally in Fayetteville on Thursday.\n\n"
            "He said he had not seen the episode in Fayetteville, and when asked whether he was encouraging violence, he said no.\n\n"
            "He said he had not heard the chants in Miami, and when asked whether he was encouraging his supporters' fury, "
            "he said, ''I hope not.''\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["he had not seen the episode in Fayetteville", "verb"] == "said"
    assert rows.loc["no", "speaker"] == "Donald Trump"
    assert rows.loc["he had not heard the chants in Miami", "verb"] == "said"  # "he said, ''…''" is no aside
    assert rows.loc["I hope not.", "kind"] == "direct"


def test_as_x_reported_with_an_adjunct_reports_the_main_clause(tmp_path):
    text = ("Reported\n\n"
            "Hedrick Smith spent years in Moscow for the Times.\n\n"
            "As Hedrick Smith reported in his book, the party bosses had lavish country houses.\n\n"
            "As Freddy joked with his friend at the table, his younger brother grew impatient.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["the party bosses had lavish country houses", "speaker"] == "Hedrick Smith"
    assert "his younger brother grew impatient" not in rows.index  # a time clause, not what was said


def test_a_speaker_with_the_former_before_a_role_still_interrupts_a_clause(tmp_path):
    text = ("Fiorina\n\n"
            "Carly Fiorina said Monday that Bill Clinton is fair game.\n\n"
            "But, the former CEO of Hewlett-Packard added, it is not the way to win.\n\n"
            "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["But, the former CEO of Hewlett-Packard added, it is not the way to win", "verb"] == "added"
    assert "Weighing in on the discussion" not in rows.index  # a participle phrase, not what he said


def test_an_event_as_the_listener_and_a_place_after_it_come_before_the_reported_clause(tmp_path):
    text = ("Events\n\n"
            "Hillary Clinton and Paul Ryan spoke in Washington on Friday.\n\n"
            "Ryan told a news conference they are planting the seeds.\n\n"
            "Clinton told a Planned Parenthood gathering in Washington she will protect their rights.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["they are planting the seeds", "speaker"] == "Paul Ryan"
    assert rows.loc["she will protect their rights", "speaker"] == "Hillary Clinton"


def test_a_later_verb_sharing_the_speaker_does_not_cut_the_clause_at_the_speaker(tmp_path):
    text = ("Friends\n\n"
            "Betsy Ebeling has known Hillary Clinton since grade school.\n\n"
            "Over the years, she said, email has helped her stay in touch with Clinton, although she laughed and admitted that emails have been a problem.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    around = rows[rows["verb"] == "said"]
    assert len(around) == 1 and around.index[0].startswith("Over the years, she said, email has helped her stay in touch")
    assert rows.loc["that emails have been a problem", "verb"] == "admitted"


def test_a_capitalised_quotation_that_a_clause_carries_on_is_a_partial_quote(tmp_path):
    text = ("Partials\n\n"
            "Manuel Valls spoke in Paris on Tuesday.\n\n"
            "Valls said “Trumpization” had started to seep into French politics.\n\n"
            "Trump tweeted, “Thank you Indiana!” on Friday afternoon.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    partial = rows.loc["“Trumpization” had started to seep into French politics"]
    assert partial["kind"] == "partial" and partial["speaker"] == "Manuel Valls"
    assert rows.loc["Thank you Indiana!", "kind"] == "direct"  # an adjunct after the quotation


def test_propose_takes_an_infinitive_and_a_that_after_its_object_is_a_relative(tmp_path):
    text = ("Plans\n\n"
            "Bernie Sanders and Hillary Clinton released plans on Monday.\n\n"
            "Sanders proposes to pay for his plan through a mix of premiums and new taxes.\n\n"
            "Clinton proposed new federal rules that would end harsh school discipline.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["to pay for his plan through a mix of premiums and new taxes", "verb_lemma"] == "propose"
    assert rows.loc["new federal rules that would end harsh school discipline", "speaker"] == "Hillary Clinton"


def test_add_up_and_added_to_something_are_not_speech_but_added_to_a_listener_is(tmp_path):
    text = ("Sums\n\n"
            "Donald Trump hosted the show on Saturday night.\n\n"
            "Over ten years, the deficits would add up to $1.5 trillion more than expected.\n\n"
            "The latest hiccup added to the confusion that has surrounded the campaign.\n\n"
            "“That makes me feel good,” Trump added to People.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]]
    assert set(rows["verb_lemma"]) == {"add"} and len(rows) == 1
    assert rows.iloc[0]["speaker"] == "Donald Trump"


def test_compound_nouns_and_particle_verbs_made_of_reporting_verbs_are_not_speech(tmp_path):
    text = ("Compounds\n\n"
            "Hillary Clinton won New Jersey on Tuesday night.\n\n"
            "Clinton maintains a large pledged delegate lead over Sanders.\n\n"
            "Trump leads the field despite stepped-up attack ads.\n\n"
            "The committee has written off efforts by anti-Trump delegates.\n\n"
            "Women speak up about instances of injustice, she said.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]]
    assert not rows["verb"].isin(["pledged", "attack", "written"]).any()
    assert rows.set_index("verb").loc["said", "text"] == "Women speak up about instances of injustice"
    assert rows.set_index("verb").loc["speak", "text"] == "instances of injustice"  # "speak up" stays speech


def test_a_show_title_with_a_small_word_is_a_cited_title(tmp_path):
    text = ("Shows\n\n"
            "House Speaker Paul Ryan spoke to a radio host in Milwaukee.\n\n"
            "Tuesday on WTMJ’s “Midday with Charlie Sykes,” Ryan said the images had no place in a campaign.\n")
    _, quotes = _load(tmp_path, text)
    title = quotes.set_index("text").loc["Midday with Charlie Sykes,"]
    assert title["kind"] == "fragment" and title["method"] == "cited_title"


def test_a_name_after_a_long_role_phrase_and_an_aside_after_the_auxiliary_keep_the_speaker(tmp_path):
    text = ("Supporters\n\n"
            "Jeb Bush campaigned in Iowa on Friday.\n\n"
            "The head of the super PAC backing Jeb Bush for president, Mike Murphy, praised the efforts of a donor.\n\n"
            "U.S. officials have, in fact, praised the Saudis for their help.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the efforts of a donor"] == "Mike Murphy"
    assert said["the Saudis for their help"] == "U.S. officials"


def test_a_surname_that_is_a_month_is_part_of_the_name(tmp_path):
    text = ("Names\n\n"
            "Voters in Rangoon queued for hours on Sunday.\n\n"
            "Yin Myint May, 60, a doctor, said she was elated but still feared the military.\n\n"
            "Theresa May said the deal was fair.\n\n"
            "Trump said in May that the wall would be built.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["she was elated but still feared the military", "speaker"] == "Yin Myint May"
    assert rows.loc["the deal was fair", "speaker"] == "Theresa May"
    assert rows.loc["that the wall would be built", "speaker"] == "Donald Trump"  # "in May" stays a month


def test_an_inverted_role_speaker_may_carry_a_prepositional_phrase_and_a_name(tmp_path):
    text = ("Spokesmen\n\n"
            "Ukraine's Foreign Ministry spoke on Monday.\n\n"
            "The plan is dead, said a spokesman for the ministry.\n\n"
            "He also had a voice in decisions, said a former spokesman for the ministry, Oleg Voloshyn.\n\n"
            "Kiedis said his collaborator, Danger Mouse, wrote a host of new songs for the album.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["The plan is dead", "speaker_mention"] == "a spokesman for the ministry"
    assert rows.loc["He also had a voice in decisions", "speaker"] == "Oleg Voloshyn"
    assert not (rows["speaker_mention"] == "a host").any()


def test_a_noun_phrase_subject_after_an_opening_and_is_the_speaker(tmp_path):
    text = ("Rules\n\n"
            "The committee met in Philadelphia on Friday.\n\n"
            "And a significant number of Democrats said they are fine with however it plays out.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["they are fine with however it plays out"] == "a significant number of Democrats"


def test_a_verb_after_but_has_since_shares_the_subject(tmp_path):
    text = ("Visas\n\n"
            "Ted Cruz spoke about visas in Iowa.\n\n"
            "Cruz has supported more visas, but has since said the system needs to be reformed.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["the system needs to be reformed", "speaker"] == "Ted Cruz"


def test_retaliated_attributes_a_quotation_and_having_plus_verb_opens_a_participle_clause(tmp_path):
    text = ("Replies\n\n"
            "Donald Trump said France had lost its identity.\n\n"
            "“France will always be France,” an angry Hollande retaliated. “It never gives up.”\n\n"
            "Having announced that he would not send me to prison, Judge Berman proceeded to explain.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]]
    hollande = rows[rows["text"].str.startswith("France will always be France")]
    assert list(hollande["speaker_mention"]) == ["an angry Hollande"]
    assert not (rows["speaker"] == "Donald Trump").iloc[1:].any()
    assert rows.set_index("verb").loc["announced", "speaker_mention"] == "Judge Berman"


def test_a_claim_that_someone_else_denies_ends_the_reported_clause(tmp_path):
    text = ("Claims\n\n"
            "Moscow and Washington traded accusations on Monday.\n\n"
            "Moscow says the West is a party to the conflict, a claim Washington denies.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the West is a party to the conflict"] == "Moscow"


def test_people_with_a_place_before_a_who_clause_and_a_possessive_source_are_speakers_whole(tmp_path):
    text = ("Sources\n\n"
            "Russian missiles hit Kyiv overnight.\n\n"
            "Officials in Kyiv, who spoke on condition of anonymity, said the attack had been expected.\n\n"
            "According to Ukraine's military, Russian forces fired 40 missiles overnight.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the attack had been expected"] == "Officials in Kyiv"
    assert said["Russian forces fired 40 missiles overnight"] == "Ukraine's military"


def test_warned_a_listener_against_something_reports_the_warning(tmp_path):
    text = ("Warnings\n\n"
            "Russia test-fired a new missile on Friday.\n\n"
            "The Kremlin has repeatedly warned the West against supplying long-range weapons to Kyiv.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["the West against supplying long-range weapons to Kyiv", "speaker_mention"] == "Kremlin"


def test_a_name_and_others_before_a_who_clause_speak_together(tmp_path):
    text = ("Others\n\n"
            "The court ruled on the Texas law on Monday.\n\n"
            "Hawkins and others who want to ban abortion said the decision will make the choice more stark.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the decision will make the choice more stark"] == "Hawkins and others"


def test_the_seventh_round_rules_leave_alone_what_only_looks_like_them(tmp_path):
    text = ("Look-alikes\n\n"
            "Hillary Clinton and Donald Trump campaigned in Ohio on Monday.\n\n"
            "Wyoming voters want lower taxes and fewer rules, Trump said.\n\n"
            "Everything about the plan looks bad to voters, Trump said.\n\n"
            "Police said up to a dozen people were hurt.\n\n"
            "Officials said dogs were used in the search.\n\n"
            "Trump told ad executives that the campaign would spend more.\n\n"
            "“That makes me feel good,” Trump added to a reporter.\n\n"
            "Clinton won Ohio, and she added to her delegate lead.\n\n"
            "Early August brought the first debate.\n\n"
            "Trump said: “We will win” yesterday.\n\n"
            "The plan is dead, Trump told a crowd gathered in Ohio.\n\n"
            "The two claim that the election was stolen.\n\n"
            "Here's his answer: “We will not back down.”\n\n"
            "The office said about $40 million was lost.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["Wyoming voters want lower taxes and fewer rules", "verb"] == "said"
    assert rows.loc["Everything about the plan looks bad to voters", "verb"] == "said"
    assert rows.loc["up to a dozen people were hurt", "speaker_mention"] == "Police"
    assert rows.loc["dogs were used in the search", "speaker_mention"] == "Officials"
    assert rows.loc["that the campaign would spend more", "verb"] == "told"
    assert rows.loc["That makes me feel good,", "speaker"] == "Donald Trump"
    assert not rows.index.str.contains("delegate lead").any()
    assert "Early August" not in set(quotes["speaker"].dropna())
    assert rows.loc["We will win", "kind"] == "direct"
    assert rows.loc["The plan is dead", "verb"] == "told"
    assert rows.loc["that the election was stolen", "speaker_mention"] == "The two"
    assert rows.loc["We will not back down.", "speaker_mention"] == "his"
    assert rows.loc["about $40 million was lost", "speaker_mention"] == "The office"


def test_a_participle_that_opens_a_paragraph_does_not_fail_the_article(tmp_path):
    text = ("Fragments\n\n"
            "Donald Trump spoke in Ohio on Monday.\n\n"
            "attacking the former \n\n"
            "Trump said the plan was dead.\n")
    _, quotes = _load(tmp_path, text)
    assert "the plan was dead" in set(quotes["text"])


def test_an_inverted_role_speaker_may_be_followed_by_an_adjunct(tmp_path):
    text = ("Adjuncts\n\n"
            "The ministry met on Monday.\n\n"
            "The plan is dead, said a spokesman in a statement.\n\n"
            "The talks had stalled, said an aide at the time.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["The plan is dead"] == "a spokesman"
    assert said["The talks had stalled"] == "an aide"


def test_a_date_after_a_preposition_is_not_part_of_the_name_after_it(tmp_path):
    text = ("Dates\n\n"
            "Donald Trump and Bernie Sanders campaigned in Ohio.\n\n"
            "In May Trump said the wall would be built.\n\n"
            "In March Sanders said he would stay in the race.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["the wall would be built"] == "Donald Trump"
    assert said["he would stay in the race"] == "Bernie Sanders"


def test_more_appositive_subjects_keep_their_speaker(tmp_path):
    text = ("Appositives\n\n"
            "Bernie Sanders campaigned in Ohio on Monday.\n\n"
            "On CNN Tuesday, his wife, Jane, called for an open primary process.\n\n"
            "The aides, led by campaign manager Terry Sullivan, told the group that they did not expect to win.\n\n"
            "On Wednesday, however, the director of the FBI, James B. Comey, said that the messages were private.\n\n"
            "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.\n\n"
            "The newspaper, long a vocal advocate of reform, writes that Haley has sought a middle way.\n\n"
            "Michael Seaman, who lives outside of the state capital, Sacramento, said he still prays for Sanders.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["an open primary process"] == "his wife"
    assert said["that they did not expect to win"] == "The aides"
    assert said["that the messages were private"] == "James B. Comey"
    assert said["that he had not read the plan"] == "Sen. Jack Reed"
    assert said["that Haley has sought a middle way"] == "The newspaper"
    assert said["he still prays for Sanders"] == "Michael Seaman"  # not "the state capital"


def test_an_adverb_or_a_time_aside_between_the_subject_and_its_verb_is_skipped(tmp_path):
    text = ("Asides\n\n"
            "Fast-food chains raised wages this year.\n\n"
            "Democrats, historically, have lambasted McDonald’s for its resistance to wage hikes.\n\n"
            "DuPont, only two months later, announced plans to merge with Dow Chemical.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["McDonald’s for its resistance to wage hikes"] == "Democrats"
    assert said["plans to merge with Dow Chemical"] == "DuPont"


def test_a_clause_with_a_date_before_the_comma_is_not_an_opening_time_phrase(tmp_path):
    text = ("Courts\n\n"
            "Trump University faced lawsuits in California.\n\n"
            "The Post intervened in April, arguing that the dealings were a matter of public interest.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["that the dealings were a matter of public interest"] == "The Post"


def test_a_show_named_after_a_possessive_is_no_quotation_and_does_not_hide_the_clause(tmp_path):
    text = ("Shows\n\n"
            "Republicans are divided over the nominee.\n\n"
            "Wednesday on Fox News Channel's \"Hannity,\" Newt Gingrich said if Trump picked him "
            "it would be a \"two-pirate ticket.\"\n\n"
            "Chris Shays was pro John Kasich while the Ohio governor was running, he said on MSNBC’s “Morning Joe.”\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    assert "Hannity," not in set(speech["text"]) and "Morning Joe." not in set(speech["text"])
    said = speech.set_index("text")["speaker_mention"]
    assert said["if Trump picked him it would be a \"two-pirate ticket.\""] == "Newt Gingrich"
    assert said["Chris Shays was pro John Kasich while the Ohio governor was running"] == "he"
    titles = quotes[quotes["method"] == "cited_title"]["text"]
    assert {"Hannity,", "Morning Joe."} <= set(titles)


def test_a_listener_with_a_possessive_and_a_clause_after_the_attribution_close_the_statement(tmp_path):
    text = ("Convention\n\n"
            "The president prepared his speech for weeks.\n\n"
            "This is not about me, President Obama told his closest advisers as he labored over the address.\n\n"
            "The party is united, Smith said while the crowd cheered.\n\n"
            "Dan Gross, president of the Brady Campaign, tweeted as Obama spoke.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["This is not about me"] == "President Obama"
    assert said["The party is united"] == "Smith"
    assert not quotes["text"].str.startswith("Dan Gross").any()  # no clause before "tweeted": a name and a role


def test_a_clause_ends_at_the_participle_that_leads_into_a_quotation_inside_it(tmp_path):
    text = ("Endorsements\n\n"
            "Hillary Clinton campaigned in New Hampshire.\n\n"
            "Former Secretary of State Madeleine Albright urged women to vote for Hillary Clinton, saying, "
            "\"There's a special place in hell for women who don't help each other.\"\n\n"
            "Alongside calls for action, even a top GOP strategist said Clinton will have to choose a side, "
            "saying, \"At some point, she's going to have to come out.\"\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["women to vote for Hillary Clinton"] == "Former Secretary of State Madeleine Albright"
    assert said["Clinton will have to choose a side"] == "a top GOP strategist"
    assert said["At some point, she's going to have to come out."] == "a top GOP strategist"
    assert not speech["text"].str.contains("saying").any()  # no row holds the quotation a second time


def test_a_role_before_the_speaker_a_duration_and_an_inverted_aside_keep_the_reported_clause(tmp_path):
    text = ("Primary\n\n"
            "Florida votes on Tuesday.\n\n"
            "Republican presidential candidate Marco Rubio says, win or lose in Florida, he’s staying in the race.\n\n"
            "Cruz has said for weeks he’s the only candidate who can beat Trump.\n\n"
            "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget.\n\n"
            "The campaign will go on, said John Smith, the party's chairman.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["win or lose in Florida, he’s staying in the race"] == "Marco Rubio"
    assert said["he’s the only candidate who can beat Trump"] == "Cruz"
    assert said["And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget"] \
        == "Sunshine"
    assert said["The campaign will go on"] == "John Smith"  # an appositive after the name is no predicate


def test_an_adverb_between_a_subordinator_and_a_participle_keeps_the_main_subject(tmp_path):
    text = ("Careers\n\n"
            "Anthony Weiner ran for mayor of New York in 2013.\n\n"
            "In 2011, Weiner resigned from Congress after accidentally tweeting a photo meant for someone else.\n\n"
            "Mr. Sanders, after initially saying he would not advertise in the state, took to the airwaves.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["a photo meant for someone else"] == "Weiner"
    assert said["he would not advertise in the state"] == "Mr. Sanders"


def test_a_base_form_the_verbs_table_leaves_out_is_read_after_to_or_a_modal(tmp_path):
    text = ("Debate\n\n"
            "The candidates met in Milwaukee on Thursday.\n\n"
            "Sanders continued to portray her as beholden to Wall Street.\n\n"
            "Rubio will highlight the collapse of the immigration bill.\n\n"
            "The mock trial and the blame game took most of the evening.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["her as beholden to Wall Street"] == "Sanders"
    assert said["the collapse of the immigration bill"] == "Rubio"
    assert not speech["verb"].isin(["mock", "blame"]).any()  # nouns, with no "to" or modal before them


def test_a_gerund_after_an_opening_in_is_said_by_the_main_clause_subject(tmp_path):
    text = ("Eligibility\n\n"
            "Ted Cruz was born in Canada.\n\n"
            "In rejecting a similar challenge to Cruz, the commission recognized that a court should settle it.\n\n"
            "In discussing the scandals around Hillary Clinton, former UN Ambassador John Bolton told a radio host "
            "that she should withdraw.\n\n"
            "In responding Friday, Clinton's campaign took the unusual step of criticizing the agencies.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["a similar challenge to Cruz"] == "the commission"
    assert said["the scandals around Hillary Clinton"].endswith("John Bolton")
    assert not speech["text"].str.startswith("In responding").any()  # an adjunct, not a statement


def test_business_news_speakers_a_place_and_a_person_noun_an_opener_and_a_gerund_subject(tmp_path):
    text = ("Markets\n\n"
            "Multiplex shares fell on Monday.\n\n"
            "\"I was in a lot of pain,\" says the Waterford man.\n\n"
            "Looking further ahead in the year, the MDA's chairman Mike Short, has predicted that more people "
            "will go online.\n\n"
            "The decline came despite Multiplex reporting an 11% rise in profits.\n\n"
            "Rates rose half a percentage point to 4.75%, the bank said.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["I was in a lot of pain,"] == "the Waterford man"
    assert said["that more people will go online"] == "Mike Short"
    assert said["an 11% rise in profits"] == "Multiplex"
    assert said["Rates rose half a percentage point to 4.75%"] == "the bank"
    assert not (speech["verb"] == "point to").any()  # a unit, not a speaker pointing


def test_double_single_marks_in_a_subject_a_day_inside_call_for_and_openers_without_a_verb(tmp_path):
    text = ("Convention\n\n"
            "Paul Manafort met Republican leaders in Washington.\n\n"
            "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win Pennsylvania.\n\n"
            "Donald Trump called Wednesday for Justice Ruth Bader Ginsburg to resign.\n\n"
            "The senator called on Monday for an independent investigation of the shooting.\n\n"
            "In a memo on Tuesday, Noah Oppenheim, the executive in charge of the show, reminded his staff about "
            "Mr. Bush's early work.\n\n"
            "In a memo on Tuesday to all staff, Noah Oppenheim explained.\n\n"
            "On Friday morning, the third day of his campaign swing, Gary Johnson told reporters.\n\n"
            "After two decades in Congress as an independent, Sanders plans to remain a Democrat, Tad Devine said.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert not speech["text"].str.startswith("On Friday morning").any()
    assert said["After two decades in Congress as an independent, Sanders plans to remain a Democrat"] == "Tad Devine"
    assert said["the candidate could win Pennsylvania"] == "Mr. Manafort"
    assert said["Justice Ruth Bader Ginsburg to resign"] == "Donald Trump"
    assert said["an independent investigation of the shooting"] == "The senator"
    assert not speech["text"].str.startswith("In a memo").any()  # an opener with no verb says nothing


def test_a_clause_after_an_adjunct_of_the_verb_starts_at_its_subject(tmp_path):
    text = ("Taxes\n\n"
            "The campaign released its tax plan on Monday.\n\n"
            "Trump said in an interview he would not raise taxes on the middle class.\n\n"
            "The governor said at a rally in Des Moines she would veto the bill.\n\n"
            "Clinton said in a statement the ruling was a victory for families.\n\n"
            "Pence said in a statement released Monday.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["he would not raise taxes on the middle class"] == "Trump"
    assert said["she would veto the bill"] == "The governor"
    assert said["the ruling was a victory for families"] == "Clinton"
    assert "Pence" not in set(said)  # an adjunct and no clause: nothing reported


def test_an_adjective_of_likelihood_or_readiness_before_to_say_keeps_the_subject(tmp_path):
    text = ("Polls\n\n"
            "Voters in New Hampshire were polled on Monday.\n\n"
            "Democratic insiders in New Hampshire were more likely to say Clinton still has a shot.\n\n"
            "Minority and women voters appeared more likely to describe her as likable.\n\n"
            "The court's conservatives seemed ready to say that the fees violate the First Amendment.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["Clinton still has a shot"] == "Democratic insiders in New Hampshire"
    assert said["her as likable"].endswith("women voters")
    assert said["that the fees violate the First Amendment"] == "The court's conservatives"


def test_a_share_written_with_a_hyphen_is_a_poll_subject(tmp_path):
    text = ("Poll\n\n"
            "The survey asked likely primary voters about the race.\n\n"
            "Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for Trump.\n\n"
            "Just over a quarter, 26 percent, say they will vote for Cruz.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["they will vote for Trump"] == "about two-thirds, 67 percent"
    assert said["they will vote for Cruz"] == "Just over a quarter, 26 percent"


def test_review_of_the_eighth_round_names_in_ly_openers_listeners_and_nouns_stay_right(tmp_path):
    text = ("Review\n\n"
            "Ministers met in Rome on Monday.\n\n"
            "Sales slumped after Italy reporting its first recession in a decade.\n\n"
            "The row escalated after Kelly accusing the minister of lying.\n\n"
            "At the weekend Mr Brown, the chancellor, said the economy was strong.\n\n"
            "In addition to Mr. Regalado, two members of Congress, Ileana Ros-Lehtinen and Carlos Curbelo, "
            "have said they will not back Mr. Trump.\n\n"
            "The company went bust in May, and Smith told his wife nothing.\n\n"
            "In written testimony to Congress, the general said the war was going well.\n\n"
            "What matters is not praise but results, the coach said.\n\n"
            "He was not to blame, the court heard.\n\n"
            "The firm moved to email marketing last year to cut costs.\n\n"
            "Mr. Trump echoed the justification of the annexation, saying most people wanted to be part of Russia, "
            "remarks that were featured on state news.\n\n"
            "The mayor praised the volunteers, before telling them, \"You are the heart of this city.\"\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["its first recession in a decade"] == "Italy"
    assert said["the minister of lying"] == "Kelly"
    assert said["the economy was strong"] == "Mr Brown"
    assert said["they will not back Mr. Trump"] == "Carlos Curbelo"
    assert said["What matters is not praise but results"] == "the coach"
    assert said["the volunteers"] == "The mayor"
    assert said["most people wanted to be part of Russia, remarks that were featured on state news"] == "Mr. Trump"
    assert not speech["text"].str.startswith("The company went bust").any()
    assert not speech["verb"].isin(["written", "praise", "blame", "email", "remarks"]).any()


def test_an_inverted_speaker_with_a_relative_clause_and_a_report_in_parentheses(tmp_path):
    text = ("Diplomacy\n\n"
            "President Obama met Xi Jinping in Washington.\n\n"
            "The stakes are so high that Mr. Obama warned the Chinese leader not to move on the shoal, said an "
            "American official who was briefed on the encounter.\n\n"
            "(As BuzzFeed News first reported, Mr. Trump voiced support for the war in a 2002 interview.)\n\n"
            "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who succeeded him "
            "should be fired.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["The stakes are so high that Mr. Obama warned the Chinese leader not to move on the shoal"] \
        == "an American official"
    assert not speech["text"].str.startswith("who was briefed").any()
    assert said["Mr. Trump voiced support for the war in a 2002 interview"] == "BuzzFeed News"


def test_a_subject_with_a_relative_clause_an_appositive_name_after_one_of_and_as_many_as(tmp_path):
    text = ("Senate\n\n"
            "The Senate voted on four gun measures on Monday.\n\n"
            "Republicans, who hold a majority in the Senate, have blocked several measures, saying they "
            "infringe on the right to bear arms.\n\n"
            "One of the authors of that 2013 report, Ari Fleischer, said the nomination will test their conclusions.\n\n"
            "Women make up a majority of the electorate, and as many as three-fourths of them tell pollsters "
            "they have a negative view of him.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["they infringe on the right to bear arms"] == "Republicans"
    assert said["the nomination will test their conclusions"] == "Ari Fleischer"
    assert said["they have a negative view of him"] == "as many as three-fourths of them"


def test_a_dash_after_the_attribution_adjunct_sets_off_an_aside(tmp_path):
    text = ("Bill Clinton: Hillary thinks feds require too many tests at school.\n\n"
            "Hillary Clinton thinks the federal government requires too many tests for U.S. school children, "
            "former President Bill Clinton said this week at an event in Wyoming — an apparent reversal of her past "
            "support for the No Child Left Behind law that ushered in annual testing requirements.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["Hillary Clinton thinks the federal government requires too many tests for U.S. school children"] \
        == "President Bill Clinton"


def test_one_democrat_familiar_with_the_discussion_is_an_inverted_speaker(tmp_path):
    text = ("Raids\n\n"
            "Democrats met the White House counsel on Wednesday.\n\n"
            "But he had limited time to speak, the people said. \"It wasn't a convincing argument,\" said one "
            "Democrat familiar with the discussion, who added that the White House seemed rattled.\n\n"
            "In his column on Aug. 10, the Republican from Alabama seems to be doing the same in blaming the "
            "news media.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["It wasn't a convincing argument,"] == "one Democrat"
    assert said["But he had limited time to speak"] == "the people"
    assert not speech["speaker_mention"].fillna("").str.contains("seems").any()  # a verb ends the subject


def test_a_reported_clause_keeps_its_own_subordinate_parts_and_relatives_after_the_verb(tmp_path):
    text = ("Hearing\n\n"
            "The Benghazi committee met again on Thursday.\n\n"
            "Ware insists that Podliska asked interns to take up partisan projects, even though he was warned "
            "against doing so.\n\n"
            "Critics charged that the hearing told nothing new about the Sept. 11, 2012, attacks on the "
            "compounds in Benghazi.\n\n"
            "\"We show emotion,\" said Harvey, who acknowledged Trump was his fourth choice, behind Rick Santorum "
            "and Ted Cruz.\n\n"
            "He added that if his son were still serving in Iraq, he would advise him that the danger had grown.\n\n"
            "Trump's opponents said the U.S. should stand with Israel, not declare neutrality.\n\n"
            "Franklin added that Trump's coalition consists of voters who, even with Trump on the ballot, describe "
            "themselves as uncertain to vote.\n\n"
            "Asked why the administration ignored the demand, in the same bill, that the report name sites, "
            "Earnest responded, \"You have a point.\"\n\n"
            "Asked whether Donald Trump, who has called global warming a hoax, could be the next president, "
            "Ban demurred.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["that Podliska asked interns to take up partisan projects, even though he was warned against "
                "doing so"] == "Ware"
    assert said["that the hearing told nothing new about the Sept. 11, 2012, attacks on the compounds in "
                "Benghazi"] == "Critics"
    assert "Trump was his fourth choice, behind Rick Santorum and Ted Cruz" in set(speech["text"])
    assert said["that if his son were still serving in Iraq, he would advise him that the danger had grown"] == "He"
    assert said["the U.S. should stand with Israel, not declare neutrality"] == "Trump's opponents"
    assert said["that Trump's coalition consists of voters who, even with Trump on the ballot, describe themselves "
                "as uncertain to vote"] == "Franklin"
    assert "why the administration ignored the demand, in the same bill, that the report name sites" \
        in set(speech["text"])
    assert "global warming a hoax" in set(speech["text"])  # the relative clause ends before "could be"


def test_a_quotation_the_sentence_runs_on_after_keeps_its_continuation(tmp_path):
    text = ("Primary\n\n"
            "New Hampshire Republicans were asked about the race.\n\n"
            "Yet another said, \"Rubio is in a five-person battle with Bush and Cruz\" for second place.\n\n"
            "\"Many would consider that an embarrassment for Hillary Clinton\" if she didn't win by more, said "
            "David Wasserman, an elections analyst.\n\n"
            "Trump tweeted, \"Thank you Indiana! #Trump2016\" on Friday afternoon.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["\"Rubio is in a five-person battle with Bush and Cruz\" for second place"] == "another"
    assert said["\"Many would consider that an embarrassment for Hillary Clinton\" if she didn't win by more"] \
        == "David Wasserman"
    assert said["Thank you Indiana! #Trump2016"] == "Trump"  # a time after the quotation is not its content


def test_a_quotation_after_a_that_clause_of_a_listener_verb_is_a_partial_quote(tmp_path):
    text = ("Guns\n\n"
            "Governor Greg Abbott answered the president on Twitter.\n\n"
            "Abbott told the President that if he wants our guns, \"come and take it.\"\n\n"
            "He told reporters, \"We will win.\"\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    row = speech[speech["text"] == "that if he wants our guns, \"come and take it.\""]
    assert list(row["kind"]) == ["partial"] and list(row["speaker_mention"]) == ["Abbott"]
    assert list(speech[speech["text"] == "We will win."]["kind"]) == ["direct"]


def test_an_adjunct_between_who_and_its_verb_keeps_the_antecedent_as_speaker(tmp_path):
    text = ("Data breach\n\n"
            "The Clinton campaign accused Bernie Sanders of stealing voter data.\n\n"
            "Clinton's campaign leadership, who, on a press call Friday, criticized Sanders for stealing their "
            "data and for \"misrepresenting what had occurred.\"\n\n"
            "Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday to promote "
            "the rules, said they touched on a core issue.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    said = rows["speaker_mention"]
    criticized = rows.loc["Sanders for stealing their data and for \"misrepresenting what had occurred.\""]
    assert criticized[["speaker_mention", "speaker"]].tolist() == ["who", "Clinton's campaign leadership"]
    assert said["they touched on a core issue"].startswith("Vice President Joseph R. Biden")


def test_wrote_to_a_titled_listener_about_a_topic(tmp_path):
    text = ("Ukraine\n\n"
            "The embassy reported on the visit in 2012.\n\n"
            "Ambassador John F. Tefft wrote to Mrs. Clinton about a visit to Ukraine by her daughter "
            "''at the invitation of oligarch, Victor Pinchuk.''\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["about a visit to Ukraine by her daughter ''at the invitation of oligarch, Victor Pinchuk.''"] \
        == "Ambassador John F. Tefft"


def test_a_reported_clause_ends_before_even_as_and_a_new_subject(tmp_path):
    text = ("Convention\n\n"
            "Ted Cruz spoke to reporters in Cleveland.\n\n"
            "Cruz said he did not know whether Pence would endorse him, even as speculation was brewing publicly.\n\n"
            "Biden warned that Donald J. Trump, even as a candidate, had elevated the dangers to American allies.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["he did not know whether Pence would endorse him"] == "Cruz"
    assert said["that Donald J. Trump, even as a candidate, had elevated the dangers to American allies"] == "Biden"


def test_a_partial_quote_before_its_attribution_runs_to_the_comma(tmp_path):
    text = ("Paris\n\n"
            "French leaders commented on the American election.\n\n"
            "Trump's \"excesses\" are sickening, Hollande said Tuesday in Paris.\n\n"
            "Democrats had \"put the biggest crack\" yet in the glass ceiling for women, she said in a video message.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["Trump's \"excesses\" are sickening"] == "Hollande"
    assert said["Democrats had \"put the biggest crack\" yet in the glass ceiling for women"] == "she"


def test_comment_on_a_time_phrase_before_the_verb_and_a_quoted_word_that_opens_the_object(tmp_path):
    text = ("Immigration\n\n"
            "Glenn Beck endorsed Ted Cruz in Iowa.\n\n"
            "Beck, who has in the past described Trump as \"a pathological narcissistic sociopath,\" backs Cruz.\n\n"
            "But Cruz would not comment on an executive order signed by the governor \"to protect privacy\".\n\n"
            "Trump continued to portray \"illegal\" immigrants as violent criminals.\n\n"
            "Trump's often controversial comments on Muslims have drawn criticism.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["Trump as \"a pathological narcissistic sociopath,\""] == "who"
    assert said["an executive order signed by the governor \"to protect privacy\""] == "Cruz"
    assert said["\"illegal\" immigrants as violent criminals"] == "Trump"
    comments = speech[speech["text"] == "Muslims"]  # "comments on" is a noun of speech: Trump's comments
    assert comments[["method", "speaker_mention", "verb"]].values.tolist() == [["speech_noun", "Trump", "comments on"]]


def test_the_object_of_led_or_prompted_speaks_the_infinitive(tmp_path):
    text = ("Primaries\n\n"
            "Hillary Clinton won four states on Tuesday.\n\n"
            "Clinton dealt a blow to Sanders with a strong win that led her to declare that the nomination was "
            "in sight.\n\n"
            "The timing of the debate led Republicans to say that Democrats were protecting a candidate.\n\n"
            "The abrupt announcement led some to speculate that the club had split over Trump.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["that the nomination was in sight"] == "her"
    assert said["that Democrats were protecting a candidate"] == "Republicans"
    assert said["that the club had split over Trump"] == "some"


def test_a_time_span_before_later_or_earlier_is_no_part_of_the_subject(tmp_path):
    text = ("Hiring\n\n"
            "The company opened a plant in Ohio.\n\n"
            "The company a year earlier said it would hire 500 people.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["it would hire 500 people"] == "The company"


def test_a_show_name_with_an_ampersand_is_a_title(tmp_path):
    text = ("Security clearance\n\n"
            "House Republicans want to revoke Hillary Clinton's clearance.\n\n"
            "Wednesday on Fox News Channel’s “Fox & Friends,” Rep. Michael McCaul (R-TX) discussed legislation he "
            "was introducing.\n\n"
            "Bernie Sanders appeared on \"Meet the Press\" to argue that the race was not over.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert "Fox & Friends," not in set(speech["text"]) and not speech["text"].str.startswith("Wednesday").any()
    assert said["that the race was not over"] == "Bernie Sanders"  # a show's title before the purpose infinitive
    assert said["legislation he was introducing"] == "Rep. Michael McCaul"


def test_review_of_the_later_rules_relatives_run_ons_even_as_asides_party_words_and_questions(tmp_path):
    text = ("Review\n\n"
            "Donald Trump and Hillary Clinton campaigned in Ohio on Monday.\n\n"
            "The plan drew criticism from Sen. John McCain, who said it was dangerous, and from several Democrats.\n\n"
            "She said, \"I'm not going anywhere\" in an interview with the BBC.\n\n"
            "The CEO said the firm would continue hiring even as the economy slowed.\n\n"
            "Clinton said she had always opposed the trade deal, even as Secretary of State.\n\n"
            "In Washington, Trump told reporters — who had waited for hours — that he would win.\n\n"
            "\"We will win,\" said a liberal activist in Boston.\n\n"
            "Trump told reporters conservative judges would protect gun rights.\n\n"
            "The event, which drew protesters, ended early after Trump left the stage, telling aides he was tired.\n\n"
            "Lawmakers from both parties seem eager to say the deal is done.\n\n"
            "People in areas being hit by the storm said they had no power.\n\n"
            "Asked about his future, the manager, Sir Alex Ferguson, said he had no plans to retire.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert "it was dangerous" in set(speech["text"])
    assert said["I'm not going anywhere"] == "She"
    assert said["the firm would continue hiring even as the economy slowed"] == "The CEO"
    assert said["she had always opposed the trade deal, even as Secretary of State"] == "Clinton"
    assert said["that he would win"] == "Trump"
    assert said["We will win,"] == "a liberal activist in Boston"
    assert said["conservative judges would protect gun rights"] == "Trump"
    assert said["he was tired"] == "Trump"
    assert said["the deal is done"] == "Lawmakers from both parties"
    assert said["they had no power"] == "People in areas being hit by the storm"
    assert "about his future" in set(speech["text"])


def test_a_particle_passive_without_a_subject_and_a_grand_slam_are_no_attributions(tmp_path):
    text = ("Tennis\n\n"
            "Jennifer Capriati will miss the Australian Open.\n\n"
            "The organisers of the first grand slam of 2005, which begins on 17 January, said the American has a "
            "problem with her right shoulder.\n\n"
            "His \"resignation\" was referred to by both Tory and Lib Dem leaders during that day's questions.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    said = speech.set_index("text")["speaker_mention"]
    assert said["the American has a problem with her right shoulder"] == \
        "The organisers of the first grand slam of 2005"
    assert not speech["text"].str.startswith("leaders during").any()


def test_contracted_auxiliaries_and_fail_or_inclined_before_the_verb(tmp_path):
    text = ("Terror\n\n"
            "Republican candidates met in Las Vegas.\n\n"
            "Yet they're mostly proposing things the administration is already doing.\n\n"
            "However, Hillary Clinton failed to mention the attack on the consulate in Benghazi.\n\n"
            "On foreign policy, they also are inclined to describe themselves as conservative.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["things the administration is already doing"] == "they"
    assert said["the attack on the consulate in Benghazi"] == "Hillary Clinton"
    assert said["themselves as conservative"] == "they"


def test_a_list_of_places_after_a_preposition_ends_the_speakers_phrase(tmp_path):
    text = ("Voters\n\n"
            "The primaries moved south on Tuesday.\n\n"
            "Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed by their own party.\n\n"
            "Officials in Kyiv and Moscow said the talks would resume.\n\n"
            "Asked about Lavrov, Zelensky said he had not read the interview.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["they felt betrayed by their own party"] == "Most Republican voters in Alabama, Georgia and Virginia"
    assert said["the talks would resume"] == "Officials in Kyiv and Moscow"
    assert said["he had not read the interview"] == "Zelensky"


def test_a_quotation_after_a_dash_or_a_colon_starts_at_its_mark(tmp_path):
    text = ("Rally\n\n"
            "Biden spoke in Scranton on Monday.\n\n"
            "Mr. Biden suggested Mr. Trump admired brutal leaders like Saddam Hussein - \"He would have loved "
            "Stalin,\" Mr. Biden said.\n\n"
            "Clinton seemed irritated: \"It's a public statement! Just email it,\" she wrote.\n\n"
            "The senator made a \"mistake\" in the vote, Mr. Biden said.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]].set_index("text")
    assert speech.loc["He would have loved Stalin,", ["kind", "speaker_mention"]].tolist() == ["direct", "Mr. Biden"]
    assert speech.loc["It's a public statement! Just email it,", "kind"] == "direct"
    assert speech.loc["The senator made a \"mistake\" in the vote", "kind"] == "partial"


def test_add_with_a_noun_object_is_no_speech_but_with_a_clause_or_a_quotation_it_is(tmp_path):
    text = ("Debate\n\n"
            "The candidates met in Des Moines on Monday.\n\n"
            "Social media has added another link to the misinformation chain.\n\n"
            "Mr. Lavrov added that the talks would resume.\n\n"
            "The minister added the sanctions would stay.\n\n"
            "Then she added warily: \"There's always something.\"\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    assert not speech["text"].str.contains("another link").any()
    said = speech.set_index("text")["speaker_mention"]
    assert said["that the talks would resume"] == "Mr. Lavrov"
    assert said["the sanctions would stay"] == "The minister"
    assert said["warily: \"There's always something.\""] == "she"


@pytest.mark.parametrize("headline, speaker, statement", [
    ("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines", "Roger Stone", "Don’t Trust the Voting Machines"),
    ("Delegate Update: The latest count in the Democratic race", None, None),
    ("NY Daily News: Paris Attacks Highlight Threat Posed by NRA", "NY Daily News",
     "Paris Attacks Highlight Threat Posed by NRA"),
])
def test_a_label_before_a_headlines_speaker_is_passed_over_and_a_label_speaks_for_no_one(tmp_path, headline, speaker,
                                                                                         statement):
    pd.DataFrame({"id": ["a1"], "outlet": ["Daily"], "text": [
        f"{headline}\n\nThe story is told in the paragraphs that follow this one.\n"]}).to_csv(tmp_path / "a.csv",
                                                                                             index=False)
    quotes = extract_quotes(framelens.load_corpus(tmp_path / "a.csv", text_column="text", id_column="id",
                                                  outlet_column="outlet"))
    rows = quotes[quotes["method"] == "headline_colon"]
    assert rows[["speaker_mention", "text"]].values.tolist() == ([[speaker, statement]] if speaker else [])


@pytest.mark.parametrize("sentence, rows", [
    ("Mr Bremmer said details were given to him by unnamed attendees who, he said, were “flummoxed and startled” by it.",
     [("details were given to him by unnamed attendees who, he said, were “flummoxed and startled” by it", "Mr Bremmer")]),
    ("He went on to thank Kim Jong Un for freeing the hostages, though, when asked if he had spoken to Kim, the "
     "president replied, “I don't want to comment.”",
     [("Kim Jong Un for freeing the hostages", "He"), ("if he had spoken to Kim", None),
      ("I don't want to comment.", "the president")]),
    ("Republicans rejected the nominee, and Senate Minority Leader Mitch McConnell, a Kentucky Republican, instead said "
     "it was up to the president.",
     [("the nominee", "Republicans"), ("it was up to the president", "Senate Minority Leader Mitch McConnell")]),
    ("The official acknowledged the delay, instead citing the weather as the cause.",
     [("the delay", "The official"), ("the weather as the cause", "The official")]),
    ("Critics of the land reform policy claim the president is trying to seize farms.",
     [("the president is trying to seize farms", "Critics of the land reform policy")]),
    ("Members of the board warn that the plan will fail.", [("that the plan will fail", "Members of the board")]),
    ("National Nurses United for Patient Protection, the super PAC of the nurses' union, has reported spending "
     "$1 million on ads.", [("spending $1 million on ads", "National Nurses United for Patient Protection")]),
])
def test_asides_after_a_relative_questions_after_though_and_subjects_after_a_comma_and(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("headline, speaker, statement", [
    ("Wow: Al Sharpton Just Said Something Unexpected About Donald Trump", "Al Sharpton",
     "Something Unexpected About Donald Trump"),
    ("BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary", None, None),
    ("Poll: Clinton and Sanders in dead heat in California", "Poll", "Clinton and Sanders in dead heat in California"),
])
def test_a_clickbait_interjection_before_a_headlines_colon_speaks_for_no_one(tmp_path, headline, speaker, statement):
    pd.DataFrame({"id": ["a1"], "outlet": ["Daily"], "text": [
        f"{headline}\n\nThe story is told in the paragraphs that follow this one.\n"]}).to_csv(tmp_path / "a.csv",
                                                                                             index=False)
    quotes = extract_quotes(framelens.load_corpus(tmp_path / "a.csv", text_column="text", id_column="id",
                                                  outlet_column="outlet"))
    rows = quotes[quotes["method"].isin(["headline_colon", "headline_verb"])]
    assert rows[["speaker_mention", "text"]].values.tolist() == ([[speaker, statement]] if speaker else [])


def test_a_participle_after_a_spaced_dash_is_a_statement_of_its_own_but_a_dash_aside_is_not(tmp_path):
    text = ("Refuge\n\n"
            "The occupation of the refuge ended in February.\n\n"
            "Kieran Suckling says he could make no distinction between Santilli and the occupiers - noting that he "
            "saw Santilli carrying weapons.\n\n"
            "In his speech, Mr. Obama argued emphatically - rebuking Mr. Trump by name - that the nominee had played on "
            "fears.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["he could make no distinction between Santilli and the occupiers"] == "Kieran Suckling"
    assert said["that he saw Santilli carrying weapons"] == "Kieran Suckling"
    assert "emphatically" not in set(said.index)  # the aside between two dashes cuts nothing


def test_middle_initials_before_a_place_users_and_appositive_names_after_the_verb(tmp_path):
    text = ("Reactions\n\n"
            "The attacks in Brussels shook Europe on Tuesday.\n\n"
            "Sen. John F. Kerry of Massachusetts said the sales should stop.\n\n"
            "\"We are worried about it,\" said one Twitter user.\n\n"
            "\"We're anxious,\" said another Twitter user, Johanna Bayer. \"Paris-Brussels - the attacks are getting "
            "ever closer.\"\n\n"
            "\"She knows what it takes,\" said Ms. Warren, who has often been on the receiving side of Mr. Trump's "
            "Twitter attacks. \"She doesn't whine.\"\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]].set_index("text")
    assert speech.loc["the sales should stop", "speaker"] == "John F. Kerry"
    assert speech.loc["We are worried about it,", "speaker_mention"] == "one Twitter user"
    anxious = speech.loc[speech.index.str.startswith("We're anxious")]
    assert anxious["speaker"].tolist() == ["Johanna Bayer"]
    assert anxious.index[0].endswith("the attacks are getting ever closer.")  # one statement, interrupted
    warren = speech.loc[speech.index.str.startswith("She knows what it takes")]
    assert warren["speaker"].tolist() == ["Warren"] and warren.index[0].endswith("She doesn't whine.")
    assert "Twitter" not in set(quotes["speaker_mention"].dropna().str.split().str[-1])  # "attacks" is a noun here


def test_long_or_present_tense_subjects_before_and_said_and_a_listener_with_a_place(tmp_path):
    text = ("Benghazi\n\n"
            "The report was released on Tuesday.\n\n"
            "Other former CIA officers with no direct knowledge of the case but with experience in war zones chafed at "
            "such second-guessing and said seeking reinforcements was the right course.\n\n"
            "China's state-owned investment giant CITIC runs an oil field in Kazakhstan and says it has established a "
            "$110 billion fund.\n\n"
            "Christine Todd Whitman, the former New Jersey governor, told The Star-Ledger of Newark last week she would "
            "rather vote for Hillary Clinton.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["seeking reinforcements was the right course"] == \
        "Other former CIA officers with no direct knowledge of the case but with experience in war zones"
    assert said["it has established a $110 billion fund"] == "China's state-owned investment giant CITIC"
    assert said["she would rather vote for Hillary Clinton"] == "Christine Todd Whitman"


def test_a_title_in_capitals_after_a_book_or_a_film_is_no_quotation(tmp_path):
    text = ("Rubio\n\n"
            "Mr. Rubio's parents arrived in Miami in 1956.\n\n"
            "Fidel Castro's revolution in 1959 dampened plans to return home, Mr. Rubio wrote in his 2012 book, "
            "\"An American Son.\"\n\n"
            "The report, \"We found no evidence of fraud,\" was released on Monday, the agency said.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes.set_index("quoted_text")
    assert rows.loc["An American Son.", ["kind", "method"]].tolist() == ["fragment", "cited_title"]
    speech = quotes[quotes["is_speech"]]
    assert speech["text"].str.startswith("Fidel Castro's revolution in 1959 dampened plans").any()
    assert (speech["speaker_mention"] == "Mr. Rubio").any()
    assert "We found no evidence of fraud," not in set(quotes.loc[quotes["kind"] == "fragment", "text"])


def test_a_contracted_who_aside_and_a_quantifier_clause_after_the_attribution(tmp_path):
    text = ("Bloomberg\n\n"
            "A new national poll came out on Tuesday.\n\n"
            "Michael Bloomberg, who's thinking about running for president, said it was impossible to win.\n\n"
            "Though he said it resulted in a “handful of people” filing papers, John said none were added to the "
            "slate.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["it was impossible to win"] == "Michael Bloomberg"
    assert said["none were added to the slate"] == "John"
    assert said["it resulted in a “handful of people” filing papers"] == "he"


def test_asked_opener_before_and_said_and_declined_to_comment_but_said(tmp_path):
    text = ("Senate\n\n"
            "The senator spoke in Des Moines on Monday.\n\n"
            "Asked whether he would run again, the senator smiled and said, \"We will see.\"\n\n"
            "A spokeswoman for the governor declined to comment but said the review was ongoing.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    assert said.loc["We will see.", "speaker_mention"] == "the senator"
    assert said.loc["the review was ongoing", ["speaker_mention", "verb"]].tolist() == \
        ["A spokeswoman for the governor", "said"]
    assert not said.index.str.startswith("but said").any()


def test_both_as_the_subject_and_an_infinitive_after_an_opening_adjunct(tmp_path):
    text = ("Nabisco\n\n"
            "Republican Trump and Democrat Clinton have criticized Nabisco for the move. Both have promised to pursue "
            "legislation if elected.\n\n"
            "All told, the group raised $4 million in February.\n\n"
            "In the coming months, he vowed to ban the practice.\n\n"
            "In May, she urged voters to stay home.\n\n"
            "Another pollster, David Woodard of Clemson University, said the support was holding steady.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes[quotes["is_speech"]].set_index("text")
    assert rows.loc["to pursue legislation if elected", "speaker_mention"] == "Both"
    assert rows.loc["to ban the practice", ["speaker_mention", "method"]].tolist() == ["he", "reported_infinitive"]
    assert rows.loc["voters to stay home", "speaker_mention"] == "she"
    assert rows.loc["the support was holding steady", "speaker"] == "David Woodard"
    assert not rows.index.str.contains("raised \\$4 million").any()  # "All told" is an idiom


def test_put_it_after_a_quantified_speaker_and_singular_people_nouns(tmp_path):
    text = ("Protest\n\n"
            "Thousands marched through the capital on Saturday.\n\n"
            "As one official put it: \"We are flying blind.\"\n\n"
            "\"We want peace,\" said one protester. \"But we want justice too.\"\n\n"
            "Cruz made an impassioned call for unity.\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]].set_index("text")
    assert speech.loc["We are flying blind.", "speaker_mention"] == "one official"
    peace = speech.loc[speech.index.str.startswith("We want peace")]
    assert peace["speaker_mention"].tolist() == ["one protester"]
    assert speech.loc["unity", ["method", "speaker_mention"]].tolist() == ["speech_noun", "Cruz"]  # "made … a call for"


@pytest.mark.parametrize("sentence, clause", [
    ("He added the plan makes sense.", "the plan makes sense"),
    ("He added the economy grew by 3% last year.", "the economy grew by 3% last year"),
    ("She added Labour won't back the bill.", "Labour won't back the bill"),
    ("He added there's no reason to panic.", "there's no reason to panic"),
    ("He added the deal, if approved, would create 500 jobs.", "the deal, if approved, would create 500 jobs"),
    ("It added its bid for the bank, Absa, was being considered.", "its bid for the bank, Absa, was being considered"),
    ("He added the plan – drafted last year – had been shelved.", "the plan – drafted last year – had been shelved"),
    ("He added a note of caution: the recovery was fragile.", "a note of caution: the recovery was fragile"),
    ("He said so, adding the party in power quickly becomes unpopular.",
     "the party in power quickly becomes unpopular"),
    ("Social media has added another link to the misinformation chain.", None),
    ("The party held its seats while adding Democratic strongholds like Illinois and Ohio.", None),
    ("And if one adds Nebraska, the total rises.", None),
    ("While the U.S. added around 292,000 jobs in December, China suffered market chaos.", None),
])
def test_add_reports_a_clause_found_past_asides_and_present_tenses(tmp_path, sentence, clause):
    _, quotes = _load(tmp_path, f"Economy\n\nThe figures came out on Friday.\n\n{sentence}\n")
    added = quotes[quotes["is_speech"] & (quotes["verb_lemma"] == "add")]
    assert added["text"].tolist() == ([clause] if clause else [])


def test_review_three_a_label_and_quote_is_one_row_and_dashes_set_off_asides(tmp_path):
    text = ("Review\n\n"
            "The figures came out on Friday.\n\n"
            "Trump: \"The years of economic decay are over,\" he said.\n\n"
            "He said people were \"highly sceptical\" about Labour and Conservative promises on tax.\n\n"
            "He added that the opening bid was $8bn - less than half of the $20bn that Yukos advisers say it is "
            "worth.\n\n"
            "Analysts said prices would rise - estimating a 5% increase.\n\n"
            "The new brand - \"Coke Zero\" - sold well, the company said.\n\n"
            "Most Republican voters in Alabama, Georgia, and Virginia said they felt betrayed.\n\n"
            "The Times made the same allegations in February, and Breitbart News responded: \"We disagree.\"\n")
    _, quotes = _load(tmp_path, text)
    speech = quotes[quotes["is_speech"]]
    years = speech[speech["text"].str.contains("economic decay")]
    assert years[["kind", "speaker_mention"]].values.tolist() == [["direct", "he"]]  # no transcript line too
    assert "about Labour and Conservative" not in set(speech["speaker_mention"].dropna())
    said = speech.set_index("text")["speaker_mention"]
    assert said["that the opening bid was $8bn - less than half of the $20bn that Yukos advisers say it is worth"] == "He"
    assert said["prices would rise - estimating a 5% increase"] == "Analysts"
    assert said["The new brand - \"Coke Zero\" - sold well"] == "the company"
    assert said["they felt betrayed"] == "Most Republican voters in Alabama, Georgia, and Virginia"
    assert said["We disagree."] == "Breitbart News"


@pytest.mark.parametrize("headline, speaker", [
    ("Human Rights Watch: Police used excessive force in Cairo", "Human Rights Watch"),
    ("Reality Check Verdict: Trump's claim is wrong", None),
    ("Review – Hamlet: A Triumph at the Globe", None),
    ("Factbox – Barack Obama: His record on the economy so far", None),
])
def test_only_a_label_of_a_statement_is_passed_over_before_a_headline_speaker(tmp_path, headline, speaker):
    pd.DataFrame({"id": ["a1"], "outlet": ["Daily"], "text": [
        f"{headline}\n\nThe story is told in the paragraphs that follow this one.\n"]}).to_csv(tmp_path / "a.csv",
                                                                                             index=False)
    quotes = extract_quotes(framelens.load_corpus(tmp_path / "a.csv", text_column="text", id_column="id",
                                                  outlet_column="outlet"))
    assert quotes.loc[quotes["method"] == "headline_colon", "speaker_mention"].tolist() == ([speaker] if speaker else [])


def test_a_name_set_beside_a_role_of_an_organisation_and_organisations_named_together(tmp_path):
    text = ("UN\n\n"
            "The Security Council met on Monday.\n\n"
            "The US ambassador to the UN, Linda Thomas-Greenfield, said Washington would not back down.\n\n"
            "Both Moscow and Kyiv claimed victory in the battle for the town.\n\n"
            "\"We have not seen any evidence,\" said a spokesman for the State Department, Ned Price.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    assert said.loc["Washington would not back down", "speaker"] == "Linda Thomas-Greenfield"
    assert said.loc["victory in the battle for the town", "speaker_mention"] == "Moscow and Kyiv"
    assert said.loc["We have not seen any evidence,", "speaker"] == "Ned Price"


def test_a_relative_clause_with_its_own_attribution_is_a_row_of_its_own(tmp_path):
    text = ("Delegates\n\n"
            "The primaries went on in April.\n\n"
            "Trump has blasted the convoluted delegate system, which he said runs the risk of leaving millions of "
            "voters disenfranchised.\n\n"
            "Mukasey criticized Clinton's email use, which an FBI investigation said was careless.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["the convoluted delegate system"] == "Trump"
    assert said["which he said runs the risk of leaving millions of voters disenfranchised"] == "he"
    assert said["Clinton's email use"] == "Mukasey"
    assert said["which an FBI investigation said was careless"] == "an FBI investigation"


def test_a_bare_form_after_an_article_is_a_noun_and_this_past_week_is_a_time(tmp_path):
    text = ("Server\n\n"
            "The emails were released on Friday.\n\n"
            "Trump attacked Clinton over the server, saying in a Trumpian post on Twitter: \"She should be in jail.\"\n\n"
            "Reince Priebus, the GOP chairman, this past week announced that the rules would not change.\n\n"
            "The people say the rules are unfair.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")
    assert said.loc["She should be in jail.", ["speaker_mention", "verb"]].tolist() == ["Trump", "saying"]
    assert said.loc["that the rules would not change", "speaker"] == "Reince Priebus"
    assert said.loc["the rules are unfair", "speaker_mention"] == "The people"


def test_quotations_after_an_adjunct_an_inverted_verb_with_an_aside_or_stated(tmp_path):
    text = ("Museum\n\n"
            "The home was turned into a museum last year.\n\n"
            "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”\n\n"
            "As the columnist Louella Parsons had written just a few years earlier, \"We just couldn't do without "
            "him.\"\n\n"
            "Senator Shelley Moore Capito called over her shoulder, \"His comments are not helping.\"\n\n"
            "Stated Stone:\n\n"
            "“I think that the stakes are so high.”\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker"]
    assert said["We were all so proud of him."] == "Dorothy Poynter"
    assert said["We just couldn't do without him."] == "Louella Parsons"
    assert said["His comments are not helping."] == "Shelley Moore Capito"
    assert said["I think that the stakes are so high."] == "Stone"


def test_a_paragraph_that_ends_in_an_attribution_about_a_topic_and_a_colon_introduces_the_next(tmp_path):
    text = ("Platform\n\n"
            "The draft was published on Friday.\n\n"
            "Earlier this month, the convention committee said about its inclusion of Planned Parenthood in the draft "
            "of its platform:\n\n"
            "\"The platform goes further than previous Democratic platforms.\"\n")
    _, quotes = _load(tmp_path, text)
    row = quotes.set_index("text").loc["The platform goes further than previous Democratic platforms."]
    assert row[["speaker_mention", "method"]].tolist() == ["the convention committee", "attribution_before_quote"]


def test_released_reports_a_document_or_a_statement_not_a_person_or_a_passive(tmp_path):
    text = ("Release\n\n"
            "The campaign went on in Iowa.\n\n"
            "Sanders released details of his health-care plan on Sunday.\n\n"
            "Cuba also released Alan Gross.\n\n"
            "Clinton leads by 20 points, according to a survey released on Thursday.\n")
    _, quotes = _load(tmp_path, text)
    released = quotes[quotes["is_speech"] & (quotes["verb_lemma"] == "release")]
    assert released["speaker_mention"].tolist() == ["Sanders"]
    assert released["text"].str.startswith("details of his health-care plan").all()


@pytest.mark.parametrize("sentence, rows", [
    ("\"I'm sorry,\" he said each time he was asked.", [("I'm sorry,", "he")]),
    ("The league added two expansion teams last year.", []),
    ("The Fed added a new governor, Lisa Cook, who was confirmed in May.", []),
    ("The company added a product line that's popular with teens.", []),
    ("Apple adds features each year: this year it added a new camera.", []),
    ("Unemployment rose in Scotland and Wales, and Labour said the government had failed.",
     [("the government had failed", "Labour")]),
    ("The company said it was cutting 500 jobs - the union said the number was closer to 1,000.",
     [("it was cutting 500 jobs", "The company"), ("the number was closer to 1,000", "the union")]),
    ("Mr Biden was blunt - \"Absolutely not,\" he said.", [("Absolutely not,", "he")]),
    ("\"We will see,\" said a student union spokesman.", [("We will see,", "a student union spokesman")]),
    ("\"We will see,\" said a person familiar with the talks.", [("We will see,", "a person")]),
    ("Uber drivers this week went on strike and said their pay was too low.", []),
    ("All said and done, the deal was a good one, he said.", [("All said and done, the deal was a good one", "he")]),
    ("Both told reporters the talks were productive.", [("the talks were productive", "Both")]),
])
def test_review_four_regressions(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_research_and_analytics_firms_are_no_people_and_a_reporter_is_no_interviewee(tmp_path):
    text = ("Senator Maria Lopez on the budget fight\n\n"
            "In an interview with the Post's Bob Woodward, the senator laid out her plans.\n\n"
            "Q: Will you vote for the bill?\n\n"
            "A: Not in its current form.\n\n"
            "According to technology analysts, TDG Research, there will be 20 million subscribers.\n")
    _, quotes = _load(tmp_path, text)
    rows = quotes.set_index("text")
    assert rows.loc["Not in its current form", "speaker"] == "Maria Lopez"
    assert (quotes["speaker_kind"] == "person").sum() == (quotes["speaker"] == "Maria Lopez").sum()


def test_a_crowd_chanting_a_quotation_right_after_the_verb_is_its_speaker(tmp_path):
    text = ("Rally\n\n"
            "Trump spoke in Ohio on Monday.\n\n"
            "The crowd chanted \"Build the wall.\"\n\n"
            "When Rubio said it was great to be home, a man yelled \"Stay there!\"\n\n"
            "At one point the crowd reprised the caustic chant \"Lock her up!\"\n\n"
            "\"Friend, let me be blunt,\" the email read.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["Build the wall."] == "The crowd"
    assert said["Stay there!"] == "a man"
    assert said["it was great to be home"] == "Rubio"
    assert said["Friend, let me be blunt,"] == "the email"
    assert "the caustic" not in set(said)  # "chant" after "the caustic" is a noun


@pytest.mark.parametrize("sentence, rows", [
    ("Residents of the area say the water is unsafe to drink.",
     [("the water is unsafe to drink", "Residents of the area")]),
    ("The committee say the decision is final.", [("the decision is final", "The committee")]),
    ("He said Brown was arrested at his hotel but released without charge.",
     [("Brown was arrested at his hotel but released without charge", "He")]),
    ("She said the album, released in 2003, was their best.", [("the album, released in 2003, was their best", "She")]),
    ("A report released on Friday said the scheme had failed.", [("the scheme had failed", "A report")]),
    ("Jack Straw said he had good relations with Mr Campbell, who he described as \"very talented\".",
     [("he had good relations with Mr Campbell", "Jack Straw"), ("very talented", "he")]),
    ("Demand for laptops is slowing, say analysts Gartner Research.",
     [("Demand for laptops is slowing", "analysts Gartner Research")]),
    ("According to technology analysts, TDG Research, there will be 20 million subscribers.",
     [("there will be 20 million subscribers", "TDG Research")]),
    ("As Gavin Cox of the buildyourown.org.uk website put it: \"It will be tough to build a PC this small.\"",
     [("It will be tough to build a PC this small.", "Gavin Cox")]),
])
def test_review_five_regressions(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Cruz will change his approach, a source close to him said.",
     [("Cruz will change his approach", "a source close to him")]),
    ("The campaign is in trouble, people close to the candidate said.",
     [("The campaign is in trouble", "people close to the candidate")]),
    ("Cruz will change his approach, said a source close to him.",
     [("Cruz will change his approach", "a source close to him")]),
    ("Even India has more cultural resonance, says political scientist Dossym Satpayev in Almaty.",
     [("Even India has more cultural resonance", "political scientist Dossym Satpayev")]),
    ("Activists that have endorsed him say superdelegates should follow the voters.",
     [("superdelegates should follow the voters", "Activists that have endorsed him")]),
    ("Those who voted for him say they feel betrayed.", [("they feel betrayed", "Those who voted for him")]),
    ("The deal is off, a former staffer who worked for him said.",
     [("The deal is off", "a former staffer who worked for him")]),
    ("We met Ms. Reed, 32, a former staff member for the campaign in Ohio who said she planned to protest.",
     [("she planned to protest", "who")]),
])
def test_subjects_with_postmodifiers_after_a_clause_or_the_verb(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("And yet, Mrs. Clinton's aides say, Syria remains a priority for her.",
     [("And yet, Mrs. Clinton's aides say, Syria remains a priority for her", "Clinton's aides")]),
    ("The deficit will grow this year, the Congressional Budget Office reported on Tuesday -- a development that "
     "could matter.",
     [("The deficit will grow this year", "the Congressional Budget Office")]),
    ("The records are stored safely, and there is no need to move them, Kennedy wrote Linick.",
     [("The records are stored safely, and there is no need to move them", "Kennedy")]),
    ("She said that experts had determined her proposals were strong, to which O'Malley replied that it was not true.",
     [("that experts had determined her proposals were strong", "She"), ("that it was not true", "O'Malley")]),
    ("Citing “obligations in Tennessee,” his spokeswoman told POLITICO that Gore will skip the convention.",
     [("Citing “obligations in Tennessee,”", "his spokeswoman"), ("that Gore will skip the convention", "his spokeswoman")]),
    ("“The numbers are strong,” the spokesman told CNN that the campaign had raised $10 million.",
     [("The numbers are strong,", "the spokesman"), ("that the campaign had raised $10 million", "the spokesman")]),
    ("“Labels are for soup cans,” the former president told a crowd that the campaign estimated at 3,000.",
     [("Labels are for soup cans,", "the former president")]),
])
def test_clause_edges_around_titles_dashes_listeners_and_relatives(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Carly Fiorina says despite being a Stanford alumna, she plans to root for Iowa.",
     [("despite being a Stanford alumna, she plans to root for Iowa", "Carly Fiorina")]),
    ("“I will have to get used to it,” he added, while also saying that he expects to do well with women.",
     [("I will have to get used to it,", "he"), ("that he expects to do well with women", "he")]),
    ("In addition to stating that unborn babies have no rights, Clinton has vowed to repeal the amendment.",
     [("that unborn babies have no rights", "Clinton"), ("to repeal the amendment", "Clinton")]),
])
def test_clauses_after_content_adjuncts_and_participles_after_subordinators(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_quotation_after_an_adjunct_goes_to_the_nearer_speaker_not_the_verb_before_it(tmp_path):
    text = ("Campaign\n\nKasich did little in 1999.\n\n"
            "He spent his bid talking to a voter for 20 minutes only to have her ask, “When is the candidate going "
            "to arrive?”\n")
    _, quotes = _load(tmp_path, text)
    asked = quotes[quotes["text"] == "When is the candidate going to arrive?"]
    assert len(asked) == 1 and asked["speaker_mention"].isna().all()


@pytest.mark.parametrize("sentence, rows", [
    ("Scott Walker will speak at the convention later this month, according to a report from WKOW, the ABC "
     "affiliate in Madison.",
     [("Scott Walker will speak at the convention later this month", "a report from WKOW")]),
    ("Rick Santorum also continued to deliver paid speeches, according to an NBC report.",
     [("Rick Santorum also continued to deliver paid speeches", "an NBC report")]),
    ("According to a Gallup poll, 51 percent of voters back the plan.",
     [("51 percent of voters back the plan", "a Gallup poll")]),
])
def test_according_to_a_report_names_the_report_and_leaves_its_appositive_out(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("But she said she was disturbed by the front-runner condoning and apparently encouraging violence.",
     [("she was disturbed by the front-runner condoning and apparently encouraging violence", "she")]),
    ("Powell has said he has reviewed the messages and disagrees with the decision to classify them.",
     [("he has reviewed the messages and disagrees with the decision to classify them", "Powell")]),
    ("Obama said he would veto the bill and urged Congress to act.",
     [("he would veto the bill", "Obama"), ("Congress to act", "Obama")]),
    ("On Sunday, she disclosed that after the rape, Bill Clinton called her to get together again.",
     [("that after the rape, Bill Clinton called her to get together again", "she")]),
    ("Authorities reported at least 20 victims at a center that works with disabled people.",
     [("at least 20 victims at a center that works with disabled people", "Authorities")]),
])
def test_verbs_inside_a_reported_clause_do_not_cut_it(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Aides said Obama will make a familiar case for his record, highlighting the recovery from the recession.",
     [("Obama will make a familiar case for his record, highlighting the recovery from the recession", "Aides")]),
    ("Cruz warned that the incident could foreshadow the future, urging Congress to scrap the deal.",
     [("that the incident could foreshadow the future", "Cruz"), ("Congress to scrap the deal", "Cruz")]),
])
def test_a_participle_of_effect_stays_in_the_reported_clause(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, texts", [
    ("The strong jobs report has cleared the way for the Fed to raise rates.", []),
    ("The Twitter account Trump retweeted was set up as a trap by a Gawker writer.", []),
    ("Podliska's most explosive claim is that the committee is a witch hunt.",
     ["is that the committee is a witch hunt"]),
    ("It is a dynamic Greenberg said could drive moderates toward Democrats.",
     ["could drive moderates toward Democrats"]),
])
def test_a_noun_or_an_object_gap_before_the_sentence_verb_reports_nothing(tmp_path, sentence, texts):
    _, quotes = _load(tmp_path, f"Nouns\n\nThe figures came out on Friday.\n\n{sentence}\n")
    speech = quotes[quotes["is_speech"] & (quotes["sentence_idx"] > 1)]
    assert list(speech["text"]) == texts


@pytest.mark.parametrize("sentence, rows", [
    ("The spokesman said the council, to which the mayor reports, would meet on Tuesday.",
     [("the council, to which the mayor reports, would meet on Tuesday", "The spokesman")]),
    ("Prices will keep rising for another year, as Mr. Smith's forecast suggests.",
     [("Prices will keep rising for another year", "Smith's forecast")]),
    ("Those people who lost money say the bank should pay.",
     [("the bank should pay", "Those people who lost money")]),
    ("Voters that backed the measure in 2014 say they regret it.",
     [("they regret it", "Voters that backed the measure in 2014")]),
    ("The cuts were deep, said an aide close to the governor on Tuesday.",
     [("The cuts were deep", "an aide close to the governor")]),
    ("As well as writing poetry, Symmons Roberts also makes radio programmes.", []),
    ("“The price rises are unreasonable,” said Wang Yan, an official from the commission quoted in China Daily.",
     [("The price rises are unreasonable,", "Wang Yan")]),
])
def test_review_six_regressions(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_inverted_names_with_others_and_fractions_after_an_approximator(tmp_path):
    text = ("Campaign\n\n"
            "“They are in the battle,” said former Wisconsin Gov. Jim Doyle.\n\n"
            "The contrast with Trump, said Doyle and others, would be clear to every voter.\n\n"
            "“The ballots are ready,” said Borges, who predicted about one-third of the vote will be cast early.\n")
    _, quotes = _load(tmp_path, text)
    said = quotes[quotes["is_speech"]].set_index("text")["speaker_mention"]
    assert said["The contrast with Trump, said Doyle and others, would be clear to every voter"] == "Doyle and others"
    assert said["about one-third of the vote will be cast early"] == "who"


@pytest.mark.parametrize("sentence, rows", [
    ("The shooting in Charleston was what officials called a hate crime.", [("a hate crime", "officials")]),
    ("Rubio is following what strategists dub a 3-2-1 strategy.", [("a 3-2-1 strategy", "strategists")]),
    ("Trump University is what former employees have called a “fraudulent scheme” took an uglier turn.",
     [("a “fraudulent scheme”", "former employees")]),
    ("The firm builds what it calls “psychographic” profiles of voters.",
     [("“psychographic” profiles of voters", "it")]),
    ("The Cruz campaign calls this a false narrative that the base won't buy.",
     [("this a false narrative that the base won't buy", "The Cruz campaign")]),
])
def test_free_relatives_with_what_and_a_plural_verb_before_a_demonstrative(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Most recently, Trump called to ban Muslims from entering the country.",
     [("to ban Muslims from entering the country", "Trump")]),
    ("His diagnosis of the nation's failings inevitably called to mind the promise of unity.", []),
])
def test_called_to_with_an_infinitive_is_a_call_for(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("It was a sharp contrast with Mr. Obama's calls for tighter gun control.",
     [("tighter gun control", "Mr. Obama", "calls for", "call for")]),
    ("Trump's call for a ban on Muslims has drawn criticism from both parties.",
     [("a ban on Muslims", "Trump", "call for", "call for")]),
    ("Sanders made the claim that the system is rigged against working people.",
     [("that the system is rigged against working people", "Sanders", "claim", "claim")]),
    ("Clinton unveiled a proposal to rebuild roads and bridges.",
     [("to rebuild roads and bridges", "Clinton", "proposal", "propose")]),
    ("The claim that the election was stolen spread quickly online.",
     [("that the election was stolen spread quickly online", None, "claim", "claim")]),
    ("Love did not respond to requests for comment.", []),
    ("The stronger dollar cut demand for exports.", []),
    ("The group's appeals for a higher minimum wage grew louder.",
     [("a higher minimum wage", "The group", "appeals for", "appeal")]),
    ("He made a call to ABC's “This Week.”", []),
])
def test_nouns_of_speech_report_what_they_introduce(tmp_path, sentence, rows):
    _, quotes = _load(tmp_path, f"Nouns\n\nThe figures came out on Friday.\n\n{sentence}\n")
    speech = quotes[quotes["is_speech"] & (quotes["sentence_idx"] > 1)]
    got = [(r.text, None if pd.isna(r.speaker_mention) else r.speaker_mention, r.verb, r.verb_lemma)
           for r in speech.itertuples()]
    assert got == rows
    assert (speech["method"] == "speech_noun").all()


def test_every_speech_noun_stands_for_a_listed_verb():
    nouns, pattern = load_speech_nouns()
    lemmas = {verb.lemma for verb in load_reporting_verbs()[0].values()}
    assert {"claim", "calls", "proposal", "remarks"} <= set(nouns)
    assert all(noun.verb.lemma in lemmas for noun in nouns.values())
    assert [m.group(1, 2) for m in pattern.finditer("his claims that, her calls for, a proposal about")] == [
        ("claims", "that"), ("calls", "for"), ("proposal", "about")]


@pytest.mark.parametrize("sentence, rows", [
    ("Macron's vow to reform pensions sparked protests across France.", [("to reform pensions", "Macron")]),
    ("The senator's denial that he had met the lobbyist was not believed.",
     [("that he had met the lobbyist", "The senator")]),
    ("The CEO brushed aside shareholders' demands that he resign.", [("that he resign", "shareholders")]),
    ("She was angered by his suggestion that she had lied.", [("that she had lied", "his")]),
    ("Tuesday's call for a ceasefire went unanswered.", [("a ceasefire", None)]),
    ("Trump's own pledge to build a wall was popular.", [("to build a wall", "Trump")]),
    ("He made claims that were later proven false.", []),
    ("Customers can make free calls to landlines.", []),
    ("The minister was not available for comment on the report.", []),
    ("It is what promises to be a huge encounter.", []),
    ("Despite repeated calls for calm, the crowd grew.", [("calm", None)]),
])
def test_review_seven_speech_nouns(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The firm faces a tax bill, which they claim is owed by Yukos.", [("which they claim is owed by Yukos", "they")]),
    ("Jones said he had seen the memo and says it proves nothing.",
     [("he had seen the memo", "Jones"), ("it proves nothing", "Jones")]),
    ("As well as pledging £960m over 15 years, Britain urged other donors to give more.",
     [("£960m over 15 years", "Britain"), ("other donors to give more", "Britain")]),
    ("Residents can call to report a fault on the line.", [("a fault on the line", "Residents")]),  # not "call to"
    ("The attack, in what officials called a hate crime, left three people injured.", [("a hate crime", "officials")]),
    ("He wrote that in the end, Obama said the deal was dead.", [("the deal was dead", "Obama")]),
])
def test_review_seven_clauses(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_headline_statement_runs_on_after_its_quoted_words(tmp_path):
    text = ("Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea.\n\n"
            "Former Clinton adviser Sidney Blumenthal said that he has “no idea” if he would have told Hillary.\n\n"
            "Kaine has adopted a stance common among Catholics: “I’m pro-life in my personal life.”\n")
    path = tmp_path / "articles.csv"  # a table without a headline column: the headline is the first paragraph
    pd.DataFrame({"article_id": ["a1"], "outlet": ["Paper"], "text": [text]}).to_csv(path, index=False)
    quotes = extract_quotes(framelens.load_corpus(path, text_column="text", id_column="article_id",
                                                  outlet_column="outlet"))
    rows = quotes.set_index("text")
    headline = rows.loc[["‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea"]]
    assert headline[["kind", "speaker", "quoted_text"]].values.tolist() == [["partial", "Sidney Blumenthal", "No Idea"]]
    assert "No Idea" not in rows.index  # not the quoted words alone
    assert rows.loc["I’m pro-life in my personal life.", "kind"] == "direct"  # a body sentence: the quotation only


@pytest.mark.parametrize("sentence, question", [
    ("When asked whom she supported, Ms. Sherry smiled and said she was waiting.", "whom she supported"),
    ("Ryan used those words when he was first asked if he would support Trump.", "if he would support Trump"),
    ("Respondents were also asked to pick the loser.", "to pick the loser"),
    ("Tyson was not asked to speak at the convention.", None),
])
def test_questions_put_after_an_adverb_and_with_whom(tmp_path, sentence, question):
    _, quotes = _load(tmp_path, f"Questions\n\nThe figures came out on Friday.\n\n{sentence}\n")
    put = quotes[quotes["method"] == "question_put"]
    assert put["text"].tolist() == ([question] if question else [])


@pytest.mark.parametrize("sentence, rows", [
    ("Bank charges that customers pay have risen sharply.", []),
    ("A comment that fans found offensive was deleted.", []),
    ("Manchester United's demand that the fee be paid up front was refused.",
     [("that the fee be paid up front", "Manchester United")]),
    ("The claim that the vaccine causes autism has been debunked repeatedly.", [("that the vaccine causes autism", None)]),
    ("The Treasury offered assurances that the bonds were safe.", [("that the bonds were safe", "The Treasury")]),
    ("The minister's pledge to spend £5bn on schools was welcomed.", [("to spend £5bn on schools", "The minister")]),
    ("Voters heard Trump's promise to bring back steel jobs.", [("to bring back steel jobs", "Trump")]),
    ("Standard Life came in for criticism for sticking with its policy.", [("sticking with its policy", None)]),
    ("Saturday's final promises to be a thriller.", []),
    ("Despite repeated calls for calm, the crowd grew.", [("calm", None)]),
    ("The minister's admission that mistakes were made came too late.", [("that mistakes were made", "The minister")]),
    ("The union's call for the strike to be called off was ignored.", [("the strike to be called off", "The union")]),
    ("For his proposal to succeed, he needs the support of the board.", []),
    ("He made a proposal to invest £10m in the club, but this was rejected.", [("to invest £10m in the club", "He")]),
    ("Officials are investigating claims that the vote was rigged.", [("that the vote was rigged", None)]),
    ("Rules introduced in 2002 demand that firms keep records.", [("that firms keep records", "Rules introduced")]),
    # ("demand" is the verb, as in "The rules demand that …", not a speech noun with no owner)
])
def test_review_eight_speech_nouns(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("He wrote that in the end, Obama said the deal was dead.", [("the deal was dead", "Obama")]),
    ("What they are writing about can be shown to be in the public interest.", []),
])
def test_review_eight_clauses(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Trump's promises to deport undocumented immigrants have put immigration at the center.",
     [("to deport undocumented immigrants", "Trump")]),
    ("Entering the debate, Cruz faced criticism for unreported loans to his campaign.",
     [("unreported loans to his campaign", None)]),
    ("The question is how the Clinton Foundation could square Hillary Clinton's claim to be an advocate for women.",
     [("to be an advocate for women", "Hillary Clinton")]),
])
def test_speech_noun_adjectives_in_the_content_and_owners(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_then_asked_after_a_comma_is_the_subject_asking(tmp_path):
    assert ("whether it was legal", "Smith") in _said_after_lead(tmp_path, "Smith criticised the plan, then asked whether it was legal.")


@pytest.mark.parametrize("sentence, title", [
    ("MacGyver returns to CBS. ''Tales From the Crypt,'' an HBO series that first aired in 1989, is back too.",
     "Tales From the Crypt,"),
    ("According to \"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard\" by George Anders, "
     "Fiorina sat in the front row.", "Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard"),
    ("She is the most famous graduate of Trump's reality television show, \"The Apprentice.\"", "The Apprentice."),
])
def test_titles_of_works_named_by_what_follows_or_a_show_before_them(tmp_path, sentence, title):
    _, quotes = _load(tmp_path, f"Titles\n\nThe figures came out on Friday.\n\n{sentence}\n")
    row = quotes.set_index("text").loc[title]
    assert (row["kind"], row["method"], bool(row["is_speech"])) == ("fragment", "cited_title", False)


def test_a_translation_in_quotation_marks_is_a_named_term(tmp_path):
    text = ("Auction\n\nZimmerman listed the gun for sale.\n\n"
            "He ended the description with “Si Vis Pacem Para Bellum,” Latin for “if you wish peace, prepare for war.”\n")
    _, quotes = _load(tmp_path, text)
    row = quotes.set_index("text").loc["if you wish peace, prepare for war."]
    assert (row["kind"], row["method"]) == ("fragment", "named_term")


def test_a_poll_share_compared_with_another_is_a_statement_of_its_own(tmp_path):
    rows = _said_after_lead(tmp_path, "Almost half said they wanted an outsider, compared with four in 10 who said they "
                                      "preferred someone with experience.")
    assert rows == [("they wanted an outsider", "Almost half"), ("they preferred someone with experience", "who")]


@pytest.mark.parametrize("sentence, rows", [
    ("Brown issued a statement that “The Bank of England will act.” Markets rose.",
     [("The Bank of England will act.", "Brown")]),
    ("“Absolutely Brilliant Night For Everyone,” a drama teacher said after the show.",
     [("Absolutely Brilliant Night For Everyone,", "a drama teacher")]),
    ("He thanked the crowd in Arabic for “standing with us in hard times.”",
     [("the crowd in Arabic for “standing with us in hard times.”", "He")]),
    ("Customers can make free calls to any UK landline.", []),
    ("Juninho wants assurances that he will return to the side.", []),
])
def test_review_ten_regressions(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Defending that terrain suits the vice president, said a handful of Democrats.",
     [("Defending that terrain suits the vice president", "a handful of Democrats")]),
    ("The strike will go ahead on Monday, said dozens of union members.",
     [("The strike will go ahead on Monday", "dozens of union members")]),
    ("Many voters found the remark offensive, journalist Martha Raddatz said in posing the question.",
     [("Many voters found the remark offensive", "Martha Raddatz")]),
])
def test_an_inverted_group_of_people_and_a_role_before_a_name_after_the_clause(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("\"What I do see is what they call in the stock market 'a flight to quality,' \" he said.",
     [("What I do see is what they call in the stock market 'a flight to quality,'", "he")]),
    ("\"It's hard to come back to work,\" said the designer, who works for another brand. \"But it is harder now.\"",
     [("It's hard to come back to work,\" said the designer, who works for another brand. \"But it is harder now.",
       "the designer")]),
    ("\"There won't be a path for him,\" said one of those advisers, who spoke on the condition of anonymity.",
     [("There won't be a path for him,", "one of those advisers")]),
    ("\"We kept the shop open,\" said one owner of a shop who declined to be named.",
     [("We kept the shop open,", "one owner of a shop")]),
    ("Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise the talks would fail.",
     [("a strong stand", "Rahm Emanuel"), ("that otherwise the talks would fail", "Rahm Emanuel")]),
])
def test_a_plain_noun_phrase_after_a_quotation_and_a_space_between_closing_marks(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("“Find the 30,000 emails that are missing.” Trump said.",
     [("Find the 30,000 emails that are missing.", "Trump")]),
    ("“We will win.” He said the campaign would go on.",
     [("We will win.", None), ("the campaign would go on", "He")]),
    ("''Most voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain, referring to the vow.",
     [("Most voters will not be satisfied with 'We'll bomb them,", "Senator John McCain"),
      ("the vow", "Senator John McCain")]),
])
def test_an_attribution_after_a_period_inside_the_marks_or_after_three_closing_marks(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("But the debate was so subdued that Mr. Trump was prompted to say, ''So far, it has been civil.''",
     [("So far, it has been civil.", "Mr. Trump")]),
    ("The columnist David Auerbach went so far as to say: ''Twitter as we know it is over.''",
     [("Twitter as we know it is over.", "David Auerbach")]),
    ("When he returned he began by saying, “I don’t think that jail is necessary.”",
     [("I don’t think that jail is necessary.", "he")]),
    ("People are keen on telling women to stop “moaning” when they speak up.", []),
])
def test_a_verb_of_speech_in_an_infinitive_or_gerund_before_a_quotation_takes_the_subject(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_quotation_after_several_sentences_of_the_reporter_is_not_joined_to_the_one_before(tmp_path):
    near = "“We will win,” Smith said. The crowd cheered. “Nobody leaves.”"
    far = "“We will win,” Smith said. The crowd cheered. Then the lights went out. Nobody moved. “Nobody leaves.”"
    (tmp_path / "near").mkdir()
    (tmp_path / "far").mkdir()
    assert _said_after_lead(tmp_path / "near", near) == [("We will win,” Smith said. The crowd cheered. “Nobody leaves.",
                                                          "Smith")]
    assert _said_after_lead(tmp_path / "far", far) == [("We will win,", "Smith"), ("Nobody leaves.", "Smith")]


def test_a_name_inside_the_statement_does_not_stop_the_next_quotation_inheriting_its_speaker(tmp_path):
    rows = _said_after_lead(tmp_path, "In 2009, when President Barack Obama offered states money for schools, "
                                      "“states were broke. They needed it,” DeSantis said. “And he set conditions.”")
    assert [speaker for _, speaker in rows] == ["DeSantis"]
    assert rows[0][0].endswith("“And he set conditions.")


def test_a_particle_before_the_addressee_still_leads_into_the_quotation(tmp_path):
    rows = _said_after_lead(tmp_path, 'The crowd chanted back at him, "Send them home," and "Build the wall." '
                                      'The rally went on.')
    assert rows == [('Send them home," and "Build the wall.', "The crowd")]


@pytest.mark.parametrize("sentence, rows", [
    ("Before the Paris attacks, Rubio seemed hopeful about the plan.", []),
    ("The White House claims that the deal is done.", [("that the deal is done", "White House")]),
])
def test_a_plural_noun_of_speech_after_the_and_a_name_is_a_noun(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, speaker", [
    ("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that Sanders had been rude.",
     "Sandy Phillips"),
    ("Glenn Beck, who backed Sen. Ted Cruz, R-Texas, and opposed Trump, last week said Trump was starting a movement.",
     "Glenn Beck"),
    ("Ann Compton, who covered the White House for ABC News, said she always treated the photo line as a chance.",
     "Ann Compton"),
])
def test_the_subject_before_a_relative_with_commas_of_its_own_speaks(tmp_path, sentence, speaker):
    assert [s for _, s in _said_after_lead(tmp_path, sentence)] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("But he laid off more than 200 staffers and began talking about what will happen if they lose.", "he"),
    ("Sen. Ron Johnson (R-Wis.) kept asking her why the department had blamed the protests.", "Sen. Ron Johnson"),
    ("The meeting unfolded on Thursday as more Republicans have begun urging the party to unite.", "more Republicans"),
])
def test_a_gerund_of_speech_after_began_kept_or_stopped_takes_their_subject(tmp_path, sentence, speaker):
    assert [s for _, s in _said_after_lead(tmp_path, sentence)] == [speaker]


def test_a_relative_set_off_by_dashes_ends_at_the_second_dash(tmp_path):
    rows = _said_after_lead(tmp_path, "GOP front-runner Donald Trump - who previously said he would bomb the oil fields "
                                      "- said at a rally that the country should close its borders.")
    assert rows == [("he would bomb the oil fields", "who"),
                    ("that the country should close its borders", "Donald Trump")]


@pytest.mark.parametrize("sentence, rows", [
    ("“I never said that,” the minister said. “Ever.” Critics said otherwise.",
     [("I never said that,” the minister said. “Ever.", "the minister"), ("otherwise", "Critics")]),
    ("“It’s over,” Trump posted. “Done.” Biden said Trump lost.",
     [("It’s over,” Trump posted. “Done.", "Trump"), ("Trump lost", "Biden")]),
    ("“The vote is rigged.” Officials denied it.", [("The vote is rigged.", None), ("it", "Officials")]),
    ("“Vote him out.” Democrats said no.", [("Vote him out.", None), ("no", "Democrats")]),
    ("The scandal prompted the Daily Ledger to write, “The mayor must go.”", [("The mayor must go.", None)]),
    ("She taught her son to say, “Please and thank you.”", [("Please and thank you.", None)]),
    ("It is fair to say, “the worst is over.”", [("the worst is over.", None)]),
    ("He did not go so far as to say, “The election was stolen.”", [("The election was stolen.", None)]),
    ("But no one in the council has stepped up to say, “Let’s fix the roads.”", [("Let’s fix the roads.", None)]),
    ("A call for new elections has been rejected by one of the party's most senior figures.",
     [("new elections", None)]),
    ("“We will not vote for it,” said a group of Tory rebels, led by Sir John Redwood.",
     [("We will not vote for it,", None)]),
    ("“This is not over,” said one of the lawyers, Michael Stone.", [("This is not over,", "Michael Stone")]),
    ("Powell viewed the new team as “children,” as diplomat Richard Holbrooke recalled.",
     [("Powell viewed the new team as “children,”", "Richard Holbrooke")]),
    ("The report, called “A Nation at Risk,” warned the public.", []),
])
def test_review_eleven_regressions(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_an_opening_participle_takes_the_subject_after_a_relative_with_was_in_its_object(tmp_path):
    rows = _said_after_lead(tmp_path, "Commenting on the decision to postpone the talks that was made this week, "
                                      "Lavrov said the talks were impossible.")
    assert rows == [("the decision to postpone the talks that was made this week", "Lavrov"),
                    ("the talks were impossible", "Lavrov")]


def test_a_party_tag_and_a_show_before_an_infinitive_of_speech_leave_the_subject_speaking(tmp_path):
    rows = _said_after_lead(tmp_path, "Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his remarks "
                                      "about his rival.")
    assert rows == [("his remarks about his rival", "Sen. Bernie Sanders")]


@pytest.mark.parametrize("sentence, rows", [
    ("Profits fell sharply last quarter, the Times reports.", [("Profits fell sharply last quarter", "the Times")]),
    ("One controversial lawmaker, who lost his seat, Jon Hale, said the vote was rigged.",
     [("the vote was rigged", "Jon Hale")]),
    ("He started writing the novel in 2011 while living in Paris.", []),
    ("Together, they started tweeting at the networks, hoping for airtime.", []),
    ("Police shot the man, who a police union official said was shouting “Allahu Akbar” at officers.",
     [("who a police union official said was shouting “Allahu Akbar” at officers", "a police union official")]),
])
def test_review_twelve_regressions(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The move may lead to a takeover, with analysts saying that a bigger firm may show an interest.",
     [("that a bigger firm may show an interest", "analysts")]),
    ("Shares fell across Asia, with investors saying that growth is likely to slow.",
     [("that growth is likely to slow", "investors")]),
    ("French finance minister Herve Gaymard is on record as saying that he deplored the infighting.",
     [("that he deplored the infighting", "Herve Gaymard")]),
    ("Prices rose, with the government doing nothing to stop them.", []),
])
def test_a_gerund_of_speech_after_with_and_a_noun_or_after_quoted_as(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Sanders instead delivered his standard campaign speech, decrying the influence of big money in politics.",
     [("the influence of big money in politics", "Sanders")]),
    ("Mr. Trump, whose appeal rests on an aura of toughness, seldom speaks of his brother Freddy.",
     [("his brother Freddy", "Mr. Trump")]),
    ("Jane Alder ignored the question and instead attacked her rival in the Democratic primary.",
     [("her rival in the Democratic primary", "Jane Alder")]),
    ("Jane Alder so far hasn’t criticized the companies that moved jobs abroad.",
     [("the companies that moved jobs abroad", "Jane Alder")]),
    ("The studio Morgan Creek shelved the film in August, having complained it was not scary enough.",
     [("it was not scary enough", "Morgan Creek")]),
])
def test_instead_seldom_so_far_and_a_comma_having_are_not_speakers(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The offer is made up of cash and shares, and a number of investors have said that it undervalues the firm.",
     [("that it undervalues the firm", "a number of investors")]),
    ("The campaign to shun the firm gathered steam as a number of writers suggested that such a list was important.",
     [("that such a list was important", "a number of writers")]),
])
def test_a_counted_group_of_people_before_the_verb_speaks(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_an_organisation_noun_before_a_relative_with_commas_of_its_own_speaks(tmp_path):
    rows = _said_after_lead(tmp_path, "The firm, whose subsidiary operates 13 farms in Venezuela, Peru and Chile, "
                                      "insisted that it had complied fully with the law.")
    assert rows == [("that it had complied fully with the law", "The firm")]


def test_a_subject_after_a_time_opener_and_before_an_appositive_with_one_of_speaks(tmp_path):
    rows = _said_after_lead(tmp_path, "Late last year, marketing company Doubleclick, one of the leading providers of "
                                      "online advertising, warned that some of its business would be sold.")
    assert rows == [("that some of its business would be sold", "marketing company Doubleclick")]


@pytest.mark.parametrize("sentence, rows", [
    ("“No date was ever given for his departure,” she said adding that the post had been advertised.",
     [("No date was ever given for his departure,", "she"), ("that the post had been advertised", "she")]),
    ("Mr Houston is alleged to have said that the organs of the insane should be made available.",
     [("that the organs of the insane should be made available", "Mr Houston")]),
])
def test_a_participle_glued_to_its_attribution_and_a_perfect_infinitive_after_is_alleged(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("A few minutes later they reversed themselves, rushed everyone inside and said they will register voters.",
     [("they will register voters", "they")]),
    ("Then she went home and said she would not run.", [("she would not run", "she")]),
    ("Two days later he flew to Ohio and said the race was close.", [("the race was close", "he")]),
])
def test_a_pronoun_after_an_opening_adverb_without_a_comma_speaks_for_the_second_verb(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Jane Alder praised the plan before claiming that it would fail.",
     [("the plan", "Jane Alder"), ("that it would fail", "Jane Alder")]),
    ("Jane Alder cautioned “let’s not get ahead of ourselves,” before optimistically predicting that the party "
     "would heal.",
     [("“let’s not get ahead of ourselves,”", "Jane Alder"), ("that the party would heal", "Jane Alder")]),
    ("Jane Alder said householders do not have to wait to be attacked before defending themselves.",
     [("householders do not have to wait to be attacked before defending themselves", "Jane Alder")]),
    ("Jane Alder quoted a witness as saying that after slamming into the crowd, the driver started shooting.",
     [("a witness as saying that after slamming into the crowd, the driver started shooting", "Jane Alder")]),
])
def test_a_statement_made_before_or_after_another_is_its_own_row(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("speaker", ["a 2008 Clinton veteran", "a 2016 campaign aide"])
def test_a_year_or_a_name_before_the_head_of_an_inverted_noun_phrase_speaker(tmp_path, speaker):
    rows = _said_after_lead(tmp_path, f"“She didn’t like that,” said {speaker}. “She cut down the prep time.”")
    assert [mention for _, mention in rows] == [speaker]


def test_a_time_adjunct_between_a_past_verb_and_to_say_keeps_the_sentence_subject_as_speaker(tmp_path):
    rows = _said_after_lead(tmp_path, "Jane Alder tweeted on Friday to say she had never backed the plan.")
    assert rows == [("she had never backed the plan", "Jane Alder")]


@pytest.mark.parametrize("sentence, rows", [
    ("Political observers in Virginia and around the country say Scott deserves the seat.",
     [("Scott deserves the seat", "Political observers in Virginia and around the country")]),
    ("Doctors across the state say the rules are unclear.", [("the rules are unclear", "Doctors across the state")]),
])
def test_around_across_and_throughout_extend_a_plural_subject(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Delegates questioned how Cruz could turn back on his pledge.", [("how Cruz could turn back on his pledge", "Delegates")]),
    ("The results questioned the wisdom of the plan.", []),
])
def test_a_noun_phrase_questions_when_a_wh_word_opens_what_it_asks(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The plan angered family members of the victims, many of whom say the claims are unfounded.",
     [("the claims are unfounded", "many of whom")]),
    ("The plan angered the senators, some of whom argued that it was illegal.", [("that it was illegal", "some of whom")]),
])
def test_a_quantifier_of_whom_speaks_as_a_relative(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Jane Alder said after the convention she would not accept the endorsement.",
     [("she would not accept the endorsement", "Jane Alder")]),
    ("Jane Alder said after she lost that the count was wrong.", [("that the count was wrong", "Jane Alder")]),
])
def test_an_after_or_before_adjunct_between_said_and_its_clause(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_dash_that_closes_the_aside_a_verb_is_in_ends_its_clause(tmp_path):
    rows = _said_after_lead(tmp_path, "Clinton won the backing of 95 retired generals -- most of whom had announced "
                                      "their support -- who cited her years as secretary of State.")
    assert rows == [("their support", "most of whom"), ("her years as secretary of State", "who")]


@pytest.mark.parametrize("sentence, rows", [
    ("China, Pyongyang's only ally and its economic lifeline, said it was opposed to the test.",
     [("it was opposed to the test", "China")]),
    ("Global Sports Communications, Chepkemei's management company, said she had wanted to run.",
     [("she had wanted to run", "Global Sports Communications")]),
])
def test_a_subject_before_a_possessive_appositive_speaks(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Aides to Jane Alder said the plan was dead.", [("the plan was dead", "Aides to Jane Alder")]),
    ("The plan, a spokesman for Jane Alder said, was dead.",
     [("The plan, a spokesman for Jane Alder said, was dead", "a spokesman for Jane Alder")]),
    ("But in recent days, advisers to Jane Alder say, the plan has stalled.",
     [("But in recent days, advisers to Jane Alder say, the plan has stalled", "advisers to Jane Alder")]),
])
def test_people_or_a_role_for_to_or_of_a_named_person_speak_not_the_person(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ('He contrasted the Republican candidate, whom Jane Alder described as "volatile," with Clinton.',
     [('volatile,', "Jane Alder")]),
    ('The sites pulled the listing of what Jane Alder described as a "piece of history."',
     [('a "piece of history."', "Jane Alder")]),
    ("The Home Office has produced its own report, which it describes as “encouraging”.", [("encouraging", "it")]),
])
def test_a_quotation_after_described_as_whose_object_is_a_relative(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_an_opening_adverb_without_a_comma_keeps_the_pronoun_subject_for_a_participle_after_a_comma(tmp_path):
    rows = _said_after_lead(tmp_path, 'Then he cut into Bush, calling him a "stiff" and accusing him of acting '
                                      'like a "spoiled child."')
    assert rows == [('him a "stiff"', "he"), ('him of acting like a "spoiled child."', "he")]


def test_an_opening_adverb_without_a_comma_keeps_a_named_subject_for_a_participle_after_a_comma(tmp_path):
    _, quotes = _load(tmp_path, 'Story\n\nThe figures came out on Friday.\n\nJane Alder spoke first.\n\n'
                                'Then Alder cut into Bush, calling him a "stiff."\n')
    rows = quotes[quotes["is_speech"] & (quotes["sentence_idx"] > 2)]
    assert list(zip(rows.text, rows.speaker)) == [('him a "stiff."', "Jane Alder")]


def test_by_first_saying_is_said_by_the_sentence_subject(tmp_path):
    rows = _said_after_lead(tmp_path, "Mr. Bush responded by first saying ''some good things'' about Mr. Trump.")
    assert rows == [("''some good things'' about Mr. Trump", "Mr. Bush")]


@pytest.mark.parametrize("sentence, rows", [
    ("Federal prosecutors in April charged two developers with defrauding investors.",
     [("two developers with defrauding investors", "Federal prosecutors")]),
    ("Jane Alder hinted at a run for the Senate.", [("a run for the Senate", "Jane Alder")]),
    ("Jane Alder underscored the risks of the plan.", [("the risks of the plan", "Jane Alder")]),
    ("The bank charged a fee.", []),
    ("The comments underscored the complexity of the issue.", []),
    ("Early data hinted at a slowdown.", []),
    ("The troops charged the hill with bayonets fixed.", []),
    ("The indictment does not charge Stone with conspiracy.", []),
    ("Jane Alder hinted at a fresh effort as she declared that there was no excuse.",
     [("a fresh effort", "Jane Alder"), ("that there was no excuse", "she")]),
])
def test_charge_with_hint_at_and_underscore_report_an_object(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Jane Alder told a tale of two parties, with Republicans more unhappy.", [("a tale of two parties", "Jane Alder")]),
    ("Exit polls told a tale of two parties.", []),
    ("Her face told a story of years of hardship.", []),
    ("Jane Alder tells one joke about Trump.", [("one joke about Trump", "Jane Alder")]),
    ("The film tells the story of two boys.", []),
    ("The play shows women telling their stories.", []),
])
def test_a_story_joke_or_tale_told_is_what_was_said(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Jane Alder said so.", [("so", "Jane Alder")]),
    ("Jane Alder has admitted using the tax code, but she does not defend it.",
     [("using the tax code", "Jane Alder"), ("it", "she")]),
    ("Jane Alder said it was fine.", [("it was fine", "Jane Alder")]),
])
def test_a_pronoun_content_that_ends_the_sentence_is_a_statement(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_subordinator_that_opens_a_sentence_is_not_part_of_the_name_after_it(tmp_path):
    rows = _said_after_lead(tmp_path, "Although Jane Alder has admitted using the tax code, she does not defend it.")
    assert rows == [("using the tax code", "Jane Alder"), ("it", "she")]


@pytest.mark.parametrize("sentence, rows", [
    ("It's called “democracy.”", []),
    ("What are your comments on Trump?", []),
    ('Jane Alder was back to boasting about "winning" and pledging to fight.', [('"winning"', "Jane Alder"),
                                                                              ("to fight", "Jane Alder")]),
])
def test_a_one_word_content_counts_only_inside_quotation_marks_and_it_is_called_is_a_passive(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("A spokesman for Mr. Abadi, Saad al-Hadithi, said Monday that the talks would resume.",
     [("that the talks would resume", "Saad al-Hadithi")]),
    ("A spokesman for Senator Chuck Grassley, R-Iowa, told USA TODAY in a statement that the hearing would go ahead.",
     [("that the hearing would go ahead", "A spokesman for Senator Chuck Grassley")]),
])
def test_a_role_for_a_named_person_then_an_appositive_name_or_party_tag(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_possessive_after_a_comma_that_opens_a_clause_is_no_appositive(tmp_path):
    rows = _said_after_lead(tmp_path, "Since no authority existed, Truman's order was void: “The seizure cannot stand,” "
                                      "wrote Justice Hugo Black, “and the judgment is affirmed.”")
    assert [mention for _, mention in rows] == ["Justice Hugo Black"]


def test_an_adverb_set_off_by_a_comma_does_not_lead_to_an_expletive_it(tmp_path):
    rows = _said_after_lead(tmp_path, "So, it did not come as a surprise when Kim Yo Jong issued a statement, labeling "
                                      "them as “human scum” and demanding punishment.")
    assert rows == [("them as “human scum”", "Kim Yo Jong"), ("punishment", "Kim Yo Jong")]


@pytest.mark.parametrize("sentence, rows", [
    ("No one answered when an AP reporter knocked.", []),
    ("Police questioned who they believed was the getaway driver.", []),
    ("She opened by never mentioning that the bill had failed.", []),
    ("Officials said the suspect was arrested after admitting that he had stolen the car.",
     [("the suspect was arrested after admitting that he had stolen the car", "Officials")]),
    ("The firm said it would wait before announcing that morning's trade figures.",
     [("it would wait before announcing that morning's trade figures", "The firm")]),
    ("Edwards had nothing to say after The Daily Beast called him, asking if he would run again.",
     [("if he would run again", "Daily Beast")]),
])
def test_review_thirteen_traps(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_now_does_not_lead_to_the_subject_that_a_course_title_would_be_given_to(tmp_path):
    _, quotes = _load(tmp_path, "Story\n\nThe figures came out on Friday.\n\nDan Rather spoke first.\n\n"
                                "Now he teaches an online course on “finding the truth in the news.”\n")
    rows = quotes[quotes["sentence_idx"] > 2]
    assert list(zip(rows.text, rows.speaker_mention.isna())) == [("finding the truth in the news.", True)]


@pytest.mark.parametrize("sentence, rows", [
    ("Jennifer Lopez cancelled an appearance at the premiere of her new movie saying she was too ill to fly.",
     [("she was too ill to fly", "Jennifer Lopez")]),
    ("Bernie Sanders spent much of his campaign railing against superdelegates.",
     [("superdelegates", "Bernie Sanders")]),
])
def test_a_participle_right_after_a_clause_is_said_by_that_clauses_subject(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Labour health spokeswoman Jane Alder is choosing not to respond to claims that the ward was closed.",
     [("that the ward was closed", "Jane Alder")]),
    ("Union general secretary Tom Rake warned the “costs could easily outweigh the benefits”.",
     [("costs could easily outweigh the benefits", "Tom Rake")]),
    ("Shadow chancellor Ann Wirth will come on the programme to talk about the budget and the deficit.",
     [("the budget and the deficit", "Ann Wirth")]),
])
def test_a_name_after_its_role_words_opens_the_clause_as_its_subject(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Farm groups that have backed the plan say they expect the rules to change.",
     [("they expect the rules to change", "Farm groups that have backed the plan")]),
    ("Dutch firms with secondary listings in New York have argued that the costs outweigh the benefits.",
     [("that the costs outweigh the benefits", "Dutch firms with secondary listings in New York")]),
    ("Groups including the Farmers' Union have called for an end to the \"raw deal\" faced by growers.",
     [('an end to the "raw deal" faced by growers', "Groups including the Farmers' Union")]),
    ("The ministry confirmed it is closing the depot, prompting workers at the plant to threaten a strike.",
     [("it is closing the depot, prompting workers at the plant to threaten a strike", "The ministry")]),
])
def test_groups_firms_and_unions_head_a_modified_subject_but_not_before_an_infinitive(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_sentence_with_two_quotations_before_its_attribution_gives_one_row(tmp_path):
    rows = _said_after_lead(tmp_path, 'Jane Alder runs the fund. Fundraising was "stagnant for about a month" as donors '
                                      'waited to see how a "turbulent year" played out, she said.')
    assert rows == [('Fundraising was "stagnant for about a month" as donors waited to see how a "turbulent year" '
                     'played out', "she")]


def test_a_quotation_inside_a_row_is_not_given_a_row_of_its_own(tmp_path):
    rows = _said_after_lead(tmp_path, 'Jane Alder, hoping to win in Kent, called Smith a "petulant child" who is '
                                      'acting "as if he is a king, as if he is a dictator."')
    assert rows == [('Smith a "petulant child" who is acting "as if he is a king, as if he is a dictator."',
                     "Jane Alder")]


def test_a_named_term_inside_a_row_stays_a_fragment(tmp_path):
    _, quotes = _load(tmp_path, "Story\n\nThe figures came out on Friday.\n\nThe minister said the so-called "
                                "“coalition of the willing” would meet in Paris.\n")
    kinds = sorted(zip(quotes.kind, quotes.text))
    assert kinds == [("fragment", "coalition of the willing"),
                     ("indirect", "the so-called “coalition of the willing” would meet in Paris")]


@pytest.mark.parametrize("lead", ["She told her Labour audience, to loud applause:", "Alder told reporters:"])
def test_a_paragraph_that_ends_in_told_a_listener_and_a_colon_introduces_the_next_quotation(tmp_path, lead):
    _, quotes = _load(tmp_path, f"Story\n\nThe figures came out on Friday.\n\nJane Alder spoke last. {lead}\n\n"
                                "“I can say with confidence that nobody is more qualified than she is.”\n")
    row = quotes[quotes.kind == "direct"].iloc[0]
    assert (row.speaker, row.method) == ("Jane Alder", "attribution_before_quote")


@pytest.mark.parametrize("sentence, rows", [
    ("Jane Alder defended her brother and refused to condemn the strike, like many in her party.",
     [("her brother", "Jane Alder"), ("the strike, like many in her party", "Jane Alder")]),
    ("The minister praised the report but also used it to press for more money.", [("the report", "The minister")]),
    ("The Liberal Democrats promised to run a sound economy, but based on higher taxes.",
     [("to run a sound economy, but based on higher taxes", "Liberal Democrats")]),
])
def test_an_object_ends_where_the_subjects_next_verb_begins(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_share_in_words_speaks_and_ends_the_clause_before_it(tmp_path):
    rows = _said_after_lead(tmp_path, "Voters said they are less likely to vote Labour in May, and nearly three in five "
                                      "said they are much less likely.")
    assert rows == [("they are less likely to vote Labour in May", "Voters"),
                    ("they are much less likely", "nearly three in five")]


@pytest.mark.parametrize("sentence, rows", [
    ("Jane Alder said she had access to the minister's email server, which she described as “like an open orchid.”",
     [("she had access to the minister's email server", "Jane Alder"), ("like an open orchid.", "she")]),
    ("Smith spoke of his wins in many states, particularly in Kent, which he describes as his second home.",
     [("his wins in many states, particularly in Kent", "Smith"), ("his second home", "he")]),
    ("Straw said he had always had good relations with Mr Hale, who he described as “very talented”.",
     [("he had always had good relations with Mr Hale", "Straw"), ("very talented", "he")]),
    ("Alder said the farmers had friends in common with Smith, who she described as a prominent activist, and that he "
     "was willing to help.",
     [("the farmers had friends in common with Smith, who she described as a prominent activist, and that he was "
       "willing to help", "Alder")]),
])
def test_a_relative_that_describes_what_a_row_names_is_a_row_of_its_own_when_it_ends_the_sentence(tmp_path, sentence,
                                                                                                 rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The Pope urged the poor and disenfranchised to rise up against greed.",
     [("the poor and disenfranchised to rise up against greed", "The Pope")]),
    ("An official said the review “began very recently” and was initiated by the ministry.",
     [("the review “began very recently” and was initiated by the ministry", "An official")]),
    ("Prosecutors described him as an angry man who shot and killed a neighbour.",
     [("him as an angry man who shot and killed a neighbour", "Prosecutors")]),
    ("The senators demanded that the government end its aid and put the blame on the regime.",
     [("that the government end its aid and put the blame on the regime", "The senators")]),
    ("He wrote letters to and met with his representatives in London.",
     [("letters to and met with his representatives in London", "He")]),
    ("She spoke of the hunger and need for food aid.", [("the hunger and need for food aid", "She")]),
    ("She suggested that the attacks come from insecurity, but appeared to fear the worst.",
     [("that the attacks come from insecurity", "She")]),
])
def test_review_fourteen_traps_for_the_next_act_cut(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, speaker", [
    ("Firms that he said had cheated customers will face fines.", "he"),
    ("Officials who she said had lied were sacked.", "she"),
])
def test_an_object_relative_with_its_own_subject_is_not_a_modified_subject(tmp_path, sentence, speaker):
    assert [s for _, s in _said_after_lead(tmp_path, sentence)] == [speaker]


def test_a_title_inside_a_partial_row_before_its_attribution_stays_a_fragment(tmp_path):
    _, quotes = _load(tmp_path, "Story\n\nThe figures came out on Friday.\n\nHer memoir \"Hard Choices\" sold \"far fewer "
                                "copies than hoped\" in its first year, her publisher said.\n")
    assert sorted(zip(quotes.kind, quotes.method)) == [("fragment", "cited_title"),
                                                        ("partial", "partial_then_attribution")]


@pytest.mark.parametrize("attribution, mention, speaker", [
    ("said her lawyer.", "her lawyer", "her lawyer"),
    ("said his wife.", "his wife", "his wife"),
    ("said their coach, Tom Hale.", "Tom Hale", "Tom Hale"),
    ("said its chief executive, Sir Tom Hale.", "Sir Tom Hale", "Tom Hale"),
    ("said his campaign manager Tom Hale.", "Tom Hale", "Tom Hale"),
    ("said his best friend at Oxford, Tom Hale, who knew them both.", "Tom Hale", "Tom Hale"),
    ("said its owner.", "its owner", "its owner"),
])
def test_a_possessive_before_a_person_noun_after_an_inverted_verb_is_not_the_speaker(tmp_path, attribution, mention,
                                                                                      speaker):
    _, quotes = _load(tmp_path, "Story\n\nJane Alder lost the case on Friday.\n\n"
                                f"\"We will appeal the ruling today,\" {attribution}\n")
    row = quotes[quotes.kind == "direct"].iloc[0]
    assert (row.speaker_mention, row.speaker) == (mention, speaker)


def test_a_title_with_a_number_after_a_work_noun_is_a_cited_title(tmp_path):
    _, quotes = _load(tmp_path, "Story\n\nThe figures came out on Friday.\n\n“Being a dad, that’s my job,” Tom Hale said "
                                "in May.\n\nIn recent years, Hale acted in the cable movie “Sharknado 3: Oh Hell No!”\n")
    row = quotes[quotes.text.str.startswith("Sharknado")].iloc[0]
    assert (row.kind, row.method) == ("fragment", "cited_title")


def test_afternoon_is_a_time_word_after_an_attribution(tmp_path):
    rows = _said_after_lead(tmp_path, "The plan is an insult to all farmers, top black lawmakers said Friday afternoon.")
    assert rows == [("The plan is an insult to all farmers", "top black lawmakers")]


def test_an_unknown_surname_with_an_age_and_a_relative_is_the_subject(tmp_path):
    rows = _said_after_lead(tmp_path, "Schiff, 56, who has served on the committee for a decade, told reporters that the "
                                      "hacking came from Russia.")
    assert rows == [("that the hacking came from Russia", "Schiff")]


@pytest.mark.parametrize("sentence, rows", [
    ("Chief executive Tom Hale was quoted by The Herald newspaper as saying the firm could no longer afford to stay.",
     [("the firm could no longer afford to stay", "Tom Hale")]),
    ("Lavrov was quoted by the Tass news agency as saying the talks had failed.", [("the talks had failed", "Lavrov")]),
    ("Tass quoted Lavrov as saying that the talks had failed.", [("Lavrov as saying that the talks had failed", "Tass")]),
])
def test_the_one_quoted_by_an_outlet_as_saying_speaks_in_the_passive(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Labour has broken its promises, Mr Howard told activists in Manchester.",
     [("Labour has broken its promises", "Mr Howard")]),
    ("Taxes will rise, he told supporters at a rally in Leeds.", [("Taxes will rise", "he")]),
])
def test_people_nouns_are_listeners_after_told_at_the_end_of_a_sentence(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_pronoun_attribution_after_a_clause_that_names_the_same_speaker_adds_no_row(tmp_path):
    _, quotes = _load(tmp_path, "Story\n\nChancellor Gordon Brown spoke in Leeds on Monday.\n\nTo a packed hall, the "
                                "chancellor said the cuts were the equivalent of sacking every nurse, he told activists.\n")
    assert list(zip(quotes.text, quotes.speaker)) == [("the cuts were the equivalent of sacking every nurse",
                                                       "Gordon Brown")]


@pytest.mark.parametrize("sentence, rows", [
    ("Tom Ash told the BBC News website there are two parts to the process.",
     [("there are two parts to the process", "Tom Ash")]),
    ("Her uncle, Lewis Champion, told the BBC News website Ford did not deserve any credit.",
     [("Ford did not deserve any credit", "Lewis Champion")]),
    ("He told the BBC World Service programme Go Digital he hoped it would become a teaching tool.",
     [("he hoped it would become a teaching tool", "He")]),
])
def test_a_listener_may_end_in_a_website_or_a_programme_and_its_title(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("Tom Green wrote the document himself after consulting with scholars, he said.",
     [("Tom Green wrote the document himself after consulting with scholars", "he"),
      ("the document himself after consulting with scholars", "Tom Green")]),
    ("Aguas Argentinas told the Argentine newspaper Clarin it would not accept any change.",
     [("it would not accept any change", "Aguas Argentinas")]),
])
def test_review_fourteen_later_traps(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_possessive_chain_after_an_inverted_verb_ends_at_the_last_person(tmp_path):
    _, quotes = _load(tmp_path, "Story\n\nJane Alder lost the case on Friday.\n\n"
                                "\"We will appeal the ruling today,\" said his wife's lawyer.\n")
    assert quotes.iloc[0].speaker_mention == "his wife's lawyer"


def test_a_surname_alone_takes_a_full_name_from_another_article_only_when_no_other_person_shares_it(tmp_path):
    (tmp_path / "a.txt").write_text("Story A\n\nBob Hale, the mayor, said the bridge would open in May.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Story B\n\nAnn Hale, a nurse, said the ward was full.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Story C\n\nThe talks failed, Mr Hale said on Friday.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Story D\n\nSergei Ryabkov said the treaty was dead.\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("Story E\n\nSergey Ryabkov said the treaty was over.\n", encoding="utf-8")
    (tmp_path / "f.txt").write_text("Story F\n\nThe treaty is dead, Mr Ryabkov said on Monday.\n", encoding="utf-8")
    quotes = extract_quotes(framelens.load_corpus(tmp_path))
    said = dict(zip(quotes.file.str[-5:], quotes.speaker))
    assert said["c.txt"] == "Hale"
    assert said["f.txt"] in {"Sergei Ryabkov", "Sergey Ryabkov"} and said["f.txt"] == said["e.txt"] == said["d.txt"]


@pytest.mark.parametrize("sentence, rows", [
    ("Tom Jones, 62, told the court he was innocent.", [("he was innocent", "Tom Jones")]),
    ("He also told the paper he hopes to remain an MP.", [("he hopes to remain an MP", "He")]),
    ("She told the local newspaper they had been warned.", [("they had been warned", "She")]),
])
def test_a_common_noun_listener_before_a_pronoun_subject(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("The victim, 19, who was hurt in the attack, told police she saw two men.", [("she saw two men", "The victim")]),
    ("He told troops the war would end soon.", [("the war would end soon", "He")]),
    ("The former chief never made accounting decisions, a witness has told jurors.",
     [("The former chief never made accounting decisions", "a witness")]),
])
def test_more_listeners_and_an_aged_noun_phrase_with_a_relative(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows


def test_a_named_adjunct_before_a_clause_without_that(tmp_path):
    assert _said_after_lead(tmp_path, "Hale said on Twitter the plant would close.") == [("the plant would close", "Hale")]


@pytest.mark.parametrize("sentence, rows", [
    ("The Kremlin has warned the West against sending tanks.", [("the West against sending tanks", "Kremlin")]),
    ("Climate change could be out of control within decades, the agency is warning a committee of MSPs.",
     [("Climate change could be out of control within decades", "the agency")]),
])
def test_warned_a_listener_against_something_reports_it(tmp_path, sentence, rows):
    assert _said_after_lead(tmp_path, sentence) == rows
