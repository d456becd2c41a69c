/*
 * load_sql: every SQL statement govfacts runs, in one place.
 *
 * Migrations are applied in order; MIGRATIONS[i] takes the schema from
 * user_version i to i + 1.  To change the schema, append a migration:
 * never edit one that has shipped.
 */
#ifndef GOVFACTS_LOAD_SQL_H
#define GOVFACTS_LOAD_SQL_H

static const char *const MIGRATIONS[] = {
	/* 1: articles, facts, runs, rejects */
	"CREATE TABLE runs ("
	"  id INTEGER PRIMARY KEY,"
	"  started TEXT NOT NULL,"
	"  finished TEXT,"
	"  args TEXT,"
	"  articles_new INTEGER NOT NULL DEFAULT 0,"
	"  articles_changed INTEGER NOT NULL DEFAULT 0,"
	"  articles_unchanged INTEGER NOT NULL DEFAULT 0,"
	"  rejected INTEGER NOT NULL DEFAULT 0,"
	"  facts INTEGER NOT NULL DEFAULT 0,"
	"  status TEXT NOT NULL DEFAULT 'running');"
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  doc TEXT NOT NULL UNIQUE,"
	"  url TEXT,"
	"  file TEXT NOT NULL,"
	"  title TEXT,"
	"  published TEXT,"
	"  province TEXT,"
	"  content_hash TEXT NOT NULL,"
	"  patterns_hash TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  first_seen TEXT NOT NULL,"
	"  last_seen TEXT NOT NULL,"
	"  run_id INTEGER REFERENCES runs(id));"
	"CREATE TABLE facts ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  seq INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  value REAL NOT NULL,"
	"  total REAL,"
	"  qualifier TEXT NOT NULL,"
	"  unit TEXT,"
	"  subject TEXT NOT NULL,"
	"  indicator TEXT,"
	"  province TEXT,"
	"  year INTEGER,"
	"  target INTEGER NOT NULL,"
	"  sentence TEXT NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  \"end\" INTEGER NOT NULL,"
	"  pattern TEXT NOT NULL,"
	"  UNIQUE (article_id, seq));"
	"CREATE TABLE rejects ("
	"  id INTEGER PRIMARY KEY,"
	"  run_id INTEGER REFERENCES runs(id),"
	"  file TEXT NOT NULL,"
	"  reason TEXT NOT NULL);"
	"CREATE INDEX facts_kind ON facts(kind, indicator, year);"
	"CREATE INDEX facts_province ON facts(province, year);"
	"CREATE INDEX articles_published ON articles(published);"
	"CREATE VIEW fact_rows AS"
	"  SELECT f.id, a.doc, a.file, a.url, a.title, a.published, f.kind, f.value, f.total,"
	"         f.qualifier, f.unit, f.subject, f.indicator, f.province, f.year,"
	"         f.target, f.sentence, f.start, f.\"end\", f.pattern"
	"  FROM facts f JOIN articles a ON a.id = f.article_id;",
};

#define SQL_PRAGMAS                     \
	"PRAGMA journal_mode=WAL;"      \
	"PRAGMA synchronous=NORMAL;"    \
	"PRAGMA foreign_keys=ON;"

#define SQL_RUN_BEGIN "INSERT INTO runs (started, args) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?1)"

#define SQL_RUN_END                                                                         \
	"UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ','now'), articles_new = ?2," \
	" articles_changed = ?3, articles_unchanged = ?4, rejected = ?5, facts = ?6, status = ?7" \
	" WHERE id = ?1"

#define SQL_ARTICLE_FIND "SELECT id, content_hash, patterns_hash FROM articles WHERE doc = ?1"

#define SQL_ARTICLE_SEEN \
	"UPDATE articles SET last_seen = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1"

#define SQL_ARTICLE_UPSERT                                                                           \
	"INSERT INTO articles (doc, url, file, title, published, province, content_hash, patterns_hash," \
	" text, first_seen, last_seen, run_id)"                                                          \
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%SZ','now'),"             \
	" strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?10)"                                                    \
	" ON CONFLICT (doc) DO UPDATE SET url = excluded.url, file = excluded.file,"                     \
	" title = excluded.title, published = excluded.published, province = excluded.province,"        \
	" content_hash = excluded.content_hash, patterns_hash = excluded.patterns_hash,"                 \
	" text = excluded.text, last_seen = excluded.last_seen, run_id = excluded.run_id"                \
	" RETURNING id"

#define SQL_FACTS_DELETE "DELETE FROM facts WHERE article_id = ?1"

#define SQL_FACT_INSERT                                                                         \
	"INSERT INTO facts (article_id, seq, kind, value, total, qualifier, unit, subject,"         \
	" indicator, province, year, target, sentence, start, \"end\", pattern)"                    \
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"

#define SQL_REJECT_INSERT "INSERT INTO rejects (run_id, file, reason) VALUES (?1, ?2, ?3)"

#define SQL_FACTS_ALL                                                                          \
	"SELECT a.file, a.doc, f.kind, f.value, f.total, f.qualifier, f.unit, f.subject,"          \
	" f.indicator, f.province, f.year, f.target, f.sentence, f.start, f.\"end\", f.pattern"    \
	" FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY a.id, f.seq"

#endif
