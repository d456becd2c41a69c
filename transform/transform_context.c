/*
 * transform_context: what a figure's sentence, paragraph, section and
 * article say about it: its year (and which years are only points of
 * comparison or goals' dates), its index, its province, and whether it is
 * a goal.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== Context: years, indicators, provinces ==== */



/* Does cue match the text just before offset at (cues end with "$")? */
/* The cues matched against the text before a year ("compared with",
 * "by the end of") are a few words long: they are looked for in the
 * bytes just before it, not in the whole sentence each time. */
#define CUE_BEFORE_BYTES 200

static bool cue_before(const struct transform *t, enum cue which, const char *s, size_t at)
{
	size_t ov[2];
	size_t from = at > CUE_BEFORE_BYTES ? at - CUE_BEFORE_BYTES : 0;
	return t->set.cues[which] && rx_exec(t->set.cues[which], s, at, from, false, ov, 1, NULL, 0) > 0;
}

bool cue_may_match(const struct transform *t, enum cue which)
{
	int gate = t->set.cue_gate[which];
	return t->set.cues[which] && (gate < 0 || (t->present >> gate & 1));
}

bool cue_in(const struct transform *t, enum cue which, const char *s, size_t from, size_t to)
{
	size_t ov[2];
	return cue_may_match(t, which) &&
	       rx_exec(t->set.cues[which], s, to, from, false, ov, 1, NULL, 0) > 0;
}

int year_mentions(struct transform *t, const char *s, size_t n, const struct sentence_work *w,
			 struct year_mention *out, int max)
{
	int count = 0;
	size_t start = 0, ov[2];
	while (count < max && start < n) {
		if (rx_exec(t->set.cues[CUE_YEAR], s, n, start, false, ov, 1, NULL, 0) <= 0)
			break;
		size_t a = ov[0], b = ov[1];
		start = b > start ? b : start + 1;
		bool masked = false;
		for (size_t k = 0; k < w->n_ignored; k++)
			if (w->ignored[k].mask_year && overlaps(a, b, w->ignored[k].s, w->ignored[k].e))
				masked = true;
		if (masked)
			continue;
		int y = atoi(s + a);
		/* "2020 and 2021", "2019, 2020": one mention of several years. */
		if (count > 0) {
			struct year_mention *prev = &out[count - 1];
			size_t gap = a - prev->e;
			if ((gap == 5 && !strncmp(s + prev->e, " and ", 5)) || (gap == 2 && !strncmp(s + prev->e, ", ", 2)) ||
			    (gap == 6 && !strncmp(s + prev->e, ", and ", 6))) {
				if (prev->n_years < 4)
					prev->years[prev->n_years++] = y;
				prev->e = b;
				/* "Between 2021 and 2023": a period, no year */
				if (gap == 5 && prev->n_years == 2 && prev->s >= 8 && !strncasecmp(s + prev->s - 8, "between ", 8))
					prev->baseline = true;
				continue;
			}
		}
		struct year_mention *m = &out[count++];
		m->s = a;
		m->e = b;
		m->years[0] = y;
		m->n_years = 1;
		m->baseline = cue_before(t, CUE_BASELINE, s, a);
		m->deadline = cue_before(t, CUE_DEADLINE, s, a);
		/* "274 (2022: 198)": the earlier year's figure, set beside. */
		if (a > 0 && s[a - 1] == '(' && b < n && s[b] == ':')
			m->baseline = true;
	}
	/* "accounted for 9.4% of GRDP last year": a year named from the date
	 * of publication, in its place among the others. */
	start = 0;
	while (t->published_year > 0 && t->set.cues[CUE_RELATIVE_YEAR] && count < max && start < n &&
	       rx_exec(t->set.cues[CUE_RELATIVE_YEAR], s, n, start, false, ov, 1, NULL, 0) > 0) {
		size_t a = ov[0], b = ov[1];
		start = b > start ? b : start + 1;
		int y = t->published_year;
		bool next = !strncasecmp(s + a, "next", 4); /* a goal's date */
		if (!strncasecmp(s + a, "last", 4))
			y--;
		else if (next)
			y++;
		int at = count;
		while (at > 0 && out[at - 1].s > a)
			at--;
		memmove(out + at + 1, out + at, (size_t)(count - at) * sizeof *out);
		count++;
		out[at] = (struct year_mention){ .s = a, .e = b, .years = { y }, .n_years = 1,
						 .baseline = cue_before(t, CUE_BASELINE, s, a),
						 .deadline = next || cue_before(t, CUE_DEADLINE, s, a) };
	}
	return count;
}

