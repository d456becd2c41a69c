/*
 * load_sql: every SQL statement govfacts runs, in one place.
 *
 * Migrations are applied in order; MIGRATIONS[i] takes the schema from
 * user_version i to i + 1.  To change the schema, append a migration:
 * never edit one that has shipped.
 */
#ifndef GOVFACTS_LOAD_SQL_H
#define GOVFACTS_LOAD_SQL_H

/* Sets facts.fact_id of the facts WHERE picks (f is facts, a its
 * article): the occurrence is the fact's rank, by seq, among the facts of
 * its article with the same identity; load_db.c counts it the same way
 * (same_identity) when it writes facts.  Migration 7 runs it over every
 * fact, an article re-keyed (SQL_ARTICLE_ADOPT) over its own. */
#define SQL_FACT_IDS_COMPUTE(WHERE)                                                            \
	"UPDATE facts SET fact_id = w.fid FROM (SELECT f.id,"                                      \
	"  govfacts_fact_id(a.doc, f.kind, f.value, f.total, f.qualifier, f.unit, f.subject,"     \
	"    f.indicator, f.province, f.year, f.target,"                                          \
	"    row_number() OVER (PARTITION BY f.article_id, f.kind, f.value, f.total, f.qualifier," \
	"      f.unit, f.subject, f.indicator, f.province, f.year, f.target ORDER BY f.seq)) AS fid" \
	"  FROM facts f JOIN articles a ON a.id = f.article_id WHERE " #WHERE ") w"               \
	" WHERE facts.id = w.id;"

/* The text of sentence row S of article row A: its own, else the byte
 * range of the article's text it is (migration 8). */
