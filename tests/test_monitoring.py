"""deploy/kubernetes/monitoring: the rules pass promtool, every alert has a unit test that fires,
the dashboard is sound, and everything names only metrics the code exports."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MONITORING = ROOT / "deploy" / "kubernetes" / "monitoring"
PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(PROMTOOL is None, reason="promtool (Debian's prometheus) is missing")


def rule_file(tmp_path: Path) -> Path:
    """The PrometheusRule's ``spec``, as the plain rule file Prometheus and promtool read."""
    rule = yaml.safe_load((MONITORING / "prometheusrule.yaml").read_text())
    assert rule["kind"] == "PrometheusRule"
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(rule["spec"]))
    return path


def alerts() -> list[dict[str, Any]]:
    rule = yaml.safe_load((MONITORING / "prometheusrule.yaml").read_text())
    return [r for group in rule["spec"]["groups"] for r in group["rules"] if "alert" in r]


def exported_metrics() -> set[str]:
    names = set()
    for source in (ROOT / "world" / "metrics.py", ROOT / "ops" / "metrics.py"):
        names |= set(re.findall(r'"(kakurega_[a-z_]+)"', source.read_text()))
    text = (ROOT / "world" / "metrics.py").read_text() + (ROOT / "ops" / "metrics.py").read_text()
    counters = {n for n in names if re.search(rf'CounterMetricFamily\(\s*"{n}"', text)}
    histograms = {n for n in names if re.search(rf'HistogramMetricFamily\(\s*"{n}"', text)}
    unit_counters = {n for n in counters if re.search(rf'"{n}",[^)]*unit="bytes"', text, re.S)}
    series = (names - counters - histograms) | {f"{n}_total" for n in counters}
    series |= {f"{n}_bytes_total" for n in unit_counters}
    series |= {f"{n}_{suffix}" for n in histograms for suffix in ("bucket", "sum", "count")}
    # The process collector (prometheus_client): what sizing and the memory alert rest on.
    series |= {"process_resident_memory_bytes", "process_cpu_seconds_total", "process_open_fds"}
    return series


def metric_names(expr: str) -> set[str]:
    return set(re.findall(r"\b((?:kakurega|process)_[a-z_]+)\b", expr))


