/** One step of a file's lifecycle as every history shows it: from, to, when, who and why. */
export function historyStep<S extends string>(event: {
  fromStatus: S | null;
  toStatus: S;
  at: Date;
  actorRole: string;
  actorName: string | null;
  reason: string | null;
}) {
  return {
    from: event.fromStatus,
    to: event.toStatus,
    at: event.at,
    actorRole: event.actorRole,
    actorName: event.actorName,
    reason: event.reason,
  };
}
