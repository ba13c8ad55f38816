"""Checks of deploy/ against the real code: manifests, image layout, Redis and nginx settings.

Run from the repository root:  .venv/bin/pytest deploy/test_deploy.py
Needs PyYAML (not a project dependency: ``.venv/bin/pip install pyyaml``). The Redis and
nginx checks run real ``redis-server`` and ``nginx`` and are skipped where those are missing;
the kustomize check needs ``kubectl``. Docker is not needed: the image layout is checked by
copying the tree through the ignore file and serving it from there, as the image does.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import gzip
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgpack
import pytest
import websockets
import yaml

import settings
from loadtest.nginx import configure as configure_nginx
from tests.support.servers import free_port
from world.limits import Limits

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
KUBE = DEPLOY / "kubernetes"


def manifests() -> dict[tuple[str, str], dict[str, Any]]:
    """Every Kubernetes object in deploy/kubernetes, by (kind, name)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(KUBE.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for document in yaml.safe_load_all(path.read_text()):
            if document is not None:
                found[(document["kind"], document["metadata"]["name"])] = document
    return found


def containers(deployment: dict[str, Any]) -> list[dict[str, Any]]:
    return deployment["spec"]["template"]["spec"]["containers"]


def wait_for_http(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url, timeout=1)
            return
        time.sleep(0.2)
    raise TimeoutError(url)


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def known_settings() -> set[str]:
    """Every KAKUREGA_* variable the server reads: the fields of ``settings.Settings``."""
    return {settings.variable(name) for name in settings.Settings.model_fields} | {"KAKUREGA_BROKER_URL"}


# -- the manifests ------------------------------------------------------------------------


def test_every_manifest_parses_and_names_its_kind() -> None:
    found = manifests()
    kinds = {kind for kind, _ in found}
    assert {
        "Namespace",
        "ConfigMap",
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "NetworkPolicy",
        "Ingress",
    } <= kinds
    for (kind, name), document in found.items():
        assert document.get("apiVersion"), (kind, name)


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_kustomize_renders_everything_into_one_namespace() -> None:
    rendered = subprocess.run(
        ["kubectl", "kustomize", str(KUBE)], check=True, capture_output=True, text=True
    ).stdout
    documents = [d for d in yaml.safe_load_all(rendered) if d]
    # Every file's objects plus the generated Redis ConfigMap.
    assert len(documents) == len(manifests()) + 1
    for document in documents:
        if document["kind"] != "Namespace":
            assert document["metadata"]["namespace"] == "kakurega", document["metadata"]["name"]
    deployments = {d["metadata"]["name"]: d for d in documents if d["kind"] == "Deployment"}
    redis = deployments["kakurega-redis"]
    config = redis["spec"]["template"]["spec"]["volumes"][0]["configMap"]["name"]
    assert config.startswith("kakurega-redis-config-"), "the generated name (with its hash) is used"
    web = deployments["kakurega"]
    assert containers(web)[0]["image"].endswith("/kakurega:0.1.0")


def test_selectors_find_the_pods_they_mean() -> None:
    found = manifests()
    web = found[("Deployment", "kakurega")]
    redis = found[("Deployment", "kakurega-redis")]
    web_labels = web["spec"]["template"]["metadata"]["labels"]
    redis_labels = redis["spec"]["template"]["metadata"]["labels"]

    def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
        return all(labels.get(key) == value for key, value in selector.items())

    assert selects(web["spec"]["selector"]["matchLabels"], web_labels)
    assert selects(found[("Service", "kakurega")]["spec"]["selector"], web_labels)
    assert selects(found[("PodDisruptionBudget", "kakurega")]["spec"]["selector"]["matchLabels"], web_labels)
    assert selects(found[("Service", "kakurega-redis")]["spec"]["selector"], redis_labels)
    assert not selects(found[("Service", "kakurega-redis")]["spec"]["selector"], web_labels)
    policy = found[("NetworkPolicy", "kakurega-redis")]["spec"]
    assert selects(policy["podSelector"]["matchLabels"], redis_labels)
    assert selects(policy["ingress"][0]["from"][0]["podSelector"]["matchLabels"], web_labels)
    hpa = found[("HorizontalPodAutoscaler", "kakurega")]["spec"]
    assert hpa["scaleTargetRef"]["name"] == "kakurega"
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (3, 12)
    assert "replicas" not in web["spec"], "kubectl apply would reset what the HPA scaled to"
    assert found[("PodDisruptionBudget", "kakurega")]["spec"]["maxUnavailable"] == 1
    # The Ingress and the Service agree on the port's name, the Service and the pod on theirs.
    backend = found[("Ingress", "kakurega")]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    service_ports = {p["name"]: p for p in found[("Service", "kakurega")]["spec"]["ports"]}
    assert backend["name"] == "kakurega" and backend["port"]["name"] in service_ports
    container_ports = {p["name"] for p in containers(web)[0]["ports"]}
    assert service_ports[backend["port"]["name"]]["targetPort"] in container_ports


def test_polling_reaches_the_pod_that_holds_its_session() -> None:
    found = manifests()
    web_labels = found[("Deployment", "kakurega")]["spec"]["template"]["metadata"]["labels"]
    poll = found[("Ingress", "kakurega-poll")]
    (path,) = poll["spec"]["rules"][0]["http"]["paths"]
    assert (path["path"], path["pathType"]) == ("/poll", "Prefix")
    assert path["backend"]["service"]["name"] == "kakurega-poll"
    service = found[("Service", "kakurega-poll")]["spec"]
    assert all(web_labels.get(key) == value for key, value in service["selector"].items())
    assert path["backend"]["service"]["port"]["name"] in {p["name"] for p in service["ports"]}
    annotations = poll["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/upstream-hash-by"] == "$arg_r"
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) > 25 + 5
    # The same host, so the same origin: the client's Origin check passes.
    assert poll["spec"]["rules"][0]["host"] == found[("Ingress", "kakurega")]["spec"]["rules"][0]["host"]


