/*
 * gen: writes the benchmark corpora (issues 7 and 13).
 *
 *   gen OUTDIR NPAGES [SEED] [--density dense|real]
 *
 * Writes NPAGES HTML pages as OUTDIR/NNNN/NNNNNNN.html, at most 1,000 a
 * folder.  Each page is in one of six templates modelled on fixtures/
 * (government portal, newspaper, aggregator with a ranking table, print
 * view, 2000s table layout, topic list page), 3 to 30 KB, with body
 * paragraphs built from sentence templates that carry facts (percentages,
 * counts, ranks "out of 63", rank changes, scores, money, ratios, years,
 * the 63 provinces) and furniture full of numbers (menus, most-read and
 * related lists with dates, view counters, phone numbers, footers).
 *
 * The output depends only on NPAGES' page numbers and SEED: page i draws
 * from its own splitmix64 stream seeded with (SEED, i), so the first 1,000
 * pages of a 10,000-page corpus are the 1,000-page corpus, and two runs
 * write the same bytes.  No rand(), no clock, no locale.
 *
 * Page sizes are log-uniform between 3 and 30 KB (mean about 12 KB): many
 * short pages, a few long ones.  Add a sentence: a new case in sentence(),
 * its facts in facts_of[], and bump N_SENTENCES.  Add a template: a struct
 * template entry.
 *
 * --density dense (the default) is the corpus of issue 7: nearly every
 * sentence states one to three facts, about 95 a page.  Its bytes must not
 * change (issue 13 measures against it, as of gen.c b18276113867): the
 * real density draws from the streams only where the dense one does not.
 * --density real has the density of real pages (issue 13): each page
 * states 15 to 25 facts (its budget, counted with facts_of[]) in sentences,
 * table rows and list items, among about twice as many sentences without a
 * fact (narrative, quotes, background, dates and document numbers), with
 * the same templates and furniture; its length follows from its budget
 * (3 to 16 KB, mean about 8 KB), not from a size target.
 */
#ifndef _GNU_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGE_MIN 3000
#define PAGE_MAX 30000
#define PER_DIR 1000
#define DEFAULT_SEED 7
/* --density real: facts a page, and the share of sentences without one. */
#define REAL_FACTS_MIN 15
#define REAL_FACTS_MAX 25
#define REAL_PROSE_PERCENT 70

/* ==== Random numbers: splitmix64, one stream per page ==== */

struct rng {
	uint64_t s;
};

static uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n), n > 0. */
static unsigned below(struct rng *r, unsigned n)
{
	return (unsigned)(((rng_next(r) >> 32) * n) >> 32);
}

/* Uniform in [lo, hi]. */
static int range(struct rng *r, int lo, int hi)
{
	return lo + (int)below(r, (unsigned)(hi - lo + 1));
}

static bool chance(struct rng *r, unsigned percent)
{
	return below(r, 100) < percent;
}

#define PICK(r, arr) ((arr)[below((r), sizeof(arr) / sizeof *(arr))])

/* ==== Output buffer ==== */

struct out {
	char *p;
	size_t n, cap;
};

static void out_reserve(struct out *o, size_t more)
{
	if (o->n + more + 1 <= o->cap)
		return;
	size_t cap = o->cap ? o->cap : 4096;
	while (cap < o->n + more + 1)
		cap *= 2;
	char *p = realloc(o->p, cap);
	if (!p) {
		fputs("gen: out of memory\n", stderr);
		abort();
	}
	o->p = p;
	o->cap = cap;
}

static void put(struct out *o, const char *s)
{
	size_t k = strlen(s);
	out_reserve(o, k);
	memcpy(o->p + o->n, s, k + 1);
	o->n += k;
}

static void putn(struct out *o, const char *s, size_t k)
{
	out_reserve(o, k);
	memcpy(o->p + o->n, s, k);
	o->n += k;
	o->p[o->n] = '\0';
}

__attribute__((format(printf, 2, 3))) static void putf(struct out *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	out_reserve(o, (size_t)k);
	va_start(ap, fmt);
	vsnprintf(o->p + o->n, (size_t)k + 1, fmt, ap);
	va_end(ap);
	o->n += (size_t)k;
}

/* ==== Number formatting (ring of static buffers: one page at a time) ==== */

static char *ring(void)
{
	static char bufs[32][48];
	static unsigned i;
	return bufs[i++ % 32];
}

/* 1234567 -> "1,234,567" */
static const char *th(long v)
{
	char tmp[32], *s = ring();
	int k = snprintf(tmp, sizeof tmp, "%ld", v < 0 ? -v : v), j = 0;
	if (v < 0)
		s[j++] = '-';
	for (int i = 0; i < k; i++) {
		if (i && (k - i) % 3 == 0)
			s[j++] = ',';
		s[j++] = tmp[i];
	}
	s[j] = '\0';
	return s;
}

/* 1 -> "1st", 12 -> "12th", 22 -> "22nd" */
static const char *ord(int n)
{
	char *s = ring();
	const char *suf = "th";
	if (n % 100 < 11 || n % 100 > 13) {
		if (n % 10 == 1)
			suf = "st";
		else if (n % 10 == 2)
			suf = "nd";
		else if (n % 10 == 3)
			suf = "rd";
	}
	snprintf(s, 48, "%d%s", n, suf);
	return s;
}

/* A percentage in [lo, hi) with 0, 1 or 2 decimals: "92", "92.7", "78.25". */
static const char *pct(struct rng *r, int lo, int hi)
{
	char *s = ring();
	int whole = range(r, lo, hi - 1);
	switch (below(r, 4)) {
	case 0: snprintf(s, 48, "%d", whole); break;
	case 3: snprintf(s, 48, "%d.%02d", whole, range(r, 1, 99)); break;
	default: snprintf(s, 48, "%d.%d", whole, range(r, 1, 9)); break;
	}
	return s;
}

/* "%", " percent" or " per cent" */
static const char *pword(struct rng *r)
{
	static const char *const w[] = { "%", "%", "%", " percent", " per cent" };
	return PICK(r, w);
}

/* A score 0.xxxx */
static const char *score4(struct rng *r)
{
	char *s = ring();
	snprintf(s, 48, "0.%04d", range(r, 4200, 7400));
	return s;
}

/* A score on 100 points: "86.15" */
static const char *score100(struct rng *r)
{
	char *s = ring();
	snprintf(s, 48, "%d.%02d", range(r, 38, 93), range(r, 0, 99));
	return s;
}

static const char *phone(struct rng *r)
{
	char *s = ring();
	switch (below(r, 3)) {
	case 0: snprintf(s, 48, "(02%02d) %04d %03d", range(r, 3, 99), range(r, 3000, 3999), range(r, 100, 999)); break;
	case 1: snprintf(s, 48, "02%02d.%04d.%03d", range(r, 3, 99), range(r, 3000, 3999), range(r, 100, 999)); break;
	default: snprintf(s, 48, "0%d %d %03d %03d", range(r, 200, 299), range(r, 3, 9), range(r, 100, 999), range(r, 100, 999)); break;
	}
	return s;
}

static const char *dmy(struct rng *r, int year)
{
	char *s = ring();
	snprintf(s, 48, "%02d/%02d/%d", range(r, 1, 28), range(r, 1, 12), year);
	return s;
}

/* ==== Vocabulary ==== */

struct province {
	const char *en, *vi;
};

/* The 63 units of patterns/provinces.tsv (English name, Vietnamese name). */
static const struct province provinces[] = {
	{ "Lai Chau", "Lai Châu" }, { "Lao Cai", "Lào Cai" }, { "Ha Giang", "Hà Giang" },
	{ "Cao Bang", "Cao Bằng" }, { "Son La", "Sơn La" }, { "Yen Bai", "Yên Bái" },
	{ "Tuyen Quang", "Tuyên Quang" }, { "Lang Son", "Lạng Sơn" }, { "Quang Ninh", "Quảng Ninh" },
	{ "Hoa Binh", "Hòa Bình" }, { "Ninh Binh", "Ninh Bình" }, { "Thai Binh", "Thái Bình" },
	{ "Thanh Hoa", "Thanh Hóa" }, { "Nghe An", "Nghệ An" }, { "Ha Tinh", "Hà Tĩnh" },
	{ "Quang Binh", "Quảng Bình" }, { "Quang Tri", "Quảng Trị" }, { "Thua Thien Hue", "Thừa Thiên Huế" },
	{ "Quang Nam", "Quảng Nam" }, { "Kon Tum", "Kon Tum" }, { "Quang Ngai", "Quảng Ngãi" },
	{ "Gia Lai", "Gia Lai" }, { "Binh Dinh", "Bình Định" }, { "Phu Yen", "Phú Yên" },
	{ "Dak Lak", "Đắk Lắk" }, { "Khanh Hoa", "Khánh Hòa" }, { "Lam Dong", "Lâm Đồng" },
	{ "Ninh Thuan", "Ninh Thuận" }, { "Tay Ninh", "Tây Ninh" }, { "Dong Nai", "Đồng Nai" },
	{ "Binh Thuan", "Bình Thuận" }, { "Long An", "Long An" }, { "Ba Ria - Vung Tau", "Bà Rịa - Vũng Tàu" },
	{ "An Giang", "An Giang" }, { "Dong Thap", "Đồng Tháp" }, { "Tien Giang", "Tiền Giang" },
	{ "Kien Giang", "Kiên Giang" }, { "Vinh Long", "Vĩnh Long" }, { "Ben Tre", "Bến Tre" },
	{ "Tra Vinh", "Trà Vinh" }, { "Soc Trang", "Sóc Trăng" }, { "Bac Kan", "Bắc Kạn" },
	{ "Bac Giang", "Bắc Giang" }, { "Bac Lieu", "Bạc Liêu" }, { "Bac Ninh", "Bắc Ninh" },
	{ "Binh Duong", "Bình Dương" }, { "Binh Phuoc", "Bình Phước" }, { "Ca Mau", "Cà Mau" },
	{ "Hai Duong", "Hải Dương" }, { "Ha Nam", "Hà Nam" }, { "Hung Yen", "Hưng Yên" },
	{ "Nam Dinh", "Nam Định" }, { "Phu Tho", "Phú Thọ" }, { "Thai Nguyen", "Thái Nguyên" },
	{ "Vinh Phuc", "Vĩnh Phúc" }, { "Dien Bien", "Điện Biên" }, { "Dak Nong", "Đắk Nông" },
	{ "Hau Giang", "Hậu Giang" }, { "Can Tho", "Cần Thơ" }, { "Da Nang", "Đà Nẵng" },
	{ "Ha Noi", "Hà Nội" }, { "Hai Phong", "Hải Phòng" }, { "Ho Chi Minh City", "Hồ Chí Minh" },
};
#define N_PROVINCES (sizeof provinces / sizeof *provinces)

