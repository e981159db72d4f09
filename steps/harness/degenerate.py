"""Three implementations that must conform to (almost) nothing: the suite's verdicts are only worth
something if these fail.

- ``no_routes``: a Flask app with no routes at all: every URL is 404.
- ``constant_page``: one 200 page for every request, whatever its method or URL, holding every
  phrase the contract names (so that "the page shows ..." finds them all), a form with every field
  and a stylesheet link: only a scenario that checks something beside the words can refuse it.
- ``words``: answers each path the contract lists with the words the contract names for it and the
  cheapest statuses, but reads no input (no form field, query value, cookie or header) and keeps no
  state. It routes by path and method, as any server does, so it may conform where a rule is about
  the route table alone (see steps/harness/test_degenerate.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask

no_routes = Flask(__name__)

PHRASES = (
    "Hello World! Index Page Hello World User John Doe Post 42 Path a/b The project page The about page "
    "Login Page Logged in as alice admin <b>alice</b> Hello, World! Hello John! Hello <script>alert(1)! "
    "Tom & Jerry's Invalid username/password You searched for: '' You searched for: 'flask' "
    "The username cookie says: the username There is no username cookie 你好, Zhang San 请先进行登陆 "
    "Code after abort ran 0 times This custom page answers every URL that does not exist. "
    "登陆成功 用户名或密码错误 first second hello third"
)

FORM = (
    '<form method="post" enctype="multipart/form-data"><input type="text" name="username">'
    '<input type="password" name="password"><input type="file" name="file"><input name="message"></form>'
)

STYLESHEET = b"body { font-family: sans-serif; }\nh1 { color: #377ba8; }\n"

Start = Callable[[str, list[tuple[str, str]]], Any]


def constant_page(environ: dict[str, Any], start_response: Start) -> Iterable[bytes]:
    body = (
        f'<!doctype html><link rel="stylesheet" href="/static-files/static/style.css">'
        f"<p>{PHRASES.replace('&', '&amp;').replace('<', '&lt;')}</p>{FORM}"
    ).encode()
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]


def page(*parts: str) -> str:
    return "<!doctype html>" + "".join(parts)


LOGIN_FORM = (
    '<form method="post"><input type="text" name="username"><input type="password" name="password">'
    '<input type="submit" value="Log in"></form>'
)
NOT_FOUND = page("<p>This custom page answers every URL that does not exist.</p>")
HTML = "text/html; charset=utf-8"

#: (path pattern, methods) -> method -> (status, headers, body). Patterns are full paths.
Answer = tuple[int, list[tuple[str, str]], str | bytes]
ROUTES: list[tuple[str, dict[str, Answer]]] = [
    (r"/minimal/", {"GET": (200, [], "Hello World!")}),
    (r"/routing/", {"GET": (200, [], "Index Page")}),
    (r"/routing/hello", {"GET": (200, [], "Hello World")}),
    (r"/routing/user/[^/]+", {"GET": (200, [], "User")}),
    (r"/routing/post/\d+", {"GET": (200, [], "Post")}),
    (r"/routing/float/\d+\.\d+", {"GET": (200, [], "Float")}),
    (r"/routing/path/.+", {"GET": (200, [], "Path")}),
    (r"/routing/uuid/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", {"GET": (200, [], "UUID")}),
    (r"/routing/projects/", {"GET": (200, [], "The project page")}),
    (r"/routing/about", {"GET": (200, [], "The about page")}),
    (r"/url-building/", {"GET": (200, [], "Index Page")}),
    (r"/url-building/login", {"GET": (200, [], "Login Page")}),
    (r"/url-building/user/[^/]+", {"GET": (200, [], "User")}),
    (r"/url-building/url-for", {"GET": (200, [("Content-Type", "text/plain; charset=utf-8")], "/url-building/")}),
    (r"/url-building/static/style\.css", {"GET": (200, [("Content-Type", "text/css; charset=utf-8")], STYLESHEET)}),
    (r"/methods/", {"GET": (200, [], "Index Page")}),
    (r"/methods/login", {"GET": (200, [], page(LOGIN_FORM)), "POST": (200, [], "Logged in as")}),
    (r"/methods/boards/[^/]+", {"GET": (404, [], NOT_FOUND), "POST": (201, [], ""), "PUT": (200, [], ""), "DELETE": (204, [], "")}),
    (r"/static-files/", {"GET": (200, [], page('<link rel="stylesheet" href="/static-files/static/style.css"><h1>Styled</h1>'))}),
    (r"/static-files/static/style\.css",
     {"GET": (200, [("Content-Type", "text/css; charset=utf-8"), ("ETag", '"style-1"')], STYLESHEET)}),
    (r"/templates/hello/", {"GET": (200, [], page("<h1>Hello, World!</h1>"))}),
    (r"/templates/hello/[^/]+", {"GET": (200, [], page("<h1>Hello !</h1>"))}),
    (r"/request/login", {"GET": (200, [], page(LOGIN_FORM)), "POST": (200, [], page("<p>Invalid username/password</p>", LOGIN_FORM))}),
    (r"/request/search", {"GET": (200, [], "You searched for: ''")}),
    (r"/uploads/", {"GET": (200, [], page('<form method="post" enctype="multipart/form-data"><input type="file" name="file"></form>')),
                    "POST": (400, [], "Bad request")}),
    (r"/uploads/uploads/[^/]+", {"GET": (404, [], "Not found")}),
    (r"/cookies/", {"GET": (200, [], page("<p>There is no username cookie.</p>"))}),
    (r"/cookies/store", {"GET": (200, [("Set-Cookie", 'username="the username"; Path=/')], page("<p>Stored.</p>"))}),
    (r"/sessions/", {"GET": (200, [], "请先进行登陆")}),
    (r"/sessions/login", {"GET": (200, [], page('<form method="post"><input name="username"></form>')),
                          "POST": (302, [("Location", "/sessions/")], "")}),
    (r"/sessions/logout", {"GET": (302, [("Location", "/sessions/")], "")}),
    (r"/redirects/", {"GET": (302, [("Location", "/redirects/login")], "")}),
    (r"/redirects/login", {"GET": (401, [], "Unauthorized")}),
    (r"/redirects/after-abort", {"GET": (200, [], "Code after abort ran 0 times")}),
    (r"/redirects/without-abort", {"GET": (200, [], "Ran")}),
    (r"/flashing/", {"GET": (200, [], page("<h1>Overview</h1>"))}),
    (r"/flashing/login", {"GET": (200, [], page(LOGIN_FORM)), "POST": (200, [], page("<p>用户名或密码错误</p>", LOGIN_FORM))}),
    (r"/flashing/flash", {"POST": (302, [("Location", "/flashing/")], "")}),
    (r"/logging/", {"GET": (200, [], "Logged three messages")}),
]


def words(environ: dict[str, Any], start_response: Start) -> Iterable[bytes]:
    method, path = environ["REQUEST_METHOD"], environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
    for pattern, answers in ROUTES:
        if re.fullmatch(pattern, path):
            break
        if pattern.endswith("/") and re.fullmatch(pattern, path + "/"):
            return respond(start_response, method, (308, [("Location", path + "/")], ""))
    else:
        custom = path.startswith("/redirects/")
        return respond(start_response, method, (404, [], NOT_FOUND if custom else "Not Found"))
    if path == "/logging/":
        errors = environ["wsgi.errors"]
        errors.write("WARNING in logger: A warning occurred (42 apples)\nERROR in logger: An error occurred\n")
    allowed = {*answers, "OPTIONS", *(["HEAD"] if "GET" in answers else [])}
    if method == "OPTIONS":
        return respond(start_response, method, (200, [("Allow", ", ".join(sorted(allowed)))], ""))
    answer = answers.get("GET" if method == "HEAD" else method)
    if answer is None:
        return respond(start_response, method, (405, [("Allow", ", ".join(sorted(allowed)))], "Method Not Allowed"))
    return respond(start_response, method, answer)


def respond(start_response: Start, method: str, answer: Answer) -> Iterable[bytes]:
    status, headers, body = answer
    data = body if isinstance(body, bytes) else body.encode()
    names = {name.lower() for name, _ in headers}
    headers = [*headers, *([("Content-Type", HTML)] if "content-type" not in names else []), ("Content-Length", str(len(data)))]
    start_response(f"{status} {'OK' if status < 300 else 'Status'}", headers)
    return [b"" if method == "HEAD" else data]
