import type { KeyCaller } from "../access/access.service.js";

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

/** Who took a step, as its history row records it: the key, its role, and the name the step gave (else the key's). */
export function stepActor(caller: KeyCaller, name: string | null) {
  return { actorKeyId: caller.keyId, actorRole: caller.role, actorName: name ?? caller.name };
}
