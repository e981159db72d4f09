"""Fixtures the harness tests share."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator

import pytest

from steps.browser import CHROMIUM_FLAGS, INSTALL_BROWSER


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    if shutil.which("chromium") is None or shutil.which("chromedriver") is None:
        pytest.fail(f"this test needs Chromium and its driver: {INSTALL_BROWSER}", pytrace=False)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="quickstart-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=shutil.which("chromedriver")))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