struct index {
	const char *abbr, *full, *by;
};

static const struct index indices[] = {
	{ "DTI", "Digital Transformation Index (DTI)", "the Ministry of Information and Communications" },
	{ "PCI", "Provincial Competitiveness Index (PCI)", "the Vietnam Chamber of Commerce and Industry" },
	{ "PAPI", "Provincial Governance and Public Administration Performance Index (PAPI)", "UNDP" },
	{ "PAR Index", "Administrative Reform Index (PAR Index)", "the Ministry of Home Affairs" },
	{ "SIPAS", "Satisfaction Index of Public Administrative Services (SIPAS)", "the Ministry of Home Affairs" },
	{ "ICT Index", "ICT Development and Application Index (ICT Index)", "the Ministry of Information and Communications" },
};

static const char *const officials[] = {
	"Tran Minh Khoa", "Nguyen Thi Lan", "Le Van Phuc", "Pham Thanh Son", "Le Ngoc Khanh", "Vo Thi Hoa",
	"Hoang Van Nam", "Dang Quoc Bao", "Bui Thi Thu", "Ngo Duc Anh", "Do Thanh Hai", "Huynh Van Tam",
};
static const char *const authors[] = {
	"Minh Thu", "Hoang Nam", "Thanh Ha", "Thanh Tam", "H. Nhung", "Quoc Viet", "Bao Ngoc", "T. Long",
	"Kim Oanh", "Duc Huy",
};
static const char *const months_word[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven" };
static const char *const weekdays[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const month_names[] = { "January", "February", "March", "April", "May", "June", "July",
					   "August", "September", "October", "November", "December" };
static const char *const goods[] = { "coffee", "rice", "seafood", "pepper", "cashew nuts", "textiles", "electronics", "wood products" };
static const char *const donors[] = { "the Korea International Cooperation Agency (KOICA)", "the World Bank", "the Asian Development Bank",
				      "the Japan International Cooperation Agency (JICA)", "the Australian Government" };
static const char *const subheads[] = { "Digital economy on the rise", "Faster public services", "Cashless payments surge",
					"More services go fully online", "Digital infrastructure", "Skills for residents",
					"Data and platforms", "What comes next" };

/* ==== A page ==== */

struct page {
	struct rng r;
	unsigned long id;
	const struct province *prov, *other;
	const struct index *idx;
	int year;        /* the year the figures are about */
	int pub_year, pub_month, pub_day, hour, minute;
	int rank, prev_rank;
	bool vi;              /* Vietnamese names with diacritics */
	char ent_name[160];   /* the Vietnamese name as &#N; entities (legacy template) */
	char title[256], slug[256];
	bool table_done;
	/* --density real: the page states about facts_left more facts, and
	 * every sentence, table row and list item that states some takes them
	 * from it (the dense corpus never reads it). */
	bool real;
	int facts_left;
};

/* Sakamoto's day of the week, 0 = Sunday. */
static int weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	if (m < 3)
		y -= 1;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* UTF-8 to numeric character references for everything past ASCII. */
static void entities(const char *s, char *dst, size_t cap)
{
	size_t j = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && j + 12 < cap) {
		unsigned cp = *p;
		int extra = 0;
		if (cp >= 0xF0) {
			cp &= 0x07;
			extra = 3;
		} else if (cp >= 0xE0) {
			cp &= 0x0F;
			extra = 2;
		} else if (cp >= 0xC0) {
			cp &= 0x1F;
			extra = 1;
		}
		p++;
		for (int i = 0; i < extra && *p; i++, p++)
			cp = (cp << 6) | (*p & 0x3F);
		if (cp < 0x80)
			dst[j++] = (char)cp;
		else
			j += (size_t)snprintf(dst + j, cap - j, "&#%u;", cp);
	}
	dst[j] = '\0';
}

enum { T_PORTAL, T_NEWS, T_AGG, T_PRINT, T_LEGACY, T_TOPIC, N_TEMPLATES };

/* The page's province as this template writes it. */
static const char *pname(struct page *pg)
{
	if (pg->ent_name[0] && chance(&pg->r, 50))
		return pg->ent_name;
	if (pg->vi && chance(&pg->r, 60))
		return pg->prov->vi;
	return pg->prov->en;
}

static const char *oname(struct page *pg)
{
	return pg->vi && chance(&pg->r, 50) ? pg->other->vi : pg->other->en;
}

static const struct province *random_province(struct rng *r, const struct province *not)
{
	const struct province *p;
	do
		p = &provinces[below(r, N_PROVINCES)];
	while (p == not);
	return p;
}

/* ==== Body sentences: each carries one to three facts ==== */

#define N_SENTENCES 36

/* The facts each kind of sentence states, as FACTS.md counts them (years,
 * dates, document numbers, '4G' and the 63 of 'out of 63' are not facts):
 * the real-density budget.  Keep it in step with sentence(). */
static const unsigned char facts_of[N_SENTENCES] = {
	2, 1, 3, 2, 2, 3, 2, 1, 2, 1, 2, 2, 2, 1, 1, 2, 2, 2,
	2, 1, 2, 2, 1, 2, 2, 1, 3, 1, 2, 2, 0, 1, 0, 0, 0, 0,
};

static void sentence(struct out *o, struct page *pg, int kind)
{
	struct rng *r = &pg->r;
	pg->facts_left -= facts_of[kind];
	int y = pg->year;
	const struct index *ix = chance(r, 70) ? pg->idx : &PICK(r, indices);
	int a = range(r, 1, 63), b = range(r, 1, 63), c = range(r, 1, 63);
	switch (kind) {
	case 0:
		putf(o, "According to the %s %d results announced by %s on %s %d, %d, %s province ranked %s out of 63 "
			"provinces and centrally-run cities, %s %d places compared with %d.",
		     pg->idx->full, y, pg->idx->by, month_names[pg->pub_month - 1], pg->pub_day, pg->pub_year, pname(pg),
		     ord(pg->rank), pg->rank < pg->prev_rank ? "up" : "down", abs(pg->prev_rank - pg->rank), y - 1);
		break;
	case 1: putf(o, "%s's overall %s %d score reached %s.", pname(pg), ix->abbr, y, score4(r)); break;
	case 2:
		putf(o, "By pillar, the province ranks %d/63 in digital government, %d/63 in digital economy and %d/63 in "
			"digital society.", a, b, c);
		break;
	case 3:
		putf(o, "By the end of %d, 4G networks covered %s%s of the population, and the rate of households using "
			"fixed broadband reached %s%s.", y, pct(r, 90, 100), pword(r), pct(r, 45, 96), pword(r));
		break;
	case 4:
		putf(o, "The provincial public service portal now provides %s online public services, including %s fully "
			"online services.", th(range(r, 900, 2100)), th(range(r, 300, 1300)));
		break;
	case 5:
		putf(o, "In %d, the portal received more than %d thousand online applications, up %d%% year-on-year, and "
			"the rate of records processed online reached %s%s.", y, range(r, 20, 900), range(r, 3, 80),
		     pct(r, 20, 99), pword(r));
		break;
	case 6:
		putf(o, "About %s transactions worth VND %d.%d billion were paid through the payment platform of the "
			"National Public Service Portal.", th(range(r, 2000, 250000)), range(r, 1, 400), range(r, 1, 9));
		break;
	case 7:
		b = range(r, 8, 30);
		putf(o, "After %d years of carrying out Resolution %02d-NQ/TU of the Provincial Party Committee, the "
			"province has completed %d/%d targets of the resolution.", range(r, 2, 5), range(r, 1, 40),
		     range(r, 3, b), b);
		break;
	case 8:
		putf(o, "Under Plan %d/KH-UBND dated %s, %s aims to have %d%% of adults using smartphones and strives to "
			"be in the top %d provinces in the %s by %d.", range(r, 10, 9000), dmy(r, y), pname(pg),
		     range(r, 60, 95), range(r, 3, 30), ix->abbr, y + range(r, 1, 5));
		break;
	case 9:
		putf(o, "For %d, the province has allocated VND %s billion to digital transformation projects, including "
			"the provincial data centre and the Intelligent Operation Centre (IOC).", y + 1,
		     th(range(r, 20, 1500)));
		break;
	case 10:
		putf(o, "In the %s %d announced by %s, %s achieved %s points, ranking %s out of 63 provinces and cities.",
		     ix->abbr, y, ix->by, pname(pg), score100(r), ord(a));
		break;
	case 11:
		putf(o, "In the %s, the province moved from %s place in %d to %s place in %d.", ix->full, ord(a), y - 1,
		     ord(b), y);
		break;
	case 12:
		putf(o, "More than %s personal digital signatures have been issued free of charge to residents, and the "
			"provincial capital accounted for %d%% of them.", th(range(r, 1000, 400000)), range(r, 10, 70));
		break;
	case 13:
		b = range(r, 6, 20);
		putf(o, "The province has met %d out of %d criteria of the digital government model set by the Ministry "
			"of Information and Communications.", range(r, 2, b), b);
		break;
	case 14: putf(o, "The digital economy accounted for %s%s of %s's GRDP in %d.", pct(r, 5, 30), pword(r), pname(pg), y); break;
	case 15:
		putf(o, "The province is home to %s digital technology enterprises and has set the target of %s such "
			"enterprises by %d.", th(range(r, 80, 4000)), th(range(r, 500, 6000)), y + range(r, 2, 7));
		break;
	case 16:
		putf(o, "In %d, the number of cashless payment transactions in the province reached nearly %d million, a "
			"%d percent increase over %d.", y, range(r, 2, 300), range(r, 5, 90), y - 1);
		break;
	case 17:
		putf(o, "The rate of adults with a digital signature in %s and %s reached %s percent and %s percent "
			"respectively.", pname(pg), oname(pg), pct(r, 10, 70), pct(r, 10, 70));
		break;
	case 18:
		putf(o, "Compared with the previous assessment, the digital government pillar rose %d positions, while "
			"the digital economy pillar dropped %d places.", range(r, 1, 30), range(r, 1, 20));
		break;
	case 19:
		putf(o, "A US$%d million grant from %s is helping the province build its smart city operation centre.",
		     range(r, 1, 60), PICK(r, donors));
		break;
	case 20:
		putf(o, "In the first %s months of %d, the one-stop system received %s records, and %s per cent of them "
			"were settled on or before the deadline.", PICK(r, months_word), y, th(range(r, 5000, 900000)),
		     pct(r, 85, 100));
		break;
	case 21:
		putf(o, "Telecom carriers now operate %s base transceiver stations across the province, and 5G has been "
			"piloted in %d districts.", th(range(r, 300, 9000)), range(r, 1, 12));
		break;
	case 22:
		putf(o, "Today, %d percent of state agencies from the provincial to the commune level send and receive "
			"electronic documents with digital signatures.", range(r, 85, 100));
		break;
	case 23:
		putf(o, "In addition, %d communes, wards and towns have set up community digital technology teams, with "
			"nearly %s members helping residents install apps and use online services.", range(r, 40, 600),
		     th(range(r, 500, 20000)));
		break;
	case 24:
		putf(o, "%s scored %s points in the %s %d, %s %d places against %d.", pname(pg), score100(r), ix->abbr, y,
		     chance(r, 60) ? "up" : "down", range(r, 1, 25), y - 1);
		break;
	case 25:
		putf(o, "Cashless payment is now accepted at %s%s of markets and supermarkets in the province.",
		     pct(r, 20, 99), pword(r));
		break;
	case 26:
		putf(o, "The rate of records submitted online reached %s%s, a %d percent increase compared with the same "
			"period last year, while overdue records made up under %d.%d%%.", pct(r, 20, 95), pword(r),
		     range(r, 3, 60), range(r, 0, 5), range(r, 1, 9));
		break;
	case 27:
		b = range(r, 10, 40);
		putf(o, "The province has finished %d/%d tasks assigned by the Government for %d.", range(r, 3, b), b, y);
		break;
	case 28:
		putf(o, "Fiber-optic broadband now reaches %s per cent of households and %s%% of villages.",
		     pct(r, 50, 99), pct(r, 70, 100));
		break;
	case 29:
		putf(o, "Exports of %s reached US$%d.%d billion in %d, up %d.%d%% year-on-year.", PICK(r, goods),
		     range(r, 1, 9), range(r, 1, 9), y, range(r, 1, 40), range(r, 0, 9));
		break;
	case 30:
		putf(o, "Speaking at a conference on %s, Vice Chairman of the Provincial People's Committee %s said that "
			"the province would publish the results of each department every quarter.", dmy(r, pg->pub_year),
		     PICK(r, officials));
		break;
	case 31:
		putf(o, "The province ranked %s in the %s %d, %s its best result since %d.", ord(a), ix->abbr, y,
		     chance(r, 50) ? "which is" : "marking", y - range(r, 3, 9));
		break;
	/* Prose without figures, as most news sentences are. */
	case 32:
		putf(o, "%s, Director of the provincial Department of Information and Communications, said the result came "
			"from the close direction of the Provincial Party Committee and the efforts of every department.",
		     PICK(r, officials));
		break;
	case 33:
		put(o, "Officials say the main challenges are old computers at commune level, weak mobile signals in some "
		       "mountain villages and the lack of IT staff.");
		break;
	case 34:
		put(o, "The province has also linked its one-stop software to the national population database, so residents "
		       "no longer need to submit paper copies of their ID cards.");
		break;
	default:
		putf(o, "Residents who need help with online services can call the provincial hotline %d or visit the "
			"Public Administration Service Centre.", range(r, 1020, 1099));
		break;
	}
}

/* ==== Prose without facts: most of a real page ==== */

static const char *const openers[] = {
	"At the meeting", "Earlier this month", "During the working session", "On the same day",
	"In his concluding remarks", "Following the conference", "Speaking to reporters after the event",
	"At a press briefing", "Later in the afternoon", "Over the past few years", "In recent months",
	"At the review conference", "Before the session closed", "In the coming period", "At the launch ceremony",
};
static const char *const actors[] = {
	"the Provincial People's Committee", "the Department of Information and Communications",
	"local authorities", "the Provincial Party Committee's Standing Board", "representatives of telecom carriers",
	"district leaders", "the working delegation", "the provincial steering committee for digital transformation",
	"commune officials", "the Department of Home Affairs", "business associations", "the provincial police",
	"the Department of Planning and Investment", "delegates",
};
static const char *const actions[] = {
	"asked departments to speed up the digitisation of land and household records",
	"reviewed the implementation of the digital government plan",
	"pointed out shortcomings in the handling of online applications",
	"called on businesses to take part in building the digital economy",
	"agreed to set up a working group to remove bottlenecks in public services",
	"praised the efforts of officials at grassroots level",
	"discussed ways to bring online services closer to people in remote areas",
	"stressed that administrative reform must be measured by the satisfaction of residents",
	"proposed that the ministry simplify the procedures for connecting local databases",
	"committed to training more staff in information security",
	"visited the Intelligent Operation Centre and listened to a presentation on its work",
	"signed a cooperation agreement on digital skills for young people",
	"shared their experience in encouraging cashless payments at traditional markets",
	"asked for clearer guidance on the sharing of data between agencies",
	"highlighted the role of community digital technology teams in each village",
	"warned against formalism in reporting the results of administrative reform",
};
static const char *const tails[] = {
	"", "", "", " in the coming months", ", stressing the central role of the people",
	" and asked for a detailed report before the end of the quarter", " without delay",
	", according to a statement from the provincial portal", " as part of the province's reform programme",
	" so that no resident is left behind",
};
static const char *const quotes[] = {
	"Digital transformation is first of all a transformation of awareness",
	"We have to put people and businesses at the centre of every service we provide",
	"The hardest part is not the technology but the working habits of officials",
	"Residents in mountain communes must not be left behind in this process",
	"An online service that nobody uses is a waste of public money",
	"We want every procedure to be done at home, without a single trip to the office",
	"The results are encouraging, but they are not yet what the people expect",
	"Data is a resource, and we must learn to share it between departments",
	"Each department head will be held responsible for the delays in his or her unit",
	"Businesses told us that the time they spend on paperwork is still too long",
	"We will keep listening to the feedback of residents and fix what does not work",
	"Young people in the villages have been our best teachers of digital skills",
};
static const char *const roles[] = {
	"Director of the provincial Department of Information and Communications",
	"Vice Chairman of the Provincial People's Committee", "Chairman of the Provincial People's Committee",
	"Deputy Secretary of the Provincial Party Committee", "Deputy Director of the Department of Home Affairs",
	"head of the Public Administration Service Centre", "chairwoman of the provincial Women's Union",
	"director of a local software company",
};
static const char *const clauses[] = {
	"the province will focus on improving the quality rather than the quantity of online services",
	"many elderly residents still prefer to come to the office in person",
	"the new platform has made it easier for businesses to follow their applications",
	"cooperation with telecom carriers will be expanded to cover border areas",
	"the province is learning from the experience of localities that lead the country",
	"officials who refuse to use the document management system will be reminded in writing",
	"the next step is to link the databases of health, education and social insurance",
	"the survey of residents' satisfaction will be repeated with more participants",
};
/* Background: what the province is, and what the index measures. */
static void background(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	switch (below(r, 8)) {
	case 0:
		putf(o, "%s is known for its %s, and its leaders have long seen digital transformation as a way to attract "
			"investors.", pname(pg), PICK(r, goods));
		break;
	case 1:
		putf(o, "Like many provinces in the region, %s has struggled to keep skilled IT workers, who often leave for "
			"the big cities.", pname(pg));
		break;
	case 2:
		putf(o, "Unlike its neighbour %s, the province started building its shared data platform relatively late.",
		     oname(pg));
		break;
	case 3:
		putf(o, "The %s is compiled each year by %s and is closely watched by local leaders across the country.",
		     pg->idx->full, pg->idx->by);
		break;
	case 4:
		put(o, "The ranking looks at digital government, the digital economy and digital society, each with its own "
		       "set of indicators.");
		break;
	case 5:
		putf(o, "Residents of %s have become used to paying for electricity, water and school fees on their phones.",
		     pname(pg));
		break;
	case 6:
		putf(o, "Visitors to the one-stop centre in %s now take a queue number on a tablet and follow their files on "
			"a screen.", pname(pg));
		break;
	default:
		put(o, "The assessment combines data reported by the province with surveys of residents and businesses.");
		break;
	}
}

struct doc_kind {
	const char *name, *code;
};
static const struct doc_kind doc_kinds[] = {
	{ "Decision", "QD-UBND" }, { "Plan", "KH-UBND" }, { "Directive", "CT-UBND" },
	{ "Resolution", "NQ-HDND" }, { "Decision", "QD-TTg" },
};

/* One sentence without a fact.  About one in five carries numbers that
 * are not facts (dates, document numbers, periods), as real prose does. */
static void prose(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	const char *official = PICK(r, officials);
	switch (below(r, 11)) {
	case 0:
	case 1:
	case 2: putf(o, "%s, %s %s%s.", PICK(r, openers), PICK(r, actors), PICK(r, actions), PICK(r, tails)); break;
	case 3:
		putf(o, chance(r, 50) ? "\xe2\x80\x9c%s,\xe2\x80\x9d said %s, %s." : "\"%s,\" said %s, %s.", PICK(r, quotes),
		     official, PICK(r, roles));
		break;
	case 4: putf(o, "%s, %s, said: \"%s.\"", official, PICK(r, roles), PICK(r, quotes)); break;
	case 5: putf(o, "According to %s, %s.", official, PICK(r, clauses)); break;
	case 6:
	case 7: background(o, pg); break;
	case 8: {
		const struct doc_kind *d = &PICK(r, doc_kinds);
		putf(o, "The work follows %s No. %d/%s dated %s, which sets out the tasks for the %d-%d period.", d->name,
		     range(r, 10, 2999), d->code, dmy(r, pg->year - 1), pg->year - 1, pg->year + 4);
		break;
	}
	case 9:
		putf(o, "On %s %d, %s %s.", month_names[below(r, 12)], range(r, 1, 28), PICK(r, actors), PICK(r, actions));
		break;
	default: {
		/* The dense corpus's sentences without facts. */
		static const int kinds[] = { 30, 32, 33, 34, 35 };
		sentence(o, pg, PICK(r, kinds));
		break;
	}
	}
}

/* A sentence of a real-density page: mostly prose; while the budget lasts,
 * sometimes a sentence with facts, of a kind that fits in what is left, so
 * the page states exactly its budget. */
static void real_sentence(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	if (pg->facts_left <= 0 || chance(r, REAL_PROSE_PERCENT)) {
		prose(o, pg);
		return;
	}
	int kind;
	do
		kind = range(r, 1, N_SENTENCES - 1);
	while (facts_of[kind] == 0 || facts_of[kind] > pg->facts_left);
	sentence(o, pg, kind);
}

/* One to four sentences in a random order of kinds. */
static void sentences(struct out *o, struct page *pg, int n, const char *sep)
{
	for (int i = 0; i < n; i++) {
		if (i)
			put(o, sep);
		if (pg->real)
			real_sentence(o, pg);
		else
			sentence(o, pg, range(&pg->r, 1, N_SENTENCES - 1));
	}
}

/* A furniture headline with a number or two in it. */
static void headline(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	const char *p = random_province(r, NULL)->en;
	int y = pg->pub_year - (int)below(r, 2);
	switch (below(r, 14)) {
	case 0: putf(o, "%s ranks %s in PAPI %d", p, ord(range(r, 1, 63)), y - 1); break;
	case 1: putf(o, "%s welcomes %d.%d million visitors in %d", p, range(r, 1, 12), range(r, 1, 9), y - 1); break;
	case 2: putf(o, "%s: %d%% of households use clean water", p, range(r, 60, 99)); break;
	case 3: putf(o, "%s exports up %d%% in %s months", goods[below(r, 8)], range(r, 3, 60), months_word[below(r, 10)]); break;
	case 4: putf(o, "Over %s officials trained in digital skills", th(range(r, 100, 5000))); break;
	case 5: putf(o, "%s attracts US$%d million in FDI in first half", p, range(r, 10, 900)); break;
	case 6: putf(o, "%d outstanding students honoured", range(r, 10, 300)); break;
	case 7: putf(o, "%s rises %d places in PCI %d", p, range(r, 1, 20), y - 1); break;
	case 8: putf(o, "Province to invest VND %s billion in smart city", th(range(r, 50, 3000))); break;
	case 9: putf(o, "%d must-try dishes in %s", range(r, 5, 20), p); break;
	case 10: putf(o, "%s targets top %d in PCI %d", p, range(r, 3, 30), y); break;
	case 11: putf(o, "%s tops PCI %d with %s points", p, y - 1, score100(r)); break;
	case 12: putf(o, "GDP grows %d.%02d%% in first half of %d", range(r, 3, 8), range(r, 0, 99), y); break;
	default: putf(o, "Over %d million tourists visit %s", range(r, 1, 30), p); break;
	}
}

/* <li> items: headlines, optionally followed by a date in brackets. */
static void headline_items(struct out *o, struct page *pg, int n, bool dates, const char *indent)
{
	for (int i = 0; i < n; i++) {
		putf(o, "%s<li><a href=\"/en/news/%lu-%d.html\">", indent, pg->id % 9973 + 100, i);
		headline(o, pg);
		put(o, "</a>");
		if (dates)
			putf(o, " <span class=\"date\">(%s)</span>", dmy(&pg->r, pg->pub_year));
		put(o, "</li>\n");
	}
}

/* ==== Templates: furniture before and after the body, and body blocks ==== */

static void portal_pre(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	const char *p = pg->prov->en;
	putf(o, "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		"<title>%s - %s Provincial Portal</title>\n"
		"<link rel=\"canonical\" href=\"https://portal%lu.gov.vn/en/news/%s\">\n"
		"<link rel=\"stylesheet\" href=\"/o/theme/css/main.css?browserId=other&amp;b=%d&amp;t=%lu\">\n"
		"<script>var Liferay={ThemeDisplay:{getCompanyId:function(){return \"%d\";}}};</script>\n</head>\n"
		"<body class=\"controls-visible guest-site signed-out public-page site\">\n<div id=\"wrapper\">\n",
	     pg->title, p, pg->id % 97, pg->slug, range(r, 1000, 9999), 1700000000000UL + pg->id * 7919,
	     range(r, 10000, 99999));
	putf(o, "  <div class=\"top-bar\"><span class=\"today\">%s, %02d/%02d/%d</span> <span class=\"weather\">%d&deg;C</span>"
		" <a href=\"/vi/\">Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t</a> | <a href=\"/en/\">English</a></div>\n",
	     weekdays[weekday(pg->pub_year, pg->pub_month, pg->pub_day)], pg->pub_day, pg->pub_month, pg->pub_year,
	     range(r, 14, 36));
	putf(o, "  <nav id=\"navigation\" role=\"navigation\">\n    <ul role=\"menubar\">\n"
		"      <li><a href=\"/en/home\">Home</a></li>\n      <li><a href=\"/en/news\">News &amp; Events</a></li>\n"
		"      <li><a href=\"/en/documents\">Legal Documents (%s)</a></li>\n"
		"      <li><a href=\"/en/online-services\">Online Public Services (%s)</a></li>\n"
		"      <li><a href=\"/en/contact\">Contact</a></li>\n    </ul>\n  </nav>\n",
	     th(range(r, 200, 5000)), th(range(r, 500, 3000)));
	put(o, "  <div class=\"breadcrumb\"><a href=\"/en/home\">Home</a> &gt; <a href=\"/en/news\">News &amp; Events</a></div>\n"
	       "  <div id=\"content\" class=\"columns-1-3-1\">\n    <div class=\"portlet-column column-left\">\n"
	       "      <section class=\"portlet most-read\">\n        <h3 class=\"portlet-title\">Most read</h3>\n        <ol>\n");
	headline_items(o, pg, range(r, 3, 8), false, "          ");
	putf(o, "        </ol>\n      </section>\n      <section class=\"portlet links\"><ul>\n"
		"          <li><a href=\"#\">Public service portal - %s procedures</a></li>\n"
		"          <li><a href=\"/en/faq\">Q&amp;A (%d)</a></li><li><a href=\"#\">Hotline %d</a></li>\n"
		"      </ul></section>\n    </div>\n",
	     th(range(r, 800, 3000)), range(r, 5, 400), range(r, 1000, 1099));
	putf(o, "    <div class=\"portlet-column column-center\">\n      <div class=\"asset-full-content\">\n"
		"        <h1 class=\"header-title\"><span>%s</span></h1>\n"
		"        <div class=\"asset-meta\"><span class=\"date\">Posted: %02d/%02d/%d %02d:%02d</span>"
		" <span class=\"views\">Views: %s</span></div>\n"
		"        <div class=\"journal-content-article\" data-analytics-asset-id=\"%lu\">\n",
	     pg->title, pg->pub_day, pg->pub_month, pg->pub_year, pg->hour, pg->minute, th(range(r, 50, 40000)),
	     4000000 + pg->id);
}

static void portal_post(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "          <p style=\"text-align: right;\"><strong>%s</strong></p>\n        </div>\n"
		"        <div class=\"asset-tools\"><a href=\"#\">Print</a> | <a href=\"#\">Send email</a></div>\n"
		"        <div class=\"asset-tags\">Tags: <a href=\"#\">%s %d</a>, <a href=\"#\">%s</a></div>\n      </div>\n"
		"      <section class=\"portlet other-news\"><h3 class=\"portlet-title\">Other news</h3>\n        <ul>\n",
	     PICK(r, authors), pg->idx->abbr, pg->year, pg->prov->en);
	headline_items(o, pg, range(r, 2, 6), true, "          ");
	put(o, "        </ul>\n      </section>\n    </div>\n    <div class=\"portlet-column column-right\">\n"
	       "      <section class=\"portlet related-news\"><h3 class=\"portlet-title\">Related news</h3>\n        <ul>\n");
	headline_items(o, pg, range(r, 3, 8), true, "          ");
	putf(o, "        </ul>\n      </section>\n      <section class=\"portlet counter\"><h3>Visitor statistics</h3>\n"
		"        <p>Online: %d</p><p>Today: %s</p><p>Total visits: %s</p>\n      </section>\n    </div>\n  </div>\n",
	     range(r, 10, 900), th(range(r, 500, 30000)), th(range(r, 100000, 40000000)));
	putf(o, "  <footer id=\"footer\" role=\"contentinfo\">\n    <p><strong>%s PROVINCIAL PEOPLE'S COMMITTEE</strong></p>\n"
		"    <p>Address: %d Tran Phu Street, Ward %d, %s Province</p>\n    <p>Tel: %s - Fax: %s</p>\n"
		"    <p>License No. %d/GP-TTDT issued on %s by the Ministry of Information and Communications</p>\n"
		"    <p>&copy; %d Provincial Portal. All rights reserved.</p>\n  </footer>\n</div>\n</body>\n</html>\n",
	     pg->prov->en, range(r, 1, 200), range(r, 1, 12), pg->prov->en, phone(r), phone(r), range(r, 1, 300),
	     dmy(r, range(r, 2015, 2022)), pg->pub_year);
}

