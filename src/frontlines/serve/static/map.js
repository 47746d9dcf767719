// Events as clustered points over country outlines; tiles only when reachable.
(function () {
  "use strict";
  const map = L.map("map", { worldCopyJump: true }).setView([34.5, 40.5], 5);
  const status = document.getElementById("status");
  fetch("/api/outlines.geojson").then(r => r.json()).then(outlines => {
    L.geoJSON(outlines, { style: { color: "#888", weight: 1, fillColor: "#f2efe9", fillOpacity: 1 } })
      .addTo(map).bringToBack();
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

  function load(params) {
    const query = new URLSearchParams({ format: "geojson" });
    for (const [key, value] of params) { if (value) query.set(key, value); }
    fetch("/api/events?" + query).then(r => r.ok ? r.json() : Promise.reject(r.status)).then(data => {
      if (layer) map.removeLayer(layer);
      layer = L.markerClusterGroup();
      const seen = new Set();
      for (const f of data.features) {
        const p = f.properties;
        if (seen.has(p.group_id)) continue;  // one point per merged event
        seen.add(p.group_id);
        const [lon, lat] = f.geometry.coordinates;
        const marker = L.circleMarker([lat, lon], { radius: 7, color: colour(p.type), fillOpacity: 0.8 });
        marker.bindPopup(
          "<b>" + text(p.type.replace(/_/g, " ")) + "</b><br>" + text(p.date) + " · " + text(p.place_name) +
          "<br>" + text(p.reports) + " report(s)<br>" +
          '<a class="event-link" href="/events/' + encodeURIComponent(p.group_id) + '">event</a> · ' +
          '<a href="/documents/' + encodeURIComponent(p.doc_id) + "#at" + Number(p.start) + '">sentence</a>');
        marker.options.eventId = p.group_id;
        layer.addLayer(marker);
      }
      map.addLayer(layer);
      status.textContent = seen.size + " events";
      document.body.dataset.events = String(seen.size);
    }).catch(code => { status.textContent = "could not load events (" + code + ")"; });
  }
  document.getElementById("filters").addEventListener("submit", e => {
    e.preventDefault();
    load(new FormData(e.target).entries());
  });
  const here = new URLSearchParams(location.search);
  if (here.get("lat") && here.get("lon")) map.setView([Number(here.get("lat")), Number(here.get("lon"))], 9);
  load(here.entries());
})();
