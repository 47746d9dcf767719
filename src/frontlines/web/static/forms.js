// Filter forms send only the fields that are filled in, so a shared link reads
// "/events?country=IQ", not "/events?type=&actor=&country=IQ&...". Without script
// the empty fields are sent and mean "any": the page is the same either way.
document.addEventListener("submit", e => {
  const form = e.target;
  if (!form.matches("form.filters[method=get]:not(#filters)")) return;
  for (const field of form.elements) {
    if (field.name && !field.value.trim()) field.disabled = true;
  }
  setTimeout(() => { for (const field of form.elements) field.disabled = false; }, 0);
});
