"""framelens add: saved pages, text files and URLs into a copy of the corpus; every refusal leaves it unchanged."""

import csv
import hashlib
import http.server
import shutil
import sys
import threading
import time
from pathlib import Path

import pytest

import framelens
from framelens import add as add_module
from framelens.add import AddRefused, add
from framelens.cli import main

from conftest import CORPUS

PAGES = Path(__file__).parent / "fixtures" / "html"

# Per fixture page: sentences of the article body, boilerplate that must not be kept, and the metadata expected.
EXPECTED = {
    "news-site.html": {
        "body": ["Negotiators from four delegations returned to Istanbul on Tuesday",
                 "his spokesperson told reporters in New York."],
        "boilerplate": ["cookies", "Accept all", "Subscribe", "Read more", "Wheat prices fall", "grainwatcher77",
                        "bread prices", "First!", "All rights reserved", "newsletter", "Privacy policy"],
        "row": {"outlet": "Harbour Herald", "published": "2023-03-14", "title": "Grain corridor talks resume in Istanbul",
                "url": "https://www.harbourherald.example/world/grain-corridor-talks-resume", "language": "en"},
        "author": "Mira Kovacs", "domain": "harbourherald.example",
    },
    "blog.html": {
        "body": ["For two years I have geolocated commercial satellite images",
                 "and I say so in every post."],
        "boilerplate": ["Notes on verification", "Posted in", "Tagged", "Previous post", "Leave a Reply",
                        "Great post", "Could you share", "Recent posts", "Proudly powered by WordPress"],
        "row": {"outlet": "Open Source Notebook", "published": "2023-05-02",
                "title": "Why I stopped trusting satellite photos of the front",
                "url": "https://osnotebook.example/2023/05/02/satellite-photos/", "language": "en"},
        "author": "Tomas Reyes", "domain": "osnotebook.example",
    },
    "amp-page.html": {
        "body": ["Lawmakers voted by a wide margin on Wednesday",
                 "the first reduced bills would reach customers in January."],
        "boilerplate": ["Front page", "Menu", "Weather", "visibility:hidden", "privacy notice", "Power lines at dusk"],
        "row": {"outlet": "Daily Voltage", "published": "2022-11-23",
                "title": "Parliament approves new energy subsidy for winter",
                "url": "https://news.dailyvoltage.example/politics/energy-subsidy-approved", "language": "en"},
        "author": "Lena Hart", "domain": "news.dailyvoltage.example",
    },
}


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A copy of the seed corpus; the repository's corpus/ is never written."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder``, temporary files included."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_saved_page_body_without_boilerplate_and_metadata_in_manifest(corpus, page):
    expected = EXPECTED[page]
    seed_manifest = (corpus / "manifest.csv").read_bytes()
    added = add(str(PAGES / page), corpus)

    text = (corpus / added.file).read_text(encoding="utf-8")
    assert text.startswith(expected["row"]["title"] + "\n\n")
    for sentence in expected["body"]:
        assert sentence in text
    for junk in expected["boilerplate"]:
        assert junk not in text, f"{page}: boilerplate {junk!r} kept in the article text"

    manifest = (corpus / "manifest.csv").read_bytes()
    assert manifest.startswith(seed_manifest), "existing manifest rows are kept byte for byte"
    row = rows(corpus / "manifest.csv")[-1]
    assert row["article_id"] == added.article_id and row["file"] == added.file
    assert {k: row[k] for k in expected["row"]} == expected["row"]
    assert f"author: {expected['author']}" in row["notes"]
    assert added.file.startswith("articles/") and added.file.endswith(".txt")
    assert expected["row"]["published"] in added.file

    outlets = rows(corpus / "outlets.csv")
    new = outlets[-1]
    assert added.is_new_outlet and new["outlet"] == expected["row"]["outlet"] and new["domain"] == expected["domain"]
    assert new["colour"].upper() not in {o["colour"].upper() for o in outlets[:-1]}

    loaded = framelens.load_corpus(corpus)
    article = loaded.articles.set_index("article_id").loc[added.article_id]
    assert article["outlet"] == expected["row"]["outlet"] and article["colour"] == new["colour"]
    assert expected["body"][0] in article["body_text"]
    assert not (loaded.problems["article_id"] == added.article_id).any()


def test_cli_adds_several_pages_with_distinct_colours(corpus, capsys):
    code = main(["add", *(str(PAGES / p) for p in sorted(EXPECTED)), "--corpus", str(corpus)])
    err = capsys.readouterr().err
    assert code == 0 and err.count("added ") == 3 and "new outlet" in err
    colours = [o["colour"].upper() for o in rows(corpus / "outlets.csv")]
    assert len(colours) == 8 and len(set(colours)) == 8
    assert len(framelens.load_corpus(corpus).articles) == 8


def test_text_file_kept_byte_for_byte_under_a_known_outlet(corpus, tmp_path):
    source = tmp_path / "statement.txt"
    raw = ("Kremlin rejects grain deal terms\n\n"
           "The Kremlin said on Monday that the terms offered for renewing the grain deal did not meet its "
           "conditions, and that talks would go on only if fertiliser exports were guaranteed in writing.\n").encode("cp1252")
    source.write_bytes(raw)
    outlets_before = (corpus / "outlets.csv").read_bytes()
    added = add(str(source), corpus, outlet="Press TV", published="2023-03-13", title="Kremlin rejects grain deal terms")
    assert (corpus / added.file).read_bytes() == raw
    assert (corpus / added.file).stat().st_mode & 0o777 == 0o644, "readable like the other corpus files"
    assert added.file == "articles/press-tv_2023-03-13_kremlin-rejects-grain-deal-terms.txt"
    assert added.article_id == "presstv-2023-03-13" and not added.is_new_outlet
    assert (corpus / "outlets.csv").read_bytes() == outlets_before
    row = rows(corpus / "manifest.csv")[-1]
    assert (row["outlet"], row["published"], row["title"]) == ("Press TV", "2023-03-13", "Kremlin rejects grain deal terms")


