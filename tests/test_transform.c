/*
 * The transform stage: pattern loading errors, context resolution
 * (gazetteer spellings, years, indicators, targets) and facts on the seeds.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../transform/transform.h"
#include "../transform/transform_internal.h" /* rx_factor_alternations */

#include "transform_setup.h"

/* Facts of one text article. */
static void facts_of(const char *text, struct fact_list *out)
{
	struct article *a = NULL;
	char err[512];
	cr_assert_eq(extract_article_parse("t.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
	cr_assert_eq(transform_article(T, a, out, err, sizeof err), 0, "%s", err);
	extract_article_free(&a);
}

static const struct fact *find(const struct fact_list *l, const char *kind, double value)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->facts[i].kind, kind) && fabs(l->facts[i].value - value) < 1e-9)
			return &l->facts[i];
	return NULL;
}

TestSuite(transform, .init = setup, .fini = teardown);

/* Word lists grouped by first letter, and what must stay as written. */
Test(transform, alternations_grouped_by_first_letter)
{
	static const char *const cases[][2] = {
		{ "(?:and|aims?|behind|be|been)", "(?:a(?:nd|ims?)|b(?:ehind|e|een))" },
		/* nothing moves past an alternative of unknown first letter */
		{ "(?:ab|\\d|ac|bc|bd)", "(?:ab|\\d|ac|b(?:c|d))" },
		/* its own group keeps its case and its letter's place */
		{ "(?:ca|da|(?-i:cb)|cc|db)", "(?:ca|d(?:a|b)|(?-i:cb)|cc)" },
		/* a quantified first letter is no first letter */
		{ "(?:s?ab|sb|sc)", "(?:s?ab|s(?:b|c))" },
		/* captures, option settings, both cases of a letter */
		{ "(?:(a)b|ac|ad)", "(?:(a)b|ac|ad)" },
		{ "(?:ab(?i)|ac|ad)", "(?:ab(?i)|ac|ad)" },
		{ "(?:Ab|ac|ad)", "(?:Ab|ac|ad)" },
		/* inside captures, lookarounds and named pieces */
		{ "(?<x>(?:ab|ac|b))(?!(?:ab|ac|b))(?(DEFINE)(?<g>(?:ab|ac|b)))",
		  "(?<x>(?:a(?:b|c)|b))(?!(?:a(?:b|c)|b))(?(DEFINE)(?<g>(?:a(?:b|c)|b)))" },
		/* classes and escapes are no groups */
		{ "[(|](?:a\\||a\\)|b)", "[(|](?:a(?:\\||\\))|b)" },
		{ "(?:ab|ac", "(?:ab|ac" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf b = { 0 };
		rx_factor_alternations(cases[i][0], &b);
		cr_expect_str_eq(b.data ? b.data : "", cases[i][1], "%s", cases[i][0]);
		buf_free(&b);
	}
}

Test(transform, gazetteer_spellings)
{
	struct {
		const char *text, *province;
	} cases[] = {
		{ "the province of Quảng Ngãi", "Quang Ngai" },
		{ "Quang Ngai province", "Quang Ngai" },
		{ "in BR-VT this year", "Ba Ria - Vung Tau" },
		{ "Ba Ria-Vung Tau and others", "Ba Ria - Vung Tau" },
		{ "the Hue-S platform", "Thua Thien Hue" },
		{ "Thừa Thiên Huế", "Thua Thien Hue" },
		{ "HCM City leads", "Ho Chi Minh City" },
		{ "Bình Dương", "Binh Duong" },
		{ "Đắk Lắk", "Dak Lak" },
		{ "Hanoi", "Ha Noi" },
		/* the tone of "oa", "uy" on either vowel */
		{ "Hoà Bình achieved", "Hoa Binh" },
		{ "Hòa Bình achieved", "Hoa Binh" },
		{ "in Khánh Hoà", "Khanh Hoa" },
		{ "Thanh Hoá city", "Thanh Hoa" },
		{ "nothing here", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *p = transform_province_find(T, cases[i].text, strlen(cases[i].text));
		if (!cases[i].province)
			cr_expect_null(p, "'%s' -> %s", cases[i].text, p);
		else
			cr_expect(p && !strcmp(p, cases[i].province), "'%s' -> %s", cases[i].text, p ? p : "(null)");
	}
}

Test(transform, indicators_of_the_contract_only)
{
	const char *code, *name;
	bool dti = false;
	for (size_t i = 0; transform_indicator(T, i, &code, &name); i++) {
		cr_expect_str_neq(code, "-", "an index outside FACTS.md's list is left out");
		cr_expect(name && *name);
		dti |= !strcmp(code, "DTI");
	}
	cr_expect(dti);
}

Test(transform, article_province_from_site)
{
	struct article a = { .file = "x", .site = "quangngai.gov.vn", .text = "", .title = "no name here" };
	const char *p = transform_article_province(T, &a);
	cr_expect(p && !strcmp(p, "Quang Ngai"), "got %s", p ? p : "(null)");
}

Test(transform, year_from_paragraph_and_not_baseline)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nIn 2022, the number of records grew. During the year, 5,000 online applications "
		 "were received. It rose 34 places compared to 2021.\n",
		 &l);
	const struct fact *f = find(&l, "count", 5000);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2022);
	f = find(&l, "rank_change", 34);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2022, "a baseline year is not the fact's year (got %d)", f->year);
	fact_list_free(&l);
}

Test(transform, rank_years_listed)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe DTI in 2020 and 2021 ranked 2nd nationwide.\n", &l);
	int years = 0;
	for (size_t i = 0; i < l.n; i++)
		if (!strcmp(l.facts[i].kind, "rank")) {
			years |= l.facts[i].year == 2020 ? 1 : l.facts[i].year == 2021 ? 2 : 4;
			cr_expect_str_eq(l.facts[i].indicator, "DTI");
		}
	cr_expect_eq(years, 3, "one rank per year");
	fact_list_free(&l);
}