def test_data_fails_closed_and_redis_is_not_evicted_by_a_drain() -> None:
    found = manifests()
    web = found[("Deployment", "kakurega")]
    secrets = [source["secretRef"] for source in containers(web)[0]["envFrom"] if "secretRef" in source]
    # Without the Secret each pod would use its own SQLite file and key: the pod must not start.
    assert secrets and not any(ref.get("optional") for ref in secrets)
    redis_labels = found[("Deployment", "kakurega-redis")]["spec"]["template"]["metadata"]["labels"]
    budget = found[("PodDisruptionBudget", "kakurega-redis")]["spec"]
    assert all(redis_labels.get(k) == v for k, v in budget["selector"]["matchLabels"].items())
    assert budget["minAvailable"] == 1
    # A rollout moves one pod's visitors at a time, onto a pod that has settled.
    assert web["spec"]["minReadySeconds"] >= 5
    assert web["spec"]["strategy"]["rollingUpdate"] == {"maxSurge": 1, "maxUnavailable": 0}


def test_migrations_run_once_as_a_job_and_pods_do_not_migrate() -> None:
    found = manifests()
    job = found[("Job", "kakurega-migrate")]["spec"]["template"]["spec"]
    assert job["containers"][0]["command"] == ["kakurega", "migrate"]
    web = containers(found[("Deployment", "kakurega")])[0]
    assert job["containers"][0]["envFrom"] == web["envFrom"], "the Job sees the pods' database"
    data = found[("ConfigMap", "kakurega-config")]["data"]
    assert data["KAKUREGA_MIGRATE"] == "0"
    # Pods × pool under PostgreSQL's default max_connections (100), with room for the Job.
    hpa = found[("HorizontalPodAutoscaler", "kakurega")]["spec"]
    assert hpa["maxReplicas"] * int(data["KAKUREGA_DATABASE_POOL"]) <= 90


