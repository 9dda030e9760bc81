// The named queries page: "Open in Cayley's editor" puts a query's Gizmo
// program, with the parameters of its form, into Cayley's query editor (which
// reads its text from localStorage under LAST_QUERY) and opens Cayley's UI.
(function () {
  "use strict";
  document.querySelectorAll("button.to-cayley").forEach(function (b) {
    b.addEventListener("click", function (e) {
      e.preventDefault();
      var form = b.closest("form");
      var params = new URLSearchParams(new FormData(form));
      params.delete("query");
      params.set("script", "1");
      fetch("/api/dossier/queries/" + encodeURIComponent(b.dataset.query) + "?" + params)
        .then(function (r) { return r.json(); })
        .then(function (res) {
          if (res.error) { alert(res.error); return; }
          localStorage.setItem("LAST_QUERY", JSON.stringify({ text: res.script, language: "gizmo" }));
          location.href = "/";
        });
    });
  });
})();
