# Kakurega: `make run` starts the server on http://127.0.0.1:8000, `make test` runs every test.
# Both install what they need first (a virtualenv in .venv, the browser libraries in node_modules).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LISTEN ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-test system-test-deps lint clean swarm loadtest lock

run: install
	KAKUREGA_LOG_FORMAT=$${KAKUREGA_LOG_FORMAT:-text} $(BIN)/kakurega serve --host $(LISTEN) --port $(PORT)

test: install-test system-test-deps
	$(BIN)/pytest

install: $(VENV)/.installed node_modules/.installed

install-test: install $(VENV)/.installed-test

# Versions come from constraints.txt, the same the image installs (deploy/Dockerfile).
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,load,train]'
	touch $@

# Re-resolve every Python dependency from pyproject.toml into constraints.txt (then: make test).
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet '.[test,load,train]'
	{ sed -n '1,/^$$/{/^#/p}' constraints.txt; .lock-venv/bin/pip freeze --exclude-editable | grep -v '^kakurega=='; } > constraints.new
	mv constraints.new constraints.txt
	rm -rf .lock-venv build *.egg-info

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The tests drive Debian's Chromium, start their own redis-server (and Sentinels), put nginx in
# front of several instances, and check the alert rules with promtool (Debian's prometheus);
# install them when missing.
system-test-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$$missing nginx-light"; \
	command -v promtool >/dev/null 2>&1 || missing="$$missing prometheus"; \
	command -v faketime >/dev/null 2>&1 || missing="$$missing faketime"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# A capacity run with its own server: make swarm VISITORS=10000 SECONDS=60 RAMP=500 (docs/performance.md)
VISITORS ?= 2000
SECONDS ?= 60
RAMP ?= 200
swarm: install-test
	$(BIN)/python -m loadtest.swarm --spawn --visitors $(VISITORS) --duration $(SECONDS) --ramp $(RAMP)

# Locust against a running server: make loadtest USERS=1000 RATE=50 DURATION=5m HOST=http://127.0.0.1:8000
USERS ?= 200
RATE ?= 20
DURATION ?= 2m
HOST ?= http://127.0.0.1:8000
loadtest: install-test
	mkdir -p loadtest/results
	$(BIN)/locust -f loadtest/locustfile.py --headless -u $(USERS) -r $(RATE) -t $(DURATION) --host $(HOST) \
	  --csv loadtest/results/locust --html loadtest/results/locust.html --only-summary

clean:
	rm -rf $(VENV) node_modules var .pytest_cache
