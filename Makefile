# VanBan — the two commands of the README, and a few helpers.
#   make examples   render every examples/*.json into out/ (PDF + PNG of page 1)
#   make test       run the whole test suite
#   make bench      in-process render timings (never part of the tests)
#   make fuzz       libFuzzer over the document path for SECONDS (default 600; docs/fuzzing.md)
SWIFT ?= swift
VANBAN := .build/release/vanban

.PHONY: examples test deps build bench fuzz clean

deps:
	@scripts/ensure-deps.sh

# The Swift runtime is linked statically: a cold `vanban render` starts ~5 ms faster
# (30 ms instead of 35 ms for the 2-page example) and the binary needs only the C libraries.
build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product vanban

examples: build
	@mkdir -p out
	@set -e; for f in examples/*.json; do \
	  name=$$(basename $$f .json); \
	  $(VANBAN) render $$f -o out/$$name.pdf; \
	  pdftoppm -r 80 -png -f 1 -l 1 out/$$name.pdf out/$$name; \
	  echo "out/$$name.pdf ($$(pdfinfo out/$$name.pdf | awk '/^Pages:/ {print $$2}') pages)"; \
	done

test:
	@scripts/ensure-deps.sh --test
	$(SWIFT) test

bench: deps
	$(SWIFT) build -c release --static-swift-stdlib --product vanban
	$(SWIFT) build -c release --static-swift-stdlib --product VanBanBench
	.build/release/VanBanBench . $(or $(N),300) --batch $(or $(BATCH),10000)

fuzz: deps
	$(SWIFT) build -c release --product VanBanFuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus && cp examples/*.json examples/invalid/*.json .build-fuzz/corpus/ && rm -f .build-fuzz/corpus/oversize-string.json
	VANBAN_RESOURCES=$(CURDIR) .build-fuzz/release/VanBanFuzz .build-fuzz/corpus -max_total_time=$(or $(SECONDS),600) -max_len=65536 -print_final_stats=1

clean:
	rm -rf .build out
