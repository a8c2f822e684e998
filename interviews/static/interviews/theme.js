// Colour mode (Bootstrap's data-bs-theme): the system's unless the person chose one,
// which this browser remembers. Loaded in <head>, before the page paints, so it never
// flashes the wrong mode.
(function () {
  "use strict";
  var KEY = "tracker-theme";
  var system = window.matchMedia("(prefers-color-scheme: dark)");

  function stored() {
    try { return window.localStorage.getItem(KEY) || "auto"; } catch (e) { return "auto"; }
  }

  function apply(choice) {
    var mode = choice === "auto" ? (system.matches ? "dark" : "light") : choice;
    document.documentElement.setAttribute("data-bs-theme", mode);
    document.querySelectorAll("[data-theme-choice]").forEach(function (button) {
      var chosen = button.getAttribute("data-theme-choice") === choice;
      button.classList.toggle("active", chosen);
      button.setAttribute("aria-pressed", chosen ? "true" : "false");
    });
  }

  apply(stored());
  system.addEventListener("change", function () { apply(stored()); });
  document.addEventListener("DOMContentLoaded", function () {
    apply(stored());
    document.querySelectorAll("[data-theme-choice]").forEach(function (button) {
      button.addEventListener("click", function () {
        var choice = button.getAttribute("data-theme-choice");
        try { window.localStorage.setItem(KEY, choice); } catch (e) { /* private mode: this page only */ }
        apply(choice);
      });
    });
  });
})();
