// Stripe for the browser journeys, at the wire level: WireMock standalone (the version the Java
// tests use, run with `java -jar` from ~/.m2) answers Stripe's API with real-shaped bodies and
// serves a stand-in checkout page; events are signed as Stripe signs them and delivered to
// POST /webhooks/stripe. Nothing inside KeyHaven is replaced.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { freePort, RESULTS, ROOT } from './harness.mjs';

const VERSION = /<wiremock\.version>([^<]+)<\/wiremock\.version>/.exec(
  readFileSync(resolve(ROOT, 'pom.xml'), 'utf8'),
)[1];

/** The WireMock standalone jar in the local Maven repository, fetched once if absent. */
export function wiremockJar() {
  const jar = resolve(
    process.env.M2_REPO ?? resolve(homedir(), '.m2/repository'),
    `org/wiremock/wiremock-standalone/${VERSION}/wiremock-standalone-${VERSION}.jar`,
  );
  if (!existsSync(jar)) {
    const got = spawnSync(
      resolve(ROOT, 'mvnw'),
      [
        '-B',
        '-q',
        '-ntp',
        'dependency:get',
        `-Dartifact=org.wiremock:wiremock-standalone:${VERSION}`,
        '-Dtransitive=false',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (got.status !== 0 || !existsSync(jar)) throw new Error(`could not fetch ${jar}`);
  }
  return jar;
}

/** Starts the Stripe stand-in. */
export function startStripe() {
  return startWireMock('stripe');
}

/**
 * Starts WireMock on a free port as the stand-in of `name` (its log: `<name>-standin.log`);
 * answers its base URL, admin helpers and stop().
 */
export async function startWireMock(name) {
  const port = await freePort();
  const log = openSync(resolve(RESULTS, `${name}-standin.log`), 'w');
  const child = spawn(
    'java',
    [
      '-jar',
      wiremockJar(),
      '--port',
      String(port),
      '--bind-address',
      '127.0.0.1',
      '--disable-banner',
    ],
    { stdio: ['ignore', log, log] },
  );
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WireMock exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/__admin/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error('WireMock did not start within 60 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  const admin = async (path, init) => {
    const res = await fetch(`${base}/__admin${path}`, init);
    if (!res.ok) throw new Error(`WireMock ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
  return {
    base,
    /** Registers one stub mapping (WireMock's JSON format). */
    stub: (mapping) =>
      admin('/mappings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(mapping),
      }),
    /** The requests WireMock received for `method path`, oldest first. */
    async requests(method, path) {
      const { requests } = await admin('/requests');
      return requests
        .map((r) => r.request)
        .filter((r) => r.method === method && r.url.split('?')[0] === path)
        .reverse();
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([
          new Promise((r) => child.once('exit', r)),
          new Promise((r) => setTimeout(r, 10_000)),
        ]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}

const json = (status, body) => ({
  status,
  headers: {
    'Content-Type': 'application/json',
    'Request-Id': `req_${randomBytes(7).toString('hex')}`,
  },
  jsonBody: body,
});

/**
 * Stubs what KeyHaven asks of Stripe for an upgrade: a customer, a Checkout Session whose URL is a
 * page of the stand-in, and that page (a "Pay" step that sends the browser back to `returnUrl`).
 */
export async function stubCheckout(stripe, { customer, session, email, returnUrl }) {
  const now = Math.floor(Date.now() / 1000);
  const pageUrl = `${stripe.base}/c/pay/${session}`;
  await stripe.stub({
    request: { method: 'POST', url: '/v1/customers' },
    response: json(200, {
      id: customer,
      object: 'customer',
      created: now,
      email,
      livemode: false,
      metadata: {},
    }),
  });
  await stripe.stub({
    request: { method: 'POST', url: '/v1/checkout/sessions' },
    response: json(200, {
      id: session,
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      customer,
      livemode: false,
      expires_at: now + 86_400,
      url: pageUrl,
    }),
  });
  await stripe.stub({
    request: { method: 'GET', url: `/c/pay/${session}` },
    response: {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkout (test stand-in)</title></head>
<body><main><h1>Test checkout</h1><p>A stand-in for Stripe Checkout: no card, no charge.</p>
<p><a id="return" href="${returnUrl}">Return to KeyHaven</a></p></main></body></html>`,
    },
  });
  return pageUrl;
}

/** Stripe's webhook signature: t=<unix time>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>. */
export function sign(payload, secret, t = Math.floor(Date.now() / 1000)) {
  const v1 = createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

const newId = (prefix) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** An event as Stripe sends it, around `object`. */
export function event(type, object, created) {
  const id = newId('evt');
  return {
    id,
    object: 'event',
    api_version: '2025-10-29.clover',
    created,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: newId('req'), idempotency_key: crypto.randomUUID() },
    type,
  };
}

export function checkoutCompleted({ session, customer, subscription, userId, plan, created }) {
  return event(
    'checkout.session.completed',
    {
      id: session,
      object: 'checkout.session',
      amount_subtotal: 900,
      amount_total: 900,
      client_reference_id: userId,
      currency: 'usd',
      customer,
      customer_details: { email: null },
      livemode: false,
      metadata: { plan },
      mode: 'subscription',
      payment_status: 'paid',
      status: 'complete',
      subscription,
      url: null,
    },
    created,
  );
}

export function subscriptionEvent(type, { subscription, customer, price, status, created }) {
  const periodEnd = created + 2_592_000;
  return event(
    type,
    {
      id: subscription,
      object: 'subscription',
      cancel_at_period_end: false,
      collection_method: 'charge_automatically',
      created,
      currency: 'usd',
      customer,
      items: {
        object: 'list',
        data: [
          {
            id: newId('si'),
            object: 'subscription_item',
            current_period_end: periodEnd,
            current_period_start: created,
            price: {
              id: price,
              object: 'price',
              active: true,
              currency: 'usd',
              recurring: { interval: 'month', interval_count: 1 },
              type: 'recurring',
              unit_amount: 900,
            },
            quantity: 1,
            subscription,
          },
        ],
        has_more: false,
        url: `/v1/subscription_items?subscription=${subscription}`,
      },
      livemode: false,
      metadata: {},
      status,
    },
    created,
  );
}

/** POSTs a signed event to the server's webhook; answers `{status, outcome}`. */
export async function deliver(serverBase, secret, evt) {
  const payload = JSON.stringify(evt);
  const res = await fetch(`${serverBase}/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Stripe-Signature': sign(payload, secret),
      'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
    },
    body: payload,
  });
  const text = await res.text();
  let outcome;
  try {
    outcome = JSON.parse(text).outcome;
  } catch {
    outcome = text.slice(0, 200);
  }
  return { status: res.status, outcome };
}
