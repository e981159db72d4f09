"""What a person sees in a real browser: headless Chromium, driven over WebDriver, on an HTTP target.

The other steps read pages as a browser would (BeautifulSoup); these let a browser do it: it
renders the page, fills in and submits forms, picks files, follows redirects and keeps cookies, as
the document's "浏览器" does. They need a target a browser can visit (the ``http`` capability) and
Debian's ``chromium`` with its ``chromium-driver``, whose version always matches it.

One browser per run (per pytest-xdist worker); each scenario gets a new tab of it, with every
cookie, the cache and the target's storage cleared first, so scenarios share nothing. A failing
scenario leaves a screenshot (``--screenshots DIR``) and shows the page's text.

Selenium, not Playwright: WebDriver is a W3C standard and Debian builds chromedriver from the same
source as its chromium, so the pinned client keeps working as security updates move the browser
on; Playwright speaks Chromium's DevTools protocol and is released for one Chromium build.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from pytest_bdd import given, parsers, then, when

from steps.http import form_fields, quoted
from steps.targets import Target, Visitor
from steps.targets.http import GUARDIAN
from steps.uploads import FileToUpload, fresh_name

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement

INSTALL_BROWSER = "apt-get update && apt-get install -y chromium chromium-driver"
INSTALL_DRIVER = "pip install -c constraints.txt selenium (pinned in pyproject.toml)"

#: Headless as root on a machine without a network: no sandbox (root), no GPU, and none of the
#: background connections (updates, sync, QUIC) the closed network would refuse.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1024,768",
)

#: How much of the page's text a failure shows.
TEXT_SHOWN = 1000

#: Where Chromium puts its singleton socket, under its TMPDIR; a socket's path has at most 107 bytes.
SINGLETON_SOCKET = "/.org.chromium.Chromium.XXXXXX/SingletonSocket"
UNIX_SOCKET_PATH = 107

PERSON = pytest.StashKey["Person"]()
SCREENSHOTS = pytest.StashKey[Path]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("spec").addoption(
        "--screenshots",
        metavar="DIR",
        # pytest picks its rootdir before it knows this option: "--screenshots DIR" with DIR an
        # existing folder outside the project would move the rootdir; "--screenshots=DIR" cannot.
        help="where a failing browser scenario leaves its screenshot; write --screenshots=DIR "
        "[default: screenshots/ in pytest's basetemp]",
    )


# --- The browser ------------------------------------------------------------------------------


def find_browser() -> tuple[str, str]:
    """Paths of chromium and chromedriver; skips the scenario, saying how to install them, if absent."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip(f"browser scenarios need Selenium: {INSTALL_DRIVER}")
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or driver is None:
        missing = " and ".join(n for n, p in (("chromium", chromium), ("chromedriver", driver)) if p is None)
        pytest.skip(f"browser scenarios need Chromium and its driver; {missing} not found on PATH: {INSTALL_BROWSER}")
    return chromium, driver


@pytest.fixture(scope="session")
def chromium(implementation: Target) -> Iterator[WebDriver]:
    """One headless Chromium for the run (for this worker), its page timeouts --request-timeout.

    Everything the browser writes (profile, temp files such as its scoped folders, config, cache)
    goes to one folder of the run, removed after. The driver and the browser run under the guardian
    (steps/targets/guardian.py), in a process group of their own: Ctrl-C, which a terminal sends to
    its whole foreground group, reaches pytest alone, which then stops them; and should pytest be
    killed, the guardian stops them and removes the folder.
    """
    binary, driver_path = find_browser()
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException

    folder = Path(tempfile.mkdtemp(prefix="quickstart-chromium-"))
    driver = service = None
    try:
        options = webdriver.ChromeOptions()
        options.binary_location = binary
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={folder / 'profile'}"):
            options.add_argument(flag)
        service = guarded_service(driver_path, folder)
        try:
            driver = webdriver.Chrome(options=options, service=service)
        except WebDriverException as error:
            pytest.fail(f"{binary} did not start under {driver_path}: {error.msg or error}", pytrace=False)
        driver.set_page_load_timeout(implementation.request_timeout)
        driver.set_script_timeout(implementation.request_timeout)
        yield driver
    finally:
        if driver is not None and not Interrupt.happened:
            driver.quit()
        elif getattr(service, "process", None) is not None:  # Ctrl-C: while it started, or meanwhile
            stop_at_once(service)
        shutil.rmtree(folder, ignore_errors=True)


