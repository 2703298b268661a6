/** The browser tests serve the build on their own port, so a running `npm start` (port 4173) does not get in the way. */
export const TEST_PORT = Number(process.env.TEST_PORT ?? 4317);
export const ORIGIN = `http://127.0.0.1:${TEST_PORT}`;
