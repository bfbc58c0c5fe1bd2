"""Loading: encodings, bad files, manifest problems, corpus shapes, and the table contracts.

Every fixture is written byte by byte into ``tmp_path``; only the contract and checksum tests read
the seed corpus shipped in the repository.
"""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from framelens import load_corpus, tables
import framelens.corpus
from framelens.corpus import discover

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus"

# A short article that the segmenter reads as a headline followed by two body paragraphs.
ARTICLE = (
    "Lavrov says NATO is directly involved\n"
    "\n"
    "Russian Foreign Minister Sergey Lavrov said on Thursday that the alliance is directly involved in the war.\n"
    "\n"
    "He added that the U.S. and its allies were sending weapons and training soldiers every week.\n"
)
MANIFEST_HEADER = "article_id,file,outlet,published,title,url,language,notes\n"


# --------------------------------------------------------------------------- helpers

def write(path: Path, data: bytes | str) -> Path:
    """Write ``data`` (bytes, or str as UTF-8) to ``path``, creating folders; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load_one(tmp_path: Path, data: bytes, name: str = "article.txt"):
    """Load a folder holding one file ``name`` with ``data``; return the corpus."""
    folder = tmp_path / "one"
    write(folder / name, data)
    return load_corpus(folder)


def problems_for(corpus, file: str) -> pd.DataFrame:
    """The problem rows whose ``file`` is ``file``."""
    return corpus.problems[corpus.problems["file"] == file]


def codes(corpus, file: str | None = None) -> list[str]:
    """The problem codes, for one file or for all."""
    frame = corpus.problems if file is None else problems_for(corpus, file)
    return frame["code"].tolist()


def only_row(frame: pd.DataFrame) -> pd.Series:
    assert len(frame) == 1, frame.to_string()
    return frame.iloc[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes, to prove that loading wrote nothing."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def check_segments_tile(corpus) -> None:
    """Each article's segments cover its text from 0 to len(text) without gap or overlap."""
    for article in corpus.articles.itertuples():
        segs = corpus.segments[corpus.segments["article_id"] == article.article_id].sort_values("segment_idx")
        starts, ends = segs["start"].tolist(), segs["end"].tolist()
        assert starts[0] == 0
        assert starts[1:] == ends[:-1]
        assert ends[-1] == len(article.text)


# --------------------------------------------------------------------------- encodings

@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(ARTICLE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(ARTICLE.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
    ],
)
def test_unicode_files_decode_to_the_same_text(tmp_path, data, encoding):
    corpus = load_one(tmp_path, data)
    article = only_row(corpus.articles)
    assert article["text"] == ARTICLE  # the byte-order mark is not part of the text
    assert article["encoding"] == encoding
    assert article["sha256"] == hashlib.sha256(data).hexdigest()
    assert "undecodable_bytes" not in codes(corpus)
    assert corpus.segments["kind"].tolist()[:3] == ["headline", "whitespace", "body"]


def test_utf16_without_bom_is_reported_as_a_guess(tmp_path):
    corpus = load_one(tmp_path, ARTICLE.encode("utf-16-le"))
    row = only_row(problems_for(corpus, "article.txt"))
    assert row["code"] == "encoding_guessed"
    assert row["severity"] == "info"
    assert "utf-16-le" in row["message"]


def test_cp1252_curly_quotes(tmp_path):
    data = b"Lavrov said the West was \x93directly involved\x94 in the war \x96 and nobody denied it.\n"
    corpus = load_one(tmp_path, data)
    article = only_row(corpus.articles)
    assert article["encoding"] == "cp1252"
    assert "\u201cdirectly involved\u201d" in article["text"]
    assert "\u2013" in article["text"]  # 0x96 is an en dash in Windows-1252
    row = only_row(problems_for(corpus, "article.txt"))
    assert (row["code"], row["severity"]) == ("encoding_guessed", "warning")
    assert row["article_id"] == "article"
    assert "cp1252" in row["message"]


def test_latin1_without_c1_bytes(tmp_path):
    data = b"The caf\xe9 in Sarajevo was full; the na\xefve reporter took notes.\n"
    corpus = load_one(tmp_path, data)
    article = only_row(corpus.articles)
    assert article["encoding"] == "latin-1"
    assert "café" in article["text"] and "naïve" in article["text"]
    assert codes(corpus, "article.txt") == ["encoding_guessed"]
    assert "latin-1" in only_row(corpus.problems)["message"]


