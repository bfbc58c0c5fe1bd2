"""Quoted officials: who is quoted in each article, in which words, and with which reporting verb.

The extractor is built from rules and editable data files, so that it runs offline:

1. Quotation marks are paired paragraph by paragraph (curly, straight and low marks; nested
   single quotes stay inside). A quotation left open at the end of a paragraph runs on into the
   next ones when a later paragraph opens again or closes it; each paragraph is one quote row.
2. Reporting verbs (``reporting_verbs.csv``) outside quotation marks are found with their
   speaker: the noun phrase before them ("Sergey Lavrov, Russia's foreign minister, told",
   "Large majorities of voters in six states said", "House Republicans supporting the bill have
   said"), after them ("…, said Lavrov", "according to a poll from …"), a relative "who", or the
   subject of the sentence for ", saying …", for a verb after "and"/"but" ("…, but later said …"),
   for "Noting that …, X …" and for a verb in a chain ("struggled to explain …", "took to Twitter
   to say …"). A passive verb is said by its agent ("was first reported by Politico").
3. A quotation with an attribution next to it, or introduced by the sentence before it
   ("X agreed. “…”", "X responded:" ending the paragraph before), is **direct**; quoted words
   inside a reported clause make that clause **partial**; a reported clause without quotation
   marks is **indirect**, from "that" (when present) to the end of the sentence, or the clause
   before a final attribution, or both sides of a parenthetical "…, she said, …". Each verb's
   frame in the data file says what else it reports: an infinitive ("vowed to …", "urged NATO
   to …"), an object ("called for …", "complained about …"), or only a "that" clause ("charged
   that …"). A clause "reportedly" marks is indirect without a speaker. A quotation that carries on
   in lower case a sentence its attribution interrupts ("No change, he said, “hides what it is.”")
   is partial from the sentence start, and so is one after a "that" no attribution claims. A short quoted
   phrase with no attribution, or one that names something ("so-called …") or cites a headline,
   is a **fragment**, kept but not counted as speech. An unattributed quotation that follows an
   attributed one inherits its speaker (``is_floating``) unless another person is named between
   (names in the attribution sentence itself, such as listeners, do not count); one inside a
   sentence whose subject is a person goes to that subject. A quotation its attribution
   interrupts in one paragraph (“A,” he said. “B.”) is one row. An attribution that closes its
   paragraph with a colon introduces the next paragraph. Rows of one statement (a quotation over
   several paragraphs, and the quote paragraphs that carry on its speaker) share ``statement_idx``.
4. Mentions resolve to one canonical name: ``officials.csv`` aliases, surnames of people named
   earlier, pronouns to the most recent person in subject position whose gender (from titles,
   role nouns and pronouns in the text) does not clash, role nouns ("the foreign minister", "the
   NATO chief") to the person whose role matches, and organisations or capitals ("the Kremlin",
   "Moscow") to the body they stand for.

``docs/quote-attribution.md`` gives the precision and recall of these rules on PolNeAR.

Running text (body segments) is searched with all the rules, and the article's own headline only for
the statement it attributes ("Lavrov warns: …", "…: Russia’s Lavrov"); captions, the outlet's
commentary and boilerplate are never anyone's quote.
"""

from __future__ import annotations

import bisect
import itertools
import re
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from framelens.resources import DATA_DIR, read_data_csv, sentence_openers, stopwords
from framelens.textunits import iter_tokens

QUOTE_KINDS = ("direct", "partial", "indirect", "fragment")
VERB_CLASSES = ("neutral", "stance")
VERB_FRAMES = ("clause", "that_clause", "object_clause", "infinitive", "infinitive_only", "object", "object_of",
               "complement", "topic", "according", "quote_only")
OFFICIALS_FILE = DATA_DIR / "officials.csv"
VERBS_FILE = DATA_DIR / "reporting_verbs.csv"
SPEECH_NOUNS_FILE = DATA_DIR / "speech_nouns.csv"
NOT_SPEECH_FILE = DATA_DIR / "not_speech_phrases.csv"
NOUN_LINKS = ("that", "to", "for", "about", "on", "of")
COUNTRIES_FILE = DATA_DIR / "countries.csv"

QUOTES_COLUMNS = {
    "article_id": "string", "file": "string", "outlet": "string", "quote_idx": "int32", "statement_idx": "int32",
    "kind": pd.CategoricalDtype(list(QUOTE_KINDS)), "text": "string", "start": "int64", "end": "int64",
    "sentence_idx": "Int32", "n_words": "int32", "quoted_text": "string",
    "speaker_mention": "string", "speaker_start": "Int64", "speaker_end": "Int64",
    "speaker": "string", "speaker_kind": "string", "speaker_role": "string", "speaker_country": "string",
    "speaker_affiliation": "string",
    "verb": "string", "verb_lemma": "string", "verb_class": pd.CategoricalDtype(list(VERB_CLASSES)),
    "verb_start": "Int64", "verb_end": "Int64", "is_floating": "bool", "is_speech": "bool", "method": "string",
}
SPEAKERS_COLUMNS = {
    "article_id": "string", "outlet": "string", "speaker": "string", "speaker_kind": "string",
    "speaker_role": "string", "speaker_country": "string", "speaker_affiliation": "string",
    "n_quotes": "int32", "n_statements": "int32", "n_words": "int32", "n_direct": "int32", "n_partial": "int32",
    "n_indirect": "int32", "kinds": "string", "first_start": "int64",
}

_BODY_KINDS = frozenset({"body"})
_OPEN_DOUBLE, _CLOSE_DOUBLE = "“„«", "”»"
_CLOSING_MARKS = frozenset({"”", "’", "\"", "'", "''", "»"})
# Two apostrophes or backticks stand for a double quotation mark in some newswire texts (''Yes,'' he said).
_DOUBLE_MARKS = re.compile("''|``|[“”„«»\"]")
_SINGLE_MARKS = re.compile("[‘’']")
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "organisation",
             "they": "group", "them": "group"}
_SKIP_BEFORE_VERB = frozenset("""
    has have had is are am was were be been being also then later again further repeatedly recently previously earlier
    reportedly once publicly privately openly strongly clearly explicitly flatly already just would will could may
    might can did does do not never first initially particularly specifically personally directly separately
    subsequently since ever yet still now today yesterday tonight often always even only simply bluntly angrily ’s 's
    all both itself himself herself themselves however here there ’re 're ’ve 've ’ll 'll ’d 'd
    sharply firmly calmly quickly immediately formally officially categorically emphatically confidently long
    n't n’t should must shall wo ca nevertheless nonetheless meanwhile instead seldom
    """.split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_TIME_WORDS = _WEEKDAYS | _MONTHS | frozenset("week month year morning afternoon evening night weekend".split())
_TIME_PREPOSITIONS = frozenset("on in last this earlier early late next".split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DURATIONS = frozenset("days weeks months years decades".split())
_TIME_ADJUNCT_WORDS = _TIME_WORDS | _TIME_PREPOSITIONS | {"day"}  # "on Monday", "last week", "next day"
_SKIP_AFTER_VERB = frozenset("also again repeatedly earlier later recently publicly previously further then once "
                             "today yesterday just".split())
_SUBORDINATORS = frozenset("while although though whereas as since because if when after before once".split())
_NOT_CLAUSE = frozenset("""in on at during with after before to for from about of by as into through over
    under at while since until via among amid without within against across toward towards despite upon""".split()
               ) | frozenset({".", ",", ";", ":", ")", "(", "!", "?"})
_NAMING_CUES = re.compile(r"(?:so-called|so called|such as|known as|dubbed|termed|labelled|labeled|nicknamed|named|"
                          r"the term|the word|the phrase|words?|phrases?|slogans?|titled|entitled|headlined|headline|"
                          r"See|see|(?<!\bin )(?:Latin|French|Spanish|German|Italian|Greek|Arabic|Russian|Hebrew|Chinese|"
                          r"Japanese|Yiddish|Persian|Hindi|Korean) for|translates as|translated as)\s*[,:]?\s*$",
                          re.IGNORECASE)  # ("Latin for “if you wish peace, prepare for war”", not "thanked them in Arabic for")
_NAMED_LIST = re.compile(r"(?:so-called|so called|such as|known as|dubbed|named|titled|entitled)\s*[,:]?\s*"
                         r"[“\"‘][^“”\"]{1,40}[”\"’]\s*(?:,|and|or)\s*$", re.IGNORECASE)  # such as “quartet” and “trio”
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w. ]+)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*")
_NAME_PARTICLES = frozenset("von der van de del della da di du la le al bin ibn".split())
_NAME_CONNECTORS = frozenset({"of", "for", "the"}) | _NAME_PARTICLES
_ROLE_WORDS = frozenset("""
    spokesman spokeswoman spokesperson minister foreign defense defence deputy chief head policy secretary general
    president former top senior prime vice press envoy ambassador official officials leader commander adviser
    advisor aide diplomat director chairman chairwoman chair member representative negotiator lawmaker senator
    governor mayor analyst expert military national security state interior justice finance health economy
    economic affairs first assistant acting spokespeople officer executive ceo founder general-secretary
    secretary-general premier chancellor king queen prince emperor minister's ministry's campaign candidate
    presidential congressman congresswoman legislator judge attorney prosecutor sheriff commissioner senate majority
    minority speaker whip republican democratic democrat gop white house party committee moderator co-moderator host
    anchor reporter correspondent columnist editor economist professor strategist pollster consultant lawyer
    journalist
    """.split())
_ROLE_HEADS = frozenset("""
    spokesman spokeswoman spokesperson minister chief head secretary president envoy ambassador official leader
    commander adviser advisor aide diplomat director chairman chairwoman chair representative negotiator lawmaker
    senator governor mayor analyst expert premier chancellor officer executive candidate congressman
    congresswoman legislator judge attorney prosecutor sheriff commissioner moderator host anchor reporter
    correspondent columnist editor economist professor strategist pollster consultant lawyer journalist
    """.split())
_GOVERNORS = frozenset("of to with by for from at about against on in into than between among like "
                       "around across throughout ’s 's".split())
_PLURAL_OR_INDEFINITE = frozenset("a an some many several other two three four few most all various".split())
_RUN_ON_WORDS = frozenset("if unless because when whenever before after until that which there".split())
# ("“Many would consider that an embarrassment” if she didn't win by more, said …": the sentence runs on)
_GENERIC_ROLE = frozenset("official officials top senior former the a an".split())
_ROLE_SYNONYMS = {
    "defence": {"defense"}, "spokeswoman": {"spokesman"}, "spokesperson": {"spokesman"},
    "diplomat": {"foreign", "minister", "ambassador", "envoy"},
    "chief": {"head", "secretary", "general", "leader", "president", "chairman", "director"},
    "head": {"chief", "secretary", "general", "leader", "president", "chairman", "director"},
    "leader": {"chief", "head", "president", "premier", "chancellor"},
    "boss": {"chief", "head", "secretary", "general", "director"},
    "premier": {"prime", "minister"},
}
_SURNAMES_THAT_ARE_MONTHS = frozenset("may june april august".split())
_TIME_MODIFIERS = frozenset("early late mid next last since until by in on this that each every".split())
_FIRM_WORDS = frozenset("""research analytics consulting partners associates capital securities holdings technologies
    systems""".split())  # the last word of a firm's name, which is an organisation
_NON_PERSON = frozenset("""
    ministry council union organization organisation republic states kingdom federation house office department
    agency news times post journal press tv party army forces force bank group committee commission parliament
    congress senate court assembly summit university institute foundation corporation inc company association
    alliance treaty region sea ocean city street square capitol day war cup fund service services guard navy
    police media network agreement pact program programme project plan partnership initiative act bill law avenue
    airport station church hall center centre hospital school college museum club league board authority
    convention conference caucus primary debate
    administration government federal national international global european western eastern northern southern
    central security defense defence foreign affairs cooperation europe asia africa america pacific atlantic
    reuters bloomberg tass sputnik ria interfax cnn bbc fox msnbc twitter facebook telegram youtube google
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december god studies laboratory labs
    """.split()) | _FIRM_WORDS


# --------------------------------------------------------------------------- data files

@dataclass(frozen=True)
class Verb:
    lemma: str
    cls: str
    frame: str


@lru_cache(maxsize=4)
def load_reporting_verbs(path: str | None = None) -> tuple[dict[str, Verb], re.Pattern]:
    """The reporting verbs: each written form mapped to its lemma, class and complement frame.

    Regular forms (-s, -ed, -ing) are made from the lemma where the ``forms`` cell is empty.

    Returns: (form -> Verb, one regex matching any form as whole words).
    Raises: ``ValueError`` naming the file and row of an unknown class or frame.
    """
    file = Path(path) if path else VERBS_FILE
    table = read_data_csv(file, ["lemma", "forms", "class", "frame"])
    forms: dict[str, Verb] = {}
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        if row._2 not in VERB_CLASSES:
            raise ValueError(f"{file}, row {row_no}: class {row._2!r} must be one of {', '.join(VERB_CLASSES)}")
        if row.frame not in VERB_FRAMES:
            raise ValueError(f"{file}, row {row_no}: frame {row.frame!r} must be one of {', '.join(VERB_FRAMES)}")
        lemma = row.lemma.strip()
        if not lemma:
            raise ValueError(f"{file}, row {row_no}: the lemma is empty")
        written = [f.strip() for f in row.forms.split("|") if f.strip()] or _regular_forms(lemma)
        for form in written:
            forms[form.lower()] = Verb(lemma, row._2, row.frame)
    return forms, re.compile(rf"(?<![\w’'-])(?:{trie_source(forms)})(?![\w’'-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_not_speech_phrases(path: str | None = None) -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """The words after a reporting verb that make it no speech ("called off the deal", "begs the
    question", "answered her door"), per lemma: each phrase a tuple of word positions, each position
    the set of words that may stand there (written "the|her door|phone").

    Raises: ``ValueError`` naming the file and row of a lemma the verbs table lacks or of empty words.
    """
    file = Path(path) if path else NOT_SPEECH_FILE
    table = read_data_csv(file, ["lemma", "words"])
    lemmas = {v.lemma for v in load_reporting_verbs()[0].values()}
    phrases: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        lemma = row.lemma.strip()
        if lemma not in lemmas:
            raise ValueError(f"{file}, row {row_no}: lemma {lemma!r} is not in {VERBS_FILE.name}")
        words = tuple(frozenset(w.lower() for w in slot.split("|") if w) for slot in row.words.split())
        if not words or not all(words):
            raise ValueError(f"{file}, row {row_no}: the words are empty")
        phrases.setdefault(lemma, []).append(words)
    return {lemma: tuple(p) for lemma, p in phrases.items()}


def _not_speech_phrase(lemma: str, after: list[Tok]) -> bool:
    """Whether the words ``after`` a form of ``lemma`` start a phrase of ``not_speech_phrases.csv``."""
    return any(len(after) >= len(phrase) and all(after[k].lower in slot for k, slot in enumerate(phrase))
               for phrase in load_not_speech_phrases().get(lemma, ()))


@dataclass(frozen=True)
class SpeechNoun:
    noun: str
    verb: Verb                 # the reporting verb it stands for: its lemma and class
    links: frozenset[str]      # the words that introduce what is said: "that", "to", "for", "about", "on"
    owned: bool                # speech only when the text says whose it is ("the group's appeals for …")


@lru_cache(maxsize=4)
def load_speech_nouns(path: str | None = None) -> tuple[dict[str, SpeechNoun], re.Pattern]:
    """The nouns of speech ("his claim that …", "Trump's call for …"): each written form mapped to its
    noun, the reporting verb it stands for and the words that may introduce what is said.

    Returns: (form -> SpeechNoun, one regex matching a form followed by one of ``NOUN_LINKS``).
    Raises: ``ValueError`` naming the file and row of a verb the verbs table lacks, an unknown link or owner.
    """
    file = Path(path) if path else SPEECH_NOUNS_FILE
    table = read_data_csv(file, ["noun", "forms", "verb", "links", "owner"])
    verbs = {v.lemma: v for v in load_reporting_verbs()[0].values()}
    nouns: dict[str, SpeechNoun] = {}
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        noun, verb = row.noun.strip(), verbs.get(row.verb.strip())
        if not noun:
            raise ValueError(f"{file}, row {row_no}: the noun is empty")
        if verb is None:
            raise ValueError(f"{file}, row {row_no}: verb {row.verb!r} is not in {VERBS_FILE.name}")
        links = frozenset(w.strip().lower() for w in row.links.split("|") if w.strip())
        if not links or not links <= set(NOUN_LINKS):
            raise ValueError(f"{file}, row {row_no}: links {row.links!r} must be some of {', '.join(NOUN_LINKS)}")
        if row.owner.strip() not in ("any", "required"):
            raise ValueError(f"{file}, row {row_no}: owner {row.owner!r} must be any or required")
        for form in [f.strip().lower() for f in row.forms.split("|") if f.strip()] or [noun.lower()]:
            nouns[form] = SpeechNoun(noun, verb, links, row.owner.strip() == "required")
    return nouns, re.compile(rf"(?<![\w’'-])({trie_source(nouns)})\s+({'|'.join(NOUN_LINKS)})(?![\w’'-])",
                             re.IGNORECASE)


_NOUN_COMPOUNDS = frozenset({("grand", "slam"), ("grand", "slams"), ("treasury", "note"), ("treasury", "notes"),
                             ("precincts", "reporting"), ("post-traumatic", "stress")})
# ("the first grand slam", "with 99 percent of precincts reporting": a count, "post-traumatic stress disorder")
_BE_FORMS = frozenset("is was are were be been being ’s 's".split())
_NOUN_AFTER_TO = frozenset({"state", "swear"})  # "wrote to state officials", "to swear in the cabinet"


@lru_cache(maxsize=1)
def _bare_infinitives() -> tuple[dict[str, Verb], re.Pattern, re.Pattern]:
    """The base forms the verbs table leaves out because they are also nouns ("a mock trial", "the
    blame", "a highlight"), read as verbs only after "to" or a modal: "to mock", "will highlight",
    "didn't rebut". Returns (base form -> Verb, one regex matching any form of the table or any of these
    base forms as whole words, a regex that the text before a base form must match at its end)."""
    forms, _ = load_reporting_verbs()
    with_particle = {verb.lemma for form, verb in forms.items() if " " in form}  # "apologize for": the table's
    bases = {verb.lemma: verb for verb in forms.values()  # forms hold the particle
             if " " not in verb.lemma and verb.lemma not in forms and verb.lemma not in with_particle
             and verb.frame != "quote_only" and verb.lemma not in _NOUN_AFTER_TO}
    every = re.compile(rf"(?<![\w’'-])(?:{trie_source([*forms, *bases])})(?![\w’'-])", re.IGNORECASE)
    slot = re.compile(r"(?<![\w’'-])(?:to|will|would|can|could|should|must|may|might|did|does|do|"
                      r"(?:won|can|didn|doesn|don|wouldn|couldn|shouldn)[’']t)(?:\s+not|\s+never)?\s+\Z",
                      re.IGNORECASE)  # (not "is not praise but results": "not" alone does not make a verb)
    return bases, every, slot


def _after_plural_speakers(art: _Article, vs: int, ve: int, lo: int) -> bool:
    """Whether the base form at ``vs`` is the present tense of a plural subject of people right before
    it, past adverbs, with an object that opens with a determiner, a possessive or a capital ("A number
    of members of Congress echo her concerns", "Local farmers still praise his refusal …")."""
    s_lo = art.sentence_span(vs)[0]
    if art.text[max(lo, s_lo - 3):s_lo].rstrip()[-1:] in _CLOSING_MARKS:
        return False  # '… this wall!" Conservatives still praise his refusal …': not the quotation's attribution
    before = art.toks(max(lo, vs - 40, s_lo), vs)
    while before and (before[-1].lower in ("still", "also", "often", "now", "even", "both", "all")
                      or _adverb_form(before[-1].lower) and before[-1].text.islower()):
        before.pop()
    after = art.toks(ve, ve + 20)[:1]
    if not before or not after or not (after[0].lower in _DETERMINERS or after[0].lower in _POSSESSIVE_PRONOUNS
                                       or after[0].is_cap):
        return False
    of = next((k for k in range(len(before) - 2, max(-1, len(before) - 5), -1) if before[k].lower == "of"), None)
    if of is not None and of > 0 and all(t.is_cap or t.lower == "the" for t in before[of + 1:]):
        before = before[:of]  # "members of Congress", "leaders of the Senate"
    head = before[-1].lower
    return (head.endswith("s") and _is_people_word(head)) or head in _IRREGULAR_PLURALS


def trie_source(words: Iterable[str]) -> str:
    """A regex source matching any of ``words`` (a space matches any run of white space), factored
    as a trie: "say|says|saying" becomes "say(?:ing|s)?".

    Where several words match at one position the longest that lets the rest of the pattern match
    wins, as with the plain alternation longest first; but each position costs one step per
    character instead of one try per word (~3x faster for the reporting verbs).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def source(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + source(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return source(trie)


def _regular_forms(lemma: str) -> list[str]:
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma  # agree -> agreeing
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    return [lemma, third, past, stem + "ing"]


@dataclass
class Official:
    canonical: str
    kind: str
    role: str
    country: str
    affiliation: str


@lru_cache(maxsize=4)
def load_officials(path: str | None = None) -> tuple[dict[str, Official], re.Pattern]:
    """The officials file: every alias (and canonical name) mapped to its official.

    Returns: (alias -> Official, a regex matching any alias as whole words, longest first).
    Raises: ``ValueError`` naming the file and row of an empty name or unknown kind, or an alias
        given to two different officials.
    """
    file = Path(path) if path else OFFICIALS_FILE
    table = read_data_csv(file, ["canonical", "aliases", "role", "country", "affiliation", "kind"])
    aliases: dict[str, Official] = {}
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        if not row.canonical.strip():
            raise ValueError(f"{file}, row {row_no}: the canonical name is empty")
        if row.kind not in ("person", "organisation"):
            raise ValueError(f"{file}, row {row_no}: kind {row.kind!r} must be 'person' or 'organisation'")
        official = Official(row.canonical.strip(), row.kind, row.role.strip(), row.country.strip(),
                            row.affiliation.strip())
        for alias in [row.canonical, *row.aliases.split("|")]:
            alias = _fold(alias.strip())
            if not alias:
                continue
            if alias in aliases and aliases[alias].canonical != official.canonical:
                raise ValueError(f"{file}, row {row_no}: alias {alias!r} already belongs to "
                                 f"{aliases[alias].canonical}")
            aliases[alias] = official
    alternatives = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return aliases, re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w-])")


@lru_cache(maxsize=4)
def load_countries(path: str | None = None) -> dict[str, str]:
    """Country names, demonyms and capitals (lower case) mapped to the country."""
    file = Path(path) if path else COUNTRIES_FILE
    table = read_data_csv(file, ["country", "aliases"])
    out = {}
    for row in table.itertuples(index=False):
        for name in [row.country, *row.aliases.split("|")]:
            if name.strip():
                out[name.strip().lower()] = row.country.strip()
    return out


def _fold(text: str) -> str:
    """Apostrophes and quotes unified, for matching only."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


# --------------------------------------------------------------------------- quotation marks

@dataclass
class Piece:
    """The quoted text of one quotation in one paragraph: ``text[start:end]``, with the offsets of
    its opening mark and of the last character of its closing mark (None where there is none)."""
    start: int
    end: int
    open_mark: int | None
    close_mark: int | None
    paragraph: int
    group: int


def _mark_len(text: str, i: int) -> int:
    return 2 if text.startswith(("''", "``"), i) else 1


def _is_opening(text: str, i: int, lo: int, hi: int) -> bool | None:
    ch = text[i]
    if ch == "“" and i > lo and text[i - 1] in ",.!?" and (i + 1 >= hi or text[i + 1].isspace()):
        return False  # “…,“ said Jim Clyburn: a typo for the closing mark
    if ch in _OPEN_DOUBLE or text.startswith("``", i):
        return True
    if ch in _CLOSE_DOUBLE:
        return False
    n = _mark_len(text, i)
    before = text[i - 1] if i > lo else " "
    after = text[i + n] if i + n < hi else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return True
    if not before.isspace():
        return False
    return None


def _single_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans between single quotation marks used as primary marks; apostrophes (NATO’s) are skipped."""
    spans, open_at = [], None
    for m in _SINGLE_MARKS.finditer(text, lo, hi):
        i = m.start()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if before.isalnum() and after.isalnum():
            continue
        if open_at is None and (before.isspace() or before in "([—–-") and (after.isalnum() or after in "“\""):
            open_at = i
        elif open_at is not None and not before.isspace() and not (after.isalnum()):
            if before in "sS" and after == " " and text[open_at + 1:i].count(" ") > 12:
                continue  # a plural possessive (the Russians’ …) inside a long quotation
            spans.append((open_at, i))
            open_at = None
    return spans


_STRAY_SPACE_CLOSE = re.compile(r"[,.!?]['’]?\s\Z")


def quote_pieces(text: str, paragraphs: list[tuple[int, int]]) -> list[Piece]:
    """Pair the quotation marks of consecutive running-text paragraphs into quoted pieces.

    Parameters: ``text`` -- the raw text; ``paragraphs`` -- (start, end) of each running-text
        paragraph in text order.
    Returns: one Piece per quotation per paragraph; pieces of a quotation that runs over several
        paragraphs share ``group``. An odd number of marks never raises: a stray closing mark is
        ignored and an opening mark never closed ends at its paragraph's end.
    """
    marks = []
    for p, (lo, hi) in enumerate(paragraphs):
        row = []
        doubles = list(_DOUBLE_MARKS.finditer(text, lo, hi))
        if doubles:
            for m in doubles:
                opening = _is_opening(text, m.start(), lo, hi)
                if opening is None and _STRAY_SPACE_CLOSE.search(text, max(lo, m.start() - 3), m.start()):
                    opening = False  # “…, " said Mr. Gunnels: a closing mark set off by a stray space (or the
                    # space between two closing marks: "… 'a flight to quality,' " he said.)
                if opening is not None:
                    row.append((m.start(), opening))
        else:
            for a, b in _single_spans(text, lo, hi):
                row.extend([(a, True), (b, False)])
        marks.append(row)

    pieces: list[Piece] = []
    group = 0
    carry = False  # the previous paragraph ended inside a quotation, which goes on here

    def add(open_at: int, end: int, close_mark: int | None, p: int, lo: int) -> None:
        start = lo if open_at < lo else open_at + _mark_len(text, open_at)
        pieces.append(Piece(start, _rstrip(text, start, end), None if open_at < lo else open_at, close_mark,
                            p, group))

    for p, (lo, hi) in enumerate(paragraphs):
        row = marks[p]
        open_at: int | None = None  # the opening mark, or lo - 1 for a quotation continued without one
        if carry:
            if row and row[0][1] and not text[lo:row[0][0]].strip():
                open_at, row = row[0][0], row[1:]  # the repeated opening mark of a continued quotation
            elif not row or not row[0][1]:
                open_at = lo - 1
            else:
                group += 1
        k = 0
        while k < len(row):
            pos, opening = row[k]
            k += 1
            if opening and open_at is not None and open_at >= lo and text[open_at] == text[pos] == "“" \
                    and [(text[c], o) for c, o in row[k:k + 2]] == [("”", False), ("”", False)]:
                k += 1  # “… wearing “Settle For Hillary” shirts …”: a quotation nested in marks of the same kind,
                continue  # inside the one still open, which the second closing mark closes
            if opening:
                if open_at is not None:  # a second opening mark: the first quotation ends there
                    add(open_at, pos, None, p, lo)
                group += 1
                open_at = pos
            elif open_at is not None:
                add(open_at, pos, pos + _mark_len(text, pos) - 1, p, lo)
                open_at = None
        carry = open_at is not None and _continues(text, paragraphs, marks, p)
        if open_at is not None:
            add(open_at, hi, None, p, lo)
        if not carry:
            group += 1
    return [pc for pc in pieces if pc.end > pc.start]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _continues(text: str, paragraphs, marks, p: int) -> bool:
    """A quotation left open at the end of paragraph p goes on if the next paragraph opens again,
    or a paragraph among the next few closes it before opening anything."""
    for q in range(p + 1, min(p + 6, len(paragraphs))):
        lo = paragraphs[q][0]
        row = marks[q]
        if not row:
            continue
        first_pos, first_open = row[0]
        if q == p + 1 and first_open and not text[lo:first_pos].strip():
            return True
        return not first_open
    return False


# --------------------------------------------------------------------------- tokens and mentions

@dataclass
class Tok:
    start: int
    end: int
    text: str

    lower: str = field(init=False, repr=False)  # the folded lower-case text, set once: rules ask for it often

    def __post_init__(self) -> None:
        self.lower = _fold(self.text).lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Entity:
    canonical: str
    kind: str                      # person, organisation, group
    role: str = ""
    country: str = ""
    affiliation: str = ""
    role_words: set[str] = field(default_factory=set)
    surname: str = ""
    gender: str = ""               # "m", "f" or "" (unknown), from titles, roles and the pronouns that follow


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str                      # name, pronoun, role, relative, np, names ("A, B and C"), interview ("Q", "A")
    entity: Entity | None = None
    subject: bool = False          # first person named in its sentence, or a speaker
    quoted: bool = False           # inside quotation marks
    surface: "Mention | None" = None  # the relative "who" that stands for this noun phrase as a speaker


@dataclass
class Attribution:
    verb_start: int
    verb_end: int
    verb: str
    info: Verb
    speaker: Mention | None
    speaker_after: bool            # inverted: "said Lavrov", "according to Reznikov"
    sentence: int
    used: bool = False
    in_relative: bool = False      # in a relative clause set off by commas: "Clinton, who said …, will"
    question: bool = False         # a question put to someone: "Asked whether …", "he was asked if …"
    patient: Mention | None = None  # the subject of a passive, what is said: "The meeting was reported by …"
    impersonal: bool = False       # "it was reported that …": said, by no one named


class _Article:
    """Everything the rules need to know about one article's running text."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                 headline: list[tuple[int, int]], outlet: str):
        self.text = text
        self.paragraphs = paragraphs
        self.paragraph_starts = [lo for lo, _ in paragraphs]
        self.inside: list[tuple[int, int]] = []  # the quotation spans, set once the marks are paired
        self.inside_starts: list[int] = []
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.outlet_words = set(outlet.lower().split()) if outlet else set()
        self.tokens = [Tok(*token) for lo, hi in [*headline, *paragraphs] for token in iter_tokens(text, lo, hi)]
        self.tokens.sort(key=lambda t: t.start)
        self.token_starts = [t.start for t in self.tokens]
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.interview = False  # the article is a question-and-answer interview ("Q:" and "A:" lines)
        self.interviewee: Entity | None = None  # the person it interviews, when its headline or lead names one
        self._mention_starts: list[int] = []

    def _starts(self) -> list[int]:
        """The start of every mention, in order; mentions are only ever added, so the list is rebuilt
        when their number changed."""
        if len(self._mention_starts) != len(self.mentions):
            self._mention_starts = [m.start for m in self.mentions]
        return self._mention_starts

    def mentions_from(self, pos: int) -> Iterable[Mention]:
        """The mentions that start at or after ``pos``, in text order."""
        return itertools.islice(self.mentions, bisect.bisect_left(self._starts(), pos), None)

    def mentions_back_from(self, pos: int) -> Iterable[Mention]:
        """The mentions that start at or before ``pos``, last first."""
        k = bisect.bisect_right(self._starts(), pos)
        return (self.mentions[i] for i in range(k - 1, -1, -1))

    def named_at(self, pos: int, kind: str) -> Mention | None:
        """The mention of an entity of ``kind`` ("person", "organisation") that starts exactly at ``pos``, if any."""
        for m in self.mentions_from(pos):
            if m.start > pos:
                return None
            if m.entity is not None and m.entity.kind == kind:
                return m
        return None

    def person_at(self, pos: int) -> Mention | None:
        """The mention of a person that starts exactly at ``pos``, if any."""
        return self.named_at(pos, "person")

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of(pos)] if self.sentences else (0, len(self.text))

    def sentence_in_paragraph(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos`` cut to the paragraph around it (the splitter's sentences may
        run over a paragraph break, and a heading has none of its own)."""
        s_lo, s_hi = self.sentence_span(pos)
        p_lo, p_hi = self.paragraph_span(pos)
        return max(s_lo, p_lo), min(s_hi, p_hi)

    def paragraph_span(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.paragraph_starts, pos) - 1
        if k >= 0 and self.paragraphs[k][0] <= pos <= self.paragraphs[k][1]:
            return self.paragraphs[k]
        return self.sentence_span(pos)

    def last_quote(self, pos: int, inclusive: bool = False) -> tuple[int, int] | None:
        """The last quotation span (opening mark, end) that closes before ``pos`` (or at it, ``inclusive``)."""
        k = bisect.bisect_left(self.inside_starts, pos) - 1
        while k >= 0 and (self.inside[k][1] > pos or (self.inside[k][1] == pos and not inclusive)):
            k -= 1
        return self.inside[k] if k >= 0 else None

    def last_close(self, pos: int, inclusive: bool = False) -> int | None:
        """The end of the last quotation span that closes before ``pos`` (or at it, ``inclusive``)."""
        span = self.last_quote(pos, inclusive)
        return span[1] if span is not None else None

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation span (from its opening mark to its closing one)."""
        k = bisect.bisect_right(self.inside_starts, pos) - 1
        return k >= 0 and pos < self.inside[k][1]

    def next_open(self, pos: int) -> int | None:
        """The start of the first quotation span that opens after ``pos``."""
        k = bisect.bisect_right(self.inside_starts, pos)
        return self.inside_starts[k] if k < len(self.inside_starts) else None

    def tok_before(self, pos: int, lo: int = 0) -> Tok | None:
        """The last token that starts at or after ``lo`` and ends by ``pos``, or None."""
        i = bisect.bisect_left(self.token_starts, pos) - 1
        while i >= 0 and self.tokens[i].end > pos:
            i -= 1
        return self.tokens[i] if i >= 0 and self.token_starts[i] >= lo else None

    def toks(self, lo: int, hi: int) -> list[Tok]:
        i = bisect.bisect_left(self.token_starts, lo)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= hi:
            out.append(self.tokens[i])
            i += 1
        return out


_OPENERS = None


# nouns in the stop-word list: "the new bill" ends a noun phrase
_STOPWORD_NOUNS = frozenset("amount bill bottom detail front interest mill part side system top".split())


@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    """The shipped stop-word list, read once."""
    return stopwords()


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """The stop-word list without its nouns: the function words a noun phrase does not end in."""
    return _all_stopwords() - _STOPWORD_NOUNS


def _openers() -> frozenset[str]:
    global _OPENERS
    if _OPENERS is None:
        _OPENERS = sentence_openers() | frozenset({"according", "speaking", "commenting", "asked", "when", "like",
                                                   "unlike", "another", "despite", "noting", "citing", "both"})
    return _OPENERS


def _name_runs(art: _Article) -> list[list[Tok]]:
    """Maximal runs of capitalised words (with inner particles such as "von der") in the text."""
    runs, run = [], []
    tokens = art.tokens
    starts, sentence, last_sentence = art.sentence_starts, 0, -1  # the sentence of each token, walked once
    for i, tok in enumerate(tokens):
        while sentence + 1 < len(starts) and starts[sentence + 1] <= tok.start:
            sentence += 1
        new_sentence, last_sentence = sentence != last_sentence, sentence
        word = tok.text
        gap = art.text[run[-1].end:tok.start] if run else ""
        gap_ok = not gap.strip() and "\n" not in gap
        upper = word[:1].isupper() and word[:1].isalpha()
        starts_sentence = upper and (i == 0 or tokens[i - 1].text in ".!?:;“”\"‘" or new_sentence)
        capital = upper and not (starts_sentence and word.lower() in _openers()) \
            and not (starts_sentence and _opens_inverted(art, word, tok.end))
        if capital and word.lower() in _openers() and word.lower() in {"the"}:
            capital = False
        j = i + 1  # "von der Leyen": particles may follow each other before the capitalised name
        while j < len(tokens) and j - i < 3 and tokens[j].text.lower() in _NAME_PARTICLES:
            j += 1
        connector = bool(run) and word.lower() in _NAME_CONNECTORS and j < len(tokens) \
            and tokens[j].is_cap and tokens[j].text.lower() not in _openers()
        if word == "." and run and (run[-1].lower + "." in _TITLES or len(run[-1].text) == 1) \
                and i + 1 < len(tokens) and (tokens[i + 1].is_cap or tokens[i + 1].text.lower() in _NAME_PARTICLES
                                             and i + 2 < len(tokens) and tokens[i + 2].is_cap):
            connector = True  # "Sen. Amy Klobuchar", "G. K. Butterfield", "Mr. de Vos"
        if (capital or connector) and gap_ok:
            run.append(tok)
            continue
        if run:
            runs.append(run)
        run = [tok] if capital else []
    if run:
        runs.append(run)
    for r in runs:
        while r and r[-1].text.lower() in _NAME_CONNECTORS:
            r.pop()
    return [r for r in runs if r]


def _text_of(art: _Article, toks: list[Tok]) -> str:
    return art.text[toks[0].start:toks[-1].end]


@lru_cache(maxsize=1)
def _country_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """Each country word as a whole-word regex (case-insensitive beyond three letters), longest first."""
    countries = load_countries()
    return tuple((re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])", re.IGNORECASE if len(name) > 3 else 0),
                  countries[name]) for name in sorted(countries, key=len, reverse=True))


def _country_of(words: str) -> str:
    folded = _fold(words)
    for pattern, country in _country_patterns():
        if pattern.search(folded):
            return country
    return ""


def _role_words(role: str) -> set[str]:
    words = {w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", _fold(role))}
    words = {w[:-2] if w.endswith("'s") else w for w in words}
    expanded = set(words)
    for w in words:
        expanded |= _ROLE_SYNONYMS.get(w, set())
        country = load_countries().get(w)
        if country:
            expanded.add(country.lower())
    return expanded - {"the", "a", "an", "of", "for", "and"}


def _register(art: _Article, name: str, kind: str, role: str = "", official: Official | None = None) -> Entity:
    if official is not None:
        entity = art.entities.get(official.canonical)
        if entity is None:
            entity = Entity(official.canonical, official.kind, official.role, official.country, official.affiliation,
                            surname=official.canonical.split()[-1] if official.kind == "person" else "")
            entity.role_words = _role_words(" ".join([official.role, official.affiliation, official.country]))
            art.entities[official.canonical] = entity
        if role:
            entity.role_words |= _role_words(role)
        return entity
    entity = art.entities.get(name)
    if entity is None:
        entity = Entity(name, kind, surname=name.split()[-1] if kind == "person" else "")
        art.entities[name] = entity
    if role:
        entity.role = entity.role or role
        entity.role_words |= _role_words(role)
        entity.country = entity.country or _country_of(role)
    return entity


def _official_in(run_text: str) -> tuple[Official, int, int] | None:
    aliases, pattern = load_officials()
    folded = _fold(run_text)
    best = None
    for m in pattern.finditer(folded):
        if best is None or m.end() - m.start() > best[2] - best[1]:
            best = (aliases[m.group()], m.start(), m.end())
    return best


def _title_split(toks: list[Tok]) -> int:
    """Index of the first token after a leading title (Foreign Minister, Sen., NATO Secretary General)."""
    i = 0
    while i < len(toks) - 1 and (toks[i].lower.rstrip(".") in _ROLE_WORDS or toks[i].lower in _TITLES
                                 or toks[i].text == "."
                                 or toks[i].text.isupper() or toks[i].lower in _NAME_CONNECTORS
                                 or toks[i].lower in load_countries()):
        i += 1
    if len(toks) > 2:  # "Cleveland Police Chief Calvin Williams", "Former Arkansas Gov. Mike Huckabee": a place
        last_role = max((k for k, t in enumerate(toks[:-1]) if t.lower.rstrip(".") in _ROLE_HEADS
                         or t.lower in _TITLES), default=-1)
        if last_role + 1 < len(toks) and toks[last_role + 1].text == ".":
            last_role += 1
        if last_role >= i and 1 <= len(toks) - last_role - 1 <= 4:
            return last_role + 1
    return i


_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. col col. lt lt. capt capt. del. "
                    "adm adm. sgt sgt. prof prof. rev rev. st. pope sir lord lady dame sheikh".split())
# (only "del." with its period, a delegate's title: "del" alone is part of names such as "Guillermo del Toro")


def _role_prefix(art: _Article, run: list[Tok]) -> tuple[int, str]:
    """Lower-case role words and organisations just before a name ("Kremlin spokesman", "EU foreign policy chief")."""
    i = bisect.bisect_left(art.token_starts, run[0].start) - 1
    start = run[0].start
    words = []
    while i >= 0 and len(words) < 6:
        tok = art.tokens[i]
        if art.text[tok.end:start].strip() or "\n" in art.text[tok.end:start]:
            break
        if tok.lower in _ROLE_WORDS or tok.lower in ("’s", "'s") or (tok.is_cap and tok.lower not in _openers()):
            words.append(tok)
            start = tok.start
            i -= 1
            continue
        break
    while words and words[-1].lower in ("’s", "'s"):
        words.pop()
    if not words or not any(w.lower in _ROLE_WORDS for w in words):
        return run[0].start, ""
    first = words[-1]
    return first.start, art.text[first.start:run[0].start].strip()


def _appositive(art: _Article, end: int) -> str:
    """The role given after a name between commas: "Sergey Lavrov, Russia’s foreign minister, said"."""
    m = re.match(r",\s*((?:the |a |an )?[^,;.“”\"]{3,80}?),", art.text[end:end + 90])
    if not m:
        return ""
    words = {w.lower() for w in re.findall(r"[\w-]+", m.group(1))}
    return m.group(1) if words & _ROLE_HEADS else ""


_FIRST_NAMES_THAT_ARE_WORDS = frozenset({"bill"})  # "Bill Clinton", "Bill Gates", not "the Farm Bill"


def find_names(art: _Article) -> None:
    """Register the people and organisations named in the article, in text order, as mentions."""
    for run in _name_runs(art):
        before = art.tok_before(run[0].start, max(0, run[0].start - 12))
        if len(run) >= 2 and run[0].lower in _TIME_WORDS and before is not None and before.lower in _TIME_PREPOSITIONS:
            run = run[1:]  # "In May Trump said …", "On Tuesday Clinton …": the date is not part of the name
        text = _text_of(art, run)
        found = _official_in(text)
        tail = [t for t in run if t.start >= run[0].start + found[2]] if found is not None and found[1] == 0 else []
        lead, whole = run[0].start, run  # where the mention starts, and the run it starts
        if len(tail) >= 2 and (tail[0].lower.rstrip(".") + "." in _TITLES or tail[0].lower in _ROLE_WORDS):
            run, text = tail, _text_of(art, tail)  # "U.S. Rep. Jason Chaffetz": the country qualifies the title, and
            found = _official_in(text)  # the name is found after it
        if found is not None and found[1] > 0:
            before = [t for t in run if t.end <= run[0].start + found[1]]
            if before and before[-1].is_cap and _title_split(before) == len(before) - 1 \
                    and before[-1].lower not in _TITLES and before[-1].lower.rstrip(".") not in _ROLE_WORDS \
                    and " " not in _fold(text)[found[1]:found[2]]:
                found = None  # "Melania Trump" is not Donald Trump: a first name before a surname alias
        if found is not None:
            official, a, b = found
            role_before = text[:a].strip()
            prefix_start, prefix = _role_prefix(art, whole) if a == 0 else (run[0].start, "")
            role = " ".join(x for x in (prefix, role_before, _appositive(art, run[0].start + b)) if x)
            entity = _register(art, official.canonical, official.kind, role, official)
            start = min(prefix_start, run[0].start, lead)
            art.mentions.append(Mention(start, run[0].start + b, art.text[start:run[0].start + b], "name", entity))
            continue
        cut = _title_split(run)
        name_toks = run[cut:]
        of = next((k for k, t in enumerate(name_toks) if t.lower == "of"), None)
        words_before = [t for t in name_toks[:of] if t.text != "."] if of is not None else []
        if of is not None and 2 <= len(words_before) <= 3 and all(t.is_cap for t in words_before) \
                and words_before[0].lower not in ("st", "saint", "fort", "mount", "port", "lake"):  # "St. John of God …"
            run, name_toks = run[:cut + of], name_toks[:of]  # "Lee Zeldin of New York", "John F. Kerry of
            # Massachusetts": the place is not the name
            text = _text_of(art, run)
        title = _text_of(art, run[:cut]) if cut else ""
        words = [t.lower.strip(".") for t in name_toks]
        surname_of = {e.surname: e for e in art.entities.values() if e.kind == "person" and e.surname}
        follow = art.toks(run[-1].end, run[-1].end + 8)[:1]
        if len(words) >= 2 and words[-1] in _SURNAMES_THAT_ARE_MONTHS and words[0] not in _NON_PERSON \
                and words[0] not in _TIME_MODIFIERS and not (follow and follow[0].lower in ("be", "have", "not")):
            words = words[:-1]  # "Theresa May", "Yin Myint May": a surname, not the month ("Early August" stays one)
        if len(name_toks) == 1 and name_toks[0].text in surname_of:
            entity = surname_of[name_toks[0].text]
        elif (2 <= len(name_toks) <= 4 or (title and len(name_toks) == 1)) and not set(
                words[1:] if len(words) >= 2 and words[0] in _FIRST_NAMES_THAT_ARE_WORDS else words) & _NON_PERSON \
                and not all(w in _ROLE_WORDS for w in [t.lower for t in run]) \
                and not any(t.text.isupper() and len(t.text) > 1 for t in name_toks) \
                and not any(w in load_countries() for w in words) and not (set(words) & art.outlet_words):
            prefix_start, prefix = _role_prefix(art, whole)
            role = " ".join(x for x in (prefix, title, _appositive(art, run[-1].end)) if x)
            entity = _register(art, _text_of(art, name_toks), "person", role)
        elif 2 <= len(run) <= 4 and run[-1].lower in _FIRM_WORDS:
            entity = _register(art, _text_of(art, run), "organisation")  # "Gartner Research", "TDG Research"
        else:
            continue
        art.mentions.append(Mention(lead, run[-1].end, art.text[lead:run[-1].end], "name", entity))
    _mark_subjects(art)
    _guess_genders(art)


_MALE = frozenset("""mr mr. spokesman chairman congressman businessman father husband son brother king prince
    sir""".split())
_FEMALE = frozenset("""mrs mrs. ms ms. miss spokeswoman chairwoman congresswoman businesswoman mother wife daughter
    sister queen princess lady madam""".split())


def _guess_genders(art: _Article) -> None:
    """Give each person a gender where the text shows one: a title or role word before or in the
    name ("Mr.", "spokeswoman") or, by majority, a subject pronoun within four words after a mention
    of them, before anyone else is named ("Clinton said she …"; not "praised her work")."""
    votes: dict[int, list[str]] = {}
    people = [m for m in art.mentions if m.entity is not None and m.entity.kind == "person"]
    for k, m in enumerate(people):
        s_hi = art.sentence_span(m.start)[1]
        stop = min(s_hi, people[k + 1].start if k + 1 < len(people) else s_hi)
        lead = [t.lower for t in art.toks(max(0, m.start - 20), m.start)[-2:]] + m.text.lower().split()
        words = set(lead) | set(re.findall(r"[\w.]+", m.entity.role.lower()))
        cue = "m" if words & _MALE else "f" if words & _FEMALE else ""
        if not cue:
            follow = next((t.lower for t in art.toks(m.end, stop)[:4] if t.lower in ("he", "she")), "")
            cue = {"he": "m", "she": "f"}.get(follow, "")
        if cue:
            votes.setdefault(id(m.entity), []).append(cue)
    for m in people:
        cues = votes.get(id(m.entity), [])
        if cues and not m.entity.gender:
            m.entity.gender = max(("m", "f"), key=cues.count) if cues.count("m") != cues.count("f") else ""


def _mark_subjects(art: _Article) -> None:
    """The first person named in a sentence is its likely subject, unless a preposition or a
    possessive governs the name ("the statements of Mark Rutte", "Putin’s initiative")."""
    seen: set[int] = set()
    for m in art.mentions:
        if m.entity is not None and m.entity.kind == "person":
            s = art.sentence_of(m.start)
            if s in seen:
                continue
            seen.add(s)
            i = bisect.bisect_left(art.token_starts, m.start) - 1
            before = art.tokens[i].lower if i >= 0 else ""
            after = art.toks(m.end, m.end + 3)
            m.subject = before not in _GOVERNORS and not (after and after[0].lower in ("’s", "'s"))


# --------------------------------------------------------------------------- speakers of reporting verbs

_DETERMINERS = frozenset("the a an this these those some many several his her its their other both all most few"
                         .split())


def _np_before(art: _Article, toks: list[Tok], longer: bool = True) -> Mention | None:
    """The noun phrase that ends the token list: a name, a pronoun, a role noun or a short noun phrase
    (or, with ``longer``, the longer subject that a short phrase after a preposition ends)."""
    if not toks:
        return None
    if len(toks) > 2 and toks[-1].text == "." and toks[-2].lower in ("jr", "sr"):
        toks = toks[:-2]  # "Joseph R. Biden Jr."
    elif len(toks) > 1 and toks[-1].lower in ("jr.", "sr.", "jr", "sr"):
        toks = toks[:-1]
    last = toks[-1]
    if last.lower in _PRONOUNS and last.lower not in ("him", "her", "them"):
        return Mention(last.start, last.end, last.text, "pronoun")
    if last.lower in ("who", "which"):
        return Mention(last.start, last.end, last.text, "relative")
    if last.lower in ("whom", "which") and len(toks) > 2 and toks[-2].lower == "of" \
            and toks[-3].lower in _QUANTIFIER_SUBJECTS | {"none", "half"}:
        # "…, many of whom say"
        return Mention(toks[-3].start, last.end, art.text[toks[-3].start:last.end], "relative")
    for m in art.mentions_back_from(last.end):
        if m.end == last.end:
            governed = [t for t in toks if t.end <= m.start][-3:]
            if longer and len(governed) >= 2 and governed[-1].lower in ("for", "to", "of") \
                    and _is_people_word(governed[-2].lower):
                k = next(k for k, t in enumerate(toks) if t is governed[-2])
                while k > 0 and (toks[k - 1].lower in _DETERMINERS | _SPEAKER_PREMODIFIERS or (
                        toks[k - 1].text.isalpha() and not toks[k - 1].is_cap
                        and toks[k - 1].lower not in _all_stopwords()
                        and _verb_of(toks[k - 1].text) is None)):
                    k -= 1  # "Several senior aides to Mr. Obama", "a spokesman for Jane Alder": the people or role
                if k == 0 or toks[k - 1].text in ",;:—–(" or toks[k - 1].lower in ("and", "but"):  # noun heads it
                    return Mention(toks[k].start, m.end, art.text[toks[k].start:m.end], "np")
            return m
        if m.end < last.start:
            break
    if _AGE.fullmatch(last.text) and len(toks) > 1 and toks[-2].lower in ("the", "a"):
        return Mention(toks[-2].start, last.end, art.text[toks[-2].start:last.end], "role")  # "the 46-year-old said"
    # a role noun or other short noun phrase, back to a boundary
    i = len(toks) - 1
    verbs = load_reporting_verbs()[0]
    while i >= 0 and (toks[i].text[:1].isalnum() or toks[i].lower in ("’s", "'s", "-")) \
            and (toks[i].lower not in verbs or toks[i].lower in _PLURAL_NOUN_FORMS or (toks[i].is_cap and i > 0)
                 or (i + 1 < len(toks) and ((toks[i].lower in _NOUN_LIKE_VERBS and toks[i + 1].lower in _COMPOUND_HEADS)
                                            or (toks[i].lower, toks[i + 1].lower) in _FORM_COMPOUNDS))) \
            and toks[i].lower not in ("and", "but", "while", "that", "which", "as", "because", "so", "when", "if",
                                     "although", "though", "after", "before", "since", "where", "whereas", "why", "how",
                                     "what", "whom") \
            and len(toks) - i <= 7:  # ("in what officials called a hate crime")
        if toks[i].lower in _DETERMINERS:
            i -= 1
            break
        i -= 1
    phrase = toks[i + 1:]
    if not phrase or len(phrase) > 6 or phrase[-1].lower in _SKIP_BEFORE_VERB or not phrase[-1].text[:1].isalpha() \
            or phrase[-1].lower in _NOT_CLAUSE or phrase[-1].lower in _stopwords() \
            or phrase[0].lower in _SUBJECT_PRONOUNS or (len(phrase) == 1 and phrase[0].lower.endswith("ing")):
        return None  # "She won praise", "having rejected": a clause, not a noun phrase
    if any(t.lower in _NOT_CLAUSE or t.lower in ("is", "are", "was", "were", "comes", "came") for t in phrase):
        return None
    if i >= 0 and toks[i].lower in _DETERMINERS:
        phrase = toks[i:]
        i -= 1
    if longer and i >= 0 and toks[i].lower in _GOVERNORS and toks[i].text[:1].isalpha():
        subject = _long_np_before(art, toks)  # "residents in the two districts said": a longer subject
        if subject is not None:
            return subject
    if longer and i >= 1 and toks[i].lower in ("and", "or") and all(t.is_cap for t in phrase):
        k = _place_list_start(toks, i)
        subject = _long_np_before(art, toks[:k + 1]) if k is not None else None
        before = art.tok_before(subject.start) if subject is not None else None
        if subject is not None and subject.start < toks[k - 1].start and not (
                before is not None and before.text == "," and subject.text.split()[0].lower() in ("a", "an")):
            # "voters in Alabama, Georgia and Virginia said": the list of places ends the longer subject (not
            # "about Labour and Conservative promises", nor "…, an official from the Commission for Development
            # and Reform quoted in …", an appositive)
            return Mention(subject.start, last.end, art.text[subject.start:last.end], "np")
    text = art.text[phrase[0].start:phrase[-1].end]
    official = _official_in(text)
    if official is not None and official[1] == 0 and official[2] == len(_fold(text)):
        entity = _register(art, official[0].canonical, official[0].kind, official=official[0])
        return Mention(phrase[0].start, phrase[-1].end, text, "name", entity)
    indefinite = phrase[0].lower in _PLURAL_OR_INDEFINITE
    kind = "role" if phrase[-1].lower in _ROLE_HEADS | {"diplomat", "boss"} and not indefinite else "np"
    return Mention(phrase[0].start, phrase[-1].end, text, kind)


def _place_list_start(toks: list[Tok], i: int) -> int | None:
    """Where a list of capitalised words ("Alabama, Georgia and Virginia") whose last item follows
    the "and" at ``toks[i]`` starts, when a preposition ("in", "from", …) opens it: the index of the
    list's first word, or None."""
    serial = i >= 2 and toks[i - 1].text == ","
    if serial:
        i -= 1  # "Alabama, Georgia, and Virginia": the serial comma, after two items at least
    items = 1
    while i >= 1 and toks[i].lower in ("and", "or", ","):
        k = i - 1
        while k >= 0 and toks[k].is_cap and toks[k].text[:1].isalpha() and i - k <= 3:
            k -= 1
        if k == i - 1:
            return None
        items += 1
        if k >= 0 and toks[k].lower in _GOVERNORS and toks[k].text[:1].isalpha() and toks[k].lower not in ("’s", "'s"):
            return k + 1 if items >= 3 or not serial else None  # (not "… in February, and Breitbart News responded")
        if serial and k >= 0 and toks[k].lower != ",":
            return None  # "in Scotland and Wales, and Labour said": a new clause, not "A, B, and C"
        i = k
    return None


def _people_phrase_end(toks: list[Tok], k: int) -> int:
    """Where a noun phrase headed by the people noun ``toks[k]`` ends: through nouns it is
    coordinated with ("their friends and advisers") and one phrase with, from, at, in or of ("lawyers
    with the CARA Pro Bono Project"), which ends at the next preposition, time word, conjunction,
    relative pronoun or punctuation, and after at most eight words ("officials in Washington", not
    "… on condition of anonymity")."""
    while k + 2 < len(toks) and toks[k + 1].lower in ("and", "or") and toks[k + 2].lower in _PEOPLE_NOUNS:
        k += 2
    if k + 1 < len(toks) and toks[k + 1].lower in ("with", "from", "at", "in", "of"):
        j = k + 1
        while j + 1 < len(toks) and j - k < 8 and toks[j + 1].text not in ",;:.!?()“”\"—–" \
                and toks[j + 1].lower not in ("who", "which", "that", "and", "but") \
                and toks[j + 1].lower not in _GOVERNORS and toks[j + 1].lower not in _TIME_WORDS:
            j += 1
        if j > k + 1:
            k = j
    return toks[k].end


_GROUP_NOUNS = frozenset("""handful number group majority minority couple dozen dozens hundreds thousands pair trio
    host slew bunch few""".split())  # "a handful of Democrats": the people the phrase counts


_INSTITUTION_HEADS = frozenset("""bank office department bureau ministry secretary board council institute university
    court commission committee agency association federation union chamber college school centre center
    organisation organization league society fund service authority corporation administration foundation""".split())


def _np_after(art: _Article, pos: int, hi: int, possessive: bool = False) -> Mention | None:
    """The noun phrase right after a verb: "said Lavrov", "according to the foreign minister" (with
    ``possessive``, a name's possessive phrase whole: "according to Ukraine's military")."""
    toks = art.toks(pos, hi)
    if not toks or toks[0].lower in _NOT_CLAUSE:
        return None  # "said of Mr. Rubio:": what is said is about him
    first = toks[0]
    owned = _owned_person(toks) if first.lower in ("his", "her", "their", "its") else None
    if owned is not None:  # "“…,” said her lawyer": the lawyer speaks, not the woman "her" stands for
        k = next(j for j, t in enumerate(toks) if t is owned)
        if k + 2 < len(toks) and toks[k + 1].lower == "and" and _owned_person([first, toks[k + 2]]) is not None:
            k += 2  # "their friends and advisers"
        named = art.person_at(toks[k + 1].start) if k + 1 < len(toks) and toks[k + 1].is_cap else None
        if named is None:  # "said his best friend at Lehigh, Bruce Turry": the name set beside the phrase
            comma = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j].text in ",.;"), None)
            named = _appositive_name(art, toks[k].end, hi) or (
                _appositive_name(art, toks[comma - 1].end, hi) if comma is not None and toks[comma].text == ","
                and toks[k + 1].lower in ("at", "of", "from", "in") else None)
        return named or Mention(first.start, toks[k].end, art.text[first.start:toks[k].end],
                                "role" if toks[k].lower in _ROLE_HEADS else "np")  # ("his campaign manager Jeff Weaver")
    if first.lower in _PRONOUNS:
        return Mention(first.start, first.end, first.text, "pronoun")
    if first.lower in ("another", "others", "one") and (len(toks) == 1 or toks[1].text in ".,;:!?"):
        return Mention(first.start, first.end, first.text, "np")  # "“…” tweeted another."
    k = 1 if first.lower in ("a", "an") else 0
    counted = toks[k].lower in _GROUP_NOUNS or (not k and first.lower in _QUANTIFIER_SUBJECTS | {"another", "each"})
    if len(toks) > k + 2 and counted and toks[k + 1].lower == "of" and not possessive:
        head = _np_after(art, toks[k + 2].start, hi)  # "said a handful of Democrats", "said one of those advisers"
        rest = art.toks(head.end, hi)[:1] if head is not None else []
        # the phrase must end there (not "one of the party's senior figures", "a group of Tory rebels, led by …")
        if head is not None and head.kind != "pronoun" and (not rest or rest[0].text in ",.;:!?(" or rest[0].lower in (
                "who", "whose", "in", "at", "from", "on", "close", "familiar")):
            if head.start > toks[k + 2].end:
                return head  # "said one of the lawyers, Michael Stone.": the name set beside the group
            return _appositive_name(art, head.end, hi) or Mention(first.start, head.end, art.text[first.start:head.end],
                                                                   "np")
    for m in art.mentions_from(first.start):
        if m.start == first.start or (first.lower in ("the",) and len(toks) > 1 and m.start == toks[1].start):
            nxt = art.toks(m.end, hi)[:4]
            if possessive and len(nxt) > 1 and nxt[0].lower in ("’s", "'s") and nxt[1].text.isalpha() and not nxt[1].is_cap \
                    and nxt[1].lower not in _stopwords():
                end = nxt[2].end if len(nxt) > 2 and nxt[2].text.isalpha() and not nxt[2].is_cap \
                    and nxt[2].lower not in _stopwords() and nxt[2].lower not in _NOT_CLAUSE else nxt[1].end
                return Mention(m.start, end, art.text[m.start:end], "np")  # "according to Ukraine's military"
            if m.start > first.start and nxt and (nxt[0].lower in _ROLE_HEADS or nxt[0].lower in _PEOPLE_NOUNS
                                                   or nxt[0].lower in _PERSON_NOUNS):
                # "says the Waterford man", "said the Ohio governor": the person the name describes
                return Mention(first.start, nxt[0].end, art.text[first.start:nxt[0].end],
                               "role" if nxt[0].lower in _ROLE_HEADS else "np")
            if possessive and nxt and not nxt[0].is_cap and (
                    nxt[0].lower in _DOCUMENT_NOUNS or nxt[0].lower in _SOURCE_NOUNS):
                return Mention(first.start, nxt[0].end, art.text[first.start:nxt[0].end], "np")
                # "according to an NBC report", "according to a Gallup poll": the report
            owner = art.person_at(nxt[1].start) if len(nxt) > 1 and nxt[0].lower in ("’s", "'s") else None
            if owner is not None:
                return owner  # "said the Observer's Philip French": the person
            if nxt and nxt[0].text.isalpha() and not nxt[0].is_cap and nxt[0].lower not in _NOT_CLAUSE:
                titled = _titled_name_after(art, toks)  # "said Clinton spokesman Brian Fallon": the spokesman
                if titled is not None and titled.end > m.end:
                    return titled
            return m
        if m.start > first.end + 4:
            break
    titled = _titled_name_after(art, toks)
    if titled is not None:
        return titled
    age = _age_noun(toks)
    if age is not None:
        return Mention(toks[0].start, age.end, art.text[toks[0].start:age.end], "role")
    for k, tok in enumerate(toks[:7]):  # "said one former senior agency official"
        party = tok.lower in _PARTY_NOUNS and tok.is_cap and k and not (
            k + 1 < len(toks) and (toks[k + 1].is_cap or toks[k + 1].lower in _PEOPLE_NOUNS | _ROLE_HEADS))
        if party:  # "said one Democrat familiar with the discussion" (not "a Republican National Committee member")
            return Mention(toks[0].start, tok.end, art.text[toks[0].start:tok.end], "role")
        if (tok.lower in _ROLE_HEADS or tok.lower in _PEOPLE_NOUNS) and k + 1 < len(toks) \
                and toks[k + 1].text.isalpha() and not toks[k + 1].is_cap and toks[k + 1].lower not in _stopwords() \
                and toks[k + 1].lower not in _NOT_CLAUSE and _verb_of(toks[k + 1].text) is None \
                and toks[k + 1].lower not in _POSTMODIFIER_ADJECTIVES | _POSTMODIFIER_STARTS \
                and any(t.lower in _ROLE_HEADS or t.lower in _PEOPLE_NOUNS for t in toks[k + 1:k + 3]):
            continue  # "a student union spokesman", "a witness protection officer": a later noun heads the phrase
        if tok.lower in _ROLE_HEADS or tok.lower in _PEOPLE_NOUNS:
            if not k and tok.lower in _PEOPLE_NOUNS and not tok.lower.endswith("s"):
                break  # "said veteran Labour MP Diane Abbott": a singular noun with no determiner is a premodifier
            if not k and tok.lower in _PEOPLE_NOUNS:
                end = _people_phrase_end(toks, k)  # "told by aides", "said officials", "said lawyers with …"
                firm = next((m for m in art.mentions_from(end) if m.entity is not None), None)
                if firm is not None and not art.text[end:firm.start].strip() and firm.entity.kind == "organisation":
                    return Mention(tok.start, firm.end, art.text[tok.start:firm.end], "name", firm.entity)
                    # "say analysts Gartner Research": the firm the analysts are
                return Mention(tok.start, end, art.text[tok.start:end], "np")
            if k and not toks[0].is_cap:
                indefinite = toks[0].lower in _PLURAL_OR_INDEFINITE or tok.lower.endswith("s")
                end = _people_phrase_end(toks, k) if indefinite and tok.lower in _PEOPLE_NOUNS else tok.end
                comma = next((j for j in range(k + 1, min(len(toks), k + 9)) if toks[j].text in ",.;"), None) \
                    if k + 1 < len(toks) and toks[k + 1].lower in ("for", "of", "at", "with", "to") else None
                named = _appositive_name(art, end, hi) or (
                    _appositive_name(art, toks[comma - 1].end, hi) if comma is not None and toks[comma].text == ","
                    else None)
                if named is not None:
                    return named  # "said another Twitter user, Johanna Bayer.", "said a spokesman for the State
                    # Department, Ned Price."
                return Mention(toks[0].start, end, art.text[toks[0].start:end], "np" if indefinite else "role")
            break
        if not tok.text[:1].isalpha() or tok.lower in _NP_STOP or tok.lower in _NOT_CLAUSE:
            break
    phrase = []
    for j, tok in enumerate(toks):
        if tok.lower in ("the", "a", "an") and not phrase:
            phrase.append(tok)
        elif tok.is_cap or tok.lower in _ROLE_WORDS or tok.lower in ("’s", "'s", "-"):
            phrase.append(tok)
        elif tok.lower in ("of", "for", "and") and phrase and phrase[-1].is_cap and j + 1 < len(toks) \
                and toks[j + 1].is_cap and toks[j + 1].text.isalpha() \
                and any(t.lower in _INSTITUTION_HEADS for t in phrase) \
                and (tok.lower != "and" or any(t.lower in ("of", "for") for t in phrase)):
            phrase.append(tok)  # "according to the Bank of England", "the Department of Health and Human Services"
        elif tok.text == "." and phrase and phrase[-1].lower + "." in _TITLES:
            phrase.append(tok)
        else:
            if phrase and phrase[-1].is_cap and (tok.lower in _PERSON_NOUNS or tok.lower in _PEOPLE_NOUNS or possessive and (
                    tok.lower in _SOURCE_NOUNS or tok.lower in _DOCUMENT_NOUNS)):
                phrase.append(tok)  # "says the Waterford man", "said a Cleveland resident", "according to an NBC report"
            break
    while phrase and phrase[-1].lower in ("the", "a", "an", "’s", "'s", "-"):
        phrase.pop()
    if not phrase:
        return None
    text = art.text[phrase[0].start:phrase[-1].end]
    official = _official_in(text)
    if official is not None:
        entity = _register(art, official[0].canonical, official[0].kind, official=official[0])
        return Mention(phrase[0].start, phrase[-1].end, text, "name", entity)
    kind = "role" if phrase[-1].lower in _ROLE_HEADS | {"diplomat", "boss"} else "np"
    return Mention(phrase[0].start, phrase[-1].end, text, kind)


_PEOPLE_NOUNS = frozenset("""officials aides sources diplomats analysts observers experts critics supporters
    voters residents people lawmakers members advisers advisors strategists economists insiders donors activists
    leaders allies organizers organisers officers democrats republicans conservatives liberals scholars historians
    researchers witnesses staffer staffers supporter volunteer volunteers voter resident member activist donor
    delegate delegates organizer worker workers investigators prosecutors agents person source insider operative
    associate confidant proponents opponents backers boosters fans loyalists friends colleagues protesters
    demonstrators students parents lawyers attorneys employees veterans user users commenter commenters reader
    readers viewer viewers caller callers follower followers bystander bystanders onlooker onlookers protester
    demonstrator student parent employee veteran critic observer opponent proponent backer loyalist colleague
    witness investigator investors investor traders executives shareholders""".split())


def _speaking_head(word: str) -> bool:
    """Whether a lower-case noun heads a phrase that can speak: people and role nouns ("officials", "the actor"),
    bodies ("the committee", "firms") and documents ("the statement", "the report")."""
    return _is_people_word(word) or word in _PERSON_NOUNS or word in _COLLECTIVE_PLURALS or word in _BODY_PLURALS \
        or word in _DOCUMENT_NOUNS


def _is_people_word(word: str) -> bool:
    """Whether a lower-case word is a people noun ("officials", "aides") or a role noun, singular or plural
    ("spokesman", "advisers")."""
    return word in _PEOPLE_NOUNS or word in _ROLE_HEADS or word.rstrip("s") in _ROLE_HEADS

_BODY_PLURALS = frozenset("groups organizations organisations companies firms unions agencies".split())
_PEOPLE_OR_BODIES = _PEOPLE_NOUNS | _BODY_PLURALS  # the heads of a modified subject
_GROUP_PEOPLE = _PEOPLE_NOUNS | frozenset("""writers journalists reporters commentators columnists pundits pollsters
    scientists doctors teachers senators governors candidates""".split())  # the head of a counted group only ("as a
# number of writers suggested"): as a subject of their own these nouns are often no speaker ("joke writers")
_GERUND_SUBJECT_AFTER = frozenset("despite with without after before amid".split())  # "despite Multiplex reporting"
_PARTY_NOUNS = frozenset("democrat republican conservative liberal".split())
_PERSON_NOUNS = frozenset("man woman men women boy girl teenager native mother father".split())
_AGE = re.compile(r"\d{1,3}-year-old")


def _appositive_name(art: _Article, end: int, hi: int) -> Mention | None:
    """The person named right after a comma at ``end`` when the name closes the phrase ("…, Jo Ray." or
    "…, Jo Ray, who …"), or None."""
    after = art.toks(end, hi)[:1]
    if not after or after[0].text != ",":
        return None
    nxt = art.toks(after[0].end, hi)[:1]
    person = (art.person_at(nxt[0].start) or art.named_at(nxt[0].start, "organisation")) if nxt else None
    # ("according to technology analysts, TDG Research, …": a firm)
    if person is None:
        return None
    rest = art.toks(person.end, hi)[:1]
    return person if not rest or rest[0].text in (".", ",", ";", ")") else None


def _age_noun(toks: list[Tok]) -> Tok | None:
    """The "46-year-old" of "the 46-year-old" (a role noun that stands for the person described before)."""
    if len(toks) >= 2 and toks[0].lower in ("the", "a") and _AGE.fullmatch(toks[1].text) \
            and (len(toks) == 2 or not toks[2].text[:1].isalpha()):
        return toks[1]
    return None


def _source_after(art: _Article, pos: int, hi: int) -> Mention | None:
    """The source an "according to" names, up to the next comma, dash or the sentence end: "a
    just-released poll from Florida Atlantic University", "early results of exit polls"."""
    toks = []
    for tok in art.toks(pos, hi):
        if tok.text in ",;:.!?—–()“”\"":
            break
        toks.append(tok)
    if not toks or len(toks) > 25 or not toks[-1].text[:1].isalnum():
        return None
    return Mention(toks[0].start, toks[-1].end, art.text[toks[0].start:toks[-1].end], "np")


def _titled_name_after(art: _Article, toks: list[Tok]) -> Mention | None:
    """A name that a title or role opens: "film director Osman Abu Laban", "Democratic strategist
    Hank Sheinkopf", "the company's chief executive, John Ferriola". The mention runs from the
    title to the end of the name."""
    for k, tok in enumerate(toks[:8]):
        m = art.person_at(tok.start) if k else None
        if m is not None:
            return Mention(toks[0].start, m.end, art.text[toks[0].start:m.end], "name", m.entity)
        if tok.text == "," and k and k + 1 < len(toks) and art.person_at(toks[k + 1].start) is not None \
                and any(t.lower in _ROLE_HEADS for t in toks[:k]):
            continue  # "the company's chief executive, John Ferriola" (not "According to Facebook, Trump …")
        if not (tok.text[:1].isalpha() or tok.lower in ("’s", "'s", "-")) or tok.lower in _NP_STOP \
                or (tok.lower in _NOT_CLAUSE and tok.lower != "of"):
            return None
    return None


def _drop_parenthetical(toks: list[Tok]) -> list[Tok]:
    """The tokens without a short parenthesis that ends them: "Rep. Elijah Cummings (D-Md.)"."""
    if len(toks) < 3 or toks[-1].text != ")":
        return toks
    for k in range(len(toks) - 2, max(0, len(toks) - 10), -1):
        if toks[k].text == "(":
            return toks[:k]
    return toks


def _atts_between(atts: list[Attribution], lo: int, hi: int) -> list[Attribution]:
    """The attributions whose verb starts in [lo, hi); ``atts`` are in text order."""
    return atts[bisect.bisect_left(atts, lo, key=lambda a: a.verb_start):
                bisect.bisect_left(atts, hi, key=lambda a: a.verb_start)]


def _index_before(text: str, pos: int) -> int:
    """The index of the last character before ``pos`` that is not white space (-1 when there is none)."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not white space ("" when there is none)."""
    i = _index_before(text, pos)
    return text[i] if i >= 0 else ""


_ASIDE = re.compile(r"\s*,\s*(?:however|meanwhile|too|though|instead|in turn|in response|(?-i:[a-z]+ly)|(?:only |just )?"
                    r"(?:a|an|one|two|three|four|five|six|several|a few) (?:days?|weeks?|months?|years?) (?:later|earlier)|"
                    r"for (?:his|her|its|their|our) "
                    r"part|for one|for instance|for example|in fact|of course|on the other hand|in contrast|by contrast|as well as [^,;:“”\"]{1,60}"
                    r"|(?:including|like|such as|when|while|after|before|once|in|at|during|citing|speaking|writing|asked|contacted"
                    r"|reached)\s[^,;:“”\"]{1,140})\s*,\s*\Z", re.IGNORECASE)


_WHO_ASIDE = re.compile(r"(?<=\bwho)\s*,\s*(?:on|in|at|during|after|before)\s[^,;:“”\"]{1,140},\s*\Z", re.IGNORECASE)
_GERUND_REPORTS = re.compile(r"\w+ing(?:\s+(?:about|on|for))?\s+(?:(?:that|whether|if|why|how|what|who|when|where)\b|[“\"‘']"
                             r"|(?:[\w’'-]+\s+){1,3}(?:to|that|whether|if|why|how|what)\b)")
# "saying that …", "asking her why …", "urging the party to …": a gerund that reports a clause or a quotation
_GERUND_RAISERS = frozenset("began begin begins begun started start starts kept keep keeps continued continues "
                            "stopped resumed resist resisted".split())  # ("could not resist pointing out that …")
_RAISING_VERBS = frozenset("""continue continues continued continuing began begin begins begun start starts started
    try tries tried seem seems seemed appear appears appeared decline declines declined refuse refuses refused
    want wants wanted seek seeks sought hasten hastened rush rushed move moved quick eager careful able unable
    used likely unlikely willing unwilling ready poised reluctant inclined prepared fail fails failed
    alleged reported believed understood thought known said""".split())  # ("is alleged to have said")
_DEGREE_WORDS = frozenset("more less most least very so too all far much".split())


_DASH_ASIDE = re.compile(r"\s+[—–]\s*[^—–]{3,120}?\s*[—–]\s*\Z"
                         r"|\s+--?\s+(?:(?!\s--?\s)[^—–]){3,120}?\s+--?\s*\Z")  # or spaced hyphens: " - … - "
_OF_THE_AFTER = re.compile(r"\s+of\s+the\s+[^,;:“”\"()]{1,60}")
_PLACE_AFTER = re.compile(r"\s+(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")
_PARTY_TAG = re.compile(r"\s*\([A-Z][\w.’' -]{0,24}\)")  # "(R-Texas)", "(D-Calif.)", "(I-Vt.)"


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]*[A-Z]\)")


def _name_tail_end(art: _Article, mention: Mention) -> int:
    """Where a named speaker ends with its party tag and home place: "Sen. Ted Cruz (R-Texas)",
    "Rep. Lee Zeldin of New York", or the acronym in brackets after any speaker (the mention itself
    otherwise)."""
    end = mention.end
    acronym = _ACRONYM_AFTER.match(art.text, end)
    if acronym is not None:
        return acronym.end()  # "says the Institute of Public Policy Research (IPPR)."
    if mention.kind != "name":
        return end
    tag = _PARTY_TAG.match(art.text, end)
    if tag is not None:
        end = tag.end()
    place = _PLACE_AFTER.match(art.text, end)
    if place is not None:
        stop = place.end() - (art.text[place.end() - 1] == ".")  # "of Texas." ends the sentence
        if art.text[stop:stop + 1] in (",", ".", ";", ":", "!", "?", ""):
            end = stop
    return end


_AMOUNT_GOVERNORS = frozenset("in since from of than over under about by for".split())


_OCCASION_PREPOSITIONS = frozenset("in at during after before following on via through amid".split())
_OCCASION_NOUNS = frozenset("""statement interview speech rally meeting debate hearing conference briefing event
    appearance visit letter tweet post filing email e-mail video op-ed address remarks testimony session""".split())


def _occasion_adjunct(toks: list[Tok]) -> int:
    """How many tokens at the end of ``toks`` are an occasion set between a subject and its verb, with no comma:
    "in a statement", "at a rally on Saturday", "after the meeting" (0 when there is none or nothing before it)."""
    for k in range(len(toks) - 2, 0, -1):
        if len(toks) - k > 7:
            break
        if toks[k].lower in _OCCASION_PREPOSITIONS and not toks[k].is_cap:
            tail = toks[k + 1:]
            opener = max((j for j in range(k) if not toks[j].text[:1].isalnum() or toks[j].lower in _SUBORDINATORS
                          or toks[j].lower in ("and", "but")), default=-1)
            head = toks[opener + 1:k]  # the clause's own words before the occasion
            subject = bool(head) and (head[-1].is_cap or head[-1].lower in _SUBJECT_PRONOUNS
                                      or _is_people_word(head[-1].lower))
            noun = next((j for j, t in enumerate(tail[:4]) if t.lower in _OCCASION_NOUNS), None)
            if noun is not None and all(t.text[:1].isalnum() for t in tail) \
                    and all(t.lower in _TIME_ADJUNCT_WORDS for t in tail[noun + 1:]) \
                    and subject and not any(_is_finite_verb(t, None) or t.lower.endswith("ing") or _verb_of(t.text)
                                            for t in head):
                return len(toks) - k  # (not "Speaking at the conference he …", "stood at a Bush event here to",
                # "Later in the interview the billionaire commented", "X declares … in the video and vows")
    return 0


_IRREGULAR_PARTICIPLES = frozenset("sent paid written made held given taken shown drawn brought built led put".split())
_LY_NOUNS = frozenset("family ally assembly rally reply supply monopoly anomaly bully".split())


def _adverb_form(word: str) -> bool:
    """Whether a lower-case word ends in "-ly" as an adverb does ("quickly"), not as a noun ("family", "ally")."""
    return word.endswith("ly") and word not in _LY_NOUNS


def _subject_before(art: _Article, lo: int, verb_start: int) -> Mention | None:
    toks = art.toks(lo, verb_start)
    while toks:
        low = toks[-1].lower
        if toks[-1].is_cap and low in _SURNAMES_THAT_ARE_MONTHS and any(
                m.end == toks[-1].end and m.kind == "name" for m in art.mentions_back_from(toks[-1].end)):
            break  # "Theresa May said": her name, not the modal or the month
        if low in ("later", "earlier") and len(toks) >= 3 and toks[-3].lower in _AGO_QUANTITY and (
                toks[-2].lower.rstrip("s") in _TIME_WORDS or toks[-2].lower in _TIME_SPANS):
            del toks[-3:]  # "Fiorina a month later announced …"
            while len(toks) > 1 and toks[-1].lower in _AGO_QUANTITY:
                toks.pop()
            continue
        if low in _REDUCED_PARTICIPLES and len(toks) >= 2 and toks[-2].text.isalpha() and not toks[-2].is_cap \
                and toks[-2].lower not in _SKIP_BEFORE_VERB and toks[-2].lower not in _stopwords():
            toks.pop()  # "An annual economic survey released on Friday said …": the survey said it
            continue
        if low in ("all", "both") and len(toks) == 1:
            if re.match(r"told\s*,|said and done", art.text[verb_start:verb_start + 15], re.IGNORECASE):
                return None  # "All told, …", "All said and done, …": idioms (not "Both told reporters …")
            break  # "Both have promised …": the subject itself
        if len(toks) >= 2 and any(t.lower in ("who", "that", "those") for t in toks[:-2]) and (
                (low.isdigit() and toks[-2].lower in _AMOUNT_GOVERNORS)
                or (low in ("year", "month", "week", "day", "hour") and toks[-2].lower in ("a", "per", "each", "every"))):
            break  # "Voters that backed the measure in 2014 say", "Those who earn $30,000 a year say": the relative's
            # own (but "The company in 2014 said": a time before the verb)
        if low in _SKIP_BEFORE_VERB or low in _TIME_WORDS or low.isdigit() or (_adverb_form(low) and low.isalpha()
                                                                                 and not toks[-1].is_cap):
            toks.pop()
            if low in _TIME_WORDS and toks and toks[-1].lower in ("past", "coming"):
                toks.pop()  # "this past week announced"
            if (low in _TIME_WORDS or _YEAR.fullmatch(low)) and toks and toks[-1].lower in _TIME_PREPOSITIONS:
                toks.pop()  # "on Monday", "The company in 2014 said"
            continue
        occasion = _occasion_adjunct(toks)
        if occasion:
            del toks[-occasion:]  # "The minister in a statement said", "Ann Ray after the meeting said": the
            continue  # occasion is an adjunct between the subject and its verb
        if low == "together" and len(toks) >= 2 and (toks[-2].is_cap or toks[-2].lower in ("which", "who", "they")):
            toks.pop()  # "China and the United States, which together vowed to …" (not "brought together demands")
            continue
        if low == "far" and len(toks) >= 2 and toks[-2].lower == "so":
            del toks[-2:]  # "Trump so far hasn't attacked …"
            continue
        if low in _DURATIONS or low == "past":  # "who has in the past described", "has in recent weeks argued"
            k = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1)
                      if toks[k].lower in ("in", "over", "during", "for")), None)
            if k is not None and all(t.lower in ("the", "recent", "past", "several", "many", "few", "a")
                                     for t in toks[k + 1:-1]):
                del toks[k:]
                continue
        if low == "ago":  # "The State Department less than two weeks ago said …"
            toks.pop()
            while toks and (toks[-1].lower in _TIME_SPANS or toks[-1].lower.rstrip("s") in _TIME_WORDS
                            or toks[-1].lower in _AGO_QUANTITY or toks[-1].lower.isdigit()):
                toks.pop()
            continue
        if low in _GERUND_RAISERS and re.match(r"\w+ing\b", art.text[verb_start:verb_start + 20]):
            if len(toks) < 2 or not _GERUND_REPORTS.match(art.text, verb_start):
                return None  # "He started writing the novel", "they started tweeting at the networks": no statement
            toks.pop()  # "Republicans have begun urging the party to …", "Perez kept asking her why …"
            continue
        if [t.lower for t in toks[-3:]] in (["went", "on", "to"], ["goes", "on", "to"], ["go", "on", "to"]):
            del toks[-3:]
            continue
        if len(toks) >= 3 and toks[-1].lower == "have" and toks[-2].lower == "to" and toks[-3].lower in _RAISING_VERBS:
            toks.pop()  # "is alleged to have said": the perfect infinitive
            continue
        if len(toks) >= 2 and toks[-1].lower == "to" and toks[-2].lower in _RAISING_VERBS:
            del toks[-2:]  # "continued to insist", "was quick to say"
            while toks and toks[-1].lower in _DEGREE_WORDS:
                toks.pop()  # "were more likely to say", "was all too eager to"
            if toks and toks[-1].lower in _RAISING_VERBS:
                toks.pop()  # "appeared more likely to describe", "seem eager to say"
            continue
        break
    set_off = bool(toks) and toks[-1].text == ","  # the subject closed by a comma: "Name, who …, said"
    toks = _drop_parenthetical(toks)
    marks = 2 if len(toks) > 3 and toks[-1].text == toks[-2].text == "'" else 1  # ''…,'' as two tokens
    if len(toks) > marks + 1 and toks[-marks - 1].text == "," and toks[-1].text in ("”", "\"", "’", "''", "'") \
            and art.in_quote(toks[-marks - 1].start):
        toks = toks[:-marks]  # 'the executive in charge of “Today,” reminded': the comma inside the marks ends it
    if not toks:
        return None
    aside = _ASIDE.search(art.text, toks[0].start, toks[-1].end) or _WHO_ASIDE.search(art.text, toks[0].start,
                                                                                      toks[-1].end)
    if aside is not None:  # "Others, however, say …", "The ministry, for its part, said …", "…, who, on a
        # press call Friday, criticized …"
        toks = art.toks(toks[0].start, aside.start())
        while toks and toks[-1].lower in _SKIP_BEFORE_VERB:
            toks.pop()  # "U.S. officials have, in fact, praised …"
        if not toks:
            return None
    relative = next((k for k in range(1, len(toks) - 2) if toks[k].text == ","
                     and toks[k + 1].lower in ("who", "whose", "which") and not art.in_quote(toks[k].start)),
                    None) if set_off else None
    if relative is not None and len(toks) - relative > 4:
        head = toks[:relative]
        aged = len(head) > 2 and head[-2].text == "," and re.fullmatch(r"\d{1,3}", head[-1].text) is not None
        if aged:
            head = head[:-2]  # "Schiff, 56, who has served on the committee for a decade, told": the age set aside,
            # and a capitalised word before it is a person's name even when the article has not named him yet
        named = _np_before(art, head)
        if named is not None and named.start == toks[0].start and (
                named.kind == "name" or (toks[relative - 1].lower in _ORGANISATION_NOUNS and toks[0].lower == "the")
                or aged and (all(t.is_cap for t in head) or named.kind in ("np", "role"))):
            return named  # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said", "The
            # firm, whose subsidiary farms in Venezuela, Peru and Chile, insisted": a relative set off after the
            # subject, whatever commas it holds (not "One lawmaker, who lost his seat, Jon Hale, said")
    if toks[-1].text == ",":
        # "Name, 49, a veteran who …, said": the name before the appositives is the subject
        commas = [i for i, t in enumerate(toks[:-1]) if t.text == "," and not art.in_quote(t.start)]
        if not commas:
            stray = _np_before(art, _drop_parenthetical(toks[:-1]))
            if stray is not None and stray.kind == "name" and stray.start == toks[0].start:
                return stray  # "Sen. Jack Reed (D-R.I.), said …": a stray comma after the whole subject
        for k in reversed(commas[-6:]):
            if len(toks) - k > 45:
                break
            head = _drop_parenthetical(toks[:k])
            appositive = art.text[toks[k].end:toks[-1].start].strip()
            if not head or not appositive or appositive.split()[0].lower() in ("and", "but", "while"):
                continue
            first_word = re.split(r"[’'](?:s|re|ve|d|ll)\b", appositive.split()[0])[0]  # "who's thinking …": "who"
            if k == commas[-1] and (first_word.endswith("ed") or first_word in _IRREGULAR_PARTICIPLES) \
                    and first_word.islower():
                document = _np_before(art, head)
                if document is None and len(head) <= 4 and head[0].lower in _DETERMINERS \
                        and all(t.text.isalpha() for t in head):  # "The report": the noun is also a verb's form
                    document = Mention(head[0].start, head[-1].end, art.text[head[0].start:head[-1].end], "np")
                if document is not None and document.start == head[0].start and document.kind == "np" \
                        and _speaking_head(document.text.split()[-1].lower()):
                    return document  # "The report, published on Tuesday, said", "The ad, paid for by a super PAC,
                    # says": a participle set off after a document or a body
            if k == commas[0] and (_opens_with_participle(head) or head[0].lower in _NOT_CLAUSE) \
                    and not _has_finite_verb(head) and not _ends_with_subject(head):
                named = _np_before(art, toks[k + 1:-1])
                if named is not None and named.kind in ("name", "role") and named.end == toks[-2].end:
                    return named  # "Looking further ahead, the MDA's chairman Mike Short, has predicted": an
                    # opener, then the subject with a stray comma
            modified = _modified_subject(art, head) if first_word.lower() in ("who", "which") and not any(
                t.lower == "that" or _verb_of(t.text) is not None and (head[k - 1].lower if k else "", t.lower)
                not in _NOUN_COMPOUNDS for k, t in enumerate(head)) else None
            if modified is not None and any(t.lower in _PEOPLE_NOUNS for t in art.toks(modified.start, modified.end)):
                return modified  # "Officials in Kyiv, who spoke on condition of anonymity, said", "The organisers of
                # the first grand slam of 2005, which begins on 17 January, said"
            mention = _np_before(art, head)
            if mention is None or mention.kind == "np":  # "Rep. Lee Zeldin of New York, a Trump supporter, said"
                person = _person_before_place(art, head)
                if person is not None:
                    return person
            if mention is None and k == commas[0] and first_word.lower() in ("a", "an", "the"):
                proper = _proper_subject(art, head)
                if proper is not None and proper.end == head[-1].end and " " in proper.text:
                    mention = proper  # "National Nurses United for Patient Protection, the super PAC …, has reported":
                    # an organisation's name with "of" or "for" in it, then its appositive
            if mention is not None and mention.kind in ("role", "np"):  # "the governor, Ruth Alder, said"
                named = _np_before(art, toks[k + 1:-1])
                if named is None or named.kind != "name":  # "his rivals, Sens. Ted Cruz of Texas and Marco Rubio
                    named = _person_before_place(art, toks[k + 1:-1]) or named  # of Florida, have urged"
                if named is not None and named.kind == "name":
                    named = _coordinated_names(art, toks[k + 1:-1], named)
                    gap = art.toks(toks[k + 1].start, named.start)
                    person = named.kind == "names" or (named.entity is not None and named.entity.kind == "person"
                                                       and " " in named.text)
                    if named.start == toks[k + 1].start or (person and gap and all(
                            t.text[:1].isalnum() and t.lower not in _NOT_CLAUSE and t.lower not in _FINITE_AUXILIARIES
                            and t.lower not in ("who", "which", "that", "whom", "whose")
                            and t.lower not in load_reporting_verbs()[0] for t in gap)):
                        # "The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised",
                        # "his wife, longtime Hillary Clinton aide Huma Abedin, announced"
                        return named
                inner = toks[k + 1:-1]
                if k == commas[0] and 2 <= len(inner) <= 4 and inner[0].is_cap and all(
                        t.is_cap or re.fullmatch(r"(?:al|el|bin|ibn|de|da|van|von|le|la)-?\w*", t.text) for t in inner) \
                        and any(t.lower in _ROLE_HEADS or t.lower in _PEOPLE_NOUNS for t in head):
                    # "A spokesman for Mr. Abadi, Saad al-Hadithi, said": a name the article does not know yet
                    return Mention(inner[0].start, inner[-1].end, art.text[inner[0].start:inner[-1].end], "np")
                if mention.kind == "np" and re.fullmatch(r"[A-Z]{1,2}-[A-Z][\w.]*", appositive) \
                        and any(t.lower in _ROLE_HEADS for t in head):
                    return mention  # "A spokesman for Sen. Chuck Grassley, R-Iowa, told": a party tag after the name
            earlier = [c for c in commas if c < k]
            clause_start = earlier[-1] + 1 if earlier else 0  # after the opening adverbials set off by commas
            plain_openers = all(_words(art.text[g[0].start:g[-1].end]) <= 5 and not _has_finite_verb(g)
                                for g in (toks[a + 1:b] for a, b in zip([-1, *earlier], earlier)) if g)
            if mention is None and plain_openers and (any(_is_people_word(t.lower) for t in toks[clause_start:k])
                                                      or [t.lower for t in toks[clause_start:clause_start + 2]] == ["one", "of"]):
                # ("One of the authors of that 2013 report, Ari Fleischer, said")
                named = _np_before(art, toks[k + 1:-1])
                if named is not None and named.kind == "name" and named.start == toks[k + 1].start \
                        and named.entity is not None and named.entity.kind == "person" and " " in named.text:
                    return named  # "The head of the super PAC backing Jeb Bush for president, Mike Murphy, praised"
                    # ("On Wednesday, however, the director of the FBI, James B. Comey, said": openers before it)
            governed = [t.lower for t in head if t.end <= mention.start][-2:] if mention is not None else []
            if mention is not None and mention.kind == "name" and governed and (
                    governed[-1] in _GOVERNORS - {"’s", "'s"} or governed[-1] == "the" and governed[0] in _GOVERNORS):
                named = _np_before(art, toks[k + 1:-1])  # "The US ambassador to the UN, Linda Thomas-Greenfield,
                if named is not None and named.kind == "name" and named.start == toks[k + 1].start \
                        and named.entity is not None and named.entity.kind == "person":  # said": not the UN
                    return named
            if mention is not None and mention.kind in ("name", "role", "pronoun"):
                return mention
            opens = not earlier or (len(earlier) == 1 and mention is not None and mention.start == toks[earlier[0] + 1].start
                                    and (toks[0].lower in _NOT_CLAUSE or toks[0].lower.endswith("ed") or all(
                                        t.lower in _TIME_ADJUNCT_WORDS or t.lower in _OPENING_TIME_WORDS
                                        or t.lower.isdigit() for t in toks[:earlier[0]])))
            # ("Late last year, marketing company Doubleclick, one of the leading providers …, warned")
            if mention is not None and mention.kind == "np" and opens and (
                    re.fullmatch(r"\d{1,3}", appositive) or first_word.lower() in ("who", "which", "a", "an", "the", "one")
                    or (first_word.lower().endswith("ed") and not first_word[:1].isupper())
                    or (re.search(r"\w[’']s\Z", appositive.split()[0]) and len(appositive.split()) > 1
                        and not _has_finite_verb(toks[k + 1:-1]))  # "China, Pyongyang's only ally, said" (not
                    # "Since no authority existed, Truman's command was void: “…,” wrote Justice Black")
                    or first_word.lower() in ("long", "once", "formerly", "himself", "herself", "itself", "themselves")):
                return mention  # "Bamberg, who is 28, said", "The aides, led by …, told", "The newspaper, long a …, writes"
            if mention is not None and mention.kind in ("np", "role") and 1 <= len(toks[k + 1:-1]) <= 3 \
                    and mention.start == toks[clause_start].start and plain_openers \
                    and all(t.is_cap and t.text.isalpha() for t in toks[k + 1:-1]):
                return mention  # "his wife, Jane, called for": a first name the article does not know
        return None
    modified = _modified_subject(art, toks)
    last_comma = max((k for k, t in enumerate(toks) if t.text == "," and not art.in_quote(t.start)), default=None) \
        if modified is None else None
    tail = toks[last_comma + 1:] if last_comma is not None else []
    relative = next((k for k, t in enumerate(tail) if t.lower in ("who", "which", "that")), None)
    if tail and _has_finite_verb(toks[:last_comma]) and (relative is None or (
            relative < len(tail) - 1 and not any(t.lower in ("and", "but", "or") for t in tail[relative:]))):
        modified = _modified_subject(art, tail)  # "Cruz will change, a source close to him said" (not "…, a
        # former staffer who said", whose "who" speaks)
    if modified is not None:
        return modified
    who = next((k for k in range(len(toks) - 2, max(0, len(toks) - 16), -1) if toks[k].lower == "who"), None)
    if who is not None and who >= 2 and toks[-1].lower != "to" and not any(t.text in ",;:—–" for t in toks[who:]):
        # "a White House official who spoke anonymously to discuss internal strategy said"
        head = _np_before(art, toks[:who])
        if head is None and who >= 3 and toks[who - 1].lower == "others" and toks[who - 2].lower == "and":
            head = _long_np_before(art, toks[:who])  # "Hawkins and others who want to ban abortion said"
        if head is not None and head.kind in ("name", "role", "np") and (head.kind != "np" or head.text[:1].isalpha()):
            return head
    dash = _DASH_ASIDE.search(art.text, toks[0].start, toks[-1].end)
    if dash is not None:  # "Joyce — who is listed as an attorney — told"
        head = art.toks(toks[0].start, dash.start())
        if head:
            return _np_before(art, head)
    group = _group_before(art, toks)
    if group is not None:
        return group  # "… and a number of investors have said", "Dozens of lawmakers signed a letter saying …"
    mention = _np_before(art, toks) or _long_np_before(art, toks)
    if mention is None or mention.kind != "name":
        person = _person_before_place(art, toks)
        if person is not None:
            return person  # "Sen. Bernie Sanders of Vermont called on …"
    if mention is not None and mention.kind == "name":
        return _coordinated_names(art, toks, mention)
    inside = art.toks(mention.start, mention.end) if mention is not None and mention.kind == "np" else []
    verb = next((k for k in range(1, len(inside) - 1) if _is_finite_verb(inside[k], inside[k - 1])
                 and inside[k + 1].text.isalpha() and not inside[k + 1].is_cap), None)
    if verb is not None and re.match(r"[a-z]+ing\b", art.text[verb_start:verb_start + 20]):
        opening = _np_before(art, inside[:verb], longer=False)
        if opening is not None and opening.start == inside[0].start and opening.kind in ("name", "pronoun", "role"):
            return opening  # "Jennifer Lopez cancelled an appearance at the premiere of her new movie saying …": a
            # participle right after a clause is its subject's, not the clause's
    return mention


_POSTMODIFIER_STARTS = frozenset("who whose in at from of for on with across around".split())
_POSTMODIFIER_ADJECTIVES = frozenset("close closest familiar knowledgeable briefed involved aligned allied loyal "
                                     "opposed affiliated connected".split())  # "people close to the campaign"


def _modified_subject(art: _Article, toks: list[Tok]) -> Mention | None:
    """A subject whose head, a noun for people or a role noun, opens the clause (after an opening
    adverbial or subordinate clause and its comma) and which a participle, a relative clause or a
    prepositional phrase ends before the verb: "House Republicans supporting the bill (have said)",
    "Democrats in Iowa who watched the debate (said)", "Several people I have spoken with (said)",
    "When her lead slipped, Clinton's biggest boosters in New Hampshire (insisted)", "A spokeswoman
    for Fiorina (said)". A role noun takes only a prepositional phrase ("a White House official who
    spoke anonymously" stays the role noun), and a finite verb before any relative pronoun ends the
    phrase. The whole noun phrase is the mention; None when the clause does not open that way."""
    opening = next((k for k, t in enumerate(toks[:5]) if t.text == ","), None)
    if opening is None and toks and toks[0].lower in _SUBORDINATORS:
        opening = next((k for k, t in enumerate(toks[:16]) if t.text == ","), None)
    if opening is not None and (toks[0].lower in _SKIP_BEFORE_VERB or toks[0].lower in _NOT_CLAUSE
                                or toks[0].lower in _TIME_WORDS or toks[0].lower.endswith("ly")
                                or toks[0].lower in _SUBORDINATORS):
        toks = toks[opening + 1:]  # "Nonetheless, House Republicans …", "When her lead slipped, her boosters …"
    if toks and toks[0].lower in ("but", "and", "yet", "so"):
        toks = toks[1:]
    head = next((k for k, t in enumerate(toks[:5]) if t.lower in _PEOPLE_OR_BODIES or t.lower in _ROLE_HEADS
                 or (k == 0 and t.lower == "those" and not (len(toks) > 1 and toks[1].lower in _PEOPLE_NOUNS))), None)
    # "Those who voted for him say" (and "Those people who lost money say": the noun heads it)
    if head is None or head + 2 >= len(toks) or len(toks) > 24 or any(t.text in ",;:—–()“”\"" for t in toks) \
            or toks[-1].lower == "to":
        return None  # (not "prompting unions representing 4.5m workers to (threaten)": an infinitive's own subject)
    if not all(t.lower in _DETERMINERS or t.lower in _PLURAL_OR_INDEFINITE or t.text in ("’s", "'s")
               or t.lower in _SPEAKER_PREMODIFIERS or (
            t.text.isalpha() and t.lower not in _all_stopwords() and t.lower not in _SUBJECT_PRONOUNS | _NOT_CLAUSE
            and _verb_of(t.text) is None and (t.is_cap or not t.lower.endswith("s"))) for t in toks[:head]):
        return None  # "Democratic voters", "many diehard Sanders supporters", not "Early polls show voters"
    after = toks[head + 1]
    participle = after.lower.endswith("ing") and after.text.isalpha() and after.lower not in _stopwords()
    reduced = after.lower in ("i", "we", "you")  # "people I spoke with"
    relative = after.lower in ("who", "whose") or (after.lower == "that"
                                                   and toks[head].lower in _PEOPLE_OR_BODIES)
    if not (after.lower in _POSTMODIFIER_STARTS or relative or participle or reduced
            or after.lower in _POSTMODIFIER_ADJECTIVES):
        return None  # ("Activists that have endorsed him say")
    if relative and 1 <= len(toks) - head - 2 <= 3 and (toks[head + 2].lower in _SUBJECT_PRONOUNS
                                                         or all(t.is_cap for t in toks[head + 2:])):
        return None  # "Firms that he (said had cheated)", "Officials who she (said had lied)": the relative's own
        # subject speaks
    if toks[head].lower not in _PEOPLE_OR_BODIES and toks[head].lower != "those" \
            and (relative or participle or reduced):
        return None  # "a White House official who spoke anonymously said": the role noun is the speaker
    rest = list(itertools.takewhile(lambda t: t.lower not in ("who", "whose", "that", "which"), toks[head + 2:]))
    if not relative and not participle and not reduced and any(
            _is_finite_verb(t, None) or t.lower in _RAISING_VERBS or t.lower in ("be", "been") for t in rest):
        return None  # "A spokesman for the mayor defended the route and (said)", "the Republican from Alabama
        # seems to be doing the same in (blaming)": a verb ends the phrase
    return Mention(toks[0].start, toks[-1].end, art.text[toks[0].start:toks[-1].end], "np")


def _person_before_place(art: _Article, toks: list[Tok]) -> Mention | None:
    """The person named in ``toks`` when only a place or what "of the" introduces follows the name ("Lee
    Zeldin of New York", "Gavin Cox of the buildyourown.org.uk website"), or None."""
    person = next((m for m in art.mentions_back_from(toks[-1].end) if m.start >= toks[0].start
                   and m.entity is not None and m.entity.kind == "person"), None)
    if person is None:
        return None
    if _PLACE_AFTER.fullmatch(art.text, person.end, toks[-1].end):
        return person
    rest = [t for t in toks if t.start >= person.end]
    return person if _OF_THE_AFTER.fullmatch(art.text, person.end, toks[-1].end) and not _has_finite_verb(rest) \
        and not any(t.lower in ("who", "which", "that") for t in rest) else None


def _coordinated_names(art: _Article, toks: list[Tok], last: Mention) -> Mention:
    """"Ben Carson, Ted Cruz and Rand Paul": people (or organisations: "Moscow and Kyiv") named in a list
    that "and" closes speak together, as one noun phrase; a single name is returned as it is."""
    k = next((i for i, t in enumerate(toks) if t.start == last.start), None)
    if k is None or k < 2 or toks[k - 1].lower != "and":
        return last
    start = last.start
    kind = last.entity.kind if last.entity is not None else "person"  # ("Both Moscow and Kyiv claimed …")
    while k is not None and k >= 2 and toks[k - 1].lower in ("and", ","):
        prev = next((m for m in art.mentions_back_from(toks[k - 2].end) if m.end == toks[k - 2].end
                     and m.entity is not None and m.entity.kind == kind and m.entity is not last.entity), None)
        if prev is None:
            break
        start = prev.start
        k = next((i for i, t in enumerate(toks) if t.start == prev.start), None)
    return last if start == last.start else Mention(start, last.end, art.text[start:last.end], "names")


_NP_STOP = frozenset("""but nor while although though whereas because if when after before since once
    that which who whom whose where as than so is are was were be been being has have had will would can could
    should may might must do does did not to""".split())


def _long_np_before(art: _Article, toks: list[Tok]) -> Mention | None:
    """A longer noun phrase that opens the clause right before the verb, with its modifiers: "Large
    majorities of Republican primary voters in six states", "Some 56 percent of Cuban-Americans
    polled". It must start the sentence or follow a comma, a colon or a dash, hold no verb-like
    function word, and end in a content word."""
    i = len(toks)
    while i > 0 and len(toks) - i < 16 and toks[i - 1].lower not in _NP_STOP \
            and (toks[i - 1].text[:1].isalnum() or toks[i - 1].text in ("’s", "'s", "-", "%")):
        i -= 1
    phrase = toks[i:]
    if not phrase or phrase[0].lower in _SUBJECT_PRONOUNS:
        return None
    joined = next((k for k in range(len(phrase) - 2, 0, -1) if phrase[k].lower == "and"), None)
    if joined is not None and all(t.lower in _QUANTIFIER_SUBJECTS for t in phrase[joined + 1:]) \
            and _has_finite_verb(toks[:i + joined]):
        tail = phrase[joined + 1:]  # "… will skip the vote and others have said": a clause of its own, whose
        return Mention(tail[0].start, tail[-1].end, art.text[tail[0].start:tail[-1].end], "np")  # quantifier speaks
    if i > 0 and toks[i - 1].text not in (",", ":", "—", "–", ";") \
            and (toks[i - 1].lower not in _SUBORDINATORS or toks[i - 1].lower == "as") \
            and not (i == 1 and toks[0].lower in ("but", "so")):  # "But a number of Democrats said"
        return None
    if i == 0 and len(phrase) > 1 and phrase[0].lower in ("and", "yet"):
        phrase = phrase[1:]  # "And a significant number of Democrats said"
    if phrase[0].lower in ("and", "or"):
        return None
    if phrase[0].lower in _NOT_CLAUSE and phrase[0].lower not in _APPROXIMATORS:
        return None
    last = phrase[-1]
    if len(phrase) >= 3 and last.lower in ("them", "us", "those", "these") and phrase[-2].lower == "of" \
            and phrase[0].lower in _QUANTIFIER_SUBJECTS | {"none", "each", "either", "neither", "half"}:
        return Mention(phrase[0].start, last.end, art.text[phrase[0].start:last.end], "np")  # "Most of them said"
    if not (last.text[:1].isalpha() or last.text.isdigit()) \
            or (last.lower in _stopwords() and last.lower not in _QUANTIFIER_SUBJECTS) \
            or (_adverb_form(last.lower) and not last.is_cap) or (
                last.lower.endswith("ed") and not (len(phrase) > 1 and phrase[-2].lower.endswith("s"))):
        return None  # "newly formulated" is no subject; "Cuban-Americans polled" is
    return Mention(phrase[0].start, last.end, art.text[phrase[0].start:last.end], "np")


_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_QUANTIFIER_SUBJECTS = frozenset("""others some many most few several both all one two three four five six seven
    eight nine ten another someone somebody anyone anybody everyone everybody""".split())
_PLURAL_QUANTIFIERS = _QUANTIFIER_SUBJECTS - frozenset("""one another someone somebody anyone anybody everyone
    everybody""".split())  # (not "Everyone claims …": a singular subject)
_APPROXIMATORS = frozenset("about around over under".split())  # "about half of the voters said"


def find_attributions(art: _Article) -> list[Attribution]:
    """Every reporting verb outside quotation marks (``art.inside``) with its speaker mention (or None)."""
    forms, _ = load_reporting_verbs()
    bases, every, slot = _bare_infinitives()
    one_word_forms = {f for f in forms if " " not in f}
    out = []
    for lo, hi in art.paragraphs:
        for m in every.finditer(art.text, lo, hi):
            vs, ve, written = m.start(), m.end(), m.group()
            if art.in_quote(vs):
                continue
            form = written.lower()
            verb = _verb_of(written) or bases.get(form)
            if verb is None:
                continue  # a case-folding look-alike such as "ſaid" that the table does not list
            if form in bases and slot.search(art.text, max(lo, vs - 30), vs) is None \
                    and not _after_plural_speakers(art, vs, ve, lo):
                continue  # a base form with no "to" or modal before it: "a mock trial", "the blame" (but "Critics
                # echo her concerns", "Authorities blame a faulty valve for …": a plural subject's present tense)
            if verb.lemma == "ask" and form == "asked":  # not "…, asking Sanders why …": she asks
                question = _question_put(art, vs, ve, lo, hi)
                if question is not None:
                    out.append(question)
                    continue
                passive = art.tok_before(vs, max(lo, vs - 20))
                if passive is not None and passive.lower in _PASSIVE:
                    continue  # "voters were asked a series of questions": the subject is asked, not asking
            participle = written.split()[0].lower().endswith("ing")
            opens_sentence = not art.text[max(lo, art.sentence_span(vs)[0]):vs].strip(" “\"‘'")
            opening_participle = participle and opens_sentence and (
                art.text[ve:ve + 6].lower() == " that " or "," in art.text[ve:art.sentence_span(vs)[1]] and (
                    verb.frame == "topic" or not any(t.lower in _NOT_CLAUSE for t in art.toks(ve, ve + 20)[:1])))
            # "Noting that …, Tester added", "Defending her husband's record, Clinton …" (not "Writing in the
            # Times on Sunday, …": an adjunct, not what was written)
            if written[0].isupper() and verb.frame != "according" and not (
                    opens_sentence and (_opens_inverted(art, written, ve) or opening_participle)):
                continue  # but "Said Comey, “…”" and "Noting that …, Tester added" open a sentence with the verb
            before = art.toks(max(lo, vs - 40), vs)
            prev = before[-1].lower if before else ""
            if prev in ("’s", "'s", "’ve", "'ve", "’d", "'d", "’re", "'re") and len(before) > 1 \
                    and (before[-2].lower in _PRONOUNS or before[-2].lower in ("who", "that")):
                prev = "has"  # "he’s said", "who’ve said": a contracted auxiliary, not a possessive
                if verb.frame == "complement" and form.endswith("ed") and before[-2].lower in ("it", "that", "what") \
                        and before[-1].lower in ("’s", "'s"):
                    continue  # "It's called “democracy.”": a passive that names, not "it has called"
            if (prev.endswith("ly") or prev in ("also", "again", "still", "even", "then", "first", "later")) \
                    and len(before) > 1 \
                    and before[-1].text.isalpha() and before[-1].text.islower() and (
                    before[-2].lower in _PARTICIPLE_SUBORDINATORS or before[-2].lower in ("by", "to")):
                prev = before[-2].lower  # "after accidentally tweeting", "to effusively praising", "while also
                # saying": the adverb aside
            if participle and re.search(r"\b(?:in addition to|as well as|apart from|aside from|"
                                        r"besides)\s*\Z", art.text[max(lo, vs - 20):vs], re.IGNORECASE) \
                    and (re.match(r"\s+that\b", art.text[ve:ve + 8]) or verb.frame == "infinitive"):
                prev = "besides"  # "In addition to stating that …, Clinton has vowed", "As well as pledging £960m, Britain
                # …": the main clause's subject (not "As well as writing poetry, she …": no statement)
            if participle and prev == "by":
                prev = ","  # "picked up … by saying", "by essentially telling": the sentence subject says it
            if participle and prev == "instead" and len(before) > 1 and before[-2].text == ",":
                prev = ","  # "…, instead calling on …": a participle clause of the sentence's subject
            if prev in ("the", "a", "an", "’s", "'s", "his", "her", "its", "their", "our", "such", "this", "that",
                        "these", "those", "my", "your", "no", "any", "every", "each", "amid", "by", "of", "with",
                        "after", "despite") and verb.frame != "according" and not (participle and prev == "after"):
                continue
            if len(before) > 1 and (form in _NOUN_LIKE_VERBS or form == "mention") \
                    and before[-2].lower in ("the", "a", "an", "his", "her", "its", "their", "this", "that") \
                    and before[-1].text.isalpha() and not before[-1].is_cap and not before[-1].lower.endswith(("s", "ly")) \
                    and before[-1].lower not in _IRREGULAR_PLURALS and before[-1].lower not in _QUANTIFIER_SUBJECTS \
                    and not (len(before) > 3 and _plural_head([t.text for t in before[-4:-2]])):
                continue  # "the mere mention of her name", "a recent report": a noun after its adjective (not
                # "Members of the board warn that …": the plural head before the preposition speaks)
            if _ANONYMITY.match(art.text, ve):
                continue  # "who asked not to be named": how a source is kept, not speech
            after = art.toks(ve, min(hi, ve + 30))
            if verb.lemma in ("quote", "cite") and form.endswith("ed") and after and after[0].lower in ("in", "by") \
                    and before and before[-1].text.isalpha() and not before[-1].is_cap and prev not in _BE_FORMS \
                    and prev not in _PRONOUNS and prev not in ("as", "has", "have", "had", "being", "who", "that", "which"):
                continue  # "…, an official from the commission quoted in China Daily": a participle after a noun
            if form in _NOUN_UNLESS_THAT and (not _before_that(art.text, ve, hi) or not (
                    prev in _SUBJECT_PRONOUNS or _is_people_word(prev) or slot.search(art.text, max(lo, vs - 30), vs)
                    or before and any(m.end == before[-1].end for m in art.mentions_back_from(before[-1].end)))):
                continue  # "the charge", "who charges $20,000 for a speech", "made bigoted charges that …", "Bank
                # charges that customers pay have risen": a noun or a price (but "Critics charge that …", "Trump
                # charges that …", "Democrats will charge that …": a person's charge)
            if form in bases and (prev == "to" and len(before) > 1 and (before[-2].lower in _BE_FORMS or len(before) > 2
                                                                          and before[-2].lower == "not"
                                                                          and before[-3].lower in _BE_FORMS)
                                  or after and after[0].lower.endswith("ing")):
                continue  # "was not to blame", "moved to email marketing": no verb of speech
            if form in _PLURAL_NOUN_FORMS and len(before) > 1 and before[-2].lower in ("of", "for", "about", "with", "by",
                                                                                     "on", "to") \
                    and (before[-1].lower.rstrip("ic") in _PARTY_NOUNS or before[-1].lower in _PARTY_NOUNS):
                continue  # "compared to 11% of Democratic claims", "on Republican calls": a noun after its party
                # adjective (not "The next generation of DVDs promises …")
            if form in _PLURAL_NOUN_FORMS and prev in _PLURAL_QUANTIFIERS:
                continue  # "examined both claims and rated them", "Most reports say …": a noun after its quantifier
            if form in _PLURAL_NOUN_FORMS and after and after[0].lower in ("on", "against") and before \
                    and (prev.isdigit() or prev == "," or not before[-1].is_cap and prev not in _PRONOUNS):
                continue  # "the Sept. 11, 2012, attacks on diplomatic compounds": a noun
            if form in _PLURAL_NOUN_FORMS and prev == "," and len(after) > 1 and after[0].lower in ("that", "which") \
                    and after[1].lower in _FINITE_AUXILIARIES:
                continue  # "…, remarks that were featured on state news": a noun set beside the clause
            if (prev, form) in _NOUN_COMPOUNDS:
                continue  # "the first grand slam of 2005": a noun
            if form in _PLURAL_NOUN_FORMS and len(before) > 2 and before[-1].is_cap and before[-2].lower == "the" \
                    and before[-3].lower in _NOT_CLAUSE and before[-3].text.isalpha() \
                    and (not after or after[0].text in ",.;:)" or after[0].lower in ("in", "of", "and", "were", "have")):
                continue  # "Before the Paris attacks, Rubio …": a noun after a preposition and a name (not "the White
                # House claims that", "…, the Times reports.")
            if verb.lemma == "point to" and prev in ("percentage", "basis"):
                continue  # "rose half a percentage point to 4.75%": a unit, not a speaker pointing
            if verb.lemma == "compare" and after and after[0].lower in ("with", "to"):
                continue  # "41 percent, compared with 33 percent last month": a preposition, not a comparison made
            if after and ((form in _NOUN_LIKE_VERBS and after[0].lower in _COMPOUND_HEADS)
                          or (form, after[0].lower) in _FORM_COMPOUNDS
                          or (form == "pledged" and after[0].lower in ("delegate", "delegates"))
                          or _not_speech_phrase(verb.lemma, after)):
                continue  # "attack ads", "pledged delegates", "has written off …", "shot back up": no speech here
            if verb.lemma == "add" and len(after) > 1 and after[0].lower == "to" and not _listener_at(after, 1):
                continue  # "added to the confusion": a sum, not speech (but "added to reporters", "to People")
            if after and after[0].lower in one_word_forms and verb.frame != "according" \
                    and not (form.endswith("ed") or form in _IRREGULAR_PAST):
                continue  # "intelligence reports said": a noun before the verb (but "an aide said comments …")
            s_lo, s_hi = art.sentence_span(vs)
            s_lo = max(s_lo, lo)
            quoted = art.last_quote(vs, inclusive=True)
            closed = quoted[1] if quoted is not None else None
            k_close = [closed] if closed is not None and closed >= s_lo else []
            clause_lo = max([s_lo, *[b + 1 for b in k_close]])
            speaker, speaker_after, in_relative, patient, impersonal = None, False, False, None, False
            passive, agent, aux = _passive(art, before, written, ve, min(hi, s_hi + 1))
            if passive:
                # "The meeting was first reported by Politico", "As reported by Western Journalism, …":
                # the agent after "by" speaks (no one, without it); the subject is what is said
                speaker, speaker_after = agent, True
                if verb.frame == "object_clause":  # "he was told by aides that …": the listener, then the clause
                    impersonal = agent is None
                elif aux.lower != "as":
                    patient = _subject_before(art, clause_lo, aux.start)
                    if patient is not None and patient.text.lower() == "it":
                        patient, impersonal = None, agent is None  # "it was widely reported that …"
                    elif patient is None and " " in written:
                        continue  # "His “resignation” was referred to by both leaders": no subject found to report
            elif verb.frame == "according":
                speaker, speaker_after = _np_after(art, ve, min(hi, s_hi + 1), possessive=True) \
                    or _source_after(art, ve, s_hi), True
            elif (participle and (prev in _PARTICIPLE_SUBORDINATORS or opening_participle)) or (
                    (prev == "having" or prev == "in" and participle)
                    and not art.text[max(lo, s_lo):before[-1].start].strip(" “\"‘'")):  # (not "In written testimony")
                # ("Having announced that …, Judge Berman proceeded …": the perfect participle too, and "In
                # describing Trump, Cuban said …": the main clause's subject, not the person described)
                # "Since announcing in October that …, Mr. Biden has been …": the main clause's subject
                speaker = _main_clause_subject(art, vs, s_lo, s_hi, out)
            elif (participle or prev == "having" and len(before) > 1 and before[-2].text == ",") and (
                    prev in (",", "having") or _after_comma(before) or (
                    prev in _GERUND_RAISERS and len(before) > 1 and before[-2].lower in ("and", "but")
                    and _GERUND_REPORTS.match(art.text, vs)) or (
                    out and before and out[-1].verb_end == before[-1].end and out[-1].speaker is not None)):
                # ("“…,” she said adding that …": a participle right after the attribution, its comma left out)
                # ("… laid off 200 staffers and began talking about …": the subject of the verbs before)
                # a participle clause: "…, pointing to …", "… a “bad earpiece,” claiming …", "…, falsely suggesting …"
                speaker = _main_subject(art, out, s_lo, vs)
            else:
                speaker = None if verb.lemma in _LISTENER_FIRST else _inverted_speaker(
                    art, clause_lo, vs, ve, min(hi, s_hi + 1))
                speaker_after = speaker is not None
                if speaker is None:
                    speaker = _quantity_subject(art, clause_lo, vs) or _subject_before(art, clause_lo, vs)
                    if speaker is None and k_close and _quoted_inside_subject(art, s_lo, quoted):
                        # "Hemsley, the co-author of “Going Viral,” about …, said": a title inside the subject
                        speaker = _subject_before(art, s_lo, vs)
                    if speaker is not None and speaker.end == before[-1].end \
                            and _noun_after(art, written, verb, speaker, before[-1], after, lo):
                        continue
                    if speaker is not None and participle:
                        inside = art.toks(speaker.start, speaker.end)
                        cut = max((k for k, t in enumerate(inside[:-1]) if t.lower in _GERUND_SUBJECT_AFTER), default=None)
                        if cut is not None and _has_finite_verb(inside[:cut]):
                            # "The decline came despite Multiplex reporting …": the gerund's own subject
                            speaker = _np_before(art, inside[cut + 1:])
                if speaker is not None and participle and speaker.kind == "np" \
                        and speaker.text.split()[-1].lower() in _DOCUMENT_NOUNS:
                    # "released a statement saying …", "emailed a news article reporting …": the sender says it
                    speaker = _main_subject(art, out, s_lo, vs) or speaker
                if speaker is None and art.text[clause_lo:vs].strip(" ,—–-") == "" and verb.lemma not in _LISTENER_FIRST:
                    opened = quoted[0] if quoted is not None else None
                    statement = opened is not None and art.text[:vs].rstrip(" ,")[-1:] in _CLOSING_MARKS \
                        and (art.text[max(lo, art.sentence_span(opened)[0]):opened].strip(" (") in ("", ":")
                             or verb.lemma in ("say", "add", "ask", "write", "explain", "recall"))
                    speaker, speaker_after = _np_after(art, ve, min(hi, s_hi + 1)) or (
                        _common_np_after(art, ve, min(hi, s_hi + 1)) if statement else None), True
                    # ("“…,” said the woman.": a plain noun phrase after a quotation that opens its sentence,
                    # not after a title inside one: "The report, called “A Nation at Risk,” warned the public.")
                if speaker is None and _COORDINATED.search(art.text, clause_lo, vs) and out \
                        and out[-1].sentence == art.sentence_of(vs) and not _in_subordinate(art, out[-1]) \
                        and not any(t.lower in ("who", "which") for t in art.toks(out[-1].verb_end, vs)):
                    # (not "added that … voters who, even with Trump as a candidate, describe themselves …")
                    # "X said A but said B": the second verb shares the subject
                    speaker, speaker_after = out[-1].speaker, False
                if speaker is None and _AND_BUT.search(art.text[clause_lo:vs]):
                    # "Obama praised Clinton and said …": the subject that opens the sentence, or the "who"
                    # of a relative clause the verb is in ("Ben Terris, who saw the incident and described …")
                    clause = art.toks(clause_lo, vs)
                    who = next((t for t in reversed(clause) if t.lower in ("who", "which") or t.text in ",;:"), None)
                    if who is not None and who.lower in ("who", "which"):
                        speaker = Mention(who.start, who.end, who.text, "relative")
                    else:
                        speaker = _sentence_subject(art, s_lo, vs)
                    speaker_after = False
                if speaker is not None and speaker.text.lower().startswith("whose "):
                    in_relative = _char_before(art.text, speaker.start) == ","  # "Trump, whose campaign has said
                    # …, refused …": the relative clause ends at its comma
                if speaker is not None and speaker.kind == "relative":
                    in_relative = _char_before(art.text, speaker.start) == ","
                    antecedent = _relative_antecedent(art, speaker, s_lo)
                    speaker.entity = resolve(art, antecedent) if antecedent is not None else None
                    if speaker.entity is None and antecedent is not None:
                        speaker = replace(antecedent, surface=speaker)  # "Democrats across the country,
                        # who highlighted …": the noun phrase speaks, and the row shows the "who" the text has
            if speaker is not None and speaker.kind == "np" and (
                    (verb.frame == "complement" and not (form.endswith("s") or after and after[0].lower in
                                                         _OBJECT_PRONOUNS | {"both"})
                     and not all(w[:1].isupper() for w in speaker.text.split())
                     and before and speaker.end == before[-1].end and (not after or after[0].is_cap or after[0].text in "“\"‘'"
                                                            or after[0].lower in _PASSIVE_AFTER))
                    or (verb.lemma in _NOT_NP_SPEAKER_VERBS and not (after and after[0].lower in _WH_OPENERS)
                        and prev not in ("are", "were", "is", "was", "have", "has", "had", "also", "even"))
                    or (verb.frame == "quote_only" and not k_close and not _quote_next(art, ve))):
                speaker = None  # "a group called X", "support will continue": not a speaker (but "“…?” a staffer
                # wondered", "The crowd chanted “Build the wall.”")
            if speaker is None and not passive and verb.frame != "according":
                infinitive = prev == "to" and _is_base_form(written, verb)
                governor = len(before) - 2
                while governor > 0 and before[governor].lower in _TIME_ADJUNCT_WORDS:
                    governor -= 1  # "tweeted on Friday to say"
                if (infinitive and governor > 0 and before[governor].lower.endswith("ed")) \
                        or (participle and prev in ("in", "about", "for")):
                    # "Ryan struggled on Tuesday to explain …", "Ryan has been vocal in rejecting …" (not
                    # "objected to reports that …", "invited the mayor to explain …")
                    speaker = _opening_subject(art, s_lo, vs, people=True)
                elif infinitive and _causative_object(art, before) is not None:
                    speaker = _causative_object(art, before)  # "a win that led her to declare …": she declares
                elif infinitive or (participle and prev == "to"):
                    # "Clinton took to Twitter to say …", "Sullivan had to explain …", "Cruz pivoted to arguing …"
                    opening = _opening_subject(art, s_lo, vs, people=True)
                    if opening is not None and _subject_acts_to(art, opening.end, before[-1].start):
                        speaker = opening
                if speaker is None and (infinitive or participle):
                    opened = art.next_open(ve)
                    if (opened is not None and re.fullmatch(r"[\s,:—–-]*", art.text[ve:opened])) \
                            or (participle and prev == "as"):
                        speaker = _chain_subject(art, clause_lo, before)  # "was prompted to say, “…”", "Louis Michel
                        # was quoted as saying that …"
                    if speaker is None and participle and prev == "as":
                        speaker = _quoted_as(art, s_lo, vs)
                    if speaker is None and participle:
                        speaker = _absolute_subject(art, before, clause_lo)  # "…, with analysts saying that …"
            out.append(Attribution(vs, ve, written, verb, speaker, speaker_after, art.sentence_of(vs),
                                   in_relative=in_relative, patient=patient, impersonal=impersonal))
    return out


_OPENING_TIME_WORDS = frozenset("later ago years months weeks days".split())  # with _TIME_ADJUNCT_WORDS: "Late
# last year,", "Two weeks ago,"
_ORGANISATION_NOUNS = frozenset("""firm company group agency ministry department government campaign committee party
    union bank council court commission board administration organisation organization network newspaper""".split())
_PARTY_PLURALS = frozenset("democrats republicans conservatives liberals tories".split())


_QUOTED_BY_AS = re.compile(r"\s+by\s[^.,;:“”\"]{1,80}?\bas\s+(?:saying|telling|writing)\b")


def _quoted_as(art: _Article, lo: int, verb_start: int) -> Mention | None:
    """The one quoted, for a participle of speech at ``verb_start`` after "was quoted by … as": the subject of
    "was quoted" ("Lavrov was quoted by the Tass news agency as saying …"), as _chain_subject finds it when no "by"
    stands between ("Lavrov was quoted as saying …"). The words are looked at back to ``lo``, the sentence's start."""
    before = art.toks(lo, verb_start)
    k = next((j for j in range(len(before) - 2, max(-1, len(before) - 14), -1) if before[j].lower == "quoted"), None)
    if k is None or before[k + 1].lower != "by" \
            or any(t.text in ",;:“”\"" for t in before[k + 1:-1]):
        return None
    aux = k
    while aux > 0 and before[aux - 1].lower in ("was", "were", "is", "are", "been", "being", "has", "have", "had"):
        aux -= 1
    return _subject_before(art, lo, before[aux].start) if aux < k else None


def _group_before(art: _Article, toks: list[Tok]) -> Mention | None:
    """A counted group of people that ends ``toks``: "a number of investors", "dozens of lawmakers", "most of
    the vulnerable Senate Republicans"; the head after "of" is a people noun or a party's members, with at
    most three words before it."""
    j = max((k for k, t in enumerate(toks) if t.lower == "of"), default=None)
    if j is None or j == 0 or not 1 <= len(toks) - j - 1 <= 4:
        return None
    counted = toks[j - 1].lower
    first = j - 1
    if counted in _GROUP_NOUNS and first > 0 and toks[first - 1].lower in ("a", "an"):
        first -= 1
    elif counted not in _GROUP_NOUNS and counted not in _QUANTIFIER_SUBJECTS:
        return None
    if first > 0 and toks[first - 1].text not in ",;:(" and toks[first - 1].lower not in ("and", "but", "while", "as"):
        return None  # (the group opens the subject)
    tail = toks[j + 1:]
    if any(not t.text[:1].isalnum() and t.text not in ("’s", "'s", ".") for t in tail) or _has_finite_verb(tail):
        return None
    head = tail[-1]
    if head.lower not in _GROUP_PEOPLE and not (head.is_cap and head.lower.rstrip("s") + "s" in _PARTY_PLURALS):
        return None  # (not "One of the jobs Perez talks about": a relative clause)
    return Mention(toks[first].start, head.end, art.text[toks[first].start:head.end], "np")


def _absolute_subject(art: _Article, before: list[Tok], lo: int) -> Mention | None:
    """The noun phrase between "with" and a gerund of speech ("…, with analysts saying that …", "with reports
    suggesting that …"): a people noun, a name or a noun for a source, and nothing else in between."""
    k = max((j for j, t in enumerate(before) if t.lower == "with" and t.start >= lo), default=None)
    if k is None or not 1 <= len(before) - k - 1 <= 5:
        return None
    phrase = before[k + 1:]
    if any(not t.text[:1].isalnum() and t.text not in ("’s", "'s") for t in phrase) or _has_finite_verb(phrase):
        return None
    head = phrase[-1].lower
    mention = art.person_at(phrase[-1].start) if phrase[-1].is_cap else None
    if mention is not None or head in _PEOPLE_NOUNS or head in _SOURCE_NOUNS or head in _DOCUMENT_NOUNS:
        start = phrase[0].start
        return Mention(start, phrase[-1].end, art.text[start:phrase[-1].end], "name" if mention is not None else "np",
                       mention.entity if mention is not None else None)
    return None


def _chain_subject(art: _Article, lo: int, before: list[Tok]) -> Mention | None:
    """The subject of the finite verb a few words before a non-finite verb of speech after "to", "by" or "as"
    ("Mr. Trump was prompted to say, “…”", "Auerbach went so far as to say: “…”", "he began by saying, “…”",
    "Gaymard is on record as saying that …"), when only words of the chain stand between them: no object that
    would do the speaking ("prompted the Ledger to write", "taught her son to say", "it took him ten minutes to
    reply"), no negation ("did not go so far as to say", "no one has stepped up to say") and no "it" or "there"."""
    if not before or before[-1].lower not in ("to", "by", "as"):
        return None  # ("the man, who an official said was shouting “…”": a verb of its own, not a chain)
    k = len(before) - 1
    while k > 0 and len(before) - k <= 6:
        k -= 1
        tok = before[k]
        if _is_finite_verb(tok, before[k - 1] if k else None) and tok.start >= lo:
            head = art.toks(lo, tok.start)
            if any(t.lower in _NEGATIONS for t in head):
                return None
            subject = _subject_before(art, lo, tok.start)
            return None if subject is None or subject.text.lower() in ("it", "there") else subject
        if tok.lower not in _CHAIN_WORDS and not (tok.lower.endswith("ly") and tok.text.islower()):
            return None
    return None


_CHAIN_WORDS = frozenset("to by as so far on up out ahead back going quick eager ready happy able careful sure record "
                         "prompted moved forced compelled asked invited went go goes began begin begins started "
                         "start starts decided chose rushed hastened tried".split())
_NEGATIONS = frozenset("not never no nobody none neither nor n't n’t".split())


_LIGHT_VERBS = frozenset("""made makes make issued issues issue repeated repeats repeat renewed renews renew reiterated
    reiterates reiterate voiced voices voice offered offers offer delivered delivers deliver unveiled unveils unveil
    revisited revisits raised raises raise raising posed poses pose posing""".split())
# (the verbs whose subject makes the statement a noun of speech names: "Trump made the claim that …", "Clinton
# unveiled a proposal to …", "Trump is raising questions about …")
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_NOUN_DETERMINERS = frozenset("a an the several some many new another".split())
_NOUN_ADVERBS = frozenset("often more most very so too much now once long own".split())  # "Trump's often controversial"


def _adjectives_back(toks: list[Tok], k: int) -> int:
    """Where the adjectives before ``toks[k]`` start (at most three): "repeated", "often controversial",
    "own", "long-standing"."""
    j = k
    while j > 0 and k - j < 3 and not toks[j - 1].is_cap and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", toks[j - 1].text) \
            and (toks[j - 1].lower not in _all_stopwords() or toks[j - 1].lower in _NOUN_ADVERBS) \
            and not (toks[j - 1].lower in _LIGHT_VERBS and (j < 2 or (toks[j - 2].lower not in _DETERMINERS | _POSSESSIVE_PRONOUNS
                                                                      and toks[j - 2].text not in ("’s", "'s", "’", "'")))):
        if toks[j - 1].lower.endswith("ed") and j >= 2 and (toks[j - 2].is_cap or toks[j - 2].lower in _SUBJECT_PRONOUNS):
            break  # "Cruz faced criticism for …": a verb after its subject, not an adjective
        j -= 1  # (not "The Treasury offered assurances": the verb that makes the statement)
    return j


def _possessor(art: _Article, toks: list[Tok]) -> Mention | None:
    """The noun phrase that ends ``toks`` before a possessive "'s": a name, a role or a short phrase that opens
    with a determiner ("the group"), else its last word ("shareholders' demands", not "The CEO brushed aside
    shareholders")."""
    named = next((m for m in art.mentions_back_from(toks[-1].end) if m.end == toks[-1].end and m.entity is not None), None) \
        if toks else None
    if named is not None:
        return named  # "how could the Clinton Foundation square Hillary's claim": the name
    owner = _np_before(art, toks, longer=False)
    if owner is None or owner.kind not in ("name", "role", "np", "names") \
            or owner.text.lower() in _TIME_WORDS or owner.text.lower().rstrip(".") in _WEEKDAYS:
        return None  # ("Tuesday's call for a ceasefire")
    words = art.toks(owner.start, owner.end)
    if owner.kind == "np" and len(words) > 1 and any(
            not w.is_cap and (w.lower not in _DETERMINERS or k) and (w.lower.endswith("ed") or w.lower in _all_stopwords())
            for k, w in enumerate(words[:-1])):
        return Mention(words[-1].start, words[-1].end, words[-1].text, "np")
    return owner


_OWNER_PRONOUN_SUBJECTS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _noun_owner(art: _Article, s_lo: int, pos: int) -> Mention | None:
    """Whose statement a noun of speech at ``pos`` is: the possessive before it ("Trump's repeated calls",
    "Republicans' demands"), a name or a party or people noun before it ("Republican calls for", "BLM
    calls for"); a possessive pronoun, or the subject that opens the sentence when it is the same person
    ("The candidate continued to refute … his claim"); or the subject of a verb that makes the statement
    ("Sanders made the claim that …", "The ministry offered assurances that …"). None for "the claim that
    …" with no owner."""
    before = art.toks(max(s_lo, pos - 80), pos)
    k = _adjectives_back(before, len(before))
    if k == 0:
        return None
    det = before[k - 1]
    if det.lower in _POSSESSIVE_PRONOUNS:
        pronoun = Mention(det.start, det.end, det.text, "pronoun")
        subject = _sentence_subject(art, s_lo, det.start, named_anywhere=False)
        if subject is None or subject.text.lower() == det.lower or subject.kind not in ("name", "role", "pronoun"):
            return pronoun
        if subject.kind == "pronoun":
            return subject if subject.text.lower() == _OWNER_PRONOUN_SUBJECTS[det.lower] else pronoun
        entity = resolve(art, subject)
        same = entity is not None and entity is resolve(art, pronoun)
        return subject if same else pronoun  # (not "She was angered by his suggestion that …")
    if det.text in ("’s", "'s", "’", "'") and k > 1:
        return _possessor(art, before[:k - 1])
    if det.is_cap and det.lower not in _all_stopwords() and (
            any(m.end == det.end for m in art.mentions_back_from(det.end))
            or det.lower.rstrip("s") in _PARTY_NOUNS or det.lower in _PEOPLE_NOUNS):
        return Mention(det.start, det.end, det.text, "np")  # (not "Tuesday's call", "Despite repeated calls")
    j = k
    while j > 0 and before[j - 1].lower in _NOUN_DETERMINERS:
        j -= 1
    if j > 0 and before[j - 1].lower in _LIGHT_VERBS:
        return _subject_before(art, s_lo, before[j - 1].start)
    return None


_NOT_NOUN_OWNER_BEFORE = frozenset("""to not n't n’t who that which what no""".split())  # a verb or no statement
_WANTING = frozenset("want wants wanted wanting seek seeks sought seeking need needs needed demanded requested".split())
_BASE_ING = frozenset("bring sing ring swing sting spring fling cling wring".split())
_COMMUNICATING = frozenset("""say tell ask thank congratulate report complain apologize apologise check offer
    discuss inform invite wish warn""".split())  # "called to say …": a telephone call


def _noun_attributions(art: _Article, atts: list[Attribution]) -> list[Attribution]:
    """Nouns of speech followed by what they report (``speech_nouns.csv``): "Trump's call for a ban on …",
    "his claim that he was offered a scholarship", "a promise to deport …", outside quotation marks. The
    verb part is the noun (with the preposition for "for", "about", "on", whose object is what is said)
    and the frame the link's: a clause, an infinitive or an object."""
    nouns, pattern = load_speech_nouns()
    out = []
    for lo, hi in art.paragraphs:
        for m in pattern.finditer(art.text, lo, hi):
            noun, link = nouns[m.group(1).lower()], m.group(2).lower()
            prev = art.tok_before(m.start(), max(lo, m.start() - 20))
            if link not in noun.links or art.in_quote(m.start()) or m.group(1)[0].isupper() or (
                    prev is not None and (prev.lower in _SUBJECT_PRONOUNS or prev.lower in _FINITE_AUXILIARIES
                                          or prev.lower in _NOT_NOUN_OWNER_BEFORE or "-" in prev.text)) \
                    or any(a.verb_start == m.start(1) and a.speaker is not None for a in atts):
                continue  # (a capitalised form opens a sentence or a title: "Call for Papers"; "went off script to
                # comment on", "they call for", "what promises to be", "Sanders promises to …": a verb; "made no
                # comment on"; "a wake-up call to …", "PC-based calls")
            if prev is not None and prev.lower == "for" and noun.noun == "comment":
                continue  # "available for comment on …": no statement
            if prev is not None and prev.lower in _WANTING:
                continue  # "Juninho wants assurances that …", "sought assurances": asked for, not given
            after = art.toks(m.end(), min(hi, m.end() + 40))[:2]
            if not after or (link == "for" and after[0].lower in ("comment", "comments")) \
                    or (link == "that" and (after[0].lower in _FINITE_AUXILIARIES or _is_finite_verb(after[0], None))) \
                    or (link in ("on", "about") and after[0].lower.rstrip("s") in _TIME_WORDS) \
                    or (link == "to" and (not re.fullmatch(r"[a-z]+", after[0].text) or after[0].lower in _DETERMINERS
                                          or after[0].lower in ("date", "day", "fame", "arms", "order", "any", "all",
                                                                "every", "premium", "each", "another")
                                          or (after[0].lower.endswith("s") and not after[0].lower.endswith("ss"))
                                          or (after[0].lower.endswith("ing") and after[0].lower not in _BASE_ING))):
                continue  # "requests for comment" report nothing; "claims that were later proven false": a relative;
                # "comments on Friday"; "calls to landlines", "a call to ABC", "proposals to date", "claim to fame":
                # no infinitive
            s_lo = max(lo, art.sentence_span(m.start())[0])
            if link == "to" and re.match(r"\s*For\b", art.text[s_lo:m.start()]):
                continue  # "For his proposal to succeed, he needs …": a purpose, not what was proposed
            if link == "that" and _object_relative(art, m.end(), hi):
                continue  # "a comment that fans found offensive", "charges that customers pay have risen"
            frame = {"that": "clause", "to": "infinitive"}.get(link, "object")
            end = m.end(1) if link in ("that", "to") else m.end(2)
            speaker = _noun_owner(art, s_lo, m.start())
            if speaker is None and noun.noun == "promise" and link == "to" and after[0].lower == "be":
                continue  # "Saturday's final promises to be a thriller": likely to be, not a promise
            if speaker is None and (noun.owned or link == "of"):
                continue  # "appeal for the Whigs": speech only with whose it is ("the criticism of her party rival"
                # may be the rival's)
            out.append(Attribution(m.start(1), end, art.text[m.start(1):end], Verb(noun.verb.lemma, noun.verb.cls, frame),
                                   speaker, False, art.sentence_of(m.start()), impersonal=speaker is None))
    return out


def _object_relative(art: _Article, pos: int, hi: int) -> bool:
    """Whether the words after a noun's "that" are a relative clause whose verb takes the noun as its object:
    a short subject and its verb group, then straight the sentence's own verb or a complement ("charges that
    customers pay have risen", "a comment that fans found offensive"; not "his suggestion that she had lied
    was denied")."""
    toks = art.toks(pos, min(hi, pos + 60))[:8]
    verb = next((k for k, t in enumerate(toks) if k and (_is_finite_verb(t, toks[k - 1]) or (
        t.lower.endswith("s") and toks[k - 1].lower.endswith("s") and not t.is_cap))), None)
    if verb is None or verb > 4 or toks[verb].lower in _FINITE_AUXILIARIES | {"be"}:
        return False  # (an auxiliary makes a complete clause: "his admission that mistakes were made came too late")
    nxt = toks[verb + 1] if verb + 1 < len(toks) else None
    return nxt is not None and (nxt.lower in _FINITE_AUXILIARIES or _is_finite_verb(nxt, toks[verb])
                                or nxt.lower in ("offensive", "unacceptable", "troubling", "hurtful"))


def _noun_content_end(art: _Article, att: Attribution, start: int, end: int) -> int:
    """Where what a noun of speech reports ends when the noun phrase is the sentence's subject ("Trump's call
    for a ban on Muslims has drawn …", "His claim that Mexico will pay has been mocked", "Macron's vow to reform
    pensions sparked protests"): before the main verb, the first finite verb after the that-clause's own (an
    infinitive or an object has none), not one right after an auxiliary ("that he had met"); else ``end``.
    An object ends at a comma too ("Warren's comment about superdelegates notwithstanding, she …")."""
    s_lo = art.sentence_span(att.verb_start)[0]
    phrase = art.toks(s_lo, att.verb_start)
    k = _adjectives_back(phrase, len(phrase))
    if k and (phrase[k - 1].lower in _NOUN_DETERMINERS | _POSSESSIVE_PRONOUNS):
        k -= 1  # … and the determiner or the possessive: "his", "the"
    elif k and phrase[k - 1].text in ("’s", "'s", "’", "'"):
        owner = _possessor(art, phrase[:k - 1])
        k = next((j for j, t in enumerate(phrase) if t.start == owner.start), k - 1) if owner is not None else k - 1
        if k and phrase[k - 1].lower in _DETERMINERS:
            k -= 1  # "Mr. Obama's", "The group's"
    while k and phrase[k - 1].is_cap and phrase[k - 1].lower not in _all_stopwords():
        k -= 1  # "Republican calls for"
    toks = art.toks(start, end)
    comma = next((t for t in toks if t.text in ",;:"), None)
    if att.info.frame == "object" and comma is not None:
        end = _trim_end(art.text, start, comma.start)  # "Despite repeated calls for calm, the crowd grew"
        toks = art.toks(start, end)
    turn = re.search(r",\s*(?:but|while|although|though|which|and then)\b", art.text[start:end])
    if att.info.frame == "infinitive" and turn is not None:
        end = _trim_end(art.text, start, start + turn.start())  # "a proposal to invest £10m in Sheffield Wednesday,
        toks = art.toks(start, end)  # but this was rejected"
    if k and phrase[k - 1].text not in (",", ":", "—", "–"):
        return end  # the noun phrase comes after the main verb: "He repeated his claim that …"
    own = att.info.frame == "clause" or bool(toks) and toks[0].lower in _WH_OPENERS  # ("questions about whether
    # Lewandowski had grabbed her": the question's own verb)
    for k, tok in enumerate(toks):
        if tok.text in ",;:" and not own:
            return _trim_end(art.text, start, tok.start)
        prev = toks[k - 1] if k else None
        if tok.text in ",;:" or (prev is not None and (prev.lower in ("and", "or", "who", "which", "that")
                                                        or prev.lower in _FINITE_AUXILIARIES
                                                        or prev.lower in ("been", "be", "not", "never"))):
            continue
        present = tok.lower.endswith("s") and not tok.is_cap and len(tok.text) > 3 and tok.text.isalpha() \
            and prev is not None and prev.text.isalpha() and prev.lower not in _all_stopwords() \
            and prev.lower not in _DETERMINERS and not prev.lower.endswith("s")
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        adjective = tok.lower.endswith("ed") and tok.lower not in _IRREGULAR_PAST and nxt is not None \
            and nxt.text.isalpha() and not nxt.is_cap and nxt.lower not in _all_stopwords() and prev is not None \
            and (prev.lower in _DETERMINERS or prev.lower in _NOT_CLAUSE or (k >= 2 and toks[k - 2].lower == "to"))
        # "to deport undocumented immigrants", "for unreported loans" (not "pensions sparked protests")
        if (_is_finite_verb(tok, prev) and not adjective) or tok.lower in ("is", "was", "are", "were", "has", "had") \
                or (own and (present or tok.lower == "be")):  # ("that the fee be paid", "that the vaccine causes autism has been debunked")
            if own:
                own = False  # the clause's own verb
                continue
            return _trim_end(art.text, start, tok.start)
    return end


def _causative_object(art: _Article, before: list[Tok]) -> Mention | None:
    """The object of a verb that makes someone act, before the "to" of an infinitive: "led her to
    declare", "prompted Republicans to say", "led party chairman Tom Reyes to declare" (the object speaks,
    not the subject)."""
    k = next((k for k in range(len(before) - 2, max(-1, len(before) - 8), -1) if before[k].lower in _CAUSATIVES
              or before[k].lower == "force" and _after_auxiliary(art, before[k].start)), None)
    # ("will almost certainly force Sanders to acknowledge …", not "a task force held meetings to …")
    if k is None or k + 2 > len(before) - 1:
        return None
    obj = before[k + 1:-1]
    if any(t.lower in _FINITE_AUXILIARIES or t.lower in _TIME_ADJUNCT_WORDS for t in obj):
        return None  # "a delegate lead could spur networks to call …", "the third leading search firm this week to
        # thank …": "lead" is a noun, "leading" an adjective
    if len(obj) == 1 and obj[0].lower in ("him", "her", "them"):
        return Mention(obj[0].start, obj[0].end, obj[0].text, "pronoun")
    if len(obj) == 1 and obj[0].lower in ("some", "many", "others", "critics", "observers"):
        return Mention(obj[0].start, obj[0].end, obj[0].text, "np")  # "led some to speculate that …"
    mention = _np_before(art, obj)
    role = [t for t in obj if mention is not None and t.end <= mention.start]
    if mention is None or mention.kind == "pronoun" or not all(
            t.text.isalpha() and t.text.islower() and t.lower not in _all_stopwords() for t in role):
        return None
    return Mention(obj[0].start, mention.end, art.text[obj[0].start:mention.end], mention.kind, mention.entity) \
        if role else mention  # ("led party chairman Tom Reyes to declare …": the role words before the name)


def _after_auxiliary(art: _Article, pos: int) -> bool:
    """Whether the word at ``pos`` follows "to" or an auxiliary, as a base form read as a verb does
    (``_bare_infinitives``), past adverbs ("will almost certainly force")."""
    toks = art.toks(max(0, pos - 60), pos)
    j = len(toks)
    while j and (toks[j - 1].lower.endswith("ly") and toks[j - 1].text.isalpha() or toks[j - 1].lower == "almost"
                 or toks[j - 1].lower in _SKIP_BEFORE_VERB and toks[j - 1].lower not in _FINITE_AUXILIARIES):
        j -= 1
    cut = toks[j].start if j < len(toks) else pos
    return _bare_infinitives()[2].search(art.text, max(0, cut - 30), cut) is not None


_STORY_NOUNS = frozenset("story stories tale tales joke jokes lie lies anecdote anecdotes".split())
_CAUSATIVES = frozenset("led lead leads leading prompted prompting prompts forced forces forcing pushed pushing "
                        "caused causing causes spurred spurring".split())


def _quoted_inside_subject(art: _Article, s_lo: int, quoted: tuple[int, int]) -> bool:
    """Whether the quotation ``quoted`` (opening mark, end) is a short title or phrase set inside the
    words before a verb (the sentence has words before its opening mark), not a quotation being attributed."""
    opened, closed = quoted
    return opened > s_lo and bool(art.text[s_lo:opened].strip()) and _words(art.text[opened:closed]) <= 6


def _after_comma(before: list[Tok]) -> bool:
    """Whether a comma or a dash comes right before a verb, past closing marks and adverbs ("Joe,''
    adding", "religion, falsely suggesting", "Clinton, often citing", "on the spot – saying")."""
    k = len(before) - 1
    while k >= 0 and (before[k].text in _CLOSING_MARKS or before[k].lower.endswith("ly") and not before[k].is_cap
                      or before[k].lower in ("often", "also", "then", "again", "even", "still")):
        k -= 1
    return k >= 0 and before[k].text in (",", "—", "–", "--", "-")  # ("refuge - noting that …": a spaced hyphen)


_OBJECT_PRONOUNS = frozenset("it him her them me us".split())
_PASSIVE_AUXILIARIES = frozenset("was were is are been be being as".split())
_PASSIVE_ADVERBS = frozenset("first also later widely often not never then again previously initially".split())


def _passive(art: _Article, before: list[Tok], form: str, verb_end: int, hi: int) -> tuple[bool, Mention | None,
                                                                                          Tok | None]:
    """Whether a verb form is a passive participle ("was first reported by Politico", "as reported by
    Western Journalism", "Donations are typically reported in ranges"), with the agent after "by"
    (or None) and the auxiliary (or the "as")."""
    low = form.lower().split()[0]  # ("he was warned against doing so": a form with its particle too)
    if not (low.endswith(("ed", "en")) or low in ("told", "said")):
        return False, None, None
    k = len(before)
    while k and (before[k - 1].lower in _PASSIVE_ADVERBS or (before[k - 1].lower.endswith("ly")
                                                             and before[k - 1].text.isalpha())):
        k -= 1
    if not k or before[k - 1].lower not in _PASSIVE_AUXILIARIES or (
            before[k - 1].lower == "as" and k >= 2 and before[k - 2].lower in ("such", "so", "same", "just")):
        return False, None, None
    after = art.toks(verb_end, hi)
    j = 0
    while j < min(len(after), 4) and after[j].lower in _TIME_ADJUNCT_WORDS:
        j += 1
    agent = _np_after(art, after[j].end, hi) if j < len(after) and after[j].lower == "by" else None
    return True, agent, before[k - 1]


_INVERTED_VERBS = frozenset({"said", "added", "wrote", "says", "stated", "explained", "continued", "recalled"})
_LISTENER_FIRST = frozenset("tell inform brief assure remind email".split())  # "…, told The Hill": a listener
_INVERTED_OPENING = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*"
                               r"(?:\s*,\s*(?:who|a|an|the)\b[^“”\"‘,;:.]{1,120})?\s*[,:]\s*[“\"‘]")
# ("Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”", "Stated Stone: ¶ “…”")
_PASSIVE_AFTER = frozenset("as by for in on at".split())  # "a man described as", "a group called by"


def _opens_inverted(art: _Article, word: str, end: int) -> bool:
    """Whether ``word``, ending at ``end``, is a verb before the name that opens a quotation: "Said Comey, “…”"."""
    return word.lower() in _INVERTED_VERBS and _INVERTED_OPENING.match(art.text, end) is not None


_OBJECT_CONTROL = re.compile(r"\b(?:invit|urg|ask|tell|told|want|encourag|allow|forc|persuad|order|expect|need|"
                             r"pressur|push|challeng|prompt|convinc|caus|requir|permit|enabl|inspir|lead|led|call|"
                             r"help|get|got|leav|left|pa(?:y|id)|hir|dar|invok|beg|begg|remind|warn|direct|instruct|"
                             r"sen[dt])", re.IGNORECASE)


def _subject_acts_to(art: _Article, subject_end: int, to: int) -> bool:
    """Whether the "to" at ``to`` opens a purpose or a complement of the subject that ends at
    ``subject_end`` ("Clinton took to Twitter to say", "Sullivan had to explain", "He went out of his way
    to say"): past an appositive or a relative set off by commas right after the subject ("Harris, a
    former judge, took to …"), no other comma, no other reporting verb, no clause of its own ("because
    there was no duty to …") and no verb that hands the action to its object ("invited the mayor to") between."""
    span = _SHOW_TITLE.sub(_drop_title, art.text[subject_end:to])  # ("appeared on “Fox & Friends” to defend her")
    span = re.sub(r"\A\s*,\s*(?:a|an|who|which)\b[^,;:—–“”\"]*,", " ", span)  # ("Harris, a former judge, took to …")
    phoned = re.search(r"\b(?:called|calls|call|phoned)\s*\Z", span)  # "She called to say …": a telephone call
    span = span[:phoned.start()] if phoned else span
    return bool(span.strip() or phoned) and len(art.toks(subject_end, to)) <= 14 and not re.search(r"[,;:—–“”\"]", span) \
        and not _OBJECT_CONTROL.search(span) and load_reporting_verbs()[1].search(span) is None \
        and not _NEW_CLAUSE_IN_SPAN.search(span)  # (not "… were ignored when raising concerns because there was no
    # legal duty to respond": a clause of its own before the "to")


_NEW_CLAUSE_IN_SPAN = re.compile(r"\b(?:because|when|if|although|though|while|unless|until|"
                                 r"there\s+(?:is|was|are|were|will|would|has|had))\b", re.I)


_SHOW_NOUNS = frozenset("programme program show website site newspaper paper podcast channel network magazine".split())
_TITLED_SHOW_NOUNS = frozenset("programme program show podcast".split())  # a title may follow: "programme Go Digital"
_UNTITLED_SHOW_NOUNS = _SHOW_NOUNS - _TITLED_SHOW_NOUNS
_SHOW_TITLE = re.compile(r"(?:(?<=[’']s )|(?<=\bon ))[“\"]([^“”\"]{1,40})[”\"]")


def _drop_title(match: re.Match) -> str:
    """A quoted show or book title after "on" or a possessive, dropped; other quotations kept."""
    title = match.group(1)
    return "" if _is_short_name(title) or _is_title_case(title) else match.group(0)


def _is_base_form(form: str, verb: Verb) -> bool:
    """Whether a written form is the verb's base form ("attack", "Call on"): a noun after a
    determiner, or an infinitive after "to"."""
    return form.split()[0].lower() == verb.lemma.split()[0]


def _plural_head(words: list[str]) -> bool:
    """Whether a noun phrase whose words are ``words`` has a plural or capitalised head before its first
    preposition ("Critics of the land reform policy", "Members of the board"); False without a preposition.
    Unlike ``_after_governor``, a participle head does not count ("helped by strong demand")."""
    k = next((k for k, w in enumerate(words) if w.lower() in _GOVERNORS), None)
    if not k:
        return False
    head = words[k - 1]
    return head[:1].isupper() or head.lower().endswith("s") or head.lower() in _PEOPLE_NOUNS \
        or head.lower() in _IRREGULAR_PLURALS


def _noun_after(art: _Article, form: str, verb: Verb, subject: Mention, last: Tok, after: list[Tok], lo: int) -> bool:
    """Whether a verb form right after the noun phrase ``subject`` (whose last token is ``last``) is a
    noun that phrase modifies: "weak domestic demand and …" (a bare form after a singular lower-case word
    that is no people noun, share or pronoun), "The Romney attack hit …" and "the Sanders claim to …" (a bare form
    after "the" + name), "sounded a rare note of …" (a bare form after "a/an/this" + words, unless a
    share: "a mere 9 percent say"), "the 2001 terrorist attacks", "anti-Latino remarks" (a plural noun
    after a lower-case word that names no person, unless a pronoun object follows: "calls it")."""
    bare = _is_base_form(form, verb)
    words = subject.text.split()
    head = words[-1].lower()
    if bare and form.lower() in _NOUN_LIKE_VERBS and subject.kind == "np" and words[-1].isalpha() \
            and words[-1].islower() and not head.endswith("s") and head not in _PEOPLE_NOUNS \
            and head not in _IRREGULAR_PLURALS and head not in _SUBJECT_PRONOUNS and head not in _SHARE_WORDS \
            and not _after_possessive(art, subject.start) \
            and not any(w.lower() in ("and", "or") for w in words[:-1]) and not _plural_head(words):
        return True  # "weak domestic demand and …", "consumer demand remain sluggish", "rising demand": a bare form
        # after a singular word that no auxiliary joins to it is a noun that word modifies (right after a
        # possessive, in a phrase with "and", or when the head before a preposition is plural, "Podliska's most
        # explosive claim is that …", "law and journalism claim", "Critics of the policy claim", the other rules
        # decide)
    if " " in form and words[0].lower() not in ("a", "an", "the", "this", "another"):
        return False  # "As one official put it: …" (not "made an impassioned call for …")
    ends_plural = words[-1].lower().endswith("s")
    share = re.search(rf"\bin (?:{_NUMBER_WORDS})\Z", subject.text.lower())  # "One in five"
    if after and words[0].lower() not in ("a", "an", "this", "another") and (
            after[0].lower in _SUBJECT_PRONOUNS or ((ends_plural or share) and after[0].lower == "that")):
        return False  # "the Khans say they …", "One in five say that …" (not "a congressional report that …")
    if after and after[0].text == "," and ends_plural:
        return False  # "…, a wide array of economists say, …"
    if form.lower() in _PLURAL_NOUN_FORMS and subject.kind == "np" and re.search(r"[’']s\b", subject.text) \
            and (not after or after[0].text in ".,;:)"):
        return True  # "… the receiving side of Mr. Trump's Twitter attacks.": a noun that ends its phrase
    if bare and " " not in form and form.lower() not in _PAST_LIKE_BASE and _after_article(art, last, lo):
        return True  # "saying in a Trumpian post on Twitter": a bare form after "a" and one word is a noun (a
        # verb after a singular subject would take -s)
    plural_body = ends_plural and bool(after) and (
        after[0].lower in _OBJECT_WORDS or after[0].is_cap or after[0].lower.endswith("s")) \
        and after[0].lower not in ("this", "that") and _clause_verb(after[:8])
    # (but "The Tories say taxes have gone up", "the Lib Dems say the plans may …": a party that speaks a clause)
    if subject.kind in ("name", "role") and bare:
        det = art.tok_before(subject.start, max(lo, subject.start - 10))
        if det is not None and det.lower in ("the", "a", "this") and not (det.lower == "the" and plural_body):
            return True
    if subject.kind in ("np", "role") and bare \
            and (words[0].lower() in ("a", "an", "this", "that", "another", "one")
                 or words[0].lower() == "the" and len(words) > 1 and all(w[:1].isupper() for w in words[1:])) \
            and not re.search(r"\d|%|percent", subject.text):
        return not (words[0].lower() == "the" and plural_body)
    return subject.kind == "np" and form.lower() in _PLURAL_NOUN_FORMS and not last.is_cap \
        and last.lower not in _ROLE_HEADS | _PEOPLE_NOUNS and not (after and after[0].lower in _OBJECT_PRONOUNS) \
        and not (after and not ends_plural and not last.lower.endswith("ing")
                 and after[0].lower in ("the", "a", "an", "his", "her", "its", "their", "that", "this", "these", "those",
                                        "our", "my", "your"))
    # (not "The lawsuit claims the company misled investors", "The Cruz campaign calls this a false narrative": a
    # singular subject and the verb's object)


def _after_article(art: _Article, last: Tok, lo: int) -> bool:
    """Whether the words that end at ``last`` are "a/an/the/this" alone or with one singular word that is
    no group noun nor number, and no plural noun or participle governs them through a preposition
    ("Residents of the area say": the subject is longer)."""
    near = art.toks(max(lo, last.start - 40), last.end)[-2:]
    if not near or _after_governor(art, near[0].start if len(near) == 2 and near[0].lower in (
            "a", "an", "the", "this") else near[-1].start):
        return False
    return near[-1].lower in ("a", "an", "the", "this") or (
        len(near) == 2 and near[0].lower in ("a", "an", "the", "this") and near[1].text.isalpha()
        and not near[1].lower.endswith("s") and near[1].lower not in _COLLECTIVE_PLURALS | _NUMBER_WORDS_SET)


def _after_governor(art: _Article, pos: int) -> bool:
    """Whether a preposition ("of", "at", "for" …) that follows a plural noun or a participle comes right before
    ``pos`` ("Residents of the area say", "bosses polled for the survey say"; not "saying in a Trumpian post")."""
    before = art.tok_before(pos, max(0, pos - 20))
    if before is None or before.lower not in _GOVERNORS:
        return False
    head = art.tok_before(before.start, max(0, before.start - 30))
    if head is not None and head.lower == "and":  # "Political observers in Virginia and around the country say"
        first = art.toks(max(0, head.start - 40), head.start)[-4:]
        k = next((k for k in range(len(first) - 1, 0, -1) if first[k].lower in _GOVERNORS), None)
        head = first[k - 1] if k is not None and all(t.is_cap for t in first[k + 1:]) else None
    return head is not None and head.text.isalpha() and (head.lower.endswith("s") or head.lower.endswith("ed")
                                                         or head.lower in _COLLECTIVE_PLURALS)


_MODALS = frozenset("would will could can should may might must".split())
_AS_MUCH = re.compile(r"\s+(as much)\b(?!\s+(?:as|to)\b)")
_REDUCED_PARTICIPLES = frozenset("released published issued conducted obtained".split())
_PAST_LIKE_BASE = frozenset("read put hit cut set let quit bid cast broadcast".split())  # "the email read"
_COLLECTIVE_PLURALS = frozenset("""people police media public children men women staff majority minority government
    committee council club union board team family company party jury panel crowd audience""".split())
# ("The committee say …": a group noun may take a plural verb)
_AUXILIARIES = r"has|have|had|will|would|could|did|does|do|was|were|is|are"
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|\d+"
_QUANTITY_SUBJECT = re.compile(
    r"(?:\b(?:a full|nearly|almost|about|roughly|some|only|just|over|just over|more than|fewer than|less than|at least|"
    r"as many as|"
    r"around|barely|close to)\s+)?"
    r"(?P<q>\d[\d.,]*\s*(?:%|percent\b|per cent\b)"
    r"|\b(?:a|one|two|three|four)[\s-]+(?:third|quarter|fourth|fifth|half)s?\b"  # ("two-thirds", "three-quarters")
    rf"|\b(?:{_NUMBER_WORDS})\s+(?:in|out of)\s+(?:{_NUMBER_WORDS})\b"
    r"|\b(?:large |small |big |narrow |wide |overwhelming )?(?:half|majorit(?:y|ies)|pluralit(?:y|ies))\b)"
    r"(?:\s+(?:of|in|among)\s+[^,;:.!?“”\"()]{1,90}?)?"
    r"(?:\s*,\s*[^,;:.!?“”\"()]{1,30},)?"
    rf"(?:\s+(?:also|now|still|{_AUXILIARIES}))*\s*\Z", re.IGNORECASE)


_COUNT_SUBJECT = re.compile(rf"(?:\A\s*|[,;]\s+|\b(?:and|while|but|whereas)\s+)(\d{{1,3}}(?:,\d{{3}})*)"
                            rf"(?:\s+(?:also|now|still|\w+ly|{_AUXILIARIES}))*\s*\Z")


_QUANTITY_HINT = re.compile(rf"\d|half|majorit|pluralit|third|quarter|fourth|fifth|percent|%"
                            rf"|\b(?:{_NUMBER_WORDS})\s+(?:in|out of)\s", re.IGNORECASE)  # ("nearly three in five said": a share in words)


def _quantity_subject(art: _Article, lo: int, verb_start: int) -> Mention | None:
    """A share of people as the subject, as polls report it: "42% say", "nearly three in five said",
    "a full 79 percent of Democrats say", "A third of independents, 33%, say"."""
    window = art.text[max(lo, verb_start - 200):verb_start]
    if not _QUANTITY_HINT.search(window):
        return None  # no number and no share word: the regular expressions below cannot match
    m = _QUANTITY_SUBJECT.search(art.text, max(lo, verb_start - 200), verb_start) \
        or _COUNT_SUBJECT.search(art.text, max(lo, verb_start - 60), verb_start)
    if m is None:
        return None
    if m.re is _COUNT_SUBJECT:  # "…, 39 have said they support Sanders"
        return Mention(m.start(1), m.end(1), m.group(1), "np")
    start = m.start()
    end = start + len(art.text[start:verb_start].rstrip(" ,—–-"))
    end = start + len(re.sub(rf"(?:\s+(?:also|now|still|{_AUXILIARIES}))+\Z", "", art.text[start:end],
                             flags=re.IGNORECASE))
    return Mention(start, end, art.text[start:end], "np")


_QUESTION_GOES_ON = frozenset("in on at during that where which who whose including".split())
_QUESTION_WORDS = frozenset("about whether if what why how who whom which when where to".split())
_PASSIVE = frozenset("was were is are be been being when if after before while once".split())


def _question_put(art: _Article, verb_start: int, verb_end: int, lo: int, hi: int) -> Attribution | None:
    """A question put to someone, with the asker as the speaker when the text names one: "Asked
    whether he would run, Rubio said …", "he was asked by a host if …", "when asked about Trump".
    None for "Trump asked whether …", whose subject asks."""
    s_lo, s_hi = art.sentence_span(verb_start)
    before = [t for t in art.toks(max(lo, s_lo), verb_start) if not (t.lower.endswith("ly") and t.lower.isalpha())]
    if len(before) > 1 and before[-1].lower in ("first", "also", "again", "later", "then", "once") \
            and before[-2].lower in _PASSIVE:
        before = before[:-1]  # "he was first asked if …" (not "Smith criticised the plan, then asked whether …")
    if before and before[-1].lower not in _PASSIVE and before[-1].text not in ",;:—–(":
        return None  # (but "he was first asked if …")
    rest = art.toks(verb_end, min(hi, s_hi))
    speaker = None
    if rest and rest[0].lower == "by":
        speaker = _np_after(art, rest[0].end, min(hi, s_hi))
    if not any(t.lower in _QUESTION_WORDS for t in rest[:15]):
        return None
    return Attribution(verb_start, verb_end, art.text[verb_start:verb_end], load_reporting_verbs()[0]["asked"],
                       speaker, speaker is not None, art.sentence_of(verb_start), question=True)


def _inverted_speaker(art: _Article, lo: int, verb_start: int, verb_end: int, hi: int) -> Mention | None:
    """The speaker after the verb when the reported words come first: "…, said Dan Gerstein, an
    analyst." The verb follows a comma, and a name or noun phrase follows it and ends the
    sentence or meets a comma, so that "Putin, the president, said Russia would …" is not one."""
    if _char_before(art.text, verb_start) != "," or not art.text[lo:verb_start].strip(" ,"):
        return None
    mention = _np_after(art, verb_end, hi)
    if mention is None or mention.kind == "pronoun" or mention.text.lower() in _WEEKDAYS:
        return None  # "…, Mr. Obama's adviser, said Sunday.": a day is not a speaker (but "…, said May")
    after = art.toks(_name_tail_end(art, mention), hi)
    k = next((k for k, t in enumerate(after[:12]) if t.text in ",.;:!?"), None) \
        if art.text[verb_start:verb_end].lower() in ("said", "says", "added") else None
    # a role whose phrase runs on to a punctuation mark: "…, said a spokesman for the ministry."
    if k is not None and not _has_finite_verb(after[:k]) \
            and all(t.text[:1].isalnum() or t.text in ("’s", "'s") for t in after[:k]):
        if mention.kind == "name":
            if after[0].lower in ("in", "at", "from", "of", "on", "during") and after[k].text != ",":
                return mention  # "…, says political scientist Dossym Satpayev in Almaty."
        elif after[0].lower in _POSTMODIFIER_ADJECTIVES and k > 1 and after[1].lower in ("to", "with") \
                and after[k].text != ",":
            last = k - 1
            while last > 2 and (after[last].lower in _TIME_WORDS or after[last].lower in _TIME_PREPOSITIONS):
                last -= 1  # ("…, said an aide close to the governor on Tuesday.")
            return Mention(mention.start, after[last].end, art.text[mention.start:after[last].end], mention.kind)
            # "…, said a source close to him."
        elif after[0].lower in ("for", "of", "from"):
            # "…, said a spokesman for the ministry.", "…, said a former spokesman for the ministry, Oleg Voloshyn."
            named = art.person_at(after[k + 1].start) if after[k].text == "," and k + 1 < len(after) else None
            if named is not None and art.text[named.end:named.end + 1] in (".", ",", ";", ""):
                return named
            if after[k].text != ",":
                return Mention(mention.start, after[k - 1].end, art.text[mention.start:after[k - 1].end], mention.kind)
        elif after[0].lower in ("in", "at", "on", "during") and after[k].text != ",":
            return mention  # "…, said a spokesman in a statement.", "…, said an aide at the time."
    words = [t.lower for t in after[:2]]
    if mention.kind == "name" and words == ["and", "others"] and (len(after) == 2 or after[2].text in ",.;:!?"):
        return Mention(mention.start, after[1].end, art.text[mention.start:after[1].end], "np")  # "…, said Doyle and others,"
    modified = mention.kind != "name" and (words[:1] == ["who"] or words in (["close", "to"], ["familiar", "with"]))
    return mention if not after or after[0].text in ",.;:!?(" or modified else None  # "said a person close to …"


_OWNED_PERSON_NOUNS = frozenset("""wife husband son daughter brother sister aunt uncle cousin nephew niece grandson
    granddaughter grandmother grandfather fiancee fiancée fiance fiancé partner widow widower friend coach manager
    agent publicist sons daughters brothers sisters children parents assistant deputy owner owners founder
    founders""".split())  # kin, friends and roles a possessive owns: "said her lawyer", "said his wife", "its owner"


def _owned_person(toks: list[Tok]) -> Tok | None:
    """The head of "his/her/their/its" and up to two lower-case modifiers when it is a person, a kin or a role noun
    ("her lawyer", "his longtime spokesman", "their coach"), or None."""
    def person(tok: Tok) -> bool:
        return any(tok.lower in nouns for nouns in (_ROLE_HEADS, _PEOPLE_NOUNS, _PERSON_NOUNS, _OWNED_PERSON_NOUNS))

    for k in range(1, min(4, len(toks))):
        tok = toks[k]
        if person(tok):
            while k + 1 < len(toks) and person(toks[k + 1]) and not toks[k + 1].is_cap:
                k += 1  # "its chief executive"
            if k + 2 < len(toks) and toks[k + 1].lower in ("’s", "'s"):
                return _owned_person([toks[0], *toks[k + 2:]])  # "his wife's lawyer": the lawyer
            return toks[k]
        if not tok.text.isalpha() or tok.is_cap or tok.lower in _stopwords() or _verb_of(tok.text) is not None:
            return None  # (not "its Paris lawyer, Emmanuel Gaillard": a name in the phrase, as the other rules take it)
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _common_np_after(art: _Article, pos: int, hi: int) -> Mention | None:
    """A plain noun phrase after an inverted verb, with what it may be "of", "at" or "for", that ends at a
    punctuation mark or a relative ("…,” said the woman.", "said the agency, which …", "said one owner of a shop who
    …"): a determiner and one to three lower-case words that are no verb, time or function word."""
    toks = art.toks(pos, hi)[:12]
    if not toks or toks[0].lower not in ("the", "a", "an", "one", "another"):
        return None

    def words_from(k: int) -> int:
        while k < len(toks) and toks[k].text.isalpha() and not toks[k].is_cap and toks[k].lower not in _stopwords() \
                and toks[k].lower not in _TIME_ADJUNCT_WORDS and _verb_of(toks[k].text) is None:
            k += 1
        return k

    first = 1
    while first < min(len(toks), 4) and (_YEAR.fullmatch(toks[first].text) or toks[first].is_cap
                                         and toks[first].text.isalpha() and toks[first].lower not in _stopwords()):
        first += 1  # "a 2008 Clinton veteran", "a Trump campaign aide": a year or a name before the head
    end = words_from(first)
    if end == first or end > 4:
        return None
    if end + 1 < len(toks) and toks[end].lower in ("of", "at", "for", "from"):
        k = end + 2 if toks[end + 1].lower in ("the", "a", "an") else end + 1
        tail = words_from(k)
        if k < tail <= k + 3:
            end = tail  # "one owner of a shop"
    if end < len(toks) and toks[end].text not in ",.;:!?" and toks[end].lower not in ("who", "which", "whose"):
        return None  # ("…, said the economy is strong": a clause)
    return Mention(toks[0].start, toks[end - 1].end, art.text[toks[0].start:toks[end - 1].end], "np")


_LISTENERS = frozenset("""reporters journalists lawmakers supporters voters him her them us me audience crowd
    interviewer newspaper radio television station senators members delegates students news conference
    panel committee board forum gathering meeting briefing summit rally town hall troops soldiers jury jurors court
    police parliament congress senate mps viewers listeners nation""".split())
_COORDINATED = re.compile(r"(?:,|\band|\bbut|,\s*(?:where|when))"
                          rf"(?:\s+(?:also|then|later|again|instead|not|never|n[’']t|{_AUXILIARIES}|\w+ly))*\s*\Z")
_AND_BUT = re.compile(rf"(?:\b(?:and|but)|,\s*then)(?:\s+(?:\w+ly|then|also|later|again|instead|not|n[’']t|since|now|still|even|"
                      rf"already|never|ever|once|{_AUXILIARIES}"
                      r"|(?:on|last|this|early|late)\s+[A-Z]?\w+))*"
                      r"\s*\Z")  # not after a bare comma; "and on Monday announced", "…, then says"
_NOT_NP_SPEAKER_VERBS = frozenset({"question", "answer"})
_WH_OPENERS = frozenset("whether if how why what".split())  # "Delegates questioned how …" (not "No one answered
# when …", "Police questioned who they believed …")
_CLAUSE_BREAK = re.compile(r"(?:;|\b(?:while|whereas|though|although|compared (?:with|to))"
                           r"|,\s*(?:compared (?:with|to)|after)\s+[^,;:“”\"]{1,40}"  # "…, compared with 23 percent who said"
                           r"|,\s*(?:a|an|the)\s+(?:claim|charge|assertion|accusation|allegation|notion|view|position)"
                           r"(?:\s+that)?)\s*\Z")  # "…, a claim Washington denies": the claim is not Moscow's
_WHICH_BREAK = re.compile(r",\s*(?:to|at|after|upon)\s+which\s*\Z")  # "…, to which O'Malley replied that …"
_RELATIVE_BREAK = re.compile(r",\s*(?:which|who|whom)\s*\Z")
_DASH_MARK = re.compile(r"\s(?:-|--|–|—)\s|—")
_DASH_BREAK = re.compile(r"(?:\s(?:-|--|–)|—)\s*\Z")  # "… the refuge - noting that …"
_STATEMENT_OPENER = re.compile(r"\s*(?:that(?!\s+\w+[’']s\b)|why|how|what|whether|if)\b|\s*[“\"‘]", re.IGNORECASE)
# (not "before announcing that morning's trade figures")
_PARTICIPLE_BREAK = re.compile(r"\s+(?:before|after|instead of)(?:\s+\w+ly)?\s*\Z")
_BREAK_MARKS = (",", " -", " –", "—", " and", " but", ";", " while", " whereas", " though", " although",
                " compared")  # where to cut


_CLOSING_ADJUNCTS = frozenset("reporters journalists a the in at an interview statement".split())
_VERBAL_AFTER_BE = re.compile(r"\s+(?:not\s+|also\s+|being\s+)?[a-z]+(?:ed|ing)\b")
_PARTICIPLE_SUBORDINATORS = frozenset("since after before while when upon without besides".split())


def _main_clause_subject(art: _Article, pos: int, s_lo: int, s_hi: int, found: list[Attribution]) -> Mention | None:
    """The subject of the main clause for a participle in a subordinate clause: after the comma that ends
    the clause when it opens the sentence ("Since announcing …, Mr. Biden …"), else the sentence's subject
    ("… quit giving paid speeches before announcing her run")."""
    comma = art.text.find(",", pos, s_hi)
    if comma > 0 and len(art.toks(s_lo, pos)) <= 4:  # the subordinate clause opens the sentence
        rest = [t for t in art.toks(comma + 1, s_hi) if t.text[:1].isalnum()]
        verb_at = next((k for k in range(len(rest) - 1, max(-1, len(rest) - 5), -1) if _verb_of(rest[k].text)), None)
        closing = verb_at is not None and all(t.is_cap or t.lower in _TIME_ADJUNCT_WORDS or t.lower in _CLOSING_ADJUNCTS
                                              for t in rest[verb_at + 1:])  # "…, Ann Ray said (on Monday)."
        be = re.search(r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:is|are|was|were)\b", art.text[pos:comma])
        if be is not None and not re.search(r"\bthat\s", art.text[pos:pos + be.start()]) and (
                closing or not _VERBAL_AFTER_BE.match(art.text, pos + be.end(), comma)):
            return None  # "Blaming immigrants is wrong, Ann Ray said", "Threatening force is not presidential, it's
            # …": a gerund subject (but "Noting that the economy is weak, Tester added …", "Claiming the criticism is
            # designed to …, Trump told Fox that …": a clause the participle reports, with a verb of its own)
        after = art.toks(comma + 1, s_hi)
        named = next((m for m in art.mentions_from(comma + 1) if m.start < s_hi and m.entity is not None), None)
        while named is not None and art.toks(named.end, s_hi)[:1] and art.toks(named.end, s_hi)[0].is_cap:
            named = next((m for m in art.mentions_from(named.end) if m.start < s_hi and m.entity is not None), None)
            # ("…, former UN Ambassador John Bolton told": the name the role words lead to, not "UN")
        role = art.toks(comma + 1, named.start) if named is not None else []
        if named is not None and after and len(role) <= 5 and all(t.lower in _ROLE_WORDS or t.is_cap for t in role) \
                and art.text[named.end:named.end + 2] not in ("’s", "'s"):
            return named  # "…, Joe Biden has been …", "…, former UN Ambassador John Bolton told …" (not "…,
            # Trump's lawyers asked …")
        return _sentence_subject(art, comma + 1, s_hi, named_anywhere=False)
    return _main_subject(art, found, s_lo, pos)


def _in_subordinate(art: _Article, att: Attribution) -> bool:
    """Whether the attribution's subject follows "whether", "if" or "that" ("deciding whether Judicial
    Watch could question Clinton"): a clause inside the sentence, whose subject the next verb does not share."""
    if att.speaker is None or att.speaker_after:
        return False
    before = art.tok_before(att.speaker.start, att.speaker.start - 12)
    return before is not None and (before.lower in ("whether", "if", "that", "because", "although", "while")
                                   or _verb_of(before.text) is not None)  # "said he did not recall …"


def _main_subject(art: _Article, found: list[Attribution], s_lo: int, pos: int) -> Mention | None:
    for att in reversed(found):
        if att.verb_start >= s_lo and att.speaker is not None:
            return att.speaker
    return _sentence_subject(art, s_lo, pos)


_PASSIVE_MAIN = re.compile(r"\s*(?:has |have |had )?(?:been|was|were|is|are)\s+(?:\w+ly\s+)?\w+ed\b")


_LEAD_ADVERBS = frozenset("then later so earlier afterward afterwards soon finally eventually".split())


def _adverb_lead(toks: list[Tok]) -> int:
    """How many tokens an opening adverb takes when no comma sets it off: "Then he went home and said …", "A
    few minutes later they reversed themselves and said …"."""
    k = 0
    while k < len(toks) and toks[k].lower in _LEAD_ADVERBS:
        k += 1
    if k == 0:
        j = next((i for i, t in enumerate(toks[:5]) if t.lower in ("later", "earlier", "ago")), None)
        if j and all(t.lower in _LEAD_COUNTS or t.text.isdigit() for t in toks[:j]):
            k = j + 1
    return 0 if k < len(toks) and toks[k].text == "," else k  # ("So, it did not come as a surprise …": set off)


def _sentence_subject(art: _Article, s_lo: int, pos: int, named_anywhere: bool = True) -> Mention | None:
    """The subject of the sentence that starts at ``s_lo``, looked for before ``pos``: a pronoun
    that opens it ("He apologized, saying …"), the noun phrase that opens it, or (with
    ``named_anywhere``) the first person or organisation named in it."""
    toks = art.toks(s_lo, pos)
    lead_comma = next((k for k, t in enumerate(toks[:6]) if t.text == ","), None)
    time_lead = lead_comma is not None and any(t.lower in ("ago", "later", "earlier") or t.lower.rstrip("s") in _TIME_WORDS
                                               for t in toks[:lead_comma]) \
        and not _has_finite_verb(toks[:lead_comma])  # "Eight years ago, he …" (not "The Post intervened in April, …")
    if toks and (toks[0].lower in _NOT_CLAUSE or toks[0].lower in _TIME_WORDS or toks[0].lower in _SUBORDINATORS
                 or toks[0].lower in _SKIP_BEFORE_VERB - {"all", "both"} or time_lead or (toks[0].lower.endswith("ly")
                                                                         and art.person_at(toks[0].start) is None)
                 or toks[0].lower in ("asked", "pressed", "questioned")):
        # an opening adverbial or subordinate clause: "On Thursday, he hedged …", "Ever since she …, Warren …",
        # "Later in the day, she …", "Clearly, …", "Asked whether …, the senator smiled and said" (but not
        # "Carly Fiorina …", a name)
        comma = next((k for k, t in enumerate(toks[:16]) if t.text == ","), None)
        lead = _adverb_lead(toks)
        if comma is not None and not (0 < lead < comma and (toks[lead].lower in ("he", "she", "they", "we")
                                                            or art.person_at(toks[lead].start) is not None)):
            toks = toks[comma + 1:]  # (not "Then he cut into Bush, calling him …": no comma after "Then")
            s_lo = toks[0].start if toks else pos
    lead = _adverb_lead(toks)
    first = [t for t in toks[lead:lead + 4] if t.lower not in ("but", "and", "yet", "still", "however", ",")][:1]
    if first and (first[0].lower in ("he", "she", "they") or first[0].lower == "it" and not lead):
        return Mention(first[0].start, first[0].end, first[0].text, "pronoun")
    opening = _opening_np(art, toks)
    comma = next((k for k, t in enumerate(toks[:7]) if t.text == ","), None)
    if opening is None and comma and comma + 1 < len(toks) and toks[comma + 1].lower in ("who", "whose", "a", "an"):
        head = _np_before(art, toks[:comma])  # "Republicans, who hold a majority in the Senate, have blocked …"
        close = next((k for k in range(comma + 2, len(toks)) if toks[k].text == ","), None)
        passive = close is not None and _PASSIVE_MAIN.match(art.text, toks[close].end)
        if head is not None and head.start == toks[0].start and not passive and (
                head.kind in ("name", "role") or head.text.split()[-1].lower() in _PEOPLE_NOUNS):
            return head  # ("Maria Harris, a former judge, took to Twitter to say …": an appositive)
    if opening is not None or not named_anywhere:
        return opening
    for m in art.mentions_from(s_lo):
        if m.start >= pos:
            return None
        if m.entity is not None:
            return m
    return None


_FINITE_AUXILIARIES = frozenset(_AUXILIARIES.split("|")) | {"can", "may", "might", "must", "should"}
_IRREGULAR_PAST = frozenset("""took gave made went came got held ran saw met began wrote spoke stood sat left brought put grew knew
    kept found thought felt sent built won lost paid led heard told said became fell rose drew drove chose struck
    threw broke shook spent sought fought caught taught bought read""".split())


def _is_finite_verb(tok: Tok, prev: Tok | None) -> bool:
    """Whether a lower-case token reads as a finite verb: an auxiliary or modal, a common irregular
    past, or an "-ed" form that no determiner precedes ("the detailed plan" is not one)."""
    return not tok.is_cap and (tok.lower in _FINITE_AUXILIARIES or tok.lower in _IRREGULAR_PAST or (
        tok.lower.endswith("ed") and tok.text.isalpha() and (prev is None or prev.lower not in _DETERMINERS)))


def _has_finite_verb(toks: list[Tok]) -> bool:
    """Whether a run of tokens holds a finite verb (``_is_finite_verb``), so that it reads as a clause."""
    return any(_is_finite_verb(t, p) for p, t in zip([None, *toks], toks))


def _opening_np(art: _Article, toks: list[Tok]) -> Mention | None:
    """The noun phrase that opens a clause, up to its first verb (``_is_finite_verb``: "The senator
    paused and recalled …", "ProPublica obtained a video … and said"); when no noun phrase of
    ``_np_before`` opens it whole, a people or role noun with what modifies it (``_modified_subject``:
    "A spokesman for Mayor Frank G. Jackson of Cleveland defended …")."""
    if toks and toks[0].lower in ("but", "and", "yet", "so"):
        toks = toks[1:]
    tag = next((k for k, t in enumerate(toks[:8]) if t.text == "(" and k and _PARTY_TAG.match(art.text, toks[k - 1].end)),
               None)
    if tag is not None:  # "Sen. Bernie Sanders (I-Vt.) visited …": the party tag set aside
        close = _PARTY_TAG.match(art.text, toks[tag - 1].end).end()
        toks = toks[:tag] + [t for t in toks[tag:] if t.start >= close]
    for k, tok in enumerate(toks[:20]):
        if tok.text in ",;:—–(\"“":
            break
        if k and (_is_finite_verb(tok, toks[k - 1]) or _present_after_name(toks, k)):
            head = toks[:k]
            while len(head) > 1 and (head[-1].lower in _SKIP_BEFORE_VERB or _adverb_form(head[-1].lower)):
                head = head[:-1]  # "The employee first said", "The senator quickly added"
            mention = _np_before(art, head)
            if mention is not None and mention.kind != "relative" and (
                    mention.start == toks[0].start or mention.kind == "name"
                    and _role_prefix(art, art.toks(mention.start, mention.end))[0] == toks[0].start):
                return mention  # ("Democratic presidential candidate Bernie Sanders is choosing …": the role the
                # name is registered with opens the clause)
            pair = _coordinated_subject(art, head, mention)
            return pair if pair is not None else _modified_subject(art, head)
    return None


def _coordinated_subject(art: _Article, head: list[Tok], last: Mention | None) -> Mention | None:
    """Two noun phrases joined by "and" that open a clause and speak together ("The Times and the Post filed
    a motion, arguing …", "The union and the company agreed …"), as one mention, or None."""
    if last is None or last.kind in ("relative", "pronoun"):
        return None
    j = next((j for j, t in enumerate(head) if t.end <= last.start and t.lower == "and"
              and not art.text[t.end:last.start].strip()), None)
    first = _np_before(art, head[:j], longer=False) if j else None
    if first is None or first.start != head[0].start or first.kind in ("relative", "pronoun") or (
            first.entity is None and head[0].lower not in _DETERMINERS
            and not all(t.is_cap for t in art.toks(first.start, first.end))):
        return None  # (not "Conservative columnist and Fox News contributor George Will": two roles of one name)
    both_named = first.entity is not None and last.entity is not None
    return Mention(first.start, last.end, art.text[first.start:last.end], "names" if both_named else "np")


def _present_after_name(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` reads as a verb in the present tense: an "-s" word after a capitalised word and
    before a determiner ("CITIC runs an oil field", not "the Obama years")."""
    tok = toks[k]
    return tok.lower.endswith("s") and not tok.is_cap and tok.text.isalpha() and tok.lower not in _stopwords() \
        and toks[k - 1].is_cap and toks[k - 1].text.isalpha() and k + 1 < len(toks) \
        and toks[k + 1].lower in ("a", "an", "the", "his", "her", "its", "their", "our")  # (not "Uber drivers this week")


def _in_opening_clause(art: _Article, s_lo: int, att: Attribution) -> bool:
    """Whether the verb is in a subordinate clause that opens its sentence ("While the U.S. added …, …")."""
    first = [t for t in art.toks(s_lo, att.verb_start)[:3] if t.lower not in ("and", "but", "so")][:1]
    return bool(first) and first[0].lower in _SUBORDINATORS | {"if"} and "," not in art.text[s_lo:att.verb_start]


_REMARK_NOUNS = frozenset("note caution warning caveat comment thought point message reminder".split())
_NUMBER_WORDS_SET = frozenset(_NUMBER_WORDS.split("|")[:-1]) | {"dozen", "hundred", "thousand"}
_LEAD_COUNTS = frozenset("a few several some moments minutes hours".split()) | _DURATIONS | _NUMBER_WORDS_SET
_COMMON_PRESENT = frozenset("becomes seems remains means makes takes gives needs wants looks goes comes gets keeps "
                            "knows thinks".split())  # present tenses the stop-word list holds


def _reports_clause(toks: list[Tok], opening: bool) -> bool:
    """Whether the words after a verb hold a clause: a verb of their own (``_clause_verb``) before the first
    punctuation, or after it when a colon introduces it ("a note of caution: the recovery was fragile") or
    right after an aside set off after the subject ("the deal, if approved, would create …", "its bid for
    the bank, Absa, was being considered", "the plan – drafted last year – had been shelved"); ``opening``:
    the verb is in a clause that opens the sentence, which the first comma ends."""
    head = list(itertools.takewhile(lambda t: t.text not in (",", ";", ":", "—", "–", "-"), toks))
    if _clause_verb(head):
        return True
    if opening or len(head) == len(toks):
        return False
    mark = toks[len(head)].text
    if mark == ":":  # "a note of caution: the recovery was fragile" (not "features each year: this year it …")
        return bool(head) and head[-1].lower in _REMARK_NOUNS and _clause_verb(toks[len(head) + 1:])
    close = next((k for k in range(len(head) + 1, len(toks) - 1) if toks[k].text == mark), None)
    return close is not None and _clause_verb(toks[close + 1:close + 2])  # (not "…, Lisa Cook, who was …")


def _clause_verb(toks: list[Tok]) -> bool:
    """Whether a verb of its own follows in ``toks`` (the rest of a sentence after a reporting verb), up to
    an attribution that closes the sentence (", she noted"): a finite verb (``_is_finite_verb``), a
    contraction (n't, 's, 'll) or a present tense after a noun ("the plan makes sense")."""
    counted = False  # a number before this word ("two expansion teams"): a plural noun, not a verb
    for k, tok in enumerate(toks):
        if tok.text == "," and k + 1 < len(toks) and toks[k + 1].lower in _SUBJECT_PRONOUNS:
            return False
        j = k - 1
        while j > 0 and toks[j].lower.endswith("ly") and not toks[j].is_cap:
            j -= 1  # "the party in power quickly becomes"
        prev = toks[j] if k else None
        if _is_finite_verb(tok, prev) or tok.lower in ("n't", "n’t", "'s", "’s", "'ll", "’ll") and prev is not None \
                and prev.lower in ("there", "it", "he", "she", "wo", "ca", "won", "can", "don", "does", "is"):
            return True
        after = toks[k + 1] if k + 1 < len(toks) else None
        if prev is not None and not counted and tok.lower.endswith("s") and not tok.is_cap and tok.text.isalpha() and len(tok.text) > 3 \
                and (tok.lower not in _stopwords() or tok.lower in _COMMON_PRESENT) and prev.text.isalpha() and prev.lower not in _DETERMINERS \
                and prev.lower not in _GOVERNORS and prev.lower not in _stopwords() and not prev.lower.endswith("s") \
                and after is not None and after.text[:1].isalnum() and after.lower not in _GOVERNORS | {"like", "and", "or"}:
            return True  # ("Democratic strongholds like Illinois": a plural noun)
        counted = counted or tok.text[:1].isdigit() or tok.lower in _NUMBER_WORDS_SET
    return False


def _relative_antecedent(art: _Article, relative: Mention, s_lo: int) -> Mention | None:
    toks = art.toks(s_lo, relative.start)
    if toks and toks[-1].text == ",":
        toks = toks[:-1]
    return _np_before(art, toks, longer=False) if toks else None


_LOOK_BACK = 300  # mentions a pronoun or a role noun looks back over


def resolve(art: _Article, mention: Mention | None) -> Entity | None:
    """The entity a speaker mention refers to, from the mentions before it (or just after, for a role).

    A pronoun takes a person (or an organisation, for "it") named before it, outside quotation marks,
    among the last 300 mentions, whose gender is not known to clash with it: for "he"/"she",
    the subject (else the first person) of the last sentence that names such a person; for "it",
    the last subject named, else the last organisation."""
    if mention is None:
        return None
    if mention.entity is not None:
        return mention.entity
    if mention.kind == "interview":  # "A:" answers for the person interviewed, when the article names one
        return art.interviewee if mention.text == "A" else None
    k = bisect.bisect_left(art.mentions, mention.start, key=lambda m: m.start)
    before = [m for m in art.mentions[max(0, k - _LOOK_BACK):k] if m.end <= mention.start and m.entity is not None
              and not m.quoted]
    if mention.kind == "pronoun":
        want = _PRONOUNS.get(mention.text.lower(), {"their": "group", "its": "organisation"}.get(
            mention.text.lower(), "person"))  # "his", "their", "its": a possessive that speaks ("His answer: …")
        if want == "group":
            return None
        gender = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(mention.text.lower(), "")
        pool = [m for m in before if m.entity.kind == want and (not gender or m.entity.gender in ("", gender))]
        if gender and pool:
            s_lo = art.sentence_span(pool[-1].start)[0]
            last = list(itertools.takewhile(lambda m: m.start >= s_lo, reversed(pool)))[::-1]
            return next((m for m in last if m.subject), last[0]).entity
        subjects = [m for m in pool if m.subject]
        pick = subjects[-1] if subjects else (pool[-1] if pool else None)
        return pick.entity if pick is not None else None
    if mention.kind == "role":
        words = _role_words(mention.text)
        content = {w for w in words - _GENERIC_ROLE if not _AGE.fullmatch(w)}  # "the 46-year-old": the last subject
        people = [m for m in before if m.entity.kind == "person"]
        if not content:
            subjects = [m for m in people if m.subject]
            pick = subjects[-1] if subjects else (people[-1] if people else None)
            return pick.entity if pick is not None else None
        best, best_score = None, 0
        for m in people:
            score = len(content & m.entity.role_words)
            if score >= best_score and score > 0:
                best, best_score = m.entity, score
        if best is None:  # a role named before the person: "Russia’s top diplomat said … Sergey Lavrov"
            later = [m for m in itertools.islice(art.mentions_from(mention.end + 1), _LOOK_BACK)
                     if m.entity is not None and m.entity.kind == "person"]
            in_headline = not art.paragraphs or mention.end <= art.paragraphs[0][0]
            for m in later:
                score = len(content & m.entity.role_words)
                if score > best_score and score >= (1 if in_headline else min(2, len(content))):
                    best, best_score = m.entity, score  # a headline's "Defense Chief": the defense minister
        return best
    return None


# --------------------------------------------------------------------------- assembling the quotes

_CLAUSE_TRIM = " \t\n.;:,"
_SELF = frozenset({"we", "i", "you", "us", "me"})


_PLACE_GOVERNORS = _GOVERNORS | frozenset("in on at outside inside beyond within across throughout over".split())


def _country_us(art: _Article, att: Attribution) -> bool:
    """Whether the speaker "US" is the country as the subject of its verb ("The US said …", "the US earlier
    said …"), not the pronoun, the end of a longer subject ("airlines in the US have blamed …") or the first word
    of an inverted one ("said US Attorney Roslynn Mauskopf")."""
    after = art.toks(att.speaker.end, att.speaker.end + 20)[:1]
    if att.speaker.text != "US" or att.speaker_after or (after and after[0].start != att.verb_start and not (
            after[0].lower in _SKIP_BEFORE_VERB or _adverb_form(after[0].lower) or _is_finite_verb(after[0], None))):
        return False  # (not "the US district judge Janet Neff …, writing": a modifier)
    before = art.tok_before(att.speaker.start, att.speaker.start - 12)
    if before is not None and before.lower == "the":
        before = art.tok_before(before.start, before.start - 12)
    return before is None or before.lower not in _PLACE_GOVERNORS


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space and the punctuation that closes a clause, not below ``start``,
    and over a closing parenthesis the clause did not open ("(As BuzzFeed first reported, ….)")."""
    while end > start and (text[end - 1] in _CLAUSE_TRIM or text[end - 1] == ")" and "(" not in text[start:end]):
        end -= 1
    return end


def _words(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))


def _is_title_like(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7


_TITLE_SMALL_WORDS = frozenset("with from into over upon about after under than onto like".split())  # lower case in titles


def _is_title_case(text: str) -> bool:
    """A short title or name in title case, not a sentence: “Person of the Year”, “Make America Great Again”,
    and, with the comma or the full stop that American style sets inside the marks, “Cake Boss.”"""
    words = text.split()
    long_words = [w for w in words if len(w.strip("“”\"'‘’,.")) > 3 and w.strip("“”\"'‘’,.") not in _TITLE_SMALL_WORDS]
    return 2 <= len(words) <= 8 and len(long_words) >= 2 and all(w[:1].isupper() for w in long_words) \
        and text.rstrip("”’\"' ")[-1:] not in "!?"


def _subheading(art: _Article, piece: Piece) -> bool:
    """Whether a quotation fills its paragraph alone and reads as a heading: two to eight words and no "!"
    or "?", either in single marks in a story that quotes speech in double ones ("'Pretty cool working
    there.'"), or with every word of more than three letters capitalised but the small words of a title,
    two capitalised at least ("''All Bets Are Off.''", "''Legend in the Coal Fields.''"; not "“Stop
    lying.”", "“No, no.”", "“Lock Her Up!”")."""
    if not _fills_paragraph(art, piece):
        return False
    words = [w.strip("“”\"'‘’,.:") for w in art.text[piece.start:piece.end].split()]
    if not 2 <= len(words) <= 8 or art.text[piece.start:piece.end].rstrip("”’\"' ")[-1:] in "!?":
        return False
    if art.text[piece.open_mark] in "'‘" and _mark_len(art.text, piece.open_mark) == 1:
        return any(art.text[a] in "\"“" or art.text.startswith("''", a) for a, _ in art.inside)
    long_words = [w for w in words if len(w) > 3 and w.lower() not in _TITLE_SMALL_WORDS]
    return long_words != [] and all(w[:1].isupper() for w in long_words) and sum(w[:1].isupper() for w in words) >= 2


def _is_short_name(text: str) -> bool:
    """One to three capitalised words with no other words, as a name is set: “Hannity,”, “Morning Joe.”
    (not “We won.”, whose second word is in lower case, nor “Yes!”)."""
    words = [w for w in text.strip().rstrip(",.").split() if w != "&"]  # ("Fox & Friends")
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and re.sub(r"[’'-]", "", w).isalpha() for w in words) \
        and text.rstrip("”’\"' ")[-1:] not in "!?" and words[0].lower() not in _SUBJECT_PRONOUNS


class _Rows:
    def __init__(self, art: _Article):
        self.art = art
        self.rows: list[dict] = []
        self.by_paragraph: dict[int, list[dict]] = {}  # the rows of each paragraph, by its start
        self.spoken: list[tuple[int, Entity | None, Mention | None, str]] = []  # (position, speaker, kind)

    def add(self, kind: str, start: int, end: int, quoted: list[Piece], att: Attribution | None,
            mention: Mention | None, method: str, floating: bool = False) -> dict:
        art = self.art
        entity = resolve(art, mention) if mention is not None else None
        named = mention if mention is not None and mention.kind in ("np", "role", "names") else None
        shown = mention.surface if mention is not None and mention.surface is not None else mention
        text = art.text[start:end]
        row = {
            "kind": kind, "start": start, "end": end, "text": text, "n_words": _words(text),
            "sentence_idx": art.sentence_of(start),
            "quoted_text": " … ".join(art.text[p.start:p.end] for p in quoted) if quoted else None,
            "speaker_mention": shown.text if shown is not None else None,
            "speaker_start": shown.start if shown is not None else None,
            "speaker_end": shown.end if shown is not None else None,
            "speaker": entity.canonical if entity is not None else (named.text if named is not None else None),
            "speaker_kind": entity.kind if entity is not None else ("other" if named is not None else None),
            "speaker_role": (entity.role or None) if entity is not None else None,
            "speaker_country": (entity.country or None) if entity is not None else None,
            "speaker_affiliation": (entity.affiliation or None) if entity is not None else None,
            "verb": att.verb if att is not None else None,
            "verb_lemma": att.info.lemma if att is not None else None,
            "verb_class": att.info.cls if att is not None else None,
            "verb_start": att.verb_start if att is not None else None,
            "verb_end": att.verb_end if att is not None else None,
            "is_floating": floating, "is_speech": kind != "fragment", "method": method,
            "_entity": entity, "_mention": mention,
        }
        self.rows.append(row)
        self.by_paragraph.setdefault(art.paragraph_span(start)[0], []).append(row)
        if kind != "fragment" and (entity is not None or mention is not None):
            self.spoken.append((start, entity, mention, kind))
        return row


_DASH_NAME = re.compile(r"\s*[―—–-]\s*")


def _dash_speaker(art: _Article, close: int) -> Mention | None:
    """A name after a dash that follows a quotation: “…” ― Martha Aguilar."""
    m = _DASH_NAME.match(art.text, close + 1)
    return art.person_at(m.end()) if m else None


def _lead_in(art: _Article, atts: list[Attribution], open_mark: int
             ) -> tuple[Attribution | None, Mention, str] | None:
    """The speaker of a quotation that a sentence before it introduces: "Dianne Bystrom agreed. “…”"
    or "He added:" ending the paragraph before (an attribution with nothing after its verb), or
    "Ruiz was blunt in her reply: “…”" (a colon after a sentence whose subject is a person or an
    organisation, or a sentence of three to five words that opens with a name: "Kasich resisted:").
    Returns (attribution or None, speaker mention, method)."""
    s_lo, _ = art.sentence_span(open_mark)
    p_lo, _ = art.paragraph_span(open_mark)
    text = art.text
    k = bisect.bisect_right(art.paragraph_starts, p_lo) - 2
    prev_paragraph = art.paragraphs[k] if k >= 0 else None
    opens_paragraph = text[p_lo:open_mark].strip() == ""
    if text[max(s_lo, p_lo):open_mark].strip(" \t:") == "" and (
            s_lo > p_lo or (opens_paragraph and prev_paragraph is not None
                            and _char_before(text, prev_paragraph[1]) == ":")):
        # the sentence before, in this paragraph or ending the one before with a colon
        before = s_lo - 1 if s_lo > p_lo else _index_before(text, prev_paragraph[1])
        prev_lo, prev_hi = art.sentence_span(before)
        prev_lo = max(prev_lo, art.paragraph_span(before)[0])
        prev_hi = max(prev_hi, before + 1)
        for att in reversed(_atts_between(atts, prev_lo, prev_hi)):
            if att.used or att.speaker is None or att.info.frame == "according":
                continue
            tail = art.toks(max(att.verb_end, att.speaker.end if att.speaker_after else 0), open_mark)
            if all(t.lower in _TIME_WORDS or t.lower in _SKIP_AFTER_VERB or t.text in ".:,;" for t in tail) or (
                    tail and tail[0].lower in _ADJUNCT_PREPOSITIONS | {"about", "of"} and tail[-1].text == ":"
                    and not _has_finite_verb(tail) and not any(t.lower == "that" for t in tail)) or (
                    att.info.frame == "object_clause" and _listener_before_colon(tail)):
                # ("the committee said about its inclusion of Planned Parenthood in its platform: ¶ “…”", "He told
                # his audience, to rowdy applause: ¶ “…”")
                return att, att.speaker, "attribution_before_quote"
            break
        return None
    lead = text[max(s_lo, p_lo):open_mark].rstrip()
    if lead.endswith(":") and not _atts_between(atts, max(s_lo, p_lo), open_mark):
        subject = _sentence_subject(art, max(s_lo, p_lo), open_mark - 1)
        if subject is not None and (subject.kind == "pronoun" or subject.subject):
            return None, subject, "colon_after_subject"
        toks = art.toks(max(s_lo, p_lo), open_mark)
        if subject is None and 3 <= len(toks) <= 5 and toks[0].is_cap and toks[0].lower not in _stopwords():
            # "Kasich resisted: “…”": a short sentence whose first word is a name
            return None, Mention(toks[0].start, toks[0].end, toks[0].text, "np"), "colon_after_subject"
        proper = _proper_subject(art, toks) if subject is None else None
        if proper is not None:  # "the Illinois Board of Elections was conclusive in its findings: “…”"
            return None, proper, "colon_after_subject"
        owner = _SPEECH_NOUN_OWNER.search(text, max(s_lo, p_lo), open_mark)
        if owner is not None and owner.group("pronoun") is None:  # "The senator's message was clear: “…”"
            said = _np_before(art, art.toks(max(s_lo, p_lo), owner.start("possessive")))
            if said is not None and said.kind in ("name", "role", "np"):
                return None, said, "colon_after_subject"
        elif owner is not None:  # "His answer: “…”": the possessive pronoun resolves as "he" would
            return None, Mention(owner.start("pronoun"), owner.end("pronoun"), owner.group("pronoun"), "pronoun"), \
                "colon_after_subject"
    return None


def _listener_before_colon(tail: list[Tok]) -> bool:
    """Whether the words between a verb that takes a listener and the colon that ends its paragraph name only
    that listener, and an adjunct after a comma with no verb of its own: "reporters:", "his Democratic
    audience, to rowdy applause:"."""
    if len(tail) < 2 or tail[-1].text != ":":
        return False
    words = tail[:-1]
    comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))
    listener = words[1:comma] if words[0].lower in ("his", "her", "their", "its") else words[:comma]
    return _listener_only(listener) and not _has_finite_verb(words[comma:]) \
        and not any(t.text in "“”\"" for t in words)


_SPEECH_NOUN_OWNER = re.compile(
    r"(?:(?<![Hh]ere)(?<![Tt]here)(?<![Tt]hat)(?<!\b[Ii]t)(?<![Ll]et)(?<![Ww]hat)(?<!\b[Hh]e)(?<![Ss]he)(?<![Ww]ho)"
    r"(?P<possessive>[’']s)|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:[a-z]+\s+){0,2}?"
    r"(?:message|response|answer|reply|statement|words|verdict|reaction|retort|advice|warning|argument|explanation|"
    r"assessment|take|pitch|plea|promise|vow|conclusion|comment|remarks|reasoning|rationale|instructions?)\b"
    r"[^:“”\"]{0,40}:\s*\Z")  # "Trump's response: “…”", "The senator's message was clear: “…”", "His answer: “…”"


def _proper_subject(art: _Article, toks: list[Tok]) -> Mention | None:
    """A capitalised noun phrase that opens a sentence (after an opening clause and its comma): "the
    Illinois Board of Elections", "Hoff’s letter"; None when the sentence opens otherwise."""
    comma = next((k for k, t in enumerate(toks[:16]) if t.text == ","), None)
    if toks and comma is not None and (toks[0].lower in _SUBORDINATORS or toks[0].lower in _NOT_CLAUSE):
        toks = toks[comma + 1:]
    k = 1 if toks and toks[0].lower == "the" else 0
    start = k
    while k < len(toks) and (toks[k].is_cap or toks[k].lower in ("of", "for", "'s") and k > start):
        k += 1
    if k < len(toks) and k > start and toks[k - 1].lower == "'s" and toks[k].text.isalpha():
        k += 1  # "Hoff’s letter"
    if k == start or toks[k - 1].lower in ("of", "for", "'s") or toks[start].lower in _stopwords():
        return None
    return Mention(toks[0].start, toks[k - 1].end, art.text[toks[0].start:toks[k - 1].end], "np")  # with its "the"


_BYLINE = re.compile(r"\s*,?\s*by\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*:")  # “…,” by Variety's Gordon Cox:


def _not_speech(art: _Article, group: list[Piece]) -> str | None:
    """``cited_title`` for a quotation set in capitals (a headline cited), one a byline and a colon
    follow (a newsletter's cited headline: “…,” by Variety's Gordon Cox:), or one in title case after a
    possessive or "on/in/at" (a show: on CBS's “Face the Nation,”); ``named_term`` for one a naming
    cue introduces ("so-called", "such as", "titled"); else None."""
    first = group[0]
    if _is_title_like(" ".join(art.text[p.start:p.end] for p in group)):
        return "cited_title"
    lead_end = first.start if first.open_mark is None else first.open_mark
    lead = art.text[max(art.paragraph_span(first.start)[0], first.start - 80):lead_end]
    last = group[-1]
    if len(group) == 1 and _subheading(art, first):
        return "cited_title"  # "''Legend in the Coal Fields.''" alone in its paragraph: a subheading
    if last.close_mark is not None and _BYLINE.match(art.text, last.close_mark + 1):
        return "cited_title"  # “—“Posthumous books could come with a lot of dollar signs,” by Boston Globe's …”
    possessive = re.search(r"[’']s\s*\Z", lead)
    if len(group) == 1 and (possessive or re.search(r"\b(?:on|in|at)\s*\Z", lead)) \
            and _is_title_case(art.text[first.start:first.end]):
        return "cited_title"  # “on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said”: a show
    if len(group) == 1 and possessive and _is_short_name(art.text[first.start:first.end]):
        return "cited_title"  # “on MSNBC’s “Morning Joe.”", "Fox News Channel's "Hannity,"": a show's name
    close = (last.close_mark + 1) if last.close_mark is not None else last.end
    quoted = art.text[first.start:first.end]
    capitalised = [w for w in quoted.split() if len(w.strip("“”\"'‘’,.:")) > 3 and w.strip("“”\"'‘’,.:") not in _TITLE_SMALL_WORDS]
    if len(group) == 1 and len(capitalised) >= 2 and all(w[:1].isupper() for w in capitalised) \
            and len(quoted.split()) <= 14 and _WORK_AFTER.match(art.text, close) and not _ATTRIBUTION_NEXT.match(art.text, close):
        return "cited_title"  # "''Tales From the Crypt,'' an HBO series", "“Perfect Enough: …” by George Anders"
    words = [w.strip("“”\"'‘’,.") for w in quoted.split()]
    if len(group) == 1 and _WORK_NOUN.search(lead) and 1 <= len(words) <= 8 and not _ATTRIBUTION_NEXT.match(
            art.text, close) \
            and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words if w):
        return "cited_title"  # "…, Mr. Rubio said in his 2012 book, “An American Son.”": the book's title (and "the
        # Syfy movie “Sharknado 3: Oh Hell No!”")
    return "named_term" if _NAMING_CUES.search(lead[-40:]) or _NAMED_LIST.search(lead) else None


_ATTRIBUTION_NEXT = re.compile(r"\s*(?:he|she|they|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
                               r"(?:said|says|replied|added|asked|wrote|told|answered)\b")  # “No Comment,” she replied
_WORK_NOUN = re.compile(r"\b(?:book|memoir|memoirs|novel|biography|autobiography|film|movie|documentary|song|album|"
                        r"play|musical|series|essay|column|op-ed|poem|podcast|show|program|programme|sitcom)\s*,?\s*\Z",
                        re.IGNORECASE)
_WORK_AFTER = re.compile(r"\s*(?:,?\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:series|show|sitcom|drama|comedy|film|movie|"
                         r"documentary|book|novel|memoir|album|song|play|musical|program|programme)"
                         r"(?=\s*(?:[,.;:)]|that\b|which\b|about\b|of\b|in\b|from\b|starring\b|on\b|\Z))"
                         r"|by\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:[A-Z][\w’'-]*\b)?)")  # “…,” an HBO series / “…” by George Anders
_INTRO_ADJUNCT = re.compile(r"\s+(?:(?:in|on|at|to|during|after|before|from|via|with|this|last|of|about)\b"
                            r"(?:[^“”\"«»:;.]|\.(?=\s[A-Z])){0,50}?"
                            r"|(?:reporters|me|us|him|her|them|\w+day)\b[^“”\"«»:;.]{0,30}?)\s*:\s*")


_ADJUNCT_GAP = re.compile(r"\s*,?\s+(?:\w+ly\s+)?(?:in|on|at|during|after|before|as|last|this|earlier|of|over|from|with|into|"
                          r"across|through|outside|inside|near|via|to|just|only|again|later|\w+day|today|yesterday)\b"
                          r"[^“”\"«»:;.]{0,80},\s*")
_ADDRESSEE_GAP = re.compile(r"\s+(?:(?:back|out|over|across)\s+)?(?:at|to)\s+[^“”\"«»:;.,—–]{1,40},\s*")  # tweeting at him, “…”
_WHO_GAP = re.compile(r"\s*,\s*(?:who|a|an|the)\b[^“”\"«»:;.]{1,120},\s*")  # Said Jo Ray, who …, “…”
_ADDRESSEE_DASH_GAP = re.compile(r"\s+(?:at|to)\s+[^“”\"«»:;.,—–]{1,40}\s[—–-]\s*")  # boasted to reporters - “…”
_LISTENER_GAP = re.compile(r"\s+[^“”\"«»:;.,]{1,60}[,:]\s*")  # told reporters, “…” / telling the class of 2014, “…” / told WEEI: “…”


_GAP_CONJUNCTION = re.compile(r"[\s,—–-]*(?:and|but|or|as|while|which|that|because|after|before)\b")


_PREMODIFIER_WORDS = frozenset("the a an his her their its our one another former of for".split())


def _name_premodifier(words: list[str]) -> bool:
    """Whether the words between a closing mark and a name describe the name: “…,” political
    scientist Christopher Wlezien told / “…,” Fight for $15 organizing director Kendall Fells said /
    “…,” his friend Mahamat Oumar said. Content words, capitalised words, possessives and amounts
    only: a conjunction, a pronoun, an adverb or a reporting verb starts a clause of its own, and a
    name after "of" or "for" is not the head ("one of the prosecutors for David Petraeus said")."""
    words = [w.strip(",") for w in words]
    return 0 < len(words) <= 6 and words[0] not in ("of", "for") and words[-1] not in ("of", "for") and all(
        re.fullmatch(r"[A-Z][\w’'&.-]*|\$?\d[\d.,]*", w)
        or re.fullmatch(r"[a-z][a-z-]*(?:[’']s)?", w) and not w.endswith("ly") and _verb_of(w) is None
        and (w in _PREMODIFIER_WORDS or w not in _all_stopwords())
        for w in words)


def _sentence_before_attribution(art: _Article, att: Attribution, first: Piece) -> int | None:
    """Where the sentence starts when an attribution set off by commas interrupts it and the quotation
    after it carries the sentence on in lower case ("No name change, he said, “hides what it really
    is.”", "Whether the issue is …, Mr. Garin added, “it becomes harder …”"): the words before the
    attribution are the speaker's too."""
    if att.speaker is None or att.speaker_after or not art.text[first.start:first.start + 1].islower():
        return None
    s_lo = art.sentence_in_paragraph(att.verb_start)[0]
    lead = art.text[s_lo:att.speaker.start]
    closed = art.last_close(att.speaker.start)
    gap = art.text[att.verb_end:first.open_mark if first.open_mark is not None else first.start]
    if (closed is not None and closed >= s_lo) or not lead.rstrip().endswith(",") or _words(lead) < 2 \
            or not re.fullmatch(r"(?:\s+[^\W\d][\w’'.-]*){0,3}\s*,\s*", gap):
        return None  # at most a short listener between the verb and the quotation ("told reporters, “…”")
    words = art.toks(s_lo, att.speaker.start)
    if words[0].lower in _NOT_CLAUSE | _TIME_WORDS and not _has_finite_verb(words):
        return None  # an adjunct, not a clause: "In an interview on Sunday, Clinton said, “we will …”"
    return s_lo + len(lead) - len(lead.lstrip())


_BREAK_BEFORE_QUOTE = re.compile(r"(?:\s(?:-|--|–|—)|—|:)\s*\Z")
_CLAUSE_OPENERS = _SUBJECT_PRONOUNS | frozenset("""that the a an his her their its our this these there none nobody
    everyone everybody someone somebody""".split())  # (not "each time he was asked", "several times as …")


def _reports_own_clause(art: _Article, att: Attribution, hi: int) -> bool:
    """Whether a "say"-like verb after a quotation goes on to report a clause of its own (“…,” the
    senator said his campaign was “closing really strong.”), so the quotation is not what it reports."""
    if att.info.frame != "clause" or att.speaker is None or att.speaker_after:
        return False
    rest = art.toks(att.verb_end, hi)
    words = list(itertools.takewhile(lambda t: t.text not in ",;:.!?—–", rest))
    return bool(words) and words[0].lower in _CLAUSE_OPENERS and len(words) >= 4 and not any(
        t.lower in _TIME_ADJUNCT_WORDS for t in words[:2]) and _has_finite_verb(words)
    # (not "… said the day before the vote", nor "… said the other day in Iowa")


def _tells_that(art: _Article, att: Attribution) -> bool:
    """Whether a verb with a listener goes on to report a that-clause of its own (“…,” the spokeswoman told
    POLITICO that Gore plans to …): the quotation before it is the speaker's, and so is the clause."""
    if att.info.frame != "object_clause" or att.speaker is None or att.speaker_after:
        return False
    rest = art.toks(att.verb_end, art.sentence_in_paragraph(att.verb_start)[1])
    words = list(itertools.takewhile(lambda t: t.text not in ",;:.!?—–", rest))
    that = next((k for k, t in enumerate(words[:7]) if t.lower == "that"), None)
    return bool(that) and _listener_only(words[:that]) and _clause_verb(words[that + 1:]) \
        and (words[that - 1].is_cap or words[that - 1].lower in _OBJECT_PRONOUNS | {"reporters"})
    # (not "…,” the former president told a crowd that the campaign estimated at 3,000 people")


def _adjacent_after(art: _Article, atts: list[Attribution], close: int) -> Attribution | None:
    """An attribution right after a closing mark: “…,” he said / “…,” said Lavrov / “…” – Lavrov said."""
    s_hi = own_hi = art.sentence_span(close)[1]
    end_mark = _char_before(art.text, close)
    bare = end_mark == "."
    if end_mark in ("?", "!", "."):
        # “Would I wish …?” Eric Woolson said: the splitter ends the sentence inside the marks (and “… missing.”
        # Trump said.: a period inside them, when a short sentence of speaker and verb follows)
        following = art.toks(close + 1, min(len(art.text), close + 40))[:1]
        if following and (not bare or _words(
                art.text[following[0].start:art.sentence_span(following[0].start)[1]]) <= 4):
            s_hi = max(s_hi, art.sentence_span(following[0].start)[1])
    following_open = art.next_open(close)
    hi = min([s_hi + 1, art.paragraph_span(close)[1], *([following_open] if following_open is not None else [])])
    for att in _atts_between(atts, close + 1, hi):
        if bare and att.verb_start >= own_hi and not (
                att.speaker is not None and att.info.cls == "neutral"
                and re.match(r"\s*[.!]", art.text[att.speaker.end if att.speaker_after else att.verb_end:])):
            return None  # “Nothing.” Critics said otherwise. / “Done.” Biden said Trump lost.: a sentence of its
            # own (but “… missing.” Trump said.)
        if att.used or (
                att.info.frame == "according" and art.text[close + 1:att.verb_start].strip(" ,")):
            continue  # “…,” according to Judicial Watch: only right after the closing mark
        if att.in_relative and _atts_between(atts, att.verb_end, hi):
            continue  # “…,” one aide, who asked not to be named, said: the main verb attributes it
        if _reports_own_clause(art, att, hi):
            return None  # "… chants of “Marco! Marco!,” the senator said his campaign was …"
        lead = att.speaker.start if att.speaker is not None and not att.speaker_after else att.verb_start
        gap = art.text[close + 1:lead]
        words = gap.split()
        if lead > close and att.speaker is not None and (re.fullmatch(r"[\s,.!?—–'’-]*", gap) or (
                not _GAP_CONJUNCTION.match(gap) and (  # not “…,” but Sen. Bob Lane said
                    0 < len(words) <= 4 and all(w.isalpha() and w.islower() for w in words) and (
                        words[-1] in _ROLE_HEADS or words[0] in ("the", "a", "an") and att.speaker.kind == "name")
                    # “…,” veteran analyst Charlie Cook wrote / “…” the economist Jared Bernstein, a former adviser, wrote
                    or 0 < len(words) <= 5 and words[0].islower() and words[-1] in _ROLE_HEADS
                    and all(re.fullmatch(r"[^\W\d][\w’'-]*", w) for w in words)
                    # “…,” former Obama adviser David Axelrod asked / “…,” super PAC spokeswoman Kellyanne Conway said
                    or 0 < len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)
                    and att.speaker.text.split()[0].lower() in _TITLES  # “…,” state Sen. Jason Holsman said
                    or re.fullmatch(r"[\s,—–-]*(?:(?:the |a |an )?[^\W\d][\w’'. -]{0,60},|[A-Z][\w’'. -]{0,60})\s*",
                                    gap.replace("\xa0", " "))
                    or att.speaker.kind == "name" and _name_premodifier(words)
                    and _words(art.text[att.verb_end:s_hi].split(",")[0]) <= 6))):
            # “…,” he said / “…,” the ambassador, Liam Byrne, said / “…,” RNC spokesman Sean Spicer said
            return att
        return None
    return None


def _adjacent_before(art: _Article, atts: list[Attribution], open_mark: int) -> tuple[Attribution, str] | None:
    """The attribution that introduces a quotation in its sentence, and the words between them."""
    s_lo = art.sentence_in_paragraph(open_mark)[0]
    closed = art.last_close(open_mark)
    lo = max(s_lo, closed + 1) if closed is not None else s_lo
    for att in reversed(_atts_between(atts, lo, open_mark)):
        if att.used or att.speaker is None:
            continue
        if att.speaker_after and att.info.frame != "according" \
                and art.text[lo:att.verb_start].strip(" ,").lower() not in ("", "but", "and", "yet", "still"):
            continue
        end = max(att.verb_end, att.speaker.end if att.speaker_after else att.verb_end)
        return att, art.text[end:open_mark]
    return None


_OBJECT_TURN = re.compile(r",?\s+(?:as|when|while|after|before|since|until|even as|days after|hours after|"
                          r"weeks after)\s+(?!(?:a|an|the|part|well|much|many|long|soon)\b)", re.IGNORECASE)


def _speaks_as_someone(art: _Article, att: Attribution) -> bool:
    """Whether an attribution's speaker is someone who can make a statement (a name, a role, a personal pronoun or
    a noun phrase headed by a people noun) and the verb is not negated: the test for verbs whose object is a
    statement only when a person or a body is their subject ("underscored the risks", "told a tale of …")."""
    speaker = att.speaker
    if speaker is None or att.speaker_after:
        return False
    before = art.toks(max(0, att.verb_start - 16), att.verb_start)[-2:]
    if any(t.lower in ("not", "n't", "n’t", "never", "including") for t in before):
        return False  # "does not charge Stone with …", "including charging Manafort with …"
    head = speaker.text.split()[-1].lower()
    if speaker.kind == "name":
        return speaker.entity is None or speaker.entity.kind in ("person", "organisation")
    return speaker.kind == "role" or (speaker.kind == "pronoun" and head in ("he", "she", "they")) \
        or (speaker.kind in ("np", "relative") and _is_people_word(head))


def _clause(art: _Article, att: Attribution, others: list[Attribution]) -> tuple[int, int, str] | None:
    """The reported clause of an attribution without an adjacent quotation: (start, end, method)."""
    text = art.text
    s_lo, s_hi = art.sentence_in_paragraph(att.verb_start)
    p_lo, p_hi = art.paragraph_span(att.verb_start)
    same_sentence = [o for o in _atts_between(others, s_lo, s_hi) if o is not att and o.sentence == att.sentence]
    sentence_has_other = any(o.info.frame != "according" and o.speaker is not None for o in same_sentence)
    speaker = att.speaker
    if att.info.frame == "quote_only":
        return None
    if att.info.lemma == "quote" and _QUOTED_BY_AS.match(text, att.verb_end, s_hi):
        return None  # "Lavrov was quoted by the Tass news agency as saying …": the words are the row of "saying", said
        # by the one quoted, as in "Lavrov was quoted as saying …" (but "Tass quoted Lavrov as saying …" stays Tass's)
    if att.patient is not None:
        return att.patient.start, att.patient.end, "passive_subject"
    much = _AS_MUCH.match(text, att.verb_end, s_hi) if not att.speaker_after else None
    if much is not None and att.info.frame not in ("topic", "according"):
        return much.start(1), much.end(1), "reported_clause"  # "Robby Mook said as much in an interview": what was
        # said before, in two words (not "said as much as he could")
    if att.question:
        rest = art.toks(speaker.end if speaker is not None else att.verb_end, s_hi)
        k = next((k for k, t in enumerate(rest[:15]) if t.lower in _QUESTION_WORDS or t.text in ",;"), None)
        if k is None or rest[k].text in ",;":
            return None
        commas = [j for j in range(k + 1, len(rest)) if rest[j].text in ",;"]
        while commas and commas[0] + 1 < len(rest) and rest[commas[0] + 1].lower in _QUESTION_GOES_ON:
            commas = commas[1:]  # "Asked why …, in the same bill, that …, Earnest responded", "… from Brazil, where …"
        stop = rest[commas[0]].start if commas else s_hi
        later = [o.speaker.start if not o.speaker_after else o.verb_start for o in same_sentence
                 if o.speaker is not None and rest[k].start < o.verb_start < stop]
        if later and text.rfind(",", rest[k].start, min(later)) > rest[k].start:
            stop = text.rfind(",", rest[k].start, min(later))  # "…, in which he said …": his own statement
        return rest[k].start, stop, "question_put"
    if att.info.frame == "topic":
        # "talks to Megyn Kelly about bullying", "talking candidly at a town hall about drug addiction"
        # "of" only right after the verb or its adverb ("spoke highly of"), not "spoke on the condition of
        # anonymity", "spoke to the Economic Club of Washington"; "about" + a number is an amount ("spoke
        # for about 30 minutes")
        rest = art.toks(att.verb_end, s_hi)
        k = next((k for k, t in enumerate(rest[:10]) if t.lower == "about" and not (
                    k + 1 < len(rest) and re.fullmatch(r"\d[\d,.]*|one|two|three|four|five|ten|half|dozen", rest[k + 1].lower))
                  or t.text in ".,;:!?“\""
                  or t.lower == "of" and all(u.lower.endswith("ly") or u.lower in ("up", "out") for u in rest[:k])),
                 None)
        if k is None or rest[k].lower not in ("about", "of") or k + 1 >= len(rest):
            return None
        return rest[k + 1].start, s_hi, "reported_object"
    if att.info.frame == "according":
        if speaker is None:
            return None
        if not text[s_lo:att.verb_start].strip():  # what it reports may hold other attributions
            comma = text.find(",", speaker.end, s_hi)
            if comma < 0:
                return None
            return comma + 1, s_hi, "according_to_before"
        tail = text.find(",", speaker.end, s_hi)
        appended = art.toks(tail + 1, s_hi) if tail >= 0 else []
        if appended and appended[0].lower in ("the", "a", "an") and not _clause_verb(appended):
            tail = -1  # "…, according to a report from WKOW, the ABC affiliate in Madison.": an appositive
        inside = tail >= 0 and text[tail + 1:s_hi].strip(_CLAUSE_TRIM)
        if any(o.info.frame not in ("according", "topic", "quote_only") and o.speaker is not None
               and o.verb_start < att.verb_start and (inside or 2 * (att.verb_start - o.verb_end) >= att.verb_start - s_lo
                                                      or (art.next_open(s_lo - 1) or s_hi) < o.verb_start)
               for o in same_sentence):
            return None  # "X said A, according to the Times": the Times reports X's statement, X's row holds it
            # (but "Walker will speak at the convention, according to a report": no statement of his; "The mayor
            # returned for the last hour of the meeting and said little, according to an attendee": what his verb
            # reports holds less than half of what the sentence says, and no quotation comes before that verb)
        return (s_lo, s_hi, "according_to_inside") if inside else (s_lo, att.verb_start, "according_to_after")
    lead = speaker.start if speaker is not None and not att.speaker_after and speaker.start < att.verb_start \
        else att.verb_start  # (the subject of a main clause after "In responding Friday, …" does not lead)
    if speaker is not None and not att.speaker_after and _char_before(text, lead) == "," \
            and _APPOSITIVE_END.fullmatch(text, speaker.end, att.verb_start):
        # "The Democratic candidates, Hillary Clinton and Bernie Sanders, have promised …": the subject
        # the names are set beside starts after the comma before it (or at the sentence start)
        lead = max(s_lo, text.rfind(",", s_lo, _index_before(text, lead)) + 1)
        while lead < att.verb_start and text[lead].isspace():
            lead += 1
    if speaker is not None and not att.speaker_after:
        prev = art.tok_before(lead, s_lo)
        while prev is not None and (prev.lower in _SPEAKER_PREMODIFIERS or prev.text == "."
                                    or speaker.kind == "name" and prev.lower in _ROLE_WORDS):
            # ("…, Republican strategist John Feehery said.": the role before the name leads)
            if prev.text == ".":  # "And yet, Mrs. Clinton's aides say, …": the title leads
                title = art.tok_before(prev.start, s_lo)
                if title is None or title.lower + "." not in _TITLES:
                    break
                prev = title
            lead = prev.start  # "But, the former CEO of Hewlett-Packard added, …": the whole subject leads
            prev = art.tok_before(lead, s_lo)
    before_lead = art.toks(s_lo, lead)
    rest = art.toks(_name_tail_end(art, att.speaker) if att.speaker_after and speaker is not None else att.verb_end,
                    s_hi)
    i = 0
    while i < len(rest) and (rest[i].lower in _TIME_WORDS or rest[i].lower in _SKIP_AFTER_VERB
                             or rest[i].lower in _TIME_PREPOSITIONS and i + 1 < len(rest)
                             and rest[i + 1].lower in _TIME_WORDS
                             or rest[i].lower == "for" and i + 1 < len(rest) and rest[i + 1].lower in _DURATIONS
                             or rest[i].lower in _DURATIONS and i and rest[i - 1].lower == "for"):
        # ("has said for weeks he's the only candidate …")
        if i + 1 < len(rest) and rest[i + 1].lower == "'s":
            break  # "said Monday's decision will …": the time word opens the clause's subject
        i += 1
    if i < len(rest) and rest[i].lower in _FINITE_AUXILIARIES and not rest[i].is_cap and not att.speaker_after and (
            att.verb.lower() in _NOUN_LIKE_VERBS | _NOUN_ING_FORMS | _PLURAL_NOUN_FORMS or att.info.frame == "object") \
            and not (i + 1 < len(rest) and rest[i + 1].lower == "that") \
            and not (att.verb.lower() in _NOUN_LIKE_VERBS | _PLURAL_NOUN_FORMS and any(
                t.lower in ("which", "who", "whom") or t.lower in _SUBJECT_PRONOUNS
                for t in art.toks(max(s_lo, att.verb_start - 40), att.verb_start)[-4:])):
        # ("his claim is that …": what he claims; "a tax bill, which they claim is owed by Yukos": a relative)
        return None  # "The strong jobs report has cleared the way …", "The online posting is …": a noun; "The Twitter
        # account Trump retweeted was set up …": the verb's object is the noun before it (but "a dynamic Greenberg
        # said could drive …" reports its clause)
    if i < len(rest) and rest[i].lower in _MODALS and att.verb.lower().endswith("ed") and speaker is not None \
            and not att.speaker_after and speaker.kind == "np" and not _is_people_word(speaker.text.split()[-1].lower()) \
            and not any(t.lower in ("which", "who", "whom", "that")
                        for t in art.toks(max(s_lo, att.verb_start - 40), att.verb_start)[-4:]):
        return None  # "A $90 billion merger announced Monday would turn …", "The rules proposed last week would
        # ban …": a participle after its noun, whose own verb follows (not "a bill which Trump said would …")
    if att.info.lemma == "release" and not any(t.lower in _RELEASED_NOUNS for t in rest[i:i + 5]):
        return None  # "released a statement", "released details of his plan" (not "released Alan Gross", nor
        # "a survey released on Thursday")
    if att.info.lemma == "call" and i < len(rest) - 1 and rest[i].lower == "to" and _infinitive_at(rest, i) == i \
            and rest[i + 1].lower not in ("mind", "account", "order", "attention") and not att.speaker_after \
            and rest[i + 1].lower not in _COMMUNICATING \
            and not ((before_verb := art.tok_before(att.verb_start)) is not None
                     and before_verb.lower in _FINITE_AUXILIARIES):
        return rest[i].start, s_hi, "reported_infinitive"  # "Trump called to ban Muslims from entering the U.S."
        # (not "called to mind the promise of …", nor a telephone call: "She called to say …", "can call to report")
    if att.info.lemma in ("call", "call on") and 0 < i < len(rest) - 1 and rest[i].lower == "for" \
            and rest[i - 1].lower in _TIME_WORDS:  # "called Wednesday for Ginsburg to resign": "call for"
        return rest[i + 1].start, s_hi, "reported_object" if _infinitive_at(rest, i + 1) is None \
            else "reported_infinitive"
    if i == len(rest) - 1 and rest[i].text == ":" and not text[rest[i].end:p_hi].strip():
        # "In a speech last July, he said:" closing a paragraph: the next paragraph is what he said
        k = bisect.bisect_right(art.paragraph_starts, p_lo)
        if k < len(art.paragraphs) and text[art.paragraphs[k][0]] not in "“\"‘'«" and not any(
                o.speaker is not None and _clause(art, o, others) is not None
                for o in _atts_between(others, *art.paragraphs[k])):
            return art.paragraphs[k][0], art.paragraphs[k][1], "block_quote"
        return None  # a quotation is left to the quote rules, a paragraph with its own attribution to its own
    as_lead = (before_lead and before_lead[-1].lower == "as") or (
        len(before_lead) >= 2 and before_lead[-1].text == "," and before_lead[-2].lower == "as")
    opens_sentence = not [t for t in before_lead if t.lower not in ("as", "however", "but", "and", ",", "(")] if as_lead \
        else not [t for t in before_lead if t.lower not in ("'", "'s") and t.lower not in _ROLE_WORDS
                  and not t.is_cap or t.text == ","]  # (a role before the name: "Republican presidential candidate")
    if as_lead and not opens_sentence:  # "…, and as Comey noted, people involved …": "and as" opens a clause
        k = max(k for k, t in enumerate(before_lead) if t.lower == "as")
        cut = max([j for j, t in enumerate(before_lead[:k]) if t.text in ",;"], default=None)
        opens_sentence = cut is not None and k > cut + 1 and all(
            t.lower in ("and", "but") for t in before_lead[cut + 1:k])
        if not opens_sentence and cut is not None and k == cut + 1 and cut <= 6 \
                and not _has_finite_verb(before_lead[:cut]) and all(t.text[:1].isalnum() for t in before_lead[:cut]) \
                and (before_lead[0].lower in _NOT_CLAUSE or before_lead[0].lower.endswith("ly") or any(
                    t.lower in ("ago", "later", "earlier") or t.lower.rstrip("s") in _TIME_WORDS for t in before_lead[:cut])):
            opens_sentence = True  # "Just a few weeks ago, as Western Journalism reported, …": an opening adjunct
    if as_lead and opens_sentence and i < len(rest) and rest[i].lower in ("in", "on", "at", "during") \
            and att.info.frame in ("clause", "that_clause"):
        comma = next((k for k in range(i + 1, min(len(rest), i + 16)) if rest[k].text in ",;:"), None)
        if comma is not None and rest[comma].text == "," and not _has_finite_verb(rest[i:comma]):
            i = comma  # "As Hedrick Smith reported in his book, …": the adjunct belongs to the report
    # "As POLITICO has reported, …", "Breitbart News’ X reported, …", not "The deal will pass, as he claims, by …"
    if i + 1 < len(rest) and rest[i].text == "," and opens_sentence and rest[i + 1].text[:1].isalnum() \
            and (as_lead or not art.toks(att.verb_end, rest[i].start)) and _words(text[rest[i].end:s_hi]) >= 3:
        # "As POLITICO has reported, cases that …", "Leahy previously reported, The Clinton Foundation …"
        return rest[i + 1].start, s_hi, "reported_clause"
    if as_lead and i < len(rest) and rest[i].text == "," and before_lead[-1].lower == "as" and len(before_lead) > 1 \
            and before_lead[-2].text == "," and _words(text[rest[i].end:s_hi]) >= 2:
        return s_lo, s_hi, "clause_around_attribution"  # "And that, as Trump points out, is quite a bit"
    if as_lead and (i >= len(rest) or rest[i].text in ",.;:!?)—–"):
        cut = text.rfind(",", s_lo, lead)
        if i < len(rest) and rest[i].text in ".!?" and cut > s_lo \
                and text[cut + 1:lead].strip(" ”’\"'").lower() == "as" and _has_finite_verb(art.toks(s_lo, cut)) \
                and not any(o.verb_start < cut for o in same_sentence if o.speaker is not None):
            return s_lo, cut, "clause_before_attribution"  # "Prices will keep rising, as Smith's forecast suggests."
        return None  # a parenthetical "as he claims" inside the sentence, not "as Trump claimed that …"
    infinitive = i < len(rest) and rest[i].lower == "to" and att.info.frame in (
        "infinitive", "infinitive_only", "object_clause") and _infinitive_at(rest, i) == i
    # ("In May, he vowed to end …": the infinitive it reports, not an adjunct)
    wrote_to = att.info.lemma == "write" and " " not in text[att.verb_start:att.verb_end] \
        and _char_before(text, lead) == "," and _listener_at(rest, i)  # (not "wrote about the attorney's visit")
    if att.info.frame == "object_clause" or wrote_to or (_char_before(art.text, lead) == "," and i < len(rest)
                                                         and rest[i].lower in _ADJUNCT_PREPOSITIONS and not infinitive):
        # "…, Carter told a Senate panel Wednesday." / "…, he said in an interview with CNN." / "…, Kennedy wrote Linick."
        j = _adjunct_end(rest, i, att.info.frame == "object_clause" or wrote_to)
        if j is not None and not (att.info.lemma == "warn" and any(
                t.lower in ("against", "about") or t.lower == "of" and k + 1 < j and not rest[k + 1].is_cap
                for k, t in enumerate(rest[i:j], start=i))):
            i = j  # (not "warned the West against sending tanks.": what the warning is about; but "is warning a
            # committee of MSPs.": a listener)
    comma_after = next((k for k, t in enumerate(rest[i:i + 9]) if t.text in ",;"), None)
    mid_sentence = (comma_after is not None and _char_before(art.text, lead) == ","
                    and (comma_after == 0 or (rest[i].lower in _ADJUNCT_PREPOSITIONS and not infinitive)
                         or (att.info.frame == "object_clause" and _listener_only(rest[i:i + comma_after])))
                    and not any(t.lower == "that" for t in rest[i:i + comma_after]))
    trailing = _char_before(art.text, lead) == "," and _trailing_clause(rest, i) or (
        att.speaker_after and i < len(rest) and rest[i].lower in ("who", "whose")
        and _has_finite_verb(art.toks(s_lo, att.verb_start)))  # "The stakes are …, said an official who was …"
    aside = 0 < i < len(rest) and rest[i].text in ("—", "–", "--", "-") and _char_before(art.text, lead) == "," \
        and not re.search(r"(?:[—–]|\s-{1,2}\s)[^—–]*?(?:[—–]|\s-{1,2}\s)\s*that\b", text[rest[i].start - 1:s_hi])
    # (not "— who had waited — that", "proclaimed in July - falsely - that")
    if i >= len(rest) or rest[i].text in ".!?" or mid_sentence or trailing or aside or (rest[i].text == "," and i + 1 < len(rest)
                                                                   and rest[i + 1].lower == "according"):
        # the verb closes the sentence: the clause is what comes before the speaker
        if sentence_has_other and any(o.verb_start < att.verb_start for o in same_sentence) \
                and _char_before(text, lead) != ",":
            return None  # but "X told Y she …, the Times reported": the Times reports all of it
        after_comma = rest[i + comma_after + 1:i + comma_after + 2] if comma_after is not None else []
        continues = not (after_comma and after_comma[0].lower.endswith("ing")
                         and after_comma[0].lower in load_reporting_verbs()[0])  # not "…, Spicer said, adding, …"
        if mid_sentence and continues and (not att.speaker_after or _predicate_after(rest, i + comma_after + 1)) \
                and _words(text[rest[i + comma_after].end:s_hi]) >= 2:
            # "Overall, she said, a number of constituencies …": the words on both sides are hers, as in
            # "The economy, said Smith, is in worse shape …"
            return s_lo, s_hi, "clause_around_attribution"
        cut = text.rfind(",", s_lo, lead)
        if cut < 0 or not text[s_lo:cut].strip():
            return None
        if text[cut + 1:lead].strip().lower() in _SUBORDINATORS - {"as"} | {"until", "unless", "where"}:
            return None  # "Bob met with Stevens, when the CIA briefed the ambassador at …": not what was said
        start = s_lo + (_DATELINE.match(text[s_lo:cut]).end() if _DATELINE.match(text[s_lo:cut]) else 0)
        opener = art.toks(start, cut)[:1]
        if opener and (opener[0].lower in _SUBORDINATORS or opener[0].lower == "asked") \
                and text.find(",", opener[0].end, cut) < 0:
            return None  # "When asked if …, Peskov replied": the question is not his (but "After …, X plans …, Y said")
        if any(o.info.frame == "according" and o.speaker is not None and not text[o.speaker.end:cut].strip()
               for o in _atts_between(others, start, cut)):
            return None  # "According to Phil Kerpen, … a post Labott wrote": Kerpen reports it all
        lead_toks = art.toks(start, cut)
        if (_words(text[start:cut]) <= 4 or _opens_with_participle(lead_toks) or trailing
                or _only_adjuncts(art, start, cut)) and not _has_finite_verb(lead_toks):
            return None  # "In April, Trump called …", "Weighing in on the talks, Huckabee agreed", "In a memo
            # on Tuesday to all staff, Oppenheim explained.": no clause (but "The deal is dead, Trump said.")
        return start, cut, "clause_before_attribution"
    window = rest[i:i + 12]
    that = next((k for k, t in enumerate(window) if t.lower == "that"), None)
    if that is None and i < len(rest) and (rest[i].lower in _ADJUNCT_PREPOSITIONS or rest[i].lower in _TIME_WORDS):
        # "said Thursday during a taping of a town hall meeting in Buffalo, New York, that …"
        far = next((k for k, t in enumerate(rest[i:i + 30]) if t.lower == "that" and k and rest[i + k - 1].text == ","),
                   None)
        if far is not None and not any(t.text in ".;:“”\"" for t in rest[i:i + far]):
            return rest[i + far].start, s_hi, "reported_clause_that"
    if i + 2 < len(rest) and rest[i].lower == "to" and att.info.frame in ("clause", "object_clause"):
        # "explained to CBS why …", "told to reporters that …": the listener, then the clause
        k = i + 1
        while k < len(rest) and k - i <= 5 and (rest[k].is_cap or rest[k].lower in _LISTENERS
                                                or rest[k].lower in ("the", "a", "an")
                                                or rest[k].text == "." and rest[k - 1].lower + "." in _TITLES):
            k += 1  # ("wrote to Mrs. Clinton about …")
        if i + 1 < k < len(rest) and rest[k].lower in ("why", "how", "what", "whether", "that", "when", "where", "who"):
            return rest[k].start, s_hi, "reported_clause" if rest[k].lower != "that" else "reported_clause_that"
        if i + 1 < k < len(rest) - 1 and rest[k].lower == "about" and att.info.lemma in ("write", "talk", "speak"):
            return rest[k].start, s_hi, "reported_object"  # "wrote to Mrs. Clinton about a visit to Ukraine …"
    if att.info.frame == "object_clause" and that is not None and not _clause_before_that(window[:that]):
        return window[that].start, s_hi, "reported_clause_that"  # (not "warned there was a risk that …": a clause)
    first = rest[i]
    if first.lower == "but" and i + 1 < len(rest) and _verb_of(rest[i + 1].text) is not None:
        return None  # "declined to comment but said the review was ongoing": the next verb reports it
    if first.lower == "that":
        return first.start, s_hi, "reported_clause_that"
    if that is not None and (_TIME_ONLY.fullmatch(text[first.start:window[that].start].strip()) or all(
            t.lower in _TIME_ADJUNCT_WORDS for t in window[:that])):
        return window[that].start, s_hi, "reported_clause_that"  # "reported ten days ago that …", "said late on
        # Friday that …"
    objected = (att.info.lemma in ("underscore", "hint") and first.lower not in _NOT_CLAUSE - {"at"}
                or att.info.lemma == "charge" and any(t.lower == "with" for t in rest[i + 1:i + 7])) \
        and _speaks_as_someone(art, att)
    if att.info.frame == "that_clause" and first.text not in "“\"‘" \
            and first.lower not in _SUBJECT_PRONOUNS | {"whether", "if"} and not objected:
        return None  # "charged a fee", "maintains the title": only "charged that …" (or "indicated he …") is speech
        # (but a person's or a body's "underscored the risks", "hinted at a run", "charged two developers with
        # fraud"; not "The comments underscored …", "Early data hinted at …", "The troops charged the hill with …")
    if objected:
        lead = rest[i + 1] if att.info.lemma == "hint" and first.lower == "at" and i + 1 < len(rest) else first
        turn = _OBJECT_TURN.search(text, lead.start, s_hi)
        return lead.start, turn.start() if turn is not None else s_hi, "reported_object"  # (not "hinted at a fresh
        # effort … as he declared that …": the next statement is his own)
    opened = art.next_open(first.start - 1)
    if att.info.lemma == "add" and first.lower not in _SUBJECT_PRONOUNS | {"whether", "if"} \
            and (opened is None or opened >= s_hi) and not _reports_clause(rest[i:], _in_opening_clause(art, s_lo, att)):
        return None  # "added his own comment", "has added another link to the chain": no clause, no quotation
        # (but "added the plan makes sense", "added the deal, if approved, would create 500 jobs")
    if att.info.frame in ("infinitive", "infinitive_only", "object_clause"):
        to = _infinitive_at(rest, i)
        if to is not None:
            lead_in = rest[to].start if first.lower in _NOT_CLAUSE else first.start  # not "at a rally to end …"
            return lead_in, s_hi, "reported_infinitive"
        if that is not None and that < 5 and not _clause_before_that(window[:that]) and (att.info.frame != "infinitive" or all(
                t.is_cap or t.lower in _LISTENERS or t.lower in _PEOPLE_NOUNS or t.lower in ("the", "a", "an", ".")
                for t in window[:that])):
            return window[that].start, s_hi, "reported_clause_that"  # (not "proposed new rules that would …")
        wh = next((k for k, t in enumerate(window[:5]) if t.lower in ("why", "how", "what", "whether", "if", "who",
                                                                       "when", "where", "which")), None)
        if wh and all(t.is_cap or t.lower in _LISTENERS or t.lower in ("the", "a", "an") for t in window[:wh]):
            return window[wh].start, s_hi, "reported_clause"  # "asking Sanders why he …"
        if att.info.frame == "infinitive_only":
            return None  # "advises big corporations on mergers": a service, not speech
    if att.info.frame == "object" and that and all(
            t.is_cap or t.lower in _TIME_ADJUNCT_WORDS or t.lower in _TIME_SPANS for t in window[:that]):
        # "insisted on CNN that …", "argued for years that …", "insisted on several occasions that …"
        return window[that].start, s_hi, "reported_clause_that"
    if att.info.frame == "object" and (first.text[:1].isalnum() or first.text in "“\"‘$") \
            and first.lower not in _NOT_CLAUSE:
        return first.start, s_hi, "reported_object"
    j = i + 1 if first.lower == "at" and i + 1 < len(rest) and rest[i + 1].lower in ("least", "most") else i
    if (first.lower in _APPROXIMATORS or j > i) and att.info.frame in ("clause", "object_clause") and j + 1 < len(rest) \
            and (_AMOUNT_WORD.fullmatch(rest[j + 1].lower) or (
                rest[j + 1].lower in ("a", "$") and j + 2 < len(rest) and _AMOUNT_WORD.fullmatch(rest[j + 2].lower))):
        # ("reported at least 20 victims at a center that works with …": not the relative's "that")
        return first.start, s_hi, "reported_clause"  # "said about 40 people had died": an amount opens the clause
    if first.lower in _NOT_CLAUSE or first.text in "“\"‘":
        if first.text in "“\"‘" and att.info.frame in ("clause", "complement"):
            return first.start, s_hi, "reported_clause"
        object_before = art.tok_before(speaker.start, s_lo) if speaker is not None and not att.speaker_after else None
        if first.lower == "as" and att.info.frame == "complement" and object_before is not None \
                and object_before.lower in ("which", "whom", "who") \
                and _char_before(art.text, object_before.start) == "," \
                and i + 1 < len(rest) and rest[i + 1].text not in "“\"‘" and not (
                    rest[i + 1].lower in ("a", "an", "the") and i + 2 < len(rest) and rest[i + 2].text in "“\"‘"):
            comma = next((t.start for t in rest[i + 1:] if t.text in ",;"), s_hi)
            return rest[i + 1].start, comma, "reported_clause"  # "Florida, which he describes as his second home" (and
            # "his grandmother, whom he described as his first acting teacher, when he was young": to the comma)
        if first.lower == "as" and att.info.frame == "complement" and object_before is not None \
                and object_before.lower in ("what", "whom", "who", "which", "that") and i + 1 < len(rest) and (
                    rest[i + 1].text in "“\"‘" or rest[i + 1].lower in ("a", "an", "the") and i + 2 < len(rest)
                    and rest[i + 2].text in "“\"‘"):
            mark = rest[i + 1] if rest[i + 1].text in "“\"‘" else rest[i + 2]
            k = bisect.bisect_right(art.inside_starts, mark.start) - 1
            close = art.inside[k][1] if k >= 0 and art.inside[k][0] == mark.start else s_hi
            closed = art.text[max(0, close - 2):close - 1] in (",", ".")  # "whom he described as “volatile,” with
            # Clinton": the object is the relative before the speaker, and a quotation that ends in its own comma is
            # all he said (not "what he described as the “brilliant” way …")
            return rest[i + 1].start, min(close, s_hi) if closed else s_hi, "reported_clause"
        if that is not None and first.lower in _NOT_CLAUSE and first.text not in ".,;:":
            if any(o.speaker is not None and first.start < o.verb_start < window[that].start
                   and not o.verb.split()[0].lower().endswith("ing")
                   and not ((before_o := art.tok_before(o.verb_start)) is not None and before_o.lower in _RELEASED_NOUNS)
                   for o in same_sentence):
                return first.start, s_hi, "reported_clause"  # "said in politics it takes time … but added that …"
                # (not "said in a statement posted on its website that …": the statement's participle)
            return window[that].start, s_hi, "reported_clause_that"
        if that is None and first.lower in ("in", "at", "on", "during", "after", "before") \
                and att.info.frame in ("clause", "object_clause"):
            subject = _subject_after_adjunct(rest, i)
            adjunct = [t for t in rest[i + 1:] if t.start < subject.start] if subject is not None else []
            if subject is not None and (first.lower not in ("after", "before") or adjunct and not _has_finite_verb(adjunct)
                                        and not any(t.lower in ("if", "whether", "asking") for t in adjunct)):
                # ("said after the convention he would …", not "said after he lost …" nor "had nothing to say after
                # The Daily Beast called, asking if he would …": a clause of its own)
                return subject.start, s_hi, "reported_clause"
        if first.lower in _CONTENT_ADJUNCTS and att.info.frame in ("clause", "object_clause"):
            comma = next((k for k in range(i + 2, min(len(rest) - 2, i + 16)) if rest[k].text in ",;:“”\"."), None)
            if comma is not None and rest[comma].text == "," and rest[comma + 1].lower in _SUBJECT_PRONOUNS - {"it"} \
                    and rest[comma + 2].text.isalpha() and not rest[comma + 2].is_cap:
                return first.start, s_hi, "reported_clause"  # "says despite being a Stanford alumna, she plans …"
        return None
    story = next((k for k in range(i + 1, min(len(rest), i + 5)) if rest[k].lower in _STORY_NOUNS), None) \
        if att.info.lemma == "tell" else None
    if story is not None and not att.verb.lower().endswith("ing") \
            and _speaks_as_someone(art, att) \
            and rest[i].lower in _DETERMINERS - {"the"} | {"a", "an", "one"} \
            and all(t.text.isalpha() and t.lower not in _stopwords() for t in rest[i + 1:story]):
        stop = next((t.start for t in rest[story + 1:] if t.text in ",;:—–"), s_hi)
        return first.start, stop, "reported_object"  # "Alder told a tale of two parties", "he tells one joke about
        # Trump": the story told is what was said (not "The film tells the story of two boys", a plot, nor "Exit polls
        # told a tale …", no one)
    if att.info.lemma == "remind" and i + 1 < len(rest) and rest[i].lower in ("me", "us", "you") \
            and rest[i + 1].lower == "of":
        return None  # "Kasich reminds us of the houseguest who won't leave": a likeness
    if att.info.lemma == "remind" and speaker is not None and (
            speaker.kind in ("name", "pronoun") and speaker.text.lower() != "it"
            or _is_people_word(speaker.text.split()[-1].lower())):
        j = next((j for j in range(i + 1, min(len(rest), i + 6)) if rest[j].lower in ("of", "about")), None)
        if j is not None and j + 1 < len(rest) and all(
                t.text.isalpha() and t.lower not in _NOT_CLAUSE and not _is_finite_verb(t, None) for t in rest[i:j]):
            return rest[j + 1].start, s_hi, "reported_object"  # "reminded voters of her record": a short listener,
            # then what she brought up (not "The stadium reminds me of the old arena": no one speaks)
    if att.info.frame == "object_clause":
        # "told reporters the vote was close": a short listener, then the clause
        k = i
        if i + 1 < len(rest) and rest[i].lower in ("the", "a", "an", "his", "her", "their", "its", "our", "my") \
                and (rest[i + 1].is_cap or rest[i + 1].lower in _LISTENERS or rest[i + 1].lower in _PEOPLE_NOUNS):
            k = i + 1  # "told the AP her group …", "told his audience they …"
        while k < len(rest) and k - i < 7 and (rest[k].is_cap or rest[k].lower in _LISTENERS
                                               or rest[k].lower in _PEOPLE_NOUNS or rest[k].lower in _ROLE_HEADS
                                               or (k > i and rest[k].lower == "of" and rest[k - 1].is_cap
                                                   and k + 1 < len(rest) and rest[k + 1].is_cap)
                                               or (k > i and rest[k].lower in _SHOW_NOUNS and rest[k - 1].is_cap)
                                               or (k > i and rest[k].text.isdigit() and rest[k - 1].is_cap)) \
                and not (k > i and rest[k].lower in ("her", "his", "their", "its")):  # "told MSNBC her …"
            k += 1  # ("told The Star-Ledger of Newark she …", "told the BBC News website there are …", "told the BBC
            # World Service programme Go Digital he hoped …")
            if rest[k - 1].lower in _UNTITLED_SHOW_NOUNS:
                name = k
                while name < len(rest) and rest[name].is_cap and name - k < 4:
                    name += 1
                if name > k and name < len(rest) and (rest[name].lower in _SUBJECT_PRONOUNS or rest[name].lower == "that"):
                    k = name  # "told the Argentine newspaper Clarin it would …": the paper's name, then the clause
                break  # "told the BBC News website Ford did not …": the clause starts after the website
        if i + 1 < k < len(rest) and rest[k - 1].is_cap and (
                rest[k].lower in _FINITE_AUXILIARIES or _is_finite_verb(rest[k], rest[k - 1])):
            named = next((m for m in art.mentions_back_from(rest[k - 1].end) if m.end == rest[k - 1].end), None)
            j = next((j for j in range(i + 1, k - 1) if rest[j].lower.rstrip(".") + "." in _TITLES), None) \
                or next((j for j in range(i + 1, k) if named is not None and rest[j].start == named.start), None)
            # ("told the Sunday Times Mr Campbell would …": a title starts the name)
            while j is not None and j + 1 < k and rest[j].text.isupper() and len(rest[j].text) > 1:
                j += 1  # "told the BBC Michael Howard has …": the broadcaster's acronym is the listener
            if j is None:  # "told CNN Trump was …", which the name finder reads as one name "CNN Trump"
                j = next((j for j in range(i + 1, k) if _person_words(art, rest[j:k])
                          and not (rest[j].text.isupper() and len(rest[j].text) > 1)), None)
            if j is None:
                j = next((j for j in range(k - 1, i, -1) if rest[j].is_cap and not rest[j - 1].is_cap
                          and rest[j - 1].lower not in _DETERMINERS), None)
            if j is not None:
                k = j  # "told reporters Mr Putin was …", "told CNN Trump was wrong": the clause's subject is a name
        if i < k and k + 1 < len(rest) and rest[k].lower in _TIME_PREPOSITIONS and rest[k + 1].lower in _TIME_WORDS:
            k += 2  # "told investigators in July she …"
        elif i < k and k + 1 < len(rest) and rest[k].lower in ("in", "at") and rest[k + 1].is_cap:
            k += 2  # "told a Planned Parenthood gathering in Washington she …"
            while k < len(rest) and rest[k].is_cap and k + 1 < len(rest) and rest[k + 1].lower not in _FINITE_AUXILIARIES:
                k += 1
        if k == i and rest[i].lower in _SUBJECT_PRONOUNS:
            return rest[i].start, s_hi, "reported_clause"  # "have warned they could …": no listener
        if k == i and i + 1 < len(rest) and rest[i].text.isalpha() and rest[i + 1].lower in _SUBJECT_PRONOUNS:
            k = i + 1  # "tells audiences she may …"
        if k == i:
            j = next((j for j in range(i + 1, min(len(rest) - 1, i + 5)) if rest[j].lower in _SUBJECT_PRONOUNS - {"i"}
                      and rest[j + 1].text.isalpha() and not rest[j + 1].is_cap), None)
            if j is not None and rest[i].lower in _DETERMINERS | {"his", "her", "their", "its", "our"} and all(
                    t.text.isalpha() and not t.is_cap and t.lower not in _stopwords() and _verb_of(t.text) is None
                    and not _is_finite_verb(t, None) for t in rest[i + 1:j]):
                k = j  # "told the court he was innocent", "told the paper he would stay": a listener, then the clause
        if k == i and (rest[i].lower in ("the", "there") or rest[i].lower in _POSSESSIVE_PRONOUNS):
            aux = next((j for j in range(i + 1, min(len(rest), i + 7)) if rest[j].lower in _FINITE_AUXILIARIES), None)
            if aux is not None and all(t.text.isalpha() and not _is_finite_verb(t, None) and t.lower not in _NOT_CLAUSE
                                       and t.lower not in _NOT_IN_CLAUSE_SUBJECT
                                       for t in rest[i + 1:aux]):
                inner = next((j for j in range(aux - 1, i, -1) if rest[j].lower in ("the", "a", "an") or (
                    rest[j].is_cap and not rest[j - 1].is_cap and rest[j - 1].lower not in _OBJECT_WORDS
                    and rest[j - 1].lower != "and")),
                             None)
                lead_in = rest[inner] if inner is not None else rest[i]  # "told his monthly press conference the
                # matter had been dealt with", "… conference Britain had …": the listener, then the clause
                return lead_in.start, s_hi, "reported_clause"  # "warned the cuts would hurt schools", "warned there
                # was a risk that …": no listener, the clause's own subject
        if i < k < len(rest) and rest[k].text[:1].isalpha() and rest[k].lower not in _NOT_CLAUSE \
                and rest[k].lower not in ("to", "about", "of"):
            return rest[k].start, s_hi, "reported_clause"
        if i < k and k + 1 < len(rest) and rest[k].lower in ("against", "of", "about") and att.info.lemma == "warn":
            return rest[i].start, s_hi, "reported_object"  # "warned the West against supplying weapons to Kyiv"
        return None
    return first.start, s_hi, "reported_clause"


_RELEASED_NOUNS = frozenset("""statement statements report memo ad ads advertisement video letter transcript transcripts
    excerpt excerpts details plan plans proposal list data figures results poll survey emails e-mails documents
    records returns tape tapes audio recording note study analysis response message remarks platform""".split())
_AMOUNT_WORD = re.compile(r"\d[\d,.]*|(?:one|two|three)-(?:half|third|thirds|quarter|quarters|fifth|fifths)|"
                          r"half|one|two|three|four|five|six|seven|eight|nine|ten|dozen|third|quarter|"
                          r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|hundred|thousand|million|billion")
# ("about $40 million": the tokens split off "$", so the rule looks one token further)
_AGO_QUANTITY = frozenset("a an one four five six seven eight nine ten few less more than just only about nearly "
                          "almost some".split())  # with _TIME_SPANS: "less than two weeks ago", "a few days ago"
_APPOSITIVE_END = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,2}")  # "…, Huma Abedin, has also said": the appositive's close
_TIME_SPANS = frozenset("years months weeks days decades hours occasions times several many some two three".split())
_ADJUNCT_PREPOSITIONS = frozenset("in on at during to after before while from via with by for aboard outside inside near "
                                   "following".split())


def _ends_with_subject(head: list[Tok]) -> bool:
    """Whether an opener with no comma of its own runs into the subject's name ("At the weekend Mr
    Brown"), rather than ending with a preposition's object ("In addition to Mr. Regalado")."""
    k = len(head)
    while k and (head[k - 1].is_cap or head[k - 1].text == "." or head[k - 1].text in ("’s", "'s")):
        k -= 1
    return k < len(head) and k > 0 and head[k - 1].lower not in _NOT_CLAUSE


_CONTENT_ADJUNCTS = frozenset("despite without unlike besides amid".split())  # the adjunct is part of what is said


def _subject_after_adjunct(rest: list[Tok], i: int) -> Tok | None:
    """The first word of a clause's subject after a prepositional adjunct that opens ``rest[i:]``:
    a subject pronoun ("said in an interview he would …", "said at a rally in Des Moines she …") or
    a determiner that an auxiliary soon follows ("said in a statement the ruling was …")."""
    for k in range(i + 1, min(len(rest) - 1, i + 10)):
        tok = rest[k]
        if not tok.text[:1].isalnum() or tok.lower in ("that", "and", "or", "but"):
            return None
        if tok.lower in _SUBJECT_PRONOUNS - {"it"} or (tok.lower == "it" and k > i + 1):
            return tok if rest[k + 1].text[:1].isalpha() and not rest[k + 1].is_cap else None
        if (k > i + 2 or k == i + 2 and rest[k - 1].is_cap) and tok.lower in _OBJECT_WORDS \
                and any(t.lower in _FINITE_AUXILIARIES for t in rest[k + 1:k + 5]):
            return tok  # (and "said on Twitter the plant would close": a name as the adjunct's object)
    return None


def _relative_closes_sentence(art: _Article, s_lo: int, verb_start: int) -> bool:
    """Whether the relative clause a verb is in comes after the sentence's own verb ("…, said Harvey, who
    acknowledged Trump was his fourth choice, behind …"), so that it may run to the end of the sentence,
    rather than sitting inside the subject ("Sanders, who said …, wants …")."""
    toks = art.toks(s_lo, verb_start)
    who = max((k for k, t in enumerate(toks) if t.lower in ("who", "which")), default=None)
    if who is None:
        return False
    head = toks[:who]
    forms = load_reporting_verbs()[0]
    return _has_finite_verb(head) or any(t.lower in forms and not t.is_cap for t in head)


def _only_adjuncts(art: _Article, start: int, end: int) -> bool:
    """Whether the words before an attribution are only adjuncts set off by commas: each part opens
    with a preposition ("In a memo on Tuesday", "to rapturous crowds"), is an adverb ("however") or a
    noun phrase ("the third day of his swing"), not a clause ("After two decades in Congress, Sanders
    plans to remain a Democrat, Devine said")."""
    parts = [art.toks(a, b) for a, b in _comma_parts(art.text, start, end)]
    return bool(parts) and parts[0][:1] != [] and parts[0][0].lower in _NOT_CLAUSE and all(
        part and (part[0].lower in _NOT_CLAUSE or len(part) <= 2 or part[0].lower in ("the", "a", "an"))
        for part in parts)


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the parts of ``text[start:end]`` between commas."""
    cuts = [start - 1, *[k for k in range(start, end) if text[k] == ","], end]
    return [(a + 1, b) for a, b in zip(cuts, cuts[1:]) if text[a + 1:b].strip()]


def _predicate_after(rest: list[Tok], k: int) -> bool:
    """Whether the sentence goes on at ``rest[k]`` with the verb of a subject set before a parenthetical
    inverted attribution ("And Trump, said Sunshine, who knows him well, doesn't forgive"), not with an
    appositive of the speaker ("…, said John Smith, the company's chief.")."""
    if k < len(rest) and rest[k].lower in ("who", "whose"):
        k = next((j + 1 for j in range(k + 1, min(len(rest), k + 20)) if rest[j].text == ","), len(rest))
    return k < len(rest) and rest[k].lower in _FINITE_AUXILIARIES


def _listener_at(toks: list[Tok], k: int) -> bool:
    """Whether a listener opens ``toks[k:]``: a name, "reporters", "a reporter", "the crowd"."""
    if k < len(toks) and toks[k].lower in ("a", "an", "the"):
        k += 1
    if k + 1 < len(toks) and toks[k].lower == "her" and toks[k + 1].text.isalpha() and not toks[k + 1].is_cap:
        return False  # "who added to her delegate lead": a possessive, not the listener "her"
    return k < len(toks) and (toks[k].is_cap or toks[k].lower in _LISTENERS or toks[k].lower in _PEOPLE_NOUNS
                              or toks[k].lower + "s" in _LISTENERS | _PEOPLE_NOUNS)  # "a reporter"


def _addressed(toks: list[Tok]) -> bool:
    """Whether the words between a verb and a quotation name the people it addresses ("asked supporters, “…”",
    "promised the crowd: “…”", "asked the buzzing crowd, “…”"), not an object or an infinitive ("promised mass
    deportation: “…”", "asks surrogates to stump for him, “…”")."""
    words = [t for t in toks if t.text[:1].isalnum()]
    return bool(words) and (words[-1].lower in _LISTENERS or words[-1].lower in _GROUP_PEOPLE) and all(
        t.lower in _DETERMINERS or t.is_cap or t.text.isalpha() and t.lower not in _NOT_CLAUSE
        and _verb_of(t.text) is None for t in words[:-1])


def _listener_only(toks: list[Tok]) -> bool:
    """Whether ``toks`` name only a listener: "CNN", "them", "the Associated Press", "reporters"."""
    return bool(toks) and all(t.is_cap or t.lower in _LISTENERS or t.lower in _PEOPLE_NOUNS
                              or t.lower in ("the", "a", "an", "’s", "'s") for t in toks) \
        and toks[-1].lower not in ("the", "a", "an")


def _person_words(art: _Article, toks: list[Tok]) -> bool:
    """Whether ``toks`` are words of one person's name the article knows (a title allowed first): "Trump",
    "Mr Putin", "Hillary Clinton"."""
    words = [t.text for t in toks if t.text != "."]
    if words and (words[0].lower().rstrip(".") + "." in _TITLES or words[0].lower() == "president"):
        words = words[1:]
    return bool(words) and any(entity.kind == "person" and all(w in entity.canonical.split() for w in words)
                               for entity in art.entities.values())


def _clause_before_that(toks: list[Tok]) -> bool:
    """Whether the words between a verb and a "that" are a clause of their own, an auxiliary after its subject
    ("warned there was a risk that …"), not a listener with its adjuncts ("told The Huffington Post before he
    spoke … that")."""
    for k, tok in enumerate(toks):
        if tok.lower in _SUBORDINATORS or tok.lower in _SUBORDINATE_WORDS or tok.lower in _NOT_CLAUSE \
                or not tok.text[:1].isalnum():
            return False  # (not "as Gold tells CJR, is that …", "told reporters on a conference call she was …")
        if k and tok.lower in _FINITE_AUXILIARIES and toks[k - 1].text.isalpha() \
                and not toks[k - 1].lower.endswith(("ed", "ing")) and toks[k - 1].lower not in _OBJECT_PRONOUNS \
                and toks[k - 1].lower != "you":
            return True  # an auxiliary after a noun (not "told shocked investors that …", "told ABC News in an
            # interview scheduled to air … that …": participles inside the listener or an adjunct)
    return False


def _adjunct_end(rest: list[Tok], i: int, listener: bool) -> int | None:
    """Where the sentence ends when only a listener ("told POLITICO", "told a Senate panel
    Wednesday") or a prepositional adjunct ("in an interview with CNN") follows the verb, else None."""
    j = i
    show = False  # inside the quoted name of a show after a possessive: "on MSNBC's “Morning Joe.”"
    while j < len(rest) and j - i < 12 and (rest[j].text not in ".!?" or (
            rest[j].text == "." and j > i and rest[j - 1].lower + "." in _TITLES)):  # ("about Mr. Bush")
        tok = rest[j]
        if tok.text in "“”\"" and (show or (j > i and rest[j - 1].lower in ("’s", "'s"))):
            show = not show
            j += 1
            continue
        if listener and j > i and tok.lower in _ADJUNCT_PREPOSITIONS and tok.lower != "to":
            listener = False  # "told reporters aboard his plane": an adjunct after the listener
        if tok.lower == "that" or tok.text in ",;:“”\"‘’" or (listener and j - i >= 5):
            return None
        if j > i and (_trailing_clause(rest, j) or tok.text in ("—", "–")):
            return j  # "…, Obama told his advisers as he labored over …": his clause ends at the subordinator,
            # and at a dash that sets off an aside ("…, Clinton said this week at an event in Wyoming — an …")
        if j > i and (tok.lower in _SUBJECT_PRONOUNS or tok.lower in _FINITE_AUXILIARIES or (
                _is_finite_verb(tok, rest[j - 1]) and j + 1 < len(rest) and rest[j + 1].lower not in _NOT_CLAUSE)):
            return None  # "told a gathering in Washington she will …", "reported at least six planes filled the
            # skies": a clause follows (but "told a crowd gathered in Ohio.": a participle)
        if listener and not (tok.is_cap or tok.lower in _LISTENERS or tok.lower in _GROUP_PEOPLE
                             or tok.lower in ("a", "an", "the", "’s", "'s")
                             or tok.lower in _TIME_WORDS or tok.lower in _TIME_PREPOSITIONS
                             or (rest[i].lower in _LISTENER_DETERMINERS and tok.text.isalpha())):
            return None  # a listener: "POLITICO", "reporters", "a Senate panel"
        j += 1
    if j > i and listener and rest[i].lower in _POSSESSIVES and rest[j - 1].lower not in _LISTENER_NOUNS:
        return None  # "told his closest advisers.", not "told his wife nothing.", "telling their stories."
    return j if j > i and (j >= len(rest) or rest[j].text in ".!?") else None


def _trailing_clause(rest: list[Tok], k: int) -> bool:
    """Whether a subordinate clause with a subject of its own opens ``rest[k:]`` ("as he labored over …",
    "while the crowd cheered"): after an attribution that closes a reported clause, it is the reporter's."""
    return k + 1 < len(rest) and rest[k].lower in ("as", "while") and (
        rest[k + 1].lower in _SUBJECT_PRONOUNS or rest[k + 1].lower in _OBJECT_WORDS or rest[k + 1].is_cap) \
        and _has_finite_verb(rest[k + 1:k + 6])  # (not "as a response to …", "as a paperback")


_POSSESSIVES = frozenset("his her their its our my".split())
_LISTENER_DETERMINERS = frozenset({"a", "an", "the"}) | _POSSESSIVES  # "told his closest advisers."
_LISTENER_NOUNS = _LISTENERS | _PEOPLE_NOUNS | _ROLE_HEADS | frozenset(
    "wife husband son daughter family staff team aides advisers cabinet party base followers".split())
_ANAPHORIC_CONTENT = frozenset("so it that this otherwise".split())  # "Smith said so.", "he denied it."
_NOT_CONTENT = frozenset("""afternoon today tonight yesterday tomorrow later earlier soon recently again
    repeatedly publicly privately previously there here""".split())  # "announced on Saturday afternoon"
_TIME_ONLY = re.compile(r"(?:just |only )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                        r"few|several|\d+|a few|a couple of|many)\s+"
                        r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later|before)[.,]?",
                        re.IGNORECASE)


_OBJECT_WORDS = frozenset("the a an his her its their our this these those all both every each".split())


def _infinitive_at(rest: list[Tok], i: int) -> int | None:
    """Where the "to" of an infinitive complement is: right after the verb ("vowed to fight") or after
    a short object ("urged the allies to act", "asked Congress to vote"); None when there is none."""
    adjunct = i < len(rest) and (rest[i].lower in _TIME_WORDS or rest[i].lower in ("at", "in", "on", "during"))
    for k in range(i, min(len(rest) - 1, i + (12 if adjunct else 7))):
        tok = rest[k]
        if adjunct and (tok.lower in ("at", "in", "on", "during", "a", "an", "the") or tok.lower in _TIME_WORDS):
            continue  # "promised Sunday at a Las Vegas rally to end …"
        if tok.lower == "to":
            following = rest[k + 1].text[:1]
            return k if (following.isalpha() or following in "“\"‘") and rest[k + 1].lower not in _OBJECT_WORDS \
                else None
        if not (tok.text[:1].isalnum() or tok.lower in ("’s", "'s", "-")) or (
                tok.lower in _NOT_CLAUSE and tok.lower not in ("of", "in")) or tok.lower == "that" \
                or (k > i and tok.lower in _SUBJECT_PRONOUNS):  # "told investigators she was advised to …"
            return None
    return None


_NEXT_ACTION = re.compile(r",?\s+(?:and|or)\s+(?!(?:including|according)\b)[a-z]+ing\b"
                          r"|,\s+(?!(?:including|according)\b)[a-z]+ing\s+(?:the|a|an|her|his|their|him|them|it|its|our)\b")
_OBJECT_END = re.compile(r",?\s+(?:when|while|because|after|before|since|until)\s+(?:he|she|they|it|we|I)\s")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|[A-Z]\w+)\s")


def _next_act(art: _Article, att: Attribution, content: list[Tok], second: re.Match) -> bool:
    """Whether the verb that ``second`` (``_SECOND_PREDICATE``) brings in after "and" or "but" is the subject's
    next act rather than part of what was said: the content before it has no verb of its own (inside quotation
    marks too), no relative or subordinate word and no "to" that could govern a bare verb, and does not end in a
    preposition ("wrote letters to and met with …"); the verb is a past form, not a noun in "-eed" ("the need
    for"), and not a past participle before the "to" of a verb that takes an object and an infinitive ("urged
    the poor and disenfranchised to rise up")."""
    verb = second.group("verb")
    if not content or _has_finite_verb(content) or content[-1].lower in _ADJUNCT_PREPOSITIONS | {"to", "of", "about"}:
        return False
    if any(t.lower in _SUBORDINATE_WORDS for t in content[1 if verb and verb.endswith("ed") else 0:]):
        return False  # "a white man who shot and killed …", "recommend that the U.S. end … and put the blame …" (but
        # "suggested that Sanders' attacks come from insecurity, but appeared to …": a past form after "that")
    if verb is None:
        return True  # "… and has repeatedly characterized him as …"
    if verb in _IRREGULAR_PAST:
        return not any(t.lower == "to" for t in content)  # ("urged the regime to ditch … and put a lid on …")
    if not verb.endswith("ed") or verb.endswith("eed") or verb in ("shed", "sled") or len(verb) <= 3:
        return False
    return not (att.info.frame in ("infinitive", "object_clause") and art.text[second.end():second.end() + 3] == "to "
                and re.match(r",?\s*and\b", second.group()) and not any(t.lower == "to" for t in content))


_SUBORDINATE_WORDS = frozenset("who whom whose which that when where while because if whether".split())
_NOT_IN_CLAUSE_SUBJECT = _SUBORDINATE_WORDS | _SUBJECT_PRONOUNS | {"and", "or", "but"}  # the words of a clause's
# subject before its auxiliary: "warned the cuts would …" (not "warned who would …", "warned they and …")
_SECOND_PREDICATE = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:also|then|later|even|\w+ly)\s+)?"
    r"(?:(?!(?:based|compared|coupled|combined|followed)\b)(?P<verb>[a-z]+)\s+"
    r"(?=(?:to|the|a|an|his|her|their|him|them|it|its|our|on|with|for|up|out|back)\b)"
    r"|(?:has|have|had|was|were)\s+(?:(?:also|not|never|\w+ly)\s+)?[a-z]+ed\b)")
_EFFECT_PARTICIPLES = frozenset("highlighting underscoring underlining signaling signalling".split())
# what a statement does, not a further statement of the speaker's


def _present_form(verb: str) -> bool:
    """Whether a written reporting verb is a present tense of the third person ("says", "disagrees")."""
    word = verb.split()[0].lower()
    return word.endswith("s") and not word.endswith("ss") and (_verb_of(word) or _verb_of(verb)) is not None


def _past_form(verb: str) -> bool:
    """Whether a written reporting verb is a past tense or participle ("said", "has warned")."""
    word = verb.split()[0].lower()
    return word in _IRREGULAR_PAST or word.endswith("ed")


def _clause_end(art: _Article, att: Attribution, start: int, end: int, atts: list[Attribution]) -> int:
    """Cut a reported clause where another attribution of the sentence begins (", NATO announced",
    ", Bloomberg reported"), but not for a speaking event that reports nothing, a bare verb after
    "and" ("said he'd sit Putin down and tell him …") or one whose cut would leave only "that"; end
    a clause whose verb is inside a sentence-initial "While …," at its comma."""
    for other in _atts_between(atts, start + 1, end):
        if other is att or other.speaker is None or (
                (other.info.frame == "topic" or other.info.lemma == "release"
                 or other.info.lemma == "add" and not _quote_next(art, other.verb_end))
                and _clause(art, other, atts) is None) or (
                other.info.frame == "quote_only" and not _quote_next(art, other.verb_end)):
            continue  # "said four of his kids and his wife will also speak at the convention", "would continue
            # to spread her message": no new statement
        if re.search(r",\s*(?:but\s+)?not\s*\Z", art.text[max(start, other.verb_start - 12):other.verb_start]):
            continue  # "said the U.S. should stand with Israel, not declare neutrality": one clause
        if other.speaker.kind == "pronoun" and _SUBORDINATE_OPEN.match(art.text, start) \
                and _char_before(art.text, other.speaker.start) == ",":
            continue  # "added that if his son were serving in Iraq, he would advise him …": the clause's own
        opener = art.toks(start, other.speaker.start) if not other.speaker_after and other.speaker.start > start else []
        if 2 < len(opener) <= 12 and opener[0].lower == "that" and opener[1].lower in _NOT_CLAUSE \
                and opener[-1].text == "," and not _has_finite_verb(opener) \
                and other.info.frame not in ("clause", "that_clause", "object_clause"):
            continue  # "disclosed that after the rape, Bill Clinton called her …": the clause's own subject and verb
            # (but "wrote that in the end, Obama said the deal was dead": a statement of its own)
        joined = art.tok_before(other.verb_start, other.verb_start - 6)
        between = art.toks(max(start, other.verb_start - 60), other.verb_start)
        while between and between[-1].lower.endswith("ly") and between[-1].text.isalpha():
            between.pop()  # "condoning and apparently encouraging": the adverb aside
        if len(between) > 1 and between[-1].lower in ("and", "or") and (
                (other.verb.lower().endswith("ing") and between[-2].lower.endswith("ing") and between[-2].text.isalpha())
                or (_present_form(other.verb) and _past_form(att.verb) and next(
                    (t.lower for p, t in zip([None, *between], between) if _is_finite_verb(t, p)), None)
                    in ("has", "is", "are", "does", "have", "do"))):
            continue  # "condoning and apparently encouraging violence": gerunds of the clause; "Powell has said he
            # has reviewed the messages and disagrees with …": a present tense goes with the clause's present, not
            # with "said" (but "Jones said he had seen the memo and says it proves nothing")
        if between and between[-1].text == "," and other.verb.lower().endswith("ing") \
                and other.verb.split()[0].lower() in _EFFECT_PARTICIPLES \
                and att.info.frame in ("clause", "that_clause", "object_clause") \
                and _has_finite_verb(art.toks(start, other.verb_start)):
            continue  # "Aides said Obama will make a familiar case …, highlighting America's recovery": the
            # participle goes with the reported clause's own subject (not "…, urging …", "…, adding that …")
        if other.info.frame != "according" and _is_base_form(other.verb, other.info) \
                and not _is_base_form(att.verb, att.info) and joined is not None and joined.lower in ("and", "or"):
            continue  # "said he'd sit Putin down and tell him …": a bare verb cannot go with "said"
        lead = min(other.verb_start, other.speaker.start) if other.speaker.start >= max(start, att.verb_end) \
            else other.verb_start  # (not a subject it shares with an earlier verb)
        article = art.tok_before(lead, lead - 5)
        if lead == other.speaker.start and article is not None and article.lower == "the" and article.start > start \
                and (art.tok_before(article.start) or article).lower not in ("which", "who", "whom", "that"):
            lead = article.start  # "… while the Lib Dems say …": the name's article opens the clause (a relative's
            # subject is left as it was: "the law, which the EU says is needed …, is little more than …")
        before = art.text[max(0, lead - 40):lead]
        quoted = art.last_quote(lead, inclusive=True)
        if quoted is not None and start < quoted[0] and re.fullmatch(r"[\s,'’\"”]*", art.text[quoted[1]:lead]) \
                and not art.in_quote(start):
            dash = re.search(r"\s*(?:--?|[—–;:])\s*\Z", art.text[start:quoted[0]])
            if dash is not None and _words(art.text[start:start + dash.start()]) >= 2:
                end = min(end, start + dash.start())  # "suggested Mr. Trump had … - ''He would have loved Stalin,''
                continue  # Mr. Biden said": the quotation after the dash is a statement of its own
        if art.text[other.verb_end:other.verb_end + 3].lstrip().startswith(",") and before.rstrip().endswith(",") \
                and not (_quote_next(art, other.verb_end) and _words(art.text[start:lead]) >= 2
                         and not re.search(r"\b(?:who|whom|which|whose)\s*,\s*\Z", art.text[start:lead])):
            continue  # a parenthetical "…, he said, …" inside the clause (not "… but added, “…”", nor "…, and when
            # asked …, he said, “…”": a statement of its own; but "attendees who, he said, were “…”" is an aside)
        before_lead = before.rstrip().rstrip("”’\"'")
        relative = other.speaker.start >= start and not other.speaker_after \
            and (other.info.frame in ("clause", "that_clause")
                 or other.info.frame == "complement" and re.match(r"\s*as\b", art.text[other.verb_end:])
                 and not re.search(r",(?![”\"’'])", art.text[other.verb_end:end])) \
            and other.info.lemma not in ("add", "release") \
            and re.fullmatch(r"(?:\s+\w+ly|\s+(?:has|have|had|also|later|previously))*\s*",
                             art.text[other.speaker.end:other.verb_start]) is not None \
            and _RELATIVE_BREAK.search(before_lead) is not None  # "…, which he said runs the risk …": his own
        # (not "…, who he described as “very talented”", whose words stay in the clause)
        coordinated = _COORDINATED.search(before_lead) is not None or _CLAUSE_BREAK.search(before_lead) is not None \
            or (_WHICH_BREAK.search(before_lead) is not None and "," not in art.text[other.verb_end:end])
        # (not "the council, to which the mayor reports, would meet …": a relative inside the clause)
        dash = not (coordinated or relative) and _DASH_BREAK.search(before_lead) is not None
        if dash and not _cut_at_dash(art, other, start, end, lead, atts):
            continue  # a dash before an appositive ("$8bn - less than half of the $20bn that advisers say …"),
            # "- according to …", or a verb that reports nothing of its own ("- estimating a 5% increase")
        timed = None if coordinated or dash or relative or lead != other.verb_start \
            or not other.verb.split()[0].lower().endswith("ing") or not _STATEMENT_OPENER.match(art.text, other.verb_end) \
            else _PARTICIPLE_BREAK.search(before_lead)
        if timed is not None:
            cut = lead - len(before) + timed.start()
            kept = art.text[start:cut].split()
            if len(kept) >= 2 and kept[-1].lower() != "that" \
                    and not _has_finite_verb([t for t in art.toks(start, cut) if not art.in_quote(t.start)]):
                # (not "said the suspect was arrested after admitting that …": the participle is the clause's own)
                end = min(end, cut)  # "praised the plan before claiming that it would fail": what the participle
                continue  # reports is a statement of its own (not "quoted X as saying that after slamming into …")
        if start < lead and (coordinated or dash or relative):
            cut = max(before.rstrip().rfind(mark) for mark in _BREAK_MARKS)
            cut = lead - len(before) + cut if cut >= 0 else lead
            opened = _DASH_MARK.search(art.text, art.sentence_span(start)[0], cut)
            own_aside = opened is not None and opened.end() <= att.verb_start \
                and _DASH_MARK.search(art.text, att.verb_end, cut) is None  # "generals -- most of whom had announced
            # their support -- who cited …": the dash closes the aside the verb is in
            if art.text[cut:lead].strip() in ("-", "--", "–", "—") and not own_aside and (
                    opened is not None or _DASH_MARK.search(art.text, other.verb_end, end)):
                continue  # a dash aside: "argued - rebuking Mr. Trump by name - that …", "the obliteration — a
                # word used by several observers — Johnson spoke of" (not "refuge - noting that …")
            if art.text[start:cut].strip(_CLAUSE_TRIM).lower() in ("", "that"):
                continue  # "argued that although Lazar confessed, he showed …": a clause inside the reported one
            opener = list(_AND_SUBORDINATE.finditer(art.text, start, cut))
            if opener and art.text[opener[-1].end():cut].count(",") == 0:
                cut = opener[-1].start()  # "…, and when asked whether …, he said no": the new sentence's opener
            if lead == other.speaker.start >= start \
                    and art.text[cut:lead].strip().lower() == "and" and _words(art.text[start:cut]) <= 4 \
                    and not _has_finite_verb(art.toks(start, cut)) and art.text[cut - 1] not in _CLOSING_MARKS \
                    and art.text[cut - 1] != ",":
                continue  # "As the site reported, Thor and Beck were discussing …": the first of two subjects (not
                # "rejected the nominee, and Mitch McConnell said …": a comma before "and" closes the object)
            end = min(end, cut)
    stop = _CLAUSE_STOP.search(art.text, start, end)
    while stop is not None and (art.in_quote(stop.start()) or (
            art.text[stop.start()] != "," and att.info.frame in ("clause", "that_clause", "object_clause"))):
        stop = _CLAUSE_STOP.search(art.text, stop.end(), end)  # (but "said the firm would keep hiring even
        # as the economy slowed": what he said, with no comma before it)
    if stop is not None and _words(art.text[start:stop.start()]) >= 2:
        end = stop.start()  # "she tweeted a note of concern; hours later, she issued …", "…, even as he …"
    if att.info.frame in ("object", "complement"):  # "attacking the mayor and visiting …": his next action
        turn = _NEXT_ACTION.search(art.text, start, end)
        if turn is not None and _words(art.text[start:turn.start()]) >= 2:
            end = turn.start()
    if att.info.frame in ("object", "topic"):  # "was talking about the market when he told …"
        turn = _OBJECT_END.search(art.text, start, end)
        if turn is not None and _words(art.text[start:turn.start()]) >= 1:
            end = turn.start()
    if att.info.frame in ("object", "complement", "infinitive", "infinitive_only"):  # "called for a boycott, and the group objected"
        turn = _NEW_CLAUSE.search(art.text, start, end)
        if turn is not None and _words(art.text[start:turn.start()]) >= 2 and "," not in art.text[start:turn.start()]:
            end = turn.start()  # but not the last item of a list: "a ceasefire, aid, and the release of …"
    second = _SECOND_PREDICATE.search(art.text, start, end)
    if second is not None and start >= att.verb_end and not art.in_quote(second.start()) \
            and _next_act(art, att, art.toks(start, second.start()), second):
        end = second.start()  # "defended his mother and refused to repudiate …", "praised her husband's record and
        # offered to put him in charge …": what has no verb of its own is an object, and the verb after "and" is the
        # subject's next act
    if att.speaker is not None and not att.speaker_after and start >= att.verb_end:
        who = art.tok_before(att.verb_start, att.verb_start - 40)
        while who is not None and who.lower not in ("who", "which") and (
                who.lower in _FINITE_AUXILIARIES or who.lower.endswith("ly") or who.lower in _SKIP_BEFORE_VERB):
            who = art.tok_before(who.start, who.start - 20)  # "who previously said", "who has also said"
        opener = art.tok_before(who.start, who.start - 4) if who is not None and who.lower in ("who", "which") else None
        if opener is not None and opener.text in _DASHES:
            close = next((t for t in art.toks(start, end) if t.text in _DASHES and not art.in_quote(t.start)), None)
            if close is not None and _words(art.text[start:close.start]) >= 2:
                end = close.start  # "Donald Trump - who previously said he would … - said at a rally …": the
                # relative set off by dashes ends at the second dash
    s_lo = art.sentence_span(att.verb_start)[0]
    first = [t for t in art.toks(s_lo, s_lo + 20) if t.lower not in ("even", "and", "but", "just")]
    after_verb = att.speaker.end if att.speaker_after and att.speaker is not None else att.verb_end
    between = art.text[after_verb:start].strip()
    after_comma = between.endswith(",") and all(  # "As POLITICO reported (on Monday), …": the main clause
        w.lower() in _SKIP_AFTER_VERB or w.lower() in _TIME_ADJUNCT_WORDS for w in between[:-1].split())
    lead = art.tok_before(att.verb_start, att.verb_start - 12)
    if lead is not None and lead.lower.endswith("ly") and lead.text.islower():  # "after initially saying …"
        # (not "after Kelly accusing …")
        lead = art.tok_before(lead.start, lead.start - 12)
    in_adjunct = att.verb.split()[0].lower().endswith("ing") and (
        (lead is not None and (lead.lower in _PARTICIPLE_SUBORDINATORS or lead.lower == "in" and lead.start == s_lo))
        or (att.verb[:1].isupper() and att.info.frame != "according"))  # "Noting that …, Tester added",
    # "In rejecting …, the commission recognized"
    opening_clause = bool(first) and first[0].lower in _SUBORDINATORS and not after_comma \
        and "," not in art.text[s_lo:att.verb_start]  # the verb is in the clause that opens the sentence
    if start >= att.verb_end and (att.in_relative or in_adjunct or opening_clause):
        # (not "If …, Mr. Taylor warned, supporters will leave": the clause around the attribution is whole)
        comma = next((m.start() for m in _CLAUSE_COMMA.finditer(art.text, start, end)), -1)  # (not "292,000")
        after_comma = art.toks(comma + 1, end)[:1] if comma > 0 else []
        if comma > 0 and not (att.in_relative and not in_adjunct and not opening_clause
                              and _relative_closes_sentence(art, s_lo, att.verb_start)
                              and not (after_comma and (after_comma[0].lower in _FINITE_AUXILIARIES
                                                        or _COORDINATED_ADJUNCT.match(art.text, comma + 1)))):
            # ("drew criticism from McCain, who said it was dangerous, and from several Democrats")
            # (but "Asked whether Trump, who has called it a hoax, could be …": the sentence's own verb)
            end = comma
    return end


_CLAUSE_COMMA = re.compile(r",(?!\d)")
_DASHES = frozenset({"-", "--", "–", "—", "―"})
def _cut_at_dash(art: _Article, other: Attribution, start: int, end: int, lead: int, atts: list[Attribution]) -> bool:
    """Whether a dash before another attribution ends a reported clause: before a named, pronoun or role
    speaker, a plain noun phrase right after the dash ("- the union said …"), a participle that shares the
    subject ("- noting that …"), or "- according to …," with a clause after it; and only if that
    attribution reports something of its own."""
    plain_np = other.speaker.kind in ("np", "names") and other.speaker.start >= start \
        and not re.search(r"\b(?:that|which|who|whom)\b", other.speaker.text) \
        and not re.match(r"(?:less|more|fewer|about|nearly|almost|\d)", other.speaker.text, re.IGNORECASE) \
        and _DASH_BREAK.search(art.text[max(0, other.speaker.start - 6):other.speaker.start]) is not None
    according = other.info.frame == "according" and art.text.find(",", other.verb_end, end) > 0
    relative = other.speaker.kind == "relative" and lead == other.speaker.start \
        and _DASH_BREAK.search(art.text[max(0, lead - 6):lead]) is not None  # "-- most of whom … -- who cited …"
    return not ((other.info.frame == "according" and not according) or other.in_relative
                or _clause(art, other, atts) is None
                or (other.speaker.kind not in ("name", "pronoun", "role") and lead != other.verb_start
                    and not plain_np and not relative))


_COORDINATED_ADJUNCT = re.compile(r"\s*(?:and|but|or)\s+(?:from|to|in|on|at|by|with|for|among)\b")
_CLAUSE_STOP = re.compile(r",?\s+even as\s+(?:(?:he|she|they|it|we|I|the|his|her|their|its)\b"
                          rf"|\w+(?:\s+\w+){{0,2}}\s+(?:{_AUXILIARIES})\b)")
# (not ", even as a candidate," or ", even as Secretary of State": asides; "he expressed solidarity for her even
# as he alluded to her failings": the reporter's)
_SUBORDINATE_OPEN = re.compile(r"\s*(?:that\s+)?(?:if|when|whenever|although|though|because|once|unless|even if)\b",
                               re.IGNORECASE)
_SPEAKER_PREMODIFIERS = frozenset("the a an former then longtime current acting top senior".split())
_AND_SUBORDINATE = re.compile(r",?\s+(?:and|but|though,?)\s+(?:when|while|if|after|before|because|although|though|since|once|"
                             r"asked|pressed)\b")  # "…, and when asked whether …, he said no"


def _run_on_end(art: _Article, atts: list[Attribution], piece: Piece) -> int | None:
    """Where the sentence ends when it runs on after a quotation that has no punctuation of its own
    with a subordinate clause, an infinitive or for/with/than/of/about and no other attribution (“…” for
    second place.), else None; not a place or a time (“…” in an interview with the BBC, “…” after the match)."""
    if piece.close_mark is None or art.text[piece.start:piece.end].rstrip()[-1:] in ".!?,;:—–-":
        return None
    s_hi = art.sentence_in_paragraph(piece.close_mark)[1]
    toks = art.toks(piece.close_mark + 1, s_hi)
    if len(toks) < 2 or not (toks[0].lower in _RUN_ON_WORDS or toks[0].lower in ("for", "with", "than", "of", "about")
                             or toks[0].lower == "to" and toks[1].text.isalpha() and not toks[1].is_cap
                             and toks[1].lower not in _OBJECT_WORDS and toks[1].lower not in _POSSESSIVES) \
            or any(t.text in "“”\"‘’" for t in toks) or _atts_between(atts, piece.close_mark + 1, s_hi):
        return None
    comma = next((k for k, t in enumerate(toks) if t.text in ",;"), len(toks))
    if all(t.lower in _TIME_ADJUNCT_WORDS or t.lower in _NOT_CONTENT or t.lower in _GOVERNORS
           for t in toks[:comma] if t.text[:1].isalnum()):
        return None  # "“Thank you Indiana!” on Friday afternoon": when, not what
    return _trim_end(art.text, piece.close_mark + 1, toks[comma].start if comma < len(toks) else s_hi)


def _quote_inside_clause(art: _Article, piece: Piece) -> bool:
    """Whether the sentence carries on in lower case, with no preposition or conjunction, right after a
    quotation that ends without a punctuation mark of its own: the quotation is part of a clause
    (“Trumpization” had started …, “CNN” five times), not a statement an adjunct follows (“…” on Friday)."""
    if piece.close_mark is None or piece.open_mark is None or art.text[piece.start:piece.end].rstrip()[-1:] \
            in ".!?,;:—–-" or _char_before(art.text, piece.open_mark) == ":":
        return False  # (not after a colon: "Trump said: “We will win” yesterday.")
    toks = art.toks(piece.close_mark + 1, art.sentence_in_paragraph(piece.close_mark)[1])
    return len(toks) >= 2 and toks[0].text.islower() and toks[0].lower not in _NOT_CLAUSE | {"and", "or", "but"} \
        and toks[0].lower not in _TIME_ADJUNCT_WORDS | _NOT_CONTENT | {"twice", "once"} \
        and not toks[0].lower.endswith("ly")  # "“We will win” last night", "“…” repeatedly"


def _opens_with_participle(toks: list[Tok]) -> bool:
    """Whether a phrase opens with an -ing participle and its particle, preposition or object
    ("Weighing in on …", "Speaking to reporters …"), not a name or a noun ("Wyoming voters …",
    "Beijing's claims …", "Everything about …")."""
    return len(toks) > 1 and toks[0].lower.endswith("ing") and not toks[0].lower.endswith("thing") \
        and not toks[1].is_cap and (toks[1].lower in _NOT_CLAUSE or toks[1].lower in _PARTICIPLE_OBJECTS)


_PARTICIPLE_OBJECTS = frozenset("the a an his her their its up out down back off further ahead forward".split())


_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s.]*")  # "(CROSSTALK.)", "[APPLAUSE]"
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}):\s+(?=\S)")


def _fills_paragraph(art: _Article, piece: Piece) -> bool:
    """Whether a quotation opens its paragraph and, when it closes there, nothing follows its closing mark."""
    lo, hi = art.paragraph_span(piece.start)
    return piece.open_mark is not None and not art.text[lo:piece.open_mark].strip() and (
        piece.close_mark is None or not art.text[piece.close_mark + 1:hi].strip())


def _transcript_label(art: _Article, piece: Piece) -> tuple[Mention | None, int] | None:
    """The speaker's name in capitals and a colon that open a quoted paragraph of a transcript
    ("“PENCE: Well, look, …", "“CHRIS WALLACE: Let's start …"), with where the words spoken start; no
    mention for a label that names no one ("“VIDEO: …", "“UPDATE: …"); None for a quotation that does not
    open its paragraph with a label, or that its paragraph goes on after."""
    label = _TRANSCRIPT_LABEL.match(art.text, piece.start)
    if label is None or not _fills_paragraph(art, piece) or len(label.group(1)) < 3:
        return None  # (not '“WARNING: Do not enter,” the sign on the door said.': a quotation with its attribution)
    if any(w.lower() in _HEADLINE_LABELS for w in label.group(1).split()):
        return None, label.end()
    return Mention(label.start(1), label.end(1), label.group(1), "np"), label.end()


def _before_that(text: str, pos: int, end: int) -> bool:
    """Whether "that" is the next word after ``pos`` (before ``end``), in any case."""
    return _THAT_NEXT.match(text, pos, end) is not None


def _quote_next(art: _Article, pos: int) -> bool:
    """Whether a quotation opens within a few words after ``pos`` in its sentence ("went on to say, “…”")."""
    opened = art.next_open(pos)
    return opened is not None and opened < art.sentence_span(pos)[1] and _words(art.text[pos:opened]) <= 4


def _spans_by_article(table: pd.DataFrame, keep: np.ndarray) -> dict[str, list[tuple[int, int]]]:
    """(start, end) of the kept rows of a segments or sentences table, per article, in table order."""
    out: dict[str, list[tuple[int, int]]] = {}
    for aid, start, end in zip(table["article_id"].astype(str).to_numpy()[keep], table["start"].to_numpy()[keep].tolist(),
                               table["end"].to_numpy()[keep].tolist()):
        out.setdefault(aid, []).append((start, end))
    return out


def _article_quotes(text: str, paragraphs: list[tuple[int, int]], headline: list[tuple[int, int]],
                    spans: list[tuple[int, int]], outlet: str) -> list[dict]:
    art = _Article(text, paragraphs, spans, headline, outlet)
    find_names(art)
    pieces = quote_pieces(text, paragraphs)
    inside = sorted((p.open_mark if p.open_mark is not None else p.start,
                     p.close_mark + 1 if p.close_mark is not None else p.end) for p in pieces)
    art.inside, art.inside_starts = inside, [a for a, _ in inside]
    for m in art.mentions:
        m.quoted = art.in_quote(m.start)
    atts = [a for a in find_attributions(art)
            if a.speaker is None or a.speaker.text.lower() not in _SELF or _country_us(art, a)]
    _resolve_in_order(art, atts)
    rows = _Rows(art)
    groups: dict[int, list[Piece]] = {}
    for piece in pieces:
        groups.setdefault(piece.group, []).append(piece)
    consumed: set[int] = set()

    def emit_group(group: list[Piece], att: Attribution | None, mention: Mention | None, method: str,
                   floating: bool = False, in_clause: bool = False) -> None:
        for k, piece in enumerate(group):
            if id(piece) in consumed:
                continue
            consumed.add(id(piece))
            clause = _that_clause_around(art, piece) if in_clause and len(group) == 1 else None
            if clause is not None:  # "… that she “never sent or received classified information” on her server"
                rows.add("partial", *clause, [piece], att, mention, method, floating)
                continue
            rows.add("direct", piece.start, piece.end, [piece], att, mention,
                     method if k == 0 else "continued_quote", floating)

    pieces_of: dict[int, list[Piece]] = {}
    for piece in pieces:
        pieces_of.setdefault(art.paragraph_span(piece.start)[0], []).append(piece)

    # 0. the lines of a transcript set in quotation marks, each opened by its speaker's name in capitals
    mention, turn_paragraph, turn_open = None, -2, False
    for piece in pieces:
        label = _transcript_label(art, piece)
        if label is None and (mention is None or piece.paragraph != turn_paragraph + 1 or not turn_open
                              or not _fills_paragraph(art, piece)):
            continue  # (a paragraph that opens with a mark right after a line left open carries on its turn: "“But
            # the truth …"; not '“We will win this state,” Trump said.', a quotation of its own)
        if _STAGE_DIRECTION.fullmatch(text, piece.start, piece.end):
            continue  # "“(CROSSTALK.)": said by no one
        mention, start = label if label is not None else (mention, piece.start)
        turn_paragraph, turn_open = piece.paragraph, piece.close_mark is None
        p_lo, p_hi = art.paragraph_span(piece.start)
        inner = [q for q in pieces_of[p_lo] if q is not piece]
        consumed.update(id(q) for q in (piece, *inner))  # (a title quoted in the line: "… an episode of “Shark Tank.”")
        end = _rstrip(text, start, p_hi) if inner else piece.end  # (the line runs on past the title)
        closes = {q.close_mark for q in inner}
        while inner and end > start and text[end - 1] in _CLOSING_MARKS and end - 1 not in closes:
            end -= 1
        rows.add("direct", start, end, [piece, *inner], None, mention,
                 "transcript_line" if mention is not None else "unattributed")  # ("“VIDEO: …": no one named)

    # 1. direct quotations with an attribution next to them
    for gid in sorted(groups):
        group = groups[gid]
        first, last = group[0], group[-1]
        if _not_speech(art, group) is not None:
            continue
        after = _adjacent_after(art, atts, last.close_mark) if last.close_mark is not None else None
        before = _adjacent_before(art, atts, first.open_mark) if first.open_mark is not None else None
        dash = _dash_speaker(art, last.close_mark) if last.close_mark is not None and after is None else None
        lead_in = _lead_in(art, atts, first.open_mark) if first.open_mark is not None and after is None \
            and before is None and dash is None else None
        if dash is not None:
            emit_group(group, None, dash, "quote_then_dash_name")
        elif lead_in is not None:
            att, mention, method = lead_in
            if att is not None:
                att.used = True
            p_lo, p_hi = art.paragraph_span(first.start)
            tail = text[last.close_mark + 1:p_hi].strip() if last.close_mark is not None else ""
            if method == "colon_after_subject" and len(group) == 1 and _words(tail) >= 2 \
                    and tail[:1].isalnum() and _is_title_like_line(text[p_lo:p_hi]):
                # "Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage": the headline's statement
                # runs on after the quoted words
                consumed.add(id(first))
                rows.add("partial", first.open_mark, _trim_end(text, first.open_mark, p_hi), [first], att, mention,
                         method)
                continue
            emit_group(group, att, mention, method)
        elif before is not None and (re.fullmatch(r"[\s,:—–-]*", before[1]) or _INTRO_ADJUNCT.fullmatch(before[1])
                                     or ((before[0].info.frame == "object_clause" or before[0].info.frame == "infinitive"
                                          and _addressed(art.toks(before[0].verb_end, first.open_mark)))
                                         and _LISTENER_GAP.fullmatch(before[1])
                                         and not re.search(r"\bthat\b", before[1]))  # (not "told him that if …, “…”")
                                     or _ADDRESSEE_GAP.fullmatch(before[1])
                                     or (after is None and _ADDRESSEE_DASH_GAP.fullmatch(before[1]))
                                     or (_ADJUNCT_GAP.fullmatch(before[1]) and not any(
                                         _verb_of(w) is not None for w in re.findall(
                                             r"\b(?:he|she|they|we|I|him|her|them|us|me)\s+([a-z]+)", before[1])))
                                     # (not "talking to a voter for 20 minutes only to have her ask, “…”")
                                     or (before[0].speaker_after and _WHO_GAP.fullmatch(before[1]))
                                     ) and (
                before[1].strip() or text[first.start:first.start + 1].isupper()
                or before[0].info.frame == "according") and not (
                after is None and len(group) == 1 and before[0].info.frame not in ("quote_only", "according")
                and _quote_inside_clause(art, first)):
            # (not "He said “Trumpization” had started to seep …": the quoted word opens the reported clause)
            before[0].used = True
            lead = _sentence_before_attribution(art, before[0], first)
            if lead is not None:  # "An economic downturn, he said, “could be a good time to borrow”"
                consumed.add(id(first))
                end = first.end if first.close_mark is None else first.close_mark + 1
                s_hi = art.sentence_in_paragraph(end - 1)[1]
                rest = art.text[end:s_hi]
                if rest.strip(_CLAUSE_TRIM) and not _DOUBLE_MARKS.search(rest) and not _atts_between(atts, end, s_hi):
                    end = _trim_end(art.text, end, s_hi)  # “all command the same conclusion” that Cruz complies …
                rows.add("partial", lead, end, [first], before[0], before[0].speaker, "quote_around_attribution")
            tail = _run_on_end(art, atts, first) if len(group) == 1 and after is None else None
            if tail is not None and id(first) not in consumed:
                # "Yet another said, “Rubio is in a five-person battle with Bush” for second place."
                consumed.add(id(first))
                rows.add("partial", first.open_mark, tail, [first], before[0], before[0].speaker,
                         "attribution_then_quote")
            emit_group(group, before[0], before[0].speaker, "attribution_then_quote")
        elif after is not None:
            s_lo = art.sentence_in_paragraph(first.start)[0]
            lead_in = text[max(s_lo, art.last_close(first.open_mark, inclusive=True) or 0):first.open_mark] \
                if first.open_mark is not None else ""
            broken = _BREAK_BEFORE_QUOTE.search(lead_in)
            opens_clause = first.open_mark is None or re.fullmatch(r"[\s\-–—:(]*", lead_in) or (
                broken is not None and text[first.start:first.start + 1].isupper() and (broken.group().strip() == ":" or (
                    not re.match(r"\s*(?:-|--|–|—)", text[last.close_mark + 1:last.close_mark + 4]))))
            # (not 'The new brand - "Coke Zero" - sold well': a name set off by dashes)
            # ("… brutal leaders like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said": a
            # sentence of its own after a dash or a colon)
            own = _clause(art, after, atts) if not opens_clause and len(group) == 1 else None
            own_clause = own is not None and own[0] >= after.verb_end and own[2] != "clause_before_attribution" \
                and after.speaker is not None and not after.speaker_after and after.info.lemma != "quote" \
                and not after.verb.split()[0].lower().endswith("ing") and (
                    after.speaker.kind in ("name", "pronoun", "role", "names", "relative")
                    or after.speaker.text.split()[-1][:1].isupper()
                    or _speaking_head(after.speaker.text.split()[-1].lower()))  # a person's or a body's own clause
            named = re.findall(r"[A-Za-z][\w’'-]*", text[first.start:first.end])
            if own_clause and named and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in named):
                continue  # 'Citing the "Access Hollywood" tape, Clinton said Trump was "unfit."': a title in an opening
                # phrase, and the verb reports the clause after it
            relative = after.speaker.surface or after.speaker if after.speaker is not None else None
            if not opens_clause and relative is not None and relative.kind == "relative" and any(
                    t.text[:1].isalnum() for t in art.toks(last.close_mark + 1, relative.start)):
                continue  # 'he is "standing by" his remarks which likened …': the relative's own statement, about
                # the noun between, not the quotation's attribution
            after.used = not _tells_that(art, after) and not own_clause  # (its clause too: “…,” she told CNN that
            # …; but 'Bemoaning the "phony system," Trump accused Holt of …': his words, and his clause after them)
            end = last.close_mark + 1
            lead = after.speaker.start if after.speaker is not None and not after.speaker_after else after.verb_start
            gap = art.toks(end, lead)
            runs_on = len(group) == 1 and bool(gap) and (gap[0].lower in _GOVERNORS or gap[0].lower in _RUN_ON_WORDS) \
                and gap[-1].text == "," \
                and not any(t.text in "“”\"‘’'" for t in gap)
            if runs_on or (not opens_clause and len(group) == 1 and gap and gap[-1].text == ","
                           and not any(t.text in "“”\"‘’'" for t in gap)):
                # "The FBI made a “mistake” in the background check, Comey said", "Trump’s “excesses” are
                # sickening, Hollande said": the sentence runs on to the attribution
                end = gap[-1].start
            if (opens_clause and not runs_on) or len(group) > 1:
                emit_group(group, after, after.speaker, "quote_then_attribution")
            else:
                start = s_lo if not opens_clause else first.open_mark
                earlier = [p for p in pieces if id(p) not in consumed and p.group != gid and start <= p.start
                           and p.end <= end and _not_speech(art, [p]) is None
                           and not _is_title_case(text[p.start:p.end])]
                # ('Fundraising was "stagnant …" as donors waited to see how a "turbulent election cycle" played
                # out, he said': both quotations are in the one row; a title in it stays a fragment of its own)
                consumed.update(id(p) for p in [*earlier, *group])
                rows.add("partial", start, end, [*earlier, *group], after, after.speaker, "partial_then_attribution")

    # 2. reported clauses, with or without quoted words in them
    nominal = _noun_attributions(art, atts)
    for k_att, att in enumerate([*atts, *nominal]):
        is_noun = k_att >= len(atts)  # a noun of speech, after every verb
        if att.used or (att.speaker is None and not att.question and not att.impersonal):
            continue
        clause = _clause(art, att, atts)
        if clause is None:
            continue
        start, end, method = clause
        if method not in ("clause_before_attribution", "according_to_after"):  # "X said A, the Times reported",
            # "X returned and said little, according to an attendee": the Times, the attendee reports it all
            end = _clause_end(art, att, start, end, atts)
        opener = art.toks(start, end)[1:2]
        if method == "reported_clause_that" and opener and opener[0].lower in _NOT_CLAUSE \
                and text[end:end + 1] == "," and not _has_finite_verb(art.toks(start, end)):
            continue  # "He wrote that in the end, Obama said …": cut before its verb, nothing of its own is left
        if is_noun:
            expected = {"clause": "reported_clause_that", "infinitive": "reported_infinitive"}.get(
                att.info.frame, "reported_object")
            if method != expected or start < att.verb_end:
                continue  # ("a call to ABC's “This Week”": a phone call, no infinitive)
            end, method = _noun_content_end(art, att, start, end), "speech_noun"
        relative = art.tok_before(att.speaker.start) if att.speaker is not None and not att.speaker_after else None
        if relative is not None and relative.lower in ("which", "whom", "who") and relative.end <= start \
                and _char_before(text, relative.start) == "," and method != "clause_before_attribution" \
                and att.info.frame in ("clause", "that_clause"):
            start = relative.start  # "…, which he described as “like an open orchid.”": what the pronoun stands
            # for is what he described
        near = pieces_of.get(art.paragraph_span(start)[0], [])
        for piece in near:  # a quotation that opens in the clause ends it no earlier than its close
            if start <= (piece.start if piece.open_mark is None else piece.open_mark) < end:
                end = max(end, piece.close_mark + 1 if piece.close_mark is not None else piece.end)
        free_relative = att.info.frame == "complement" and relative is not None and relative.lower == "what"
        if free_relative:
            comma = next((c for c in range(start, end) if text[c] == "," and not art.in_quote(c)), -1)
            if comma > start:
                end = comma  # "in what officials called a hate crime, left three people injured"
        inner = [p for p in near if start <= p.start and p.end <= end + 1 and id(p) not in consumed
                 and _not_speech(art, groups[p.group]) is None]  # not a name or a title cited in the clause
        sentence_quote = next((p for p in inner if p.open_mark is not None and text[p.start:p.start + 1].isupper()), None)
        if is_noun and sentence_quote is not None:
            end = _trim_end(text, start, sentence_quote.open_mark)  # "issued a statement that “The Bank of Korea …”":
            inner = [p for p in inner if p.end <= end]  # the quotation is a statement of its own
            if _words(text[start:end]) < 2:  # right after "that": the quotation is the owner's ("issued a statement
                if att.speaker is not None and id(sentence_quote) not in consumed:  # that “We will act.”")
                    consumed.add(id(sentence_quote))
                    rows.add("direct", sentence_quote.start, sentence_quote.end, [sentence_quote], att, att.speaker,
                             "speech_noun")
                continue
        end = max([_trim_end(text, start, end), *[p.end for p in inner]])
        while start < end and text[start].isspace():
            start += 1
        word = text[start:end].lower().strip(" ,.")
        if word[:1] in "“\"‘'" and word[-1:] in "”\"’'":
            word = word.strip("“”\"‘’',.")  # the quoted word: “volatile,” (not "your comments on Trump?")
        one_word = _words(word) == 1 and word.isalpha() and word not in _TIME_WORDS and word not in _NOT_CONTENT \
            and (word not in _stopwords() or word in ("yes", "no")
                 or word in _ANAPHORIC_CONTENT and re.match(r"\s*[.!?;]", text[end:end + 3]))
        if (_words(text[start:end]) < 2 and not one_word) or _TIME_ONLY.fullmatch(text[start:end]):
            continue  # but "he said Ryan.", "did not admit wrongdoing."
        overlapping = [r for r in rows.by_paragraph.get(art.paragraph_span(start)[0], [])
                       if r["kind"] != "fragment" and r["start"] < end and start < r["end"]]
        if any(not (start <= r["start"] and r["end"] <= end) for r in overlapping):
            continue  # a statement already holds these words
        same = resolve(art, att.speaker) if method == "clause_before_attribution" and att.speaker is not None \
            and att.speaker.kind == "pronoun" else None
        if same is not None and any(
                r["_entity"] is same
                and r["_mention"] is not None and r["_mention"].kind != "pronoun"
                and 2 * (r["end"] - r["start"]) >= end - start and _has_finite_verb(art.toks(r["start"], r["end"]))
                for r in overlapping):
            continue  # "…, the chancellor said the cuts were …, he told activists": the row that names him holds his
            # words already, a clause of its own (not "Green wrote the document himself after …, he said", an object;
            # nor "It was because he had rejected previous proposals …, claimed Mr Brown")
        if overlapping and method not in ("clause_before_attribution", "according_to_after"):
            # ("X said A, the Times reported", "X said little, according to an attendee" hold X's row)
            # "urged women to vote for her, saying, “…”": the clause runs up to the participle that leads
            # into the quotation inside it (not "… and Clinton said, “…”", a statement of its own)
            lead = min(r["verb_start"] if r["verb_start"] is not None and start < r["verb_start"] < r["start"]
                       and r["verb"].split()[0].lower().endswith("ing") and (
                           r["speaker_start"] is None or r["speaker_start"] < start) else start
                       for r in overlapping)
            lead = _trim_end(text, start, lead)
            tail = re.search(r"(?:,\s*|\s+)(?:by|before|after|while|then|when)\Z", text[start:lead])
            if tail is not None:
                lead = start + tail.start()  # "defended his plans by saying, “…”", "…, before telling them, “…”"
            if _words(text[start:lead]) < 2:
                continue
            end = _trim_end(text, start, lead)
        att.used = True
        if att.info.frame == "complement" and inner:
            # "called such moves “alarming”": the quoted words right after the verb are the speaker's;
            # the row runs from the object on
            # (and the ones listed with it: "called it “meritless” and “improper”")
            k = 1
            while k < len(inner) and inner[k - 1].close_mark is not None and inner[k].open_mark is not None \
                    and re.fullmatch(r"[\s,]*(?:(?:and|or)\s+)?", text[inner[k - 1].close_mark + 1:inner[k].open_mark]):
                k += 1
            inner = inner[:k]
            close = inner[-1].close_mark + 1 if inner[-1].close_mark is not None else inner[-1].end
            next_word = art.toks(close, end)[:1]
            runs_on = not re.match(r"\s*(?:,|;|\band\b|\bbut\b|\bor\b)", text[close:end]) and not (
                free_relative and next_word and _is_finite_verb(next_word[0], None))
            # not “…” and boycotted, nor "what former employees have called a “fraudulent scheme” took …", where
            # the sentence's own verb follows (but "what it calls “psychographic” profiles of voters")
            lead = start if text[start:inner[0].start].strip(" “\"‘") or (
                runs_on and re.match(r"\s+[a-z]", text[close:end])) else inner[0].start
            # ("portray “illegal” immigrants as violent criminals": the quoted word opens the object)
            rows.add("partial", lead, (max(end, close) if runs_on else close) if lead < inner[0].start else inner[-1].end,
                     inner, att, att.speaker, "quoted_complement")
        else:
            rows.add("partial" if inner else "indirect", start, end, inner, att, att.speaker,
                     method if not inner or method == "speech_noun" else "partial_in_reported_clause")
        consumed.update(id(p) for p in inner)
        for p in inner:  # the paragraphs a quotation opened in the clause runs on into
            rest = [q for q in groups[p.group] if q.paragraph > p.paragraph]
            if rest:
                emit_group(rest, att, att.speaker, "continued_quote")

    _reportedly(art, rows, atts)

    # 3. quotations left: headlines cited, names and scare quotes, or quotes that inherit a speaker
    first_is_headline = not headline and bool(art.paragraphs) and (
        _is_title_like_line(text[art.paragraphs[0][0]:art.paragraphs[0][1]])
        or _words(text[art.paragraphs[0][0]:art.paragraphs[0][1]]) <= 16)
    _find_interviewee(art, headline or art.paragraphs[:1 if first_is_headline else 0])
    unattributed_in_headline: list[list[Piece]] = []
    for gid in sorted(groups):
        group = [p for p in groups[gid] if id(p) not in consumed]
        if not group:
            continue
        first = group[0]
        quoted = " ".join(text[p.start:p.end] for p in group)
        naming = _not_speech(art, group)
        if naming is not None:
            for p in group:
                consumed.add(id(p))
                rows.add("fragment", p.start, p.end, [p], None, None, naming)
            continue
        if _is_title_case(quoted) and first.open_mark is not None and art.text[
                art.sentence_in_paragraph(first.open_mark)[0]:first.open_mark].strip():
            # a title inside a sentence: "as its “Person of the Year” for 2015"
            for p in group:
                consumed.add(id(p))
                rows.add("fragment", p.start, p.end, [p], None, None, "cited_title")
            continue
        whole_sentence = quoted[:1].isupper() and quoted.rstrip("”’\"' ")[-1:] in ".!?"
        lead = art.text[art.sentence_in_paragraph(first.open_mark)[0]:first.open_mark].strip() \
            if first.open_mark is not None else ""
        if whole_sentence and quoted.rstrip("”’\"' ")[-1:] == "." and lead and lead[-1].isalnum() \
                and lead.split()[-1].lower() not in _BE_FORMS and not re.search(r"[”\"’']", lead):
            whole_sentence = False  # a name or a word with the full stop set inside the marks, in a sentence of the
            # writer's: "watching old episodes of “Seinfeld.”", "gave it a rating of “False.”" (not "told the agency
            # simply, “We lost.”", "His answer was “No way.”", nor the last of quotations in one sentence: "chanted
            # “Send them home,” and “Build the wall.”")
        if len(group) == 1 and _words(quoted) <= 3 and not whole_sentence and not _resumes_after_attribution(art, rows, first):
            consumed.add(id(first))
            rows.add("fragment", first.start, first.end, [first], None, None, "short_unattributed")
            continue
        inside_row = {id(p) for p in group if any(r["kind"] != "fragment" and r["start"] <= p.start and p.end <= r["end"]
                                                  for r in rows.rows)}
        consumed |= inside_row  # ('called Obama a "petulant child" who is acting "as if he is a king."': words a row
        # already holds, not a quotation of their own)
        group = [p for p in group if id(p) not in inside_row]
        if not group:
            continue
        first = group[0]
        heir = _inherited(art, rows, first.start)
        subject = _subject_around(art, first) if heir is None or art.paragraph_span(heir.start) != art.paragraph_span(
            first.start) else None
        if subject is not None:
            emit_group(group, None, subject, "quote_in_subjects_sentence", floating=True, in_clause=True)
        elif heir is not None:
            emit_group(group, None, heir, "inherits_previous_speaker", floating=True, in_clause=True)
        elif first.paragraph == 0 and first_is_headline:
            unattributed_in_headline.append(group)  # the headline's attribution may name a speaker
        else:
            emit_group(group, None, None, "unattributed", in_clause=True)
    for lo, hi in headline:
        _headline_quote(art, rows, lo, hi)
    for k, (lo, hi) in enumerate(art.paragraphs):
        if k == 0 and first_is_headline:
            if not any(r["kind"] != "fragment" for r in rows.by_paragraph.get(lo, [])):
                _headline_quote(art, rows, lo, hi)  # a headline loaded as the first paragraph
            if not rows.by_paragraph.get(lo):
                for group in unattributed_in_headline:
                    emit_group(group, None, None, "unattributed")
        else:
            colon = text.find(": ", lo, hi)
            if not any(r["kind"] != "fragment" and (r["start"] <= colon or r["start"] <= colon + 4 and r["verb"] is not None
                                                    or r["method"] == "colon_after_subject")
                       for r in rows.by_paragraph.get(lo, [])):
                _headline_quote(art, rows, lo, hi, transcript=True)  # what a transcript line reports may nest in it
                # (not 'Trump: "The years of decay are over," he said.': a quotation right after the colon is a row)
    return _group_statements(art, _merge_interrupted(art, sorted(rows.rows, key=lambda r: (r["start"], r["end"]))))


_HEADLINE_LABELS = frozenset("""update updated updates breaking exclusive watch video photos live opinion analysis
    editorial commentary review interview podcast explainer factbox timeline fact check factcheck read more latest""".split())
_HEADLINE_INTERJECTIONS = frozenset(["wow", "whoa", "look", "boom", "busted", "bombshell", "shocking", "just leaked",
                                     "just in", "must see", "must watch", "oops", "ouch", "yikes", "omg"])
# (a clickbait headline's opening word speaks for no one)
_SPEECH_LABELS = frozenset("exclusive watch video breaking live update updated updates interview podcast".split())
_DOCUMENT_NOUNS = frozenset("statement statements article letter report release memo tweet post message ad video "
                            "email e-mail note op-ed editorial column".split())
_SOURCE_NOUNS = frozenset("poll polls survey study analysis estimate estimates data figures count tally projections "
                          "reports filing filings documents records report".split())
_PLURAL_NOUN_FORMS = frozenset("attacks claims calls charges reports answers promises pledges demands questions "
                                "comments remarks replies responses orders warnings statements criticisms appeals"
                                .split())
_COMPOUND_HEADS = frozenset("ad ads dog dogs line lines mode machine machines".split())  # "attack ads"
_FORM_COMPOUNDS = frozenset({("appeals", "court"), ("appeals", "courts"), ("appeals", "panel"), ("appeals", "tribunal"),
                             ("appeal", "court"), ("appeal", "courts"),
                             ("appeals", "judge"), ("appeals", "judges"), ("attack", "campaign"),
                             ("attack", "campaigns")})  # "a federal appeals court", "a well-financed attack campaign"
_ANONYMITY = re.compile(r"\s+(?:not to be (?:named|identified|quoted)|that (?:his|her|their) names? not be)\b")
_IRREGULAR_PLURALS = frozenset("men women people police children staff public media clergy".split())
_NOUN_ING_FORMS = frozenset("posting writing reporting briefing warning".split())  # "The online posting is …"
_SHARE_WORDS = _QUANTIFIER_SUBJECTS | frozenset("percent half majority minority third quarter plurality rest".split())
# ("64 percent call him competent", "half claim …": a share of people, with the verb of a plural)
_NOUN_UNLESS_THAT = frozenset({"charge", "charges"})  # verbs only before "that": "Critics charge that …"
_THAT_NEXT = re.compile(r"\s+that\b", re.IGNORECASE)
_NOUN_LIKE_VERBS = frozenset("attack claim call charge report answer promise pledge demand question comment reply "
                             "praise blame order warn".split())
_HEADLINE_MARKS = re.compile(r"(?<!\w)[“\"‘']([^\s“”\"‘’'](?:[^“”\"‘’]|[’'](?=\w))*?)[”\"’'](?!\w)")


_QA_LINE = re.compile(r"^[QA]:\s", re.MULTILINE)
_INTERVIEW_CUE = re.compile(r"\bQ\s?&\s?A\b|\binterview(?:s|ed)?\b|\b(?:spoke|talked|sat down)\s+with\b"
                            r"|\b(?:spoke|talked)\s+to\b|\bquestions and answers\b", re.IGNORECASE)


def _after_possessive(art: _Article, pos: int) -> bool:
    """Whether the token before ``pos`` is a possessive "’s"."""
    before = art.tok_before(pos, max(0, pos - 4))
    return before is not None and before.lower in ("’s", "'s")


def _find_interviewee(art: _Article, headline: list[tuple[int, int]]) -> None:
    """Mark a question-and-answer interview: an article with "A:" lines and "Q:" lines or a lead that names
    an interview. Its interviewee is the first person named in the headline, else in a lead paragraph that
    names the interview ("Q&A with Laura Bush", "Laura Bush spoke with USA TODAY about …"), who is not a
    reporter after an outlet's possessive ("the Post's Bob Woodward"); with no such lead, nobody."""
    starts = {m.group()[0] for m in _QA_LINE.finditer(art.text)}
    if "A" not in starts:
        return
    lead = [span for span in (*headline, *art.paragraphs[:2]) if _INTERVIEW_CUE.search(art.text, *span)]
    art.interview = "Q" in starts or bool(lead)  # (a "Q" glued to its question: "QLast …")
    if not art.interview:
        return
    spans = [*headline, *lead] if lead else []  # the headline names the interviewee first when a lead names the
    # interview ("Senator Maria Lopez on the budget fight" ¶ "In an interview with the Post's Bob Woodward, …")
    art.interviewee = next((m.entity for lo, hi in spans for m in art.mentions_from(lo) if m.start < hi
                            and m.entity is not None and m.entity.kind == "person" and not m.quoted
                            and not _after_possessive(art, m.start)), None)  # (not "the Post's Bob Woodward")


def _is_title_like_line(line: str) -> bool:
    """A line set like a headline: most of its longer words capitalised."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _verb_of(form: str) -> Verb | None:
    """The reporting verb a written form stands for ("Said", "pointed  out"), or None."""
    return load_reporting_verbs()[0].get(re.sub(r"\s+", " ", form.lower()))


def _verb_at(match: re.Match | None) -> Verb | None:
    """The reporting verb a match of the verbs pattern found, unless it reports no statement of its own."""
    if match is None:
        return None
    info = _verb_of(match.group())
    return info if info is not None and info.frame not in ("according", "quote_only") else None


def _speaker_in(art: _Article, toks: list[Tok], strict: bool) -> Mention | None:
    """The speaker a headline names in ``toks``: the first person or organisation named there, a role
    (or, unless ``strict``, a short capitalised noun phrase: "Poll", "NY Daily News")."""
    if len(toks) > 2 and toks[0].lower in _SPEECH_LABELS and toks[1].text in ("-", "–", "—", "|"):
        toks = toks[2:]  # "EXCLUSIVE – Roger Stone: …": the label of a statement, then the speaker
    if not toks or len(toks) > 8 or any(t.lower in _HEADLINE_LABELS for t in toks[:2]) \
            or (toks[-1].lower in _HEADLINE_LABELS and toks[-1].lower != "watch") or not toks[0].text[:1].isupper():
        return None  # "UPDATE:", "The Latest:", "Fact check:", "Delegate Update:", "Review – Hamlet:", "Ukraine War
        # Latest:" (but "Human Rights Watch:" speaks)
    mention = next((m for m in art.mentions_from(toks[0].start) if m.start < toks[-1].end
                    and m.entity is not None and m.end <= toks[-1].end), None)
    if mention is not None:
        return mention
    people = [e for e in art.entities.values() if e.kind == "person" and e.surname == toks[-1].text]
    if len(people) == 1 and len(toks) <= 2:  # "Lynch: …" before the article names Loretta Lynch
        return Mention(toks[0].start, toks[-1].end, art.text[toks[0].start:toks[-1].end], "name", people[0])
    if strict:
        return None
    np_ = _np_before(art, toks)
    if np_ is not None and np_.kind in ("role", "name"):
        return np_
    if len(toks) <= 4 and all(t.is_cap or not t.text[:1].isalpha() for t in toks):
        return Mention(toks[0].start, toks[-1].end, art.text[toks[0].start:toks[-1].end], "np")
    return None


def _headline_quote(art: _Article, rows: _Rows, lo: int, hi: int, transcript: bool = False) -> None:
    """The statement the article's own headline attributes, as one row (``headline_colon``,
    ``headline_verb``): "Lavrov warns: NATO is preparing …", "Kremlin: We Can Say …", "US, NATO
    directly involved in Ukraine war: Russia’s Lavrov", "Trump Says He’s Unlikely To …" or
    "Bombshell admission: Ukraine is ‘carrying out NATO’s mission’, Defense Chief says". The speaker
    is a name, an organisation or a role, or a short capitalised noun phrase ("Poll: …"); labels
    such as "UPDATE:", "WATCH:" or "The Latest:" speak for no one.

    With ``transcript``, for a paragraph of running text, only a line of an interview transcript
    counts: a person or an organisation, or a name in capitals, then a colon ("JOEL BENENSON: This
    is a man who …"), as ``transcript_line``."""
    text = art.text
    _, pattern = load_reporting_verbs()
    end = _rstrip(text, lo, hi)
    while end > lo and text[end - 1] in ".;,":
        end -= 1
    colon = text.find(": ", lo, end)
    if not transcript and colon >= 0 and " ".join(t.lower for t in art.toks(lo, colon)) in _HEADLINE_INTERJECTIONS:
        lo = colon + 2  # "Wow: Glenn Beck Just Responded To …": the rest of the headline, as a headline of its own
        colon = text.find(": ", lo, end)
    verb = mention = None
    start, stop, method = lo, end, "headline_verb"
    if transcript:
        toks = art.toks(lo, colon) if colon >= 0 else []
        if toks and _verb_of(toks[0].text) is not None:
            return  # "Added Senator Jane Alder: “…”" is an attribution, not a transcript line
        mention = _speaker_in(art, toks, strict=True) if 0 < len(toks) <= 4 else None
        if mention is None and toks and len(toks) <= 4 and all(t.text.isupper() and t.text.isalpha() for t in toks) \
                and not any(t.lower in _HEADLINE_LABELS for t in toks) and len(art.text[toks[0].start:toks[-1].end]) > 2:
            mention = Mention(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end], "np")  # "KATE BOULDUAN:"
        if mention is None and len(toks) == 1 and toks[0].text in ("Q", "A") and art.interview:
            # the question and the answer of an interview: the interviewer (not named) and the person interviewed
            mention = Mention(toks[0].start, toks[0].end, toks[0].text, "interview")
        if mention is None or (mention.start, mention.end) != (toks[0].start, toks[-1].end):
            return
        start, method = colon + 1, "transcript_line"
    else:
        tail = re.search(r",\s*([^,:]{2,60}?)\s+(\S+)\s*\Z", text[lo:end])
        tail_verb = _verb_at(pattern.fullmatch(tail.group(2))) if tail else None
        verbs = [m for m in pattern.finditer(text, lo, colon if colon >= 0 else end) if _verb_at(m) is not None
                 and not (m.group().lower() in _NOUN_UNLESS_THAT and not _before_that(text, m.end(), end))
                 and not (m.group() == "Post" and re.search(r"[A-Z][\w.’'-]*\s+\Z", text[lo:m.start()]))]
        # ("Romney's 'Crony Capitalism' Charge May Ring True …": a noun; "Huffington Post Says …": a newspaper)
        if tail_verb is not None:  # "…, Defense Chief says"
            verb = pattern.search(text, lo + tail.start(2), end)
            mention = _speaker_in(art, art.toks(lo + tail.start(1), lo + tail.end(1)), strict=False)
            start, stop = (colon + 1 if colon >= 0 else lo), lo + tail.start()
        elif verbs:  # "Lavrov warns: …", "Trump Says He’s …"
            verb = verbs[0]
            subject = art.toks(lo, verb.start())
            while subject and (subject[-1].lower in _SKIP_BEFORE_VERB or subject[-1].lower in _TIME_WORDS):
                subject.pop()
            mention = _speaker_in(art, subject, strict=False)
            start, method = (colon + 1, "headline_colon") if colon >= 0 else (verb.end(), "headline_verb")
        elif colon >= 0:
            after = art.toks(colon + 1, end)
            inverted = next((m for m in art.mentions_back_from(after[-1].end) if m.end == after[-1].end
                             and m.entity is not None), None) if 0 < len(after) <= 5 else None
            if inverted is not None:  # "…: Russia’s Lavrov"
                mention, start, stop = inverted, lo, colon
            else:  # "Kremlin: We Can Say …"
                mention, start = _speaker_in(art, art.toks(lo, colon), strict=False), colon + 1
            method = "headline_colon"
    if mention is None:
        return
    info = _verb_at(verb)
    if info is not None and info.lemma in _NOUN_LIKE_VERBS and (mention.entity is None or mention.entity.kind != "person"):
        return  # "Truck attack in France kills …", "Paris attacks test …": a noun
    while start < stop and text[start].isspace():
        start += 1
    if text[start:start + 5].lower() == "that ":
        start += 5
    stop = _rstrip(text, start, stop)
    if len(re.findall(r"[^\W\d]+", text[start:stop])) < 2:
        return  # "Clinton: 2,316." is a count, not a statement
    att = Attribution(verb.start(), verb.end(), verb.group(), info, mention, False, art.sentence_of(verb.start())) \
        if info is not None else None
    quoted = [Piece(m.start(1), m.end(1), m.start(), m.end() - 1, -1, -1)
              for m in _HEADLINE_MARKS.finditer(text, start, stop)]
    whole = len(quoted) == 1 and quoted[0].open_mark == start and quoted[0].close_mark == stop - 1
    rows.add("direct" if whole else ("partial" if quoted else "indirect"), start, stop, quoted, att, mention, method)


_REPORTEDLY = re.compile(r"\breportedly\b", re.IGNORECASE)


def _reportedly(art: _Article, rows: _Rows, atts: list[Attribution]) -> None:
    """A clause that "reportedly" marks as reported by someone the text does not name ("The FBI is
    reportedly making arrangements to …") is an indirect row without a speaker (``reportedly``),
    from its subject (after the last comma before the adverb) to the end of the sentence or the
    next semicolon or ", and/but" + a new subject. Not when a reporting verb follows the adverb
    ("Trump reportedly said …": that attribution's row), when the clause holds a row already, or
    when it holds a quotation (the quotation rules decide whose words those are)."""
    for match in _REPORTEDLY.finditer(art.text):
        if art.in_quote(match.start()):
            continue
        p_lo, p_hi = art.paragraph_span(match.start())
        if not p_lo <= match.start() < p_hi:
            continue
        s_lo, s_hi = art.sentence_in_paragraph(match.start())
        if _atts_between(atts, match.end(), match.end() + 2) or art.text[p_lo] == "<" or (
                match.group()[0].isupper() and art.text[s_lo:match.start()].strip()):
            continue  # nor in embedded markup (<tweet …>) or a line in title case ("Weiner Reportedly Caught …")
        comma = art.text.rfind(",", s_lo, match.start())
        start = comma + 1 if comma >= 0 and _words(art.text[comma + 1:match.start()]) else s_lo
        semicolon = art.text.find(";", match.end(), s_hi)
        turn = _NEW_CLAUSE.search(art.text, match.end(), s_hi)
        end = min([s_hi, *([semicolon] if semicolon >= 0 else []), *([turn.start()] if turn else [])])
        while start < end and art.text[start].isspace():
            start += 1
        end = _trim_end(art.text, start, end)
        if _words(art.text[start:end]) < 4 or _DOUBLE_MARKS.search(art.text, start, end) or any(
                r["start"] < end and start < r["end"] for r in rows.by_paragraph.get(p_lo, []) if r["kind"] != "fragment"):
            continue
        rows.add("indirect", start, end, [], None, None, "reportedly")


def _that_clause_around(art: _Article, piece: Piece) -> tuple[int, int] | None:
    """The clause a quotation no attribution claims stands in, when a "that" opens it a few words
    before the opening mark (“… his claim that she “never sent or received classified information”
    on her server.”): from the "that" to the end of the sentence, or None."""
    if piece.open_mark is None or piece.close_mark is None:
        return None
    s_lo, s_hi = art.sentence_in_paragraph(piece.open_mark)
    before = art.toks(s_lo, piece.open_mark)
    that = max((k for k, t in enumerate(before) if t.lower == "that"), default=None)
    if that is None or len(before) - that - 1 > 6 or any(t.text in ",;:“”\"‘’'()" for t in before[that + 1:]):
        return None
    after = before[that + 1] if that + 1 < len(before) else None
    if after is not None and not after.is_cap and after.lower not in _all_stopwords() and (
            _is_finite_verb(after, before[that]) or _verb_of(after.text) is not None or after.lower in _TIME_ADJUNCT_WORDS
            or after.lower.endswith("s") and after.lower not in _PEOPLE_NOUNS):  # "that focuses", not "that voters"
        return None  # a relative "that": "a sign that read “Animal liberation now.”" (or "that month")
    closed = art.last_close(before[that].start)
    if closed is not None and closed >= s_lo:
        return None  # “A,” the members wrote, that “B”: the sentence's first quotation says whose it is
    return before[that].start, _trim_end(art.text, piece.close_mark + 1, s_hi)


_RESUMED_GAP = re.compile(r"[”\"’']?\s*,?\s*(?:[\w.’'-]+\s+){0,5}[\w’'-]+\s*,\s*")


def _resumes_after_attribution(art: _Article, rows: "_Rows", piece: Piece) -> bool:
    """Whether a short quotation in lower case carries on the direct quote its attribution interrupts:
    “The reforms,” she said, “will take years.” (not a scare quote of its own)."""
    if piece.open_mark is None or not art.text[piece.start:piece.start + 1].islower():
        return False
    prev = max((r for r in rows.rows if r["kind"] == "direct" and r["end"] <= piece.open_mark), default=None,
               key=lambda r: r["end"])
    return prev is not None and prev["verb"] is not None \
        and art.sentence_of(prev["end"] - 1) == art.sentence_of(piece.start) \
        and _RESUMED_GAP.fullmatch(art.text, prev["end"], piece.open_mark) is not None \
        and prev["verb"] in art.text[prev["end"]:piece.open_mark]


def _merge_interrupted(art: _Article, rows: list[dict]) -> list[dict]:
    """One row for a quotation that its attribution interrupts (“A,” he said. “B.”, or a partial
    quote: In Moscow, “A,” he said. “B.”): a direct quote that inherits the speaker of the direct or
    partial quote before it in the same paragraph joins it, when only that speaker's attribution
    sentence stands between them (see ``_interrupted_quote``). The joined row keeps the first row's
    kind and runs from its start to the last quoted word, so its ``text`` holds the attribution too;
    ``quoted_text`` keeps only the quoted words."""
    out: list[dict] = []
    for row in rows:
        quote = _interrupted_quote(art, out, row) if (
            row["kind"] == "direct" and row["is_floating"] and row["method"] == "inherits_previous_speaker") else None
        if quote is None:
            out.append(row)
            continue
        quote["end"] = row["end"]
        quote["text"] = art.text[quote["start"]:quote["end"]]
        quote["n_words"] = _words(quote["text"])
        quote["quoted_text"] = f"{quote['quoted_text']} … {row['quoted_text']}"
    return out


def _interrupted_quote(art: _Article, rows: list[dict], row: dict) -> dict | None:
    """The direct or partial quote of ``row``'s speaker that ``row`` carries on in its paragraph, if
    only its attribution sentence stands between them. What that sentence cites or reports (“A,” said
    Jo Ray, who said …. “B.”) stays a row of its own and is passed over."""
    paragraph = art.paragraph_span(row["start"])
    between = []
    for prev in reversed(rows):
        if prev["kind"] == "fragment" or prev["end"] > row["start"]:
            continue
        if art.paragraph_span(prev["start"]) != paragraph:
            return None
        if prev["kind"] not in ("direct", "partial"):
            if prev["_entity"] is not None and prev["speaker"] != row["speaker"]:
                return None  # “A,” Ann Ray said, while Bob Lane said …. “B.”: Lane's words stand between
            between.append(prev)
            continue
        sentence = art.sentence_span(max(prev["end"] - 1, prev["start"]))
        if prev["speaker"] != row["speaker"] or any(art.sentence_span(r["start"]) != sentence for r in between) \
                or art.sentence_of(row["start"]) - art.sentence_of(max(prev["end"] - 1, prev["verb_start"] or 0)) > 2:
            return None  # (not when a run of the reporter's own sentences stands between the two quotations)
        return prev
    return None


def _group_statements(art: _Article, rows: list[dict]) -> list[dict]:
    """Set ``statement_idx``: the position of the row that opens the statement each row belongs to.
    A statement is one speaker's quotation across paragraphs: the paragraphs a quotation runs on into
    (``continued_quote``), and quote paragraphs that inherit the speaker of the quote in the paragraph
    just before them (“A,” he said. ¶ “B.”). Every other row is a statement of its own."""
    last = None
    for k, row in enumerate(rows):
        row["statement_idx"] = k
        if row["kind"] == "fragment":
            continue
        if last is not None and (row["method"] == "continued_quote" or (
                row["method"] == "inherits_previous_speaker" and row["speaker"] == last["speaker"]
                and last["kind"] in ("direct", "partial")
                and not art.text[art.paragraph_span(row["start"])[0]:row["start"]].strip(" “\"‘'«")
                and bisect.bisect_right(art.paragraph_starts, row["start"])
                == bisect.bisect_right(art.paragraph_starts, last["end"]) + 1)):
            row["statement_idx"] = last["statement_idx"]
        last = row
    return rows


def _resolve_in_order(art: _Article, atts: list[Attribution]) -> None:
    """Resolve speakers in text order, so that "he" can follow a "he" resolved before it (and a
    person "he" or "she" refers to takes that gender for the pronouns after it)."""
    listed = {id(m) for m in art.mentions}
    for att in sorted(atts, key=lambda a: a.verb_start):
        mention = att.speaker
        if mention is None:
            continue
        entity = resolve(art, mention)
        if entity is None:
            continue
        if mention.kind == "pronoun" and entity.kind == "person" and not entity.gender:
            entity.gender = {"he": "m", "she": "f"}.get(mention.text.lower(), "")
        mention.entity = entity
        mention.subject = True
        if id(mention) not in listed:
            bisect.insort(art.mentions, mention, key=lambda m: m.start)
            listed.add(id(mention))


def _subject_around(art: _Article, first: Piece) -> Mention | None:
    """The speaker of a quotation inside a sentence that no attribution names: the sentence's subject
    ("Sanders saw the debate as a chance for the rich to “pay their fair share …”"). None when
    that subject is not a person, an organisation or a pronoun that resolves to one, or when another
    one is named between the subject and the quotation."""
    pos = first.open_mark if first.open_mark is not None else first.start
    p_lo = art.paragraph_span(pos)[0]
    s_lo = art.sentence_in_paragraph(pos)[0]
    if _is_title_like_line(art.text[p_lo:art.paragraph_span(pos)[1]]):
        return None  # not in a headline: “Guns Are ‘The Ultimate Public Health Crisis’”
    return _opening_subject(art, s_lo, pos)


def _opening_subject(art: _Article, s_lo: int, pos: int, people: bool = False) -> Mention | None:
    """The person or organisation that opens the sentence starting at ``s_lo`` as its subject, by
    name or by a pronoun other than "it", when nobody else is named between it and ``pos``. With
    ``people``, also a noun phrase that ends in a noun for people ("Democratic voters are more likely
    to say …")."""
    if not art.text[s_lo:pos].strip():
        return None
    subject = _sentence_subject(art, s_lo, pos, named_anywhere=False)
    if subject is not None and people and subject.kind in ("np", "role") and not art.in_quote(subject.start) \
            and _is_people_word(subject.text.split()[-1].lower()):
        return subject  # ("Democratic voters are more likely to say …", "The county treasurer went on radio to declare …")
    if subject is None or subject.kind not in ("name", "pronoun") or subject.text.lower() == "it" \
            or art.in_quote(subject.start):
        return None
    for m in art.mentions_from(subject.end):
        if m.start >= pos:
            break
        if m.entity is not None and m.entity.kind in ("person", "organisation") and not art.in_quote(m.start):
            governor = art.tok_before(m.start, m.start - 12)
            if m.entity.kind == "organisation" and (art.text[m.end:m.end + 2] in ("’s", "'s") or (
                    governor is not None and governor.lower in _GOVERNORS - {"’s", "'s"})):
                continue  # "visited NBC’s “Today” to discuss …", "spoke at the UN to warn …": a place or a show
            return None  # "Graham contrasted that with Clinton, who …": another person may be the one quoted
    entity = resolve(art, subject)
    return subject if entity is not None and entity.kind in ("person", "organisation") else None


def _inherited(art: _Article, rows: _Rows, pos: int) -> Mention | None:
    """The speaker of the last attributed speech before ``pos`` in the previous few paragraphs, unless
    another person is named in between (outside quotation marks and outside the sentence that names
    that speaker, where listeners and appositives are)."""
    earlier = [x for x in rows.spoken if x[0] < pos]
    if not earlier:
        return None
    p, entity, mention, kind = max(earlier, key=lambda x: x[0])
    s_lo = art.sentence_span(p)[0]
    quoted = [x for x in earlier if x[0] >= s_lo and x[3] != "indirect"]
    if kind == "indirect" and quoted:  # “…,” Trump said, two hours after news outlets declared him the victor. “…”
        p, entity, mention, kind = max(quoted, key=lambda x: x[0])
    if bisect.bisect_right(art.paragraph_starts, pos) - bisect.bisect_right(art.paragraph_starts, p) > 3:
        return None
    name = entity.canonical if entity is not None else None
    attributed = mention
    for m in art.mentions_from(p + 1):
        if m.start >= pos:
            break
        if m.kind == "name" and m.entity is not None and m.entity.canonical == name and not art.in_quote(m.start):
            mention = m  # the speaker named again nearer the quote: "Schilling told WEEI: ''…''"
            continue
        if m.entity is None or m.entity.kind != "person" or m.entity.canonical == name:
            continue
        if attributed is not None and art.sentence_of(m.start) == art.sentence_of(attributed.start):
            continue  # a listener or an appositive in the attribution: “…,” Cruz told ABC’s John Doe
        if attributed is not None and p <= m.start < attributed.start:
            continue  # a name inside the statement its speaker closes: "In 2009, when Obama offered …, “…,”
            # DeSantis said."
        if art.in_quote(m.start):
            continue  # a name inside a quotation is not a new speaker
        modifier = art.tok_before(m.start, m.start - 8)
        if modifier is not None and modifier.lower == "the":
            continue  # "the Trump Administration": a name as a modifier names no new speaker
        return None
    if mention is None:
        return None
    return Mention(mention.start, mention.end, mention.text, mention.kind, entity or mention.entity)


# --------------------------------------------------------------------------- tables

def extract_quotes(corpus) -> pd.DataFrame:
    """The quotes table: one row per attributed statement in the running text of every article.

    Parameters: ``corpus`` -- a loaded Corpus.
    Returns: the columns of ``QUOTES_COLUMNS``, in corpus order then text order. ``start``/``end``
        are offsets into the raw text (``text[start:end]`` is ``text``): for a direct quote the
        words inside the marks (from the first mark to the last when its attribution interrupts it:
        “A,” he said. “B.”), for partial and indirect quotes the reported clause. quoted_text
        holds the words inside quotation marks (joined by " … "). The speaker columns are
        missing where no speaker was found; ``speaker`` is the canonical name.
    """
    articles = corpus.articles
    seg, sent = corpus.segments, corpus.sentences
    kind = seg["kind"].astype(str).to_numpy()
    paragraphs = _spans_by_article(seg, np.isin(kind, list(_BODY_KINDS))
                                   & ~seg["is_duplicate"].fillna(False).astype(bool).to_numpy())
    headlines = _spans_by_article(seg, kind == "headline")
    sentences = _spans_by_article(sent, np.ones(len(sent), dtype=bool))
    has_segments = set(seg["article_id"].astype(str))
    out = []
    for row in articles.itertuples(index=False):
        aid = str(row.article_id)
        if aid not in has_segments:
            continue
        try:
            found = _article_quotes(str(row.text), paragraphs.get(aid, []), headlines.get(aid, []),
                                    sentences.get(aid, []), "" if pd.isna(row.outlet) else str(row.outlet))
        except Exception as err:  # one article the rules cannot handle must not stop the others
            warnings.warn(f"{row.file}: quotes left out, framelens failed on this article "
                          f"({type(err).__name__}: {err})", stacklevel=2)
            continue
        for k, quote in enumerate(found):
            quote.update(article_id=aid, file=row.file, outlet=row.outlet, quote_idx=k)
        out.extend(found)
    table = pd.DataFrame(out, columns=[*QUOTES_COLUMNS, "_entity"])
    table = _merge_name_variants(table.drop(columns="_entity"))
    return table[list(QUOTES_COLUMNS)].astype(QUOTES_COLUMNS).reset_index(drop=True)


def _merge_name_variants(table: pd.DataFrame) -> pd.DataFrame:
    """One person, one name across articles: people not in officials.csv whose names differ only in
    the spelling of the first name (Sergey/Sergei) or who are named by surname alone take the
    fullest, most frequent spelling."""
    from rapidfuzz import fuzz

    people = table.loc[table["speaker_kind"] == "person", "speaker"].dropna()
    if people.empty:
        return table
    counts = people.value_counts()
    by_surname: dict[str, list[str]] = {}
    for name in counts.index:
        by_surname.setdefault(name.split()[-1].lower(), []).append(name)
    mapping = {}
    for names in by_surname.values():
        names = sorted(names, key=lambda n: (-len(n.split()), -counts[n], n))
        firsts = [" ".join(n.split()[:-1]) for n in names if len(n.split()) > 1]
        ambiguous = any(len(n.split()) == 1 for n in names) \
            and any(fuzz.ratio(a, b) < 75 for a in firsts for b in firsts)
        # ("Smith" alone when the corpus names a Bob Smith and an Ann Smith: which one is not known; but "Lavrov"
        # with Sergei and Sergey Lavrov: one man, two spellings)
        for name in names[1:]:
            head = names[0]
            first_a, first_b = name.split()[:-1], head.split()[:-1]
            if not first_a and ambiguous:
                continue
            if not first_a or fuzz.ratio(" ".join(first_a), " ".join(first_b)) >= 75:
                mapping[name] = head
    if mapping:
        table = table.assign(speaker=table["speaker"].replace(mapping))
    return table


def speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker per article: quotes (rows, one per paragraph), statements (a quotation
    over several paragraphs counts once) and words quoted, by kind of quote.

    Parameters: ``quotes`` -- a table from :func:`extract_quotes` (fragments and rows without a
        speaker are left out).
    Returns: the columns of ``SPEAKERS_COLUMNS``, sorted by article then by n_words descending.
    """
    speech = quotes[quotes["is_speech"] & quotes["speaker"].notna()]
    if speech.empty:
        return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in SPEAKERS_COLUMNS.items()})
    kinds = pd.crosstab([speech["article_id"], speech["speaker"]], speech["kind"].astype(str))
    for kind in ("direct", "partial", "indirect"):
        if kind not in kinds.columns:
            kinds[kind] = 0
    first = speech.groupby(["article_id", "speaker"], sort=False).agg(
        outlet=("outlet", "first"), speaker_kind=("speaker_kind", "first"), speaker_role=("speaker_role", "first"),
        speaker_country=("speaker_country", "first"), speaker_affiliation=("speaker_affiliation", "first"),
        n_quotes=("quote_idx", "size"), n_statements=("statement_idx", "nunique"), n_words=("n_words", "sum"),
        first_start=("start", "min"))
    table = first.join(kinds[["direct", "partial", "indirect"]].rename(columns=lambda k: f"n_{k}")).reset_index()
    table["kinds"] = [", ".join(k for k in ("direct", "partial", "indirect") if r[f"n_{k}"])
                      for _, r in table.iterrows()]
    order = {a: i for i, a in enumerate(dict.fromkeys(quotes["article_id"]))}
    table = table.sort_values(["article_id", "n_words", "first_start"], ascending=[True, False, True],
                              key=lambda s: s.map(order) if s.name == "article_id" else s)
    return table[list(SPEAKERS_COLUMNS)].astype(SPEAKERS_COLUMNS).reset_index(drop=True)


# --------------------------------------------------------------------------- quotes shared across outlets

SHARED_COLUMNS = {
    "shared_id": "int32", "n_outlets": "int32", "article_id": "string", "outlet": "string", "quote_idx": "int32",
    "speaker": "string", "kind": pd.CategoricalDtype(list(QUOTE_KINDS)), "start": "int64", "end": "int64",
    "quoted_text": "string", "similarity": "float64", "is_reference": "bool", "wording_diff": "string",
}
_SHINGLE = 4


def _norm_words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['-]\w+)*", _fold(text).lower())


def shared_quotes(quotes: pd.DataFrame, *, min_similarity: float = 85.0, min_words: int = 4) -> pd.DataFrame:
    """Group the same statement quoted by several outlets, and show how the wording differs.

    Quoted words (``quoted_text`` of direct and partial quotes) are compared when two quotes of
    different outlets share a run of four words; they belong together when RapidFuzz's
    ``partial_ratio`` of their normalised words (case, punctuation and quote styles ignored)
    reaches ``min_similarity``, so that a quote cut shorter by one outlet still matches.

    Parameters:
        quotes: a table from :func:`extract_quotes`.
        min_similarity: the partial-ratio threshold, 0–100.
        min_words: quotes with fewer words are never compared.
    Returns: one row per quote in a group spanning at least two outlets, with the columns of
        ``SHARED_COLUMNS``; the longest quote of each group is its reference, and wording_diff
        marks what the other quote drops ``[-…-]`` or adds ``{+…+}`` relative to it.
    """
    from rapidfuzz import fuzz

    speech = quotes[quotes["kind"].isin(["direct", "partial"]) & quotes["quoted_text"].notna()].reset_index(drop=True)
    words = [_norm_words(t) for t in speech["quoted_text"].astype(str)]
    keep = [i for i, w in enumerate(words) if len(w) >= min_words]
    postings: dict[tuple[str, ...], list[int]] = {}
    for i in keep:
        for k in range(len(words[i]) - _SHINGLE + 1):
            postings.setdefault(tuple(words[i][k:k + _SHINGLE]), []).append(i)
    outlets = speech["outlet"].astype(str).to_numpy()
    parent = list(range(len(speech)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    scored: dict[tuple[int, int], float] = {}
    for ids in postings.values():
        ids = sorted(set(ids))
        if len(ids) > 200:
            continue  # a stock phrase, not one statement
        for a_pos, a in enumerate(ids):
            for b in ids[a_pos + 1:]:
                if outlets[a] == outlets[b] or (a, b) in scored:
                    continue
                score = fuzz.partial_ratio(" ".join(words[a]), " ".join(words[b]))
                scored[(a, b)] = score
                if score >= min_similarity:
                    parent[find(a)] = find(b)
    clusters: dict[int, list[int]] = {}
    for i in keep:
        clusters.setdefault(find(i), []).append(i)
    rows = []
    shared_id = 0
    for members in sorted(clusters.values(), key=min):
        n_outlets = len({outlets[i] for i in members})
        if n_outlets < 2:
            continue
        reference = max(members, key=lambda i: (len(words[i]), -i))
        for i in sorted(members):
            q = speech.iloc[i]
            rows.append({
                "shared_id": shared_id, "n_outlets": n_outlets, "article_id": q["article_id"], "outlet": q["outlet"],
                "quote_idx": q["quote_idx"], "speaker": q["speaker"], "kind": q["kind"], "start": q["start"],
                "end": q["end"], "quoted_text": q["quoted_text"],
                "similarity": 100.0 if i == reference else fuzz.partial_ratio(" ".join(words[i]),
                                                                              " ".join(words[reference])),
                "is_reference": i == reference,
                "wording_diff": " ".join(words[i]) if i == reference else wording_diff(
                    speech.iloc[reference]["quoted_text"], q["quoted_text"]),
            })
        shared_id += 1
    return pd.DataFrame(rows, columns=list(SHARED_COLUMNS)).astype(SHARED_COLUMNS)


def wording_diff(reference: str, other: str) -> str:
    """Word-by-word difference of ``other`` against ``reference``: ``[-dropped-]`` and ``{+added+}``.

    Case, punctuation and quote styles are ignored, so only changes of wording show.

    >>> wording_diff("You are directly participating in it", "you are participating directly in it")
    'you are {+participating+} directly [-participating-] in it'
    """
    import difflib

    a, b = _norm_words(reference), _norm_words(other)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(a[i1:i2]))
            continue
        if op in ("replace", "insert"):
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
        if op in ("replace", "delete"):
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
    return " ".join(out)