Test(transform, duplicates_once_and_field_size_not_a_count)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe city ranked 5th out of 63 provinces in the PCI. Again, the city ranked 5th out of "
		 "63 provinces in the PCI.\n",
		 &l);
	cr_expect_eq(l.n, 1, "got %zu facts", l.n);
	cr_expect_null(find(&l, "count", 63));
	fact_list_free(&l);
}

Test(transform, not_facts)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nOn 22/03/2024 at 16:29, under Decision No. 1982/QD-UBND dated July 29, 2022, after 3 "
		 "years of implementing Resolution 54-NQ/TW in the period 2021-2025, 4G and IPv6 were piloted. "
		 "Tel: 0255 3 712 135.\n",
		 &l);
	for (size_t i = 0; i < l.n; i++)
		cr_expect_fail("unexpected fact %s %g (%s)", l.facts[i].kind, l.facts[i].value, l.facts[i].pattern);
	fact_list_free(&l);
}

/* The fact of kind and value whose subject contains part; NULL if none. */
static const struct fact *find_subject(const struct fact_list *l, const char *kind, double value, const char *part)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->facts[i].kind, kind) && fabs(l->facts[i].value - value) < 1e-9 &&
		    strcasestr(l->facts[i].subject, part))
			return &l->facts[i];
	return NULL;
}

Test(transform, pronoun_takes_the_figure_it_stands_for)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe portal received 52,300 online applications, and 98.1% of them were handled on time. "
		 "Nam Dinh offers 1,210 online public services, of which 702 are fully online.\n",
		 &l);
	const struct fact *f = find(&l, "percent", 98.1);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "online applications") && strstr(f->subject, "handled on time"), "subject: %s",
		  f->subject);
	f = find(&l, "count", 702);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "online public services") && strstr(f->subject, "fully online"), "subject: %s",
		  f->subject);
	fact_list_free(&l);
}

Test(transform, places_share_the_measure)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe rate of cashless payments in Ha Nam and Nam Dinh reached 44.1 percent and 39.5 percent "
		 "respectively, while Thai Binh reached 31.2 percent.\n",
		 &l);
	struct {
		double value;
		const char *province;
	} want[] = { { 44.1, "Ha Nam" }, { 39.5, "Nam Dinh" }, { 31.2, "Thai Binh" } };
	for (size_t i = 0; i < 3; i++) {
		const struct fact *f = find(&l, "percent", want[i].value);
		cr_assert_not_null(f, "%g", want[i].value);
		cr_expect_str_eq(f->province, want[i].province);
		cr_expect(strcasestr(f->subject, "cashless payments") != NULL, "%g: subject %s", want[i].value,
			  f->subject);
	}
	fact_list_free(&l);
}

Test(transform, change_takes_what_changed)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe system handled 71,400 records, a 23% increase over the previous year. "
		 "Paper applications at one-stop shops were down 9%.\n",
		 &l);
	const struct fact *f = find(&l, "percent_change", 23);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->subject, "records");
	f = find(&l, "percent_change", -9);
	cr_assert_not_null(f);
	cr_expect(strcasestr(f->subject, "paper applications") != NULL, "subject: %s", f->subject);
	fact_list_free(&l);
}

Test(transform, goal_dates_only_goals)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe city has 652 digital technology enterprises and aims to have 1,000 by 2025. "
		 "Currently, 60% of households use e-wallets.\n\nIn 2023, the portal received 9,800 applications. "
		 "To date, 75% of schools use the software.\n",
		 &l);
	const struct fact *f = find(&l, "count", 652);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2023, "a goal's date is not a result's year: the article's is (got %d)", f->year);
	cr_expect_not(f->target);
	f = find(&l, "percent", 75);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 0, "'to date' takes no year from the paragraph (got %d)", f->year);
	f = find(&l, "count", 9800);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2023);
	fact_list_free(&l);
}

Test(transform, indicator_of_the_segment)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe province ranked 6th in the DTI 2023 and third in the country in the PAR Index 2022. "
		 "By pillar, it ranked 3rd in digital government, 8th in digital economy and 5th in digital "
		 "society.\n",
		 &l);
	const struct fact *f = find(&l, "rank", 6);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "DTI");
	cr_expect_eq(f->year, 2023);
	f = find(&l, "rank", 3);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PAR");
	cr_expect_eq(f->year, 2022);
	cr_expect_not_null(find_subject(&l, "rank", 3, "digital government"));
	cr_expect_not_null(find_subject(&l, "rank", 8, "digital economy"));
	cr_expect_not_null(find_subject(&l, "rank", 5, "digital society"));
	fact_list_free(&l);
}

/* A factbox heading that names an index ("PCI 2023 at a glance") makes the
 * rankings below it of that index, though the article is mostly about
 * another one. */
Test(transform, heading_line_names_the_index_of_its_section)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nThe province placed 16th in the DTI 2023, its DTI score being 0.5572.\n"
		 "The DTI also covers digital society.\nCPI and PCI figures at a glance\n"
		 "Overall score: 65.30 points\nNational rank: 29/63\n",
		 &l);
	const struct fact *f = find(&l, "rank", 16);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "DTI");
	f = find(&l, "rank", 29);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PCI");
	f = find(&l, "score", 65.3);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PCI");
	fact_list_free(&l);
}

Test(transform, index_named_in_an_opening_adverbial)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nFor the PAPI 2024, the share of citizens satisfied with local services was 71.6%, up "
		 "1.2 percentage points compared with year 2023.\nThe share of households with broadband was 64.5%.\n",
		 &l);
	const struct fact *f = find(&l, "percent", 71.6);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PAPI");
	cr_expect_eq(f->year, 2024);
	f = find(&l, "percent_change", 1.2);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PAPI");
	cr_expect_eq(f->year, 2024, "'compared with year 2023' is the baseline");
	f = find(&l, "percent", 64.5);
	cr_assert_not_null(f);
	cr_expect_null(f->indicator, "the next sentence names no index");
	fact_list_free(&l);
}

