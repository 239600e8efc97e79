// Small progressive touches; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Reading an article takes a few seconds: say so, and stop double submits.
  for (const form of document.querySelectorAll("form.ingest")) {
    form.addEventListener("submit", () => {
      const button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = true; button.textContent = "Reading…"; }
    });
  }
});
