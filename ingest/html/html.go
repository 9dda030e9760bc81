// Package html reads saved web pages with github.com/go-shiori/go-readability
// (a port of Firefox's Reader View): the main text of the page without its
// navigation, share buttons, related links and footer, rendered as
// paragraphs separated by blank lines, the headline first; and the page's
// title, author and publication date as metadata.
//
// The page's encoding comes from its byte-order mark, else its <meta
// charset> (checked against the bytes: a page labelled windows-1251 that is
// valid UTF-8 is read as UTF-8), else package charset's detection.
package html

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	xhtml "golang.org/x/net/html"

	"github.com/dossier-kg/dossier/ingest/charset"
)

// ErrNoText means the page has no main text (only navigation, scripts,
// images).
var ErrNoText = errors.New("no main text in the page")

// Document is what Read found.
type Document struct {
	Text                string
	Title, Author, Date string
	// Encoding is the encoding the page was decoded from; Detected is true
	// when it was guessed (no label, or a label the bytes contradict).
	Encoding string
	Detected bool
}

// Read extracts the main text of the page in raw.
func Read(raw []byte) (*Document, error) {
	enc, detected, err := encoding(raw)
	if err != nil {
		return nil, err
	}
	src, err := charset.Decode(raw, enc)
	if err != nil {
		return nil, fmt.Errorf("decode as %s: %w", enc, err)
	}
	art, err := readability.FromReader(strings.NewReader(src), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoText, err)
	}
	body := ""
	if art.Content != "" {
		n, err := xhtml.Parse(strings.NewReader(art.Content))
		if err != nil {
			return nil, fmt.Errorf("parse main text: %w", err)
		}
		body = render(n)
	}
	doc := &Document{
		Title:    oneLine(art.Title),
		Author:   byline(art.Byline),
		Encoding: enc,
		Detected: detected,
	}
	if art.PublishedTime != nil {
		doc.Date = art.PublishedTime.Format("2006-01-02")
	}
	doc.Text = dropByline(body, doc.Author)
	if !hasLetters(doc.Text) {
		return nil, ErrNoText
	}
	if doc.Title != "" && !strings.Contains(oneLine(doc.Text), doc.Title) {
		doc.Text = doc.Title + "\n\n" + doc.Text
	}
	return doc, nil
}

var metaCharset = regexp.MustCompile(`(?is)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.-]+)`)

// encoding decides how the page is encoded.
func encoding(raw []byte) (string, bool, error) {
	det, detErr := charset.Detect(raw)
	if det.BOM > 0 {
		return det.Name, false, nil
	}
	head := raw[:min(len(raw), 4096)]
	if m := metaCharset.FindSubmatch(head); m != nil {
		label := string(m[1])
		if label == "" {
			label = string(m[2])
		}
		if name, ok := charset.Label(label); ok {
			switch {
			case detErr != nil:
			case name == charset.UTF8 && det.Name != charset.UTF8:
				return det.Name, true, nil // labelled UTF-8, but it is not
			case name != charset.UTF8 && det.Name == charset.UTF8 && !ascii(raw):
				return charset.UTF8, true, nil // labelled single-byte, but valid UTF-8
			}
			return name, false, nil
		}
	}
	if detErr != nil {
		return "", false, detErr
	}
	return det.Name, det.Detected, nil
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// skippedTags never hold main text, even when Readability keeps them.
var skippedTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "button": true,
	"form": true, "input": true, "select": true, "textarea": true, "nav": true, "iframe": true, "object": true,
}

// blockTags end a paragraph before and after them.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true, "footer": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "ul": true, "ol": true, "li": true,
	"dl": true, "dt": true, "dd": true, "blockquote": true, "pre": true, "table": true, "tr": true,
	"figure": true, "figcaption": true, "hr": true, "address": true, "aside": true, "caption": true,
}

// render writes the text under n: paragraphs separated by blank lines,
// spaces collapsed (except inside <pre>), <br> as a line break.
func render(n *xhtml.Node) string {
	r := &renderer{}
	r.walk(n, false)
	return strings.TrimSpace(r.b.String())
}

type renderer struct {
	b     bytes.Buffer
	space bool // a space is pending
}

// brk ends the current line (n = 1) or paragraph (n = 2); breaks do not
// add up, and nothing is written before the first text.
func (r *renderer) brk(n int) {
	r.space = false
	out := r.b.Bytes()
	end := len(out)
	have := 0
	for end > 0 && (out[end-1] == ' ' || out[end-1] == '\n') {
		if out[end-1] == '\n' {
			have++
		}
		end--
	}
	if end == 0 {
		r.b.Reset()
		return
	}
	r.b.Truncate(end)
	r.b.WriteString(strings.Repeat("\n", max(have, n)))
}

// text writes a text node, collapsing runs of spaces to one.
func (r *renderer) text(s string, pre bool) {
	if pre {
		r.b.WriteString(s)
		return
	}
	fields := strings.FieldsFunc(s, unicode.IsSpace)
	if len(fields) == 0 {
		r.space = r.space || s != ""
		return
	}
	lead, _ := utf8.DecodeRuneInString(s)
	r.space = r.space || unicode.IsSpace(lead)
	for i, f := range fields {
		if (i > 0 || r.space) && r.b.Len() > 0 && !endsWithBreak(r.b.Bytes()) {
			r.b.WriteByte(' ')
		}
		r.b.WriteString(f)
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	r.space = unicode.IsSpace(last)
}

func endsWithBreak(b []byte) bool { return len(b) > 0 && b[len(b)-1] == '\n' }

func (r *renderer) walk(n *xhtml.Node, pre bool) {
	switch n.Type {
	case xhtml.TextNode:
		r.text(n.Data, pre)
		return
	case xhtml.ElementNode:
		if skippedTags[n.Data] {
			return
		}
		if n.Data == "br" {
			r.brk(1)
			return
		}
	case xhtml.CommentNode, xhtml.DoctypeNode:
		return
	}
	block := n.Type == xhtml.ElementNode && blockTags[n.Data]
	if block {
		r.brk(2)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, pre || (n.Type == xhtml.ElementNode && n.Data == "pre"))
	}
	if block {
		r.brk(2)
	}
}

// dropByline removes a paragraph that only names the author ("By X"): the
// author is metadata.
func dropByline(body, author string) string {
	if author == "" {
		return body
	}
	paras := strings.Split(body, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		if byline(p) != author {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

func hasLetters(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var byPrefix = regexp.MustCompile(`(?i)^(by|автор|авторы|автору|жазган)\s*:?\s+`)

func byline(s string) string { return byPrefix.ReplaceAllString(oneLine(s), "") }