#define SQL_SENTENCE_TEXT(S, A) \
	"coalesce(" S ".text, CAST(substr(CAST(" A ".text AS BLOB), " S ".start + 1, " S ".bytes) AS TEXT))"

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

	/* 2: reference tables from the gazetteer and the pattern files,
	 * ranking views, indexes for them and for runs */
	"CREATE TABLE provinces ("
	"  code TEXT PRIMARY KEY,"            /* ISO 3166-2:VN */
	"  name_en TEXT NOT NULL UNIQUE,"     /* what facts.province holds */
	"  name_vi TEXT,"
	"  kind TEXT,"                        /* province or city */
	"  unit_2025 TEXT,"                   /* the unit it is part of from 1 July 2025 */
	"  aliases TEXT NOT NULL DEFAULT '');" /* other spellings, ';' between */
	"CREATE TABLE province_names ("
	"  key TEXT NOT NULL,"                /* a spelling folded: see load_ref.c */
	"  code TEXT NOT NULL REFERENCES provinces(code) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  PRIMARY KEY (key, code)) WITHOUT ROWID;"
	"CREATE TABLE indicators ("
	"  code TEXT PRIMARY KEY,"            /* what facts.indicator holds */
	"  name TEXT NOT NULL);"
	"CREATE INDEX facts_rank ON facts(province, indicator, year) WHERE kind = 'rank';"
	"CREATE INDEX articles_run ON articles(run_id);"
	"CREATE INDEX articles_province ON articles(province, published);"
	"CREATE INDEX rejects_run ON rejects(run_id);"
	"CREATE INDEX runs_status ON runs(status);"
	/* One row per distinct ranking claim (targets left out): the
	 * pillar is NULL for the index itself (the subject names the
	 * indicator), else the subject; the source is the latest article
	 * stating it, mentions how many facts state it. */
	"CREATE VIEW province_rankings AS"
	"  WITH r AS ("
	"    SELECT f.id AS fact_id, f.province, f.indicator,"
	"      CASE WHEN f.subject = f.indicator COLLATE NOCASE"
	"             OR f.subject = (SELECT i.name FROM indicators i WHERE i.code = f.indicator) COLLATE NOCASE"
	"           THEN NULL"
	"           WHEN f.subject LIKE '% pillar' THEN lower(substr(f.subject, 1, length(f.subject) - 7))"
	"           ELSE lower(f.subject) END AS pillar,"
	"      f.year, CAST(f.value AS INTEGER) AS rank, CAST(f.total AS INTEGER) AS total, f.qualifier,"
	"      a.published, a.title, a.url, a.doc"
	"    FROM facts f JOIN articles a ON a.id = f.article_id"
	"    WHERE f.kind = 'rank' AND f.target = 0 AND f.province IS NOT NULL AND f.indicator IS NOT NULL),"
	"  s AS ("
	"    SELECT *, row_number() OVER latest AS nth, count(*) OVER claim AS mentions,"
	"           max(total) OVER claim AS known_total"
	"    FROM r"
	"    WINDOW claim AS (PARTITION BY province, indicator, pillar, year, rank, qualifier),"
	"           latest AS (claim ORDER BY published DESC NULLS LAST, fact_id DESC))"
	"  SELECT province, indicator, pillar, year, rank, known_total AS total, qualifier, mentions,"
	"         published, title, url, doc, fact_id"
	"  FROM s WHERE nth = 1;"
	/* The latest known rank of each province on each indicator, overall
	 * (pillar NULL) and per pillar: the latest year; within a year an
	 * exact position before a bound (top 10), then the claim most
	 * articles make, then the latest article. */
	"CREATE VIEW latest_ranks AS"
	"  SELECT province, indicator, pillar, year, rank, total, qualifier, mentions,"
	"         published, title, url, doc, fact_id"
	"  FROM (SELECT *, row_number() OVER (PARTITION BY province, indicator, pillar"
	"          ORDER BY year DESC NULLS LAST, qualifier = 'exact' DESC, mentions DESC,"
	"                   published DESC NULLS LAST, fact_id DESC) AS nth"
	"        FROM province_rankings)"
	"  WHERE nth = 1;",
	/* 3: the hash of each article's input file as read, so that a re-run
	 * knows an unchanged file without parsing it */
	"ALTER TABLE articles ADD COLUMN input_hash TEXT;"
	"CREATE INDEX articles_file ON articles(file, input_hash);",
	/* 4: why a run failed (the status 'failed'), so that the runs table
	 * says it without the log */
	"ALTER TABLE runs ADD COLUMN reason TEXT;",

	/* 5: an article's doc is its URL only when the URL names an article,
	 * else the canonical path of its file (FACTS.md); the unchanged-input
	 * look-up goes by canonical path (input_path), so that any spelling
	 * of a path finds it; seen_run and runs.duplicates tell two inputs
	 * of one doc in a run; runs.unparsed counts the inputs known
	 * unchanged from their bytes alone.  Existing docs are rewritten
	 * where the file can still be resolved (from the directory govfacts
	 * runs in), else left; of rows that come to share a doc the one seen
	 * last is kept.  The SQL functions govfacts_realpath and
	 * govfacts_names_article are load_db.c's. */
	"ALTER TABLE articles ADD COLUMN input_path TEXT;"
	"ALTER TABLE articles ADD COLUMN seen_run INTEGER;"
	"ALTER TABLE runs ADD COLUMN duplicates INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE runs ADD COLUMN unparsed INTEGER NOT NULL DEFAULT 0;"
	"DROP INDEX articles_file;"
	"CREATE INDEX articles_input ON articles(input_path, input_hash);"
	"CREATE TEMP TABLE doc_moves AS"
	"  SELECT id, doc, row_number() OVER (PARTITION BY doc ORDER BY last_seen DESC, id DESC) AS nth"
	"  FROM (SELECT id, last_seen,"
	"          coalesce(CASE WHEN govfacts_names_article(url) THEN url END, govfacts_realpath(file), doc) AS doc"
	"        FROM articles);"
	"DELETE FROM facts WHERE article_id IN (SELECT id FROM doc_moves WHERE nth > 1);"
	"DELETE FROM articles WHERE id IN (SELECT id FROM doc_moves WHERE nth > 1);"
	/* Through a unique placeholder: a doc may move to the one another
	 * row leaves in the same statement. */
	"UPDATE articles SET doc = char(1) || id"
	"  WHERE doc <> (SELECT m.doc FROM doc_moves m WHERE m.id = articles.id);"
	"UPDATE articles SET doc = (SELECT m.doc FROM doc_moves m WHERE m.id = articles.id),"
	"  input_path = coalesce(govfacts_realpath(file), file);"
	"DROP TABLE doc_moves;",
	/* 6: a nightly run does not refuse the same input again and again:
	 * rejects keep what they refused (input_path, input_hash), an input
	 * refused before with the same bytes is counted in
	 * runs.still_refused; runs.summary holds the run's summary line. */
	"ALTER TABLE rejects ADD COLUMN input_path TEXT;"
	"ALTER TABLE rejects ADD COLUMN input_hash TEXT;"
	"CREATE INDEX rejects_input ON rejects(input_path, input_hash);"
	"ALTER TABLE runs ADD COLUMN still_refused INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE runs ADD COLUMN summary TEXT;",

	/* 7: exports for incremental loads (issue 16, item 4): each fact's
	 * fact_id (govfacts_fact_id, load_fact_id.c; load.h says how it is
	 * computed), the run that last changed what an export says of an
	 * article (its facts or its file), and fact_removals: the fact_ids
	 * an article's reload took away, by run, so that a downstream copy
	 * can delete them.  Self-contained: it reads only columns of
	 * migration 1 and 5. */
	"ALTER TABLE facts ADD COLUMN fact_id TEXT;"
	"ALTER TABLE articles ADD COLUMN changed_run INTEGER;"
	"UPDATE articles SET changed_run = run_id;"
	SQL_FACT_IDS_COMPUTE(1)
	"CREATE INDEX articles_changed ON articles(changed_run);"
	"CREATE TABLE fact_removals ("
	"  run_id INTEGER NOT NULL,"          /* the run that took it away */
	"  fact_id TEXT NOT NULL,"
	"  article_id INTEGER NOT NULL,"      /* articles.id of the article it was a fact of */
	"  removed TEXT NOT NULL);"           /* when, YYYY-MM-DDTHH:MM:SSZ */
	"CREATE INDEX fact_removals_run ON fact_removals(run_id, article_id);",

	/* 8 (issue 16, items 1 to 3): sentences stored once, ranks that know their field
	 * and pillar, full-text search, views that answer.
	 *
	 * A sentence is stored once per article in sentences (seq its order
	 * among the article's sentences that hold facts), and facts refer
	 * to it by sentence_id: 1.9 M facts shared 835 k sentences.  Its
	 * text is where it already is, in articles.text (start, bytes: a
	 * byte range); only a sentence that is not a part of its article's
	 * text keeps its own (text, else NULL).  sentence_rows gives every
	 * sentence's text.  sentence_id declares no
	 * REFERENCES: facts and sentences go together, by article, and a
	 * foreign key would have every deleted sentence scan the facts.
	 *
	 * facts.field (national, region, ministries, unknown), facts.region
	 * (a region's name) and facts.pillar (a pillar of the indicator from
	 * patterns/pillars.tsv, else NULL) are set for ranks by load_field.c
	 * as facts are written; the rows this migration finds are left NULL
	 * and classified by the reference-table refresh that follows in the
	 * same ingest (load_ref.c), which reads the lists from the pattern
	 * directory.  rank_fields and pillars hold those lists; ref_state
	 * the hash of what the stored classes were made from.
	 *
	 * sentence_search: an FTS5 index of each sentence and the subjects
	 * of its facts (sentence_docs), kept by load_db.c a batch at a time
	 * (SQL_SEARCH_INDEX, SQL_SEARCH_FORGET), not by triggers: FTS5
	 * writes its pending rows out at every savepoint, and an ingest
	 * takes one per article. */
	"CREATE TABLE sentences ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT," /* never reused: an id is one sentence for good */
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  seq INTEGER NOT NULL,"
	"  start INTEGER,"                      /* byte offset in articles.text; NULL: not found in it */
	"  bytes INTEGER NOT NULL DEFAULT 0,"   /* its length in bytes */
	"  text TEXT,"                          /* the sentence when start is NULL, else NULL */
	"  UNIQUE (article_id, seq));"
	"INSERT INTO sentences (article_id, seq, text)"
	"  SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY min(seq)) - 1, sentence"
	"  FROM facts GROUP BY article_id, sentence;"
	"UPDATE sentences SET bytes = length(CAST(text AS BLOB)),"
	"  start = nullif(instr(CAST((SELECT a.text FROM articles a WHERE a.id = sentences.article_id)"
	"  AS BLOB), CAST(text AS BLOB)), 0) - 1;"
	/* IF EXISTS: a database whose views were dropped by hand migrates
	 * too (they are made again below). */
	"DROP VIEW IF EXISTS latest_ranks;"
	"DROP VIEW IF EXISTS province_rankings;"
	"DROP VIEW IF EXISTS fact_rows;"
	"ALTER TABLE facts ADD COLUMN sentence_id INTEGER;"
	/* For this lookup only: an article of n sentences would cost n * n. */
	"CREATE INDEX sentences_text_once ON sentences(article_id, text);"
	"UPDATE facts SET sentence_id = (SELECT s.id FROM sentences s"
	"  WHERE s.article_id = facts.article_id AND s.text = facts.sentence);"
	"DROP INDEX sentences_text_once;"
	"ALTER TABLE facts DROP COLUMN sentence;"
	/* The facts of a sentence (sentence_docs' subjects): without it an
	 * article of n sentences and facts costs n * n to index. */
	"CREATE INDEX facts_sentence ON facts(sentence_id);"
	"UPDATE sentences SET text = NULL WHERE start IS NOT NULL;"
	"CREATE VIEW sentence_rows AS"
	"  SELECT s.id, s.article_id, s.seq, s.start, " SQL_SENTENCE_TEXT("s", "a") " AS text"
	"  FROM sentences s JOIN articles a ON a.id = s.article_id;"
	"ALTER TABLE facts ADD COLUMN field TEXT;"
	"ALTER TABLE facts ADD COLUMN region TEXT;"
	"ALTER TABLE facts ADD COLUMN pillar TEXT;"
	"CREATE INDEX facts_unclassified ON facts(id) WHERE kind = 'rank' AND field IS NULL;"
	"CREATE TABLE rank_fields ("
	"  field TEXT NOT NULL,"                /* national, region, ministries */
	"  name TEXT,"                          /* a region's name */
	"  size INTEGER,"                       /* how many it ranks; NULL: varies */
	"  year_from INTEGER, year_until INTEGER," /* the indices' years the size holds for */
	"  words TEXT NOT NULL);"               /* what says it, ';' between */
	"CREATE TABLE pillars ("
	"  indicator TEXT NOT NULL,"
	"  pillar TEXT NOT NULL,"
	"  spellings TEXT NOT NULL,"            /* besides the pillar's name, ';' between */
	"  PRIMARY KEY (indicator, pillar)) WITHOUT ROWID;"
	"CREATE TABLE ref_state (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
	/* What sentence_search indexes: each sentence with the subjects
	 * of its facts, in their order. */
	"CREATE VIEW sentence_docs AS"
	"  SELECT s.id, s.article_id, s.text,"
	"    (SELECT group_concat(subject, ' | ') FROM (SELECT f.subject FROM facts f"
	"       WHERE f.sentence_id = s.id ORDER BY f.seq)) AS subjects"
	"  FROM sentence_rows s;"
	"CREATE VIRTUAL TABLE sentence_search USING fts5(text, subjects, content = 'sentence_docs',"
	"  content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');"
	"INSERT INTO sentence_search (sentence_search) VALUES ('rebuild');"
	"CREATE VIEW fact_rows AS"
	"  SELECT f.id, a.doc, a.file, a.url, a.title, a.published, f.kind, f.value, f.total,"
	"         f.qualifier, f.unit, f.subject, f.indicator, f.province, f.year,"
	"         f.target, " SQL_SENTENCE_TEXT("s", "a") " AS sentence, f.start, f.\"end\", f.pattern,"
	"         f.field, f.region, f.pillar, f.sentence_id"
	/* sentences, not sentence_rows: a view of a join on the right of
	 * a LEFT JOIN would be materialized whole. */
	"  FROM facts f JOIN articles a ON a.id = f.article_id LEFT JOIN sentences s ON s.id = f.sentence_id;"
	/* One row per distinct national ranking claim (targets left out):
	 * pillar NULL for the index itself; the source is the latest
	 * article stating it, mentions how many facts state it. */
	"CREATE VIEW province_rankings AS"
	"  WITH r AS ("
	"    SELECT f.id AS fact_id, f.province, f.indicator, f.pillar, f.year,"
	"      CAST(f.value AS INTEGER) AS rank, CAST(f.total AS INTEGER) AS total, f.qualifier,"
	"      a.published, a.title, a.url, a.doc"
	"    FROM facts f JOIN articles a ON a.id = f.article_id"
	"    WHERE f.kind = 'rank' AND f.target = 0 AND f.field = 'national'"
	"      AND f.province IS NOT NULL AND f.indicator IS NOT NULL),"
	"  s AS ("
	"    SELECT *, row_number() OVER latest AS nth, count(*) OVER claim AS mentions,"
	"           max(total) OVER claim AS known_total"
	"    FROM r"
	"    WINDOW claim AS (PARTITION BY province, indicator, pillar, year, rank, qualifier),"
	"           latest AS (claim ORDER BY published DESC NULLS LAST, fact_id DESC))"
	"  SELECT province, indicator, pillar, year, rank, known_total AS total, qualifier, mentions,"
	"         published, title, url, doc, fact_id"
	"  FROM s WHERE nth = 1;"
	/* One national rank per province, indicator, pillar and year: an
	 * exact position before a bound, then the claim most facts make,
	 * then the latest article; claims says how many different ones
	 * there were (more than one: see rank_conflicts). */
	"CREATE VIEW ranks_by_year AS"
	"  SELECT province, indicator, pillar, year, rank, total, qualifier, mentions, claims,"
	"         published, title, url, doc, fact_id"
	"  FROM (SELECT *, row_number() OVER y AS nth, count(*) OVER (PARTITION BY province, indicator, pillar, year)"
	"          AS claims"
	"        FROM province_rankings WHERE year IS NOT NULL"
	"        WINDOW y AS (PARTITION BY province, indicator, pillar, year"
	"          ORDER BY qualifier = 'exact' DESC, mentions DESC, published DESC NULLS LAST, fact_id DESC))"
	"  WHERE nth = 1;"
	/* The latest known national rank of each province on each
	 * indicator, overall (pillar NULL) and per pillar: the latest year,
	 * then as ranks_by_year. */
	"CREATE VIEW latest_ranks AS"
	"  SELECT province, indicator, pillar, year, rank, total, qualifier, mentions,"
	"         published, title, url, doc, fact_id"
	"  FROM (SELECT *, row_number() OVER (PARTITION BY province, indicator, pillar"
	"          ORDER BY year DESC NULLS LAST, qualifier = 'exact' DESC, mentions DESC,"
	"                   published DESC NULLS LAST, fact_id DESC) AS nth"
	"        FROM province_rankings)"
	"  WHERE nth = 1;"
	/* Every province, indicator, pillar and year for which articles
	 * claim two different exact national ranks: one row per claim and
	 * article (its first fact), claims how many different ranks. */
	"CREATE VIEW rank_conflicts AS"
	"  WITH r AS ("
	"    SELECT f.id, f.article_id, f.province, f.indicator, f.pillar, f.year,"
	"      CAST(f.value AS INTEGER) AS rank, CAST(f.total AS INTEGER) AS total"
	"    FROM facts f"
	"    WHERE f.kind = 'rank' AND f.target = 0 AND f.field = 'national' AND f.qualifier = 'exact'"
	"      AND f.province IS NOT NULL AND f.indicator IS NOT NULL AND f.year IS NOT NULL),"
	"  c AS ("
	"    SELECT *, count(DISTINCT rank) AS claims FROM r GROUP BY province, indicator, pillar, year"
	"    HAVING count(DISTINCT rank) > 1)"
	"  SELECT r.province, r.indicator, r.pillar, r.year, r.rank, max(r.total) AS total, c.claims,"
	"         a.published, a.title, a.url, a.doc, min(r.id) AS fact_id"
	"  FROM r JOIN c ON c.province = r.province AND c.indicator = r.indicator AND c.pillar IS r.pillar"
	"    AND c.year = r.year"
	"  JOIN articles a ON a.id = r.article_id"
	"  GROUP BY r.province, r.indicator, r.pillar, r.year, r.rank, r.article_id;",
};

