// Package docx reads Word documents (Office Open XML, .docx) with the
// standard library: archive/zip to open the package and encoding/xml to
// stream the main document part. The text is what a reader of the document
// sees: paragraphs in order (one per line), text boxes, table cells, tabs,
// line breaks, tracked insertions; not deleted text, field codes, running
// headers or footers. Footnotes and endnotes follow the body after a blank
// line. Title, author and creation date come from the document properties.
package docx

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// ErrDamaged means the file is not a readable Word document: not a ZIP
// package, no main document part, or XML that does not parse.
var ErrDamaged = errors.New("damaged or unreadable Word document")

// Document is what Read found.
type Document struct {
	Text                string
	Title, Author, Date string
}

// Read reads the .docx package in r. maxXML caps the uncompressed size of
// any one part read (a defence against ZIP bombs); 0 means 1 GiB.
func Read(r io.ReaderAt, size, maxXML int64) (*Document, error) {
	if maxXML <= 0 {
		maxXML = 1 << 30
	}
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	p := &pkg{z: z, max: maxXML}
	main := p.target("_rels/.rels", "/officeDocument", "word/document.xml")
	if p.file(main) == nil {
		return nil, fmt.Errorf("%w: no main document part (%s)", ErrDamaged, main)
	}
	var b strings.Builder
	if err := p.text(main, &b); err != nil {
		return nil, err
	}
	rels := path.Join(path.Dir(main), "_rels", path.Base(main)+".rels")
	notes := 0
	for _, kind := range []string{"/footnotes", "/endnotes"} {
		part := p.target(rels, kind, "")
		if part == "" || p.file(part) == nil {
			continue
		}
		var nb strings.Builder
		if err := p.text(part, &nb); err != nil {
			return nil, err
		}
		for _, line := range strings.Split(nb.String(), "\n") {
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			if notes == 0 {
				b.WriteString("\n") // a blank line between the body and the notes
			}
			b.WriteString(line)
			b.WriteString("\n")
			notes++
		}
	}
	doc := &Document{Text: b.String()}
	p.properties(doc)
	return doc, nil
}

type pkg struct {
	z   *zip.Reader
	max int64
}

func (p *pkg) file(name string) *zip.File {
	name = strings.TrimPrefix(name, "/")
	for _, f := range p.z.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// open opens a part for reading, capped at p.max bytes.
func (p *pkg) open(name string) (io.ReadCloser, error) {
	f := p.file(name)
	if f == nil {
		return nil, fmt.Errorf("%w: missing part %s", ErrDamaged, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrDamaged, name, err)
	}
	return &capped{r: io.LimitReader(rc, p.max+1), c: rc, max: p.max, name: name}, nil
}

type capped struct {
	r    io.Reader
	c    io.Closer
	n    int64
	max  int64
	name string
}

func (c *capped) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	if c.n > c.max {
		return n, fmt.Errorf("%w: part %s is larger than %d MB uncompressed", ErrDamaged, c.name, c.max>>20)
	}
	return n, err
}

func (c *capped) Close() error { return c.c.Close() }

// target finds, in the relationships part rels, the target of the first
// relationship whose type ends in kind, resolved against the folder the
// relationships describe; def if there is none.
func (p *pkg) target(rels, kind, def string) string {
	rc, err := p.open(rels)
	if err != nil {
		return def
	}
	defer rc.Close()
	var doc struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(rc).Decode(&doc) != nil {
		return def
	}
	base := path.Dir(path.Dir(rels)) // "word/_rels/x.rels" describes "word"
	for _, r := range doc.Rels {
		if strings.HasSuffix(r.Type, kind) && r.Mode != "External" {
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/")
			}
			return path.Clean(path.Join(base, r.Target))
		}
	}
	return def
}

// skipped are elements whose content is not text a reader sees.
var skipped = map[string]bool{
	"del": true, "delText": true, "instrText": true, "delInstrText": true, "Fallback": true,
	"footnoteRef": true, "endnoteRef": true, "separator": true, "continuationSeparator": true,
	"rPr": true, "pPr": true, "sectPr": true, "fldData": true, "comment": true, "commentReference": true,
}

// text streams the paragraphs of a part into b, one per line.
func (p *pkg) text(name string, b *strings.Builder) error {
	rc, err := p.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	skip := 0      // depth inside skipped elements
	inText := 0    // depth inside w:t
	noteType := "" // type of the current footnote (separators are skipped)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: %s: %w", ErrDamaged, name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || skipped[t.Name.Local] {
				skip++
				continue
			}
			switch t.Name.Local {
			case "footnote", "endnote":
				noteType = attr(t, "type")
			case "t":
				inText++
			case "tab", "ptab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			case "noBreakHyphen":
				b.WriteByte('-')
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = max(0, inText-1)
			case "p":
				if noteType == "" || noteType == "normal" {
					b.WriteByte('\n')
				}
			case "footnote", "endnote":
				noteType = ""
			}
		case xml.CharData:
			if skip == 0 && inText > 0 && (noteType == "" || noteType == "normal") {
				b.Write(t)
			}
		}
	}
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// properties reads title, author and creation date from docProps/core.xml.
func (p *pkg) properties(doc *Document) {
	part := p.target("_rels/.rels", "/core-properties", "docProps/core.xml")
	rc, err := p.open(part)
	if err != nil {
		return
	}
	defer rc.Close()
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created string `xml:"created"`
	}
	if xml.NewDecoder(rc).Decode(&core) != nil {
		return
	}
	doc.Title = strings.TrimSpace(core.Title)
	doc.Author = strings.TrimSpace(core.Creator)
	if c := strings.TrimSpace(core.Created); len(c) >= 10 {
		doc.Date = c[:10]
	} else {
		doc.Date = c
	}
}