static void portal_block(struct out *o, struct page *pg, bool lead)
{
	if (lead) {
		put(o, "          <p><strong>(P) - ");
		sentence(o, pg, 0);
		put(o, "</strong></p>\n");
		return;
	}
	if (chance(&pg->r, 8)) {
		putf(o, "          <p><img src=\"/documents/%lu/photo-%d.jpg\" alt=\"Meeting\" width=\"640\" height=\"400\"></p>\n",
		     pg->id, range(&pg->r, 1, 9));
		return;
	}
	put(o, "          <p>");
	sentences(o, pg, range(&pg->r, 1, 4), " ");
	put(o, "</p>\n");
}

static void news_pre(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	int views = range(r, 100, 90000);
	putf(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>%s | Vietnam Daily News</title>\n"
		"<meta name=\"description\" content=\"%s\">\n<link rel=\"canonical\" href=\"https://vietnamdaily.vn/society/%s-post%lu.html\">\n"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"%s\",\"datePublished\":\"%d-%02d-%02dT%02d:%02d:00+07:00\","
		"\"interactionStatistic\":{\"userInteractionCount\":%d}}</script>\n</head>\n<body class=\"page-detail\">\n",
	     pg->title, pg->title, pg->slug, 1000000 + pg->id, pg->title, pg->pub_year, pg->pub_month, pg->pub_day,
	     pg->hour, pg->minute, views);
	putf(o, "<header class=\"site-header\">\n  <div class=\"header-top\"><span class=\"date-now\">%s, %s %d, %d</span>"
		" <a class=\"logo\" href=\"/\">Vietnam Daily News</a> <a class=\"epaper\" href=\"/e-paper\">E-paper No. %d</a></div>\n"
		"  <nav class=\"main-menu\"><a href=\"/politics\">Politics</a> <a href=\"/business\">Business</a>"
		" <a href=\"/society\" class=\"active\">Society</a> <a href=\"/sci-tech\">Sci-Tech</a></nav>\n  <div class=\"ticker\">Breaking: ",
	     weekdays[weekday(pg->pub_year, pg->pub_month, pg->pub_day)], month_names[pg->pub_month - 1], pg->pub_day,
	     pg->pub_year, range(r, 1, 365));
	headline(o, pg);
	put(o, " | ");
	headline(o, pg);
	putf(o, "</div>\n</header>\n<main class=\"container\">\n  <div class=\"col-main\">\n"
		"    <article class=\"article-detail\" id=\"article-%lu\">\n      <h1 class=\"article-title\">%s</h1>\n"
		"      <div class=\"article-meta\"><span class=\"author\">%s</span> <time datetime=\"%d-%02d-%02dT%02d:%02d:00+07:00\">"
		"%s %d, %d - %02d:%02d (GMT+7)</time> <span class=\"read-time\">%d min read</span></div>\n"
		"      <div class=\"share-bar top\"><span class=\"fb\">Like %d</span> <span class=\"zalo\">Zalo %d</span>"
		" <span class=\"comment-count\"><a href=\"#comments\">%d comments</a></span></div>\n      <h2 class=\"sapo\">",
	     1000000 + pg->id, pg->title, PICK(r, authors), pg->pub_year, pg->pub_month, pg->pub_day, pg->hour,
	     pg->minute, month_names[pg->pub_month - 1], pg->pub_day, pg->pub_year, pg->hour, pg->minute,
	     range(r, 2, 12), range(r, 0, 900), range(r, 0, 90), range(r, 0, 40));
	sentence(o, pg, 0);
	put(o, "</h2>\n      <div class=\"detail-content\" itemprop=\"articleBody\">\n");
}

