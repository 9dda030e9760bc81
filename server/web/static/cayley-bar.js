// Dossier's bar over Cayley's UI: links to Dossier's pages, and the named
// queries of the library as examples. Choosing one puts its Gizmo program
// (with example parameters) in Cayley's query editor, which keeps its text
// in localStorage under LAST_QUERY and reads it when the page loads: run it
// in the Query view, or open Visualize and run it to see the network (its
// rows carry the source and target tags Visualize draws).
(function () {
  "use strict";
  var bar = document.createElement("div");
  bar.className = "dossier-bar";
  bar.innerHTML =
    '<a class="brand" href="/dossier/">Dossier</a>' +
    '<a href="/dossier/search">Search</a><a href="/dossier/network">Network</a>' +
    '<a href="/dossier/timeline">Timeline</a><a href="/dossier/queries">Named queries</a>' +
    '<label>Example: <select class="dossier-examples" aria-label="Load a named query into the editor">' +
    '<option value="">a named query…</option></select></label>' +
    '<span class="dossier-note"></span>';
  document.body.insertBefore(bar, document.body.firstChild);
  var select = bar.querySelector("select");
  var note = bar.querySelector(".dossier-note");
  fetch("/api/dossier/queries").then(function (r) { return r.json(); }).then(function (lib) {
    lib.queries.forEach(function (q) {
      var o = document.createElement("option");
      o.value = q.name;
      o.textContent = q.name + " — " + q.title;
      o.dataset.example = new URLSearchParams(q.example).toString();
      select.appendChild(o);
    });
  });
  select.addEventListener("change", function () {
    var o = select.selectedOptions[0];
    if (!o || !o.value) return;
    fetch("/api/dossier/queries/" + encodeURIComponent(o.value) + "?script=1&" + o.dataset.example)
      .then(function (r) { return r.json(); })
      .then(function (b) {
        if (b.error) { note.textContent = b.error; return; }
        localStorage.setItem("LAST_QUERY", JSON.stringify({ text: b.script, language: "gizmo" }));
        location.reload();
      });
  });
})();
