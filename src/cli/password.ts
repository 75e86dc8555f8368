/** A password for a CLI command: from standard input (--password-stdin) or LACTEA_PASSWORD, never from an argument. */

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function readPassword(fromStdin: boolean | undefined): Promise<string | undefined> {
  return fromStdin ? readStdin() : process.env.LACTEA_PASSWORD || undefined;
}
