# zalo-composer: `make run` sets up and starts the program; `make test` sets up and runs
# every check headless. Both work on a fresh Debian/Ubuntu machine with Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Libraries Qt loads (offscreen and on a real X display), the Secret Service used by the
# keyring tests, and Xvfb for screenshots. Installed only when running as root. The fonts:
# DejaVu for ✔ ✖ ⚠ ℹ and Vietnamese, Noto Color Emoji for the emoji customers put in messages
# (without them those show as empty boxes).
QT_LIBS   := libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core \
             fonts-noto-color-emoji
XCB_LIBS  := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
             libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
TEST_LIBS := gnome-keyring dbus-daemon dbus xvfb xauth desktop-file-utils appstream
PYTEST_TIMEOUT ?= 900

.PHONY: run test lint bench sandbox system-deps-run system-deps-test clean bytecode

run: system-deps-run $(STAMP) qm bytecode
	$(BIN)/zalo-composer

sandbox: $(STAMP)
	$(BIN)/zalo-composer sandbox

test: system-deps-test $(STAMP) qm bytecode lint package-test
	QT_QPA_PLATFORM=offscreen timeout -k 10 $(PYTEST_TIMEOUT) sh tests/with-keyring.sh $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check zalo_composer tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

bench: system-deps-test $(STAMP) bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The package is installed editable, so nothing byte-compiled it; where PYTHONDONTWRITEBYTECODE
# is set, every start would compile each module again (about 60 ms of a 270 ms start). Only
# the files changed since the last run are compiled.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q zalo_composer

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "zalo-composer needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment: install python3-venv"; exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	$(lrelease_all)
	touch $@

# apt-get only as root and only for what is missing, so a second run costs nothing.
define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	$(PYTHON) -c 'import ensurepip' 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing system packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "Missing system packages (install them with sudo apt-get install):$$missing"; fi
endef

system-deps-run:
	$(call apt_install,$(QT_LIBS) $(XCB_LIBS))

system-deps-test:
	$(call apt_install,$(QT_LIBS) $(XCB_LIBS) $(TEST_LIBS))

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .import_linter_cache

# `make package`: the one-folder program dist/zalo-composer/ (PyInstaller, about 25 s and
# 200 MB). `make package-test` starts it with --smoke under a real Secret Service; it
# rebuilds first only when a source changed. PyInstaller needs objdump (binutils) on Linux.
PACKAGED      := dist/zalo-composer/zalo-composer
PACKAGE_STAMP := $(VENV)/.package-installed
PACKAGE_LIBS  := binutils
.PHONY: package package-test system-deps-package

package: system-deps-package $(PACKAGE_STAMP) qm
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/zalo-composer.spec

$(PACKAGED): $(PACKAGE_STAMP) $(shell find zalo_composer packaging resources -type f -not -name '*.pyc')
	$(MAKE) package

package-test: system-deps-test $(STAMP) $(PACKAGED)
	QT_QPA_PLATFORM=offscreen $(PACKAGED) --smoke
	QT_QPA_PLATFORM=offscreen ZALO_PACKAGED_PROGRAM=$(CURDIR)/$(PACKAGED) timeout -k 10 300 \
	  sh tests/with-keyring.sh $(BIN)/python -m pytest -q -p no:cacheprovider tests/ui/test_smoke.py

$(PACKAGE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -q -e '.[package]'
	touch $@

system-deps-package:
	$(call apt_install,$(QT_LIBS) $(PACKAGE_LIBS))

# Translations. resources/i18n/*.ts are the committed sources and the only copy of the
# translated texts: edit them directly (Qt Linguist or any editor);
# they are compiled into zalo_composer/resources/i18n/*.qm (package data), committed so
# that `pip install .` from a clone has them; tests/ui/test_i18n.py checks they match.
# `make translations` refreshes them after UI texts changed: it regenerates
# ui/i18n_domain.py from the domain's texts, runs lupdate over the UI (new texts come in
# unfinished, vanished ones go) and compiles. ui/bulk joins the scan once it is translated.
TS_FILES     := $(wildcard resources/i18n/*.ts)
QM_DIR       := zalo_composer/resources/i18n
QM_FILES     := $(patsubst resources/i18n/%.ts,$(QM_DIR)/%.qm,$(TS_FILES))
I18N_SOURCES  = $(sort $(shell find zalo_composer/ui -name '*.py'))
.PHONY: translations qm

define lrelease_all
	@mkdir -p $(QM_DIR)
	@for ts in $(TS_FILES); do \
	  $(BIN)/pyside6-lrelease -silent $$ts -qm $(QM_DIR)/$$(basename $$ts .ts).qm || exit 1; done
endef

qm: $(QM_FILES)

$(QM_DIR)/%.qm: resources/i18n/%.ts | $(STAMP)
	@mkdir -p $(QM_DIR)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(BIN)/python packaging/gen_i18n_domain.py
	@for ts in $(TS_FILES); do cp $$ts $$ts.before; done
	$(BIN)/pyside6-lupdate -silent -no-obsolete $(I18N_SOURCES) -ts $(TS_FILES)
	@for ts in $(TS_FILES); do $(BIN)/python packaging/reuse_translations.py $$ts.before $$ts \
	  && rm $$ts.before || exit 1; done
	$(BIN)/pyside6-lupdate -silent -no-obsolete $(I18N_SOURCES) -ts $(TS_FILES)
	$(lrelease_all)
