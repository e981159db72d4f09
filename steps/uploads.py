"""Files a visitor uploads, and what the server keeps of them.

The upload folder outlives a scenario (and, on a live server, a run), so a *fresh* file is named
``<token>-<name>``, the token unique to the scenario, and every file's bytes are unique to its
scenario: "serves back the same bytes" cannot pass on a file another scenario left behind.

Multipart bodies are written here, byte for byte, as a browser writes them, so that the size of a
request body is exact (the upload limit is a limit on the body, framing included) and so that an
empty file name can be sent (``filename=""``, a form submitted with no file chosen).

Every refusal is shown beside an acceptance: a Given that has a fresh file saved and served back
first, or a Then that sends the refused file again, the right way, and sees it saved. An
implementation that saves nothing, ever, fails each of them.

A name that climbs out of the folder (``../../../etc/passwd.txt``) must do no harm to the machine
the suite runs on, should the implementation save it as sent: it carries a mark unique to the
scenario, of characters ``secure_filename`` drops, so it can overwrite nothing and its secure name
is still the one the spec states. Where the suite knows the upload folder (``python-api``), it
looks, after the scenario, wherever the climb can reach, and fails the scenario for a file that
landed there, saying where, and removes it.
"""

from __future__ import annotations

import mimetypes
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

from steps.http import AFTER_A_FORM, quoted
from steps.pages import send_form, the_form
from steps.targets import Exchange, Visitor

MIB = 1024 * 1024

#: ``16 MiB``, ``16 MiB - 1 byte``, ``16 MiB + 1 byte``.
SIZE = r"(?P<mib>\d+) MiB(?: (?P<sign>[-+]) (?P<extra>\d+) bytes?)?"

#: What a fresh file's name may hold: its name as sent is then its secure name too.
SAFE_NAME = re.compile(r"[A-Za-z0-9._-]+")

#: The form field the document reads: ``request.files['file']``.
FIELD = "file"

#: Characters Werkzeug's ``secure_filename`` drops (it keeps ``[A-Za-z0-9_.-]``), none of them
#: special in a quoted multipart file name or in a URL's path: what a climbing name's mark is made of.
DROPPED_BY_SECURE_FILENAME = "!$()@~"

#: The files whose names climb out of the upload folder, sent by the scenario: (folder, name).
CLIMBING = pytest.StashKey[list[tuple[Path, str]]]()


def size_in_bytes(mib: str, sign: str | None, extra: str | None) -> int:
    offset = int(extra or 0) * (-1 if sign == "-" else 1)
    return int(mib) * MIB + offset


@dataclass(frozen=True)
class FileToUpload:
    """A file on the visitor's side: the name the browser sends, and its bytes."""

    name: str
    content: bytes
    #: The Content-Length its upload must have, when the scenario is about the body's size.
    body_size: int | None = None

    @property
    def path(self) -> str:
        """Its URL within the section, when its name is its secure name (fresh files)."""
        return f"/uploads/{self.name}"


def unique_bytes(token: str) -> bytes:
    """Bytes no other scenario uploads: the token, then every byte value (binary-safe)."""
    return f"{token} ".encode() + bytes(range(256))


#: Text of three-byte UTF-8 characters: a limit counted in characters sees a third of its bytes.
CHINESE = "文件上传的内容。".encode()


def unique_text(token: str, size: int) -> bytes:
    """Exactly ``size`` bytes of UTF-8 text, mostly Chinese, starting with the token."""
    head = f"{token} ".encode()
    whole, rest = divmod(size - len(head), len(CHINESE))
    return b"".join((head, CHINESE * whole, b"." * rest))