#define SQL_USER_VERSION "PRAGMA user_version"

/* Every connection, read-only ones too. */
#define SQL_CONNECTION_PRAGMAS "PRAGMA temp_store=MEMORY;"

/* Connections that write. */
#define SQL_PRAGMAS                     \
	"PRAGMA journal_mode=WAL;"      \
	"PRAGMA synchronous=NORMAL;"    \
	"PRAGMA foreign_keys=ON;"      \
	"PRAGMA journal_size_limit=67108864;"

/* ==== Runs ==== */

/* Called with the run lock held: a run still 'running' is one that was
 * killed (see load_db.c). */
#define SQL_RUNS_INTERRUPTED "UPDATE runs SET status = 'interrupted' WHERE status = 'running'"

#define SQL_RUN_RUNNING "SELECT id, started FROM runs WHERE status = 'running' ORDER BY id DESC LIMIT 1"

#define SQL_RUN_BEGIN "INSERT INTO runs (started, args) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?1)"

#define SQL_RUN_END                                                                         \
	"UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ','now'), articles_new = ?2," \
	" articles_changed = ?3, articles_unchanged = ?4, rejected = ?5, facts = ?6, status = ?7," \
	" reason = ?8, duplicates = ?9, unparsed = ?10, still_refused = ?11 WHERE id = ?1"

