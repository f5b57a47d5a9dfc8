// A: Azure's own REST client for JavaScript (@azure-rest/ai-translation-document, pinned in
// package-lock.json) against the mock's 2024-05-01 API, used as shipped: createClient(endpoint,
// {key}) with its default API version, pipeline and retry policy. Over https (run.sh starts the
// mock with --tls and trusts its PEM through NODE_EXTRA_CA_CERTS) it gets no option at all; over
// plain http only allowInsecureConnection, without which it refuses to send a key. One line per call.
//
// Needs MOCK_ORIGIN (https://127.0.0.1:PORT), MOCK_STATES_URL and DOCUMENT_TRANSLATION_KEY; run
// through interop/run.sh, which starts the mock and sets them.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { ProviderStates, WireRecord, describeExchanges, requiredEnv, runCases } from "./lib/harness.mjs";

const require = createRequire(import.meta.url);
const azure = require("@azure-rest/ai-translation-document");
const createClient = azure.default;
const { isUnexpected } = azure;

const API_VERSION = "2024-05-01";
const ROUTE = "/translator/document/batches/";
const QUERY = `?api-version=${API_VERSION}`;
const OPERATION = "a translation operation exists";
const NO_OPERATION = "no translation operation exists";
const THROTTLED = "requests are throttled";

const origin = requiredEnv("MOCK_ORIGIN");
const states = new ProviderStates(requiredEnv("MOCK_STATES_URL"));
const key = requiredEnv("DOCUMENT_TRANSLATION_KEY");
const bearerToken = requiredEnv("DOCUMENT_TRANSLATION_BEARER_TOKEN");
/** The scope 2024-05-01 declares for its OAuth2 scheme. */
const SCOPE = "https://cognitiveservices.azure.com/.default";
const wire = new WireRecord();

// The client as a user makes it; the endpoint is the resource's root, the client adds /translator.
const options = origin.startsWith("https:") ? undefined : { allowInsecureConnection: true };
const client = createClient(origin, { key }, options);
// A key of the right shape that the mock does not hold; never derived from the real one.
const wrongKeyClient = createClient(origin, { key: "0".repeat(32) }, options);
// A TokenCredential as @azure/identity's are: the client asks it for a token for its scopes, and
// sends "Authorization: Bearer". The scopes it asks for are recorded.
const scopesAsked = [];
const tokenCredential = {
  getToken: async (scopes) => {
    scopesAsked.push([scopes].flat());
    return { token: bearerToken, expiresOnTimestamp: Date.now() + 3_600_000 };
  },
};
// Azure's bearer-token policy sends a token over https only, so this client gets no options ever.
const tokenClient = createClient(origin, tokenCredential);

const batch = (c, id) => c.path("/document/batches/{id}", id);

/** The request the client sent, once: the 2024-05-01 route with its api-version, no retry. */
function assertSentOnce(exchanges, method, id) {
  assert.equal(exchanges.length, 1, `expected one ${method} on the wire, saw: ${describeExchanges(exchanges)}`);
  assert.equal(exchanges[0].method, method);
  assert.equal(exchanges[0].path, ROUTE + id + QUERY, "the client's request path and query");
}

/** A TranslationStatus as the 2024-05-01 spec describes it, with the contract's invariants. */
function assertStatusBody(body, id, allowedStatuses) {
  assert.equal(body.id.toLowerCase(), id.toLowerCase(), "body.id");
  assert.ok(allowedStatuses.includes(body.status), `body.status ${body.status}, expected one of ${allowedStatuses}`);
  for (const field of ["createdDateTimeUtc", "lastActionDateTimeUtc"]) {
    assert.ok(!Number.isNaN(Date.parse(body[field])), `${field} is a date-time: ${body[field]}`);
  }
  assert.ok(Date.parse(body.lastActionDateTimeUtc) >= Date.parse(body.createdDateTimeUtc), "lastAction >= created");
  const s = body.summary;
  assert.equal(s.total, s.success + s.failed + s.inProgress + s.notYetStarted + s.cancelled,
    `summary adds up: ${JSON.stringify(s)}`);
  assert.equal(typeof s.totalCharacterCharged, "number", "summary.totalCharacterCharged");
}

/** An error in the Azure Core envelope of 2024-05-01, its code repeated in x-ms-error-code. */
function assertAzureCoreError(response, status, code) {
  assert.equal(response.status, String(status), `status, body ${JSON.stringify(response.body)}`);
  assert.ok(isUnexpected(response), "isUnexpected() is true for an error");
  const error = response.body?.error;
  assert.ok(error && typeof error.message === "string" && error.message.length > 0,
    `an Azure Core error body {"error": {"code", "message"}}, got ${JSON.stringify(response.body)}`);
  assert.equal(error.code, code, "error.code");
  assert.equal(response.headers["x-ms-error-code"], code, "the x-ms-error-code header repeats error.code");
  return error.code;
}

let cancelledId; // arranged by the first case, used by the next three

