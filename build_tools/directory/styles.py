"""The directory pages' small stylesheet, written into the site as an asset."""

from __future__ import annotations

STYLESHEET_URI = "assets/stylesheets/directory.css"

STYLESHEET = """/* firststop service directory */
.fs-dir-letters p { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.fs-dir-letters a {
  display: inline-block;
  min-width: 2.75rem;
  min-height: 2.75rem;
  line-height: 2.75rem;
  text-align: center;
}
.fs-dir-list li, .fs-dir-categories li, .fs-dir-areas li { margin-bottom: 0.75em; }
.fs-dir-org, .fs-dir-summary { color: var(--md-default-fg-color--light); }
.md-typeset .fs-dir-contact dt { font-weight: 700; margin-top: 0.5em; }
.md-typeset .fs-dir-contact dd { margin-left: 0; }
.fs-dir-lead { font-size: 1.1em; }
.fs-dir-checked { margin-top: 2em; border-top: 1px solid var(--md-default-fg-color--lightest);
  padding-top: 1em; }
"""