def test_the_gateway_api_route_reaches_the_services_and_never_times_out_a_websocket() -> None:
    documents = [d for d in yaml.safe_load_all((KUBE / "gateway" / "httproute.yaml").read_text()) if d]
    by_kind = {d["kind"]: d for d in documents}
    route, gateway = by_kind["HTTPRoute"]["spec"], by_kind["Gateway"]
    assert route["parentRefs"][0]["name"] == gateway["metadata"]["name"]
    services = {
        name: {p["port"] for p in doc["spec"]["ports"]}
        for (kind, name), doc in manifests().items()
        if kind == "Service"
    }
    rules = {rule["matches"][0]["path"]["value"]: rule for rule in route["rules"]}
    for rule in rules.values():
        for backend in rule["backendRefs"]:
            assert backend["port"] in services[backend["name"]], backend
    assert rules["/"]["backendRefs"][0]["name"] == "kakurega"
    assert rules["/"]["timeouts"]["request"] == "0s", "a request timeout would cut every WebSocket"
    assert rules["/poll"]["backendRefs"][0]["name"] == "kakurega-poll"
    if shutil.which("kubectl"):
        rendered = subprocess.run(
            ["kubectl", "kustomize", str(KUBE / "gateway")], check=True, capture_output=True, text=True
        ).stdout
        assert {d["kind"] for d in yaml.safe_load_all(rendered) if d} == {"Gateway", "HTTPRoute"}


def test_grace_period_covers_prestop_drain_and_shutdown() -> None:
    found = manifests()
    pod = found[("Deployment", "kakurega")]["spec"]["template"]["spec"]
    container = pod["containers"][0]
    prestop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert prestop[0] == "sleep"
    config = found[("ConfigMap", "kakurega-config")]["data"]
    drain = float(config.get("KAKUREGA_DRAIN_TIMEOUT", Limits().drain_timeout))
    graceful = re.search(r"GRACEFUL_SHUTDOWN_SECONDS = (\d+)", (ROOT / "command.py").read_text())
    assert graceful, "command.py no longer sets uvicorn's graceful shutdown: re-check the arithmetic"
    leaving_redis = 1.0  # the goodbye script's timeout
    needed = float(prestop[1]) + drain + int(graceful.group(1)) + leaving_redis
    assert pod["terminationGracePeriodSeconds"] >= needed + 5, needed
    # Readiness is what takes a draining pod out of the Service: it must point at /readyz.
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    strategy = found[("Deployment", "kakurega")]["spec"]["strategy"]["rollingUpdate"]
    assert strategy["maxUnavailable"] == 0