#define SQL_RUN_SUMMARY "UPDATE runs SET summary = ?2 WHERE id = ?1"

/* Written in the same transaction as each batch, so that a killed run's
 * counts say what it committed. */
#define SQL_RUN_PROGRESS                                                          \
	"UPDATE runs SET articles_new = ?2, articles_changed = ?3, articles_unchanged = ?4," \
	" rejected = ?5, facts = ?6, duplicates = ?7, unparsed = ?8, still_refused = ?9 WHERE id = ?1"

/* ==== Articles and facts ==== */

/* What stands under a doc: whether this run (?2) saw or loaded it, what
 * decides between two inputs of one doc, and whether its text is ?3
 * when an older govfacts hashed it (32-digit FNV, not SHA-256). */
#define SQL_ARTICLE_FIND                                                                       \
	"SELECT id, content_hash, patterns_hash, published, input_path, file, input_hash,"         \
	" seen_run IS ?2, run_id IS ?2, (SELECT count(*) FROM facts f WHERE f.article_id = a.id)," \
	" length(content_hash) = 32 AND text = ?3"                                                 \
	" FROM articles a WHERE doc = ?1"

#define SQL_ARTICLE_SEEN \
	"UPDATE articles SET last_seen = strftime('%Y-%m-%dT%H:%M:%SZ','now'), seen_run = ?2 WHERE id = ?1"

