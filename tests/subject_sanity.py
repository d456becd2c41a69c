#!/usr/bin/env python3
"""Facts that cannot be right, whatever the gold says.

usage: subject_sanity.py FACTS.jsonl [FACTS.jsonl ...]

Reads facts as `govfacts facts --format jsonl` prints them and counts:
  - counts whose value is not a whole number (FACTS.md: a count is whole);
  - facts with an empty subject (no fact has one);
  - facts whose subject is one word that is a function word, an auxiliary
    or other verb form, or an adverb ("after", "also", "estimated").
Prints the counts and each offending fact, and exits 1 if any is found.

The word list below is this test's own, written from general English
grammar (closed-class words, the verbs and adverbs of reporting), and is
deliberately not read from patterns/lexicon.txt: a test that read the
code's list could not fail when that list is wrong.
"""
import json
import sys

DETERMINERS = "a an the this that these those each every either neither some any no all both another other such what which whose".split()
PRONOUNS = ("i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
            "one ones oneself itself themselves who whom whoever whatever something nothing anything everything").split()
PREPOSITIONS = ("about above across after against along amid among around as at before behind below beneath beside "
                "besides between beyond by despite down during except for from in inside into like near of off on "
                "onto out outside over past per since than through throughout till to toward towards under underneath "
                "unlike until up upon via with within without versus vs").split()
CONJUNCTIONS = "and or but nor so yet because although though while whereas if unless whether once when where".split()
AUXILIARIES = ("be is am are was were been being have has had having do does did will would shall should can could "
               "may might must").split()
ADVERBS = ("also still only just even already almost nearly about approximately roughly around respectively "
           "currently now then there here today recently overall totally mainly mostly largely partly fully very "
           "quite rather further furthermore moreover however therefore thus meanwhile additionally notably "
           "particularly especially specifically significantly sharply slightly steadily strongly rapidly again "
           "alone together ahead instead otherwise else ever never always often sometimes soon later earlier "
           "estimatedly reportedly so too well").split()
# Verb forms news copy puts before a figure; a subject of one of these
# names nothing ("estimated at 7.4%").
VERBS = ("estimated estimate estimates reached reach reaches reaching achieved achieve achieves hit hits "
         "recorded posted registered reported increased increase increasing decreased decreasing rose rise rising "
         "risen fell fall falling grew grow growing dropped declined gained lost ranked ranking scored stood "
         "totaled totalled amounted accounted accounting made making exceeded exceeding surpassed surpassing "
         "attained obtained earned collected disbursed allocated spent received welcomed attracted approved "
         "expected planned projected forecast forecasted targeted aimed set said noted added announced showed "
         "became remained maintained climbed slipped jumped surged soared went came led topped continued "
         "marking marked equaling equalling equal equivalent compared").split()
EMPTY = set(DETERMINERS + PRONOUNS + PREPOSITIONS + CONJUNCTIONS + AUXILIARIES + ADVERBS + VERBS)


def problems(fact):
    subject = (fact.get("subject") or "").strip()
    if fact.get("kind") == "count" and float(fact.get("value", 0)) != int(float(fact.get("value", 0))):
        yield "fractional count"
    if not subject:
        yield "empty subject"
    else:
        words = subject.split()
        if len(words) == 1 and words[0].strip("()[],.;:'\"").lower() in EMPTY:
            yield "one-word subject that names nothing"


def main(paths):
    counts = {"facts": 0, "fractional count": 0, "empty subject": 0, "one-word subject that names nothing": 0}
    bad = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                fact = json.loads(line)
                counts["facts"] += 1
                for p in problems(fact):
                    counts[p] += 1
                    bad.append((p, fact))
    for p, fact in bad:
        print(f"  {p}: {fact.get('file')}: {fact.get('kind')} {fact.get('value')} "
              f"subject={fact.get('subject')!r} | {fact.get('sentence', '')[:120]}")
    print(", ".join(f"{v} {k}" for k, v in counts.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