class Interrupt:
    """Whether the run was interrupted (Ctrl-C): then the browser is stopped, not asked to close."""

    happened = False


def pytest_keyboard_interrupt() -> None:
    # Called before fixtures are torn down. A WebDriver command waits for a page still loading (up
    # to --request-timeout), and a person who pressed Ctrl-C waits for nothing.
    Interrupt.happened = True


def stop_at_once(service) -> None:  # type: ignore[no-untyped-def]
    """Stop the guardian, which stops the driver and the browser (SIGTERM, then SIGKILL after 5 s)."""
    if service.process.poll() is None:
        service.process.terminate()
        service.process.wait()


def guarded_service(driver_path: str, folder: Path):  # type: ignore[no-untyped-def]
    """chromedriver started as ``python guardian.py --remove FOLDER chromedriver --port=N``, its
    temp, config and cache folders inside FOLDER (Chromium leaves scoped folders in its TMPDIR)."""
    from selenium.webdriver.chrome.service import Service

    class GuardedService(Service):
        def command_line_args(self) -> list[str]:
            return ["-I", str(GUARDIAN), "--remove", str(folder), driver_path, *super().command_line_args()]

    places = {"TMPDIR": folder / "tmp", "XDG_CONFIG_HOME": folder / "config", "XDG_CACHE_HOME": folder / "cache"}
    if len(str(places["TMPDIR"]).encode()) + len(SINGLETON_SOCKET) > UNIX_SOCKET_PATH:
        del places["TMPDIR"]  # a long TMPDIR: the browser keeps it, or it could not start
    for place in places.values():
        place.mkdir()
    # An explicit path (the interpreter that runs the guardian): Selenium Manager, which would
    # download a driver, never runs.
    return GuardedService(executable_path=sys.executable, env={**os.environ, **{k: str(v) for k, v in places.items()}})


@pytest.fixture
def person(
    chromium: WebDriver, target: Visitor, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Person]:
    """A person at the browser, in a new tab of a browser that remembers nothing of other scenarios."""
    opener = chromium.current_window_handle
    chromium.switch_to.new_window("tab")  # its own history and session storage
    forget_everything(chromium, target)
    someone = Person(
        chromium, target, screenshot_dir(request.config, tmp_path_factory), request.node.name, target.target.request_timeout
    )
    request.node.stash[PERSON] = someone
    try:
        yield someone
    finally:
        if not Interrupt.happened:  # else the whole browser is stopped next
            chromium.close()
            chromium.switch_to.window(opener)


def forget_everything(driver: WebDriver, target: Visitor) -> None:
    """Cookies, cache and the target's storage, through Chromium's DevTools commands.

    WebDriver's own "delete all cookies" reaches the current page's domain only. (A BiDi user
    context per scenario would isolate as well, but Selenium's BiDi websocket can hang quit() for
    10 s; these commands go over the plain WebDriver connection.)
    """
    parts = urlsplit(target.target.base_url)
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.execute_cdp_cmd("Storage.clearDataForOrigin", {"origin": f"{parts.scheme}://{parts.netloc}", "storageTypes": "all"})


