package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"testing"
	"time"
)

// TestSandboxRefusesHugeSteps runs, for each built-in step that would walk
// or build a huge array or string in one uninterruptible call, a script
// doing it: each must fail with the sandbox's RangeError well inside the
// timeout, and the goroutine of the script must be gone on return.
func TestSandboxRefusesHugeSteps(t *testing.T) {
	s := openTest(t, Memstore)
	defer s.Close()
	seed(t, s)
	cases := map[string]string{
		"map":         `var a = []; a.length = 2e8; a.map(function (x) { return 1; })`,
		"sort":        `var a = []; a.length = 2e8; a.sort()`,
		"fill":        `var a = []; a.length = 2e8; a.fill(0)`,
		"join":        `var a = []; a.length = 1e8; a.join("xxxxxxxx")`,
		"repeat":      `"x".repeat(1e10)`,
		"padStart":    `"x".padStart(1e9)`,
		"split":       `var s = "x".repeat(1000000); s = s + s + s + s + s; s.split("")`,
		"Array.from":  `Array.from({length: 1e9})`,
		"apply":       `var a = []; a.length = 1e8; Math.max.apply(null, a)`,
		"Reflect":     `var a = []; a.length = 1e8; Reflect.apply(Math.max, null, a)`,
		"Object.keys": `var a = []; a.length = 1e8; Object.keys(a)`,
		"stringify":   `var a = []; for (var i = 0; i < 5000; i++) { a.push("x".repeat(1000)); } JSON.stringify(a)`,
		"spread":      `var a = []; a.length = 1e8; [].concat([...a])`,
		"ArrayBuffer": `new ArrayBuffer(1e9)`,
		"Uint8Array":  `new Uint8Array(1e9)`,
	}
	for name, script := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			res, err := s.Query(context.Background(), script, QueryOptions{Timeout: 5 * time.Second, StepLimit: 1 << 20, Grace: 5 * time.Second})
			if err == nil {
				t.Fatalf("script passed: %v", res.Results)
			}
			if d := time.Since(start); d > 4*time.Second {
				t.Fatalf("took %s: %v", d, err)
			}
			if res != nil && res.Lingering {
				t.Fatalf("script still running on return: %v", err)
			}
			t.Logf("%s: %v", time.Since(start), err)
		})
	}
}

// TestSandboxKeepsOrdinaryScripts checks that scripts using the wrapped
// built-ins within the limit run as before, and that the script cannot
// put the originals back.
func TestSandboxKeepsOrdinaryScripts(t *testing.T) {
	s := openTest(t, Memstore)
	defer s.Close()
	cases := map[string]string{
		`g.Emit([3, 1, 2].sort().map(function (x) { return x * 2; }).join(","))`:                                                                          "2,4,6",
		`g.Emit("ab".repeat(3) + "x".padStart(3, "-") + "a,b".split(",").length)`:                                                                         "ababab--x2",
		`g.Emit(JSON.stringify({a: [1, "x"]}) + Object.keys({p: 1, q: 2}).join(""))`:                                                                      `{"a":[1,"x"]}pq`,
		`g.Emit(String(Math.max.apply(null, [1, 5, 2])) + Array.from("abc").length)`:                                                                      "53",
		`try { Array.prototype.map = function () { return "patched"; }; } catch (e) {} g.Emit(String([1].map(function (x) { return x + 1; })))`:           "2",
		`try { delete Array.prototype.sort; } catch (e) {} var a = []; a.length = 2e7; try { a.sort(); g.Emit("sorted"); } catch (e) { g.Emit(e.name); }`: "RangeError",
	}
	for script, want := range cases {
		res, err := s.Query(context.Background(), script, QueryOptions{Timeout: 5 * time.Second, StepLimit: 1 << 20})
		if err != nil {
			t.Errorf("%s: %v", script, err)
			continue
		}
		if len(res.Results) != 1 || fmt.Sprint(res.Results[0]) != want {
			t.Errorf("%s: got %v, want %q", script, res.Results, want)
		}
	}
}

// TestQueryStopsScriptBeforeReturning checks the contract of Stopped and
// Lingering: after a timeout and after a cancel, the script's goroutine
// is gone when Query returns, and a cancel's cause is in the error.
func TestQueryStopsScriptBeforeReturning(t *testing.T) {
	s := openTest(t, Memstore)
	defer s.Close()
	before := runtime.NumGoroutine()
	res, err := s.Query(context.Background(), `while(true){}`, QueryOptions{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) || res.Lingering {
		t.Fatalf("timeout: err %v, lingering %v", err, res.Lingering)
	}
	select {
	case <-res.Stopped:
	default:
		t.Fatal("Stopped not closed on return")
	}
	cause := errors.New("over budget")
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(200*time.Millisecond, func() { cancel(cause) })
	res, err = s.Query(ctx, `var a = []; while(true){ a.push(1); }`, QueryOptions{Timeout: 10 * time.Second})
	if !errors.Is(err, cause) || errors.Is(err, ErrTimeout) || res.Lingering {
		t.Fatalf("cancel with a cause: err %v, lingering %v", err, res.Lingering)
	}
	// the scripts' goroutines are gone (allow the runtime a moment)
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before+1 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+1 {
		t.Fatalf("%d goroutines after the queries, %d before", n, before)
	}
}
