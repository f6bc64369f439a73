/**
 * Turns for pieces of CPU work, a few milliseconds' worth per event-loop
 * iteration.
 *
 * Node runs every callback that is ready in one iteration before it looks
 * for new I/O again. Twenty admitted walks arriving together ran their
 * parsing and first steps back to back, and thirty aliased searches were
 * scored back to back, 10 ms each; a `/health` probe waited for all of
 * them, half a second and more (bench/overload.ts). Work that awaits
 * `cpuTurn()` first runs in a slice of at most `SLICE_MS` per iteration
 * (a piece longer than that gets a slice to itself), and the loop polls for
 * I/O between two slices. When nothing else waits, a turn costs one
 * `setImmediate`.
 */
export const SLICE_MS = 5;

const waiting: (() => void)[] = [];
let granting = false;
let sliceEnds = 0;

/**
 * Hands out the next turn, then looks again once that turn's work has run
 * up to its first await (a microtask queued after the turn's own runs
 * after it): more turns while the slice lasts, else the next iteration.
 */
function grant(): void {
  const next = waiting.shift();
  if (!next) {
    granting = false;
    return;
  }
  next();
  queueMicrotask(() => {
    if (waiting.length === 0) granting = false;
    else if (performance.now() < sliceEnds) grant();
    // Queued from inside this iteration's check phase: Node runs it in the next iteration, after a poll.
    else setImmediate(startSlice);
  });
}

function startSlice(): void {
  sliceEnds = performance.now() + SLICE_MS;
  grant();
}

/** Resolves when it is this caller's turn; the work that follows the `await` runs before any other turn. */
export function cpuTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!granting) {
      granting = true;
      setImmediate(startSlice);
    }
  });
}

/** When DataLoader dispatches by default: after the promise jobs queued now, so loads made in them join the batch. */
function afterPromiseJobs(callback: () => void): void {
  void Promise.resolve().then(() => process.nextTick(callback));
}

/**
 * Turns for the values one request's loaders hand out (src/graphql/loaders.ts).
 * `deliver` gives each value to its resolver in a turn of its own; `schedule`
 * is the loaders' batch schedule: a batch waits until every value still
 * waiting for its turn has been delivered. Without that wait, the children
 * that siblings load as their turns come would go out as one query per turn
 * instead of one per level.
 */
export class LoaderTurns {
  #waiting = 0;
  #held: (() => void)[] = [];

  deliver = <V>(value: V): Promise<V> => {
    this.#waiting += 1;
    return cpuTurn().then(() => {
      this.#waiting -= 1;
      if (this.#waiting === 0) for (const dispatch of this.#held.splice(0)) afterPromiseJobs(dispatch);
      return value;
    });
  };

  schedule = (dispatch: () => void): void => {
    if (this.#waiting === 0) afterPromiseJobs(dispatch);
    else this.#held.push(dispatch);
  };
}
