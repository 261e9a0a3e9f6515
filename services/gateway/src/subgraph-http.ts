import http from 'node:http';
import https from 'node:https';

/** What RemoteGraphQLDataSource reads of a subgraph's answer. */
export interface SubgraphHttpResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export interface SubgraphHttpRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Posts to a subgraph with Node's plain http client over kept-alive sockets. Node's fetch
 * (undici, web streams, an AbortSignal per call) was a quarter of the gateway's CPU under
 * load (bench B5); a subgraph call is one small JSON body each way and needs none of it.
 * A call with no complete answer after `timeoutMs` fails with a TimeoutError.
 *
 * Kept-alive sockets are the one hazard: a subgraph (a Node server, 5 s keep-alive by
 * default) closes an idle socket when the gateway may be sending on it. Free sockets are
 * dropped a second before the server would drop them, and a call that still meets a closed
 * kept-alive socket (a restarted subgraph) is sent once more on a new one: the server
 * never read it.
 */
export function subgraphHttpFetcher(timeoutMs: number): (url: string, init?: SubgraphHttpRequest) => Promise<SubgraphHttpResponse> {
  const agents = { http: new http.Agent({ keepAlive: true, timeout: FREE_SOCKET_MS }), https: new https.Agent({ keepAlive: true, timeout: FREE_SOCKET_MS }) };
  const send = (url: string, init: SubgraphHttpRequest, retry: boolean): Promise<SubgraphHttpResponse> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      let answered = false;
      const body = init.body ?? '';
      const request = (secure ? https : http).request(
        target,
        { method: init.method ?? 'POST', headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) }, agent: secure ? agents.https : agents.http },
        (response) => {
          answered = true;
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('error', fail);
          response.on('end', () => {
            clearTimeout(timer);
            resolve(plainResponse(url, response, text));
          });
        },
      );
      const timer = setTimeout(() => request.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' })), timeoutMs);
      function fail(error: Error & { code?: string }) {
        clearTimeout(timer);
        if (retry && request.reusedSocket && error.code === 'ECONNRESET' && !answered) resolve(send(url, init, false));
        else reject(error);
      }
      request.on('error', fail);
      request.end(body);
    });
  return (url, init = {}) => send(url, init, true);
}

/** Under the 5 s keep-alive of a Node server: the gateway lets go of an idle socket first. */
const FREE_SOCKET_MS = 4000;

function plainResponse(url: string, response: http.IncomingMessage, text: string): SubgraphHttpResponse {
  const status = response.statusCode ?? 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: response.statusMessage ?? '',
    url,
    headers: {
      get(name) {
        const value = response.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: async () => text,
    json: async () => JSON.parse(text),
  };
}
