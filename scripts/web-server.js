/**
 * A web app's built `dist` served the way nginx serves it in the images (docker/nginx.conf): files with
 * their content types, hashed assets cached for a year, any other path answered with index.html, and
 * `/graphql` (HTTP and WebSocket upgrades) passed to the gateway. For benchmarks and browser tests, which
 * also need to cut the page's live connection or keep it from coming back.
 */
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const { pipeline } = require('node:stream');
const zlib = require('node:zlib');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.svg',
]);
const GZIP_MIN_BYTES = 1024;

/** Connection-level headers, which belong to one hop and are not passed on. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const endToEnd = (headers) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));

const isGraphql = (url) => url.split('?')[0] === '/graphql';
/** Sign-in paths of the gateway (/auth/esia/…): plain HTTP, passed like /graphql. */
const isAuth = (url) => url.startsWith('/auth/');

function forwardedHeaders(req) {
  const previous = req.headers['x-forwarded-for'];
  const client = req.socket.remoteAddress ?? '';
  return {
    'x-forwarded-for': previous ? `${previous}, ${client}` : client,
    'x-forwarded-proto': 'http',
    'x-forwarded-host': req.headers.host ?? '',
  };
}

async function fileAt(file) {
  try {
    const stat = await fs.promises.stat(file);
    if (stat.isFile()) return { file, size: stat.size };
    if (stat.isDirectory()) return fileAt(path.join(file, 'index.html'));
  } catch {
    // not there: the caller decides between index.html and 404
  }
  return null;
}

function serveStatic(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const requested = path.join(root, pathname);
  if (requested !== root && !requested.startsWith(root + path.sep)) {
    res.writeHead(404).end();
    return;
  }
  void (async () => {
    const found = await fileAt(requested);
    // Client-side routes get the application; a missing asset is a real 404, not a page of HTML.
    const target =
      found ?? (pathname.startsWith('/assets/') ? null : await fileAt(path.join(root, 'index.html')));
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Не найдено\n');
      return;
    }
    const extension = path.extname(target.file);
    const headers = {
      'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'cache-control':
        pathname.startsWith('/assets/') && found ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const compress =
      COMPRESSIBLE.has(extension) &&
      target.size >= GZIP_MIN_BYTES &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(extension)) headers.vary = 'Accept-Encoding';
    if (compress) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = target.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const streams = [fs.createReadStream(target.file)];
    if (compress) streams.push(zlib.createGzip({ level: 5 }));
    pipeline(...streams, res, () => undefined);
  })().catch(() => {
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
}

function proxyHttp(gateway, agent, req, res) {
  const upstream = http.request(
    {
      host: gateway.hostname,
      port: gateway.port,
      method: req.method,
      path: req.url,
      headers: { ...endToEnd(req.headers), ...forwardedHeaders(req) },
      agent,
    },
    (response) => {
      res.writeHead(response.statusCode ?? 502, endToEnd(response.headers));
      pipeline(response, res, () => undefined);
    },
  );
  upstream.on('error', () => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end('Шлюз GraphQL недоступен\n');
  });
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  pipeline(req, upstream, () => undefined);
}

function refuseUpgrade(socket, status) {
  socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
}

/**
 * Serves `root` (a `vite build` output) on 127.0.0.1 and passes `/graphql` to the gateway at
 * `gatewayUrl` (only its origin is used, e.g. http://127.0.0.1:4000). `port` 0 takes a free one.
 *
 * Resolves to:
 *   url                    http://127.0.0.1:<port>, without a trailing slash;
 *   cutWebSockets()        drops every open /graphql WebSocket at once, as a lost network would
 *                          (the page sees an abnormal closure); returns how many were open;
 *   blockWebSockets(on)    while on (default true), refuses new /graphql upgrades with 503, so a page
 *                          stays offline until it is turned off; open sockets are left alone;
 *   close()                drops every connection and stops listening.
 */
async function startWebServer({ root, gatewayUrl, port = 0 }) {
  const site = path.resolve(root);
  if (!(await fileAt(path.join(site, 'index.html'))))
    throw new Error(`В ${site} нет index.html: сначала соберите приложение (vite build)`);
  const gateway = new URL(gatewayUrl);
  if (gateway.protocol !== 'http:') throw new Error(`Шлюз ожидается по http://, а не ${gatewayUrl}`);
  gateway.port ||= '80';

  const agent = new http.Agent({ keepAlive: true });
  const tunnels = new Set();
  let blocked = false;

  const server = http.createServer((req, res) => {
    if (isGraphql(req.url ?? '/') || isAuth(req.url ?? '/')) proxyHttp(gateway, agent, req, res);
    else serveStatic(site, req, res);
  });

  server.on('upgrade', (req, socket, head) => {
    if (!isGraphql(req.url ?? '/')) return refuseUpgrade(socket, '404 Not Found');
    if (blocked) return refuseUpgrade(socket, '503 Service Unavailable');
    socket.pause();
    const upstream = net.connect(Number(gateway.port), gateway.hostname);
    const tunnel = { socket, upstream };
    tunnels.add(tunnel);
    const close = () => {
      tunnels.delete(tunnel);
      socket.destroy();
      upstream.destroy();
    };
    for (const end of [socket, upstream]) {
      end.setNoDelay(true);
      end.on('error', close);
      end.on('close', close);
    }
    upstream.on('connect', () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i];
        if (!name.toLowerCase().startsWith('x-forwarded-')) lines.push(`${name}: ${req.rawHeaders[i + 1]}`);
      }
      for (const [name, value] of Object.entries(forwardedHeaders(req))) lines.push(`${name}: ${value}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

  const cutWebSockets = () => {
    const count = tunnels.size;
    for (const { socket, upstream } of [...tunnels]) {
      socket.destroy();
      upstream.destroy();
    }
    tunnels.clear();
    return count;
  };

  return {
    url: `http://127.0.0.1:${server.address().port}`,
    cutWebSockets,
    blockWebSockets(on = true) {
      blocked = on;
    },
    close: () =>
      new Promise((resolve) => {
        cutWebSockets();
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

module.exports = { startWebServer };
