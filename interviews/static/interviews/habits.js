// Habits people expect on every page: keyboard shortcuts (n, /, ?) and form focus that
// lands where the person needs it (the error summary after a failed submit, otherwise
// the first field of a new form).
(function () {
  "use strict";

  function typing(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  function focusForm() {
    var asked = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (asked && asked.matches("input")) {
      asked.focus();
      return;
    }
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
      return;
    }
    var form = document.querySelector("form[data-focus-first]");
    var first = form && form.querySelector("input:not([type=hidden]), select, textarea");
    if (first) first.focus();
  }

  function openShortcuts() {
    var dialog = document.getElementById("shortcuts");
    if (dialog && !dialog.open) dialog.showModal();
  }

  var actions = {
    n: function () {
      var add = document.getElementById("add-application");
      if (add) window.location.href = add.href;
    },
    "/": function () {
      var search = document.querySelector("[role=search] input[type=search]");
      if (search) {
        search.focus();
        search.select();
      } else if (document.getElementById("add-application")) {
        window.location.href = "/#board-search";
      }
    },
    "?": openShortcuts,
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  document.addEventListener("DOMContentLoaded", function () {
    focusForm();
    document.querySelectorAll("[data-open-shortcuts]").forEach(function (button) {
      button.addEventListener("click", openShortcuts);
    });
    var close = document.getElementById("shortcuts-close");
    if (close) close.addEventListener("click", function () { document.getElementById("shortcuts").close(); });
  });
})();
