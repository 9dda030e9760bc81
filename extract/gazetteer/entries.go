package gazetteer

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// parseEntries reads a gazetteer file written in the plain form the
// project's files use: a sequence of entries, each a mapping of known keys
// on lines of their own ("- id: …" then "  key: …"), each value a plain or
// quoted scalar or a flow sequence of them on one line, with comment lines
// and blank lines between. ok is false for anything else, even when it is
// valid YAML (a block sequence, a multi-line scalar, an escape, an inline
// comment, a null …): Load then hands the file to the
// YAML parser, which reads it as it always did. Where ok is true the
// entries are the ones the YAML parser makes of the file (see
// TestParseEntries); reading them directly saves most of start-up.
func parseEntries(b []byte) (es []Entry, ok bool) {
	if !utf8.Valid(b) || !plainBytes(b) {
		return nil, false
	}
	var e *Entry
	var seen uint16   // the keys e has, as bits
	text := string(b) // one copy: the values are slices of it
	for len(text) > 0 {
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		switch {
		case len(strings.TrimRight(line, " ")) == 0 || line[0] == '#':
			continue
		case strings.HasPrefix(line, "- "):
			es = append(es, Entry{})
			e, seen = &es[len(es)-1], 0
		case strings.HasPrefix(line, "  ") && e != nil:
		default:
			return nil, false
		}
		key, value, found := strings.Cut(line[2:], ": ")
		k := entryKey(key)
		if !found || k < 0 || seen&(1<<k) != 0 {
			return nil, false
		}
		seen |= 1 << k
		if !e.set(k, value) {
			return nil, false
		}
	}
	return es, true
}

// plainBytes reports UTF-8 text (already checked valid) without control
// bytes other than newlines (so no tab or carriage return), without DEL,
// and without the runes U+0085, U+2028, U+2029 and U+FEFF, which YAML
// reads as breaks or a byte-order mark. In valid UTF-8 their encodings
// (C2 85, E2 80 A8, E2 80 A9, EF BB BF) start only where the rune does,
// so one pass over the bytes finds them.
func plainBytes(b []byte) bool {
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c < 0x20:
			if c != '\n' {
				return false
			}
		case c < 0x7f:
		case c == 0x7f:
			return false
		case c == 0xC2:
			if i+1 < len(b) && b[i+1] == 0x85 {
				return false
			}
		case c == 0xE2:
			if i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0xA8 || b[i+2] == 0xA9) {
				return false
			}
		case c == 0xEF:
			if i+2 < len(b) && b[i+1] == 0xBB && b[i+2] == 0xBF {
				return false
			}
		}
	}
	return true
}

// entryKeys are the keys of an entry, in the order of entryKey's numbers.
var entryKeys = [...]string{"id", "type", "name", "wikidata", "class", "note", "en", "ru", "ky", "ambiguous"}

// listKeys is where entryKeys' lists begin.
const listKeys = 6

// entryKey numbers a key of an entry; -1 for any other string.
func entryKey(k string) int {
	for i, s := range entryKeys {
		if s == k {
			return i
		}
	}
	return -1
}

// set sets e's field k to value, as written after the key.
func (e *Entry) set(k int, value string) bool {
	if k >= listKeys {
		l, ok := flowSequence(value)
		switch k {
		case listKeys:
			e.En = l
		case listKeys + 1:
			e.Ru = l
		case listKeys + 2:
			e.Ky = l
		default:
			e.Ambiguous = l
		}
		return ok
	}
	s, ok := blockScalar(value)
	switch k {
	case 0:
		e.ID = s
	case 1:
		e.Type = dossier.EntityType(s)
	case 2:
		e.Name = s
	case 3:
		e.Wikidata = s
	case 4:
		e.Class = s
	default:
		e.Note = s
	}
	return ok
}

// blockScalar reads a value written on its key's line: single-quoted, or
// plain with nothing that YAML would read otherwise.
func blockScalar(v string) (string, bool) {
	if strings.HasPrefix(v, "'") || strings.HasPrefix(v, `"`) {
		s, rest, ok := quoted(v)
		return s, ok && rest == ""
	}
	v = strings.TrimRight(v, " ")
	if !plainScalar(v) || strings.Contains(v, ": ") || strings.HasSuffix(v, ":") || strings.Contains(v, " #") {
		return "", false
	}
	return v, true
}

// flowSequence reads "[a, 'b: c', …]" on one line, none of its items
// empty.
func flowSequence(v string) ([]string, bool) {
	v = strings.TrimRight(v, " ")
	if !strings.HasPrefix(v, "[") || !strings.HasSuffix(v, "]") {
		return nil, false
	}
	v = v[1:]
	var out []string
	for {
		v = strings.TrimLeft(v, " ")
		var item string
		if strings.HasPrefix(v, "'") || strings.HasPrefix(v, `"`) {
			s, rest, ok := quoted(v)
			if !ok {
				return nil, false
			}
			item, v = s, strings.TrimLeft(rest, " ")
		} else {
			// the item ends at a comma or the closing bracket; it may
			// hold no other bracket, brace, '#' or ':'
			end, odd := 0, false
			for ; end < len(v) && v[end] != ',' && v[end] != ']'; end++ {
				switch v[end] {
				case '[', '{', '}', '#', ':':
					odd = true
				}
			}
			if end == len(v) {
				return nil, false
			}
			item, v = strings.TrimRight(v[:end], " "), v[end:]
			if !plainScalar(item) || odd {
				return nil, false
			}
		}
		out = append(out, item)
		switch {
		case v == "]":
			return out, true
		case strings.HasPrefix(v, ","):
			v = v[1:]
		default:
			return nil, false
		}
	}
}

// quoted reads a quoted scalar at the start of v and returns what follows
// it: single-quoted (a quote in it written twice), or double-quoted
// without escapes.
func quoted(v string) (s, rest string, ok bool) {
	if v[0] == '"' {
		end := strings.IndexByte(v[1:], '"') + 1
		if end == 0 || strings.Contains(v[1:end], `\`) {
			return "", "", false
		}
		return v[1:end], v[end+1:], true
	}
	var b strings.Builder
	for i := 1; i < len(v); i++ {
		if v[i] != '\'' {
			b.WriteByte(v[i])
			continue
		}
		if i+1 < len(v) && v[i+1] == '\'' {
			b.WriteByte('\'')
			i++
			continue
		}
		return b.String(), v[i+1:], true
	}
	return "", "", false
}

// plainScalar reports a plain scalar YAML reads as the string it is: not
// empty, no indicator first, not a null.
func plainScalar(s string) bool {
	if s == "" || strings.IndexByte("-?:,[]{}#&*!|>'\"%@` ", s[0]) >= 0 {
		return false
	}
	switch s {
	case "~", "null", "Null", "NULL":
		return false
	}
	return true
}
