// The server side of test/engine.ts: which engine runs the test file, and media and
// viewport emulation that works in all three (each launcher in scripts/engines/launchers.mjs
// does it its own way). Own command names: @web/test-runner's built-in `emulate-media`
// and `set-viewport` run first and throw for Firefox and WebKit.
export function engineCommands() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      const engine = session.browser;
      switch (command) {
        case 'engine-name':
          return engine.engine;
        case 'engine-emulate-media':
          await engine.emulateMedia(session.id, payload);
          return true;
        case 'engine-set-viewport':
          await engine.setViewport(session.id, payload);
          return true;
        default:
          return undefined;
      }
    },
  };
}