/* The clause of s around offset at: between semicolons, or the cell of a
 * table row ("DTI score | 2022: 0.6125 | 2023: 0.6581"). */
void clause_of(const char *s, size_t n, size_t at, size_t *cs, size_t *ce)
{
	size_t a = at, b = at;
	while (a > 0 && s[a - 1] != ';' && s[a - 1] != '|')
		a--;
	while (b < n && s[b] != ';' && s[b] != '|')
		b++;
	*cs = a;
	*ce = b;
}

/* A comma, or a conjunction that joins clauses (lexicon.txt: separator):
 * "ranked 6th in the DTI 2023 and third in the PAR Index". */
static bool is_separator(const struct lexicon *lx, const char *s, size_t cs, size_t ce, size_t i)
{
	if (s[i] == ',')
		return true;
	if (s[i] != ' ' || i + 1 >= ce || i < cs || !isalpha((unsigned char)s[i + 1]))
		return false;
	size_t e = i + 1;
	while (e < ce && isalpha((unsigned char)s[e]))
		e++;
	return e < ce && s[e] == ' ' && lexicon_is(lx, LEX_SEPARATOR, s + i + 1, e - i - 1);
}

/* The part of a clause around [vs,ve) between commas and conjunctions:
 * "ranked 6th in the DTI 2023 | and third in the PAR Index". */
void segment_of(const struct lexicon *lx, const char *s, size_t cs, size_t ce, size_t vs, size_t ve, size_t *ss,
		size_t *se)
{
	size_t a = vs, b = ve;
	while (a > cs && !is_separator(lx, s, cs, ce, a - 1))
		a--;
	while (b < ce && !is_separator(lx, s, cs, ce, b))
		b++;
	*ss = a;
	*se = b;
}

/* "20th place in 2019": nothing but a preposition between a figure and
 * its year. */
static bool adjacent(const struct lexicon *lx, const char *s, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	if (a < b && s[a] == '(') {
		a++;
	} else {
		size_t e = a;
		while (e < b && isalpha((unsigned char)s[e]))
			e++;
		/* "in", "of", "for" (lexicon.txt: year_link), then a space */
		if (e > a && e < b && s[e] == ' ' && lexicon_is(lx, LEX_YEAR_LINK, s + a, e - a))
			a = e;
	}
	while (a < b && s[a] == ' ')
		a++;
	return a == b;
}

/* Is there a number between a and b?  It would claim a year after it
 * ("68.2%, compared with 51.4% in 2023"). */
static bool number_between(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (isdigit((unsigned char)s[i]))
			return true;
	return false;
}

static bool year_usable(const struct year_mention *m, bool target)
{
	return !m->baseline && (target || !m->deadline);
}

/* Is s[a,b) an opening parenthesis alone ("2023 (57/63)"), or with one
 * word ("2022 (ranked 47/63)")? */
static bool paren_after(const char *s, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	if (a >= b || s[a] != '(')
		return false;
	for (a++; a < b && s[a] == ' ';)
		a++;
	if (a < b && isalpha((unsigned char)s[a])) {
		while (a < b && isalpha((unsigned char)s[a]))
			a++;
		if (a == b || s[a] != ' ')
			return false;
		while (a < b && s[a] == ' ')
			a++;
	}
	return a == b;
}

/* "By 2022, 100 percent of agencies will ...": a deadline that opens the
 * clause before the figure dates it, goal or not. */
static bool year_usable_before(const struct year_mention *m)
{
	return !m->baseline;
}

/* The year of a figure at [vs,me): a year right after it, else the last
 * before it in its clause, else a later one in the clause, else one
 * elsewhere in the sentence.  Points of comparison never count, and the
 * date of a goal ("by 2025") counts only for goals. */
