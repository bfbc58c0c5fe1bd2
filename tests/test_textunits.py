"""Sentence splitting and tokenization on hard cases, and on the seed articles."""

import pytest

from framelens.textunits import TOKEN_PATTERN, iter_tokens, match_form, sentence_spans, token_spans


def split(text, settings):
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text), settings.abbreviations, settings.openers)]


@pytest.mark.parametrize("text, expected", [
    ("US Rep. Ilhan Omar (D-MN) talks with Speaker Nancy Pelosi (D-CA). They left.",
     ["US Rep. Ilhan Omar (D-MN) talks with Speaker Nancy Pelosi (D-CA).", "They left."]),
    ("The U.S. and NATO are parties to the war. Lavrov said so.",
     ["The U.S. and NATO are parties to the war.", "Lavrov said so."]),
    ("Russia is at war with the U.S. The Kremlin said so.",
     ["Russia is at war with the U.S.", "The Kremlin said so."]),
    ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("John F. Kennedy spoke in Berlin. Crowds cheered.", ["John F. Kennedy spoke in Berlin.", "Crowds cheered."]),
    ("Gen. Mark Milley and Sen. Jim Risch met. Nothing changed.",
     ["Gen. Mark Milley and Sen. Jim Risch met.", "Nothing changed."]),
    ("But our proposal is on the table... Russia has to pay.", ["But our proposal is on the table...", "Russia has to pay."]),
    ("a realistic possibility… Of course they won’t.", ["a realistic possibility…", "Of course they won’t."]),
    ("WARNING…AGAIN, SAYS UKRAINE", ["WARNING…AGAIN, SAYS UKRAINE"]),
    ("“These reserves are blocked.” But seizing them differs.",
     ["“These reserves are blocked.”", "But seizing them differs."]),
    ("“Is it over?” he asked. “No.”", ["“Is it over?” he asked.", "“No.”"]),
    ("“You are directly participating in it,” he said.", ["“You are directly participating in it,” he said."]),
    ("On Jan. 5 the talks began. They failed.", ["On Jan. 5 the talks began.", "They failed."]),
    ("(See “U.S. AT WAR WITH RUSSIA” and more.)", ["(See “U.S. AT WAR WITH RUSSIA” and more.)"]),
    ("NATO Sends More Troops to Russia’s Border", ["NATO Sends More Troops to Russia’s Border"]),
    ("It rose 3.5 percent in 2022. Prices fell.", ["It rose 3.5 percent in 2022.", "Prices fell."]),
    ("“Enough!” Zelensky said on Telegram. Talks stopped.", ["“Enough!” Zelensky said on Telegram.", "Talks stopped."]),
    ("“Why would we negotiate?” Lavrov asked. Nobody answered.",
     ["“Why would we negotiate?” Lavrov asked.", "Nobody answered."]),
    ("“Why?” Peace talks had failed.", ["“Why?”", "Peace talks had failed."]),
    ("Her finish behind then-Sen. Barack Obama hurt. She left.", ["Her finish behind then-Sen. Barack Obama hurt.",
                                                                  "She left."]),
    ("It was a yes-or-no. Voters decided later.", ["It was a yes-or-no.", "Voters decided later."]),
])
def test_sentence_boundaries(settings, text, expected):
    assert split(text, settings) == expected


def test_tokens_split_clitics_and_keep_abbreviations():
    tokens = token_spans("Russia’s U.S. allies aren’t “pro-Russia”, O’Neill said: 20,000 troops.")[2]
    assert tokens == ["Russia", "’s", "U.S.", "allies", "are", "n’t", "“", "pro-Russia", "”", ",", "O’Neill",
                      "said", ":", "20,000", "troops", "."]


HARD_TOKENS = """See https://example.org/a-b?x=1, www.rt.com. and mail press@nato.int; #Ukraine @mfa_russia
The U.S. and U.K. (e.g. NATO) said: “don't” — they aren’t; won't. O’Neill’s  pro-Russia   forces--not 3.5
20,000, 2022; 42! Mr. Lavrov’s “war”… ‘quartet’ [sic] Kyiv’s http://x.y/z.  x_y
   n't N’T ... end.   \t
"""


