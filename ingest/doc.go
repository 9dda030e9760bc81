// Package ingest finds documents on disk and reads them into
// dossier.Documents: it walks files and folders, decides what each file is,
// decodes its text, and reports every file it cannot read as one clear error
// naming the file, what went wrong and why, without stopping the others.
package ingest