/* Unchanged text from other bytes or another file: the next run finds
 * the input unchanged without parsing it. */
#define SQL_ARTICLE_SOURCE                                                                     \
	"UPDATE articles SET file = ?2, input_path = ?3, input_hash = ?4, content_hash = ?5,"      \
	" changed_run = CASE WHEN file IS ?2 AND content_hash IS ?5 THEN changed_run ELSE ?6 END"  \
	" WHERE id = ?1"

/* An article keyed by the path as given (?1) before migration 5, now
 * keyed by its canonical path (?2). */
#define SQL_ARTICLE_ADOPT "UPDATE articles SET doc = ?2 WHERE doc = ?1 AND input_path = ?1"

#define SQL_ARTICLE_UPSERT                                                                           \
	"INSERT INTO articles (doc, url, file, title, published, province, content_hash, patterns_hash," \
	" text, first_seen, last_seen, run_id, input_hash, input_path, seen_run, changed_run)"           \
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%SZ','now'),"             \
	" strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?10, ?11, ?12, ?10, ?10)"                                \
	" ON CONFLICT (doc) DO UPDATE SET url = excluded.url, file = excluded.file,"                     \
	" title = excluded.title, published = excluded.published, province = excluded.province,"        \
	" content_hash = excluded.content_hash, patterns_hash = excluded.patterns_hash,"                 \
	" text = excluded.text, last_seen = excluded.last_seen, run_id = excluded.run_id,"               \
	" input_hash = excluded.input_hash, input_path = excluded.input_path, seen_run = excluded.seen_run," \
	" changed_run = excluded.changed_run"                                                            \
	" RETURNING id"

/* An article loaded from this file (canonical path), as these bytes, with
 * these patterns; whether this run (?4) saw it already, and as what. */
#define SQL_INPUT_FIND                                                                         \
	"SELECT id, seen_run IS ?4, file, doc FROM articles"                                       \
	" WHERE input_path = ?1 AND input_hash = ?2 AND patterns_hash = ?3 LIMIT 1"

#define SQL_FACTS_DELETE "DELETE FROM facts WHERE article_id = ?1"

/* After its facts: nothing refers to them then. */
#define SQL_SENTENCES_DELETE "DELETE FROM sentences WHERE article_id = ?1"

/* ?3 start NULL and ?5 the text when the sentence is not a part of the
 * article's text; else ?5 NULL. */
#define SQL_SENTENCE_INSERT                                                                    \
	"INSERT INTO sentences (article_id, seq, start, bytes, text) VALUES (?1, ?2, ?3, ?4, ?5)"

/* The full-text index, kept a batch at a time: each sentence a batch
 * writes waits in search_pending (a temporary table, so that it goes
 * with its article's savepoint and its batch's transaction) with the
 * values load_db.c gave it while the article was in memory, and goes
 * into the index when the batch commits, outside any savepoint, so FTS5
 * writes one segment a batch.  Read back through sentence_docs instead,
 * each sentence would read its article's whole text: n * n for an article
 * of n sentences. */
#define SQL_SEARCH_PENDING_CREATE \
	"CREATE TEMP TABLE IF NOT EXISTS search_pending (id INTEGER PRIMARY KEY, text TEXT NOT NULL, subjects TEXT)"
#define SQL_SEARCH_PENDING_INSERT "INSERT INTO temp.search_pending (id, text, subjects) VALUES (?1, ?2, ?3)"
#define SQL_SEARCH_INDEX                                                                       \
	"INSERT INTO sentence_search (rowid, text, subjects)"                                      \
	" SELECT id, text, subjects FROM temp.search_pending;"                                     \
	"DELETE FROM temp.search_pending"

