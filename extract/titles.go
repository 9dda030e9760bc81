package extract

import (
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// ruleArticleTitle marks the heading of a journal article: the document
// itself, a Document entity whose names are its title in each language.
const ruleArticleTitle = "article-title"

// frontMatterMarks open the apparatus of a journal article (the UDC
// number, abstracts and keywords in each language); a document that has
// one near its top is an article and its capitalised headings above the
// apparatus are its title.
var frontMatterMarks = []string{
	"удк", "udc", "ббк", "аннотация", "annotation", "abstract", "summary", "резюме", "keywords", "key words",
	"ключевые слова", "негизги сөздөр", "түйүндүү сөздөр", "ачкыч сөздөр",
}

// frontMatterFirst are the first words of frontMatterMarks.
var frontMatterFirst = map[string]bool{
	"удк": true, "udc": true, "ббк": true, "аннотация": true, "annotation": true, "abstract": true, "summary": true,
	"резюме": true, "keywords": true, "key": true, "ключевые": true, "негизги": true, "түйүндүү": true, "ачкыч": true,
}

// frontMatterReach is how many sentences from the top the apparatus and
// the title may lie in.
const frontMatterReach = 30

// findTitles adds the title headings of a journal article as mentions of
// one Document: a title is a heading line set in capitals, above or
// between the abstracts. Headings that are wholly one known name (an
// author's name in capitals) are not titles.
func (d *docState) findTitles() {
	last := -1 // the last front-matter mark
	for si := 0; si < len(d.sents) && si < frontMatterReach; si++ {
		if d.isFrontMatterMark(si) {
			last = si
		}
	}
	if last < 0 {
		return
	}
	for si := 0; si <= last+1 && si < len(d.sents); si++ {
		a, b, ok := d.capsHeading(si)
		if !ok || d.oneName(si, a, b) {
			continue
		}
		m := d.newMention(si, a, b, ruleArticleTitle, 0.7)
		m.typ = dossier.DocumentType
		for _, o := range d.ments[si] {
			if o.start >= a && o.end <= b {
				o.nested = true
			}
		}
		d.addMention(si, m)
	}
}

// isFrontMatterMark reports whether sentence si begins with a mark of an
// article's apparatus.
func (d *docState) isFrontMatterMark(si int) bool {
	s := &d.sents[si]
	if len(s.Tokens) == 0 || !frontMatterFirst[s.Tokens[0].Lower] && !(s.Tokens[0].Text == "(" && len(s.Tokens) > 1 && frontMatterFirst[s.Tokens[1].Lower]) {
		return false
	}
	head := textcase.Lower(d.tx.Clean[s.Span.Start:min(s.Span.End, s.Span.Start+40)])
	head = strings.TrimLeft(head, " (\t")
	for _, mk := range frontMatterMarks {
		if strings.HasPrefix(head, mk) {
			rest := head[len(mk):]
			if rest == "" {
				return true
			}
			r := []rune(rest)[0]
			if !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// capsHeading returns the run of capitalised words sentence si opens with
// when the sentence is a heading in capitals: at least two words of which
// all but function words and digits are upper case, at least ten letters
// in all. The run may take quotes, hyphens, colons and dashes inside it.
func (d *docState) capsHeading(si int) (int, int, bool) {
	toks := d.sents[si].Tokens
	a := 0
	for a < len(toks) && toks[a].Kind != segment.Word {
		a++
	}
	b, words, letters := a, 0, 0
	for k := a; k < len(toks); k++ {
		t := toks[k]
		if t.Kind == segment.Word {
			if !t.AllCaps() {
				break
			}
			words++
			letters += len([]rune(t.Text))
			b = k + 1
			continue
		}
		if t.Kind == segment.Number || strings.ContainsAny(t.Text, `"«»:-–—,.!?'`) {
			continue
		}
		break
	}
	if words < 2 || letters < 10 {
		return 0, 0, false
	}
	// a capitalised ordinary word right after the run makes it the start of
	// a sentence ("УДК Тарых …"), not a heading
	if b < len(toks) && toks[b].Kind == segment.Word && toks[b].Upper() {
		return 0, 0, false
	}
	return a, b, true
}

// oneName reports whether the mentions of sentence si cover the whole run
// [a, b) with a single name (an author's name set in capitals).
func (d *docState) oneName(si, a, b int) bool {
	for _, m := range d.ments[si] {
		if m.start <= a && m.end >= b {
			return true
		}
		if m.typ == dossier.Person && m.start == a && m.end >= b-1 {
			return true
		}
	}
	return false
}

// titleName is the preferred name of an article's title: the English
// heading in title case when there is one, else the first heading.
func (d *docState) titleName(e *entity) (string, bool) {
	var pick *mention
	for _, m := range e.ments {
		if m.rule != ruleArticleTitle {
			return "", false
		}
		if pick == nil || (m.lang == "en" && pick.lang != "en") {
			pick = m
		}
	}
	if pick == nil {
		return "", false
	}
	return titleCase(pick.text), true
}

// titleCase lowers every word of a capitalised heading except its first
// letter and the first letter after a space, hyphen or colon; English
// function words stay lower case.
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for i, r := range s {
		if up && i > 0 && smallWord(s[i:]) {
			up = false
		}
		if unicode.IsLetter(r) {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = false
			continue
		}
		up = r == ' ' || r == '-' || r == ':' || r == '"'
		b.WriteRune(r)
	}
	return b.String()
}

// smallWord reports whether s begins with an English function word.
func smallWord(s string) bool {
	for _, w := range []string{"A", "AN", "AND", "AT", "BY", "FOR", "FROM", "IN", "OF", "ON", "OR", "THE", "TO"} {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || s[len(w)] == ' ') {
			return true
		}
	}
	return false
}
