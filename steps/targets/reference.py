"""The default target: the embedded reference app, in-process."""

from __future__ import annotations

import importlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

from steps.targets.wsgi import WSGITarget


class FlaskSectionsAPI:
    """The ``python-api`` capability for an implementation made of Flask apps, one per section."""

    def __init__(self, apps: dict[str, Any]) -> None:
        self.apps = apps  # section name -> Flask app

    def url_for(self, section: str, endpoint: str, **values: Any) -> str:
        import flask

        app = self.apps[section]
        with app.test_request_context():
            return flask.url_for(endpoint, **values)

    def call_as_wsgi(self, section: str, path: str) -> tuple[str, bytes]:
        from werkzeug.test import EnvironBuilder, run_wsgi_app

        app_iter, status, _headers = run_wsgi_app(self.apps[section], EnvironBuilder(path=path).get_environ())
        try:
            return status, b"".join(app_iter)
        finally:
            getattr(app_iter, "close", lambda: None)()

    def script(self, section: str) -> str:
        return importlib.import_module(self.apps[section].import_name).__file__

    def upload_folder(self) -> Path:
        return Path(self.apps["uploads"].config["UPLOAD_FOLDER"])


class ReferenceTarget(WSGITarget):
    capabilities = frozenset({"python-api", "logs"})

    def __init__(self) -> None:
        import reference_app

        super().__init__(reference_app.app, name="reference app, in-process")
        apps = {prefix.lstrip("/"): app for prefix, app in reference_app.SECTIONS.items()}
        self.python = FlaskSectionsAPI(apps)
        # Uploads land in a temp folder of this run, never in the document's placeholder path.
        self._uploads = tempfile.mkdtemp(prefix="quickstart-uploads-")
        apps["uploads"].config["UPLOAD_FOLDER"] = self._uploads

    def close(self) -> None:
        shutil.rmtree(self._uploads, ignore_errors=True)