/* Before an article is replaced, its sentences leave the index with the
 * values it was given (FTS5's 'delete' needs them): the article's text,
 * read once, and each sentence's place in it and its facts' subjects.
 * Those of this batch, still pending, are only dropped. */
#define SQL_SEARCH_ARTICLE "SELECT id, text FROM articles WHERE doc = ?1"
#define SQL_SEARCH_SENTENCES                                                                   \
	"SELECT s.id, s.start, s.bytes, s.text, d.subjects, s.id IN (SELECT id FROM temp.search_pending)" \
	" FROM sentences s JOIN sentence_docs d ON d.id = s.id WHERE s.article_id = ?1"
#define SQL_SEARCH_FORGET                                                                      \
	"INSERT INTO sentence_search (sentence_search, rowid, text, subjects) VALUES ('delete', ?1, ?2, ?3)"
#define SQL_SEARCH_PENDING_DROP \
	"DELETE FROM temp.search_pending WHERE id IN (SELECT id FROM sentences WHERE article_id = ?1)"

#define SQL_FACT_INSERT                                                                         \
	"INSERT INTO facts (article_id, seq, kind, value, total, qualifier, unit, subject,"         \
	" indicator, province, year, target, sentence_id, start, \"end\", pattern, fact_id,"       \
	" field, region, pillar)"                                                                  \
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"          \
	" govfacts_fact_id((SELECT doc FROM articles WHERE id = ?1), ?3, ?4, ?5, ?6, ?7, ?8, ?9,"  \
	" ?10, ?11, ?12, ?17), ?18, ?19, ?20)"

/* Before an article's facts are replaced (?1 the article, ?2 the run):
 * all of them are recorded removed; once the new ones are written, those
 * whose fact_id came back are not (SQL_REMOVALS_BACK), so that a reload
 * that changes nothing of a fact leaves no trace of it. */
#define SQL_REMOVALS_RECORD                                                                    \
	"INSERT INTO fact_removals (run_id, fact_id, article_id, removed)"                         \
	" SELECT ?2, fact_id, article_id, strftime('%Y-%m-%dT%H:%M:%SZ','now')"                    \
	" FROM facts WHERE article_id = ?1 AND fact_id IS NOT NULL"

#define SQL_REMOVALS_BACK                                                                      \
	"DELETE FROM fact_removals WHERE run_id = ?2 AND article_id = ?1"                          \
	" AND fact_id IN (SELECT fact_id FROM facts WHERE article_id = ?1)"

/* An article re-keyed by SQL_ARTICLE_ADOPT: its facts' ids follow its
 * new doc. */
#define SQL_FACT_IDS_ARTICLE SQL_FACT_IDS_COMPUTE(f.article_id = ?1)

#define SQL_ARTICLE_CHANGED "UPDATE articles SET changed_run = ?2 WHERE id = ?1"

#define SQL_REJECT_INSERT \
	"INSERT INTO rejects (run_id, file, reason, input_path, input_hash) VALUES (?1, ?2, ?3, ?4, ?5)"

/* Refused by an earlier run (not ?3) as the same input with the same bytes. */
#define SQL_REJECT_FIND \
	"SELECT 1 FROM rejects WHERE input_path = ?1 AND input_hash = ?2 AND run_id <> ?3 LIMIT 1"

/* ==== Reading back ==== */

/* A NULL parameter is no filter: ?1 published on or after, ?2 province
 * (name_en), ?3 kind, ?4 articles changed by a run after it.  The
 * sentence is read through the fact_rows view (r), wherever the schema
 * keeps it: a look-up by row id: as a join, the planner may sort every
 * row in memory for the ORDER BY. */
#define SQL_FACTS_SELECT                                                                       \
	"SELECT a.file, a.doc, f.kind, f.value, f.total, f.qualifier, f.unit, f.subject,"          \
	" f.indicator, f.province, f.year, f.target,"                                              \
	" (SELECT r.sentence FROM fact_rows r WHERE r.id = f.id), f.start, f.\"end\", f.pattern,"  \
	" f.fact_id, f.article_id, a.url, a.title, a.published, a.run_id"                          \
	" FROM facts f JOIN articles a ON a.id = f.article_id"                                     \
	" WHERE (?1 IS NULL OR a.published >= ?1) AND (?2 IS NULL OR f.province = ?2)"             \
	" AND (?3 IS NULL OR f.kind = ?3) AND (?4 IS NULL OR a.changed_run > ?4)"                  \
	" ORDER BY a.id, f.seq"

/* The fact_ids taken away by runs after ?1 that are not in the database
 * now (one that came back is in the facts export), with the article
 * they were facts of and the last run that took them away. */
#define SQL_REMOVALS_SELECT                                                                    \
	"SELECT x.fact_id, x.article_id, a.doc, max(x.run_id), max(x.removed)"                    \
	" FROM fact_removals x LEFT JOIN articles a ON a.id = x.article_id"                       \
	" WHERE x.run_id > ?1 AND NOT EXISTS (SELECT 1 FROM facts f"                              \
	"   WHERE f.article_id = x.article_id AND f.fact_id = x.fact_id)"                          \
	" GROUP BY x.fact_id ORDER BY x.article_id, x.fact_id"

