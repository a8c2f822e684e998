// The Waiting desk as a work queue. After a one-click answer (htmx swaps the whole card): focus moves to
// the card's status message, which screen readers announce, and "Undo" is offered for a
// few seconds. Without JavaScript the forms post and redirect, and Undo stays until the
// next page.
(function () {
  "use strict";
  var UNDO_SECONDS = 8;

  // Back on the desk after an action elsewhere: the card that now stands next has focus.
  var next = document.querySelector("[data-focus-card]");
  if (next) {
    next.focus();
    next.scrollIntoView({ block: "start" });
  }

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