def test_utf8_with_one_stray_byte(tmp_path):
    good = "Lavrov’s “warning” – the café owner said the West had crossed a line.\n".encode("utf-8")
    cut = good.index(b"crossed")
    data = good[:cut] + b"\xff" + good[cut:]
    corpus = load_one(tmp_path, data)
    article = only_row(corpus.articles)
    assert article["encoding"] == "utf-8"
    assert article["text"] == good[:cut].decode() + "\ufffd" + good[cut:].decode()
    row = only_row(problems_for(corpus, "article.txt"))
    assert (row["code"], row["severity"]) == ("undecodable_bytes", "warning")
    assert f"byte {cut}" in row["message"]


# --------------------------------------------------------------------------- line ends

def test_crlf_line_ends(tmp_path):
    crlf = ARTICLE.replace("\n", "\r\n")
    corpus = load_one(tmp_path, crlf.encode("utf-8"))
    lf = load_one(tmp_path / "lf", ARTICLE.encode("utf-8"))
    article = only_row(corpus.articles)
    assert article["text"] == crlf  # raw text is kept as written
    check_segments_tile(corpus)
    text_segments = corpus.segments[corpus.segments["kind"] != "whitespace"]
    assert not text_segments["text"].str.contains("\r").any()
    assert not corpus.sentences["text"].str.contains("\r").any()
    assert not corpus.tokens["token"].astype(str).str.contains("\r").any()
    # the same structure as the LF file
    assert text_segments["kind"].tolist() == lf.segments[lf.segments["kind"] != "whitespace"]["kind"].tolist()
    assert corpus.sentences["text"].tolist() == lf.sentences["text"].tolist()
    assert corpus.tokens["token"].astype(str).tolist() == lf.tokens["token"].astype(str).tolist()
    # line numbers count CRLF as one line end
    assert corpus.segments["line"].tolist() == lf.segments["line"].tolist()


# --------------------------------------------------------------------------- unusable files

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        pytest.param(b"", "empty_file", "is empty", id="empty"),
        pytest.param(b"  \r\n\t\n\n   ", "empty_file", "white space", id="whitespace"),
        pytest.param(PNG_BYTES, "binary_file", "binary", id="png"),
    ],
)
def test_unusable_file_is_a_problem_and_the_rest_loads(tmp_path, data, code, words):
    folder = tmp_path / "corpus"
    write(folder / "good.txt", ARTICLE)
    write(folder / "bad.txt", data)
    corpus = load_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["good"]
    row = only_row(problems_for(corpus, "bad.txt"))
    assert (row["code"], row["severity"], row["article_id"]) == (code, "error", "bad")
    assert words in row["message"]
    assert set(corpus.segments["article_id"]) == {"good"}
    assert set(corpus.tokens["article_id"].astype(str)) == {"good"}


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x00" * 512, id="nul-bytes-only"),
        pytest.param(b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\n", id="control-bytes"),
    ],
)
def test_valid_utf8_with_nul_or_control_bytes_is_binary(tmp_path, data):
    """NUL and control bytes mark a file as binary even when every byte is valid (ASCII) UTF-8.

    A file of zero bytes is what a crashed download or a pre-allocated file leaves behind.
    """
    folder = tmp_path / "corpus"
    write(folder / "good.txt", ARTICLE)
    write(folder / "junk.txt", data)
    corpus = load_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["good"]
    assert codes(corpus, "junk.txt") == ["binary_file"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(codecs.BOM_UTF8, id="utf-8-bom-only"),
        pytest.param(codecs.BOM_UTF8 + b"  \r\n\r\n", id="utf-8-bom-whitespace"),
        pytest.param(codecs.BOM_UTF16_LE + " \n\n ".encode("utf-16-le"), id="utf-16-bom-whitespace"),
        pytest.param("\u00a0\n\u00a0\n".encode("utf-8"), id="utf-8-nbsp-only"),
    ],
)
def test_file_with_no_text_after_decoding_is_empty(tmp_path, data):
    """A file that decodes to nothing or only white space is as empty as a 0-byte file.

    Notepad saves an empty UTF-8 file as the three BOM bytes, so this is not hypothetical.
    """
    folder = tmp_path / "corpus"
    write(folder / "good.txt", ARTICLE)
    write(folder / "bom.txt", data)
    corpus = load_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["good"]
    assert codes(corpus, "bom.txt") == ["empty_file"]


# --------------------------------------------------------------------------- segments and sentences

