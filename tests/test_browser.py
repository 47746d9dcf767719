"""The pages in a real browser: Debian's Chromium, headless, driven by Playwright,
against a real server on the demo articles. Screenshots go to test-artifacts/.

The machine is offline, and the tests make sure of it for the browser too:
every request that is not to our server is aborted, so the map must fall back
to the bundled country outlines.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import frontlines
from frontlines.web.server import running_server
from tests.conftest import EXAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ANIMATING = ".leaflet-zoom-anim, .leaflet-cluster-anim"  # the map is still moving
HOSTILE = (
    "Gunmen attack checkpoint\n\nTest Wire\n\ndate 2020-05-04\n\n"
    "KIRKUK - Gunmen <script>alert(1)</script> attacked a checkpoint near Kirkuk on Monday,"
    ' killing 3 police officers <img src=x onerror="alert(2)">, officials said.\n'
)

if CHROMIUM is None:  # `make test` installs it; a bare `pytest` elsewhere may not have it
    pytest.fail(
        "Chromium is not installed: run `make test` (it installs Debian's chromium) or"
        " `apt-get install chromium`",
        pytrace=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory, nlp) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    (folder / "hostile").mkdir()
    (folder / "hostile" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "demo.db"
    frontlines.ingest([EXAMPLES, folder / "hostile"], db, nlp=nlp)
    with running_server(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, site) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []  # uncaught page errors and console errors, checked by each test
    tab.dialogs = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    # Offline for real: only our server answers; tile servers and CDNs are aborted.
    tab.route("**/*", lambda route: route.continue_() if route.request.url.startswith(site)
              else route.abort())  # fmt: skip
    yield tab
    context.close()


def shoot(tab, name: str) -> None:
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_every_page_loads_without_errors(page, site):
    for path, name in [("/", "home"), ("/timeline", "timeline"), ("/series", "series-list"),
                       ("/search?q=Mosul+fighters", "search"), ("/docs", "api-docs")]:  # fmt: skip
        response = page.goto(site + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        shoot(page, name)
    assert page.url.endswith("/docs")
    page.wait_for_selector(".opblock", timeout=15_000)  # the operation list rendered
    assert page.locator(".opblock").count() >= 10
    assert "Unable to render" not in page.content()
    page.goto(site + "/search?q=Mosul+fighters")
    marked = {t.lower() for t in page.locator("mark").all_inner_texts()}
    assert {"mosul", "fighters"} <= marked
    page.goto(site + "/timeline")
    everything = page.locator("table.timeline tbody tr").count()
    page.fill("input[name=place]", "Mosul")
    page.click("form.filters button")
    page.wait_for_url("**/timeline?*place=Mosul*")
    rows = page.locator("table.timeline tbody tr")
    assert 0 < rows.count() < everything
    assert "Mosul" in page.locator("table.timeline").inner_text()
    errors = [e for e in page.errors if "ERR_FAILED" not in e]  # aborted off-site requests
    assert not errors, errors


def _point_in_view(page):
    """The first event point whose centre lies inside the map pane, else None.

    Leaflet keeps drawing points a little beyond the visible map (the renderer's
    padding), so "the first point" may be one a user could not click.
    """
    frame = page.locator("#map").bounding_box()
    for point in page.locator("path.event-point").all():
        box = point.bounding_box()
        if not box or not frame:
            continue
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        inside_x = frame["x"] + 5 < x < frame["x"] + frame["width"] - 5
        if inside_x and frame["y"] + 5 < y < frame["y"] + frame["height"] - 5:
            return point
    return None


def test_map_offline_click_point_to_event_to_sentence(page, site):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(site + "/map")
    page.wait_for_function("Number(document.body.dataset.events || 0) > 0")
    page.wait_for_function("Number(document.body.dataset.outlines || 0) > 0")  # fetched apart
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # country outlines drawn
    shoot(page, "map")
    point = None
    for _ in range(12):  # open clusters until a single point shows inside the map
        page.wait_for_function(f"!document.querySelector('{ANIMATING}')")
        point = _point_in_view(page)
        if point is not None:
            break
        clusters = page.locator(".marker-cluster")
        if clusters.count():
            clusters.first.click()
        page.wait_for_timeout(400)
    assert point is not None, "no single event point in view after opening clusters"
    link = page.locator(".leaflet-popup a.event-link")
    for _ in range(3):  # the popup pans the map into view; clusters may redraw under it
        point.click(force=True)
        link.wait_for()
        page.wait_for_function(f"!document.querySelector('{ANIMATING}, .leaflet-pan-anim')")
        page.wait_for_timeout(300)
        if link.count():
            break
        point = _point_in_view(page) or point
    shoot(page, "map-popup")
    for attempt in range(3):  # a cluster redrawn under a loaded machine can close the popup
        try:
            link.first.click(timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            point = _point_in_view(page) or point
            point.click(force=True)
            link.wait_for()
    page.wait_for_url("**/events/**")
    assert page.locator("h1").inner_text()
    shoot(page, "event")
    page.locator("a.sentence").first.click()
    page.wait_for_url("**/documents/**#at*")
    anchor = page.url.split("#", 1)[1]
    target = page.locator(f"#{anchor}")
    assert target.count() == 1 and target.is_visible()
    assert page.evaluate("document.querySelector(':target') !== null")
    shoot(page, "article-from-map")
    assert page.evaluate("document.body.dataset.tiles") != "online"  # nothing reached a tile server


def test_article_highlights_show_values_on_focus(page, site):
    page.goto(site + "/search?q=65+percent+territory")
    page.locator("a[href*='/documents/']").first.click()
    page.wait_for_url("**/documents/**")
    for kind in ("actor", "place", "time", "quantity", "claim"):
        assert page.locator(f"article .mark.k-{kind}").count() > 0, kind
    claim = page.locator("article .mark.k-claim").first
    claim.focus()
    note = page.evaluate("el => getComputedStyle(el, '::after').content", claim.element_handle())
    assert "claim" in note and "territory" in note
    shoot(page, "article")


def test_series_chart_points_link_to_their_sentences(page, site):
    page.goto(site + "/series")
    page.locator("a[href^='/series/']").first.click()
    page.wait_for_url("**/series/**")
    points = page.locator("svg.series-chart a.point")
    assert points.count() >= 3
    shoot(page, "series")
    tip = points.first.locator("title").text_content()
    assert tip and "as of" in tip
    points.last.click()
    page.wait_for_url("**/documents/**#at*")
    assert page.evaluate("document.querySelector(':target') !== null")


def test_hostile_article_is_inert_in_the_browser(page, site):
    page.goto(site + "/search?q=checkpoint+Kirkuk")
    page.locator("a[href*='/documents/']").first.click()
    page.wait_for_url("**/documents/**")
    page.wait_for_load_state("networkidle")
    text = page.locator("article").inner_text()
    assert "<script>alert(1)</script>" in text and "onerror" in text  # shown as words
    assert page.locator("article script, article img").count() == 0
    assert page.dialogs == []  # no alert ran
    shoot(page, "hostile-article")


def test_map_legend_filters_in_the_url_and_back_button(page, site):
    page.goto(site + "/map")
    page.wait_for_url("**/map?*lat=*")  # fitted to where the events are: the view is settled
    page.wait_for_function("document.body.dataset.loading === '0'")
    everything = int(page.evaluate("document.body.dataset.events"))
    legend = page.locator("#legend").inner_text()
    assert "Battles" in legend and "country (centroid)" in legend and "town" in legend
    page.wait_for_function("Number(document.body.dataset.labels || 0) > 0")  # offline names
    assert page.locator(".base-label.country").count() > 0
    page.select_option("select[name=type]", "Battles")
    page.fill("input[name=country]", "SY")
    page.click("#filters button")
    page.wait_for_url("**/map?*type=Battles*country=SY*")
    page.wait_for_function(f"Number(document.body.dataset.events) < {everything}")
    assert "/events?type=Battles&country=SY" in page.locator("#as-list").get_attribute("href")
    shoot(page, "map-filtered")
    page.reload()  # the URL alone restores the filters
    assert page.input_value("input[name=country]") == "SY"
    assert page.input_value("select[name=type]") == "Battles"
    page.go_back()
    page.wait_for_function("document.querySelector('input[name=country]').value === ''")
    page.wait_for_function(f"Number(document.body.dataset.events) === {everything}")
    errors = [e for e in page.errors if "ERR_FAILED" not in e]
    assert not errors, errors


@pytest.mark.parametrize("width,height", [(390, 844), (1440, 900)])
def test_no_page_overflows_sideways(browser, site, width, height):
    """A phone and a desktop: every page fits the screen's width (tables become cards)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.route("**/*", lambda route: route.continue_() if route.request.url.startswith(site)
              else route.abort())  # fmt: skip
    tab.goto(site + "/events")
    event = tab.locator("table.events a[href^='/events/']").first.get_attribute("href")
    tab.goto(site + "/series")
    series = tab.locator("a[href^='/series/']").first.get_attribute("href")
    tab.goto(site + "/search?q=Kirkuk")
    article = tab.locator("a[href*='/documents/']").first.get_attribute("href").split("#")[0]
    pages = ["/", "/events", event, "/map", "/timeline", "/claims", "/places", "/series",
             series, "/search?q=Mosul", article, "/docs", "/no/such/page"]  # fmt: skip
    wide = {}
    for path in pages:
        tab.goto(site + path)
        tab.wait_for_load_state("networkidle")
        scroll = tab.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            wide[path] = scroll
        name = path.strip("/").split("?")[0].replace("/", "-") or "home"
        tab.screenshot(path=str(ARTIFACTS / f"{width}-{name[:40]}.png"), full_page=True)
    context.close()
    assert not wide, f"wider than {width}px: {wide}"
    errors = [e for e in errors if "ERR_FAILED" not in e and "404" not in e]
    assert not errors, errors


def test_events_facets_round_trip_through_the_url_and_exports_match(page, site):
    import csv

    page.goto(site + "/events")
    total = page.locator("#shown").inner_text()
    facet = page.locator("section.facet[data-facet=country] li a").first
    country = facet.get_attribute("title")
    facet.click()
    page.wait_for_url(f"**/events?country={country}")
    narrowed = page.locator("#shown").inner_text()
    assert narrowed != total and page.locator("li.on").count() == 1
    shown = int(narrowed.split(" of ")[1].split()[0].replace(",", ""))
    with page.expect_download() as got:
        page.locator("a.export[data-format=csv]").click()
    with open(got.value.path(), encoding="utf-8") as exported:
        rows = list(csv.DictReader(exported))
    assert len(rows) == shown and {r["country"] for r in rows} == {country}
    shoot(page, "events-filtered")
    page.go_back()
    page.wait_for_url("**/events")
    assert page.locator("#shown").inner_text() == total
    page.fill("input[name=country]", country)  # the form sends only what is filled in
    page.click("form.filters button")
    page.wait_for_url(f"**/events?country={country}&sort=newest")
    assert page.locator("#shown").inner_text() == narrowed
    errors = [e for e in page.errors if "ERR_FAILED" not in e]
    assert not errors, errors