def test_pods_are_non_root_with_a_read_only_root() -> None:
    found = manifests()
    for name in ("kakurega", "kakurega-redis"):
        pod = found[("Deployment", name)]["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] != 0
        assert pod["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
        for container in pod["containers"]:
            context = container["securityContext"]
            assert context["allowPrivilegeEscalation"] is False
            assert context["readOnlyRootFilesystem"] is True
            assert context["capabilities"]["drop"] == ["ALL"]
    web = found[("Deployment", "kakurega")]["spec"]["template"]["spec"]
    mounts = {m["mountPath"]: m["name"] for m in web["containers"][0]["volumeMounts"]}
    volumes = {v["name"]: v for v in web["volumes"]}
    assert "emptyDir" in volumes[mounts["/app/var"]]
    # The Redis pod must never run twice at once (two Redis behind one Service split the counts).
    assert found[("Deployment", "kakurega-redis")]["spec"]["strategy"]["type"] == "Recreate"


def test_probes_name_endpoints_the_app_serves() -> None:
    from server import create_app

    paths = {getattr(route, "path", None) for route in create_app().routes}
    web = manifests()[("Deployment", "kakurega")]
    container = containers(web)[0]
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert container[probe]["httpGet"]["path"] in paths, probe
    assert {"/healthz", "/readyz", "/ws"} <= paths
    assert "/metrics" not in paths, "metrics have a port of their own (KAKUREGA_METRICS_PORT)"
    metrics = next(p for p in container["ports"] if p["name"] == "metrics")["containerPort"]
    data = manifests()[("ConfigMap", "kakurega-config")]["data"]
    assert data["KAKUREGA_METRICS_PORT"] == str(metrics)


def test_configmap_sets_only_settings_the_code_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    data = manifests()[("ConfigMap", "kakurega-config")]["data"]
    unknown = {name for name in data if name.startswith("KAKUREGA_")} - known_settings()
    assert not unknown, f"not read anywhere (a typo?): {sorted(unknown)}"
    assert all(isinstance(value, str) for value in data.values()), "ConfigMap values must be strings"
    # Every value in it must pass the server's own checks.
    for name, value in data.items():
        monkeypatch.setenv(name, value)
    settings.load_settings()


def test_operations_doc_describes_every_setting() -> None:
    doc = (ROOT / "docs" / "operations.md").read_text()
    # The tables themselves are generated from settings.py (tests/test_settings.py checks them).
    missing = {name for name in known_settings() if name not in doc}
    assert not missing, f"docs/operations.md does not mention {sorted(missing)}"
    exported = {
        name
        for source in (ROOT / "world" / "metrics.py", ROOT / "ops" / "metrics.py")
        for name in re.findall(r'"(kakurega_[a-z_]+)"', source.read_text())
    }
    assert exported, "world/metrics.py and ops/metrics.py name their metrics"
    undocumented = {name for name in exported if name not in doc}
    assert not undocumented, f"docs/operations.md does not describe {sorted(undocumented)}"


# -- the image ----------------------------------------------------------------------------


def dockerfile_stages() -> list[list[str]]:
    """Instructions (continuation lines joined) grouped by FROM."""
    text = re.sub(r"\\\n\s*", " ", (DEPLOY / "Dockerfile").read_text())
    stages: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            stages.append([])
        if stages:
            stages[-1].append(line)
        elif not line.upper().startswith("ARG "):
            raise AssertionError(f"instruction before the first FROM: {line}")
    return stages


def test_dockerfile_final_stage_runs_as_asked() -> None:
    stages = dockerfile_stages()
    assert len(stages) == 3
    final = stages[-1]
    by_word: dict[str, list[str]] = {}
    for line in final:
        word, _, rest = line.partition(" ")
        by_word.setdefault(word.upper(), []).append(rest)
    assert by_word["USER"][-1].split(":")[0] not in ("0", "root")
    assert by_word["EXPOSE"] == ["8000"]
    assert by_word["STOPSIGNAL"] == ["SIGTERM"]
    assert "/healthz" in by_word["HEALTHCHECK"][0]
    assert by_word["ENTRYPOINT"] == ['["kakurega", "serve", "--host", "0.0.0.0"]']
    assert "warning" in by_word["CMD"][0]
    arguments = (DEPLOY / "Dockerfile").read_text()
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in arguments
    # The final stage takes from the others only the venv and the msgpack build.
    copied_from = [line for line in final if line.startswith("COPY --from=")]
    assert all("/opt/venv" in line or "@msgpack/msgpack" in line for line in copied_from)


def ignored(relative: str, patterns: list[str]) -> bool:
    """Whether a path is excluded by .dockerignore patterns (the subset the file uses).

    As Docker does: a pattern matches from the root, component by component (``*`` stops at
    ``/``), ``**/`` matches at any depth, an excluded directory excludes what is inside it,
    and the last matching line wins (``!`` re-includes).
    """
    parts = relative.split("/")
    excluded = False
    for line in patterns:
        negate = line.startswith("!")
        pattern = line.removeprefix("!").strip("/")
        if pattern.startswith("**/"):
            hit = any(fnmatch.fnmatchcase(part, pattern[3:]) for part in parts)
        else:
            wanted = pattern.split("/")
            hit = len(parts) >= len(wanted) and all(
                fnmatch.fnmatchcase(part, piece) for part, piece in zip(parts, wanted, strict=False)
            )
        if hit:
            excluded = not negate
    return excluded


def ignore_patterns() -> list[str]:
    lines = (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def image_tree(target: Path) -> None:
    """What `COPY . .` puts in /app: the repository through the ignore file, plus the msgpack build."""
    patterns = ignore_patterns()
    for directory, subdirectories, files in os.walk(ROOT):
        base = Path(directory).relative_to(ROOT)
        # Do not walk into what is ignored (.venv, node_modules, .git are large).
        subdirectories[:] = [d for d in subdirectories if not ignored((base / d).as_posix(), patterns)]
        for name in files:
            relative = (base / name).as_posix()
            if not ignored(relative, patterns):
                (target / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / relative, target / relative)
    msgpack = ROOT / "node_modules" / "@msgpack" / "msgpack" / "dist.esm"
    shutil.copytree(msgpack, target / "node_modules" / "@msgpack" / "msgpack" / "dist.esm")


def test_ignore_file_keeps_what_runs_and_drops_local_state() -> None:
    patterns = ignore_patterns()
    for needed in (
        "server.py",
        "world/hub.py",
        "rooms/catalogue.py",
        "safety/lexicon/names.toml",
        "templates/base.html",
        "static/css",
        "assets/rooms",
        "pyproject.toml",
    ):
        assert not ignored(needed, patterns), needed
    for optional in ("alembic.ini", "migrations/env.py", "staff/__init__.py"):
        if (ROOT / optional).exists():
            assert not ignored(optional, patterns), optional
    for dropped in (
        ".venv/bin/python",
        ".git/HEAD",
        "var/kakurega.db",
        "node_modules/x",
        "tests/x.py",
        "world/__pycache__/hub.cpython-311.pyc",
        ".env",
        "kakurega.egg-info/PKG-INFO",
    ):
        assert ignored(dropped, patterns), dropped


def test_the_image_tree_serves_pages_from_where_it_is_copied(tmp_path: Path) -> None:
    app = tmp_path / "app"
    image_tree(app)
    (app / "var").mkdir()
    (app / "static" / "image-check.txt").write_text("served from the copy\n")
    port = free_port()
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(app),
        "PYTHONDONTWRITEBYTECODE": "1",
        "KAKUREGA_PORT": str(port),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", "import server; server.main()", "serve", "--log-level", "warning"],
        cwd=app,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/healthz")
        base = f"http://127.0.0.1:{port}"
        assert get(f"{base}/static/image-check.txt")[2] == b"served from the copy\n"
        assert get(f"{base}/readyz")[0] == 200
        status, _, page = get(f"{base}/")
        assert status == 200 and "かくれが" in page.decode()
        status, headers, _ = get(f"{base}/static/vendor/msgpack/index.mjs")
        assert status == 200 and "javascript" in headers["content-type"]
    finally:
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=30)[0].decode()
    # uvicorn re-raises the signal once it has shut down cleanly, so -SIGTERM is a clean exit.
    assert process.returncode in (0, -signal.SIGTERM), output
    assert "Traceback" not in output, output


# -- Redis --------------------------------------------------------------------------------


@contextlib.contextmanager
def redis_server(directory: Path) -> Iterator[int]:
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            str(KUBE / "redis.conf"),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).returncode:
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def redis_config(port: int, name: str) -> str:
    out = subprocess.run(
        ["redis-cli", "-p", str(port), "config", "get", name], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    return out[1] if len(out) > 1 else ""


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_redis_conf_keeps_nothing_and_holds_subscribers_longer(tmp_path: Path) -> None:
    with redis_server(tmp_path) as port:
        assert redis_config(port, "save") == ""
        assert redis_config(port, "appendonly") == "no"
        assert redis_config(port, "maxmemory-policy") == "noeviction"
        assert 0 < int(redis_config(port, "maxmemory")) <= 512 * 2**20
        limits = redis_config(port, "client-output-buffer-limit").split()
        pubsub = limits[limits.index("pubsub") + 1 : limits.index("pubsub") + 4]
        hard, soft, _seconds = map(int, pubsub)
        assert hard > 32 * 2**20 and soft > 8 * 2**20, "raised above Redis's default 32mb 8mb"
        assert hard < int(redis_config(port, "maxmemory"))
        assert redis_config(port, "timeout") == "0"
    assert not list(tmp_path.iterdir()), "Redis wrote something to disk"


# -- nginx in front of three instances ----------------------------------------------------


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, list[int]]]:
    """deploy/nginx/kakurega.conf (ports moved) in front of three instances sharing one Redis."""
    if shutil.which("nginx") is None or shutil.which("redis-server") is None:
        pytest.skip("needs nginx and redis-server")
    run = tmp_path_factory.mktemp("nginx")
    ports = [free_port() for _ in range(3)]
    listen = free_port()
    nginx = configure_nginx(run, ports, listen)
    checked = subprocess.run([*nginx, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    with redis_server(run) as redis_port:
        instances = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import server; server.main()",
                    "serve",
                    "--port",
                    str(port),
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env={
                    **os.environ,
                    "KAKUREGA_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
                    "KAKUREGA_SQLITE_WITH_REDIS": "1",  # three instances, one host, one file
                    "KAKUREGA_SECRET_KEY": "one-secret-for-the-three",
                    "KAKUREGA_MAX_PER_ADDRESS": "1",
                    "KAKUREGA_DATABASE_URL": f"sqlite:///{run}/k.db",
                    "KAKUREGA_METRICS_PORT": str(METRICS_PORTS.setdefault(port, free_port())),
                },
                stdout=(run / f"instance-{port}.log").open("wb"),
                stderr=subprocess.STDOUT,
            )
            for port in ports
        ]
        subprocess.run(nginx, check=True)
        try:
            for port in ports:
                wait_for_http(f"http://127.0.0.1:{port}/readyz")
            yield f"127.0.0.1:{listen}", run, ports
        finally:
            subprocess.run([*nginx, "-s", "quit"], check=False)
            for instance in instances:
                instance.send_signal(signal.SIGTERM)
            for instance in instances:
                instance.wait(timeout=30)


