/*
 * cli_output: facts as JSON Lines (the fields of FACTS.md, in its order)
 * or RFC 4180 CSV with a header row.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void output_json_string(FILE *out, const char *s, size_t n)
{
	fputc('"', out);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (c < 0x20 || c == 0x7f)
				fprintf(out, "\\u%04x", c);
			else
				fputc(c, out);
		}
	}
	fputc('"', out);
}

static void json_string_or_null(FILE *out, const char *s)
{
	if (s)
		output_json_string(out, s, strlen(s));
	else
		fputs("null", out);
}

/* The shortest decimal that reads back as the same double. */
static void print_number(FILE *out, double v)
{
	char buf[40];
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, sizeof buf, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	fputs(buf, out);
}

static void csv_field(FILE *out, const char *s, size_t n)
{
	bool quote = false;
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
	if (!quote) {
		fwrite(s, 1, n, out);
		return;
	}
	fputc('"', out);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			fputc('"', out);
		fputc(s[i], out);
	}
	fputc('"', out);
}

static void csv_str(FILE *out, const char *s)
{
	if (s)
		csv_field(out, s, strlen(s));
}

void output_fact_header(FILE *out, enum output_format fmt)
{
	if (fmt == FORMAT_CSV)
		fputs("file,doc,kind,value,total,qualifier,unit,subject,indicator,province,year,target,"
		      "sentence,start,end,pattern\r\n",
		      out);
}

void output_fact(FILE *out, enum output_format fmt, const char *file, const char *doc,
		 const struct fact *f)
{
	if (fmt == FORMAT_CSV) {
		csv_str(out, file);
		fputc(',', out);
		csv_str(out, doc);
		fprintf(out, ",%s,", f->kind);
		print_number(out, f->value);
		fputc(',', out);
		if (f->has_total)
			print_number(out, f->total);
		fprintf(out, ",%s,%s,", f->qualifier, f->unit ? f->unit : "");
		csv_str(out, f->subject);
		fputc(',', out);
		csv_str(out, f->indicator);
		fputc(',', out);
		csv_str(out, f->province);
		fputc(',', out);
		if (f->year)
			fprintf(out, "%d", f->year);
		fprintf(out, ",%s,", f->target ? "true" : "false");
		csv_field(out, f->sentence, f->sentence_len);
		fprintf(out, ",%zu,%zu,", f->start, f->end);
		csv_str(out, f->pattern);
		fputs("\r\n", out);
		return;
	}
	fputs("{\"file\":", out);
	json_string_or_null(out, file);
	fputs(",\"doc\":", out);
	json_string_or_null(out, doc);
	fprintf(out, ",\"kind\":\"%s\",\"value\":", f->kind);
	print_number(out, f->value);
	fputs(",\"total\":", out);
	if (f->has_total)
		print_number(out, f->total);
	else
		fputs("null", out);
	fprintf(out, ",\"qualifier\":\"%s\",\"unit\":", f->qualifier);
	json_string_or_null(out, f->unit);
	fputs(",\"subject\":", out);
	json_string_or_null(out, f->subject);
	fputs(",\"indicator\":", out);
	json_string_or_null(out, f->indicator);
	fputs(",\"province\":", out);
	json_string_or_null(out, f->province);
	fputs(",\"year\":", out);
	if (f->year)
		fprintf(out, "%d", f->year);
	else
		fputs("null", out);
	fprintf(out, ",\"target\":%s,\"sentence\":", f->target ? "true" : "false");
	output_json_string(out, f->sentence, f->sentence_len);
	fprintf(out, ",\"start\":%zu,\"end\":%zu,\"pattern\":", f->start, f->end);
	json_string_or_null(out, f->pattern);
	fputs("}\n", out);
}
