// diplowatch workbench: the little behaviour the pages have, served as a file (the
// Content-Security-Policy allows no inline script). Nothing here is needed to read a page.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // "link to this view": copy the shareable URL of the current filters.
  const share = document.getElementById("share");
  if (share && navigator.clipboard) {
    share.addEventListener("click", (event) => {
      event.preventDefault();
      navigator.clipboard.writeText(share.href).then(() => { share.textContent = "link copied"; });
    });
  }
  // Empty facet fields are left out of the URL, so a shared link says only what was chosen.
  for (const form of document.querySelectorAll("form.facets")) {
    form.addEventListener("submit", () => {
      for (const field of form.querySelectorAll("input[type=text], input[type=number], select")) {
        if (!field.multiple && field.value === "") field.disabled = true;
      }
    });
  }
});