METRICS_PORTS: dict[int, int] = {}  # an instance's port -> its metrics port


def wait_until_empty(ports: list[int], timeout: float = 10.0) -> None:
    """Until no instance holds a connection (a closed socket is released asynchronously)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        metrics = [get(f"http://127.0.0.1:{METRICS_PORTS[port]}/metrics")[2].decode() for port in ports]
        if all(re.search(r"^kakurega_connections 0(\.0)?$", text, re.M) for text in metrics):
            return
        time.sleep(0.1)
    raise TimeoutError("connections still open")


async def hello(url: str, name: str, forged: str) -> tuple[Any, dict[str, Any]]:
    socket_ = await websockets.connect(
        url, subprotocols=["kakurega.v1"], additional_headers={"X-Forwarded-For": forged}
    )
    look = {"shape": "maru", "color": "mizu", "acc": "leaf"}
    with contextlib.suppress(websockets.ConnectionClosed):
        await socket_.send(msgpack.packb({"t": "hello", "v": 1, "name": name, "look": look, "room": "hoshi"}))
    return socket_, msgpack.unpackb(await asyncio.wait_for(socket_.recv(), 10))


def test_nginx_carries_websockets_and_the_visitor_address(proxied: tuple[str, Path, list[int]]) -> None:
    address, _, ports = proxied
    wait_until_empty(ports)

    async def scenario() -> list[dict[str, Any]]:
        # Each instance allows one connection per address (KAKUREGA_MAX_PER_ADDRESS=1) and
        # nginx spreads by least connections: three visitors fit, the fourth is refused, whatever
        # X-Forwarded-For the visitors forge, because nginx replaces it with their real address.
        opened = [
            await hello(f"ws://{address}/ws", name, f"198.51.100.{n}")
            for n, name in enumerate(["そら", "うみ", "くも", "ほし"], start=1)
        ]
        firsts = [first for _, first in opened]
        for socket_, _ in opened:
            await socket_.close()
        return firsts

    firsts = asyncio.run(scenario())
    assert [first["t"] for first in firsts[:3]] == ["welcome"] * 3
    assert firsts[3]["t"] == "bye" and firsts[3]["reason"] == "full"


def test_nginx_visitors_on_different_instances_see_each_other(
    proxied: tuple[str, Path, list[int]],
) -> None:
    address, _, ports = proxied
    wait_until_empty(ports)

    async def scenario() -> set[str]:
        first, _ = await hello(f"ws://{address}/ws", "あさ", "192.0.2.1")
        second, _ = await hello(f"ws://{address}/ws", "よる", "192.0.2.2")
        seen: set[str] = set()
        deadline = time.monotonic() + 5
        while "よる" not in seen and time.monotonic() < deadline:
            with contextlib.suppress(asyncio.TimeoutError):
                message = msgpack.unpackb(await asyncio.wait_for(first.recv(), 0.5))
                if message["t"] == "room":
                    seen |= {other["name"] for other in message["others"]}
                elif message["t"] == "tick":
                    seen |= {joined["name"] for joined in message.get("join", [])}
        await first.close()
        await second.close()
        return seen

    assert "よる" in asyncio.run(scenario())


def test_nginx_pages_static_metrics_and_logs(proxied: tuple[str, Path, list[int]]) -> None:
    address, run, _ = proxied
    request = urllib.request.Request(
        f"http://{address}/static/vendor/msgpack/index.mjs", headers={"Accept-Encoding": "gzip"}
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert response.headers.get_all("Vary") == ["Accept-Encoding"]
        assert b"export" in gzip.decompress(response.read())
    assert get(f"http://{address}/")[0] == 200
    assert get(f"http://{address}/metrics")[0] == 403
    # Neither nginx nor the instances (run as deployed) wrote a visitor's address: 127.0.0.1
    # here, or one of the forged ones.
    logs = list(run.glob("*.log"))
    assert any(log.name.startswith("instance-") for log in logs)
    for log in logs:
        text = log.read_text(errors="replace")
        assert "127.0.0.1" not in text and "198.51.100." not in text, log.name


def test_nginx_keeps_each_polling_session_on_its_instance(proxied: tuple[str, Path, list[int]]) -> None:
    """Two polling visitors and one on a WebSocket, through nginx to three instances, see each other.

    Each polling request is routed on its own; without the hash on ``r`` most would reach an
    instance that does not hold the session, and be answered 404.
    """
    from tests.support.visitors import PollConnection, PollVisitor, Visitor

    address, _, ports = proxied
    wait_until_empty(ports)

    async def polling(n: int, name: str) -> PollVisitor:
        # One loopback address each: the instances allow one connection per address here.
        connection = await PollConnection.open(
            f"http://{address}", route=f"route-{n}-{name}", local_address=f"127.0.0.{20 + n}"
        )
        visitor = PollVisitor(connection)
        await visitor.hello(name, room="tana")
        await visitor.wait_for(lambda f: f["t"] == "room")
        return visitor

    async def scenario() -> list[int]:
        one = await polling(1, "いけ")
        two = await polling(2, "はな")
        socket_ = Visitor(
            await websockets.connect(
                f"ws://{address}/ws", subprotocols=["kakurega.v1"], local_addr=("127.0.0.23", 0)
            )
        )
        await socket_.hello("かわ", room="tana")
        await socket_.wait_for(lambda f: f["t"] == "room")
        everyone = {one.you, two.you, socket_.you}
        for visitor in (one, two, socket_):
            await visitor.wait_for(lambda f, v=visitor: set(v.nook) | {v.you} == everyone, timeout=10)
        await socket_.walk(222, 555)
        await one.wait_for(lambda f: one.sees_at(socket_.you, 222, 555), timeout=10)
        await two.wait_for(lambda f: two.sees_at(socket_.you, 222, 555), timeout=10)
        await one.walk(333, 666)
        await socket_.wait_for(lambda f: socket_.sees_at(one.you, 333, 666), timeout=10)
        await two.wait_for(lambda f: two.sees_at(one.you, 333, 666), timeout=10)
        statuses = [r.status_code for v in (one, two) for r in v.connection.responses]
        for visitor in (one, two, socket_):
            await visitor.close()
        return statuses

    statuses = asyncio.run(scenario())
    assert len(statuses) >= 6 and set(statuses) == {200}
