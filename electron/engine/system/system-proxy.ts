/**
 * Reading the macOS system proxy once per run: the proxy router and the `proxy` check share the
 * same `scutil --proxy` result through `memo(SCUTIL_PROXY_MEMO_KEY, …)`.
 */
import type { Config } from '../../../shared/config';
import type { CheckContext, EngineDeps } from '../seams';
import { readTool, type ToolRead } from './cmd-outcome';
import { type ProxySettings, parseScutilProxy } from './parsers/scutil-proxy';

/** The memo key both the router and the proxy check use. */
export const SCUTIL_PROXY_MEMO_KEY = 'scutil --proxy';

/** Run and parse `scutil --proxy` (never rejects). */
export function readSystemProxy(deps: EngineDeps, config: Config, signal?: AbortSignal): Promise<ToolRead<ProxySettings>> {
  return readTool({ deps, config, signal: signal ?? new AbortController().signal }, 'scutil', ['--proxy'], (r) => parseScutilProxy(r.stdout));
}

/** The memoised read for this run. */
export function memoSystemProxy(memo: CheckContext['memo'], deps: EngineDeps, config: Config, signal?: AbortSignal): Promise<ToolRead<ProxySettings>> {
  return memo(SCUTIL_PROXY_MEMO_KEY, () => readSystemProxy(deps, config, signal));
}
