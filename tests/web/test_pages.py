"""Each page through the ASGI app (no browser): status, content, facets kept in URLs, escaping."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.dossier import HOSTILE

ROW = re.compile(r'<tr class="event-row" data-id="(ev-[0-9a-f]+)"')


def event_ids(html: str) -> list[str]:
    return ROW.findall(html)


def event_id_of(site: TestClient, query: str) -> str:
    found = event_ids(site.get("/?" + query).text)
    assert len(found) == 1, query
    return found[0]


def test_timeline_lists_facts_and_leaves_future_out_unless_asked(site: TestClient) -> None:
    page = site.get("/")
    assert page.status_code == 200
    assert len(event_ids(page.text)) == 5
    assert 'id="total">5<' in page.text
    with_future = site.get("/?future=1")
    assert len(event_ids(with_future.text)) == 6
    assert "future" in with_future.text


def test_timeline_draws_a_chart_with_a_lane_per_category(site: TestClient) -> None:
    page = site.get("/").text
    chart = page[page.index("<svg viewBox") : page.index("</svg>", page.index("<svg viewBox"))]
    for category in ("CONSULT", "ACCUSE", "SUPPORT"):
        assert f">{category}</text>" in chart
    assert chart.count("<circle") >= 4
    assert 'href="/?type=CONSULT&amp;since=2024-03&amp;until=2024-03"' in chart  # a cell narrows the view


def test_timeline_lanes_by_actor(site: TestClient) -> None:
    page = site.get("/?lanes=actor").text
    assert ">Ana Ruiz</text>" in page and ">Morocco</text>" in page


def test_facets_stay_in_the_url_of_every_link(site: TestClient) -> None:
    page = site.get("/?type=CONSULT&lang=en&min_confidence=0.5").text
    assert len(event_ids(page)) == 2
    assert 'href="/?type=CONSULT&amp;lang=en&amp;min_confidence=0.5" id="share"' in page
    # each chip removes its own facet and keeps the others
    assert 'href="/?lang=en&amp;min_confidence=0.5" title="remove this filter">type: CONSULT' in page
    assert 'href="/network?type=CONSULT&amp;lang=en&amp;min_confidence=0.5"' in page
    assert '<option value="CONSULT" selected>' in page


def test_actor_facet_rolls_a_state_up_to_its_officials(site: TestClient) -> None:
    rolled = event_ids(site.get("/?actor=Spain").text)
    exact = event_ids(site.get("/?actor=Spain&exact=1").text)
    assert len(rolled) == len(exact) + 2  # Ana Ruiz met Karim Idrissi, twice (one article is hostile)
    recipient = event_ids(site.get("/?actor=Morocco&role=recipient&exact=1").text)
    assert len(recipient) == 2  # the French and the Arabic support


def test_outlet_place_and_date_facets(site: TestClient) -> None:
    assert len(event_ids(site.get("/?outlet=Presse+Exemple").text)) == 1
    assert len(event_ids(site.get("/?place=Rabat").text)) == 1
    assert len(event_ids(site.get("/?since=2024-04&until=2024-05").text)) == 2


def test_a_bad_facet_is_one_line_on_the_page(site: TestClient) -> None:
    page = site.get("/?type=MEET")
    assert page.status_code == 400
    assert "is not a PLOVER category" in page.text and "Traceback" not in page.text
    assert site.get("/?min_confidence=2").status_code == 400
    nobody = site.get("/?actor=Atlantis")
    assert nobody.status_code == 200 and "no actor in the dossier matches" in nobody.text


def test_event_page_marks_the_evidence_inside_the_article(site: TestClient) -> None:
    page = site.get("/event/" + event_id_of(site, "type=CONSULT&lang=en&place=Rabat")).text
    assert '<mark class="evidence trigger">met</mark>' in page
    assert '<mark class="evidence actor">Ana Ruiz</mark>' in page
    assert '<mark class="evidence recipient">Karim Idrissi</mark>' in page
    assert '<mark class="evidence date">3 March 2024</mark>' in page
    assert '<a href="https://news.example/madrid-talks" rel="noopener noreferrer" target="_blank">' in page
    assert "rules:en:CONSULT:met:subject" in page and "what this means" in page


def test_event_page_shows_arabic_right_to_left(site: TestClient) -> None:
    page = site.get("/event/" + event_id_of(site, "lang=ar")).text
    assert '<p dir="rtl" lang="ar" class="with-evidence">' in page
    assert '<mark class="evidence trigger">ورحبت</mark>' in page  # the stem found behind its proclitic
    assert '<mark class="evidence date">20 مايو 2024</mark>' in page


def test_event_page_explains_aux(site: TestClient) -> None:
    page = site.get("/event/" + event_id_of(site, "future=1&since=2024-05&until=2024-05&lang=fr")).text
    assert "announced or planned" in page


def test_unknown_event_is_a_404_page(site: TestClient) -> None:
    page = site.get("/event/ev-ffffffffff")
    assert page.status_code == 404 and "no dossier event" in page.text


def test_article_markup_is_escaped_everywhere(site: TestClient) -> None:
    hostile = event_id_of(site, "actor=Karim_Idrissi&role=actor&exact=1")
    for url in (
        "/",
        f"/event/{hostile}",
        "/sources",
        "/search?q=pwned",
        "/actor?id=Karim_Idrissi",
        "/network",
    ):
        page = site.get(url).text
        assert "<script>window" not in page and "<img src=x" not in page, url
        assert "javascript:" not in page, url
    event = site.get(f"/event/{hostile}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in event
    assert HOSTILE not in event


def test_actor_page_has_roles_activity_counterparts_and_latest_events(site: TestClient) -> None:
    page = site.get("/actor?id=Ana_Ruiz")
    assert page.status_code == 200
    assert "foreign minister" in page.text and "2023-11-20" in page.text
    assert 'aria-label="events by year and category"' in page.text
    assert 'aria-label="counterparts of Ana Ruiz"' in page.text and ">Karim Idrissi</text>" in page.text
    assert 'href="/?actor=Ana_Ruiz&amp;exact=1"' in page.text
    assert site.get("/actor?id=Nobody").status_code == 404


def test_network_page_joins_actors_to_whom_they_addressed(site: TestClient) -> None:
    page = site.get("/network?type=ACCUSE").text
    assert ">Spain</text>" in page and ">Algeria</text>" in page
    assert "<line" in page and "ACCUSE 1" in page


def test_search_highlights_hits_and_links_their_events(site: TestClient) -> None:
    page = site.get("/search?q=fisheries").text
    assert '<mark class="hit">fisheries</mark>' in page
    assert len(event_ids(page)) == 2


def test_sources_page_lists_articles_and_rejections(site: TestClient) -> None:
    page = site.get("/sources").text
    assert "Madrid talks" in page and "محادثات في الرباط" in page
    assert "/corpus/empty.txt" in page and "<code>empty</code>" in page


def test_the_app_serves_the_api_and_its_schema(site: TestClient) -> None:
    assert site.get("/api/v1/openapi.json").json()["info"]["title"] == "diplowatch API"
    events = site.get("/api/v1/events", params={"category": "CONSULT"}).json()["items"]
    assert len(events) == 2
    assert site.get("/api/v1/events/ev-ffffffffff").json()["error"]["code"] == "not-found"


def test_security_headers_and_host_check(site: TestClient) -> None:
    page = site.get("/")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert page.headers["x-frame-options"] == "DENY"
    assert site.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert site.get("/static/app.js").status_code == 200
    assert "<script>" not in page.text.replace('<script src="/static/app.js" defer></script>', "")
