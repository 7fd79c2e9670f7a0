/**
 * One request written byte for byte to a socket (node:net), and the answer as the server sent
 * it. HTTP clients (fetch, node:http, browsers) normalize the path first (`..`, `%2e`,
 * backslashes) or refuse to send it (a NUL byte), which would hide what a server does with it.
 */
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  /** Names lower-cased. */
  headers: Record<string, string>;
  body: Buffer;
}

export function rawRequest(port: number, target: string | Buffer, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server refusing a request may reset the connection right after its answer: the answer counts.
    socket.on('error', (error) => (chunks.length === 0 ? reject(error) : undefined));
    socket.on('close', () => {
      const bytes = Buffer.concat(chunks);
      const split = bytes.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = bytes.subarray(0, split === -1 ? bytes.length : split).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: split === -1 ? Buffer.alloc(0) : bytes.subarray(split + 4) });
    });
    socket.write(Buffer.concat([Buffer.from(`${method} `), Buffer.from(target), Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')]));
  });
}