def multipart(field: str, filename: str, content: bytes) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body with one file part, and its Content-Type header."""
    parts, content_type = multipart_parts(field, filename, content)
    return b"".join(parts), content_type


def multipart_parts(field: str, filename: str, content: bytes) -> tuple[list[bytes], str]:
    """The body of :func:`multipart` in three pieces, so a large file is sent without a copy.

    The boundary has a fixed length, so the framing around the file has a fixed size for a given
    name. The name is escaped as the HTML standard tells browsers to (``"`` as ``%22``).
    """
    boundary = "----quickstart" + secrets.token_hex(16)
    name = filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{field}"; filename="{name}"\r\n'
        f"Content-Type: {media_type}\r\n\r\n"
    ).encode("utf-8")
    tail = f"\r\n--{boundary}--\r\n".encode()
    return [head, content, tail], f"multipart/form-data; boundary={boundary}"


def upload(target: Visitor, section: str, file: FileToUpload, field: str = FIELD) -> Exchange:
    """POST the file to the upload form's URL, as the browser does with the document's form."""
    parts, content_type = multipart_parts(field, file.name, file.content)
    # Streamed in pieces with its length given, as a browser sends a file: a 32 MiB upload is
    # never copied whole (httpcore re-slices what a socket has not taken yet).
    headers = {"Content-Type": content_type, "Content-Length": str(sum(map(len, parts)))}
    exchange = target.request("POST", target.url(section, "/"), headers=headers, content=pieces(parts))
    if file.body_size is not None:  # a guard on the suite itself: the size is the point
        sent = int(exchange.request_headers.get("content-length", -1))
        assert sent == file.body_size, f"the suite sent a body of {sent} bytes, meant {file.body_size}"
    return exchange


def pieces(parts: list[bytes], size: int = 1 << 20) -> Iterator[memoryview]:
    for part in parts:
        view = memoryview(part)
        for start in range(0, len(view), size):
            yield view[start : start + size]


def fresh_name(name: str) -> str:
    assert SAFE_NAME.fullmatch(name), f"a fresh file's name is plain ASCII ({name!r}); use 'a file named exactly'"
    return f"{secrets.token_hex(4)}-{name}"


# Given: the file on the visitor's side.


@given(parsers.re(rf"a fresh file {quoted('name')}"), target_fixture="file_to_upload")
def _(name: str) -> FileToUpload:
    sent = fresh_name(name)
    return FileToUpload(sent, unique_bytes(sent))


def chinese_text_upload(name: str, mib: str, sign: str | None, extra: str | None) -> FileToUpload:
    """A fresh text file whose upload body has exactly the size given, in bytes (not characters)."""
    sent = fresh_name(name)
    body_size = size_in_bytes(mib, sign, extra)
    framing = len(multipart(FIELD, sent, b"")[0])
    return FileToUpload(sent, unique_text(sent, body_size - framing), body_size)


@given(
    parsers.re(rf"a fresh file {quoted('name')} of Chinese text whose upload body is {SIZE}"),
    target_fixture="file_to_upload",
)
def _(name: str, mib: str, sign: str | None, extra: str | None) -> FileToUpload:
    return chinese_text_upload(name, mib, sign, extra)


@given(parsers.re(rf"a fresh empty file {quoted('name')}"), target_fixture="file_to_upload")
def _(name: str) -> FileToUpload:
    # Its name is unique to the scenario; its bytes (none) cannot be.
    return FileToUpload(fresh_name(name), b"")


@given(parsers.re(rf"a file named exactly {quoted('name')}"), target_fixture="file_to_upload")
def _(name: str, target: Visitor, request: pytest.FixtureRequest) -> FileToUpload:
    if climbs(name):
        name = marked(name)
        if target.target.python is not None:
            folder = Path(target.python.upload_folder()).resolve()
            request.node.stash.setdefault(CLIMBING, []).append((folder, name))
    return FileToUpload(name, unique_bytes(secrets.token_hex(4)))


# A name that climbs out of the upload folder: harmless, and looked for where it could land.


def segments(name: str) -> list[str]:
    """A name's path segments, split at ``/`` and at ``\\`` (Windows' separator, which some servers honour)."""
    return re.split(r"[/\\]", name)


def climbs(name: str) -> int:
    """How many folders the name climbs, if used as sent: its ``..`` segments."""
    return segments(name).count("..")


def marked(name: str) -> str:
    """The name with a mark unique to the scenario before its extension (at its end if it has none).

    ``../../../etc/passwd.txt`` -> ``../../../etc/passwd~(@!$)(~@!$~)~(@.txt``: ``secure_filename`` still
    makes it ``etc_passwd.txt``, and the extension checked is still ``txt``.
    """
    mark = "".join(secrets.choice(DROPPED_BY_SECURE_FILENAME) for _ in range(16))  # 41 bits
    head, base = name[: len(name) - len(segments(name)[-1])], segments(name)[-1]
    stem, _, extension = base.rpartition(".")
    return head + (f"{stem}{mark}.{extension}" if stem else base + mark)


def escape_candidates(folder: Path, name: str) -> set[Path]:
    """Where a climbing name can land outside the folder: in each folder the climb reaches (up to
    the root), under its base name or under the path it names (``etc/passwd....txt``)."""
    kept = [part for part in segments(name) if part not in ("", ".", "..")]
    reached = list(folder.parents)[: climbs(name)]
    return {place / kept[-1] for place in reached} | {place.joinpath(*kept) for place in reached}


def remove_escaped(climbing: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """Removes every file a climbing name left outside its folder: where each landed, and its name."""
    found = []
    for folder, name in climbing:
        for path in sorted(escape_candidates(folder, name)):
            if path.is_file() and not path.is_relative_to(folder):
                path.unlink()  # the name is unique to the scenario: the file is the upload's
                found.append((path, name))
    return found


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    failure: Exception | None = None
    try:
        return (yield)
    except Exception as error:
        failure = error
        raise
    finally:
        escaped = remove_escaped(item.stash.get(CLIMBING, []))
        if escaped:
            before = f"\n\nThe scenario had failed before that: {failure}" if failure is not None else ""
            where = "; ".join(f"{path}, removed by the suite: {name!r} was saved as sent" for path, name in escaped)
            raise AssertionError(f"an upload escaped the upload folder to {where}, not made secure{before}") from None


# Controls: what the upload form accepts, shown in the scenario that shows what it refuses.


def saved_and_served_back(target: Visitor, section: str, file: FileToUpload, field: str = FIELD) -> None:
    """Uploads the file, and asserts it was saved (a redirect to its URL) and is served back, byte for byte."""
    answer = upload(target, section, file, field)
    was_saved_and_served_back(target, section, file, answer, f"sent as multipart/form-data in the field {field!r}")


def was_saved_and_served_back(target: Visitor, section: str, file: FileToUpload, answer: Exchange, how: str) -> None:
    """The answer to an upload was a redirect to the file's URL, which serves its bytes."""
    expected = target.url(section, file.path)
    assert answer.status in AFTER_A_FORM and answer.location == expected, answer.explain(
        f"expected {file.name!r}, {how}, to be saved: a redirect to {expected}"
    )
    served = target.request("GET", expected)
    assert served.status == 200 and served.body == file.content, served.explain(
        f"expected {expected} to serve the {len(file.content)} bytes just uploaded"
    )


@given(parsers.re(rf"a fresh file {quoted('name')} has been saved and served back"))
def _(target: Visitor, section: str, name: str) -> None:
    sent = fresh_name(name)
    saved_and_served_back(target, section, FileToUpload(sent, unique_bytes(sent)))


@given(parsers.re(rf"a fresh file {quoted('name')} of Chinese text whose upload body is {SIZE} has been accepted"))
def _(target: Visitor, section: str, name: str, mib: str, sign: str | None, extra: str | None) -> None:
    file = chinese_text_upload(name, mib, sign, extra)
    response = upload(target, section, file)
    expected = target.url(section, file.path)
    assert response.status in AFTER_A_FORM and response.location == expected, response.explain(
        f"expected a body of {file.body_size} bytes to be accepted: a redirect to {expected}"
    )


@given(parsers.re(rf"a fresh file {quoted('name')} has been uploaded"), target_fixture="file_to_upload")
def _(target: Visitor, section: str, name: str) -> FileToUpload:
    sent = fresh_name(name)
    file = FileToUpload(sent, unique_bytes(sent))
    response = upload(target, section, file)
    assert response.status in AFTER_A_FORM, response.explain(f"expected {sent!r} to be saved, to set the scene")
    return file


# When: the visitor sends it.


@when("the visitor uploads it", target_fixture="response")
def _(target: Visitor, section: str, file_to_upload: FileToUpload) -> Exchange:
    return upload(target, section, file_to_upload)


@when(parsers.re(rf"the visitor uploads it as the form field {quoted('field')}"), target_fixture="response")
def _(target: Visitor, section: str, file_to_upload: FileToUpload, field: str) -> Exchange:
    return upload(target, section, file_to_upload, field)


@when("the visitor submits it from a form without multipart/form-data", target_fixture="response")
def _(target: Visitor, section: str, file_to_upload: FileToUpload) -> Exchange:
    # What a browser sends then (application/x-www-form-urlencoded): the file's name, as text.
    return target.request("POST", target.url(section, "/"), data={FIELD: file_to_upload.name})


@when("the visitor submits the upload form with no file chosen", target_fixture="response")
def _(target: Visitor, section: str) -> Exchange:
    # A browser still sends the part, with an empty name and no bytes.
    body, content_type = multipart(FIELD, "", b"")
    return target.request("POST", target.url(section, "/"), headers={"Content-Type": content_type}, content=body)


@when("the visitor opens the file's URL", target_fixture="response")
def _(target: Visitor, section: str, file_to_upload: FileToUpload) -> Exchange:
    return target.request("GET", target.url(section, file_to_upload.path))


# Then: what the server answered, and what it kept.


@then("the visitor is redirected to the file's URL")
def _(target: Visitor, section: str, response: Exchange, file_to_upload: FileToUpload) -> None:
    expected = target.url(section, file_to_upload.path)
    assert response.status in AFTER_A_FORM and response.location == expected, response.explain(
        f"expected a redirect that brings the browser to {expected} by GET ({', '.join(map(str, AFTER_A_FORM))})"
    )


@then(parsers.re(r"the visitor is redirected with (?P<status>30[1278]) to the file's URL"))
def _(target: Visitor, section: str, response: Exchange, file_to_upload: FileToUpload, status: str) -> None:
    expected = target.url(section, file_to_upload.path)
    assert response.status == int(status) and response.location == expected, response.explain(
        f"expected a {status} redirect to {expected}"
    )


@then("the upload is accepted with a redirect to a file of the section")
def _(target: Visitor, section: str, response: Exchange) -> None:
    files = target.url(section, "/uploads/")
    assert response.status in AFTER_A_FORM and (response.location or "").startswith(files), response.explain(
        f"expected the upload to be saved: a redirect to a file under {files}"
    )


@then("the body is the file's bytes")
def _(response: Exchange, file_to_upload: FileToUpload) -> None:
    body_is_the_files_bytes(response, file_to_upload)


@then("the upload is refused with a 4xx status")
def _(response: Exchange) -> None:
    assert 400 <= response.status < 500, response.explain("expected the upload to be refused with a 4xx status")


@then(parsers.re(rf"the same file, sent as multipart/form-data in the field {quoted('field')}, is saved and served back"))
def _(target: Visitor, section: str, file_to_upload: FileToUpload, field: str) -> None:
    saved_and_served_back(target, section, file_to_upload, field)


@then("a fresh file sent with that form is saved and served back")
def _(target: Visitor, section: str, response: Exchange) -> None:
    # The form is sent as a browser sends it: its action, its method, its encoding, its file field.
    form = the_form(response)
    file_input = form.find("input", attrs={"type": "file", "name": True})
    assert file_input is not None, response.explain("expected the form to have a file input")
    sent = fresh_name("form.txt")
    file = FileToUpload(sent, unique_bytes(sent))
    answer = send_form(target, response, form, {}, {file_input["name"]: (file.name, file.content)})
    was_saved_and_served_back(target, section, file, answer, "sent with the page's form")


@then(parsers.re(rf"the file is served at (?:its URL|{quoted('path')}), byte for byte"))
def _(target: Visitor, section: str, file_to_upload: FileToUpload, path: str | None) -> None:
    served = target.request("GET", target.url(section, path or file_to_upload.path))
    assert served.status == 200, served.explain(f"expected the {len(file_to_upload.content)} bytes just uploaded")
    body_is_the_files_bytes(served, file_to_upload)


def body_is_the_files_bytes(response: Exchange, file_to_upload: FileToUpload) -> None:
    expected, body = file_to_upload.content, response.body
    if body != expected:
        differs = next((i for i, (a, b) in enumerate(zip(body, expected)) if a != b), min(len(body), len(expected)))
        raise AssertionError(
            response.explain(
                f"expected the {len(expected)} bytes of {file_to_upload.name!r} as the body; got {len(body)} bytes, "
                f"differing from byte {differs}"
            )
        )


@then("the file is not served at its URL")
def _(target: Visitor, section: str, file_to_upload: FileToUpload) -> None:
    response = target.request("GET", target.url(section, file_to_upload.path))
    assert response.status == 404, response.explain(f"expected nothing stored as {file_to_upload.name!r}: a 404")


# On the server's filesystem (python-api): the upload folder, and what lies around it.


Listing = dict[str, tuple[int, int]]


def listing(folder: Path) -> Listing:
    """Each entry's name -> (size, modification time)."""
    entries = {}
    for entry in os.scandir(folder):
        try:
            stat = entry.stat(follow_symlinks=False)
        except FileNotFoundError:  # removed meanwhile by someone else (the parent is shared)
            continue
        entries[entry.name] = (stat.st_size, stat.st_mtime_ns)
    return entries


def state(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def words(name: str) -> set[str]:
    """The words of a file name, its extension left out: ``../etc/passwd.txt`` -> etc, passwd."""
    stem = os.path.splitext(name)[0]
    return {w.lower() for w in re.findall(r"[^\W_]+", stem)}


@dataclass
class FolderWatch:
    """The upload folder, its parent folder, and where the file's raw name points, before the upload."""

    folder: Path
    inside: Listing
    around: Listing
    raw_destination: Path
    raw_state: tuple[int, int] | None

    def named_after(self, file: FileToUpload, entry: str) -> bool:
        """Whether an entry of the parent bears a word of the file's name (``etc``, ``passwd``)."""
        return entry != self.folder.name and bool(words(entry) & words(file.name))


@given("the upload folder and the folder around it have been listed", target_fixture="folder_watch")
def _(target: Visitor, file_to_upload: FileToUpload) -> FolderWatch:
    folder = Path(target.python.upload_folder()).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    # Where the name would land if it were used unsecured: os.path.join(folder, name).
    raw = Path(os.path.normpath(os.path.join(folder, file_to_upload.name)))
    return FolderWatch(folder, listing(folder), listing(folder.parent), raw, state(raw))


@then(parsers.re(rf"the upload folder changed only in {quoted('name')}, which holds the file's bytes"))
def _(folder_watch: FolderWatch, file_to_upload: FileToUpload, name: str) -> None:
    before, after = folder_watch.inside, listing(folder_watch.folder)
    changed = sorted(n for n in set(before) | set(after) if before.get(n) != after.get(n) and n != name)
    assert not changed, f"expected only {name!r} to change in {folder_watch.folder}; these did too: {changed}"
    kept = folder_watch.folder / name
    assert kept.is_file(), f"expected {kept} to exist; the folder holds {sorted(after)}"
    assert kept.read_bytes() == file_to_upload.content, f"expected {kept} to hold the bytes just uploaded"


@then("nothing was written outside the upload folder")
def _(folder_watch: FolderWatch, file_to_upload: FileToUpload) -> None:
    raw = folder_watch.raw_destination
    if not raw.is_relative_to(folder_watch.folder):
        assert state(raw) == folder_watch.raw_state, f"{raw}, where the unsecured name points, was written"
    # The parent folder is shared with everything else on the machine (it is usually the temp
    # folder): only entries named after the upload count.
    before, after = folder_watch.around, listing(folder_watch.folder.parent)
    written = sorted(
        n for n in after if before.get(n) != after[n] and folder_watch.named_after(file_to_upload, n)
    )
    assert not written, f"expected nothing written beside {folder_watch.folder}; found {written}"
