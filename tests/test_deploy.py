"""The deployment files: the compose file as docker-compose reads it, the systemd unit as
systemd-analyze verifies it, the Dockerfile and its pinned requirements, and the deployment
notes naming every setting.

No Docker engine runs here: nothing builds the image. tests/run-suite installs docker-compose
(Debian's package, which needs no engine) when it runs as root; elsewhere a missing tool skips
its test with the reason.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "crmbot.service"
INSTALLED_CRMBOT = "/opt/crmbot/venv/bin/crmbot"
SETTINGS = sorted(name.upper() for name in Settings.model_fields)


def compose_config(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `docker-compose -f deploy/compose.yml config` with only `env` (no deploy/.env)."""
    tool = shutil.which("docker-compose")
    if tool is None:
        pytest.skip("docker-compose is not installed (tests/run-suite installs it as root)")
    empty = tmp_path / "empty.env"
    empty.write_text("")
    return subprocess.run(
        [tool, "--env-file", str(empty), "-f", str(DEPLOY / "compose.yml"), "config"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def compose(tmp_path: Path) -> dict[str, Any]:
    done = compose_config(tmp_path, TELEGRAM_BOT_TOKEN="123456:token", POSTGRES_PASSWORD="pw")
    assert done.returncode == 0, done.stderr
    config = yaml.safe_load(done.stdout)
    assert isinstance(config, dict)
    return config


def test_compose_starts_postgresql_then_migrations_then_the_bot(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"db", "migrate", "bot"}
    db, migrate, bot = services["db"], services["migrate"], services["bot"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert migrate["command"] == ["db", "upgrade"]
    assert migrate["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert bot["command"] == ["run"]
    assert bot["depends_on"] == {
        "db": {"condition": "service_healthy"},
        "migrate": {"condition": "service_completed_successfully"},
    }
    # Both crmbot services run the image built here, never one pulled by name.
    for service in (migrate, bot):
        assert service["build"]["dockerfile"] == "deploy/Dockerfile"
        assert Path(service["build"]["context"]) == ROOT
    assert db["restart"] == bot["restart"] == "unless-stopped"
    assert migrate["restart"] == "no"
    # The health check asks the bot's own /healthz on the port its HTTP server listens on.
    assert "http://127.0.0.1:8080/healthz" in " ".join(bot["healthcheck"]["test"])
    assert bot["environment"]["CRMBOT_HTTP_PORT"] == "8080"
    assert bot["ports"] == ["127.0.0.1:8080:8080/tcp"]
    # Data in named volumes, which outlive the containers.
    assert set(compose["volumes"]) == {"pgdata", "crmbot-data"}
    assert db["volumes"] == ["pgdata:/var/lib/postgresql/data:rw"]
    assert bot["volumes"] == ["crmbot-data:/var/lib/crmbot:rw"]


def test_compose_passes_every_setting_and_points_the_bot_at_its_database(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("migrate", "bot"):
        environment = compose["services"][name]["environment"]
        missing = [s for s in SETTINGS if s not in environment]
        assert not missing, f"add to x-crmbot-settings in deploy/compose.yml: {missing}"
        assert environment["DATABASE_URL"] == "postgresql+psycopg://crmbot:pw@db:5432/crmbot"
        assert environment["TELEGRAM_BOT_TOKEN"] == "123456:token"
        # Unset settings reach the bot empty, which it reads as "the default".
        assert environment["CRMBOT_LOG_LEVEL"] == ""
    for name in SETTINGS:
        monkeypatch.setenv(name, "")
    assert Settings(_env_file=None).crmbot_log_level == "INFO"  # type: ignore[call-arg]


def test_compose_refuses_to_start_without_a_token_or_a_database_password(
    tmp_path: Path,
) -> None:
    done = compose_config(tmp_path, POSTGRES_PASSWORD="pw")
    assert done.returncode != 0 and "set TELEGRAM_BOT_TOKEN in deploy/.env" in done.stderr
    done = compose_config(tmp_path, TELEGRAM_BOT_TOKEN="123456:token")
    assert done.returncode != 0 and "set POSTGRES_PASSWORD in deploy/.env" in done.stderr


def unit_lines(text: str) -> list[tuple[str, str, str]]:
    """Return (section, key, value) for each setting of a unit file."""
    section, found = "", []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif line and not line.startswith("#"):
            key, _, value = line.partition("=")
            found.append((section, key, value))
    return found


def verify(unit: Path) -> str:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed")
    done = subprocess.run(
        [tool, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=120
    )
    return f"exit {done.returncode}\n{done.stdout}{done.stderr}".strip()


def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    text = UNIT.read_text()
    crmbot = Path(sys.executable).parent / "crmbot"
    assert crmbot.is_file()
    # systemd-analyze checks that the commands exist; crmbot is not installed under /opt here,
    # so the unit is verified as a copy that differs only by the path to crmbot.
    assert text.count(INSTALLED_CRMBOT) == 2
    copy = tmp_path / "crmbot.service"
    copy.write_text(text.replace(INSTALLED_CRMBOT, str(crmbot)))
    assert verify(copy) == "exit 0"
    # The unit as shipped has nothing else to say than that the path is missing here.
    missing = (
        f"crmbot.service: Command {INSTALLED_CRMBOT} is not executable: No such file or directory"
    )
    complaints = verify(UNIT).splitlines()[1:]
    assert complaints and all(c == missing for c in complaints)
    # And the check is not blind: a misspelt key and a bad value are reported.
    broken = tmp_path / "broken" / "crmbot.service"
    broken.parent.mkdir()
    broken.write_text(
        copy.read_text()
        .replace("NoNewPrivileges=yes", "NoNewPrivilege=yes")
        .replace("Restart=on-failure", "Restart=sometimes")
    )
    report = verify(broken)
    assert "Unknown key 'NoNewPrivilege'" in report and "sometimes" in report


def test_the_unit_migrates_first_runs_as_its_own_user_and_is_hardened() -> None:
    lines = [(key, value) for section, key, value in unit_lines(UNIT.read_text())
             if section == "Service"]  # fmt: skip
    service = dict(lines)
    assert service["User"] == "crmbot" and service["Group"] == "crmbot"
    assert service["EnvironmentFile"] == "/etc/crmbot/crmbot.env"
    assert service["ExecStartPre"] == f"{INSTALLED_CRMBOT} db upgrade"
    assert service["ExecStart"] == f"{INSTALLED_CRMBOT} run"
    assert service["Restart"] == "on-failure"
    assert service["StateDirectory"] == "crmbot"
    assert ("Environment", "DATA_DIR=/var/lib/crmbot") in lines
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "CapabilityBoundingSet": "",
    }.items():
        assert service[key] == value, key


def dockerfile() -> list[tuple[str, str]]:
    """Return the Dockerfile's instructions as (INSTRUCTION, arguments), continuations joined."""
    text = re.sub(r"\\\n", " ", (DEPLOY / "Dockerfile").read_text())
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, arguments = line.partition(" ")
            found.append((instruction.upper(), " ".join(arguments.split())))
    return found


def test_the_image_runs_as_an_unprivileged_user_it_creates() -> None:
    steps = dockerfile()
    users = [i for i, (instruction, _) in enumerate(steps) if instruction == "USER"]
    assert users, "the image must not run as root"
    last = steps[users[-1]][1]
    assert last not in ("root", "0") and not last.startswith(("root:", "0:"))
    created = [args for instruction, args in steps if instruction == "RUN" and "useradd" in args]
    assert created and re.search(rf"useradd .*--system .*\b{re.escape(last)}\b", created[0])
    # Nothing runs after USER but the bot: no step switches back to root.
    assert all(instruction != "RUN" for instruction, _ in steps[users[-1] :])
    assert steps[-2:] == [("ENTRYPOINT", '["crmbot"]'), ("CMD", '["run"]')]


def test_the_image_installs_the_pinned_requirements_then_crmbot_from_pyproject() -> None:
    steps = dockerfile()
    base = steps[0]
    lock = (DEPLOY / "requirements.txt").read_text()
    python = re.search(r"^# Python (\d+\.\d+) ", lock, re.M)
    assert python and base == ("FROM", f"python:{python[1]}-slim")
    runs = [args for instruction, args in steps if instruction == "RUN"]
    copies = [args for instruction, args in steps if instruction == "COPY"]
    assert "pip install --requirement deploy/requirements.txt" in runs
    assert "pip install --no-deps . && pip check" in runs
    assert runs.index("pip install --requirement deploy/requirements.txt") < runs.index(
        "pip install --no-deps . && pip check"
    )
    # Everything copied exists; what pip builds from is there (pyproject.toml and its readme).
    sources = [part for args in copies for part in args.split()[:-1]]
    assert {"pyproject.toml", "README.md", "bot", "extractors", "storage"} <= set(sources)
    for source in sources:
        assert (ROOT / source).exists(), source
    ignored = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert not set(sources) & set(ignored)


def test_the_pins_satisfy_pyproject() -> None:
    pins: dict[str, str] = {}
    for line in (DEPLOY / "requirements.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for text in project["dependencies"]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not pinned: run deploy/freeze-requirements"
        assert requirement.specifier.contains(pins[name]), (name, pins[name])
    # The test tools stay out of the image.
    for text in project["optional-dependencies"]["dev"]:
        assert canonicalize_name(Requirement(text).name) not in pins, text


def test_the_deployment_notes_name_every_setting() -> None:
    notes = (DEPLOY / "README.md").read_text()
    missing = [name for name in SETTINGS if f"`{name}`" not in notes]
    assert not missing, f"document in deploy/README.md: {missing}"