def test_inline_dateline_keeps_no_white_space(tmp_path):
    """The dateline split off a first paragraph ends at its dash; the space after it is not part of it.

    Spans of text units are trimmed everywhere else (blocks, sentences), so a sentence "MOSCOW - "
    with a trailing space is an off-by-whitespace error that shows up in every sentence table.
    """
    text = "MOSCOW (Sputnik) - The Kremlin said on Wednesday that NATO is a party to the conflict.\n"
    corpus = load_one(tmp_path, text.encode("utf-8"))
    dateline = only_row(corpus.segments[corpus.segments["kind"] == "dateline"])
    assert dateline["text"] == "MOSCOW (Sputnik) -"
    sentences = corpus.sentences["text"].tolist()
    assert sentences == ["MOSCOW (Sputnik) -", "The Kremlin said on Wednesday that NATO is a party to the conflict."]
    check_segments_tile(corpus)


# --------------------------------------------------------------------------- manifest problems

def manifest_folder(tmp_path: Path, manifest: str, files: dict[str, bytes | str]) -> Path:
    folder = tmp_path / "corpus"
    write(folder / "manifest.csv", manifest)
    for name, data in files.items():
        write(folder / name, data)
    return folder


def test_manifest_missing_optional_columns_still_loads(tmp_path):
    folder = manifest_folder(tmp_path, "file,outlet\narticles/a.txt,Sputnik\n", {"articles/a.txt": ARTICLE})
    corpus = load_corpus(folder)
    article = only_row(corpus.articles)
    assert article["article_id"] == "articles/a"  # taken from the file name
    assert article["outlet"] == "Sputnik"
    assert pd.isna(article["published"]) and pd.isna(article["title"])
    row = only_row(corpus.problems)
    assert (row["code"], row["severity"], row["file"]) == ("manifest_missing_columns", "warning", "manifest.csv")
    for column in ("article_id", "published", "title", "url", "language", "notes"):
        assert column in row["message"]


def test_manifest_without_file_column_falls_back_to_scanning(tmp_path):
    folder = manifest_folder(tmp_path, "article_id,outlet\nx,Sputnik\n",
                             {"a.txt": ARTICLE, "sub/b.txt": ARTICLE})
    corpus = load_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["a", "sub/b"]
    assert set(corpus.articles["outlet"]) == {"unknown"}
    row = only_row(corpus.problems)
    assert (row["code"], row["severity"], row["file"]) == ("manifest_missing_columns", "error", "manifest.csv")
    assert "'file'" in row["message"]


def test_manifest_that_is_not_utf8_falls_back_to_scanning(tmp_path):
    manifest = (MANIFEST_HEADER + "a,a.txt,Sputnik,2022,Caf\u00e9 \u201cwar\u201d,,en,\n").encode("cp1252")
    folder = manifest_folder(tmp_path, manifest, {"a.txt": ARTICLE})
    corpus = load_corpus(folder)
    article = only_row(corpus.articles)
    assert (article["article_id"], article["outlet"]) == ("a", "unknown")
    row = only_row(corpus.problems)
    assert (row["code"], row["severity"], row["file"]) == ("manifest_unreadable", "error", "manifest.csv")
    assert "UTF-8" in row["message"]


def test_duplicate_article_id_keeps_the_first_row(tmp_path):
    manifest = MANIFEST_HEADER + "same,a.txt,Sputnik,2022-10-12,First,,en,\nsame,a.txt,Press TV,2022-12-01,Second,,en,\n"
    folder = manifest_folder(tmp_path, manifest, {"a.txt": ARTICLE})
    corpus = load_corpus(folder)
    article = only_row(corpus.articles)
    assert (article["article_id"], article["outlet"], article["title"]) == ("same", "Sputnik", "First")
    row = only_row(corpus.problems)
    assert (row["code"], row["file"], row["line"], row["article_id"]) == ("duplicate_article_id", "manifest.csv", 3, "same")
    assert "manifest.csv line 3" in row["message"] and "'same'" in row["message"]