/* --changed-since ?1: the last run everything of which was committed
 * before ?1 (it had finished, or a later run had started, which it does
 * only once the one before has ended); 0 when there is none. */
#define SQL_RUN_BEFORE                                                                         \
	"SELECT coalesce(max(id), 0) FROM runs r WHERE r.finished < ?1"                            \
	" OR EXISTS (SELECT 1 FROM runs n WHERE n.id > r.id AND n.started < ?1)"

/* A table or view SQL_TABLES_EXPORTABLE lists, its name added as a
 * quoted identifier (load_table_each). */
#define SQL_TABLE_SELECT "SELECT * FROM "

/* The tables and views --table can name: every view, and every table
 * but SQLite's own and those behind a virtual table (FTS5 keeps its
 * index in tables named after it). */
#define SQL_TABLES_EXPORTABLE                                                                  \
	"SELECT name, type FROM sqlite_schema s WHERE type IN ('table', 'view')"                   \
	" AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"                                               \
	" AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.type = 'table'"                    \
	"   AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND s.name LIKE v.name || '\\_%' ESCAPE '\\')"   \
	" ORDER BY name"

/* ?1 published on or after, ?2 province (name_en), ?3 changed by a run
 * after it; NULL is no filter. */
#define SQL_ARTICLES_SELECT                                                                    \
	"SELECT a.doc, a.url, a.file, a.title, a.published, a.province, a.content_hash,"           \
	" a.first_seen, a.last_seen, a.run_id,"                                                    \
	" (SELECT count(*) FROM facts f WHERE f.article_id = a.id), a.text, a.id"                  \
	" FROM articles a"                                                                         \
	" WHERE (?1 IS NULL OR a.published >= ?1) AND (?2 IS NULL OR a.province = ?2)"             \
	" AND (?3 IS NULL OR a.changed_run > ?3)"                                                  \
	" ORDER BY a.id"

/* govfacts merge: every article as load_article takes it, in the order
 * SQL_FACTS_SELECT gives their facts (load_articles_loaded_each reads
 * both side by side). */
#define SQL_ARTICLES_LOADED                                                                     \
	"SELECT doc, url, file, title, published, province, content_hash, patterns_hash, text,"    \
	" input_path, input_hash FROM articles ORDER BY id"

/* The latest reject of each input and its bytes. */
#define SQL_REJECTS_LATEST                                                                      \
	"SELECT file, reason, input_path, input_hash FROM rejects r"                               \
	" WHERE id = (SELECT max(id) FROM rejects q WHERE q.input_path IS r.input_path"            \
	" AND q.input_hash IS r.input_hash) ORDER BY id"

#define SQL_STATS_TOTALS                                                                       \
	"SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts),"                    \
	" (SELECT count(*) FROM rejects), (SELECT count(*) FROM runs)"

#define SQL_STATS_KIND                                                                         \
	"SELECT kind, count(*), count(DISTINCT article_id) FROM facts GROUP BY kind ORDER BY kind"

#define SQL_STATS_PROVINCE                                                                     \
	"SELECT province, count(*), count(DISTINCT article_id) FROM facts GROUP BY province"        \
	" ORDER BY province IS NULL, count(*) DESC, province"

#define SQL_STATS_RUNS                                                                         \
	"SELECT id, started, finished, status, args, articles_new, articles_changed,"              \
	" articles_unchanged, rejected, facts, reason, duplicates, unparsed FROM runs ORDER BY id"

/* ==== The report (load_report.c) ==== */

/* The rank of every province on every indicator (the index itself,
 * pillar NULL) in every year, from province_rankings (which holds
 * national ranks): where a year has several claims, the one latest_ranks
 * would take (an exact position before a bound, then the claim most
 * facts make, then the latest article). */
#define SQL_REPORT_RANKS                                                                       \
	"SELECT r.indicator, coalesce(i.name, r.indicator), r.province, r.year, r.rank, r.total,"  \
	" r.qualifier, r.mentions, r.published, r.title, r.url, r.doc, r.fact_id"                  \
	" FROM (SELECT *, row_number() OVER (PARTITION BY province, indicator, year"               \
	"         ORDER BY qualifier = 'exact' DESC, mentions DESC, published DESC NULLS LAST,"     \
	"                  fact_id DESC) AS nth"                                                    \
	"       FROM province_rankings WHERE pillar IS NULL AND year IS NOT NULL) r"               \
	" LEFT JOIN indicators i ON i.code = r.indicator"                                          \
	" WHERE r.nth = 1 ORDER BY r.indicator, r.province, r.year"

/* Conflicts: a province, indicator (pillar NULL) and year with two
 * different exact national ranks; one row per claimed rank and article
 * stating it, the columns of SQL_REPORT_RANKS.  From the rank_conflicts
 * view where the schema has it (SQL_REPORT_HAS_CONFLICTS says), else
 * (SQL_REPORT_CONFLICTS_OWN) computed from province_rankings: the
 * articles found in facts by the claim's province, indicator, year, rank
 * and qualifier, with province_rankings' test for "the index itself";
 * mentions are then that article's facts stating it (1 from the view).
 * Once every schema has the view the second can go. */
#define SQL_REPORT_HAS_CONFLICTS "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'rank_conflicts'"

