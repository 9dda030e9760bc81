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
// and whether it was named explicitly (an explicit file of an unknown kind is
// an error; one found inside a folder is skipped).
type Item struct {
	Path     string
	ID       string
	Explicit bool
}

// Extensions lists the file name extensions Walk picks up inside folders.
var Extensions = []string{".txt", ".md", ".markdown", ".text"}

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
// order given, files within a folder sorted). A path that does not exist or
// cannot be listed is reported through onErr and the walk goes on; Walk
// returns an error only when ctx ends or fn fails.
//
// IDs: a file inside folder D (given as an argument) gets the ID
// "<base of D>/<path below D>"; a file given directly gets
// "<base of its folder>/<file name>". Symbolic links to folders are not
// followed, so a link loop cannot trap the walk.
func Walk(ctx context.Context, paths []string, fn func(Item) error, onErr func(error)) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		info, err := os.Stat(p)
		if err != nil {
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
		if err := walkDir(ctx, p, fn, onErr); err != nil {
			return err
		}
	}
	return nil
}

func walkDir(ctx context.Context, root string, fn func(Item) error, onErr func(error)) error {
	abs, err := filepath.Abs(root)
	if err != nil {
		onErr(fileError(root, "open", err))
		return nil
	}
	base := filepath.Base(abs)
	var items []Item
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			onErr(fileError(p, "list", err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !knownExt(p) || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			onErr(fileError(p, "list", err))
			return nil
		}
		items = append(items, Item{Path: p, ID: base + "/" + filepath.ToSlash(rel)})
		return nil
	})
	if err != nil {
		return err
	}
	sort.Slice(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	for _, it := range items {
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

// fileError wraps a file-level failure as a positioned error without a position.
func fileError(path, op string, err error) *dossier.TextError {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is already in the message
	}
	return &dossier.TextError{Path: path, Offset: -1, Op: op, Err: err}
}

// MaxSize is the largest file Read accepts; larger files are refused with a
// clear error rather than read into memory.
const MaxSize = 256 << 20

// Read reads one file into a Document. Errors name the file and say what and
// why: missing, unreadable, too large, empty, binary, or not valid text.
func Read(it Item) (*dossier.Document, error) {
	if it.Explicit && !knownExt(it.Path) {
		return nil, fileError(it.Path, "read", fmt.Errorf("%w: extension %q (want one of %s)", dossier.ErrUnsupported, filepath.Ext(it.Path), strings.Join(Extensions, " ")))
	}
	f, err := os.Open(it.Path)
	if err != nil {
		return nil, fileError(it.Path, "read", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fileError(it.Path, "read", err)
	}
	if info.Size() > MaxSize {
		return nil, fileError(it.Path, "read", fmt.Errorf("file is %d MB, larger than the %d MB limit", info.Size()>>20, MaxSize>>20))
	}
	// Read through a limit: the file may have grown since Stat.
	raw, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fileError(it.Path, "read", err)
	}
	if len(raw) > MaxSize {
		return nil, fileError(it.Path, "read", fmt.Errorf("file grew past the %d MB limit while being read", MaxSize>>20))
	}
	return Decode(it, raw)
}