def test_path_outside_the_corpus_is_never_read(tmp_path, monkeypatch):
    outside = write(tmp_path / "outside.txt", "SECRET relative " + ARTICLE)
    absolute = write(tmp_path / "elsewhere" / "abs.txt", "SECRET absolute " + ARTICLE)
    manifest = (MANIFEST_HEADER + "inside,a.txt,Sputnik,2022,,,en,\n"
                f"rel,../outside.txt,Sputnik,2022,,,en,\nabs,{absolute},Sputnik,2022,,,en,\n")
    folder = manifest_folder(tmp_path, manifest, {"a.txt": ARTICLE})

    read: list[Path] = []
    original = Path.read_bytes

    def recording_read_bytes(self):
        read.append(self.resolve())
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", recording_read_bytes)
    corpus = load_corpus(folder)

    assert outside.resolve() not in read and absolute.resolve() not in read
    assert corpus.articles["article_id"].tolist() == ["inside"]
    assert not corpus.articles["text"].str.contains("SECRET").any()
    bad = corpus.problems[corpus.problems["code"] == "path_outside_corpus"]
    assert bad["line"].tolist() == [3, 4]
    assert set(bad["file"]) == {"manifest.csv"}
    assert "manifest.csv line 3" in bad["message"].iloc[0] and "'../outside.txt'" in bad["message"].iloc[0]
    assert "manifest.csv line 4" in bad["message"].iloc[1] and str(absolute) in bad["message"].iloc[1]
    assert codes(corpus) == ["path_outside_corpus", "path_outside_corpus"]


def test_manifest_row_whose_file_is_missing(tmp_path):
    manifest = MANIFEST_HEADER + "a,a.txt,Sputnik,2022,,,en,\ngone,gone.txt,Sputnik,2022,,,en,\nblank,,Sputnik,2022,,,en,\n"
    folder = manifest_folder(tmp_path, manifest, {"a.txt": ARTICLE})
    corpus = load_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["a"]
    rows = corpus.problems
    assert rows["code"].tolist() == ["manifest_row_without_file", "manifest_row_without_file"]
    assert rows["line"].tolist() == [3, 4]
    assert "manifest.csv line 3" in rows["message"].iloc[0] and "'gone.txt'" in rows["message"].iloc[0]
    assert rows["article_id"].iloc[0] == "gone"
    assert "manifest.csv line 4" in rows["message"].iloc[1]


def test_file_without_manifest_row_loads_with_unknown_outlet(tmp_path):
    manifest = MANIFEST_HEADER + "a,a.txt,Sputnik,2022,,,en,\n"
    folder = manifest_folder(tmp_path, manifest, {"a.txt": ARTICLE, "extra/stray.txt": ARTICLE})
    corpus = load_corpus(folder)
    articles = corpus.articles.set_index("article_id")
    assert articles.loc["a", "outlet"] == "Sputnik"
    assert articles.loc["extra/stray", "outlet"] == "unknown"
    assert articles.loc["extra/stray", "file"] == "extra/stray.txt"
    row = only_row(corpus.problems)
    assert (row["code"], row["severity"], row["file"]) == ("file_not_in_manifest", "warning", "extra/stray.txt")
    assert "extra/stray.txt" in row["message"]


def test_bad_published_date_is_left_empty(tmp_path):
    manifest = (MANIFEST_HEADER + "a,a.txt,Sputnik,12/01/2022,,,en,\n"
                "b,b.txt,Sputnik,2022-12,,,en,\nc,c.txt,Sputnik,2022-13-01,,,en,\n")
    folder = manifest_folder(tmp_path, manifest, {"a.txt": ARTICLE, "b.txt": ARTICLE, "c.txt": ARTICLE})
    corpus = load_corpus(folder)
    published = corpus.articles.set_index("article_id")["published"]
    assert pd.isna(published["a"]) and published["b"] == "2022-12" and pd.isna(published["c"])
    rows = corpus.problems
    assert rows["code"].tolist() == ["bad_date", "bad_date"]
    assert rows["line"].tolist() == [2, 4]
    assert rows["article_id"].tolist() == ["a", "c"]
    assert "manifest.csv line 2" in rows["message"].iloc[0] and "'12/01/2022'" in rows["message"].iloc[0]


# --------------------------------------------------------------------------- one folder with everything wrong