Test(transform, a_share_for_another_place_after_a_change_is_its_change)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nHa Nam's GRDP grew by 9.4 percent in 2024, against 7.1 percent for Ninh Binh and 6.8 percent "
		 "for Nam Dinh.\nIndustry's share of GRDP rose to 41.5 percent in Ninh Binh.\n",
		 &l);
	const struct fact *f = find(&l, "percent_change", 7.1);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Ninh Binh");
	cr_expect(strstr(f->subject, "Ninh Binh") && strstr(f->subject, "GRDP") && !strstr(f->subject, "Ha Nam"),
		  "subject: %s", f->subject);
	f = find(&l, "percent_change", 6.8);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Nam Dinh");
	cr_expect(strstr(f->subject, "Nam Dinh"), "subject: %s", f->subject);
	cr_expect_not_null(find(&l, "percent", 41.5), "a level after 'rose to' is no comparison");
	fact_list_free(&l);
}

Test(transform, figures_beside_a_figure)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nDigital technology enterprises: 274 (2022: 198)\n"
		 "Cashless payments at public hospitals are to reach 85-90 percent by 2030.\n",
		 &l);
	const struct fact *f = find(&l, "count", 198);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2022);
	f = find(&l, "count", 274);
	cr_assert_not_null(f);
	cr_expect_neq(f->year, 2022, "the year in parentheses labels the figure after it");
	f = find(&l, "percent", 85);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->qualifier, "min");
	cr_expect(f->target);
	cr_expect(strstr(f->subject, "Cashless payments"), "subject: %s", f->subject);
	f = find(&l, "percent", 90);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "Cashless payments"), "subject: %s", f->subject);
	fact_list_free(&l);
}

Test(transform, where_a_ranking_moved_from_is_the_edition_before)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Title\n\nIn the PCI 2024, the province climbed from 38th to 30th.\n"
		 "In the PCI, the province rose from 45th in 2020 to 31st in 2024.\n"
		 "Khanh Hoa and Binh Dinh, he noted, came in 7th and 12th respectively in the DTI 2023.\n",
		 &l);
	const struct fact *f = find(&l, "rank", 38);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2023);
	f = find(&l, "rank", 30);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024);
	f = find(&l, "rank", 45);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2020, "a year said after it is its own");
	f = find(&l, "rank", 12);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Binh Dinh");
	fact_list_free(&l);
}

/* A count of an index's parts is of the index (as the gold of real
 * articles reads it); "criteria" of something else are not. */
Test(transform, parts_of_an_index_name_it)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Hai Duong climbs in the PCI 2024\n\nHai Duong placed 9th in the PCI 2024. Seven of the ten sub-indices "
		 "went up.\nIts one-stop shops meet 8 of the 12 criteria for a modern office.\n",
		 &l);
	const struct fact *f = find(&l, "ratio", 7);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PCI");
	f = find(&l, "ratio", 8);
	cr_assert_not_null(f);
	cr_expect_null(f->indicator, "criteria of an office: %s", f->indicator);
	fact_list_free(&l);
}

Test(transform, headline_and_body_one_rank)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Tay Ninh climbs to 4th place in the DTI\n\nTay Ninh climbed to 4th out of 63 provinces in the "
		 "DTI 2023. It moved up 7 places from 11th place in 2022.\n",
		 &l);
	int ranks = 0;
	for (size_t i = 0; i < l.n; i++)
		if (!strcmp(l.facts[i].kind, "rank") && l.facts[i].value == 4) {
			ranks++;
			cr_expect(l.facts[i].has_total && l.facts[i].total == 63);
		}
	cr_expect_eq(ranks, 1);
	const struct fact *f = find(&l, "rank", 11);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2022, "the year right after a rank is its own, even a baseline");
	f = find(&l, "rank_change", 7);
	cr_assert_not_null(f);
	cr_expect_neq(f->year, 2022, "a baseline year is not the change's year");
	fact_list_free(&l);
}

Test(transform, heading_dates_its_section)
{
	const char *html = "<html><head><title>Results of 2024</title></head><body><article><h1>Results of "
			   "2024</h1><p>The province reviewed its digital transformation work in a long meeting "
			   "with all departments and districts of the province.</p><h3>Digital economy</h3><ul>"
			   "<li>Enterprises using e-invoices: 97.5%</li></ul><h3>Targets for 2026</h3><ul>"
			   "<li>Adults with a bank account: at least 90%</li></ul></article></body></html>";
	struct article *a = NULL;
	char err[512];
	cr_assert_eq(extract_article_parse("t.html", html, strlen(html), &a, err, sizeof err), 0, "%s", err);
	struct fact_list l = FACT_LIST_INIT;
	cr_assert_eq(transform_article(T, a, &l, err, sizeof err), 0, "%s", err);
	const struct fact *f = find(&l, "percent", 97.5);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "a section without a year takes the title's (got %d)", f->year);
	cr_expect_not(f->target);
	f = find(&l, "percent", 90);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2026);
	cr_expect(f->target, "a 'Targets' heading makes goals");
	cr_expect_str_eq(f->qualifier, "min");
	fact_list_free(&l);
	extract_article_free(&a);
}

Test(transform, seeds_hold_known_facts)
{
	FILE *p = popen("ls ../../shared/seeds/002_*.txt", "r");
	char path[512] = "";
	cr_assert(fgets(path, sizeof path, p));
	pclose(p);
	path[strcspn(path, "\n")] = '\0';
	struct article *a = NULL;
	char err[512];
	cr_assert_eq(extract_article_read(path, NULL, &a, err, sizeof err), 0, "%s", err);
	struct fact_list l = FACT_LIST_INIT;
	cr_assert_eq(transform_article(T, a, &l, err, sizeof err), 0, "%s", err);
	const struct fact *f = find(&l, "ratio", 11);
	cr_assert_not_null(f);
	cr_expect_eq(f->has_total, true);
	f = find(&l, "count", 1081);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Quang Tri");
	cr_expect(strstr(f->subject, "fully online public services"), "subject: %s", f->subject);
	cr_expect_eq(memcmp(a->text + f->start, "1,081", 5), 0, "offsets point at the number");
	fact_list_free(&l);
	extract_article_free(&a);
}

