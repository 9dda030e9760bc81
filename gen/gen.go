package gen

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Options say what to generate.
type Options struct {
	// Cards is the number of records.
	Cards int
	// Seed selects the collection; the same seed gives the same bytes.
	Seed uint64
	// PerFile is the number of records per file (default 20): a box of
	// archive cards, or a page of a memorial book.
	PerFile int
}

// DefaultPerFile is the number of records per file when Options.PerFile is 0.
const DefaultPerFile = 20

// filesPerFolder bounds the files of one folder, so that no folder of a
// large collection holds more than a thousand files.
const filesPerFolder = 1000

// GoldFile is the name of the gold file Write puts beside the folders.
const GoldFile = "gold.jsonl"

func (o Options) perFile() int {
	if o.PerFile > 0 {
		return o.PerFile
	}
	return DefaultPerFile
}

// Files is the number of files the options make.
func (o Options) Files() int {
	if o.Cards <= 0 {
		return 0
	}
	return (o.Cards + o.perFile() - 1) / o.perFile()
}

// File is one generated document: its path below the collection's
// folder, its text, and its gold.
type File struct {
	Path  string
	Text  []byte
	Gold  []Line
	Cards int
	Lang  string // ky, ru or en
	Genre string // card or book
}

// Summary reports what Write wrote.
type Summary struct {
	Files, Cards, GoldLines int
	Bytes                   int64
}

// generator holds the tables every file draws from; it is read-only once
// made, so files can be made in any order.
type generator struct {
	homes map[string]*homeland
}

func newGenerator() *generator { return &generator{homes: newHomelands()} }

// Generator makes the files of one collection.
type Generator struct {
	opt Options
	g   *generator
}

// New returns a generator for opt.
func New(opt Options) (*Generator, error) {
	if opt.Cards < 0 || opt.PerFile < 0 {
		return nil, errors.New("gen: cards and records per file must not be negative")
	}
	return &Generator{opt: opt, g: newGenerator()}, nil
}

// File makes file i (0-based) of the collection. It depends only on the
// seed, i and the number of records per file (and, for the last file, the
// number of cards).
func (g *Generator) File(i int) File {
	per := g.opt.perFile()
	first := i*per + 1
	n := min(per, g.opt.Cards-i*per)
	r := rand.New(rand.NewPCG(g.opt.Seed, uint64(i)))
	lang := []string{"ky", "ru", "en"}[weighted(r, 35, 45, 20)]
	genre := []string{"card", "book"}[r.IntN(2)]
	name := fmt.Sprintf("%s-%s-%06d.txt", lang, genre, i+1)
	w := newWriter(name)
	w.header(lang, genre, i, first, first+n-1)
	for k := 0; k < n; k++ {
		rec := g.g.newRecord(r, first+k, lang)
		switch lang + "-" + genre {
		case "ky-card":
			w.separator("=", 66)
			w.kyCard(r, rec)
		case "ky-book":
			w.kyBook(r, rec)
		case "ru-card":
			w.separator("-", 64)
			w.ruCard(r, rec)
		case "ru-book":
			w.ruBook(r, rec)
		case "en-card":
			w.separator("-", 64)
			w.enCard(r, rec)
		default:
			w.enBook(r, rec)
		}
	}
	return File{
		Path:  filepath.ToSlash(filepath.Join(fmt.Sprintf("%03d", i/filesPerFolder), name)),
		Text:  []byte(w.text.String()),
		Gold:  w.gold.lines(),
		Cards: n, Lang: lang, Genre: genre,
	}
}

func (w *writer) separator(ch string, n int) {
	b := make([]byte, 0, n+2)
	for range n {
		b = append(b, ch...)
	}
	w.text.WriteByte('\n')
	w.text.Write(b)
	w.text.WriteByte('\n')
}

// header writes a file's title lines; they name no entity.
func (w *writer) header(lang, genre string, i, first, last int) {
	vol, page := strconv.Itoa(i/200+1), strconv.Itoa(i%200+1)
	span := strconv.Itoa(first) + "–" + strconv.Itoa(last)
	switch lang + "-" + genre {
	case "ky-card":
		w.line("САЯСИЙ КУУГУНТУКТУН КУРМАНДЫКТАРЫ")
		w.line("Каттоо карточкалары, № ", span)
	case "ky-book":
		w.line("ЭСКЕРҮҮ КИТЕБИ")
		w.line(vol, "-том, ", page, "-бет")
	case "ru-card":
		w.line("КАРТОТЕКА ЖЕРТВ ПОЛИТИЧЕСКИХ РЕПРЕССИЙ")
		w.line("Учетные карточки № ", span)
	case "ru-book":
		w.line("КНИГА ПАМЯТИ")
		w.line("Том ", vol, ", с. ", page)
	case "en-card":
		w.line("VICTIMS OF POLITICAL REPRESSION")
		w.line("Registration cards ", span)
	default:
		w.line("BOOK OF MEMORY")
		w.line("Volume ", vol, ", page ", page)
	}
	w.text.WriteByte('\n')
}

// Write writes the collection into dir (created if needed): the files in
// folders of at most a thousand, and the gold of all of them in
// dir/gold.jsonl. It streams: memory holds one file at a time. Existing
// files of the same names are overwritten.
func (g *Generator) Write(ctx context.Context, dir string, progress func(Summary)) (Summary, error) {
	var sum Summary
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return sum, fmt.Errorf("gen: %w", err)
	}
	gf, err := os.Create(filepath.Join(dir, GoldFile))
	if err != nil {
		return sum, fmt.Errorf("gen: %w", err)
	}
	defer gf.Close()
	gw := bufio.NewWriterSize(gf, 1<<16)
	enc := json.NewEncoder(gw)
	enc.SetEscapeHTML(false)
	made := map[string]bool{}
	for i := range g.opt.Files() {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		f := g.File(i)
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if d := filepath.Dir(p); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return sum, fmt.Errorf("gen: %w", err)
			}
			made[d] = true
		}
		if err := os.WriteFile(p, f.Text, 0o644); err != nil {
			return sum, fmt.Errorf("gen: %w", err)
		}
		for _, l := range f.Gold {
			if err := enc.Encode(l); err != nil {
				return sum, fmt.Errorf("gen: %w", err)
			}
		}
		sum.Files++
		sum.Cards += f.Cards
		sum.GoldLines += len(f.Gold)
		sum.Bytes += int64(len(f.Text))
		if progress != nil && sum.Files%500 == 0 {
			progress(sum)
		}
	}
	if err := gw.Flush(); err != nil {
		return sum, fmt.Errorf("gen: %w", err)
	}
	if err := gf.Close(); err != nil {
		return sum, fmt.Errorf("gen: %w", err)
	}
	return sum, nil
}
