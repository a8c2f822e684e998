// The Waiting desk after a one-click answer (htmx swaps the whole card): focus moves to
// the card's status message, which screen readers announce, and "Undo" is offered for a
// few seconds. Without JavaScript the forms post and redirect, and Undo stays until the
// next page.
(function () {
  "use strict";
  var UNDO_SECONDS = 8;

  document.body.addEventListener("htmx:afterSettle", function () {
    var status = document.querySelector("[data-focus-on-swap]");
    if (!status) return;
    status.removeAttribute("data-focus-on-swap");
    status.focus();
    var undo = status.querySelector(".undo-form");
    if (undo) {
      window.setTimeout(function () { undo.remove(); }, UNDO_SECONDS * 1000);
    }
  });
})();
