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
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
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

// Image returns the text of the image file at path (PNG, JPEG, TIFF, GIF,
// BMP, WebP, PNM; every page of a multi-page TIFF), pages separated by a
// blank line, paragraphs by blank lines.
func (t *Tesseract) Image(ctx context.Context, path string) (string, error) {
	if _, err := t.Check(ctx); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, t.timeout())
	defer cancel()
	cmd := exec.CommandContext(ctx, t.command(), path, "stdout", "-l", t.langs)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return "", fmt.Errorf("tesseract: gave up after %s", t.timeout())
		}
		return "", fmt.Errorf("tesseract could not read the image: %s", lastLine(stderr.String(), err))
	}
	out := strings.ToValidUTF8(stdout.String(), "\uFFFD")
	out = strings.ReplaceAll(out, "\f", "\n\n")
	return strings.TrimSpace(out), nil
}

// PDFPage renders page (1-based) of the PDF at path and returns its text.
func (t *Tesseract) PDFPage(ctx context.Context, path string, page int) (string, error) {
	if _, err := t.Check(ctx); err != nil {
		return "", err
	}
	renderer := t.Renderer
	if renderer == "" {
		renderer = "pdftoppm"
	}
	bin, err := exec.LookPath(renderer)
	if err != nil {
		return "", fmt.Errorf("%w: %s is not installed to render scanned PDF pages (Debian: apt-get install poppler-utils)", ErrUnavailable, renderer)
	}
	dir, err := os.MkdirTemp("", "dossier-ocr-")
	if err != nil {
		return "", fmt.Errorf("render page %d: %w", page, err)
	}
	defer os.RemoveAll(dir)
	dpi := t.DPI
	if dpi <= 0 {
		dpi = 300
	}
	rctx, cancel := context.WithTimeout(ctx, t.timeout())
	defer cancel()
	prefix := filepath.Join(dir, "page")
	p := strconv.Itoa(page)
	var stderr bytes.Buffer
	cmd := exec.CommandContext(rctx, bin, "-r", strconv.Itoa(dpi), "-gray", "-png", "-singlefile", "-f", p, "-l", p, path, prefix)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("render page %d with %s: %s", page, renderer, lastLine(stderr.String(), err))
	}
	text, err := t.Image(ctx, prefix+".png")
	if err != nil {
		return "", fmt.Errorf("page %d: %w", page, err)
	}
	return text, nil
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
