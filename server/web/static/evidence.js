// Bring the highlighted evidence of a document page into view. A file of
// its own rather than an inline script: Dossier's pages allow scripts from
// their own origin only (Content-Security-Policy).
(function () {
  var m = document.getElementById("evidence");
  if (m) m.scrollIntoView({block: "center"});
})();