const struct year_mention *fact_year(const struct transform *t, const char *s, const struct year_mention *ym,
				     int ny, size_t cs,
					    size_t ce, size_t vs, size_t me, bool target)
{
	const struct year_mention *before = NULL, *after = NULL, *later = NULL, *any = NULL, *inside = NULL;
	for (int i = 0; i < ny; i++) {
		const struct year_mention *m = &ym[i];
		bool in_clause = m->s >= cs && m->e <= ce;
		/* A year the pattern read after the figure ("5th out of 63
		 * provinces in 2018") is the figure's. */
		if (!inside && m->s > vs && m->e <= me && year_usable(m, target))
			inside = m;
		/* "274 (2022: 198)": a year that labels a figure after it is
		 * that figure's, not the one before. */
		bool label = s[m->e] == ':';
		if (label && m->e < vs) {
			size_t k = m->e + 1;
			while (k < vs && s[k] == ' ')
				k++;
			if (k == vs)
				return m;
		}
		if (label && m->s >= me)
			continue;
		if (in_clause && !after && m->s >= me && m->s - me <= 40 && !number_between(s, me, m->s) &&
		    (year_usable(m, target) || adjacent(&t->set.lexicon, s, me, m->s)))
			after = m;
		if (in_clause && m->e <= vs && year_usable_before(m))
			before = m;
		/* "compared to 2023 (57/63)": the figure in parentheses right
		 * after a year is of that year, comparison or not. */
		if (m->e <= vs && paren_after(s, m->e, vs))
			return m;
		/* "2.18 points higher than in 2023, when it ranked 23rd": the
		 * clause a year opens is of that year. */
		size_t tov[2];
		if (m->e <= vs && t->set.cues[CUE_THEN] && !number_between(s, m->e, vs) &&
		    rx_exec(t->set.cues[CUE_THEN], s, vs, m->e, true, tov, 1, NULL, 0) > 0)
			return m;
		if (!year_usable(m, target))
			continue;
		if (!any && !in_clause)
			any = m;
		if (in_clause && m->s >= me && !later && !number_between(s, me, m->s))
			later = m;
	}
	return inside ? inside : after ? after : before ? before : later ? later : any;
}



static void mention_push(struct mentions *l, size_t s, size_t e, int which)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->m = xrealloc(l->m, l->cap * sizeof *l->m);
	}
	l->m[l->n++] = (struct mention){ s, e, which };
}

/* Indicator mentions in indicator order, then by position. */
const struct mentions *indicator_mentions(const struct transform *t, const char *s, size_t n,
						 struct mentions *l)
{
	if (l->done)
		return l;
	l->done = true;
	if (!names_indicator(t))
		return l;
	size_t ov[2];
	for (size_t i = 0; i < t->set.n_indicators; i++)
		for (size_t start = 0;
		     start < n && rx_exec(t->set.indicators[i].rx, s, n, start, false, ov, 1, NULL, 0) > 0;
		     start = ov[1] > start ? ov[1] : start + 1)
			mention_push(l, ov[0], ov[1], (int)i);
	return l;
}

const struct mentions *province_mentions(const struct transform *t, const char *s, size_t n,
						struct mentions *l)
{
	if (l->done)
		return l;
	size_t ms, me;
	int g;
	for (size_t start = 0; start < n && (g = rx_exec_which(t->set.gazetteer, s, n, start, &ms, &me)) > 0;
	     start = me > start ? me : start + 1)
		mention_push(l, ms, me, g - 1);
	l->done = true;
	return l;
}

/* "About SIPAS 2024, the index of satisfaction reached 84.37%", "For
 * the PCI 2023, ...": an index named in the adverbial that opens the
 * clause, before its first comma, is what the clause's figures are of. */
