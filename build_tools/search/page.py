"""The search page's Markdown: a GET form (``?q=``), a live region and a results list.

Without JavaScript the form still submits, and a message points to the A to Z of
services and the finder. The page itself is left out of the index.
"""

from __future__ import annotations

SEARCH_SRC = "search/index.md"
SCRIPT_URI = "../assets/javascripts/search/search.js"

SEARCH_MARKDOWN = f"""---
title: Search
csp: search
---

# Search

<div class="fs-search" data-pagefind-ignore="all" markdown="0">
<form class="fs-search__form" role="search" aria-label="Search this site" action="./" method="get">
<label class="fs-label" for="fs-search-q">Search advice pages and services</label>
<div class="fs-search__bar">
<input class="fs-input fs-search__input" id="fs-search-q" name="q" type="search"
 autocomplete="off" spellcheck="false">
<button class="md-button md-button--primary fs-search__button" type="submit">Search</button>
</div>
</form>
<p class="fs-search__nojs" id="fs-search-nojs">Search needs JavaScript. Without it, use the
<a href="../services/a-z/">A to Z of services</a> or the
<a href="../finder/">service finder</a>, or browse the menu.</p>
<p class="fs-search__status" id="fs-search-status" role="status" aria-live="polite"></p>
<ol class="fs-search__results" id="fs-search-results"></ol>
</div>

<script type="module" src="{SCRIPT_URI}"></script>
"""


def search_markdown() -> str:
    """The Markdown for ``search/index.md``."""
    return SEARCH_MARKDOWN