/* Number words are gated by the trigger words CARD and ORDWORD, looked up
 * in any case; a sentence with no digit still has its numbers read. */
Test(transform, number_words_through_trigger_words)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Villages\nTWENTY-FIVE pilot villages were set up in 2023.\n"
		 "It ranked Third in the PCI 2023.\nTwelve communes joined the scheme in 2024.\n",
		 &l);
	const struct fact *f = find(&l, "count", 25);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "pilot villages"), "subject: %s", f->subject);
	cr_expect_not_null(find(&l, "rank", 3));
	f = find(&l, "count", 12);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024);
	fact_list_free(&l);
}

Test(transform, pattern_errors_name_file_and_line)
{
	char dir[] = "/tmp/govfacts-pat-XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	char path[256], lexicon[256];
	/* A pattern directory holds its lexicon: the pattern files name it. */
	snprintf(lexicon, sizeof lexicon, "%s/lexicon.txt", dir);
	FILE *in = fopen("../patterns/lexicon.txt", "r"), *out = fopen(lexicon, "w");
	cr_assert(in && out);
	for (int ch; (ch = fgetc(in)) != EOF;)
		fputc(ch, out);
	fclose(in);
	fclose(out);
	snprintf(path, sizeof path, "%s/bad.pat", dir);
	FILE *f = fopen(path, "w");
	fputs("# a comment\npattern p\nkind count\nregex (%{NOPE:value}\n", f);
	fclose(f);
	char err[1024];
	struct transform *t = transform_new(dir, err, sizeof err);
	cr_expect_null(t);
	cr_expect(strstr(err, "bad.pat:4") && strstr(err, "NOPE"), "message: %s", err);
	f = fopen(path, "w");
	fputs("pattern p\nkind count\nregex (\\d+\n", f);
	fclose(f);
	t = transform_new(dir, err, sizeof err);
	cr_expect_null(t);
	cr_expect(strstr(err, "bad.pat:3:") && strstr(err, "missing closing parenthesis"), "message: %s", err);
	f = fopen(path, "w");
	fputs("define N when NOPE \\d+\npattern p\nkind count\nregex %{N:value}\n", f);
	fclose(f);
	t = transform_new(dir, err, sizeof err);
	cr_expect_null(t);
	cr_expect(strstr(err, "bad.pat:1") && strstr(err, "unknown trigger NOPE"), "message: %s", err);
	f = fopen(path, "w");
	fputs("words N nonsense\n", f);
	fclose(f);
	t = transform_new(dir, err, sizeof err);
	cr_expect_null(t);
	cr_expect(strstr(err, "bad.pat:1") && strstr(err, "no lexicon class 'nonsense'"), "message: %s", err);
	unlink(path);
	/* A pattern file that cannot be read (here a directory) is an error
	 * naming it, not a file of no patterns. */
	cr_assert_eq(mkdir(path, 0700), 0);
	t = transform_new(dir, err, sizeof err);
	cr_expect_null(t);
	cr_expect(strstr(err, "bad.pat") && strstr(err, "Is a directory"), "message: %s", err);
	rmdir(path);
	unlink(lexicon);
	rmdir(dir);
}

/* Facts of one HTML page. */
/* The facts of a page or a text (name says which: "t.html", "t.txt"). */
static void facts_of_named(const char *name, const char *data, struct fact_list *out)
{
	struct article *a = NULL;
	char err[512];
	cr_assert_eq(extract_article_parse(name, data, strlen(data), &a, err, sizeof err), 0, "%s", err);
	cr_assert_eq(transform_article(T, a, out, err, sizeof err), 0, "%s", err);
	extract_article_free(&a);
}

static void facts_of_html(const char *html, struct fact_list *out)
{
	facts_of_named("t.html", html, out);
}

Test(transform, goals_below_a_plan_heading_and_a_list_of_targets)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of_html("<html><head><title>A plan</title></head><body><article><h1>A plan</h1>"
		      "<p>The province reviewed its results in 2025 and set new goals.</p>"
		      "<h2>Tasks for 2026</h2><ul><li>Rank in the top 20 of the PCI.</li>"
		      "<li>Raise the rate of online public services to 90%.</li></ul>"
		      "<p>Online filing reached 71.5% in 2025.</p>"
		      "<h2>Results</h2><p>The province set the following targets for 2027:</p>"
		      "<ul><li>Train 1,200 officials in digital skills.</li></ul>"
		      "<p>In the DTI 2024, Kien Giang ranked 9th, and it plans to reach the top 5 by 2027.</p>"
		      "</article></body></html>",
		      &l);
	const struct fact *f = find(&l, "rank", 20);
	cr_assert_not_null(f);
	cr_expect(f->target, "a figure under 'Tasks for 2026' is a goal");
	cr_expect_eq(f->year, 2026);
	f = find(&l, "percent", 90);
	cr_assert_not_null(f);
	cr_expect(f->target);
	f = find(&l, "percent", 71.5);
	cr_assert_not_null(f);
	cr_expect_not(f->target, "a result dated before the heading's year is no goal");
	f = find(&l, "count", 1200);
	cr_assert_not_null(f);
	cr_expect(f->target, "an item of a list of targets is a goal");
	f = find(&l, "rank", 9);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "'DTI 2024' dates the rank, not the later deadline");
	cr_expect_not(f->target);
	f = find(&l, "rank", 5);
	cr_assert_not_null(f);
	cr_expect(f->target);
	cr_expect_eq(f->year, 2027);
	fact_list_free(&l);
}

/* A report names its period once ("in the first 5 months of 2025") and
 * its later paragraphs are of it; a sentence of several years is a
 * history and names no period; "currently" holds no year at all. */
