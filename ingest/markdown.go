package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown is read in place: markup is overwritten with spaces, so the text
// reads as prose while every byte offset still points to the same place in
// the file the user opens. Headings' #, block quotes' >, bullets, rules,
// fences, emphasis, code backticks, link and image brackets with their
// URLs, link definitions, HTML comments and backslash escapes are blanked;
// everything else is kept byte for byte.

var (
	mdHeading    = regexp.MustCompile(`^( {0,3})(#{1,6})(?:[ \t]|$)`)
	mdHeadClose  = regexp.MustCompile(`[ \t]+#+[ \t]*$`)
	mdRule       = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$`)
	mdQuote      = regexp.MustCompile(`^(?: {0,3}>[ \t]?)+`)
	mdBullet     = regexp.MustCompile(`^([ \t]*)([-*+])[ \t]`)
	mdFence      = regexp.MustCompile("^ {0,3}(```|~~~)")
	mdDefinition = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S`)
	mdLinkTail   = regexp.MustCompile(`^\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+"[^"]*")?\)|^\]\[[^\]]*\]`)
	mdAutolink   = regexp.MustCompile(`^<(?:https?|ftp|mailto):[^>\s]*>`)
)

func markdownText(s string) string {
	b := []byte(s)
	fenced := false
	inComment := false
	for start := 0; start < len(b); {
		end := start
		for end < len(b) && b[end] != '\n' {
			end++
		}
		line := b[start:end]
		switch {
		case inComment:
			inComment = blankComment(line, true)
		case mdFence.Match(line):
			blank(line)
			fenced = !fenced
		case fenced:
		case mdRule.Match(line), mdDefinition.Match(line):
			blank(line)
		default:
			if m := mdQuote.FindIndex(line); m != nil {
				blank(line[:m[1]])
			}
			if m := mdHeading.FindSubmatchIndex(line); m != nil {
				blank(line[m[4]:m[5]])
				if c := mdHeadClose.FindIndex(line); c != nil {
					blank(line[c[0]:c[1]])
				}
			}
			if m := mdBullet.FindSubmatchIndex(line); m != nil {
				blank(line[m[4]:m[5]])
			}
			inComment = inline(line)
		}
		start = end + 1
	}
	return string(b)
}

// inline blanks the inline markup of one line and reports whether an HTML
// comment is still open at its end.
func inline(line []byte) bool {
	code := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '`':
			line[i] = ' '
			code = !code
		case code:
		case c == '\\' && i+1 < len(line) && strings.IndexByte("\\`*_{}[]()#+-.!>~|", line[i+1]) >= 0:
			line[i] = ' '
			i++
		case c == '<' && hasPrefixAt(line, i, "<!--"):
			if blankComment(line[i:], false) {
				return true
			}
		case c == '<':
			if m := mdAutolink.Find(line[i:]); m != nil {
				line[i], line[i+len(m)-1] = ' ', ' '
				i += len(m) - 1
			}
		case c == '!' && i+1 < len(line) && line[i+1] == '[' && linkClose(line, i+1) > 0:
			line[i] = ' '
		case c == '[':
			if close := linkClose(line, i); close > 0 {
				line[i] = ' '
				tail := mdLinkTail.Find(line[close:])
				blank(line[close : close+len(tail)])
			}
		case c == '*' || c == '_' || c == '~':
			j := i
			for j < len(line) && line[j] == c {
				j++
			}
			if (c != '~' || j-i == 2) && flanking(line, i, j, c == '_') {
				blank(line[i:j])
			}
			i = j - 1
		}
	}
	return false
}

// linkClose finds the "](" or "][" that closes the link text opened at i,
// or returns -1.
func linkClose(line []byte, i int) int {
	depth := 0
	for j := i; j < len(line); j++ {
		switch line[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if mdLinkTail.Match(line[j:]) {
					return j
				}
				return -1
			}
		}
	}
	return -1
}

// flanking reports whether the run line[i:j] of * or _ opens or closes
// emphasis: a letter or punctuation on one side and not a space on both.
// An underscore inside a word (snake_case) is not markup.
func flanking(line []byte, i, j int, underscore bool) bool {
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRune(line[:i])
	}
	if j < len(line) {
		after, _ = utf8.DecodeRune(line[j:])
	}
	sb, sa := unicode.IsSpace(before), unicode.IsSpace(after)
	if sb && sa {
		return false
	}
	if underscore && isWord(before) && isWord(after) {
		return false
	}
	return true
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// blankComment blanks an HTML comment starting at s (or, when open, the
// rest of one already open) up to its end; it reports whether the comment
// goes on past s.
func blankComment(s []byte, open bool) bool {
	from := 0
	if !open {
		from = 4
	}
	end := strings.Index(string(s[min(from, len(s)):]), "-->")
	if end < 0 {
		blank(s)
		return true
	}
	blank(s[:from+end+3])
	return false
}

func hasPrefixAt(b []byte, i int, p string) bool {
	return len(b)-i >= len(p) && string(b[i:i+len(p)]) == p
}

func blank(b []byte) {
	for i := range b {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
}
