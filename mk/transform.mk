# mk/transform.mk — the transform stage's own tests beyond the unit tests.
# 'make check' runs them:
#   tests/transform_scale.sh  a 3 MB table page: every fact, in linear time
.PHONY: transform-tests
transform-tests: $(BUILD)/govfacts
	bash tests/transform_scale.sh $(BUILD)/govfacts

CHECK_EXTRA += transform-tests