def folder_with_every_kind_of_bad_input(tmp_path: Path) -> Path:
    write(tmp_path / "outside.txt", "SECRET " + ARTICLE)
    files = {
        "articles/good-1.txt": ARTICLE.encode("utf-8"),
        "articles/good-2.txt": codecs.BOM_UTF16_LE + ARTICLE.replace("\n", "\r\n").encode("utf-16-le"),
        "articles/empty.txt": b"",
        "articles/blank.txt": b" \n\n\t \r\n",
        "articles/image.txt": PNG_BYTES,
        "articles/quotes.txt": b"Lavrov said the West was \x93directly involved\x94 in the war, officials said.\n",
        "articles/stray.txt": ARTICLE.encode("utf-8"),
    }
    manifest = (
        MANIFEST_HEADER
        + "good-1,articles/good-1.txt,Sputnik,2022-10-12,,,en,\n"          # line 2
        + "good-2,articles/good-2.txt,Press TV,2022-12-01,,,en,\n"         # line 3
        + "empty,articles/empty.txt,Sputnik,2022,,,en,\n"                  # line 4
        + "blank,articles/blank.txt,Sputnik,2022,,,en,\n"                  # line 5
        + "image,articles/image.txt,Sputnik,2022,,,en,\n"                  # line 6
        + "quotes,articles/quotes.txt,Sputnik,last week,,,en,\n"           # line 7
        + "good-1,articles/good-2.txt,Sputnik,2022,,,en,\n"                # line 8
        + "outside,../outside.txt,Sputnik,2022,,,en,\n"                    # line 9
        + "missing,articles/missing.txt,Sputnik,2022,,,en,\n"              # line 10
    )
    return manifest_folder(tmp_path, manifest, files)


def test_one_folder_with_every_kind_of_bad_input(tmp_path):
    folder = folder_with_every_kind_of_bad_input(tmp_path)
    before = snapshot(folder)

    corpus = load_corpus(folder)

    assert snapshot(folder) == before
    assert set(corpus.articles["article_id"]) == {"good-1", "good-2", "quotes", "articles/stray"}
    good = corpus.articles.set_index("article_id")
    assert good.loc["good-1", "text"] == ARTICLE
    assert good.loc["good-2", "text"] == ARTICLE.replace("\n", "\r\n")
    assert good.loc["good-2", "encoding"] == "utf-16"
    assert good.loc["quotes", "encoding"] == "cp1252"
    assert not corpus.articles["text"].str.contains("SECRET").any()

    def problem(code: str) -> pd.DataFrame:
        return corpus.problems[corpus.problems["code"] == code]

    assert problem("empty_file")["file"].tolist() == ["articles/empty.txt", "articles/blank.txt"]
    assert problem("binary_file")["file"].tolist() == ["articles/image.txt"]
    assert problem("encoding_guessed")["file"].tolist() == ["articles/quotes.txt"]
    assert problem("bad_date")["line"].tolist() == [7]
    assert problem("duplicate_article_id")["line"].tolist() == [8]
    assert problem("path_outside_corpus")["line"].tolist() == [9]
    assert problem("manifest_row_without_file")["line"].tolist() == [10]
    assert problem("file_not_in_manifest")["file"].tolist() == ["articles/stray.txt"]
    assert "internal_error" not in codes(corpus)
    check_segments_tile(corpus)


# --------------------------------------------------------------------------- corpus shapes

def test_folder_of_txt_files_without_manifest(tmp_path):
    folder = tmp_path / "plain"
    write(folder / "top.txt", ARTICLE)
    write(folder / "2022" / "12" / "deep.txt", ARTICLE)
    write(folder / "2022" / "notes.md", "not an article")
    corpus = load_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["2022/12/deep", "top"]
    assert corpus.articles["file"].tolist() == ["2022/12/deep.txt", "top.txt"]
    assert set(corpus.articles["outlet"]) == {"unknown"}
    assert corpus.problems.empty
    assert corpus.outlets.empty


def test_single_txt_file(tmp_path):
    path = write(tmp_path / "lone-article.txt", ARTICLE)
    corpus = load_corpus(path)
    article = only_row(corpus.articles)
    assert (article["article_id"], article["file"], article["outlet"]) == ("lone-article", "lone-article.txt", "unknown")
    assert article["text"] == ARTICLE


def test_list_of_paths(tmp_path):
    a = write(tmp_path / "a" / "story.txt", ARTICLE)
    b = write(tmp_path / "b" / "story.txt", ARTICLE.upper())
    folder = tmp_path / "folder"
    write(folder / "other.txt", ARTICLE)
    corpus = load_corpus([a, str(b), folder])
    assert corpus.articles["article_id"].tolist() == ["story", "story-2", "other"]
    assert corpus.articles.set_index("article_id").loc["story-2", "text"] == ARTICLE.upper()
    assert corpus.articles["article_id"].is_unique


def test_missing_path_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_corpus(tmp_path / "nowhere")


