// Dossier's network view: runs a named query (/api/dossier/queries/NAME),
// draws its rows that carry source and target with Cytoscape (vendored in
// the binary), and filters the edges by the year slider: an edge is shown
// when its fact is dated in or before the slider's year; undated facts only
// when "undated facts too" is ticked. Nodes without a shown edge are hidden
// (the query's own entities stay). Clicking an edge shows the fact and a
// link to the words that state it; clicking a node, its page.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  var select = form.elements.query;
  var paramsBox = document.getElementById("params");
  var slider = document.getElementById("year");
  var yearOut = document.getElementById("year-out");
  var undated = document.getElementById("undated");
  var status = document.getElementById("status");
  var nodeList = document.getElementById("node-list");
  var details = document.getElementById("details");
  var library = {};
  var cy = null;
  var focus = {};

  function bare(v) {
    if (v && typeof v === "object") return v["@id"];
    return typeof v === "string" ? v.replace(/^<|>$/g, "") : "";
  }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }
  function yearOf(d) { var m = /^(\d{4})/.exec(d || ""); return m ? parseInt(m[1], 10) : null; }

  function renderParams(values) {
    var q = library[select.value];
    paramsBox.textContent = "";
    if (!q) return;
    document.getElementById("query-doc").textContent = q.doc;
    q.params.forEach(function (p) {
      var label = document.createElement("label");
      label.textContent = p.name + (p.required ? "" : " (optional)");
      var input = document.createElement("input");
      input.name = p.name;
      input.type = p.kind === "int" || p.kind === "year" ? "number" : "text";
      input.placeholder = p.example || "";
      input.title = p.doc;
      input.value = values.get(p.name) || (p.required ? p.example : p.default || "");
      input.required = !!p.required;
      label.appendChild(input);
      paramsBox.appendChild(label);
    });
  }

  function formParams() {
    var ps = new URLSearchParams();
    Array.prototype.forEach.call(paramsBox.querySelectorAll("input"), function (i) {
      if (i.value.trim() !== "") ps.set(i.name, i.value.trim());
    });
    return ps;
  }

  function run() {
    var name = select.value, ps = formParams();
    var url = "?" + new URLSearchParams([["query", name]].concat(Array.from(ps.entries()))).toString();
    history.replaceState(null, "", url);
    status.textContent = "Running " + name + "…";
    fetch("/api/dossier/queries/" + encodeURIComponent(name) + "?" + ps.toString())
      .then(function (r) { return r.json(); })
      .then(function (res) {
        if (res.error && !res.result) {
          status.textContent = res.error;
          draw([], {});
          return;
        }
        focus = {};
        Object.keys(res.params || {}).forEach(function (k) { if (res.params[k].iri) focus[res.params[k].iri] = true; });
        draw(res.result || [], res.labels || {});
        if (res.error) status.textContent += " — " + res.error;
        else if (res.truncated) status.textContent += " — cut at the result limit";
      })
      .catch(function (e) { status.textContent = "The query failed: " + e; });
  }

  var colours = { Person: "#2f6f9f", Place: "#3e8e5a", Organization: "#c26a1b", Event: "#7a4fa3" };

  function draw(rows, labels) {
    var nodes = {}, edges = [], years = [];
    rows.forEach(function (r, i) {
      var s = bare(r.source), t = bare(r.target);
      if (!s || !t) return;
      [s, t].forEach(function (id) {
        if (!nodes[id]) {
          var l = labels[id] || {};
          nodes[id] = { data: { id: id, label: l.name || id.slice(id.lastIndexOf("/") + 1), type: l.type || "", url: l.url || "", focus: !!focus[id] } };
        }
      });
      var y = yearOf(r.date);
      if (y !== null) years.push(y);
      var label = r.relation || (r.documents ? r.documents + " doc" + (r.documents === 1 ? "" : "s") : "");
      edges.push({ data: {
        id: "e" + i, source: s, target: t, label: label + (y !== null ? " " + y : ""), relation: r.relation || "",
        date: r.date || "", year: y, statement: bare(r.statement), place: bare(r.place), documents: r.documents || 0
      } });
    });
    var min = years.length ? Math.min.apply(null, years) : 0, max = years.length ? Math.max.apply(null, years) : 0;
    slider.disabled = years.length === 0;
    slider.min = min; slider.max = max; slider.value = max;
    undated.disabled = years.length === 0;
    if (cy) cy.destroy();
    cy = cytoscape({
      container: document.getElementById("graph"),
      elements: Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges),
      wheelSensitivity: 0.3,
      maxZoom: 1.5,
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 13, "text-wrap": "wrap", "text-max-width": 120,
          "background-color": function (n) { return colours[n.data("type")] || "#7b8794"; }, "width": 18, "height": 18,
          "text-valign": "bottom", "text-margin-y": 3, "color": "#1d2733" } },
        { selector: "node[?focus]", style: { "width": 24, "height": 24, "border-width": 3, "border-color": "#ffd24a", "font-weight": "bold" } },
        { selector: "edge", style: { "label": "data(label)", "font-size": 10, "color": "#5b6875", "text-opacity": 0.85, "curve-style": "bezier",
          "target-arrow-shape": "triangle", "arrow-scale": 0.8, "width": 1.6, "line-color": "#9aa7b4", "target-arrow-color": "#9aa7b4",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
        { selector: ":selected", style: { "line-color": "#e0a000", "target-arrow-color": "#e0a000", "border-width": 3, "border-color": "#e0a000" } }
      ],
      layout: layout()
    });
    cy.on("tap", "edge", function (e) { showEdge(e.target.data()); });
    cy.on("tap", "node", function (e) { showNode(e.target.data()); });
    filter();
    cy.fit(cy.elements().filter(function (el) { return el.style("display") !== "none"; }), 50);
  }

  // layout: force-directed; entities linked by several facts are pulled
  // together, the rest pushed apart.
  function layout() {
    return { name: "cose", animate: false, randomize: true, padding: 40, componentSpacing: 80, numIter: 1500,
      nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 90; },
      edgeElasticity: function () { return 100; }, gravity: 0.8 };
  }

  function filter() {
    if (!cy) return;
    var dated = !slider.disabled, y = parseInt(slider.value, 10), withUndated = undated.checked || !dated;
    yearOut.textContent = dated ? String(y) : "—";
    var shown = 0, total = 0, hiddenUndated = 0;
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var ey = e.data("year"), show = ey === null ? withUndated : ey <= y;
        if (ey === null && !withUndated) hiddenUndated++;
        e.style("display", show ? "element" : "none");
        total++;
        if (show) shown++;
      });
      cy.nodes().forEach(function (n) {
        var show = n.data("focus") || n.connectedEdges().some(function (e) { return e.style("display") !== "none"; });
        n.style("display", show ? "element" : "none");
      });
    });
    var visible = cy.nodes().filter(function (n) { return n.style("display") !== "none"; });
    status.textContent = shown + " of " + total + " facts shown, " + visible.length + " entities" +
      (dated ? " (dated up to " + y + (hiddenUndated ? "; " + hiddenUndated + " undated hidden" : "") + ")" : "");
    var names = visible.map(function (n) { return n.data(); }).sort(function (a, b) { return a.label.localeCompare(b.label); });
    nodeList.innerHTML = names.map(function (d) {
      return "<li data-iri=\"" + esc(d.id) + "\">" + (d.url ? "<a href=\"" + esc(d.url) + "\">" + esc(d.label) + "</a>" : esc(d.label)) + "</li>";
    }).join("");
  }

  function showEdge(d) {
    var s = cy.getElementById(d.source).data("label"), t = cy.getElementById(d.target).data("label");
    var html = "<h3>" + esc(s) + " — " + esc(d.relation || "linked to") + " → " + esc(t) + "</h3>";
    if (d.date) html += "<p>Date: " + esc(d.date) + "</p>";
    if (d.place) html += "<p>Place: " + esc(d.place.slice(d.place.lastIndexOf("/") + 1)) + "</p>";
    if (d.documents) html += "<p>Mentioned together in " + d.documents + " document" + (d.documents === 1 ? "" : "s") + ".</p>";
    if (d.statement) html += "<p><a class=\"fact-link\" href=\"/dossier/fact?iri=" + encodeURIComponent(d.statement) + "\">The words that state it</a></p>";
    details.innerHTML = html;
  }

  function showNode(d) {
    details.innerHTML = "<h3>" + esc(d.label) + "</h3><p class=\"muted\">" + esc(d.type) + "</p>" +
      (d.url ? "<p><a href=\"" + esc(d.url) + "\">Names, facts and sources</a></p>" : "") +
      "<p class=\"iri\">" + esc(d.id) + "</p>";
  }

  slider.addEventListener("input", filter);
  undated.addEventListener("change", filter);
  select.addEventListener("change", function () { renderParams(new URLSearchParams()); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });

  // For tests and the console: the graph, the names shown, and the slider.
  window.dossierNetwork = {
    cy: function () { return cy; },
    visible: function () {
      return cy ? cy.nodes().filter(function (n) { return n.style("display") !== "none"; }).map(function (n) { return n.data("label"); }).sort() : [];
    },
    setYear: function (y) { slider.value = y; filter(); }
  };

  fetch("/api/dossier/queries").then(function (r) { return r.json(); }).then(function (lib) {
    lib.queries.forEach(function (q) {
      if (!q.network) return;
      library[q.name] = q;
      var o = document.createElement("option");
      o.value = q.name;
      o.textContent = q.name + " — " + q.title;
      select.appendChild(o);
    });
    var initial = new URLSearchParams(location.search);
    select.value = library[initial.get("query")] ? initial.get("query") : "ego";
    renderParams(initial);
    if (initial.get("query")) run();
  });
})();
