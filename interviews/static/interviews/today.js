// A "Today" button beside a date input that has data-today (the person's today, from the
// server, so the button agrees with their time zone rather than this device's).
(function () {
  "use strict";

  document.querySelectorAll("input[data-today]").forEach(function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-outline-secondary mt-1";
    button.textContent = input.getAttribute("data-today-label") || "Today";
    button.addEventListener("click", function () {
      input.value = input.getAttribute("data-today");
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    input.insertAdjacentElement("afterend", button);
  });
})();