@needs_promtool
def test_the_rules_pass_promtool_check(tmp_path: Path) -> None:
    result = subprocess.run(
        [PROMTOOL, "check", "rules", str(rule_file(tmp_path))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_every_alert_fires_in_its_unit_test(tmp_path: Path) -> None:
    rule_file(tmp_path)
    shutil.copy(MONITORING / "rules_test.yaml", tmp_path / "rules_test.yaml")
    result = subprocess.run(
        [PROMTOOL, "test", "rules", "rules_test.yaml"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    cases = yaml.safe_load((MONITORING / "rules_test.yaml").read_text())["tests"]
    fired = {
        case["alertname"]
        for test in cases
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert fired == {a["alert"] for a in alerts()}, "every alert has a case in which it fires"


@needs_promtool
def test_a_broken_rule_fails_the_check(tmp_path: Path) -> None:
    # The check can fail: a rule with a syntax error is refused.
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump({"groups": [{"name": "x", "rules": [{"alert": "X", "expr": "rate("}]}]}))
    assert subprocess.run([PROMTOOL, "check", "rules", str(broken)], capture_output=True).returncode != 0


def test_the_issues_alerts_are_all_there_and_point_at_the_runbook() -> None:
    wanted = {
        "KakuregaBrokerDown": "kakurega_broker_reachable",
        "KakuregaDrainStuck": "kakurega_draining",
        "KakuregaTickSlow": "kakurega_tick_duration_seconds_bucket",
        "KakuregaRefusingFull": "kakurega_connections_refused_total",
        "KakuregaConnectionsNearCap": "kakurega_max_connections",
        "KakuregaPostsWaiting": "kakurega_posts_oldest_waiting_seconds",
        "KakuregaRobotEngineErrors": "kakurega_robot_engine_replies_total",
        "KakuregaMemoryNearLimit": "process_resident_memory_bytes",
    }
    found = {a["alert"]: a for a in alerts()}
    doc = (ROOT / "docs" / "operations.md").read_text()
    anchors = {heading_anchor(line) for line in doc.splitlines() if line.startswith("#")}
    for name, metric in wanted.items():
        assert metric in found[name]["expr"], name
    for alert in found.values():
        assert alert["labels"]["severity"] in ("page", "ticket"), alert["alert"]
        runbook = alert["annotations"]["runbook"]
        assert runbook.startswith("docs/operations.md#") and runbook.split("#")[1] in anchors, runbook
        assert metric_names(alert["expr"]) <= exported_metrics(), alert["alert"]


def heading_anchor(line: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    text = line.lstrip("#").strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def dashboard() -> dict[str, Any]:
    return json.loads((MONITORING / "dashboard.json").read_text())


def test_the_dashboard_is_sound_and_covers_what_the_pager_needs() -> None:
    board = dashboard()
    assert board["uid"] and board["title"] and isinstance(board["schemaVersion"], int)
    panels = board["panels"]
    assert len({p["id"] for p in panels}) == len(panels), "panel ids are unique"
    for panel in panels:
        assert panel["type"] in ("timeseries", "stat"), panel["title"]
        assert {"h", "w", "x", "y"} <= set(panel["gridPos"]), panel["title"]
        assert panel["datasource"]["uid"] == "${datasource}", panel["title"]
        refs = [t["refId"] for t in panel["targets"]]
        assert refs and len(set(refs)) == len(refs), panel["title"]
        for target in panel["targets"]:
            assert metric_names(target["expr"]) <= exported_metrics(), (panel["title"], target["expr"])
    assert any(v["name"] == "datasource" for v in board["templating"]["list"])
    titles = " | ".join(p["title"].lower() for p in panels)
    for topic in ("connections", "visitors per room", "tick", "frames", "broker", "posts", "robot"):
        assert topic in titles, topic
    # Visitors per room are the same cluster-wide figure on every pod: never summed.
    for panel in panels:
        for target in panel["targets"]:
            if "kakurega_room_visitors" in target["expr"]:
                assert target["expr"].startswith("max by (room)"), target["expr"]


@needs_promtool
def test_every_dashboard_query_is_valid_promql(tmp_path: Path) -> None:
    # promtool parses each query as a recording rule ($__rate_interval as Grafana would fill it).
    rules = [
        {
            "record": f"dashboard:panel{panel['id']}:{target['refId']}",
            "expr": target["expr"].replace("$__rate_interval", "1m"),
        }
        for panel in dashboard()["panels"]
        for target in panel["targets"]
    ]
    path = tmp_path / "dashboard-rules.yaml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    result = subprocess.run([PROMTOOL, "check", "rules", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_pod_monitor_scrapes_the_port_the_pods_serve_metrics_on() -> None:
    monitor = yaml.safe_load((MONITORING / "podmonitor.yaml").read_text())
    deployment = yaml.safe_load((ROOT / "deploy" / "kubernetes" / "deployment.yaml").read_text())
    template = deployment["spec"]["template"]
    ports = {p["name"] for p in template["spec"]["containers"][0]["ports"]}
    endpoint = monitor["spec"]["podMetricsEndpoints"][0]
    assert endpoint["port"] in ports and endpoint["path"] == "/metrics"
    labels = template["metadata"]["labels"]
    assert all(labels.get(k) == v for k, v in monitor["spec"]["selector"]["matchLabels"].items())


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_the_monitoring_kustomization_renders() -> None:
    rendered = subprocess.run(
        ["kubectl", "kustomize", str(MONITORING)], check=True, capture_output=True, text=True
    ).stdout
    kinds = {d["kind"] for d in yaml.safe_load_all(rendered) if d}
    assert kinds == {"PodMonitor", "PrometheusRule", "ConfigMap"}
