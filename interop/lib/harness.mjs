// What the two interop scripts share: where the mock is, its provider states, a record of what
// went over the wire, and a runner that prints one line per case and a closing count.
import diagnosticsChannel from "node:diagnostics_channel";
import { inspect } from "node:util";

/** Reads a required environment variable, naming it when it is missing. */
export function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set; run through interop/run.sh, which starts the mock and sets it`);
  }
  return value;
}

/**
 * The mock's provider states through Pact's state-change convention: POST {"state", "params",
 * "action"} to the state-change URL. Sent with fetch (undici), which the wire record below does
 * not see, so the record holds the client's requests only.
 */
export class ProviderStates {
  constructor(stateChangeUrl) {
    this.url = stateChangeUrl;
    this.arranged = [];
  }

  async setup(state, params = {}) {
    const values = await this.#post(state, params, "setup");
    this.arranged.push({ state, params });
    return values;
  }

  /** Tears down every state set up since the last call, newest first. */
  async teardownAll() {
    for (const { state, params } of this.arranged.reverse()) {
      await this.#post(state, params, "teardown");
    }
    this.arranged = [];
  }

  async #post(state, params, action) {
    const answer = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ state, params, action }),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await answer.text();
    if (answer.status !== 200) {
      throw new Error(`provider state '${state}' ${action} at ${this.url} answered ${answer.status}: ${text}`);
    }
    return text ? JSON.parse(text) : {};
  }
}

/**
 * Every HTTP exchange made through node:http in this process (the Azure client's transport), seen
 * through Node's own diagnostics channels, so the client runs as shipped: no policy added, nothing
 * wrapped. Holds method, path with query, and status; never a header (the key is one).
 */
export class WireRecord {
  constructor() {
    this.exchanges = [];
    diagnosticsChannel.subscribe("http.client.response.finish", ({ request, response }) => {
      this.exchanges.push({ method: request.method, path: request.path, status: response.statusCode });
    });
  }

  /** The exchanges recorded while `action` ran. */
  async during(action) {
    const start = this.exchanges.length;
    const result = await action();
    return { result, exchanges: this.exchanges.slice(start) };
  }
}

/** "DELETE /x?y -> 429, 200": what the wire saw, for a result line. */
export function describeExchanges(exchanges) {
  if (exchanges.length === 0) {
    return "nothing sent";
  }
  const first = exchanges[0];
  const sameRequest = exchanges.every((e) => e.method === first.method && e.path === first.path);
  return sameRequest
    ? `${first.method} ${first.path} -> ${exchanges.map((e) => e.status).join(", ")}`
    : exchanges.map((e) => `${e.method} ${e.path} -> ${e.status}`).join("; ");
}

/**
 * Runs the cases one after another (they share the mock's state), each bounded by
 * `timeoutMs`; prints "ok   name: detail" or "FAIL name: why" per case, runs
 * `finally` (a failure there fails the run too), then prints the closing
 * "<label>: N passed, N failed" line. Answers the exit code: 0 only if something ran and all passed.
 */
export async function runCases(label, cases, { timeoutMs = 15_000, finally: cleanUp = async () => {} } = {}) {
  let passed = 0;
  let failed = 0;
  for (const [name, body] of cases) {
    let timer;
    try {
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms`)), timeoutMs);
      });
      const detail = await Promise.race([body(), timeout]);
      console.log(`ok   ${name}: ${detail}`);
      passed++;
    } catch (e) {
      console.log(`FAIL ${name}: ${oneLine(e)}`);
      failed++;
    } finally {
      clearTimeout(timer);
    }
  }
  try {
    await cleanUp();
  } catch (e) {
    console.log(`FAIL ${label} clean-up: ${oneLine(e)}`);
    failed++;
  }
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

function oneLine(e) {
  const text = e instanceof Error ? e.message : inspect(e, { depth: 4, breakLength: Infinity });
  return text.replace(/\s*\n\s*/g, " | ");
}
