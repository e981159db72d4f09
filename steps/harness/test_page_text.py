"""The suite reads a page as a browser shows it: its text equals Chromium's ``innerText``.

Every "the page reads" and "the page shows" of the features reads ``Exchange.visible_text``
(steps/targets/text.py). Here that reading is held to headless Chromium's
``document.body.innerText``, white space folded, on ordinary pages of the kinds implementations
write: titles, inline and block elements, ``<br>``, lists, tables, entities, scripts and styles,
forms, hidden elements, non-ASCII text. Needs Debian's chromium and chromium-driver (CI installs
them before it runs the harness); without them this test fails, saying how to install them.
"""

from __future__ import annotations

import base64

import httpx
import pytest

from steps.targets import Exchange

PAGES = {
    "title and heading": "<!doctype html><title>Hello from Flask</title><h1>Hello World!</h1>",
    "plain text, no tags": "Hello World!",
    "inline element inside a word's sentence": "<p>Hello <em>John</em>!</p>",
    "inline element inside a word": "<p>Hello <strong>Jo</strong>hn</p>",
    "inline elements side by side": "<p><span>Hello</span><span>World</span> <a href='#'>again</a></p>",
    "blocks side by side": "<div>first</div><div>second</div><p>third</p>",
    "unordered list": "<ul class='flashes'><li>登陆成功</li><li>second</li></ul><h1>Overview</h1>",
    "ordered list, end tags left out": "<ol><li>first<li>second<li>third</ol>",
    "table": "<table><tr><th>name</th><th>age</th></tr><tr><td>Ann</td><td>3</td></tr></table>",
    "line breaks": "<p>line one<br>line two<br/>line three</p>",
    "entities": "<p>Tom &amp; Jerry&#39;s &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; caf&eacute;</p>",
    "script and style": "<style>p { color: red }</style><script>document.title = 'x'</script><p>shown</p>",
    "non-ASCII": "<!doctype html><meta charset='utf-8'><h1>你好, 张三</h1><p>请先进行登陆</p>",
    "explicit head and body": (
        "<!doctype html><html><head><meta charset='utf-8'><title>Nope</title>"
        "<link rel='stylesheet' href='/style.css'></head><body><p>Body text</p></body></html>"
    ),
    "login form": (
        "<title>Log in</title><h1>Log in</h1><p class='error'><strong>Error:</strong> Invalid username/password</p>"
        "<form method='post'><label>Username <input type='text' name='username'></label>"
        "<label>Password <input type='password' name='password'></label><input type='submit' value='Log in'></form>"
    ),
    "button": "<form><button type='submit'>Send it</button></form>",
    "hidden elements": "<p hidden>secret</p><p style='display: none'>also secret</p><p>seen</p>",
    "template": "<template><p>never shown</p></template><p>shown</p>",
    "preformatted text": "<pre>  a   b\n   c</pre>",
    "comments": "<p>a<!-- not shown -->b</p>",
    "definition list and rule": "<dl><dt>term</dt><dd>definition</dd></dl><hr><h2>next</h2><h3>and next</h3>",
    "escaped markup echoed back": "<p>You searched for: '&lt;b&gt;flask&lt;/b&gt;'</p>",
    "image with alt text": "<p><img src='x.png' alt='a picture'>caption</p>",
    "superscript": "<p>E = mc<sup>2</sup></p>",
    "noscript": "<noscript>scripts are off</noscript><p>scripts are on</p>",
    "text around blocks": "before<div>inside</div>after",
    "nested blocks and inline": "<div><p>one <b>two</b></p><section>three<span> four</span></section></div>",
    "white space between inline elements": "<p><span>Hello</span>\n   <span>World</span></p>",
    "a select shows its options": "<label>Pick <select><option>one</option><option>two</option></select></label> done",
    "a closed details shows its summary": "<details><summary>More</summary><p>inside</p></details><details open><summary>Open</summary>here</details>",
    "display set on the element itself": "<span style='display:block'>a</span>b<div style='display: inline'>c</div>d",
    "object fallback and ruby": "<object>fallback</object> text <ruby>漢<rt>kan</rt></ruby>",
    "textarea and inputs show no value": "<form><textarea>typed</textarea><input value='x'><input type='submit' value='Go'></form>after",
}


def read_over_http(html: str, media_type: str = "text/html") -> str:
    """What the suite reads from a response with this body."""
    request = httpx.Request("GET", "http://localhost/page")
    headers = {"content-type": f"{media_type}; charset=utf-8"}
    response = httpx.Response(200, headers=headers, content=html.encode(), request=request)
    return Exchange.from_response(response).visible_text


def read_in_chromium(driver: object, html: str, media_type: str = "text/html") -> str:
    page = f"data:{media_type};charset=utf-8;base64," + base64.b64encode(html.encode()).decode()
    driver.get(page)  # type: ignore[attr-defined]
    text = driver.execute_script("return document.body ? document.body.innerText : ''")  # type: ignore[attr-defined]
    return " ".join(str(text).split())


def test_the_corpus_is_large_enough() -> None:
    assert len(PAGES) >= 20


@pytest.mark.parametrize("name", list(PAGES))
def test_the_suite_reads_a_page_as_chromium_shows_it(chromium: object, name: str) -> None:
    html = PAGES[name]
    assert read_over_http(html) == read_in_chromium(chromium, html), f"page {name!r}: {html}"


@pytest.mark.parametrize("body", ["User <b>Ann</b>", "Hello World!", "Tom &amp; Jerry\n  and <p>more</p>"])
def test_a_plain_text_page_is_read_as_it_is(chromium: object, body: str) -> None:
    assert read_over_http(body, "text/plain") == read_in_chromium(chromium, body, "text/plain")