static int opening_indicator(const struct transform *t, const struct mentions *l, const char *s, size_t cs,
			     size_t vs)
{
	size_t a = cs;
	while (s[a] == ' ')
		a++;
	size_t w = a;
	while (isalpha((unsigned char)s[w]))
		w++;
	if (w == a || s[w] != ' ' || !lexicon_is(&t->set.lexicon, LEX_LEAD, s + a, w - a))
		return -1;
	for (size_t k = 0; k < l->n; k++) {
		const struct mention *m = &l->m[k];
		if (m->s <= w || m->e > vs)
			continue;
		/* the name inside the adverbial, before its first comma
		 * ("Regarding the People's Satisfaction Index with State
		 * Administrative Services (SIPAS) in 2024,") */
		int words = 0;
		for (size_t q = w; q < m->s; q++) {
			if (s[q] == ',' || s[q] == ';')
				return -1;
			words += s[q] == ' ';
		}
		if (words > 10)
			return -1;
		/* then its acronym, its year ("(SIPAS) in 2024") and the comma */
		size_t e = m->e;
		while (s[e] == ' ')
			e++;
		if (s[e] == '(') {
			const char *close = memchr(s + e, ')', vs - e);
			if (close && close - (s + e) < 16)
				e = (size_t)(close - s) + 1;
		}
		while (s[e] == ' ' || s[e] == ')')
			e++;
		if (!strncmp(s + e, "in ", 3) || !strncmp(s + e, "of ", 3))
			e += 3;
		while (s[e] == ' ' || isdigit((unsigned char)s[e]))
			e++;
		return s[e] == ',' && e < vs ? m->which : -1;
	}
	return -1;
}

/* The indicator a figure belongs to: one named in its own segment (the
 * nearest), else, for rankings and scores, the last named before it in the
 * clause, the first after it, or the first in the sentence. */
int find_indicator(const struct transform *t, const struct mentions *l, const char *s, size_t cs, size_t ce,
		   size_t vs, size_t ve,
			  bool rank_kind)
{
	size_t gs, ge;
	segment_of(&t->set.lexicon, s, cs, ce, vs, ve, &gs, &ge);
	int in_segment = -1, before = -1, after = -1, any = -1, cell_before = -1;
	size_t seg_dist = SIZE_MAX, before_pos = 0, after_pos = SIZE_MAX;
	/* A cell of a table row after the first ("... | SIPAS 2025: 83.47% |
	 * rank: 8"): a ranking cell that names no index ranks by the index
	 * of the nearest cell before it. */
	bool cell = cs > 0 && s[cs - 1] == '|';
	for (size_t k = 0; k < l->n; k++) {
		const struct mention *m = &l->m[k];
		if (any < 0)
			any = m->which;
		if (cell && m->e <= cs)
			cell_before = m->which;
		if (m->s < cs || m->e > ce)
			continue;
		size_t dist = m->e <= vs ? vs - m->e : m->s >= ve ? m->s - ve : 0;
		if (m->s >= gs && m->e <= ge && dist < seg_dist) {
			in_segment = m->which;
			seg_dist = dist;
		}
		if (m->e <= vs && m->s >= before_pos) {
			before = m->which;
			before_pos = m->s;
		} else if (m->s >= ve && m->s < after_pos) {
			after = m->which;
			after_pos = m->s;
		}
	}
	if (in_segment < 0 && !rank_kind)
		return opening_indicator(t, l, s, cs, vs);
	if (in_segment >= 0 || !rank_kind)
		return in_segment;
	if (before < 0 && after < 0 && cell_before >= 0)
		return cell_before;
	return before >= 0 ? before : after >= 0 ? after : any;
}

const char *transform_province_find(const struct transform *t, const char *s, size_t n)
{
	size_t ms, me;
	int g = rx_exec_which(t->set.gazetteer, s, n, 0, &ms, &me);
	return g > 0 && (size_t)g <= t->set.n_provinces ? t->set.provinces[g - 1] : NULL;
}

/* Is offset at inside parentheses: "Phu Tho (formerly Vinh Phuc)"? */
static bool in_parentheses(const char *s, size_t at)
{
	int depth = 0;
	for (size_t i = 0; i < at; i++)
		depth += s[i] == '(' ? 1 : s[i] == ')' && depth ? -1 : 0;
	return depth > 0;
}

/* The province named nearest before vs in the clause, else the first
 * after it in its segment, else the first before it in the sentence; a
 * name in parentheses only when there is no other, one in an aside never.  A name after the
 * figure in another segment is another place's: "1,140 businesses in the
 * province, against 3,900 in Kien Giang". */
/* Is [ms, me) inside an aside that closes before vs: a comma, a word that
 * opens an aside ("which", "formed"), the mention, a comma? */
