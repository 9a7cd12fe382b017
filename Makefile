# sectrack: every target works from a fresh clone (run `.ci/run` first on a machine without libsqlite3-dev).
SWIFT ?= swift
BIN := .build/release/sectrack
DEMO_DB := .build/demo.db

.PHONY: build test demo lint bench clean schema heldout

build:
	$(SWIFT) build -c release

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) init --db $(DEMO_DB)
	$(BIN) ingest --db $(DEMO_DB) samples
	$(BIN) timeline --db $(DEMO_DB) --format table

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

bench: build
	tools/bench.sh

heldout: build
	tools/score-heldout.sh

schema:
	tools/embed-schema.sh

clean:
	rm -rf .build