Test(transform, later_paragraphs_take_the_period_the_report_names)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of_html("<html><head><title>Budget revenue</title></head><body><article><h1>Budget revenue</h1>"
		      "<p>The ICT Index ranked 2nd in 2019 and the DTI ranked 3rd in 2021.</p>"
		      "<p>In the first five months of 2025, budget revenue reached VND 8,066 billion.</p>"
		      "<p>Tourist arrivals rose 18% to 2.8 million.</p>"
		      "<p>The province currently has 1,081 fully online public services.</p>"
		      "</article></body></html>",
		      &l);
	const struct fact *f = find(&l, "percent_change", 18);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2025, "a later paragraph is of the period the report named, not of 2019 or 2021");
	f = find(&l, "money", 8066e9);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2025);
	f = find(&l, "count", 1081);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 0, "'currently' takes no year from the article");
	fact_list_free(&l);

	l = (struct fact_list)FACT_LIST_INIT;
	facts_of_html("<html><head><title>Results of 2024</title></head><body><article><h1>Results of 2024</h1>"
		      "<p>Revenue was VND 2,365 billion, up 7.7% over the same period of 2023.</p>"
		      "<p>Tourist arrivals rose 18% to 2.8 million.</p>"
		      "</article></body></html>",
		      &l);
	f = find(&l, "percent_change", 18);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "the title's year is the article's");
	fact_list_free(&l);
}

/* A table whose first column is the rank: that cell is a figure too, and
 * every cell of a row is of the place the row names, not of the article's
 * province; in text a scraper flattened ("Rank | Province") the same. */
Test(transform, a_rank_column_and_the_place_of_its_row)
{
	const char *pages[] = {
		"<html><head><title>Ninh Binh tops the table</title></head><body><article><h1>Ninh Binh tops the table</h1>"
		"<p>Ninh Binh province published the DTI 2024 results of the Red River Delta.</p>"
		"<table><tr><th>Rank</th><th>Province</th><th>Change in rank</th></tr>"
		"<tr><td>7</td><td>Nam Dinh</td><td>+4</td></tr>"
		"<tr><td>8</td><td>Thai Binh</td><td>-2</td></tr></table>"
		"</article></body></html>",
		"Ninh Binh tops the table\n"
		"Ninh Binh province published the DTI 2024 results of the Red River Delta.\n"
		"Rank | Province | Change in rank\n"
		"7 | Nam Dinh | +4\n"
		"8 | Thai Binh | -2\n",
	};
	for (size_t i = 0; i < 2; i++) {
		struct fact_list l = FACT_LIST_INIT;
		const char *name = i ? "t.txt" : "t.html";
		facts_of_named(name, pages[i], &l);
		const struct fact *f = find(&l, "rank", 8);
		cr_assert_not_null(f, "%s: the Rank column's cell is a rank", name);
		cr_expect_str_eq(f->province, "Thai Binh", "%s: the row's place, not the article's", name);
		f = find(&l, "rank_change", -2);
		cr_assert_not_null(f, "%s: a 'Change in rank' cell is a rank change", name);
		cr_expect_str_eq(f->province, "Thai Binh", "%s", name);
		f = find(&l, "rank", 7);
		cr_assert_not_null(f, "%s", name);
		cr_expect_str_eq(f->province, "Nam Dinh", "%s", name);
		fact_list_free(&l);
	}
}

/* "last year" in an article of 2025 is 2024, and dates the figures after
 * it; "than the same period last year" is a comparison; "next year" is
 * the date of a goal, not the article's period. */
Test(transform, years_counted_from_the_publication_date)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of_html("<html><head><title>Cashless on the coast</title>"
		      "<meta property=\"article:published_time\" content=\"2025-03-02T08:00:00+07:00\"></head>"
		      "<body><article><h1>Cashless on the coast</h1>"
		      "<p>The digital economy accounted for 9.4% of the province's GRDP last year.</p>"
		      "<p>Some 98% of schools collect fees without cash.</p>"
		      "<p>Online dossiers were 12 percentage points higher than in the same period last year.</p>"
		      "</article></body></html>",
		      &l);
	const struct fact *f = find(&l, "percent", 9.4);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "last year, from 2025");
	f = find(&l, "percent", 98);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "the period the lead names");
	f = find(&l, "percent_change", 12);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "a comparison with last year dates nothing");
	fact_list_free(&l);

	l = (struct fact_list)FACT_LIST_INIT;
	facts_of_html("<html><head><title>Fibre for every commune</title>"
		      "<meta property=\"article:published_time\" content=\"2024-09-26T08:00:00+07:00\"></head>"
		      "<body><article><h1>Fibre for every commune</h1>"
		      "<p>The province wants to be in the top 30 of the DTI next year.</p>"
		      "<p>Fibre reaches 78.3% of households.</p>"
		      "</article></body></html>",
		      &l);
	f = find(&l, "percent", 78.3);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "the goal's year is not the article's");
	f = find(&l, "rank", 30);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2025);
	fact_list_free(&l);
}

/* An article of figures without a year is of the year it was published;
 * a year named only further down ("In 2024, ...") is a comparison's. */
Test(transform, figures_before_any_year_are_of_the_publication_year)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of_html("<html><head><title>5G reaches the coast</title>"
		      "<meta property=\"article:published_time\" content=\"2025-10-17T08:00:00+07:00\"></head>"
		      "<body><article><h1>5G reaches the coast</h1>"
		      "<p>The province has put 1,240 5G base stations into operation, covering 88% of wards.</p>"
		      "<p>The digital economy makes up 9.4% of its GRDP.</p>"
		      "<p>In 2024, the share was 7.9%.</p>"
		      "</article></body></html>",
		      &l);
	const struct fact *f = find(&l, "percent", 88);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2025, "the publication year, not the comparison's 2024");
	f = find(&l, "percent", 7.9);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024);
	fact_list_free(&l);

	l = (struct fact_list)FACT_LIST_INIT;
	facts_of_html("<html><head><title>A year of growth</title>"
		      "<meta property=\"article:published_time\" content=\"2025-01-20T08:00:00+07:00\"></head>"
		      "<body><article><h1>A year of growth</h1>"
		      "<p>In 2024, the province's GRDP grew 7.2%.</p>"
		      "<p>Exports rose 11% to US$2.1 billion.</p>"
		      "</article></body></html>",
		      &l);
	f = find(&l, "percent_change", 11);
	cr_assert_not_null(f);
	cr_expect_eq(f->year, 2024, "the year the lead names, not the publication's");
	fact_list_free(&l);
}

