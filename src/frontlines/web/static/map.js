// Events as clustered points over country outlines; tiles only when reachable.
(function () {
  "use strict";
  const map = L.map("map", { worldCopyJump: true, maxZoom: 18 }).setView([34.5, 40.5], 5);
  const status = document.getElementById("status");
  fetch("/api/outlines.geojson").then(r => r.json()).then(outlines => {
    L.geoJSON(outlines, { interactive: false, style: { color: "#888", weight: 1, fillColor: "#f2efe9", fillOpacity: 1 } })
      .addTo(map).bringToBack();
    document.body.dataset.outlines = String(outlines.features.length);
  });
  // An online tile layer if the network allows; the outlines stay underneath either way.
  const tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18, attribution: "© OpenStreetMap contributors" });
  let tileErrors = 0;
  tiles.on("tileerror", () => { tileErrors += 1; if (tileErrors === 1) { map.removeLayer(tiles); document.body.dataset.tiles = "offline"; } });
  tiles.on("tileload", () => { document.body.dataset.tiles = "online"; });
  tiles.addTo(map);

  const palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];
  const colour = type => palette[[...type].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % palette.length];
  const text = value => { const span = document.createElement("span"); span.textContent = value == null ? "" : String(value); return span.innerHTML; };
  let layer = null;
  let filters = [];
  let request = 0;
  const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

  // Only the events inside the (padded) viewport, newest first, at most LIMIT:
  // the server filters in SQL, so a large database costs what is shown.
  const LIMIT = 2000;
  function load() {
    const b = map.getBounds().pad(0.25);
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
                  clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map(x => x.toFixed(4)).join(",");
    const query = new URLSearchParams({ bbox: bbox, limit: String(LIMIT) });
    for (const [key, value] of filters) { if (value) query.set(key, value); }
    const mine = ++request;
    fetch("/api/merged-events?" + query).then(r => r.ok ? r.json() : Promise.reject(r.status)).then(data => {
      if (mine !== request) return;  // a newer view was asked for meanwhile
      if (layer) map.removeLayer(layer);
      layer = L.markerClusterGroup();
      for (const p of data.items) {
        const marker = L.circleMarker([p.lat, p.lon], { radius: 7, color: colour(p.type), fillOpacity: 0.8, className: "event-point" });
        marker.bindPopup(
          "<b>" + text(p.type.replace(/_/g, " ")) + "</b><br>" + text(p.date) + " · " + text(p.place_name) +
          "<br>" + text(p.reports) + " report(s)<br>" +
          '<a class="event-link" href="/events/' + encodeURIComponent(p.id) + '">event</a> · ' +
          '<a href="/documents/' + encodeURIComponent(p.doc_id) + "#at" + Number(p.start) + '">sentence</a>');
        marker.options.eventId = p.id;
        layer.addLayer(marker);
      }
      map.addLayer(layer);
      const shown = data.items.length;
      status.textContent = shown < data.total ? shown + " of " + data.total + " events in view (newest; zoom in for the rest)"
                                              : shown + " events in view";
      document.body.dataset.events = String(shown);
    }).catch(code => { status.textContent = "could not load events (" + code + ")"; });
  }
  document.getElementById("filters").addEventListener("submit", e => {
    e.preventDefault();
    filters = [...new FormData(e.target).entries()];
    load();
  });
  let moved = null;
  map.on("moveend", () => { clearTimeout(moved); moved = setTimeout(load, 150); });
  const here = new URLSearchParams(location.search);
  filters = [...here.entries()].filter(([key]) => ["type", "actor", "since", "until"].includes(key));
  if (here.get("lat") && here.get("lon")) map.setView([Number(here.get("lat")), Number(here.get("lon"))], 9);
  load();
})();
