// Package ocr reads the text of scans — images, and PDF pages without a text
// layer — with Tesseract (Debian tesseract-ocr with the kir, rus and eng
// language data), run as a subprocess; PDF pages are first rendered to
// images with poppler's pdftoppm. Both are optional: when a tool is missing
// the error says so and names the Debian packages to install.
//
// Tesseract's own threads are limited to one per call (OMP_THREAD_LIMIT=1):
// a build already reads several documents at once.
package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/ingest/layout"
)

// ErrUnavailable means OCR cannot run here: Tesseract (or pdftoppm, for PDF
// pages) is not installed, or has none of the languages asked for.
var ErrUnavailable = errors.New("OCR is not available")

// DefaultLanguages are the Tesseract languages Dossier's sources are in.
var DefaultLanguages = []string{"kir", "rus", "eng"}

// Tesseract runs OCR. The zero value uses "tesseract" and "pdftoppm" from
// PATH, DefaultLanguages, 300 dpi and a two-minute limit per page. It is
// safe for concurrent use; the first call checks the installation once.
type Tesseract struct {
	Command   string        // tesseract executable
	Renderer  string        // pdftoppm executable
	Languages []string      // Tesseract language codes
	Timeout   time.Duration // per page
	DPI       int           // resolution PDF pages are rendered at

	once  sync.Once
	info  Info
	err   error
	langs string // "kir+rus+eng", the installed subset
}

// Info describes the Tesseract installation.
type Info struct {
	Version   string   // "5.3.0"
	Languages []string // the languages asked for that are installed
	Missing   []string // the languages asked for that are not
}

const install = "Debian: apt-get install tesseract-ocr tesseract-ocr-kir tesseract-ocr-rus tesseract-ocr-eng"

// Check reports the installation, or ErrUnavailable with what to install.
func (t *Tesseract) Check(ctx context.Context) (Info, error) {
	t.once.Do(func() { t.info, t.err = t.check(ctx) })
	return t.info, t.err
}

func (t *Tesseract) command() string {
	if t.Command != "" {
		return t.Command
	}
	return "tesseract"
}

func (t *Tesseract) check(ctx context.Context) (Info, error) {
	var info Info
	bin, err := exec.LookPath(t.command())
	if err != nil {
		return info, fmt.Errorf("%w: %s is not installed (%s)", ErrUnavailable, t.command(), install)
	}
	out, err := exec.CommandContext(ctx, bin, "--version").CombinedOutput()
	if err != nil {
		return info, fmt.Errorf("%w: %s --version: %w", ErrUnavailable, bin, err)
	}
	if f := strings.Fields(string(out)); len(f) >= 2 {
		info.Version = strings.TrimPrefix(f[1], "v")
	}
	out, err = exec.CommandContext(ctx, bin, "--list-langs").CombinedOutput()
	if err != nil {
		return info, fmt.Errorf("%w: %s --list-langs: %w", ErrUnavailable, bin, err)
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(out), "\n")[1:] {
		have[strings.TrimSpace(l)] = true
	}
	want := t.Languages
	if len(want) == 0 {
		want = DefaultLanguages
	}
	for _, l := range want {
		if have[l] {
			info.Languages = append(info.Languages, l)
		} else {
			info.Missing = append(info.Missing, l)
		}
	}
	if len(info.Languages) == 0 {
		return info, fmt.Errorf("%w: tesseract has none of the languages %s (%s)", ErrUnavailable, strings.Join(want, ", "), install)
	}
	t.langs = strings.Join(info.Languages, "+")
	return info, nil
}

// Describe says, for a document's notes, how OCR ran.
func (i Info) Describe() string {
	s := fmt.Sprintf("OCR by tesseract %s (%s)", i.Version, strings.Join(i.Languages, "+"))
	if len(i.Missing) > 0 {
		s += fmt.Sprintf("; language data missing for %s, install tesseract-ocr-%s", strings.Join(i.Missing, ", "), strings.Join(i.Missing, " tesseract-ocr-"))
	}
	return s
}

func (t *Tesseract) timeout() time.Duration {
	if t.Timeout > 0 {
		return t.Timeout
	}
	return 2 * time.Minute
}

// Image returns the lines Tesseract read in the image file at path (PNG,
// JPEG, TIFF, GIF, BMP, WebP, PNM), one slice per page (a TIFF may hold
// several), each line with its place in points (taking the image to be at
// the Tesseract's DPI), ready for layout.Paragraphs.
func (t *Tesseract) Image(ctx context.Context, path string) ([]layout.Page, error) {
	if _, err := t.Check(ctx); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, t.timeout())
	defer cancel()
	cmd := exec.CommandContext(ctx, t.command(), path, "stdout", "-l", t.langs, "tsv")
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("tesseract: gave up after %s", t.timeout())
		}
		return nil, fmt.Errorf("tesseract could not read the image: %s", lastLine(stderr.String(), err))
	}
	return parseTSV(stdout.String(), 72/float64(t.dpi())), nil
}