/* The place of a figure: not one named in an aside between commas ("X,
 * which merged with Y and Z last July, ranked 9th"); none for a figure of
 * the whole country ("against a national average of 66.2%"). */
Test(transform, asides_and_national_figures_name_no_place)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of_html("<html><head><title>Rankings</title></head><body><article><h1>Rankings</h1>"
		      "<p>Ninh Binh, which merged with Ha Nam and Nam Dinh last July, ranked 9th among 34 localities.</p>"
		      "<p>Online filing in Ninh Binh reached 71.3%, against a national average of 66.2%.</p>"
		      "<p>The median score nationwide was 64.2 points.</p>"
		      "</article></body></html>",
		      &l);
	const struct fact *f = find(&l, "rank", 9);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Ninh Binh", "not Nam Dinh, named in the aside");
	f = find(&l, "percent", 71.3);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Ninh Binh");
	f = find(&l, "percent", 66.2);
	cr_assert_not_null(f);
	cr_expect_null(f->province, "a national average is of no province");
	f = find(&l, "score", 64.2);
	cr_assert_not_null(f);
	cr_expect_null(f->province, "a national median is of no province");
	fact_list_free(&l);
}

/* A statistics table with units in its row labels: "(VND billion)"
 * scales the row's bare numbers, "(%)" makes them shares; a "Change y/y"
 * column holds changes and a "2025 target" column goals, all of the row's
 * measure.  The same for a table a scraper flattened. */
Test(transform, table_rows_with_units_in_their_labels)
{
	const char *pages[] = {
		"<html><head><title>Nine months</title></head><body><article><h1>Nine months</h1>"
		"<p>Lang Son released its nine-month figures.</p>"
		"<table><tr><th>Indicator</th><th>9M 2025</th><th>Change y/y</th><th>2025 target</th></tr>"
		"<tr><td>State budget revenue (VND billion)</td><td>8,140</td><td>+12.6%</td><td>15,000</td></tr>"
		"<tr><td>Dossiers filed online (%)</td><td>68.2</td><td>-</td><td>80</td></tr></table>"
		"</article></body></html>",
		"Nine months\n"
		"Lang Son released its nine-month figures.\n"
		"Indicator | 9M 2025 | Change y/y | 2025 target\n"
		"State budget revenue (VND billion) | 8,140 | +12.6% | 15,000\n"
		"Dossiers filed online (%) | 68.2 | - | 80\n",
	};
	for (size_t i = 0; i < 2; i++) {
		struct fact_list l = FACT_LIST_INIT;
		const char *name = i ? "t.txt" : "t.html";
		facts_of_named(name, pages[i], &l);
		const struct fact *f = find(&l, "money", 8140e9);
		cr_assert_not_null(f, "%s: '8,140' under '(VND billion)' is VND 8,140 billion", name);
		cr_expect_not_null(strstr(f->subject, "budget revenue"), "%s: %s", name, f->subject);
		cr_expect_eq(f->year, 2025, "%s", name);
		cr_expect(!f->target, "%s", name);
		f = find(&l, "money", 15000e9);
		cr_assert_not_null(f, "%s", name);
		cr_expect(f->target, "%s: the target column holds goals", name);
		f = find(&l, "percent_change", 12.6);
		cr_assert_not_null(f, "%s: the change column holds changes", name);
		cr_expect_not_null(strstr(f->subject, "budget revenue"), "%s: %s", name, f->subject);
		f = find(&l, "percent", 68.2);
		cr_assert_not_null(f, "%s: '(%%)' makes the row's numbers shares", name);
		cr_expect_not_null(strstr(f->subject, "Dossiers filed online"), "%s: %s", name, f->subject);
		cr_expect_null(find(&l, "count", 8140), "%s: no count of 8,140", name);
		fact_list_free(&l);
	}
}

/* A column's unit wins over its row's: "+9.1" under "Change vs 2024 (%)"
 * in a row "(US$ million)" is a change of the row's measure, not money;
 * a row "(thousand)" scales its counts.  HTML and flattened text alike. */
Test(transform, table_column_unit_wins_over_row_unit)
{
	const char *pages[] = {
		"<html><head><title>Ten months</title></head><body><article><h1>Ten months</h1>"
		"<p>Son La released its ten-month figures.</p>"
		"<table><tr><th>Indicator</th><th>10M 2025</th><th>Change vs 10M 2024 (%)</th></tr>"
		"<tr><td>Export value (US$ million)</td><td>512</td><td>+9.1</td></tr>"
		"<tr><td>Visitors (thousand)</td><td>730</td><td>+4.4</td></tr></table>"
		"</article></body></html>",
		"Ten months\n"
		"Son La released its ten-month figures.\n"
		"Indicator | 10M 2025 | Change vs 10M 2024 (%)\n"
		"Export value (US$ million) | 512 | +9.1\n"
		"Visitors (thousand) | 730 | +4.4\n",
	};
	for (size_t i = 0; i < 2; i++) {
		struct fact_list l = FACT_LIST_INIT;
		const char *name = i ? "t.txt" : "t.html";
		facts_of_named(name, pages[i], &l);
		const struct fact *f = find(&l, "money", 512e6);
		cr_assert_not_null(f, "%s: '512' under '(US$ million)' is US$512 million", name);
		cr_expect_null(find(&l, "money", 9.1e6), "%s: '+9.1' under '(%%)' is no money", name);
		f = find(&l, "percent_change", 9.1);
		cr_assert_not_null(f, "%s: the change column holds changes", name);
		cr_expect_not_null(strstr(f->subject, "Export value"), "%s: %s", name, f->subject);
		f = find(&l, "count", 730e3);
		cr_assert_not_null(f, "%s: '(thousand)' scales the row's counts", name);
		cr_expect_not_null(strstr(f->subject, "Visitors"), "%s: %s", name, f->subject);
		fact_list_free(&l);
	}
}