static bool in_aside(const struct transform *t, const char *s, size_t ms, size_t me, size_t vs)
{
	size_t c = ms;
	while (c > 0 && s[c - 1] != ',' && s[c - 1] != '.' && s[c - 1] != ';' && ms - c < 160)
		c--;
	if (c == 0 || s[c - 1] != ',')
		return false;
	while (c < ms && s[c] == ' ')
		c++;
	size_t w = c;
	while (w < ms && (isalpha((unsigned char)s[w]) || s[w] == ' '))
		w++;
	/* ", An Giang's neighbour,": a place whose something the one before
	 * the comma is. */
	bool possessive = c == ms && ((me + 2 <= vs && !strncmp(s + me, "'s", 2)) ||
				      (me + 4 <= vs && !strncmp(s + me, "\xe2\x80\x99s", 4)));
	/* a word or a phrase ("made up", "home to") */
	if (!possessive && (w == c || !lexicon_prefix(&t->set.lexicon, LEX_APPOSITIVE, s + c, w - c)))
		return false;
	for (size_t k = me; k < vs; k++)
		if (s[k] == ',')
			return true;
	return false;
}

/* Is the place at ms, after a figure ending at ve, named as a point of
 * comparison ("after Bac Ninh", "ahead of the former Ha Nam")?  Up to two
 * filler words may stand between. */
bool compared_place(const struct transform *t, const char *s, size_t ve, size_t ms)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t e = ms, start;
	for (int skipped = 0;; skipped++) {
		while (e > ve && s[e - 1] == ' ')
			e--;
		if (e <= ve)
			return false;
		if (lexicon_before(lx, LEX_COMPARED, s, e, &start))
			return true;
		if (skipped == 2 || !(lexicon_before(lx, LEX_FILLER, s, e, &start) ||
				      lexicon_before(lx, LEX_TRAILING, s, e, &start)) || start < ve)
			return false;
		e = start;
	}
}

const char *sentence_province(const struct transform *t, const struct mentions *l, const char *s,
				     size_t cs, size_t ce, size_t vs, size_t ve)
{
	const char *first = NULL, *before = NULL, *after = NULL, *aside = NULL;
	size_t gs, ge;
	/* A table row is of the one place its cells name, whichever cell it
	 * is in ("Rank: 2 | Province/city: Quang Ninh | ..."). */
	size_t row_end = ve;
	for (size_t k = 0; k < l->n; k++)
		if (l->m[k].e > row_end)
			row_end = l->m[k].e;
	if (l->n && memmem(s, row_end, " | ", 3)) {
		const char *only = t->set.provinces[l->m[0].which];
		for (size_t k = 1; k < l->n && only; k++)
			if (t->set.provinces[l->m[k].which] != only)
				only = NULL;
		if (only)
			return only;
	}
	segment_of(&t->set.lexicon, s, cs, ce, vs, ve, &gs, &ge);
	for (size_t k = 0; k < l->n; k++) {
		const struct mention *m = &l->m[k];
		const char *p = t->set.provinces[m->which];
		/* "Binh Thuan, famous for a resort 200 km from HCMC, ...": a
		 * place in an aside is none of the clause's, even alone. */
		if (in_aside(t, s, m->s, m->e, vs))
			continue;
		if (in_parentheses(s, m->s)) {
			if (!aside)
				aside = p;
			continue;
		}
		if (m->s >= cs && m->e <= vs)
			before = p;
		else if (m->s >= ve && m->e <= ge && !after && !compared_place(t, s, ve, m->s))
			after = p;
		else if (m->e <= vs && !first)
			first = p;
	}
	return before ? before : after ? after : first ? first : aside;
}

bool is_rank_kind(enum fact_kind k)
{
	return k == KIND_RANK || k == KIND_RANK_CHANGE || k == KIND_SCORE || k == KIND_SCORE_CHANGE;
}

bool is_change_kind(enum fact_kind k)
{
	return k == KIND_PERCENT_CHANGE || k == KIND_RANK_CHANGE || k == KIND_SCORE_CHANGE;
}

/* A line that reads as a heading in text a scraper pulled out ("PCI 2023
 * at a glance"): a paragraph of its own, a few words with no sentence end. */