def test_fast_token_scan_finds_the_same_tokens_as_the_pattern(seeds):
    texts = [*seeds.articles["text"], HARD_TOKENS, HARD_TOKENS.strip(), "   ", ""]
    for text in texts:
        starts, ends, tokens = token_spans(text)
        expected = [(m.start(), m.end(), m.group()) for m in TOKEN_PATTERN.finditer(text)]
        assert list(zip(starts.tolist(), ends.tolist(), tokens)) == expected
        lo, hi = len(text) // 3, 2 * len(text) // 3
        assert list(iter_tokens(text, lo, hi)) == [(m.start(), m.end(), m.group())
                                                  for m in TOKEN_PATTERN.finditer(text, lo, hi)]


def test_match_form_unifies_quotes_but_text_is_untouched(seeds):
    assert match_form("RUSSIA’S") == "russia's" == match_form("Russia's")
    tok = seeds.tokens
    curly = tok[tok.token == "’s"]
    assert len(curly) > 0 and set(curly["lower"].astype(str)) == {"'s"}
    texts = dict(zip(seeds.articles.article_id, seeds.articles.text))
    row = curly.iloc[0]
    assert texts[row["article_id"]][row["start"]:row["end"]] == "’s"


def test_non_breaking_spaces_never_inside_tokens(seeds):
    assert not seeds.tokens["token"].astype(str).str.contains("\u00a0").any()
    tj = seeds.tokens[(seeds.tokens.article_id == "trendsjournal-2022-12")]
    seq = tj["token"].astype(str).tolist()
    i = seq.index("Trends")
    assert seq[i - 1:i + 2] == ["The", "Trends", "Journal"]


def test_stopwords_stems_and_alpha(seeds):
    tok = seeds.tokens.drop_duplicates("lower").set_index(seeds.tokens.drop_duplicates("lower")["lower"].astype(str))
    assert tok.loc["the", "is_stop"] and not tok.loc["lavrov", "is_stop"]
    assert tok.loc["participating", "stem"] == "particip"
    assert tok.loc["weapons", "stem"] == "weapon"
    assert tok.loc["nato", "is_alpha"] and not tok.loc["2022", "is_alpha"] and not tok.loc["pro-russia", "is_alpha"]


def test_custom_stopword_file_is_used(tmp_path):
    import framelens
    (tmp_path / "a.txt").write_text("Lavrov said the war goes on and on.\n", encoding="utf-8")
    words = tmp_path / "stop.csv"
    words.write_text("word\nlavrov\n", encoding="utf-8")
    corpus = framelens.load_corpus(tmp_path / "a.txt", stopwords_path=words)
    stop = corpus.tokens.set_index(corpus.tokens["lower"].astype(str))["is_stop"]
    assert stop["lavrov"] and not stop["the"]


def test_body_word_counts_exclude_noise(seeds):
    art = seeds.articles.set_index("article_id")
    sputnik = seeds.tokens[seeds.tokens.article_id == "sputnik-2022-10-12"]
    words = sputnik[sputnik["token"].astype(str).str.contains(r"\w")]
    assert art.loc["sputnik-2022-10-12", "n_words"] == (words.segment_kind == "body").sum()
    assert art.loc["sputnik-2022-10-12", "n_words_total"] == len(words)
    assert "gestures" not in art.loc["sputnik-2022-10-12", "body_text"]


def test_custom_stopwords_leave_sentence_splitting_alone(tmp_path):
    import framelens
    text = "Russia is at war with the U.S. The Kremlin said so. It was 9 a.m. He left.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    words = tmp_path / "stop.csv"
    words.write_text("word\nlavrov\n", encoding="utf-8")
    default = framelens.load_corpus(tmp_path / "a.txt").sentences["text"].tolist()
    custom = framelens.load_corpus(tmp_path / "a.txt", stopwords_path=words).sentences["text"].tolist()
    assert custom == default == ["Russia is at war with the U.S.", "The Kremlin said so.", "It was 9 a.m.", "He left."]


def test_edited_stopword_file_is_read_again(tmp_path):
    import framelens
    (tmp_path / "a.txt").write_text("Lavrov spoke.\n", encoding="utf-8")
    words = tmp_path / "stop.csv"
    words.write_text("word\nlavrov\n", encoding="utf-8")
    first = framelens.load_corpus(tmp_path / "a.txt", stopwords_path=words).tokens["is_stop"].iloc[0]
    words.write_text("word\nspoke\n", encoding="utf-8")
    second = framelens.load_corpus(tmp_path / "a.txt", stopwords_path=words).tokens["is_stop"].iloc[0]
    assert first and not second
