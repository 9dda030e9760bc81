package segment

import (
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/textnorm"
)

// splitIntoOld is SplitInto before it labelled sentences as it made them
// (splitting and tokenizing as SplitInto does now), kept to hold the new
// one to it.
func splitIntoOld(t *textnorm.Text, slab []Token) ([]Sentence, []Token) {
	// room for a sentence a paragraph and one more every hundred bytes
	// (a record's field is a paragraph of one sentence; prose has a
	// sentence in about 150 bytes): mostly made once, not grown
	n := len(t.Clean) / 100
	for _, p := range t.Paras {
		if p.Kind == textnorm.Prose {
			n++
		}
	}
	out := make([]Sentence, 0, n)
	var arena lowerArena
	for pi, p := range t.Paras {
		if p.Kind != textnorm.Prose {
			continue
		}
		from := len(slab)
		slab = tokenize(t.Clean, p.Span, slab, &arena)
		// the paragraph's tokens, capped so that no append to one
		// sentence's tokens writes over the next paragraph's
		toks := slab[from:len(slab):len(slab)]
		start := 0
		depth := 0
		for i := range toks {
			if toks[i].Kind != Punct {
				continue // only punctuation ends a sentence
			}
			switch toks[i].Text {
			case "(", "[", "{":
				depth++
				continue
			case ")", "]", "}":
				if depth > 0 {
					depth--
				}
				continue
			case ".", "!", "?", "…": // the marks that may end a sentence
			default:
				continue
			}
			if !endsSentence(toks, i, depth) {
				continue
			}
			// take closing quotes and brackets with the sentence
			j := i + 1
			for j < len(toks) && toks[j].Kind == Punct && !toks[j].Space && strings.ContainsAny(toks[j].Text, `"')]`) {
				j++
			}
			out = append(out, newSentence(toks[start:j], pi))
			start = j
			depth = 0
		}
		if start < len(toks) {
			out = append(out, newSentence(toks[start:], pi))
		}
	}
	out = splitScripts(out)
	labelLanguages(out)
	return out, slab
}

// splitScripts cuts a sentence where a run of Cyrillic words meets a run of
// Latin words, four or more each ("Письмо секретаря … Secret letter No. 2
// from …": a title and its catalogue translation), so each part is read
// in its own language.
func splitScripts(ss []Sentence) []Sentence {
	var out []Sentence
	for i, s := range ss {
		cut := scriptBoundary(s.Tokens)
		if cut <= 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]Sentence, 0, len(ss)+1), ss[:i]...)
		}
		out = append(out, newSentence(s.Tokens[:cut], s.Para), newSentence(s.Tokens[cut:], s.Para))
	}
	if out == nil {
		return ss // nothing cut
	}
	return out
}

// labelLanguages sets every sentence's language, falling back to the
// majority language of the text for sentences it cannot tell.
func labelLanguages(ss []Sentence) {
	var count [len(langNames)]int
	for i := range ss {
		labelSentence(&ss[i], langOf(ss[i].Tokens), &count)
	}
	fillLanguages(ss, &count)
}

// TestSplitIntoAgreesWithOld holds SplitInto to splitIntoOld, sentence for
// sentence, on the sample collection and on texts mixing scripts and
// languages line by line.
func TestSplitIntoAgreesWithOld(t *testing.T) {
	var texts []string
	corpus, _ := corpusTexts(t)
	for _, tx := range corpus {
		texts = append(texts, tx.Clean)
	}
	lines := []string{
		"Письмо секретаря ЦК КП(б) Киргизии Secret letter No. 2 from the Secretary of the Central Committee.",
		"Ал 1937-жылы камакка алынган. Ал Бишкекте туулган жана окуган.",
		"Он был арестован в 1937 г. Реабилитирован в 1956 г.",
		"Төреқұлов Нәзір қазақ қайраткері болған. Ол 1892 жылы туған.",
		"IKRAMOV Akmal. Born 1898, Tashkent. Shot 15 March 1938.",
		"Иванов Иван Иванович", "1937", "— — —", "Ivanov (Иванов) Ivan Ivanovich Ivan Ivanov Иван Иванович Иванов Иван.",
		"Фамилия: Бектемиров; Имя: Асан; Год рождения: 1899.",
		"Он\xa8 был. Арестован\xa9 в 1937 г. Ok\xae. (Да\xa1 нет.) Так… Вот… «Иди!» Он ушёл?! [Sic.] {x.} Y.",
		"Ответ: «Нет». Вопрос (1937 г.)? Да. — Нет! Он: «Да…» А потом… Б.", "Kasenov D. (1901-1937) Kasenov Kasenov Kasenov Касенов Касенов Касенов Касенов.",
	}
	for i := range lines {
		for j := range lines {
			texts = append(texts, lines[i]+" "+lines[j], lines[i]+"\n\n"+lines[j])
		}
	}
	texts = append(texts, strings.Join(lines, "\n\n"), strings.Join(lines, " "))
	var txs []*textnorm.Text
	for _, text := range texts {
		txs = append(txs, textnorm.Normalize(text))
	}
	for _, raw := range []string{
		// bytes Normalize would have mended, and a span cut inside "…"
		"Он\xa8 был. Арестован\xa9 в 1937 г. Ok\xae. (Да\xa1 нет.) Вот\xae\xa8 Так.",
		"Так… Вот. А\xe2\x80", "Так. Вот\xe2\x80\xa6 Нет.",
	} {
		for end := len(raw) - 2; end <= len(raw); end++ {
			txs = append(txs, &textnorm.Text{Clean: raw, Paras: []textnorm.Para{{Span: dossier.Span{Start: 0, End: end}, Kind: textnorm.Prose}}})
		}
	}
	for _, tx := range txs {
		text := tx.Clean
		got, _ := SplitInto(tx, nil)
		want, _ := splitIntoOld(tx, nil)
		if len(got) != len(want) {
			t.Fatalf("%.80q: %d sentences, want %d", text, len(got), len(want))
		}
		for k := range got {
			g, w := got[k], want[k]
			if g.Span != w.Span || g.Lang != w.Lang || g.Para != w.Para || len(g.Tokens) != len(w.Tokens) {
				t.Fatalf("%.80q: sentence %d is %+v %s, want %+v %s", text, k, g.Span, g.Lang, w.Span, w.Lang)
			}
			for n := range g.Tokens {
				if g.Tokens[n] != w.Tokens[n] {
					t.Fatalf("%.80q: sentence %d token %d is %+v, want %+v", text, k, n, g.Tokens[n], w.Tokens[n])
				}
			}
		}
	}
}

// fillLanguages (of SplitInto before labels) sets the language of the sentences labelSentence could
// not tell, from the count of tokens of the others in each language: the
// majority language of the text, mostly.
func fillLanguages(ss []Sentence, count *[len(langNames)]int) {
	major, best := "en", -1
	for k, l := range langNames {
		if count[k] > best {
			major, best = l, count[k]
		}
	}
	for i := range ss {
		if ss[i].Lang == "" {
			// nearest labelled neighbour in the same script, else the majority
			ss[i].Lang = major
			cyr := hasCyrillic(ss[i].Tokens)
			if best == 0 && cyr && !kyLetters(ss[i].Tokens) {
				// no sentence told its language: Cyrillic without ө, ү or
				// ң is Russian rather than Kyrgyz
				ss[i].Lang = "ru"
			}
			if cyr && major == "en" {
				ss[i].Lang = "ru"
			}
			if !cyr && ss[i].Lang != "en" && hasLatin(ss[i].Tokens) {
				ss[i].Lang = "en"
			}
		}
	}
}
