package html

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// page builds a news page around body paragraphs: a menu, share buttons,
// related links naming other people, a footer; title, author and date in
// the head.
func page(charsetMeta string, title string, body ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head>")
	if charsetMeta != "" {
		b.WriteString(`<meta charset="` + charsetMeta + `">`)
	}
	b.WriteString(`<title>` + title + ` | Archive News</title>
<meta property="og:title" content="` + title + `">
<meta name="author" content="Aigul Researcher">
<meta property="article:published_time" content="2021-11-05T09:30:00+06:00">
<script>var tracking = {user: "Lenin", page: 7};</script>
<style>body { font-family: serif }</style>
</head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li><li><a href="/contacts">Contacts</a></li></ul></nav></header>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Telegram</a></div>
<main><article><h1>` + title + `</h1>
<p class="byline">By Aigul Researcher</p>
`)
	for _, p := range body {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</article></main>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Leon Trotsky in Alma-Ata, 1928</a></li><li><a href="/b">Frunze and the Basmachi</a></li></ul></aside>
<footer class="site-footer"><p>© 2021 Archive News. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>`)
	return b.String()
}

var body = []string{
	"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara. The letter described the state of the republic in some detail and asked for instructions.",
	"Турар Рыскулов родился в 1894 году. В 1937 году Рыскулов был арестован в Кисловодске, а в феврале 1938 года расстрелян. Реабилитирован в 1956 году.",
	"Жусуп Абдрахманов 1925-жылы 5-майда Москвадан Сталинге кат жазган. Бул кат архивде сакталып калган жана акыркы жылдары жарыяланган.",
}

const title = "Letters from the archives"

func TestMainText(t *testing.T) {
	d, err := Read([]byte(page("utf-8", title, body...)))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	want := title + "\n\n" + strings.Join(body, "\n\n")
	if d.Text != want {
		t.Fatalf("text:\n%q\nwant:\n%q", d.Text, want)
	}
	if d.Title != title || d.Author != "Aigul Researcher" || d.Date != "2021-11-05" {
		t.Fatalf("metadata: title %q, author %q, date %q", d.Title, d.Author, d.Date)
	}
	if d.Encoding != "utf-8" || d.Detected {
		t.Fatalf("encoding %q (detected %v)", d.Encoding, d.Detected)
	}
}

func TestEncodings(t *testing.T) {
	ru := body[1]
	enc := func(s string) []byte {
		b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cases := []struct {
		name     string
		raw      []byte
		want     string
		detected bool
	}{
		{"labelled windows-1251", enc(page("windows-1251", "Письма", ru)), "windows-1251", false},
		{"unlabelled windows-1251", enc(page("", "Письма", ru)), "windows-1251", true},
		{"labelled windows-1251 but UTF-8", []byte(page("windows-1251", "Письма", ru)), "utf-8", true},
		{"labelled UTF-8 but windows-1251", enc(page("utf-8", "Письма", ru)), "windows-1251", true},
		{"BOM", append([]byte("\xef\xbb\xbf"), page("", "Письма", ru)...), "utf-8", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read(c.raw)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if d.Encoding != c.want || d.Detected != c.detected {
				t.Fatalf("encoding %q (detected %v), want %q (%v)", d.Encoding, d.Detected, c.want, c.detected)
			}
			if !strings.Contains(d.Text, ru) {
				t.Fatalf("text %q lacks the body", d.Text)
			}
		})
	}
}

func TestNoText(t *testing.T) {
	for name, src := range map[string]string{
		"navigation only": `<html><head><title></title></head><body><nav><a href="/">Home</a> <a href="/x">News</a></nav><script>document.write("hi")</script></body></html>`,
		"images only":     `<html><body><img src="a.png"><img src="b.png"></body></html>`,
		"empty":           ``,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Read([]byte(src)); !errors.Is(err, ErrNoText) {
				t.Fatalf("Read = %v, want ErrNoText", err)
			}
		})
	}
}

func TestRender(t *testing.T) {
	d, err := Read([]byte(`<html><body><article><p>One <b>bold</b>  word,
	then <i>more</i>.<br>Line two.</p><ul><li>first</li><li>second</li></ul><pre>a  b
c</pre></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	want := "One bold word, then more.\nLine two.\n\nfirst\n\nsecond\n\na  b\nc"
	if d.Text != want {
		t.Fatalf("text %q, want %q", d.Text, want)
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(page("utf-8", title, body...)))
	f.Add([]byte(`<meta charset="koi8-r"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4" + `</p>`))
	f.Add([]byte("<html><body><p>x</p>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Read(raw)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if !utf8.ValidString(d.Text) || !hasLetters(d.Text) {
			t.Fatalf("text %q: not UTF-8 or no letters", d.Text)
		}
	})
}
