package graph

import (
	"errors"
	"reflect"
	"unsafe"

	"github.com/cayleygraph/cayley/query"
	cayleygizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// MaxCallDepth bounds the JavaScript call stack of a Gizmo script.
//
// A script that recurses through ForEach (`function walk(id) {
// g.V(id).Both().ForEach(function (x) { walk(x.id) }) }`) goes as deep as
// its time allows: goja sets no bound of its own, and every level is also a
// Go frame. Stopped at the deadline, it unwinds level by level, and every
// level wraps the exception below it with a stack trace as deep as the
// recursion, so unwinding costs the square of the depth: measured here, a
// walk stopped after 3 s took 50 s and more to unwind, longer on a faster
// host (it gets deeper in the same time). Bounded, the recursion ends in
// a RangeError long before that. Gizmo queries that are not hostile stay far
// below the bound.
const MaxCallDepth = 256

// limitCallStack sets the JavaScript call-stack bound of a Gizmo session.
// Cayley keeps the session's goja runtime to itself (an unexported field
// of the pinned version's gizmo.Session), so it is reached by reflection;
// false when the session is not Gizmo's or the field is not a runtime,
// which TestCallStackBounded would catch after a Cayley upgrade.
func limitCallStack(ses query.Session, depth int) bool {
	gs, ok := ses.(*cayleygizmo.Session)
	if !ok || gs == nil {
		return false
	}
	f := reflect.ValueOf(gs).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*goja.Runtime)(nil)) {
		return false
	}
	vm := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if vm == nil {
		return false
	}
	vm.SetMaxCallStackSize(depth)
	return true
}

// stackOverflow reports an error that goja's call-stack bound raised,
// however many times the script's levels wrapped it: Cayley's ForEach
// rethrows a callback's error as a JavaScript value holding the Go error,
// which errors.As does not see through, so each level is unwrapped here.
func stackOverflow(err error) bool {
	for range MaxCallDepth + 1 {
		var so *goja.StackOverflowError
		if errors.As(err, &so) {
			return true
		}
		var ex *goja.Exception
		if !errors.As(err, &ex) || ex.Value() == nil {
			return false
		}
		inner, ok := ex.Value().Export().(error)
		if !ok || inner == err {
			return false
		}
		err = inner
	}
	return false
}