const cases = [
  ["status of a Running operation", async () => {
    const { id } = await states.setup(OPERATION, { status: "Running", total: 10, success: 4, failed: 1 });
    cancelledId = id;
    const { result: r, exchanges } = await wire.during(() => batch(client, id).get());
    assertSentOnce(exchanges, "GET", id);
    assert.equal(r.status, "200", `status, body ${JSON.stringify(r.body)}`);
    assert.ok(!isUnexpected(r), "isUnexpected() is false for a 200");
    assertStatusBody(r.body, id, ["Running"]);
    assert.deepEqual([r.body.summary.total, r.body.summary.success, r.body.summary.failed], [10, 4, 1],
      "summary total, success, failed as arranged");
    return `${describeExchanges(exchanges)} Running ${r.body.summary.success}/${r.body.summary.total} succeeded`;
  }],
  ["cancel of that Running operation", async () => {
    const id = cancelledId;
    const { result: r, exchanges } = await wire.during(() => batch(client, id).delete());
    assertSentOnce(exchanges, "DELETE", id);
    assert.equal(r.status, "200", `status, body ${JSON.stringify(r.body)}`);
    assert.ok(!isUnexpected(r), "isUnexpected() is false for a 200");
    assertStatusBody(r.body, id, ["Cancelling", "Cancelled"]);
    assert.ok(r.body.summary.success >= 4, "a cancel never lowers success");
    return `${describeExchanges(exchanges)} ${r.body.status}`;
  }],
  ["cancel of it again", async () => {
    const id = cancelledId;
    const { result: r, exchanges } = await wire.during(() => batch(client, id).delete());
    assertSentOnce(exchanges, "DELETE", id);
    return `${describeExchanges(exchanges)} ${assertAzureCoreError(r, 400, "InvalidRequest")}`;
  }],
  ["status after the cancel", async () => {
    const id = cancelledId;
    const { result: r, exchanges } = await wire.during(() => batch(client, id).get());
    assertSentOnce(exchanges, "GET", id);
    assert.equal(r.status, "200", `status, body ${JSON.stringify(r.body)}`);
    assertStatusBody(r.body, id, ["Cancelling", "Cancelled"]);
    assert.ok(r.body.summary.success >= 4, "a cancel never lowers success");
    return `${describeExchanges(exchanges)} ${r.body.status}`;
  }],
  ["status with an OAuth2 bearer token instead of the key", async () => {
    const { id } = await states.setup(OPERATION, { status: "NotStarted" });
    scopesAsked.length = 0;
    const { result: r, exchanges } = await wire.during(() => batch(tokenClient, id).get());
    assertSentOnce(exchanges, "GET", id);
    assert.deepEqual(scopesAsked, [[SCOPE]], "the client asked its credential for the 2024-05-01 scope");
    assert.equal(r.status, "200", `status, body ${JSON.stringify(r.body)}`);
    assertStatusBody(r.body, id, ["NotStarted"]);
    return `${describeExchanges(exchanges)} ${r.body.status}, token for ${SCOPE}`;
  }],
  ["cancel of an unknown operation", async () => {
    const { id } = await states.setup(NO_OPERATION);
    const { result: r, exchanges } = await wire.during(() => batch(client, id).delete());
    assertSentOnce(exchanges, "DELETE", id);
    return `${describeExchanges(exchanges)} ${assertAzureCoreError(r, 404, "ResourceNotFound")}`;
  }],
  ["cancel with a wrong key", async () => {
    const { id } = await states.setup(OPERATION, { status: "Running" });
    const { result: r, exchanges } = await wire.during(() => batch(wrongKeyClient, id).delete());
    assertSentOnce(exchanges, "DELETE", id); // a 401 is not retried
    const line = assertAzureCoreError(r, 401, "Unauthorized");
    // The operation is untouched: the right key still sees it Running.
    const after = await batch(client, id).get();
    assert.equal(after.body.status, "Running", "the refused cancel changed nothing");
    return `${describeExchanges(exchanges)} ${line}`;
  }],
  ["cancel while throttled, retried by the client's own policy", async () => {
    const { id } = await states.setup(OPERATION, { status: "Running" });
    await states.setup(THROTTLED, { count: 1, retryAfterSeconds: 1 });
    const started = performance.now();
    const { result: r, exchanges } = await wire.during(() => batch(client, id).delete());
    const waitedMs = Math.round(performance.now() - started);
    assert.deepEqual(exchanges.map((e) => `${e.method} ${e.path} ${e.status}`),
      [`DELETE ${ROUTE}${id}${QUERY} 429`, `DELETE ${ROUTE}${id}${QUERY} 200`],
      "one 429, then the client's retry succeeds");
    assert.ok(waitedMs >= 1000, `the client waited Retry-After (1 s) before retrying: ${waitedMs} ms in all`);
    assert.equal(r.status, "200", `final status, body ${JSON.stringify(r.body)}`);
    assertStatusBody(r.body, id, ["Cancelling", "Cancelled"]);
    return `${describeExchanges(exchanges)} ${r.body.status} after ${waitedMs} ms`;
  }],
];

const label = "azure-js";
console.log(`${label}: @azure-rest/ai-translation-document ${require("@azure-rest/ai-translation-document/package.json").version}`
  + ` against ${origin}, api-version ${API_VERSION}, client options: ${JSON.stringify(options ?? "none")}`);
// The cases share the arranged operations (the first arranges the one the next three use); each
// state is torn down at the end, which also checks the mock takes the convention's teardown.
process.exitCode = await runCases(label, cases, { finally: () => states.teardownAll() });