def test_discover_does_not_read_files(tmp_path):
    folder = manifest_folder(tmp_path, MANIFEST_HEADER + "a,a.txt,Sputnik,2022,,,en,\n", {"a.txt": ARTICLE})
    sources, outlets, log = discover(folder)
    assert [(s.article_id, s.file, s.text) for s in sources] == [("a", "a.txt", None)]
    assert sources[0].meta["outlet"] == "Sputnik"
    assert log.rows == []


TABLE = pd.DataFrame({
    "id": ["s-1", "p-1"],
    "source": ["Sputnik", "Press TV"],
    "headline": ["Kremlin: NATO fights", "Lavrov: US involved"],
    "body": [ARTICLE, ARTICLE.replace("Lavrov", "Zakharova")],
})


def test_csv_table_corpus(tmp_path):
    path = tmp_path / "articles.csv"
    with_blank = pd.concat([TABLE, pd.DataFrame({"id": ["x-1"], "source": ["Sputnik"], "headline": ["No text"],
                                                 "body": ["   "]})])
    with_blank.to_csv(path, index=False)
    corpus = load_corpus(path, text_column="body", id_column="id", outlet_column="source")
    row = only_row(corpus.problems)
    assert (row["code"], row["file"], row["article_id"]) == ("empty_file", "articles.csv#row=3", "x-1")
    articles = corpus.articles
    assert articles["article_id"].tolist() == ["s-1", "p-1"]
    assert articles["outlet"].tolist() == ["Sputnik", "Press TV"]
    assert articles["file"].tolist() == ["articles.csv#row=1", "articles.csv#row=2"]
    assert articles["text"].tolist() == TABLE["body"].tolist()
    assert articles["headline"].tolist() == TABLE["headline"].tolist()  # other columns become metadata
    assert set(articles["encoding"]) == {"utf-8"}
    assert set(corpus.sentences["article_id"]) == {"s-1", "p-1"}


def test_csv_table_without_its_text_column(tmp_path):
    path = tmp_path / "articles.csv"
    TABLE.to_csv(path, index=False)
    with pytest.raises(ValueError) as err:
        load_corpus(path, text_column="content", id_column="id", outlet_column="source")
    message = str(err.value)
    assert "articles.csv" in message and "'content'" in message
    for column in TABLE.columns:
        assert column in message


def test_parquet_table_corpus(tmp_path):
    path = tmp_path / "articles.parquet"
    TABLE.to_parquet(path, index=False)
    corpus = load_corpus(path, text_column="body", id_column="id", outlet_column="source")
    assert corpus.articles["article_id"].tolist() == ["s-1", "p-1"]
    assert corpus.articles["outlet"].tolist() == ["Sputnik", "Press TV"]
    assert corpus.articles["text"].tolist() == TABLE["body"].tolist()
    assert corpus.articles["file"].tolist() == ["articles.parquet#row=1", "articles.parquet#row=2"]
    with pytest.raises(ValueError, match=r"articles\.parquet.*'content'.*id, source, headline, body"):
        load_corpus(path, text_column="content")


# --------------------------------------------------------------------------- the seed corpus

@pytest.fixture(scope="module")
def seed():
    return load_corpus(SEED)