static void news_post(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	int comments = range(r, 0, 5);
	putf(o, "        <p class=\"author-name\"><strong>%s</strong></p>\n      </div>\n"
		"      <div class=\"article-tags\"><span>Tags:</span> <a href=\"#\">#%s %d</a> <a href=\"#\">#top %d provinces</a></div>\n"
		"      <div class=\"share-bar bottom\"><span class=\"fb\">Like %d</span> <span class=\"views\">%s views</span></div>\n"
		"    </article>\n    <section class=\"comments\" id=\"comments\">\n      <h3>Comments (%d)</h3>\n",
	     PICK(r, authors), pg->idx->abbr, pg->year, range(r, 3, 20), range(r, 0, 900), th(range(r, 100, 90000)), comments);
	for (int i = 0; i < comments; i++)
		putf(o, "      <div class=\"comment\"><b>%s</b> <span class=\"time\">%d hours ago</span>\n"
			"        <p>In my ward only %d%% of old people know how to use the app, and %d of %d offices still ask for paper.</p>\n"
			"        <span class=\"actions\">Reply | Like %d</span></div>\n",
		     PICK(r, authors), range(r, 1, 23), range(r, 10, 90), range(r, 1, 9), range(r, 10, 20), range(r, 0, 60));
	put(o, "    </section>\n  </div>\n  <aside class=\"col-side\">\n    <div class=\"box-most-read\"><h3>Most read</h3>\n      <ol>\n");
	headline_items(o, pg, range(r, 3, 8), false, "        ");
	putf(o, "      </ol>\n    </div>\n    <div class=\"box-ad\">Advertisement - 300x250</div>\n"
		"    <div class=\"box-poll\"><h3>Poll</h3><p>Do you pay your bills online? Yes (%d%%) - No (%d%%) - %s votes</p></div>\n"
		"  </aside>\n</main>\n<footer class=\"site-footer\">\n"
		"  <p>Vietnam Daily News - Licence No. %d/GP-BTTTT dated %s issued by the Ministry of Information and Communications</p>\n"
		"  <p>Address: %d Hang Trong, Hoan Kiem, Hanoi - Hotline: %s - Email: news@vietnamdaily.vn</p>\n"
		"  <p>&copy; %d Vietnam Daily News. All rights reserved.</p>\n</footer>\n</body>\n</html>\n",
	     range(r, 40, 80), range(r, 20, 60), th(range(r, 100, 9000)), range(r, 10, 500), dmy(r, range(r, 2015, 2022)),
	     range(r, 1, 120), phone(r), pg->pub_year);
}