#define SQL_REPORT_CONFLICTS_VIEW                                                              \
	"SELECT c.indicator, coalesce(i.name, c.indicator), c.province, c.year, c.rank, c.total,"  \
	" 'exact', 1, c.published, c.title, c.url, c.doc, c.fact_id"                               \
	" FROM rank_conflicts c LEFT JOIN indicators i ON i.code = c.indicator"                    \
	" WHERE c.pillar IS NULL"                                                                  \
	" ORDER BY c.indicator, c.province, c.year, c.rank, c.published DESC NULLS LAST, c.fact_id"

#define SQL_REPORT_CONFLICTS_OWN                                                                   \
	"WITH c AS (SELECT province, indicator, year FROM province_rankings"                       \
	"           WHERE pillar IS NULL AND year IS NOT NULL AND qualifier = 'exact'"             \
	"           GROUP BY province, indicator, year HAVING count(DISTINCT rank) > 1)"           \
	" SELECT p.indicator, coalesce(i.name, p.indicator), p.province, p.year, p.rank, p.total," \
	" p.qualifier, count(*), a.published, a.title, a.url, a.doc, min(f.id)"                    \
	" FROM province_rankings p JOIN c USING (province, indicator, year)"                       \
	" JOIN facts f ON f.kind = 'rank' AND f.target = 0 AND f.province = p.province"            \
	"  AND f.indicator = p.indicator AND f.year = p.year"                                      \
	"  AND CAST(f.value AS INTEGER) = p.rank AND f.qualifier = p.qualifier"                    \
	" JOIN articles a ON a.id = f.article_id"                                                  \
	" LEFT JOIN indicators i ON i.code = p.indicator"                                          \
	" WHERE p.pillar IS NULL AND p.qualifier = 'exact'"                                        \
	"  AND (f.subject = f.indicator COLLATE NOCASE OR f.subject = i.name COLLATE NOCASE)"      \
	" GROUP BY p.indicator, p.province, p.year, p.rank, a.id"                                  \
	" ORDER BY p.indicator, p.province, p.year, p.rank, a.published DESC NULLS LAST, a.id"

/* ==== Reference tables (load_ref.c) ==== */

#define SQL_REF_CLEAR "DELETE FROM province_names; DELETE FROM provinces; DELETE FROM indicators;"

#define SQL_PROVINCE_INSERT                                                                    \
	"INSERT INTO provinces (code, name_en, name_vi, kind, unit_2025, aliases)"                 \
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6)"

#define SQL_PROVINCE_NAME_INSERT                                                               \
	"INSERT INTO province_names (key, code, name) VALUES (?1, ?2, ?3)"                         \
	" ON CONFLICT (key, code) DO NOTHING"

#define SQL_INDICATOR_INSERT                                                                   \
	"INSERT INTO indicators (code, name) VALUES (?1, ?2)"                                      \
	" ON CONFLICT (code) DO UPDATE SET name = excluded.name"

#define SQL_PROVINCE_RESOLVE                                                                   \
	"SELECT DISTINCT p.name_en FROM province_names n JOIN provinces p ON p.code = n.code"      \
	" WHERE n.key = ?1 ORDER BY p.name_en"

#define SQL_PROVINCES_COUNT "SELECT count(*) FROM provinces"

/* ==== Fields and pillars of ranks (load_ref.c, load_field.c) ==== */

#define SQL_FIELDS_CLEAR "DELETE FROM rank_fields; DELETE FROM pillars;"

#define SQL_FIELD_INSERT                                                                       \
	"INSERT INTO rank_fields (field, name, size, year_from, year_until, words)"                \
	" VALUES (?1, ?2, nullif(?3, 0), nullif(?4, 0), nullif(?5, 0), ?6)"

#define SQL_PILLAR_INSERT                                                                      \
	"INSERT INTO pillars (indicator, pillar, spellings) VALUES (?1, ?2, ?3)"                   \
	" ON CONFLICT (indicator, pillar) DO UPDATE SET spellings = spellings || ';' || excluded.spellings"

#define SQL_FIELDS_HASH "SELECT value FROM ref_state WHERE name = 'fields'"

#define SQL_FIELDS_HASH_SET                                                                    \
	"INSERT INTO ref_state (name, value) VALUES ('fields', ?1)"                                \
	" ON CONFLICT (name) DO UPDATE SET value = excluded.value"

/* The ranks to classify: all (the lists changed), or those not
 * classified yet (a migrated database; facts_unclassified finds them,
 * none on most runs, without reading the others). */
#define SQL_RANKS_COLUMNS                                                                      \
	"SELECT f.id, f.value, f.total, f.year, f.province, f.indicator, f.subject, f.start,"     \
	" f.\"end\", s.start, " SQL_SENTENCE_TEXT("s", "a")
#define SQL_RANKS_ALL                                                                          \
	SQL_RANKS_COLUMNS " FROM facts f JOIN articles a ON a.id = f.article_id"                  \
	" LEFT JOIN sentences s ON s.id = f.sentence_id WHERE f.kind = 'rank'"
#define SQL_RANKS_UNCLASSIFIED                                                                 \
	SQL_RANKS_COLUMNS " FROM facts f INDEXED BY facts_unclassified"                           \
	" JOIN articles a ON a.id = f.article_id LEFT JOIN sentences s ON s.id = f.sentence_id"    \
	" WHERE f.kind = 'rank' AND f.field IS NULL"

#define SQL_RANK_CLASSIFY "UPDATE facts SET field = ?2, region = ?3, pillar = ?4 WHERE id = ?1"

#endif
