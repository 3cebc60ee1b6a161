# drillhall — the two commands a newcomer needs, and a few more.
#   make run    install what is missing, build, start the demo drill
#   make test   the same setup, then every suite, then again under ASan + UBSan
#   make bench  benchmarks: one line per figure, "name value unit"
#   make package  a Debian package of the build: $(BUILD)/drillhall_VERSION_ARCH.deb
#   make fuzz   every libFuzzer target for FUZZ_SECONDS each (clang, ASan + UBSan)
# Packages come from Debian; apt-get runs through sudo when not root.

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan

RUN_PKGS := cmake make gcc pkg-config liblua5.4-dev libsdl2-dev libsdl2-ttf-dev \
            libsdl2-image-dev libsqlite3-dev libssl-dev sqlite3 \
            libwebsockets-dev libcjson-dev libqrencode-dev
# dpkg-dev brings dpkg-shlibdeps, which reads the libraries the binary links into
# the package's Depends; CPack's DEB generator also runs `file` on what it packs
PACKAGE_PKGS := dpkg-dev file
# the suites build the package too (install.package)
TEST_PKGS := $(RUN_PKGS) $(PACKAGE_PKGS) libcmocka-dev python3 python3-html5lib chromium xvfb xauth openssl \
             nodejs lua-check
# only `make fuzz` needs clang and its sanitizer runtimes (libFuzzer among them)
FUZZ_PKGS := $(RUN_PKGS) libcmocka-dev clang libclang-rt-14-dev
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 300
FUZZ_TARGETS := roster responses msel scenario record proto station plan

DEMO := scenarios/ransomware-contributions.lua
DEMO_ROSTER := scenarios/rosters/rehearsal-6.csv

.PHONY: all deps test-deps build run test bench package fuzz clean

all: build

# Installs only what dpkg says is missing, so a prepared machine pays nothing.
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(RUN_PKGS))

# Debian's npm only when there is no npm at all: a Node.js from NodeSource
# carries its own and conflicts with Debian's. Then axe-core for web.a11y, at the
# version package-lock.json pins, into tests/web/node_modules.
test-deps:
	$(call install_missing,$(TEST_PKGS))
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm; }
	npm ci --prefix tests/web --no-audit --no-fund --ignore-scripts --loglevel=error

# $(call configure_build,DIR,FLAGS): configure DIR and build everything in it
define configure_build
	cmake -S . -B $(1) $(2) >/dev/null
	cmake --build $(1) -j $(JOBS)
endef

build: deps
	$(call configure_build,$(BUILD),-DCMAKE_BUILD_TYPE=RelWithDebInfo)

run: build
	./$(BUILD)/engine/app/drillhall run $(DEMO) --roster $(DEMO_ROSTER) --bots random --speed 10

test: test-deps
	$(call configure_build,$(BUILD),-DCMAKE_BUILD_TYPE=RelWithDebInfo -DDH_WERROR=ON -DDH_TESTS=ON)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(call configure_build,$(ASAN_BUILD),-DCMAKE_BUILD_TYPE=Debug -DDH_WERROR=ON -DDH_SANITIZE=ON -DDH_TESTS=ON)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

bench: build
	$(call install_missing,lua5.4)
	cmake --build $(BUILD) -j $(JOBS) --target benchmarks
	tests/bench/run-benchmarks.sh $(BUILD)

# The packaging tools are installed before configuring, where CMake looks for them.
package: deps
	$(call install_missing,$(PACKAGE_PKGS))
	$(call configure_build,$(BUILD),-DCMAKE_BUILD_TYPE=RelWithDebInfo)
	cmake --build $(BUILD) --target package

# Each target runs FUZZ_SECONDS from the committed seeds; exits non-zero when one
# crashes, leaks or hangs, and prints the executions per target. CI: FUZZ_SECONDS=45.
fuzz:
	$(call install_missing,$(FUZZ_PKGS))
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDH_SANITIZE=ON -DDH_FUZZ=ON -DDH_TESTS=ON >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  tests/fuzz/run-fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
