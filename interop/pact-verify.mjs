// B: the Pact Foundation's reference verifier (@pact-foundation/pact's Verifier, which drives the
// Rust pact_verifier through pact-core's FFI) over every pact the Java client wrote, against the
// mock: a second verifier, independent of the kit's pact-jvm one. Provider states go straight from
// the Rust verifier to the mock's state-change URL (setup and teardown, JSON bodies), and the ids
// the mock answers fill the pacts' provider-state path generators.
//
// Usage: node pact-verify.mjs PACT_FILE_OR_DIR...   (directories are searched for *.json)
// Needs MOCK_ORIGIN, MOCK_STATES_URL and DOCUMENT_TRANSLATION_KEY; run through interop/run.sh.
//
// Each pact file is verified in a child process: the Rust core prints its long report straight to
// file descriptor 1, which no option of pact-js turns off. The child's report is kept and shown
// only when that pact fails; the child hands its result back on file descriptor 3.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { requiredEnv } from "./lib/harness.mjs";

/** The header the consumer tests put a placeholder in; no pact holds a key. */
const KEY_HEADER = "ocp-apim-subscription-key";
const KEY_PLACEHOLDER = "<key added at verification>";
const PER_PACT_TIMEOUT_MS = 60_000;

if (process.argv[2] === "--child") {
  await verifyInThisProcess(process.argv[3]);
} else {
  process.exitCode = await verifyAll(process.argv.slice(2));
}

/** Verifies one pact file; writes {ok, results | error} as JSON to descriptor 3. */
async function verifyInThisProcess(file) {
  const require = createRequire(import.meta.url);
  const { Verifier } = require("@pact-foundation/pact");
  const key = requiredEnv("DOCUMENT_TRANSLATION_KEY");
  const pact = JSON.parse(readFileSync(file, "utf8"));
  const verifier = new Verifier({
    provider: pact.provider.name,
    providerBaseUrl: requiredEnv("MOCK_ORIGIN"),
    pactUrls: [path.resolve(file)],
    // Deprecated in pact-js in favour of JavaScript state handlers, but it is the convention the
    // mock serves, and the Rust core then calls the mock itself: POST {state, params, action}.
    providerStatesSetupUrl: requiredEnv("MOCK_STATES_URL"),
    // Puts the mock's key where the pact has the placeholder, just before the request goes out,
    // and leaves any other value: the wrong-key interaction keeps its wrong key. The kit's own
    // verifier has the same rule; pact-js runs this in its proxy in front of the provider.
    requestFilter: (req, _res, next) => {
      if (req.headers[KEY_HEADER] === KEY_PLACEHOLDER) {
        req.headers[KEY_HEADER] = key;
      }
      next();
    },
    timeout: 10_000,
    logLevel: process.env.PACT_LOG_LEVEL ?? "warn",
    failIfNoPactsFound: true,
  });
  let outcome;
  try {
    outcome = { ok: true, results: await verifier.verifyProvider() };
  } catch (e) {
    outcome = { ok: false, error: e?.message ?? String(e) };
  }
  writeSync(3, JSON.stringify(outcome));
}

async function verifyAll(args) {
  const files = pactFiles(args);
  if (files.length === 0) {
    console.log(`pact-js: no pact files under ${args.join(" ") || "(no path given)"}`);
    console.log("pact-js: 0 passed, 1 failed");
    return 1;
  }
  const { version } = JSON.parse(readFileSync(
    createRequire(import.meta.url).resolve("@pact-foundation/pact/package.json"), "utf8"));
  console.log(`pact-js: @pact-foundation/pact ${version} verifying ${files.length} pact file(s) against `
    + requiredEnv("MOCK_ORIGIN"));
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const pact = JSON.parse(readFileSync(file, "utf8"));
    console.log(`pact-js: ${path.basename(file)}: ${pact.consumer.name} -> ${pact.provider.name},`
      + ` ${pact.interactions.length} interactions, pact spec ${pact.metadata?.pactSpecification?.version}`);
    const child = await runChild(file);
    const report = parseResults(child.outcome);
    const lines = interactionLines(pact, report);
    lines.forEach((line) => console.log(`  ${line}`));
    const ok = child.outcome?.ok === true && child.code === 0 && lines.length === pact.interactions.length
      && lines.every((l) => l.startsWith("ok"));
    if (ok) {
      passed++;
    } else {
      failed++;
      console.log(`pact-js: FAILED ${path.basename(file)}${child.timedOut ? ` (no result within ${PER_PACT_TIMEOUT_MS} ms)` : ""};`
        + " the verifier's own report:");
      const text = (child.output + (report ? "" : `\n${child.outcome?.error ?? ""}`)).replace(/\u001b\[[0-9;]*m/g, "");
      text.split("\n").forEach((line) => console.log(`  | ${line}`));
    }
  }
  console.log(`pact-js: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function pactFiles(args) {
  const files = [];
  const visit = (p) => {
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) visit(path.join(p, entry));
    } else if (p.endsWith(".json")) {
      files.push(p);
    }
  };
  args.forEach(visit);
  return files;
}

function runChild(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--child", file],
      { stdio: ["ignore", "pipe", "pipe", "pipe"] });
    let output = "";
    let result = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.stdio[3].on("data", (d) => (result += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, PER_PACT_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      let outcome;
      try {
        outcome = JSON.parse(result);
      } catch {
        outcome = undefined;
      }
      resolve({ code, output, outcome, timedOut });
    });
  });
}

/** The verifier's JSON report ({errors, interactionResults, ...}), from a pass or a failure. */
function parseResults(outcome) {
  const raw = outcome?.ok ? outcome.results : outcome?.error;
  try {
    const report = typeof raw === "string" ? JSON.parse(raw) : raw;
    return Array.isArray(report?.interactionResults) ? report : undefined;
  } catch {
    return undefined;
  }
}

/** One line per interaction of the pact: what the verifier made of it, with the mismatches if any. */
function interactionLines(pact, report) {
  if (!report) {
    return [];
  }
  return pact.interactions.map((i) => {
    const states = (i.providerStates ?? []).map((s) => s.name).join(" + ") || "no state";
    const what = `${i.request.method} ${requestTarget(i.request)} -> ${i.response.status} '${i.description}' (given ${states})`;
    const result = report.interactionResults.find((r) => r.description === i.description);
    if (result?.result === "OK") {
      return `ok   ${what}`;
    }
    const error = report.errors.find((e) => e.interaction.endsWith(` - ${i.description}`));
    const why = error?.mismatch?.mismatches?.map((m) => m.mismatch).join("; ")
      ?? error?.mismatch?.message ?? JSON.stringify(error?.mismatch ?? result ?? "not verified");
    return `FAIL ${what}: ${why}`;
  });
}

/** The request's path as the pact writes it (with `${id}` where the provider state fills it in) and its query. */
function requestTarget(request) {
  const path = request.generators?.path?.expression ?? request.path;
  const query = Object.entries(request.query ?? {})
    .flatMap(([name, values]) => [values].flat().map((v) => `${name}=${v}`)).join("&");
  return query ? `${path}?${query}` : path;
}
