# mk/shard.mk — many machines (issue 16, item 6).  'make check' (and so
# 'make asan') runs it:
#   tests/shard.sh   fixtures/ and extras (three files of one URL, a WARC,
#                    JSON Lines) in 3 shards: each holds only what hashes
#                    to it, every input once; merged, the facts and
#                    articles export as one ingest's; merged again (in
#                    another order, the files away) nothing changes; no
#                    open of another shard's file (strace), a FIFO of
#                    another not waited on; bad shards named and skipped;
#                    usage errors
# Needs (Debian): strace, installed here when root.

.PHONY: shard-test
shard-test: $(BUILD)/govfacts
	$(call apt_install,strace,the shard test)
	bash tests/shard.sh $(BUILD)/govfacts

CHECK_EXTRA += shard-test