static bool heading_like(const struct article *a, size_t i)
{
	const struct sentence *sen = &a->sentences[i];
	if ((i > 0 && a->sentences[i - 1].paragraph == sen->paragraph) ||
	    (i + 1 < a->n_sentences && a->sentences[i + 1].paragraph == sen->paragraph))
		return false;
	const char *s = a->text + sen->start;
	size_t n = sen->end - sen->start;
	while (n && s[n - 1] == ' ')
		n--;
	if (!n || n > 60 || strchr(".!?:;,%)\"", s[n - 1]) || memchr(s, '%', n))
		return false;
	int words = 1;
	for (size_t k = 0; k < n; k++)
		words += s[k] == ' ';
	return words <= 8;
}

/* Article-wide context: province, the indicator it is about and the year
 * each indicator is reported for. */
void article_context(struct transform *t, const struct article *a, struct article_context *ac)
{
	ac->province = transform_article_province(t, a);
	ac->indicator = -1;
	ac->recent_indicator = -1;
	ac->section_indicator = -1;
	ac->heading_indicator = xcalloc(a->n_sentences + 1, sizeof *ac->heading_indicator);
	ac->named_indicator = xcalloc(a->n_sentences + 1, sizeof *ac->named_indicator);
	ac->indicator_year = xcalloc(t->set.n_indicators + 1, sizeof *ac->indicator_year);
	ac->present = xcalloc(a->n_sentences + 1, sizeof *ac->present);
	ac->last_number = xcalloc(a->n_sentences + 1, sizeof *ac->last_number);
	ac->bytes = xcalloc(a->n_sentences + 1, sizeof *ac->bytes);
	int *mentions = xcalloc(t->set.n_indicators + 1, sizeof *mentions);
	struct sentence_work none = { 0 };
	for (size_t i = 0; i < a->n_sentences; i++) {
		const char *s = a->text + a->sentences[i].start;
		size_t n = a->sentences[i].end - a->sentences[i].start;
		struct year_mention ym[8];
		int ny = -1;
		size_t ov[2];
		byteset_of(&ac->bytes[i], s, n);
		ac->present[i] = sentence_triggers(t, s, n, &ac->bytes[i], &ac->last_number[i]);
		t->present = ac->present[i];
		ac->heading_indicator[i] = -1;
		ac->named_indicator[i] = -1;
		if (!names_indicator(t))
			continue;
		bool heading = a->sentences[i].role == SENTENCE_HEADING || heading_like(a, i);
		int named = 0;
		for (size_t k = 0; k < t->set.n_indicators; k++) {
			if (rx_exec(t->set.indicators[k].rx, s, n, 0, false, ov, 1, NULL, 0) <= 0)
				continue;
			/* Two indices named ("the PAR INDEX 2023 and SIPAS 2023"):
			 * which one a later figure is of, the sentence does not say. */
			ac->named_indicator[i] = ac->named_indicator[i] == -1 ? (int)k : -2;
			if (heading && i > 0)
				ac->heading_indicator[i] = named++ ? -1 : (int)k;
			mentions[k] += 1 + (i == 0) * 100; /* the title names the subject */
			if (ac->indicator_year[k])
				continue;
			/* "Goal: top 15 in the DTI by 2027", "... sets 2030 digital
			 * economy goals": a goal's year is no year of the index's
			 * results. */
			if (ny < 0)
				ny = cue_in(t, CUE_TARGET, s, 0, n) ? 0 : year_mentions(t, s, n, &none, ym, 8);
			for (int y = 0; y < ny; y++)
				if (!ym[y].baseline && !ym[y].deadline && !ac->indicator_year[k])
					ac->indicator_year[k] = ym[y].years[0];
		}
	}
	int best = 0;
	for (size_t k = 0; k < t->set.n_indicators; k++)
		if (mentions[k] > best) {
			best = mentions[k];
			ac->indicator = (int)k;
		}
	free(mentions);
}

/* The first year s states that is no point of comparison, or 0. */
int first_year(struct transform *t, const char *s, size_t n)
{
	struct sentence_work none = { 0 };
	struct year_mention ym[8];
	int ny = year_mentions(t, s, n, &none, ym, 8);
	for (int y = 0; y < ny; y++)
		if (!ym[y].baseline)
			return ym[y].years[0];
	return 0;
}

