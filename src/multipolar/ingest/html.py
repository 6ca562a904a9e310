"""Extract a news article (text, title, date, publisher) from a saved HTML page.

trafilatura finds the article and drops menus, cookie banners, related-link lists and comments; the
standard-library extractor below is the fallback where trafilatura finds nothing or fails.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Article:
    """What a page yields: its text (paragraphs separated by blank lines) and metadata."""

    text: str
    title: str | None = None
    date: str | None = None  # as the page gives it (ISO from trafilatura)
    publisher: str | None = None
    url: str | None = None
    extractor: str = "trafilatura"  # or "stdlib" (the fallback)

#: A marked section with no name ("<![0"), on which the standard-library parser gives up (AssertionError):
#: its opening is read as text.
_NAMELESS_SECTION = re.compile(r"<!\[(?![A-Za-z])")

_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "header", "aside", "form"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr", "blockquote"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.in_title = False
        self.title: list[str] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str | None, str]:
    """(title, text) of an HTML document; paragraphs separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(_NAMELESS_SECTION.sub("&lt;![", markup))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split()) or None
    return title, text


def _paragraphs(text: str, title: str | None) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == " ".join(title.split()):
        lines = lines[1:]  # the headline repeated as the first line
    return "\n\n".join(lines)


def trafilatura_article(markup: str) -> Article | None:
    """The article trafilatura finds in a page (no comments), or None."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(markup, include_comments=False, with_metadata=True)
    except Exception:  # the extractor failing on odd markup is what the fallback is for
        return None
    if found is None:
        return None
    data = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    title = data.get("title") or None
    text = _paragraphs(data.get("text") or "", title)
    if not text:
        return None
    return Article(text=text, title=title, date=data.get("date") or None,
                   publisher=data.get("sitename") or None, url=data.get("url") or None)


def extract_article(markup: str) -> Article:
    """The page's article: trafilatura's, else the standard-library extractor's (text may be empty)."""
    article = trafilatura_article(markup)
    if article is not None:
        return article
    title, text = html_to_text(markup)
    return Article(text=text, title=title, extractor="stdlib")
