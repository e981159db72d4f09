"""The suite's python-api for the Quart implementation (``--python-api implementations.quart_app.python_api``).

Kept apart from the app, which does not depend on the suite: Flask's sections API (the modules,
the upload folder, a fresh start, the WSGI call, which a Quart app fails), with url_for in
Quart's async request context.
"""
import asyncio

import quart

from steps.targets.reference import FlaskSectionsAPI

from . import SECTIONS, uploads


class QuartSectionsAPI(FlaskSectionsAPI):
    def url_for(self, section, endpoint, **values):
        async def build():
            async with self.apps[section].test_request_context('/'):
                return quart.url_for(endpoint, **values)

        return asyncio.run(build())


spec_python_api = QuartSectionsAPI(
    {prefix.lstrip('/'): section_app for prefix, section_app in SECTIONS.items()},
    uploads.app.config['UPLOAD_FOLDER'])
