/**
 * Closing the connections no request came over when the app closes.
 *
 * Node's server, when it closes, ends the kept-alive connections waiting for
 * their next request, and waits for the others. A connection over which the
 * client has sent nothing yet is one of the others: Node starts its
 * headers-timeout clock when it opens (a minute), so closing waited that long
 * for it, or main.ts's grace period. Such connections are common: browsers
 * open them ahead of need, and Node's fetch opens one after a reader aborts a
 * streaming response (a live stream) and leaves it unused
 * (nodejs/undici#5845). Nothing is lost by closing one: no request is on its
 * way, and a client retries on a connection closed before it was used.
 */
import type { Socket } from 'node:net';
import type { App } from './types.js';

export function closeUnusedConnectionsOnClose(app: App): void {
  const open = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  // Registered after the modules' hooks: the last thing before the server closes.
  app.addHook('preClose', async () => {
    for (const socket of open) if (socket.bytesRead === 0) socket.destroy();
  });
}