/* The period a headline names: its first year that is no point of
 * comparison and no deadline ("... targets 20% of GRDP by 2030" is no
 * article of 2030), and none when it announces a goal ("aims to", "plans
 * to"): the goal's year is not the year of the figures below it. */
int title_year(struct transform *t, const char *s, size_t n)
{
	if (cue_in(t, CUE_TARGET, s, 0, n))
		return 0;
	struct sentence_work none = { 0 };
	struct year_mention ym[8];
	int ny = year_mentions(t, s, n, &none, ym, 8);
	for (int y = 0; y < ny; y++)
		if (!ym[y].baseline && !ym[y].deadline)
			return ym[y].years[0];
	return 0;
}

/* A heading starts a section: "Targets for 2025" dates the figures below
 * it that state no year, and makes them goals. */
void section_context(struct transform *t, const char *s, size_t n, struct article_context *ac)
{
	ac->section_year = first_year(t, s, n);
	ac->in_section = true;
	ac->section_target = cue_in(t, CUE_TARGET, s, 0, n);
	ac->section_plan = !ac->section_target && cue_in(t, CUE_PLAN, s, 0, n);
}

/* The triggers a sentence holds, one bit each. */
uint64_t sentence_triggers(const struct transform *t, const char *s, size_t n, const struct byteset *bytes,
			   size_t *last_number)
{
	uint64_t bits = words_scan(&t->set.trigger_words, s, n, last_number);
	size_t ov[2];
	for (size_t i = 0; i < t->set.n_triggers; i++) {
		uint64_t bit = (uint64_t)1 << i;
		if (!(bits & bit) && t->set.triggers[i].rx && rx_may_match(t->set.triggers[i].rx, bytes) &&
		    rx_exec(t->set.triggers[i].rx, s, n, 0, false, ov, 1, NULL, 0) > 0)
			bits |= bit;
	}
	return bits;
}

bool names_indicator(const struct transform *t)
{
	return t->set.index_trigger < 0 || (t->present >> t->set.index_trigger & 1);
}

/* "the rate of X": X, the measure a sentence is about. */
void sentence_measure(const struct transform *t, const char *s, size_t n, size_t *ms, size_t *me)
{
	size_t ov[2];
	*ms = *me = RX_UNSET;
	if (t->set.cues[CUE_MEASURE] && rx_exec(t->set.cues[CUE_MEASURE], s, n, 0, false, ov, 1, NULL, 0) > 0) {
		*ms = ov[0];
		*me = ov[1];
	}
}

/* ==== Article province ==== */

const char *transform_article_province(const struct transform *t, const struct article *a)
{
	const struct pattern_set *S = &t->set;
	if (a->site) {
		/* quangngai.gov.vn, baoquangtri.vn: a province's name run
		 * together in the host's first label. */
		const char *dot = strchr(a->site, '.');
		size_t n = dot ? (size_t)(dot - a->site) : strlen(a->site);
		const char *best = NULL;
		size_t best_len = 0;
		for (size_t i = 0; i < S->n_provinces; i++) {
			size_t k = strlen(S->province_keys[i]);
			if (k < 5 || k > n || k <= best_len)
				continue;
			for (size_t j = 0; j + k <= n; j++)
				if (!strncmp(a->site + j, S->province_keys[i], k)) {
					best = S->provinces[i];
					best_len = k;
					break;
				}
		}
		if (best)
			return best;
	}
	if (a->title) {
		const char *p = transform_province_find(t, a->title, strlen(a->title));
		if (p)
			return p;
	}
	size_t *counts = xcalloc(S->n_provinces, sizeof *counts);
	size_t start = 0, ms, me;
	int g;
	while (start < a->text_len && (g = rx_exec_which(S->gazetteer, a->text, a->text_len, start, &ms, &me)) > 0) {
		counts[g - 1]++;
		start = me > start ? me : start + 1;
	}
	const char *best = NULL;
	size_t most = 0;
	for (size_t i = 0; i < S->n_provinces; i++)
		if (counts[i] > most) {
			most = counts[i];
			best = S->provinces[i];
		}
	free(counts);
	return best;
}