class _Pages(http.server.SimpleHTTPRequestHandler):
    """Serves the fixture pages; /slow answers after a delay, /image.png is not text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(PAGES), **kwargs)

    def do_GET(self):
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/image.png":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"\x89PNG\r\n\x1a\n" + bytes(200))
            return
        super().do_GET()

    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    """Leaves out the traceback of a client that hangs up early (the timeout and size refusals do)."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture
def server():
    httpd = _QuietServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_its_page_extracted(corpus, server):
    added = add(f"{server}/news-site.html", corpus)
    row = rows(corpus / "manifest.csv")[-1]
    assert row["outlet"] == "Harbour Herald" and row["published"] == "2023-03-14"
    assert "from a web page" in row["notes"]
    assert "Negotiators from four delegations" in (corpus / added.file).read_text(encoding="utf-8")


@pytest.mark.parametrize("path, options, message", [
    ("/news-site.html", {"max_bytes": 1_000}, "larger than 1,000 bytes"),
    ("/slow", {"timeout": 0.3}, "could not be fetched"),
    ("/missing.html", {}, "HTTP 404"),
    ("/image.png", {}, "image/png, not a text or HTML page"),
])
def test_url_refusals_change_nothing(corpus, server, path, options, message):
    before = snapshot(corpus)
    with pytest.raises(AddRefused, match=message) as refused:
        add(f"{server}{path}", corpus, **options)
    assert f"{server}{path}" in str(refused.value)
    assert snapshot(corpus) == before


def _seed_copy(tmp_path: Path) -> Path:
    path = tmp_path / "copy.txt"
    shutil.copy(CORPUS / "articles" / "sputnik_2022-10-12_kremlin-nato-fights-in-ukraine.txt", path)
    return path


def _near_copy(tmp_path: Path) -> Path:
    text = (CORPUS / "articles" / "sputnik_2022-10-12_kremlin-nato-fights-in-ukraine.txt").read_text(encoding="utf-8")
    path = tmp_path / "near.txt"
    path.write_text("Republished from Sputnik\n\n" + text.replace("Wednesday", "Thursday") + "\nShare this story.\n",
                    encoding="utf-8")
    return path


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def _empty_page(tmp_path: Path) -> Path:
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
                    "<a href='/world'>World</a></nav><div class='cookie'>We use cookies. <button>OK</button></div>"
                    "</body></html>", encoding="utf-8")
    return path


def _short_text(tmp_path: Path) -> Path:
    path = tmp_path / "teaser.txt"
    path.write_text("Subscribe to read the full story.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make, message", [
    (_seed_copy, "already in the corpus as sputnik-2022-10-12 \\(same content"),
    (_near_copy, "a near-duplicate of sputnik-2022-10-12"),
    (_binary, "not a text file"),
    (_empty_page, "no article text"),
    (_short_text, "no article text"),
    (lambda tmp_path: "ftp://example.com/article.html", "URL scheme is 'ftp'"),
    (lambda tmp_path: "file:///etc/passwd", "URL scheme is 'file'"),
    (lambda tmp_path: tmp_path / "nowhere.html", "no such file"),
])
def test_refusals_name_the_source_and_change_nothing(corpus, tmp_path, capsys, make, message):
    source = str(make(tmp_path))
    before = snapshot(corpus)
    with pytest.raises(AddRefused, match=message) as refused:
        add(source, corpus)
    assert str(refused.value).startswith(source + ":")
    assert snapshot(corpus) == before

    assert main(["add", source, "--corpus", str(corpus)]) == 1
    assert f"not added: {source}:" in capsys.readouterr().err
    assert snapshot(corpus) == before


def test_the_same_page_twice_is_refused(corpus):
    add(str(PAGES / "blog.html"), corpus)
    before = snapshot(corpus)
    with pytest.raises(AddRefused, match="already in the corpus as opensourcenotebook-2023-05-02"):
        add(str(PAGES / "blog.html"), corpus)
    assert snapshot(corpus) == before


def test_bad_published_date_is_refused(corpus):
    before = snapshot(corpus)
    with pytest.raises(AddRefused, match="'14 March' is not a date"):
        add(str(PAGES / "news-site.html"), corpus, published="14 March")
    assert snapshot(corpus) == before


@pytest.mark.parametrize("failing", ["manifest.csv", "outlets.csv"])
def test_interrupted_add_leaves_the_corpus_as_it_was(corpus, monkeypatch, failing):
    """The article file and outlets.csv are already in place when a later move fails: both are undone."""
    before = snapshot(corpus)
    real_replace = add_module.os.replace

    def replace(src, dst):
        if Path(dst).name == failing:
            raise KeyboardInterrupt("interrupted")
        real_replace(src, dst)

    monkeypatch.setattr(add_module.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        add(str(PAGES / "news-site.html"), corpus)
    assert snapshot(corpus) == before, "no new article, no new outlet, no temporary file left behind"


def test_failed_write_leaves_no_temporary_file(corpus, monkeypatch):
    before = snapshot(corpus)

    def fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(add_module.os, "fsync", fsync)
    with pytest.raises(OSError, match="No space left"):
        add(str(PAGES / "blog.html"), corpus)
    assert snapshot(corpus) == before


def test_several_sources_with_one_title_is_a_usage_error(corpus, capsys):
    code = main(["add", str(PAGES / "blog.html"), str(PAGES / "amp-page.html"), "--title", "X", "--corpus", str(corpus)])
    assert code == 2 and "give one SOURCE" in capsys.readouterr().err
