// Package ingest finds documents on disk and reads them into
// dossier.Documents: it walks files and folders (following symbolic links,
// never round a loop), decides what each file is from its content — plain
// text in UTF-8, UTF-16, Windows-1251, KOI8-R or IBM866; Markdown; HTML;
// PDF; Word (.docx); images — and hands it to the reader for that format
// (subpackages charset, html, pdf, docx, ocr, layout). Every file it cannot
// read is reported as one clear error naming the file, what was being done
// and why, without stopping the others.
//
// What Document.Text is, per format, and so what spans point into:
//   - text: the file's text decoded to UTF-8, byte for byte otherwise (a
//     UTF-8 byte-order mark dropped), so offsets match the file for UTF-8;
//   - Markdown: the file's text with markup overwritten by spaces, so
//     offsets still match the file;
//   - HTML, PDF, Word, scans: the text the reader rendered (main text only,
//     running headers and page numbers removed, words hyphenated across
//     lines re-joined, paragraphs separated by blank lines, Unicode NFC).
//
// Clean-up that only serves extraction (canonical quotes and spaces, legacy
// Kyrgyz letters, pre-1918 spelling, Latin letters inside Cyrillic words in
// OCR output, hard-wrapped lines, footnote digits glued to words) is the
// extractor's (extract/textnorm): it works on a copy and maps every span
// back, so facts keep pointing into Document.Text.
package ingest
