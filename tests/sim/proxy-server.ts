/**
 * An HTTP CONNECT proxy on 127.0.0.1 (proxy faults P1–P7). It never resolves names: every CONNECT
 * target is dialled on 127.0.0.1 at the requested port, so nothing ever leaves loopback.
 */
import https from 'node:https';
import net from 'node:net';
import type { TestPki } from './certs';
import { type ListenerMode, startListener } from './listener';

/** Proxy behaviour: healthy, 407, 502, 504, silent, dead (refused), inspecting (MITM chain). */
export type ProxyFault = 'ok' | 'auth' | 'bad-gateway' | 'gateway-timeout' | 'silent' | 'dead' | 'inspect';

export interface ProxyServer {
  port: number;
  url: string;
  setFault(f: ProxyFault): Promise<void>;
  /** CONNECT targets seen ("host:port"). */
  connects: string[];
  close(): Promise<void>;
}

/** Start the proxy. */
export async function startProxyServer(pki: TestPki): Promise<ProxyServer> {
  let fault: ProxyFault = 'ok';
  const connects: string[] = [];
  const upstreams = new Set<net.Socket>();
  // The inspecting proxy terminates TLS itself with a chain from an untrusted root (P4).
  const mitm = https.createServer(pki.identities['untrusted-chain'], (_req, res) => res.end('inspected'));
  mitm.on('tlsClientError', () => {});

  const onConnection = (client: net.Socket): void => {
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 8192) client.destroy();
        return;
      }
      client.off('data', onData);
      const rest = Buffer.from(head.slice(end + 4), 'latin1');
      const [method = '', target = ''] = head.slice(0, head.indexOf('\r\n')).split(' ');
      connects.push(target);
      if (method !== 'CONNECT') return void client.end('HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n');
      switch (fault) {
        case 'silent':
          return;
        case 'auth':
          return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate, NTLM\r\nContent-Length: 0\r\n\r\n');
        case 'bad-gateway':
          return void client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
        case 'gateway-timeout':
          return void client.end('HTTP/1.1 504 Gateway Timeout\r\nContent-Length: 0\r\n\r\n');
        case 'inspect':
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          if (rest.length) client.unshift(rest);
          return void mitm.emit('connection', client);
        default: {
          const port = Number(target.slice(target.lastIndexOf(':') + 1));
          const upstream = net.connect({ host: '127.0.0.1', port });
          upstreams.add(upstream);
          upstream.on('close', () => upstreams.delete(upstream));
          upstream.on('error', () => client.destroy());
          upstream.once('connect', () => {
            client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            if (rest.length) upstream.write(rest);
            client.pipe(upstream).pipe(client);
          });
          client.on('close', () => upstream.destroy());
        }
      }
    };
    client.on('data', onData);
  };

  const mode = (f: ProxyFault): ListenerMode => (f === 'dead' ? 'refused' : 'open');
  const listener = await startListener(onConnection);
  return {
    get port() {
      return listener.port;
    },
    get url() {
      return `http://127.0.0.1:${listener.port}`;
    },
    connects,
    setFault: async (f) => {
      fault = f;
      await listener.setMode(mode(f));
    },
    close: async () => {
      for (const u of upstreams) u.destroy();
      await listener.close();
      mitm.closeAllConnections();
    },
  };
}
