package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/spf13/viper"

	"github.com/dossier-kg/dossier/internal/testenv"
)

var screenshots = flag.Bool("screenshots", false, "write the browser test's screenshots to docs/ui/ (as well as the test's temporary directory)")

// syncBuffer is a bytes.Buffer safe for the server goroutine to write while
// the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serveInProcess runs `dossier serve` on a free port until the test ends
// and returns its base URL.
func serveInProcess(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errs syncBuffer
	root := newRootCommand(viper.New(), &out, &errs)
	root.SetArgs(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("serve: %v\n%s", err, errs.String())
		}
	})
	addr := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+)/`)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := addr.FindStringSubmatch(errs.String()); m != nil {
			return m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended: %v\n%s", err, errs.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start:\n%s", errs.String())
	return ""
}

// TestBrowser drives Dossier's UI in headless Chromium on the seed graph:
// Cayley's Visualize view draws a named query loaded from Dossier's bar;
// Dossier's network view draws a person's network and its time slider
// hides what was not yet so; a search in any form of a name leads to the
// entity page, where the 1925-05-05 letter's evidence opens the document
// with the quote highlighted. Screenshots go to the test's temporary
// directory, and with -screenshots to docs/ui/ (see docs/ui.md).
//
// Chromium (Debian package chromium) must be installed; without it the test
// skips, or fails under DOSSIER_REQUIRE_SHARED=1 as in CI.
func TestBrowser(t *testing.T) {
	chrome := testenv.Tool(t, "chromium", "chromium")
	seeds := testenv.Shared(t, "corpus", "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	mustRun(t, "build", "--db", db, seeds)
	base := serveInProcess(t, "--db", db)

	shots := t.TempDir()
	if *screenshots {
		shots = filepath.Join(testenv.RepoRoot(t), "docs", "ui")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome), chromedp.NoSandbox, chromedp.WindowSize(1400, 1000),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-gpu", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	defer cancelBrowser()
	// The first Run starts the browser, which lives as long as its context:
	// start it without a deadline, then give each step its own.
	if err := chromedp.Run(bctx); err != nil {
		t.Fatalf("start %s: %v", chrome, err)
	}

	shot := func(name string) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			var b []byte
			if err := chromedp.CaptureScreenshot(&b).Do(ctx); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name), b, 0o644)
		})
	}
	run := func(t *testing.T, what string, actions ...chromedp.Action) {
		t.Helper()
		ctx, cancel := context.WithTimeout(bctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	t.Run("CayleyVisualizeRunsANamedQuery", func(t *testing.T) {
		var ready bool
		run(t, "open Cayley's UI and choose the correspondence example",
			chromedp.Navigate(base+"/"),
			chromedp.Poll(`!!document.querySelector('select.dossier-examples option[value="correspondence"]')`, nil, chromedp.WithPollingTimeout(10*time.Second)),
			chromedp.Evaluate(`(function () {
				var s = document.querySelector("select.dossier-examples");
				s.value = "correspondence";
				s.dispatchEvent(new Event("change"));
				return true;
			})()`, &ready),
		)
		// The page reloads with the query in the editor (polls that the
		// reload interrupts are tried again).
		waitFor(t, bctx, `(function () {
			var e = document.querySelector("textarea.dossier-editor");
			return !!e && e.value.indexOf('named query "correspondence"') >= 0;
		})()`)
		run(t, "run it in Visualize",
			clickText(".mdc-list-item", "Visualize"),
			chromedp.WaitVisible(`textarea.dossier-editor`, chromedp.ByQuery),
			clickText("button", "Run"),
			chromedp.Poll(`document.querySelectorAll(".graph svg text").length > 0`, nil, chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.Sleep(500*time.Millisecond), // let the forces settle for the picture
			shot("cayley-visualize.png"),
		)
		var labels []string
		run(t, "read the drawn nodes", chromedp.Evaluate(`Array.from(document.querySelectorAll(".graph svg text")).map(function (t) { return t.textContent; })`, &labels))
		// The example's parameters are person=Stalin, from=1920, to=1930. By
		// hand: Abdrakhmanov wrote to Stalin in 1925, 1929 and 1930, Peters
		// in 1922; Joffe's letter to Chicherin is not Stalin's.
		var nodes []string
		for _, l := range labels {
			if strings.HasPrefix(l, "https://") {
				nodes = append(nodes, l)
			}
		}
		slices.Sort(nodes)
		want := []string{
			"https://w3id.org/dossier/id/person/jekabs-peters",
			"https://w3id.org/dossier/id/person/joseph-stalin",
			"https://w3id.org/dossier/id/person/zhusup-abdrakhmanov",
		}
		if !slices.Equal(slices.Compact(nodes), want) {
			t.Errorf("Visualize draws %v, want %v", nodes, want)
		}
	})

	t.Run("NetworkViewAndTimeSlider", func(t *testing.T) {
		var all, in1925 []string
		run(t, "draw Abdrakhmanov's network",
			chromedp.Navigate(base+"/dossier/network?query=ego&person="+urlQuery("Абдрахманов")+"&hops=1"),
			chromedp.Poll(`window.dossierNetwork && window.dossierNetwork.visible().length > 0`, nil, chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.Evaluate(`window.dossierNetwork.visible()`, &all),
			shot("network.png"),
			chromedp.SetValue(`#year`, "1925", chromedp.ByID),
			chromedp.Evaluate(`document.getElementById("year").dispatchEvent(new Event("input")), true`, nil),
			chromedp.Evaluate(`window.dossierNetwork.visible()`, &in1925),
			shot("network-1925.png"),
		)
		// by hand: his letters go to Stalin (1925, 1929, 1930), he reports
		// from Moscow (1925), he heads the Kyrgyz Council of People's
		// Commissars from 1929
		for _, want := range []string{"Zhusup Abdrakhmanov", "Joseph Stalin", "Moscow"} {
			if !slices.Contains(all, want) || !slices.Contains(in1925, want) {
				t.Errorf("%s missing: all %v, up to 1925 %v", want, all, in1925)
			}
		}
		council := ""
		for _, n := range all {
			if strings.Contains(n, "People's Commissars") {
				council = n
			}
		}
		if council == "" || slices.Contains(in1925, council) {
			t.Errorf("the council he headed from 1929 should show up to 1930 and not up to 1925: all %v, up to 1925 %v", all, in1925)
		}
	})

	t.Run("EntityPageEvidenceHighlighted", func(t *testing.T) {
		var first []string
		for _, q := range []string{"Абдрахманов", "Abdrakhmanov", "Жусуп"} {
			var iri string
			run(t, "search "+q,
				chromedp.Navigate(base+"/dossier/search?q="+urlQuery(q)),
				chromedp.WaitVisible(`li.hit`, chromedp.ByQuery),
				chromedp.AttributeValue(`li.hit`, "data-iri", &iri, nil, chromedp.ByQuery),
			)
			first = append(first, iri)
		}
		if first[0] != "https://w3id.org/dossier/id/person/zhusup-abdrakhmanov" || first[1] != first[0] || first[2] != first[0] {
			t.Fatalf("Абдрахманов, Abdrakhmanov, Жусуп find %v", first)
		}
		const fact = `tr.fact[data-relation="wroteTo"][data-date="1925-05-05"]`
		var quote, mark, path string
		var inView, highlighted bool
		run(t, "open the entity page and the letter's evidence",
			chromedp.Click(`li.hit a`, chromedp.ByQuery),
			chromedp.WaitVisible(fact, chromedp.ByQuery),
			chromedp.Evaluate(`location.pathname`, &path),
			shot("entity.png"),
			chromedp.Text(fact+` blockquote.quote`, &quote, chromedp.ByQuery),
			chromedp.Click(fact+` a.evidence-link`, chromedp.ByQuery),
			chromedp.WaitVisible(`mark#evidence`, chromedp.ByQuery),
			chromedp.Text(`mark#evidence`, &mark, chromedp.ByQuery),
			chromedp.Evaluate(`(function () {
				var r = document.getElementById("evidence").getBoundingClientRect();
				return r.bottom > 0 && r.top < window.innerHeight;
			})()`, &inView),
			chromedp.Evaluate(`getComputedStyle(document.getElementById("evidence")).backgroundColor !== "rgba(0, 0, 0, 0)"`, &highlighted),
			shot("document-evidence.png"),
		)
		if path != "/dossier/entity/person/zhusup-abdrakhmanov" {
			t.Errorf("the first hit led to %s", path)
		}
		if quote == "" || collapse(mark) != collapse(quote) {
			t.Errorf("highlighted passage\n%q\nis not the quote on the entity page\n%q", collapse(mark), collapse(quote))
		}
		if !inView || !highlighted {
			t.Errorf("the passage is in view: %v, highlighted: %v", inView, highlighted)
		}
	})

	t.Run("Timeline", func(t *testing.T) {
		var n int
		run(t, "the timeline",
			chromedp.Navigate(base+"/dossier/timeline"),
			chromedp.WaitVisible(`li.event`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('li.event[data-date="1925-05-05"]').length`, &n),
			shot("timeline.png"),
		)
		if n == 0 {
			t.Error("the timeline has no event on 1925-05-05")
		}
	})
}

// waitFor polls js until it is true, for up to 20 seconds, trying again
// when a navigation interrupts a poll.
func waitFor(t *testing.T, bctx context.Context, js string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var err error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(bctx, 3*time.Second)
		err = chromedp.Run(ctx, chromedp.Poll(js, nil, chromedp.WithPollingTimeout(2*time.Second)))
		cancel()
		if err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: %v", js, err)
}

// clickText clicks the first element matching sel whose text is text.
func clickText(sel, text string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var ok bool
		js := fmt.Sprintf(`(function () {
			var els = Array.from(document.querySelectorAll(%q));
			var el = els.find(function (e) { return (e.innerText || e.textContent).trim().toLowerCase() === %q.toLowerCase(); });
			if (!el) return false;
			el.click();
			return true;
		})()`, sel, text)
		if err := chromedp.Poll(js, &ok, chromedp.WithPollingTimeout(10*time.Second)).Do(ctx); err != nil {
			return fmt.Errorf("click %s %q: %w", sel, text, err)
		}
		return nil
	})
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func urlQuery(s string) string { return url.QueryEscape(s) }