def screenshot_dir(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if SCREENSHOTS not in config.stash:
        chosen = config.getoption("screenshots")
        config.stash[SCREENSHOTS] = Path(chosen).resolve() if chosen else tmp_path_factory.getbasetemp() / "screenshots"
    return config.stash[SCREENSHOTS]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    report = yield
    # A step outside this module failed (a Given, or a Then on the server's side): show what the
    # person saw all the same. The browser is still open: fixtures are torn down after this report.
    person = item.stash.get(PERSON, None)
    if report.failed and report.when == "call" and person is not None and not person.explained:
        report.sections.append(("what the person saw in the browser", person.evidence()))
    return report


# --- A person at the browser ------------------------------------------------------------------


@dataclass
class Person:
    """Someone using the browser: opens pages, fills in forms, and reads what the page shows."""

    driver: WebDriver
    target: Visitor
    screenshots: Path
    scenario: str
    #: How long a page may take to load, or a submitted form to lead to the next page (--request-timeout).
    seconds: float
    explained: bool = False  # the failure message already shows what the person saw

    def open(self, url: str) -> None:
        from selenium.common.exceptions import TimeoutException

        try:
            self.driver.get(url)
        except TimeoutException:
            raise AssertionError(self.explain(f"{url} did not load within {self.seconds:g} s")) from None

    def status(self) -> int | None:
        """The HTTP status of the page shown (Navigation Timing's responseStatus; redirects followed)."""
        return self.driver.execute_script(
            "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null"
        )

    def text(self) -> str:
        """The page as the person reads it: rendered text only, white space folded."""
        raw = self.driver.execute_script("return document.body ? document.body.innerText : ''")
        return " ".join(str(raw).split())

    def url_of(self, section: str, path: str) -> str:
        return self.target.url(section, path)

    def submit(self, control: WebElement) -> None:
        """Submit ``control``'s form as a person does (its submit button, else Enter), and wait for the next page."""
        from selenium.common.exceptions import TimeoutException, WebDriverException
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        from selenium.webdriver.support.ui import WebDriverWait

        form = self.driver.execute_script("return arguments[0].form", control)
        assert form is not None, self.explain("expected the field to belong to a form")
        # Every document has its own time origin: a new one means the next page has come.
        before = self.driver.execute_script("return performance.timeOrigin")
        buttons = form.find_elements(By.CSS_SELECTOR, "input[type=submit], button:not([type]), button[type=submit]")
        if buttons:
            buttons[0].click()
        else:
            control.send_keys(Keys.ENTER)
        arrived = "return document.readyState === 'complete' && performance.timeOrigin !== arguments[0]"
        # While the page changes, the driver may fail to reach either document: ask again.
        wait = WebDriverWait(self.driver, self.seconds, poll_frequency=0.05, ignored_exceptions=(WebDriverException,))
        try:
            wait.until(lambda driver: driver.execute_script(arrived, before))
        except TimeoutException:
            raise AssertionError(self.explain(f"the form was submitted, no page followed within {self.seconds:g} s")) from None

    def fill_in(self, fields: dict[str, str]) -> WebElement:
        """Type each value into the field of that name; the last field filled is returned."""
        from selenium.webdriver.common.by import By

        element = None
        for name, value in fields.items():
            found = self.driver.find_elements(By.NAME, name)
            assert found, self.explain(f"expected the page to have a field named {name!r}")
            element = found[0]
            element.clear()
            element.send_keys(value)
        assert element is not None, "a form table names at least one field"
        return element

    def file_input(self) -> WebElement:
        from selenium.webdriver.common.by import By

        inputs = self.driver.find_elements(By.CSS_SELECTOR, "form input[type=file]")
        assert len(inputs) == 1, self.explain(f"expected the page to have one file input in a form, it has {len(inputs)}")
        return inputs[0]

    def screenshot(self) -> str:
        name = re.sub(r"[^\w.-]+", "_", self.scenario).strip("_")[:150] or "scenario"
        path = self.screenshots / f"{name}.png"
        try:
            self.screenshots.mkdir(parents=True, exist_ok=True)
            self.driver.get_screenshot_as_file(str(path))
        except Exception as error:  # the browser may be what broke: the message must still come
            return f"none ({error!r})"
        return str(path)

    def evidence(self) -> str:
        """What the person saw: where, with what status, the page's text, and the screenshot."""
        self.explained = True
        try:
            url, title, status, text = self.driver.current_url, self.driver.title, self.status(), self.text()
        except Exception as error:
            return f"the browser could not say what it shows: {error!r}\nscreenshot: {self.screenshot()}"
        shown = f"{text[:TEXT_SHOWN]!r}{' ...' if len(text) > TEXT_SHOWN else ''}"
        return "\n".join(
            [
                f"browser at: {url}",
                f"status:     {status}",
                f"title:      {title!r}",
                f"page text:  {shown}",
                f"screenshot: {self.screenshot()}",
            ]
        )

    def explain(self, expectation: str) -> str:
        return f"{expectation}\n\n{self.evidence()}"


# --- Given: what the person has done ----------------------------------------------------------


@given(parsers.re(rf"(?:a|the) person has opened {quoted('path')}(?: in a browser)?"))
def _(person: Person, section: str, path: str) -> None:
    person.open(person.url_of(section, path))
    status = person.status()
    assert status is not None and status < 400, person.explain(f"expected {path} to open, to set the scene")


@given(parsers.re(rf"a person has submitted the form on {quoted('path')} in a browser with:"))
def _(person: Person, section: str, path: str, datatable: list[list[str]]) -> None:
    person.open(person.url_of(section, path))
    person.submit(person.fill_in(form_fields(datatable)))
    status = person.status()
    assert status is not None and status < 400, person.explain(f"expected the form on {path} to be accepted")


@given(parsers.re(rf"a fresh text file {quoted('name')}"), target_fixture="file_to_upload")
def _(name: str) -> FileToUpload:
    # Text a browser displays (the suite's usual bytes, binary, would be downloaded, not shown),
    # unique to the scenario: "shows the file's text" cannot pass on another scenario's file.
    sent = fresh_name(name)
    return FileToUpload(sent, f"The notes of {sent}: 你好, 世界\n".encode())


@given(parsers.re(rf"the person has seen {quoted('text')}"))
def _(person: Person, text: str) -> None:
    shown = person.text()
    assert text in shown, person.explain(f"expected the page to show {text!r}, to set the scene")


@given("the person has removed the form's enctype attribute in the page")
def _(person: Person) -> None:
    # What a person can do in the developer tools: the form then sends its default encoding.
    encodings = person.driver.execute_script(
        "const forms = [...document.querySelectorAll('form[enctype]')];"
        "forms.forEach(form => form.removeAttribute('enctype'));"
        "return forms.map(form => form.enctype);"
    )
    assert encodings, person.explain("expected a form with an enctype attribute to remove")
    assert set(encodings) == {"application/x-www-form-urlencoded"}, person.explain(
        f"expected the form to fall back to application/x-www-form-urlencoded, it sends {encodings}"
    )


# --- When: the one thing the person does --------------------------------------------------------


@when(parsers.re(rf"(?:a|the) person opens {quoted('path')}(?: in a browser)?"))
def _(person: Person, section: str, path: str) -> None:
    person.open(person.url_of(section, path))


@when("the person submits the form with:")
def _(person: Person, datatable: list[list[str]]) -> None:
    person.submit(person.fill_in(form_fields(datatable)))


@when("the person picks the file in the form and submits it")
def _(person: Person, file_to_upload: FileToUpload, tmp_path: Path) -> None:
    on_disk = tmp_path / file_to_upload.name  # the browser sends the file's own name
    on_disk.write_bytes(file_to_upload.content)
    picker = person.file_input()
    picker.send_keys(str(on_disk))
    person.submit(picker)


@when("the person reloads the page")
def _(person: Person) -> None:
    person.driver.refresh()


# --- Then: what the person sees -----------------------------------------------------------------


@then(parsers.re(rf"the browser is at {quoted('path')}"))
def _(person: Person, section: str, path: str) -> None:
    expected, actual = person.url_of(section, path), person.driver.current_url
    assert actual == expected, person.explain(f"expected the browser to be at {expected}")


@then(parsers.re(r"the page in the browser came with status (?P<status>\d{3})"))
def _(person: Person, status: str) -> None:
    actual = person.status()
    assert actual == int(status), person.explain(f"expected the page to come with status {status}, it came with {actual}")


@then(parsers.re(rf"the page in the browser reads {quoted('text')}"))
def _(person: Person, text: str) -> None:
    actual = person.text()
    assert actual == text, person.explain(f"expected the page to read exactly {text!r}, it reads {actual!r}")


@then(parsers.re(rf"the page in the browser shows {quoted('text')}"))
def _(person: Person, text: str) -> None:
    shown = person.text()
    assert text in shown, person.explain(f"expected the page to show {text!r}")


@then(parsers.re(rf"the page in the browser does not show {quoted('text')}"))
def _(person: Person, text: str) -> None:
    shown = person.text()
    assert text not in shown, person.explain(f"expected the page not to show {text!r}")


@then("the file's URL serves the file's bytes")
def _(person: Person, section: str, file_to_upload: FileToUpload) -> None:
    response = person.target.request("GET", person.url_of(section, file_to_upload.path))
    assert response.status == 200 and response.body == file_to_upload.content, person.explain(
        response.explain(f"expected {file_to_upload.path} to serve the {len(file_to_upload.content)} bytes picked")
    )
