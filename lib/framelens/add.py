"""Add articles to a corpus folder from saved HTML pages, plain .txt files or http(s) URLs.

An added article is a text file under ``articles/``, a new row of ``manifest.csv`` and, for a new
outlet, a new row of ``outlets.csv`` with a colour no other outlet has. Nothing is written when the
article is refused (already in the corpus, no article text, a URL that is not http(s), a file that
is not text). The three files are written to temporary files first and moved into place with
``os.replace``; if any step fails, the files already moved are put back as they were.
"""

from __future__ import annotations

import colorsys
import csv
import hashlib
import io
import os
import re
import tempfile
import unicodedata
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from framelens.corpus import MANIFEST_COLUMNS, OUTLET_COLUMNS
from framelens.encoding import decode_bytes
from framelens.figures import FALLBACK_COLOURS, UNKNOWN

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10_000_000
MIN_WORDS = 25  # fewer words than this is a teaser, an error page or a paywall, not an article
NEAR_DUPLICATE_SHARE = 0.9  # share of one text's 5-word shingles found in the other
SHINGLE = 5
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_WORD = re.compile(r"\w+")
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang=[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


class AddRefused(ValueError):
    """An article that is not added; the message names the source and the reason."""


@dataclass
class Article:
    """One article ready to be added: its text and the metadata found for it."""

    source: str
    text: str
    raw: bytes
    title: str = ""
    published: str = ""
    author: str = ""
    site_name: str = ""
    url: str = ""
    language: str = ""
    kind_of_source: str = "text file"


@dataclass(frozen=True)
class Added:
    """What an add wrote: the article's id, its file (relative to the corpus) and whether its outlet is new."""

    article_id: str
    file: str
    outlet: str
    is_new_outlet: bool


# --------------------------------------------------------------------------- reading a source

def is_url(source: str) -> bool:
    """True when ``source`` names a scheme (``https://…``, ``ftp://…``, ``file:…``) rather than a path.

    >>> is_url("https://example.com/a"), is_url("ftp://example.com/a"), is_url("pages/a.html")
    (True, True, False)
    """
    return bool(_SCHEME.match(source)) and not Path(source).exists()


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str]:
    """Download an http(s) page.

    Returns: the body, the final URL (after redirects) and the Content-Type header.
    Raises: :class:`AddRefused` for another scheme, a network or HTTP error, a timeout, or a body
    larger than ``max_bytes``.
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise AddRefused(f"{url}: the URL scheme is {scheme!r}; only http and https pages can be added")
    request = urllib.request.Request(url, headers={"User-Agent": "framelens-add"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final_url = response.geturl()
            if urlsplit(final_url).scheme.lower() not in ("http", "https"):
                raise AddRefused(f"{url}: redirected to {final_url}, which is not an http(s) URL")
            body = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        raise AddRefused(f"{url}: the server answered HTTP {err.code} {err.reason}") from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise AddRefused(f"{url}: could not be fetched ({reason})") from err
    if len(body) > max_bytes:
        raise AddRefused(f"{url}: the page is larger than {max_bytes:,} bytes; save it and add the file instead")
    return body, final_url, content_type


def _looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:4096]))


def _from_html(source: str, data: bytes, url: str, kind_of_source: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=url or None, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise AddRefused(f"{source}: no article text could be extracted from the page")
    meta = doc.as_dict()
    title = (meta.get("title") or "").strip()
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    body = "\n\n".join(paragraphs) + "\n"
    lang = _HTML_LANG.search(data[:4096])
    return Article(source, body, body.encode("utf-8"), title=title, published=meta.get("date") or "",
                   author=meta.get("author") or "", site_name=meta.get("sitename") or "",
                   url=meta.get("url") or url, language=lang.group(1).decode().lower() if lang else "",
                   kind_of_source=kind_of_source)


def _from_text(source: str, data: bytes) -> Article:
    decoded = decode_bytes(data)
    if decoded.text is None:
        reason = decoded.problems[0][2] if decoded.problems else "it cannot be decoded"
        raise AddRefused(f"{source}: not a text file ({reason})")
    return Article(source, decoded.text, data)


def read_source(source: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Article:
    """Read one SOURCE (a saved HTML page, a text file or an http(s) URL) into an :class:`Article`.

    HTML is recognised by its file suffix, its Content-Type or its first tag; the main text and the
    metadata (title, date, author, site name, URL) are extracted with trafilatura. A text file is
    kept byte for byte. Raises :class:`AddRefused` with the reason.
    """
    if is_url(source):
        data, final_url, content_type = fetch(source, timeout=timeout, max_bytes=max_bytes)
        media = content_type.split(";")[0].strip().lower()
        if media in ("text/html", "application/xhtml+xml") or (not media and _looks_like_html(data)):
            return _from_html(source, data, final_url, "web page")
        if media == "text/plain":
            article = _from_text(source, data)
            article.url = final_url
            return article
        raise AddRefused(f"{source}: the server sent {media or 'no content type'}, not a text or HTML page")
    path = Path(source)
    if not path.is_file():
        raise AddRefused(f"{source}: no such file")
    data = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(data):
        return _from_html(source, data, "", "saved page")
    return _from_text(source, data)


# --------------------------------------------------------------------------- comparing with the corpus

def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    """The set of ``size``-word runs of ``text``, lower-cased, punctuation ignored.

    >>> sorted(shingles("A b, C d!", size=3))
    [('a', 'b', 'c'), ('b', 'c', 'd')]
    """
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def overlap_share(new: set, old: set) -> float:
    """The larger of the two containments: the share of either set's shingles found in the other."""
    if not new or not old:
        return 0.0
    common = len(new & old)
    return max(common / len(new), common / len(old))


