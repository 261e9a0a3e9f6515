import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SubgraphDataSource, isQuery, type GatewayContext } from './subgraph-data-source';

// A stand-in subgraph that answers slowly enough for requests to overlap, and counts them.
let server: http.Server;
let url: string;
const received: { authorization?: string; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body });
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { branches: [{ code: 'CD' }] } }));
      }, 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (received.length = 0));

function call(source: SubgraphDataSource, query: string, authorization: string) {
  const options = {
    kind: 'incoming operation',
    request: { query, variables: {}, http: { method: 'POST', url, headers: new Headers() } },
    context: { authorization },
    incomingRequestContext: {},
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  return source.process(options);
}

it('sends identical concurrent queries of one caller once, forwarding the token, and gives each its own copy', async () => {
  const source = new SubgraphDataSource(url, 'training');
  const [a, b] = await Promise.all([call(source, '{ branches { code } }', 'Bearer t1'), call(source, '{ branches { code } }', 'Bearer t1')]);
  expect(received).toHaveLength(1);
  expect(received[0].authorization).toBe('Bearer t1');
  expect(a.data).toEqual({ branches: [{ code: 'CD' }] });
  expect(a.data).not.toBe(b.data);
});

it('never shares between callers, nor mutations, nor requests that do not overlap', async () => {
  const source = new SubgraphDataSource(url, 'training');
  await Promise.all([call(source, '{ branches { code } }', 'Bearer t1'), call(source, '{ branches { code } }', 'Bearer t2')]);
  expect(received.map((r) => r.authorization).sort()).toEqual(['Bearer t1', 'Bearer t2']);
  received.length = 0;
  await Promise.all([call(source, 'mutation { login { token } }', 'Bearer t1'), call(source, 'mutation { login { token } }', 'Bearer t1')]);
  expect(received).toHaveLength(2);
  received.length = 0;
  await call(source, '{ branches { code } }', 'Bearer t1');
  await call(source, '{ branches { code } }', 'Bearer t1');
  expect(received).toHaveLength(2);
});

it('tells queries from mutations in planner output', () => {
  expect(isQuery('query Dashboard__training__0 { branches { code } }')).toBe(true);
  expect(isQuery('{ me { id } }')).toBe(true);
  expect(isQuery('mutation Login__training__0($a: String!) { login(username: $a) { token } }')).toBe(false);
});

it('gives up on a subgraph that does not answer in time, and sends the gateway secret and the client address', async () => {
  const headers: http.IncomingHttpHeaders[] = [];
  const silent = http.createServer((req) => headers.push(req.headers)); // never answers
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
  try {
    const source = new SubgraphDataSource(silentUrl, 'evaluation', 'the-secret', 200);
    const options = {
      kind: 'incoming operation',
      request: { query: '{ branches { code } }', variables: {}, http: { method: 'POST', url: silentUrl, headers: new Headers() } },
      context: { authorization: 'Bearer t', clientIp: '10.1.2.3' },
      incomingRequestContext: {},
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
    await expect(source.process(options)).rejects.toMatchObject({
      message: 'the evaluation service did not answer in time',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'evaluation', messages: { 'zh-CN': expect.stringContaining('后评估服务暂时不可用') } },
    });
    expect(headers[0]).toMatchObject({ 'x-gateway-secret': 'the-secret', 'x-client-ip': '10.1.2.3', authorization: 'Bearer t' });
  } finally {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  }
});

it('passes a subgraph HTTP error on as its status, and calls a refused connection unreachable', async () => {
  const refusing = http.createServer((_req, res) => {
    res.statusCode = 401;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ errors: [{ message: 'no token' }] }));
  });
  await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
  const refusingUrl = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/graphql`;
  const request = (target: string) =>
    ({
      kind: 'incoming operation',
      request: { query: '{ branches { code } }', variables: {}, http: { method: 'POST', url: target, headers: new Headers() } },
      context: {},
      incomingRequestContext: {},
    }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  try {
    await expect(new SubgraphDataSource(refusingUrl, 'training').process(request(refusingUrl))).rejects.toMatchObject({
      message: '401: Unauthorized',
      extensions: { code: 'UNAUTHENTICATED', response: { status: 401, body: { errors: [{ message: 'no token' }] } } },
    });
  } finally {
    await new Promise((resolve) => refusing.close(resolve));
  }
  // The port was just closed: nothing listens there any more.
  await expect(new SubgraphDataSource(refusingUrl, 'segments').process(request(refusingUrl))).rejects.toMatchObject({
    message: 'the segments service is not reachable',
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'segments' },
  });
});