def test_seed_checksums_match_the_raw_files(seed):
    files = sorted((SEED / "articles").glob("*.txt"))
    assert len(files) == 5 and len(seed.articles) == 5
    on_disk = {f"articles/{p.name}": hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    assert dict(zip(seed.articles["file"], seed.articles["sha256"])) == on_disk


def test_seed_loads_without_errors(seed):
    assert "error" not in set(seed.problems["severity"].astype(str))
    assert set(seed.articles["outlet"]) == {"The Trends Journal", "Press TV", "Sputnik", "WatchOut News",
                                            "Sarajevo Times"}


# --------------------------------------------------------------------------- table contracts

def assert_contract(frame: pd.DataFrame, name: str, extra_allowed: bool = False) -> None:
    spec = tables.columns(name)
    assert list(frame.columns[:len(spec)]) == list(spec), name
    if not extra_allowed:
        assert len(frame.columns) == len(spec), f"{name} has extra columns {list(frame.columns[len(spec):])}"
    for column, dtype in spec.items():
        if dtype == "category":  # categories are data-dependent
            assert isinstance(frame[column].dtype, pd.CategoricalDtype), f"{name}.{column}: {frame[column].dtype}"
            continue
        expected = pd.api.types.pandas_dtype(dtype)
        assert frame[column].dtype == expected, f"{name}.{column}: {frame[column].dtype} != {expected}"
        if isinstance(dtype, pd.CategoricalDtype):
            assert list(frame[column].cat.categories) == list(dtype.categories), f"{name}.{column}"
    key = list(tables.key(name))
    if key:
        assert not frame.duplicated(key).any(), f"{name} key {key} is not unique"
        assert frame[key].notna().all().all()


@pytest.mark.parametrize("name", tables.TABLE_NAMES)
def test_contract_columns_dtypes_keys(seed, name):
    frame = seed.table(name)
    assert len(frame) > 0
    assert_contract(frame, name, extra_allowed=(name == "articles"))


@pytest.mark.parametrize("name", tables.TABLE_NAMES)
def test_contract_holds_for_empty_tables(tmp_path, name):
    write(tmp_path / "empty.txt", b"")
    corpus = load_corpus(tmp_path)
    assert_contract(corpus.table(name), name, extra_allowed=(name == "articles"))


def _texts(seed) -> dict[str, str]:
    return dict(zip(seed.articles["article_id"], seed.articles["text"]))


def test_contract_articles(seed):
    articles = seed.articles
    assert (articles["n_chars"] == articles["text"].str.len()).all()
    counts = seed.sentences[(seed.sentences["segment_kind"] == "body") & ~seed.sentences["is_duplicate"]]
    assert articles.set_index("article_id")["n_sentences"].to_dict() == \
        counts.groupby("article_id").size().to_dict()
    assert (articles["n_words"] <= articles["n_words_total"]).all()


def test_contract_segments_slice_back(seed):
    texts = _texts(seed)
    for row in seed.segments.itertuples():
        text = texts[row.article_id]
        assert text[row.start:row.end] == row.text
        assert row.line == text.count("\n", 0, row.start) + 1
        if row.kind == "whitespace":
            assert row.text.isspace()
        if row.is_duplicate:
            assert 0 <= row.duplicate_of < row.segment_idx
        else:
            assert pd.isna(row.duplicate_of)
    check_segments_tile(seed)


def test_contract_sentences_slice_back(seed):
    texts = _texts(seed)
    segments = seed.segments.set_index(["article_id", "segment_idx"])
    for row in seed.sentences.itertuples():
        text = texts[row.article_id]
        assert text[row.start:row.end] == row.text
        assert row.text
        seg = segments.loc[(row.article_id, row.segment_idx)]
        assert seg["start"] <= row.start < row.end <= seg["end"]
        assert (seg["kind"], seg["is_duplicate"]) == (row.segment_kind, row.is_duplicate)
        assert seg["kind"] != "whitespace"
    # sentence_idx counts 0.. per article in text order
    for _, group in seed.sentences.groupby("article_id"):
        assert group["sentence_idx"].tolist() == list(range(len(group)))
        assert group["start"].is_monotonic_increasing


def test_contract_tokens_slice_back(seed):
    texts = _texts(seed)
    tokens = seed.tokens.assign(article_id=seed.tokens["article_id"].astype(str),
                                token=seed.tokens["token"].astype(str))
    for aid, group in tokens.groupby("article_id"):
        text = texts[aid]
        assert [text[s:e] for s, e in zip(group["start"], group["end"])] == group["token"].tolist()
        assert group["token_idx"].tolist() == list(range(len(group)))
        assert (group["start"].iloc[1:].to_numpy() >= group["end"].iloc[:-1].to_numpy()).all()
    sentences = seed.sentences[["article_id", "sentence_idx", "start", "end", "segment_kind"]]
    merged = tokens.merge(sentences.astype({"article_id": str}), on=["article_id", "sentence_idx"],
                          how="left", suffixes=("", "_sentence"), validate="many_to_one")
    assert len(merged) == len(tokens)
    assert merged["start_sentence"].notna().all()
    assert ((merged["start_sentence"] <= merged["start"]) & (merged["end"] <= merged["end_sentence"])).all()
    assert (merged["segment_kind"].astype(str) == merged["segment_kind_sentence"].astype(str)).all()


def test_contract_problems_point_into_the_text(seed):
    texts = _texts(seed)
    files = dict(zip(seed.articles["article_id"], seed.articles["file"]))
    for row in seed.problems.itertuples():
        assert row.severity in tables.SEVERITIES
        assert row.code and row.message
        if pd.isna(row.article_id):
            continue
        assert row.file == files[row.article_id]
        if pd.notna(row.start):
            text = texts[row.article_id]
            assert 0 <= row.start <= row.end <= len(text)
            assert row.line == text.count("\n", 0, row.start) + 1


def _many_articles(folder, n=210):
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f"Talks resume\n\nDelegates met on day {i} in Vienna. “We are close,” said envoy Ana Ruiz.\n",
            encoding="utf-8")