static void news_block(struct out *o, struct page *pg, bool lead)
{
	struct rng *r = &pg->r;
	if (lead) {
		put(o, "        <p>");
		sentence(o, pg, 0);
		put(o, " ");
		sentence(o, pg, 1);
		put(o, "</p>\n");
		return;
	}
	unsigned what = below(r, 20);
	if (what == 0) {
		struct out cap = { 0 };
		put(&cap, "Residents pay fees by QR code at the public administration service centre. ");
		sentence(&cap, pg, 25);
		putf(o, "        <figure class=\"image align-center\"><img src=\"https://cdn.vietnamdaily.vn/%d/%lu.jpg\" alt=\"\" "
			"width=\"800\" height=\"533\">\n          <figcaption>%s Photo: %s</figcaption>\n        </figure>\n"
			"        <p class=\"caption-text\"><em>%s Photo: %s</em></p>\n",
		     pg->pub_year, pg->id, cap.p, authors[pg->id % 10], cap.p, authors[pg->id % 10]);
		free(cap.p);
	} else if (what == 1) {
		put(o, "        <div class=\"box-related-inline\"><p><strong>Read more:</strong> <a href=\"#\">");
		headline(o, pg);
		put(o, "</a></p></div>\n");
	} else if (what < 4) {
		putf(o, "        <h2>%s</h2>\n", PICK(r, subheads));
	} else {
		put(o, "        <p>");
		sentences(o, pg, range(r, 1, 4), " ");
		put(o, "</p>\n");
	}
}

