// Away from home: when this device's clock reads differently from the account's time zone,
// say which zone the times on the page are in. Two names for one clock (Europe/Berlin and
// Europe/Rome) read the same, so they say nothing.
(function () {
  "use strict";

  var note = document.querySelector("[data-zone-away]");
  if (!note) return;

  function wallClock(zone) {
    try {
      return new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit",
        hour: "2-digit", minute: "2-digit",
      }).format(new Date());
    } catch (error) {
      return "";
    }
  }

  var device = "";
  try {
    device = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    device = "";
  }
  var home = note.getAttribute("data-zone-away");
  if (!device || !home || device === home || wallClock(device) === wallClock(home)) return;
  note.querySelector("[data-device-zone]").textContent = device;
  note.hidden = false;
})();
