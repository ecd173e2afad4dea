# Loa — build, test and run. `make test` is what CI runs (.ci/run).
SWIFT        ?= swift
APT_PACKAGES := pkg-config libespeak-ng-dev libsndfile1-dev libsoxr-dev libebur128-dev libsqlite3-dev \
                libasound2-dev libshout-dev
# What the tests start or call: a PulseAudio null sink behind ALSA's `pulse` PCM, an Icecast
# server, ffmpeg/ffprobe, the Vietnamese hunspell word list, and headless Chromium with its
# WebDriver (the browser tests of `loa serve`).
BROWSER_PACKAGES := chromium chromium-driver
TEST_PACKAGES := pulseaudio pulseaudio-utils libasound2-plugins icecast2 ffmpeg hunspell-vi \
                 $(BROWSER_PACKAGES)
BENCH_PACKAGES := espeak-ng wrk
SCHEDULE     ?= schedules/hai-hung.yaml
OUT          ?= out
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps test-deps bench-deps build release test test-browser screenshots run bench lint clean

# $(call apt-install,PACKAGES,LABEL): installs those of PACKAGES that are missing (as root or
# with sudo), and says so; says LABEL are all present otherwise.
define apt-install
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "$(2): all present."; fi
endef

## deps: install the Debian packages Loa builds against, only those missing.
deps:
	$(call apt-install,$(APT_PACKAGES),Debian packages)

## test-deps: the programs the tests drive (PulseAudio, Icecast, ffmpeg, hunspell-vi), only
## those missing.
test-deps:
	$(call apt-install,$(TEST_PACKAGES),Test packages)

## bench-deps: also the espeak-ng command (the speech benchmark's reference) and wrk (loa serve's).
bench-deps: deps
	$(call apt-install,$(BENCH_PACKAGES),Benchmark packages)

## test-browser: only the headless-Chromium tests against a live `loa serve`.
test-browser: deps test-deps
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
test: deps test-deps
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
