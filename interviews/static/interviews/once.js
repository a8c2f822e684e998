// Back, then a create form sent again, adds nothing (interviews.once).
// The app sends no-store, so Back asks for the form again and the server renders a fresh
// one-time key; Chromium then puts back what the person had typed, but not the old key.
// So the tab remembers, per form address, the key it sent with what it sent: the same
// data sent again from the same address goes with the same key, and the server answers
// "sent twice; saved once". Anything changed gets the fresh key, as before.
(function () {
  "use strict";

  function sent(form, submitter) {
    var fields = submitter && submitter.name ? [[submitter.name, submitter.value]] : [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "once" && name !== "csrfmiddlewaretoken" && typeof value === "string") {
        fields.push([name, value]);
      }
    });
    return JSON.stringify(fields);
  }

  document.addEventListener("submit", function (event) {
    var key = event.target.querySelector("input[name=once]");
    // htmx sends its forms itself and swaps in a fresh form (and key) after each answer.
    if (!key || event.target.hasAttribute("hx-post")) return;
    var slot = "once:" + window.location.pathname + "#" + (event.target.id || "");
    var data = sent(event.target, event.submitter);
    var before = null;
    try {
      before = JSON.parse(window.sessionStorage.getItem(slot) || "null");
    } catch (error) {
      before = null;
    }
    if (before && before.data === data) {
      key.value = before.key;
      return;
    }
    try {
      window.sessionStorage.setItem(slot, JSON.stringify({ data: data, key: key.value }));
    } catch (error) {
      // No storage (a locked-down browser): the server's own checks still apply.
    }
  });
})();