static void agg_pre(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "<!DOCTYPE html>\n<html lang=\"en-US\" prefix=\"og: https://ogp.me/ns#\">\n<head>\n<meta charset=\"UTF-8\">\n"
		"<title>%sVietnam.vn - N\xe1\xbb\x81n t\xe1\xba\xa3ng qu\xe1\xba\xa3ng b\xc3\xa1 Vi\xe1\xbb\x87t Nam</title>\n"
		"<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"%s\">\n"
		"<meta property=\"og:url\" content=\"https://www.vietnam.vn/en/%s-%lu\">\n"
		"<meta property=\"article:published_time\" content=\"%d-%02d-%02dT%02d:%02d:00+07:00\">\n"
		"<script>gtag('config','G-%dXK');</script>\n</head>\n<body class=\"single single-post postid-%lu\">\n"
		"<div id=\"cookie-notice\" class=\"cookie-banner\"><p>We use %d types of cookies. Cookie Policy (updated %s).</p></div>\n"
		"<div class=\"site\">\n  <header class=\"site-header\">\n    <nav class=\"primary-menu\"><ul>\n"
		"      <li><a href=\"/en/news/\">News</a></li><li><a href=\"/en/localities/\">63 Localities</a></li>"
		"<li><a href=\"/en/travel/\">Travel</a></li><li><a href=\"/en/digital/\">Digital transformation</a></li>\n"
		"    </ul></nav>\n  </header>\n  <main id=\"main\" class=\"site-main\">\n    <article class=\"post type-post\">\n"
		"      <header class=\"entry-header\"><h1 class=\"entry-title\">%s</h1>\n"
		"        <div class=\"entry-source\"><span class=\"source-name\">B\xc3\xa1o %s</span><time class=\"entry-date published\" "
		"datetime=\"%d-%02d-%02dT%02d:%02d:00+07:00\">%02d/%02d/%d</time></div>\n      </header>\n      <div class=\"entry-content\">\n",
	     pg->title, pg->title, pg->slug, pg->id, pg->pub_year, pg->pub_month, pg->pub_day, pg->hour, pg->minute,
	     range(r, 1, 9), 1000000 + pg->id, range(r, 2, 5), dmy(r, pg->pub_year), pg->title, pg->prov->vi,
	     pg->pub_year, pg->pub_month, pg->pub_day, pg->hour, pg->minute, pg->pub_day, pg->pub_month, pg->pub_year);
}

static void agg_post(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "        <p class=\"has-text-align-right\"><em>%s</em></p>\n      </div>\n      <footer class=\"entry-footer\">\n"
		"        <div class=\"post-views\">Views: %s</div>\n"
		"        <div class=\"social-share\">Share: Facebook (%d) | X (%d) | LinkedIn (%d)</div>\n      </footer>\n"
		"    </article>\n    <section class=\"related-posts\"><h3 class=\"widget-title\">You may also like</h3>\n      <ul>\n",
	     PICK(r, authors), th(range(r, 100, 50000)), range(r, 0, 300), range(r, 0, 50), range(r, 0, 20));
	headline_items(o, pg, range(r, 3, 7), false, "        ");
	putf(o, "      </ul>\n    </section>\n  </main>\n  <aside id=\"secondary\" class=\"widget-area\">\n"
		"    <section class=\"widget trending\"><p>#DTI%d (%d.%dK posts) - #PCI%d (%d posts)</p></section>\n"
		"    <section class=\"widget localities\"><ul><li>%s (%s)</li><li>%s (%s)</li><li>%s (%s)</li></ul></section>\n"
		"  </aside>\n  <footer class=\"site-footer\">\n    <p>License No. %d/GP-TTDT dated %s. Hotline: 1900 %04d</p>\n"
		"    <p>&copy; %d Vietnam.vn</p>\n  </footer>\n</div>\n</body>\n</html>\n",
	     pg->year, range(r, 1, 9), range(r, 0, 9), pg->year, range(r, 100, 999), random_province(r, NULL)->en,
	     th(range(r, 500, 5000)), random_province(r, NULL)->en, th(range(r, 500, 5000)), random_province(r, NULL)->en,
	     th(range(r, 500, 5000)), range(r, 1000, 9999), dmy(r, range(r, 2018, 2023)), range(r, 1000, 9999), pg->pub_year);
}

/* The ranking table: distinct provinces, scores falling as ranks rise. */
static void agg_table(struct out *o, struct page *pg, int rows)
{
	struct rng *r = &pg->r;
	int rank = range(r, 1, 10), score = range(r, 6200, 7000);
	const struct province *used[12];
	putf(o, "        <p>The table below shows the %s %d results of the leading localities:</p>\n"
		"        <figure class=\"wp-block-table\">\n        <table>\n          <thead><tr><th>Province</th>"
		"<th>%s %d score</th><th>Rank</th></tr></thead>\n          <tbody>\n",
	     pg->idx->abbr, pg->year, pg->idx->abbr, pg->year);
	for (int i = 0; i < rows; i++) {
		const struct province *p;
		bool dup;
		do {
			p = i == 0 ? pg->prov : random_province(r, NULL);
			dup = false;
			for (int j = 0; j < i; j++)
				dup |= used[j] == p;
		} while (dup);
		used[i] = p;
		putf(o, "            <tr><td>%s</td><td>0.%04d</td><td>%d</td></tr>\n", chance(r, 50) ? p->vi : p->en, score, rank);
		pg->facts_left -= 2; /* the score and the rank */
		rank += range(r, 1, 4);
		score -= range(r, 20, 160);
	}
	put(o, "          </tbody>\n          <tfoot><tr><td colspan=\"3\">Data compiled by the Department of Information and "
	       "Communications</td></tr></tfoot>\n        </table>\n        <figcaption>Source: Ministry of Information and "
	       "Communications</figcaption>\n        </figure>\n");
}

static void agg_block(struct out *o, struct page *pg, bool lead)
{
	struct rng *r = &pg->r;
	if (lead) {
		put(o, "        <p><strong>");
		sentence(o, pg, 0);
		put(o, "</strong></p>\n");
		return;
	}
	if (!pg->table_done) {
		pg->table_done = true;
		/* A real page's table is short: at most 12 of its facts (2 a row), and
		 * it comes right after the lead, when at least 13 are left. */
		agg_table(o, pg, pg->real ? range(r, 2, 6) : range(r, 4, 12));
	} else if (chance(r, 15)) {
		putf(o, "        <h2 class=\"wp-block-heading\">%s</h2>\n", PICK(r, subheads));
	} else {
		put(o, "        <p>");
		sentences(o, pg, range(r, 1, 4), " ");
		put(o, "</p>\n");
	}
}

static void print_pre(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
		"<title>Print - %s</title>\n<style>body{font-family:Times New Roman;font-size:13pt}</style>\n</head>\n"
		"<body onload=\"doPrint()\">\n<div class=\"print-header\">%s PROVINCE ELECTRONIC PORTAL - Printed on %s</div>\n<hr>\n"
		"<h2>%s</h2>\n<div class=\"date\">%s, %02d/%02d/%d %02d:%02d</div>\n<br>\n",
	     pg->title, pg->prov->en, dmy(r, pg->pub_year), pg->title,
	     weekdays[weekday(pg->pub_year, pg->pub_month, pg->pub_day)], pg->pub_day, pg->pub_month, pg->pub_year,
	     pg->hour, pg->minute);
}

static void print_post(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "<p>%s</p>\n<br>\n<div class=\"source\">Source: https://portal%lu.gov.vn/en/news/%s</div>\n"
		"<div class=\"views\">Views: %s | Page 1/1</div>\n<div class=\"category\">Category: Administrative reform (%d articles)</div>\n"
		"<div class=\"page-tools\">Back to top | E-mail this article | %d comments</div>\n<hr>\n"
		"<div class=\"print-footer\"><a href=\"javascript:window.print()\">Print</a> | <a href=\"javascript:window.close()\">Close window</a></div>\n"
		"<div class=\"copyright\">Copyright &copy; %d %s Provincial People's Committee - Tel: %s</div>\n</body>\n</html>\n",
	     PICK(r, authors), pg->id % 97, pg->slug, th(range(r, 10, 9000)), range(r, 20, 900), range(r, 0, 30),
	     pg->pub_year, pg->prov->en, phone(r));
}

static void print_block(struct out *o, struct page *pg, bool lead)
{
	struct rng *r = &pg->r;
	put(o, "<p>");
	if (lead) {
		putf(o, "%s - ", pg->prov->vi);
		sentence(o, pg, 0);
		put(o, " ");
	}
	sentences(o, pg, range(r, 1, 2), " ");
	if (chance(r, 50)) {
		put(o, "<br>\n");
		sentences(o, pg, range(r, 1, 2), " ");
	}
	put(o, "</p>\n");
}

