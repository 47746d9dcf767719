// Events as clustered points over an offline base layer (country outlines, country and
// town names from the server); online tiles only when reachable. Filters and the view
// live in the URL: a permalink, and back/forward restore them.
(function () {
  "use strict";
  const FILTERS = ["type", "actor", "country", "since", "until", "min_confidence"];
  const palette = JSON.parse(document.getElementById("palette").textContent);
  const OTHER = "#b8860b";
  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  const here = new URLSearchParams(location.search);
  const map = L.map("map", { worldCopyJump: true, maxZoom: 18 });
  const startView = params => {
    if (params.get("lat") && params.get("lon")) {
      map.setView([Number(params.get("lat")), Number(params.get("lon"))], Number(params.get("z") || 9));
    } else {
      map.setView([34.5, 40.5], 5);
    }
  };
  const hasView = here.get("lat") && here.get("lon");
  startView(here);

  fetch("/api/outlines.geojson").then(r => r.json()).then(outlines => {
    L.geoJSON(outlines, { interactive: false, style: { color: "#888", weight: 1, fillColor: "#f2efe9", fillOpacity: 1 } })
      .addTo(map).bringToBack();
    document.body.dataset.outlines = String(outlines.features.length);
  });
  // An online tile layer if the network allows; the offline layers stay underneath either way.
  const tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18, attribution: "© OpenStreetMap contributors" });
  let tileErrors = 0;
  tiles.on("tileerror", () => { tileErrors += 1; if (tileErrors === 1) { map.removeLayer(tiles); document.body.dataset.tiles = "offline"; } });
  tiles.on("tileload", () => { document.body.dataset.tiles = "online"; });
  tiles.addTo(map);
  map.attributionControl.addAttribution("outlines: countryinfo (MIT) · names: GeoNames (CC BY 4.0) · US post offices: zipcodes (MIT; USPS via unitedstateszipcodes.org)");

  const text = value => { const span = document.createElement("span"); span.textContent = value == null ? "" : String(value); return span.innerHTML; };
  const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
  const bboxOf = pad => {
    const b = map.getBounds().pad(pad);
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
            clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map(x => x.toFixed(4)).join(",");
  };

  // Place names, placed largest first and skipped where they would overlap one already drawn.
  const labels = L.layerGroup().addTo(map);
  let labelRequest = 0;
  function loadLabels() {
    const mine = ++labelRequest;
    fetch("/api/basemap/labels?" + new URLSearchParams({ bbox: bboxOf(0), zoom: String(map.getZoom()) }))
      .then(r => r.ok ? r.json() : Promise.reject(r.status)).then(data => {
        if (mine !== labelRequest) return;
        labels.clearLayers();
        const taken = [];
        for (const f of data.features) {
          const [lon, lat] = f.geometry.coordinates;
          const p = map.latLngToContainerPoint([lat, lon]);
          const w = f.properties.name.length * (f.properties.kind === "country" ? 8 : 6.5), h = 14;
          const box = [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2];
          if (taken.some(t => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3])) continue;
          taken.push(box);
          labels.addLayer(L.marker([lat, lon], { interactive: false, keyboard: false,
            icon: L.divIcon({ className: "base-label " + f.properties.kind, html: text(f.properties.name), iconSize: [w, h] }) }));
        }
        document.body.dataset.labels = String(taken.length);
      }).catch(() => {});
  }

  const colour = kind => palette[kind] || OTHER;
  const styleFor = p => {
    const killed = p.fatalities_high || 0;
    const r = Math.min(16, 5 + 2 * Math.log2(1 + killed));
    const base = { color: colour(p.acled_event), fillColor: colour(p.acled_event), className: "event-point precision-" + p.precision };
    if (p.precision === "country") return { ...base, radius: r + 8, weight: 2, dashArray: "2 4", fillOpacity: 0.05 };
    if (p.precision === "province") return { ...base, radius: r + 4, weight: 2, dashArray: "5 4", fillOpacity: 0.15 };
    if (p.precision === "district") return { ...base, radius: r, weight: 3, fillOpacity: 0.3 };
    return { ...base, radius: r, weight: 1, fillOpacity: 0.85 };
  };
  const popup = p => {
    const actors = [p.actor1_name, p.actor2_name].filter(Boolean).map(text).join(" vs ") || "actors not named";
    const days = p.first_day === p.last_day ? text(p.first_day) : text(p.first_day) + " – " + text(p.last_day);
    const killed = p.fatalities_low == null ? "" : "<br>" + text(p.fatalities_low) +
      (p.fatalities_high !== p.fatalities_low ? "–" + text(p.fatalities_high) : "") + " killed";
    return "<b>" + text(p.acled_event) + "</b> › " + text(p.acled_sub_event) + "<br>" + actors +
      "<br>" + days + " · " + text(p.place_name) + " (" + text(p.precision) + ")" + killed +
      "<br>" + text(p.reports) + " report(s)" + (p.outlets.length ? ": " + p.outlets.map(text).join(", ") : "") +
      "<br>" + '<a class="event-link" href="/events/' + encodeURIComponent(p.id) + '">event</a> · ' +
      '<a href="/documents/' + encodeURIComponent(p.doc_id) + "#at" + Number(p.start) + '">sentence</a>';
  };

  // Only the events inside the (padded) viewport, newest first, at most LIMIT:
  // the server filters in SQL, so a large database costs what is shown.
  const LIMIT = 2000;
  let layer = null;
  let request = 0;
  const filters = () => FILTERS.map(k => [k, form.elements[k].value.trim()]).filter(([, v]) => v);
  function load() {
    const query = new URLSearchParams({ bbox: bboxOf(0.25), limit: String(LIMIT), located: "true" });
    for (const [key, value] of filters()) query.set(key, value);
    const mine = ++request;
    document.body.dataset.loading = "1";  // the map says when what it shows is settled
    fetch("/api/merged-events?" + query).then(r => r.ok ? r.json() : r.json().then(e => Promise.reject(e.detail))).then(data => {
      if (mine !== request) return;  // a newer view was asked for meanwhile
      if (layer) map.removeLayer(layer);
      layer = L.markerClusterGroup();
      for (const p of data.items) {
        const marker = L.circleMarker([p.lat, p.lon], styleFor(p));
        marker.bindPopup(popup(p));
        layer.addLayer(marker);
      }
      map.addLayer(layer);
      const shown = data.items.length;
      status.textContent = (shown < data.total ? shown + " of " + data.total + " events in view (newest; zoom in for the rest)"
                                               : shown + (shown === 1 ? " event" : " events") + " in view") +
        (data.undated ? " · " + data.undated + " undated report(s) not mapped" : "");
      document.body.dataset.events = String(shown);
      document.body.dataset.loading = "0";
    }).catch(detail => { document.body.dataset.loading = "0"; status.textContent = "could not load events: " + (typeof detail === "string" ? detail : JSON.stringify(detail)); });
  }
  // The URL: filters plus the view, so a link reopens this map as it is.
  function urlNow() {
    const params = new URLSearchParams(filters());
    const c = map.getCenter();
    params.set("lat", c.lat.toFixed(4)); params.set("lon", c.lng.toFixed(4)); params.set("z", String(map.getZoom()));
    return "/map?" + params;
  }
  function syncListLink() {
    document.getElementById("as-list").href = "/events?" + new URLSearchParams(filters());
  }
  form.addEventListener("submit", e => {
    e.preventDefault();
    history.pushState(null, "", urlNow());
    syncListLink();
    load();
  });
  window.addEventListener("popstate", () => {
    const params = new URLSearchParams(location.search);
    for (const key of FILTERS) form.elements[key].value = params.get(key) || "";
    syncListLink();
    startView(params);  // moves the map: moveend reloads
    load();
  });
  let moved = null;
  // Opening a popup near the edge pans the map; reloading then would replace the markers
  // and close the popup the user just opened, so that move only updates the URL.
  let panningToPopup = false;
  map.on("autopanstart", () => { panningToPopup = true; });
  map.on("moveend", () => {
    clearTimeout(moved);
    if (panningToPopup) {
      panningToPopup = false;
      history.replaceState(null, "", urlNow());
      return;
    }
    moved = setTimeout(() => { history.replaceState(null, "", urlNow()); load(); loadLabels(); }, 150);
  });
  if (hasView) {
    load();
    loadLabels();
  } else {  // no view in the URL: look where the filtered events are
    const query = new URLSearchParams(filters());
    query.set("limit", "1");
    fetch("/events.json?" + query).then(r => r.ok ? r.json() : Promise.reject(r.status)).then(data => {
      const e = data.extent;
      if (e && (e[2] - e[0] > 0.01 || e[3] - e[1] > 0.01)) {
        map.fitBounds([[e[1], e[0]], [e[3], e[2]]], { padding: [20, 20], maxZoom: 9 });
      } else if (e) {
        map.setView([e[1], e[0]], 9);
      }
    }).catch(() => {}).finally(() => { load(); loadLabels(); });
  }
})();
