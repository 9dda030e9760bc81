// Package gizmo is Dossier's library of named Gizmo queries for historians:
// a person's network (ego), who wrote to whom (correspondence), a person's
// dated facts (timeline), who was where in a year (where), everyone linked to
// an organisation (members), the shortest path between two people (path),
// and people mentioned together (comentions).
//
// A query is bound to its parameters (Query.Bind): names in any form go
// through the name index (package index), so "Абдрахманов", "Abdrakhmanov"
// and "Жусуп" give the same IRI; the result is a Gizmo script that starts
// with the parameters as a JavaScript object and a prelude of helpers, and
// runs like any other query (graph.Store.Query, with its timeout and
// limit). The rows it emits are plain JSON objects; rows that link two
// entities carry "source" and "target", the tags Cayley's Visualize view
// draws, and dates as plain "1925-05-05" strings.
package gizmo