func (t *Tesseract) dpi() int {
	if t.DPI > 0 {
		return t.DPI
	}
	return 300
}

// parseTSV reads Tesseract's TSV output: level-1 rows are pages, level-4
// rows lines (with their boxes in pixels), level-5 rows their words. scale
// converts pixels to points. Every line of a page gets the page's median
// line height as its size: heights of scanned lines vary with their
// letters, not their font.
func parseTSV(tsv string, scale float64) []layout.Page {
	var pages []layout.Page
	var heights [][]float64
	page := -1
	cur := -1 // index of the current line in pages[page]
	for _, row := range strings.Split(tsv, "\n") {
		f := strings.Split(row, "\t")
		if len(f) < 12 {
			continue
		}
		level, err1 := strconv.Atoi(f[0])
		pageNum, err2 := strconv.Atoi(f[1])
		left, err3 := strconv.ParseFloat(f[6], 64)
		top, err4 := strconv.ParseFloat(f[7], 64)
		width, err5 := strconv.ParseFloat(f[8], 64)
		height, err6 := strconv.ParseFloat(f[9], 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil || err6 != nil {
			continue // the header row, or a damaged one
		}
		for page < pageNum-1 {
			pages = append(pages, layout.Page{})
			heights = append(heights, nil)
			page++
			cur = -1
		}
		if page < 0 {
			continue
		}
		switch level {
		case 1:
			pages[page].Width = width * scale
		case 4:
			pages[page].Lines = append(pages[page].Lines, layout.Placed{X0: left * scale, X1: (left + width) * scale, Y: -(top + height) * scale})
			heights[page] = append(heights[page], height*scale)
			cur = len(pages[page].Lines) - 1
		case 5:
			word := strings.TrimSpace(strings.ToValidUTF8(strings.Join(f[11:], " "), "\uFFFD"))
			if word == "" || cur < 0 {
				continue
			}
			ln := &pages[page].Lines[cur]
			if ln.Text != "" {
				ln.Text += " "
			}
			ln.Text += word
		}
	}
	for i, p := range pages {
		size := median(heights[i])
		kept := p.Lines[:0]
		for _, ln := range p.Lines {
			if ln.Text != "" {
				ln.Size = size
				kept = append(kept, ln)
			}
		}
		pages[i].Lines = kept
	}
	return pages
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// PDFPage renders page (1-based) of the PDF at path and returns its lines.
func (t *Tesseract) PDFPage(ctx context.Context, path string, page int) (layout.Page, error) {
	if _, err := t.Check(ctx); err != nil {
		return layout.Page{}, err
	}
	renderer := t.Renderer
	if renderer == "" {
		renderer = "pdftoppm"
	}
	bin, err := exec.LookPath(renderer)
	if err != nil {
		return layout.Page{}, fmt.Errorf("%w: %s is not installed to render scanned PDF pages (Debian: apt-get install poppler-utils)", ErrUnavailable, renderer)
	}
	dir, err := os.MkdirTemp("", "dossier-ocr-")
	if err != nil {
		return layout.Page{}, fmt.Errorf("render page %d: %w", page, err)
	}
	defer os.RemoveAll(dir)
	rctx, cancel := context.WithTimeout(ctx, t.timeout())
	defer cancel()
	prefix := filepath.Join(dir, "page")
	p := strconv.Itoa(page)
	var stderr bytes.Buffer
	cmd := exec.CommandContext(rctx, bin, "-r", strconv.Itoa(t.dpi()), "-gray", "-png", "-singlefile", "-f", p, "-l", p, path, prefix)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return layout.Page{}, fmt.Errorf("render page %d with %s: %s", page, renderer, lastLine(stderr.String(), err))
	}
	pages, err := t.Image(ctx, prefix+".png")
	if err != nil {
		return layout.Page{}, fmt.Errorf("page %d: %w", page, err)
	}
	if len(pages) != 1 {
		return layout.Page{}, fmt.Errorf("page %d: tesseract read %d pages from one rendered page", page, len(pages))
	}
	return pages[0], nil
}

// lastLine is the last line a tool wrote to stderr that mentions an error
// (else its last line), or err.
func lastLine(stderr string, err error) string {
	last := ""
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || !utf8.ValidString(l) {
			continue
		}
		if strings.Contains(strings.ToLower(l), "error") || last == "" || !strings.Contains(strings.ToLower(last), "error") {
			last = l
		}
	}
	if last == "" {
		return err.Error()
	}
	return last
}