def _check_new(article: Article, corpus: Path, manifest: list[dict]) -> None:
    digest = hashlib.sha256(article.raw).hexdigest()
    new_shingles = shingles(article.text)
    by_file = {row.get("file", ""): row.get("article_id", "") for row in manifest}
    for row in manifest:
        if article.url and row.get("url", "").strip() == article.url:
            raise AddRefused(f"{article.source}: already in the corpus as {row.get('article_id')} (same URL {article.url})")
    for path in sorted((corpus / "articles").rglob("*.txt")) if (corpus / "articles").is_dir() else []:
        rel = path.relative_to(corpus).as_posix()
        name = by_file.get(rel) or rel
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == digest:
            raise AddRefused(f"{article.source}: already in the corpus as {name} (same content, sha256 {digest[:12]}…)")
        old = decode_bytes(data).text
        share = overlap_share(new_shingles, shingles(old)) if old else 0.0
        if share >= NEAR_DUPLICATE_SHARE:
            raise AddRefused(f"{article.source}: a near-duplicate of {name} in the corpus ({share:.0%} of the "
                             f"{SHINGLE}-word runs are shared)")


# --------------------------------------------------------------------------- names and rows

def slug(text: str, max_words: int = 8) -> str:
    """A file-name slug: ASCII lower case, words joined by hyphens, at most ``max_words`` words.

    >>> slug("Lavrov: NATO is 'directly involved' in Ukraine war", max_words=5)
    'lavrov-nato-is-directly-involved'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    return "-".join(words[:max_words])


def _hostname(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _unique(candidate: str, taken: set[str]) -> str:
    name, n = candidate, 2
    while name in taken:
        name, n = f"{candidate}-{n}", n + 1
    return name


def new_colour(used: set[str]) -> str:
    """A colour no outlet has: the next free one of the colour-blind-safe list, then evenly spread hues.

    >>> new_colour({"#E69F00"})
    '#56B4E9'
    """
    taken = {c.upper() for c in used}
    for colour in FALLBACK_COLOURS:
        if colour.upper() not in taken:
            return colour
    for i in range(len(taken) + 1):
        r, g, b = colorsys.hls_to_rgb((i * 0.618034) % 1.0, 0.45, 0.65)
        colour = f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"
        if colour not in taken:
            return colour
    raise AssertionError("unreachable: more candidate hues than colours in use")


def _read_csv(path: Path, columns: tuple[str, ...]) -> tuple[bytes, list[str], list[dict]]:
    if not path.exists():
        return b"", list(columns), []
    data = path.read_bytes()
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    rows = list(reader)
    header = [c.strip() for c in reader.fieldnames or []] or list(columns)
    return data, header, rows


def _append_row(data: bytes, header: list[str], row: dict) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if not data:
        writer.writerow(header)
    writer.writerow([row.get(column, "") for column in header])
    prefix = data if not data or data.endswith(b"\n") else data + b"\n"
    return prefix + out.getvalue().encode("utf-8")


# --------------------------------------------------------------------------- writing atomically

def _write_all(targets: list[tuple[Path, bytes]]) -> None:
    """Write every (path, bytes) pair or none: temporary files first, then ``os.replace`` one by one.

    If writing or moving fails (or is interrupted), the files already replaced get their old bytes
    back and the new ones are removed.
    """
    staged: list[tuple[Path, str]] = []
    done: list[tuple[Path, bytes | None]] = []
    try:
        for path, data in targets:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((path, tmp))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for path, tmp in staged:
            old = path.read_bytes() if path.exists() else None
            os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)  # mkstemp makes it 0600
            os.replace(tmp, path)
            done.append((path, old))
    except BaseException:
        for path, old in reversed(done):
            if old is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(old)
        raise
    finally:
        for _, tmp in staged:
            Path(tmp).unlink(missing_ok=True)


def add_article(article: Article, corpus: str | Path, *, outlet: str | None = None,
                published: str | None = None, title: str | None = None) -> Added:
    """Add one read :class:`Article` to the corpus folder; options override what the page says.

    Parameters: ``outlet`` (default: the outlet whose ``domain`` in outlets.csv matches the URL, else
    the page's site name, else ``unknown``), ``published`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``),
    ``title``.
    Returns: an :class:`Added`. Raises :class:`AddRefused` and writes nothing when the article is
    too short or already in the corpus.
    """
    corpus = Path(corpus)
    published = published if published is not None else article.published
    if published and not _DATE.fullmatch(published):
        raise AddRefused(f"{article.source}: published {published!r} is not a date like 2022, 2022-12 or 2022-12-01")
    n_words = len(_WORD.findall(article.text))
    if n_words < MIN_WORDS:
        raise AddRefused(f"{article.source}: no article text ({n_words} word(s); at least {MIN_WORDS} are needed)")
    manifest_path, outlets_path = corpus / "manifest.csv", corpus / "outlets.csv"
    manifest_bytes, manifest_header, manifest = _read_csv(manifest_path, MANIFEST_COLUMNS)
    outlets_bytes, outlets_header, outlets = _read_csv(outlets_path, OUTLET_COLUMNS)
    _check_new(article, corpus, manifest)

    host = _hostname(article.url)
    by_domain = {row.get("domain", "").strip().lower(): row["outlet"] for row in outlets if row.get("domain")}
    outlet = outlet or by_domain.get(host.lower()) or article.site_name or host or UNKNOWN
    title = title if title is not None else article.title
    known = {row.get("outlet", "").strip() for row in outlets}
    is_new_outlet = outlet != UNKNOWN and outlet not in known

    name = slug(title) or slug(article.text, 6)
    stem = f"{slug(outlet, 4) or 'unknown'}_{published or 'undated'}_{name}"
    taken_files = {p.stem for p in (corpus / "articles").glob("*.txt")} if (corpus / "articles").is_dir() else set()
    file = f"articles/{_unique(stem, taken_files)}.txt"
    article_id = _unique(f"{slug(outlet, 4).replace('-', '') or 'unknown'}-{published or slug(name, 4)}",
                         {row.get("article_id", "") for row in manifest})
    notes = [f"Added by framelens add from a {article.kind_of_source}"]
    notes += [f"author: {article.author}"] if article.author else []
    notes += [f"site: {article.site_name}"] if article.site_name else []
    row = {"article_id": article_id, "file": file, "outlet": outlet, "published": published, "title": title,
           "url": article.url, "language": article.language, "notes": "; ".join(notes) + "."}

    targets = [(corpus / file, article.raw)]
    if is_new_outlet:
        colour = new_colour({r.get("colour", "").strip() for r in outlets if r.get("colour")})
        targets.append((outlets_path, _append_row(outlets_bytes, outlets_header,
                                                  {"outlet": outlet, "domain": host, "colour": colour})))
    targets.append((manifest_path, _append_row(manifest_bytes, manifest_header, row)))
    _write_all(targets)
    return Added(article_id, file, outlet, is_new_outlet)


def add(source: str, corpus: str | Path, *, outlet: str | None = None, published: str | None = None,
        title: str | None = None, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Added:
    """Read SOURCE (saved HTML page, .txt file or http(s) URL) and add it to the corpus folder.

    Returns: an :class:`Added`. Raises :class:`AddRefused`, with nothing written, when the source
    cannot be added.
    """
    article = read_source(source, timeout=timeout, max_bytes=max_bytes)
    return add_article(article, corpus, outlet=outlet, published=published, title=title)
