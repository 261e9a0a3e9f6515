import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { subgraphHttpFetcher } from './subgraph-http';

/** A subgraph whose handler sees each request with the number of requests its socket has carried. */
async function server(handler: (req: http.IncomingMessage, res: http.ServerResponse, nthOnSocket: number) => void) {
  const counts = new WeakMap<Socket, number>();
  const srv = http.createServer((req, res) => {
    const n = (counts.get(req.socket) ?? 0) + 1;
    counts.set(req.socket, n);
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      (req as http.IncomingMessage & { body: string }).body = body;
      handler(req, res, n);
    });
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`, close: () => new Promise((resolve) => srv.close(resolve)) };
}

const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

it('posts the body with its length and reads the answer, reusing the socket', async () => {
  const seen: { body: string; length?: string; n: number }[] = [];
  const s = await server((req, res, n) => {
    seen.push({ body: (req as http.IncomingMessage & { body: string }).body, length: req.headers['content-length'], n });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  try {
    const fetcher = subgraphHttpFetcher(5000);
    const first = await fetcher(s.url, post('{"query":"{ 成都 }"}'));
    expect(first.ok).toBe(true);
    expect(first.headers.get('Content-Type')).toBe('application/json');
    expect(await first.json()).toEqual({ data: { ok: true } });
    await fetcher(s.url, post('{}'));
    expect(seen.map((r) => r.length)).toEqual([String(Buffer.byteLength('{"query":"{ 成都 }"}')), '2']);
    expect(seen[0].body).toBe('{"query":"{ 成都 }"}');
    expect(seen[1].n).toBe(2);
  } finally {
    await s.close();
  }
});

it('sends a call again on a new socket when the kept-alive one turns out closed, and only then', async () => {
  let calls = 0;
  const s = await server((_req, res, n) => {
    calls++;
    // The second call on a socket meets a socket the server has dropped (as at its keep-alive timeout).
    if (n === 2) return res.socket?.destroy();
    res.end('{"data":{}}');
  });
  try {
    const fetcher = subgraphHttpFetcher(5000);
    await fetcher(s.url, post('{}'));
    const again = await fetcher(s.url, post('{}'));
    expect(again.status).toBe(200);
    expect(calls).toBe(3);
  } finally {
    await s.close();
  }
});

it('does not resend a call on a fresh socket, nor one that timed out', async () => {
  const s = await server((req, res) => {
    if ((req as http.IncomingMessage & { body: string }).body === 'drop') return res.socket?.destroy();
    // 'slow' never answers
  });
  try {
    const fetcher = subgraphHttpFetcher(200);
    await expect(fetcher(s.url, post('drop'))).rejects.toMatchObject({ code: 'ECONNRESET' });
    await expect(fetcher(s.url, post('slow'))).rejects.toMatchObject({ name: 'TimeoutError' });
  } finally {
    await s.close();
  }
});
