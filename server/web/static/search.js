// Type-ahead for the name search box on every Dossier page: suggestions
// come from the name index (/api/dossier/search), so any form of a name
// (Абдрахманов, Abdrakhmanov, Жусуп) suggests the same person.
(function () {
  "use strict";
  var input = document.querySelector("header.top input[type=search]");
  var list = document.getElementById("name-suggestions");
  if (!input || !list) return;
  var timer = null, last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      fetch("/api/dossier/search?limit=8&q=" + encodeURIComponent(q))
        .then(function (r) { return r.json(); })
        .then(function (res) {
          list.textContent = "";
          (res.hits || []).forEach(function (h) {
            var o = document.createElement("option");
            o.value = h.name;
            o.label = h.type + " · " + h.matched;
            list.appendChild(o);
          });
        });
    }, 150);
  });
})();