/* The lexicon's errors name its file and line; a class the code reads
 * that has no line is an error too, not a list that matches nothing. */
Test(transform, lexicon_errors_name_file_line_and_class)
{
	char dir[] = "/tmp/govfacts-lex-XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	char cmd[512];
	snprintf(cmd, sizeof cmd, "cp ../patterns/*.pat ../patterns/provinces.tsv %s/", dir);
	cr_assert_eq(system(cmd), 0);
	char path[256], err[1024];
	snprintf(path, sizeof path, "%s/lexicon.txt", dir);
	FILE *f = fopen(path, "w");
	fputs("# a comment\nqualifier=min: more than\nnonsense: x\n", f);
	fclose(f);
	struct transform *t = transform_new(dir, err, sizeof err);
	cr_expect_null(t);
	cr_expect(strstr(err, "lexicon.txt:3:1") && strstr(err, "unknown class 'nonsense'"), "message: %s", err);
	f = fopen(path, "w");
	fputs("qualifier=min: more than\n", f);
	fclose(f);
	t = transform_new(dir, err, sizeof err);
	cr_expect_null(t);
	cr_expect(strstr(err, "lexicon.txt") && strstr(err, "no 'qualifier_word:' line"), "message: %s", err);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_expect_eq(system(cmd), 0);
}

/* A paragraph opened by a label ("Access to land: 7.67 points") names the
 * ranking of a later sentence that names nothing else. */
Test(transform, paragraph_label_names_a_later_ranking)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Component results\n\nAccess to land: 7.67 points (up 0.55 points). Seven out of 10 component "
		 "indicators advanced to make it ranked No. 6 out of 63 provinces (6 places higher). The national "
		 "median was 6.70 points.\n",
		 &l);
	const struct fact *f = find(&l, "rank", 6);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "Access to land"), "subject: %s", f->subject);
	f = find(&l, "rank_change", 6);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "Access to land"), "subject: %s", f->subject);
	f = find(&l, "score", 6.7);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "national median"), "subject: %s", f->subject);
	fact_list_free(&l);
}

/* A neighbour's ranking names the neighbour in its subject (the
 * article's own only where its clause names the province); a place after
 * "after" is a point of comparison, not the owner; a headline's goal year
 * dates nothing. */
Test(transform, neighbours_comparisons_and_a_goal_headline)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Thai Nguyen aims for top 10 in the DTI by 2030\n\n"
		 "Thai Nguyen province ranked 14th in the DTI 2023. Among its neighbours, Bac Kan came 40th, "
		 "Cao Bang 51st.\n\n"
		 "Its exports rose 12.5%, placing the province second in the region after Bac Ninh.\n\n"
		 "In the PCI 2023 it came 20th.\n",
		 &l);
	const struct fact *f = find(&l, "rank", 14);
	cr_assert_not_null(f);
	cr_expect(strstr(f->subject, "Thai Nguyen") && strstr(f->subject, "DTI"), "own ranking, named: '%s'", f->subject);
	f = find(&l, "rank", 20);
	cr_assert_not_null(f);
	cr_expect_null(strstr(f->subject, "Thai Nguyen"), "own ranking, not named: '%s'", f->subject);
	f = find(&l, "rank", 40);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Bac Kan");
	cr_expect(strstr(f->subject, "Bac Kan") && strstr(f->subject, "DTI"), "'%s'", f->subject);
	f = find(&l, "rank", 2);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->province, "Thai Nguyen", "second after Bac Ninh is Thai Nguyen's");
	cr_expect_null(strstr(f->subject, "Bac Ninh"), "'%s'", f->subject);
	f = find(&l, "percent_change", 12.5);
	cr_assert_not_null(f);
	cr_expect_neq(f->year, 2030, "the headline's goal year is no article year");
	fact_list_free(&l);
}

/* A sentence that names a flattened table's columns in parentheses, its
 * rows starting with a place the header does not name: each cell takes
 * its column, and a rank column ranks by the index of the column before. */
Test(transform, text_table_header_in_parentheses)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of_named("t.txt",
		       "Neighbours compared\n"
		       "Nghe An published its results on Monday.\n"
		       "Results of the region (PAR INDEX 2024 | rank | SIPAS 2024 | rank):\n"
		       "Ha Tinh | 88.41% | 11 | 81.20% | 25\n"
		       "Quang Binh | 86.02% | 30 | 84.75% | 7\n",
		       &l);
	const struct fact *f = find(&l, "percent", 81.2);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "SIPAS");
	cr_expect(strstr(f->subject, "SIPAS") && strstr(f->subject, "Ha Tinh"), "'%s'", f->subject);
	cr_expect_eq(f->year, 2024);
	f = find(&l, "rank", 7);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "SIPAS", "the rank after the SIPAS column");
	cr_expect_str_eq(f->province, "Quang Binh");
	f = find(&l, "rank", 30);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PAR");
	fact_list_free(&l);
}

/* A unit in a column's header ("Capital (US$ million)", "Change (%)")
 * reads into the cells below it, in HTML and in a flattened text table;
 * a signed cell under "(%)" is a change. */
