// Disclosures that fold on a phone and stand open on wider screens:
// <details data-open-from="768"> opens at 768 px and wider. Without JavaScript they stay
// folded, one click away.
(function () {
  "use strict";
  document.querySelectorAll("details[data-open-from]").forEach(function (details) {
    var wide = window.matchMedia("(min-width: " + details.dataset.openFrom + "px)");
    if (wide.matches) details.open = true;
  });
})();
