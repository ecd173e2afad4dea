# Loa — build, test and run. `make test` is what CI runs (.ci/run).
SWIFT        ?= swift
APT_PACKAGES := pkg-config libespeak-ng-dev libsndfile1-dev libsoxr-dev libebur128-dev libsqlite3-dev
BENCH_PACKAGES := espeak-ng wrk
# Headless Chromium and its WebDriver, for the browser tests of `loa serve` (Tests/LoaWebTests/Browser).
BROWSER_PACKAGES := chromium chromium-driver
SCHEDULE     ?= schedules/hai-hung.yaml
OUT          ?= out
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps bench-deps build release test test-browser screenshots run bench lint clean

## deps: install the Debian packages Loa builds against, only those missing.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "Debian packages: all present."; fi

## bench-deps: also the espeak-ng command (the speech benchmark's reference) and wrk (loa serve's).
bench-deps: deps
	@missing=""; for p in $(BENCH_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi

## test-browser: headless Chromium against a live `loa serve` (installs Chromium if missing).
test-browser: deps
	@missing=""; for p in $(BROWSER_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi
	$(SWIFT) build
	$(SWIFT) test --filter BrowserTests

## screenshots: the browser test again, saving docs/lich-phat.png and docs/bao-cao.png.
screenshots:
	LOA_SCREENSHOTS=1 $(MAKE) test-browser

build: deps
	$(SWIFT) build

# Release builds link the Swift runtime and Foundation statically: only the code Loa uses is
# mapped, which keeps `loa render`'s peak memory under 40 MB (see README, Performance).
RELEASE_FLAGS := -c release --static-swift-stdlib

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

## test: everything CI checks.
test: deps
	$(SWIFT) build
	$(SWIFT) test

## run: the main job — check the default schedule, then render today's and tomorrow's programs into out/.
run: release
	.build/release/loa check --schedule $(SCHEDULE)
	.build/release/loa render --schedule $(SCHEDULE) --date today --days 2 --out $(OUT)

bench: bench-deps
	$(SWIFT) build $(RELEASE_FLAGS)
	.build/release/loa-bench all

lint:
	$(SWIFT) format lint --recursive Sources Tests Benchmarks

clean:
	rm -rf .build $(OUT)
