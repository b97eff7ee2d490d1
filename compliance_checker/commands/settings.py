"""Where `check`'s options come from: the command line over the configuration file over the defaults; how
the report is presented (colour, width, verbosity); rule ids as the user types them.

The configuration file's values become click's ``default_map`` for the command, so click itself makes the
command line win, and each value is checked by the option's own parser before the run starts: a bad key
or value is refused with the file, line and column where it is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import click
from click.core import ParameterSource

from compliance_checker import quickargs
from compliance_checker.config import ConfigFile, find_config
from compliance_checker.models.render import Verbosity
from compliance_checker.models.words import closest
from compliance_checker.quickargs import META_KEYS, as_written, long_name

SHOWN_MATCHES = 8  # a rule id prefix matching more rules lists this many of them


def _options(command: click.Command) -> dict[str, click.Option]:
    """The options a configuration file may set, by long name."""
    found: dict[str, click.Option] = {}
    for param in command.params:
        name = long_name(getattr(param, "opts", ()))
        if isinstance(param, click.Option) and name is not None and name not in META_KEYS:
            found[name] = param
    return found


def _default_map(ctx: click.Context, config: ConfigFile) -> dict[str, Any]:
    """The file's settings, checked by each option's own parser, as click's defaults by parameter name."""
    assert ctx.command is not None
    options = _options(ctx.command)
    defaults: dict[str, Any] = {}
    for setting in config.settings:
        param = options.get(setting.key)
        if param is None or param.name is None:
            near = closest(setting.key.replace("_", "-"), options)
            hint = f"; did you mean {near!r}?" if near else f"; known: {', '.join(sorted(options))}"
            raise config.error(setting, f"unknown option {setting.key!r}{hint}")
        value = as_written(config, setting, flag=param.is_flag, multiple=param.multiple)
        try:
            converted = param.type_cast_value(ctx, value)
            if param.callback is not None:
                param.callback(ctx, param, converted)
        except click.BadParameter as exc:
            raise config.error(setting, f"{setting.key}: {exc.message}", at_value=True) from None
        defaults[param.name] = value
    return defaults


def read_config_file(ctx: click.Context, param: click.Parameter, no_config: bool) -> None:
    """``--no-config``'s callback, run before every other option: unless it is given, find the
    configuration file and make its checked values the command's defaults."""
    if no_config or ctx.resilient_parsing:
        return
    config = find_config()
    if config is None:
        return
    ctx.meta["compliance_checker.config"] = config
    ctx.default_map = {**(ctx.default_map or {}), **_default_map(ctx, config)}


def _shown(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return str(value)


def show_config(ctx: click.Context) -> str:
    """Every option in effect and where it comes from, one per line."""
    assert ctx.command is not None
    config: ConfigFile | None = ctx.meta.get("compliance_checker.config")
    located = {s.key: config.where(s) for s in config.settings} if config is not None else {}
    head = f"configuration file: {config.name}" if config is not None else "configuration file: none found"
    lines = [head + (f" ({config.form})" if config is not None else "")]
    rows = []
    for key, param in _options(ctx.command).items():
        if param.name is None:
            continue
        value = ctx.params.get(param.name)
        if key == "output":
            value = [f"{fmt}={path}" for fmt, path in value or ()]
        source = ctx.get_parameter_source(param.name)
        origin = (
            {
                ParameterSource.COMMANDLINE: "command line",
                ParameterSource.ENVIRONMENT: "environment",
                ParameterSource.DEFAULT_MAP: located.get(key, "configuration file"),
            }.get(source, "default")
            if source is not None
            else "default"
        )
        rows.append((key, _shown(value), origin))
    width = max(len(k) for k, _, _ in rows)
    value_width = min(40, max(len(v) for _, v, _ in rows))
    lines += [f"{k.ljust(width)} = {v.ljust(value_width)}  # {o}" for k, v, o in rows]
    return "\n".join(lines) + "\n"


def _from_command_line(ctx: click.Context, name: str) -> bool:
    return ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE


def verbosity(ctx: click.Context, quiet: bool, verbose: bool) -> Verbosity:
    """-q and -v together: the one given on the command line wins over the configuration file's; both on
    the command line is a usage error."""
    on_line = [name for name in ("quiet", "verbose") if _from_command_line(ctx, name)]
    chosen = quickargs.verbosity(quiet, verbose, on_line)
    if chosen is None:
        raise click.UsageError("-q/--quiet and -v/--verbose cannot be used together", ctx)
    return chosen


def match_rules(wanted: str, ids: Iterable[str]) -> list[str]:
    """The rule ids that ``wanted`` names, in any case: the one equal to it, else every id it begins."""
    known = list(dict.fromkeys(ids))
    lower = wanted.lower()
    exact = [rule for rule in known if rule.lower() == lower]
    return exact or [rule for rule in known if rule.lower().startswith(lower)]


def unknown_rule(wanted: str, ids: Sequence[str]) -> str:
    """Why ``wanted`` names no single rule: the rules it begins (briefly), or the nearest id."""
    matches = match_rules(wanted, ids)
    if len(matches) > 1:
        shown = ", ".join(matches[:SHOWN_MATCHES])
        more = f" and {len(matches) - SHOWN_MATCHES} more" if len(matches) > SHOWN_MATCHES else ""
        return f"{wanted!r} is the beginning of {len(matches)} rule ids: {shown}{more}; give one in full"
    if len(matches) == 1:
        return f"unknown rule {wanted!r}; did you mean {matches[0]!r}?"
    by_lower = {rule.lower(): rule for rule in ids}
    near_lower = closest(wanted.lower(), by_lower)
    near = by_lower[near_lower] if near_lower is not None else None
    hint = f"; did you mean {near!r}?" if near else "; `compliance-checker rules list` lists them"
    return f"unknown rule {wanted!r}{hint}"


def rule_ids(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """--fail-on-rule and --soft-fail-rule in any case, as the rule's own id; an id no shipped ruleset
    has is refused with the nearest one, unless a custom ruleset file (--ruleset FILE) may define it."""
    custom = any(map(quickargs.is_ruleset_file, ctx.params.get("rulesets", ())))
    try:
        return quickargs.canonical_rule_ids(values, custom=custom)
    except quickargs.UnknownRule as exc:
        raise click.BadParameter(unknown_rule(exc.wanted, exc.ids)) from None


# What `render` and `deadlines` take from the configuration file: how a declaration is judged (which
# rulesets, on which date, with which waivers and evidence root), so that they judge it as `check` does.
# The other keys (formats, outputs, the fail policy, presentation) are `check`'s, checked by it.
SHARED_KEYS = frozenset(
    {"as-of", "profile", "ruleset", "waivers", "ignore-waivers", "evidence-root", "max-file-size", "jobs"}
)


def read_shared_config(ctx: click.Context, param: click.Parameter, no_config: bool) -> None:
    """``--no-config``'s callback for `render` and `deadlines`: the configuration file's settings they
    share with `check` (``SHARED_KEYS``, those the command has) as the command's defaults, each checked by
    the command's own option."""
    if no_config or ctx.resilient_parsing:
        return
    config = find_config()
    if config is None:
        return
    assert ctx.command is not None
    known = set(_options(ctx.command))
    shared = ConfigFile(
        path=config.path,
        form=config.form,
        settings=tuple(s for s in config.settings if s.key in SHARED_KEYS and s.key in known),
    )
    ctx.meta["compliance_checker.config"] = config
    ctx.default_map = {**(ctx.default_map or {}), **_default_map(ctx, shared)}
