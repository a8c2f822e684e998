// A new person's time zone and country, read from the browser for them to confirm:
// the zone from Intl (an IANA name such as "Asia/Tokyo"), the country from the region
// of the browser's languages ("en-US" -> "US"). A value the page does not offer is left
// alone, and a form sent back with errors (no data-guess-place) keeps what was typed.
(function () {
  "use strict";

  function choose(select, value) {
    if (!select || !value) return false;
    var offered = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    if (offered) select.value = value;
    return offered;
  }

  function browserZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      return "";
    }
  }

  function browserCountry() {
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < languages.length; i++) {
      var region = "";
      try {
        region = new Intl.Locale(languages[i]).region || "";
      } catch (error) {
        region = "";
      }
      if (/^[A-Z]{2}$/.test(region)) return region;
    }
    return "";
  }

  document.querySelectorAll("[data-guess-place]").forEach(function (fieldset) {
    var zone = choose(fieldset.querySelector("select[name=time_zone]"), browserZone());
    var country = choose(fieldset.querySelector("select[name=country]"), browserCountry());
    var note = fieldset.querySelector(".place-guessed");
    if (note && (zone || country)) note.hidden = false;
  });
})();
