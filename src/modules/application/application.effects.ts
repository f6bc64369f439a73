/**
 * What a lifecycle step does beyond moving the status, per action: the
 * table beside the rules of application.lifecycle.ts. Each row names the
 * input field only its action takes (any other action that sends it is told
 * so) and the effect that checks that field and writes what follows from it.
 */
import type { Tx } from "../../db/database.js";
import { toJson } from "../../db/json.js";
import type { Application, Prisma } from "../../generated/prisma/client.js";
import { FieldError, NotFound, Rollback } from "../write/errors.type.js";
import { findProvider, findService, servesOnChannel } from "../write/directory.repository.js";
import type { ApplicationAction } from "./application.lifecycle.js";
import { refusalGrounds } from "./application.rules.js";
import type { ReceiptSnapshot, TransitionFields } from "./application.service.js";

/** One step being taken: the effects read the input and add to `data` (the row's update) and `errors`. */
export interface Step {
  tx: Tx;
  application: Application;
  input: TransitionFields;
  snapshot: ReceiptSnapshot;
  data: Prisma.ApplicationUpdateManyMutationInput;
  errors: FieldError[];
}

interface ActionEffect {
  action: ApplicationAction;
  /** The input field only this action takes, and what another action that sends it is told. */
  field: "refusalGroundCode" | "forwardToProviderId";
  onlyMessage: string;
  apply: (step: Step) => Promise<void>;
}

/** REFUSE cites one of the service's refusal grounds; the receipt keeps its wording. */
async function refuse({ tx, application, input, snapshot, data, errors }: Step): Promise<void> {
  const service = await findService(tx, application.serviceNumber);
  const grounds = service ? refusalGrounds(service) : [];
  const ground = grounds.find((candidate) => candidate.code === input.refusalGroundCode?.trim());
  if (!ground) {
    errors.push(
      new FieldError(
        "refusalGroundCode",
        `a refusal must cite one of service ${application.serviceNumber}'s refusal grounds: ${grounds.map((g) => g.code).join(", ") || "(none in the standard)"}`,
      ),
    );
    return;
  }
  data.refusalGroundCode = ground.code;
  data.receipt = toJson<ReceiptSnapshot>({ ...snapshot, refusalGroundText: ground.text });
}

/** FORWARD hands a centre's application to a department of the same region that provides the service. */
async function forward({ tx, application, input, snapshot, data, errors }: Step): Promise<void> {
  const service = await findService(tx, application.serviceNumber);
  const receivedAt = await tx.provider.findUnique({ where: { id: application.receivedAtId } });
  const target = input.forwardToProviderId ? await findProvider(tx, input.forwardToProviderId) : null;
  if (!input.forwardToProviderId)
    errors.push(new FieldError("forwardToProviderId", "FORWARD needs the department to forward to"));
  else if (!target) throw new Rollback(new NotFound("Provider", input.forwardToProviderId));
  else if (target.type !== "AUTHORITY")
    errors.push(new FieldError("forwardToProviderId", `${target.id} is not a department (it is ${target.type})`));
  else if (!service || !(await servesOnChannel(tx, target.id, service, "AUTHORITY")))
    errors.push(
      new FieldError(
        "forwardToProviderId",
        `${target.id} is not in service ${application.serviceNumber}'s list of departments`,
      ),
    );
  else if (receivedAt && target.regionId !== receivedAt.regionId)
    errors.push(new FieldError("forwardToProviderId", `${target.id} is not in the region of ${receivedAt.id}`));
  else {
    data.providerId = target.id;
    data.receipt = toJson<ReceiptSnapshot>({ ...snapshot, names: { ...snapshot.names, [target.id]: target.name } });
  }
}

/** In the order their fields are checked (and their errors reported). */
export const ACTION_EFFECTS: readonly ActionEffect[] = [
  { action: "REFUSE", field: "refusalGroundCode", onlyMessage: "only REFUSE cites a refusal ground", apply: refuse },
  {
    action: "FORWARD",
    field: "forwardToProviderId",
    onlyMessage: "only FORWARD names a provider to forward to",
    apply: forward,
  },
];

/** Runs the step's own effect, and tells the caller about fields its action does not take. */
export async function applyActionEffects(step: Step): Promise<void> {
  for (const effect of ACTION_EFFECTS) {
    if (effect.action === step.input.action) await effect.apply(step);
    else if (step.input[effect.field]) step.errors.push(new FieldError(effect.field, effect.onlyMessage));
  }
}