def _same_tables(a, b):
    for name in ("articles", "segments", "sentences", "tokens", "problems"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def test_parallel_workers_give_identical_tables(tmp_path):
    _many_articles(tmp_path)
    _same_tables(load_corpus(tmp_path), load_corpus(tmp_path, workers=2))


def test_cache_reads_unchanged_articles_back_and_analyses_only_new_ones(tmp_path, monkeypatch):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    _many_articles(corpus, 4)
    first = load_corpus(corpus, cache_dir=cache)
    analysed = []
    real = framelens.corpus.analyse_text
    monkeypatch.setattr(framelens.corpus, "analyse_text", lambda text, settings: analysed.append(text) or real(text, settings))
    _same_tables(first, load_corpus(corpus, cache_dir=cache))
    assert analysed == [], "nothing changed, so nothing is analysed again"
    (corpus / "new.txt").write_text("Another day\n\nThe talks ended without a deal on Friday.\n", encoding="utf-8")
    monkeypatch.setenv("FRAMELENS_CACHE", str(cache))
    third = load_corpus(corpus)
    assert len(analysed) == 1 and analysed[0].startswith("Another day") and len(third.articles) == 5
    stop = tmp_path / "stop.csv"
    stop.write_text("word\nthe\n", encoding="utf-8")
    load_corpus(corpus, stopwords_path=stop)
    assert len(analysed) == 6, "other settings never read an analysis made with the old ones"
    monkeypatch.setattr(framelens.corpus, "_analysis_code_digest", lambda: "edited sentence splitter")
    load_corpus(corpus)
    assert len(analysed) == 11, "an edit to the analysing code never reads an analysis made by the old code"


@pytest.mark.parametrize("shape", ["folder", "table"])
def test_an_unchanged_corpus_is_read_back_from_its_parquet_tables(tmp_path, monkeypatch, shape):
    if shape == "folder":
        path = folder_with_every_kind_of_bad_input(tmp_path / "in")
        change = lambda: write(path / "articles" / "good-1.txt", ARTICLE + "\nA late line was added.\n")
    else:
        path = tmp_path / "articles.csv"
        TABLE.to_csv(path, index=False)
        change = lambda: TABLE.assign(source=["RT", "Press TV"]).to_csv(path, index=False)
    options = {} if shape == "folder" else dict(text_column="body", id_column="id", outlet_column="source")
    cache = tmp_path / "cache"
    first = load_corpus(path, cache_dir=cache, **options)
    _same_tables(first, load_corpus(path, **options))
    stored = list((next(cache.iterdir()) / "corpora").iterdir())
    assert len(stored) == 1 and {p.name for p in stored[0].iterdir()} >= {"tokens.parquet", "articles.parquet"}

    def never(*args, **kwargs):
        raise AssertionError("an unchanged corpus is not analysed or assembled again")

    with monkeypatch.context() as patched:
        patched.setattr(framelens.corpus, "_assemble", never)
        patched.setattr(framelens.corpus, "analyse_text", never)
        again = load_corpus(path, cache_dir=cache, **options)
    _same_tables(first, again)
    pd.testing.assert_frame_equal(first.outlets, again.outlets)
    assert again.source == first.source and again.tokens["token"].dtype == first.tokens["token"].dtype

    change()  # new text or new metadata: the stored tables no longer hold
    changed = load_corpus(path, cache_dir=cache, **options)
    _same_tables(load_corpus(path, **options), changed)
    assert not changed.articles.equals(first.articles)


def test_only_the_latest_corpora_keep_their_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(framelens.corpus.ResultCache, "KEEP_CORPORA", 2)
    cache = tmp_path / "cache"
    for i in range(4):
        write(tmp_path / f"c{i}" / "a.txt", f"Talks resume\n\nDelegates met on day {i} in Vienna.\n")
        load_corpus(tmp_path / f"c{i}", cache_dir=cache)
    assert len(list((next(cache.iterdir()) / "corpora").iterdir())) == 2