static void legacy_pre(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML>\n<HEAD>\n"
		"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">\n"
		"<TITLE>PORTAL :: %s</TITLE>\n<script language=\"JavaScript\">\n<!--\nvar counter = %d;\n//-->\n</script>\n</HEAD>\n"
		"<BODY bgcolor=\"#FFFFFF\" leftmargin=\"0\" topmargin=\"0\">\n<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\">\n"
		"<tr>\n<td colspan=\"3\"><img src=\"/images/banner_en.jpg\" width=\"980\" height=\"120\" alt=\"PORTAL\"></td>\n</tr>\n"
		"<tr bgcolor=\"#8B0000\">\n<td colspan=\"3\" height=\"24\"><font face=\"Arial\" size=\"2\" color=\"#FFFFFF\">&nbsp;&nbsp;<b>%s, %02d/%02d/%d</b>"
		"&nbsp;|&nbsp;<a href=\"/\"><font color=\"#FFFFFF\">Home</font></a></font></td>\n</tr>\n<tr>\n"
		"<td width=\"190\" valign=\"top\" bgcolor=\"#F3EEDC\">\n<table width=\"100%%\" border=\"0\" cellspacing=\"2\" cellpadding=\"2\">\n"
		"<tr><td class=\"menuhead\"><font face=\"Verdana\" size=\"2\" color=\"#8B0000\"><b>MAIN MENU</b></font>\n"
		"<tr><td class=\"menu\"><a href=\"/news.asp\">News &amp; Events</a>\n<tr><td class=\"menu\"><a href=\"/vanban.asp\">Documents (%d)</a>\n"
		"<tr><td class=\"menu\"><a href=\"/dvc.asp\">Online services %s</a>\n<tr><td class=\"menu\"><a href=\"/hoidap.asp\">Questions and answers (%d)</a>\n"
		"<tr><td>&nbsp;\n<tr><td><font size=\"1\">Visitors: %s<br>Online: %d<br>Today: %s</font>\n</table>\n"
		"<td width=\"600\" valign=\"top\" id=\"noidung\">\n<table width=\"100%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"6\">\n"
		"<tr><td><font face=\"Arial\" size=\"1\" color=\"#666666\">Home &gt;&gt; News &amp; Events</font>\n"
		"<tr><td class=\"title\"><font face=\"Arial\" size=\"4\" color=\"#8B0000\"><b>%s</b></font>\n"
		"<tr><td><font face=\"Arial\" size=\"1\" color=\"#999999\">Updated: %02d/%02d/%d %02d:%02d AM</font>\n"
		"<tr><td class=\"content\"><font face=\"Arial\" size=\"2\">\n",
	     pg->title, range(r, 100000, 9999999), weekdays[weekday(pg->pub_year, pg->pub_month, pg->pub_day)],
	     pg->pub_day, pg->pub_month, pg->pub_year, range(r, 20, 900), th(range(r, 300, 3000)), range(r, 1, 90),
	     th(range(r, 100000, 9000000)), range(r, 3, 300), th(range(r, 100, 5000)), pg->title, pg->pub_day,
	     pg->pub_month, pg->pub_year, pg->hour % 12, pg->minute);
}

static void legacy_post(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "<p align=\"right\"><b>%s</b>\n</font>\n<tr><td>&nbsp;\n"
		"<tr><td><font face=\"Arial\" size=\"2\"><a href=\"javascript:window.print()\">[Print]</a>&nbsp;&nbsp;<a href=\"javascript:history.back()\">[Back]</a></font>\n"
		"<tr><td bgcolor=\"#F3EEDC\"><font face=\"Arial\" size=\"2\" color=\"#8B0000\"><b>OTHER NEWS</b></font>\n<tr><td><font face=\"Arial\" size=\"2\">\n",
	     PICK(r, authors));
	for (int i = 0, n = range(r, 2, 7); i < n; i++) {
		putf(o, "&middot; <a href=\"/news.asp?id=%d\">", range(r, 1000, 99999));
		headline(o, pg);
		putf(o, "</a> (%s)<br>\n", dmy(r, pg->pub_year));
	}
	putf(o, "</font>\n</table>\n<td width=\"190\" valign=\"top\" bgcolor=\"#F3EEDC\">\n<table width=\"100%%\" border=\"0\">\n"
		"<tr><td class=\"menuhead\"><b>LINKS</b>\n<tr><td><a href=\"/ykien.asp\">Feedback (%s)</a>\n"
		"<tr><td><a href=\"/weather.asp\">Weather: %d&deg;C</a>\n<tr><td><a href=\"/poll.asp\">Poll: %d%% satisfied</a>\n</table>\n</tr>\n"
		"<tr bgcolor=\"#8B0000\">\n<td colspan=\"3\" align=\"center\"><font face=\"Arial\" size=\"1\" color=\"#FFFFFF\">\n"
		"Copyright &copy; 2008 - %d %s Provincial People's Committee<br>\nAddress: %02d Le Duan Street, %s Province<br>\n"
		"Tel: %s - Fax: %s<br>\nBest viewed at 1024x768 with Internet Explorer 6.0\n</font>\n</tr>\n</table>\n</BODY>\n</HTML>\n",
	     th(range(r, 10, 3000)), range(r, 15, 38), range(r, 40, 95), pg->pub_year, pg->prov->en, range(r, 1, 99),
	     pg->prov->en, phone(r), phone(r));
}

static void legacy_block(struct out *o, struct page *pg, bool lead)
{
	if (lead) {
		put(o, "<p><b>(PO) &#8211; ");
		sentence(o, pg, 0);
		put(o, "</b>\n");
		return;
	}
	put(o, "<p>");
	sentences(o, pg, range(&pg->r, 1, 4), " ");
	put(o, "\n");
}

static void topic_pre(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	putf(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<title>%s | Topic: Digital transformation | %s Portal</title>\n"
		"<link rel=\"canonical\" href=\"https://portal%lu.gov.vn/en/topic/digital-transformation/%s\">\n"
		"<meta name=\"dc.date.issued\" content=\"%d-%02d-%02d\">\n</head>\n<body class=\"topic-page\">\n"
		"<div class=\"header\">\n  <div class=\"logo\"><a href=\"/en/\">%s PROVINCIAL PORTAL</a></div>\n  <ul class=\"menu\">\n"
		"    <li><a href=\"/en/\">Home</a></li>\n    <li class=\"active\"><a href=\"/en/topic/\">Topics</a></li>\n"
		"    <li><a href=\"/en/e-services/\">e-Services (%s)</a></li>\n  </ul>\n</div>\n<div class=\"page\">\n"
		"  <div class=\"topic-banner\"><h2 class=\"topic-name\">Topic: Digital transformation</h2>"
		"<p class=\"topic-desc\">%d articles in this topic - updated daily</p></div>\n  <div class=\"main-col\">\n"
		"    <div class=\"topic-article\">\n      <h1 class=\"article-title\">%s</h1>\n"
		"      <p class=\"article-date\">%02d/%02d/%d | Department of Information and Communications | %s views</p>\n"
		"      <div class=\"article-body\">\n",
	     pg->title, pg->prov->en, pg->id % 97, pg->slug, pg->pub_year, pg->pub_month, pg->pub_day, pg->prov->en,
	     th(range(r, 500, 3000)), range(r, 20, 400), pg->title, pg->pub_day, pg->pub_month, pg->pub_year,
	     th(range(r, 10, 20000)));
}

static void topic_post(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	put(o, "      </div>\n      <div class=\"article-share\">Share: Facebook | Zalo | Email | Print</div>\n    </div>\n"
	       "    <div class=\"related-news\">\n      <h3>Related news</h3>\n      <ul>\n");
	headline_items(o, pg, range(r, 3, 8), true, "        ");
	putf(o, "      </ul>\n    </div>\n    <div class=\"pager\">Page 1 of %d | <a href=\"?page=2\">Next &raquo;</a></div>\n  </div>\n"
		"  <div class=\"side-col\">\n    <h3>Topics</h3>\n    <ul><li><a href=\"#\">Digital transformation (%d)</a></li>"
		"<li><a href=\"#\">Investment (%d)</a></li></ul>\n    <h3>Figures of the day</h3>\n"
		"    <p>GRDP growth %d: %d.%d%%</p>\n    <p>FDI registered: US$%d.%d billion</p>\n  </div>\n</div>\n"
		"<div class=\"footer\">\n  <p>%s PROVINCIAL PEOPLE'S COMMITTEE</p>\n  <p>Address: %d Bach Dang Street</p>\n"
		"  <p>Tel: %s - Fax: %s</p>\n  <p>&copy; %d Provincial Portal</p>\n</div>\n</body>\n</html>\n",
	     range(r, 2, 40), range(r, 20, 400), range(r, 10, 200), pg->year, range(r, 3, 11), range(r, 0, 9),
	     range(r, 1, 9), range(r, 0, 9), pg->prov->en, range(r, 1, 300), phone(r), phone(r), pg->pub_year);
}

/* A list item "Label: value" as on topic pages. */
static void topic_item(struct out *o, struct page *pg)
{
	struct rng *r = &pg->r;
	int b;
	unsigned k = below(r, 12);
	pg->facts_left -= k == 0 || k == 5 || k == 9 ? 2 : 1;
	switch (k) {
	case 0: putf(o, "Fully online public services: %s, up %s%% compared with %d", th(range(r, 300, 2000)), pct(r, 1, 40), pg->year - 1); break;
	case 1: putf(o, "Rate of records submitted online: %s%%", pct(r, 20, 99)); break;
	case 2: putf(o, "Rate of adults with a digital signature: %s%s", pct(r, 10, 80), pword(r)); break;
	case 3: putf(o, "Electronic documents sent with digital signatures: %d percent", range(r, 80, 100)); break;
	case 4: putf(o, "Position in the digital government pillar of the DTI: %d/63", range(r, 1, 63)); break;
	case 5: putf(o, "Online payment transactions for public services: %s, a %d%% increase", th(range(r, 1000, 500000)), range(r, 5, 120)); break;
	case 6: putf(o, "Share of the digital economy in GRDP: %s per cent", pct(r, 4, 30)); break;
	case 7: putf(o, "E-commerce revenue: VND %s billion", th(range(r, 100, 20000))); break;
	case 8: putf(o, "Digital technology enterprises: %s", th(range(r, 50, 5000))); break;
	case 9: putf(o, "Community digital technology teams: %d, with %s members", range(r, 20, 700), th(range(r, 300, 20000))); break;
	case 10: b = range(r, 10, 30); putf(o, "Tasks completed: %d/%d", range(r, 2, b), b); break;
	default: putf(o, "Ranking in the %s: top %d nationwide", pg->idx->abbr, range(r, 3, 20)); break;
	}
}

