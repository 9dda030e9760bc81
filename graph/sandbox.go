package graph

import (
	"strconv"
	"strings"
)

// Cayley's Gizmo runs scripts in goja, a JavaScript engine that can be
// interrupted only between instructions: one built-in call runs to its end
// however long it takes and however much it allocates. `new
// Array(2e8).map(f)`, `a.length = 2e8; a.sort()`, `"x".repeat(1e10)` each
// allocate gigabytes in one step, which no deadline stops (measured: the
// script's goroutine outlives the query, and a handful of such queries take
// the process down). The sandbox below, run before every Gizmo script,
// refuses those steps before they start: every built-in that walks or
// builds an array or string in one step checks the size first and throws a
// RangeError past the limit. Loops the script writes itself stay
// interruptible and are bounded by the deadline (and, in the server, by its
// memory guard); this closes the steps a deadline cannot reach.
//
// What it does, with max the limit (elements or characters):
//   - every Array.prototype method refuses a receiver longer than max, and
//     array arguments longer than max (concat); join and toString also
//     refuse a result longer than max (elements, separators and strings
//     summed, in an interruptible loop before the join);
//   - Array.from refuses a source longer than max; Function.prototype.apply,
//     Reflect.apply and Reflect.construct refuse argument lists longer than
//     max;
//   - String.prototype.repeat, padStart and padEnd refuse results longer
//     than max; split refuses more than max parts; replace and replaceAll
//     refuse a string replacement whose worst case passes max;
//   - Object.keys, values, entries, assign, getOwnPropertyNames and
//     getOwnPropertyDescriptors refuse a string or array source longer than
//     max; JSON.stringify refuses a value whose output would pass max
//     (measured in an interruptible walk first);
//   - binary buffers (ArrayBuffer, the typed arrays, DataView,
//     SharedArrayBuffer), which allocate their whole length at once, are
//     removed: graph queries have no use for them.
//
// The wrapped built-ins cannot be restored by the script: the originals are
// reachable only inside the sandbox's closure, and the wrappers are
// non-writable and non-configurable. The sandbox is one line, so the
// script's own line numbers in error messages are unchanged.
//
// The script's completion value (what a REPL would print) is never
// returned in the JSON forms Dossier asks for, but Cayley converts it to a
// Go value all the same, element by element: a script ending in a huge
// array would be copied once more, in one step. The script is therefore
// followed by `void 0`.

// DefaultStepLimit is the largest array or string a single built-in step
// of a Gizmo script may walk or build, in elements or characters, when
// QueryOptions.StepLimit is 0: 4 Mi, a 64 MB array of values. Query results
// are capped far below it.
const DefaultStepLimit = 1 << 22

// sandboxed returns script preceded by the sandbox (on the script's first
// line) and followed by `void 0` (see above).
func sandboxed(script string, max int) string {
	return strings.Replace(sandboxJS, "@MAX@", strconv.Itoa(max), 1) + script + "\n;void 0"
}

