"""Web pages written for the tests: a news page with everything around its article, and
pages that are odd in one way each."""

from __future__ import annotations

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Mayor says bridge will reopen in May | The Harbour Gazette</title>
<link rel="canonical" href="https://gazette.example/news/bridge-reopens">
<meta property="og:url" content="https://gazette.example/news/bridge-reopens?utm_source=feed">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2026-03-05T09:30:00Z">
<meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Mayor says bridge will reopen in May", "datePublished": "2026-03-05",
 "author": {"@type": "Person", "name": "Jane Doe"}}</script>
<style>a{color:#333}</style>
<script>var status = "Analytics said the page loaded";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article>
<h1>Mayor says bridge will reopen in May</h1>
<p>The mayor said on Tuesday that the harbour bridge would reopen in May, after repairs
costing $12 million.</p>
<h2>Delays blamed on steel</h2>
<p>“We are on schedule,” the chief engineer said. Officials said last week that steel
deliveries had slowed the work.</p>
<p>According to council documents, the repairs are 80% complete.</p>
</article>
<section class="comments"><h3>Comments</h3>
<p>Reader42 said the bridge was never safe and the council had lied about it.</p></section>
<footer>Copyright 2026 The Harbour Gazette. All rights reserved.</footer>
</body></html>
"""

TIME_ONLY = """<html><head><title>Council votes on budget</title></head><body><article>
<h1>Council votes on budget</h1>
<p>By Sam Lee, <time datetime="2025-11-14T08:00:00+00:00">14 November 2025</time></p>
<p>The council treasurer said on Thursday that the budget would rise by 4% next year, and the
opposition leader warned that taxes would follow.</p>
<p>“This is a responsible plan,” the mayor told reporters after the vote in the chamber.</p>
</article></body></html>
"""

WINDOWS_1252 = (
    b'<html><head><meta charset="windows-1252"><title>Caf\xe9 owner</title></head><body>'
    b"<article><h1>Caf\xe9 owner speaks</h1><p>The owner Jos\xe9 M\xfcller said the fa\xe7ade"
    b" of the caf\xe9 was old and needed \x93urgent\x94 repairs before the winter season began"
    b" in the old town.</p><p>City officials said that the repairs would cost about \x8020,000"
    b" and would be paid for by the owner of the building.</p></article></body></html>"
)

LOGIN_WALL = """<html><head><title>Sign in</title></head><body><form><input name="user">
<input type="password"><button>Log in</button></form></body></html>"""

BROKEN = (
    "<html><body><div><p>The minister said the talks had collapsed, and officials said a new "
    "round would begin next month in Geneva.<p>Unclosed <b>bold <div><p>More text the "
    "spokesman said was"
)
