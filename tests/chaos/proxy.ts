/**
 * A TCP proxy in front of PostgreSQL for one app process: the network
 * between them, which a test can cut (every connection reset) and keep cut
 * (new connections reset at once) for as long as it likes.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { once } from 'node:events';

export class CutProxy {
  private readonly pairs = new Set<[Socket, Socket]>();
  /** While true, connections are reset as soon as they arrive. */
  refusing = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<CutProxy> {
    const self: { proxy?: CutProxy } = {};
    const server = createServer((client) => {
      const proxy = self.proxy!;
      client.on('error', () => {});
      if (proxy.refusing) return void client.resetAndDestroy();
      const upstream = createConnection(target);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      const pair: [Socket, Socket] = [client, upstream];
      proxy.pairs.add(pair);
      const drop = () => {
        proxy.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('close', drop);
      upstream.on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    self.proxy = new CutProxy(server, typeof address === 'object' && address ? address.port : 0);
    return self.proxy;
  }

  /** The URL to reach url's database through this proxy. */
  urlFor(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** Resets every connection through the proxy, as a failing network would. */
  cutAll(): void {
    for (const [client, upstream] of this.pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  async close(): Promise<void> {
    this.refusing = true;
    this.cutAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