// sandboxJS is the sandbox, one line of JavaScript with no comments (it
// precedes the script's first line). @MAX@ is replaced by the limit.
var sandboxJS = strings.Join([]string{
	`(function () {`,
	`"use strict";`,
	`var MAX = @MAX@;`,
	`var G = typeof globalThis === "object" ? globalThis : Function("return this")();`,
	`var rapply = Reflect.apply, rconstruct = Reflect.construct, define = Object.defineProperty,`,
	`  names = Object.getOwnPropertyNames, isArray = Array.isArray, num = Number, str = String,`,
	`  floor = Math.floor, max0 = Math.max;`,
	`function refuse(what, n) {`,
	`  throw new RangeError(what + ": " + n + " elements or characters in one step; this server allows at most " + MAX);`,
	`}`,
	`function len(x) {`,
	`  if (x === null || x === undefined) { return 0; }`,
	`  var t = typeof x;`,
	`  if (t !== "object" && t !== "string" && t !== "function") { return 0; }`,
	`  var n = x.length;`,
	`  return typeof n === "number" && n > 0 ? n : 0;`,
	`}`,
	`function check(what, x) { var n = len(x); if (n > MAX) { refuse(what, n); } }`,
	`function wrap(obj, name, pre) {`,
	`  var f = obj[name];`,
	`  if (typeof f !== "function") { return; }`,
	`  var w = function () { pre(this, arguments); return rapply(f, this, arguments); };`,
	`  define(obj, name, {value: w, writable: false, configurable: false, enumerable: false});`,
	`}`,
	`function lock(obj, name, f) { define(obj, name, {value: f, writable: false, configurable: false, enumerable: false}); }`,
	`function joined(self, sep) {`,
	`  var n = len(self), s = sep === undefined ? 1 : len(str(sep)), total = n > 0 ? (n - 1) * s : 0;`,
	`  if (total > MAX) { refuse("Array.prototype.join", total); }`,
	`  for (var i = 0; i < n; i++) {`,
	`    var v = self[i];`,
	`    if (typeof v === "string") { total += v.length; }`,
	`    else if (v !== null && typeof v === "object" && isArray(v)) { total += len(v); }`,
	`    if (total > MAX) { refuse("Array.prototype.join", total); }`,
	`  }`,
	`}`,
	`var AP = Array.prototype;`,
	`names(AP).forEach(function (k) {`,
	`  if (k === "constructor" || typeof AP[k] !== "function") { return; }`,
	`  var what = "Array.prototype." + k;`,
	`  wrap(AP, k, function (self, args) {`,
	`    check(what, self);`,
	`    for (var i = 0; i < args.length; i++) { if (isArray(args[i])) { check(what, args[i]); } }`,
	`    if (k === "join") { joined(self, args[0]); }`,
	`    if (k === "toString" || k === "toLocaleString") { joined(self, ","); }`,
	`  });`,
	`});`,
	`wrap(AP, Symbol.iterator, function (self) { check("Array.prototype[Symbol.iterator]", self); });`,
	`wrap(Array, "from", function (self, args) { check("Array.from", args[0]); });`,
	`function argList(what) { return function (self, args) { check(what, args[1]); }; }`,
	`wrap(Function.prototype, "apply", argList("Function.prototype.apply"));`,
	`lock(Reflect, "apply", function (f, t, a) { check("Reflect.apply", a); return rapply(f, t, a); });`,
	`lock(Reflect, "construct", function (f, a) { check("Reflect.construct", a); return rapply(rconstruct, Reflect, arguments); });`,
	`var SP = String.prototype;`,
	`wrap(SP, "repeat", function (self, args) { var n = len(str(self)) * max0(num(args[0]) || 0, 0); if (n > MAX) { refuse("String.prototype.repeat", n); } });`,
	`function pad(what) { return function (self, args) { var n = num(args[0]) || 0; if (n > MAX) { refuse(what, n); } }; }`,
	`wrap(SP, Symbol.iterator, function (self) { check("String.prototype[Symbol.iterator]", str(self)); });`,
	`wrap(SP, "padStart", pad("String.prototype.padStart"));`,
	`wrap(SP, "padEnd", pad("String.prototype.padEnd"));`,
	`wrap(SP, "split", function (self, args) {`,
	`  var n = len(str(self)), limit = args[1] === undefined ? Infinity : num(args[1]) >>> 0;`,
	`  var sep = args[0], per = typeof sep === "string" && sep.length > 0 ? sep.length : 1;`,
	`  var parts = Math.min(floor(n / per) + 1, limit);`,
	`  if (parts > MAX) { refuse("String.prototype.split", parts); }`,
	`});`,
	`function replacing(what) {`,
	`  return function (self, args) {`,
	`    if (typeof args[1] === "function") { return; }`,
	`    var n = len(str(self)), r = len(str(args[1])), worst = n + (n + 1) * r;`,
	`    if (worst > MAX && r > 2) { refuse(what, worst); }`,
	`  };`,
	`}`,
	`wrap(SP, "replace", replacing("String.prototype.replace"));`,
	`wrap(SP, "replaceAll", replacing("String.prototype.replaceAll"));`,
	`["keys", "values", "entries", "getOwnPropertyNames", "getOwnPropertyDescriptors"].forEach(function (k) {`,
	`  wrap(Object, k, function (self, args) { check("Object." + k, args[0]); });`,
	`});`,
	`wrap(Object, "assign", function (self, args) { for (var i = 1; i < args.length; i++) { check("Object.assign", args[i]); } });`,
	`function measure(v) {`,
	`  var total = 0, stack = [v], seen = 0;`,
	`  while (stack.length > 0) {`,
	`    var x = stack.pop();`,
	`    if (typeof x === "string") { total += x.length + 2; }`,
	`    else if (x !== null && typeof x === "object") {`,
	`      if (isArray(x)) { check("JSON.stringify", x); total += x.length + 2; for (var i = 0; i < x.length; i++) { stack.push(x[i]); } }`,
	`      else { var ks = names(x); check("JSON.stringify", ks); total += 2; for (var j = 0; j < ks.length; j++) { total += ks[j].length + 4; stack.push(x[ks[j]]); } }`,
	`    } else { total += 8; }`,
	`    if (total > MAX) { refuse("JSON.stringify", total); }`,
	`    if (++seen > MAX) { refuse("JSON.stringify", seen); }`,
	`  }`,
	`}`,
	`wrap(JSON, "stringify", function (self, args) { measure(args[0]); });`,
	`["ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",`,
	` "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"].forEach(function (k) {`,
	`  try { delete G[k]; } catch (e) { G[k] = undefined; }`,
	`});`,
	`})();`,
}, " ")
