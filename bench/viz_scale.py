"""How the viz page copes with large networks: time to a stable, interactive drawing in headless Chromium.

A synthetic network in the shape of the real one (actors attending meetings, obligations addressing
actors) with N nodes, rendered by balikg.viz.render_html and opened with Selenium; reports the median
seconds until the page is ready (layout stabilised) and until a search has opened a node's panel.

    python bench/viz_scale.py 500 2000 5000
"""

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic(nodes: int, seed: int = 7):
    """Actors, meetings (1 per 40 actors) and obligations (1 per 10 actors), with realistic edges."""
    import networkx as nx

    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    meetings = [f"m{i}" for i in range(max(1, nodes // 40))]
    obligations = [f"o{i}" for i in range(max(1, nodes // 10))]
    actors = [f"a{i}" for i in range(nodes - len(meetings) - len(obligations))]
    types = ["state", "organisation", "process", "collective", "secretariat"]
    for a in actors:
        graph.add_node(a, label=f"Actor {a}", kind="actor", type=rng.choice(types), iso3=a.upper()[:3])
    for m in meetings:
        graph.add_node(m, label=f"Meeting {m}", kind="meeting", type="meeting", start="2003-04-28")
    for o in obligations:
        graph.add_node(o, label=f"Obligation {o}", kind="obligation", type="obligation", code=o, text="States act.")
    for a in actors:
        for m in rng.sample(meetings, min(len(meetings), rng.randint(1, 3))):
            graph.add_edge(
                a,
                m,
                key=f"{a}-{m}",
                kind="participation",
                role=rng.choice(["participant", "observer"]),
                sentence="… attended by …",
                where="sources/x.txt:1-2",
            )
    for o in obligations:
        graph.add_edge(
            o,
            rng.choice(actors),
            key=f"{o}-x",
            kind="addressing",
            role="addressee",
            modality=rng.choice(["agree", "recommend", "urge"]),
            sentence="States act.",
        )
    return graph


def measure(nodes: int, runs: int, driver, tmp: Path) -> dict:
    """Median seconds to ready and to a searched node's panel."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from balikg.network.viz import render_html

    page = tmp / f"net{nodes}.html"
    page.write_text(render_html(synthetic(nodes), f"synthetic {nodes}"), encoding="utf-8")
    ready, search = [], []
    for _ in range(runs):
        began = time.perf_counter()
        driver.get(page.as_uri())
        WebDriverWait(driver, 600).until(lambda d: d.execute_script("return window.balikgReady === true"))
        ready.append(time.perf_counter() - began)
        began = time.perf_counter()
        box = driver.find_element(By.ID, "search")
        box.send_keys("Actor a1", Keys.ENTER)
        WebDriverWait(driver, 60).until(lambda d: "Actor a1" in d.find_element(By.ID, "panel").text)
        search.append(time.perf_counter() - began)
    drawn = driver.execute_script("return window.balikg.network.body.nodeIndices.length")
    return {
        "nodes": nodes,
        "drawn": drawn,
        "ready_s": round(statistics.median(ready), 2),
        "search_s": round(statistics.median(search), 3),
        "html_mib": round(page.stat().st_size / 2**20, 2),
    }


def main() -> None:
    """Run for each N given on the command line."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    sizes = [int(n) for n in sys.argv[1:]] or [500, 2000, 5000]
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--window-size=1400,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    results = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in sizes:
                results.append(measure(n, 3, driver, Path(tmp)))
                print(json.dumps(results[-1]), flush=True)
    finally:
        driver.quit()
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "viz_scale.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
