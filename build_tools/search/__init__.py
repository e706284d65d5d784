"""Site search: a search page and a Pagefind index built over the finished site."""
