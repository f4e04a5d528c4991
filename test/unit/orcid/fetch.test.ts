import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOrcidRecord, orcidRecordUrl, OrcidFetchError } from '@/lib/io';
import { RECORD_FILE } from './samples';

/** Loopback stand-in for pub.orcid.org, serving the recorded public record of the sample iD. */
let server: Server;
let base: string;
const requests: { url?: string; accept?: string }[] = [];

beforeAll(async () => {
  const record = readFileSync(RECORD_FILE);
  server = createServer((req, res) => {
    requests.push({ url: req.url, accept: req.headers.accept });
    if (req.url === '/v3.0/0000-0002-7319-2192/record') res.writeHead(200, { 'content-type': 'application/json' }).end(record);
    else if (req.url === '/v3.0/0000-0002-1825-0097/record') res.writeHead(503, 'Service Unavailable').end();
    else if (req.url === '/v3.0/0000-0002-1694-233X/record') res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
    else res.writeHead(404).end('{"response-code":404}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const failure = async (p: Promise<unknown>) => {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(OrcidFetchError);
  return error as OrcidFetchError;
};

describe('fetchOrcidRecord against a loopback server', () => {
  it('GETs /v3.0/<iD>/record as JSON and returns the record', async () => {
    const json = (await fetchOrcidRecord('https://orcid.org/0000-0002-7319-2192', { baseUrl: base })) as { path: string };
    expect(json).toEqual(JSON.parse(readFileSync(RECORD_FILE, 'utf8')));
    expect(requests.at(-1)).toEqual({ url: '/v3.0/0000-0002-7319-2192/record', accept: 'application/json' });
  });

  it('says there is no public record on 404', async () => {
    const error = await failure(fetchOrcidRecord('0000-0001-5000-0007', { baseUrl: base }));
    expect(error.failure).toBe('not-found');
    expect(error.message).toBe('No public ORCID record for 0000-0001-5000-0007: check the iD, or whether the record is public.');
  });

  it('reports other HTTP codes and non-JSON answers', async () => {
    expect((await failure(fetchOrcidRecord('0000-0002-1825-0097', { baseUrl: base }))).message).toMatch(/ORCID answered 503/);
    expect((await failure(fetchOrcidRecord('0000-0002-1694-233X', { baseUrl: base }))).failure).toBe('bad-response');
  });

  it('says the researcher appears offline when nothing answers (closed port)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(fetchOrcidRecord('0000-0002-7319-2192', { baseUrl: `http://127.0.0.1:${port}` }));
    expect(error.failure).toBe('offline');
    expect(error.message).toMatch(/^You appear to be offline/);
  });

  it('checks the iD before any request', async () => {
    const before = requests.length;
    expect((await failure(fetchOrcidRecord('0000-0002-7319-2193', { baseUrl: base }))).failure).toBe('invalid-id');
    expect(requests.length).toBe(before);
  });

  it('builds the public API URL by default', () => {
    expect(orcidRecordUrl('0000-0002-7319-2192')).toBe('https://pub.orcid.org/v3.0/0000-0002-7319-2192/record');
    expect(orcidRecordUrl('nope')).toBeUndefined();
  });
});
