"""The viz page in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

Skipped, with the reason, where Chromium or its driver cannot start; never passed silently.
The screenshot is kept in test-artifacts/ at the repository root.
"""

import json
import shutil

import pytest

from balikg.core import iris
from balikg.core.paths import ROOT
from balikg.network.graph import load_network
from balikg.network.viz import viz

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
THAILAND_QUOTE = "coordinated by the Governments of New Zealand and Thailand respectively"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM or not DRIVER:
        pytest.skip(
            f"headless Chromium not available (chromium: {CHROMIUM}, chromedriver: {DRIVER}); "
            "install Debian's chromium and chromium-driver"
        )
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1400,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    try:
        driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    except WebDriverException as exc:
        pytest.skip(f"headless Chromium could not start: {str(exc).splitlines()[0]}")
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page(graph_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("viz") / "graph.html"
    viz(graph_file, out, "html", None, None)
    return out


def wait_ready(driver, timeout=60):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return window.balikgReady === true"))


def test_the_page_draws_the_graph_and_explains_thailand(browser, page, graph_file):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(page.as_uri())
    wait_ready(browser)
    network = load_network(graph_file)
    drawn = browser.execute_script("return window.balikg.network.body.nodeIndices.length")
    assert drawn == network.number_of_nodes() == 108
    assert browser.execute_script("return window.balikg.edges.length") == network.number_of_edges()

    search = browser.find_element(By.ID, "search")
    search.send_keys("Thailand", Keys.ENTER)
    panel = browser.find_element(By.ID, "panel")
    assert panel.find_element(By.TAG_NAME, "h2").text == "Thailand"
    assert THAILAND_QUOTE in " ".join(panel.text.split())

    browser.execute_script("document.getElementById('panel').innerHTML = ''")
    thailand = iris.actor("state/THA")
    x, y = browser.execute_script(
        "const n = window.balikg.network; const p = n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];",
        thailand,
    )
    canvas = browser.find_element(By.CSS_SELECTOR, "#network canvas")
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(
        canvas, x - size["width"] / 2, y - size["height"] / 2
    ).click().perform()
    assert THAILAND_QUOTE in " ".join(browser.find_element(By.ID, "panel").text.split())
    assert "Ad Hoc Experts' Group II" in browser.find_element(By.ID, "panel").text

    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "viz-thailand.png"))


def test_nothing_is_loaded_from_the_network(browser, page):
    browser.get(page.as_uri())
    wait_ready(browser)
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls and all(u.startswith(("file:", "data:", "blob:", "about:")) for u in urls), urls


def test_filters_hide_edges(browser, page):
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    wait_ready(browser)
    before = browser.execute_script("return window.balikg.edges.length")
    browser.find_element(By.CSS_SELECTOR, "#roles input[data-value='observer']").click()
    after = browser.execute_script("return window.balikg.edges.length")
    assert before - after == 25


def test_focus_page(browser, graph_file, tmp_path):
    out = tmp_path / "thailand.html"
    assert viz(graph_file, out, "html", "THA", None) == (3, 3)
    browser.get(out.as_uri())
    wait_ready(browser)
    assert browser.execute_script("return window.balikg.network.body.nodeIndices.length") == 3
