"""deploy/nginx/kakurega.conf on this machine: its upstreams moved to the instances' ports, its
listener to a free loopback port, its logs and temporary files into one run folder.

Shared by the reconnect storm (loadtest/storm.py) and the deploy checks (tests/test_deploy.py), so
both exercise the example config as it is shipped, changed in those places only.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "deploy" / "nginx" / "kakurega.conf"
UPSTREAMS = 3  # the example lists 127.0.0.1:8001-8003 in each upstream

MAIN = """
worker_processes 1;
{rlimit}pid {run}/nginx.pid;
error_log {run}/main.error.log {error_level};
events {{ worker_connections {worker_connections}; }}
http {{
    include /etc/nginx/mime.types;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    include {run}/kakurega.conf;
}}
"""


def configure(
    run: Path,
    ports: list[int],
    listen: int,
    *,
    worker_connections: int = 256,
    open_files: int | None = None,
    error_level: str = "warn",
) -> list[str]:
    """Writes the two config files into ``run``; returns the nginx command that uses them."""
    if len(ports) != UPSTREAMS:
        raise ValueError(f"the example config has {UPSTREAMS} upstream servers, not {len(ports)}")
    conf = EXAMPLE.read_text()
    for index, port in enumerate(ports, start=1):
        conf = conf.replace(f"127.0.0.1:800{index} ", f"127.0.0.1:{port} ")
    if conf.count(f"127.0.0.1:{ports[-1]} ") != 2:
        raise ValueError(f"{EXAMPLE} no longer lists 127.0.0.1:8001-8003 in both upstreams")
    conf = conf.replace("listen 80;", f"listen 127.0.0.1:{listen};").replace("listen [::]:80;", "")
    conf = conf.replace("/var/log/nginx/", f"{run}/")
    (run / "kakurega.conf").write_text(conf)
    rlimit = f"worker_rlimit_nofile {open_files};\n" if open_files else ""
    main = MAIN.format(run=run, rlimit=rlimit, error_level=error_level, worker_connections=worker_connections)
    (run / "nginx.conf").write_text(main)
    return ["nginx", "-p", str(run), "-c", str(run / "nginx.conf")]
