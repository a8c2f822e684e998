// A draft: keep "Open in e-mail" in step with the edited subject and body, and copy it.
// The server builds the address part of the link (interviews/mailto.py); this only
// appends what the person typed, encoded the same way.
(function () {
  "use strict";
  const mailto = document.getElementById("mailto-draft");
  if (!mailto) return;
  const subject = document.getElementById("draft-subject");
  const body = document.getElementById("draft-body");
  function refresh() {
    mailto.href = mailto.dataset.address + "?subject=" + encodeURIComponent(subject.value) +
      "&body=" + encodeURIComponent(body.value);
  }
  subject.addEventListener("input", refresh);
  body.addEventListener("input", refresh);
  document.getElementById("copy-draft").addEventListener("click", async function () {
    const text = "Subject: " + subject.value + "\n\n" + body.value;
    try { await navigator.clipboard.writeText(text); }
    catch (error) { body.select(); document.execCommand("copy"); }
    document.getElementById("copy-status").textContent = "Copied. Paste it into your e-mail.";
  });
})();
