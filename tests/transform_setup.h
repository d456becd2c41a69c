/*
 * tests/transform_setup.h — the transform the Criterion tests share: the
 * project's own patterns, loaded once per test by setup() and freed by
 * teardown() (.init/.fini).  Tests run from tests/, so the patterns are
 * ../patterns.
 */
#ifndef GOVFACTS_TESTS_TRANSFORM_SETUP_H
#define GOVFACTS_TESTS_TRANSFORM_SETUP_H

#include <criterion/criterion.h>

#include "../transform/transform.h"

static struct transform *T;

static void setup(void)
{
	char err[1024];
	T = transform_new("../patterns", err, sizeof err);
	cr_assert_not_null(T, "%s", err);
}

static void teardown(void)
{
	transform_free(&T);
	cr_assert_null(T);
}

#endif
