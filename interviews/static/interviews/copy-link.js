// A "Copy link" button for a read-only field (data-copy-target names it). Hidden until a
// clipboard is there to write to; without it, the person selects and copies by hand.
(function () {
  "use strict";
  var button = document.getElementById("copy-feed-url");
  if (!button || !navigator.clipboard || !window.isSecureContext) return;
  var input = document.getElementById(button.dataset.copyTarget);
  var status = document.getElementById("copy-status");
  button.hidden = false;
  input.addEventListener("focus", function () { input.select(); });
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(input.value).then(
      function () { button.textContent = "Copied"; status.textContent = "Link copied to the clipboard."; },
      function () { input.select(); status.textContent = "Could not copy: select the link and copy it by hand."; }
    );
  });
})();
