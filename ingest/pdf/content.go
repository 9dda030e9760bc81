package pdf

import (
	"errors"
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// The library's own Page.Content misplaces text in common files: it adds
// a glyph (the font's code 10, often an "n") after every TJ array, it gives
// every glyph of a composite (Type0) font zero width, and it ignores text
// drawn inside form XObjects. So Dossier interprets text operators itself,
// on the library's tokenizer (lpdf.Interpret) and objects, following the
// text model of the PDF specification (ISO 32000-1, section 9).

// glyph is one shown character code: its text and where it went, in the
// page's default user space (points).
type glyph struct {
	s          string
	x, y, w    float64 // origin and advance width
	size       float64 // effective font size
	fromSpaces bool    // an explicit space character
}

// matrix is an affine transform [a b c d e f]: x' = a x + c y + e,
// y' = b x + d y + f (row vectors, as in PDF).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul is m then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func matrixOf(args []lpdf.Value) (matrix, bool) {
	if len(args) != 6 {
		return identity, false
	}
	var m matrix
	for i := range m {
		m[i] = args[i].Float64()
	}
	return m, true
}

// gstate is the part of the graphics state text depends on.
type gstate struct {
	ctm                        matrix
	font                       *font
	size, tc, tw, th, tl, rise float64
}

// Limits on the work one page may cause: form XObjects can draw each
// other many times over.
const (
	maxFormDepth = 8
	maxOps       = 4_000_000
)

var errTooComplex = errors.New("page content too complex")

type interp struct {
	images int // images drawn
	gs     gstate
	stack  []gstate
	tm     matrix
	tlm    matrix
	glyphs []glyph
	ops    int
}

// pageGlyphs interprets the content of the page whose dictionary is v and
// returns the glyphs it shows and the number of images it draws.
func pageGlyphs(v lpdf.Value) ([]glyph, int) {
	res, _ := inherited(v, "Resources")
	it := &interp{gs: gstate{ctm: identity, th: 1}}
	it.run(v.Key("Contents"), res, 0)
	return it.glyphs, it.images
}

