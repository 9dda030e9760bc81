package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-kg/dossier"
)

// Item is one file found by Walk: its path, the document ID it will carry,
// and whether it was named explicitly (an explicit file is read whatever
// its name; one found inside a folder is picked by its name or content).
type Item struct {
	Path     string
	ID       string
	Explicit bool
}

// Extensions lists the file name extensions Walk picks up inside folders.
// Files without an extension are picked up when their content is a
// document (text, HTML, PDF, Word, an image).
var Extensions = []string{
	".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx",
	".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp", ".pnm", ".pbm", ".pgm", ".ppm",
}

func knownExt(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Walk lists the documents under paths in a deterministic order (paths in the
// order given, files within a folder sorted by ID). A path that does not
// exist or cannot be listed is reported through onErr and the walk goes on;
// Walk returns an error only when ctx ends or fn fails.
//
// IDs: a file inside folder D (given as an argument) gets the ID
// "<base of D>/<path below D>"; a file given directly gets
// "<base of its folder>/<file name>". Symbolic links are followed; a link
// back to a folder already being walked (a loop) or already walked is
// reported once and not followed, so no link structure can trap the walk or
// list a document twice.
func Walk(ctx context.Context, paths []string, fn func(Item) error, onErr func(error)) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		info, err := os.Stat(p)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				err = explain(err) // "no such file or directory" says it for a path given
			}
			onErr(fileError(p, "open", err))
			continue
		}
		if !info.IsDir() {
			abs, _ := filepath.Abs(p)
			id := filepath.Base(filepath.Dir(abs)) + "/" + filepath.Base(p)
			if err := fn(Item{Path: p, ID: id, Explicit: true}); err != nil {
				return err
			}
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			onErr(fileError(p, "open", err))
			continue
		}
		w := &walker{ctx: ctx, onErr: onErr, seen: map[string]string{}, base: filepath.Base(abs)}
		if err := w.dir(p, ""); err != nil {
			return err
		}
		sort.Slice(w.items, func(i, j int) bool { return w.items[i].ID < w.items[j].ID })
		for _, it := range w.items {
			if err := fn(it); err != nil {
				return err
			}
		}
	}
	return nil
}

type walker struct {
	ctx   context.Context
	onErr func(error)
	seen  map[string]string // real path of each folder walked -> the path it was walked as
	base  string
	items []Item
}

// dir walks folder p, which is rel below the root.
func (w *walker) dir(p, rel string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		w.onErr(fileError(p, "list", explain(err)))
		return nil
	}
	if prev, ok := w.seen[real]; ok {
		what := "already listed as " + prev
		if strings.HasPrefix(p+string(filepath.Separator), prev+string(filepath.Separator)) {
			what = "a directory loop: it leads back to " + prev
		}
		w.onErr(fileError(p, "list", fmt.Errorf("%s; not followed", what)))
		return nil
	}
	w.seen[real] = p
	entries, err := os.ReadDir(p)
	if err != nil {
		w.onErr(fileError(p, "list", explain(err)))
		return nil
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(p, name)
		sub := name
		if rel != "" {
			sub = rel + "/" + name
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(full)
			if err != nil {
				if knownExt(name) || errors.Is(err, fs.ErrNotExist) {
					w.onErr(fileError(full, "open", fmt.Errorf("a broken symbolic link: %w", explain(err))))
				} else {
					w.onErr(fileError(full, "open", explain(err)))
				}
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if err := w.dir(full, sub); err != nil {
				return err
			}
		case mode.IsRegular():
			if knownExt(name) || (filepath.Ext(name) == "" && isDocument(full)) {
				w.items = append(w.items, Item{Path: full, ID: w.base + "/" + sub})
			}
		case knownExt(name):
			// A FIFO or device named like a document: say why it is left out.
			w.onErr(fileError(full, "read", fmt.Errorf("not a regular file (%s)", modeName(mode))))
		}
	}
	return nil
}

// isDocument sniffs a file without an extension: documents are picked up,
// other formats and unreadable files left alone.
func isDocument(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return false
	}
	head := make([]byte, headSize)
	n, err := f.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return false
	}
	s := sniff(head[:n], p, f, info.Size())
	if s.kind == kindText {
		return textLike(head[:n])
	}
	return s.kind != kindOther
}

// textLike: no NUL or other control bytes in the first block.
func textLike(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return false
		}
	}
	return len(b) > 0
}

// fileError wraps a file-level failure as a positioned error without a position.
func fileError(path, op string, err error) *dossier.TextError {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is already in the message
	}
	return &dossier.TextError{Path: path, Offset: -1, Op: op, Err: err}
}
