// Tells when the client sends something (a request, a keystroke), as early as possible:
// when its bytes arrive, before the JSON-RPC layer has even queued the message. The
// workspace index pauses on that signal, so background work never stands between the
// editor and an answer about the open file.

/** Calls `listener` whenever bytes or messages arrive on the transport the server was started with. */
export function onIncomingMessages(listener: () => void): void {
  if (process.argv.includes('--stdio')) process.stdin.on('data', listener);
  else if (process.argv.includes('--node-ipc') || process.send) process.on('message', listener);
}
