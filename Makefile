# VanBan — the two commands of the README, and a few helpers.
#   make examples   render every examples/*.json into out/ (PDF + PNG of page 1)
#   make test       run the whole test suite
#   make bench      render timings, instruction counts and Typst side by side (never part of the tests)
#   make bench-service  load on `vanban serve` over loopback with wrk (docs/performance.md)
#   make fuzz       libFuzzer over the document path for SECONDS (default 600; docs/fuzzing.md)
SWIFT ?= swift
VANBAN := .build/release/vanban

.PHONY: examples test deps cli build bench bench-service fuzz clean

deps:
	@scripts/ensure-deps.sh

# The Swift runtime is linked statically: a cold `vanban render` starts ~5 ms faster
# (30 ms instead of 35 ms for the 2-page example) and the binary needs only the C libraries.
cli: deps
	$(SWIFT) build -c release --static-swift-stdlib --product vanban

# Both programs: `vanban serve` runs `vanban-serve` from the same folder.
build: cli
	$(SWIFT) build -c release --static-swift-stdlib --product vanban-serve

examples: cli
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
	@scripts/embed-example.sh
	@scripts/desk-tests.sh
	@scripts/scale-test.sh

bench:
	@scripts/ensure-deps.sh --bench
	$(SWIFT) build -c release --static-swift-stdlib --product vanban
	$(SWIFT) build -c release --static-swift-stdlib --product VanBanBench
	.build/release/VanBanBench . $(or $(N),300) --batch $(or $(BATCH),10000)
	scripts/bench-instructions.sh $(VANBAN) .build/release/VanBanBench
	rm -rf bench-out/typst && mkdir -p bench-out/typst && .build/release/VanBanBench . --emit 200 bench-out/typst
	.venv-bench/bin/python scripts/bench-typst.py bench-out/typst -n 200 --long 10 --vanban $(VANBAN)

# Loopback only, bounded in time: DURATION seconds per run (default 20), WORKERS (default 2).
bench-service: build
	$(SWIFT) build -c release --static-swift-stdlib --product VanBanBench
	scripts/bench-service.sh $(or $(DURATION),20) $(or $(WORKERS),2)

fuzz: deps
	$(SWIFT) build -c release --product VanBanFuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus && cp examples/*.json examples/invalid/*.json Fuzz/corpus/*.json .build-fuzz/corpus/ && rm -f .build-fuzz/corpus/oversize-string.json
	VANBAN_RESOURCES=$(CURDIR) .build-fuzz/release/VanBanFuzz .build-fuzz/corpus -max_total_time=$(or $(SECONDS),600) -max_len=65536 -print_final_stats=1

clean:
	rm -rf .build .build-embed out