func (it *interp) run(content, res lpdf.Value, depth int) {
	if content.IsNull() {
		return
	}
	fonts := map[string]*font{}
	lpdf.Interpret(content, func(stk *lpdf.Stack, op string) {
		it.ops++
		if it.ops > maxOps {
			panic(errTooComplex)
		}
		args := make([]lpdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		it.op(op, args, res, fonts, depth)
	})
}

func (it *interp) op(op string, args []lpdf.Value, res lpdf.Value, fonts map[string]*font, depth int) {
	g := &it.gs
	num := func(i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	switch op {
	case "q":
		it.stack = append(it.stack, it.gs)
	case "Q":
		if n := len(it.stack); n > 0 {
			it.gs, it.stack = it.stack[n-1], it.stack[:n-1]
		}
	case "cm":
		if m, ok := matrixOf(args); ok {
			g.ctm = m.mul(g.ctm)
		}
	case "BT":
		it.tm, it.tlm = identity, identity
	case "Tf":
		if len(args) == 2 {
			name := args[0].Name()
			f, ok := fonts[name]
			if !ok {
				f = loadFont(res.Key("Font").Key(name))
				fonts[name] = f
			}
			g.font, g.size = f, args[1].Float64()
		}
	case "Tc":
		g.tc = num(0)
	case "Tw":
		g.tw = num(0)
	case "Tz":
		g.th = num(0) / 100
	case "TL":
		g.tl = num(0)
	case "Ts":
		g.rise = num(0)
	case "Td":
		it.move(num(0), num(1))
	case "TD":
		g.tl = -num(1)
		it.move(num(0), num(1))
	case "Tm":
		if m, ok := matrixOf(args); ok {
			it.tm, it.tlm = m, m
		}
	case "T*":
		it.move(0, -g.tl)
	case "Tj":
		if len(args) == 1 {
			it.show(args[0].RawString())
		}
	case "'":
		if len(args) == 1 {
			it.move(0, -g.tl)
			it.show(args[0].RawString())
		}
	case "\"":
		if len(args) == 3 {
			g.tw, g.tc = args[0].Float64(), args[1].Float64()
			it.move(0, -g.tl)
			it.show(args[2].RawString())
		}
	case "TJ":
		if len(args) == 1 {
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == lpdf.String {
					it.show(x.RawString())
				} else {
					tx := -x.Float64() / 1000 * g.size * g.th
					it.tm = matrix{1, 0, 0, 1, tx, 0}.mul(it.tm)
				}
			}
		}
	case "BI":
		it.images++ // an inline image
	case "Do":
		if len(args) == 1 && depth < maxFormDepth {
			xo := res.Key("XObject").Key(args[0].Name())
			switch xo.Key("Subtype").Name() {
			case "Image":
				it.images++
				return
			case "Form":
			default:
				return
			}
			saved, savedStack := it.gs, len(it.stack)
			if m, ok := matrixOf(arrayValues(xo.Key("Matrix"))); ok {
				it.gs.ctm = m.mul(it.gs.ctm)
			}
			fres := xo.Key("Resources")
			if fres.IsNull() {
				fres = res
			}
			it.run(xo, fres, depth+1)
			it.gs, it.stack = saved, it.stack[:min(savedStack, len(it.stack))]
		}
	}
}

func arrayValues(a lpdf.Value) []lpdf.Value {
	out := make([]lpdf.Value, a.Len())
	for i := range out {
		out[i] = a.Index(i)
	}
	return out
}

func (it *interp) move(tx, ty float64) {
	it.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(it.tlm)
	it.tm = it.tlm
}

// show places the character codes of s.
func (it *interp) show(s string) {
	g := &it.gs
	f := g.font
	if f == nil {
		return
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		code := s[i : i+step]
		c := int(code[0])
		if step == 2 {
			c = c<<8 | int(code[1])
		}
		trm := matrix{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(it.tm).mul(g.ctm)
		tx := f.width(c)/1000*g.size + g.tc
		space := step == 1 && code[0] == ' '
		if space {
			tx += g.tw
		}
		tx *= g.th
		m := it.tm.mul(g.ctm)
		text := f.decode(code)
		it.glyphs = append(it.glyphs, glyph{
			s: text, x: trm[4], y: trm[5], w: tx * math.Hypot(m[0], m[1]),
			size: math.Hypot(trm[2], trm[3]), fromSpaces: text == " ",
		})
		it.tm = matrix{1, 0, 0, 1, tx, 0}.mul(it.tm)
	}
}

// font is what text placement needs of a font: how to decode its codes
// and how wide each glyph is (in thousandths of the font size).
type font struct {
	enc     lpdf.TextEncoding
	twoByte bool
	first   int
	widths  []float64
	cid     map[int]float64
	dw      float64
	scale   float64           // Type3 glyph space to thousandths
	memo    map[string]string // decoded codes: the library's CMap lookup is a linear scan
}

func loadFont(v lpdf.Value) *font {
	f := &font{dw: 500, scale: 1, memo: map[string]string{}}
	lf := &lpdf.Font{V: v}
	f.enc = lf.Encoder()
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		desc := v.Key("DescendantFonts").Index(0)
		f.dw = 1000
		if dw := desc.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
			f.dw = dw.Float64()
		}
		f.cid = cidWidths(desc.Key("W"))
		return f
	case "Type3":
		if fm := v.Key("FontMatrix"); fm.Len() == 6 {
			f.scale = fm.Index(0).Float64() * 1000
		}
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	if mw := v.Key("FontDescriptor").Key("MissingWidth"); mw.Kind() == lpdf.Integer || mw.Kind() == lpdf.Real {
		f.dw = mw.Float64()
	}
	return f
}

// cidWidths reads a composite font's W array: "c [w1 w2 …]" gives widths
// from code c on, "cfirst clast w" one width for a range.
func cidWidths(w lpdf.Value) map[int]float64 {
	out := map[int]float64{}
	n := w.Len()
	for i := 0; i+1 < n && len(out) < 1<<16; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		last, width := int(next.Int64()), w.Index(i+2).Float64()
		for k := c; k <= last && k-c < 1<<16; k++ {
			out[k] = width
		}
		i += 3
	}
	return out
}

func (f *font) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cid[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i] * f.scale
	}
	return f.dw
}

func (f *font) decode(code string) string {
	if f.enc == nil {
		return code
	}
	s, ok := f.memo[code]
	if !ok {
		s = f.enc.Decode(code)
		f.memo[code] = s
	}
	return s
}
