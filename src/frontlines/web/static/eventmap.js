// One event's place over the bundled country outlines: a point for a town, a wide
// dashed ring for a district, province or country centroid (it is not a town).
(function () {
  "use strict";
  const box = document.getElementById("eventmap");
  if (!box) return;
  const lat = Number(box.dataset.lat), lon = Number(box.dataset.lon);
  const exact = box.dataset.precision === "town";
  const zoom = { town: 8, district: 7, province: 6, country: 4 }[box.dataset.precision] || 6;
  const map = L.map(box, { scrollWheelZoom: false }).setView([lat, lon], zoom);
  map.attributionControl.addAttribution("outlines: countryinfo (MIT) · places: GeoNames (CC BY 4.0), US post offices: zipcodes (MIT; USPS via unitedstateszipcodes.org)");
  fetch("/api/outlines.geojson").then(r => r.json()).then(outlines => {
    L.geoJSON(outlines, { interactive: false, style: { color: "#888", weight: 1, fillColor: "#f2efe9", fillOpacity: 1 } })
      .addTo(map).bringToBack();
    document.body.dataset.outlines = String(outlines.features.length);
  });
  const colour = box.dataset.colour;
  if (exact) {
    L.circleMarker([lat, lon], { radius: 8, color: colour, fillOpacity: 0.9, className: "event-point" }).addTo(map);
  } else {
    const km = { district: 30, province: 120, country: 400 }[box.dataset.precision] || 100;
    L.circle([lat, lon], { radius: km * 1000, color: colour, dashArray: "6 6", fillOpacity: 0.08, className: "event-area" }).addTo(map);
  }
})();
