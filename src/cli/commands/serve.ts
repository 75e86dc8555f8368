import { Command } from 'commander';
import { startServer } from '../../server/server.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('Run the web app and API (migrates the database first)')
    .option('-p, --port <port>', 'port to listen on [env LACTEA_PORT]')
    .option('-H, --host <host>', 'address to listen on [env LACTEA_HOST]')
    .action(async (opts: { port?: string; host?: string }) => {
      const env = { ...process.env };
      if (opts.port !== undefined) env.LACTEA_PORT = opts.port;
      if (opts.host !== undefined) env.LACTEA_HOST = opts.host;
      const server = await startServer({}, env);
      console.log(`Lactea is running at ${server.url}`);
      if (!server.app.config.databaseUrl.startsWith('postgres')) console.log(`Data: ${server.app.config.databaseUrl}`);
      const stop = async (signal: string) => {
        console.log(`\n${signal}: stopping…`);
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
