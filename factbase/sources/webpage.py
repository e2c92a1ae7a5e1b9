"""Web pages: the article's main text (trafilatura) and what the page says about itself.

Pure: no database, no network.
"""

from __future__ import annotations

import json
import re
from typing import Any

from factbase.errors import InputError
from factbase.sources.decoding import decode, decoded_repairs, fix_mojibake
from factbase.sources.document import Document

_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE
)
_SPACE = re.compile(r"[ \t\n\r\f\v]+")

# Blocks of trafilatura's extracted tree whose text is one paragraph.
_LEAF_BLOCKS = {"p", "head", "item", "row", "code", "quote"}
_CONTAINERS = {"list", "table", "quote", "div", "body"}


def html_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` near its start."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def read_html(
    data: bytes, *, name: str, charset: str | None = None, force: bool = False
) -> Document:
    """The main text of a web page (trafilatura), with its title, author, date and site name.

    Navigation, adverts and comments are left out. Paragraphs are separated by a blank line,
    white space inside a paragraph is folded as a browser folds it. A page whose text is only
    navigation (menus, link lists: no paragraph of prose) is refused unless ``force``.
    """
    declared = charset or html_charset(data)
    html, encoding = decode(data, name=name, declared=declared)
    html = html.removeprefix("\ufeff")
    if not html.strip():
        raise InputError(f"empty file: {name}")

    tree = _parse_html(html)
    if tree is None or not _visible_text(tree):
        raise InputError(
            f"no article text found in {name}: the page has no text without JavaScript (or is "
            "empty); save the article's text from a browser as a .txt file instead"
        )

    import trafilatura

    extracted = trafilatura.bare_extraction(
        html,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
    )
    body = getattr(extracted, "body", None) if extracted is not None else None
    text = _tree_text(body) if body is not None else ""
    if not text.strip():
        raise InputError(
            f"no article text found in {name}: the page may be empty, need JavaScript, or be a "
            "login or cookie wall; save the article's text as a .txt file instead"
        )
    if not force and not _has_prose(text, _link_words(tree)):
        raise InputError(
            f"only navigation found in {name}: no paragraph of prose, only menus and links "
            "(a cookie wall, an index page or an article loaded by JavaScript?); save the "
            "article's text as a .txt file, or use --force to store it anyway"
        )
    text, mojibake = fix_mojibake(text)
    meta = page_metadata(tree)
    title = meta.get("title") or _clean(getattr(extracted, "title", None))
    author = meta.get("author") or _clean(getattr(extracted, "author", None))
    publisher = meta.get("publisher") or _clean(getattr(extracted, "sitename", None))
    url = meta.get("url") or _clean(getattr(extracted, "url", None))
    repairs = decoded_repairs(encoding, mojibake)
    return Document(
        text=text,
        kind="html",
        content_type="text/html",
        encoding=encoding,
        title=fix_mojibake(title)[0] if title else None,
        author=fix_mojibake(author)[0] if author else None,
        publisher=fix_mojibake(publisher)[0] if publisher else None,
        published=meta.get("published"),
        url=url,
        repairs=repairs,
    )


# A paragraph of prose has at least this many words, most of them not the text of a link: menu
# items, breadcrumbs and footer links run to two or three words each, and a list of them is a
# block of links; the shortest article paragraphs ("The council said it would appeal the ruling.")
# run to eight words and more.
MIN_PROSE_WORDS = 8
MAX_LINK_SHARE = 0.5
_WORDS = re.compile(r"\w+")


def _link_words(tree: Any) -> set[str]:
    words: set[str] = set()
    for link in tree.iter("a"):
        words.update(w.lower() for w in _WORDS.findall(link.text_content() or ""))
    return words


def _has_prose(text: str, link_words: set[str]) -> bool:
    """Whether some paragraph of ``text`` reads as prose rather than as a list of links."""
    for block in text.split("\n"):
        words = [w.lower() for w in _WORDS.findall(block)]
        if len(words) < MIN_PROSE_WORDS:
            continue
        linked = sum(1 for w in words if w in link_words)
        if linked <= MAX_LINK_SHARE * len(words):
            return True
    return False


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _tree_text(body: Any) -> str:
    """The text of trafilatura's extracted tree: one paragraph per block, blank lines between."""
    blocks: list[str] = []
    _collect(body, blocks)
    return "\n\n".join(b for b in blocks if b)


def _collect(element: Any, blocks: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    children = [c for c in element if isinstance(c.tag, str)]
    has_blocks = any(c.tag in _LEAF_BLOCKS or c.tag in _CONTAINERS for c in children)
    if tag == "list":
        lines = [_inline_text(item) for item in children if item.tag == "item"]
        blocks.append("\n".join(line for line in lines if line))
        return
    if tag == "table":
        rows = []
        for row in element.iter("row"):
            cells = [_inline_text(c) for c in row if isinstance(c.tag, str)]
            rows.append(" | ".join(c for c in cells if c))
        blocks.append("\n".join(r for r in rows if r))
        return
    if tag in _LEAF_BLOCKS and not has_blocks:
        blocks.append(_inline_text(element))
        return
    if element.text and element.text.strip() and tag != "body":
        blocks.append(_fold(element.text))
    for child in children:
        _collect(child, blocks)
        if child.tail and child.tail.strip() and tag != "body":
            blocks.append(_fold(child.tail))


def _inline_text(element: Any) -> str:
    """A block's text with white space folded; ``<lb/>`` (from ``<br>``) kept as a line break."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        if el.tag == "lb":
            parts.append("\n")
        elif el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = [_fold(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --- page metadata -----------------------------------------------------------------------------

# Where pages put their publication date, most specific first.
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
)
_TITLE_KEYS = ("og:title", "twitter:title", "citation_title", "dc.title")
_AUTHOR_KEYS = ("author", "article:author", "citation_author", "dc.creator", "parsely-author")
_PUBLISHER_KEYS = ("og:site_name", "application-name", "citation_publisher", "dc.publisher")
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])")


def iso_date(value: str | None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from the start of an ISO-like date, keeping its
    precision (a page that says ``2014-10`` was published in October, not on the 1st)."""
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not 1900 <= int(year) <= 2200:
        return None
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return f"{year}-{int(month):02d}"
    if not 1 <= int(day) <= 31:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _parse_html(html: str) -> Any:
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(html.encode("utf-8"))
    except (ParserError, ValueError):
        return None


def _visible_text(tree: Any) -> bool:
    """Whether the page shows any text without running scripts."""
    body = tree.find("body")
    if body is None:
        return False
    hidden = {"script", "style", "noscript", "template"}
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in hidden:
            if element.tail and element.tail.strip():
                return True
            continue
        if element.text and element.text.strip():
            return True
        if element.tail and element.tail.strip():
            return True
    return False


def page_metadata(tree: Any) -> dict[str, str]:
    """Title, author, publisher, published date and canonical URL from a parsed page.

    Reads ``<meta>`` tags, JSON-LD and ``<time>``; returns only what the page states.
    """
    if tree is None:
        return {}
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = _clean(meta.get("content"))
        if key and content and key not in metas:
            metas[key] = content
    ld = _json_ld(tree)
    out: dict[str, str] = {}
    for key in _DATE_KEYS:
        date = iso_date(metas.get(key))
        if date:
            out["published"] = date
            break
    else:
        date = iso_date(_ld_value(ld, "datePublished"))
        if date is None:
            for time in tree.iter("time"):
                marked = time.get("itemprop", "").lower() == "datepublished"
                if marked or time.get("pubdate") is not None:
                    date = iso_date(time.get("datetime"))
                    if date:
                        break
        if date:
            out["published"] = date
    title = next((metas[k] for k in _TITLE_KEYS if metas.get(k)), None) or _ld_value(
        ld, "headline"
    )
    if title is None:
        node = tree.find(".//title")
        title = _clean(node.text_content()) if node is not None else None
    if title:
        out["title"] = title
    author = _ld_value(ld, "author") or next(
        (metas[k] for k in _AUTHOR_KEYS if metas.get(k) and "://" not in metas[k]), None
    )
    if author:
        out["author"] = author
    publisher = next((metas[k] for k in _PUBLISHER_KEYS if metas.get(k)), None) or _ld_value(
        ld, "publisher"
    )
    if publisher:
        out["publisher"] = publisher
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and _clean(link.get("href")):
            href = _clean(link.get("href")) or ""
            if href.startswith(("http://", "https://")):
                out["url"] = href
            break
    if "url" not in out and (metas.get("og:url") or "").startswith(("http://", "https://")):
        out["url"] = metas["og:url"]
    return out


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError:
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    out.extend(g for g in graph if isinstance(g, dict))
    return out


def _ld_value(items: list[dict[str, Any]], key: str) -> str | None:
    for item in items:
        value = item.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return _clean(value)
    return None
