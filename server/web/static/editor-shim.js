// A stand-in for the Monaco editor in Cayley's UI.
//
// Cayley's UI loads Monaco from cdn.jsdelivr.net when it first shows an
// editor; without the network its query editor never appears. Its loader
// uses window.monaco if it is already there, so Dossier defines it here,
// before the UI's scripts run: a plain textarea with the part of Monaco's
// API the UI calls (create, getValue, setValue, executeEdits,
// onDidChangeModelContent, addAction for Ctrl+Enter, and no-op themes,
// languages and typings). Nothing is fetched from outside; the price is no
// syntax highlighting in Cayley's editor.
(function () {
  "use strict";
  function noop() {}

  function listeners() {
    var fns = [];
    return {
      add: function (fn) {
        fns.push(fn);
        return { dispose: function () { var i = fns.indexOf(fn); if (i >= 0) fns.splice(i, 1); } };
      },
      fire: function () { fns.slice().forEach(function (fn) { fn({}); }); }
    };
  }

  function create(container, options) {
    options = options || {};
    var area = document.createElement("textarea");
    area.className = "dossier-editor";
    area.spellcheck = false;
    area.value = options.value || "";
    area.readOnly = !!options.readOnly;
    area.setAttribute("aria-label", options.readOnly ? "Results" : "Query");
    container.appendChild(area);
    var changed = listeners();
    var actions = [];
    var editor;
    area.addEventListener("input", changed.fire);
    area.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
        e.preventDefault();
        actions.forEach(function (a) { a.run(editor); });
      } else if (e.key === "Tab" && !area.readOnly) {
        e.preventDefault();
        var s = area.selectionStart;
        area.value = area.value.slice(0, s) + "  " + area.value.slice(area.selectionEnd);
        area.selectionStart = area.selectionEnd = s + 2;
        changed.fire();
      }
    });
    function setValue(v) {
      area.value = v === undefined || v === null ? "" : String(v);
      changed.fire();
    }
    var model = {
      getValue: function () { return area.value; },
      setValue: setValue,
      getFullModelRange: function () { return {}; }
    };
    editor = {
      getValue: function () { return area.value; },
      setValue: setValue,
      getModel: function () { return model; },
      executeEdits: function (source, edits) {
        if (edits && edits.length) setValue(edits[edits.length - 1].text);
        return true;
      },
      pushUndoStop: function () { return true; },
      onDidChangeModelContent: changed.add,
      updateOptions: function (o) { if (o && "readOnly" in o) area.readOnly = !!o.readOnly; },
      setScrollPosition: function (p) { if (p && typeof p.scrollTop === "number") area.scrollTop = p.scrollTop; },
      addAction: function (a) { actions.push(a); return { dispose: noop }; },
      addCommand: function (keys, fn) { actions.push({ run: fn }); },
      layout: noop,
      focus: function () { area.focus(); },
      dispose: function () { if (area.parentNode) area.parentNode.removeChild(area); }
    };
    return editor;
  }

  window.monaco = {
    editor: { create: create, setModelLanguage: noop, setTheme: noop, defineTheme: noop },
    KeyMod: { CtrlCmd: 2048 },
    KeyCode: { Enter: 3 },
    languages: {
      typescript: {
        ScriptTarget: { ES5: 1 },
        javascriptDefaults: { setCompilerOptions: noop, addExtraLib: noop }
      }
    }
  };
})();
