// A plain static file server in a process of its own, for the load benchmark: PORT DIR.
import { serveFolder } from '../../test/support/static-server.ts';

const [port, folder] = process.argv.slice(2);
const server = await serveFolder(folder!, Number(port));
console.log(server.url);
