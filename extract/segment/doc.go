// Package segment splits clean text into sentences and tokens, each with its
// byte span, and labels the language of every sentence (Kyrgyz, Russian,
// English, Kazakh). Sentence boundaries respect initials (И.В. Сталин,
// J. X. Peters), abbreviations of the three languages (г., тов., ж., Com.,
// F., Op.), archive references and brackets.
package segment