Test(transform, column_header_units)
{
	const char *pages[] = {
		"<html><head><title>FDI</title></head><body><article><h1>FDI</h1>"
		"<p>The southeast attracted more investment in 2024.</p>"
		"<table><tr><th>Province</th><th>Capital (US$ million)</th><th>Change (%)</th></tr>"
		"<tr><td>Long An</td><td>1,340</td><td>+12.5</td></tr>"
		"<tr><td>Tay Ninh</td><td>760</td><td>-3.1</td></tr></table>"
		"</article></body></html>",
		"FDI\n"
		"The southeast attracted more investment in 2024.\n"
		"Province | Capital (US$ million) | Change (%)\n"
		"Long An | 1,340 | +12.5\n"
		"Tay Ninh | 760 | -3.1\n",
	};
	for (size_t i = 0; i < 2; i++) {
		struct fact_list l = FACT_LIST_INIT;
		const char *name = i ? "t.txt" : "t.html";
		facts_of_named(name, pages[i], &l);
		const struct fact *f = find(&l, "money", 1340e6);
		cr_assert_not_null(f, "%s: '1,340' under '(US$ million)' is US$1,340 million", name);
		cr_expect_str_eq(f->unit, "USD", "%s", name);
		cr_expect_str_eq(f->province, "Long An", "%s", name);
		cr_expect_null(find(&l, "count", 1340), "%s", name);
		f = find(&l, "percent_change", -3.1);
		cr_assert_not_null(f, "%s: '-3.1' under 'Change (%%)'", name);
		cr_expect_str_eq(f->province, "Tay Ninh", "%s", name);
		fact_list_free(&l);
	}
}

/* A ranking that names no index is of the index named a sentence or two
 * before it, not of the article's first. */
Test(transform, ranking_of_the_index_just_named)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("SIPAS and PAR INDEX 2023 announced\n"
		 "The SIPAS 2023 of Nam Dinh reached 82.10%.\n"
		 "The PAR INDEX 2023 average was 86.50%.\n"
		 "Nam Dinh ranked 12th out of 63 provinces with 88.02%.\n",
		 &l);
	const struct fact *f = find(&l, "rank", 12);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->indicator, "PAR");
	fact_list_free(&l);
}

/* ==== One compiled pattern set for every thread ==== */

struct clone_run {
	const struct transform *base;
	const char *text;
	size_t facts;      /* of the last round */
	char first[256];   /* "kind value subject" of the first fact */
	bool same;         /* every round found what the first did */
};

static void *clone_worker(void *p)
{
	struct clone_run *r = p;
	struct transform *t = transform_clone(r->base);
	r->same = true;
	for (int round = 0; round < 8; round++) {
		struct article *a = NULL;
		struct fact_list l = FACT_LIST_INIT;
		char err[512];
		if (extract_article_parse("t.txt", r->text, strlen(r->text), &a, err, sizeof err) != 0 ||
		    transform_article(t, a, &l, err, sizeof err) != 0) {
			r->same = false;
		} else {
			char first[256] = "";
			if (l.n)
				snprintf(first, sizeof first, "%s %g %s", l.facts[0].kind, l.facts[0].value, l.facts[0].subject);
			if (round == 0) {
				r->facts = l.n;
				snprintf(r->first, sizeof r->first, "%s", first);
			} else if (l.n != r->facts || strcmp(first, r->first)) {
				r->same = false;
			}
		}
		fact_list_free(&l);
		extract_article_free(&a);
	}
	transform_free(&t);
	return NULL;
}

/* Clones on four threads at once, each compiling for the JIT what it
 * meets first, find what the transform they share finds alone. */
Test(transform, clones_share_one_pattern_set)
{
	static const char text[] =
		"Quang Nam climbs in the DTI\n\n"
		"Quang Nam ranked 19th out of 63 provinces in the DTI 2023, up 12 places, with 0.5236 points. "
		"About 71 per cent of adults have an electronic identification account. The province provides "
		"1,326 online public services, of which 842 are fully online, and 11/21 tasks were completed. "
		"Online payments grew 37% to VND 615 billion; the PAPI total fell 0.42 points to 41.87.\n";
	struct clone_run runs[4];
	pthread_t th[4];
	for (int i = 0; i < 4; i++) {
		runs[i] = (struct clone_run){ .base = T, .text = text };
		cr_assert_eq(pthread_create(&th[i], NULL, clone_worker, &runs[i]), 0);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	struct fact_list l = FACT_LIST_INIT;
	facts_of(text, &l);
	cr_assert_gt(l.n, 8, "the text holds facts of most kinds (found %zu)", l.n);
	char first[256];
	snprintf(first, sizeof first, "%s %g %s", l.facts[0].kind, l.facts[0].value, l.facts[0].subject);
	for (int i = 0; i < 4; i++) {
		cr_expect(runs[i].same, "thread %d: rounds differ", i);
		cr_expect_eq(runs[i].facts, l.n, "thread %d: %zu facts, alone %zu", i, runs[i].facts, l.n);
		cr_expect_str_eq(runs[i].first, first, "thread %d", i);
	}
	fact_list_free(&l);
}

/* In text as a scraper saved it, the items below "Tasks for 2026" are
 * goals for 2026. */
Test(transform, text_section_of_tasks)
{
	struct fact_list l = FACT_LIST_INIT;
	facts_of("Khanh Hoa sums up 2025\n\nThe province grew 7.2% in 2025.\nTasks for 2026\n"
		 "The Committee set the following targets:\n- GRDP growth of 10% or more;\n"
		 "- over 80% of dossiers processed fully online;\n",
		 &l);
	const struct fact *f = find(&l, "percent_change", 7.2);
	cr_assert_not_null(f);
	cr_expect(!f->target);
	cr_expect_eq(f->year, 2025);
	f = find(&l, "percent_change", 10);
	cr_assert_not_null(f);
	cr_expect(f->target, "an item below 'Tasks for 2026' is a goal");
	cr_expect_eq(f->year, 2026);
	f = find(&l, "percent", 80);
	cr_assert_not_null(f);
	cr_expect(f->target);
	cr_expect_eq(f->year, 2026);
	fact_list_free(&l);
	/* a short line without a full stop may be a heading; its facts are read */
	facts_of("Da Nang news\n\nDa Nang ranked third in the country\n", &l);
	cr_expect_not_null(find(&l, "rank", 3));
	fact_list_free(&l);
}