static void topic_block(struct out *o, struct page *pg, bool lead)
{
	struct rng *r = &pg->r;
	if (lead) {
		putf(o, "        <p>In %d, %s continued to be among the leading localities in digital transformation. ",
		     pg->year, pname(pg));
		sentence(o, pg, 0);
		put(o, "</p>\n");
		return;
	}
	if (pg->real ? pg->facts_left >= 2 && chance(r, 30) : chance(r, 45)) {
		putf(o, "        <h2>%s</h2>\n        <ul>\n", PICK(r, subheads));
		for (int i = 0, n = range(r, 1, 6); i < n && (!pg->real || pg->facts_left > 0); i++) {
			put(o, "          <li>");
			topic_item(o, pg);
			put(o, "</li>\n");
		}
		put(o, "        </ul>\n");
	} else {
		put(o, "        <p>");
		sentences(o, pg, range(r, 1, 3), " ");
		put(o, "</p>\n");
	}
}

struct template {
	const char *name;
	bool vi;       /* Vietnamese names in the body */
	bool entities; /* ... written as character references */
	void (*pre)(struct out *, struct page *);
	void (*post)(struct out *, struct page *);
	void (*block)(struct out *, struct page *, bool lead);
};

static const struct template templates[N_TEMPLATES] = {
	[T_PORTAL] = { "portal", false, false, portal_pre, portal_post, portal_block },
	[T_NEWS] = { "newspaper", true, false, news_pre, news_post, news_block },
	[T_AGG] = { "aggregator", true, false, agg_pre, agg_post, agg_block },
	[T_PRINT] = { "print", false, false, print_pre, print_post, print_block },
	[T_LEGACY] = { "legacy", false, true, legacy_pre, legacy_post, legacy_block },
	[T_TOPIC] = { "topic", true, false, topic_pre, topic_post, topic_block },
};

/* ==== One page ==== */

static void slugify(const char *s, char *dst, size_t cap)
{
	size_t j = 0;
	bool dash = false;
	for (; *s && j + 2 < cap; s++) {
		char ch = *s;
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
			if (dash && j)
				dst[j++] = '-';
			dst[j++] = ch;
			dash = false;
		} else {
			dash = true;
		}
	}
	dst[j] = '\0';
}

static void page_init(struct page *pg, uint64_t seed, unsigned long i)
{
	memset(pg, 0, sizeof *pg);
	pg->r.s = seed * 0xD1B54A32D192ED03ULL ^ (uint64_t)i;
	rng_next(&pg->r);
	struct rng *r = &pg->r;
	pg->id = i;
	pg->prov = &provinces[below(r, N_PROVINCES)];
	pg->other = random_province(r, pg->prov);
	pg->idx = &indices[below(r, sizeof indices / sizeof *indices)];
	pg->year = range(r, 2018, 2024);
	pg->pub_year = pg->year + 1;
	pg->pub_month = range(r, 1, 12);
	pg->pub_day = range(r, 1, 28);
	pg->hour = range(r, 6, 21);
	pg->minute = range(r, 0, 59);
	pg->rank = range(r, 1, 63);
	do
		pg->prev_rank = range(r, 1, 63);
	while (pg->prev_rank == pg->rank);
	static const char *const shapes[] = {
		"%s climbs to %s place in %s rankings", "%s ranks %s in the %s %d",
		"%s makes a strong leap in the %s %d", "%s improves its %s ranking to %s",
		"%s: %s results in %d",
	};
	unsigned s = below(r, sizeof shapes / sizeof *shapes);
	char en[200];
	const char *name = pg->prov->en;
	switch (s) {
	case 0: snprintf(en, sizeof en, shapes[s], name, ord(pg->rank), pg->idx->abbr); break;
	case 1: snprintf(en, sizeof en, shapes[s], name, ord(pg->rank), pg->idx->abbr, pg->year); break;
	case 2: snprintf(en, sizeof en, shapes[s], name, pg->idx->abbr, pg->year); break;
	case 3: snprintf(en, sizeof en, shapes[s], name, pg->idx->abbr, ord(pg->rank)); break;
	default: snprintf(en, sizeof en, shapes[s], name, pg->idx->abbr, pg->year); break;
	}
	/* The page number in the slug: every page has its own URL, so its own
	 * article in the database (govfacts keys articles by URL). */
	char slug[200];
	slugify(en, slug, sizeof slug);
	snprintf(pg->slug, sizeof pg->slug, "%s-%lu", slug, i);
	snprintf(pg->title, sizeof pg->title, "%s", en);
}

/* Log-uniform size target in [PAGE_MIN, PAGE_MAX]. */
static size_t size_target(struct rng *r)
{
	double u = (double)(rng_next(r) >> 11) / 9007199254740992.0;
	return (size_t)(PAGE_MIN * exp(u * log((double)PAGE_MAX / PAGE_MIN)));
}

/*
 * Builds page i into *page: the furniture before and after the body
 * first, then body blocks until the target size is reached, never past
 * PAGE_MAX and never under PAGE_MIN.
 */
static void page_build(uint64_t seed, unsigned long i, bool real, struct out *page, struct out *pre,
		       struct out *post, struct out *body, struct out *block)
{
	struct page pg;
	page_init(&pg, seed, i);
	if (real) {
		pg.real = true;
		pg.facts_left = range(&pg.r, REAL_FACTS_MIN, REAL_FACTS_MAX);
	}
	const struct template *t = &templates[below(&pg.r, N_TEMPLATES)];
	pg.vi = t->vi;
	if (t->entities)
		entities(pg.prov->vi, pg.ent_name, sizeof pg.ent_name);
	if (pg.vi && chance(&pg.r, 50)) {
		/* The headline with the Vietnamese name, as the newspapers write it. */
		size_t k = strlen(pg.prov->en);
		char t2[256];
		snprintf(t2, sizeof t2, "%s%s", pg.prov->vi, pg.title + k);
		snprintf(pg.title, sizeof pg.title, "%s", t2);
	} else if (t->entities) {
		size_t k = strlen(pg.prov->en);
		char t2[256];
		snprintf(t2, sizeof t2, "%s%s", pg.ent_name, pg.title + k);
		snprintf(pg.title, sizeof pg.title, "%s", t2);
	}
	size_t target = size_target(&pg.r);
	pre->n = post->n = body->n = page->n = 0;
	t->pre(pre, &pg);
	t->post(post, &pg);
	t->block(body, &pg, true);
	if (real) {
		/* A real page is as long as its budget makes it: blocks until the
		 * budget is spent, then one more, all prose, to close the article. */
		for (bool spent = false; !spent;) {
			spent = pg.facts_left <= 0;
			block->n = 0;
			t->block(block, &pg, false);
			putn(body, block->p, block->n);
		}
	} else {
		for (;;) {
			size_t have = pre->n + body->n + post->n;
			if (have >= target && have >= PAGE_MIN)
				break;
			block->n = 0;
			t->block(block, &pg, false);
			if (have + block->n > PAGE_MAX)
				break;
			putn(body, block->p, block->n);
		}
	}
	putn(page, pre->p, pre->n);
	putn(page, body->p, body->n);
	putn(page, post->p, post->n);
}

/* ==== Files ==== */

static int write_file(const char *path, const char *data, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return -1;
	while (n) {
		ssize_t k = write(fd, data, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return -1;
		}
		data += k;
		n -= (size_t)k;
	}
	return close(fd);
}

static int parse_count(const char *s, unsigned long long *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 0);
	if (errno || end == s || *end || s[0] == '-')
		return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long long npages = 0, seed = DEFAULT_SEED;
	const char *args[3] = { 0 }, *density = "dense";
	int nargs = 0;
	bool ok = true;
	for (int i = 1; i < argc && ok; i++) {
		if (strcmp(argv[i], "--density") == 0 && i + 1 < argc)
			density = argv[++i];
		else if (nargs < 3 && argv[i][0] != '-')
			args[nargs++] = argv[i];
		else
			ok = false;
	}
	bool real = strcmp(density, "real") == 0;
	if (!ok || nargs < 2 || parse_count(args[1], &npages) != 0 || npages == 0 ||
	    (nargs == 3 && parse_count(args[2], &seed) != 0) || (!real && strcmp(density, "dense") != 0)) {
		fprintf(stderr, "usage: gen OUTDIR NPAGES [SEED] [--density dense|real]\n"
				"writes NPAGES benchmark pages as OUTDIR/NNNN/NNNNNNN.html (default seed %d);\n"
				"dense (the default): about 95 facts a page; real: %d to %d facts a page in prose\n",
			DEFAULT_SEED, REAL_FACTS_MIN, REAL_FACTS_MAX);
		return 2;
	}
	const char *dir = args[0];
	if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "gen: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	struct out page = { 0 }, pre = { 0 }, post = { 0 }, body = { 0 }, block = { 0 };
	size_t plen = strlen(dir) + 64;
	char *path = malloc(plen);
	if (!path)
		abort();
	unsigned long long bytes = 0;
	for (unsigned long long i = 0; i < npages; i++) {
		if (i % PER_DIR == 0) {
			snprintf(path, plen, "%s/%04llu", dir, i / PER_DIR);
			if (mkdir(path, 0755) != 0 && errno != EEXIST) {
				fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
				return 1;
			}
		}
		page_build(seed, (unsigned long)i, real, &page, &pre, &post, &body, &block);
		snprintf(path, plen, "%s/%04llu/%07llu.html", dir, i / PER_DIR, i);
		if (write_file(path, page.p, page.n) != 0) {
			fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
			return 1;
		}
		bytes += page.n;
	}
	printf("gen: %llu pages, %llu bytes in %s (seed %llu%s)\n", npages, bytes, dir, seed,
	       real ? ", density real" : "");
	free(path);
	free(page.p);
	free(pre.p);
	free(post.p);
	free(body.p);
	free(block.p);
	return 0;
}
