/*
 * cli_pool: parse and transform articles on worker threads while the
 * calling thread reads the inputs and loads the results (govfacts ingest
 * --jobs N).
 *
 * The calling thread submits files in walk order; each of N workers, with
 * a transform of its own (compiled patterns are not shared between
 * threads), extracts and transforms one at a time; results come back to
 * the calling thread in submission order, so a run loads articles in the
 * same order whatever the number of jobs.  At most 8 * N files and
 * POOL_MAX_BYTES of input are in flight, which bounds memory whatever the
 * size of the corpus.  Fewer (2 * N) left the workers idle while the
 * calling thread loaded a result: a deep queue lets them run on.
 */
#include "cli.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../common/buf.h"

/* Files in flight per worker, and input bytes in flight in all. */
#define POOL_JOBS_PER_WORKER 8
#define POOL_MAX_BYTES ((size_t)32 * 1024 * 1024)

struct pool_job {
	char *file, *path, *url, *date;
	int format;
	char hash[HASH_HEX_SIZE];
	char *data;
	size_t len;
	struct pool_result res;
	bool taken, done;
};

struct pool {
	pthread_mutex_t lock;
	pthread_cond_t work;  /* a job was submitted, or the pool closes */
	pthread_cond_t ready; /* a job was done */
	struct pool_job *ring;
	size_t cap;          /* POOL_JOBS_PER_WORKER * workers */
	size_t head, count;  /* oldest job, jobs in the ring */
	size_t bytes;        /* input bytes of the jobs in the ring */
	size_t next;         /* next job to hand out, counted from head */
	bool closing;
	pthread_t *threads;
	struct transform **transforms;
	int workers;
	int n_transforms, n_threads; /* made so far */
};

static void job_work(struct transform *t, struct pool_job *j)
{
	struct pool_result *r = &j->res;
	r->article = NULL;
	r->err[0] = r->warning[0] = '\0';
	r->input_path = j->path ? j->path : j->file;
	memcpy(r->input_hash, j->hash, sizeof r->input_hash);
	struct extract_source src = { .file = j->file, .path = j->path, .url = j->url, .date = j->date,
				      .input_hash = j->hash, .format = j->format };
	if (extract_source_parse(&src, j->data, j->len, &r->article, r->err, sizeof r->err) != 0)
		return;
	if (transform_article(t, r->article, &r->facts, r->warning, sizeof r->warning) != 0 && !r->warning[0])
		strcpy(r->warning, "transform stopped");
	r->province = transform_article_province(t, r->article);
}

struct worker_arg {
	struct pool *p;
	struct transform *t;
};

static void *worker_main(void *varg)
{
	struct worker_arg *arg = varg;
	struct pool *p = arg->p;
	struct transform *t = arg->t;
	free(arg);
	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (!p->closing && p->next >= p->count)
			pthread_cond_wait(&p->work, &p->lock);
		if (p->closing)
			break; /* drained, or dropping what is left */
		struct pool_job *j = &p->ring[(p->head + p->next++) % p->cap];
		j->taken = true;
		pthread_mutex_unlock(&p->lock);
		job_work(t, j);
		free(j->data);
		j->data = NULL;
		pthread_mutex_lock(&p->lock);
		j->done = true;
		pthread_cond_broadcast(&p->ready);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct pool *pool_new(int workers, const struct transform *base, char *err, size_t errlen)
{
	extract_init();
	struct pool *p = xcalloc(1, sizeof *p);
	p->workers = workers;
	p->cap = (size_t)workers * POOL_JOBS_PER_WORKER;
	p->ring = xcalloc(p->cap, sizeof *p->ring);
	p->threads = xcalloc((size_t)workers, sizeof *p->threads);
	p->transforms = xcalloc((size_t)workers, sizeof *p->transforms);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->ready, NULL);
	for (int i = 0; i < workers; i++) {
		p->transforms[i] = transform_clone(base);
		p->n_transforms++;
	}
	for (int i = 0; i < workers; i++) {
		struct worker_arg *arg = xcalloc(1, sizeof *arg);
		*arg = (struct worker_arg){ p, p->transforms[i] };
		if (pthread_create(&p->threads[i], NULL, worker_main, arg) != 0) {
			free(arg);
			errorf(err, errlen, "cannot start worker thread %d", i + 1);
			pool_free(&p, NULL, NULL);
			return NULL;
		}
		p->n_threads++;
	}
	return p;
}

/* Hands the oldest job's result to fn, waiting for it, and frees it. */
static void pool_deliver_oldest(struct pool *p, pool_result_fn fn, void *ctx)
{
	struct pool_job *j = &p->ring[p->head];
	pthread_mutex_lock(&p->lock);
	while (!j->done)
		pthread_cond_wait(&p->ready, &p->lock);
	pthread_mutex_unlock(&p->lock);
	if (fn)
		fn(ctx, j->file, &j->res);
	extract_article_free(&j->res.article);
	fact_list_clear(&j->res.facts);
	free(j->file);
	free(j->path);
	free(j->url);
	free(j->date);
	j->file = j->path = j->url = j->date = NULL;
	pthread_mutex_lock(&p->lock);
	p->bytes -= j->len;
	j->taken = j->done = false;
	p->head = (p->head + 1) % p->cap;
	p->count--;
	p->next--;
	pthread_mutex_unlock(&p->lock);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void pool_submit(struct pool *p, struct input_record *rec, pool_result_fn fn, void *ctx)
{
	size_t len = rec->len;
	while (p->count == p->cap || (p->count && p->bytes + len > POOL_MAX_BYTES))
		pool_deliver_oldest(p, fn, ctx);
	pthread_mutex_lock(&p->lock);
	struct pool_job *j = &p->ring[(p->head + p->count) % p->cap];
	j->file = xstrdup(rec->file);
	j->path = dup_or_null(rec->path);
	j->url = dup_or_null(rec->url);
	j->date = dup_or_null(rec->date);
	j->format = rec->format;
	memcpy(j->hash, rec->hash, sizeof j->hash);
	j->data = rec->data;
	rec->data = NULL;
	j->len = len;
	p->bytes += len;
	p->count++;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->lock);
}

void pool_drain(struct pool *p, pool_result_fn fn, void *ctx)
{
	while (p->count)
		pool_deliver_oldest(p, fn, ctx);
}

void pool_free(struct pool **pp, pool_result_fn fn, void *ctx)
{
	struct pool *p = *pp;
	if (!p)
		return;
	if (fn && p->n_threads == p->workers)
		pool_drain(p, fn, ctx);
	pthread_mutex_lock(&p->lock);
	p->closing = true;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->lock);
	for (int i = 0; i < p->n_threads; i++)
		pthread_join(p->threads[i], NULL);
	/* Without fn (the run stopped): the jobs not delivered are dropped. */
	for (; p->count; p->count--, p->head = (p->head + 1) % p->cap) {
		struct pool_job *j = &p->ring[p->head];
		extract_article_free(&j->res.article);
		free(j->data);
		free(j->file);
		free(j->path);
		free(j->url);
		free(j->date);
	}
	for (size_t i = 0; i < p->cap; i++)
		fact_list_free(&p->ring[i].res.facts);
	for (int i = 0; i < p->n_transforms; i++)
		transform_free(&p->transforms[i]);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->ready);
	free(p->transforms);
	free(p->threads);
	free(p->ring);
	free(p);
	*pp = NULL;
}
